"""What the in-QGIS tests share: paths, small layers built from WKT, a feedback that keeps what it was told, the Korean
translation installed for a block, and reading a PDF's page size."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "helsinki_sample.gpkg"
QM = ROOT / "resources" / "i18n" / "cpted_ko.qm"


class Collecting(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)


def memory_layer(geometry: str, crs: str, wkts: list[str], fields: str = "", values: list[list] | None = None,
                 name: str = "test") -> QgsVectorLayer:
    """A memory layer from WKT, with fields like 'name:string&field=w:double'."""
    uri = f"{geometry}?crs={crs}" + (f"&field={fields}" if fields else "")
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for i, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        if values:
            feature.setAttributes(values[i])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def read_layer(path: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), Path(str(path)).stem, "ogr")
    assert layer.isValid(), path
    return layer


def attribute_rows(layer: QgsVectorLayer, *fields: str) -> list[tuple]:
    return [tuple(f[name] for name in fields) for f in layer.getFeatures()]


@contextmanager
def korean():
    """The compiled Korean translation installed for the duration, and removed again whatever happens."""
    translator = QTranslator()
    assert translator.load(str(QM)), QM
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def page_points(pdfinfo: str) -> list[float]:
    """Width and height of the first page, in points, from pdfinfo's "Page size: 595.276 x 841.89 pts (A4)"."""
    return [float(v) for v in pdfinfo.split("Page size:")[1].split("pts")[0].split(" x ")]
