"""Time expressions: find them and give them TIMEX3 values.

vocab.py    the word lists of rasd/data/ar/times/, validated and normalised
grammar.py  the named rules of rules.yaml, compiled to regular expressions
context.py  what neighbouring words say (false friends, cues, durations, tense)
resolve.py  one resolver per kind of expression → value, mod, anchor
calendar.py calendar arithmetic, Hijri conversion, TIMEX3 value strings
tagger.py   find, check and resolve every expression of a text
dates.py    full explicit dates for the embed and publication-date stages
examples.py the examples of the data files, read as test cases
"""
