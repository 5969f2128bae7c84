"""Reading gold files (annotations/*.json, shape `schema.GoldFile`).

Every file is validated on load; an error names the file and the reason.
`published` (an extra key) is the anchor the annotator used for deictic dates;
the evaluator passes it to the extractor so both sides use the same anchor.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from ..schema import GoldFile


class GoldFileError(ValueError):
    pass


def load_gold_file(path: Path) -> GoldFile:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldFileError(f"{path}: cannot read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise GoldFileError(f"{path}: line {exc.lineno}: {exc.msg}") from None
    try:
        return GoldFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(map(str, err["loc"]))
        raise GoldFileError(f"{path}: {loc}: {err['msg']}") from None


def load_gold_dir(folder: Path) -> list[tuple[Path, GoldFile]]:
    """All gold files directly in `folder` (sub-folders such as labelstudio/ are not gold), by name."""
    folder = Path(folder)
    if folder.is_file():
        return [(folder, load_gold_file(folder))]
    if not folder.is_dir():
        raise GoldFileError(f"{folder}: no such gold folder")
    out = []
    for path in sorted(folder.glob("*.json")):
        out.append((path, load_gold_file(path)))
    if not out:
        raise GoldFileError(f"{folder}: holds no gold files (*.json)")
    return out


def published_of(gold: GoldFile) -> date | None:
    value = getattr(gold, "published", None) or (gold.model_extra or {}).get("published")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise GoldFileError(f"{gold.file}: published {value!r} is not YYYY-MM-DD") from None


def resolve_raw_path(gold: GoldFile, gold_path: Path, raw_dirs: list[Path]) -> Path:
    """The raw report a gold file describes: its `file` as given, beside the gold folder, or in a raw folder."""
    name = Path(gold.file)
    tries = [name, gold_path.parent / name, gold_path.parent.parent / name]
    tries += [d / name for d in raw_dirs] + [d / name.name for d in raw_dirs]
    for t in tries:
        if t.is_file():
            return t
    raise GoldFileError(f"{gold_path}: raw file {gold.file!r} not found (looked in {', '.join(map(str, raw_dirs))})")
