"""Time expressions: vocabularies (vocab.py) and the tagger/normaliser."""
