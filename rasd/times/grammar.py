"""The time rules of rasd/data/ar/times/rules.yaml, compiled to regular expressions.

Each rule's pattern names vocabulary lists ({month}), digit classes ({year4}) and fragments
({@paired_month}); every list or class becomes a named group `<rule>__<slot>`, so code reads
what a rule found by slot name, never by group number. One regex (`starts`) finds the
words where an expression may begin; there, the rules that can start with that word are
tried at once, as one alternation in file order. So an article is scanned once and each
rule runs only where it can match. Word lists become prefix trees («كانون
(?:الاول|الثاني)»): the regex engine then tries a handful of branches per position
instead of every word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..data_files import load_yaml
from ..errors import DataError
from .context import proclitics
from .vocab import lists, norm_key

BOUNDARY = r"(?<!\w)"
TAIL = r"(?!\w)"
_PATTERN_GROUP = "p_"
_SLOT_RE = re.compile(r"\{(?P<kind>[@~]?)(?P<name>\w+)(?::(?P<slot>\w+))?\}")
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
    regex: re.Pattern          # this rule alone, with the boundary, proclitic and tail
    examples: tuple[str, ...]
    starts: frozenset          # the lists and start patterns it can begin with
    body: str = field(repr=False, default="")

    def found(self, m: re.Match) -> dict[str, Slot]:
        """The slots this match filled, with their vocabulary values."""
        out = {}
        tables = lists()
        for slot, source in self.sources.items():
            group = f"{self.name}__{slot}"
            text = m.group(group)
            if text is not None:
                table = tables.get(source)
                value = table.get(norm_key(text)) if table is not None else None
                out[slot] = Slot(text, m.start(group), m.end(group), value)
        return out

    def span(self, m: re.Match) -> tuple[int, int]:
        """The expression without the proclitic before it."""
        return m.span(f"R_{self.name}")


@dataclass
class Grammar:
    rules: tuple[Rule, ...]
    by_group: dict[str, Rule]            # outer group name → rule
    starts: re.Pattern                   # zero-width: where an expression may start
    first_words: dict[str, frozenset]    # first word of a list entry → its lists
    _by_kinds: dict = field(default_factory=dict, repr=False)

    def kinds(self, start: re.Match) -> frozenset:
        """The lists (or the start pattern) of the word that `starts` found."""
        word = start.group("word")
        if word is not None:
            return self.first_words[word]
        return frozenset({start.lastgroup[len(_PATTERN_GROUP):]})

    def rules_for(self, kinds: frozenset) -> tuple[tuple[Rule, ...], re.Pattern]:
        """The rules that can start with `kinds`, and their combined regex."""
        found = self._by_kinds.get(kinds)
        if found is None:
            rules = tuple(r for r in self.rules if r.starts & kinds)
            combined = re.compile(BOUNDARY + clitic() + "(?:" + "|".join(r.body for r in rules)
                                  + ")" + TAIL)
            found = self._by_kinds[kinds] = (rules, combined)
        return found


@lru_cache(maxsize=1)
def clitic() -> str:
    """Before every expression, after a word boundary: an optional proclitic that stays out
    of the span («والأربعاء» → «الأربعاء»); a preposition only before the article or a digit
    («بالأمس», «ب2015»). The letters are those of rasd/data/ar/text/clitics.yaml."""
    c = proclitics()
    return (rf"(?:[{c['conjunctions']}]?(?:[{c['prepositions']}]"
            rf"(?={re.escape(c['article'])}|\d))?)")


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
        kind, name, slot = m.group("kind"), m.group("name"), m.group("slot") or m.group("name")
        if kind == "@":
            if name not in fragments:
                raise DataError(f"times/rules.yaml: rule {rule!r} uses unknown fragment {name!r}")
            pieces.append(_expand(fragments[name], rule, fragments, classes, slots, depth + 1))
        elif kind == "~":
            pieces.append(f"(?:{_body(name, rule, classes)})")
        else:
            pieces.append(_slot(name, slot, rule, classes, slots))
        last = m.end()
    pieces.append(template[last:].replace(" ", r"\s+"))
    return "".join(pieces)


def _slot(name: str, slot: str, rule: str, classes: dict, slots: dict) -> str:
    if slot in slots:
        raise DataError(f"times/rules.yaml: rule {rule!r} uses slot {slot!r} twice")
    slots[slot] = name
    return f"(?P<{rule}__{slot}>{_body(name, rule, classes)})"


def _body(name: str, rule: str, classes: dict) -> str:
    if name in classes:
        return classes[name]
    if name in lists():
        return trie_regex(lists()[name])
    raise DataError(f"times/rules.yaml: rule {rule!r} names unknown list {name!r}")


def _numbered(template: str) -> bool:
    """Does the template open a capturing group outside a character class?"""
    return bool(_CAPTURING_RE.search(_CHAR_CLASS_RE.sub("", template)))


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    data = load_yaml("ar", "times", "rules.yaml")
    fragments, classes = data["fragments"], data["classes"]
    patterns = data["start_patterns"]
    rules = []
    for spec in data["rules"]:
        name = spec["name"]
        if any(_numbered(t) for t in (spec["pattern"], *fragments.values(), *classes.values())):
            raise DataError(f"times/rules.yaml: rule {name!r} has a numbered group; use (?:…)")
        slots: dict[str, str] = {}
        body = f"(?P<R_{name}>{_expand(spec['pattern'], name, fragments, classes, slots)})"
        try:
            regex = re.compile(BOUNDARY + clitic() + body + TAIL)
        except re.error as exc:
            raise DataError(f"times/rules.yaml: rule {name!r} does not compile: {exc}") from exc
        starts = frozenset(spec["starts"])
        unknown = starts - set(lists()) - set(patterns)
        if unknown:
            raise DataError(f"times/rules.yaml: rule {name!r} starts with unknown {sorted(unknown)}")
        rules.append(Rule(name, spec["resolve"], tuple(spec.get("checks", ())), slots,
                          regex, tuple(spec.get("examples", ())), starts, body))
    first_words = _first_words(rules, patterns)
    return Grammar(tuple(rules), {f"R_{r.name}": r for r in rules},
                   _starts_regex(first_words, patterns), first_words)


def _first_words(rules, patterns: dict) -> dict[str, frozenset]:
    """First word of every entry of every list a rule starts with → those lists."""
    out: dict[str, set] = {}
    for name in {k for r in rules for k in r.starts} - set(patterns):
        for entry in lists()[name]:
            out.setdefault(entry.split(" ")[0], set()).add(name)
    return {word: frozenset(names) for word, names in out.items()}


def _starts_regex(first_words: dict, patterns: dict) -> re.Pattern:
    # a start word ends where letters end (a digit may follow: «مايو2014»)
    words = f"(?P<word>{trie_regex(first_words)})(?![^\\W\\d_])"
    named = [f"(?P<{_PATTERN_GROUP}{name}>{p})" for name, p in patterns.items()]
    return re.compile(f"{BOUNDARY}(?={clitic()}(?:{'|'.join([words] + named)}))")
