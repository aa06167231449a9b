"""One error family for everything rasd refuses to do, with stable codes.

Codes are short snake_case names that never change meaning, so users can search for them
and scripts can branch on them. The CLI and the HTTP layer turn these into messages at the
edge; nothing inside rasd swallows them.
"""
from __future__ import annotations


class RasdError(Exception):
    """Base class: `code` is stable, `message` says what happened, `input` names the input."""

    code = "rasd_error"

    def __init__(self, message: str, *, input: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.input = input
        if code:
            self.code = code

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}

    def __str__(self) -> str:
        where = f"{self.input}: " if self.input else ""
        return f"{where}[{self.code}] {self.message}"


class InputError(RasdError):
    """An input could not be turned into a document (missing, empty, binary, undecodable…)."""

    code = "bad_input"


class InputNotFound(InputError):
    code = "not_found"


class EmptyInput(InputError):
    code = "empty_input"


class BinaryInput(InputError):
    code = "binary_input"


class UndecodableInput(InputError):
    code = "undecodable"


class InputTooLarge(InputError):
    code = "too_large"


class BadRecord(InputError):
    """A JSONL line that is not a JSON object with a text."""

    code = "bad_record"


class BadHTML(InputError):
    code = "bad_html"


class DataError(RasdError):
    """A language-data or knowledge-base file failed validation."""

    code = "bad_data"


class SpanError(RasdError):
    """A span whose offsets do not fit the document text."""

    code = "bad_span"


class ProcessingError(RasdError):
    """An unexpected failure inside a pipeline stage, wrapped so a batch can go on."""

    code = "internal"
