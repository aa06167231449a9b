"""Where in a document each lexicon can match, found in one pass.

Every finder (names, titles, cues, triggers …) starts a match only at a token one of whose
lookup forms (the word, its proclitic-stripped stems, those without a pronoun suffix) is
the first word of one of its entries. Instead of each finder walking every token, the
document's tokens are indexed once by form, and a finder asks for the positions whose
forms meet its vocabulary of first words: a few hundred set lookups per document.
"""
from __future__ import annotations

from functools import lru_cache

from .tokenize import stems, strip_enclitic


@lru_cache(maxsize=131072)
def lookup_forms(word: str) -> tuple[str, ...]:
    """The forms under which a word can begin an entry («وبالأسد» → …, «الاسد», «اسد»)."""
    out = list(stems(word))
    for s in out[:3]:
        out += strip_enclitic(s)[1:]
    return tuple(dict.fromkeys(out))


class TokenIndex:
    def __init__(self, tokens):
        # Group positions by spelling first: a news article uses each word about twice,
        # so the forms of each distinct word are looked up once, not per occurrence.
        # A word is indexed under its lookup forms, any other token under itself.
        words: dict[str, list[int]] = {}
        others: dict[str, list[int]] = {}
        for i, tok in enumerate(tokens):
            group = words if tok.kind == "word" else others
            where = group.get(tok.norm)
            if where is None:
                group[tok.norm] = [i]
            else:
                where.append(i)
        # Positions are kept as tuples: the garbage collector stops tracking a tuple of
        # ints at its first pass, whereas hundreds of lists per document would be
        # promoted with the document's other objects and make full collections (which
        # walk the whole knowledge base) more frequent.
        by_form = {norm: tuple(where) for norm, where in others.items()}
        for word, where in words.items():
            where = tuple(where)
            for form in lookup_forms(word):
                have = by_form.get(form)
                by_form[form] = where if have is None else have + where
        self.by_form = by_form   # form → positions (not sorted; positions() sorts)

    def positions(self, vocabulary) -> list[int]:
        """Sorted token positions whose forms are in `vocabulary` (a set or dict)."""
        by_form = self.by_form
        keys = vocabulary.keys() if isinstance(vocabulary, dict) else vocabulary
        # C-level intersections that walk the smaller side: `dict_keys & frozenset` walks
        # the frozenset, however large (the KB's given names), `frozenset.intersection`
        # walks the argument (the document's few hundred forms)
        if isinstance(keys, (set, frozenset)) and len(keys) > len(by_form):
            common = keys.intersection(by_form)
        else:
            common = by_form.keys() & keys
        if not common:
            return []
        return sorted(set().union(*[by_form[form] for form in common]))


def longest_entry_at(tokens, i: int, table: dict, longest: dict, enclitics: bool = False,
                     max_stems: int | None = None):
    """(length, value) of the longest `table` entry (a tuple of normalised words) that
    starts at token i, its first word taken with proclitics stripped (and, with
    `enclitics`, without a pronoun suffix); None when there is none. `longest` maps a
    first word to the length of its longest entry."""
    rest = None
    for first in _first_words(tokens[i].norm, enclitics, max_stems):
        n = longest.get(first)
        if not n:
            continue
        if n == 1:          # most first words begin one-word entries only
            if (first,) in table:
                return 1, table[(first,)]
            continue
        if rest is None or len(rest) < n - 1:
            rest = [t.norm for t in tokens[i + 1:i + n]]
        for length in range(min(n, len(tokens) - i), 0, -1):
            key = (first, *rest[:length - 1])
            if key in table:
                return length, table[key]
    return None


@lru_cache(maxsize=131072)
def _first_words(word: str, enclitics: bool, max_stems: int | None) -> tuple[str, ...]:
    """The forms under which `word` can be the first word of an entry (longest_entry_at);
    cached because the same words are looked up in every document and by several tables."""
    firsts = stems(word)
    if max_stems is not None:
        firsts = firsts[:max_stems]
    if enclitics:
        firsts = tuple(dict.fromkeys(firsts + tuple(f for s in firsts[:2] for f in strip_enclitic(s)[1:])))
    return firsts
