"""Stage: the text layer — language, paragraphs and sentences.

The normalised view and tokens are computed lazily on the Document (`doc.normalized`,
`doc.tokens`) because not every consumer needs them.
"""
from __future__ import annotations

from ..text.language import detect
from ..text.sentences import paragraphs, sentences

NAME = "text"
REQUIRES: tuple[str, ...] = ()
ASSIGNS = ("paragraphs", "sentences")


def run(doc, resources=None):
    doc.language = detect(doc.text)
    paras = paragraphs(doc.text)
    for start, end in paras:
        doc.add("paragraphs", start, end)
    for start, end in sentences(doc.text, paras):
        doc.add("sentences", start, end)
    return doc
