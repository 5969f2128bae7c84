"""Text out of HTML and PDF reports (the offsets then refer to the extracted text)."""
from __future__ import annotations

import io

from ..errors import ErrorCode, KirokuError
from .encoding import decode_bytes

_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg")
_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "section", "article", "td", "th", "dd", "dt")


def extract_html(data: bytes) -> str:
    """Main text of an HTML page: scripts, styles and navigation dropped, one line per block."""
    from selectolax.parser import HTMLParser

    html, _ = decode_bytes(data)
    tree = HTMLParser(html)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    root = tree.css_first("main") or tree.css_first("article") or tree.body or tree.root
    if root is None:
        return ""
    lines: list[str] = []
    for node in root.traverse(include_text=False):
        if node.tag in _BLOCK_TAGS and not any(c.tag in _BLOCK_TAGS for c in node.iter(include_text=False)):
            text = " ".join(node.text(deep=True, separator="").split())
            if text:
                if node.tag.startswith("h"):
                    lines.append("")
                lines.append(("- " if node.tag == "li" else "") + text)
    if not lines:
        lines = [" ".join(root.text(separator=" ").split())]
    return "\n".join(lines).strip() + "\n"


def extract_pdf(data: bytes) -> str:
    """The text layer of a PDF, page by page; pages separated by a form feed line."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
    except (PdfReadError, ValueError, OSError) as exc:
        raise KirokuError(ErrorCode.E002_BINARY, f"broken PDF: {exc}") from None
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                raise KirokuError(ErrorCode.E007_ENCRYPTED)
        except Exception as exc:  # pypdf raises several types here
            if isinstance(exc, KirokuError):
                raise
            raise KirokuError(ErrorCode.E007_ENCRYPTED) from None
    pages = [(page.extract_text() or "") for page in reader.pages]
    if not "".join(pages).strip():
        raise KirokuError(ErrorCode.E006_NO_TEXT_LAYER)
    return "\n\f\n".join(p.rstrip("\n") for p in pages) + "\n"
