"""Features of a document's tokens for the CRF tagger.

Input is lists of normalised tokens, one per sentence (`normalize_string` of CoNLL
tokens, or `Token.norm` of a document), so training and tagging see the same forms.
Per token:

- the word, its proclitic-stripped stems and the core without a pronoun suffix;
- prefixes and suffixes of 1–4 characters (of the word and of the core), character
  trigrams of the word, word shape, a length bucket, the article and clitic flags;
- gazetteer features from the knowledge base: where the token stands in the longest KB
  name over the sentence (B/I/E/S + PER/ORG/LOC), whether it is a known first name, a
  country adjective or name, part of a title or role («وزير الخارجية», «اللواء»), an
  organisation or place head noun, a function word;
- memory: what the word's other occurrences in the document had around them (a title or
  first name before, a KB name type), so a name recognised once helps everywhere;

and the same for the neighbours at -1/+1 (all but the trigrams) and -2/+2 (a smaller
set), plus word bigrams around the token. Features are plain strings, so the model file
holds the whole vocabulary and nothing else is needed to tag.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..actors.kb import load_kb
from ..actors.matcher import HOW_RANK, _strips_article
from ..actors.patterns import pattern_data
from ..actors.roles import title_index
from ..text.normalize import normalize_string
from ..text.tokenize import stems, strip_enclitic

# Bump when features change: a model trained with other features is refused.
FEATURE_VERSION = 1
NEAR_KEYS = ("w=", "c=", "sh=", "g", "dem", "cty", "ttl", "hd=", "stop", "al")
MEMORY_CLUES = frozenset({"g", "ttl", "dem", "cty", "hd=org", "hd=loc", "stop"})

_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
_LATIN = re.compile(r"^[a-z]+$")
_DIGITS = re.compile(r"^\d+([.,]\d+)*$")
_WORDISH = re.compile(r"^\w+$")


@dataclass(frozen=True)
class Lexicon:
    """The word lists the features consult, compiled once from the KB and titles data."""
    names: dict            # token tuple → [Name]
    name_first: dict       # first token → longest name length
    titles: frozenset      # title token tuples (titles.yaml and roles.yaml)
    title_first: dict
    given: frozenset
    demonyms: frozenset
    countries: frozenset
    org_heads: frozenset
    loc_heads: frozenset
    stop: frozenset
    common: frozenset


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    kb = load_kb()
    pd = pattern_data()
    titles = set(pd.titles) | set(title_index(kb).titles)
    title_first: dict[str, int] = {}
    for toks in titles:
        title_first[toks[0]] = max(title_first.get(toks[0], 0), len(toks))
    org_heads = set(pd.org_heads) | set(pd.quoted_only_heads) | set(kb.heads.get("organization", ()))
    loc_heads = set(pd.location_heads) | set(pd.feature_heads) | set(kb.heads.get("location", ()))
    return Lexicon(kb.names, kb.first_tokens, frozenset(titles), title_first, kb.given_names,
                   frozenset(kb.demonyms), frozenset(c for c in kb.country_names if " " not in c),
                   frozenset(org_heads), frozenset(loc_heads), pd.stop, kb.common_words)


@lru_cache(maxsize=262144)
def norm_token(token: str) -> str:
    """The normalised form of a CoNLL token (as the document tokenizer would fold it)."""
    return normalize_string(token)


def shape(word: str) -> str:
    if _ARABIC.match(word):
        return "ar"
    if _LATIN.match(word):
        return "lat"
    if _DIGITS.match(word):
        return "dig"
    if not _WORDISH.match(word):
        return "punct" if len(word) == 1 else "sym"
    return "mix"


def _length(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3" if n == 3 else "4-5" if n <= 5 else \
        "6-8" if n <= 8 else "9+"


@lru_cache(maxsize=262144)
def token_features(word: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(the token's own features, those its ±1 neighbours see, those the ±2 see)."""
    lex = lexicon()
    sh = shape(word)
    feats = [f"w={word}", f"sh={sh}", f"len={_length(len(word))}"]
    if sh != "ar":
        core = word
        feats.append(f"c={core}")
        near = [f for f in feats if f.startswith(NEAR_KEYS)]
        return tuple(feats), tuple(feats), tuple(near)
    forms = stems(word)
    lookups = [s for s in forms if not _strips_article(word, s)]
    # the most stripped form, unless the word is itself a known name («فلاديمير», «بوتين»)
    core = word if word in lex.given or word in lex.name_first else forms[-1]
    feats.append(f"c={core}")
    feats.extend(f"s={s}" for s in forms[1:-1])
    encl = strip_enclitic(core)
    if len(encl) > 1:
        feats.append("encl")
        feats.append(f"ce={encl[-1]}")
    for k in (1, 2, 3, 4):
        if len(word) > k:
            feats.append(f"p{k}={word[:k]}")
            feats.append(f"x{k}={word[-k:]}")
        if len(core) > k + 1 and core != word:
            feats.append(f"cp{k}={core[:k]}")
            feats.append(f"cx{k}={core[-k:]}")
    if any(s.startswith("ال") for s in forms):
        feats.append("al")
    if len(forms) > 1:
        if word[0] in "وف":
            feats.append("conj")
        if any(s.startswith("ال") for s in forms[1:]) and not word.startswith("ال"):
            feats.append("clitic+al")
        elif not word.startswith("ال"):
            feats.append(f"pro={word[:len(word) - len(forms[1])]}")
    if any(s in lex.given for s in lookups[:2]):
        feats.append("g")
    if word in lex.demonyms or any(s in lex.demonyms for s in forms[1:2]):
        feats.append("dem")
    if any(s in lex.countries for s in lookups):
        feats.append("cty")
    if any((s,) in lex.titles for s in lookups[:2]):
        feats.append("ttl")
    if any(s in lex.org_heads for s in forms[:2]):
        feats.append("hd=org")
    if any(s in lex.loc_heads for s in forms[:2]):
        feats.append("hd=loc")
    if word in lex.stop:
        feats.append("stop")
    if word in lex.common:
        feats.append("common")
    near = [f for f in feats if f.startswith(NEAR_KEYS)]
    grams = [f"g3={word[k:k + 3]}" for k in range(len(word) - 2)] if len(word) >= 5 else []
    return tuple(feats + grams), tuple(feats), tuple(near)


