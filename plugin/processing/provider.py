"""The `cpted` Processing provider: one line per algorithm."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..log import setup_logging
from .attach_factors import AttachFactors
from .base import ICON
from .compare_periods import ComparePeriods
from .destinations import OUTPUT_FORMATS
from .export_atlas import ExportAtlas
from .export_map import ExportMap
from .grade_safety import GradeSafety
from .night_population import NightPopulation
from .outreach_buildings import OutreachBuildings
from .plan_facilities import PlanFacilities
from .safety_map import SafetyMap
from .segment_roads import SegmentRoads
from .train_model import TrainModel

ALGORITHMS = (SegmentRoads, AttachFactors, GradeSafety, ExportMap, SafetyMap, TrainModel, NightPopulation,
              ExportAtlas, PlanFacilities, OutreachBuildings, ComparePeriods)


class CptedProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "cpted"

    def name(self) -> str:
        return tr("CPTED Safety Map")

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def supportedOutputVectorLayerExtensions(self) -> list[str]:  # noqa: N802 (QGIS API)
        return list(OUTPUT_FORMATS)  # what the dialog offers: the formats we write in chunks

    def defaultVectorFileExtension(self, hasGeometry: bool = True) -> str:  # noqa: N802, N803 (QGIS API)
        return "gpkg"

    def load(self) -> bool:
        # The log is set up here too: scripts add the provider without the plugin (tests/in_qgis/test_standalone.py).
        setup_logging()
        return super().load()

    def loadAlgorithms(self) -> None:
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
