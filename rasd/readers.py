"""Turning real inputs into documents: text files, HTML, JSONL, folders and stdin.

`read_inputs` yields, in input order, either a `RawDoc` (text + metadata, ready for the
pipeline) or a `ReadFailure` naming the input and the error; one bad input never stops the
others. Sizes are checked before anything is read into memory.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import (BadRecord, BinaryInput, EmptyInput, InputError, InputNotFound,
                     InputTooLarge, RasdError, UndecodableInput)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
FORMATS = ("auto", "text", "html", "jsonl")
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
RECORD_FIELDS = ("title", "url", "source", "author", "published")
# magic numbers of common binary formats, for a message that says what the file is
MAGIC = {b"%PDF": "PDF", b"PK\x03\x04": "ZIP/Office", b"\x89PNG": "PNG", b"GIF8": "GIF",
         b"\xff\xd8\xff": "JPEG", b"\x1f\x8b": "gzip", b"\x7fELF": "ELF executable",
         b"SQLite format 3": "SQLite"}
# the id of a JSONL record too large to parse, when it comes before the text
_ID_PREFIX_RE = re.compile(rb'^\s*\{\s*"id"\s*:\s*"([^"\\]{1,200})"')
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ARABIC_RE = re.compile(r"[\u0621-\u064a]")
_LETTER_RE = re.compile(r"[^\W\d_]")
# characters of ordinary Arabic or Latin text: what a correct UTF-16 decoding yields
_PLAUSIBLE_RE = re.compile(r"[\u0600-\u06ff\u0020-\u007e\u00a0-\u024f\s\u2000-\u206f\u00ab\u00bb]")


@dataclass
class RawDoc:
    id: str
    text: str
    name: str                      # the input's name in messages: path, path:line, <stdin>
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ReadFailure:
    id: str
    name: str
    error: RasdError


# ---------------------------------------------------------------- decoding

def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode a file's bytes: UTF-8, UTF-16/32 with BOM, Windows-1256; else a clear error."""
    warnings: list[str] = []
    if not data.strip():
        raise EmptyInput("the input is empty", input=name)
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"this is a {kind} file, not text", input=name)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                       (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), name), warnings
            except UnicodeDecodeError as exc:
                raise UndecodableInput(f"starts with a {codec} byte-order mark but is not "
                                       f"valid {codec}: {exc.reason} at byte {exc.start}",
                                       input=name) from exc
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is None:
            raise BinaryInput("contains NUL bytes: a binary file, not text", input=name)
        return _checked(text, name), ["decoded as UTF-16 without byte-order mark"]
    try:
        return _checked(data.decode("utf-8"), name), warnings
    except UnicodeDecodeError as utf8_error:
        text = _windows_1256(data)
        if text is not None:
            return _checked(text, name), ["decoded as Windows-1256"]
        raise UndecodableInput(f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), "
                               "UTF-16 or Windows-1256 text", input=name) from utf8_error


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: the byte order whose decoding is plausible text."""
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data[: len(data) // 2 * 2].decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:4000]
        plausible = len(_PLAUSIBLE_RE.findall(sample))
        if sample and plausible / len(sample) > 0.9:
            return text
    return None


def _windows_1256(data: bytes) -> str | None:
    """Windows-1256 maps almost every byte, so accept it only when it yields Arabic."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    letters = len(_LETTER_RE.findall(text[:20000]))
    arabic = len(_ARABIC_RE.findall(text[:20000]))
    return text if letters and arabic / letters > 0.6 else None


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise EmptyInput("the input is empty", input=name)
    controls = len(_CONTROL_RE.findall(text[:20000]))
    if controls > max(3, 0.01 * min(len(text), 20000)):
        raise BinaryInput(f"{controls} control characters: a binary file, not text", input=name)
    return _CONTROL_RE.sub(" ", text) if controls else text


# ------------------------------------------------------------------ records

