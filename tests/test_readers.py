"""Each input format and encoding, folders, stdin and bad inputs."""
import io
import json

import pytest

from rasd.readers import RawDoc, ReadFailure, decode_bytes, read_inputs
from rasd.errors import BinaryInput, EmptyInput, UndecodableInput

ARABIC = "قال الرئيس اللبناني إن الحكومة ستجتمع غدا لبحث الأزمة الاقتصادية في البلاد."


def read_all(*inputs, **kw):
    return list(read_inputs([str(i) for i in inputs], **kw))


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1256"])
def test_text_encodings(tmp_path, codec):
    path = tmp_path / "a.txt"
    data = ARABIC.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    [doc] = read_all(path)
    assert isinstance(doc, RawDoc) and doc.text == ARABIC and doc.id == "a"


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "le.txt"
    path.write_bytes(ARABIC.encode("utf-16-le"))
    [doc] = read_all(path)
    assert doc.text == ARABIC and doc.warnings


@pytest.mark.parametrize("data,error", [
    (b"", EmptyInput), (b"  \n\t ", EmptyInput),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput),
    (bytes(range(256)) * 4, BinaryInput),
    (b"hello \x81\x8d\x8f\x90 world \xff", UndecodableInput),
])
def test_bad_bytes_give_named_errors(data, error):
    with pytest.raises(error) as info:
        decode_bytes(data, "bad.txt")
    assert "bad.txt" in str(info.value) and info.value.code


def test_bad_file_in_a_batch_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARABIC, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    items = read_all(empty, tmp_path / "missing.txt", good)
    assert [type(i) for i in items] == [ReadFailure, ReadFailure, RawDoc]
    assert items[0].error.code == "empty_input" and items[1].error.code == "not_found"
    assert "missing.txt" in items[1].name


def test_oversized_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ARABIC * 100, encoding="utf-8")
    [item] = read_all(big, max_bytes=1000)
    assert isinstance(item, ReadFailure) and item.error.code == "too_large"


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ARABIC, "title": "عنوان", "published": "2015-08-06T10:00:00"}),
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": ARABIC, "published": "yesterday"}),
        json.dumps({"id": "big", "text": ARABIC * 200}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path, max_bytes=4000)
    assert [type(i).__name__ for i in items] == ["RawDoc", "ReadFailure", "ReadFailure",
                                                  "ReadFailure", "RawDoc", "ReadFailure"]
    first = items[0]
    assert first.id == "a1" and first.meta["published"] == "2015-08-06" and first.meta["title"] == "عنوان"
    assert items[1].name.endswith("docs.jsonl:2") and items[1].error.code == "bad_record"
    assert items[2].id == "a3" and "text" in items[2].error.message
    assert items[4].id == "docs:6" and items[4].meta["published"] is None and items[4].warnings
    assert items[5].id == "big" and items[5].error.code == "too_large"


def test_html_file_gives_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HOSTILE_HTML, encoding="utf-8")
    [doc] = read_all(path)
    assert isinstance(doc, RawDoc)
    assert doc.meta["title"] == "محادثات في الرياض"
    assert doc.meta["published"] == "2025-03-04"
    assert "الرياض" in doc.text
    for bad in ("alert", "steal", "evil", "document.cookie", "<"):
        assert bad not in doc.text
    assert "— وزارة الخارجية (@KSAMOFA) March 4, 2025" in doc.text


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text(HOSTILE_HTML, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "d.jsonl").write_text(json.dumps({"id": "j1", "text": ARABIC}) + "\n", encoding="utf-8")
    ids = [i.id for i in read_all(tmp_path)]
    assert ids == ["b", "j1", "sub/a", "sub/c"]


def test_stdin_text_and_jsonl():
    [doc] = list(read_inputs(["-"], stdin=io.BytesIO(ARABIC.encode())))
    assert doc.text == ARABIC and doc.name == "<stdin>"
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": ARABIC}) for i in range(3)).encode()
    docs = list(read_inputs(["-"], stdin=io.BytesIO(lines)))
    assert [d.id for d in docs] == ["s0", "s1", "s2"]


HOSTILE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>محادثات في الرياض</title>
<meta property="article:published_time" content="2025-03-04T09:30:00+03:00">
<script>document.cookie; alert('x')</script><style>p{color:red}</style></head>
<body onload="evil()"><nav>الرئيسية</nav><article><h1>محادثات في الرياض</h1>
<p>التقى وزير الخارجية السعودي في الرياض اليوم الثلاثاء نظيره المصري لبحث التطورات في المنطقة والعلاقات الثنائية بين البلدين.</p>
<p onclick="steal()">وقالت الوزارة في بيان إن الجانبين اتفقا على مواصلة التنسيق بشأن القضايا الإقليمية.<img src=x onerror="alert(1)"></p>
<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">الوزير يستقبل نظيره المصري في الرياض <a href="https://t.co/x">pic.twitter.com/x1</a></p>&mdash; وزارة الخارجية (@KSAMOFA) <a href="https://twitter.com/KSAMOFA/status/1">March 4, 2025</a></blockquote>
<script src="https://platform.twitter.com/widgets.js"></script>
<p>وأضاف البيان أن الوزيرين بحثا أيضا الأوضاع الإنسانية في قطاع غزة والسودان.</p></article>
<a href="javascript:alert(2)">رابط</a></body></html>"""
