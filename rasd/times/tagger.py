"""Find and resolve every time expression of a normalised text.

One combined regex (rasd/times/grammar.py) scans the text once; each match is checked
against its neighbours (rasd/times/context.py) and resolved (rasd/times/resolve.py). When a
match is refused, the rules after it are tried at the same place before the scan moves on,
so «القرن العشرين» that the unit rule refuses is still found by the century rule.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable

from . import context
from .grammar import Rule, grammar
from .resolve import RESOLVERS, Found, Resolved

# today_at(pos) → (anchor date or None, anchor name or None)
AnchorAt = Callable[[int], tuple[dt.date | None, str | None]]
# original(start, end) → the original text of a normalised span
Original = Callable[[int, int], str]


@dataclass(frozen=True)
class TimeExpr:
    start: int           # normalised offsets
    end: int
    value: str | None
    type: str            # DATE or SET
    mod: str | None
    anchor: str | None   # "published", "explicit" or None
    rule: str


def tag(text: str, today_at: AnchorAt, sentences: list[tuple[int, int]] | None = None,
        original: Original | None = None) -> list[TimeExpr]:
    """Every time expression in the normalised `text`, in order, without overlaps."""
    g = grammar()
    bounds = _Sentences(sentences or [(0, len(text))], len(text), original)
    out: list[TimeExpr] = []
    done = 0                     # everything before this offset is settled
    for start in g.starts.finditer(text):
        if start.start() < done:
            continue
        m = g.combined.match(text, start.start())
        if m is None:
            continue
        rule = g.by_group[m.lastgroup]
        expr = _accept(rule, m, text, today_at, bounds, out)
        if expr is None:
            expr = _retry(g.rules, rule, m.start(), text, today_at, bounds, out)
        if expr is None:
            # a refused match is not a time as a whole («ثورة 25 يناير», «روسيا اليوم»):
            # nothing inside it is tried again
            done = m.end()
            continue
        out.append(expr)
        done = expr.end
    return out


def _retry(rules, refused: Rule, pos: int, text, today_at, bounds, out) -> TimeExpr | None:
    """The first later rule that matches at `pos` and is accepted."""
    for rule in rules[rules.index(refused) + 1:]:
        m = rule.regex.match(text, pos)
        if m is not None:
            expr = _accept(rule, m, text, today_at, bounds, out)
            if expr is not None:
                return expr
    return None


def _accept(rule: Rule, m, text: str, today_at: AnchorAt, bounds: "_Sentences",
            out: list[TimeExpr]) -> TimeExpr | None:
    start, end = rule.span(m)
    slots = rule.found(m)
    sentence = bounds.around(start)
    if _refused(rule, text, slots, start, end, m, out, sentence) or \
            context.misspelled(slots, bounds.original):
        return None
    today, anchor = today_at(start)
    found = Found(text, start, end, slots, today, anchor, sentence)
    resolved: Resolved | None = RESOLVERS[rule.resolve](found)
    if resolved is None:
        return None
    end = _close_bracket(text, start, end)
    return TimeExpr(start, end, resolved.value, resolved.type, resolved.mod,
                    resolved.anchor if resolved.value is not None else None, rule.name)


def _close_bracket(text: str, start: int, end: int) -> int:
    """Take in the «)» that closes a bracket opened inside the expression
    («يوم الأحد (10 شوال 1436هـ)»)."""
    inside = text[start:end]
    if inside.count("(") > inside.count(")"):
        rest = text[end:end + 3]
        stripped = rest.lstrip(" ")
        if stripped.startswith(")"):
            return end + len(rest) - len(stripped) + 1
    return end


def _refused(rule: Rule, text: str, slots: dict, start: int, end: int, m,
             out: list[TimeExpr], sentence: tuple[int, int]) -> bool:
    if context.false_friend(text, slots) or context.lacks_context(text, slots, start) \
            or context.quoted_alone(text, start, end):
        return True
    for check in rule.checks:
        if _CHECKS[check](text, slots, start, end, m, out, sentence):
            return True
    return False


def _year_context(text, slots, start, end, m, out, sentence) -> bool:
    # the second year of «بين 2011 و2015» needs no cue of its own
    previous = out[-1].end if out and _is_year(out[-1].value) else None
    clitic = text[m.start():start]
    return context.year_lacks_cue(text, start, end, previous, clitic)


def _is_year(value: str | None) -> bool:
    return value is not None and len(value) == 4 and value.isdigit()


_CHECKS = {
    "year_context": _year_context,
    "counting": lambda text, slots, start, end, m, out, sentence:
        context.counting_refused(text, slots, start, end, sentence),
    "named_event": lambda text, slots, start, end, m, out, sentence:
        context.named_event(text, slots, start),
}


class _Sentences:
    """The sentence around a position, by bisection over sentence starts (and the way back
    to the original text, which travels with it through the tagger)."""

    def __init__(self, spans: list[tuple[int, int]], length: int, original: Original | None):
        self.original = original
        self.spans = sorted(spans) or [(0, length)]
        self.starts = [s for s, _ in self.spans]

    def around(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, pos) - 1)
        return self.spans[i]
