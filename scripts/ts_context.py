"""Put every message of a Qt .ts file into one context, merging duplicates.

The plugin translates with QCoreApplication.translate("CptedSafetyMap", text) (plugin/i18n.py), but pylupdate5
files plain `tr("...")` calls under the context "@default" (it has no option to change that), so the .qm it
yields would never match. `make transup` therefore runs this script twice around pylupdate5:

    ts_context.py cpted_ko.ts @default         # so pylupdate5 matches existing translations as finished
    pylupdate5 -noobsolete ... -ts cpted_ko.ts
    ts_context.py cpted_ko.ts                  # back to CptedSafetyMap, which is what lrelease compiles

(Without the first step pylupdate5 still carries translations over from another context, but marks them all
"unfinished".) A missing .ts file is left alone, so the first step is harmless before the first pylupdate5 run.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT_CONTEXT = "CptedSafetyMap"


def _rank(message: ET.Element) -> tuple[int, int, int]:
    """Which copy of a duplicated message to keep: live, then finished, then with a translation."""
    translation = message.find("translation")
    kind = translation.get("type", "") if translation is not None else "unfinished"
    text = "".join(translation.itertext()) if translation is not None else ""
    return (kind not in ("obsolete", "vanished"), kind == "", bool(text.strip()))


def merge_contexts(root: ET.Element, context: str) -> int:
    """Move every message of `root` (a <TS> element) into one <context> named `context`; returns the count."""
    kept: dict[tuple[str, str], ET.Element] = {}
    for old in root.findall("context"):
        for message in old.findall("message"):
            key = (message.findtext("source") or "", message.findtext("comment") or "")
            other = kept.get(key)
            if other is None:
                kept[key] = message
                continue
            best, worst = (message, other) if _rank(message) > _rank(other) else (other, message)
            # Keep every source location, in the order they came.
            seen = {(loc.get("filename"), loc.get("line")) for loc in best.findall("location")}
            position = len(best.findall("location"))
            for loc in worst.findall("location"):
                if (loc.get("filename"), loc.get("line")) not in seen:
                    best.insert(position, loc)
                    position += 1
            kept[key] = best
        root.remove(old)
    merged = ET.SubElement(root, "context")
    ET.SubElement(merged, "name").text = context
    merged.extend(kept.values())
    return len(kept)


def rewrite(path: Path, context: str = DEFAULT_CONTEXT) -> int:
    tree = ET.parse(path)
    count = merge_contexts(tree.getroot(), context)
    # pylupdate5's layout (contexts flush left, four spaces inside), so `make transup` diffs stay small.
    root = tree.getroot()
    root.text = "\n"
    for element in root:
        ET.indent(element, space="    ")
        element.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or argv[1].startswith("-"):
        print(f"usage: {Path(argv[0]).name} FILE.ts [CONTEXT (default {DEFAULT_CONTEXT})]", file=sys.stderr)
        return 2
    path, context = Path(argv[1]), argv[2] if len(argv) == 3 else DEFAULT_CONTEXT
    if not path.exists():
        print(f"{path}: not there yet, nothing to do", file=sys.stderr)
        return 0
    count = rewrite(path, context)
    print(f"{path}: {count} messages in context {context}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
