"""What the contour canvas draws for a surface: a sampled grid, its colour values and the
contour lines. Qt-free, so a headless renderer and the benchmarks reuse it.

The values come from the surface itself (``surface.value`` on an (h, w, 2) grid); this
module only turns them into drawing geometry. Contour lines come from contourpy as ONE
array with NaN rows between pieces, to be drawn by a single line item with
``connect='finite'`` (pg.IsocurveItem is ~20x slower, see DESIGN.md).

Levels are linear, or log-spaced above the minimum for surfaces with a huge range
(rosenbrock: linear levels would all crowd the walls and leave the valley blank).
"""
from __future__ import annotations

from dataclasses import dataclass

import contourpy
import numpy as np

RESOLUTION = 400
LINEAR_LEVELS = 20
LOG_LEVELS = 24
LOG_DECADES = 5.0  # log levels span f_min + range * 10**-5 ... f_min + range
# |f| beyond this counts as overflow, like nan and inf (engine.surfaces.formula refuses a formula
# that overflows over most of the window; here the rest is drawn on a clipped colour scale).
OVERFLOW = 1e100
CLIP_FENCE = 3.0  # clip at Tukey's far-out fence q3 + 3 (q3 - q1) of the values that do not overflow


@dataclass(frozen=True)
class Field:
    """A sampled surface ready to draw.

    xs, ys: grid coordinates (w,), (h,); z: values (h, w), non-finite values replaced by
    the largest finite one. colour: what the heatmap shows per pixel, z itself or
    log10(z - zmin + floor) in log mode; colour_range: its (low, high).
    levels: contour values; lines: (m, 2) vertices with NaN rows separating pieces.
    """

    xs: np.ndarray
    ys: np.ndarray
    z: np.ndarray
    zmin: float
    zmax: float
    log: bool
    levels: np.ndarray
    lines: np.ndarray
    colour: np.ndarray
    colour_range: tuple[float, float]
    floor: float  # log mode: the smallest gap above zmin that gets its own colour
    clip: float | None = None  # values above it (and overflow) share the top colour; None: not clipped

    @property
    def rect(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) covered by the grid."""
        return (float(self.xs[0]), float(self.ys[0]), float(self.xs[-1] - self.xs[0]),
                float(self.ys[-1] - self.ys[0]))


def grid(bounds, resolution: int = RESOLUTION) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """xs (w,), ys (h,) and the (h, w, 2) points of a grid over ``bounds``; rows are y."""
    (x0, x1), (y0, y1) = bounds
    xs = np.linspace(x0, x1, resolution)
    ys = np.linspace(y0, y1, resolution)
    pts = np.empty((resolution, resolution, 2))
    pts[..., 0] = xs[None, :]
    pts[..., 1] = ys[:, None]
    return xs, ys, pts


def sample(surface, resolution: int = RESOLUTION, bounds=None):
    """Evaluate the surface on a grid over its bounds: (xs, ys, z)."""
    xs, ys, pts = grid(bounds or surface.bounds, resolution)
    with np.errstate(all="ignore"):
        z = np.asarray(surface.value(pts), dtype=float)
    return (xs, ys) + _filled(z)[:1]


def _filled(z):
    """(z with non-finite values replaced by the largest finite one, its clip level or None).

    Where some values overflow (nan, inf or |f| > OVERFLOW), a scale from the smallest to the
    largest value shows one colour everywhere (a blank map): z is clipped at the far-out fence
    of the values that do not overflow (at most their largest), overflow takes the nearest end
    of the scale, and the clip level is returned so the colour bar can say so. Without
    overflow nothing is clipped (nan holes take the largest value, as before)."""
    with np.errstate(invalid="ignore"):
        nonfinite = ~np.isfinite(z)
        big = ~nonfinite & (np.abs(z) > OVERFLOW)
    overflow = nonfinite | big
    if overflow.all():
        return np.zeros_like(z), None
    ok = z[~overflow]
    top = float(ok.max())
    if not overflow.any():
        return z, None
    q1, q3 = np.percentile(ok, [25.0, 75.0])
    clip = float(min(top, q3 + CLIP_FENCE * (q3 - q1)))
    if clip >= top and not big.any():
        return np.where(nonfinite, top, z), None
    with np.errstate(invalid="ignore"):
        z = np.where(np.isnan(z), clip, np.clip(z, float(ok.min()), clip))
    return z, clip


def levels(zmin: float, zmax: float, log: bool, n: int | None = None) -> tuple[np.ndarray, float]:
    """Contour levels strictly between zmin and zmax, and the log floor (0 when linear)."""
    span = zmax - zmin
    if not np.isfinite(span) or span <= 0:
        return np.zeros(0), 0.0
    if log:
        n = n or LOG_LEVELS
        floor = span * 10.0 ** -LOG_DECADES
        gaps = np.logspace(np.log10(floor), np.log10(span), n + 1)[:-1]
        return zmin + gaps, floor
    n = n or LINEAR_LEVELS
    return np.linspace(zmin, zmax, n + 2)[1:-1], 0.0


def lines(xs, ys, z, values) -> np.ndarray:
    """All contour lines at ``values`` as one (m, 2) array, NaN rows between pieces."""
    if len(values) == 0:
        return np.zeros((0, 2))
    gen = contourpy.contour_generator(xs, ys, z, name="serial", line_type="ChunkCombinedNan")
    gap = np.full((1, 2), np.nan)
    parts = []
    for per_level in gen.multi_lines(np.asarray(values, dtype=float)):
        pts = per_level[0][0]
        if pts is not None and len(pts):
            parts += [pts, gap]
    return np.concatenate(parts) if parts else np.zeros((0, 2))


def colour_values(z: np.ndarray, zmin: float, log: bool, floor: float) -> np.ndarray:
    """What the heatmap colours: z, or log10(z - zmin + floor) in log mode."""
    if not log:
        return z
    return np.log10(z - zmin + floor)


def compute(surface, *, log: bool | None = None, resolution: int = RESOLUTION,
            n_levels: int | None = None) -> Field:
    """Everything the canvas draws for ``surface``; ``log=None`` uses surface.log_levels."""
    log = bool(getattr(surface, "log_levels", False)) if log is None else bool(log)
    xs, ys, pts = grid(surface.bounds, resolution)
    with np.errstate(all="ignore"):
        z, clip = _filled(np.asarray(surface.value(pts), dtype=float))
    zmin, zmax = float(z.min()), float(z.max())
    lv, floor = levels(zmin, zmax, log, n_levels)
    colour = colour_values(z, zmin, log, floor)
    lo, hi = float(colour.min()), float(colour.max())
    if not hi > lo:
        hi = lo + 1.0
    return Field(xs, ys, z, zmin, zmax, log, lv, lines(xs, ys, z, lv), colour, (lo, hi), floor, clip)


# -- a small cache for data surfaces -------------------------------------------------------
# A data surface's batch size changes the gradients the optimizers see, not the full-batch
# loss the map shows; on a loaded machine its heat map and contours cost up to ~100 ms
# (tests/benchmarks/bench_data_window.py). Switching the batch size back and forth, or
# standardize on and off, redraws from here at once.
CACHE_SIZE = 4
_cache: dict = {}


def _data_key(surface, log, resolution):
    """What the map of a data surface depends on: its name and parameters but the batch size."""
    if getattr(surface, "n_examples", None) is None or not hasattr(surface, "values"):
        return None
    try:
        values = tuple(sorted((k, v) for k, v in surface.values.items() if k != "batch_size"))
        hash(values)
    except TypeError:
        return None
    return (type(surface), surface.name, values, log, resolution, tuple(map(tuple, surface.bounds)))


def compute_cached(surface, *, log: bool | None = None, resolution: int = RESOLUTION) -> Field:
    """:func:`compute`, remembered for the last few data surfaces (others: computed)."""
    log = bool(getattr(surface, "log_levels", False)) if log is None else bool(log)
    key = _data_key(surface, log, resolution)
    if key is None:
        return compute(surface, log=log, resolution=resolution)
    field = _cache.pop(key, None)
    if field is None:
        field = compute(surface, log=log, resolution=resolution)
    _cache[key] = field  # newest last
    while len(_cache) > CACHE_SIZE:
        _cache.pop(next(iter(_cache)))
    return field
