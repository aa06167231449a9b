"""PLOVER trigger lexicon (rasd/data/ar/events/triggers/*.yaml) and trigger matching.

Forms are token tuples in normalised spelling, without proclitics. A match starts at a
token whose proclitic-stripped stem (or that stem without a pronoun suffix) is a form's
first word. The rest of a multi-word form follows directly, or — because Arabic puts the
subject between a verb and its object («أجرى الرئيس الروسي اتصالا») — after a gap of a few
words inside the same clause. The longest form wins; a stripped future «س» marks the match
as future («سيزور»).
"""
from __future__ import annotations

import glob
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..data_files import data_path, load_yaml
from ..errors import DataError
from ..text.normalize import normalize_string, normalized_set
from ..text.index import lookup_forms
from ..text.tokenize import TOKEN_RE, stems, strip_enclitic

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MAX_GAP = 10                    # words between a verb and the rest of its phrase
CLAUSE_BREAKS = normalized_set({"،", ",", ".", "؛", ";", ":", "؟", "!", "«", "»", '"', "“", "”", "(", ")", "و",
                                "ثم"})
FUTURE = "س"


@dataclass(frozen=True)
class Trigger:
    id: str
    type: str
    mode: str | None
    actor: str                  # subject | object
    recipient: tuple[str, ...]  # normalised prepositions, or "object"
    symmetric: bool
    needs: frozenset
    joint: bool = True          # «مع» names a co-actor (agreeing with); false: a recipient
    genitive_actor: bool = False  # a verbal noun whose genitive is its actor («زيارة ساركوزي»)


@dataclass
class TriggerMatch:
    trigger: Trigger
    first: int                  # token index of the first word
    last: int                   # token index after the last word
    tokens: tuple[int, ...]     # token indices that belong to the form
    future: bool
    gap: bool


@dataclass(frozen=True)
class TriggerLexicon:
    forms: dict[tuple[str, ...], Trigger]
    by_first: dict[str, tuple[tuple[str, ...], ...]]   # first word → forms, longest first
    entries: tuple[dict, ...]
    # first word → second word (None for one-word forms) → forms, longest first
    by_second: dict
    # first words written with a pronoun «ه» («زاره»): a word that ends in «ة» («وزارة»)
    # folds to the same letters but is another word
    pronoun_final: frozenset
    # first words written with «ة» («مصادرة»): a word that ends in the pronoun «ه»
    # («مصادره», its sources) folds to the same letters but is another word
    taa_final: frozenset = frozenset()


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in TOKEN_RE.finditer(normalize_string(text)))


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    forms: dict[tuple[str, ...], Trigger] = {}
    entries = []
    pronoun_final: set[str] = set()
    taa_final: set[str] = set()
    for path in sorted(glob.glob(str(data_path("ar", "events", "triggers", "*.yaml")))):
        name = path.rsplit("/", 1)[-1]
        for entry in load_yaml("ar", "events", "triggers", name) or []:
            if entry.get("type") not in PLOVER_TYPES:
                raise DataError(f"events/triggers/{name}: {entry.get('id')}: unknown type {entry.get('type')!r}")
            frame = entry.get("frame") or {}
            trig = Trigger(entry["id"], entry["type"], entry.get("mode"), frame.get("actor", "subject"),
                           tuple(r if r == "object" else normalize_string(r) for r in frame.get("recipient") or []),
                           bool(frame.get("symmetric")), frozenset(entry.get("needs") or []),
                           bool(frame.get("joint", True)), frame.get("genitive") == "actor")
            entries.append(dict(entry, _file=name))
            for form in entry.get("forms") or []:
                key = _tokens(form)
                if key and key not in forms:
                    forms[key] = trig
                    if form.split()[0].endswith("ه"):
                        pronoun_final.add(key[0])
                    elif form.split()[0].endswith("ة"):
                        taa_final.add(key[0])
    by_first: dict[str, list] = {}
    for key in forms:
        by_first.setdefault(key[0], []).append(key)
    ordered = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
    by_second: dict[str, dict] = {}
    for first, keys in ordered.items():
        for key in keys:
            by_second.setdefault(first, {}).setdefault(key[1] if len(key) > 1 else None, []).append(key)
    return TriggerLexicon(forms, ordered, tuple(entries), by_second, frozenset(pronoun_final),
                          frozenset(taa_final - pronoun_final))


