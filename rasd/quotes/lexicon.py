"""Speech cues and attribution frames, compiled from rasd/data/ar/quotes/*.yaml.

A cue form is looked up by a token's proclitic-stripped stems and, for nouns and
participles, without a pronoun suffix («قوله» → «قول»). Multi-word cue forms («أعرب عن»)
are indexed by their first word, longest first, like the knowledge base's names.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data_files import load_yaml
from ..text.normalize import normalize_string, normalized_set
from ..text.index import longest_entry_at
from ..text.particles import PREPOSITION_PRONOUNS  # noqa: F401  (read by the quotes and events stages)
from ..text.tokenize import TOKEN_RE

# The words that open reported content; «إن» and «أن» fold to the same «ان».
COMPLEMENTIZERS = frozenset({"ان", "بان", ":"})
# «إنها», «بأنه»: content whose subject is the speaker («وقالت روسيا إنها تؤيد …»)
PRONOUN_COMPLEMENTIZERS = normalized_set({"إنه", "إنها", "إنهم", "إنهما", "أنه", "أنها", "أنهم", "أنهما",
                                          "بأنه", "بأنها", "بأنهم"})
QUOTE_OPEN = frozenset({"«", "“", '"'})
QUOTE_CLOSE = {"«": "»", "“": "”", '"': '"'}
# «بعد أن», «لأن», «إلا أن»: an «أن» that does not open reported content
NOT_CONTENT_BEFORE = normalized_set({"بعد", "قبل", "منذ", "دون", "إلا", "حتى", "رغم", "لو", "بمجرد", "كما", "غير",
                                     "سبق", "وسبق", "يسبق", "سبقت"})   # «سبق أن تحررت»: had before
NOT_COMPLEMENTIZER = normalized_set({"لأن", "كأن", "فإن", "لكن"})
RELATIVES = normalized_set({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
# «إن» before a verb is «if» («سيقبل النواب الدعوة إن لم تتضمن شروطا»): the complementizer takes
# a noun or a pronoun
CONDITIONAL_AFTER = normalized_set({"لم", "كان", "كانت", "كانوا"})
# prepositions whose object can be the reported content («شدد على …», «دعا إلى …»)
CONTENT_PREPOSITIONS = frozenset(normalize_string(w) for w in ("إلى", "على", "ب", "عن", "من", "في"))


@dataclass(frozen=True)
class Cue:
    id: str
    kind: str            # verb | participle | noun
    gender: str          # m | f | pl | du | p1
    continues: bool
    prepositions: frozenset   # prepositions whose object is the content (إلى, على …)
    takes_object: bool
    channel: str | None
    adjacent: bool = False    # the content marker follows the subject at once («وبين الوزير أن»)
    clause_only: bool = False  # the content is a clause («إشارة إلى أن …»), never a noun phrase
    passive_after_relative: bool = False   # «الذي يعتبر أكبر …»: read as «يُعتبر», is considered


@dataclass(frozen=True)
class Lexicon:
    cues: dict[tuple[str, ...], Cue]
    longest: dict[str, int]
    sources: dict[tuple[str, ...], str]     # «بحسب» → "source", «نقلت … عن» → "reported_by"
    sources_longest: dict[str, int]
    channels: dict[tuple[str, ...], str]
    channels_longest: dict[str, int]
    verb_words: frozenset                    # first words of verb cues, as written (no clitic)
    impersonal: dict[tuple[str, ...], str]   # «يذكر أن»: background, nobody's statement
    impersonal_longest: dict[str, int]
    non_speakers: frozenset                  # «الإحصائيات»: subjects that are not actors
    not_subjects: frozenset                  # «ومضى», «لكنه», «التأكيد»: never a described subject
    described_people: frozenset              # «محلل», «خبراء»: heads of described persons
    people_adjective_endings: tuple          # «سياسيون»: what may follow such a head …
    people_also: frozenset                   # … and «عيان», «آخرون»
    adjective_endings: tuple                 # «الإيرانية»: definite adjectives by ending …
    adjectives: frozenset                    # … and «الجديد», «السابق»
    name_owners: frozenset                   # «إدارة أوباما»: nouns whose genitive a name is
    adverbial_phrases: frozenset             # («على», «هامش»): a preposition opening no content
    function_words: frozenset                # words that end a described subject
    not_continued: frozenset = frozenset()   # «تقارير»: sources no later «وأضاف» continues
    described_bodies: frozenset = frozenset()  # «صحيفة», «مكتب»: heads of bodies the KB may not name


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in TOKEN_RE.finditer(normalize_string(text)))


def _index(table: dict) -> dict[str, int]:
    longest: dict[str, int] = {}
    for toks in table:
        longest[toks[0]] = max(longest.get(toks[0], 0), len(toks))
    return longest


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues: dict[tuple[str, ...], Cue] = {}
    for entry in load_yaml("ar", "quotes", "cues.yaml"):
        takes = [normalize_string(t) for t in entry.get("takes") or []]
        preps = frozenset(t for t in takes if t in CONTENT_PREPOSITIONS)
        for gender, forms in (entry.get("forms") or {}).items():
            for form in forms or []:
                key = _tokens(form)
                if key and key not in cues:
                    cues[key] = Cue(entry["id"], entry["kind"], gender, bool(entry.get("continues")),
                                    preps, "object" in takes, entry.get("channel"), bool(entry.get("adjacent")),
                                    bool(entry.get("clause_only")), bool(entry.get("passive_after_relative")))
    frames = load_yaml("ar", "quotes", "frames.yaml") if _has_frames() else {}
    sources: dict[tuple[str, ...], str] = {}
    for group in ("sources", "reported_by"):
        for entry in frames.get(group) or []:
            for form in entry.get("forms") or []:
                toks = _tokens(form)
                sources.setdefault(toks, group)
                if len(toks) > 1 and toks[-1] == "ل":     # «وفقا لـ» also as «وفقا لوكالة …»
                    sources.setdefault(toks[:-1], group)
    channels: dict[tuple[str, ...], str] = {}
    for entry in frames.get("channels") or []:
        for form in entry.get("forms") or []:
            channels.setdefault(_tokens(form), entry["channel"])
    impersonal = {toks: "impersonal" for f in (frames.get("impersonal") or {}).get("forms", [])
                  for toks in _with_pronoun_complementizer(_tokens(f))}
    return Lexicon(cues, _index(cues), sources, _index(sources), channels, _index(channels),
                   frozenset(key[0] for key, cue in cues.items() if cue.kind == "verb"),
                   impersonal, _index(impersonal),
                   normalized_set((frames.get("non_speakers") or {}).get("forms", [])),
                   normalized_set((frames.get("not_subjects") or {}).get("forms", [])),
                   normalized_set((frames.get("described_people") or {}).get("forms", [])),
                   tuple((frames.get("described_people") or {}).get("adjective_endings", [])),
                   normalized_set((frames.get("described_people") or {}).get("also", [])),
                   tuple(normalized_set((frames.get("described_adjectives") or {}).get("relational_endings", []))),
                   normalized_set((frames.get("described_adjectives") or {}).get("forms", [])),
                   normalized_set((frames.get("name_owners") or {}).get("forms", [])),
                   frozenset(_tokens(f) for f in (frames.get("adverbial_phrases") or {}).get("forms", [])),
                   _function_words(),
                   normalized_set((frames.get("not_continued") or {}).get("forms", [])),
                   normalized_set((frames.get("described_bodies") or {}).get("forms", [])))


def _with_pronoun_complementizer(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """«يذكر أن» and its forms with a pronoun on the complementizer («ويذكر أنه منذ …»)."""
    if not toks or toks[-1] not in COMPLEMENTIZERS:
        return [toks]
    return [toks] + [toks[:-1] + (toks[-1] + suffix,) for suffix in PRONOUN_SUFFIXES]


# the pronouns «أن» / «إن» carry in PRONOUN_COMPLEMENTIZERS («أنه», «إنها», «أنهم», «أنهما»)
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما")


@lru_cache(maxsize=1)
def prepositions() -> frozenset:
    """Prepositions (function_words.yaml), normalised: «بشأن», «خلال», «وفق» …"""
    return normalized_set(load_yaml("ar", "text", "function_words.yaml").get("prepositions", []))


def _function_words() -> frozenset:
    """Function words and verbs — not the nouns that end a name («رئيس», «وزير»), which
    can begin a described speaker («رئيس البرلمان»)."""
    data = load_yaml("ar", "text", "function_words.yaml")
    return normalized_set(w for kind, words in data.items() if kind != "nouns" for w in words)


def _has_frames() -> bool:
    from ..data_files import data_path
    return data_path("ar", "quotes", "frames.yaml").exists()


def match_at(tokens, i: int, table: dict, longest: dict, enclitics: bool = False):
    """(length, value) of the longest table entry starting at token i, or None."""
    return longest_entry_at(tokens, i, table, longest, enclitics)


def relative_pronoun(word: str) -> bool:
    """«الذي», «التي», also after «و» («والذي اغتالته», «والتي تعتبر …»)."""
    return word in RELATIVES or word[:1] == "و" and word[1:] in RELATIVES
