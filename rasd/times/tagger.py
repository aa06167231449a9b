"""Find and resolve every time expression of a normalised text.

The rules (rasd/times/grammar.py) are tried only where a word that can start an expression
begins, all of them at once through one combined regex; each match is checked against its
neighbours (rasd/times/context.py) and resolved (rasd/times/resolve.py). When a match is
refused, the rules after it are tried at the same place before the scan moves on, so
«القرن العشرين», which the unit rule refuses, is still found by the century rule.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Callable

from . import context
from .grammar import Rule, Slot, grammar
from .resolve import RESOLVERS, Found, Resolved, with_year_of

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
    resolved: Resolved = field(repr=False, compare=False, default=None)


@dataclass
class _Scan:
    """One text being tagged: what the checks and resolvers need to know about it."""
    text: str
    today_at: AnchorAt
    original: Original | None
    sentences: list[tuple[int, int]]
    out: list[TimeExpr] = field(default_factory=list)

    def __post_init__(self):
        self.sentences = sorted(self.sentences) or [(0, len(self.text))]
        self._starts = [s for s, _ in self.sentences]

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.sentences[max(0, bisect_right(self._starts, pos) - 1)]


@dataclass(frozen=True)
class _Candidate:
    """A rule's match, before the checks."""
    rule: Rule
    match: re.Match
    start: int           # the expression, without the proclitic before it
    end: int
    slots: dict[str, Slot]
    sentence: tuple[int, int]


def tag(text: str, today_at: AnchorAt, sentences: list[tuple[int, int]] | None = None,
        original: Original | None = None) -> list[TimeExpr]:
    """Every time expression in the normalised `text`, in order, without overlaps."""
    g = grammar()
    scan = _Scan(text, today_at, original, sentences or [])
    done = 0                     # everything before this offset is settled
    for start in g.starts.finditer(text):
        if start.start() < done:
            continue
        rules, combined = g.rules_for(g.kinds(start))
        m = combined.match(text, start.start())
        if m is None:
            continue
        rule = g.by_group[m.lastgroup]
        expr = _accept(scan, rule, m)
        if not isinstance(expr, TimeExpr):
            expr = _retry(scan, rules, rule, m.start(), expr)
        if expr is _REFUSED:
            # refused by its neighbours, the match is not a time as a whole («ثورة 25
            # يناير», «روسيا اليوم»): nothing inside it is tried again
            done = m.end()
        elif expr is not None:
            scan.out.append(expr)
            done = expr.end
    return _years_from_neighbours(text, scan.out)


# _accept's answer for a match that its neighbours show is no time expression at all
_REFUSED = object()


def _retry(scan: _Scan, rules, refused: Rule, pos: int, answer):
    """The first later rule that matches at `pos` and is accepted, else `answer` (None, or
    _REFUSED when the neighbours refused one of the matches)."""
    for rule in rules[rules.index(refused) + 1:]:
        m = rule.regex.match(scan.text, pos)
        expr = _accept(scan, rule, m) if m is not None else None
        if isinstance(expr, TimeExpr):
            return expr
        answer = answer or expr
    return answer


def _accept(scan: _Scan, rule: Rule, m: re.Match):
    """The time expression of a match; _REFUSED when its neighbours make it something
    else; None when its resolver finds no time in it (the words inside may still be one:
    «الثاني من الأسبوع المقبل»)."""
    start, end = rule.span(m)
    cand = _Candidate(rule, m, start, end, rule.found(m), scan.sentence(start))
    if _refused(scan, cand):
        return _REFUSED
    today, anchor = scan.today_at(start)
    resolved = RESOLVERS[rule.resolve](
        Found(scan.text, start, end, cand.slots, today, anchor, cand.sentence))
    if resolved is None:
        return None
    return TimeExpr(start, _balance_brackets(scan.text, start, end), resolved.value,
                    resolved.type, resolved.mod,
                    resolved.anchor if resolved.value is not None else None, rule.name,
                    resolved)


def _refused(scan: _Scan, cand: _Candidate) -> bool:
    text = scan.text
    if context.false_friend(text, cand.slots) \
            or context.lacks_context(text, cand.slots, cand.start) \
            or context.quoted_alone(text, cand.start, cand.end) \
            or context.misspelled(cand.slots, scan.original):
        return True
    return any(_CHECKS[check](scan, cand) for check in cand.rule.checks)


def _year_context(scan: _Scan, cand: _Candidate) -> bool:
    # the second year of «بين 2011 و2015» needs no cue of its own
    out = scan.out
    previous = out[-1].end if out and _is_year(out[-1].value) else None
    clitic = scan.text[cand.match.start():cand.start]
    return context.year_lacks_cue(scan.text, cand.start, cand.end, previous, clitic)


def _is_year(value: str | None) -> bool:
    return value is not None and len(value) == 4 and value.isdigit()


_CHECKS: dict[str, Callable[[_Scan, _Candidate], bool]] = {
    "year_context": _year_context,
    "counting": lambda scan, cand: context.counting_refused(
        scan.text, cand.slots, cand.start, cand.end, cand.sentence),
    "named_event": lambda scan, cand: context.named_event(scan.text, cand.slots, cand.start),
}


def _balance_brackets(text: str, start: int, end: int) -> int:
    """The end that keeps the expression's brackets balanced: take in the «)» that closes
    one opened inside it («يوم الأحد (10 شوال 1436هـ)»), leave out one opened before it
    («(12 أغسطس - آب)»)."""
    inside = text[start:end]
    opened = inside.count("(") - inside.count(")")
    if opened > 0:
        rest = text[end:end + 3]
        stripped = rest.lstrip(" ")
        if stripped.startswith(")"):
            return end + len(rest) - len(stripped) + 1
    if opened < 0 and inside.endswith(")"):
        return start + len(inside[:-1].rstrip())
    return end


def _years_from_neighbours(text: str, out: list[TimeExpr]) -> list[TimeExpr]:
    """«بين 15 مايو و20 يونيو 2014»: a date without a year takes the year written with the
    next date of the list (anchor "explicit") instead of one counted from publication."""
    for i in range(len(out) - 2, -1, -1):        # backwards: «مارس وأبريل ومايو 2015»
        here, after = out[i], out[i + 1]
        yearless, explicit = here.resolved.yearless, after.resolved.explicit
        if not (yearless and explicit and context.only_connector(text[here.end:after.start])):
            continue
        value, year = with_year_of(yearless, *explicit)
        anchor = "explicit" if value else None
        resolved = replace(here.resolved, value=value, anchor=anchor, explicit=(year, yearless[0]))
        out[i] = replace(here, value=value, anchor=anchor, resolved=resolved)
    return out
