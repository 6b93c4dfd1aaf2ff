"""Display decimation of growing polylines (trails, loss curves). Qt-free.

A point that lands in the same screen cell as the point before it adds nothing visible,
so only the first point of each run of same-cell points is kept. That keeps every
wall-to-wall zig-zag (each bounce moves many pixels) while a converging tail of
thousands of steps collapses to a handful of vertices. Work is incremental: each update
looks only at the points added since the last one, so frame cost stays flat however long
the run. Past ``max_points`` the older half of what is kept is thinned 2:1, as the
engine's History does, so even a chaotic trail stays bounded.

The drawn polyline always starts at the first point and ends exactly at the last one.
"""
from __future__ import annotations

import math

import numpy as np

MAX_POINTS = 2000
CELL_LIMIT = 2.0 ** 62  # screen cells counted past this are all "far away" (int64 holds 2**63)


def cell_size(pixel: float) -> float:
    """A pixel size rounded down to a power of two, so zooming re-decimates only when the
    scale halves or doubles, not on every wheel notch."""
    if not (pixel > 0 and math.isfinite(pixel)):
        return 0.0
    return 2.0 ** math.floor(math.log2(pixel))


class PointBuffer:
    """A growing (n, 2) array of points: appends are amortised O(1) (the storage doubles)."""

    def __init__(self, capacity: int = 256):
        self._data = np.zeros((capacity, 2))
        self.n = 0

    @property
    def points(self) -> np.ndarray:
        return self._data[: self.n]

    def extend(self, pts: np.ndarray):
        need = self.n + len(pts)
        if need > len(self._data):
            bigger = np.zeros((max(need, 2 * len(self._data)), 2))
            bigger[: self.n] = self._data[: self.n]
            self._data = bigger
        self._data[self.n:need] = pts
        self.n = need

    def select(self, index: np.ndarray):
        """Keep only the points at ``index`` (ascending), in place."""
        self._data[: len(index)] = self._data[index]
        self.n = len(index)


class _Incremental:
    """What both decimators share: a polyline that only grows between calls, so each
    update looks at the points added since the last; anything else starts over."""

    def clear(self):
        self._seen = 0
        self._cell = None
        self._first = None

    def _take(self, points, cell) -> np.ndarray | None:
        """``points`` as an (n, 2) float array, None when empty (then cleared). Starts over
        when the polyline shrank, the cell size changed or the first point moved."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        if len(points) == 0:
            self.clear()
            return None
        if (len(points) < self._seen or cell != self._cell or self._first is None
                or not np.array_equal(points[0], self._first)):
            self.clear()
            self._cell = cell
            self._first = points[0].copy()
        return points


class Decimator(_Incremental):
    """Incremental run-length decimation of one polyline.

    >>> d = Decimator()
    >>> x, y = d.update(points, cell=(0.01, 0.01))   # points: (n, 2), grows between calls
    """

    def __init__(self, max_points: int = MAX_POINTS):
        self.max_points = int(max_points)
        self.clear()

    def clear(self):
        super().clear()
        self._kept = PointBuffer()
        self._last_cell = None

    @property
    def kept(self) -> np.ndarray:
        return self._kept.points

    def _append(self, pts: np.ndarray):
        self._kept.extend(pts)
        while self._kept.n > self.max_points:
            n, half = self._kept.n, self._kept.n // 2
            self._kept.select(np.concatenate([np.arange(0, half, 2), np.arange(half, n)]))

    def update(self, points: np.ndarray, cell: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
        """x and y to draw for ``points``, the whole polyline so far."""
        cell = (float(cell[0]), float(cell[1]))
        points = self._take(points, cell)
        if points is None:
            return np.zeros(0), np.zeros(0)
        n = len(points)
        new = points[self._seen:]
        if len(new):
            if cell[0] > 0 and cell[1] > 0:
                # clipped: a start at 1e300 must not overflow the cast (garbage cells, a warning)
                with np.errstate(over="ignore"):
                    q = np.floor(np.clip(new / np.asarray(cell), -CELL_LIMIT, CELL_LIMIT)).astype(np.int64)
                prev = np.empty_like(q)
                prev[1:] = q[:-1]
                if self._last_cell is None:
                    prev[0] = q[0] + 1  # the very first point is always kept
                else:
                    prev[0] = self._last_cell
                moved = (q != prev).any(axis=1)
                self._append(new[moved])
                self._last_cell = q[-1]
            else:  # no pixel scale yet (widget not shown): keep everything
                self._append(new)
            self._seen = n
        kept = self.kept
        if len(kept) and np.array_equal(kept[-1], points[-1]):
            return kept[:, 0].copy(), kept[:, 1].copy()
        return np.append(kept[:, 0], points[-1, 0]), np.append(kept[:, 1], points[-1, 1])


class EnvelopeDecimator(_Incremental):
    """Incremental decimation of a curve whose x only grows (loss against step): per
    screen column of width ``cell_x`` keep the first, lowest, highest and last point,
    in order. A noisy curve then costs at most four vertices per pixel column however
    long it gets; spikes (a divergence) stay visible. Only the open last column is
    recomputed on each update.
    """

    def __init__(self):
        self.clear()

    def clear(self):
        super().clear()
        self._done = PointBuffer()
        self._open = np.zeros((0, 2))

    @staticmethod
    def _envelope(pts: np.ndarray, cols: np.ndarray) -> np.ndarray:
        starts = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]])
        ends = np.r_[starts[1:], len(cols)] - 1
        by_y = np.lexsort((pts[:, 1], cols))  # within each column, ascending y
        lows = by_y[starts]
        highs = by_y[ends]
        keep = np.unique(np.concatenate([starts, ends, lows, highs]))
        return pts[keep]

    def update(self, points: np.ndarray, cell_x: float) -> tuple[np.ndarray, np.ndarray]:
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        if len(points) and not cell_x > 0:  # no pixel scale yet: draw everything
            return points[:, 0].copy(), points[:, 1].copy()
        points = self._take(points, float(cell_x))
        if points is None:
            return np.zeros(0), np.zeros(0)
        n = len(points)
        chunk = np.concatenate([self._open, points[self._seen:]])
        self._seen = n
        cols = np.floor(chunk[:, 0] / self._cell).astype(np.int64)
        closed = cols < cols[-1]
        if closed.any():
            self._done.extend(self._envelope(chunk[closed], cols[closed]))
        self._open = chunk[~closed]
        tail = self._envelope(self._open, cols[~closed])
        out = np.concatenate([self._done.points, tail])
        return out[:, 0].copy(), out[:, 1].copy()
