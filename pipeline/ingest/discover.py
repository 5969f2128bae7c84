"""Finding report files in an input folder."""
from __future__ import annotations

import os
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".text")
SIDECAR_SUFFIX = ".meta.json"


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def discover_files(root: Path) -> list[Path]:
    """Every report under `root` in a stable order; sidecars, hidden files and symlink loops skipped.

    Files with other suffixes are returned too when they are not sidecars, so the
    batch can record them as unsupported instead of ignoring them silently.
    """
    root = Path(root)
    if root.is_file():
        return [root]
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:  # a symlink loop: do not walk it twice
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            found.append(Path(dirpath) / name)
    return found
