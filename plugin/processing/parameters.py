"""The algorithms' parameters: their names, a public interface, as class constants, and the definitions they share.

Scripts, `qgis_process` and officers' models call the algorithms by these names: change one only with a note on the
issue that asks for it. An input role's parameter (ROADS, CRIMES…) is written once, in core/definitions.py.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core import definitions
from ..core.definitions import EXTRA_DESCRIPTION, FACTOR_ROLES, GRADING_CUTS, SEGMENT_LENGTH_M, Role
from ..i18n import QT_TR_NOOP, tr


class Param:
    """Every parameter name the algorithms take."""

    # input roles (core/definitions.py)
    ROADS = definitions.ROADS.parameter
    CRIMES = definitions.CRIMES.parameter
    POPULATION = definitions.POPULATION.parameter
    LIGHTS = definitions.LIGHTS.parameter
    CCTV = definitions.CCTV.parameter
    BELLS = definitions.BELLS.parameter
    POP_FIELD = definitions.POPULATION.value_parameter
    LIGHTS_COUNT_FIELD = definitions.LIGHTS.count_parameter
    CCTV_COUNT_FIELD = definitions.CCTV.count_parameter
    CCTV_PURPOSES = definitions.CCTV.purpose_parameter
    EXTRA_FACTORS = definitions.EXTRA_PARAMETER
    DATE_FIELD = "DATE_FIELD"
    PERIOD_START = "PERIOD_START"
    PERIOD_END = "PERIOD_END"
    CRIME_TYPE_FIELD = "CRIME_TYPE_FIELD"
    CRIME_TYPES = "CRIME_TYPES"
    HOURS = "HOURS"
    CSV_CRS = "CSV_CRS"
    SIMULATED = "SIMULATED"
    # segments and grading
    INPUT = "INPUT"
    MORE_FILES = "MORE_FILES"
    LENGTH = "LENGTH"
    MODEL = "MODEL"
    GRADING = "GRADING"
    OUTPUT = "OUTPUT"
    # attachfactors
    FACTOR_LAYER = "FACTOR_LAYER"
    METHOD = "METHOD"
    DISTANCE = "DISTANCE"
    FIELD = "FIELD"
    CATEGORY = "CATEGORY"
    NAME = "NAME"
    # trainmodel
    EXTRA_DISTANCES = "EXTRA_DISTANCES"
    VALIDATION = "VALIDATION"
    MODEL_NAME = "MODEL_NAME"
    OUTPUT_MODEL = "OUTPUT_MODEL"
    REPORT = "REPORT"
    REPORT_PDF = "REPORT_PDF"
    # nightpopulation
    CRS = "CRS"
    CELL_SIZE = "CELL_SIZE"
    HOURS = "HOURS"
    COLUMNS = "COLUMNS"
    MASKED_VALUE = "MASKED_VALUE"
    # printed sheets
    PDF = "PDF"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    PAPER = "PAPER"
    AREAS = "AREAS"
    AREA_NAME = "AREA_NAME"
    EXTENT = "EXTENT"
    EXTENT_AREA = "EXTENT_AREA"
    BACKGROUND = "BACKGROUND"
    NAME_FIELD = "NAME_FIELD"
    INCIDENTS = "INCIDENTS"
    SHOW_INCIDENTS = "SHOW_INCIDENTS"
    GRADED = "GRADED"
    TABLE = "TABLE"
    STREETS = "STREETS"
    SHOW_INCIDENT_RATE = "SHOW_INCIDENT_RATE"
    # planfacilities
    KIND = "KIND"
    COUNT = "COUNT"
    BUDGET = "BUDGET"
    COST = "COST"
    RADIUS = "RADIUS"
    EFFECT = "EFFECT"
    CANDIDATES = "CANDIDATES"
    SPACING = "SPACING"
    EXISTING = "EXISTING"
    WEIGHT = "WEIGHT"
    SITES = "SITES"
    SITES_VALUED = "SITES_VALUED"
    SPLIT_DATE = "SPLIT_DATE"
    BEFORE_START = "BEFORE_START"
    BEFORE_END = "BEFORE_END"
    AFTER_START = "AFTER_START"
    AFTER_END = "AFTER_END"
    ALPHA = "ALPHA"
    TREATED = "TREATED"
    CONTROL = "CONTROL"
    GRADED_BEFORE = "GRADED_BEFORE"
    GRADED_AFTER = "GRADED_AFTER"
    CHANGE = "CHANGE"
    # outreachbuildings
    BUILDINGS = "BUILDINGS"
    SHARE_FIELD = "SHARE_FIELD"
    USE_FIELD = "USE_FIELD"
    USES = "USES"
    HOUSEHOLDS_FIELD = "HOUSEHOLDS_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    FLOORS_FIELD = "FLOORS_FIELD"
    NEAR = "NEAR"
    BLOCKS = "BLOCKS"


# A role's geometry as Processing's layer type.
LAYER_TYPE = {"point": QgsProcessing.TypeVectorPoint, "line": QgsProcessing.TypeVectorLine,
              "polygon": QgsProcessing.TypeVectorPolygon}
# PAPER's options, in this order for good: scripts give the index (0 and 1 were the only sheets before portrait).
PAPERS = ("A4", "A3", "A4 portrait", "A3 portrait")
PAPER_LABELS = (QT_TR_NOOP("A4 landscape"), QT_TR_NOOP("A3 landscape"), QT_TR_NOOP("A4 portrait"),
                QT_TR_NOOP("A3 portrait"))
DEFAULT_TITLE = QT_TR_NOOP("Street safety grades")
CSV_CRS_DESCRIPTION = QT_TR_NOOP("CRS of X/Y columns in CSV files given as layers (empty: the roads'; 위도/경도 are "
                                 "WGS 84)")


def role_source(role: Role, optional: bool = False) -> QgsProcessingParameterFeatureSource:
    """The layer parameter of an input role, named and described as core/definitions.py says."""
    return QgsProcessingParameterFeatureSource(role.parameter, tr(role.description), [LAYER_TYPE[role.geometry]],
                                               optional=optional)


def add_period_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """PERIOD_START and PERIOD_END: the period the incidents cover, when their dates do not say it."""
    algorithm.addParameter(QgsProcessingParameterString(
        Param.PERIOD_START, tr("Period start, e.g. 2024-01-01 (empty: the earliest incident)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        Param.PERIOD_END, tr("Period end, e.g. 2024-12-31 (empty: the latest incident)"), optional=True))


def add_selection_parameters(algorithm: QgsProcessingAlgorithm, parent: str) -> None:
    """CRIME_TYPES with CRIME_TYPE_FIELD, and HOURS: which incidents of layer `parent` count (a women's night-safety
    map: 성폭력 at 22-5). Empty: all."""
    algorithm.addParameter(QgsProcessingParameterField(
        Param.CRIME_TYPE_FIELD, tr("Crime type of each incident (empty: detected, e.g. 죄종, 죄명, crime_type)"),
        parentLayerParameterName=parent, optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        Param.CRIME_TYPES, tr("Crime types to count, separated by commas, e.g. 성폭력 (empty: all)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        Param.HOURS, tr("Hours of the day to count, from the date's time, e.g. 22-5 for 22:00 to 05:59 (empty: all)"),
        optional=True))


def csv_crs_parameter(param: str) -> str:
    """The CRS parameter of one point slot given as a CSV: CRIMES -> CRIMES_CRS."""
    return f"{param}_CRS"


def add_csv_crs_parameter(algorithm: QgsProcessingAlgorithm, param: str) -> None:
    """<param>_CRS: the CRS of that slot's X/Y columns when it is a CSV file (police extracts in EPSG:5179 beside
    bells in EPSG:5174); empty: CSV_CRS."""
    algorithm.addParameter(QgsProcessingParameterCrs(csv_crs_parameter(param), tr(
        "CRS of X/Y columns when {param} is a CSV file (empty: CSV_CRS)").format(param=param), optional=True))


SIMULATED_SLOTS = tuple(role.parameter for role in definitions.ROLES)  # SIMULATED's options, in this order


def add_factor_parameters(algorithm: QgsProcessingAlgorithm, extra: bool = True) -> None:
    """Every factor role's layer, in the order of core/definitions.py, each with the parameters that go with it (the
    incidents' dates and period, the population's field); then further layers and the CRS of CSV files."""
    for role in FACTOR_ROLES:
        algorithm.addParameter(role_source(role, optional=not role.required))
        if role.geometry == "point":
            add_csv_crs_parameter(algorithm, role.parameter)
        if role.dated:
            algorithm.addParameter(QgsProcessingParameterField(
                Param.DATE_FIELD, tr("Date of each incident (empty: detected, e.g. 발생일시, date, month, year)"),
                parentLayerParameterName=role.parameter, optional=True))
            add_period_parameters(algorithm)
            add_selection_parameters(algorithm, role.parameter)
        if role.count_parameter:
            algorithm.addParameter(QgsProcessingParameterField(
                role.count_parameter, tr(role.count_description), parentLayerParameterName=role.parameter,
                type=QgsProcessingParameterField.Numeric, optional=True))
        if role.purpose_parameter:
            algorithm.addParameter(QgsProcessingParameterString(role.purpose_parameter, tr(role.purpose_description),
                                                                optional=True))
        if role.value_parameter:
            algorithm.addParameter(QgsProcessingParameterField(
                role.value_parameter, tr(role.value_description), defaultValue=role.value_default,
                parentLayerParameterName=role.parameter, type=QgsProcessingParameterField.Numeric, optional=True))
    if extra:
        algorithm.addParameter(QgsProcessingParameterMultipleLayers(
            Param.EXTRA_FACTORS, tr(EXTRA_DESCRIPTION), QgsProcessing.TypeVectorAnyGeometry, optional=True))
    # Marked without renaming: the map says so as for a layer named "…simulated" (inputs.InputChecks.layer_name)
    algorithm.addParameter(QgsProcessingParameterEnum(
        Param.SIMULATED, tr("Inputs that hold simulated data (the map says so; so does a “simulated” keyword in a "
                            "layer's metadata)"),
        options=[f"{role.parameter}: {tr(role.description)}" for role in definitions.ROLES], allowMultiple=True,
        optional=True))
    algorithm.addParameter(QgsProcessingParameterCrs(Param.CSV_CRS, tr(CSV_CRS_DESCRIPTION), optional=True))


def add_length_parameter(algorithm: QgsProcessingAlgorithm) -> None:
    """LENGTH: the segments' length in metres."""
    algorithm.addParameter(QgsProcessingParameterNumber(
        Param.LENGTH, tr("Segment length (metres, at least 1)"), QgsProcessingParameterNumber.Double,
        SEGMENT_LENGTH_M, minValue=1.0))