@lru_cache(maxsize=1)
def _first_words_by_length() -> tuple[frozenset, dict]:
    """(first words of a one-word form, first word → second words for the first words
    that begin longer forms only: «اجري» is only ever «أجرى … اتصالا/محادثات …»)."""
    lex = trigger_lexicon()
    single = frozenset(f for f, seconds in lex.by_second.items() if None in seconds)
    phrase_only = {f: frozenset(seconds) for f, seconds in lex.by_second.items() if None not in seconds}
    return single, phrase_only


def start_positions(index) -> list[int]:
    """Sorted token positions where a trigger can start in a document (`index`, its
    TokenIndex): a first word of a one-word form, or of a longer form one of whose second
    words follows within reach (MAX_GAP). Most positions whose word begins some phrase
    («أجرى») have no second word near («اتصالا»); _best_at would try each in vain.
    No match is lost: the index holds every lookup form of a word, a superset of the
    forms _match_rest accepts for a later word, and the reach ignores sentence ends."""
    single, phrase_only = _first_words_by_length()
    by_form = index.by_form
    starts = set(index.positions(single))
    for first in phrase_only.keys() & by_form.keys():
        seconds = phrase_only[first] & by_form.keys()
        if not seconds:
            continue
        after = sorted(set().union(*[by_form[second] for second in seconds]))
        for i in by_form[first]:
            # a second word at k, i < k < i + 2 + MAX_GAP (_match_rest's reach)
            k = bisect_right(after, i)
            if k < len(after) and after[k] < i + 2 + MAX_GAP:
                starts.add(i)
    return sorted(starts)


def find_triggers(tokens, first: int, last: int, gap_ok=None, text: str = "",
                  starts=None, index=None) -> list[TriggerMatch]:
    """Trigger matches among tokens[first:last] (one sentence), left to right.

    `gap_ok(i, j)` says whether tokens[i:j] may stand inside a phrase (a subject or an
    object: names, their titles, «و»); without it no gap is allowed. `text` (the original)
    tells a taa marbuta («وزارة») from a pronoun suffix («زاره»), which normalise alike.
    `starts`, when given, are the only positions where a phrase may begin, sorted (the
    document's token index knows them). `index`, the document's TokenIndex of `tokens`,
    saves indexing each sentence's words again for gapped phrases."""
    lex = trigger_lexicon()
    sentence = _Sentence(tokens, first, last, text, index)
    out: list[TriggerMatch] = []
    used: set[int] = set()
    if starts is None:
        positions = range(first, last)
    else:
        positions = starts[bisect_left(starts, first):bisect_left(starts, last)]
    resume = first
    for i in positions:
        if i < resume:
            continue
        match = _best_at(sentence, i, lex, used, gap_ok)
        if match is None:
            continue
        out.append(match)
        used.update(match.tokens)
        resume = match.first + 1 if match.gap else match.last
    return out


class _Sentence:
    """One sentence's tokens, with each token's match forms and (built when a gap is
    tried) the positions of every form, so a phrase's later words are found by lookup."""

    def __init__(self, tokens, first: int, last: int, text: str, index=None):
        self.tokens, self.first, self.last, self.text = tokens, first, last, text
        self.index = index
        self._positions: dict[str, list[int]] | None = None

    def forms(self, k: int) -> frozenset:
        return _match_forms(self.tokens[k].norm)

    @property
    def positions(self) -> dict[str, list[int]]:
        if self._positions is None:
            positions: dict[str, list[int]] = {}
            tokens = self.tokens
            for k in range(self.first, self.last):
                for f in _match_forms(tokens[k].norm):
                    if f in positions:
                        positions[f].append(k)
                    else:
                        positions[f] = [k]
            self._positions = positions
        return self._positions

    def in_window(self, i: int, candidates) -> set:
        """Those of `candidates` that are forms of a word a gapped phrase starting at i may
        reach. Most candidates occur nowhere in the sentence, so positions are looked up
        only for those that do."""
        end = min(self.last, i + 2 + MAX_GAP)
        if self.index is not None:
            # The document's index holds every lookup form of every word, a superset of
            # the match forms: a form it adds is one no word in the window has, whose
            # phrase then fails to match, so the matches are the same.
            by_form = self.index.by_form
            return {c for c in by_form.keys() & candidates.keys() if any(i < k < end for k in by_form[c])}
        positions = self.positions
        small, large = (candidates, positions) if len(candidates) < len(positions) else (positions, candidates)
        return {c for c in small.keys() & large.keys() if any(i < k < end for k in positions[c])}

    def taa_marbuta(self, k: int) -> bool:
        tok = self.tokens[k]
        return self.text[tok.end - 1:tok.end] == "ة" if self.text else False


