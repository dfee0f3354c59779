"""Synthetic city for benchmarks: a street grid plus simulated crimes, population and facilities (all synthetic).

EPSG:5186 around central Seoul, one numpy default_rng seed, whole-array numpy/shapely so 10,000,000 segments
(100,000 km of road) stay fast. Grid: 60-150 m blocks, jittered nodes, a smooth warp bending the streets, bowed
streets, diagonal avenues, dropped edges and parks; a road is one edge between grid nodes. Coordinates are
scaled (by a few per cent) so the total road length is exactly target_segments * segment_length.
Run: PYTHONPATH=. python -m bench.city --segments 1000000 --out /tmp/city_1m.gpkg
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import NamedTuple

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

CRS = "EPSG:5186"
ORIGIN = (198_000.0, 551_000.0)  # central Seoul in EPSG:5186
BLOCK_M = (60.0, 150.0)
METRES_PER_EDGE = 94.0  # mean road length per grid edge slot after drops and parks (measured), sizes the grid
MAIN_EVERY = 8  # every 8th grid line is a main road
PARK_GROUP = 5  # parks are PARK_GROUP x PARK_GROUP blocks without inner streets
CLASSES = np.array(["main", "local", "alley"], dtype=object)
CRIMES = {"theft": 0.40, "assault": 0.25, "burglary": 0.12, "robbery": 0.05, "sexual_violence": 0.08, "vandalism": 0.10}
CAMERAS = {"crime_prevention": 0.55, "traffic": 0.20, "child_safety": 0.15, "facility": 0.10}
FIXED_DATE = "2025-01-01T00:00:00Z"
DESCRIPTIONS = {name: f"synthetic {what} for benchmarks (bench.city), not real data" for name, what in (
    ("roads", "street grid"), ("crimes_simulated", "simulated crimes clustered on a few hot roads"),
    ("population_simulated", "simulated night population grid"), ("streetlights", "streetlights along roads"),
    ("cctv", "CCTV cameras near roads"), ("emergency_bells", "emergency bells near roads"))}


class Network(NamedTuple):
    """Road vertices of all edges concatenated, with distance along the whole network."""

    coords: np.ndarray  # (V, 2)
    cum: np.ndarray  # (V,) distance from the first vertex, not counting jumps between edges
    vertex_edge: np.ndarray  # (V,) edge of each vertex
    first: np.ndarray  # (E,) first vertex of each edge
    length: np.ndarray  # (E,)
    street: np.ndarray  # (E,) street (grid line or diagonal) number
    road_class: np.ndarray  # (E,) 0 main, 1 local, 2 alley


def _edges(n: int, rng: np.random.Generator) -> tuple[np.ndarray, ...]:
    """Grid and diagonal edges (a, b, street, road_class, multi_vertex, curvy) after drops and parks."""
    ids = np.arange(n * n).reshape(n, n)  # ids[row j, column i]
    offsets = rng.integers(MAIN_EVERY, size=2)
    h_a, v_a = ids[:, :-1].ravel(), ids[:-1, :].ravel()
    h_street, v_col = np.repeat(np.arange(n), n - 1), np.tile(np.arange(n), n - 1)
    bj, bi = np.divmod(np.arange((n - 1) ** 2), n - 1)  # blocks by their lower-left node
    k = max(1, n // 40)
    diag = np.sort(rng.choice(np.arange(-(n - 2), n - 1), size=k, replace=False))  # i - j of diagonal avenues
    anti = np.sort(rng.choice(np.arange(2 * n - 3), size=k, replace=False))  # i + j of anti-diagonals
    on_diag = np.isin(bi - bj, diag)
    on_anti = np.isin(bi + bj, anti) & ~on_diag  # never two streets crossing without a node
    lower_left = bj * n + bi
    a = np.concatenate([h_a, v_a, lower_left[on_diag], lower_left[on_anti] + 1])
    b = np.concatenate([h_a + 1, v_a + n, lower_left[on_diag] + n + 1, lower_left[on_anti] + n])
    street = np.concatenate([h_street, n + v_col, 2 * n + np.searchsorted(diag, (bi - bj)[on_diag]),
                             2 * n + k + np.searchsorted(anti, (bi + bj)[on_anti])])
    n_grid = len(h_a) + len(v_a)
    diagonal = np.arange(len(a)) >= n_grid
    main = diagonal | np.concatenate([h_street % MAIN_EVERY == offsets[0], v_col % MAIN_EVERY == offsets[1],
                                      np.zeros(len(a) - n_grid, dtype=bool)])
    road_class = np.where(main, 0, np.where(rng.random(len(a)) < 0.25, 2, 1))
    jj, ii = np.divmod(np.arange(n * n), n)
    park_group = rng.random((n // PARK_GROUP + 1,) * 2) < 0.04
    in_park = park_group[jj // PARK_GROUP, ii // PARK_GROUP] & (ii % PARK_GROUP != 0) & (jj % PARK_GROUP != 0)
    keep = main | (~(in_park[a] | in_park[b]) & (rng.random(len(a)) >= 0.10))
    curvy = (road_class != 0) & (rng.random(len(a)) < 0.15)
    multi = curvy | diagonal
    return a[keep], b[keep], street[keep], road_class[keep], multi[keep], curvy[keep]


def _warp(p: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Smooth displacement (three long sine waves per axis, 10-30 m) that bends straight streets."""
    angle, wavelength = rng.uniform(0, 2 * np.pi, (2, 3)), rng.uniform(2000, 5000, (2, 3))
    amplitude, phase = rng.uniform(10, 30, (2, 3)), rng.uniform(0, 2 * np.pi, (2, 3))
    out = p.copy()
    for axis in range(2):
        along = p[:, :1] * np.cos(angle[axis]) + p[:, 1:] * np.sin(angle[axis])
        out[:, axis] += (amplitude[axis] * np.sin(2 * np.pi * along / wavelength[axis] + phase[axis])).sum(axis=1)
    return out


