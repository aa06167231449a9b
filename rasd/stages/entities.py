"""Stage: entities (named mentions) and actor mentions, resolved to actors.

- `entities`: names of persons, organisations and places (PER/ORG/LOC) with their actor:
  knowledge-base names, short forms by coreference, institutions («وزارة الدفاع العراقية»),
  and names the KB lacks read from titles and head nouns (document-local actors).
- `mentions`: phrases that refer to an actor without naming it — role phrases resolved
  through the office tables on the clause's date («الرئيس الروسي», «نظيره السوري»), and
  collectives («الشعب السوري»). Later stages use both layers for quotes and events.
- `doc.actors`: every actor either layer refers to.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from itertools import accumulate

from functools import lru_cache

from ..actors.kb import Actor, KB, Name, load_kb
from ..actors.matcher import HOW_RANK, find_names
from ..actors.patterns import (ABD, act_not_name, find_given_name_persons, find_headed_places, find_kunya_persons,
                               find_named_organizations, find_titled_persons, is_name_token, local_id,
                               pattern_data, spelled_like_particle, transliterate)
from ..actors.roles import counterpart_office, find_roles, title_index
from ..data_files import load_yaml
from ..text.normalize import normalize_string, normalized_set
from ..text.tokenize import stems, strip_enclitic

NAME = "entities"
REQUIRES = ("sentences",)
ASSIGNS = ("entities", "mentions")

# A short form («بوتين») used before the full name resolves only if its person held an
# office within this many years of the publication date.
SHORT_FORM_YEARS = 4
QUOTES = {"«", "»", '"', "“", "”"}
TO = normalize_string("إلى")
# nouns whose genitive is part of a name, not a bare reference («وزارة الخارجية»)
ABROAD_INSTITUTIONS = frozenset({"embassy"})
NAME_OF = normalized_set({"باسم"})     # «المتحدث باسم …»: a title's phrase goes on
# a parliamentary bloc or list is named after it: «كتلة التحالف المدني» is no coalition
BLOC_HEADS = normalized_set({"كتلة", "قائمة", "تيار", "ائتلاف"})
CONSTRUCT_HEADS = normalized_set({"وزارة", "رئاسة", "ديوان", "باسم", "هيئة", "أمانة"}) | BLOC_HEADS
# words that join name parts: what follows them belongs to the name they are in
NAME_LINKS = frozenset({"بن", "ابن", "ال", "بنت"})
LOCATION_CUES = normalized_set({"في", "إلى", "من", "مدينة", "بلدة", "محافظة", "العاصمة", "قرب", "شمال",
                                "جنوب", "شرق", "غرب", "أنحاء", "ريف", "إقليم", "منطقة", "ولاية", "داخل", "حي"})


def run(doc, resources=None):
    if doc.language not in ("ar", None):
        return doc
    kb = resources.kb if resources is not None else load_kb()
    tokens = doc.tokens
    state = _State(doc, kb)
    matches = find_names(doc, kb, tokens)
    taken: set[int] = set()
    entity_at: dict[int, tuple[int, str | None]] = {}
    overlaps_time = _time_overlap(doc.layer("times"))
    for m in matches:
        if overlaps_time(m.start, m.end):
            continue        # «في آب المقبل» is August, not the town of Ibb
        actor = state.choose(m, tokens)
        if actor is None:
            continue
        taken.update(range(m.first, m.last))
        entity_at[m.first] = (m.last, actor.country, actor.type == "person")
        how = _how(m, actor)
        state.add_entity(m.start, m.end, actor, m.names[0].entity, f"kb.{how}")
        if actor.type == "person" and how == "name":
            state.remember_family_name(" ".join(t.norm for t in tokens[m.first:m.last]), actor.id)
    state.add_ruler_first_names(tokens, taken)
    roles = find_roles(doc, kb, tokens, state.date_at)
    roles_by_first = {r.first: r for r in roles}
    for finder in (find_named_organizations, find_headed_places, find_kunya_persons):
        for local in finder(doc, kb, tokens, taken):
            entity_at[local.first] = (local.last, state.add_local(local), local.entity == "PER")
    for local in find_titled_persons(doc, kb, tokens, taken, roles_by_first, entity_at):
        state.add_local(local)
    for local in find_given_name_persons(doc, kb, tokens, taken, kb.everyday_given_names):
        state.add_local(local)
    state.add_short_forms(tokens, taken)
    state.add_collectives(tokens, taken)
    state.add_anonymous_sources(tokens, taken)
    state.add_titled_demonyms(tokens, taken, roles_by_first)
    state.add_org_titles(tokens, taken)
    state.add_roles(roles, tokens)
    state.add_bare_heads(tokens, taken)
    state.add_bare_phrases(tokens, taken)
    state.add_bare_titles(tokens, taken)
    doc.layer("entities").sort(key=lambda s: s.start)
    doc.layers.setdefault("mentions", []).sort(key=lambda s: s.start)
    return doc


def _spelled_alike(first_name: str, actor: Actor | None) -> bool:
    """`first_name` is another spelling of the actor's own first name («نيكولاس» for
    «نيكولا ساركوزي», «جون» for «جو بايدن»): they open alike."""
    if actor is None or not actor.name_ar:
        return False
    own = normalize_string(actor.name_ar.split()[0])
    n = min(3, len(own), len(first_name))
    return own[:n] == first_name[:n]


def _time_overlap(times):
    """overlaps(start, end): whether [start, end) overlaps one of the `times` spans. The
    spans are sorted by start with the furthest end reached so far, so each question is
    one bisect instead of a walk over every time expression."""
    spans = sorted((t.start, t.end) for t in times)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))

    def overlaps(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end)     # the spans that start before `end`
        return k > 0 and reach[k - 1] > start
    return overlaps


def local_actor(doc, local, local_names: dict[str, str]) -> Actor:
    """The document-local actor for a name the KB lacks (`local`: a patterns.LocalName).
    `local_names` (local id → normalised name) keeps one id per name within a document;
    the ner stage uses this too."""
    text = doc.text[local.start:local.end]
    actor_id = local_id(text, local_names)
    local_names[actor_id] = normalize_string(text)
    return Actor(actor_id, transliterate(text), text, local.typ, local.country, local.sector,
                 None, source="document")


@dataclass(frozen=True)
class RulerTitle:
    roles: frozenset            # office roles the title fits («الملك» → head_of_state)
    governments: frozenset      # forms of government it fits, or
    countries: frozenset        # the countries it is used in
    country_named: bool = False  # only where the holder's country is named («الشيخ» is also
    #                              any tribal elder or cleric: «وأكد الشيخ حمد» in Yemeni news)


@lru_cache(maxsize=1)
def _ruler_titles() -> dict[str, RulerTitle]:
    data = load_yaml("ar", "actors", "titles.yaml")["ruler_titles"]
    return {normalize_string(title): RulerTitle(frozenset(spec["roles"]), frozenset(spec.get("governments") or ()),
                                                frozenset(spec.get("countries") or ()),
                                                bool(spec.get("country_named")))
            for title, spec in data.items()}


@lru_cache(maxsize=1)
def _late_words() -> frozenset[str]:
    return frozenset(normalize_string(w) for w in load_yaml("ar", "actors", "titles.yaml")["late_words"])


@lru_cache(maxsize=1)
def _ruler_title_holders() -> frozenset[str]:
    return frozenset(normalize_string(w) for w in load_yaml("ar", "actors", "titles.yaml")["ruler_title_holders"])


@lru_cache(maxsize=4)
def _person_first_names(kb: KB) -> dict[str, tuple[str, ...]]:
    """First word of every full name and alias of a person → those persons."""
    out: dict[str, set] = {}
    for toks, names in kb.names.items():
        for name in names:
            if name.how in ("name", "alias") and kb.actors[name.actor].type == "person":
                out.setdefault(toks[0], set()).add(name.actor)
    return {first: tuple(sorted(people)) for first, people in out.items()}


@lru_cache(maxsize=4)
def _former_markers(kb: KB) -> frozenset[str]:
    return frozenset(normalize_string(w) for w in kb.roles.get("former_markers", []))


def _last_headed(named: list, word: str, before: int):
    """The organisation named last before `before` whose name starts with `word`
    («الوزارة» ~ «وزارة الدفاع العراقية»); `named` from _State._named_organizations."""
    heads = {word, word[2:]}
    for start, end, actor_id, first_words in reversed(named):
        if end <= before and first_words & heads:
            return actor_id
    return None


@lru_cache(maxsize=4)
def _state_heads(kb: KB) -> dict[str, str]:
    """Heads of a state's institutions at home («الحكومة», «مجلس الوزراء») → institution id;
    an embassy stands abroad, so where the story is says nothing of whose it is."""
    out: dict[str, str] = {}
    for spec in kb.institutions:
        if spec["id"] in ABROAD_INSTITUTIONS:
            continue
        for head in spec.get("heads") or []:
            out.setdefault(" ".join(normalize_string(head["ar"]).split()), spec["id"])
    return out


@lru_cache(maxsize=16384)
def _organization_first_words(kb: KB, actor_id: str) -> frozenset[str]:
    """The first words of a KB organisation's Arabic names (empty for other actors),
    cached: the same organisations are named in article after article."""
    actor = kb.actors[actor_id]
    if actor.type not in ("organization", "group"):
        return frozenset()
    names = [actor.name_ar] + list(actor.aliases_ar or [])
    return frozenset(normalize_string(n).split()[0] for n in names if n and normalize_string(n).split())


def _how(match, actor) -> str:
    return next((n.how for n in match.names if n.actor == actor.id), "name")


class _State:
    """What the stage has resolved so far in one document."""

    def __init__(self, doc, kb: KB):
        self.doc, self.kb = doc, kb
        self.named: set[str] = set()            # actors named in full so far
        self.local_names: dict[str, str] = {}   # local id → normalised name
        self.short_forms: dict[str, str] = {}   # family name → person named in full before
        self.published = doc.meta.published
        self.token_starts = doc.token_starts

    # ------------------------------------------------------------ choosing
    def choose(self, m, tokens) -> Actor | None:
        """The actor a KB name match refers to, or None when the match is not trusted."""
        ranked = sorted(m.names, key=lambda n: HOW_RANK.get(n.how, 9))
        if m.last < len(tokens) and tokens[m.last].norm in self.kb.idioms.get(tokens[m.first].norm, ()):
            return None   # «مسقط رأس الأسد»: a birthplace, not Muscat
        if ranked[0].how in ("short", "ambiguous") and \
                self._inside_other_name(tokens, m.first, self.kb.actors.get(ranked[0].actor)):
            return None   # «منصور بن صالح الميمان» is no Bensalah, «آل مبارك» no Hosni Mubarak
        if m.last - m.first == 1 and self._is_lexicon_word(tokens[m.first].norm):
            # «ودان» is «و» + «دان» (condemned) before it is the town of Waddan
            ranked = [Name(n.actor, "ambiguous", n.entity) for n in ranked]
        if ranked[0].how in ("short", "ambiguous") and m.last - m.first == 1:
            earlier = self.short_forms.get(tokens[m.first].norm) or \
                self.short_forms.get(self.doc.normalized.text[self.doc.normalized.from_original(m.start):
                                                              self.doc.normalized.from_original(m.end)])
            if earlier and earlier in self.kb.actors:
                return self.kb.actors[earlier]  # «العطية» after «خالد العطية»
        for name in ranked:
            actor = self.kb.actors.get(name.actor)
            if actor is None:
                continue
            if name.how in ("name", "alias", "alias_en"):
                return self._homograph_place(actor, ranked, m, tokens) or actor
            if name.how == "short" and self._short_ok(actor, ranked):
                return actor
            if name.how == "ambiguous" and self._ambiguous_ok(actor, m, tokens):
                return self._nearest_theatre(actor, ranked, m)
        return None

    def _homograph_place(self, actor: Actor, ranked, m, tokens) -> Actor | None:
        """«عمان» is Oman, or Amman after «العاصمة الأردنية» or in a text that named Jordan
        or its places and not Oman: a place written like a country, in its own country."""
        if actor.type != "country":
            return None
        before = {self.kb.demonyms.get(tokens[k].norm, ("",))[0] for k in range(max(0, m.first - 2), m.first)}
        for name in ranked:
            place = self.kb.actors.get(name.actor)
            if name.how == "ambiguous" and place is not None and place.type == "location" and place.country \
                    and (place.country in before
                         or actor.id not in self.doc.actors and self._places_named_in(place.country)):
                return place
        return None

    def _places_named_in(self, iso3: str) -> bool:
        """The country itself or one of its places is among the document's actors so far."""
        return any(key == iso3 or a.get("type") == "location" and a.get("country") == iso3
                   for key, a in self.doc.actors.items())

    def _nearest_theatre(self, actor: Actor, ranked, m) -> Actor | None:
        """Of ambiguous names, one the text already named in full («التحالف العربي» before
        «التحالف»); else, read through their theatres («التحالف» after both Iraq and Yemen
        were named), the one whose theatre the text named last."""
        candidates = [self.kb.actors[n.actor] for n in ranked if n.how == "ambiguous" and n.actor in self.kb.actors]
        named = [a for a in candidates if a.id in self.named]
        if named:
            return named[0]
        rivals = [a for a in candidates if a.theatre]
        if not actor.theatre or len(rivals) < 2:
            return actor
        last_seen = {}
        for ent in self.doc.layer("entities"):
            if ent.start < m.start:
                country = self.doc.actors.get(ent.get("actor"), {}).get("country")
                last_seen[country] = ent.start
        seen = {a.id: max((last_seen.get(c, -1) for c in a.theatre), default=-1) for a in rivals}
        best = max(rivals, key=lambda a: seen[a.id])
        # «قوات التحالف» before any theatre was named: a head noun cannot say which coalition
        return best if seen[best.id] >= 0 else None

    def _is_lexicon_word(self, word: str) -> bool:
        return not _verb_words().isdisjoint(stems(word)[:2])

    def _short_ok(self, actor: Actor, ranked) -> bool:
        if actor.id in self.named:
            return True
        shorts = {n.actor for n in ranked if n.how == "short"}
        # undated text: a short form unique in the KB is trusted (it is not a common word)
        return len(shorts) == 1 and (self.published is None or self._in_office_near(actor.id))

    def _in_office_near(self, person: str) -> bool:
        if not self.published:
            return False
        year = int(self.published[:4])
        for office in self.kb.person_offices.get(person, ()):
            for h in self.kb.offices[office]:
                if h.person != person:
                    continue
                start = int(str(h.start)[:4])
                end = int(str(h.end)[:4]) if h.end else 9999
                if start - SHORT_FORM_YEARS <= year <= end + SHORT_FORM_YEARS:
                    return True
        return False

    def _ambiguous_ok(self, actor: Actor, m, tokens) -> bool:
        """An ambiguous name is trusted after the actor was named, or after a head noun
        («قناة الجزيرة», «محافظة أبين») or a location cue («في عمان») before it."""
        if m.first > 0 and any(p in BLOC_HEADS for p in stems(tokens[m.first - 1].norm)[:2]):
            return False
        if actor.id in self.named or self._in_theatre(actor):
            return True
        if m.first == 0:
            return False
        if actor.type == "location" and self._joined_to_place(m, tokens):
            return True   # «محافظتي الأنبار وصلاح الدين»: one more place of a list
        if tokens[m.first - 1].norm in QUOTES and m.last < len(tokens) and tokens[m.last].norm in QUOTES:
            return True  # «الجزيرة» in quotes is the outlet's name
        prev = stems(tokens[m.first - 1].norm)
        kind = "location" if actor.type in ("location", "country") else "organization"
        heads = self.kb.heads.get(kind, frozenset())
        if any(p in heads for p in prev):
            return True
        if m.first > 1 and any(f"{p} {tokens[m.first - 1].norm}" in heads for p in stems(tokens[m.first - 2].norm)[:2]):
            return True   # a head of two words («وكالة أنباء الأناضول»)
        return kind == "location" and any(p in LOCATION_CUES for p in prev) \
            and self.kb.need_head.isdisjoint(stems(tokens[m.first].norm)[:3])   # «من بلد لآخر»

    def _joined_to_place(self, m, tokens) -> bool:
        """The name follows «و» right after a place the text has just named."""
        if tokens[m.first].norm[:1] != "و" or m.start == tokens[m.first].start:
            return False
        places = self.doc.layer("entities")
        return bool(places) and places[-1].label == "LOC" and places[-1].end == tokens[m.first - 1].end

    def _in_theatre(self, actor: Actor) -> bool:
        """«طيران التحالف» after Aden and the Houthis were named: the coalition of Yemen."""
        return bool(actor.theatre) and any(a.get("country") in actor.theatre and a.get("type") != "person"
                                           for a in self.doc.actors.values())

    # ------------------------------------------------------------ adding
    def register(self, actor: Actor) -> str:
        if actor.id not in self.doc.actors:
            self.doc.actors[actor.id] = actor.record()
        return actor.id

    def add_entity(self, start, end, actor: Actor, etype: str, rule: str) -> None:
        if not actor.named:
            self.add_mention(start, end, actor, "institution", rule)
            return
        if not rule.endswith(".short"):
            self.named.add(actor.id)
        attrs = {"actor": self.register(actor)}
        if actor.metonym_for:
            attrs["metonym_for"] = actor.metonym_for
        self.doc.add("entities", start, end, label=etype, rule=rule, **attrs)

    def add_mention(self, start, end, actor: Actor | None, kind: str, rule: str, **attrs) -> None:
        actor_id = self.register(actor) if actor is not None else None
        self.doc.add("mentions", start, end, label=kind, rule=rule, actor=actor_id, **attrs)

    def add_local(self, local) -> None:
        actor = local_actor(self.doc, local, self.local_names)
        key, actor_id = self.local_names[actor.id], actor.id
        self.add_entity(local.start, local.end, actor, local.entity, local.rule)
        if local.entity == "PER":
            self.remember_family_name(key, actor_id)
        elif local.entity == "LOC" and " " not in key:
            self.short_forms.setdefault(key, actor_id)   # «شقرة» again, without «بلدة»
        return local.country

    def remember_family_name(self, norm_name: str, actor_id: str) -> None:
        words = norm_name.split()
        # «آل سعود» names a dynasty, «عبد الله» is one first name: neither is this person's
        if len(words) >= 2 and len(words[-1]) >= 3 and words[-1] not in self.kb.common_words \
                and words[-1] not in self.kb.not_family_names and words[-2] not in ("ال", ABD) \
                and words[-2] not in NAME_LINKS:     # «محمد بن عبدالله»: a father's name
            self.short_forms.setdefault(words[-1], actor_id)

    def add_short_forms(self, tokens, taken: set[int]) -> None:
        """«شلتوت» after «أسامة شلتوت», «العبيدي» after «خالد العبيدي»: a person named in
        full is then called by the family name alone."""
        if not self.short_forms:
            return
        first_seen: dict[str, int] = {}
        for e in self.doc.layer("entities"):
            first_seen.setdefault(e.get("actor"), e.start)
        for i in self.doc.token_index.positions(self.short_forms):
            tok = tokens[i]
            if i in taken or self._inside_other_name(tokens, i) or self._adjective_after(tokens, i):
                continue
            for stem in stems(tok.norm)[:2]:
                actor_id = self.short_forms.get(stem)
                if actor_id and tok.start > first_seen.get(actor_id, len(self.doc.text)):
                    start = self.doc.normalized.to_original(tok.nstart + len(tok.norm) - len(stem))
                    label = "LOC" if self.doc.actors.get(actor_id, {}).get("type") == "location" else "PER"
                    self.doc.add("entities", start, tok.end, label=label, rule="coref.short_form",
                                 actor=actor_id)
                    taken.add(i)
                    break

    def _inside_other_name(self, tokens, i: int, actor: Actor | None = None) -> bool:
        """Token i continues someone else's name: after «بن», «ابن» or «آل» («منصور بن
        صالح», «آل مبارك»), after a first name («عبد الله الصبيحي» is no Mahmoud
        al-Subaihi), or it is «بن …» after a first name."""
        prev = tokens[i - 1].norm if i > 0 else ""
        if prev in NAME_LINKS:
            return True
        if tokens[i].norm[:1] != "و" and (self._first_name(prev) and not _spelled_alike(prev, actor)
                                          or i > 1 and tokens[i - 2].norm == ABD):
            return True   # (not «مشعل ولافروف»: «و» opens a second name)
        return tokens[i].norm in NAME_LINKS and prev in self.kb.given_names

    def _first_name(self, word: str) -> bool:
        """A first name and nothing else: no everyday word, particle, title or definite
        noun (the KB's first words include «الملك»)."""
        return word in self.kb.given_names and word not in self.kb.everyday_given_names \
            and (word,) not in pattern_data().titles and not word.startswith("ال") \
            and not spelled_like_particle(word)

    def _adjective_after(self, tokens, i: int) -> bool:
        """A definite family name right after a definite noun that is no title is its
        adjective («البلد العربي», «عباس حلمي الثاني»), not the person called so."""
        word, prev = tokens[i].norm, tokens[i - 1].norm if i > 0 else ""
        if not (word.startswith("ال") and prev.startswith("ال")) or i < 2 or tokens[i - 2].norm == ABD:
            return False      # «عبد الحميد الخطي»: a name part before the family name
        stop = pattern_data().stop
        forms = {f for w in stems(prev)[:2] for f in strip_enclitic(w)}
        return prev not in self.kb.given_names and (prev,) not in pattern_data().titles \
            and forms.isdisjoint(stop)                          # «إلى السادات», «إليها الفيصل»

    def add_collectives(self, tokens, taken: set[int]) -> None:
        """«وفد رسمي روسي», «مصادر أمنية عراقية»: people or units of a country."""
        nouns, gap = self.kb.collectives["nouns"], self.kb.collectives["max_between"]
        if not nouns:
            return
        for i in self.doc.token_index.positions(nouns | {n + "ا" for n in nouns}):
            tok = tokens[i]
            forms = stems(tok.norm)[:2] + ((tok.norm[:-1],) if tok.norm.endswith("ا") else ())
            if i in taken or not any(s in nouns for s in forms):  # «جنودا» = «جنود» + tanween
                continue
            for j in range(i + 1, min(len(tokens), i + 2 + gap)):
                if tokens[j].kind != "word" or j in taken or tokens[j].norm in pattern_data().stop:
                    break      # «حث الوزراء جميع اللبنانيين»: a new noun phrase begins
                adj = self.kb.demonyms.get(tokens[j].norm)
                if adj:
                    self._add_collective(tok, tokens[j], adj[0])
                    break

    def _add_collective(self, first_tok, last_tok, country: str) -> None:
        """«وفد رسمي روسي» refers to Russia: the country acts, speaks and is cited. Unnamed
        sources of a country («مصادر رسمية روسية») are a source of their own that speaks for it."""
        start = self._start_after_conjunction(first_tok, self.kb.collectives["nouns"])
        if any(s in self.kb.collectives.get("source_nouns", ()) for s in stems(first_tok.norm)[:2]):
            name = self.doc.text[start:last_tok.end]
            plural = self._group_noun(first_tok)
            actor = Actor(local_id(name, self.local_names), transliterate(name), name,
                          "group" if plural else "person", country, None, None, source="document")
            self.local_names[actor.id] = name
            if country in self.kb.actors:
                self.register(self.kb.actors[country])   # the country it speaks for is an actor too
            self.add_mention(start, last_tok.end, actor, "source", "collectives.source_of_country", of=country)
            return
        self.add_mention(start, last_tok.end, self.kb.actors.get(country), "collective",
                         "collectives.noun_adjective", country=country)

    def _start_after_conjunction(self, tok, nouns) -> int:
        """Where the noun starts: after a «و» / «ف» that joins it («ومصادر»), not inside a
        noun that begins with one («وفد», «وسائل», «فصائل»)."""
        if tok.norm[:1] in "وف" and tok.norm not in nouns:
            return self.doc.normalized.to_original(tok.nstart + 1)
        return tok.start

    def _group_noun(self, tok) -> bool:
        """«مصادر», «وسائل», «مسؤولون»: the phrase names a group, not one person."""
        return tok.norm.endswith(("ون", "ين")) or any(s in self.kb.collectives.get("group_nouns", ())
                                                      for s in stems(tok.norm)[:3])

    def add_anonymous_sources(self, tokens, taken: set[int]) -> None:
        """«مصدر قيادي كبير في حركة حماس», «مصادر عسكرية»: an unnamed person (or group)
        that speaks for an organisation, or a source known only by its description."""
        nouns = self.kb.collectives.get("source_nouns", frozenset())
        adjectives = self.kb.collectives.get("source_adjectives", frozenset())
        ents = {e.start: e for e in self.doc.layer("entities")}
        covered = {m.start for m in self.doc.layer("mentions")}
        for i in self.doc.token_index.positions(nouns):
            tok = tokens[i]
            start = self._start_after_conjunction(tok, nouns)
            if i in taken or start in covered or not any(s in nouns for s in stems(tok.norm)[:2]):
                continue
            n = 0
            while i + 1 + n < len(tokens) and n < 3 and tokens[i + 1 + n].norm in adjectives:
                n += 1
            org = None
            k = i + 1 + n
            if k + 1 < len(tokens) and tokens[k].norm == "في":
                org = self._entity_from(tokens, k + 1, ents)
            if org is None and n == 0:
                continue
            record = self.doc.actors.get(org.get("actor"), {}) if org is not None else {}
            end = tokens[i + n].end
            name = self.doc.text[start:end]
            if org is not None:
                # The organisation is part of the name, under its KB name: «مصدر في حركة
                # حماس» and «مصدر في حركة فتح» in one text are two people, and one source
                # of Hamas is named alike however the text spells the movement.
                name += " في " + (record.get("name_ar") or org.text)
            plural = self._group_noun(tok)
            actor = Actor(local_id(name, self.local_names), transliterate(name), name,
                          "group" if plural else "person", record.get("country"), record.get("sector"),
                          None, source="document")
            self.local_names[actor.id] = name
            self.add_mention(start, end, actor, "source", "patterns.anonymous_source",
                             of=org.get("actor") if org is not None else None)
            taken.update(range(i, i + 1 + n))

    def add_titled_demonyms(self, tokens, taken: set[int], roles_by_first: dict) -> None:
        """«الوزير الأمريكي», «المسؤول الإيراني»: the last person of that country named before
        («من جانبه أكد الوزير الأمريكي …» after «جون كيري»)."""
        from ..actors.patterns import pattern_data
        titles = pattern_data().titles
        people = [e for e in self.doc.layer("entities") if e.label == "PER"]
        singles = {t[0] for t in titles if len(t) == 1}
        for i in self.doc.token_index.positions(singles):
            if i >= len(tokens) - 1:
                break
            tok = tokens[i]
            if i in taken or i in roles_by_first or (tok.norm,) not in titles or not tok.norm.startswith("ال"):
                continue
            adj = self.kb.demonyms.get(tokens[i + 1].norm)
            if not adj or not tokens[i + 1].norm.startswith("ال") or (i + 1) in taken:
                continue
            before = [e for e in people if e.end <= tok.start and
                      self.doc.actors.get(e.get("actor"), {}).get("country") == adj[0]]
            if before:
                person = self.kb.actors.get(before[-1].get("actor"))
                if person is None:
                    person = Actor(before[-1].get("actor"), "", before[-1].text, "person", adj[0])
                self.add_mention(tok.start, tokens[i + 1].end, person, "title", "coref.title_demonym",
                                 country=adj[0])
                taken.update((i, i + 1))

    def add_org_titles(self, tokens, taken: set[int]) -> None:
        """«الأمين العام للأمم المتحدة», «زعيم حزب الله»: the organisation's officer on the
        clause's date (an envoy: «المبعوث الأممي إلى سوريا» → un.envoy_syr)."""
        titles = _org_titles(self.kb)
        ents = {e.start: e for e in self.doc.layer("entities") if e.label == "ORG"}
        firsts = {k[0] for k in titles}
        for i in self.doc.token_index.positions(firsts):
            tok = tokens[i]
            for length in range(min(4, len(tokens) - i), 0, -1):
                key = (stems(tok.norm)[1] if tok.norm[:1] in "وف" and len(stems(tok.norm)) > 1 else tok.norm,) \
                    + tuple(t.norm for t in tokens[i + 1:i + length])
                role = titles.get(key)
                if role is None or i + length >= len(tokens):
                    continue
                org, country_tok = self._org_after(tokens, i + length, ents)
                office = None
                if role == "envoy" and country_tok is not None:
                    office = f"un.envoy_{country_tok.lower()}"
                elif org is not None:
                    org_id = org.get("actor")
                    office = next((o for o in (f"{org_id}.{role}", f"{org_id}.leader") if self.kb.offices.get(o)), None)
                if office:
                    end = org.end if org is not None else \
                        tokens[i + length + (tokens[i + length].norm == TO)].end   # «… إلى سوريا»
                    holder = self._apposed_holder(tokens, end, self.kb.holder(office, self.date_at(tok.start)))
                    self.add_mention(tok.start, end, self.kb.actors.get(holder) if holder else None,
                                     "role", f"roles.org_{role}", role=role, office=office)
                break

    def _org_after(self, tokens, k: int, ents: dict):
        """The organisation right after an officer's title (with «ل» or in construct),
        or for envoys the country after «إلى» or in the adjective."""
        tok = tokens[k]
        ent = self._entity_from(tokens, k, ents)   # «لحركة «حماس»» too
        if ent is not None:
            return ent, None
        if tok.norm == TO and k + 1 < len(tokens):
            name = tokens[k + 1].norm
            return None, self.kb.country_names.get(name)
        adj = self.kb.demonyms.get(tok.norm)
        return None, adj[0] if adj else None

    def _entity_from(self, tokens, k: int, ents: dict):
        """The entity that starts at token k, allowing a head noun or quotation mark first."""
        for m in range(k, min(len(tokens), k + 3)):
            ent = ents.get(tokens[m].start) or next(
                (e for e in ents.values() if tokens[m].start <= e.start < tokens[m].end), None)
            if ent is not None and ent.label in ("ORG", "LOC"):
                return ent
        return None

    def add_roles(self, roles, tokens) -> None:
        index = title_index(self.kb)
        named_people = {e.get("actor") for e in self.doc.layer("entities") if e.label == "PER"}
        for r in roles:
            if r.title == "counterpart":
                role = self._antecedent_role(r.start, roles)
                if role and r.country:
                    r.role = role
                    r.office, r.holder = counterpart_office(self.kb, index, role, r.country,
                                                            self.date_at(r.start))
            holder_id = self._apposed_holder(tokens, r.end,
                                             self._named_holder(r.office, named_people) or r.holder)
            holder = self.kb.actors.get(holder_id) if holder_id else None
            self.add_mention(r.start, r.end, holder, "role", f"roles.{r.title}",
                             role=r.role, country=r.country, office=r.office)

    def add_bare_heads(self, tokens, taken: set[int]) -> None:
        """«وهدد المجلس …» after «مجلس الأمن»: a definite head noun alone is the last
        organisation named with that head (heads.yaml `bare`)."""
        from ..actors.patterns import pattern_data
        bare = self.kb.heads.get("bare", frozenset())
        candidates = self.doc.token_index.positions(bare)
        if not candidates:
            return
        titles = pattern_data().titles
        covered = [(s.start, s.end) for layer in ("entities", "mentions") for s in self.doc.layer(layer)]
        named = sorted(self._named_organizations(s.start, s.end, s.get("actor"))
                       for layer in ("entities", "mentions") for s in self.doc.layer(layer)
                       if self.kb.actors.get(s.get("actor")) is not None)
        for i in candidates:
            tok = tokens[i]
            word = next((f for f in stems(tok.norm)[:2] if f in bare), None)
            if word is None or i in taken or any(a <= tok.start < b for a, b in covered):
                continue
            prev = stems(tokens[i - 1].norm)[:2] if i > 0 else ()
            if any((f,) in titles or f in CONSTRUCT_HEADS for f in prev):
                continue     # «وزير الخارجية», «وزارة الخارجية», «باسم الحكومة»: part of a name
            actor_id, rule = _last_headed(named, word, tok.start), "coref.bare_head"
            if actor_id is None:
                actor_id, rule = self._home_institution(word, tok.start), "coref.home_country"
            actor = self.kb.actors.get(actor_id) if actor_id else None
            if actor is not None:
                start = tok.start if tok.norm == word else self.doc.normalized.to_original(tok.nstart + 1)
                self.add_mention(start, tok.end, actor, "institution", rule)
                bisect.insort(named, self._named_organizations(start, tok.end, actor.id))

    def add_bare_phrases(self, tokens, taken: set[int]) -> None:
        """«قرر مجلس الوزراء …» with no council named before: a two-word state head (heads.yaml
        `bare`) is that institution of the home country (see _home_country)."""
        phrases = [tuple(p.split()) for p in self.kb.heads.get("bare", frozenset()) if " " in p]
        covered = [(s.start, s.end) for layer in ("entities", "mentions") for s in self.doc.layer(layer)]
        for phrase in phrases:
            for i in self.doc.token_index.positions({phrase[0]}):
                j = i + len(phrase)
                if j > len(tokens) or i in taken or tuple(t.norm for t in tokens[i + 1:j]) != phrase[1:] \
                        or any(a < tokens[j - 1].end and tokens[i].start < b for a, b in covered):
                    continue
                actor = self.kb.actors.get(self._home_institution(" ".join(phrase), tokens[i].start) or "")
                if actor is not None:
                    start = self.doc.normalized.to_original(tokens[i].nstart + len(tokens[i].norm) - len(phrase[0]))
                    self.add_mention(start, tokens[j - 1].end, actor, "institution", "coref.home_country")

    def add_bare_titles(self, tokens, taken: set[int]) -> None:
        """«وأوضح الوزير أن …»: a definite title alone is the last person introduced with it
        («وزير الخارجية عادل الجبير»), found by the title's word among the four before the
        name; a title followed by more words («الوزير الأمريكي») is left to the other rules."""
        titles = {w for w in self.kb.heads.get("bare_titles", frozenset()) if " " not in w}
        people = sorted((e.start, e.get("actor")) for e in self.doc.layer("entities") if e.label == "PER")
        covered = [(s.start, s.end) for layer in ("entities", "mentions") for s in self.doc.layer(layer)]
        for i in self.doc.token_index.positions(titles):
            tok = tokens[i]
            word = next((f for f in stems(tok.norm)[:2] if f in titles), None)
            if word is None or i in taken or any(a <= tok.start < b for a, b in covered) or self._named_after(tokens, i):
                continue
            actor_id = self._last_titled(tokens, people, word[2:], tok.start)
            actor = self.kb.actors.get(actor_id) if actor_id else None
            if actor is not None:
                start = tok.start if tok.norm == word else self.doc.normalized.to_original(tok.nstart + 1)
                self.add_mention(start, tok.end, actor, "title", "coref.bare_title")

    def _named_after(self, tokens, i: int) -> bool:
        """The title is followed by more of its phrase: an adjective («الوزير الأمريكي») or a
        name within two words («الوزير شكري», «العميد ركن عسيري»)."""
        if i + 1 >= len(tokens) or tokens[i + 1].kind != "word":
            return False
        if tokens[i + 1].norm.startswith("ال") or tokens[i + 1].norm in NAME_OF:
            return True
        end = tokens[min(len(tokens), i + 3) - 1].end
        return any(tokens[i].end < e.start <= end for e in self.doc.layer("entities"))

    def _last_titled(self, tokens, people, title: str, before: int) -> str | None:
        """The last person named right after the title, with only its complements between
        («وزير الخارجية عادل الجبير»; not «الوزير مع الرئيس … أوباما»)."""
        for start, actor_id in reversed(people):
            if start >= before:
                continue
            k = self._token_from(tokens, start)
            for j in range(k - 1, max(-1, k - 4), -1):
                forms = stems(tokens[j].norm)[:2]
                if title in forms:
                    return actor_id
                if not tokens[j].norm.startswith("ال"):
                    break
        return None

    def _home_institution(self, word: str, before: int) -> str | None:
        """«وأعلنت الحكومة» with no government named before: the institution of the
        country the article has been about (see _home_country), if the head is a state's."""
        spec = _state_heads(self.kb).get(word)
        country = self._home_country(before) if spec else None
        actor_id = f"{country.lower()}_{spec}" if country else None
        return actor_id if actor_id in self.kb.actors else None

    def _home_country(self, before: int) -> str | None:
        """The country whose places and bodies are most named before `before`, when one
        leads clearly: at least two references and more than any other country. A country
        named by itself is often only the topic («تدخلات إيران»), and a person's nationality
        says little about where the story is."""
        counts: dict[str, int] = {}
        for layer in ("entities", "mentions"):
            for span in self.doc.layer(layer):
                actor = self.kb.actors.get(span.get("actor")) if span.start < before else None
                if actor is not None and actor.country and actor.type not in ("person", "country"):
                    counts[actor.country] = counts.get(actor.country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _named_organizations(self, start: int, end: int, actor_id: str):
        """(start, end, actor, first words of its Arabic names) of a reference, the
        words empty unless the actor is an organisation or group."""
        return start, end, actor_id, _organization_first_words(self.kb, actor_id)

    def _apposed_holder(self, tokens, end: int, holder: str | None) -> str | None:
        """The holder of a title that ends at `end`: the person named right after it
        («رئيس الوزراء اللبناني الأسبق فؤاد السنيورة» is Siniora, not the prime minister of
        the day), nobody for a bare former title, else `holder`."""
        k = self._token_from(tokens, end)
        while k < len(tokens) and tokens[k].norm in QUOTES:
            k += 1
        former = k < len(tokens) and tokens[k].norm in _former_markers(self.kb)
        k += former
        comma = k < len(tokens) and tokens[k].norm in ("،", ",")
        k += comma
        if k < len(tokens):
            person = self._entity_starting(tokens[k].start, "PER")
            named = person.get("actor") if person is not None else None
            # after a comma the name may start a list: only the holder (or anyone, when
            # the office's holder is unknown) is in apposition
            if named in self.kb.actors and (not comma or holder in (None, named)):
                return named
        return None if former else holder

    def _token_from(self, tokens, offset: int) -> int:
        """Index of the first token that starts at or after `offset`."""
        return bisect.bisect_left(self.token_starts, offset)

    def _entity_starting(self, offset: int, label: str):
        return next((e for e in self.doc.layer("entities") if e.start == offset and e.label == label), None)

    def _named_holder(self, office: str | None, named_people: set) -> str | None:
        """The one person named in the document who ever held `office`: «وزير الدفاع
        الأميركي» in an article that names «آشتون كارتر» is Carter, whatever the date."""
        if not office:
            return None
        holders = {h.person for h in self.kb.offices.get(office, ())} & named_people
        return holders.pop() if len(holders) == 1 else None

    def _antecedent_role(self, pos: int, roles) -> str | None:
        """The role of the person named or titled last before `pos` in its sentence."""
        sentence = self.doc.covering("sentences", pos)
        floor = sentence.start if sentence else 0
        best, best_pos = None, -1
        for r in roles:
            if floor <= r.start < pos and r.title != "counterpart" and r.role and r.start > best_pos:
                best, best_pos = r.role, r.start
        for e in self.doc.layer("entities"):
            if floor <= e.start < pos and e.start > best_pos and e.label == "PER":
                for office in self.kb.offices_of(e.get("actor"), self.date_at(pos)):
                    if office.split(".")[0] in self.kb.governments:
                        best, best_pos = office.split(".", 1)[1], e.start
                        break
        return best

    # ------------------------------------------------------------ dates
    def add_ruler_first_names(self, tokens, taken: set[int]) -> None:
        """«الملك سلمان», «الأمير تميم»: a ruler's title and a first name alone name the one
        person with that first name in office on the day (the name is the entity)."""
        titles, first_names = _ruler_titles(), _person_first_names(self.kb)
        for i in self.doc.token_index.positions(titles):
            j = i + 1
            title = next((s for s in stems(tokens[i].norm)[:2] if s in titles), None)
            if title is None or j >= len(tokens) or j in taken or tokens[j].kind != "word":
                continue
            if tokens[j].norm in pattern_data().stop or \
                    j + 1 < len(tokens) and is_name_token(tokens[j + 1], self.kb, pattern_data(), first=False) \
                    and not act_not_name(tokens[j + 1].norm, self.kb):
                continue    # «الرئيس على …» is a preposition; «الأمير محمد بن …» a longer name
                #             («وأكد الملك سلمان دعم …»: an act word begins the object)
            if i > 0 and any(s in _ruler_title_holders() for s in stems(tokens[i - 1].norm)[:2]):
                continue    # «جامعة الملك عبدالعزيز»: a place named after a king
            if any(t.norm.strip("-–") in _late_words() for t in tokens[j + 1:j + 4]):
                continue    # «الملك عبدالله -يرحمه الله-»: the late king, not the one of the day
            date = self.date_at(tokens[j].start)
            holders = [p for p in first_names.get(tokens[j].norm, ())
                       if date and self._holds_office(p, date, titles[title])]
            if len(holders) == 1 and titles[title].country_named \
                    and self.kb.actors[holders[0]].country not in self._countries_named():
                continue    # «وأكد الشيخ حمد …» in news of Yemen: a tribal elder, not Bahrain's king
            if len(holders) == 1:
                taken.add(j)
                self.add_entity(tokens[j].start, tokens[j].end, self.kb.actors[holders[0]], "PER",
                                "kb.ruler_first_name")

    def _countries_named(self) -> set[str]:
        """The countries of the actors the knowledge base names found in the document."""
        return {self.doc.actors.get(e.get("actor"), {}).get("country") for e in self.doc.layer("entities")} - {None}

    def _holds_office(self, person: str, date: str, title: "RulerTitle") -> bool:
        for office in self.kb.person_offices.get(person, ()):
            state, _, role = office.partition(".")
            fits = state in title.countries or self.kb.governments.get(state) in title.governments
            if role in title.roles and fits and self.kb.holder(office, date) == person:
                return True
        return False

    def date_at(self, offset: int) -> str | None:
        """The clause's date for role resolution: a time expression of its sentence that
        lies more than a year from publication, else the publication date."""
        sentence = self.doc.covering("sentences", offset)
        if sentence is not None:
            for t in self.doc.layer("times"):
                if sentence.start <= t.start < sentence.end and t.get("value"):
                    iso = _point(str(t.get("value")))
                    if iso and (not self.published or abs(_days(iso, self.published)) > 365):
                        return iso
        return self.published


@lru_cache(maxsize=1)
def _verb_words() -> frozenset:
    """One-word trigger and speech-cue forms: a name spelled like one needs support."""
    from ..events.triggers import trigger_lexicon
    from ..quotes.lexicon import lexicon
    words = {k[0] for k in trigger_lexicon().forms if len(k) == 1}
    words |= {k[0] for k in lexicon().cues if len(k) == 1}
    return frozenset(words)


_ORG_TITLES: dict = {}


def _org_titles(kb: KB) -> dict:
    """Officer titles from roles.yaml, as normalised token tuples → role."""
    if id(kb) not in _ORG_TITLES:
        from ..actors.kb import name_tokens
        table = {}
        for spec in kb.roles.get("org_titles", []):
            for form in spec["forms"]:
                table.setdefault(name_tokens(form), spec["role"])
        _ORG_TITLES[id(kb)] = table
    return _ORG_TITLES[id(kb)]


_DAY_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _point(value: str) -> str | None:
    """A representative day of a TIMEX value: 2015 → 2015-07-01, 2015-03 → 2015-03-15;
    None for weeks, seasons and unresolved values («XXXX-WXX-5», «2015-SU»)."""
    if not _DAY_RE.match(value):
        return None
    if len(value) == 4:
        return f"{value}-07-01"
    if len(value) == 7:
        return f"{value}-15" if 1 <= int(value[5:]) <= 12 else None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days
