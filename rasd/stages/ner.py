"""Stage: ner — names a trained CRF tagger finds where the entities stage found none.

Runs after `entities` and only when a model is configured (`rasd extract --ner-model`,
`RASD_NER_MODEL`, `Pipeline(ner_model=…)`); without one it is not in the pipeline at all.
The document's sentences are tagged together (rasd.ner); a PER/ORG/LOC chunk that overlaps
no entity, mention or time expression («نيسان») and is not a people's name alone
(«الأكراد») becomes an entity with rule "ner.crf". It refers to the KB actor when its
words are exactly a KB name of that type, else to a document-local actor made as the
entities stage makes them (`entities.local_actor`). A proclitic is kept out of the span
when the rest is a known name or starts with the article («والعراق» → «العراق»).
"""
from __future__ import annotations

from bisect import bisect_left
from pathlib import Path

from ..actors.matcher import HOW_RANK, _strips_article
from ..actors.patterns import LocalName
from ..ner.model import load_tagger
from ..text.tokenize import stems
from .entities import local_actor

NAME = "ner"
REQUIRES = ("sentences", "entities")
ASSIGNS = ("entities",)
RULE = "ner.crf"
ACTOR_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}


class NerStage:
    """The ner stage bound to one model file (opened now, so a bad path fails early)."""

    NAME, REQUIRES, ASSIGNS = NAME, REQUIRES, ASSIGNS

    def __init__(self, model: str | Path):
        self.model = str(model)
        load_tagger(self.model)

    def run(self, doc, resources=None):
        return run(doc, resources, model=self.model)

    def __repr__(self) -> str:
        return f"<stage ner model={self.model!r}>"


def run(doc, resources=None, model: str | None = None):
    if not model or doc.language not in ("ar", None):
        return doc
    from ..actors.kb import load_kb
    kb = resources.kb if resources is not None else load_kb()
    tagger = load_tagger(model)
    tokens = doc.tokens
    taken = [(s.start, s.end) for layer in ("entities", "mentions", "times") for s in doc.layer(layer)]
    local_names = {aid: _norm_name(rec) for aid, rec in doc.actors.items() if rec.get("source") == "document"}
    added = False
    ranges = _sentence_ranges(doc, tokens)
    found = tagger.spans([[t.norm for t in tokens[first:last]] for first, last in ranges])
    for (first, _), spans in zip(ranges, found):
        for a, b, label in spans:
            if label not in ACTOR_TYPES:
                continue
            a, b = a + first, b + first
            start = _name_start(doc, tokens[a], kb)
            end = tokens[b - 1].end
            if start >= end or _overlaps(taken, start, end) or \
                    (b - a == 1 and tokens[a].norm in kb.demonyms):   # «الأكراد»: a people, not a name
                continue
            actor_id = _kb_actor(kb, doc, tokens, a, b, label)
            if actor_id is None:
                local = LocalName(a, b, start, end, label, None, None, RULE, typ=ACTOR_TYPES[label])
                actor = local_actor(doc, local, local_names)
                actor_id = actor.id
                doc.actors.setdefault(actor_id, actor.record())
            doc.add("entities", start, end, label=label, rule=RULE, actor=actor_id)
            taken.append((start, end))
            added = True
    if added:
        doc.layer("entities").sort(key=lambda s: s.start)
    return doc


def _norm_name(record: dict) -> str:
    from ..text.normalize import normalize_string
    return normalize_string(record.get("name_ar") or "")


def _sentence_ranges(doc, tokens):
    """[first, last) token indices of each sentence (the whole text when there are none)."""
    sentences = doc.layer("sentences")
    if not sentences:
        return [(0, len(tokens))] if tokens else []
    starts = [t.start for t in tokens]
    out = []
    for s in sentences:
        first, last = bisect_left(starts, s.start), bisect_left(starts, s.end)
        if first < last:
            out.append((first, last))
    return out


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


def _name_start(doc, tok, kb) -> int:
    """Where the name begins inside its first token: after a proclitic when what follows is
    a known name or starts with the article, or after و/ف before an unknown word."""
    word = tok.norm
    if tok.kind != "word" or word in kb.first_tokens or word in kb.given_names:
        return tok.start
    for stem in stems(word)[1:]:
        if _strips_article(word, stem) or not word.endswith(stem):
            continue
        if stem.startswith("ال") or stem in kb.first_tokens or stem in kb.given_names or \
                (word[0] in "وف" and stem == word[1:] and len(stem) >= 3):
            return doc.normalized.to_original(tok.nstart + len(word) - len(stem))
    return tok.start


def _kb_actor(kb, doc, tokens, a: int, b: int, label: str) -> str | None:
    """The KB actor whose name of type `label` the chunk spells exactly, if any."""
    rest = tuple(t.norm for t in tokens[a + 1:b])
    for stem in stems(tokens[a].norm):
        if _strips_article(tokens[a].norm, stem):
            continue
        names = [n for n in kb.names.get((stem,) + rest, ()) if n.entity == label]
        if names:
            best = min(names, key=lambda n: HOW_RANK.get(n.how, 9))
            actor = kb.actors.get(best.actor)
            if actor is not None and actor.named:
                doc.actors.setdefault(actor.id, actor.record())
                return actor.id
    return None
