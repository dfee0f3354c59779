"""segment.py: cutting roads into consecutive fixed-length pieces."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import LineString, MultiLineString

from cpted_safety_map.plugin.core.segment import (
    MAX_ROAD_FID,
    PIECES_PER_ROAD,
    cut_lines,
    free_names,
    place_in_run,
    repeated_geometries,
    segment_roads,
    too_many_pieces,
)

from .helpers import CRS, frame

EMPTY_LINE = shapely.from_wkt("LINESTRING EMPTY")


def coords(geometry) -> list[tuple[float, ...]]:
    return [tuple(c) for c in geometry.coords]


def test_25m_road_gives_pieces_of_10_10_5_in_order():
    out = segment_roads(frame([LineString([(0, 0), (25, 0)])]), 10.0)

    assert out["piece_no"].tolist() == [0, 1, 2]
    assert out["length_m"].tolist() == pytest.approx([10, 10, 5], abs=1e-12)
    assert [coords(g) for g in out.geometry] == [
        [(0, 0), (10, 0)], [(10, 0), (20, 0)], [(20, 0), (25, 0)]]


def test_pieces_are_chained_end_to_end_and_sum_to_road_length():
    # 5 m (3-4-5 triangle) then 26 m north: 31 m -> 10, 10, 10, 1
    road = LineString([(0, 0), (3, 4), (3, 30)])
    pieces = segment_roads(frame([road]), 10.0).geometry.tolist()

    assert [p.length for p in pieces] == pytest.approx([10, 10, 10, 1], abs=1e-9)
    assert sum(p.length for p in pieces) == pytest.approx(road.length, abs=1e-9)
    assert coords(pieces[0])[0] == (0, 0)
    assert coords(pieces[-1])[-1] == (3, 30)
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert coords(before)[-1] == coords(after)[0]
    # the first breakpoint lies 5 m past the bend at (3, 4)
    assert coords(pieces[0])[-1] == pytest.approx((3, 9))
    assert coords(pieces[0]) == [(0, 0), (3, 4), pytest.approx((3, 9))]


def test_seg_id_is_road_fid_times_a_million_plus_piece_no():
    roads = frame([LineString([(0, 0), (25, 0)]), LineString([(0, 50), (0, 70)])])
    out = segment_roads(roads, 10.0, road_fid=np.array([7, 42]))

    assert out["road_fid"].tolist() == [7, 7, 7, 42, 42]
    assert out["seg_id"].tolist() == [7_000_000, 7_000_001, 7_000_002, 42_000_000, 42_000_001]
    assert (out["seg_id"] == out["road_fid"] * PIECES_PER_ROAD + out["piece_no"]).all()


def test_seg_id_uses_the_row_index_when_no_road_fid_given():
    roads = frame([LineString([(0, 0), (15, 0)]), LineString([(0, 9), (5, 9)])], index=[3, 9])
    out = segment_roads(roads, 10.0)

    assert out["seg_id"].tolist() == [3_000_000, 3_000_001, 9_000_000]


def test_road_attributes_are_carried_to_every_piece():
    roads = frame([LineString([(0, 0), (25, 0)]), LineString([(0, 50), (12, 50)])],
                  name=["Main street", "Side lane"], lanes=[2, 1])
    out = segment_roads(roads, 10.0)

    assert list(out.columns[:4]) == ["seg_id", "road_fid", "piece_no", "length_m"]
    assert out["name"].tolist() == ["Main street"] * 3 + ["Side lane"] * 2
    assert out["lanes"].tolist() == [2, 2, 2, 1, 1]
    assert out.crs == CRS


@pytest.mark.parametrize("end", [20.0, 20.0000000001, 20.0 + 5e-7, 19.9999999999])
def test_road_of_twice_the_length_gives_exactly_two_pieces_despite_float_noise(end):
    out = segment_roads(frame([LineString([(0, 0), (end, 0)])]), 10.0)

    assert len(out) == 2
    assert out["length_m"].tolist() == pytest.approx([10, end - 10], abs=1e-12)


def test_twenty_metres_summed_from_many_short_steps_gives_two_pieces():
    x = np.linspace(0.0, 20.0, 201)  # 200 steps of ~0.1 m whose float sum is not exactly 20
    out = segment_roads(frame([LineString(np.c_[x, np.zeros_like(x)])]), 10.0)

    assert len(out) == 2
    assert out["length_m"].tolist() == pytest.approx([10, 10], abs=1e-9)


def test_remainder_over_a_micrometre_stays_a_piece_of_its_own():
    out = segment_roads(frame([LineString([(0, 0), (20.000002, 0)])]), 10.0)

    assert out["length_m"].tolist() == pytest.approx([10, 10, 2e-6], abs=1e-9)


def test_multipart_road_restarts_at_each_part_and_keeps_counting_pieces():
    road = MultiLineString([[(0, 0), (15, 0)], [(100, 0), (100, 12)]])
    out = segment_roads(frame([road]), 10.0, road_fid=np.array([5]))

    assert out["piece_no"].tolist() == [0, 1, 2, 3]
    assert out["seg_id"].tolist() == [5_000_000, 5_000_001, 5_000_002, 5_000_003]
    assert out["length_m"].tolist() == pytest.approx([10, 5, 10, 2], abs=1e-12)
    assert [coords(g) for g in out.geometry] == [
        [(0, 0), (10, 0)], [(10, 0), (15, 0)], [(100, 0), (100, 10)], [(100, 10), (100, 12)]]


def test_vertex_exactly_on_a_breakpoint_gives_no_duplicate_points():
    # vertices at 10 m and 20 m along the road, both exactly on breakpoints
    road = LineString([(0, 0), (10, 0), (10, 10), (10, 15)])
    out = segment_roads(frame([road]), 10.0)

    assert [coords(g) for g in out.geometry] == [
        [(0, 0), (10, 0)], [(10, 0), (10, 10)], [(10, 10), (10, 15)]]


def test_repeated_vertex_gives_no_duplicate_points():
    road = LineString([(0, 0), (4, 0), (4, 0), (12, 0)])
    out = segment_roads(frame([road]), 10.0)

    assert [coords(g) for g in out.geometry] == [[(0, 0), (4, 0), (10, 0)], [(10, 0), (12, 0)]]


def test_curved_road_pieces_are_10m_along_the_curve_and_lie_on_it():
    radius = 50.0
    angles = np.linspace(0, math.pi / 2, 181)
    road = LineString(np.c_[radius * np.cos(angles), radius * np.sin(angles)])
    n_expected = math.ceil(road.length / 10)  # about 78.5 m -> 8 pieces

    pieces = segment_roads(frame([road]), 10.0).geometry.tolist()

    assert len(pieces) == n_expected == 8
    lengths = [p.length for p in pieces]
    assert lengths[:-1] == pytest.approx([10.0] * (n_expected - 1), abs=1e-9)
    assert lengths[-1] == pytest.approx(road.length - 10 * (n_expected - 1), abs=1e-9)
    points = shapely.points(np.vstack([shapely.get_coordinates(p) for p in pieces]))
    assert shapely.distance(points, road).max() < 1e-6
    assert all(len(p.coords) > 2 for p in pieces)  # pieces follow the curve rather than cutting across it
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert coords(before)[-1] == coords(after)[0]


def test_same_roads_give_identical_output_twice():
    roads = frame([LineString([(0, 0), (3, 4), (3, 30)]), MultiLineString([[(0, 0), (15, 0)], [(9, 9), (9, 30)]])],
                  name=["a", "b"])
    first, second = segment_roads(roads, 10.0), segment_roads(roads, 10.0)

    assert first["seg_id"].tolist() == second["seg_id"].tolist()
    assert shapely.to_wkb(first.geometry.values).tolist() == shapely.to_wkb(second.geometry.values).tolist()


@pytest.mark.parametrize("geometry", [EMPTY_LINE, LineString([(3, 3), (3, 3)]), None],
                         ids=["empty", "zero-length", "null"])
def test_empty_zero_length_or_null_road_gives_no_pieces(geometry):
    out = segment_roads(frame([geometry]), 10.0)

    assert len(out) == 0
    assert list(out.columns[:4]) == ["seg_id", "road_fid", "piece_no", "length_m"]


@pytest.mark.parametrize("geometry", [LineString([(3, 3), (3, 3)]), None], ids=["zero-length", "null"])
def test_road_without_length_among_others_is_skipped(geometry):
    out = segment_roads(frame([geometry, LineString([(0, 0), (25, 0)])]), 10.0)

    assert out["road_fid"].tolist() == [1, 1, 1]
    assert out["piece_no"].tolist() == [0, 1, 2]


EMPTY_BUG = ("cut_lines: an empty LineString that is not the only geometry breaks the vertex bookkeeping "
             "(first part: part_length = total length -> GEOSException; last part: IndexError)")


@pytest.mark.parametrize("empty_first", [
    True,
    False,
], ids=["empty-before", "empty-after"])
def test_empty_road_among_others_is_skipped(empty_first):
    road = LineString([(0, 0), (25, 0)])
    geometries = [EMPTY_LINE, road] if empty_first else [road, EMPTY_LINE]

    out = segment_roads(frame(geometries), 10.0)

    assert out["length_m"].tolist() == pytest.approx([10, 10, 5])
    assert out["road_fid"].tolist() == [1 if empty_first else 0] * 3


@pytest.mark.parametrize("length", [0.0, -10.0, float("nan")])
def test_non_positive_piece_length_raises(length):
    with pytest.raises(ValueError, match="positive"):
        cut_lines(np.array([LineString([(0, 0), (25, 0)])]), length)


def test_fid_column_is_not_carried():
    roads = frame([LineString([(0, 0), (15, 0)])], fid=[99], name=["x"])
    out = segment_roads(roads, 10.0)

    assert "fid" not in out.columns
    assert out["name"].tolist() == ["x", "x"]


def test_input_columns_named_like_own_columns_keep_their_values_under_a_new_name():
    roads = frame([LineString([(0, 0), (15, 0)])], seg_id=[-1], length_m=[123.0], Grade=["steep"], seg_id_1=[5])
    out = segment_roads(roads, 10.0, reserved=("grade",))

    assert out["seg_id"].tolist() == [0, 1] and out["length_m"].tolist() == pytest.approx([10, 5])
    assert out["seg_id_2"].tolist() == [-1, -1] and out["seg_id_1"].tolist() == [5, 5]  # _1 was taken
    assert out["length_m_1"].tolist() == [123.0, 123.0] and out["Grade_1"].tolist() == ["steep", "steep"]


def test_free_names_compare_without_case_and_skip_taken_names():
    assert free_names(["grade", "GRADE_1", "name", "Risk"], ["grade", "risk"]) == {"grade": "grade_2",
                                                                                  "Risk": "Risk_1"}


def test_feature_ids_beyond_what_segment_ids_can_hold_are_refused():
    with pytest.raises(ValueError, match="feature ids"):
        segment_roads(frame([LineString([(0, 0), (15, 0)])], index=[MAX_ROAD_FID + 1]), 10.0)
    out = segment_roads(frame([LineString([(0, 0), (15, 0)])], index=[2**40]), 10.0)  # OpenStreetMap-sized ids
    assert out["seg_id"].tolist() == [2**40 * PIECES_PER_ROAD, 2**40 * PIECES_PER_ROAD + 1]


def test_roads_too_long_for_their_ids_are_found_before_cutting():
    lengths = np.array([10.0, 9_999_990.0, 10_000_000.0, np.nan])
    assert too_many_pieces(lengths, 10.0).tolist() == [2]


def test_z_coordinates_are_dropped_and_lengths_are_horizontal():
    # 25 m on the ground, rising 50 m: cut by horizontal length, output 2D
    out = segment_roads(frame([LineString([(0, 0, 0), (25, 0, 50)])]), 10.0)

    assert not shapely.has_z(out.geometry.values).any()
    assert out["length_m"].tolist() == pytest.approx([10, 10, 5])


# --- property-based: any lines, any piece length ----------------------------------------------------------------

coordinate = st.floats(-200, 200, allow_nan=False).map(lambda v: round(v, 2))
part = st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=6).filter(
    lambda points: LineString(points).length > 0.01)
road = st.one_of(part.map(LineString), st.lists(part, min_size=1, max_size=3).map(MultiLineString))


@settings(max_examples=50, derandomize=True, deadline=None)
@given(roads=st.lists(road, min_size=1, max_size=4), length=st.floats(2.0, 200.0))
def test_pieces_chain_end_to_end_add_up_and_keep_stable_ids(roads, length):
    out = segment_roads(frame(roads, index=list(range(100, 100 + len(roads)))), length)

    for position, geometry in enumerate(roads):
        fid = 100 + position
        mine = out[out["road_fid"] == fid]
        assert mine["piece_no"].tolist() == list(range(len(mine)))  # numbered 0, 1, ... along the road
        assert (mine["seg_id"] == fid * PIECES_PER_ROAD + mine["piece_no"]).all()
        assert mine["length_m"].sum() == pytest.approx(geometry.length, rel=1e-9, abs=1e-6)
        assert (mine["length_m"] <= length + 1e-6).all()
        pieces, k = list(mine.geometry), 0
        for line in getattr(geometry, "geoms", [geometry]):  # each part: full pieces, then its remainder
            part_pieces, total = [], 0.0
            while total < line.length - 1e-6:
                part_pieces.append(pieces[k])
                total += pieces[k].length
                k += 1
            assert all(p.length == pytest.approx(length, abs=1e-6) for p in part_pieces[:-1])
            assert coords(part_pieces[0])[0] == pytest.approx(coords(line)[0])
            assert coords(part_pieces[-1])[-1] == pytest.approx(coords(line)[-1])
            for before, after in zip(part_pieces[:-1], part_pieces[1:], strict=True):
                assert coords(before)[-1] == pytest.approx(coords(after)[0], abs=1e-9)
        alone = segment_roads(frame([geometry], index=[fid]), length)  # the same road cut on its own
        assert alone["seg_id"].tolist() == mine["seg_id"].tolist()
        assert list(alone.geometry.to_wkb()) == list(mine.geometry.to_wkb())


def test_a_road_given_again_or_drawn_backwards_is_a_repeat():
    road = LineString([(0, 0), (10, 0), (10, 5)])
    geometries = np.array([road, LineString([(0, 0), (20, 0)]), road, road.reverse(), None, EMPTY_LINE, EMPTY_LINE,
                           LineString([(0, 0), (10, 0), (10, 5.001)])], dtype=object)

    repeated, times = repeated_geometries(geometries)

    assert repeated.tolist() == [False, False, True, True, False, False, False, False]
    assert times == 3
    assert repeated_geometries(np.array([road], dtype=object))[1] == 1
    assert repeated_geometries(np.array([], dtype=object))[1] == 0


@given(st.lists(st.integers(0, 6), max_size=20))
def test_each_item_knows_its_place_in_its_run(counts):
    expected = [place for count in counts for place in range(count)]
    assert place_in_run(np.array(counts, dtype=np.int64)).tolist() == expected
