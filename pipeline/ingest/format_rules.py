"""The HTML and PDF extraction rules (models/ingest/formats.json), validated on load."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import ErrorCode, KirokuError
from ..settings import MODELS_DIR

FORMATS_FILE = MODELS_DIR / "ingest" / "formats.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PatternRule(_Strict):
    id: str
    pattern: str


class HtmlRules(_Strict):
    drop_tags: list[str]
    drop_selectors: list[str]
    main_selectors: list[str]
    block_tags: list[str]
    cell_tags: list[str]
    bullet_prefix: str
    max_nesting: int


class PdfRules(_Strict):
    zone_lines: int
    min_pages: int
    min_share: float
    min_chars: int
    page_number: list[PatternRule]

    def compiled_page_numbers(self) -> list[tuple[str, re.Pattern]]:
        return _compile(tuple((r.id, r.pattern) for r in self.page_number))


class FormatRules(_Strict):
    doc: str | None = None
    html: HtmlRules
    pdf: PdfRules


@lru_cache(maxsize=16)
def _compile(items: tuple[tuple[str, str], ...]) -> list[tuple[str, re.Pattern]]:
    return [(rid, re.compile(p)) for rid, p in items]


@lru_cache(maxsize=4)
def load_format_rules(path: Path = FORMATS_FILE) -> FormatRules:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        data["doc"] = data.pop("_doc", None)
        rules = FormatRules.model_validate(data)
        for r in rules.pdf.page_number:
            re.compile(r.pattern)
        return rules
    except json.JSONDecodeError as exc:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path}: line {exc.lineno}: {exc.msg}") from None
    except (OSError, ValidationError, re.error, AttributeError) as exc:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path}: {' '.join(str(exc).split())[:300]}") from None