def gazetteer(norms: list[str]) -> list[list[str]]:
    """Contextual features: the token's place in the longest KB name and title runs."""
    lex = lexicon()
    out: list[list[str]] = [[] for _ in norms]
    _mark_longest(norms, lex.names, lex.name_first, out, _kb_labels, article_rule=True)
    _mark_longest(norms, lex.titles, lex.title_first, out, lambda _: ["ttl"], article_rule=False)
    return out


def _kb_labels(names) -> list[str]:
    types = sorted({n.entity for n in names})
    how = min((n.how for n in names), key=lambda h: HOW_RANK.get(h, 9))
    return [f"kb{t}" for t in types] + [f"kbhow={how}"]


def _mark_longest(norms, index, first_len, out, labels, article_rule: bool) -> None:
    """Left-to-right longest matches of `index` tuples; the first token may carry proclitics."""
    i, n = 0, len(norms)
    while i < n:
        word = norms[i]
        best = None
        if shape(word) == "ar" or shape(word) == "lat":
            for stem in stems(word):
                longest = first_len.get(stem)
                if not longest or (article_rule and _strips_article(word, stem)):
                    continue
                for length in range(min(longest, n - i), 0, -1):
                    key = (stem,) + tuple(norms[i + 1:i + length])
                    found = index.get(key) if isinstance(index, dict) else (key if key in index else None)
                    if found:
                        if best is None or length > best[0]:
                            best = (length, found)
                        break
        if best is None:
            i += 1
            continue
        length, found = best
        for label in labels(found):
            if length == 1:
                out[i].append(f"S-{label}")
            else:
                out[i].append(f"B-{label}")
                for k in range(i + 1, i + length - 1):
                    out[k].append(f"I-{label}")
                out[i + length - 1].append(f"E-{label}")
        i += length


def sentence_features(norms: list[str]) -> list[list[str]]:
    """The CRF items of one sentence (normalised tokens in order), with no memory."""
    return document_features([norms])[0]


def document_features(sentences: list[list[str]]) -> list[list[list[str]]]:
    """The CRF items of a document's sentences: each token's own, neighbour and gazetteer
    features, plus memory features from the word's other occurrences in the document."""
    contexts = [gazetteer(norms) for norms in sentences]
    items = [_items(norms, context) for norms, context in zip(sentences, contexts)]
    for (k, i), feats in _memory(sentences, contexts).items():
        items[k][i].extend(feats)
    return items


def _items(norms: list[str], context: list[list[str]]) -> list[list[str]]:
    n = len(norms)
    own = [token_features(w) for w in norms]
    items: list[list[str]] = []
    for i in range(n):
        feats = ["bias", *own[i][0], *context[i]]
        for off in (-1, 1):
            j = i + off
            if 0 <= j < n:
                feats.extend(f"{off}{f}" for f in own[j][1])
                feats.extend(f"{off}{f}" for f in context[j])
            else:
                feats.append(f"{off}edge")
        for off in (-2, 2):
            j = i + off
            if 0 <= j < n:
                feats.extend(f"{off}{f}" for f in own[j][2])
                feats.extend(f"{off}{f}" for f in context[j] if f[2:].startswith("kb") and "how" not in f)
        if i > 0:
            feats.append(f"bi-={norms[i - 1]}|{norms[i]}")
        if i + 1 < n:
            feats.append(f"bi+={norms[i]}|{norms[i + 1]}")
        items.append(feats)
    return items


def _memory_key(word: str) -> str | None:
    if len(word) < 3 or shape(word) not in ("ar", "lat") or word in lexicon().stop:
        return None
    return stems(word)[-1]


def _memory(sentences: list[list[str]], contexts) -> dict[tuple[int, int], list[str]]:
    """«رامسفيلد» after «وزير الدفاع دونالد رامسفيلد»: what the other occurrences of a word
    (same core) in the document had around them — a title or first name before, a KB name
    type — so that a name recognised once helps everywhere («m…» features, «rep»)."""
    seen: dict[str, list[tuple[int, int, frozenset]]] = {}
    for k, norms in enumerate(sentences):
        for i, word in enumerate(norms):
            key = _memory_key(word)
            if key is None:
                continue
            clues = set()
            if i > 0:
                clues.update("L" + f for f in token_features(norms[i - 1])[2] if f in MEMORY_CLUES)
            if i + 1 < len(norms):
                clues.update("R" + f for f in token_features(norms[i + 1])[2] if f in MEMORY_CLUES)
            clues.update(f[2:] for f in contexts[k][i] if f[2:].startswith("kb") and "how" not in f)
            seen.setdefault(key, []).append((k, i, frozenset(clues)))
    out: dict[tuple[int, int], list[str]] = {}
    for occurrences in seen.values():
        if len(occurrences) < 2:
            continue
        total = Counter(c for _, _, clues in occurrences for c in clues)
        for k, i, clues in occurrences:
            others = sorted(c for c, n in total.items() if n - (c in clues) > 0)
            out[(k, i)] = ["rep", *("m" + c for c in others)]
    return out
