"""A trainable tagger for names the knowledge base cannot know.

A linear-chain CRF (python-crfsuite, the `ner` extra) over word, affix, clitic, shape and
knowledge-base gazetteer features (`features`), trained on CoNLL files (`conll`) with
`rasd ner train` and scored with `rasd ner eval` (`evaluate`). The pipeline uses a model
when one is configured (`rasd extract --ner-model`, `RASD_NER_MODEL`,
`Pipeline(ner_model=…)`): the `ner` stage (rasd/stages/ner.py) adds the names it finds
where the entities stage found none.
"""
from .conll import Score, Sentence, chunks, read_conll
from .model import ModelError, Tagger, load_tagger, train

__all__ = ["Score", "Sentence", "chunks", "read_conll", "ModelError", "Tagger", "load_tagger", "train"]