def normalize_published(value, name: str, warnings: list[str]) -> str | None:
    """An ISO date from a metadata value (date, datetime or ISO string); else a warning."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        warnings.append(f"ignored published {text[:40]!r}: not an ISO date")
        return None


def record_to_doc(record, default_id: str, name: str, max_bytes: int) -> RawDoc:
    if not isinstance(record, dict):
        raise BadRecord(f"expected a JSON object, got {type(record).__name__}", input=name)
    text = record.get("text")
    if not isinstance(text, str):
        raise BadRecord("the record has no \"text\" string", input=name)
    if len(text) * 4 > max_bytes and len(text.encode("utf-8")) > max_bytes:
        raise InputTooLarge(f"text is larger than the limit of {max_bytes} bytes", input=name)
    if not text.strip():
        raise EmptyInput("the record's text is empty", input=name)
    warnings: list[str] = []
    meta = {k: record.get(k) for k in RECORD_FIELDS if record.get(k) not in (None, "")}
    meta["published"] = normalize_published(record.get("published"), name, warnings)
    doc_id = record.get("id", record.get("doc_id"))
    return RawDoc(str(doc_id) if doc_id not in (None, "") else default_id,
                  _checked(text, name), name, meta, warnings)


def read_jsonl(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[RawDoc | ReadFailure]:
    """One document per line; a bad line becomes a failure and the next line is read."""
    stem = Path(name).stem if name != "<stdin>" else "stdin"
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        where, default_id = f"{name}:{lineno}", f"{stem}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            found = _ID_PREFIX_RE.search(line[:4096])
            yield ReadFailure(found.group(1).decode("utf-8", "replace") if found else default_id,
                              where, InputTooLarge(
                f"line is larger than the limit of {max_bytes} bytes", input=where))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield ReadFailure(default_id, where, UndecodableInput(f"not UTF-8: {exc.reason}", input=where))
            continue
        except json.JSONDecodeError as exc:
            yield ReadFailure(default_id, where, BadRecord(f"not JSON: {exc.msg} (column {exc.colno})", input=where))
            continue
        try:
            yield record_to_doc(record, default_id, where, max_bytes)
        except InputError as exc:
            rid = record.get("id") if isinstance(record, dict) else None
            yield ReadFailure(str(rid) if rid not in (None, "") else default_id, where, exc)


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


# -------------------------------------------------------------------- files

def sniff_format(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and re.search(rb"<(?:!doctype html|html|body|head|p|div|article|blockquote)\b", head):
        return "html"
    if head.startswith(b"{"):
        first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    return "text"


def read_file(path: Path, doc_id: str, name: str, input_format: str, max_bytes: int
              ) -> Iterator[RawDoc | ReadFailure]:
    fmt = input_format if input_format != "auto" else EXTENSIONS.get(path.suffix.lower(), "auto")
    try:
        if fmt == "jsonl":
            with open(path, "rb") as fh:
                yield from read_jsonl(fh, name, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"{size} bytes is larger than the limit of {max_bytes} bytes", input=name)
        data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(doc_id, name, InputError(f"cannot read: {exc.strerror}", input=name))
        return
    except InputError as exc:
        yield ReadFailure(doc_id, name, exc)
        return
    yield from read_bytes(data, doc_id, name, fmt, max_bytes)


def read_bytes(data: bytes, doc_id: str, name: str, fmt: str, max_bytes: int
               ) -> Iterator[RawDoc | ReadFailure]:
    if fmt == "auto":
        fmt = sniff_format(data)
    if fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(data), name, max_bytes)
        return
    try:
        if len(data) > max_bytes:
            raise InputTooLarge(f"{len(data)} bytes is larger than the limit of {max_bytes} bytes", input=name)
        text, warnings = decode_bytes(data, name)
        if fmt == "html":
            from .html import extract_html
            text, meta, html_warnings = extract_html(text, name)
            yield RawDoc(doc_id, text, name, meta, warnings + html_warnings)
        else:
            yield RawDoc(doc_id, text, name, {}, warnings)
    except InputError as exc:
        yield ReadFailure(doc_id, name, exc)


def iter_folder(folder: Path) -> Iterator[Path]:
    """Files under a folder with a known extension, recursively, in a stable order."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fname in sorted(files):
            if not fname.startswith(".") and Path(fname).suffix.lower() in EXTENSIONS:
                yield Path(root) / fname


def read_inputs(inputs, input_format: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: BinaryIO | None = None) -> Iterator[RawDoc | ReadFailure]:
    """Every document of every input, in order. `-` reads standard input."""
    if input_format not in FORMATS:
        raise ValueError(f"input format must be one of {', '.join(FORMATS)}")
    for item in inputs:
        item = str(item)
        if item == "-":
            stream = stdin or sys.stdin.buffer
            data = stream.read(max_bytes + 1) if input_format != "jsonl" else None
            if data is None:
                yield from read_jsonl(stream, "<stdin>", max_bytes)
            elif input_format == "jsonl" or (input_format == "auto" and sniff_format(data) == "jsonl"):
                yield from read_jsonl(io.BufferedReader(_Concat(data, stream)), "<stdin>", max_bytes)
            else:
                yield from read_bytes(data, "stdin", "<stdin>", input_format, max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            for file in iter_folder(path):
                rel = file.relative_to(path).with_suffix("").as_posix()
                yield from read_file(file, rel, str(file), input_format, max_bytes)
        elif path.exists():
            yield from read_file(path, path.stem, item, input_format, max_bytes)
        else:
            yield ReadFailure(path.stem or item, item, InputNotFound("no such file or folder", input=item))


class _Concat(io.RawIOBase):
    """Bytes already read from a stream, followed by the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        chunk = self._rest.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)