def _network(target_length: float, rng: np.random.Generator) -> Network:
    """The street network, scaled so its total length is target_length."""
    n = max(4, int(np.ceil((1 + np.sqrt(1 + 2 * target_length / METRES_PER_EDGE)) / 2)))  # 2 n (n-1) edge slots
    xs, ys = (np.concatenate([[0.0], np.cumsum(rng.uniform(*BLOCK_M, n - 1))]) for _ in range(2))
    jj, ii = np.divmod(np.arange(n * n), n)
    nodes = np.column_stack([xs[ii], ys[jj]]) + np.clip(rng.normal(0, 3, (n * n, 2)), -8, 8)
    a, b, street, road_class, multi, curvy = _edges(n, rng)
    n_vertices = np.where(multi, 7, 3)
    vertex_edge = np.repeat(np.arange(len(a)), n_vertices)
    first = np.cumsum(n_vertices) - n_vertices
    t = (np.arange(len(vertex_edge)) - first[vertex_edge]) / (n_vertices - 1)[vertex_edge]
    delta = nodes[b] - nodes[a]
    normal = np.column_stack([-delta[:, 1], delta[:, 0]]) / np.hypot(*delta.T)[:, None]
    bow = np.where(curvy, rng.uniform(-0.12, 0.12, len(a)) * np.hypot(*delta.T), 0.0)  # sagitta of a curvy street
    p = nodes[a][vertex_edge] + t[:, None] * delta[vertex_edge]
    p += (bow[vertex_edge] * np.sin(np.pi * t))[:, None] * normal[vertex_edge]
    p = _warp(p, rng)
    steps = np.hypot(*np.diff(p, axis=0, prepend=p[:1]).T)
    steps[first] = 0.0  # no jumps between edges
    cum = np.cumsum(steps)
    scale, centre = target_length / cum[-1], (p.min(axis=0) + p.max(axis=0)) / 2
    coords, cum = (p - centre) * scale + np.asarray(ORIGIN), cum * scale
    length = cum[np.cumsum(n_vertices) - 1] - cum[first]
    return Network(coords, cum, vertex_edge, first, length, street, road_class)


