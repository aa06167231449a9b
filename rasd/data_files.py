"""Finding and reading the language data shipped inside the package (rasd/data/)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError

DATA_DIR = Path(__file__).parent / "data"

try:  # the C loader is several times faster on the knowledge base
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python PyYAML
    _Loader = yaml.SafeLoader


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


@lru_cache(maxsize=None)
def load_yaml(*parts: str) -> Any:
    """Parse one YAML data file, naming the file in any error."""
    path = data_path(*parts)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)
    except FileNotFoundError as exc:
        raise DataError(f"missing data file {path}") from exc
    except yaml.YAMLError as exc:
        raise DataError(f"{path}: not valid YAML: {exc}") from exc


def codepoint(value: str) -> str:
    """'U+0623' → 'أ'; a plain one-character string is returned as it is."""
    if isinstance(value, str) and value.upper().startswith("U+"):
        return chr(int(value[2:], 16))
    if isinstance(value, str) and len(value) == 1:
        return value
    raise DataError(f"not a code point: {value!r}")
