"""CoNLL files ("token TAG" per line, a blank line between sentences), chunks and scores.

Tags are BIO over PER, ORG, LOC and MISC; ANERcorp's PERS is read as PER. A file without
blank lines (the original ANERcorp) is cut into pseudo-sentences: after . ! ? ؟, and any
piece longer than `MAX_PSEUDO` tokens again at the last comma-like mark before the limit,
never inside a name. Chunks and scores follow conlleval: an I- tag after O or after
another type opens a chunk, and only exact spans with the right type count.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

TYPES = ("PER", "ORG", "LOC")            # micro-averaged
ALL_TYPES = TYPES + ("MISC",)            # MISC is scored apart
TAG_ALIASES = {"PERS": "PER", "PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
MAX_PSEUDO = 40
SENTENCE_END = frozenset({".", "!", "?", "؟", "…"})
SOFT_BREAK = frozenset({"،", ",", "؛", ";", ":", "-", "(", ")", "«", "»", '"'})


class ConllError(InputError):
    code = "bad_conll"


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of a CoNLL file; lines with no visible token are left out."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError as exc:
        raise ConllError(f"no such file: {path}", input=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ConllError(f"not UTF-8: {exc}", input=str(path)) from exc
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    breaks = 0
    for number, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            breaks += 1
            if tokens:
                sentences.append(Sentence(tokens, tags))
                tokens, tags = [], []
            continue
        if len(parts) < 2:
            continue                      # a tag with an empty token
        tags.append(_tag(parts[-1], path, number))
        tokens.append("".join(parts[:-1]))
    if tokens:
        sentences.append(Sentence(tokens, tags))
    if not sentences:
        raise ConllError("no tokens", input=str(path))
    if breaks == 0:
        return [piece for s in sentences for piece in pseudo_sentences(s)]
    return sentences


def _tag(raw: str, path: Path, number: int) -> str:
    if raw == "O":
        return raw
    prefix, _, typ = raw.partition("-")
    typ = TAG_ALIASES.get(typ.upper(), typ.upper())
    if prefix not in ("B", "I") or typ not in ALL_TYPES:
        raise ConllError(f"line {number}: tag {raw!r} is not O or B-/I- with PER(S), ORG, LOC or MISC",
                         input=str(path))
    return f"{prefix}-{typ}"


def pseudo_sentences(sentence: Sentence, max_tokens: int = MAX_PSEUDO) -> list[Sentence]:
    """Cut a long token run after sentence-final marks, then at soft marks (≤ max_tokens)."""
    out: list[Sentence] = []
    start = 0
    n = len(sentence.tokens)
    for i, tok in enumerate(sentence.tokens):
        if tok in SENTENCE_END and _can_cut(sentence.tags, i + 1):
            out.extend(_cap(sentence, start, i + 1, max_tokens))
            start = i + 1
    if start < n:
        out.extend(_cap(sentence, start, n, max_tokens))
    return out


def _can_cut(tags: list[str], at: int) -> bool:
    return at >= len(tags) or not tags[at].startswith("I-")


def _cap(sentence: Sentence, start: int, end: int, max_tokens: int) -> list[Sentence]:
    out = []
    while end - start > max_tokens:
        limit = start + max_tokens
        cut = next((k + 1 for k in range(limit - 1, start, -1)
                    if sentence.tokens[k] in SOFT_BREAK and _can_cut(sentence.tags, k + 1)), None)
        if cut is None:
            cut = next((k for k in range(limit, start, -1) if _can_cut(sentence.tags, k)), limit)
        out.append(Sentence(sentence.tokens[start:cut], sentence.tags[start:cut]))
        start = cut
    out.append(Sentence(sentence.tokens[start:end], sentence.tags[start:end]))
    return out


# ---------------------------------------------------------------- chunks and scores

def chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first, after-last, type) of every chunk, conlleval-style."""
    out = set()
    start, typ = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != typ):
            out.add((start, i, typ))
            start, typ = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, typ = i, t
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "gold": self.tp + self.fn}


@dataclass
class Score:
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in ALL_TYPES})

    def add(self, gold: set, predicted: set) -> None:
        for first, last, typ in predicted:
            c = self.by_type.setdefault(typ, Counts())
            if (first, last, typ) in gold:
                c.tp += 1
            else:
                c.fp += 1
        for span in gold - predicted:
            self.by_type.setdefault(span[2], Counts()).fn += 1

    @property
    def micro(self) -> Counts:
        """Micro average over PER, ORG and LOC (MISC excluded)."""
        total = Counts()
        for t in TYPES:
            c = self.by_type[t]
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        return total

    def to_dict(self) -> dict:
        out = {t: c.to_dict() for t, c in self.by_type.items()}
        out["micro"] = self.micro.to_dict()
        return out
