"""Names the knowledge base lacks, read from their context.

- a title, rank or office before a name: «اللواء أحمد عسيري», «وزير الخارجية القطري خالد
  العطية», «المتحدث باسم الرئاسة المصرية علاء يوسف» → a document-local person whose sector
  comes from the title and whose country comes from the adjective or institution between;
- an organisation head noun before a name: «حزب النور», «حركة X», or any head before a
  name in «…» quotes → a document-local organisation.
Word lists are data: titles.yaml, function_words.yaml, translit.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data_files import load_yaml
from ..text.normalize import normalize_string
from ..text.index import longest_entry_at
from ..text.particles import PREPOSITION_PRONOUNS
from ..text.tokenize import Token, stems, strip_enclitic
from ..times.vocab import vocab
from .kb import KB, name_tokens

MAX_NAME_TOKENS = 4    # words of a name («عبد الرحمن عبد الكريم عبد الله» has three)
ABD = "عبد"
NAME_JOINERS = {"بن", "بنت", "ابن", "ابو", "ابي", "عبد", "ال", "اب", "ولد"}
# second words of compound first names («صلاح الدين», «نصر الله» after «عبد»): the family
# name comes after them («صلاح الدين دميرتاش»)
COMPOUND_SECONDS = {"الدين"}


@dataclass
class LocalName:
    first: int
    last: int
    start: int
    end: int
    entity: str                # PER | ORG
    sector: str | None
    country: str | None
    rule: str
    typ: str = "person"


@dataclass(frozen=True)
class PatternData:
    titles: dict[tuple[str, ...], str]          # title tokens → sector
    title_longest: dict[str, int]
    org_heads: dict[str, tuple[str, str]]       # head → (sector, type)
    quoted_only_heads: dict[str, tuple[str, str]]
    stop: frozenset
    location_heads: frozenset
    location_followers: frozenset
    feature_heads: frozenset
    # particles and pronouns a preposition carries («بأن», «بهذه»), where no name part stands
    after_prepositions: frozenset = frozenset()


@lru_cache(maxsize=1)
def pattern_data() -> PatternData:
    data = load_yaml("ar", "actors", "titles.yaml")
    titles: dict[tuple[str, ...], str] = {}
    for group in data["titles"]:
        for form in group["forms"]:
            titles.setdefault(name_tokens(form), group["sector"])
    longest: dict[str, int] = {}
    for toks in titles:
        longest[toks[0]] = max(longest.get(toks[0], 0), len(toks))
    heads, quoted = {}, {}
    for group in data["organization_heads"]:
        target = quoted if group.get("quoted_only") else heads
        for form in group["forms"]:
            target[normalize_string(form)] = (group["sector"], group["type"])
    fw = load_yaml("ar", "text", "function_words.yaml")
    stop = frozenset(normalize_string(w) for words in fw.values() for w in words)
    return PatternData(titles, longest, heads, quoted, stop,
                       frozenset(normalize_string(w) for w in data["location_heads"]),
                       frozenset(normalize_string(w) for w in data["location_head_followers"]),
                       frozenset(normalize_string(w) for w in data["feature_heads"]),
                       frozenset(normalize_string(w) for w in fw["after_prepositions"]))


def is_name_token(tok: Token, kb: KB, pd: PatternData, first: bool) -> bool:
    if tok.kind != "word" or len(tok.norm) < 2 or tok.norm in pd.stop:
        return False
    if tok.norm in kb.demonyms or tok.norm in kb.country_names:
        return False
    if (tok.norm,) in pd.titles:
        return False
    if first and tok.norm.startswith("ال") and tok.norm not in ("ال",):
        return False
    if not first and tok.norm[:1] == "و" and tok.norm[1:] in pd.stop:
        return False    # «الأمير سعود وكانت …»: a conjunction on a particle («فان» may be van)
    if not first and (tok.norm in PREPOSITION_PRONOUNS or any(w in PRONOUN_HOSTS for w in strip_enclitic(tok.norm)[1:])):
        return False    # «عليه», «لديها», «لها»: a preposition with a pronoun
    if not first and tok.norm[:1] in "بلك" and tok.norm[1:] in pd.after_prepositions:
        return False    # «ياسين بأن …», «مراد بهذه المناسبة»: a preposition on a particle
    if not first and tok.norm in kb.not_name_words:
        return False    # «وأيد الملك سلمان قرار مجلس الأمن»: the object, not a family name
    if not first and (tok.norm[:1] in CLITIC_LETTERS and any(s in _event_words() for s in stems(tok.norm)[1:])
                      or tok.norm.startswith("ال") and tok.norm[2:] in _event_words()):
        return False    # «حمدان بإرسال …», «شهد اللقاء …»: a clitic or the article + a verbal noun
    if not first and (tok.norm in _event_words() and tok.norm.endswith(("ا", "وا"))
                      or tok.norm.startswith(ARTICLE_AFTER_CLITIC)):
        return False    # «سلمان أكدا», «عباس للصحافيين»: a dual verb, a prepositional phrase
    return True


# «ل» before the article («للصحافيين»): a phrase, never part of a name (not «بال», «كال»,
# «فال», «وال»: «باليير», «كالاهان», «فالتر», «والتر» are names)
ARTICLE_AFTER_CLITIC = ("لل",)


CLITIC_LETTERS = frozenset("وفبلك")
# prepositions that carry a pronoun after a name («المهدي عليه السلام», «بارك لديها»); not
# «خلف», which a name ending in «ة» folds to («خلفة»)
PRONOUN_HOSTS = frozenset(normalize_string(w) for w in ("على", "إلى", "لدى", "عن", "في", "مع"))


@lru_cache(maxsize=1)
def _event_words() -> frozenset:
    """First words of trigger phrases and speech cues («ارسال», «قال»)."""
    from ..events.triggers import trigger_lexicon
    from ..quotes.lexicon import lexicon
    return frozenset(k[0] for k in trigger_lexicon().forms) | frozenset(k[0] for k in lexicon().cues)


def read_name(tokens: list[Token], j: int, kb: KB, pd: PatternData, taken: set[int]) -> int:
    """How many tokens from j form a person's name (0 when none). A name starts with a
    known first name («علاء يوسف») or a kunya («أبو سياف», «أم سياف»)."""
    if j >= len(tokens) or not _starts_person_name(tokens, j, kb):
        return 0
    n = parts = 0
    while j + n < len(tokens) and parts < MAX_NAME_TOKENS:
        tok = tokens[j + n]
        if (j + n) in taken or not is_name_token(tok, kb, pd, first=(n == 0)) \
                or n > 0 and _looks_like_verb(tok.norm, kb) and (tok.norm in _event_words()   # «… يرى»
                                                                  or tok.norm.endswith("ان") or parts >= 2):
            break
        n += 1
        parts += tok.norm != ABD    # «عبد الله» is «عبدالله» written apart: one word
        if tok.norm in NAME_JOINERS and j + n < len(tokens):
            continue
    while n and tokens[j + n - 1].norm in NAME_JOINERS:
        n -= 1
    return n


KUNYA = ("ابو", "ام", "ابن")
KUNYA_WORDS = frozenset({"ابو", "ام"})


def spelled_like_particle(word: str) -> bool:
    """The word, or its stem without a proclitic, is a function word: «بأن» folds like
    «بان» (Ban Ki-moon's first name), «فإن» like a name «فان»."""
    stop = pattern_data().stop
    return any(s in stop for s in stems(word))


def _starts_person_name(tokens, j, kb: KB) -> bool:
    word = tokens[j].norm
    if spelled_like_particle(word):
        return False     # «بأن» is no «بان» (Ban Ki-moon's first name)
    if word in kb.given_names or (word.startswith("عبد") and len(word) > 4):
        return True
    return word in KUNYA and j + 1 < len(tokens) and tokens[j + 1].kind == "word"


def find_given_name_persons(doc, kb: KB, tokens: list[Token], taken: set[int],
                            common: frozenset) -> list[LocalName]:
    """«ألكسندر فومين», «محمد اليدومي»: a first name that is not an everyday word, then a
    family name, with no title needed. Present-tense verbs (يؤكد, تقول) end the name."""
    pd = pattern_data()
    out = []
    next_free = 0
    for i in doc.token_index.positions(kb.given_names):
        if i < next_free or i >= len(tokens) - 1:
            continue
        tok = tokens[i]
        first = stems(tok.norm)
        word = first[1] if len(first) > 1 and tok.norm[0] in "وفل" and len(first[1]) >= 3 \
            and first[1] in kb.given_names else tok.norm
        chained = i + 1 < len(tokens) and tokens[i + 1].norm in ("بن", "بنت")   # «منصور بن صالح»
        if i in taken or len(word) < 3 or word not in kb.given_names or word in common and not chained \
                or spelled_like_particle(word):  # «بان» is also «بأن»
            continue
        n = parts = 1
        while i + n < len(tokens) and parts < MAX_NAME_TOKENS and (i + n) not in taken:
            nxt = tokens[i + n]
            after_link = tokens[i + n - 1].norm in NAME_JOINERS      # «بن راشد»: a name whatever it means
            if not is_name_token(nxt, kb, pd, first=False) or _looks_like_verb(nxt.norm, kb) \
                    or nxt.norm in common and not after_link or nxt.norm[0] == "و" \
                    or (not after_link and act_not_name(nxt.norm, kb)):
                break
            n += 1
            parts += nxt.norm not in NAME_JOINERS    # «عبد», «بن» join parts
            if nxt.norm in NAME_JOINERS:
                continue
            if n == 2 and (word == ABD or nxt.norm in COMPOUND_SECONDS):
                continue    # «عبد الله الصبيحي»: «عبد الله» is one first name
            if tokens[i + n - 2].norm in NAME_JOINERS and i + n < len(tokens) \
                    and tokens[i + n].norm.startswith("ال") and tokens[i + n].norm not in common:
                continue    # «فيصل بن حمد الصقير»: the family name after the chain
            if not (i + n < len(tokens) and (tokens[i + n].norm in kb.given_names
                                              or tokens[i + n].norm in NAME_JOINERS)):
                break
        while n > 1 and tokens[i + n - 1].norm in NAME_JOINERS:
            n -= 1
        if n >= 2:
            start = doc.normalized.to_original(tok.nstart + len(tok.norm) - len(word))
            out.append(LocalName(i, i + n, start, tokens[i + n - 1].end, "PER", None, None,
                                 "patterns.given_name"))
            taken.update(range(i, i + n))
            next_free = i + n
    return out


def act_not_name(word: str, kb: KB) -> bool:
    """An act or speech word that no known person's name uses («وأكد الملك سلمان دعم
    المملكة»: the object begins; «ميشال عون» keeps «عون», a name the knowledge base knows)."""
    return word in _event_words() and word not in kb.given_names and word not in _kb_name_words(kb)


@lru_cache(maxsize=4)
def _kb_name_words(kb: KB) -> frozenset:
    """Every word of the knowledge base's person names."""
    return frozenset(w for toks, names in kb.names.items() if any(n.entity == "PER" for n in names) for w in toks)


def _not_kunya_name(word: str) -> bool:
    """After «أم» (or), a verb or an adjective, not a name: «أم تنتظر», «أم فشلت»,
    «أم حقيقية», «أم خارجه», «أم آجلا» (not a future «أم ستكون»: «سياف» begins alike)."""
    return word[:1] in "يتن" or word.endswith(("ت", "وا", "ه", "ها", "نا", "يه", "ا"))


def _looks_like_verb(word: str, kb: KB) -> bool:
    """Present-tense verbs start with ي/ت; names that do (يوسف, يحيى) are first names."""
    return word[:1] in ("ي", "ت") and word not in kb.given_names


def find_kunya_persons(doc, kb: KB, tokens: list[Token], taken: set[int]) -> list[LocalName]:
    """«أبو سياف», «أم سياف»: a kunya names a person wherever it stands."""
    pd = pattern_data()
    out = []
    for i in doc.token_index.positions(KUNYA_WORDS):
        tok = tokens[i]
        if i >= len(tokens) - 1 or i in taken or tok.norm not in KUNYA_WORDS:
            continue
        nxt = tokens[i + 1]
        if (i + 1) in taken or not is_name_token(nxt, kb, pd, first=False) or nxt.norm.startswith("ال"):
            continue
        if tok.norm == "ام" and (doc.text[tok.start] == "إ" or
                                 nxt.norm not in kb.given_names and _not_kunya_name(nxt.norm)):
            continue      # «أم» is mostly «or» («أم تبحث», «أم فشلت»): «أم سياف» names a mother;
            #               «إم» spells a Latin letter («إم بي دي إيه»)
        n = 2  # «أم سياف المنتمية …»: what follows a kunya is usually an adjective
        out.append(LocalName(i, i + n, tok.start, tokens[i + n - 1].end, "PER", None, None,
                             "patterns.kunya"))
        taken.update(range(i, i + n))
    return out


def find_titled_persons(doc, kb: KB, tokens: list[Token], taken: set[int],
                        roles_by_first: dict, entity_at: dict) -> list[LocalName]:
    """Persons introduced by a title, rank or office the KB does not resolve to them."""
    pd = pattern_data()
    out: list[LocalName] = []
    next_free = 0
    for i in doc.token_index.positions(pd.title_longest):
        if i < next_free:
            continue
        found = _title_at(tokens, i, pd)
        if found is None or i in taken:
            continue
        length, sector = found
        j, country = i + length, None
        role = roles_by_first.get(i)
        if role is not None:          # «وزير الخارجية القطري» — the role phrase gave the country
            j, country = role.last, role.country
        ent = entity_at.get(j)
        if ent is not None and ent[2]:
            continue      # «الوزير عادل الجبير شهد …»: the title is that person's
        j, country = _skip_modifiers(tokens, j, kb, entity_at, country)
        n = read_name(tokens, j, kb, pd, taken)
        min_tokens = 1 if sector in ("MIL", "REL") else 2
        if n >= min_tokens and _ends_name(tokens, j + n, pd):
            out.append(LocalName(j, j + n, tokens[j].start, tokens[j + n - 1].end, "PER", sector,
                                 country, "patterns.titled_person"))
            taken.update(range(j, j + n))
            next_free = j + n
    return out


def _skip_modifiers(tokens, j, kb: KB, entity_at: dict, country):
    """Skip what stands between a title and a name: a country adjective, «باسم» + an
    institution, an institution or country entity («المتحدث باسم الرئاسة المصرية»)."""
    for _ in range(5):
        if j >= len(tokens):
            break
        tok = tokens[j]
        adj = kb.demonyms.get(tok.norm)
        if adj and tok.norm.startswith("ال"):
            country = country or adj[0]
            j += 1
            continue
        if tok.norm in ("باسم", "،", ",") or (tok.norm == "في" and entity_at.get(j + 1)):
            j += 1            # «المتحدث باسم …», «رئيس الحزب في صنعاء، محمد …»
            continue
        ent = entity_at.get(j)
        if ent is not None:
            country = country or ent[1]
            j = ent[0]
            continue
        break
    return j, country


def _ends_name(tokens, k, pd: PatternData) -> bool:
    """A name ends at punctuation, a function word, the text's end, «،», or a speech or
    event verb («اللواء سامي الحربي يرى أن …»)."""
    return k >= len(tokens) or tokens[k].kind != "word" or tokens[k].norm in pd.stop or \
        any(s in pd.stop for s in stems(tokens[k].norm)[1:2]) or tokens[k].norm in _event_words()


def _title_at(tokens, i, pd: PatternData):
    return longest_entry_at(tokens, i, pd.titles, pd.title_longest, max_stems=2)


def title_at(tokens, i: int) -> bool:
    """A title (titles.yaml: «الأمين العام», «وزير», «المتحدث باسم») begins at token i."""
    return i < len(tokens) and _title_at(tokens, i, pattern_data()) is not None


def find_named_organizations(doc, kb: KB, tokens: list[Token], taken: set[int]) -> list[LocalName]:
    """«حزب X», «حركة X» and «head «X»» organisations the KB lacks."""
    pd = pattern_data()
    out: list[LocalName] = []
    for i in doc.token_index.positions(pd.org_heads.keys() | pd.quoted_only_heads.keys()):
        tok = tokens[i]
        if i in taken or i >= len(tokens) - 1:
            continue
        head_stems = [s for s in stems(tok.norm)[:2] if not _article_stripped(tok.norm, s)]
        head = next((pd.org_heads.get(s) or pd.quoted_only_heads.get(s) for s in head_stems
                     if s in pd.org_heads or s in pd.quoted_only_heads), None)
        if head is None:
            continue
        quoted = tokens[i + 1].norm in ("«", '"', "“")
        if quoted:
            n = _quoted_length(tokens, i + 2)
            first = i + 2
        elif any(s in pd.org_heads for s in head_stems):
            first = i + 1
            n = _org_name_length(tokens, first, kb, pd, taken, party=head[0] == "PTY",
                                 armed=head[0] == "REB")
        elif head[0] == "MED":  # «بصحيفة الوئام:» — an outlet's name before punctuation
            first = i + 1
            n = _org_name_length(tokens, first, kb, pd, taken)
            if not n or (first + n < len(tokens) and tokens[first + n].kind == "word"):
                continue
        else:
            continue
        if n and not any(k in taken for k in range(first, first + n)):
            generic = any(s in kb.heads.get("organization", ()) for s in head_stems)
            start = tokens[first].start if generic else _head_start(doc, tok)
            end = tokens[first + n].end if quoted and not generic else tokens[first + n - 1].end
            out.append(LocalName(first if quoted else i, first + n, start, end, "ORG", head[0],
                                 None, "patterns.quoted_org" if quoted else "patterns.headed_org",
                                 typ=head[1]))
            taken.update(range(i, first + n))
    return out


def _head_start(doc, tok: Token) -> int:
    pd = pattern_data()
    if tok.norm in pd.org_heads or tok.norm in pd.quoted_only_heads:
        return tok.start      # «كتائب» is the head itself, not «ك» + «تائب»
    stem = stems(tok.norm)[1] if len(stems(tok.norm)) > 1 and tok.norm[0] in "وفبلك" else tok.norm
    cut = len(tok.norm) - len(stem)
    return doc.normalized.to_original(tok.nstart + cut) if cut > 0 and tok.norm.endswith(stem) else tok.start


def _quoted_length(tokens, j) -> int:
    for n in range(0, 7):
        if j + n >= len(tokens):
            return 0
        if tokens[j + n].norm in ("»", '"', "”"):
            return n
        if tokens[j + n].kind != "word":
            return 0
    return 0


def _article_stripped(word: str, stem: str) -> bool:
    """«التنظيم» is not the head «تنظيم» of a name: the article makes it a common noun."""
    cut = len(word) - len(stem)
    return cut >= 2 and word.endswith(stem) and word[:cut].endswith("ال")


def _org_name_length(tokens, j, kb: KB, pd: PatternData, taken, party: bool = False,
                     armed: bool = False) -> int:
    """Tokens of an unknown organisation's name after its head: definite words; a party's
    name is also two words joined by «و» («حزب العدالة والتنمية»). After the head of an
    armed group a plural in the oblique case or a relational adjective in the feminine says
    what the group is, not its name («ميليشيات المتمردين», «ميليشيات الحوثية»)."""
    n = 0
    while j + n < len(tokens) and n < MAX_NAME_TOKENS:
        tok = tokens[j + n]
        if party and n == 1 and tok.norm.startswith("وال") and len(tok.norm) > 4:
            return 2      # «العدالة والتنمية»: the name ends with the second word
        if (j + n) in taken or tok.kind != "word" or tok.norm in pd.stop or len(tok.norm) < 3 \
                or (n > 0 and tok.norm[0] == "و"):  # «X والمقاومة»: a conjunction ends the name
            break
        if armed and n == 0 and (tok.norm.endswith("يه") or tok.norm.endswith("ين") and len(tok.norm) >= 7):
            break
        if n == 0 and not party and (tok.norm[2:] in _event_words() or tok.norm in pd.location_followers):
            break     # «ميليشيات التمرد», «جبهة القتال»: what the body does, no name (a party's
            #           name may well be one: «حزب المؤتمر», «حزب التحرير»)
        if not tok.norm.startswith("ال") or tok.norm in vocab().weekdays:
            # «حزب النور السلفي»: an unknown name after a head is a definite noun with
            # definite adjectives; «موقفه» after it is not part of the name, nor a weekday
            # («أعلن حزب العمال الأربعاء مسؤوليته …»; persons may bear one: «سعد الجمعة»)
            break
        n += 1
    return n


def find_headed_places(doc, kb: KB, tokens: list[Token], taken: set[int]) -> list[LocalName]:
    """«مديرية لودر», «بلدة شقرة»: the place after a place head noun («لودر»)."""
    pd = pattern_data()
    out = []
    for i in doc.token_index.positions(pd.location_heads | pd.feature_heads):
        tok = tokens[i]
        if i >= len(tokens) - 1 or i in taken or (i + 1) in taken:
            continue
        head = [s for s in stems(tok.norm)[:2] if not _article_stripped(tok.norm, s)]
        head_stem = next((s for s in head if s in pd.feature_heads or s in pd.location_heads), None)
        if head_stem is None:
            continue
        feature = head_stem in pd.feature_heads
        nxt = tokens[i + 1]
        if not is_name_token(nxt, kb, pd, first=False) or nxt.norm in pd.location_followers \
                or nxt.norm.endswith("يه") or (nxt.norm in kb.given_names and not feature) \
                or nxt.norm.endswith(("ها", "هم")):      # «مدينة تقطنها جالية …»: a verb with its object
            continue
        n = 1
        if i + 2 < len(tokens) and (i + 2) not in taken and tokens[i + 2].norm.startswith("ال") \
                and is_name_token(tokens[i + 2], kb, pd, first=False) \
                and not tokens[i + 2].norm.endswith("يه"):
            n = 2
        # «وادي حسان» keeps its head (and «وادي» is not و + «ادي»)
        start = doc.normalized.to_original(tok.nstart + len(tok.norm) - len(head_stem)) if feature else nxt.start
        out.append(LocalName(i if feature else i + 1, i + 1 + n, start, tokens[i + n].end, "LOC",
                             None, None, "patterns.headed_place", typ="location"))
        taken.update(range(i, i + 1 + n))
    return out


# ---------------------------------------------------------------- naming

@lru_cache(maxsize=1)
def _translit():
    data = load_yaml("ar", "actors", "translit.yaml")
    return data["letters"], data["vowel_after_consonant"], data["article"]


@lru_cache(maxsize=16384)
def transliterate(arabic: str) -> str:
    """A readable Latin form of an Arabic name («علاء يوسف» → "Alaa Yusf"); cached: a
    local actor's name is transliterated for its id and for its record, in every article
    that names it."""
    letters, vowels, article = _translit()
    words = []
    for word in normalize_string(arabic).split():
        prefix = ""
        if word.startswith("ال") and len(word) > 3:
            prefix, word = article, word[2:]
        latin = []
        for k, ch in enumerate(word):
            if ch in vowels and 0 < k and word[k - 1] not in "اوي":
                latin.append(vowels[ch])        # long vowel: «يوسف» → yusf, «السيسي» → sisi
            elif ch in "عء" and k == 0:
                latin.append("a")               # «علاء» → alaa
            elif ch == "ه" and k == len(word) - 1 and k > 0:
                latin.append("a")               # taa marbuta: «أسامة» → usama-like "asama"
            else:
                latin.append(letters.get(ch, ch))
        text = "".join(latin)
        words.append(prefix + (text[:1].upper() + text[1:] if not prefix else text))
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def local_id(arabic: str, taken: dict) -> str:
    base = "local_" + re.sub(r"[^a-z0-9]+", "_", transliterate(arabic).lower()).strip("_")
    key, n = base, 2
    while key in taken and taken[key] != normalize_string(arabic):
        key, n = f"{base}_{n}", n + 1
    return key
