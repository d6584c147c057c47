"""docs/rules.md must document every registered rule type and every rule of every shipped pack."""

from pathlib import Path

from jixiao.scoring import RULE_TYPES, list_packs, load_pack

DOC = (Path(__file__).resolve().parents[2] / "docs" / "rules.md").read_text(encoding="utf-8")


def test_every_rule_type_has_a_section() -> None:
    missing = [name for name in RULE_TYPES if f"### `{name}`" not in DOC]
    assert missing == []


def test_every_pack_rule_is_listed_with_its_type() -> None:
    missing = []
    for name in list_packs():
        pack = load_pack(name)
        section = DOC.split(f"### 规则包 `{pack.id}`", 1)
        if len(section) < 2:
            missing.append(pack.id)
            continue
        body = section[1].split("### 规则包", 1)[0]
        missing += [f"{pack.id}.{r.id}" for r in pack.rules.values() if f"| `{r.id}` | `{r.type}` |" not in body]
    assert missing == []
