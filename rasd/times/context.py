"""What the words around a match say about it: false friends, names that need context,
cues that make a number a year, counts that are durations, and the tense that decides
which way «الخميس» points. All word lists come from rasd/data/ar/times/*.yaml through
`settings()`; offsets are into the normalised text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocab import key, lists, settings

_WORD_RE = re.compile(r"[^\W\d_]+|\d+")
_LAST_WORD_RE = re.compile(r"(?<!\w)(?P<word>\w+)\s*$")
_NEXT_WORD_RE = re.compile(r"\s*(?P<word>\w+)")
_CLITICS = "وفبل"
# Slots whose presence makes an ambiguous month or weekday name a time.
_CALENDAR_EVIDENCE = ("day", "day_word", "year", "month2", "modifier", "month_word", "part",
                      "era", "year_unit")
NEAR = 24   # characters looked at for the word next to a match


# ------------------------------------------------------------------ neighbouring words
def word_before(text: str, pos: int) -> str:
    """The word that ends just before `pos`, with only spaces between."""
    m = _LAST_WORD_RE.search(text, max(0, pos - NEAR), pos)
    return m.group("word") if m else ""


def word_after(text: str, pos: int) -> str:
    """The word that starts just after `pos`, with only spaces between."""
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group("word") if m else ""


def _forms(word: str) -> tuple[str, ...]:
    """The word and the word without one proclitic («لروسيا» → «روسيا»)."""
    if len(word) > 3 and word[0] in _CLITICS:
        return word, word[1:]
    return (word,)


def _in(word: str, words) -> bool:
    return any(w in words for w in _forms(word))


def ends_with_phrase(text: str, pos: int, phrases) -> str | None:
    """The phrase of `phrases` (normalised, longest first) that ends just before `pos`,
    whole words only, ignoring spaces."""
    window = text[max(0, pos - 30):pos].rstrip()
    for phrase in phrases:
        if window.endswith(phrase):
            before = window[: len(window) - len(phrase)]
            if not before or not before[-1].isalnum() or before[-1] in _CLITICS and \
                    (len(before) < 2 or not before[-2].isalnum()):
                return phrase
    return None


# ------------------------------------------------------------------------------ checks
def false_friend(text: str, slots: dict) -> bool:
    """Does a word next to one of the slots make it something else («روسيا اليوم»)?"""
    s = settings()
    for slot in slots.values():
        k = key(slot.text)
        before, after = s.false_before.get(k), s.false_after.get(k)
        if before and _in(word_before(text, slot.start), before):
            return True
        if after and word_after(text, slot.end) in after:
            return True
    return False


def misspelled(slots: dict, original) -> bool:
    """Is a name that counts only as written («آب») spelled otherwise in the original
    text («إب», the Yemeni city)? `original(start, end)` gives the original text."""
    exact = settings().exact_spelling
    for slot in slots.values():
        spellings = exact.get(key(slot.text))
        if spellings and original is not None and original(slot.start, slot.end) not in spellings:
            return True
    return False


def lacks_context(text: str, slots: dict, start: int) -> bool:
    """Is an ambiguous name («مارس», «رجب») used without anything that makes it a time?"""
    s = settings()
    names = [slot for name, slot in slots.items()
             if name in ("month", "hijri_month", "weekday") and key(slot.text) in s.ambiguous]
    if not names:
        return False
    if any(name in slots for name in _CALENDAR_EVIDENCE):
        return False
    return ends_with_phrase(text, start, s.strong_cues) is None


def year_lacks_cue(text: str, start: int, end: int, previous_end: int | None,
                   clitic: str) -> bool:
    """A bare number is a year only after a cue («في 2015») or another year of a range
    («بين 2011 و2015»), inside the plausible range, and never before a counted noun."""
    s = settings()
    year = int(text[start:end])
    if not s.plausible_years[0] <= year <= s.plausible_years[1]:
        return True
    following = word_after(text, end)
    if following in s.counted_nouns:
        return True
    if previous_end is not None and _only_connector(text[previous_end:start - len(clitic)]):
        return False
    cue_at = start - len(clitic)
    if ends_with_phrase(text, cue_at, s.strong_cues):
        return False
    if ends_with_phrase(text, cue_at, s.weak_cues) or clitic:
        return _looks_counted(following)
    return True


def _only_connector(gap: str) -> bool:
    gap = gap.strip()
    return gap == "" or gap in settings().connectors


def _looks_counted(word: str) -> bool:
    """An accusative indefinite («شخصا», «قتيلا») follows a quantity, not a year."""
    return len(word) > 2 and word.endswith("ا") and not word.isdigit()


def counting_refused(text: str, slots: dict, start: int, end: int) -> bool:
    """«بعد يومين من الهجوم» counts from an event; «المستمرة منذ أربع سنوات» is a duration;
    a bare plural («منذ سنوات») names no time unless the counting word allows it."""
    s = settings()
    how = s.counting[key(slots["counting"].text)]
    if how["event_relative"] and word_after(text, end) in s.event_relative_after:
        return True
    if how["duration"] and _in(word_before(text, start), s.duration_before):
        return True
    _, count = lists()["counted"][key(slots["counted"].text)]
    counted = count is not None or "cardinal" in slots or "number" in slots
    return not counted and not how["vague"] and "vague" not in slots


def named_event(text: str, slots: dict, start: int) -> bool:
    """«ثورة 25 يناير», «حرب أكتوبر»: a date without a year after such a word names an event."""
    if "year" in slots or "year_unit" in slots:
        return False
    return _in(word_before(text, start), settings().named_events)


# ------------------------------------------------------------------------------- tense
@lru_cache(maxsize=1)
def _cue_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    s = settings()
    def words(ws):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)
    future = re.compile(rf"(?<!\w)[وف]?(?:{words(s.future_words)})(?!\w)")
    past = re.compile(rf"(?<!\w)[وف]?(?:{words(s.past_words)})(?!\w)")
    prefix = _future_prefix_re()
    return future, past, prefix


def _future_prefix_re() -> re.Pattern:
    from ..data_files import load_yaml
    clitics = load_yaml("ar", "text", "clitics.yaml")
    present = "".join(clitics["present_prefixes"])
    return re.compile(rf"(?<!\w)[وف]?(?P<verb>{clitics['future']}[{present}][^\W\d_]{{2,}})")


def _is_future_verb(m: re.Match) -> bool:
    word = m.group("verb")
    return not word.startswith(settings().not_future_verbs)


def direction(text: str, start: int, end: int, sentence: tuple[int, int]) -> int:
    """-1 (past, the default in news) or +1 (future) for the expression at [start, end):
    the nearest tense cue before it in its sentence, else a future cue just after it."""
    s = settings()
    future, past, prefix = _cue_res()
    left = _window_start(text, max(sentence[0], start - 200), start, s.window_words)
    best_pos, best = -1, -1
    for pattern, sign in ((future, 1), (past, -1)):
        for m in pattern.finditer(text, left, start):
            if m.start() > best_pos:
                best_pos, best = m.start(), sign
    for m in prefix.finditer(text, left, start):
        if m.start() > best_pos and _is_future_verb(m):
            best_pos, best = m.start(), 1
    if best_pos >= 0:
        return best
    right = _window_end(text, end, min(sentence[1], end + 120), s.after_words)
    if future.search(text, end, right) or any(
            _is_future_verb(m) for m in prefix.finditer(text, end, right)):
        return 1
    return -1


def _window_start(text: str, lo: int, pos: int, n_words: int) -> int:
    starts = [m.start() for m in _WORD_RE.finditer(text, lo, pos)]
    return starts[-n_words] if len(starts) >= n_words else lo


def _window_end(text: str, pos: int, hi: int, n_words: int) -> int:
    ends = [m.end() for m in _WORD_RE.finditer(text, pos, hi)]
    return ends[n_words - 1] if len(ends) >= n_words else hi
