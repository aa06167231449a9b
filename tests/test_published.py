"""Publication date: metadata first, then inference with `published_source` saying how."""
import rasd

TWEET = ("نص التغريدة هنا. pic.twitter.com/abc\n"
         "— الرئاسة (@Presidency) {date}\n")


def test_metadata_wins():
    doc = rasd.extract("قال الرئيس اليوم (الأربعاء) إن ...\n" + TWEET.format(date="February 12, 2025"),
                       published="2020-01-01")
    assert doc.meta.published == "2020-01-01" and doc.meta.published_source == "given"


def test_embed_date_with_matching_today_weekday():
    doc = rasd.extract("أعلن الوزير اليوم (الأربعاء) أن المحادثات انتهت.\n" + TWEET.format(date="February 12, 2025"))
    assert (doc.meta.published, doc.meta.published_source) == ("2025-02-12", "embedded_post+weekday")


def test_today_weekday_after_the_post_moves_forward():
    # the post is from Monday 10 February; «اليوم الأربعاء» is two days later
    doc = rasd.extract("قال الوزير اليوم الأربعاء إن المحادثات انتهت.\n" + TWEET.format(date="February 10, 2025"))
    assert doc.meta.published == "2025-02-12"


def test_named_weekday_matching_the_post():
    doc = rasd.extract("وقالت الرئاسة، الاثنين، إن الزيارة تأجلت.\n" + TWEET.format(date="10 فبراير 2025"))
    assert (doc.meta.published, doc.meta.published_source) == ("2025-02-10", "embedded_post+weekday")


def test_embed_alone_is_a_weaker_source():
    doc = rasd.extract("قال الوزير إن المحادثات انتهت.\n" + TWEET.format(date="February 10, 2025"))
    assert (doc.meta.published, doc.meta.published_source) == ("2025-02-10", "embedded_post")


def test_dateline():
    doc = rasd.extract("الرياض - 5 أغسطس 2015: أعلنت الحكومة عن خطة جديدة للإصلاح الاقتصادي.")
    assert (doc.meta.published, doc.meta.published_source) == ("2015-08-05", "dateline")


def test_explicit_date_with_today():
    doc = rasd.extract("قال مسؤولون إن الاجتماع الأول عقد في مارس.\nوأعلن الوزير اليوم الخميس 6 أغسطس 2015 عن خطة جديدة.")
    assert (doc.meta.published, doc.meta.published_source) == ("2015-08-06", "text_today")


def test_nothing_supports_a_date():
    doc = rasd.extract("قال الوزير الأربعاء إن المحادثات انتهت قبل عام 2015.")
    assert doc.meta.published is None and doc.meta.published_source is None


def test_date_in_the_identifier_is_the_last_resort():
    text = "قال الوزير إن المحادثات انتهت."
    doc = rasd.extract(text, id="XYZ_ARB_20081225.0051")      # Gigaword-style document id
    assert (doc.meta.published, doc.meta.published_source) == ("2008-12-25", "identifier")
    doc = rasd.extract(text, url="https://news.example/2025/02/12/talks")
    assert doc.meta.published == "2025-02-12"
    # not a day, or inside a longer number: no date
    assert rasd.extract(text, id="report-20250231").meta.published is None
    assert rasd.extract(text, id="ticket-1202501120").meta.published is None
    # text evidence still wins over the identifier
    doc = rasd.extract("الرياض - 5 أغسطس 2015: أعلنت الحكومة عن خطة جديدة.", id="doc-20081225")
    assert (doc.meta.published, doc.meta.published_source) == ("2015-08-05", "dateline")
