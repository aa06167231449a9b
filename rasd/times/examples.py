"""The examples written in rasd/data/ar/times/*.yaml, read as test cases.

An example is one string «TEXT => EXPECTED» (see rasd/data/ar/times/README.md):
- TEXT may start with «@YYYY-MM-DD » (another publication date than the file's
  `examples_published`) or «@none » (no publication date);
- [brackets] in TEXT mark the expressions expected, in order; without brackets the whole
  text is one expression;
- EXPECTED is `none` (no expression at all) or one item per bracket, separated by « ; »,
  each a value (`2025-02-12`, `2024`, `null`) optionally followed by START/MID/END and SET.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..data_files import data_path, load_yaml
from ..errors import DataError

ARROW = " => "
MODS = ("START", "MID", "END")
_BRACKET_RE = re.compile(r"\[([^\[\]]+)\]")
_PUBLISHED_RE = re.compile(r"^@(?P<date>\d{4}-\d\d-\d\d|none)\s+")


@dataclass(frozen=True)
class Expected:
    text: str
    value: str | None
    mod: str | None = None
    type: str = "DATE"


@dataclass(frozen=True)
class Example:
    source: str                    # file name and the key the example sits under
    raw: str
    text: str                      # without brackets
    published: str | None
    expected: tuple[Expected, ...]

    def __str__(self) -> str:
        return f"{self.source}: {self.raw}"


def parse(raw: str, published: str | None, source: str = "") -> Example:
    if ARROW not in raw:
        raise DataError(f"times/{source}: example without ' => ': {raw!r}")
    text, _, expected = raw.rpartition(ARROW)
    m = _PUBLISHED_RE.match(text)
    if m:
        published = None if m.group("date") == "none" else m.group("date")
        text = text[m.end():]
    spans = _BRACKET_RE.findall(text)
    plain = _BRACKET_RE.sub(lambda b: b.group(1), text).strip()
    if expected.strip() == "none":
        return Example(source, raw, plain, published, ())
    items = [i.split() for i in expected.split(" ; ")]
    spans = spans or [plain]
    if len(items) != len(spans):
        raise DataError(f"times/{source}: {len(spans)} spans but {len(items)} values: {raw!r}")
    return Example(source, raw, plain, published,
                   tuple(_expected(span, item, raw, source) for span, item in zip(spans, items)))


def _expected(span: str, item: list[str], raw: str, source: str) -> Expected:
    if not item:
        raise DataError(f"times/{source}: empty expected value in {raw!r}")
    value = None if item[0] == "null" else item[0]
    extra = item[1:]
    unknown = [w for w in extra if w not in MODS and w != "SET"]
    if unknown:
        raise DataError(f"times/{source}: unknown words {unknown} in {raw!r}")
    mod = next((w for w in extra if w in MODS), None)
    return Expected(span, value, mod, "SET" if "SET" in extra else "DATE")


def all_examples() -> list[Example]:
    """Every example in every file of rasd/data/ar/times/."""
    out: list[Example] = []
    for path in sorted(Path(data_path("ar", "times")).glob("*.yaml")):
        data = load_yaml("ar", "times", path.name)
        published = _iso(data.get("examples_published"))
        for where, raw in _example_strings(data, path.name):
            out.append(parse(raw, published, where))
    return out


def _example_strings(node, where: str):
    """(where, string) for every string under a key named `examples` or `*_examples`."""
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(k, str) and (k == "examples" or k.endswith("_examples")) \
                    and isinstance(v, list):
                for raw in v:
                    yield f"{where} {k}", str(raw)
            else:
                yield from _example_strings(v, where)
    elif isinstance(node, list):
        for item in node:
            yield from _example_strings(item, where)


def _iso(value) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value) if value else None
