"""Every article of the SaudiNewsNet benchmark corpus goes through the whole pipeline.

Rule changes reach argument paths that short test sentences do not; a crash on one real
article would lose it from every batch. (Speed is measured in bench/, not here.)
"""
import json

import rasd

from rasd_testing import assert_spans_fit, shared_path


def test_every_news_article_is_extracted_with_spans_that_fit():
    path = shared_path("data", "news", "saudinewsnet-2015-political.jsonl")
    count = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            doc = rasd.extract(record["text"], published=record.get("published"), id=record["id"])
            if count % 50 == 0:
                assert_spans_fit(doc.to_dict())
            count += 1
    assert count > 1000
