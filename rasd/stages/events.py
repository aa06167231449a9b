"""Stage: events — who did what to whom, when, where, according to whom (PLOVER).

For every trigger match (rasd/events/triggers.py) in a sentence the stage reads:
- the actor: the subject after the verb (VSO, also inside the gap of «أجرى الرئيس …
  اتصالا»), before it (SVO), the possessor of a verbal noun («اتصاله»), or the speaker of
  the quote it stands in; «بوتين ونظيره السوري» is a compound actor;
- the recipient: the object or the reference after the frame's prepositions;
  meetings and calls without a host (`symmetric`) put every participant in `actor`;
- flags: future («س», «سوف», «المقبل»: future cooperation is AGREE), negated, hypothetical,
  historical («يذكر أن», «كان قد», a date well before publication);
- the date from the sentence's time expressions, else the publication date for what is
  reported as just happened; the place from the clause's locations;
- sources: the speaker and `via` of the enclosing quote, the author of an embedded post,
  and «بحسب …» frames of the sentence.
Mentions of the same action (type, participants, date) merge into one event with all its
evidence and sources. Every event names the lexicon entry that fired and a confidence.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, fields
from functools import lru_cache

from ..actors.patterns import title_at
from ..data_files import load_yaml
from ..events.triggers import CLAUSE_BREAKS, TriggerMatch, find_triggers, trigger_lexicon
from ..quotes.lexicon import (PREPOSITION_PRONOUNS, PRONOUN_COMPLEMENTIZERS, RELATIVES, lexicon as quote_lexicon,
                              match_at, relative_pronoun)
from ..quotes.speakers import PREPOSITIONS, media_actor, named_positions, refs_of
from ..text.normalize import normalize_string, normalized_set
from ..text.tokenize import TOKEN_RE, definite, one_of, stems, strip_enclitic, without_conjunction

NAME = "events"
REQUIRES = ("sentences", "times", "entities", "mentions", "quotes")
ASSIGNS = ("events",)

SUBJECT_WINDOW = 4
RECIPIENT_WINDOW = 8
PAST_LIGHT_VERBS = normalized_set({"تم", "قام", "قامت", "قاموا", "جرى", "جرت"})
PRAISE_TYPES = {"SUPPORT", "REQUEST"}
COOPERATIVE_TYPES = {"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT"}
ANSWER_TYPES = {"AGREE", "REJECT"}
STATE_TYPES = {"SUPPORT", "AID", "COOPERATE"}   # «تدعم» about others in a quote: a state
FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
YIELDING = {"CONCEDE", "RETREAT"}
PHYSICAL = {"ASSAULT", "PROTEST", "COERCE"}
ADVERBIAL = normalized_set({"خلال", "أثناء", "عقب", "إثر", "بعد", "قبل", "في"})
AGENT_KINDS = {"PER", "ORG", "role", "institution", "collective", "source", "title"}
PERSON_KINDS = {"PER", "role", "title"}
# «اتفق الرئيسان، السيسي والبشير …»: a dual noun before the names it sums up
DUALS = normalized_set({"الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين", "الوزيران", "الوزيرين", "الجانبان",
                        "الجانبين", "الطرفان", "الطرفين", "البلدان", "البلدين", "الملكان", "الأميران"})
HONORIFIC_WORDS = normalized_set({"الرئيس", "الملك", "الأمير", "الشيخ", "السيد", "السلطان", "الوزير",
                                  "العاهل", "الدكتور", "اللواء", "الفريق", "المشير"})
# words that open a sentence before its verb or subject
SENTENCE_OPENERS = normalized_set({"و", "كما", "ثم", "من", "جانبه", "جانبها", "جهته", "جهتها", "،", "وقد", "قد",
                                   "كذلك", "بدوره", "بدورها", "فيما", "بينما", "أيضا"})
OWN_COUNTRY = normalized_set({"بلاده", "بلادها", "بلادهم", "بلده", "بلدها", "حكومته", "حكومتها"})
# «أعلن الجيش أن قواته قتلت …»: the speaker's own forces
OWN_FORCES = normalized_set({"قواته", "قواتها", "جنوده", "جنودها", "طائراته", "طائراتها", "مقاتلاته",
                             "مقاتلاتها", "عناصره", "عناصرها", "مقاتليه", "مقاتليها", "قواتنا", "جنودنا"})
# nouns for a group before its name («ميليشيا الحوثي», «تنظيم داعش»)
GROUP_NOUNS = normalized_set({"تنظيم", "حركة", "جماعة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "قوات"})
# adverbs and time words that may stand anywhere in a clause («توصلت مبدئيا إلى اتفاق»)
ADVERBS = normalized_set({"اليوم", "أمس", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
                          "الأحد", "أيضا", "كذلك", "مساء", "صباح", "رسميا", "مجددا", "مبدئيا", "أخيرا",
                          "بالفعل", "فعلا", "سابقا", "لاحقا"})
GAP_WORDS = GROUP_NOUNS | ADVERBS | normalized_set({"و", "مع", "ب", "الرسمي", "رسمي", "الجديد", "الجديدة",
                                                    "السابق", "المخلوع", "«", "»"})
# joint actions: who acts «مع» someone acts with them (both are actors)
RECENT_DAYS = 7                # an undated report may repeat an action this recent
# particles between an SVO subject and its verb («واشنطن قد تفرض», «موسكو لن تقبل»)
VERB_PARTICLES = normalized_set({"قد", "لن", "لم", "لا", "سوف", "ما", "لقد"})
CLAUSE_ENDS = normalized_set({"،", ",", "؛", ";", "."})
APPOSITION_MARKS = normalized_set({"،", ","})   # commas around a name in apposition
# «ب» + «أن» after a verb opens what was said or admitted («اعترف بأن», «أقر بأنه»)
THAT_CLAUSE = normalized_set({"بأن", "بأنه", "بأنها", "بأنهم", "بأنهما"})
THAT = normalized_set({"أن", "إن", "أنه", "أنها"})
SAYS_THAT_WINDOW = 8   # words: a titled subject may stand between the verb and «بأن»
PURPOSE_PREPOSITIONS = normalized_set({"على", "إلى"})   # «تدربوا على تنفيذ هجوم»
# prepositions between a topic word and the act it is about («مسؤوليتها عن هجمات»)
GOVERNED_THROUGH = normalized_set({"في", "عن", "من", "على",   # «ينص على الانسحاب»
                                   "محاولة", "عملية", "عمليات"})   # «قضية محاولة تفجير»
LOCATIVES = normalized_set({"في", "داخل", "قرب", "بالقرب", "أمام"})
JOINT_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
WITH = normalize_string("مع")
BETWEEN = normalize_string("بين")
FORCE_TYPES = {"ASSAULT", "COERCE"}
ATTACK_SUBJECT_WINDOW = 6    # words back from a verb of targeting to the attack that is its subject
TARGETING_VERBS = normalized_set({"استهدف", "استهدفت", "تستهدف", "يستهدف", "استهدفا", "استهدفتا"})
CONJOINED_FORCE_WINDOW = 12   # words between two acts of force joined by «و»
ATTACKER_FROM_WINDOW = 3   # words after an attack noun in which «من» names the attacker
SOON_WINDOW = 4   # words after a trigger in which an entry's `unless_soon` word gives another sense
AGENT_NEAR = 4    # words after «على يد», «بطلب من» in which the one named starts
FROM, BY_SIDE, ON = normalize_string("من"), normalize_string("قبل"), normalize_string("على")
GIVEN_TYPES = {"SUPPORT", "AID"}    # «بدعم من …», «مساعدات من …»: «من» names the giver
VEHICLE_AFTER = 4     # words after a visit where its subject may still stand («وصلت إلى الميناء شحنة»)
ON_BOARD = normalized_set({"متن", "بواسطة", "عبر"})   # «على متن طائرة»: travelled in
BETWEEN_WINDOW = 3    # «بين» right after a two-sided act or after one or two words describing it
CLAUSE_OPENERS = normalized_set({"،", ",", ":", "؛", "«", "بينما", "فيما", "حيث", "كما"})
COORDINATORS = normalized_set({"،", ",", "كما", "حيث"})   # clause openers that keep the subject
DATED_HEAD_TOKENS = 3     # «* 12 ديسمبر», «ـ 13 يونيو», «وفي نوفمبر 2005»
ARMED_SECTORS = {"MIL", "REB", "UAF", "COP"}   # military, rebels, armed groups, police
CLAUSE_CONJUNCTIONS = normalized_set({"حين", "بينما", "فيما", "وفيما", "وبينما", "كما", "وكما"})
DOCUMENT_DATE_WORDS = normalized_set({"وتاريخ", "بتاريخ", "تاريخ", "المؤرخ", "المؤرخة", "المؤرخين"})
UNTIL = normalized_set({"حتى", "وحتى", "لغاية", "ولغاية"})
SINGULAR_NISBA = {"m", "f"}
OBJECT_ENDS = normalized_set({"في", "خلال", "جراء", "إثر", "بعد", "قبل", "عند", "أثناء"})
NISBA_RUN = 2     # «القمة السعودية الأمريكية»
GENITIVE_AUTHOR_TYPES = {"ACCUSE", "THREATEN", "REQUEST", "REJECT"}
GIVING = normalized_set({"تقديم", "إجراء", "اتخاذ"})   # «لم يتم تقديم دعم», «دون إجراء محادثات»
NEGATION_BRIDGE = 2    # light verbs a negation may reach over: «لم يتم تقديم دعم»
KANA = normalized_set({"كان", "كانت", "كانا", "كانتا", "كانوا"})
QAD = normalize_string("قد")
PLUPERFECT_SUBJECT = 8    # «وكان [الرئيس الروسي فلاديمير بوتين] قد زار …»
LIGHT_VERB_WINDOW = 5    # «قام طلاب الجامعة أمس بالاحتجاج»
TO_WORDS = normalized_set({"إلى", "الى"})
SENTENCE_BREAKS = normalized_set({".", "؛", ";", ":"})
CALL_WINDOW = 15     # «ودعا الأمين العام للأمم المتحدة طرفي القتال في السودان إلى وقف …»
IT_PRONOUNS = normalized_set({"بها", "به"})
EXECUTOR_WINDOW = 3    # «غارة جوية شنتها طائرة أميركية»
KILLED_BY_WINDOW = 8   # «قتل زعيم التنظيم في شبه جزيرة العرب ناصر الوحيشي في غارة»
REFUSAL_WINDOW = 6   # «ورفض الرئيس السوداني عمر البشير الاعتراف», «امتنعت الصين عن التصويت»
DEMONSTRATIVES = normalized_set({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هذان", "هاتان", "هؤلاء", "أولئك"})
MEMBER_LINKS = normalized_set({"من", "في"})   # «عناصر من الحركة», «أعضاء في الحزب»
COUNT_HEDGES = normalized_set({"من", "أكثر", "أقل"})   # «أكثر من 140 هجوما»
SKIP = ADVERBS | normalized_set({"(", ")", "،"})


@dataclass
class Markers:
    negation: frozenset
    hypothetical: PhraseTable
    future: PhraseTable
    historical: PhraseTable
    crowd: frozenset
    known_protesters: frozenset
    protest_detail_modes: frozenset
    protest_calls: frozenset
    striving: frozenset
    striving_window: int
    quantities: frozenset
    historical_days: int
    contexts: dict
    generic_governors: frozenset
    physical_types: frozenset
    time_reference: frozenset
    exposure: frozenset
    expected: frozenset
    expected_window: int
    needed: frozenset
    needed_window: int
    facing: frozenset
    facing_types: frozenset
    facing_window: int
    request_on_which: frozenset
    request_on_which_after: frozenset
    request_responses: frozenset
    membership_apposition: frozenset
    exchange_words: frozenset
    earlier_reference: frozenset
    hands: frozenset
    same_time: PhraseTable
    day_before: frozenset
    day_after: frozenset
    bare_participles: frozenset
    gathering_verbs: frozenset
    request_by_means: frozenset
    attributed: frozenset
    attributed_window: int
    number_words: frozenset
    target_markers: frozenset
    force_heads: frozenset
    incident_anchors: int
    anchor_window: int
    incident_times: frozenset
    casualty_words: frozenset
    subjunctive: frozenset
    light_verbs: frozenset
    foiled: frozenset
    foiled_window: int
    reporter_nouns: frozenset
    purpose_light_verbs: frozenset
    negation_idioms: frozenset
    occurrence_verbs: frozenset
    occurrence_window: int
    attacker_nouns: frozenset
    statistic_words: frozenset
    statistic_threshold: int
    accident_words: PhraseTable
    group_subjects: frozenset
    anonymity: PhraseTable
    possible_after: frozenset
    possible_window: int
    execution_verbs: frozenset
    warned: frozenset
    warned_window: int
    blast_words: frozenset
    many_words: frozenset
    statistic_acts: int
    went_off: frozenset
    member_nouns: frozenset
    refusal: frozenset
    prevention: frozenset
    belonging: frozenset
    target_places: frozenset
    name_titles: frozenset
    alleging: frozenset
    alleged_window: int
    cause_links: frozenset
    attack_nouns: frozenset
    passive_attack_verbs: frozenset
    executed_by: frozenset
    light_executors: frozenset
    call_words: frozenset
    victim_nouns: frozenset
    protest_acts: frozenset
    protest_act_window: int
    kind_adjectives: frozenset
    vehicles: frozenset
    vehicle_window: int
    victim_first_modes: frozenset
    victim_first_triggers: frozenset
    patient_genitive_nouns: frozenset
    invasion_nouns: frozenset
    time_reference_links: frozenset
    response_reference: frozenset
    patient_noun_governors: frozenset
    genitive_qualifiers: frozenset
    support_received: frozenset


class PhraseTable(dict):
    """Normalised phrases by first word (first word → the word tuples after it), and
    `starters`: every word that can open one (the first word, also after «و» or «ف»), so
    that a text without any is settled by one C-level test."""
    __slots__ = ("starters",)

    def __init__(self, rests: dict):
        super().__init__(rests)
        self.starters = frozenset(w for first in rests for w in (first, "و" + first, "ف" + first))


def _phrases(words) -> PhraseTable:
    """Normalised phrases indexed by their first word: first word → the words after it."""
    out: dict[str, set] = {}
    for w in words:
        toks = tuple(m.group() for m in TOKEN_RE.finditer(normalize_string(w)))
        if toks:
            out.setdefault(toks[0], set()).add(toks[1:])
    return PhraseTable({first: tuple(rests) for first, rests in out.items()})


@lru_cache(maxsize=None)
def entry_words(field: str) -> dict[str, frozenset]:
    """Trigger id → the normalised words of one of its entry's word lists: `unless_next`
    (right after the trigger they give it another sense: «اغتصاب حق», «خطف الأضواء»),
    `unless_soon` (the same, within a few words),
    `unless_prev` (right before it: «مما دعا …», prompted) or `not_words` (whole words
    that only look like its first word: «الثمن» is the price, not «ثمن» praised)."""
    return {entry["id"]: normalized_set(entry[field]) for entry in trigger_lexicon().entries if entry.get(field)}


@lru_cache(maxsize=None)
def entries_marked(flag: str) -> frozenset:
    """Ids of the trigger entries with `flag` true: `shadda_other` (the first word written
    with a shadda is another verb: «وعدّ» considered, not «وعد» promised; «هرّب» smuggled,
    not fled), `not_counted` (after a count the first word is a noun of another sense:
    «18 طالبا» are students, not «طالبا», demanding)."""
    return frozenset(entry["id"] for entry in trigger_lexicon().entries if entry.get(flag))


SHADDA = "\u0651"


@lru_cache(maxsize=1)
def markers() -> Markers:
    """markers.yaml as a `Markers`, each list read the way its field's type says: a word set
    (normalised), a phrase table or a number; `contexts` come from contexts.yaml."""
    data = load_yaml("ar", "events", "markers.yaml")
    values = {}
    for f in fields(Markers):
        if f.name == "contexts":
            values[f.name] = {name: normalized_set(spec.get("keywords") or [])
                              for name, spec in (load_yaml("ar", "events", "contexts.yaml") or {}).items()}
        elif f.name in MARKER_READERS:
            values[f.name] = MARKER_READERS[f.name](data[f.name])
        else:
            values[f.name] = FIELD_READERS[f.type](data[f.name])
    return Markers(**values)


FIELD_READERS = {"frozenset": normalized_set, "PhraseTable": _phrases, "int": int}
MARKER_READERS = {
    "quantities": lambda phrases: normalized_set(w for q in phrases for w in q.split()),   # any word of one
    "physical_types": frozenset,    # PLOVER type names, not Arabic
    "facing_types": frozenset,
    "victim_first_modes": frozenset,      # PLOVER modes and lexicon ids
    "victim_first_triggers": frozenset,
    "membership_apposition": lambda phrases: frozenset(tuple(normalize_string(p).split()) for p in phrases),
}


@dataclass
class Mention:
    type: str
    mode: str | None
    actors: list[str]
    recipients: list[str]
    symmetric: bool
    sentence: tuple[int, int]
    trigger: tuple[int, int]
    rule: str
    date: str | None = None
    date_implied: bool = False     # no time expression: the publication date by default
    day_offset: int = 0            # «غداة لقاء»: the meeting was the day before the clause's date
    historical: bool = False
    future: bool = False
    negated: bool = False
    hypothetical: bool = False
    sources: list[str] = field(default_factory=list)
    place: str | None = None
    confidence: float = 0.5
    contexts: list[str] = field(default_factory=list)
    explicit: bool = True          # participants found in the trigger's own clause
    trigger_type: str = ""         # the lexicon's type, before a future act became AGREE

    @property
    def realised(self) -> bool:
        """Negated, hypothetical and announced-but-future physical acts did not happen;
        they are kept (in `unrealised_events`) but not reported as events."""
        return not (self.negated or self.hypothetical or (self.future and self.type in PHYSICAL))


def run(doc, resources=None):
    if doc.language not in ("ar", None):
        return doc
    reader = _Reader(doc, resources.kb if resources is not None else None)
    mentions: list[Mention] = []
    for sent in doc.layer("sentences"):
        mentions += reader.sentence(sent)
    _answer_earlier_acts(mentions, doc)
    _date_from_the_lead(mentions, doc)
    _shift_days(mentions)
    for event in merge(mentions, doc):
        if event.symmetric and len(event.actors) < 2:
            continue    # a meeting with one side known says too little to be an event
        if not event.actors and event.type not in PHYSICAL:
            continue    # «يحتاج إلى دعم من موسكو»: a request nobody makes
        reader.resolve(event.actors + event.recipients + event.sources)
        _write(doc, event, "events" if event.realised else "unrealised_events")
    return doc


class _Reader:
    def __init__(self, doc, kb=None):
        from ..actors.kb import load_kb
        self.doc = doc
        self.kb = kb or load_kb()
        self.cause_named = False
        self.tokens = doc.tokens
        self.norms = doc.token_norms   # sliced per mention: a C-level copy
        self.tok_starts = doc.token_starts
        self.refs = refs_of(doc)
        self.marks = markers()
        self.adjective_agent = False   # the actor is a relational adjective (see _nisba_after)
        self.source_starts = doc.token_index.positions(quote_lexicon().sources_longest)   # sorted
        self.source_at = frozenset(self.source_starts)
        from ..events.triggers import start_positions
        candidates = frozenset(start_positions(doc.token_index)) - named_positions(doc)
        self.trigger_at = candidates - self._function_word_positions(candidates)
        self.trigger_starts = sorted(self.trigger_at)
        self.cited = self._cited_refs()     # «وفقا للمرصد السوري»: who is cited, not who acts
        # an unnamed source («مصدر قيادي في حماس») reports; in an event it stands for
        # the organisation it speaks for, or for nobody
        self.source_for = {m.get("actor"): m.get("of") for m in doc.layer("mentions") if m.label == "source"}
        self.last_pair: list[str] = []
        self._forms_of = None         # (first token, tokens, stems) of the sentence last asked
        self.published = doc.meta.published
        self.last_subject: str | None = None
        self.counterparts: frozenset | None = None   # «نظيره» …, read when first needed
        # (end, actors, recipients) of the sentence's last act of force
        self.force_before: tuple[int, list[str], list[str]] | None = None

    def resolve(self, actor_ids) -> None:
        """Every id an event names is in doc.actors: a country read from a demonym
        («القمة البحرينية») may be named by no mention of the text."""
        for actor_id in actor_ids:
            if actor_id not in self.doc.actors and actor_id in self.kb.actors:
                self.doc.actors[actor_id] = self.kb.actors[actor_id].record()

    def _function_word_positions(self, candidates) -> set[int]:
        """Those of `candidates` (token positions) written as a function word («وهنا», here)
        that fold to a trigger's spelling («هنأ», congratulated): only the original spelling
        tells them apart. Only the few positions where a trigger may start are read."""
        words = _function_words_not_triggers()
        out = set()
        for k in candidates:
            tok = self.tokens[k]
            raw = self.doc.text[tok.start:tok.end]
            if raw in words or raw[:1] in "وف" and raw[1:] in words:
                out.add(k)
        return out

    def _cited_refs(self) -> set[int]:
        """Starts of the references a source frame cites («وفقا للمرصد», «بحسب المصادر»)."""
        lex = quote_lexicon()
        out = set()
        for k in self.source_at:
            found = match_at(self.tokens, k, lex.sources, lex.sources_longest)
            if found and found[1] == "sources":
                j = min(len(self.tokens) - 1, k + found[0])
                refs = self.refs.starting_in(self.tokens[j].start, self.tokens[min(len(self.tokens), j + 3) - 1].end)
                if refs:
                    out.add(refs[0].start)
        return out

    # -------------------------------------------------------------- sentence
    def sentence(self, sent) -> list[Mention]:
        if self.doc.text[sent.start:sent.end].rstrip().endswith(("؟", "?")):
            return []     # «هل تكفي هذه القوة لدعم الحكومة …؟»: a question reports nothing
        first = bisect_left(self.tok_starts, sent.start)
        last = bisect_left(self.tok_starts, sent.end)
        matches = _fold_requested_actions(
            find_triggers(self.tokens, first, last, self._gap_ok, self.doc.text, self.trigger_starts,
                          self.doc.token_index), self._gap_ok, self.tokens)
        has_attack = any(m.trigger.type == "ASSAULT" and not m.trigger.needs and not self._purpose(m)
                         for m in matches)   # «عتاد لحرب الشوارع» is no attack beside «تحرير»
        out = []
        self.force_before = None
        for m in matches:
            mention = self._mention(m, sent, first, last, has_attack)
            if mention is None:
                continue
            if mention.type in FORCE_TYPES and mention.actors:
                self.force_before = (m.last, mention.actors, mention.recipients)
            if not mention.explicit and any(o.trigger_type == mention.trigger_type and o.mode == mention.mode
                                            for o in out):
                continue    # «سيعقدان قمة …، تناقش القضايا»: the same meeting again
            if mention.type in PHYSICAL and self._time_reference(m) and not self._toll(first, last):
                continue    # «بعد تفجيرات سامراء»: the attack only dates what the sentence reports
            if mention.type in PHYSICAL and self._topic_of_earlier_act(m, matches):
                continue    # «استنكرت مصر الغارات», «اتهمه بمحاولة اغتيال»: what another act is about
            if mention.type in ("ACCUSE", "THREATEN") and self._denied(mention, out):
                continue    # «نفى أردوغان الاتهامات بأن …»: the denier makes no charge
            out.append(mention)
        _share_victims(out)
        self._join_tolls(out)
        return out

    def _join_tolls(self, mentions: list[Mention]) -> None:
        """«وقتل 17 مدنيا أمس في قصف نفذه تنظيم داعش»: a toll naming no one is the attack of
        its clause that names someone (one only: two named attacks are two acts), which
        merge() then joins."""
        for toll in mentions:
            if toll.type != "ASSAULT" or toll.symmetric or toll.actors or toll.recipients:
                continue
            named = [m for m in mentions if m.type == "ASSAULT" and not m.symmetric and (m.actors or m.recipients)
                     and m.negated == toll.negated and self._same_clause(toll.trigger, m.trigger)]
            if len({(tuple(m.actors), tuple(m.recipients)) for m in named}) == 1:
                toll.actors, toll.recipients = list(named[0].actors), list(named[0].recipients)

    def _same_clause(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        start, end = min(a[0], b[0]), max(a[0], b[0])
        return not any(self.tokens[k].norm in CLAUSE_ENDS or self.tokens[k].norm in CLAUSE_OPENERS
                       or self.tokens[k].norm in CLAUSE_CONJUNCTIONS
                       for k in range(self._token_index(start), self._token_index(end)))

    def _topic_of_earlier_act(self, m: TriggerMatch, matches: list[TriggerMatch]) -> bool:
        """A physical act named in the same clause after a non-physical trigger is what that
        act (a condemnation, an accusation, a call, a denial) is about: the sentence reports
        the condemnation, as event coders code one main event per clause."""
        return any(o.trigger.type not in PHYSICAL and o.first < m.first and
                   (not self._clause_end_between(self.tokens[o.last - 1].end, self.tokens[m.first].start)
                    or self._gap_ok(o.last, m.first, APPOSITION_MARKS | SKIP))   # «هدد الوزير، فلان، أمس بقصف …»
                   for o in matches)

    def _denied(self, mention: Mention, earlier: list[Mention]) -> bool:
        """A charge or threat that a denial or rejection before it in its clause is about,
        given the denier for actor («نفى أردوغان الاتهامات بأن …»); one whose maker is
        named stays («رفضت حماس اتهامات عباس لها»: Abbas did accuse)."""
        return any(o.type == "REJECT" and not set(o.actors).isdisjoint(mention.actors)
                   and not self._clause_end_between(o.trigger[1], mention.trigger[0])
                   for o in earlier)

    def _gap_ok(self, i: int, j: int, also: frozenset = frozenset()) -> bool:
        """A gap inside a trigger phrase may hold names, titles, «و»/«مع», a count («أطلقت
        عشرات الصواريخ», «شن 44 غارة») and the words in `also`, nothing else."""
        covered = set()
        for ref in self.refs.starting_in(self.tokens[i].start, self.tokens[j - 1].end):
            covered.update(range(self._token_at(ref.start), self._token_index(ref.end)))
        lo, hi = self.tokens[i].start, self.tokens[j - 1].end
        for t in self.doc.layer("times"):     # «وخرج ليلة أمس آلاف …»: a time between
            if lo <= t.start and t.end <= hi:
                covered.update(range(self._token_at(t.start), self._token_index(t.end)))
        for k in range(i, j):
            tok = self.tokens[k]
            own = k in covered or any(r.start < tok.end and r.end > tok.start for r in self.refs.starting_in(
                tok.start - 40 if tok.start > 40 else 0, tok.end))
            if not own and tok.norm not in GAP_WORDS and tok.norm not in also \
                    and tok.kind != "num" and tok.norm not in self.marks.number_words \
                    and not (tok.norm[:1] == "و" and tok.norm[1:] in GROUP_NOUNS):   # «وحركة فتح»
                return False
        return True

    def _mention(self, m: TriggerMatch, sent, first: int, last: int, has_attack: bool):
        trig = m.trigger
        if self._another_sense(m, first, last):
            return None
        if self.tokens[m.first].norm in TO_WORDS and not self._called_before(m, first):
            return None    # «وتطرقت الصحيفة إلى تنفيذ …»: «إلى» + act is a call only after one
        actors, recipients, joint = self._arguments(m, sent, first, last)
        explicit = bool(actors or recipients or joint)   # found in the trigger's own clause
        # (a relational adjective names a side, not a report: «الغزو الأميركي للعراق»)
        own_agent = bool(actors or joint) and not self.adjective_agent
        quote = self._enclosing_quote(self.tokens[m.first].start)
        if not actors and self._own_country_subject(m, first):
            actors = self._speakers_country(quote)   # «إن بلاده مستعدة …»: the speaker's country
        if not actors and trig.type in FORCE_TYPES and self._own_country_subject(m, first, OWN_FORCES):
            actors = self._speakers_forces(quote)    # «أعلن الجيش أن قواته قتلت مسلحا»
            own_agent = bool(actors)                 # named in the clause, by its pronoun
        if not actors and self._dual_subject(m):
            actors = list(self.last_pair)      # «ويبحثان», «ودعا الجانبان»: the two just named
        if not actors and self._participle(m):
            # «زار وفد روسي دمشق، مؤكدا دعمه …»: a participle shares the main verb's subject,
            # and a main verb without one («كما أكد أهمية …، مشيدا …») carries the last subject
            actors = [r.actor for r in self._main_subject(sent, m)] or \
                ([self.last_subject] if self.last_subject else [])
        if not actors and not self._time_reference(m) and not self._one_sided_attack_dating(m) \
                and not (trig.type in PHYSICAL and self._has_possessive(m)) \
                and trig.type != "PROTEST":    # protesters are a crowd, rarely the sentence's named subject
            # («واعتداءاته»: the possessor, looked for above, or nobody)
            # the subject of the clause the trigger stands in: inside a quote, the quote's
            # own clause («… أن مقاتلي التنظيم وحلفاءهم انسحبوا»); else the sentence's
            actors = [r.actor for r in self._clause_subject(m, quote or sent, sent)]
        # who did it, named in the clause or as the subject of «نفذ»/«شن» before it: a victim
        # alone («اغتيال الحريري») names an attack already known rather than reporting one
        agent_named = own_agent or bool(actors) and self._carried_out(m, first)
        if quote is not None and quote.get("speaker") and trig.type in STATE_TYPES and self._imperfect(m) \
                and actors and not self._speakers_side(actors, quote):
            return None    # «ونعلم أن طهران تمول الجماعة»: a state of affairs the speaker claims
        if self._anaphoric(m) and (not (actors or recipients) or self._in_adverbial(m) or self._demonstrative(m)):
            return None    # «اللقاء», «خلال القمة»: the meeting already reported, no new action
        if self._generic(m):
            return None    # «أهمية التعاون مع إيران»: a topic, not an action
        if m.first > first and self.tokens[m.first - 1].norm in self.marks.exchange_words:
            return None    # «اتفاق يقيد التخصيب مقابل رفع العقوبات»: a term of the deal
        if _has_phrase(self.norms[m.last:min(last, m.last + 2)], self.marks.anonymity):
            return None    # «مسؤول طلب عدم الكشف عن هويته»: an anonymous source, no request
        if "ب" in trig.recipient and self._says_that(m, last):
            return None    # «اعترف كيري بأن إيران …»: he said something, he recognised no one
        if (self._imperfect(m) or trig.type in PHYSICAL) and self._after_relative(m):
            return None    # «الأشخاص الذين يعتقلون …», «أبو جهاد الذي اغتالته إسرائيل»: a description
        if trig.type == "PROTEST" and self._imperfect(m) and self._after_oblique_crowd(m):
            return None    # «أطلقت النار على متظاهرين يحتجون …»: who was shot, not a report
        if not actors and quote is not None and quote.get("speaker") and trig.type not in PHYSICAL \
                and self._speaks_of_itself(quote):
            actors = [quote.get("speaker")]   # «وقالت روسيا إنها تؤيد …», «نرفض …»
        if not actors and self.last_subject and self._carries_subject(m, sent):
            actors = [self.last_subject]   # «وأكد دعمه …»: the subject carried over
        if not actors and trig.type in FORCE_TYPES and self._conjoined_force(m):
            # «اقتحام الحوثيين منزل اليدومي واختطاف شقيقه»: the same attackers, the same side hit
            actors, victims = self.force_before[1], self.force_before[2]
            recipients = recipients or list(victims)
            agent_named = True
        if trig.actor == "object":
            actors, recipients = recipients, actors
        elif trig.type not in PHYSICAL and self.tokens[m.first].norm[:1] == "ل" \
                and self._suffered(m, self.marks.facing_window):
            actors, recipients = [], actors + recipients   # «تعرضت الحكومة لانتقادات»: criticised
        elif trig.type == "REQUEST" and without_conjunction(self.tokens[m.first].norm) in self.marks.request_by_means \
                and actors and self._genitive_after(m, actors):
            # «ردّ بارزاني بمطالبة حزب العمال بسحب مقاتليه»: by demanding it of the party; the
            # one named after the noun is asked, the sentence's subject asks
            actors, recipients = [r.actor for r in self._sentence_subject(sent, m) if r.actor not in actors], \
                actors + [r for r in recipients if r not in actors]
        elif trig.type == "REQUEST" and (maker := self._request_maker(m, first, last)) is not None:
            # «بطلب من الحكومة», «استجابة لمناشدة الحكومة»: the government asked, whoever acts on
            # it was asked (a maker the words after the noun do not name: what was read there)
            maker = maker or recipients
            actors, recipients = maker, [a for a in actors + recipients if a not in maker]
        elif trig.type in self.marks.facing_types and self._faced(m, first):
            # «ويواجه الرئيس اتهامات من خصومه»: accused, by whom «من» says
            giver = self._giver_after(m, last, any_type=True) or []
            actors, recipients = giver, [a for a in actors + recipients if a not in giver]
        hands = self._by_hands_of(m, last) if trig.type in FORCE_TYPES else []
        if hands:   # «قتلوا على يد عناصر المقاومة»: who did it; whoever the subject is suffered it
            actors, recipients = hands, _unique(recipients + [a for a in actors if a not in hands])
        actors = [a for a in self._participants(actors + joint) if not self._mere_place(a)
                  and not self._outlet(a)    # AFP reports attacks and statements, it makes neither
                  and not (trig.type == "PROTEST" and self._location(a))]   # «في شوارع بغداد»: where, not who
        recipients = self._participants(recipients)
        if not self._needs_met(trig, m, actors, first, last, has_attack):
            return None
        if not actors and not recipients and trig.type not in self.marks.physical_types:
            return None    # «المساعدات الإنسانية» with nobody giving or getting: a topic
        if trig.type == "PROTEST" and actors and all(self._armed_force(a) for a in actors):
            return None    # «خرج الجيش بمئات الدبابات»: troops move out, civilians protest
        if trig.type in self.marks.physical_types:
            # participants found, or for a protest a crowd seen doing something («رشق»), for
            # an attack unnamed gunmen («مسلحون مجهولون اغتالوا …»)
            taking_part = agent_named or self.cause_named or \
                (trig.type == "PROTEST" and self._occurs(m, first, last)) or \
                (trig.type == "ASSAULT" and bool(self._sentence_forms(first, last)[1] & self.marks.attacker_nouns))
            if trig.type == "ASSAULT" and not agent_named and recipients and self._known_attack(m, first, last):
                return None    # «مقعدين شاغرين باغتيال النائبين …»: a killing known by its victim
            if self._anchors(m, first, last, taking_part, trig.type) < self.marks.incident_anchors:
                return None
            if trig.type == "ASSAULT" and (self._statistic(first, last) or self._many_acts(m, first, last)):
                return None    # «قتل 17 ألف عراقي عام 2006»: a count over time, not an attack
            if trig.type == "ASSAULT" and not trig.mode and \
                    _has_phrase(self.norms[first:last], self.marks.accident_words):
                return None    # «قتل جندي في حادث سير»
        if actors:
            self.last_subject = actors[0]
        pair = [a for a in _unique(actors + recipients) if not self._location(a)]
        if len(pair) >= 2:
            self.last_pair = pair[:2]     # «الوزيران», «الجانبان»: the two sides, not a city
        if trig.symmetric:
            # a meeting's sides are people and bodies, not the town it was held in (nor a
            # capital when people met there: «لقائه الأمين العام … في الرياض»)
            actors, recipients = [a for a in _unique(actors + recipients) if not self._mere_place(a)], []
            if any(self.doc.actors.get(a, {}).get("type") == "person" for a in actors):
                actors = [a for a in actors if not self._capital(a)]
            if len(actors) == 1 and self._has_possessive(m):
                # «خلال لقائه الأمين العام …»: whoever «ـه» is met the one named after
                actors = _unique(actors + [r if isinstance(r, str) else r.actor for r in self._possessor(sent, m)])
            if len(actors) == 1 and quote is None:
                # «وصل لافروف إلى الدوحة، حيث التقى أمير قطر»: the other side of a
                # meeting is the sentence's own subject
                actors = _unique(actors + [r.actor for r in self._main_subject(sent, m)])
            if self._interview(actors):
                return None    # «في لقاء مع قناة تلفزيونية»: an interview, not a meeting
        if trig.type in PRAISE_TYPES and actors and not recipients and not self.adjective_agent:
            # whoever says it is not praised or called by it («وقال الملك عبدالله إن الأردن يدعم …»)
            sayers = [quote.get("speaker")] if quote is not None and quote.get("speaker") else []
            sayers += [r.actor for r in self._main_subject(sent, m)] if quote is not None else []
            recipients = self._praised(sent, m, actors + sayers)
        recipients = [r for r in recipients if r not in actors]
        if trig.type in COOPERATIVE_TYPES:
            # «شدد الوزير الفرنسي على التزام باريس بـ…»: his own state is no partner (an
            # accusation or a demand may well be addressed at home)
            own = {self.doc.actors.get(a, {}).get("country") for a in actors} - {None}
            recipients = [r for r in recipients if self._state_of(r) not in own]
        mention = Mention(trig.type, trig.mode, _unique(actors), _unique(recipients), trig.symmetric,
                          (sent.start, sent.end),
                          (self.tokens[m.first].start, self.tokens[m.last - 1].end), f"triggers.{trig.id}")
        mention.explicit, mention.trigger_type = explicit, trig.type
        self._flags(mention, m, first, last)
        # «بعد تفجير استهدف …»: an act that dates something later is recalled background
        mention.historical = mention.historical or self._time_reference(m, self.marks.earlier_reference)
        self._date(mention, sent, m)
        mention.sources = self._sources(quote, sent, first, last, mention)
        mention.place = self._place(sent, m, mention)
        mention.contexts = self._contexts(first, last)
        mention.confidence = round(0.5 + 0.25 * bool(mention.actors) +
                                   0.15 * bool(mention.recipients or trig.symmetric) - 0.1 * bool(m.gap), 2)
        return mention

    # ------------------------------------------------------------- arguments
    def _arguments(self, m: TriggerMatch, sent, first: int, last: int):
        """(actor ids, recipient ids) of a trigger match."""
        self.cause_named = False     # the victim of an attack named after it (see _killed_by)
        gap_refs = []
        if m.gap:   # «أجرى الرئيس الروسي … اتصالا», «دعا الوزير … لزيارة»
            gap_refs = self.refs.starting_in(self.tokens[m.first].end, self.tokens[m.tokens[1]].start)
        nisba, nisba_end = ([], m.last) if m.gap else self._nisba_after(m, last)
        self.adjective_agent = bool(nisba)
        if m.trigger.symmetric and not m.gap:
            sides = self._sides_between(m, last)
            if sides:                  # «اشتباكات عنيفة بين الجيش والحوثيين»: every side acts
                return [r.actor for r in sides], [], []
            gathered = self._gathered(m, last)
            if len(gathered) >= 2:     # «جولة مباحثات ضمت كيري، ولافروف، والجبير»: all meet
                return gathered, [], []
        if nisba:                      # «الفيتو الروسي», «قصف إسرائيلي»: the adjective names who acted
            return nisba, [r for r in self._recipients_after(m, nisba_end, last) if r not in nisba], []
        before = self._genitive_actor(m) or \
            ([] if self._plural_act_noun(m) else self._subject_before(m.first, sent))
        if before:                     # SVO: what stands in the gap is the object
            actors, objects = before, gap_refs
        elif self._object_participle(m):   # «داعين إيران إلى …»: a participle's gap holds its object
            actors, objects = [], gap_refs
        else:
            actors = self._compound(gap_refs, None) if gap_refs else []
            objects = [r for r in gap_refs if r not in actors]
        if not actors:
            actors = self._executor(m, last)             # «في غارة شنتها طائرة أميركية»
        if not actors and m.trigger.type == "ASSAULT":
            actors = self._attacker_from(m, last)        # «لضربات مكثفة من طائرات التحالف»
        if not actors and self._in_adverbial(m) and not self._has_possessive(m):
            actors = self._genitive_refs(m.last, last)   # «خلال لقاء الرئيس السيسي الرئيس اليمني»
        if not actors and self.tokens[m.last - 1].norm not in PREPOSITIONS and not self._plural_verb(m) \
                and not self._attack_is_subject(m) and not self._object_participle(m) \
                and not self._unnamed_group_after(m):
            # after «… مع» comes the partner, not the subject; after «زار» a place is visited;
            # a verb agreeing in the plural has its subject before it or in itself
            # («نواب المعارضة يتهمون الرئيس»: the president is accused)
            actors = self._subject_after(m.last, last, places=m.trigger.mode != "visit",
                                         titled=m.trigger.type not in PHYSICAL)
            if actors and m.trigger.type == "ASSAULT" and self._killed_by(m, actors, last):
                objects, actors = objects + actors, []   # «قتل الوحيشي في غارة»: the one killed
                self.cause_named = True
            elif actors and self._victim_first(m) and all(r.kind == "PER" for r in actors):
                objects, actors = objects + actors, []   # «واعتقل رضايان في طهران»: the one held
            elif actors and self._patient_genitive(m, actors, last):
                # «على دعم الحكومة الشرعية»: supported; «اجتياح الكويت من قبل العراق»: by whom
                objects, actors = objects + actors, self._agent_by(m, actors, last)
        if not actors and m.trigger.type in PHYSICAL:
            actors = self._lam_agent(m.last, last)       # «غارات لطيران التحالف»
        if not actors and self._has_possessive(m):
            owner = self._possessor(sent, m)             # «زيارته»: the person named last
            if self._pronoun_victim(m) and owner and all(r.kind in PERSON_KINDS for r in owner):
                # «وقتلهما», «اغتياله», «اعتقاله»: a person the pronoun stands for is the victim
                # (an organisation named last is kept as the agent: «المقاومة في عدن اعتقلته»,
                # and «عن توقيفهم» after «أعلنت السلطات» stands for people unnamed)
                objects = objects + [r for r in owner if r not in objects]
            else:
                actors = owner
        if not actors and self._in_adverbial(m) and not self._one_sided_attack_dating(m):
            actors = self._sentence_subject(sent, m)
        after = max(m.last, self._token_index(self._end_of(actors, m)))
        recipients = [r.actor for r in objects if "object" in m.trigger.recipient or m.trigger.symmetric]
        by_marker = self._recipients(m, after, last)
        joint = by_marker.pop(WITH, []) if m.trigger.type in JOINT_TYPES and m.trigger.joint else []
        recipients += [a for refs in by_marker.values() for a in refs]
        if not recipients and not joint and m.trigger.type in PHYSICAL:
            recipients = self._named_target(after, last)
        if not recipients and not joint and m.trigger.recipient:
            recipients = self._country_in_object(after, last, adjectives_only=m.trigger.symmetric)
        actors = [r if isinstance(r, str) else r.actor for r in actors]
        if m.trigger.type == "ASSAULT":
            actors = self._attributed_to(m, last) or actors   # «قصف نسب إلى الحوثيين»
        giver = self._giver_after(m, last)
        if giver is not None:          # «تقدمت القوات بدعم من التحالف»: the coalition supports them
            # what was read after the noun belongs to the giver's phrase («نظيره الجزائري»)
            return giver, [a for a in actors if a not in giver], joint
        return actors, recipients, joint

    def _giver_after(self, m: TriggerMatch, last: int, any_type: bool = False) -> list[str] | None:
        """After a noun of support or aid, «من» (or «من قبل») names who gives it («بدعم من
        طائرات التحالف», «تلقى برقية تهنئة من نظيره»): their ids, or None when no
        known actor follows «من» («رحب من جهته»)."""
        if not (any_type or m.trigger.type in GIVEN_TYPES) or m.gap or m.last >= last - 1 \
                or self.tokens[m.last].norm != FROM or self._imperfect(m):
            return None
        k = m.last + 1
        if self.tokens[k].norm == BY_SIDE and k + 1 < last:
            k += 1
        # a country or capital gives («بدعم من إسرائيل»), a town does not
        return [r.actor for r in self._subject_after(k, last) if not self._mere_place(r.actor)] or None

    def _sides_between(self, m: TriggerMatch, last: int) -> list:
        """The sides named after «بين» right after a two-sided act, or after a word
        describing it («مواجهات عنيفة بين …», «اشتباكات وقعت بين …»)."""
        k = self._word_ahead(m, last, BETWEEN_WINDOW, lambda word: word == BETWEEN)
        return [] if k is None else self._subject_after(k + 1, last, places=False)

    def _word_ahead(self, m: TriggerMatch, last: int, span: int, found, breaks: frozenset = frozenset()):
        """The first token, within `span` words after the trigger, whose word `found`
        accepts, before anything that is not a word, a clause break or one of `breaks`;
        None when there is none (the forward twin of _word_back)."""
        for k in range(m.last, min(last - 1, m.last + span)):
            tok = self.tokens[k]
            if found(tok.norm):
                return k
            if tok.kind != "word" or tok.norm in CLAUSE_BREAKS or tok.norm in breaks:
                return None
        return None

    def _genitive_after(self, m: TriggerMatch, actor_ids: list[str]) -> bool:
        """The first of `actor_ids` is named right after the trigger (its genitive)."""
        if m.last >= len(self.tokens):
            return False
        return any(r.actor == actor_ids[0] for r in self.refs.starting_in(self.tokens[m.last].start,
                                                                          self.tokens[m.last].end + 1))

    def _attacker_from(self, m: TriggerMatch, last: int) -> list[str]:
        """«تعرض الموقع لضربات مكثفة من طائرات التحالف»: after an attack noun (markers.yaml
        `attack_nouns`, not a toll: «مقتل خمسة من الجنود») and a word or two describing it,
        «من» names who attacked."""
        if all(self.marks.attack_nouns.isdisjoint(stems(self.tokens[k].norm)[:2]) for k in m.tokens):
            return []
        k = self._word_ahead(m, last, ATTACKER_FROM_WINDOW, lambda word: word == FROM, PREPOSITIONS)
        return [] if k is None else [a for a in self._agent_near(k + 1, last) if not self._mere_place(a)]

    def _unnamed_group_after(self, m: TriggerMatch) -> bool:
        """«وحث الوزراء كل الأطراف …»: the verb's subject is a group no actor names
        (markers.yaml `group_subjects`), and what follows it is the object."""
        if m.last >= len(self.tokens):
            return False
        tok = self.tokens[m.last]
        return tok.norm in self.marks.group_subjects and not self.refs.starting_in(tok.start, tok.end)

    def _gathered(self, m: TriggerMatch, last: int) -> list[str]:
        """Who a meeting brought together, named after a verb of gathering right after it or
        after a word describing it («جولة مباحثات ثلاثية ضمت كيري، ولافروف، والجبير», «لقاء
        جمع الرئيسين …»; markers.yaml `gathering_verbs`), up to the end of the clause."""
        k = self._word_ahead(m, last, BETWEEN_WINDOW,
                             lambda word: without_conjunction(word) in self.marks.gathering_verbs)
        if k is None:
            return []
        # up to the clause's end: a comma goes on only before «و» (a list of sides)
        end = next((j for j in range(k + 1, last) if self.tokens[j].norm in (".", "؛", ";")
                    or self.tokens[j].norm in CLAUSE_ENDS and j + 1 < last
                    and self.tokens[j + 1].norm[:1] != "و"), last)
        refs = self.refs.starting_in(self.tokens[k + 1].start, self.tokens[end - 1].end)
        return _unique([r.actor for r in refs if self._agent(r) and not self._prepositional(r)])

    def _genitive_actor(self, m: TriggerMatch) -> list:
        """«وانتقدت الحكومة زيارة ساركوزي»: for a verbal noun whose genitive is its actor,
        the agent named right after it (not the sentence's subject before it)."""
        noun = self.tokens[m.last - 1]
        if not m.trigger.genitive_actor or m.gap or m.last >= len(self.tokens) \
                or not self.doc.text[noun.start:noun.end].endswith("ة") or definite(noun.norm):
            return []    # «زيارته لموسكو», «الزيارة»: no genitive follows
        owner = [r for r in self.refs.starting_in(self.tokens[m.last].start, self.tokens[m.last].end)
                 if r.kind in AGENT_KINDS and not self._prepositional(r)]   # «زيارة موسكو»: visited
        return self._compound(owner[:1], None) if owner else []

    def _agent(self, ref) -> bool:
        """Who can act: people and organisations, countries, and capitals standing for
        their governments («موسكو لن تقدم …»), not other places."""
        if self._reporter(ref) or ref.start in self.cited:
            return False
        if ref.kind in AGENT_KINDS:
            return True
        return ref.kind == "LOC" and ref.actor in self.kb.actors and not self._mere_place(ref.actor)

    def _nisba_after(self, m: TriggerMatch, last: int) -> tuple[list[str], int]:
        """The countries of the singular relational adjectives right after a verbal noun
        («الدعم السعودي», «الفيتو الروسي», «القمة السعودية الأمريكية»): the act is theirs.
        A plural («دعم السوريين») names people, who may as well be its object. Also the token
        after the adjectives."""
        if self.tokens[m.last - 1].norm in PREPOSITIONS:
            return [], m.last     # «متوجها إلى السعودية»: after «إلى» comes where, not who
        # after a phrase with its object («خطف الطائرة الليبية») the adjective is the object's
        run_end = self._nisba_end(m, last)
        # … unless the phrase ends with the force that acted («قصفت المقاتلات التركية»)
        force_last = m.trigger.type == "ASSAULT" and any(
            s in self.marks.force_heads for s in stems(self.tokens[m.last - 1].norm)[:3])
        end = run_end if m.last - m.first == 1 or force_last else m.last
        found = [self.kb.demonyms[self.tokens[k].norm][0] for k in range(m.first + 1, end)
                 if self._nisba(self.tokens[k].norm)]
        return _unique(found), run_end

    def _nisba_end(self, m: TriggerMatch, last: int) -> int:
        """The token after the relational adjectives that follow the trigger (or end it:
        «قصف إسرائيلي» is one lexicon form)."""
        k = m.last
        if k < last and self.tokens[k].norm in self.marks.kind_adjectives:
            k += 1    # «الغارات الجوية التركية», «الدعم العسكري الروسي»
        start = k
        while k < min(last, start + NISBA_RUN) and self._nisba(self.tokens[k].norm):
            k += 1
        return k if k > start else m.last

    def _act_at(self, k: int, last: int) -> bool:
        """A trigger word (an act) at token k («في قصف», «جراء غارات»)."""
        return k < last and not _trigger_first_words().isdisjoint(stems(self.tokens[k].norm)[:2])

    def _nisba(self, word: str) -> bool:
        """A singular relational adjective that is not also a country's name («السعودية»)."""
        return self.kb.demonyms.get(word, ("", ""))[1] in SINGULAR_NISBA and word not in self.kb.country_names

    def _recipients_after(self, m: TriggerMatch, j: int, last: int) -> list[str]:
        by_marker = self._recipients(m, j, last)
        return [a for refs in by_marker.values() for a in refs]

    def _plural_act_noun(self, m: TriggerMatch) -> bool:
        """«اتهامات منظمة العفو الدولية للحكومة», «تهديدات طهران»: a plural verbal noun of
        saying something against someone has its author after it, not the subject before it
        («واستنكر عسيري اتهامات …»: Asiri condemned them, he made none)."""
        word = self.tokens[m.first].norm
        return m.trigger.type in GENITIVE_AUTHOR_TYPES and m.last - m.first == 1 and word.endswith("ات") \
            and len(word) > 5

    def _plural_verb(self, m: TriggerMatch) -> bool:
        """«يتهمون», «اتهموا»: a verb with plural agreement (VSO verbs stay singular)."""
        word = self.tokens[m.first].norm
        word = without_conjunction(word, 4)
        return word[:1] in "يت" and word.endswith("ون") and len(word) > 4 or \
            word.endswith("وا") and len(word) > 3 and m.last - m.first == 1

    def _imperfect(self, m: TriggerMatch) -> bool:
        """A present-tense verb («يدعم», «تدعم»): «ي», or «ت» before a three-letter root
        (a verbal noun such as «تعاون» is longer)."""
        word = self.tokens[m.first].norm
        word = without_conjunction(word, 4)
        return word[:1] == "ي" or (word[:1] == "ت" and len(word) == 4)

    def _speakers_side(self, actors: list[str], quote) -> bool:
        speaker = quote.get("speaker")
        country = self.doc.actors.get(speaker or "", {}).get("country")
        return any(a == speaker or (country and (a == country or
                   self.doc.actors.get(a, {}).get("country") == country)) for a in actors)

    def _speaks_of_itself(self, quote) -> bool:
        """Content about the speaker: after «إنها», «بأنه», or in the first person plural
        («نرفض», «ندعم»); a spokesman reporting «أن الرئيس التقى …» is no participant."""
        k = self._token_index(quote.start)
        before = self.tokens[k - 1].norm if k > 0 else ""
        while k < len(self.tokens) and self.tokens[k].kind != "word":
            k += 1                       # «« عقدنا …»»
        first = self.tokens[k].norm if k < len(self.tokens) else ""
        first_person = (first[:1] == "ن" and len(first) >= 4) or (first.endswith("نا") and len(first) >= 5)
        return before in PRONOUN_COMPLEMENTIZERS or first in PRONOUN_COMPLEMENTIZERS or first_person

    def _location(self, actor_id: str) -> bool:
        """A city, town or region (capitals included), known to the KB or to the document."""
        actor = self.kb.actors.get(actor_id)
        return (actor.type if actor is not None else self.doc.actors.get(actor_id, {}).get("type")) == "location"

    def _mere_place(self, actor_id: str) -> bool:
        """A town or region («أبين», «لودر»): a place cannot act; countries and capitals
        standing for their governments can."""
        actor = self.kb.actors.get(actor_id)
        return self._location(actor_id) and not (actor is not None and actor.metonym_for)

    def _media(self, actor_id: str) -> bool:
        return media_actor(self.doc, actor_id)

    def _outlet(self, actor_id: str) -> bool:
        """A news outlet or agency (not a journalist): a reporter of events, never a side."""
        return self._media(actor_id) and self.doc.actors.get(actor_id, {}).get("type") != "person"

    def _interview(self, actors: list[str]) -> bool:
        """A meeting whose only other side is a news outlet."""
        media = [a for a in actors if self._media(a)]
        return bool(media) and len(actors) - len(media) <= 1

    def _participants(self, ids: list[str]) -> list[str]:
        return _unique([self.source_for.get(i) if i in self.source_for else i for i in ids])

    def _in_adverbial(self, m: TriggerMatch) -> bool:
        """«خلال اتصال هاتفي مع …»: a verbal noun in a time phrase shares the clause's subject."""
        prev = self.tokens[m.first - 1].norm if m.first > 0 else ""
        return prev in ADVERBIAL or any(s in ADVERBIAL for s in stems(self.tokens[m.first].norm)[1:2])

    def _genitive_refs(self, j: int, last: int):
        """References in construct right after a verbal noun, titles and «و» allowed
        between them: «لقاء الملك عبد الله الثاني الرئيس الفلسطيني» → both leaders."""
        out = []
        k = j
        while k < last and len(out) < 3:
            tok = self.tokens[k]
            refs = self.refs.starting_in(tok.start, tok.end)
            if refs and refs[0].kind in AGENT_KINDS:
                out.append(refs[0])
                k = self._token_index(refs[0].end)
                continue
            if tok.norm in HONORIFIC_WORDS or tok.norm == "و":
                k += 1
                continue
            break
        return out

    def _possessor(self, sent, m: TriggerMatch):
        """«في إطار زيارته»: the person (or actor) named last before the verbal noun."""
        before = self.refs.before(self.tokens[m.first].start, sent.start)
        gender = self._possessive_gender(m)
        agents = [ref for ref in before if ref.kind in AGENT_KINDS]
        if m.last < len(self.tokens) and self.tokens[m.last].norm in self._counterparts():
            # «خلال لقائه نظيره الأميركي»: who has a counterpart holds an office, a person
            agents = [ref for ref in agents if ref.kind in PERSON_KINDS] or agents
        physical = m.trigger.type in PHYSICAL
        if physical:
            # «… مع لافروف الظروف …، والإرهاب الإسرائيلي … واعتداءاته»: an attacker is
            # named in the attack's own clause
            agents = [ref for ref in agents if not self._clause_end_between(ref.end, self.tokens[m.first].start)]
        for ref in agents:
            if gender is None or ref.gender in (gender, None):
                return [ref]    # «موقف مصر … ودعمها»: «ها» is Egypt, not Yemen named after it
        if agents or physical:
            return agents[:1]
        # «وفي أثناء زيارته للقاهرة، أكد الوزير …»: the sentence's own subject
        return self._sentence_subject(sent, m)

    def _counterparts(self) -> frozenset:
        if self.counterparts is None:
            from ..actors.roles import normalized_counterparts
            self.counterparts = normalized_counterparts(self.kb)
        return self.counterparts

    def _main_subject(self, sent, m: TriggerMatch):
        """The subject of the sentence's main verb: a reference opening the sentence (SVO)
        or standing right after its first word (VSO), before the trigger."""
        k = self._token_index(sent.start)
        while k < m.first and self.tokens[k].norm in SENTENCE_OPENERS:
            k += 1
        for j in (k, k + 1, k + 2):
            if j >= m.first:
                break
            for ref in self.refs.starting_in(self.tokens[j].start, self.tokens[j].end):
                if self._agent(ref) and self.tokens[j].norm[:1] not in "بل":
                    return self._compound([ref], self.tokens[m.first].start)
            if j == k and self.tokens[j].kind != "word":
                break
        return []

    def _sentence_subject(self, sent, m: TriggerMatch):
        """The clause's agent: its first actor reference that is no preposition's object."""
        trig_end = self.tokens[m.last - 1].end
        for ref in self.refs.starting_in(sent.start, sent.end):
            if not self._agent(ref) or (self.tokens[m.first].start <= ref.start < trig_end + 1):
                continue
            if self._prepositional(ref):
                continue
            return [ref]
        return []

    def _clause_subject(self, m: TriggerMatch, span, sent):
        """The first agent of the clause before the trigger: back to a complementizer,
        a comma or the start of `span` (a sentence or a quote), not a preposition's object."""
        floor, coordinated = span.start, False
        for k in range(m.first - 1, -1, -1):
            tok = self.tokens[k]
            if tok.start < span.start:
                break
            if tok.norm in CLAUSE_OPENERS or "ان" in stems(tok.norm)[:2]:
                floor, coordinated = tok.end, tok.norm in COORDINATORS
                break
        for ref in self.refs.starting_in(floor, self.tokens[m.first].start):
            if not self._agent(ref):
                continue
            if self._prepositional(ref):
                continue
            return self._compound([ref], self.tokens[m.first].start)
        if coordinated and not self._anaphoric(m):
            # «عقد لافروف، في إطار زيارة …، لقاء مع …، كما اجتمع مع …»: a comma or «كما»
            # clause without a subject of its own continues the sentence's main subject
            return self._main_subject(sent, m)
        return []

    def _executor(self, m: TriggerMatch, last: int) -> list:
        """«غارة جوية شنتها طائرة أميركية», «هجوم نفذه تنظيم داعش», «زيارة يقوم بها كارتر»:
        the subject of the relative verb after an act carried it out (a demonym names its
        country)."""
        act_definite = definite(self.tokens[m.first].norm)
        for k in range(m.last, min(last, m.last + EXECUTOR_WINDOW)):
            if self.tokens[k].norm in CLAUSE_BREAKS:
                return []
            word = self.tokens[k].norm
            if word in self.marks.light_executors and k + 1 < last and self.tokens[k + 1].norm in IT_PRONOUNS:
                k += 1     # «زيارة قام بها الوزير»
            elif word not in self.marks.executed_by:
                if word not in RELATIVES and word not in VERB_PARTICLES and definite(word) != act_definite:
                    return []    # «دعم العمليات التي يقوم بها التحالف»: the object's own clause
                continue         # an adjective («زيارة رسمية يقوم بها»), «التي» or «سوف»
            for j in range(k + 1, min(last, k + 1 + EXECUTOR_WINDOW)):
                # «تقدمها المملكة لليمن»: who is given to is no executor, unless the
                # executor belongs to them («الطيران التابع للنظام السوري»)
                given_to = self.tokens[j].norm.startswith("لل") and self.tokens[j - 1].norm not in self.marks.belonging
                refs = [r for r in self.refs.starting_in(self.tokens[j].start, self.tokens[j].end)
                        if self._agent(r) and not self._prepositional(r) and not given_to]
                if refs:
                    return self._compound(refs[:1], None)
                country = self.kb.demonyms.get(self.tokens[j].norm)
                if country:
                    return [country[0]]
            return []
        return []

    def _armed_force(self, actor_id: str) -> bool:
        """An army, police, militia or rebel group (not a person such as a defence minister)."""
        record = self.doc.actors.get(actor_id, {})
        return record.get("type") in ("organization", "group") and record.get("sector") in ARMED_SECTORS

    def _killed_by(self, m: TriggerMatch, refs, last: int) -> bool:
        """«قتل زعيم التنظيم ناصر الوحيشي في غارة», «اغتيل القيادي بانفجار عبوة»: the name
        after a verb that may be passive is the victim when the attack that did it follows."""
        if self.tokens[m.first].norm not in self.marks.passive_attack_verbs:
            return False
        start = self._token_index(refs[-1].end)
        for k in range(start, min(last - 1, start + KILLED_BY_WINDOW)):
            word = self.tokens[k].norm
            if word in CLAUSE_ENDS:
                return False
            if word in self.marks.cause_links:
                cause = self.tokens[k + 1].norm
            elif word[:1] == "ب":
                cause = word[1:]
            else:
                continue
            if any(f in self.marks.attack_nouns for f in stems(cause)[:2]):
                return True
        return False

    def _attack_is_subject(self, m: TriggerMatch) -> bool:
        """«تفجيرا عام 2013، استهدف القنصلية»: a verb of targeting right after an
        attack noun has the attack for subject, and the name after it is what was hit."""
        if m.trigger.type != "ASSAULT" or not self._verb_form(m):
            return False
        if m.last < len(self.tokens) and not self.marks.force_heads.isdisjoint(stems(self.tokens[m.last].norm)[:2]):
            return False     # «كما استهدفت قوات التحالف …»: a force after the verb is its subject
        for k in range(m.first - 1, max(-1, m.first - ATTACK_SUBJECT_WINDOW - 1), -1):
            norm = self.tokens[k].norm
            if norm in CLAUSE_ENDS and norm not in APPOSITION_MARKS or norm in CLAUSE_CONJUNCTIONS:
                return False
            forms = stems(norm)[:3]
            if not self.marks.attack_nouns.isdisjoint(forms + tuple(f[:-1] for f in forms if f.endswith("ا"))):
                return True     # («هجوما»: the accusative too)
        return False

    def _verb_form(self, m: TriggerMatch) -> bool:
        """The trigger's first word is a verb of targeting («استهدف», «تستهدف»), not its
        verbal noun («استهداف»)."""
        word = without_conjunction(self.tokens[m.first].norm)
        return word in TARGETING_VERBS

    def _lam_agent(self, j: int, last: int):
        """«غارات لطيران التحالف», «قصف لقوات النظام»: «ل» + a force names who acted."""
        if j > 0 and without_conjunction(self.tokens[j - 1].norm) in self.marks.target_places:
            return []     # «استهدفت مواقع للحوثيين»: the trigger ends with the places hit
        for k in range(j, min(last, j + 3)):
            tok = self.tokens[k]
            if tok.norm in PREPOSITIONS or tok.norm in self.marks.belonging or tok.norm in self.marks.target_places:
                break     # «ضربات جوية على مواقع للتنظيم», «مواقع تابعة للنصرة»: the target's owner
            forms = stems(tok.norm)
            if tok.norm[:1] != "ل" or len(forms) < 2:
                continue
            if any(f in self.marks.force_heads for f in forms[1:]) and k + 1 < last:
                refs = self.refs.starting_in(self.tokens[k + 1].start, self.tokens[k + 1].end)
            else:
                refs = self.refs.starting_in(tok.start, tok.end)
            return [r for r in refs if r.kind in AGENT_KINDS][:1]
        return []

    def _named_target(self, j: int, last: int) -> list[str]:
        """«شنت غارات جوية مستهدفة مقاتلي داعش»: the target after a targeting word;
        «قتل 41 من ميليشيات الحوثيين»: the victims counted right after the verb."""
        k = j
        if k < last and (self.tokens[k].kind == "num" or self.tokens[k].norm in self.marks.number_words):
            k += 1 + (k + 1 < last and self.tokens[k + 1].norm == "من")
            refs = [r for r in self.refs.starting_in(self.tokens[k].start, self.tokens[min(last, k + 2) - 1].end)
                    if self._agent(r)] if k < last else []     # «… من [ميليشيات] الحوثيين»
            if refs:
                return [r.actor for r in self._compound(refs[:1], None)]
        for k in range(j, min(last - 1, j + RECIPIENT_WINDOW)):
            if self.tokens[k].norm in CLAUSE_BREAKS and self.tokens[k].norm != "و":
                break
            if self.tokens[k].norm in self.marks.target_markers or self.tokens[k].norm in self.marks.belonging:
                end = self.tokens[min(last, k + 6) - 1].end
                refs = [r for r in self.refs.starting_in(self.tokens[k + 1].start, end) if self._agent(r)]
                return [r.actor for r in self._compound(refs[:1], None)]
        return []

    def _country_in_object(self, j: int, last: int, adjectives_only: bool = False) -> list[str]:
        """«أكد دعمه وحدة الأراضي السورية»: the country the object is about; for a meeting
        only a person's nationality («التقى وزير الاقتصاد الألماني»), not its topic
        («بحث كيري الأوضاع في اليمن»)."""
        kb = self.kb
        for k in range(j, min(last, j + 6)):
            tok = self.tokens[k]
            if (tok.norm in CLAUSE_BREAKS and tok.norm not in ("«", "»")) or (k == j and tok.norm in LOCATIVES) \
                    or k > j and tok.norm in OBJECT_ENDS and self._act_at(k + 1, last):
                break    # «اعتقلتها في شرق سوريا»: where, not whom («قادة في القوات العراقية» is whom);
                # «قتل عشرة مدنيين أمس في قصف إسرائيلي»: the object ends before another act
            adj = kb.demonyms.get(tok.norm)
            if adj:
                return [adj[0]]
            if adjectives_only:
                continue
            for ref in self.refs.starting_in(tok.start, tok.end):
                if self.doc.actors.get(ref.actor, {}).get("type") == "country":
                    return [ref.actor]
        return []

    def _one_sided_attack_dating(self, m: TriggerMatch) -> bool:
        """«توترت العلاقة بين الأكراد والحكومة بعد تفجير …», «ردا على هجوم»: whoever acts
        after an attack, or answers it, did not carry it out, whereas a side of a battle («سيطرت القوات على البلدة بعد معارك»)
        or an arrest («أعدمت السلطات المدان بعد القبض عليه») is often the sentence's subject."""
        return m.trigger.type == "ASSAULT" and not m.trigger.symmetric and (
            self._time_reference(m) or self._time_reference(m, self.marks.response_reference))

    def _time_reference(self, m: TriggerMatch, words: frozenset | None = None) -> bool:
        """«بعد تفجيرات سامراء», «منذ محاولة الاغتيال»: the attack dates something else (or,
        with the `response_reference` words, is what the sentence's act answers)."""
        words = self.marks.time_reference if words is None else words
        for k in (m.first - 1, m.first - 2):
            word = self.tokens[k].norm if k >= 0 else ""
            if one_of(word, words):
                return True     # «بعد», «وبعد»
            if k >= 0 and self.tokens[k].norm not in self.marks.time_reference_links:
                break
        return False

    def _anchors(self, m: TriggerMatch, first: int, last: int, explicit: bool, etype: str) -> int:
        """How many marks of a reported incident the trigger's neighbourhood has (see
        markers.yaml): a time or place elsewhere in a long sentence belongs to another act."""
        lo = self.tokens[max(first, m.first - self.marks.anchor_window)].start
        hi = self.tokens[min(last, m.last + self.marks.anchor_window) - 1].end
        words = self.tokens[max(first, m.first - self.marks.anchor_window):min(last, m.last + self.marks.anchor_window)]
        when = any(f in self.marks.incident_times for t in words for f in stems(t.norm)[:3]) or any(
            lo <= t.start < hi for t in self.doc.layer("times")) or self._dated_head(first)
        where = any(lo <= e.start < hi and e.label == "LOC" for e in self.doc.layer("entities"))
        # a casualty count alone marks an attack («مقتل اثنين من الشرطة في تفجير»); a crowd
        # count is no such mark for a protest
        toll = self._toll(first, last) * (2 if etype == "ASSAULT" else 1)
        # a device that went off («سيارة مفخخة … انفجرت») is an act that happened
        went_off = etype == "ASSAULT" and any(t.norm in self.marks.went_off for t in words)
        return when + where + toll + explicit + went_off

    def _dated_head(self, first: int) -> bool:
        """A calendar date opening the sentence dates its whole first clause, however long
        («* 12 ديسمبر 2005: اغتيال …», «وفي نوفمبر 2005 قامت امرأة … بتفجير نفسها»)."""
        lo, hi = self.tokens[first].start, self.tokens[min(first + DATED_HEAD_TOKENS, len(self.tokens) - 1)].start
        return any(lo <= t.start <= hi and any(c.isdigit() for c in self.doc.text[t.start:t.end])
                   for t in self.doc.layer("times"))

    def _crowd_named(self, words) -> bool:
        return any(t.norm in self.marks.crowd or not self.marks.crowd.isdisjoint(stems(t.norm)[:2])
                   for t in words)

    def _known_protesters_act(self, m: TriggerMatch, first: int, last: int) -> bool:
        """The act's own crowd is the protesters already reported («وأحرق المتظاهرون»,
        «البدو المتظاهرين قطعوا»): written with the article, uncounted, inside the trigger
        or right beside it."""
        for k in range(max(first, m.first - 1), min(last, m.last + 1)):
            if self.tokens[k].norm in self.marks.known_protesters and not self._counted_at(k):
                return True
        return False

    def _crowd_introduced(self, first: int, last: int) -> bool:
        """A crowd the sentence brings in: without the article («متظاهرون», «آلاف», «أنصار»)
        or counted («نحو 500 من المتظاهرين»); «المتظاهرون» alone are those already reported."""
        for k in range(first, last):
            norm = self.tokens[k].norm
            forms = stems(norm)[:2]
            if norm not in self.marks.crowd and not any(f in self.marks.crowd for f in forms):
                continue
            if not definite(norm) or self._counted_at(k):
                return True
        return False

    def _sentence_forms(self, first: int, last: int):
        """The sentence's tokens and the set of their stems (computed once per sentence)."""
        if self._forms_of is None or self._forms_of[0] != first:
            words = self.tokens[first:last]
            self._forms_of = (first, words, set().union(*map(_first_stems, self.norms[first:last])))
        return self._forms_of[1], self._forms_of[2]

    def _statistic(self, first: int, last: int) -> bool:
        """A toll in thousands with no «أمس»/«اليوم» to make it one incident."""
        words, forms = self._sentence_forms(first, last)
        if forms & self.marks.incident_times or not self._toll(first, last):
            return False
        counts = [int(t.norm) for t in words if t.kind == "num" and t.norm.isdigit()]
        return bool(forms & self.marks.statistic_words) or any(
            n >= self.marks.statistic_threshold and not 1900 <= n <= 2100 for n in counts)   # not a year

    def _known_attack(self, m: TriggerMatch, first: int, last: int) -> bool:
        """An attack's verbal noun with its victim but no attacker, no toll and no «أمس» or
        «اليوم» («تدبير اغتيال بي نظير بوتو»): an attack already known, named by its victim."""
        return not self.cause_named and not self._toll(first, last) \
            and not self._sentence_forms(first, last)[1] & self.marks.incident_times \
            and any(f in self.marks.victim_nouns for f in stems(self.tokens[m.first].norm)[:3])

    def _many_acts(self, m: TriggerMatch, first: int, last: int) -> bool:
        """«شهدت أفغانستان 140 هجوما انتحاريا», «أكثر من مائة هجوم»: attacks counted by the
        dozen with no «أمس»/«اليوم» to make them one day's are a statistic."""
        if self._sentence_forms(first, last)[1] & self.marks.incident_times:
            return False
        for k in range(m.first - 1, max(first - 1, m.first - 4), -1):
            tok = self.tokens[k]
            if tok.kind == "num":
                return tok.norm.isdigit() and int(tok.norm) >= self.marks.statistic_acts \
                    and not 1900 <= int(tok.norm) <= 2100
            if tok.norm in self.marks.many_words:
                return True
            if tok.norm not in self.marks.quantities and tok.norm not in COUNT_HEDGES:
                return False
        return False

    def _toll(self, first: int, last: int) -> bool:
        """A casualty count in the sentence («مقتل 32 شخصا», «إصابة ثلاثة جنود»)."""
        words, forms = self._sentence_forms(first, last)
        return any(t.kind == "num" or t.norm in self.marks.number_words for t in words) \
            and bool(forms & self.marks.casualty_words)

    def _own_country_subject(self, m: TriggerMatch, first: int, words: frozenset = OWN_COUNTRY) -> bool:
        """«بلاده», «بلادها» (or another of `words`) opening the trigger's clause; not a part
        counted («30 من عناصرها قتلوا»: they were killed)."""
        for k in range(m.first - 1, max(first - 1, m.first - 4), -1):
            if self.tokens[k].norm in words:
                return not (k > first and self.tokens[k - 1].norm == FROM)
        return False

    def _speakers_forces(self, quote) -> list[str]:
        """Whose forces «قواته» are: a speaking army, ministry or government itself, else the
        speaker's country."""
        speaker = quote.get("speaker") if quote is not None else None
        if self.doc.actors.get(speaker or "", {}).get("type") == "organization":
            return [speaker]
        return self._speakers_country(quote) if quote is not None else []

    def _speakers_country(self, quote) -> list[str]:
        speaker = quote.get("speaker") if quote is not None else self.last_subject
        country = self.doc.actors.get(speaker or "", {}).get("country")
        if country and country in self.kb.actors:
            self.doc.actors.setdefault(country, self.kb.actors[country].record())
            return [country]
        return []

    def _dual_subject(self, m: TriggerMatch) -> bool:
        """A dual subject («الجانبان», «الوزيران») or a dual verb («يبحثان», «اتفقا»)."""
        nxt = self.tokens[m.last].norm if m.last < len(self.tokens) else ""
        verb = stems(self.tokens[m.first].norm)[-1]
        return bool(self.last_pair) and (nxt in DUALS or verb.endswith(("ان", "ا")) and verb[:1] in "يت")

    def _participle(self, m: TriggerMatch) -> bool:
        """«مؤكدا», «مشيدة», «معربا»: an active participle opening a circumstantial clause."""
        word = self._participle_word(m)
        return len(word) >= 4 and word[0] == "م" and word.endswith(("ا", "ه"))

    def _object_participle(self, m: TriggerMatch) -> bool:
        """An active participle whose noun after it is its object, never its subject
        («داعيا طهران إلى», «مطالبين الحكومة»; markers.yaml `bare_participles` for those
        without «م»), not one in «ة», which is also the verbal noun («مطالبة الحوثي»: his
        demand)."""
        word = self._participle_word(m)
        return len(word) >= 4 and word[0] == "م" and word.endswith(("ا", "ين")) \
            or word in self.marks.bare_participles

    def _participle_word(self, m: TriggerMatch) -> str:
        word = self.tokens[m.first].norm
        return stems(word)[-1] if word[:1] in "وف" else word

    def _generic(self, m: TriggerMatch) -> bool:
        return self._governed(m.first)

    def _governed(self, i: int, depth: int = 0) -> bool:
        """A verbal noun governed by a topic word right before it, through its own
        genitive and «في» («سياسة الوزارة في احتجاز …»), or joined by «و» to one that is
        («… في احتجاز واستجواب»)."""
        if depth < 2 and self.tokens[i].norm[:1] == "و" and i > 0 and self.tokens[i - 1].kind == "word" \
                and self._governed(i - 1, depth + 1):
            return True
        for k in range(i - 1, max(-1, i - 4), -1):
            tok = self.tokens[k]
            if tok.kind != "word" or tok.norm in CLAUSE_BREAKS:
                return False
            if not self.marks.generic_governors.isdisjoint(stems(tok.norm)[:2]):
                return True
            if k == i - 1 and tok.norm not in GOVERNED_THROUGH:
                return False
        return False

    def _anaphoric(self, m: TriggerMatch) -> bool:
        """A definite verbal noun on its own refers back to an action already reported
        (not a verb whose own letters open with «ال»: «التقى», «والتمس»)."""
        word = self.tokens[m.first].norm
        first_words = _trigger_first_words()
        if one_of(word, first_words):
            return False
        if word.startswith("بال") and self._after_light_verb(m):
            return False    # «قام متظاهرون بالاحتجاج على …»: the act itself, through «قام ب»
        return m.last - m.first == 1 and definite(word)

    def _after_light_verb(self, m: TriggerMatch) -> bool:
        """«قام/يقوم/قامت … ب» within a few words before the act."""
        for k in range(max(0, m.first - LIGHT_VERB_WINDOW), m.first):
            word = self.tokens[k].norm
            word = without_conjunction(word)
            if word in self.marks.light_verbs or word in PAST_LIGHT_VERBS or word in self.marks.light_executors:
                return True
        return False

    def _demonstrative(self, m: TriggerMatch) -> bool:
        """«هذه الزيارة», «وتلك الهجمات»: the act pointed back at, whatever names follow."""
        word = self.tokens[m.first - 1].norm if m.first > 0 else ""
        return word in DEMONSTRATIVES or word[:1] == "و" and word[1:] in DEMONSTRATIVES

    def _conjoined_force(self, m: TriggerMatch) -> bool:
        """An act of force joined by «و» to the one before it in the sentence, within a few
        words («اقتحام ميليشيا الحوثي منزل اليدومي، واختطاف شقيقه»)."""
        before = self.force_before
        return before is not None and self.tokens[m.first].norm[:1] == "و" \
            and m.first - before[0] <= CONJOINED_FORCE_WINDOW

    def _carries_subject(self, m: TriggerMatch, sent) -> bool:
        """A verb with «و» and no subject in its sentence continues the last subject."""
        tok = self.tokens[m.first]
        nxt = self.tokens[m.last] if m.last < len(self.tokens) else None
        counted = nxt is not None and (nxt.kind == "num" or nxt.norm in self.marks.number_words)
        return tok.norm[:1] in "وف" and not self.refs.starting_in(sent.start, tok.start) \
            and m.trigger.type not in ("ASSAULT", "PROTEST") and m.trigger.actor == "subject" \
            and not counted \
            and (nxt is None or nxt.norm not in self.marks.group_subjects   # «وطلب النواب», «وأيدت 11 دولة»
                 and not title_at(self.tokens, m.last))    # «وسيدعو الأمين العام»: its own subject

    def _end_of(self, actors, m) -> int:
        ends = [r.end for r in actors if not isinstance(r, str)] if actors else []  # ids carry no offsets
        return max(ends) if ends else self.tokens[m.last - 1].end

    def _subject_after(self, j: int, last: int, places: bool = True, titled: bool = False):
        """VSO: the reference right after the verb; with `titled`, also after a bare title
        («وأيد الملك سلمان …»; not for attacks: «اغتيال الرئيس الحريري» names the victim)."""
        k = j
        while k < last and (self.tokens[k].norm in SKIP or self.tokens[k].norm in DUALS):
            k += 1
        if titled and k + 1 < last and self.tokens[k].norm in self.marks.name_titles \
                and not self.refs.starting_in(self.tokens[k].start, self.tokens[k].end):
            k += 1     # «وأيد الملك سلمان …»: a title the name's reference leaves out
            if k + 1 < last and self.kb.demonyms.get(self.tokens[k].norm) \
                    and not self.refs.starting_in(self.tokens[k].start, self.tokens[k].end):
                k += 1     # «والتقى الوزير الأمريكي جون كيري …»
        if k >= last:
            return []
        refs = self.refs.starting_in(self.tokens[k].start, self.tokens[min(last, k + SUBJECT_WINDOW) - 1].end)
        for ref in refs:
            if ref.kind not in AGENT_KINDS and (ref.kind != "LOC" or not places):
                continue
            tok = self.tokens[k]
            # the subject starts the word, or follows «و»/«ف» or a group noun («ميليشيا
            # الحوثي»); «لسوريا» is not a subject, nor «للمقاومة», whose name keeps «لل»
            if tok.norm.startswith("لل"):
                break
            if ref.start == tok.start or (tok.start < ref.start < tok.end and tok.norm[:1] in "وف") or \
                    (tok.norm in GROUP_NOUNS and k + 1 < last and ref.start == self.tokens[k + 1].start):
                return self._compound([ref], None)
            break
        return []

    def _subject_before(self, i: int, sent):
        """SVO: the reference right before the verb, with those «و» joins to it
        («الرئيسين السيسي والبشير سيعقدان …»)."""
        pos = self.tokens[i].start
        before = self.refs.before(pos, sent.start)
        between = normalize_string(self.doc.text[before[0].end:pos]).split() if before else []
        # «بالقوات السعودية التي أرسلت …»: a relative clause's verb has its antecedent for
        # subject, whatever governs the antecedent, unless a pronoun on the verb or on
        # the preposition after it stands for the antecedent («السعودية التي زارها
        # الرئيس», «السنغال التي فر إليها»); «والتي» goes back to an earlier noun
        relative = bool(between) and between[0] in RELATIVES
        if relative and (len(strip_enclitic(self.tokens[i].norm)) > 1 or self._pronoun_after(i)):
            return []
        if not before or any(w not in VERB_PARTICLES for w in between[relative:]):
            return []
        if self._reporter(before[0]) or self._conjoined(i) or \
                self._prepositional(before[0]) and not self._members_of(before[0]) and not relative:
            return []     # «في اليمن ودعمها»: a place after «في», then «و» + a new noun
        if len(before) > 1 and self._membership_apposition(before[1], before[0]):
            before = before[1:]     # «كانت تركيا عضو حلف الأطلسي قد وافقت»: Turkey agreed
        out = [before[0]]
        for ref in before[1:]:
            head = out[-1].start
            between = normalize_string(self.doc.text[ref.end:head]).split()
            joined = between in (["و"], []) and (self.doc.text[head - 1:head] == "و"
                                                 or self.doc.text[head:head + 1] == "و") \
                or len(between) == 1 and between[0][:1] == "و" and between[0][1:] in GROUP_NOUNS
            if not joined:
                break
            out.append(ref)
        return list(reversed(out))

    def _membership_apposition(self, head, member_of) -> bool:
        """«تركيا عضو حلف الأطلسي», «قطر، العضو في التحالف»: the words between name what
        `head` is a member of (markers.yaml `membership_apposition`)."""
        between = tuple(normalize_string(self.doc.text[head.end:member_of.start]).replace("،", " ").split())
        return between in self.marks.membership_apposition

    def _pronoun_after(self, i: int) -> bool:
        """The word after token i is a preposition with a pronoun («إليها», «فيه», «منها»)."""
        if i + 1 >= len(self.tokens):
            return False
        return self.tokens[i + 1].norm in PREPOSITION_PRONOUNS

    def _capital(self, actor_id: str) -> bool:
        actor = self.kb.actors.get(actor_id)
        return actor is not None and bool(actor.metonym_for)

    def _state_of(self, actor_id: str) -> str | None:
        """The country a country or its capital stands for; None for anything else."""
        record = self.doc.actors.get(actor_id, {})
        if record.get("type") == "country":
            return record.get("country") or actor_id
        actor = self.kb.actors.get(actor_id)
        return record.get("country") if actor is not None and actor.metonym_for else None

    def _praised(self, sent, m: TriggerMatch, actors: list[str]) -> list[str]:
        """«أكد أهمية دور مصر …، مشيدا بالموقف …», «قدمت واشنطن لمجلس الأمن مشروع قرار يدعو
        إلى …»: praise or a call with an unnamed object is for the actor just named."""
        for ref in self.refs.before(self.tokens[m.first].start, sent.start):
            if ref.actor in actors or self._media(ref.actor):   # (actors: with the speaker)
                continue     # «لـ"الجزيرة"»: the outlet told, it is not addressed
            if self._agent(ref) or self.doc.actors.get(ref.actor, {}).get("type") == "country":
                return [ref.actor]
        return []

    def _clause_end_between(self, start: int, end: int) -> bool:
        return any(self.tokens[k].norm in CLAUSE_ENDS
                   for k in range(self._token_index(start), self._token_index(end)))

    def _prepositional(self, ref) -> bool:
        """A reference after a preposition («في اليمن», «قرب دمشق», «لسوريا») is no subject."""
        k = self._token_at(ref.start)
        prev = self.tokens[k - 1].norm if k > 0 else ""
        return prev in PREPOSITIONS or prev in LOCATIVES or (self.tokens[k].norm[:1] in "بل" and self.tokens[k].start < ref.start)

    def _members_of(self, ref) -> bool:
        """«عنصران من طالبان», «أعضاء في الحركة»: some of the group act as the group."""
        k = self._token_at(ref.start)
        return k > 1 and self.tokens[k - 1].norm in MEMBER_LINKS and (
            self.tokens[k - 2].norm in self.marks.member_nouns or self.tokens[k - 2].kind == "num")

    def _conjoined(self, i: int) -> bool:
        """A trigger word that is «و» + a trigger form («ودعمها») starts a new conjunct."""
        word = self.tokens[i].norm
        return word[:1] == "و" and word[1:] in _trigger_first_words()

    def _speaks_for(self, speaker: str) -> list[str]:
        """«المتحدث باسم الخارجية الروسية ماريا زاخاروفا»: the ministry says it through her."""
        actor = self.kb.actors.get(speaker)
        body = self.kb.actors.get(actor.speaks_for) if actor is not None and actor.speaks_for else None
        if body is None:
            return []
        self.doc.actors.setdefault(body.id, body.record())
        return [body.id]

    def _reporter(self, ref) -> bool:
        """«مصادر يمنية»: who reports an act, never who does it."""
        k = self._token_at(ref.start)
        return k < len(self.tokens) and self.tokens[k].norm in self.marks.reporter_nouns

    def _compound(self, refs, limit):
        """The first reference and those joined to it by «و» («بوتين ونظيره السوري»)."""
        refs = [r for r in refs if r.kind in AGENT_KINDS or r.kind == "LOC"]
        if not refs:
            return []
        out = [refs[0]]
        end_tok = self._token_index(refs[0].end)
        while end_tok < len(self.tokens) and self.tokens[end_tok].norm.startswith("و"):
            nxt = self.refs.starting_in(self.tokens[end_tok].start, self.tokens[end_tok].end) \
                or self._titled_person(end_tok)
            if not nxt and self.tokens[end_tok].norm[1:] in GROUP_NOUNS and end_tok + 1 < len(self.tokens):
                # «حركة حماس وحركة فتح»: the second name after its own group noun
                nxt = self.refs.starting_in(self.tokens[end_tok + 1].start, self.tokens[end_tok + 1].end)
            if not nxt or (limit is not None and nxt[0].start >= limit):
                break
            out.append(nxt[0])
            end_tok = self._token_index(nxt[0].end)
        return out

    def _titled_person(self, k: int):
        """«ووزير الخارجية عادل الجبير»: a title the KB cannot resolve, then the name."""
        from ..actors.patterns import pattern_data
        forms = stems(self.tokens[k].norm)[1:2]
        if not forms or (forms[0],) not in pattern_data().titles or k + 1 >= len(self.tokens):
            return []
        end = self.tokens[min(len(self.tokens), k + 4) - 1].end
        return [r for r in self.refs.starting_in(self.tokens[k + 1].start, end) if r.kind == "PER"][:1]

    def _possessive_gender(self, m: TriggerMatch) -> str | None:
        """'f' for «ـها», 'm' for «ـه» (read in the original: «ة» is no pronoun), else None."""
        tok = self.tokens[m.first]
        word = self.doc.text[tok.start:tok.end]
        if word.endswith("ها"):
            return "f"
        return "m" if word.endswith("ه") and not word.endswith(("هم", "هما")) else None

    def _has_possessive(self, m: TriggerMatch) -> bool:
        word = self.tokens[m.first].norm
        return word.endswith(("ه", "ها", "هم", "هما")) and len(word) >= 4

    def _recipients(self, m: TriggerMatch, j: int, last: int) -> dict[str, list[str]]:
        """Recipient actor ids found after the trigger, by the marker that found them."""
        out: dict[str, list[str]] = {}
        own = self.tokens[m.last - 1].norm
        if own in m.trigger.recipient and m.last < last:   # «وصل إلى الدوحة»: the marker is in the phrase
            refs = self.refs.starting_in(self.tokens[m.last].start, self.tokens[min(last, m.last + 3) - 1].end)
            if refs:
                out[own] = [r.actor for r in self._compound(refs[:1], None)]
                return out
        for marker in m.trigger.recipient:
            if marker == "object":
                refs = self.refs.starting_in(self.tokens[j].start, self.tokens[min(last, j + 3) - 1].end) \
                    if j < last else []
                for ref in refs[:1]:
                    k = self._token_at(ref.start)
                    if any(self.tokens[x].norm in PREPOSITIONS for x in range(j, k)):
                        continue    # «التقيا في الرياض»: a preposition's object is no object
                    if self.tokens[k].start == ref.start or self.tokens[k].norm[:1] in "وف":
                        out.setdefault(marker, []).extend(r.actor for r in self._compound([ref], None))
                continue
            for k in range(j, min(last, j + RECIPIENT_WINDOW)):
                tok = self.tokens[k]
                if tok.norm in CLAUSE_BREAKS and tok.norm not in ("و",):
                    break
                attached = len(marker) == 1 and tok.norm.startswith(marker) and len(tok.norm) > 2
                if tok.norm == marker or attached:
                    start = tok.start if attached else (self.tokens[k + 1].start if k + 1 < last else None)
                    if start is None:
                        break
                    refs = self.refs.starting_in(start, self.tokens[min(last, k + 3) - 1].end)
                    if refs:
                        out.setdefault(marker, []).extend(r.actor for r in self._compound(refs[:1], None))
                    break
        return out

    # ----------------------------------------------------------------- flags
    def _flags(self, mention: Mention, m: TriggerMatch, first: int, last: int) -> None:
        mention.negated = self._negated(m, first) or self._foiled(m, first) or \
            (m.trigger.type not in PHYSICAL and self._refused(m, first, self.marks.refusal)) or \
            self._refused(m, first, self.marks.prevention)
        clause = self._clause_before(m.first, first)
        hedges = _without_perfect_qad(clause + [self.tokens[m.first].norm])[:-1]
        mention.hypothetical = _has_phrase(hedges, self.marks.hypothetical) \
            or (mention.type in PHYSICAL and self._purpose(m)) or self._subjunctive(m, first) \
            or self._possible(m, last) or self._warned_of(m, first) or self._alleged(m, first) \
            or self._striving_for(m, first) \
            or not self.marks.needed.isdisjoint(self.norms[max(first, m.first - self.marks.needed_window):m.first])
        near = self.norms[max(first, m.first - 4):min(last, m.last + 6)]
        expecting = self.norms[max(first, m.first - self.marks.expected_window):m.first]
        mention.future = m.future or _has_phrase(near, self.marks.future) or self._future_light_verb(m) \
            or not self.marks.expected.isdisjoint(expecting) \
            or (mention.type == "PROTEST" and not self._has_possessive(m)    # «في نهاية اعتصامهم»: held
                and self._called_before(m, first, self.marks.protest_calls))
        mention.historical = _has_phrase(self.norms[first:m.first], self.marks.historical) or self._pluperfect(m, first)
        if mention.future and mention.type in FUTURE_TO_AGREE:
            mention.type, mention.mode = "AGREE", None

    def _striving_for(self, m: TriggerMatch, first: int) -> bool:
        """«تسعى المنظمة منذ أشهر إلى دعم اللاجئين»: the act striven for, within a few words
        of the verb of striving (not a verb joined by «و» after it: «تسعى للحل وتدعم …»)."""
        if self.tokens[m.first].norm[:1] == "و" and self._imperfect(m):
            return False
        return self._word_back(m.first - 1, max(first, m.first - self.marks.striving_window), self.marks.striving,
                               CLAUSE_ENDS | CLAUSE_CONJUNCTIONS)

    def _pluperfect(self, m: TriggerMatch, first: int) -> bool:
        """«وكان الرئيس الروسي فلاديمير بوتين قد زار دمشق»: «كان» + subject + «قد» + the act,
        background the report recalls."""
        return m.first > 1 and self.tokens[m.first - 1].norm == QAD and self._word_back(
            m.first - 2, max(first, m.first - 2 - PLUPERFECT_SUBJECT), KANA)

    def _negated(self, m: TriggerMatch, first: int) -> bool:
        """A negation within two words before the trigger, also after «و»/«ف» («ولا تريد»),
        not in an idiom («ولا سيما»); light verbs between do not count («لم يتم تقديم دعم»)."""
        start = m.first
        while start > first and start > m.first - NEGATION_BRIDGE and self.tokens[start - 1].norm in _negation_bridges():
            start -= 1
        for k in range(max(first, start - 2), m.first):
            word, nxt = self.tokens[k].norm, self.tokens[k + 1].norm
            if one_of(word, self.marks.negation) \
                    and nxt not in self.marks.negation_idioms:
                return True
        return False

    def _called_before(self, m: TriggerMatch, first: int, calls: frozenset | None = None) -> bool:
        """A call word («دعا», «طالب», «حث», «دعوة») earlier in the clause of a trigger that
        opens with «إلى» («ودعا الأمين العام طرفي القتال في السودان إلى وقف …»)."""
        # (a comma may follow an adverb: «دعت المنظمة، أمس، الحوثيين إلى …»)
        return self._word_back(m.first - 1, max(first, m.first - CALL_WINDOW), calls or self.marks.call_words,
                               SENTENCE_BREAKS | CLAUSE_CONJUNCTIONS)

    def _refused(self, m: TriggerMatch, first: int, verbs: frozenset) -> bool:
        """«ورفض حبري الاعتراف بالمحكمة», «امتنعت عن التصويت»: an act refused is not done
        (a refused attack is still reported: «رفضت الحكومة الهجوم» condemns one)."""
        # (not across «حيث»: «لعرقلة الاتفاق حيث التقى السفير …»)
        return self._word_back(m.first - 1, max(first, m.first - REFUSAL_WINDOW), verbs, CLAUSE_ENDS | CLAUSE_OPENERS)

    def _after_relative(self, m: TriggerMatch) -> bool:
        """The trigger opens a relative clause: «الذي اغتالته», «التي تم اختطافها», «الذين
        نظموا إضرابا», «الذين كانوا يرشقونهم»."""
        k = m.first - 1
        word = self.tokens[k].norm if k > 0 else ""
        if word in self.marks.light_verbs or word in PAST_LIGHT_VERBS or word in self.marks.execution_verbs \
                or word in KANA:
            k -= 1
        word = self.tokens[k].norm if k >= 0 else ""
        return relative_pronoun(word)

    def _after_oblique_crowd(self, m: TriggerMatch) -> bool:
        """A present verb right after an indefinite crowd in the oblique case («متظاهرين
        يحتجون»): a clause describing that crowd, as a clause after an indefinite noun is."""
        if m.first == 0:
            return False
        word = self.tokens[m.first - 1].norm
        word = word[1:] if word[:1] == "و" and word[1:] in self.marks.crowd else word   # «الشرطة ومتظاهرين»
        return word in self.marks.crowd and not definite(word) and word.endswith("ين")

    def _says_that(self, m: TriggerMatch, last: int) -> bool:
        """«ب» + «أن» is the verb's complement (a that-clause) within the clause."""
        for k in range(m.last, min(last, m.last + SAYS_THAT_WINDOW)):
            norm = self.tokens[k].norm
            if norm in THAT_CLAUSE:
                return True
            if norm in CLAUSE_ENDS:
                return False
        return False

    def _subjunctive(self, m: TriggerMatch, first: int) -> bool:
        """«أن يتم قصفها», «أن تقوم بتفجير», «أن يهاجموا»: a possible act, not a report."""
        k = m.first - 1
        if k > first and self.tokens[k].norm in self.marks.light_verbs:
            k -= 1
        elif not self._imperfect(m):
            return False
        return k >= first and self.tokens[k].norm in self.marks.subjunctive

    def _known_object(self, m: TriggerMatch, last: int) -> bool:
        """The word after the trigger is definite or opens a known actor («فرنسا»)."""
        if m.last >= last:
            return False
        nxt = self.tokens[m.last]
        if definite(nxt.norm):
            return True
        return any(self.kb.actors.get(r.actor) is not None for r in self.refs.starting_in(nxt.start, nxt.end))

    def _another_sense(self, m: TriggerMatch, first: int, last: int) -> bool:
        """The trigger's words mean something else here: by the word after it or before it,
        a look-alike word, a shadda that marks another verb, or a vehicle that «visits»."""
        trig, word = m.trigger, self.tokens[m.first]
        return self._other_sense(m, last) or word.norm in entry_words("not_words").get(trig.id, ()) \
            or (trig.mode == "visit" and self._vehicle_arrives(m, first, last)) \
            or (trig.id in entries_marked("shadda_other") and SHADDA in self.doc.text[word.start:word.end]) \
            or (trig.id in entries_marked("not_counted") and m.first > first and self._counted_at(m.first)) \
            or (m.first > first and self.tokens[m.first - 1].norm in entry_words("unless_prev").get(trig.id, ()))

    def _other_sense(self, m: TriggerMatch, last: int) -> bool:
        """The word after the trigger, or after a count there («مئات الكيلومترات»), gives it
        another sense (the entry's `unless_next`), or one of the few words after it in its
        clause does (`unless_soon`: «حققت المقاومة في تعز تقدما», achieved)."""
        soon = entry_words("unless_soon").get(m.trigger.id)
        if soon and any(not soon.isdisjoint(stems(self.tokens[k].norm)[:2])
                        for k in range(m.last, min(last, m.last + SOON_WINDOW))):
            return True
        words = entry_words("unless_next").get(m.trigger.id)
        if not words:
            return False
        k = m.last
        while k < last - 1 and k < m.last + 2 and (self.tokens[k].kind == "num" or
                                                  self.tokens[k].norm in self.marks.number_words):
            k += 1
        return k < last and any(s in words for s in stems(self.tokens[k].norm)[:2])

    def _pronoun_victim(self, m: TriggerMatch) -> bool:
        """The pronoun on the act («اعتقاله», «وقتلهما», «وقتلوه») is its victim, not its
        agent: on a verbal noun as on a verb, where it is the object."""
        return self._has_possessive(m) and self._victim_first(m)

    def _victim_first(self, m: TriggerMatch) -> bool:
        """An act whose person named right after it is its victim (markers.yaml)."""
        return m.trigger.mode in self.marks.victim_first_modes or m.trigger.id in self.marks.victim_first_triggers

    def _agent_by(self, m: TriggerMatch, genitive: list, last: int) -> list:
        """«من قبل X» right after the genitive names who acted."""
        k = self._token_index(self._end_of(genitive, m))
        if k + 2 < last and self.tokens[k].norm == FROM and self.tokens[k + 1].norm == BY_SIDE:
            return self._subject_after(k + 2, last)
        return []

    def _patient_genitive(self, m: TriggerMatch, genitive: list, last: int) -> bool:
        """«حرصت الإمارات على دعم الحكومة الشرعية», «غزو العراق»: the genitive of a noun of
        support or invasion with no «ل»/«إلى» after it is who is supported or invaded
        (markers.yaml, `patient_genitive_nouns`, `invasion_nouns`)."""
        if m.last - m.first != 1 or m.first == 0:
            return False
        word = self.tokens[m.first].norm
        bare = without_conjunction(word)
        prev = self.tokens[m.first - 1].norm
        invasion = bare in self.marks.invasion_nouns or bare[:1] in "لب" and bare[1:] in self.marks.invasion_nouns
        if invasion:
            noun = True
        elif bare in self.marks.patient_genitive_nouns:
            noun = prev in PREPOSITIONS or prev in self.marks.patient_noun_governors
        else:
            noun = bare[:1] in "لب" and bare[1:] in self.marks.patient_genitive_nouns
        if not noun or any(s in self.marks.support_received for t in self.tokens[max(0, m.first - 3):m.first]
                           for s in stems(t.norm)[:2]):
            return False
        k = self._token_index(self._end_of(genitive, m))
        while k < last and (self.tokens[k].norm in self.marks.kind_adjectives
                            or self.tokens[k].norm in self.marks.genitive_qualifiers):
            k += 1      # «ودعم مصر الكامل للجهود»
        if k < last and (self.tokens[k].norm[:1] == "ل" or self.tokens[k].norm in TO_WORDS
                         or self.tokens[k].norm == "،" and k + 1 < last):
            return False
        # «اجتياح الجيش العراقي الكويت»: a name right after, the object, makes the first
        # the invader
        return not (invasion and k < last and self.tokens[k].norm[:1] != "و" and any(
            self._agent(ref) or ref.kind == "LOC" for ref in self.refs.starting_in(self.tokens[k].start,
                                                                                     self.tokens[k].end)))

    def _vehicle_arrives(self, m: TriggerMatch, first: int, last: int) -> bool:
        """«وكانت طائرة تحمل مساعدات قد وصلت إلى المطار», «وصلت إلى الميناء شحنة أدوية»: a
        vehicle or cargo is the subject of the visit, within `vehicle_window` words before it
        in its clause or a few words after it (markers.yaml). One travelled in («على متن
        طائرة», «بواسطة طائرة», and after the verb «بطائرة خاصة») is not the subject."""
        def vehicle(k, after):
            norm = self.tokens[k].norm
            if k > 0 and self.tokens[k - 1].norm in ON_BOARD:
                return False
            return any(s in self.marks.vehicles for s in stems(norm)[:3]
                       if not after or s[:1] == "ب" or norm[:1] != "ب")
        for k in range(m.last, min(last, m.last + VEHICLE_AFTER)):
            if self.tokens[k].norm in CLAUSE_ENDS:
                break
            if vehicle(k, after=True):
                return True
        for k in range(m.first - 1, max(first - 1, m.first - 1 - self.marks.vehicle_window), -1):
            if self.tokens[k].norm in CLAUSE_ENDS or self.tokens[k].norm in CLAUSE_OPENERS:
                return False
            if vehicle(k, after=False):
                return True
        return False

    def _carried_out(self, m: TriggerMatch, first: int) -> bool:
        """«ونفذت الحكومة التركية أمس غارات»: a verb of carrying out shortly before the act."""
        return any(s in self.marks.execution_verbs for t in self.tokens[max(first, m.first - 5):m.first]
                   for s in stems(t.norm)[:2])

    def _possible(self, m: TriggerMatch, last: int) -> bool:
        """«ضربة جوية أميركية أو إسرائيلية محتملة»: an act qualified as possible."""
        for k in range(m.last, min(last, m.last + self.marks.possible_window)):
            if self.tokens[k].norm in CLAUSE_BREAKS and self.tokens[k].norm != "و":
                return False
            if self.tokens[k].norm in self.marks.possible_after:
                return True
        return False

    def _warned_of(self, m: TriggerMatch, first: int) -> bool:
        """«حذر الفصائل من الاستمرار في إطلاق الصواريخ», «تحذيرها من حدوث اغتيال»: what
        is warned of, the act within `warned_window` words after the «من» of a warning
        (not «من أن …», which reports)."""
        for k in range(m.first - 1, max(first - 1, m.first - 1 - self.marks.warned_window), -1):
            norm = self.tokens[k].norm
            if norm in THAT_CLAUSE or norm in THAT or norm in CLAUSE_ENDS:
                return False
            if norm == "من":
                return self._warning_before(k, first)
        return False

    def _alleged(self, m: TriggerMatch, first: int) -> bool:
        """«يتهم حلفاء تركيا أنقرة … بدعمه سرا», «متهمة إسرائيل بخطفه»: the act with the «ب»
        of a charge is alleged, not reported (the accusation is the event)."""
        return self.tokens[m.first].norm[:1] == "ب" and self._word_back(
            m.first - 1, max(first, m.first - self.marks.alleged_window), self.marks.alleging)

    def _warning_before(self, k: int, first: int) -> bool:
        # the word itself or after «و»/«ف», not after «ال» («الهدوء الحذر»: a cautious calm)
        return self._word_back(k - 1, first, self.marks.warned)

    def _word_back(self, k: int, lowest: int, words: frozenset, breaks: frozenset = CLAUSE_ENDS) -> bool:
        """One of `words`, as written or after «و»/«ف», at token k or before it down to
        `lowest`, with none of `breaks` in between."""
        for j in range(k, lowest - 1, -1):
            norm = self.tokens[j].norm
            if norm in breaks:
                return False
            if one_of(norm, words):
                return True
        return False

    def _foiled(self, m: TriggerMatch, first: int) -> bool:
        """«أحبطت الشرطة هجوما»: the act was stopped before it happened."""
        window = self.tokens[max(first, m.first - self.marks.foiled_window):m.first]
        return any(s in self.marks.foiled for t in window for s in stems(t.norm)[:2])

    def _future_light_verb(self, m: TriggerMatch) -> bool:
        """«سيعقدان قمة», «ستجري محادثات»: the verb before a verbal noun carries «س»."""
        if m.first == 0:
            return False
        word = self.tokens[m.first - 1].norm
        word = word[1:] if word[:1] in "وف" else word
        return len(word) >= 4 and word[0] == "س" and word[1] in "يتن" and not word.endswith("ه")

    def _purpose(self, m: TriggerMatch) -> bool:
        """«… لاعتقال عناصر من التنظيم»: «ل» + verbal noun says what an act was for."""
        word = self.tokens[m.first].norm
        prev = self.tokens[m.first - 1].norm if m.first > 0 else ""
        before_prev = self.tokens[m.first - 2].norm if m.first > 1 else ""
        light = self.marks.purpose_light_verbs
        if prev[:1] == "ل" and prev[1:] in light or prev in light and before_prev in PURPOSE_PREPOSITIONS \
                or word in light and prev in PURPOSE_PREPOSITIONS:
            return True    # «لشن هجوم انتحاري», «تدربوا على تنفيذ هجوم»
        # «تعرضت أحياء المدينة أمس لقصف»: suffered, not aimed at
        return word[:1] == "ل" and len(stems(word)) > 1 and not word.startswith("لل") and not self._suffered(m)

    def _faced(self, m: TriggerMatch, first: int) -> bool:
        """A verb of facing within a few words before the act, in its clause («يواجه الرئيس
        التركي رجب طيب أردوغان اتهامات»)."""
        return self._word_back(m.first - 1, max(first, m.first - self.marks.facing_window), self.marks.facing,
                               CLAUSE_BREAKS)

    def _by_hands_of(self, m: TriggerMatch, last: int) -> list[str]:
        """«على يد X», «على أيدي X» within a few words after an act of force: X did it."""
        for k in range(m.last, min(last - 2, m.last + self.marks.attributed_window + 2)):
            if without_conjunction(self.tokens[k].norm) == ON and self.tokens[k + 1].norm in self.marks.hands:
                return self._agent_near(k + 2, last)   # «على يد عناصر المقاومة», «مسلحين من داعش»
            if self.tokens[k].norm in CLAUSE_BREAKS:
                break
        return []

    def _request_maker(self, m: TriggerMatch, first: int, last: int) -> list[str] | None:
        """Who made a request that something is done on: «قرر المجلس التأجيل بطلب من
        واشنطن» (a request noun with «ب»/«ل» on it or after «على», its maker after «من»),
        «استجابة لمناشدة الحكومة» (any request answered, its maker named after it, with
        «من» or without); [] when nobody known is named; None for any other request
        (markers.yaml `request_on_which`, `request_responses`)."""
        before = without_conjunction(self.tokens[m.first - 1].norm) if m.first > first else ""
        k = m.last
        from_after = self.tokens[k - 1].norm == FROM
        if not from_after and k < last and self.tokens[k].norm == FROM:
            k, from_after = k + 1, True
        acted_on = from_after and (self.tokens[m.first].norm in self.marks.request_on_which
                                   or before in self.marks.request_on_which_after)
        if not acted_on and before not in self.marks.request_responses:
            return None
        return self._agent_near(k, last)   # «استجابة لطلب فخامة الرئيس هادي»

    def _agent_near(self, k: int, last: int) -> list[str]:
        """The first actor (and those «و» joins to it) named within a few words from token
        k, past a head noun or an honorific («عناصر المقاومة», «فخامة الرئيس …»)."""
        refs = self.refs.starting_in(self.tokens[k].start, self.tokens[min(last, k + AGENT_NEAR) - 1].end)
        return [r.actor for r in self._compound([r for r in refs if self._agent(r)][:1], None)]

    def _attributed_to(self, m: TriggerMatch, last: int) -> list[str]:
        """«نسب/نسبته … إلى X» within a few words after an attack: X is who did it."""
        for k in range(m.last, min(last - 1, m.last + self.marks.attributed_window)):
            if without_conjunction(self.tokens[k].norm) in self.marks.attributed:
                for j in range(k + 1, min(last - 1, k + 4)):
                    if self.tokens[j].norm in TO_WORDS:
                        return [r.actor for r in self._subject_after(j + 1, last, places=False)]
                return []
        return []

    def _suffered(self, m: TriggerMatch, window: int = 5) -> bool:
        """«تعرض/تعرضت … ل» within `window` words before the act, in its sentence
        («وتتعرض الحكومة التركية منذ هجوم سوروج لانتقادات»): its subject undergoes it."""
        for k in range(m.first - 1, max(0, m.first - window) - 1, -1):
            if self.tokens[k].norm in SENTENCE_BREAKS:     # commas may set off «، أمس،»
                return False
            if any(s in self.marks.exposure for s in stems(self.tokens[k].norm)[:2]):
                return True
        return False

    def _clause_before(self, i: int, first: int) -> list[str]:
        start = first
        for k in range(i - 1, first - 1, -1):
            if self.norms[k] in (".", "؛", ";"):
                start = k + 1
                break
        return self.norms[start:i]

    def _date(self, mention: Mention, sent, m: TriggerMatch) -> None:
        pos = self.tokens[m.first].start
        times = [t for t in self.doc.layer("times")
                 if sent.start <= t.start < sent.end and t.label == "DATE" and self._dates_an_act(t)]
        nearest = min(times, key=lambda t: abs(t.start - pos)) if times else None
        # «قال كيري (الخميس) غداة لقاء …»: the meeting was the day before the clause's day;
        # «عشية مباحثات …» the day after one the clause states; a time after the act is its own
        if nearest is None or nearest.start < pos:
            if self._time_reference(m, self.marks.day_before):
                mention.day_offset = -1
            elif nearest is not None and self._time_reference(m, self.marks.day_after):
                mention.day_offset = 1
        if nearest is not None:
            # An unresolved time («امس الجمعة» in a report with no publication date) is
            # still the act's time: the date is unknown, not that of a farther time
            mention.date = str(nearest.get("value")) if nearest.get("value") else None
        elif not mention.historical and not mention.future and (day := self._same_time_as_before(sent)):
            # «في الوقت نفسه، رحب الوزير …»: the day the sentence before gives (implied: no
            # lead for the acts after it, and any date stated for the act wins in a merge)
            mention.date, mention.date_implied = day, True
        elif not mention.historical and not mention.future:
            mention.date, mention.date_implied = self.published, True
        if mention.date and self.published and _period_end(mention.date) is not None:
            days = (dt.date.fromisoformat(self.published) - _period_end(mention.date)).days
            if days > self.marks.historical_days:
                mention.historical = True

    def _same_time_as_before(self, sent) -> str | None:
        """The day named in the sentence before one that opens «في الوقت نفسه» (at the same
        time, markers.yaml `same_time`); None otherwise."""
        k = self._token_index(sent.start)
        if not _has_phrase(self.norms[k:k + 4], self.marks.same_time):
            return None
        sentences = self.doc.layer("sentences")
        i = bisect_left([s.start for s in sentences], sent.start)
        if i == 0:
            return None
        before = sentences[i - 1]
        days = [t.get("value") for t in self.doc.layer("times") if before.start <= t.start < before.end
                and t.label == "DATE" and len(str(t.get("value") or "")) == 10]
        return days[-1] if days else None

    def _dates_an_act(self, time) -> bool:
        """A calendar time, or one left unresolved, that is neither the date of a cited
        document («القرار رقم 12/3 وتاريخ 2/5/1437هـ») nor the end of a period («يبقى
        ساريا حتى 26 فبراير 2016»)."""
        value = time.get("value")
        if value is not None and not str(value)[:1].isdigit():
            return False
        k = self._token_index(time.start)
        return k == 0 or not (self.tokens[k - 1].norm in DOCUMENT_DATE_WORDS or self.tokens[k - 1].norm in UNTIL)

    def _needs_met(self, trig, m: TriggerMatch, actors, first: int, last: int, has_attack: bool) -> bool:
        if trig.type == "PROTEST" and trig.mode in self.marks.protest_detail_modes \
                and self._known_protesters_act(m, first, last):
            return False    # «ورشق المتظاهرون الشرطة»: a detail of a protest reported before
        words = self.norms[first:last]
        for need in trig.needs:
            if need == "agent" and not actors and not self.cause_named \
                    and not (trig.type in PHYSICAL and self._toll(first, last)) \
                    and not (trig.type == "ASSAULT" and self._sentence_forms(first, last)[1] & self.marks.attacker_nouns):
                return False    # a bombing that killed 32 people needs no named bomber, nor do gunmen
            if need == "crowd" and not self._crowd_named(self.tokens[first:last]):
                return False
            if need == "new_crowd" and not self._crowd_introduced(first, last):
                return False    # «وهتف المتظاهرون»: a detail of a protest reported before
            if need == "counted" and not self._counted_at(m.first):
                return False
            if need == "indefinite" and definite(self.tokens[m.first].norm):
                return False    # «المتظاهرون» are those already reported on
            if need == "occurrence" and m.last - m.first == 1 and not self._occurs(m, first, last):
                return False   # «قانون التظاهر»: a protest named, none reported
            if need == "protest_act" and not self._protest_act_before(m, first):
                return False   # «أعلنت فتح الحداد احتجاجا على …»: mourning, no protest
            if need == "toll" and not self._toll(first, last):
                return False   # «انفجار» counts as an attack with its dead or wounded
            if need == "blast" and not (self._toll(first, last) or self._sentence_forms(first, last)[1]
                                        & self.marks.blast_words):
                return False   # a car bomb found is no attack; one that went off is
            if need == "attack_context" and not has_attack:
                return False   # casualties and «تحرير» count only beside an attack word
            if need == "attack_or_toll" and not (has_attack or self._toll(first, last)):
                return False   # «انتحاري … أسفر عن مقتل 35 شخصا»: a bomber with the dead
            if need == "civilian" and actors and all(self._armed_force(a) for a in actors):
                return False   # «وصلت القوات العراقية إلى أطراف الرمادي»: troops advance, no visit
            if need == "known_object" and not self._known_object(m, last):
                return False   # «مقاطعة كيبيك» is a province
            if need == "gapped" and not m.gap:
                return False   # «وسلمت السلطات المتهم …»: the authorities hand over, they are not handed to
            if need == "future" and not (m.future or _has_phrase(words, self.marks.future)):
                return False
        return True

    def _protest_act_before(self, m: TriggerMatch, first: int) -> bool:
        """«خرج السكان في مظاهرة احتجاجا», «تجمع المئات أمام المحافظة احتجاجا»: a verb or
        noun of protesting within `protest_act_window` words before «احتجاجا»."""
        return any(not self.marks.protest_acts.isdisjoint(stems(self.tokens[k].norm)[:3])
                   for k in range(max(first, m.first - self.marks.protest_act_window), m.first))

    def _occurs(self, m: TriggerMatch, first: int, last: int) -> bool:
        """A verb of happening within a few words of a protest noun («خرجت مظاهرات»)."""
        window = self.marks.occurrence_window
        return any(s in self.marks.occurrence_verbs
                   for t in self.tokens[max(first, m.first - window):min(last, m.last + window)]
                   for s in stems(t.norm)[:2])

    def _counted_at(self, pos: int) -> bool:
        """«نحو 500 متظاهر», «آلاف المتظاهرين», «عشرات الآلاف من المتظاهرين»."""
        for k in range(pos - 1, max(-1, pos - 4), -1):
            tok = self.tokens[k]
            if tok.kind == "num" or tok.norm in self.marks.quantities:
                return True
            if tok.norm != "من":
                return False
        return False

    # --------------------------------------------------------------- sources
    def _enclosing_quote(self, pos: int):
        return next((q for q in self.doc.layer("quotes") if q.start <= pos < q.end), None)

    def _sources(self, quote, sent, first: int, last: int, mention: Mention) -> list[str]:
        out: list[str] = []
        if quote is not None:
            out += list(quote.get("via") or [])
            if quote.get("speaker"):
                out += [quote.get("speaker")] + self._speaks_for(quote.get("speaker"))
        lex = quote_lexicon()
        starts = self.source_starts
        for k in starts[bisect_left(starts, first):bisect_left(starts, last)]:
            found = match_at(self.tokens, k, lex.sources, lex.sources_longest)
            if found and found[1] == "sources":
                refs = self.refs.starting_in(self.tokens[min(last - 1, k + found[0])].start,
                                             self.tokens[min(last, k + found[0] + 5) - 1].end)
                if refs:
                    out.append(refs[0].actor)
        # «أوضحت مصادر يمنية اقتحام …»: the unnamed sources that report the act
        out += [ref.actor for ref in self.refs.starting_in(sent.start, mention.trigger[0]) if self._reporter(ref)]
        post = self.doc.covering("embedded_posts", sent.start, sent.end)
        if post is not None and post.get("actor"):
            out.append(post.get("actor"))
        if not mention.historical:
            # «أوضح المتحدث أن ذلك تم أثناء استقبال …، وأمر الرئيس بإرسال …»: the account a
            # reporter tells (rasd/stages/reports.py); background recalled is the writer's
            for report in self.doc.layer("reports"):
                if report.start <= sent.start and sent.end <= report.end:
                    out += [report.get("reporter")] + self._speaks_for(report.get("reporter"))
        return _unique(out)

    def _place(self, sent, m: TriggerMatch, mention: Mention):
        participants = set(mention.actors) | set(mention.recipients)
        for ent in self.doc.layer("entities"):
            if sent.start <= ent.start < sent.end and ent.label == "LOC" and ent.get("actor") not in participants:
                k = self._token_at(ent.start)
                prev = self.tokens[k - 1].norm if k > 0 else ""
                if prev in PREPOSITIONS or self.tokens[k].norm[:1] == "ب":
                    return ent.get("actor")
        return None

    def _contexts(self, first: int, last: int) -> list[str]:
        _, forms = self._sentence_forms(first, last)
        keywords, contexts_of = _context_keywords()
        found = {name for word in forms & keywords for name in contexts_of[word]}
        return [name for name in markers().contexts if name in found]

    def _token_index(self, offset: int) -> int:
        """The first token starting at or after `offset`."""
        return bisect_left(self.tok_starts, offset)

    def _token_at(self, offset: int) -> int:
        """The token that contains `offset` (a name may start after a clitic)."""
        return max(0, bisect_right(self.tok_starts, offset) - 1)


def _date_from_the_lead(mentions: list[Mention], doc) -> None:
    """A report tells the day once, in its lead («التقى … أمس»); the undated acts after it
    happened that day too, not on the publication date."""
    published = doc.meta.published
    lead = next((m for m in mentions if m.date and not m.date_implied and not m.historical
                 and len(m.date) == 10), None)
    if lead is None or not published or not _within_recent_days(lead.date, published):
        return
    for m in mentions:
        if m.date_implied and m.date == published:
            m.date = lead.date


def _shift_days(mentions: list[Mention]) -> None:
    """«وصرح كيري غداة اجتماعه بلافروف»: the meeting was the day before the day the clause
    has (its own, the lead's or the publication date), «عشية» the day after the day the
    clause states."""
    for m in mentions:
        if m.day_offset and m.date and len(m.date) == 10:
            m.date = (dt.date.fromisoformat(m.date) + dt.timedelta(days=m.day_offset)).isoformat()


def _within_recent_days(value: str, published: str) -> bool:
    end = _period_end(value)
    return end is not None and 0 <= (dt.date.fromisoformat(published) - end).days <= RECENT_DAYS


def _answer_earlier_acts(mentions: list[Mention], doc) -> None:
    """«قبلت الحركة الدعوة», «رفض العرض»: accepting or refusing «the» invitation answers
    whoever made it to this actor earlier in the document."""
    for i, mention in enumerate(mentions):
        if mention.type not in ANSWER_TYPES or mention.recipients or not mention.actors:
            continue
        last_word = doc.text[mention.trigger[0]:mention.trigger[1]].split()[-1]
        if not normalize_string(last_word).startswith("ال"):
            continue
        for earlier in reversed(mentions[:i]):
            if set(earlier.recipients) & set(mention.actors) and not set(earlier.actors) & set(mention.actors):
                mention.recipients = list(earlier.actors)
                break


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    """Function words as written (not folded: «هنا» is not «هنأ»)."""
    data = load_yaml("ar", "text", "function_words.yaml")
    return frozenset(w for kind, words in data.items() if kind not in ("nouns", "verbs", "examples")
                     for w in words)


@lru_cache(maxsize=1)
def _context_keywords() -> tuple[frozenset, dict[str, tuple[str, ...]]]:
    """Every context keyword (markers().contexts), and the contexts each belongs to: a
    sentence's forms meet them all in one intersection instead of one per context."""
    contexts_of: dict[str, list[str]] = {}
    for name, keys in markers().contexts.items():
        for key in keys:
            contexts_of.setdefault(key, []).append(name)
    return frozenset(contexts_of), {key: tuple(names) for key, names in contexts_of.items()}


@lru_cache(maxsize=1)
def _function_words_not_triggers() -> frozenset:
    return _function_words() - _trigger_first_spellings()   # «على وجوب» is a trigger as written


@lru_cache(maxsize=1)
def _trigger_first_spellings() -> frozenset:
    """First words of trigger forms as the lexicon writes them, before folding."""
    from ..events.triggers import trigger_lexicon
    return frozenset(form.split()[0] for entry in trigger_lexicon().entries for form in entry.get("forms") or [])


@lru_cache(maxsize=1)
def _negation_bridges() -> frozenset:
    """Light verbs a negation reaches over («لم يتم تقديم دعم»)."""
    marks = markers()
    return marks.light_verbs | PAST_LIGHT_VERBS | marks.purpose_light_verbs | GIVING


@lru_cache(maxsize=1)
def _trigger_first_words() -> frozenset:
    from ..events.triggers import trigger_lexicon
    return frozenset(trigger_lexicon().by_first)


def _share_victims(mentions: list[Mention]) -> None:
    """«قتل 41 من الحوثيين في غارات لطيران التحالف»: the killing names the victims, the
    raid the attacker; in one sentence they are one attack, which merge() then joins."""
    victims = [m for m in mentions if m.type == "ASSAULT" and not m.symmetric and m.recipients and not m.actors]
    for attack in mentions:
        if attack.type == "ASSAULT" and not attack.symmetric and attack.actors and not attack.recipients \
                and victims and victims[0] is not attack and victims[0].negated == attack.negated:
            attack.recipients = [r for r in victims[0].recipients if r not in attack.actors]


def _fold_requested_actions(matches: list[TriggerMatch], gap_ok, tokens) -> list[TriggerMatch]:
    """«أكد على وجوب رفع العقوبات», «دعا إلى الانسحاب»: a yielding act right after a
    request is what is requested (REQUEST/yield), not an event of its own."""
    out: list[TriggerMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None and prev.trigger.type == "REQUEST" and m.trigger.type in YIELDING | {"REQUEST"} \
                and (0 <= m.first - prev.last <= 3 or m.first > prev.last and gap_ok(prev.last, m.first)):
            # «دعا … إلى الانسحاب», «دعا الرئيس أمس الميليشيات إلى الالتزام …»: one call
            if prev.trigger.mode in (None, "change"):
                prev.trigger = _with_mode(prev.trigger, (m.trigger.mode or "change") if m.trigger.type == "REQUEST"
                                          else "yield")
            continue
        if prev is not None and prev.trigger.type == m.trigger.type and m.first == prev.last \
                and not (prev.trigger.id != m.trigger.id and (tokens[m.first].norm[:1] == "و"
                                                              or m.trigger.type in PHYSICAL)):
            continue   # «يتلقى اتصالا هاتفيا»: one phrase found in two pieces («مواجهات وغارات»,
            #            «قتلا بانفجار عبوة»: two, the second saying how)
        if prev is not None and prev.trigger.type in ("ACCUSE", "REJECT") and m.trigger.type in PHYSICAL \
                and (0 <= m.first - prev.last <= 3 or (m.first > prev.last and gap_ok(prev.last, m.first))):
            continue   # «دان [الوزير …] الهجوم», «ندد بالهجوم»: the attack is what is condemned
        out.append(m)
    return out


def _with_mode(trigger, mode: str):
    from dataclasses import replace
    return replace(trigger, mode=mode)


@lru_cache(maxsize=32768)
def _first_stems(word: str) -> tuple[str, ...]:
    """The word and its first two proclitic-stripped stems; cached so that a sentence's
    forms are one C-level union over its words."""
    return stems(word)[:3]


def _without_perfect_qad(words: list[str]) -> list[str]:
    """«قد» before a past verb («كان قد أعلن», «وقد قتل») asserts; only before a present
    verb («قد يشمل») does it hedge."""
    # a stem is the end of its word (or the article and that end): only a word ending in
    # «قد» has it as a stem, and most clauses have none (one C-level search says so)
    if "قد" not in "".join(words):
        return words
    out = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word.endswith("قد") and "قد" in stems(word)[:2] and not nxt.startswith(("ي", "ت")):
            continue
        out.append(word)
    return out


def _has_phrase(words: list[str], phrases: PhraseTable) -> bool:
    """Whether a phrase of `phrases` occurs in `words` (a one-word phrase also after «و» or
    «ف»: «وسوف», «فإذا»; not after «ل»: «لاذ» holds no «إذ»)."""
    if phrases.starters.isdisjoint(words):
        return False     # the usual case
    for i, word in enumerate(words):
        if word in phrases and _phrase_follows(words, i, phrases[word]):
            return True
        if word[:1] in "وف" and len(word) > 2 and word[1:] in phrases \
                and _phrase_follows(words, i, phrases[word[1:]]):
            return True
    return False


def _phrase_follows(words: list[str], i: int, rests) -> bool:
    """Whether one of `rests` (the words of a phrase after its first) follows words[i]."""
    return any(not rest or tuple(words[i + 1:i + 1 + len(rest)]) == rest for rest in rests)


def _period_end(value: str) -> dt.date | None:
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31)
        if len(value) == 7:
            y, mth = int(value[:4]), int(value[5:7])
            nxt = dt.date(y + (mth == 12), mth % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _unique(items):
    return [i for i in dict.fromkeys(items) if i]


# ------------------------------------------------------------------ merging

def merge(mentions: list[Mention], doc) -> list[Mention]:
    """One event per real action: same type, compatible mode and date, and the same
    participants (by actor, else by country) — their evidence and sources together."""
    events: list[tuple[Mention, list[Mention]]] = []
    for mention in mentions:
        for event, group in events:
            if _same_action(event, mention, doc):
                group.append(mention)
                _absorb(event, mention, doc)
                break
        else:
            events.append((_copy(mention), [mention]))
    out = []
    for event, group in events:
        event.evidence = group
        out.append(event)
    return out


def _same_action(a: Mention, b: Mention, doc) -> bool:
    if a.type != b.type or a.negated != b.negated or a.hypothetical != b.hypothetical \
            or (a.mode and b.mode and a.mode != b.mode):
        return False      # what may happen is not what happened
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)) \
            and not _recent_enough(a, b, doc):
        return False
    pa, pb = set(a.actors) | set(a.recipients), set(b.actors) | set(b.recipients)
    if not pa and not pb and a.type in PHYSICAL:
        # «قصف … بصواريخ الكاتيوشا» twice with nobody named: one shelling, unless the
        # places differ
        return bool(a.mode) and a.mode == b.mode and (a.place == b.place or not (a.place and b.place))
    if not pa or not pb:
        return False
    if not (a.symmetric or b.symmetric) and (set(a.actors) & set(b.recipients) or set(a.recipients) & set(b.actors)):
        return False     # who acts in one is acted upon in the other
    if pa == pb or (pa & pb and (pa <= pb or pb <= pa)):
        return True
    # by country only for two dated reports of the same day or month: an undated
    # «زارت موسكو مرتين» is another visit than the meeting of that week
    ca, cb = _countries(pa, doc), _countries(pb, doc)
    if not (bool(ca) and ca == cb and len(ca) == len(pa) == len(pb) and bool(a.date and b.date)):
        return False
    # Hadi praising Egypt and Sisi backing Yemen share two countries, not a direction
    return a.symmetric or b.symmetric or not (a.recipients and b.recipients) or \
        _countries(a.actors, doc) == _countries(b.actors, doc)