def _frame(columns: dict[str, np.ndarray], geometry: np.ndarray) -> gpd.GeoDataFrame:
    """A GeoDataFrame in the city's CRS."""
    return gpd.GeoDataFrame(columns, geometry=geometry, crs=CRS)


def _points_at(net: Network, distance: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Points at network distances (0 .. total), moved `offset` metres to the left (negative: right)."""
    v = np.clip(np.searchsorted(net.cum, distance, side="right") - 1, 0, len(net.cum) - 2)
    step = net.coords[v + 1] - net.coords[v]
    step_len = np.maximum(net.cum[v + 1] - net.cum[v], 1e-9)
    xy = net.coords[v] + ((distance - net.cum[v]) / step_len)[:, None] * step
    xy += (offset / step_len)[:, None] * np.column_stack([-step[:, 1], step[:, 0]])
    return shapely.points(xy)


def _random_along(net: Network, count: int, rng: np.random.Generator, hot_share: float = 0.0) -> np.ndarray:
    """Sorted network distances of `count` random points: hot_share of them on 3% of the roads, the rest anywhere."""
    n_hot = int(round(count * hot_share))
    hot = rng.choice(len(net.length), size=max(1, round(0.03 * len(net.length))), replace=False)
    hot_cum = np.cumsum(net.length[hot])
    u = rng.uniform(0, hot_cum[-1], n_hot)
    pick = np.minimum(np.searchsorted(hot_cum, u, side="right"), len(hot) - 1)
    on_hot = net.cum[net.first[hot[pick]]] + np.clip(u - (hot_cum[pick] - net.length[hot[pick]]), 0, None)
    return np.sort(np.concatenate([on_hot, rng.uniform(0, net.cum[-1], count - n_hot)]))  # file order follows roads


def _population(net: Network, cell: float, rng: np.random.Generator) -> gpd.GeoDataFrame:
    """Square cells over the roads' bounding box with a smooth night population (about 40 people per 50 m)."""
    lo = np.floor(net.coords.min(axis=0) / cell) * cell
    nx, ny = np.ceil((net.coords.max(axis=0) - lo) / cell).astype(int)
    rows, cols = np.divmod(np.arange(nx * ny), nx)
    x0, y0 = lo[0] + cols * cell, lo[1] + rows * cell
    lattice = 1000.0  # random values on a 1 km lattice, smoothstep-interpolated to the cells
    gx, gy = (x0 + cell / 2 - lo[0]) / lattice, (y0 + cell / 2 - lo[1]) / lattice
    values = rng.lognormal(0.0, 0.8, (int(gy.max()) + 2, int(gx.max()) + 2))
    ix, iy = gx.astype(int), gy.astype(int)
    wx, wy = (w * w * (3 - 2 * w) for w in (gx - ix, gy - iy))
    field = ((1 - wx) * (1 - wy) * values[iy, ix] + wx * (1 - wy) * values[iy, ix + 1]
             + (1 - wx) * wy * values[iy + 1, ix] + wx * wy * values[iy + 1, ix + 1])
    pop = np.round(40.0 * (cell / 50.0) ** 2 * field / np.exp(0.32), 1)  # lognormal mean is exp(0.8**2 / 2)
    row_id, col_id = (np.char.add(c, np.char.zfill(np.arange(k).astype(str), 5)) for c, k in (("R", ny), ("C", nx)))
    cell_id = np.char.add(row_id[:, None], col_id[None, :]).ravel().astype(object)  # "R00012C00345"
    return _frame({"cell_id": cell_id, "pop_night": pop}, shapely.box(x0, y0, x0 + cell, y0 + cell))


def generate_city(target_segments: int, seed: int = 1, segment_length: float = 10.0, *,
                  population_cell: float = 50.0, light_spacing: float | None = None) -> dict[str, gpd.GeoDataFrame]:
    """A synthetic city with target_segments * segment_length metres of road; layer name -> frame.

    light_spacing defaults to 10 * segment_length (100 m), i.e. 0.1 * target_segments streetlights.
    """
    rng = np.random.default_rng(seed)
    net = _network(target_segments * segment_length, rng)
    streets = np.unique(net.street)
    names = np.char.add("Road ", (np.arange(len(streets)) + 1).astype(str)).astype(object)
    roads = _frame({"road_id": np.arange(1, len(net.length) + 1, dtype=np.int64),
                    "name": names[np.searchsorted(streets, net.street)], "road_class": CLASSES[net.road_class]},
                   shapely.linestrings(net.coords, indices=net.vertex_edge))

    n_crimes, n_cctv, n_bells = (round(share * target_segments) for share in (0.2, 0.05, 0.01))
    crimes = _frame({"year": rng.choice(np.array([2024, 2025], dtype=np.int64), n_crimes),
                     "category": rng.choice(np.array([*CRIMES], dtype=object), n_crimes, p=[*CRIMES.values()])},
                    _points_at(net, _random_along(net, n_crimes, rng, 0.7), rng.uniform(-8, 8, n_crimes)))
    spacing = 10 * segment_length if light_spacing is None else light_spacing
    light_at = (np.arange(int(net.cum[-1] // spacing)) + 0.5) * spacing
    lights = _frame({"light_id": np.arange(1, len(light_at) + 1, dtype=np.int64)},
                    _points_at(net, light_at, np.where(np.arange(len(light_at)) % 2, 5.0, -5.0)))
    cctv = _frame({"cam_type": rng.choice(np.array([*CAMERAS], dtype=object), n_cctv, p=[*CAMERAS.values()])},
                  _points_at(net, _random_along(net, n_cctv, rng), rng.uniform(-8, 8, n_cctv)))
    bells = _frame({"bell_id": np.arange(1, n_bells + 1, dtype=np.int64)},
                   _points_at(net, _random_along(net, n_bells, rng), rng.uniform(-8, 8, n_bells)))
    return {"roads": roads, "crimes_simulated": crimes, "population_simulated": _population(net, population_cell, rng),
            "streetlights": lights, "cctv": cctv, "emergency_bells": bells}


def write_city(city: dict[str, gpd.GeoDataFrame], path: Path) -> Path:
    """Write every layer into one GeoPackage 1.2 (replaced if present) with reproducible bytes."""
    path = Path(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_DATE})
    try:
        for i, (name, frame) in enumerate(city.items()):
            if "fid" in (c.lower() for c in frame.columns):
                raise ValueError(f"layer {name} has a column named fid")
            pyogrio.write_dataframe(frame, path, layer=name, driver="GPKG", append=i > 0,
                                    dataset_options={"VERSION": "1.2"} if i == 0 else None,
                                    layer_options={"DESCRIPTION": DESCRIPTIONS.get(name, f"synthetic {name}")})
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})
    return path


def main(argv: list[str] | None = None) -> None:
    """CLI: generate a city, write it, print counts, road km and timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for flag, kind, default in (("--segments", int, 1_000_000), ("--seed", int, 1), ("--segment-length", float, 10.0)):
        parser.add_argument(flag, type=kind, default=default)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    city = generate_city(args.segments, args.seed, args.segment_length)
    generated = time.perf_counter()
    write_city(city, args.out)
    written = time.perf_counter()
    lengths = shapely.length(city["roads"].geometry.values)
    for name, frame in city.items():
        print(f"{name:22s} {len(frame):>11,d}")
    print(f"road km {lengths.sum() / 1000:,.1f} (target {args.segments * args.segment_length / 1000:,.1f}); "
          f"{args.segment_length:g} m pieces {int(np.ceil(lengths / args.segment_length).sum()):,d}; "
          f"road length median {np.median(lengths):.0f} m")
    print(f"generation {generated - start:.1f} s, write {written - generated:.1f} s, "
          f"file {args.out.stat().st_size / 1e6:,.1f} MB")


if __name__ == "__main__":
    main()
