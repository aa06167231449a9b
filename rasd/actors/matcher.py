"""Finding knowledge-base names in a document's tokens.

Names are token tuples in normalised spelling (kb.names). Matching walks the tokens once:
at each token it tries the token's proclitic-stripped stems as the first word of a name
and extends over the following tokens, longest name first (a dict lookup per length, not
a loop over names). A proclitic is kept out of the span («لأحمد الشرع» → «أحمد الشرع»)
except where the article merges with it («للأسد»), so the span stays a substring.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.tokenize import Token, stems
from .kb import HYPHENS, KB, Name

SKIP_KINDS = ("punct", "url", "num")
HOW_RANK = {"name": 0, "alias_en": 1, "alias": 1, "short": 2, "ambiguous": 3}


@dataclass
class Match:
    first: int            # token index of the first token
    last: int             # token index after the last token
    start: int            # original offsets of the name (clitics excluded)
    end: int
    names: list[Name]

    @property
    def best_rank(self) -> int:
        return min(HOW_RANK.get(n.how, 9) for n in self.names)


def find_names(doc, kb: KB, tokens: list[Token] | None = None) -> list[Match]:
    """Longest KB names over the tokens; `first`/`last` index the document's tokens."""
    all_tokens = doc.tokens if tokens is None else tokens
    if all_tokens is doc.tokens and not doc.token_index.positions(HYPHENS):
        tokens, where = all_tokens, None     # the usual case: index positions are i
    else:   # names read across hyphens («فرانك-فالتر»): match over the other tokens
        tokens = [t for t in all_tokens if t.norm not in HYPHENS]
        where = {t.i: k for k, t in enumerate(tokens)}
    norms = doc.token_norms if where is None else [t.norm for t in tokens]
    out: list[Match] = []
    names, first_tokens, prefixes = kb.names, kb.first_tokens, _name_prefixes(kb)
    next_free = 0
    for p in doc.token_index.positions(first_tokens):
        i = p if where is None else where.get(p)
        if i is None or i < next_free:
            continue
        tok = tokens[i]
        if tok.kind in SKIP_KINDS:
            continue
        best = None
        for stem in stems(tok.norm):
            longest = first_tokens.get(stem)
            if not longest or _strips_article(tok.norm, stem) or (len(stem) < 3 and _after_ba_or_ka(tok.norm, stem)):
                continue      # «باب» is no «ب» + «إب» («وإب», «لإب» are)
            found = _longest_name(names, prefixes, stem, norms, i, min(longest, len(tokens) - i))
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], stem, found[1])
        if best is None:
            continue
        length, stem, found = best
        start = _stem_start(doc, tok, stem)
        out.append(Match(tok.i, tokens[i + length - 1].i + 1, start, tokens[i + length - 1].end,
                         list(found)))
        next_free = i + length
    return out


def _longest_name(names: dict, prefixes: frozenset, stem: str, norms: list[str], i: int, limit: int):
    """(length, names) of the longest name of at most `limit` tokens that is `stem` and
    then norms[i + 1:]; None when there is none. The tokens are read one at a time, only
    while what was read begins a longer name (most words begin no name longer than one
    word), instead of trying every length from the longest down."""
    key = (stem,)
    best = (1, names[key]) if names.get(key) else None
    for length in range(2, limit + 1):
        if length > 2 and key not in prefixes:
            break
        key += (norms[i + length - 1],)
        found = names.get(key)
        if found:
            best = (length, found)
    return best


@lru_cache(maxsize=4)
def _name_prefixes(kb: KB) -> frozenset:
    """The beginnings (two tokens or more) of the KB's longer names."""
    return frozenset(toks[:n] for toks in kb.names for n in range(2, len(toks)))


def _after_ba_or_ka(word: str, stem: str) -> bool:
    """`stem` is `word` without a leading «ب» or «ك» (after any «و»/«ف»)."""
    cut = word[:len(word) - len(stem)] if word.endswith(stem) else ""
    return cut[-1:] in ("ب", "ك")


def _strips_article(word: str, stem: str) -> bool:
    """Proper names do not take the article: «السورية» is an adjective, not «سورية»."""
    if stem.startswith("ال"):
        return False
    cut = len(word) - len(stem)
    return cut >= 2 and word.endswith(stem) and word[:cut].endswith(("ال", "لل"))


def _stem_start(doc, tok: Token, stem: str) -> int:
    """Original offset where `stem` begins inside `tok` (the token start for «لل…»)."""
    cut = len(tok.norm) - len(stem)
    if cut <= 0 or not tok.norm.endswith(stem):
        # «للرئيس» → «الرئيس»: the article is not a suffix of the token; strip only
        # a conjunction (و/ف) so that the span still reads «للرئيس»
        return doc.normalized.to_original(tok.nstart + 1) if tok.norm[0] in "وف" and \
            tok.norm[1:].startswith("لل") else tok.start
    return doc.normalized.to_original(tok.nstart + cut)
