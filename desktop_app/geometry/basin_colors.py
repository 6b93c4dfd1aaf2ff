"""Colouring a basin map: BasinMap -> an RGBA image plus what its legend must say.

Qt-free (numpy only), so the window, the comparison view and a script all colour a map
the same way. Three modes:

    "minimum"  categorical: one colour per minimum reached (Paul Tol's *light* scheme,
               colour-blind safe and pale enough for trails and contours drawn on top);
               neighbouring basins never share a colour, even with 121 minima (rastrigin).
    "steps"    steps to converge on a log scale (viridis); grey where it never converged.
    "loss"     final loss f - f*, log scale (viridis); dark grey where it diverged.

    >>> image = colour_map(basin, "minimum")
    >>> image.rgba.shape        # (resolution, resolution, 4), rows = y from ymin up
    >>> image.legend            # [LegendEntry(colour, label, count, index), ...]
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

MODES = ("minimum", "steps", "loss")
MODE_TITLES = {"minimum": "Minimum reached", "steps": "Steps to converge", "loss": "Final loss"}

# Paul Tol, "light" qualitative scheme (https://personal.sron.nl/~pault/), without its grey.
BASIN_COLOURS: tuple[str, ...] = ("#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99",
                                  "#BBCC33", "#AAAA00")
NO_MINIMUM = "#DDDDDD"     # stopped away from every known minimum (a saddle, a plateau, the limit)
NOT_CONVERGED = "#DDDDDD"  # the gradient never fell below tol
DIVERGED = "#555555"
# viridis at 9 evenly spaced points (perceptually uniform, readable with colour blindness)
SEQUENTIAL: tuple[str, ...] = ("#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80",
                               "#5ec962", "#addc30", "#fde725")
LOSS_FLOOR = 1e-12  # gaps below this are round-off at tol ~ 1e-6
NO_MINIMUM_INDEX, DIVERGED_INDEX = -1, -2


@dataclass(frozen=True)
class LegendEntry:
    colour: str
    label: str
    count: int = 0       # starts with this colour
    index: int = -1      # the minimum's index; NO_MINIMUM_INDEX / DIVERGED_INDEX for the rest


@dataclass(frozen=True)
class ColourScale:
    """A continuous legend: ``lo``..``hi`` in log10 units of ``unit`` along ``stops``."""

    lo: float
    hi: float
    label: str
    stops: tuple[str, ...] = SEQUENTIAL
    log: bool = True


@dataclass
class BasinImage:
    rgba: np.ndarray                       # (rows = y, columns = x, 4) uint8
    mode: str
    legend: list[LegendEntry] = field(default_factory=list)
    scale: ColourScale | None = None


def hex_rgba(colour: str, alpha: int = 255) -> np.ndarray:
    c = colour.lstrip("#")
    return np.array([int(c[i:i + 2], 16) for i in (0, 2, 4)] + [alpha], dtype=np.uint8)


def lut(stops=SEQUENTIAL, n: int = 256) -> np.ndarray:
    """(n, 4) uint8 colours interpolated linearly between ``stops``."""
    rgb = np.array([hex_rgba(s)[:3] for s in stops], dtype=float)
    at = np.linspace(0.0, 1.0, len(stops))
    t = np.linspace(0.0, 1.0, n)
    out = np.full((n, 4), 255, dtype=np.uint8)
    for ch in range(3):
        out[:, ch] = np.round(np.interp(t, at, rgb[:, ch]))
    return out


def scale_ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """(log10 value, label) ticks of a log colour bar: decades when it spans three or
    more, else 1-2-5 steps, else its two ends."""
    decades = list(range(math.ceil(lo - 1e-9), math.floor(hi + 1e-9) + 1))
    if len(decades) >= 3:
        ticks = decades[:: max(1, math.ceil(len(decades) / 7))]
    else:
        ticks = [math.log10(m) + d for d in range(math.floor(lo), math.ceil(hi) + 1) for m in (1, 2, 5)
                 if lo - 1e-9 <= math.log10(m) + d <= hi + 1e-9]
        if len(ticks) < 2:
            ticks = [lo, hi]
    return [(t, _tick_label(10.0 ** t)) for t in ticks]


def _tick_label(v: float) -> str:
    if 1e-3 <= v < 1e5:
        return f"{v:.3g}"
    mantissa, exponent = f"{v:.0e}".split("e")
    return f"{mantissa}e{int(exponent)}"


# -- categorical ------------------------------------------------------------------------------
def adjacent_pairs(index: np.ndarray) -> set[tuple[int, int]]:
    """Pairs of minima (a < b) whose basins touch along a row or a column of the grid."""
    pairs = set()
    for a, b in ((index[:, :-1], index[:, 1:]), (index[:-1, :], index[1:, :])):
        touch = (a != b) & (a >= 0) & (b >= 0)
        if touch.any():
            lo, hi = np.minimum(a[touch], b[touch]), np.maximum(a[touch], b[touch])
            for p in np.unique(np.stack([lo, hi], -1), axis=0):
                pairs.add((int(p[0]), int(p[1])))
    return pairs


def minimum_colours(maps, palette=BASIN_COLOURS) -> dict[int, str]:
    """A colour per minimum reached in any of ``maps`` (maps of one surface, e.g. two
    optimizers compared side by side, so one minimum has one colour in both).

    Greedy in minimum order: each takes the least used colour that no touching basin has,
    so up to len(palette) minima all differ and 121 rastrigin basins stay distinguishable.
    """
    reached = sorted({int(i) for m in maps for i in np.unique(m.minimum_index) if i >= 0})
    touching: dict[int, set[int]] = {i: set() for i in reached}
    for m in maps:
        for a, b in adjacent_pairs(m.minimum_index):
            touching[a].add(b)
            touching[b].add(a)
    used = [0] * len(palette)
    chosen: dict[int, int] = {}
    for i in reached:
        taken = {chosen[j] for j in touching[i] if j in chosen}
        free = [c for c in range(len(palette)) if c not in taken] or list(range(len(palette)))
        c = min(free, key=lambda k: (used[k], k))
        chosen[i] = c
        used[c] += 1
    return {i: palette[c] for i, c in chosen.items()}


def _point_label(p) -> str:
    return f"({p[0]:.3g}, {p[1]:.3g})"


def _categorical(basin, colours) -> BasinImage:
    index = basin.minimum_index
    rgba = np.empty(index.shape + (4,), dtype=np.uint8)
    rgba[:] = hex_rgba(NO_MINIMUM)
    total = index.size
    legend = []
    for i, colour in sorted(colours.items()):
        cells = index == i
        n = int(cells.sum())
        if n:
            rgba[cells] = hex_rgba(colour)
            legend.append(LegendEntry(colour, f"min {i + 1} {_point_label(basin.minima[i])}  "
                                      f"{n / total:.0%}", n, i))
    _specials(basin, rgba, legend, (index < 0) & ~basin.diverged, NO_MINIMUM, "no known minimum",
              NO_MINIMUM_INDEX)
    return BasinImage(rgba, "minimum", legend)


def _specials(basin, rgba, legend, cells, colour, label, index):
    rgba[cells] = hex_rgba(colour)
    n = int(cells.sum())
    if n:
        legend.append(LegendEntry(colour, f"{label}  {n / basin.minimum_index.size:.0%}", n, index))
    diverged = basin.diverged
    n = int(diverged.sum())
    if n:
        rgba[diverged] = hex_rgba(DIVERGED)
        legend.append(LegendEntry(DIVERGED, f"diverged  {n / diverged.size:.0%}", n, DIVERGED_INDEX))


# -- continuous -------------------------------------------------------------------------------
def log_values(basin, mode: str) -> tuple[np.ndarray, np.ndarray]:
    """log10 of what ``mode`` shows per start, and where it is defined."""
    with np.errstate(all="ignore"):
        if mode == "steps":
            ok = basin.converged_step >= 0
            return np.log10(np.maximum(basin.converged_step, 1).astype(float)), ok
        values = basin.final_value
        ok = np.isfinite(values) & ~basin.diverged
        best = float(values[ok].min()) if ok.any() else 0.0  # f*: the best any start reached
        return np.log10(np.maximum(values - best, LOSS_FLOOR)), ok


def value_range(maps, mode: str) -> tuple[float, float]:
    """The log10 range shared by ``maps`` (one colour bar for a side-by-side comparison)."""
    lo, hi = np.inf, -np.inf
    for m in maps:
        v, ok = log_values(m, mode)
        if ok.any():
            lo, hi = min(lo, float(v[ok].min())), max(hi, float(v[ok].max()))
    if not np.isfinite(lo):
        lo, hi = 0.0, 1.0
    if hi - lo < 1e-9:  # all alike (every start at the floor): they sit at the low end
        hi = lo + 1.0
    return lo, hi


def _continuous(basin, mode, limits) -> BasinImage:
    v, ok = log_values(basin, mode)
    lo, hi = limits if limits is not None else value_range([basin], mode)
    table = lut()
    t = np.clip((v - lo) / (hi - lo), 0.0, 1.0)
    rgba = table[np.nan_to_num(np.round(t * (len(table) - 1)), nan=0.0).astype(int)]
    legend: list[LegendEntry] = []
    if mode == "steps":
        label = "steps to converge"
        # diverged starts never converge either; they get their own colour
        _specials(basin, rgba, legend, ~ok & ~basin.diverged, NOT_CONVERGED, "never converged",
                  NO_MINIMUM_INDEX)
    else:
        label = "final loss f − f*"
        _specials(basin, rgba, legend, ~ok & ~basin.diverged, NOT_CONVERGED, "not finite", NO_MINIMUM_INDEX)
    return BasinImage(np.ascontiguousarray(rgba), mode, legend, ColourScale(lo, hi, label))


def colour_map(basin, mode: str = "minimum", *, colours: dict[int, str] | None = None,
               limits: tuple[float, float] | None = None) -> BasinImage:
    """The map as an RGBA image. ``colours`` (minimum mode) and ``limits`` (log10 range,
    continuous modes) let several maps share one legend; by default they fit this map."""
    if mode not in MODES:
        raise ValueError(f"Invalid colour mode {mode!r}; valid choices: {', '.join(MODES)}")
    if mode == "minimum":
        return _categorical(basin, colours if colours is not None else minimum_colours([basin]))
    return _continuous(basin, mode, limits)