def add_model_parameter(algorithm: QgsProcessingAlgorithm) -> None:
    """MODEL: a grading model file; empty for the bundled one."""
    algorithm.addParameter(QgsProcessingParameterFile(
        Param.MODEL, tr("Grading model, a JSON file (empty: the bundled model)"), optional=True,
        fileFilter=tr("Grading models (*.json);;All files (*)")))


def add_grading_parameter(algorithm: QgsProcessingAlgorithm) -> None:
    """GRADING: grades by shares of this map's road length, or at the model's stored thresholds."""
    algorithm.addParameter(QgsProcessingParameterEnum(Param.GRADING, tr("Grades"), options=[
        tr("Shares of this map's road length (5 = highest-risk 5%)"),
        tr("Thresholds stored with the model (to compare periods)")], defaultValue=0))


def grading_cut(algorithm: QgsProcessingAlgorithm, parameters: dict, context) -> str:
    """GRADING as core.pipeline takes it: "shares" or "model"."""
    return GRADING_CUTS[algorithm.parameterAsEnum(parameters, Param.GRADING, context)]


def add_graded_output(algorithm: QgsProcessingAlgorithm) -> None:
    """OUTPUT: the graded segments."""
    algorithm.addParameter(QgsProcessingParameterVectorDestination(
        Param.OUTPUT, tr("Graded segments"), QgsProcessing.TypeVectorLine))