@lru_cache(maxsize=131072)
def _match_forms(word: str) -> frozenset:
    """The forms a later word of a phrase may take («بالأسلحة» → «اسلحه» …)."""
    return frozenset(stems(word)) | frozenset(strip_enclitic(word))


def _best_at(sentence: _Sentence, i: int, lex: TriggerLexicon, used: set[int], gap_ok):
    if i in used:
        return None
    tok = sentence.tokens[i]
    taa_marbuta = sentence.taa_marbuta(i)
    best = None
    for stem in _first_forms(tok.norm, taa_marbuta):
        seconds = lex.by_second.get(stem)
        if not seconds:
            continue
        if taa_marbuta and stem in lex.pronoun_final:
            continue           # «وزارة» is not «و» + «زاره»
        if not taa_marbuta and stem in lex.taa_final and tok.norm.endswith(stem) and sentence.text:
            continue           # «مصادره» (its sources) is not «مصادرة» (confiscation)
        future = tok.norm.endswith(stem) and tok.norm[:len(tok.norm) - len(stem)].endswith(FUTURE) \
            and stem[:1] in "يتنا"
        for key in _candidate_keys(sentence, i, seconds, gap_ok):
            if best is not None and len(key) < best[0][0]:
                break
            found = _match_rest(sentence, i, key, used, gap_ok)
            if found is not None:
                # longest first, then the spelling that matches without stripping a pronoun
                # («استدعت سفيرها» over «استدعت سفير»), then contiguous over gapped
                score = (len(key), _exactness(sentence, found[0], key), not found[1])
                if best is None or score > best[0]:
                    best = (score, TriggerMatch(lex.forms[key], i, found[0][-1] + 1, found[0], future, found[1]))
    return best[1] if best else None


def _exactness(sentence: _Sentence, positions, key) -> int:
    return sum(1 for k, word in zip(positions[1:], key[1:]) if word in stems(sentence.tokens[k].norm))


def _candidate_keys(sentence: _Sentence, i: int, seconds: dict, gap_ok) -> list:
    """Forms whose second word occurs next (or, with gaps, anywhere in the sentence),
    longest first; one-word forms last."""
    if len(seconds) == 1 and None in seconds:
        return seconds[None]
    if i + 1 < sentence.last:
        present = sentence.in_window(i, seconds) if gap_ok else seconds.keys() & sentence.forms(i + 1)
    else:
        present = set()
    if not present:   # the usual case: no second word near, only one-word forms can match
        return seconds.get(None, ())
    keys = [k for second in sorted(p for p in present if p is not None) for k in seconds[second]]
    keys.sort(key=len, reverse=True)   # stable: the same order in every process
    return keys + list(seconds.get(None, ()))


def _first_forms(word: str, taa_marbuta: bool = False) -> tuple[str, ...]:
    return stems(word) if taa_marbuta else lookup_forms(word)


def _match_rest(sentence: _Sentence, i: int, key, used, gap_ok):
    """(token indices, gapped) when the rest of `key` follows token i, else None."""
    if len(key) == 1:
        return (i,), False
    rest = key[1:]
    if _equal(sentence, i + 1, rest, used):
        return tuple(range(i, i + len(key))), False
    if gap_ok is None:
        return None
    for start in range(i + 2, min(sentence.last, i + 2 + MAX_GAP)):
        if sentence.tokens[start - 1].norm in CLAUSE_BREAKS:
            break
        if rest[0] in sentence.forms(start) and _equal(sentence, start, rest, used) and gap_ok(i + 1, start):
            return (i,) + tuple(range(start, start + len(rest))), True
    return None


def _equal(sentence: _Sentence, start: int, words, used) -> bool:
    if start + len(words) > sentence.last:
        return False
    for k, word in enumerate(words):
        if start + k in used or word not in sentence.forms(start + k):
            return False
    return True
