"""`make package`: the zip an officer installs (Plugins › Install from ZIP), the same bytes on every run.

    python scripts/package.py OUT_DIR      -> OUT_DIR/cpted_safety_map-<version>.zip
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "cpted_safety_map"
# What QGIS needs to run the plugin, and what an officer needs to read or rebuild the model.
INCLUDE = (
    "metadata.txt", "__init__.py", "LICENSE", "README.md", "plugin",
    "qgis_plugin_tools",  # vendored, unchanged, with its LICENSE (scripts/vendor.py)
    "models/__init__.py", "models/grading_model.json", "models/MODEL_CARD.md",
    "models/build_model.py", "models/model_card.py", "models/simulate.py",
    "resources/icons", "resources/layouts", "resources/sample", "resources/i18n", "resources/fonts",
)
SKIP_SUFFIXES = (".pyc", ".ts")
FIXED_TIME = (2025, 1, 1, 0, 0, 0)  # no build time in the zip: the same sources give the same bytes


def files_to_pack() -> list[Path]:
    found: list[Path] = []
    for entry in INCLUDE:
        path = ROOT / entry
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        found += [p for p in candidates if p.is_file() and "__pycache__" not in p.parts
                  and not p.name.startswith(".") and not p.name.endswith(SKIP_SUFFIXES)]
    return sorted(found, key=lambda p: p.relative_to(ROOT).as_posix())


def version() -> str:
    lines = (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines()
    return next(line.split("=", 1)[1].strip() for line in lines if line.startswith("version="))


def build(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PLUGIN}-{version()}.zip"
    partial = target.with_name(f".{target.name}.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files_to_pack():
            info = zipfile.ZipInfo(f"{PLUGIN}/{path.relative_to(ROOT).as_posix()}", FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    partial.replace(target)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
