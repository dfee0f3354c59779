"""Buildings and street blocks ranked for door-sensor outreach: where the streets at a building's door carry the most
expected incidents, with the facts behind each place (no camera near, the building's use and age, households).

Kits go to households that apply and are eligible, so the ranking says where to reach out, never who: buildings are
ranked for the officer's list, and a printed sheet shows only street blocks (faces of the road network) holding at
least a few eligible buildings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from shapely import STRtree

__all__ = ["BuildingFacts", "entrances", "building_facts", "street_blocks", "block_of", "ranked", "block_table",
           "years_of", "matches_any"]


def entrances(buildings: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """Where each building meets its street: a point stays as it is; an outline's point nearest the nearest segment
    (doors face the street), so a long building is not judged by its far end."""
    buildings = np.asarray(buildings, dtype=object)
    points = buildings.copy()
    shaped = ~np.isin(shapely.get_type_id(buildings), (0, 4))  # not Point / MultiPoint
    if shaped.any() and len(segments):
        outlines = buildings[shaped]
        _, nearest = STRtree(np.asarray(segments, dtype=object)).query_nearest(outlines, all_matches=False)
        points[shaped] = shapely.get_point(shapely.shortest_line(outlines, np.asarray(segments, dtype=object)[nearest]),
                                           0)
    multi = shapely.get_type_id(points) == 4
    points[multi] = shapely.centroid(points[multi])
    return points


@dataclass(frozen=True)
class BuildingFacts:
    """Per building: expected incidents a year on the segments within `near` m of its entrance, the highest grade
    among them (NaN: no graded street that near), and whether a camera is within `near` m."""

    near_yr: np.ndarray
    worst_grade: np.ndarray
    camera: np.ndarray


def building_facts(doors: np.ndarray, segments: np.ndarray, expected: np.ndarray, grades: np.ndarray,
                   cameras: np.ndarray | None, near: float) -> BuildingFacts:
    n = len(doors)
    near_yr, worst = np.zeros(n), np.full(n, np.nan)
    if len(segments) and n:
        door, segment = STRtree(np.asarray(segments, dtype=object)).query(doors, predicate="dwithin", distance=near)
        np.add.at(near_yr, door, np.nan_to_num(np.asarray(expected, dtype=float)[segment], nan=0.0))
        grade = np.asarray(grades, dtype=float)[segment]
        frame = pd.DataFrame({"door": door, "grade": grade}).dropna()
        highest = frame.groupby("door")["grade"].max()
        worst[highest.index.to_numpy()] = highest.to_numpy()
    camera = np.zeros(n, dtype=bool)
    if cameras is not None and len(cameras) and n:
        door, _ = STRtree(np.asarray(cameras, dtype=object)).query(doors, predicate="dwithin", distance=near)
        camera[door] = True
    return BuildingFacts(near_yr, worst, camera)


def street_blocks(segments: np.ndarray) -> np.ndarray:
    """The street blocks: the faces the road network encloses (its lines noded where they cross)."""
    segments = np.asarray(segments, dtype=object)
    if not len(segments):
        return np.zeros(0, dtype=object)
    noded = shapely.unary_union(segments)
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
    return faces[shapely.area(faces) > 1.0]  # slivers where two carriageways run side by side


def block_of(doors: np.ndarray, blocks: np.ndarray) -> np.ndarray:
    """The index of the block each entrance lies in (its nearest block within 30 m: entrances lie on the street
    line, between blocks), -1 where none."""
    found = np.full(len(doors), -1, dtype=int)
    if not len(blocks) or not len(doors):
        return found
    tree = STRtree(blocks)
    door, block = tree.query(doors, predicate="within")
    found[door[::-1]] = block[::-1]
    left = np.flatnonzero(found < 0)
    if len(left):
        door, block = tree.query_nearest(doors[left], max_distance=30.0, all_matches=False)
        found[left[door]] = block
    return found


def years_of(values: np.ndarray) -> np.ndarray:
    """The year a building was approved or built, from 사용승인일 "19890412", "1989-04-12", 1989 or "1989"; NaN
    where none can be read."""
    text = pd.Series(values, dtype=object).astype(str).str.strip()
    year = pd.to_numeric(text.str.extract(r"^(\d{4})", expand=False), errors="coerce")
    return year.where((year >= 1800) & (year <= 2100)).to_numpy(dtype=float)


def matches_any(values: np.ndarray, wanted: list[str]) -> np.ndarray:
    """Whether each value (a building's use) contains one of `wanted` (any case); all True without `wanted`."""
    text = pd.Series(values, dtype=object).fillna("").astype(str).str.casefold()
    if not wanted:
        return np.ones(len(text), dtype=bool)
    hit = np.zeros(len(text), dtype=bool)
    for word in wanted:
        hit |= text.str.contains(word.casefold(), regex=False).to_numpy()
    return hit


def ranked(facts: BuildingFacts, eligible: np.ndarray, year: np.ndarray) -> np.ndarray:
    """Eligible buildings, most expected incidents at the door first; equal ones without a camera near first, then
    the older first. Returns positions into the buildings."""
    positions = np.flatnonzero(eligible)
    keys = (np.nan_to_num(year[positions], nan=9999.0), facts.camera[positions], -facts.near_yr[positions])
    return positions[np.lexsort(keys)]


def block_table(blocks_of: np.ndarray, facts: BuildingFacts, eligible: np.ndarray, households: np.ndarray,
                share: np.ndarray) -> pd.DataFrame:
    """Per block (of the eligible buildings in one): buildings, households, the expected incidents a year near one-
    person households (near_yr × households × the area's one-person share, summed), the share of buildings without
    a camera near, and the highest grade at a door; most exposure first."""
    keep = eligible & (blocks_of >= 0)
    frame = pd.DataFrame({
        "block": blocks_of[keep], "near_yr": facts.near_yr[keep],
        "households": np.nan_to_num(households[keep], nan=1.0), "share": np.nan_to_num(share[keep], nan=1.0),
        "no_camera": ~facts.camera[keep], "grade": facts.worst_grade[keep]})
    frame["exposure"] = frame["near_yr"] * frame["households"] * frame["share"]
    table = frame.groupby("block").agg(buildings=("near_yr", "size"), households=("households", "sum"),
                                       exposure=("exposure", "sum"), near_yr=("near_yr", "max"),
                                       no_camera=("no_camera", "mean"), grade=("grade", "max"))
    return table.sort_values(["exposure", "near_yr"], ascending=False, kind="stable")
