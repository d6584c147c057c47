# The two commands: `make demo` and `make test`. Each sets up everything it needs on its own.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)

.PHONY: demo test setup sysdeps lint bench clean serve bench-web fuzz

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV) || { apt-get update -qq && apt-get install -y -qq python3-venv && python3 -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

sysdeps:
	@bash scripts/install-system-deps.sh

setup: $(STAMP) sysdeps

demo: setup
	$(BIN)/jixiao score examples/daxing-2024.yaml
	$(BIN)/jixiao check examples/daxing-2024.yaml
	$(BIN)/jixiao parse examples/daxing-2024.txt -o out/daxing-2024.parsed.yaml
	$(BIN)/jixiao render examples/daxing-2024.yaml --all -o out
	$(BIN)/jixiao synth 6 --out out/batch/txt --seed 1 --formats txt
	$(BIN)/jixiao synth 4 --out out/batch/docx --seed 2 --formats docx
	$(BIN)/jixiao scan out/daxing-2024.pdf -o out/batch/scan/daxing-2024-scan.pdf
	$(BIN)/jixiao review out/batch/txt/*.txt out/batch/docx/*.docx examples/daxing-2024.txt out/batch/scan/daxing-2024-scan.pdf --out out/review \
		--letters --summary --reviewer-unit 重庆市璧山区财政局 --days 30; test $$? -le 1
	@echo "复核看板：$(CURDIR)/out/review/review.html；复核意见：$(CURDIR)/out/review/letters/；复核情况报告：$(CURDIR)/out/review/复核情况报告.docx"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: setup lint
	$(BIN)/pytest

bench: setup
	$(PY) bench/run.py

# The long fuzz profile (minutes): many more generated inputs, then every hostile input measured apart.
fuzz: setup
	JIXIAO_FUZZ_EXAMPLES=$${EXAMPLES:-1000} $(BIN)/pytest -q tests/fuzz
	$(PY) bench/bench_hostile.py

# The web app with demo data: schema, a demo unit holding the seed example, one user per role.
serve: setup
	$(BIN)/jixiao db upgrade
	$(BIN)/jixiao db demo examples/daxing-2024.yaml
	$(BIN)/jixiao serve --host $${HOST:-127.0.0.1} --port $${PORT:-8000}

bench-web: setup
	$(PY) bench/bench_web.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
