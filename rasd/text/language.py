"""Which language a document is in: "ar", "en" or "other".

The script decides first (counting letters is cheap and exact for Arabic vs Latin);
py3langid settles Latin-script text (English or another language) and Arabic-script text
that looks Persian or Urdu.
"""
from __future__ import annotations

import re

ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]")
LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
# letters Persian and Urdu use and Arabic does not
NON_ARABIC_ARABIC_SCRIPT_RE = re.compile(r"[\u067E\u0686\u0698\u06AF\u06CC\u06A9\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2]")
SAMPLE = 800  # characters looked at: enough to tell scripts apart, cheap to count


def _classify(sample: str) -> str:
    import py3langid  # loads its model on first use (about half a second), only when needed
    return py3langid.classify(sample)[0]


def detect(text: str) -> str:
    sample = text[:SAMPLE]
    arabic = len(ARABIC_LETTER_RE.findall(sample))
    latin = len(LATIN_LETTER_RE.findall(sample))
    if arabic == 0 and latin == 0:
        return "other"
    if arabic >= latin:
        if len(NON_ARABIC_ARABIC_SCRIPT_RE.findall(sample)) > 0.02 * arabic:
            return "ar" if _classify(sample) == "ar" else "other"
        return "ar"
    return "en" if _classify(sample) == "en" else "other"
