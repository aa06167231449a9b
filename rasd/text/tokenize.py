"""Tokens with original offsets, and proclitic segmentation for lookups.

Tokens are found on the normalised view (one regex), so a token's `norm` is already
folded; `start`/`end` are offsets into the original text. Punctuation, including « » ، ؛ ؟,
is split into tokens of its own. Segmentation never changes tokens: it offers the stems a
lookup should try («وبالأسد» → «بالاسد», «الاسد», «اسد»), with the clitics in
`rasd/data/ar/text/clitics.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data_files import load_yaml

URL_PREFIXES = ("http://", "https://", "www.", "pic.twitter.com/")
HANDLE_MARKS = "@#"
TOKEN_RE = re.compile(
    r"(?P<url>(?:" + "|".join(map(re.escape, URL_PREFIXES)) + r")\S+)"
    r"|(?P<handle>[" + HANDLE_MARKS + r"][^\W_][\w]*)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>\S)"
)
# The same tokens for a text without URLs or handles (most articles): without the
# alternatives that cannot match there and with words tried first, the regex engine
# settles most positions at its first branch. Numbers, words and punctuation exclude one
# another at a position, so their order does not change a token.
PLAIN_TOKEN_RE = re.compile(r"(?P<word>[^\W\d_]+)|(?P<num>\d+(?:[.,]\d+)*)|(?P<punct>\S)")


def _token_re(text: str) -> re.Pattern:
    if any(p in text for p in URL_PREFIXES) or any(c in text for c in HANDLE_MARKS):
        return TOKEN_RE
    return PLAIN_TOKEN_RE


class Token:
    """A token: original offsets (`start`, `end`), normalised form and offset (`norm`,
    `nstart`), kind (word, num, punct, url, handle) and index `i`."""

    __slots__ = ("start", "end", "norm", "kind", "i", "nstart")

    def __init__(self, start: int, end: int, norm: str, kind: str, i: int, nstart: int = -1):
        self.start, self.end, self.norm, self.kind, self.i = start, end, norm, kind, i
        self.nstart = nstart

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "norm": self.norm, "kind": self.kind}

    def __repr__(self) -> str:
        return f"Token({self.norm!r}, {self.start}, {self.end}, {self.kind})"


def tokenize(doc) -> list[Token]:
    """Tokens of a Document (or of anything with a `normalized` view)."""
    return tokenize_normalized(doc.normalized)


def tokenize_normalized(norm) -> list[Token]:
    text = norm.text
    out: list[Token] = []
    append = out.append
    # Tokens are made with object.__new__ and their slots set directly: a document has
    # hundreds of them, and this is about a third cheaper than calling Token(...).
    new = object.__new__
    if norm._map is None:   # identity map: normalised offsets are original offsets
        for i, m in enumerate(_token_re(text).finditer(text)):
            tok = new(Token)
            tok.start, tok.end = m.span()
            tok.nstart, tok.norm, tok.kind, tok.i = tok.start, m.group(), m.lastgroup, i
            append(tok)
        return out
    offsets = norm._map   # normalised offset → original offset, with an entry for the end
    for i, m in enumerate(_token_re(text).finditer(text)):
        nstart, nend = m.span()
        end = offsets[nend - 1] + 1
        if end < offsets[nend]:   # deleted characters follow: span_to_original keeps the marks
            end = norm.span_to_original(nstart, nend)[1]
        tok = new(Token)
        tok.start, tok.end, tok.nstart, tok.norm, tok.kind, tok.i = offsets[nstart], end, nstart, m.group(), m.lastgroup, i
        append(tok)
    return out


@lru_cache(maxsize=1)
def _clitics() -> dict:
    return load_yaml("ar", "text", "clitics.yaml")


@lru_cache(maxsize=1)
def enclitics() -> tuple[str, ...]:
    """The pronoun suffixes (clitics.yaml), longest first as listed."""
    return tuple(_clitics()["enclitics"])


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """Forms of a normalised word with proclitics stripped, the word itself first.

    «وبالاسد» → ('وبالاسد', 'بالاسد', 'الاسد', 'اسد'); «للرييس» → (…, 'الرييس', 'رييس');
    «سيزور» → ('سيزور', 'يزور').
    """
    c = _clitics()
    min_stem = c["min_stem"]
    out = [word]
    rest = word
    if len(rest) > min_stem and rest[0] in c["conjunctions"]:
        rest = rest[1:]
        out.append(rest)
    if rest.startswith(c["lam_article"]) and len(rest) > min_stem + 1:
        out.append(c["article"] + rest[2:])
        rest = rest[2:]
        out.append(rest)
        return tuple(dict.fromkeys(out))
    if len(rest) > min_stem and rest[0] in c["prepositions"] and not rest.startswith(tuple(c["root_initial"])):
        out.append(rest[1:])
        if rest[1:].startswith(c["article"]):
            rest = rest[1:]
    elif (len(rest) > min_stem + 1 and rest[0] == c["future"]
          and rest[1] in c["present_prefixes"]):
        out.append(rest[1:])
    if rest.startswith(c["article"]) and len(rest) - 2 >= min_stem:
        out.append(rest[2:])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def strip_enclitic(word: str) -> tuple[str, ...]:
    """The word and its forms without one pronoun suffix («زيارته» → «زيارت», «زياره»)."""
    c = _clitics()
    if not word.endswith(enclitics()):
        return (word,)      # the common case, settled by one C-level test
    out = [word]
    for suffix in c["enclitics"]:
        if word.endswith(suffix) and len(word) - len(suffix) >= c["min_stem"] + 1:
            stem = word[: -len(suffix)]
            out.append(stem)
            if stem.endswith("ت"):  # taa marbuta is written ت before a suffix
                out.append(stem[:-1] + "ه")
    return tuple(dict.fromkeys(out))


def definite(word: str) -> bool:
    """The word, or its stem without a clitic, carries the article «ال» («الحكومة»,
    «والحكومة», «بالحكومة»)."""
    return any(f.startswith("ال") for f in stems(word)[:2])


def without_conjunction(word: str, longer_than: int = 3) -> str:
    """The word without a leading «و» or «ف», when it is longer than `longer_than` letters
    (a short word's «و» is more often its own: «وقت», «وزن»)."""
    return word[1:] if word[:1] in "وف" and len(word) > longer_than else word


def one_of(word: str, words) -> bool:
    """The word is one of `words`, as written or after «و»/«ف» («وبعد», «ولم»)."""
    return word in words or word[:1] in "وف" and word[1:] in words
