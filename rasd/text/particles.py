"""Closed-class words that several stages test for and no lexicon owns."""
from __future__ import annotations

from .normalize import normalized_set

# a preposition with a pronoun («عنه», «إليها», «فيهم», «لها»): what a relative clause's verb
# does to its antecedent, where a described subject ends, and never part of a name («اتهامات
# عباس لها»)
PREPOSITION_PRONOUNS = normalized_set({f"{p}{s}" for p in ("عن", "من", "ل", "ب", "إلي", "علي", "مع", "في")
                                       for s in ("ه", "ها", "هم", "هما")})
