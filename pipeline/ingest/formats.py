"""Text out of HTML and PDF reports; offsets then refer to this extracted text.

HTML: the declared or detected charset, then the main content only (scripts,
styles, navigation, headers, footers and hidden elements dropped), one line per
block element, headings marked `#`, list items `- `. PDF: the text layer page by
page through pypdf, running headers, footers and page numbers dropped
(pdf_layout.py), pages separated by a form-feed line; hard-wrapped lines are
joined later by the cleaner. Rules: models/ingest/formats.json.
"""
from __future__ import annotations

import codecs
import io
import logging
import re

from ..errors import ErrorCode, KirokuError
from .encoding import decode_bytes
from .format_rules import HtmlRules, load_format_rules
from .pdf_layout import strip_page_furniture

log = logging.getLogger(__name__)

# C0/C1 control characters other than tab, newline and form feed never belong in extracted text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")
_CJK = r"\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f]*\n\s*(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Declared names that mean a superset we decode with instead.
_CHARSET_ALIASES = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
                    "windows-31j": "cp932", "ms932": "cp932", "euc-jp": "euc_jp", "x-euc-jp": "euc_jp"}


def _clean_controls(text: str) -> str:
    return _CONTROL.sub("", text)


# -- HTML ------------------------------------------------------------------------------------------
def decode_html(data: bytes) -> tuple[str, str]:
    """(text, encoding name): a BOM first, then a <meta charset> that decodes strictly, then detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            codec = _CHARSET_ALIASES.get(declared, declared)
            try:
                name = codecs.lookup(codec).name
                return data.decode(codec), {"cp932": "cp932", "euc_jp": "euc-jp"}.get(name, name)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: detect instead
    return decode_bytes(data)


def _inline_text(raw: str, pre: bool) -> str:
    if pre:
        return raw
    return _CJK_BREAK.sub("", raw)


class _Lines:
    """Collects inline text into lines; block boundaries end the current line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.prefix = ""

    def add(self, text: str) -> None:
        self.parts.append(text)

    def flush(self, blank_after: bool = False) -> None:
        text = "".join(self.parts)
        self.parts = []
        for piece in text.split("\n"):  # <pre> keeps its own lines
            piece = _SPACES.sub(" ", piece).strip()
            if piece:
                self.lines.append(self.prefix + piece)
                self.prefix = ""
        if blank_after and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def start_block(self, prefix: str = "", blank_before: bool = False) -> None:
        self.flush()
        if blank_before and self.lines and self.lines[-1] != "":
            self.lines.append("")
        self.prefix = prefix


def _is_heading(tag: str) -> bool:
    return len(tag) == 2 and tag[0] == "h" and tag[1] in "123456"


def _main_root(tree, rules: HtmlRules):
    for selector in rules.main_selectors:
        node = tree.css_first(selector)
        if node is not None and node.text(deep=True).strip():
            return node
    return tree.body or tree.root


def html_to_text(html: str, rules: HtmlRules | None = None) -> str:
    """Main text of an HTML page, one line per block; headings as `# …`, list items as `- …`."""
    from selectolax.lexbor import LexborHTMLParser

    rules = rules or load_format_rules().html
    tree = LexborHTMLParser(html)
    for selector in [*rules.drop_tags, *rules.drop_selectors]:
        for node in tree.css(selector):
            node.decompose()
    root = _main_root(tree, rules)
    if root is None:
        return ""
    blocks, cells = set(rules.block_tags), set(rules.cell_tags)
    out = _Lines()
    # Iterative walk (no recursion limit on hostile nesting): (node, leaving?, inside <pre>)
    stack: list[tuple[object, bool, bool]] = [(root, False, False)]
    while stack:
        node, leaving, pre = stack.pop()
        tag = node.tag
        if leaving:
            if tag in cells:
                out.add(" ")
            elif tag in blocks:
                out.flush(blank_after=_is_heading(tag) or tag == "p")
            continue
        if tag == "-text":
            out.add(_inline_text(node.text(deep=False), pre))
            continue
        if tag in ("-comment", "-doctype") or tag is None:
            continue
        if tag == "br":
            out.add("\n" if pre else "")
            out.flush()
            continue
        if tag in cells:
            out.add(" ")
        elif tag in blocks:
            if _is_heading(tag):
                out.start_block("#" * int(tag[1]) + " ", blank_before=True)
            elif tag == "li":
                out.start_block(rules.bullet_prefix)
            else:
                out.start_block()
        if len(stack) > rules.max_nesting * 2:
            raise KirokuError(ErrorCode.E009_BROKEN, f"HTML nested deeper than {rules.max_nesting} elements")
        stack.append((node, True, pre))
        children = list(node.iter(include_text=True))
        inner_pre = pre or tag == "pre"
        for child in reversed(children):
            stack.append((child, False, inner_pre))
    out.flush()
    lines = out.lines
    while lines and lines[-1] == "":
        lines.pop()
    return _clean_controls("\n".join(lines)) + "\n" if lines else ""


def extract_html(data: bytes) -> str:
    """Main text of an HTML file's bytes."""
    html, _ = decode_html(data)
    return html_to_text(html)


# -- PDF -------------------------------------------------------------------------------------------
def _open_pdf(data: bytes):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
    except Exception as exc:  # pypdf raises many types on damaged files
        raise KirokuError(ErrorCode.E009_BROKEN, f"PDF: {type(exc).__name__}: {exc}"[:200]) from None
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")  # an owner password only: readable without asking anyone
        except (DependencyError, FileNotDecryptedError, NotImplementedError) as exc:
            raise KirokuError(ErrorCode.E007_ENCRYPTED, f"{type(exc).__name__}") from None
        except Exception:
            raise KirokuError(ErrorCode.E007_ENCRYPTED, "decryption failed") from None
        if not ok:
            raise KirokuError(ErrorCode.E007_ENCRYPTED, "a user password is required")
    return reader


def pdf_pages(data: bytes) -> list[str]:
    """The text layer of every page (empty string for a page without one)."""
    reader = _open_pdf(data)
    try:
        pages = list(reader.pages)
    except Exception as exc:
        raise KirokuError(ErrorCode.E009_BROKEN, f"PDF page tree: {type(exc).__name__}: {exc}"[:200]) from None
    texts = []
    for i, page in enumerate(pages):
        try:
            texts.append(_clean_controls(page.extract_text() or ""))
        except Exception as exc:  # one bad page does not lose the others
            log.warning("PDF page %d: no text extracted (%s: %s)", i + 1, type(exc).__name__, exc)
            texts.append("")
    return texts


def extract_pdf(data: bytes) -> str:
    """The text layer of a PDF without page furniture; pages separated by a form-feed line."""
    pages = pdf_pages(data)
    if not "".join(pages).strip():
        raise KirokuError(ErrorCode.E006_NO_TEXT_LAYER, f"{len(pages)} pages")
    cleaned = strip_page_furniture(pages)
    if not "".join(cleaned.pages).strip():
        raise KirokuError(ErrorCode.E006_NO_TEXT_LAYER, f"{len(pages)} pages, only page numbers and headers")
    return "\n\f\n".join(cleaned.pages).strip("\n") + "\n"