def add_paper_parameter(algorithm: QgsProcessingAlgorithm) -> None:
    algorithm.addParameter(QgsProcessingParameterEnum(
        Param.PAPER, tr("Paper"), options=[tr(label) for label in PAPER_LABELS], defaultValue=0))


def paper_choice(algorithm: QgsProcessingAlgorithm, parameters: dict, context) -> str:
    """PAPER as the layout takes it: "A4", "A3", "A4 portrait" or "A3 portrait"."""
    return PAPERS[algorithm.parameterAsEnum(parameters, Param.PAPER, context)]


def area_name_parameter(parent: str) -> QgsProcessingParameterField:
    """AREA_NAME: the field holding the areas' names, of the layer parameter `parent`."""
    return QgsProcessingParameterField(
        Param.AREA_NAME, tr("Area name field (empty: detected, e.g. 법정동명, EMD_KOR_NM, name)"),
        parentLayerParameterName=parent, type=QgsProcessingParameterField.String, optional=True)


def add_sheet_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """PAPER, AREAS, AREA_NAME, EXTENT, EXTENT_AREA and BACKGROUND: the sheet and what a meeting map shows around the
    grades (read back by processing/sheet_inputs.py)."""
    add_paper_parameter(algorithm)
    algorithm.addParameter(QgsProcessingParameterVectorLayer(
        Param.AREAS, tr("Administrative areas to draw (e.g. legal dong boundaries)"), [QgsProcessing.TypeVectorPolygon],
        optional=True))
    algorithm.addParameter(area_name_parameter(Param.AREAS))
    algorithm.addParameter(QgsProcessingParameterExtent(
        Param.EXTENT, tr("Map extent (empty: the whole graded layer)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        Param.EXTENT_AREA, tr("Map extent: one area, by its name in AREA_NAME (e.g. 여의도동)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterMultipleLayers(
        Param.BACKGROUND, tr("Background layers, drawn under the grades (an offline base map, the organisation's "
                             "tiles)"), QgsProcessing.TypeMapLayer, optional=True))
