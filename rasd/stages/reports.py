"""Stage: report frames — the stretch of text a reporter's statement accounts for.

Official news is often one account told by a spokesman, an unnamed source or an agency:
«وأوضح المتحدث باسم الرئاسة أن ذلك تم أثناء استقبال الرئيس …» and then, sentence after
sentence, what each side said and did. Each such account becomes a span of the `reports`
layer with its `reporter` (an actor id): from the reporter's sentence (or the one before,
when the content points back to it: «ذلك تم أثناء …») up to the sentence before a topic
shift («من جهة أخرى»), a sentence that cites a source of its own («بحسب …»), another
reporter's statement, an embedded post, or the end. The events stage counts the reporter
among the sources of every act told inside. Word lists: rasd/data/ar/quotes/reports.yaml.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..data_files import load_yaml
from ..quotes.lexicon import lexicon as quote_lexicon, match_at
from ..quotes.speakers import media_actor, refs_of
from ..text.normalize import normalize_string, normalized_set
from ..text.tokenize import definite, without_conjunction

NAME = "reports"
REQUIRES = ("sentences", "quotes", "mentions", "embedded_posts")
ASSIGNS = ("reports",)

COMPLEMENTIZER_FORMS = normalized_set({"أن", "إن", "بأن"})


@dataclass(frozen=True)
class ReportWords:
    reporter_titles: frozenset
    topic_shifts: frozenset        # tuples of normalised words
    back_references: frozenset


@lru_cache(maxsize=1)
def report_words() -> ReportWords:
    data = load_yaml("ar", "quotes", "reports.yaml")
    return ReportWords(normalized_set(data["reporter_titles"]),
                       frozenset(tuple(normalize_string(p).split()) for p in data["topic_shifts"]),
                       normalized_set(data["back_references"]))


def run(doc, resources=None):
    if doc.language not in ("ar", None) or not doc.layer("quotes"):
        return doc
    kb = resources.kb if resources is not None else None
    if kb is None:
        from ..actors.kb import load_kb
        kb = load_kb()
    sentences = doc.layer("sentences")
    starts = [s.start for s in sentences]
    sources = {m.get("actor") for m in doc.layer("mentions") if m.label == "source"}
    frames = []      # (sentence index, reporter, points back)
    for quote in doc.layer("quotes"):
        k = bisect_left(starts, quote.start + 1) - 1
        reporter = _reporter(doc, kb, quote, sentences[k], sources) if k >= 0 else None
        if reporter:
            frames.append((k, reporter, _points_back(doc, quote)))
    words = report_words()
    refs = refs_of(doc)
    source_starts = doc.token_index.positions(quote_lexicon().sources_longest)   # sorted
    for n, (k, reporter, back) in enumerate(frames):
        if n and frames[n - 1][0] == k:
            continue     # one frame per sentence: the first statement opens it
        back = back and k > 0 and not _ends_account(doc, sentences[k - 1], words, source_starts)
        first = k - 1 if back else k
        # who the account is about: those named where it opens
        cast = {r.actor for r in refs.starting_in(sentences[first].start, sentences[k].end)} - {reporter}
        last = k
        stop = frames[n + 1][0] if n + 1 < len(frames) else len(sentences)
        while last + 1 < stop and not _ends_account(doc, sentences[last + 1], words, source_starts) \
                and _about(refs, sentences[last + 1], cast):
            last += 1
        doc.add("reports", sentences[first].start, sentences[last].end, label="report",
                rule="reports.frame", reporter=reporter)
    return doc


def _about(refs, sent, cast: set) -> bool:
    """The sentence goes on about the account's cast: the first actor it names is one of
    them, or it names none («كما أكد أهمية …», «وشدد على …»)."""
    named = refs.starting_in(sent.start, sent.end)
    return not named or named[0].actor in cast


def _reporter(doc, kb, quote, sent, sources: set) -> str | None:
    """Who tells the account a quote opens: its speaker when the speaker tells what others
    did (a spokesman, the knowledge base's or titled so before the content, an unnamed
    source, a news outlet), else the outlet the statement was given to («في تصريحات
    لصحيفة …»: the quote's via, an outlet); None for anyone speaking for themselves."""
    speaker = quote.get("speaker")
    if not speaker:
        return None
    actor = kb.actors.get(speaker)
    attribution = normalize_string(doc.text[sent.start:quote.start]).split()
    if speaker in sources or (actor is not None and actor.speaks_for) or media_actor(doc, speaker) \
            or any(without_conjunction(w) in report_words().reporter_titles for w in attribution):
        return speaker
    return next((v for v in quote.get("via") or () if media_actor(doc, v)), None)


def _points_back(doc, quote) -> bool:
    """The content opens with «ذلك»/«هذا» (after «أن»): it is about what was just told."""
    words = [w for w in normalize_string(doc.text[quote.start:quote.end]).split()
             if w not in COMPLEMENTIZER_FORMS][:1]
    return bool(words) and words[0] in report_words().back_references


def _ends_account(doc, sent, words: ReportWords, source_starts: list[int]) -> bool:
    """A sentence about something else, or one that cites its own source (`source_starts`:
    where the document's source frames may begin)."""
    if doc.covering("embedded_posts", sent.start, sent.end) is not None:
        return True
    norms = normalize_string(doc.text[sent.start:sent.end]).replace("،", " ، ").split()
    if norms:
        norms[0] = without_conjunction(norms[0], longer_than=1)
    if any(tuple(norms[:len(p)]) == p for p in words.topic_shifts):
        return True
    lex = quote_lexicon()
    first = bisect_left(doc.token_starts, sent.start)
    last = bisect_left(doc.token_starts, sent.end)
    # («والنقل» is transport, a noun with the article, not «نقل عن»)
    return any(not definite(doc.tokens[k].norm) and match_at(doc.tokens, k, lex.sources, lex.sources_longest)
               for k in source_starts[bisect_left(source_starts, first):bisect_left(source_starts, last)])