def _recent_enough(a: Mention, b: Mention, doc) -> bool:
    """A report without a date of its own («وأوضح أن اللقاء تناول …») may be the action
    another sentence dated within the last few days («الاثنين»)."""
    if a.date_implied == b.date_implied:
        return False
    stated = b if a.date_implied else a
    return bool(doc.meta.published) and _within_recent_days(stated.date, doc.meta.published)


def _countries(ids, doc) -> set:
    return {doc.actors.get(i, {}).get("country") for i in ids} - {None}


def _copy(m: Mention) -> Mention:
    return Mention(**{k: (list(v) if isinstance(v, list) else v) for k, v in m.__dict__.items()})


def _absorb(event: Mention, m: Mention, doc=None) -> None:
    if event.symmetric and m.symmetric:
        event.actors = _unique(event.actors + m.actors + event.recipients + m.recipients)
        event.recipients = []
    elif event.symmetric or m.symmetric:
        # a meeting merged with the visit it happened in: the visit says who came to whom;
        # the meeting's other participants join the host's side when they are of its country
        directed, meeting = (m, event) if event.symmetric else (event, m)
        host_countries = _countries(directed.recipients, doc) if doc is not None else set()
        actors, recipients = list(directed.actors), list(directed.recipients)
        for p in meeting.actors + meeting.recipients:
            if p in actors or p in recipients:
                continue
            country = doc.actors.get(p, {}).get("country") if doc is not None else None
            (recipients if country in host_countries else actors).append(p)
        event.actors, event.recipients = _unique(actors), _unique(recipients)
        event.symmetric = False
        event.mode = directed.mode or event.mode
    else:
        event.actors = _unique(event.actors + m.actors)
        event.recipients = _unique(event.recipients + [r for r in m.recipients if r not in event.actors])
    event.sources = _unique(event.sources + m.sources)
    if m.date and (not event.date or (event.date_implied and not m.date_implied)):
        event.date, event.date_implied = m.date, m.date_implied   # a stated date wins
    elif event.date and m.date and len(m.date) > len(event.date) and not m.date_implied:
        event.date = m.date
    event.mode = event.mode or m.mode
    event.place = event.place or m.place
    event.contexts = _unique(event.contexts + m.contexts)
    event.confidence = max(event.confidence, m.confidence)
    event.historical = event.historical and m.historical


def _write(doc, event: Mention, layer: str) -> None:
    start, end = event.sentence
    evidence = []
    for m in event.evidence:
        evidence.append({"start": m.sentence[0], "end": m.sentence[1],
                         "trigger": {"text": doc.text[m.trigger[0]:m.trigger[1]],
                                     "start": m.trigger[0], "end": m.trigger[1]},
                         "rule": m.rule})
    doc.add(layer, start, end, label=event.type, rule=event.rule, mode=event.mode,
            actor=event.actors, recipient=event.recipients, date=event.date,
            according_to=event.sources, historical=event.historical, future=event.future,
            negated=event.negated, hypothetical=event.hypothetical, place=event.place,
            context=event.contexts, confidence=event.confidence, evidence=evidence)
