"""HTML articles: main text, title, date and author, with social-media embeds kept.

trafilatura finds the article body and the metadata. Before it runs, embed widgets are
rewritten into the plain shapes the embeds stage reads (a tweet becomes its text line and
its «— Author (@handle) Date» line; Telegram, Facebook and Instagram widgets become their
status URLs), because a widget's script is dropped with every other script. Scripts, styles
and event-handler attributes never reach the text.
"""
from __future__ import annotations

import lxml.html
from lxml import etree

from .errors import BadHTML

_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")


def extract_html(html: str, name: str) -> tuple[str, dict, list[str]]:
    """(main text, metadata, warnings) of an HTML page."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise BadHTML(f"cannot parse HTML: {exc}", input=name) from exc
    _flatten_embeds(tree)
    for el in tree.xpath("|".join(f"//{t}" for t in _DROP)):
        _remove(el)
    cleaned = lxml.html.tostring(tree, encoding="unicode")
    meta_tags = _meta_tags(tree)

    import trafilatura  # imported here: only HTML inputs pay for it
    result = trafilatura.bare_extraction(cleaned, with_metadata=True, include_comments=False,
                                         favor_recall=True, include_tables=True)
    warnings: list[str] = []
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        text = _body_text(tree)
        warnings.append("trafilatura found no main text; used the whole page text")
    if not text.strip():
        from .errors import EmptyInput
        raise EmptyInput("the HTML page has no text", input=name)
    title = (getattr(result, "title", None) if result is not None else None) or meta_tags.get("title")
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip() and len(lines) > 1:
        text = "\n".join(lines[1:])  # the headline is metadata, not body text
    meta = {
        "title": title,
        "author": (getattr(result, "author", None) if result is not None else None) or meta_tags.get("author"),
        "published": (getattr(result, "date", None) if result is not None else None) or meta_tags.get("published"),
        "url": (getattr(result, "url", None) if result is not None else None) or meta_tags.get("url"),
        "source": (getattr(result, "sitename", None) if result is not None else None),
    }
    return text, {k: v for k, v in meta.items() if v}, warnings


def _flatten_embeds(tree) -> None:
    for bq in tree.xpath("//blockquote[contains(@class,'twitter-tweet') or contains(@class,'twitter-video')]"):
        paras = bq.xpath(".//p")
        content = " ".join(p.text_content().strip() for p in paras)
        for p in paras:
            p.drop_tree()
        attribution = " ".join(bq.text_content().split())
        _replace(bq, [content, attribution])
    for el in tree.xpath("//*[@data-telegram-post]"):
        _replace(el, [f"https://t.me/{el.get('data-telegram-post')}"])
    for el in tree.xpath("//*[contains(@class,'fb-post') or contains(@class,'fb-video')][@data-href]"):
        _replace(el, [el.get("data-href")])
    for bq in tree.xpath("//blockquote[contains(@class,'instagram-media')]"):
        link = bq.get("data-instgrm-permalink") or next(iter(bq.xpath(".//a/@href")), "")
        _replace(bq, [link.split("?")[0]])


def _replace(el, lines: list[str]) -> None:
    """Put paragraphs with `lines` where `el` was."""
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    for offset, line in enumerate(l for l in lines if l):
        p = lxml.html.Element("p")
        p.text = line
        parent.insert(index + offset, p)
    _remove(el)


def _remove(el) -> None:
    parent = el.getparent()
    if parent is not None:
        tail = el.tail
        el.tail = None
        prev = el.getprevious()
        if tail:
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)


def _meta_tags(tree) -> dict:
    out = {}
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or "").lower()
        if key in ("og:title", "twitter:title") and "title" not in out:
            out["title"] = el.get("content")
        elif key in ("author", "article:author") and "author" not in out:
            out["author"] = el.get("content")
        elif key in ("article:published_time", "date", "pubdate", "publishdate") and "published" not in out:
            out["published"] = el.get("content")
        elif key == "og:url":
            out["url"] = el.get("content")
    titles = tree.xpath("//title")
    if titles and "title" not in out and titles[0].text_content().strip():
        out["title"] = titles[0].text_content().strip()
    return out


def _body_text(tree) -> str:
    body = tree.find("body")
    node = body if body is not None else tree
    blocks = []
    for el in node.iter("p", "h1", "h2", "h3", "li", "blockquote", "td"):
        line = " ".join(el.text_content().split())
        if line:
            blocks.append(line)
    return "\n".join(blocks) if blocks else " ".join(node.text_content().split())
