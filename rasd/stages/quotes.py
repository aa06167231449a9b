"""Stage: quotes — who said what, according to whom.

For every speech cue (rasd/data/ar/quotes/cues.yaml) the stage finds
- the content: after the cue's complementizer («إن», «أن», «:», «على», «إلى» …) or a
  quotation mark, up to the end of the sentence, the next continuation cue («، مضيفا») or
  a trailing attribution («، بحسب …»); a direct quote that runs past the sentence goes on
  to its closing mark;
- the speaker: the subject after the verb (VSO) or before it (SVO), a bare institution
  noun («الرئاسة») resolved to the last such institution named, the current sentence's
  speaker for participles («مضيفا»), or the last speaker of the verb's gender for
  continuations («وأضافت») and dropped subjects;
- `via`: the sources cited around it («وفقا لـ X», «بحسب ما أعلن X», «نقلت X عن Y»);
- `channel`: statement, phone, press conference … from the sentence's frames.
A cue inside the content of an earlier quote is part of that report («ذكرت الرئاسة أن
الشرع أكد …» is one quote by the presidency). An embedded post is its author's own
statement, a source of its own rather than a quote in the article: the stage only resolves
its author (the post's `actor` attribute, used for event sources).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..actors.flags import flagged_actor
from ..quotes.lexicon import (COMPLEMENTIZERS, CONDITIONAL_AFTER, NOT_COMPLEMENTIZER, NOT_CONTENT_BEFORE,
                              PREPOSITION_PRONOUNS, PRONOUN_COMPLEMENTIZERS, QUOTE_CLOSE, QUOTE_OPEN, RELATIVES,
                              lexicon, match_at, prepositions, relative_pronoun)
from ..quotes.speakers import PREPOSITIONS, media_actor, named_positions, refs_of
from ..text.normalize import normalize_string, normalized_set
from ..text.tokenize import definite, enclitics, stems, strip_enclitic, without_conjunction

NAME = "quotes"
REQUIRES = ("sentences", "embedded_posts", "entities", "mentions")
ASSIGNS = ("quotes",)     # and the `actor` of each embedded post

SUBJECT_WINDOW = 4      # tokens after a verb in which its subject starts
CONTENT_WINDOW = 14     # tokens after the cue (and subject) in which the content starts
ADVERBIAL_WINDOW = 30   # tokens of an adverbial set off by commas between a cue and «أن»
SKIP_AFTER_CUE = normalized_set({"اليوم", "أمس", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
                                 "السبت", "الأحد", "،", ",", "(", ")", "أيضا", "مساء", "صباح", "سابقا",
                                 "لاحقا", "مؤخرا", "رسميا"})
# «حسب ما أعلن X»: the verb after these belongs to a source frame (frames.yaml sources)
ACCORDING_TO = normalized_set({"حسب", "وفق", "طبقا"})
ACCORDING_TO_WHAT = normalized_set({"حسبما", "لما", "وفقما"})
MIN_CONTENT_TOKENS = 2
# «يطالبون», «طالبوا»: a plural verb carries its subject, the noun after it is its object
PLURAL_VERB_ENDINGS = ("ون", "وا")
# «وكان مسؤول رفيع قال إن …»: the pluperfect's auxiliary opens the sentence before the subject
PLUPERFECT_AUXILIARIES = normalized_set({"كان", "وكان", "كانت", "وكانت"})
# «البلدين» (7 letters) is an oblique dual; shorter words in ـين are mostly names and
# titles («الحسين», «الأمين العام»)
OBLIQUE_MIN_LETTERS = 7
# «الجانبان», «الطرفان»: two speakers at once — not a described speaker of their own
DUAL_SUBJECTS = normalized_set({"الجانبان", "الجانبين", "الطرفان", "الطرفين", "البلدان", "الوزيران", "الرئيسان"})
TITLED_SUBJECT_WINDOW = 9
# what may stand between a verb and its subject's name: head nouns and quotation marks
# («وقالت حركة «حماس» …»)
SUBJECT_LEAD = normalized_set({"حركة", "جماعة", "تنظيم", "قناة", "صحيفة", "وكالة", "موقع", "«", "»", '"', "“"})
ADDRESSED_TO = normalized_set({"ل", "لـ"})
OUTLET_REACH = 4    # characters after «لصحيفة» in which the outlet's name starts (a space, a quotation mark)
# what may follow a cue with no subject of its own («الذي أكد خلال زيارته أن …»)
SUBJECTLESS_OPENERS = normalized_set({"خلال", "في", "أمس", "اليوم", "،", ":"})
RESUMPTIVE_WINDOW = 3   # words after a cue in a relative clause where «عنه», «عليها» may stand
# words that open an object content without belonging to it («وأكد كذلك أهمية …»)
ADVERBS = normalized_set({"كذلك", "أيضا", "مجددا", "مرة", "أخرى", "بدوره", "بدورها", "اليوم", "أمس", "له",
                          "لها", "لهم", "،"})
# a bare «البيان» speaks for whoever issued the last statement; «القيادي», «المصدر» for the
# last anonymous source
# feminine participles of speech cues that are as often adjectives after an indefinite noun
# («إجراءات مشددة», «معلومات مؤكدة»)
ADJECTIVAL_PARTICIPLES = normalized_set({"مشددة", "مؤكدة"})
PLACE_PREPOSITIONS = normalized_set({"في", "من", "لدى", "بين"})
SUBJECT_DEMONSTRATIVES = normalized_set({"هذه", "تلك", "هذا", "ذلك", "هذان", "هاتان", "هؤلاء"})
STATEMENT_NOUNS = normalized_set({"البيان", "الرسالة", "التقرير", "التصريح", "الإعلان"})
SOURCE_NOUNS = normalized_set({"القيادي", "المصدر", "المصادر", "المسؤول", "المسؤولون", "المتحدث", "الناطق"})


class _NoCue:
    """No cue: a described subject read without one («المتحدث باسم الجيش» elsewhere)."""
    prepositions = frozenset()
    kind = None
    passive_after_relative = False


_NO_CUE = _NoCue()


def run(doc, resources=None):
    if doc.language not in ("ar", None):
        return doc
    state = _State(doc, resources.kb if resources is not None else None)
    previous = None
    sentences = doc.layer("sentences")      # in text order, as the text stage adds them
    sentence_starts = [s.start for s in sentences]
    for para in doc.layer("paragraphs"):
        for sent in sentences[bisect_left(sentence_starts, para.start):bisect_left(sentence_starts, para.end)]:
            if doc.covering("embedded_posts", sent.start, sent.end) is None:
                if not state.attribution_fragment(sent, previous):
                    state.sentence(sent, para)
            previous = sent
    for post in doc.layer("embedded_posts"):
        state.post(post)
    doc.layer("quotes").sort(key=lambda q: q.start)
    state.add_described_speakers()
    return doc


class _State:
    def __init__(self, doc, kb=None):
        from ..actors.kb import load_kb
        self.doc = doc
        self.kb = kb or load_kb()
        self.lex = lexicon()
        self.tokens = doc.tokens
        self.tok_starts = doc.token_starts
        self.refs = refs_of(doc)
        # where each table can start a match at all: sorted token positions, so that a
        # sentence looks only at its own candidates (bisect) instead of at every token
        index = doc.token_index
        named = named_positions(doc)
        self.cue_at = [i for i in index.positions(self.lex.longest) if i not in named]
        self.source_at = index.positions(self.lex.sources_longest)
        self.channel_at = index.positions(self.lex.channels_longest)
        self.impersonal_at = index.positions(self.lex.impersonal_longest)
        self.last_by_gender: dict[str, str] = {}
        self.last_speaker: str | None = None
        self.covered_until = -1   # end offset of the last quote's content
        self.via_of: dict[str, list[str]] = {}   # speaker → the via of their last quote
        self.quoted: set[tuple[int, int]] = set()   # (start, end) of every content so far
        # Document-local speakers, described by their words («المتحدث باسم الجيش»): many
        # are tried as a verb's subject and not used, so they reach doc.actors only when a
        # quote names them (add_described_speakers).
        self.described: dict[str, dict] = {}

    # ------------------------------------------------------------- sentences
    def sentence(self, sent, para) -> None:
        first = bisect_left(self.tok_starts, sent.start)
        last = bisect_left(self.tok_starts, sent.end)
        cues = self._cues(first, last)
        if not cues:
            return    # most sentences: what follows only serves a cue (and changes nothing)
        sources = self._sources(first, last)
        channel = self._channel(first, last)
        sentence_speaker = None
        impersonal = self._impersonal(first, last)
        for k, (i, length, cue) in enumerate(cues):
            start_off = self.tokens[i].start
            if start_off < self.covered_until and not cue.continues:
                continue          # a report inside the content of an earlier quote
            if i in impersonal:
                continue          # «يذكر أن …», «جدير بالذكر أن …» is the writer's background
            if cue.passive_after_relative and i > 0 and self.tokens[i].norm[:1] in "يت" \
                    and relative_pronoun(self.tokens[i - 1].norm) and not self._clause_follows(i):
                continue          # «الذي يعتبر أكبر موانئ الخليج»: is considered, a description
            if self._after_according_to(i):
                continue          # «حسب ما أعلنت المتحدثة …»: a source frame, not a new quote
            if self._resumptive_relative(i, length):
                continue          # «الجدار الذي أعلنت عنه الحكومة»: what was announced is the noun before
            if any(pos == i and kind == "reported_by" for pos, _, kind in sources):
                continue          # «نقلت X عن Y قوله …»: the frame, not the statement
            speaker, subject_end = self._speaker(i, length, cue, sent, sentence_speaker, sources)
            # «إعلان الحكومة تحرير المدينة» names an act, «بالتأكيد ستنزعج» is an adverb
            takes_object = cue.takes_object and not cue.clause_only \
                and not (cue.kind == "noun" and self.tokens[i].norm.startswith("بال"))
            content = self._content(max(i + length, subject_end), last, cue, cues[k + 1:], sources, para,
                                    takes_object)
            if content is None:
                continue
            c_start, c_end, direct = content
            if (c_start, c_end) in self.quoted:
                continue          # «بيانا …، مشددة على أن …»: the same content under a second cue
            if cue.gender == "p1" and not direct:
                continue          # «هكذا نلاحظ أن …», «نقول إن …»: the writer's own voice
            if cue.adjacent and not self._adjacent_content(max(i + length, subject_end), c_start):
                continue          # «العقد الموقع بين تونس وإيطاليا من المقرر أن …»: a preposition
            if cue.kind == "verb" and self._non_speaker_subject(i + length):
                continue          # «تشير الإحصائيات إلى …», «وتفيد أرقام رسمية بأن …»: no actor said it
            via = [s for pos, s, kind in sources if s and s != speaker and kind != "reported_speaker"]
            via += [o for o in self._outlets_told(sent.start, c_start) if o != speaker and o not in via]
            if not via and cue.continues and speaker in self.via_of:
                via = list(self.via_of[speaker])   # «وتابع شتاينماير …»: the same interview
            self.doc.add("quotes", c_start, c_end, label="direct" if direct else "indirect",
                         rule=f"quotes.{cue.id}", speaker=speaker, via=via, direct=direct,
                         channel=channel or cue.channel,
                         cue={"text": self.doc.text[start_off:self.tokens[i + length - 1].end],
                              "start": start_off, "end": self.tokens[i + length - 1].end})
            self.covered_until = max(self.covered_until, c_end)
            self.quoted.add((c_start, c_end))
            if speaker:
                sentence_speaker = speaker
                self._remember(speaker)
                self.via_of[speaker] = via

    def _after_according_to(self, i: int) -> bool:
        """The verb of «حسب ما أعلن X», «حسبما أفادت X», «وفقا لما ذكرت X»."""
        prev = self.tokens[i - 1].norm if i > 0 else ""
        if prev in ACCORDING_TO_WHAT:
            return True
        return prev == "ما" and i > 1 and any(f in ACCORDING_TO for f in stems(self.tokens[i - 2].norm)[:3])

    def _resumptive_relative(self, i: int, length: int) -> bool:
        """A cue after a relative pronoun whose object, a pronoun on a preposition within
        a few words, is the noun before («التي أعلن عنها», «التي أعلن القائمون عليها»),
        with no clause of its own after («الذي أكد فيه أن …» reports)."""
        if i == 0 or not relative_pronoun(self.tokens[i - 1].norm):
            return False
        after = self.tokens[i + length:i + length + CONTENT_WINDOW]
        return any(t.norm in PREPOSITION_PRONOUNS for t in after[:RESUMPTIVE_WINDOW]) and not any(
            _opens_content(t.norm) for t in after)

    def _impersonal(self, first: int, last: int) -> set[int]:
        """Token indices inside impersonal phrases («جدير بالذكر أن») of a sentence."""
        out: set[int] = set()
        for i in _between(self.impersonal_at, first, last):
            found = match_at(self.tokens, i, self.lex.impersonal, self.lex.impersonal_longest)
            if found:
                out.update(range(i, i + found[0]))
        return out

    def _cues(self, first: int, last: int):
        out, free = [], first     # a cue starts after the end of the previous one
        for i in _between(self.cue_at, first, last):
            if i < free:
                continue
            found = match_at(self.tokens, i, self.lex.cues, self.lex.longest, enclitics=True)
            if found and found[0] <= last - i and self._shaped_as_cue(i, found[1]):
                out.append((i, found[0], found[1]))
                free = i + found[0]
        return out

    def _genitive_owner_at(self, k: int) -> bool:
        """Token k can open the owner of a noun cue: a definite noun, a title or a person
        noun, or the head of a construct («تصريحات وزير الداخلية»)."""
        if k >= len(self.tokens):
            return False
        nxt = self.tokens[k + 1].norm if k + 1 < len(self.tokens) else ""
        return definite(self.tokens[k].norm) or self._is_title(k) or self._described_person(k) \
            or nxt.startswith("ال")

    def _adjacent_content(self, k: int, c_start: int) -> bool:
        """The content starts right after the subject (and a channel: «في بيان صحفي»)."""
        channel = match_at(self.tokens, k, self.lex.channels, self.lex.channels_longest)
        if channel:
            k += channel[0]
        return self._token_index(c_start) - k <= 3

    def _shaped_as_cue(self, i: int, cue) -> bool:
        """The word at token i has the shape of its cue, not of a noun spelled alike:
        a verb takes no article, preposition or «ة» («التابعة», «النقل», «بوصفه»,
        «إضافة», «رؤية» are no verbs), a participle no article and no preposition before
        it («الداعية», «في مذكرة»)."""
        tok = self.tokens[i]
        word = tok.norm
        bare = without_conjunction(word)
        if cue.kind == "participle":
            prev = self.tokens[i - 1].norm if i > 0 else ""
            if bare in ADJECTIVAL_PARTICIPLES and i > 0 and self._indefinite_noun(i - 1) \
                    and not self._clause_follows(i):
                return False     # «إجراءات أمنية مشددة على …»: an adjective of the noun before
            return not bare.startswith("ال") and prev not in PREPOSITIONS and prev not in prepositions()
        if cue.kind != "verb":
            return True
        if cue.adjacent and bare == word:
            return False     # «بين» without «و»: the preposition, not «وبيّن»
        if self.doc.text[tok.start:tok.end].endswith("ة"):
            return False
        shapes = {word, bare}             # «وصفه»: a «و» of the root, or the conjunction
        if bare[:1] in "سل" and len(bare) > 3:
            shapes.add(bare[1:])          # «سيؤكد», «ليؤكد»
        shapes |= {w[:-len(suffix)] for w in tuple(shapes) for suffix in enclitics()
                   if w.endswith(suffix) and len(w) - len(suffix) >= 2}       # «أبلغه», «وصفه»
        return not shapes.isdisjoint(self.lex.verb_words)

    def _clause_follows(self, i: int) -> bool:
        """«… مؤكدة أن», «… مشددة على أن»: a complementizer within two words after."""
        return any(_complementizer(t.norm) for t in self.tokens[i + 1:i + 3])

    def _indefinite_noun(self, k: int) -> bool:
        """Token k is a common word without the article: no name, particle or punctuation."""
        tok = self.tokens[k]
        if tok.kind != "word" or tok.norm.startswith(("ال", "وال")) or tok.norm in self.lex.function_words \
                or tok.norm[:1] in "بلك" and len(stems(tok.norm)) > 1:      # «بحزم مؤكدة»: an adverbial
            return False
        return not any(r.start <= tok.start < r.end
                       for r in self.refs.starting_in(max(0, tok.start - 60), tok.end))

    def _sources(self, first: int, last: int):
        """(token index, source actor, kind) for «بحسب X», «وفقا لـ X», «نقلت X عن Y»."""
        out, free = [], first     # a frame starts after the end of the previous one
        for i in _between(self.source_at, first, last):
            if i < free:
                continue
            found = match_at(self.tokens, i, self.lex.sources, self.lex.sources_longest)
            if not found:
                continue
            length, kind = found
            free = i + length
            ref = self._next_ref(i + length, min(last, i + length + 5))
            if kind == "reported_by":
                # «نقلت X عن Y»: only a report *from* someone makes X an intermediary, and
                # «عن» follows X closely («نقلت وكالة الأنباء (واس) عن الوزارة»)
                j = self._token_index(ref.end) if ref is not None else i + length
                limit = min(last, j + 4)
                while j < limit and self.tokens[j].norm != "عن" and \
                        self.tokens[j].norm not in COMPLEMENTIZERS | PRONOUN_COMPLEMENTIZERS:
                    j += 1
                if ref is None or j >= limit or self.tokens[j].norm != "عن":
                    continue
                quoted = self._next_ref(j + 1, min(last, j + 4))
                speaker = quoted.actor if quoted else self._bare_head(j + 1, j)   # «عن الوزارة قولها»
                if speaker:
                    out.append((j, speaker, "reported_speaker"))
            out.append((i, ref.actor if ref else None, kind))
        return out

    def _channel(self, first: int, last: int):
        for i in _between(self.channel_at, first, last):
            found = match_at(self.tokens, i, self.lex.channels, self.lex.channels_longest)
            if found:
                return found[1]
        return None

    # --------------------------------------------------------------- speaker
    def _speaker(self, i, length, cue, sent, sentence_speaker, sources):
        """(speaker actor id or None, token index where the subject ends)."""
        after = i + length
        if cue.kind == "participle":
            return sentence_speaker or self._sentence_subject(sent, i) or self._continuing(cue), after
        reported = next((s for pos, s, kind in sources if kind == "reported_speaker" and pos < i), None)
        if cue.kind == "noun" and reported:
            return reported, after       # «نقلت الوكالة عن الوزير قوله إن …»
        if length > 1:   # «قالت مصادر رسمية روسية»: the cue ends inside its own subject
            inside = self.refs.starting_in(self.tokens[i + 1].start, self.tokens[after - 1].end)
            if inside:
                return inside[0].actor, self._token_index(inside[0].end)
            if self.tokens[after - 1].norm in self.kb.collectives.get("source_nouns", frozenset()):
                return self._local_speaker(after - 1, after), after   # «وقالت مصادر إن»: unnamed sources
            if self._described_person(i + 1):
                return self._local_speaker(i + 1, after), after       # «وقال شهود عيان إن»
        if after < len(self.tokens) and self._abbreviated_title(after):
            after += 2        # «وقال د. محمد …»: the title, then the name
        if after < len(self.tokens) and self.tokens[after].norm in DUAL_SUBJECTS:
            # «وأكد الطرفان أهمية …»: two speakers at once; the sentence's or the last one
            # stands for them, and the object begins after the dual
            return self._sentence_subject(sent, i) or self._continuing(cue), after + 1
        ref, end = self._subject_after(after, sent)
        if ref is not None:
            return ref.actor, end
        bare = self._bare_head(after, i)
        if bare is not None:
            return bare, after + 1
        named = self._described_by_last_name(after)
        if named is not None:
            return named, after + 1   # «وأضاف أحمد …» after «الخبير العقيد مناجد أحمد»
        before = self._subject_before(i, sent, self._subjectless(after, cue))
        if before is not None:
            return before.actor, after
        # after a noun cue its owner is a definite genitive («مطالبات المعارضة»); an
        # indefinite word is its adjective («في بيان صحفي»), no speaker
        owner_ok = cue.kind != "noun" or self._genitive_owner_at(after)
        described = self._described_subject(after, sent, cue) if owner_ok else None
        if described is not None:
            return described
        described = self._described_before(i, sent, cue)
        if described is not None:
            return described, after
        if not cue.continues:
            # a dropped subject («وأكد له …») is the sentence's own subject when it has one
            return self._sentence_subject(sent, i) or self._continuing(cue), after
        return self._continuing(cue), after

    def _subject_after(self, j: int, sent):
        limit = j
        while limit < len(self.tokens) and limit - j < SUBJECT_WINDOW and \
                self.tokens[limit].start < sent.end:
            tok = self.tokens[limit]
            if tok.norm in COMPLEMENTIZERS:
                break
            if tok.norm in QUOTE_OPEN:   # «وقالت حركة «حماس» …» names; «قال: «…» quotes
                named_end = self._quoted_name_end(limit, len(self.tokens))
                if named_end is None:
                    break
                limit = named_end
                continue
            limit += 1
        first_allowed = j
        while first_allowed < limit and self.tokens[first_allowed].norm in SKIP_AFTER_CUE:
            first_allowed += 1
        if first_allowed >= len(self.tokens):
            return None, j
        titled = self._is_title(first_allowed)
        if titled:   # «وقال المتحدث باسم الخارجية السفير فلان …», up to the clause
            limit = min(len(self.tokens), first_allowed + TITLED_SUBJECT_WINDOW)
            limit = next((k for k in range(first_allowed, limit) if self.tokens[k].norm in COMPLEMENTIZERS), limit)
        refs = self.refs.starting_in(self.tokens[first_allowed].start,
                                     self.tokens[limit - 1].end if limit > first_allowed else 0)
        location_heads = self.kb.heads.get("location", frozenset())
        if titled:   # prefer the person named after the title, else the institution
            refs = sorted(refs, key=lambda r: r.kind != "PER")
        for ref in refs:
            k = self._token_at(ref.start)
            if titled and ref.kind == "LOC" and k > first_allowed and (
                    self.tokens[k - 1].norm in PLACE_PREPOSITIONS or self.tokens[k - 1].norm in location_heads):
                continue     # «المحلل … رئيس مركز الحوار في غزة فلان», «والي مدينة كيلس»: where he works
            if self._addressed(k) or self._told(k, ref):
                continue     # «… لـ"الرياض"», «وقال لفرانس برس»: the outlet spoken to
            lead = [t.norm for t in self.tokens[first_allowed:k]]
            if ref.start == self.tokens[first_allowed].start or self._clitic_start(first_allowed, ref) \
                    or all(w in SUBJECT_LEAD for w in lead) or titled:
                return ref, self._compound_end(ref)
        return None, j

    def _described_subject(self, j: int, sent, cue):
        """«وقال المتحدث باسم الجيش إن …», «ورأى المحلل السياسي أن …»: a subject the KB
        cannot name becomes a document-local speaker described by its words."""
        stop = self.lex.function_words
        k = j
        while k < len(self.tokens) and k - j < 6 and self.tokens[k].start < sent.end:
            tok = self.tokens[k]
            if tok.kind != "word" or tok.norm in COMPLEMENTIZERS or tok.norm in cue.prepositions \
                    or tok.norm in PRONOUN_COMPLEMENTIZERS or tok.norm in ("ل", "ب", "ك") \
                    or tok.norm in PREPOSITION_PRONOUNS \
                    or (k > j and self._is_cue_at(k) and not self._is_title(k)) \
                    or (k == j + 1 and definite(self.tokens[j].norm) and self._oblique_plural(k)) \
                    or (k > j and self._object_after_definite(k)) \
                    or (tok.norm in stop and tok.norm != "باسم") or tok.norm in SKIP_AFTER_CUE \
                    or (k > j and tok.norm[:1] in "بل" and tok.norm not in ("باسم",) and len(tok.norm) > 3
                        and tok.norm[1:2] == "ا") \
                    or (k > j and "ب" in cue.prepositions and self._after_clitic_preposition(k, cue)) \
                    or (k > j and any(self._told(k, ref) and self._outlet(ref)
                                      for ref in self.refs.starting_in(tok.start, tok.end))) \
                    or (k > j and _outlet_head_told(tok.norm)
                        and any(self._outlet(r) for r in self.refs.starting_in(tok.end, tok.end + OUTLET_REACH))):
                # «وتعهد رئيس الوزراء الجديد بمحاربة الفساد»: the cue's «ب» opens the content;
                # «وقال الوزير لفرانس برس», «… لصحيفة كوميرسانت»: the outlet told ends the
                # description (not «المكتب الإعلامي للمقاومة», whose «ل» names the owner)
                break
            k += 1
        first = self.tokens[j].norm if j < len(self.tokens) else ""
        if first[:1] in "بل" and len(stems(first)) > 1:
            return None        # «ندد كيري بوحشية …»: a preposition's object is no subject
        if self._described_person(j) and not definite(first):
            k = self._people_end(j, k)    # «أكد محللون مصريون أهمية الزيارة»
        construct = k > j + 1 and self.tokens[j + 1].norm.startswith("ال")   # «محافظ البنك المركزي»
        if cue is not _NO_CUE and j > 0 and self.tokens[j - 1].norm.endswith(PLURAL_VERB_ENDINGS):
            return None   # «يطالبون الدول الأوروبية بـ …»: the verb holds its subject, this is the object
        named = self._named_person_in(j, k)
        if named is not None:
            # «المحلل الأمني والعقيد المتقاعد سامر الحلبي»: the name in a description
            # is the speaker, unless a noun owns it («ويتهم الجمهوريون إدارة أوباما …»)
            before = self._token_at(named.start) - 1
            if before >= j and self.tokens[before].norm in self.lex.name_owners:
                return None
            return named.actor, self._token_index(named.end)
        unnamed_source = first in self.kb.collectives.get("source_nouns", frozenset())   # «وقالت مصادر إن»
        if k == j or self._never_subject(j):
            return None
        if not (first.startswith("ال") or construct or self._is_title(j) or self._described_person(j)
                or unnamed_source or self._described_body(j, k, cue)):
            return None
        return self._local_speaker(j, k), k

    def _described_body(self, j: int, k: int, cue) -> bool:
        """«وذكرت صحيفة حريت أن …», «وقال مكتب حاكم الولاية في بيان …»: a body's head noun
        and a name the KB lacks, followed by what opens the content (a complementizer, a
        quotation, a channel), since with an object next («تتوقع هيئة الميناء نمو أعمالها»,
        «وتعتبر هيئة الميناء جهة مستقلة») nothing tells where the name ends."""
        if without_conjunction(self.tokens[j].norm) not in self.lex.described_bodies or k >= len(self.tokens):
            return False
        nxt = self.tokens[k].norm
        return _opens_content(nxt) or nxt in ("،", ",", ":", "في") or nxt in PREPOSITION_PRONOUNS \
            or nxt in cue.prepositions or bool(match_at(self.tokens, k, self.lex.channels, self.lex.channels_longest))

    def _is_cue_at(self, k: int) -> bool:
        """A speech cue starts at token k («قائلا»): a description ends before it."""
        found = match_at(self.tokens, k, self.lex.cues, self.lex.longest)
        return found is not None

    def _described_before(self, i: int, sent, cue=_NO_CUE):
        """SVO with a subject the KB cannot name: «المتحدث باسم الجيش قال إن …»."""
        stop = self.lex.function_words
        j = i
        while j > 0 and i - j < 6 and self.tokens[j - 1].start >= sent.start:
            tok = self.tokens[j - 1]
            if tok.kind != "word" or (tok.norm in stop and tok.norm != "باسم"):
                break
            j -= 1
        if j == i or self.tokens[j].start != sent.start:
            return None
        if j < i - 1 and self.tokens[j].norm in PLUPERFECT_AUXILIARIES:
            j += 1        # «وكان مسؤول رفيع قال إن …»: the subject follows the auxiliary
        elif j < i - 1 and cue.kind == "noun" and self._verb_before_subject(j):
            j += 1        # «واكتفى الوزير بالتأكيد على أن …»: a verb, then the noun cue's subject
        if self._never_subject(j) \
                or self._names_person(j, i) or self._opens_with_preposition(j):
            return None   # «ووجه العبيدي أصابع الاتهام», «وفي تصريحات …»: no description
        return self._local_speaker(j, i)

    def _verb_before_subject(self, j: int) -> bool:
        """Token j is a bare word before a definite one that names nobody by itself: the
        verb of a clause whose subject follows («واكتفى الوزير …», «وجدد الرئيس …»)."""
        word = self.tokens[j].norm
        bare = without_conjunction(word)
        return not definite(word) and definite(self.tokens[j + 1].norm) and not self._is_title(j) \
            and not self._described_person(j) and bare not in self.kb.given_names \
            and bare not in self.kb.collectives.get("source_nouns", frozenset())

    def _described_person(self, k: int) -> bool:
        """«المحلل», «خبراء», «شهود»: token k names people by what they are."""
        return k < len(self.tokens) and self._described_person_word(self.tokens[k].norm)

    def _described_person_word(self, word: str) -> bool:
        return word in self.lex.described_people or (word.startswith("ال") and word[2:] in self.lex.described_people)

    def _object_after_definite(self, k: int) -> bool:
        """Token k follows a definite word and opens the verb's object: a definite noun
        that is no adjective («ونفت وزارة الداخلية الأنباء …»), or a noun in construct with
        a definite one («وأدانت الرابطة اعتقال الصحفي …») or owning a name («ويتهم
        الديمقراطيون إدارة أوباما …»). Titles, names («السفيرة مليحة
        لودهي», «العميد عبد الأمير …»), «باسم», prepositional and conjoined words go on."""
        if not definite(self.tokens[k - 1].norm):
            return False
        word = self.tokens[k].norm
        if word == "باسم" or word[:1] in "بل" or word.startswith("وال") or self._names_person(k, k + 1) \
                or self._is_title(k):
            return False
        if word in self.lex.name_owners:
            return True      # «ويتهم الديمقراطيون إدارة أوباما …»
        if word.startswith("ال"):
            return not (word.endswith(self.lex.adjective_endings) or word in self.lex.adjectives
                        or word in self.kb.demonyms or _feminine_participle(word))
        tok = self.tokens[k]
        if self.doc.text[tok.start:tok.end].endswith(("اً", "ًا")):
            return True      # «أبدى المبعوث الصيني اهتماماً»: written accusative
        nxt = self.tokens[k + 1].norm if k + 1 < len(self.tokens) else ""
        return nxt.startswith("ال") and word not in self.kb.given_names

    def _people_end(self, j: int, k: int) -> int:
        """Where «محللون سياسيون يمنيون» ends: unnamed people are a head noun, its
        adjectives and the people joined to it («سكان وشهود»); the next word of another
        shape («أهمية الزيارة») is the verb's object."""
        end = j + 1
        while end < k:
            word = self.tokens[end].norm
            joined = word[:1] == "و" and (self._described_person_word(word[1:])
                                          or word[1:] in self.kb.collectives.get("source_nouns", ()))
            if not (word.endswith(self.lex.people_adjective_endings) or word in self.lex.people_also
                    or word in self.kb.demonyms or joined or self._is_title(end)
                    or self._names_person(end, end + 1)):     # «محتج يدعى منتظر حاتم»
                break
            end += 1
        return end

    def _never_subject(self, k: int) -> bool:
        """Token k cannot open a verb's described subject: a word of not_subjects or
        non_speakers, or a definite plural or dual in the oblique case («البلدين»,
        «المسؤولين»): a subject is nominative («البلدان», «المسؤولون»)."""
        word = self.tokens[k].norm if k < len(self.tokens) else ""
        bare = without_conjunction(word, 2)      # «ولا», «وإن»
        return any(w in self.lex.not_subjects or w in self.lex.non_speakers for w in (word, bare)) \
            or self._oblique_plural(k)

    def _oblique_plural(self, k: int) -> bool:
        """«البلدين», «المتمردين»: a definite dual or plural in the oblique case, which no
        subject is, and which after a definite noun is no genitive of it either
        («وتتهم الحكومة المتمردين …» ends the subject before its object; after a construct
        head it is: «رئيس المتمردين», «كبير المفاوضين الإيرانيين»)."""
        word = self.tokens[k].norm if k < len(self.tokens) else ""
        bare = without_conjunction(word)
        return bare.startswith("ال") and bare.endswith("ين") and len(bare) >= OBLIQUE_MIN_LETTERS

    def _opens_with_preposition(self, k: int) -> bool:
        openers = stems(self.tokens[k].norm)[:2] if k < len(self.tokens) else ()
        return any(w in PREPOSITIONS or w in prepositions() for w in openers)

    def _names_person(self, j: int, k: int) -> bool:
        return self._named_person_in(j, k) is not None

    def _named_person_in(self, j: int, k: int):
        """The first person's name among tokens [j, k), or None."""
        if k <= j:
            return None
        return next((r for r in self.refs.starting_in(self.tokens[j].start, self.tokens[k - 1].end)
                     if r.kind == "PER"), None)

    def _local_speaker(self, j: int, k: int) -> str:
        """A document-local actor named by tokens [j, k)."""
        from ..actors.kb import Actor
        from ..actors.patterns import local_id, transliterate
        start, end = self.tokens[j].start, self.tokens[k - 1].end
        name = self.doc.text[start:end]
        kb = self.kb
        country = next((kb.demonyms[t.norm][0] for t in self.tokens[j:k] if t.norm in kb.demonyms), None)
        person = self._is_title(j) or self._described_person(j)
        actor = Actor(local_id(name, {}), transliterate(name), name, "person" if person else "organization",
                      country, None, None, source="document")
        if actor.id not in self.doc.actors:
            self.described.setdefault(actor.id, actor.record())
        return actor.id

    def _described_by_last_name(self, j: int):
        """A speaker described earlier whose name ends with the word at token j, the one
        name a later report calls him by («وأضاف أحمد» after «الخبير … مناجد أحمد»)."""
        if j >= len(self.tokens) or self.tokens[j].kind != "word":
            return None
        word = self.tokens[j].norm
        found = [actor_id for actor_id, record in self.described.items()
                 if record.get("type") == "person" and len(record.get("name_ar", "").split()) > 1
                 and normalize_string(record["name_ar"].split()[-1]) == word]
        return found[-1] if len(found) == 1 else None

    def add_described_speakers(self) -> None:
        used = {q.get("speaker") for q in self.doc.layer("quotes")}
        used.update(v for q in self.doc.layer("quotes") for v in q.get("via") or ())
        for actor_id, record in self.described.items():
            if actor_id in used:
                self.doc.actors.setdefault(actor_id, record)

    def _non_speaker_subject(self, j: int) -> bool:
        if j + 1 < len(self.tokens) and self.tokens[j].norm in SUBJECT_DEMONSTRATIVES:
            j += 1      # «وتشير تلك العمليات إلى …»
        return j < len(self.tokens) and any(s in self.lex.non_speakers or "ال" + s in self.lex.non_speakers
                                            for s in stems(self.tokens[j].norm))

    def _compound_end(self, ref) -> int:
        """«بريطانيا وفرنسا والولايات المتحدة»: the subject runs over «و» + reference."""
        end = self._token_index(ref.end)
        while end < len(self.tokens) and self.tokens[end].norm.startswith("و"):
            nxt = self.refs.starting_in(self.tokens[end].start, self.tokens[end].end)
            if not nxt:
                break
            end = self._token_index(nxt[0].end)
        return end

    def _is_title(self, k: int) -> bool:
        """«المتحدث باسم …», «متحدثة باسم …», «السفير …»: a title opens the subject."""
        from ..actors.patterns import pattern_data
        if k >= len(self.tokens):
            return False
        titles = pattern_data().titles
        forms = stems(self.tokens[k].norm)[:2]
        return any((f,) in titles or ("ال" + f,) in titles or (f, "باسم") in titles
                   or ("ال" + f, "باسم") in titles for f in forms)

    def _clitic_start(self, i: int, ref) -> bool:
        tok = self.tokens[i]
        return tok.start <= ref.start < tok.end and tok.norm[:1] not in "لب"   # «وروسيا» yes, «لروسيا» no

    def _subject_before(self, i: int, sent, relative_ok: bool = False):
        """SVO: «الرئيس الروسي يؤكد …» — the reference right before the verb, or before
        the particle of the perfect («كان بوتين قد أعلن …»); with `relative_ok`, before
        a relative pronoun («حزب الله الذي أكد أنه …»: the relative clause's antecedent)."""
        for ref in self.refs.before(self.tokens[i].start, sent.start)[:1]:
            gap = [normalize_string(w) for w in self.doc.text[ref.end:self.tokens[i].start].split()]
            if not gap or (len(gap) == 1 and (gap[0] == "قد" or relative_ok and gap[0] in RELATIVES)):
                return ref
        return None

    def _subjectless(self, j: int, cue) -> bool:
        """No subject follows the cue ending before token j: the content or an adverbial
        opens right after it, and no pronoun on the verb stands for an object («التي
        وصفها», whose antecedent is what was described)."""
        if j >= len(self.tokens) or len(strip_enclitic(self.tokens[j - 1].norm)) > 1:
            return False
        nxt = self.tokens[j].norm
        return _opens_content(nxt) or nxt in cue.prepositions or nxt in SUBJECTLESS_OPENERS

    def _sentence_subject(self, sent, i: int):
        """The sentence's first reference that is not the object of a preposition, else
        the described subject of its opening verb («ونفت الوزارة الاتهامات، مؤكدة …»)."""
        named = self._named_sentence_subject(sent, i)
        if named is not None:
            return named
        first = bisect_left(self.tok_starts, sent.start)
        if self._opens_with_preposition(first):
            return None    # «وبشأن الأزمة السورية ندد …» opens with a phrase, not the verb
        if first + 1 < i:
            found = self._described_subject(first + 1, sent, _NO_CUE)
            return found[0] if found else None
        return None

    def _named_sentence_subject(self, sent, i: int):
        for ref in self.refs.starting_in(sent.start, self.tokens[i].start):
            k = self._token_at(ref.start)
            prev = self.tokens[k - 1].norm if k > 0 else ""
            own = self.tokens[k].norm
            if prev in PREPOSITIONS or (own[:1] in "بل" and self.tokens[k].start < ref.start):
                continue
            return ref.actor
        return None

    def _bare_head(self, j: int, cue_i: int):
        """«وأشار البيان …»: whoever issued it; «وأوضح القيادي …»: the last source."""
        if j >= len(self.tokens):
            return None
        forms = stems(self.tokens[j].norm)
        if any(f in STATEMENT_NOUNS for f in forms):
            return self.last_speaker
        if any(f in SOURCE_NOUNS for f in forms):
            before = self.refs.refs[:bisect_left(self.refs.starts, self.tokens[cue_i].start)]
            return next((r.actor for r in reversed(before) if r.kind == "source"), None)
        return None     # «وذكرت الرئاسة»: the entities stage resolved it (coref.bare_head)

    def _continuing(self, cue):
        return self.last_by_gender.get(cue.gender) or self.last_speaker

    def _remember(self, speaker: str) -> None:
        name = (self.doc.actors.get(speaker) or self.described.get(speaker) or {}).get("name_ar") or ""
        if normalize_string(name.split(" ", 1)[0]) in self.lex.not_continued:
            return      # «وذكرت تقارير …»: reports add nothing later
        self.last_speaker = speaker
        for ref in self.refs.refs:
            if ref.actor == speaker:
                self.last_by_gender[ref.gender] = speaker
                break

    # --------------------------------------------------------------- content
    def _content(self, j: int, last: int, cue, later_cues, sources, para, takes_object: bool):
        """(start, end, direct) of the content that follows the cue, or None."""
        start_tok = self._content_start(j, last, cue, takes_object)
        if start_tok is None or self.tokens[start_tok].norm in PREPOSITION_PRONOUNS:
            return None       # «كما اقترح عليهم …»: no content opens with «عليهم»
        direct = self.tokens[start_tok].norm in QUOTE_OPEN
        end_tok = self._content_end(start_tok, last, later_cues, sources)
        if end_tok - start_tok < MIN_CONTENT_TOKENS:
            return None
        start, end = self.tokens[start_tok].start, self.tokens[end_tok - 1].end
        if self._after_clitic_preposition(start_tok, cue):
            start = self.doc.normalized.to_original(self.tokens[start_tok].nstart + 1)
        if direct:
            end = self._closing_quote(start_tok, end, para)
        return start, end, direct and self._only_quoted(start, end)

    def _content_start(self, j: int, last: int, cue, takes_object: bool):
        found = self._marked_content_start(j, last, cue)
        if found is not None and takes_object and found > j + 1 and j < last and self._object_at(j):
            return j     # «اتهمت الحكومة قوات الدعم السريع بأنها …»: the accused opens the content
        if found is None and takes_object:
            k = j
            while k < last:
                channel = match_at(self.tokens, k, self.lex.channels, self.lex.channels_longest)
                if channel:      # «وأكدت الرئاسة في بيان، مشاركة الرئيس …»: the channel, then the object
                    k += channel[0]
                elif self.tokens[k].norm in ADVERBS:
                    k += 1
                elif self._addressed_outlet_end(k, last):
                    k = self._addressed_outlet_end(k, last)   # «كشف فلان لـ"سبق" آخر المستجدات»
                else:
                    break
            if k < last and (self._opens_adverbial(k) or j < last and self.tokens[j].norm in ("،", ",")):
                later = self._clause_after_comma(k, last)
                if later is not None:
                    # «أعلن أوباما، خلال مؤتمر …، أن …», «وأكد فلان، رئيس الاتحاد …، أن …»:
                    # an adverbial or an apposition, then the clause
                    return later
            if k < last and self.tokens[k].kind == "word" and self.tokens[k].norm not in COMPLEMENTIZERS:
                return k          # «جدد السيسي موقف مصر الثابت …»: the object is the content
        return found

    def _abbreviated_title(self, k: int) -> bool:
        """«د.» (doctor) before a name."""
        return self.tokens[k].norm == "د" and k + 1 < len(self.tokens) and self.tokens[k + 1].norm == "."

    def _told(self, k: int, ref) -> bool:
        """`ref` starts after a «ل» written on token k («لفرانس برس», «لوكالة الأنباء»):
        the one spoken to, never the subject."""
        return self.tokens[k].norm[:1] == "ل" and self.tokens[k].start < ref.start

    def _outlets_told(self, start: int, end: int) -> list[str]:
        """The outlets spoken to between `start` and `end` («وفي تصريحات لصحيفة "راينيشه
        بوست" قال …», «وقال لرويترز إن …»): the channel a statement reached the writer by."""
        out = []
        for ref in self.refs.starting_in(start, end):
            k = self._token_at(ref.start)
            if self._outlet(ref) and (self._told(k, ref) or self._addressed(k)):
                out.append(ref.actor)
        return out

    def _outlet(self, ref) -> bool:
        return media_actor(self.doc, ref.actor)

    def _addressed(self, k: int) -> bool:
        """Token k follows «لـ», or an outlet's head noun written with it («لصحيفة»,
        «لوكالة»), and maybe a quotation mark: who was spoken to."""
        if k > 0 and self.tokens[k - 1].norm in QUOTE_OPEN:
            k -= 1
        if k == 0:
            return False
        before = self.tokens[k - 1].norm
        return before in ADDRESSED_TO or _outlet_head_told(before)

    def _addressed_outlet_end(self, k: int, last: int):
        """The token after «لـ"سبق"» (the outlet spoken to) starting at token k, else None."""
        if self.tokens[k].norm in ADDRESSED_TO and k + 1 < last and self.tokens[k + 1].norm in QUOTE_OPEN:
            return self._quoted_name_end(k + 1, last)
        return None

    def _opens_adverbial(self, k: int) -> bool:
        """Token k is a preposition, which no object starts with («خلال مؤتمر …»)."""
        return self.tokens[k].norm in PREPOSITIONS or self.tokens[k].norm in prepositions()

    def _clause_after_comma(self, k: int, last: int):
        """The token after «، أن» within `ADVERBIAL_WINDOW` tokens after k, else None."""
        for m in range(k + 1, min(last - 1, k + ADVERBIAL_WINDOW)):
            if self.tokens[m].norm in ("،", ",") and self.tokens[m + 1].norm in COMPLEMENTIZERS:
                return m + 2 if m + 2 < last else None
        return None

    def _after_clitic_preposition(self, k: int, cue) -> bool:
        """«طالب بإلغاء القرار»: the content is «إلغاء القرار», after the cue's «ب»."""
        norm = self.tokens[k].norm
        return norm[:1] == "ب" and "ب" in cue.prepositions and len(norm) > 3 \
            and norm not in PRONOUN_COMPLEMENTIZERS and len(stems(norm)) > 1

    def _object_at(self, j: int) -> bool:
        """An actor (maybe after a head noun such as «قوات») starts at token j."""
        heads = self.kb.heads.get("organization", frozenset())
        end = self.tokens[j + 1].end if j + 1 < len(self.tokens) and self.tokens[j].norm in heads \
            else self.tokens[j].end
        return bool(self.refs.starting_in(self.tokens[j].start, end))

    def _marked_content_start(self, j: int, last: int, cue):
        skip_until = -1
        for k in range(j, min(last, j + CONTENT_WINDOW)):
            if k < skip_until:
                continue
            norm = self.tokens[k].norm
            prev = self.tokens[k - 1].norm if k > 0 else ""
            if norm in QUOTE_OPEN:
                close = self._quoted_name_end(k, last)
                if close is None:
                    return k
                skip_until = close     # «روسيا اليوم»: a name in quotation marks, not speech
                continue
            if norm == "ان" and k + 1 < last and self.tokens[k + 1].norm in CONDITIONAL_AFTER:
                return None      # «إن لم يكن …»: a condition, no report
            if _complementizer(norm) and norm not in NOT_COMPLEMENTIZER \
                    and (prev not in NOT_CONTENT_BEFORE or self._previously(k)) and not self._glued_to_stop(k):
                # «إنها تؤيد …»: the pronoun is the content's subject, so the content starts there
                return (k if norm in PRONOUN_COMPLEMENTIZERS else k + 1) if k + 1 < last else None
            if len(norm) == 3 and norm.startswith("ب") and stems(norm)[-1] == "ان":
                return k + 1                        # «بأن»
            if norm in cue.prepositions and k + 1 < last \
                    and (norm, self.tokens[k + 1].norm) in self.lex.adverbial_phrases:
                skip_until = k + 2    # «أكد على هامش القمة أن …»: an adverbial, not the content
                continue
            if norm in cue.prepositions:
                clause = k + 1 < last and self.tokens[k + 1].norm in COMPLEMENTIZERS        # «إلى أن»
                if cue.clause_only and not clause:
                    continue      # «في إشارة إلى عدد النواب»: a noun's object, the writer's gloss
                nxt = k + 1 + clause
                return nxt if nxt < last else None
            if norm[:1] == "ب" and "ب" in cue.prepositions and len(norm) > 3 \
                    and (k == j or (k == j + 1 and definite(self.tokens[j].norm))):
                return k      # «طالب بضرورة …», «طالبت المعارضة الحكومة بالكشف …» (after the addressee)
        return None

    def _previously(self, k: int) -> bool:
        """«زعمت الحكومة فيما سبق أن …»: «فيما سبق» is an adverb (previously), not «سبق أن»
        (had been)."""
        return k > 1 and self.tokens[k - 2].norm in ("فيما", "وفيما")

    def _colon_after(self, k: int, last: int) -> bool:
        """A colon at token k, or after a number there: what was in quotation marks before
        it named something, and the speech follows the colon."""
        if k < last and self.tokens[k].kind == "num":
            k += 1
        return k < last and self.tokens[k].norm == ":"

    def _glued_to_stop(self, k: int) -> bool:
        """«تلفزيون أن.بي.سي»: a letter group of an acronym, not the complementizer."""
        tok = self.tokens[k]
        return k + 1 < len(self.tokens) and self.tokens[k + 1].norm == "." and self.tokens[k + 1].start == tok.end

    def _quoted_name_end(self, k: int, last: int):
        """The token after the closing mark when «…» holds a short name, else None."""
        closer = QUOTE_CLOSE.get(self.tokens[k].norm, "»")
        for m in range(k + 1, min(last, k + 6)):
            if self.tokens[m].norm in (closer, "»", '"', "”"):
                inside = self.refs.starting_in(self.tokens[k].start, self.tokens[m].start)
                head = self.tokens[k - 1].norm if k > 0 else ""
                if inside or head in SUBJECT_LEAD or stems(head)[-1] in SUBJECT_LEAD or head in ADDRESSED_TO \
                        or self._colon_after(m + 1, last):
                    return m + 1      # («لـ"اليوم"»: the outlet spoken to; «مسابقة «…» 2015: «…»»: a name)
                return None
        return None

    def _content_end(self, start_tok: int, last: int, later_cues, sources) -> int:
        end = last
        for i, _, cue in later_cues:
            if i > start_tok and cue.continues and (cue.kind == "participle" or self._after_comma_or_and(i)):
                end = min(end, i)
                break
        for pos, _, kind in sources:
            if start_tok < pos < end and self._after_comma_or_and(pos):
                end = pos
        while end > start_tok + 1 and self.tokens[end - 1].kind == "punct" and \
                self.tokens[end - 1].norm not in ("»", "”", '"', ")"):
            end -= 1
        return end

    def _after_comma_or_and(self, i: int) -> bool:
        tok = self.tokens[i]
        prev = self.tokens[i - 1].norm if i > 0 else ""
        return prev in ("،", ",", "؛") or tok.norm.startswith(("و", "ف"))

    def _closing_quote(self, start_tok: int, end: int, para) -> int:
        """A direct quote that runs past its sentence ends at its closing mark."""
        opener = self.tokens[start_tok].norm
        closer = QUOTE_CLOSE.get(opener, "»")
        text = self.doc.text
        if closer in text[self.tokens[start_tok].end:end]:
            return end
        close = text.find(closer, end, para.end)
        return close + 1 if close >= 0 else end

    def _only_quoted(self, start: int, end: int) -> bool:
        text = self.doc.text[start:end].strip()
        return text[:1] in "«“\"" and text[-1:] in "»”\""

    def attribution_fragment(self, sent, previous) -> bool:
        """«… باتجاه مدينة لودر. بحسب مصادر عسكرية.»: a sentence that is only a source
        frame attributes the sentence before it to that source."""
        first = bisect_left(self.tok_starts, sent.start)
        last = bisect_left(self.tok_starts, sent.end)
        if previous is None or last - first > 7:
            return False
        found = match_at(self.tokens, first, self.lex.sources, self.lex.sources_longest)
        if not found or found[1] != "sources":
            return False
        ref = self._next_ref(first + found[0], last)
        if ref is None or self.doc.layer("quotes") and self.doc.layer("quotes")[-1].end > previous.start:
            return False
        end = previous.end
        while end > previous.start and self.doc.text[end - 1] in ".،,؛ ":
            end -= 1
        self.doc.add("quotes", previous.start, end, label="indirect", rule="quotes.attribution_fragment",
                     speaker=ref.actor, via=[], direct=False, channel=None, cue=None)
        self._remember(ref.actor)
        return True

    # ----------------------------------------------------------------- posts
    def post(self, post) -> None:
        """An embedded post is its author's statement: the author's actor goes on the post
        record (`actor`), which is its own source, not a quote in the article's voice."""
        author = next((r for r in self.refs.starting_in(post.get("attribution_start"), post.end)), None)
        actor = author.actor if author else flagged_actor(self.kb, post.get("author") or "")
        if actor and actor in self.kb.actors:
            self.doc.actors.setdefault(actor, self.kb.actors[actor].record())   # every id used resolves
        post.attrs["actor"] = actor

    # --------------------------------------------------------------- helpers
    def _next_ref(self, j: int, limit: int):
        if j >= len(self.tokens) or limit <= j:
            return None
        refs = self.refs.starting_in(self.tokens[j].start, self.tokens[min(limit, len(self.tokens)) - 1].end)
        return refs[0] if refs else None

    def _token_index(self, offset: int) -> int:
        """The first token starting at or after `offset`."""
        return bisect_left(self.tok_starts, offset)

    def _token_at(self, offset: int) -> int:
        """The token that contains `offset` (a name may start after a clitic)."""
        return max(0, bisect_right(self.tok_starts, offset) - 1)


def _complementizer(norm: str) -> bool:
    """«أن», «إن», «أنه», «إنها» …: what opens a reported clause."""
    return norm in COMPLEMENTIZERS or norm in PRONOUN_COMPLEMENTIZERS


def _opens_content(norm: str) -> bool:
    """A complementizer or an opening quotation mark: reported content starts here."""
    return _complementizer(norm) or norm in QUOTE_OPEN


def _feminine_participle(word: str) -> bool:
    """«المشغلة», «المشتركة», «المقربة»: a definite participle agreeing with a feminine
    or plural head (nouns of that shape after a definite head are rare)."""
    return word.startswith("الم") and word.endswith("ه") and len(word) > 5


def _between(positions: list[int], first: int, last: int) -> list[int]:
    """The sorted `positions` in [first, last)."""
    return positions[bisect_left(positions, first):bisect_left(positions, last)]


def _outlet_head_told(word: str) -> bool:
    """«لصحيفة», «لوكالة», «لقناة»: an outlet's head noun with the «ل» of whom one speaks to."""
    return word[:1] == "ل" and word[1:] in SUBJECT_LEAD
