"""The time rules of rasd/data/ar/times/rules.yaml, compiled to regular expressions.

Each rule's pattern names vocabulary lists ({month}), digit classes ({year4}) and fragments
({@paired_month}); every list or class becomes a named group `<rule>__<slot>`, so code reads
what a rule found by slot name, never by group number. All rules are also joined into one
alternation, tried in file order at each position, so an article is scanned once.
Word lists become prefix trees («كانون (?:الاول|الثاني)»): the regex engine then tries a
handful of branches per position instead of every word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..data_files import load_yaml
from ..errors import DataError
from .vocab import key, lists

# Outside every expression: a word boundary, then an optional proclitic that stays out of
# the span («والأربعاء» → «الأربعاء»); ك/ب/ل only before the article or a digit.
LEAD = r"(?<!\w)(?:[وف]?(?:[بلك](?=ال|\d))?)"
TAIL = r"(?!\w)"
_SLOT_RE = re.compile(r"\{(@?)(\w+)(?::(\w+))?\}")
_CAPTURING_RE = re.compile(r"(?<!\\)\((?!\?)")
_CHAR_CLASS_RE = re.compile(r"\[(?:\\.|[^\]])*\]")


@dataclass(frozen=True, slots=True)
class Slot:
    text: str          # as matched in the normalised text
    start: int
    end: int
    value: Any         # the list's value for the text; None for digit classes


@dataclass(frozen=True)
class Rule:
    name: str
    resolve: str
    checks: tuple[str, ...]
    sources: dict[str, str]    # slot → the list or digit class it matches
    regex: re.Pattern          # this rule alone, with LEAD and TAIL
    examples: tuple[str, ...]

    def found(self, m: re.Match) -> dict[str, Slot]:
        """The slots this match filled, with their vocabulary values."""
        out = {}
        tables = lists()
        for slot, source in self.sources.items():
            group = f"{self.name}__{slot}"
            text = m.group(group)
            if text is not None:
                table = tables.get(source)
                value = table.get(key(text)) if table is not None else None
                out[slot] = Slot(text, m.start(group), m.end(group), value)
        return out

    def span(self, m: re.Match) -> tuple[int, int]:
        """The expression without the proclitic before it."""
        return m.span(f"R_{self.name}")


@dataclass(frozen=True)
class Grammar:
    rules: tuple[Rule, ...]
    by_group: dict[str, Rule]   # outer group name → rule
    combined: re.Pattern


def trie_regex(words) -> str:
    """A regex matching any of `words`, factored by common prefixes; longer words win."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [_char(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _expand(template: str, rule: str, fragments: dict, classes: dict, slots: dict,
            depth: int = 0) -> str:
    if depth > 5:
        raise DataError(f"times/rules.yaml: fragments nest too deep in rule {rule!r}")
    pieces, last = [], 0
    for m in _SLOT_RE.finditer(template):
        pieces.append(template[last:m.start()].replace(" ", r"\s+"))
        is_fragment, name, slot = m.group(1), m.group(2), m.group(3) or m.group(2)
        if is_fragment:
            if name not in fragments:
                raise DataError(f"times/rules.yaml: rule {rule!r} uses unknown fragment {name!r}")
            pieces.append(_expand(fragments[name], rule, fragments, classes, slots, depth + 1))
        else:
            pieces.append(_slot(name, slot, rule, classes, slots))
        last = m.end()
    pieces.append(template[last:].replace(" ", r"\s+"))
    return "".join(pieces)


def _slot(name: str, slot: str, rule: str, classes: dict, slots: dict) -> str:
    if slot in slots:
        raise DataError(f"times/rules.yaml: rule {rule!r} uses slot {slot!r} twice")
    slots[slot] = name
    if name in classes:
        body = classes[name]
    elif name in lists():
        body = trie_regex(lists()[name])
    else:
        raise DataError(f"times/rules.yaml: rule {rule!r} names unknown list {name!r}")
    return f"(?P<{rule}__{slot}>{body})"


def _numbered(template: str) -> bool:
    """Does the template open a capturing group outside a character class?"""
    return bool(_CAPTURING_RE.search(_CHAR_CLASS_RE.sub("", template)))


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    data = load_yaml("ar", "times", "rules.yaml")
    fragments, classes = data["fragments"], data["classes"]
    rules, bodies = [], []
    for spec in data["rules"]:
        name = spec["name"]
        if any(_numbered(t) for t in (spec["pattern"], *fragments.values())):
            raise DataError(f"times/rules.yaml: rule {name!r} has a numbered group; use (?:…)")
        slots: dict[str, str] = {}
        body = f"(?P<R_{name}>{_expand(spec['pattern'], name, fragments, classes, slots)})"
        try:
            regex = re.compile(LEAD + body + TAIL)
        except re.error as exc:
            raise DataError(f"times/rules.yaml: rule {name!r} does not compile: {exc}") from exc
        rules.append(Rule(name, spec["resolve"], tuple(spec.get("checks", ())), slots,
                          regex, tuple(spec.get("examples", ()))))
        bodies.append(body)
    combined = re.compile(LEAD + "(?:" + "|".join(bodies) + ")" + TAIL)
    return Grammar(tuple(rules), {f"R_{r.name}": r for r in rules}, combined)
