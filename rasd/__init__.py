"""rasd (رصد): Arabic-first political event extraction.

    >>> import rasd
    >>> doc = rasd.extract("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا ...", published="2025-02-12")
    >>> doc.to_dict()["published"]
    '2025-02-12'
"""
from .document import Document, Span
from .errors import RasdError
from .pipeline import Pipeline, extract

__version__ = "0.1.0"
__all__ = ["Document", "Span", "RasdError", "Pipeline", "extract", "__version__"]
