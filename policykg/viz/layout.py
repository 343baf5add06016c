"""Positions computed ahead of time, so pages open settled (physics off): pure functions.

``tiered_layout`` puts each node on a row (its rank: level tiers, top to bottom) and orders each
row to shorten edges (barycentre sweeps).  ``timeline_layout`` puts nodes on level bands with x
along the date axis — linear time, fit for thousands of documents.

>>> pos = tiered_layout({"a": 0, "b": 1, "c": 1}, [("b", "a"), ("c", "a")])
>>> pos["a"][1] < pos["b"][1] == pos["c"][1]
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from datetime import date

Pos = dict[Hashable, tuple[float, float]]


def tiered_layout(
    ranks: dict[Hashable, int],
    edges: Iterable[tuple[Hashable, Hashable]],
    *,
    order: dict[Hashable, object] | None = None,
    x_gap: float = 230.0,
    y_gap: float = 170.0,
    max_per_row: int = 12,
    sweeps: int = 4,
) -> Pos:
    """x/y of each node: rank r at y = r·y_gap (rows with nodes only), rows centred on x = 0.

    ``order`` gives the initial left-to-right order (e.g. dates) and breaks ties.  A row with more
    than ``max_per_row`` nodes wraps onto staggered sub-rows.
    """
    order = order or {}
    adj: dict[Hashable, list[Hashable]] = defaultdict(list)
    for u, v in edges:
        if u in ranks and v in ranks and u != v:
            adj[u].append(v)
            adj[v].append(u)
    rows: dict[int, list[Hashable]] = defaultdict(list)
    for n, r in ranks.items():
        rows[r].append(n)
    row_keys = sorted(rows)
    for r in row_keys:
        rows[r].sort(key=lambda n: (_sortable(order.get(n)), str(n)))
    x: dict[Hashable, float] = {}

    def place(r: int) -> None:
        row = rows[r]
        width = min(len(row), max_per_row)
        for i, n in enumerate(row):
            x[n] = ((i % width) - (width - 1) / 2) * x_gap + (x_gap / 2 if (i // width) % 2 else 0)

    for r in row_keys:
        place(r)
    sequence = row_keys[1:] + row_keys[::-1][1:]
    for _ in range(sweeps):
        for r in sequence:

            def bary(n, r=r):  # r: the row being sorted, bound here (ruff B023)
                other = [x[m] for m in adj[n] if ranks[m] != r]
                return sum(other) / len(other) if other else x[n]

            rows[r].sort(key=lambda n: (bary(n), _sortable(order.get(n)), str(n)))
            place(r)
    pos: Pos = {}
    y = 0.0
    for r in row_keys:
        row = rows[r]
        width = min(len(row), max_per_row)
        for i, n in enumerate(row):
            pos[n] = (x[n], y + (i // width) * y_gap * 0.6)
        y += y_gap + ((len(row) - 1) // width) * y_gap * 0.6
    return pos


def row_tops(pos: Pos, ranks: dict[Hashable, int]) -> dict[int, float]:
    """The smallest y of each rank, to label bands."""
    tops: dict[int, float] = {}
    for n, (_, y) in pos.items():
        r = ranks[n]
        tops[r] = min(tops.get(r, y), y)
    return tops


def timeline_layout(
    bands: dict[Hashable, int],
    dates: dict[Hashable, str | None],
    *,
    px_per_year: float | None = None,
    lane_gap: float = 26.0,
    min_dx: float = 44.0,
    max_lanes: int = 100,
    band_gap: float = 160.0,
) -> tuple[Pos, dict[int, float], list[tuple[str, float]]]:
    """x by date, y by band (then by lane inside the band, greedily so neighbours do not overlap).

    ``px_per_year`` defaults to a width that grows with documents per year.
    Returns the positions, the top y of each band and the ticks (label, x): years, and the undated column.
    Undated nodes go to a column left of the earliest date.
    """
    xs: dict[Hashable, float | None] = {n: _year_fraction(dates.get(n)) for n in bands}
    known = [v for v in xs.values() if v is not None]
    first = min(known) if known else 2000.0
    last = max(known) if known else first
    if px_per_year is None:  # wide enough for the busiest years, not endless for a handful of documents
        span = max(1.0, last - first)
        px_per_year = max(160.0, min(800.0, 6 * len(known) / span, max(160.0, 16000.0 / span)))
    ticks: list[tuple[str, float]] = []
    if known:
        span_years = int(last) - int(first)
        step = 1 if span_years <= 15 else 5 if span_years <= 80 else 10
        for year in range(int(first) - int(first) % step, int(last) + 1, step):
            if year >= first - 0.5:
                ticks.append((str(year), (year - first) * px_per_year))
    undated_x = min([x for _, x in ticks] + [0.0]) - max(3 * px_per_year, 200.0)
    by_band: dict[int, list[Hashable]] = defaultdict(list)
    for n, b in bands.items():
        by_band[b].append(n)
    local: dict[Hashable, tuple[float, int]] = {}  # x and lane inside the band
    lanes_used: dict[int, int] = {}
    undated_cols = 0
    for b in sorted(by_band):
        members = sorted(by_band[b], key=lambda n: (xs[n] is not None, xs[n] or 0.0, str(n)))
        lanes_last: list[float] = []
        undated_count = 0
        used = 1
        for n in members:
            if xs[n] is None:
                # undated: a block of columns left of the axis
                col, lane = divmod(undated_count, max_lanes)
                undated_count += 1
                undated_cols = max(undated_cols, col + 1)
                local[n] = (undated_x - col * min_dx, lane)
                used = max(used, lane + 1)
                continue
            nx_ = (xs[n] - first) * px_per_year
            lane = next((i for i, lx in enumerate(lanes_last) if nx_ - lx >= min_dx), None)
            if lane is None:
                if len(lanes_last) < max_lanes:
                    lanes_last.append(nx_)
                    lane = len(lanes_last) - 1
                else:
                    lane = min(range(len(lanes_last)), key=lanes_last.__getitem__)
                    nx_ = max(nx_, lanes_last[lane] + min_dx)
            lanes_last[lane] = nx_
            local[n] = (nx_, lane)
            used = max(used, lane + 1)
        lanes_used[b] = used
    # Bands stack top-down; a thin band still gets a third of the tallest one, so labels stay apart.
    tallest = max(lanes_used.values(), default=1) * lane_gap
    pos: Pos = {}
    tops: dict[int, float] = {}
    y = 0.0
    for b in sorted(by_band):
        tops[b] = y
        y += max(lanes_used[b] * lane_gap, tallest / 3) + band_gap
    for n, (x, lane) in local.items():
        pos[n] = (x, tops[bands[n]] + lane * lane_gap)
    if undated_cols:
        ticks.insert(0, ("undated 无日期", undated_x - (undated_cols - 0.5) * min_dx))
    return pos, tops, ticks


def _year_fraction(value: str | None) -> float | None:
    if not value:
        return None
    try:
        d = date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return d.year + (d.timetuple().tm_yday - 1) / 366


def _sortable(value: object) -> tuple:
    return (value is None, str(value) if value is not None else "")
