#!/usr/bin/env bash
# Install the Debian packages jixiao needs, only those missing: LibreOffice (Word → PDF; python3-uno
# drives a long-lived one for the web app),
# poppler (pdffonts, pdftoppm), free CJK fonts, Chromium (browser tests) and PostgreSQL (DB tests).
set -euo pipefail

want=()
fonts=$(fc-list : family 2>/dev/null || true)   # read once: grep -q on a pipe would SIGPIPE fc-list under pipefail
command -v soffice >/dev/null 2>&1 || want+=(libreoffice-writer-nogui libreoffice-calc-nogui)
/usr/bin/python3 -c "import uno" >/dev/null 2>&1 || want+=(python3-uno)   # the web app's warm LibreOffice
command -v pdftoppm >/dev/null 2>&1 || want+=(poppler-utils)
grep -q "Noto Serif CJK" <<<"$fonts" || want+=(fonts-noto-cjk)
grep -qi "ukai" <<<"$fonts" || want+=(fonts-arphic-ukai)
grep -qi "Liberation Serif" <<<"$fonts" || want+=(fonts-liberation2)
dpkg -s libharfbuzz-subset0 >/dev/null 2>&1 || want+=(libharfbuzz-subset0)
command -v chromium >/dev/null 2>&1 || want+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || want+=(postgresql)

if [ ${#want[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "缺少系统软件包：${want[*]}；请以 root 身份运行 apt-get install 安装。" >&2
  exit 1
fi
echo "安装系统软件包：${want[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
