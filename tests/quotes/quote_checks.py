"""How a quote example from the cue lexicon is checked (shared by the tests)."""
import re

from rasd.text.normalize import normalize_string


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", normalize_string(text)))


def find_quote(doc, content: str):
    """The quote whose content matches `content` (most of its words, little else)."""
    want = words(content)
    for q in doc.layer("quotes"):
        got = words(q.text)
        if want and len(want & got) / len(want) >= 0.8 and len(want & got) / max(1, len(got)) >= 0.5:
            return q
    return None


def speaker_matches(doc, quote, speaker_text: str) -> bool:
    """The quote's speaker is the actor the speaker's words refer to in the text."""
    speaker = quote.get("speaker")
    if speaker is None:
        return False
    pos = doc.text.find(speaker_text)
    refs = [r for r in doc.layer("entities") + doc.layer("mentions")
            if r.get("actor") and r.start < pos + len(speaker_text) and r.end > pos]
    name = normalize_string(doc.actors.get(speaker, {}).get("name_ar", ""))
    wanted = normalize_string(speaker_text)
    return any(r.get("actor") == speaker for r in refs) or (name and (name in wanted or wanted in name))
