"""What the words around a match say about it: false friends, names that need context,
cues that make a number a year, counts that are durations, and the tense that decides
which way «الخميس» points. All word lists come from rasd/data/ar/times/*.yaml through
`settings()`; offsets are into the normalised text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data_files import load_yaml
from .vocab import lists, norm_key, settings

_WORD_RE = re.compile(r"[^\W\d_]+|\d+")
_LAST_WORD_RE = re.compile(r"(?<!\w)(?P<word>\w+)\s*$")
_NEXT_WORD_RE = re.compile(r"\s*(?P<word>\w+)")
_CLAUSE_END_RE = re.compile(r"[،,.؛;:!?؟]")
# Slots whose presence makes an ambiguous month or weekday name a time.
_CALENDAR_EVIDENCE = ("day", "day_word", "year", "month2", "modifier", "month_word", "part",
                      "era", "year_unit")
NEAR = 24   # characters looked at for the word next to a match
_OPENING_QUOTES = "\"«“'"
_CLOSING_QUOTES = "\"»”'"


# ------------------------------------------------------------------ neighbouring words
def word_before(text: str, pos: int) -> str:
    """The word that ends just before `pos`, with only spaces between."""
    m = _LAST_WORD_RE.search(text, max(0, pos - NEAR), pos)
    return m.group("word") if m else ""


def word_after(text: str, pos: int) -> str:
    """The word that starts just after `pos`, with only spaces between."""
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group("word") if m else ""


@lru_cache(maxsize=1)
def proclitics() -> dict:
    """The proclitic letters of rasd/data/ar/text/clitics.yaml: conjunctions (و ف),
    prepositions (ب ل ك), the future prefix and the present-tense prefixes."""
    data = load_yaml("ar", "text", "clitics.yaml")
    return {"conjunctions": "".join(data["conjunctions"]),
            "prepositions": "".join(data["prepositions"]),
            "future": data["future"], "present": "".join(data["present_prefixes"]),
            "article": data["article"]}


def _single_letters() -> str:
    c = proclitics()
    return c["conjunctions"] + c["prepositions"]


def _forms(word: str) -> tuple[str, ...]:
    """The word and the word without one proclitic («لروسيا» → «روسيا»)."""
    if len(word) > 3 and word[0] in _single_letters():
        return word, word[1:]
    return (word,)


def _in(word: str, words) -> bool:
    return any(w in words for w in _forms(word))


def ends_with_phrase(text: str, pos: int, phrases) -> str | None:
    """The phrase of `phrases` (normalised, longest first) that ends just before `pos`,
    whole words only, ignoring spaces."""
    window = text[max(0, pos - 30):pos].rstrip()
    for phrase in phrases:
        if window.endswith(phrase) and _word_starts_at(window, len(window) - len(phrase)):
            return phrase
    return None


def _word_starts_at(text: str, i: int) -> bool:
    """Does a word start at text[i], perhaps after one proclitic letter («وفي»)?"""
    if i == 0 or not text[i - 1].isalnum():
        return True
    return text[i - 1] in _single_letters() and (i == 1 or not text[i - 2].isalnum())


# ------------------------------------------------------------------------------ checks
def false_friend(text: str, slots: dict) -> bool:
    """Does a word next to one of the slots make it something else («روسيا اليوم»)?"""
    s = settings()
    for slot in slots.values():
        k = norm_key(slot.text)
        before, after = s.false_before.get(k), s.false_after.get(k)
        if before and _in(word_before(text, slot.start), before):
            return True
        if after and _starts_with_phrase(text, slot.end, after):
            return True
    return False


def _starts_with_phrase(text: str, pos: int, phrases) -> bool:
    """Does one of `phrases` (whole words) follow `pos`, after spaces?"""
    window = text[pos:pos + 30].lstrip()
    for phrase in phrases:
        if window.startswith(phrase) and not window[len(phrase):len(phrase) + 1].isalnum():
            return True
    return False


def quoted_alone(text: str, start: int, end: int) -> bool:
    """An expression that is all a quotation holds is a name: the newspaper «"اليوم"»."""
    before = text[max(0, start - 2):start].rstrip()
    after = text[end:end + 2].lstrip()
    return (before[-1:] or " ") in _OPENING_QUOTES and (after[:1] or " ") in _CLOSING_QUOTES


def misspelled(slots: dict, original) -> bool:
    """Is a name that counts only as written («آب») spelled otherwise in the original
    text («إب», the Yemeni city)? `original(start, end)` gives the original text."""
    exact = settings().exact_spelling
    for slot in slots.values():
        spellings = exact.get(norm_key(slot.text))
        if spellings and original is not None and original(slot.start, slot.end) not in spellings:
            return True
    return False


def lacks_context(text: str, slots: dict, start: int) -> bool:
    """Is an ambiguous name («مارس», «رجب») used without anything that makes it a time?"""
    s = settings()
    names = [slot for name, slot in slots.items()
             if name in ("month", "hijri_month", "weekday") and norm_key(slot.text) in s.ambiguous]
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
    if not _plausible(text[start:end]):
        return True
    following = word_after(text, end)
    if following in s.counted_nouns or ends_with_phrase(text, start, s.quantity_before):
        return True
    if previous_end is not None and only_connector(text[previous_end:start]):
        return False
    if clitic:
        return True             # «و1929» in a list of numbers: only after another year
    if ends_with_phrase(text, start, s.strong_cues):
        return False
    if ends_with_phrase(text, start, s.weak_cues):
        partner = _range_partner().match(text, end)
        if partner is not None:   # «ما بين 2000 و3000 ميغاواط»
            return not _plausible(partner.group("number")) or \
                word_after(text, partner.end()) in s.counted_nouns
        return _looks_counted(following)
    return True


def _plausible(digits: str) -> bool:
    low, high = settings().plausible_years
    return digits.isdigit() and low <= int(digits) <= high


@lru_cache(maxsize=1)
def _range_partner() -> re.Pattern:
    """The second number of «2011 و2015» / «2016 إلى 2018», after a connector."""
    words = "|".join(re.escape(c) for c in sorted(settings().connectors, key=len, reverse=True))
    return re.compile(rf"\s*(?:{words})\s*(?P<number>\d+)")


def only_connector(gap: str) -> bool:
    """Is `gap` empty or one connector of a list or range («و», «إلى», «وحتى», «-»)?"""
    gap = " ".join(gap.split())
    connectors = settings().connectors
    return gap == "" or gap in connectors or (gap[:1] in connectors and gap[1:] in connectors)


def _looks_counted(word: str) -> bool:
    """An accusative indefinite («شخصا», «قتيلا») follows a quantity, not a year."""
    return len(word) > 2 and word.endswith("ا") and not word.isdigit()


def counting_refused(text: str, slots: dict, start: int, end: int,
                     sentence: tuple[int, int]) -> bool:
    """«بعد يومين من الهجوم» counts from an event; «المستمرة منذ أربع سنوات» is a duration;
    «يوما بعد يوم» an idiom; a bare plural («منذ سنوات») names no time unless the counting
    word allows it; «بعد أسبوعين» counts from publication only in a future sentence."""
    s = settings()
    how = s.counting[norm_key(slots["counting"].text)]
    if how["event_relative"] and _followed_by_event(text, end):
        return True
    before = word_before(text, start)
    if how["duration"] and _in(before, s.duration_before):
        return True
    unit, count = lists()["counted"][norm_key(slots["counted"].text)]
    if lists()["counted"].get(before, (None,))[0] == unit:      # «يوما بعد يوم»
        return True
    counted = count is not None or "cardinal" in slots or "number" in slots
    if not counted and not how["vague"] and "vague" not in slots:
        return True
    return how["needs_future"] and direction(text, start, end, sentence) <= 0


def _followed_by_event(text: str, end: int) -> bool:
    s = settings()
    pos = end
    for _ in range(3):
        m = _NEXT_WORD_RE.match(text, pos)
        if m is None:
            return False
        if m.group("word") in s.event_relative_after:
            return True
        if m.group("word") not in s.event_relative_skip:
            return False
        pos = m.end()
    return False


def named_event(text: str, slots: dict, start: int) -> bool:
    """«ثورة 25 يناير», «حرب أكتوبر»: a date without a year after such a word names an event."""
    if "year" in slots or "year_unit" in slots:
        return False
    return _in(word_before(text, start), settings().named_events)


# ------------------------------------------------------------------------------- tense
@lru_cache(maxsize=1)
def _cue_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Future words, past words, and a future-prefixed verb («سيزور»), each after an
    optional conjunction («وسوف»)."""
    s, c = settings(), proclitics()
    lead = rf"(?<!\w)[{c['conjunctions']}]?"

    def words(ws):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)
    future = re.compile(rf"{lead}(?:{words(s.future_words)})(?!\w)")
    past = re.compile(rf"{lead}(?:{words(s.past_words)})(?!\w)")
    # the first person after «س» is «سأ» with its hamza: «سا…» is «ساعة», «ساهم», «سابق»
    present = c["present"].replace("ا", "") + "أ"
    prefix = re.compile(rf"{lead}(?P<verb>{c['future']}[{present}][^\W\d_]{{2,}})")
    return future, past, prefix


def _is_future_verb(m: re.Match) -> bool:
    word = m.group("verb")
    return not word.startswith(settings().not_future_verbs)


def direction(text: str, start: int, end: int, sentence: tuple[int, int]) -> int:
    """+1 (future), -1 (past) or 0 (no cue, which news readers take as past) for the
    expression at [start, end): the nearest tense cue before it in its sentence, else a
    future cue just after it."""
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
    return 0


def _window_start(text: str, lo: int, pos: int, n_words: int) -> int:
    starts = [m.start() for m in _WORD_RE.finditer(text, lo, pos)]
    return starts[-n_words] if len(starts) >= n_words else lo


def _window_end(text: str, pos: int, hi: int, n_words: int) -> int:
    """Up to `n_words` words after `pos`, within the clause (a comma ends it)."""
    clause = _CLAUSE_END_RE.search(text, pos, hi)
    hi = clause.start() if clause else hi
    ends = [m.end() for m in _WORD_RE.finditer(text, pos, hi)]
    return ends[n_words - 1] if len(ends) >= n_words else hi
