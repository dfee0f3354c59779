"""`make demo`: run cpted:safetymap headless on the bundled sample data and write the grades and the PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from qgis_env import ROOT, start_qgis, stop_qgis

SAMPLE = ROOT / "resources" / "sample" / "helsinki_sample.gpkg"


def main(out_dir: Path) -> int:
    app, _provider = start_qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    class Printer(QgsProcessingFeedback):
        def pushInfo(self, info: str) -> None:  # noqa: N802
            print(info)

        def pushWarning(self, warning: str) -> None:  # noqa: N802
            print("WARNING:", warning)

        def setProgressText(self, text: str) -> None:  # noqa: N802
            print("…", text)

    out_dir.mkdir(parents=True, exist_ok=True)
    layer = f"{SAMPLE}|layername="
    result = processing.run("cpted:safetymap", {
        "ROADS": layer + "roads",
        "CRIMES": layer + "crimes_simulated",
        "POPULATION": layer + "population_simulated",
        "POP_FIELD": "pop_night",
        "LIGHTS": layer + "streetlights",
        "CCTV": layer + "cctv",
        "LENGTH": 10,
        "TITLE": "Street safety grades — Helsinki centre (sample)",
        "OUTPUT": str(out_dir / "safety_grades.gpkg"),
        "PDF": str(out_dir / "safety_map.pdf"),
    }, feedback=Printer())
    print("Wrote", result["OUTPUT"], "and", result["PDF"])
    stop_qgis(app)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "output" / "demo"))
