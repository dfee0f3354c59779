"""A plan of new facilities of one or several kinds: which candidate sites, what each covers and averts a year, how
sure that is, and how it would have done on later incidents.

Covering a segment with a facility of kind k averts the share e_k of its expected incidents; kinds add up as
independent shares, 1 - prod(1 - e_k), and a second facility of a kind already covering it averts nothing more. One
kind is a weighted maximal covering problem, solved exactly (planning.exact_sites); several kinds make the value
monotone submodular, so sites are added greedily by gain (per cost, with a budget) and the plan's gap is bounded by
the online bound of Leskovec et al. (2007): no plan within the same limit is worth more than what greedy had at any
step plus the best gains then left that fit in the whole limit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import shapely
from scipy.sparse import csr_array
from shapely import STRtree

from .planning import coverage, covered_by, exact_sites, gap_below

__all__ = ["Kind", "Setting", "Plan", "Account", "Check", "setting", "plan_sites", "account", "ordered",
           "out_of_time", "stable_share", "snapped_counts", "along_pieces", "placed_at_top", "model_effect"]

SNAP_M = 50.0  # an incident further than this from every segment is on none (as the factors count them)
RANDOM_DRAWS = 200


@dataclass(frozen=True)
class Kind:
    """A kind of facility as the officer plans it.

    effect, low, high
        The share of a covered segment's incidents it averts, and the interval of that share (0..1). None: no
        established effect (emergency bells, unless the officer gives one): sites are then chosen for incidents
        covered, and nothing is said averted.
    """

    key: str
    radius: float
    effect: float | None
    low: float | None = None
    high: float | None = None
    cost: float = 1.0
    origin: str = "published"  # where the effect comes from: "published", "planner" or "model"

    def share(self, which: str = "effect") -> float:
        """The share averted (`which`: effect, low or high); 1 when the effect is not known (incidents covered)."""
        value = getattr(self, which)
        return 1.0 if self.effect is None else float(value if value is not None else self.effect)


@dataclass
class Setting:
    """What sites are chosen on: segments (lines), their expected incidents a year and their worth for choosing (the
    expected incidents, weighted when the officer gives a weight), candidate points, and for each kind which segments
    each candidate covers and which existing facilities cover already."""

    segments: np.ndarray
    lengths: np.ndarray
    expected: np.ndarray
    worth: np.ndarray
    candidates: np.ndarray
    kinds: list[Kind]
    cover: list[csr_array]
    present: list[np.ndarray]


def model_effect(features: list, coef: np.ndarray, key: str) -> float | None:
    """The share a facility of kind `key` averts by the grading model's own estimate: 1 - exp(coefficient) of its
    presence factor; None when the model has no such factor or finds the facility with more incidents (then the
    coefficient tells where facilities were put, not what they do)."""
    for feature, value in zip(features, coef, strict=True):
        if feature.source == key and feature.transform == "presence":
            return float(1.0 - np.exp(value)) if value < 0 else None
    return None


def setting(segments: np.ndarray, expected: np.ndarray, candidates: np.ndarray, kinds: list[Kind],
            existing: list[np.ndarray] | None = None, weight: np.ndarray | None = None) -> Setting:
    """The Setting for `kinds`, with coverage within each kind's radius; `existing`: each kind's facilities (points)
    already there; `weight`: what an incident on each segment counts for when sites are chosen (None: 1)."""
    segments = np.asarray(segments, dtype=object)
    candidates = np.asarray(candidates, dtype=object)
    expected = np.nan_to_num(np.asarray(expected, dtype=float), nan=0.0).clip(min=0.0)
    worth = expected if weight is None else expected * np.nan_to_num(np.asarray(weight, dtype=float), nan=0.0)
    existing = existing or [np.zeros(0, dtype=object)] * len(kinds)
    cover = [coverage(candidates, segments, kind.radius) for kind in kinds]
    present = [covered_by(np.asarray(points, dtype=object), segments, kind.radius)
               for points, kind in zip(existing, kinds, strict=True)]
    return Setting(segments, shapely.length(segments), expected, worth.clip(min=0.0), candidates, list(kinds), cover,
                   present)


@dataclass(frozen=True)
class Plan:
    """Sites chosen (candidate indices) and their kinds (indices into the setting's kinds), most valuable first; the
    worth they add; an upper bound on any plan's worth within the same limit; whether the plan is optimal."""

    site: np.ndarray
    kind: np.ndarray
    value: float
    bound: float
    exact: bool

    @property
    def gap(self) -> float:
        return gap_below(self.value, self.bound, self.exact)


def plan_sites(s: Setting, count: int | None = None, budget: float | None = None, which: str = "effect",
               time_limit: float = 120.0) -> Plan:
    """The plan with the most worth averted: `count` sites, or as many as `budget` pays for at each kind's cost.
    Solved exactly (scipy's MILP, HiGHS); when the solver stops at `time_limit` first, the better of its plan and
    the greedy one, with the solver's bound. One kind's sites do not depend on its effect, which scales every
    segment's worth alike."""
    if len(s.kinds) == 1:
        kind = s.kinds[0]
        number = int(np.floor(budget / kind.cost + 1e-9)) if budget is not None else int(count or 0)
        solved = exact_sites(s.cover[0], s.worth * kind.share(which), number, covered=s.present[0],
                             time_limit=time_limit)
        return Plan(np.asarray(solved.chosen, dtype=int), np.zeros(len(solved.chosen), dtype=int), solved.value,
                    solved.bound, solved.exact)
    return exact_kinds(s, count, budget, which, time_limit)


def _subsets(k: int):
    """Every subset of k kinds, as lists of indices."""
    return [[j for j in range(k) if mask >> j & 1] for mask in range(1 << k)]


def exact_kinds(s: Setting, count: int | None, budget: float | None, which: str = "effect",
                time_limit: float = 120.0) -> Plan:
    """Several kinds solved exactly. A segment's share averted, f(T) = 1 - prod over the kinds T covering it of
    (1 - e_k), is submodular in T, so for every set S of kinds f(T) <= f(S) + sum over k in T outside S of
    f(S + k) - f(S), with equality at S = T: the worth z of a segment bounded by these 2^K planes is exactly f at
    whole-number choices, and the program is an ordinary MILP."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_array, hstack, vstack
    from scipy.sparse import eye as sparse_eye

    k, m = len(s.kinds), len(s.candidates)
    shares = np.array([kind.share(which) for kind in s.kinds])
    costs = np.array([kind.cost if budget is not None else 1.0 for kind in s.kinds])
    limit = float(budget) if budget is not None else float(count or 0)
    reach = np.zeros(len(s.worth), dtype=bool)
    for cover in s.cover:
        reach |= np.asarray(cover.sum(axis=0)).ravel() > 0
    keep = np.flatnonzero((s.worth > 0) & reach)
    n = len(keep)
    if not n or limit <= 0 or not m:
        return Plan(np.zeros(0, dtype=int), np.zeros(0, dtype=int), 0.0, 0.0, True)
    # variables: x (k blocks of m sites), y (k blocks of n: segment covered by the kind), z (n: share averted)
    size = k * m + k * n + n
    objective = np.concatenate([np.zeros(k * m + k * n), -s.worth[keep]])
    rows = []
    for j in range(k):  # y_kj <= sum_i a_kij x_ki (+ 1 where existing facilities of the kind cover it)
        blocks = [csr_array((n, m))] * k
        blocks[j] = -s.cover[j][:, keep].T.tocsr()
        y_blocks = [csr_array((n, n))] * k
        y_blocks[j] = sparse_eye(n, format="csr")
        rows.append(hstack([*blocks, *y_blocks, csr_array((n, n))]))
    upper = [np.concatenate([present[keep] for present in s.present]).astype(float)]  # existing: covered already
    for subset in _subsets(k):  # z_j - sum over k outside S of (f(S+k) - f(S)) y_kj <= f(S)
        kept = float(np.prod(1.0 - shares[subset])) if subset else 1.0
        y_blocks = [csr_array((n, n)) if j in subset else sparse_eye(n, format="csr") * (-shares[j] * kept)
                    for j in range(k)]
        rows.append(hstack([csr_array((n, k * m)), *y_blocks, sparse_eye(n, format="csr")]))
        upper.append(np.full(n, 1.0 - kept))
    spend = np.concatenate([np.repeat(costs, m), np.zeros(k * n + n)])
    matrix = vstack([*rows, csr_array(spend.reshape(1, -1))]).tocsr()
    lower_y = np.concatenate([present[keep] for present in s.present]).astype(float)
    bounds = Bounds(np.concatenate([np.zeros(k * m), lower_y, np.zeros(n)]), np.ones(size))
    result = milp(objective, constraints=[LinearConstraint(matrix, -np.inf, np.concatenate([*upper, [limit]]))],
                  integrality=np.concatenate([np.ones(k * m), np.zeros(k * n + n)]), bounds=bounds,
                  options={"time_limit": time_limit})
    base = _value(s, np.zeros(0, dtype=int), np.zeros(0, dtype=int), which)  # what existing facilities avert
    greedy = greedy_kinds(s, count, budget, which)
    if result.x is None:
        return greedy
    chosen = np.flatnonzero(result.x[:k * m] > 0.5)
    sites, kinds = ordered(s, chosen % m, chosen // m, which)
    value = _value(s, sites, kinds, which) - base
    bound = -float(getattr(result, "mip_dual_bound", None) or result.fun) - base if result.status != 0 else value
    if result.status != 0 and greedy.value > value:
        return Plan(greedy.site, greedy.kind, greedy.value, max(bound, greedy.value), False)
    return Plan(sites, kinds, value, max(bound, value), result.status == 0)


def _value(s: Setting, sites: np.ndarray, kinds: np.ndarray, which: str = "effect") -> float:
    """The worth averted on every segment with existing facilities and `sites` in place."""
    shares = [kind.share(which) for kind in s.kinds]
    present = [covered.copy() for covered in s.present]
    for j in range(len(s.kinds)):
        chosen = sites[kinds == j]
        if len(chosen):
            present[j][s.cover[j][chosen, :].indices] = True
    return float((s.worth - _left(s, s.worth, shares, present)).sum())


def _left(s: Setting, weights: np.ndarray, shares: list[float], present: list[np.ndarray]) -> np.ndarray:
    """Each segment's worth not yet averted by the facilities `present`."""
    left = weights.copy()
    for share, covered in zip(shares, present, strict=True):
        left[covered] *= 1.0 - share
    return left


def _best_fill(gains: np.ndarray, costs: np.ndarray, limit: float) -> float:
    """The most gain any choice within `limit` could add were gains additive (a fractional knapsack)."""
    useful = gains > 0
    gains, costs = gains[useful], costs[useful]
    order = np.argsort(-gains / costs, kind="stable")
    total, room = 0.0, limit
    for gain, cost in zip(gains[order], costs[order], strict=True):
        if room <= 0:
            break
        take = min(1.0, room / cost)
        total += gain * take
        room -= cost * take
    return total


def greedy_kinds(s: Setting, count: int | None, budget: float | None, which: str = "effect") -> Plan:
    """Sites of several kinds added one at a time for the most worth newly averted (per cost with a budget)."""
    k, m = len(s.kinds), len(s.candidates)
    shares = [kind.share(which) for kind in s.kinds]
    costs = np.array([kind.cost if budget is not None else 1.0 for kind in s.kinds])
    limit = float(budget) if budget is not None else float(count or 0)
    present = [covered.copy() for covered in s.present]
    left = _left(s, s.worth, shares, present)
    taken = np.zeros((k, m), dtype=bool)
    entry_costs = np.repeat(costs, m)
    sites, kinds, value, spent, bound, first_best = [], [], 0.0, 0.0, np.inf, (0.0, -1, -1)
    while True:
        gains = np.stack([(s.cover[j] @ (left * ~present[j])) * shares[j] for j in range(k)]) if m else \
            np.zeros((k, 0))
        gains[taken] = 0.0
        bound = min(bound, value + _best_fill(gains.ravel(), entry_costs, limit))
        fits = (spent + costs[:, None] <= limit + 1e-9) & (gains > 0)
        if not sites and budget is not None and fits.any():  # the best single site (Khuller, Moss & Naor)
            single = np.where(fits, gains, -np.inf)
            j, i = np.unravel_index(int(np.argmax(single)), single.shape)
            first_best = (float(single[j, i]), int(j), int(i))
        if not fits.any():
            break
        score = np.where(fits, gains / costs[:, None], -np.inf)
        j, i = np.unravel_index(int(np.argmax(score)), score.shape)
        newly = s.cover[j][[i], :].indices
        newly = newly[~present[j][newly]]
        value += float(gains[j, i])
        left[newly] *= 1.0 - shares[j]
        present[j][newly] = True
        taken[j, i] = True
        spent += costs[j]
        sites.append(int(i))
        kinds.append(int(j))
    if first_best[0] > value:
        sites, kinds, value = [first_best[2]], [first_best[1]], first_best[0]
    return Plan(np.asarray(sites, dtype=int), np.asarray(kinds, dtype=int), value, max(bound, value), False)


@dataclass(frozen=True)
class Account:
    """Per site, in the plan's order, what it adds given the sites before it (so the rows add up to the plan):
    expected incidents a year on the road it newly covers, that road's length, and the incidents a year averted at
    the effect and at the ends of its interval (NaN for a kind without an effect)."""

    covered_yr: np.ndarray
    road_m: np.ndarray
    averted: np.ndarray
    averted_low: np.ndarray
    averted_high: np.ndarray


def account(s: Setting, sites: np.ndarray, kinds: np.ndarray) -> Account:
    """What each site of a plan (or of the officer's own list) adds, in its order."""
    columns: dict[str, np.ndarray] = {}
    for which in ("effect", "low", "high"):
        shares = [kind.share(which) for kind in s.kinds]
        present = [covered.copy() for covered in s.present]
        left = _left(s, s.expected, shares, present)
        covered_yr, road_m, averted = (np.zeros(len(sites)) for _ in range(3))
        for row, (i, j) in enumerate(zip(sites, kinds, strict=True)):
            newly = s.cover[j][[int(i)], :].indices
            newly = newly[~present[j][newly]]
            covered_yr[row] = s.expected[newly].sum()
            road_m[row] = s.lengths[newly].sum()
            averted[row] = left[newly].sum() * shares[j] if s.kinds[j].effect is not None else np.nan
            left[newly] *= 1.0 - shares[j]
            present[j][newly] = True
        columns[which] = averted
        columns["covered_yr"], columns["road_m"] = covered_yr, road_m
    return Account(columns["covered_yr"], columns["road_m"], columns["effect"], columns["low"], columns["high"])


def ordered(s: Setting, sites: np.ndarray, kinds: np.ndarray, which: str = "effect") -> tuple[np.ndarray, np.ndarray]:
    """Sites (a solver's, or the officer's own) listed most valuable first, each one's worth given those before it."""
    remaining = list(zip(np.asarray(sites, dtype=int), np.asarray(kinds, dtype=int), strict=True))
    shares = [kind.share(which) for kind in s.kinds]
    present = [covered.copy() for covered in s.present]
    left = _left(s, s.worth, shares, present)
    out = []
    while remaining:
        gains = [float((s.cover[j][[i], :] @ (left * ~present[j]))[0]) * shares[j] for i, j in remaining]
        i, j = remaining.pop(int(np.argmax(gains)))
        newly = s.cover[j][[i], :].indices
        newly = newly[~present[j][newly]]
        left[newly] *= 1.0 - shares[j]
        present[j][newly] = True
        out.append((i, j))
    return np.array([i for i, _ in out], dtype=int), np.array([j for _, j in out], dtype=int)


def stable_share(first: Plan, second: Plan) -> float:
    """The share of `first`'s sites (candidate and kind) that `second` chooses too (1 when `first` has none)."""
    chosen = set(zip(first.site.tolist(), first.kind.tolist(), strict=True))
    again = set(zip(second.site.tolist(), second.kind.tolist(), strict=True))
    return len(chosen & again) / len(chosen) if chosen else 1.0


def snapped_counts(points: np.ndarray, segments: np.ndarray, snap: float = SNAP_M) -> np.ndarray:
    """Incidents on each segment: each point on its nearest segment within `snap` (further ones on none)."""
    counts = np.zeros(len(segments))
    points = np.asarray(points, dtype=object)
    if not len(points) or not len(segments):
        return counts
    point, segment = STRtree(np.asarray(segments, dtype=object)).query_nearest(points, max_distance=snap,
                                                                               all_matches=False)
    np.add.at(counts, segment, 1.0)
    return counts


@dataclass(frozen=True)
class Check:
    """Later incidents on the segments that sites chosen from the earlier period reach, against the same number of
    sites at the segments of highest earlier risk, at those with the most earlier incidents, and at random (mean and
    5-95% of `RANDOM_DRAWS`)."""

    sites: int
    later: float
    plan: float
    top_risk: float
    hot_spots: float
    random_mean: float
    random_low: float
    random_high: float


def _reached(s: Setting, counts: np.ndarray, sites: np.ndarray, kinds: np.ndarray) -> float:
    """Incidents (`counts` per segment) on the segments the sites newly reach: not those existing facilities of the
    site's kind cover already (a plan that avoids them must not lose to one that doubles up on them)."""
    reached = np.zeros(len(counts), dtype=bool)
    for j in range(len(s.kinds)):
        chosen = sites[kinds == j]
        if len(chosen):
            hit = np.zeros(len(counts), dtype=bool)
            hit[s.cover[j][chosen, :].indices] = True
            reached |= hit & ~s.present[j]
    return float(counts[reached].sum())


def _top_sites(s: Setting, scores: np.ndarray, kinds: np.ndarray) -> np.ndarray:
    """One site for each of the segments scoring highest, highest first: the candidate nearest it, within its kind's
    radius, not taken yet (placement by ranking streets, which a plan has to beat)."""
    tree = STRtree(s.candidates)
    order = np.argsort(-np.nan_to_num(scores, nan=-np.inf), kind="stable")
    chosen: list[int] = []
    for segment in order:
        if len(chosen) == len(kinds):
            break
        near = tree.query(s.segments[segment], predicate="dwithin", distance=s.kinds[kinds[len(chosen)]].radius)
        near = [int(i) for i in near[np.argsort(shapely.distance(s.candidates[near], s.segments[segment]))]
                if int(i) not in chosen]
        if near:
            chosen.append(near[0])
    return np.asarray(chosen, dtype=int)


def placed_at_top(s: Setting, scores: np.ndarray, kinds: np.ndarray) -> Plan:
    """The plan that puts one site of each of `kinds` (in order) at each of the segments scoring highest (the
    nearest candidate within reach), listed most valuable first: what a covering plan is checked against, and used
    instead when it reached more later incidents on the officer's own dates."""
    sites = _top_sites(s, scores, kinds)
    sites, kinds = ordered(s, sites, np.asarray(kinds, dtype=int)[:len(sites)])
    empty = np.zeros(0, dtype=int)
    value = _value(s, sites, kinds) - _value(s, empty, empty)
    return Plan(sites, kinds, value, value, False)


def out_of_time(s: Setting, earlier_expected: np.ndarray, earlier: np.ndarray, later: np.ndarray,
                count: int | None, budget: float | None, seed: int = 0) -> Check:
    """Choose sites as the plan does but on the earlier period alone (`earlier_expected`: each segment's expected
    incidents from the model fed the earlier incidents only) and count the later incidents on the segments they
    reach, against the same kinds placed at the highest-risk segments, at the earlier hot spots, and at random."""
    earlier_counts, later_counts = snapped_counts(earlier, s.segments), snapped_counts(later, s.segments)
    expected = np.nan_to_num(np.asarray(earlier_expected, dtype=float), nan=0.0)
    then = replace(s, expected=expected, worth=expected)
    planned = plan_sites(then, count, budget)
    kinds = planned.kind
    top = _top_sites(then, expected, kinds)
    hot = _top_sites(then, earlier_counts, kinds)
    rng = np.random.default_rng(seed)
    draws = [_reached(s, later_counts, rng.choice(len(s.candidates), size=len(kinds), replace=False), kinds)
             for _ in range(RANDOM_DRAWS)] if len(kinds) <= len(s.candidates) else [0.0]
    return Check(len(kinds), float(later_counts.sum()), _reached(s, later_counts, planned.site, kinds),
                 _reached(s, later_counts, top, kinds[:len(top)]), _reached(s, later_counts, hot, kinds[:len(hot)]),
                 float(np.mean(draws)), float(np.percentile(draws, 5)), float(np.percentile(draws, 95)))


def along_pieces(lines: np.ndarray, pieces: np.ndarray, spacing: float) -> np.ndarray:
    """Candidate sites about every `spacing` along roads cut into pieces numbered from 0 along each road
    (core/segment.py): the middle of every k-th piece, k the spacing in pieces, so every road has one."""
    lines = np.asarray(lines, dtype=object)
    if not len(lines):
        return np.zeros(0, dtype=object)
    piece_length = float(np.median(shapely.length(lines))) or 1.0
    step = max(1, int(round(spacing / piece_length)))
    numbers = np.nan_to_num(np.asarray(pieces, dtype=float), nan=0.0).astype(np.int64)
    return shapely.line_interpolate_point(lines[numbers % step == 0], 0.5, normalized=True)
