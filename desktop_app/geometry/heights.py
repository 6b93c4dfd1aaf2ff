"""How high the 3-D view draws a surface: values f -> heights z, one mapping for the mesh,
the trails and every marker, and the sentence that states it in the view's legend.

Qt-free (numpy only), so the mapping can be tested by recomputing it from ``surface.value``.

The map's contour scale decides the kind of height (contours.py):

    linear map:  t(f) = f
    log map:     t(f) = log10(max(f - f_min, 0) + δ),   δ = (f_max - f_min) · 10^-5

where f_min, f_max are the lowest and highest value sampled over the window and δ is the
map's own log floor (the smallest gap above f_min that gets a colour of its own). Then

    z(f) = relief · (clip(t(f), t_lo, t_hi) - t_lo) / (t_hi - t_lo)

with t_lo = min t over the window on a linear map (valleys, where the races run, are not
clipped) and the LOW_PERCENTILE-th percentile on a log map, t_hi = the CLIP_PERCENTILE-th percentile of t (a cliff's wall or a diverging corner would
otherwise squash everything else flat) and relief = RELIEF · the window's larger side, so
a surface is as readable in a 4-wide window as in a 10-wide one. Non-finite values (a
diverged lane, an overflow) go to the ceiling.

    hmap = HeightMap.fit(z_grid, log=True)       # from the values sampled over the window
    hmap.heights(values)                         # the mesh
    hmap.lifted(values)                          # trails and markers: a hair above the mesh
    hmap.legend()                                # "height: log10(f − f_min + δ) …"
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.geometry import contours

CLIP_PERCENTILE = 98.0
# Log maps only: the floor is clipped too. log10(f - f_min + δ) with the map's tiny δ
# digs a funnel decades deep around each minimum (Rosenbrock: a needle 2 decades below
# the banana's floor) that hides the valley it sits in.
LOW_PERCENTILE = 1.0
RELIEF = 0.45  # the highest point stands this fraction of the window's larger side high
LIFT = 0.012  # trails and markers float this fraction of the relief above the surface


@dataclass(frozen=True)
class HeightMap:
    """Values -> heights, see the module's docstring for the formula.

    log: the map's scale; fmin, floor: f_min and δ of the log form (floor 0 when linear);
    t_lo, t_hi: the clip range of t; relief: the height of t_hi; clipped: whether t_hi
    cuts anything off, floored: whether t_lo does (the legend says so only then).
    """

    log: bool
    fmin: float
    floor: float
    t_lo: float
    t_hi: float
    relief: float
    clipped: bool
    floored: bool = False

    @classmethod
    def fit(cls, values: np.ndarray, log: bool, window_size: float, *, fmin: float | None = None,
            fmax: float | None = None, percentile: float = CLIP_PERCENTILE) -> "HeightMap":
        """The mapping for a surface sampled as ``values`` (any shape) over a window whose
        larger side is ``window_size``. ``fmin``/``fmax``: the map's own extremes when it
        sampled finer (the heat map's Field), so both views share f_min and δ."""
        v = np.asarray(values, dtype=float)
        v = v[np.isfinite(v)]
        if v.size == 0:
            v = np.zeros(1)
        lo = float(v.min()) if fmin is None else float(fmin)
        hi = float(v.max()) if fmax is None else float(fmax)
        _, floor = contours.levels(lo, hi, bool(log))  # the map's own δ (0 when linear or flat)
        if log and not floor > 0:
            floor = 1.0  # a flat window: any positive δ draws it flat
        partial = cls(bool(log), lo, float(floor), 0.0, 1.0, 1.0, False)
        t = partial.t(v)
        t_bottom, t_top = float(t.min()), float(t.max())
        t_lo = float(np.percentile(t, LOW_PERCENTILE)) if log else t_bottom
        t_hi = float(np.percentile(t, percentile))
        if not t_hi > t_lo:
            t_lo = t_bottom
            t_hi = t_top if t_top > t_lo else t_lo + 1.0
        clipped = t_top > t_hi + 1e-12 * max(1.0, abs(t_hi))
        floored = t_bottom < t_lo - 1e-12 * max(1.0, abs(t_lo))
        relief = RELIEF * float(window_size) if window_size > 0 else 1.0
        return cls(bool(log), lo, float(floor), t_lo, t_hi, relief, bool(clipped), bool(floored))

    # -- the mapping --------------------------------------------------------------------
    def t(self, values) -> np.ndarray:
        """The scale before clipping: f, or log10(max(f - f_min, 0) + δ)."""
        v = np.asarray(values, dtype=float)
        if not self.log:
            return v.copy()
        with np.errstate(all="ignore"):
            return np.log10(np.maximum(v - self.fmin, 0.0) + self.floor)

    def heights(self, values) -> np.ndarray:
        """z of the mesh at these values: 0 (the lowest point) to ``relief``."""
        t = self.t(values)
        t = np.where(np.isnan(t), self.t_hi, t)  # non-finite: the ceiling
        t = np.clip(t, self.t_lo, self.t_hi)
        return self.relief * (t - self.t_lo) / (self.t_hi - self.t_lo)

    @property
    def lift(self) -> float:
        return LIFT * self.relief

    def lifted(self, values) -> np.ndarray:
        """z of trails and markers: the mesh's height plus a hair (so lines are not buried
        in the triangles they run across)."""
        return self.heights(values) + self.lift

    def value_of(self, t: float) -> float:
        """The f whose t is ``t`` (the inverse of :meth:`t`): what a clip level means in f."""
        return float(self.fmin + 10.0 ** t - self.floor) if self.log else float(t)

    @property
    def ceiling(self) -> float:
        """The value f above which heights are clipped."""
        return self.value_of(self.t_hi)

    @property
    def bottom(self) -> float:
        """The value f below which heights are clipped (log maps: the funnels' floor)."""
        return self.value_of(self.t_lo)

    # -- words -----------------------------------------------------------------------------
    def legend(self) -> str:
        """The mapping in one or two lines, numbers included."""
        if self.log:
            text = (f"height: log10(f − f_min + δ), f_min = {self.fmin:.4g}, δ = {self.floor:.2g}")
        else:
            text = "height: f"
        clips = []
        if self.floored:
            clips.append(f"below f = {self.bottom:.3g} ({LOW_PERCENTILE:g}st percentile)")
        if self.clipped:
            clips.append(f"above f = {self.ceiling:.4g} ({CLIP_PERCENTILE:g}th percentile)")
        if clips:
            text += "\nclipped " + " and ".join(clips) + " of the window"
        return text

    def to_dict(self) -> dict:
        return {"log": self.log, "fmin": self.fmin, "floor": self.floor, "t_lo": self.t_lo,
                "t_hi": self.t_hi, "relief": self.relief, "clipped": self.clipped,
                "floored": self.floored}


def window_size(bounds) -> float:
    """The larger side of a window ((x0, x1), (y0, y1))."""
    (x0, x1), (y0, y1) = bounds
    return float(max(x1 - x0, y1 - y0))


def colour_fraction(values, field_like) -> np.ndarray:
    """Where the heat map's colour scale puts ``values``, 0..1: the mesh is painted with
    the map's own colours. ``field_like`` has zmin, log, floor and colour_range (a
    contours.Field, or :func:`colour_scale`'s result)."""
    c = contours.colour_values(np.asarray(values, dtype=float), field_like.zmin, field_like.log, field_like.floor)
    lo, hi = field_like.colour_range
    with np.errstate(all="ignore"):
        frac = (c - lo) / (hi - lo)
    return np.clip(np.nan_to_num(frac, nan=1.0), 0.0, 1.0)


@dataclass(frozen=True)
class ColourScale:
    """The heat map's colour scale without its lines (what colour_fraction needs)."""

    zmin: float
    log: bool
    floor: float
    colour_range: tuple[float, float]


def colour_scale(values, log: bool, *, fmin: float | None = None, fmax: float | None = None) -> ColourScale:
    """The heat map's colour scale for values sampled over the window (contours.compute's
    rule: colour = f or log10(f - f_min + δ), spread over its range)."""
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)] if np.isfinite(v).any() else np.zeros(1)
    lo = float(v.min()) if fmin is None else float(fmin)
    hi = float(v.max()) if fmax is None else float(fmax)
    _, floor = contours.levels(lo, hi, bool(log))
    log = bool(log) and floor > 0
    c = contours.colour_values(np.array([lo, hi]), lo, log, floor)
    c_lo, c_hi = float(c[0]), float(c[1])
    if not c_hi > c_lo:
        c_hi = c_lo + 1.0
    return ColourScale(lo, log, float(floor), (c_lo, c_hi))
