"""The 3-D view's geometry besides heights (heights.py): camera presets and lines draped
over the surface (the gradient arrow, the Hessian's eigen-directions). Qt-free.

Cameras are pyqtgraph's orbit cameras, as plain JSON-able dicts:

    {"center": [x, y, z], "distance": d, "elevation": deg, "azimuth": deg, "fov": deg}

the camera sits at center + d·(cos e·cos a, cos e·sin a, sin e) and looks at center.
Azimuth -90 looks along +y with x to the right: the 2-D map's own orientation.
"""
from __future__ import annotations

import math

import numpy as np

from desktop_app.geometry.heights import HeightMap

FOV = 60.0
FRONT_AZIMUTH = -70.0  # a little to the right of straight in front of the map
RAVINE_CONDITION = 10.0  # a minimum this ill-conditioned is a ravine: the default camera looks down into it
RAVINE_ELEVATION = 55.0
PRESETS = ("default", "top", "saddle", "ravine")
PRESET_TITLES = {"default": "Default", "top": "Top (the map)", "saddle": "The saddle's pass",
                 "ravine": "Along the ravine"}


def camera(center, distance: float, elevation: float, azimuth: float, fov: float = FOV) -> dict:
    return {"center": [float(c) for c in center], "distance": float(distance),
            "elevation": float(elevation), "azimuth": float(azimuth), "fov": float(fov)}


def valid_camera(state) -> dict | None:
    """``state`` as a camera dict if it is one (from a setup file: anything may be there)."""
    try:
        center = [float(v) for v in state["center"]]
        out = camera(center, state["distance"], state["elevation"], state["azimuth"], state.get("fov", FOV))
    except (TypeError, KeyError, ValueError):
        return None
    finite = all(math.isfinite(v) for v in out["center"]) and all(
        math.isfinite(out[k]) for k in ("distance", "elevation", "azimuth", "fov"))
    if len(center) != 3 or not finite or out["distance"] <= 0 or not 1.0 <= out["fov"] <= 170.0:
        return None
    return out


def _facing_front(v: np.ndarray) -> float:
    """Azimuth of a camera looking along ±v, whichever sign puts it nearer the front."""
    best = None
    for sign in (1.0, -1.0):
        az = math.degrees(math.atan2(-sign * v[1], -sign * v[0]))
        gap = abs((az - FRONT_AZIMUTH + 180.0) % 360.0 - 180.0)
        if best is None or gap < best[0]:
            best = (gap, az)
    return best[1]


def _eigen(surface, p) -> tuple[np.ndarray, np.ndarray] | None:
    with np.errstate(all="ignore"):
        h = np.asarray(surface.hessian(np.asarray(p, dtype=float)), dtype=float).reshape(2, 2)
    if not np.all(np.isfinite(h)):
        return None
    return np.linalg.eigh(0.5 * (h + h.T))


def _point_height(surface, hmap: HeightMap, p) -> float:
    with np.errstate(all="ignore"):
        return float(hmap.heights(surface.value(np.asarray(p, dtype=float))))


def presets(surface, hmap: HeightMap) -> dict[str, dict]:
    """The named cameras that make sense for ``surface`` (saddle: only with a known saddle)."""
    (x0, x1), (y0, y1) = surface.bounds
    size = max(x1 - x0, y1 - y0)
    mid = ((x0 + x1) / 2, (y0 + y1) / 2)
    # distances: the whole window in a 4:3 view with 60° of field, the relief included
    out = {"default": camera((*mid, 0.3 * hmap.relief), 1.7 * size, 32.0, FRONT_AZIMUTH),
           "top": camera((*mid, 0.0), 1.45 * size + hmap.relief, 90.0, -90.0)}
    saddles = np.asarray(getattr(surface, "saddles", np.zeros((0, 2))), dtype=float).reshape(-1, 2)
    if len(saddles):
        s = saddles[0]
        eig = _eigen(surface, s)
        # the road over the pass runs along the negative curvature: look along it, hills either side
        road = eig[1][:, 0] if eig is not None else np.array([0.0, 1.0])
        out["saddle"] = camera((*s, _point_height(surface, hmap, s)), 1.45 * size, 24.0, _facing_front(road))
    minima = np.asarray(getattr(surface, "minima", np.zeros((0, 2))), dtype=float).reshape(-1, 2)
    if len(minima):
        with np.errstate(all="ignore"):
            vals = np.asarray(surface.value(minima), dtype=float).reshape(-1)
        m = minima[int(np.nanargmin(vals))] if np.isfinite(vals).any() else minima[0]
        eig = _eigen(surface, m)
        # the valley floor runs along the smallest curvature
        floor = eig[1][:, 0] if eig is not None else np.array([1.0, 0.0])
        # aimed a little above the floor: the walls rise behind it, and the picture centres on them
        out["ravine"] = camera((*m, max(_point_height(surface, hmap, m), 0.3 * hmap.relief)), 1.7 * size, 24.0,
                               _facing_front(floor))
        if eig is not None and _is_ravine(eig[0]):
            # seen from low across it, a narrow valley's near wall hides its floor and the
            # race on it: the default camera looks down into it from higher up
            out["default"]["elevation"] = RAVINE_ELEVATION
            out["default"]["distance"] *= 1.15  # (from higher up the far corner reached the picture's top)
    return out


def _is_ravine(curvatures, condition: float = RAVINE_CONDITION) -> bool:
    """A minimum whose curvatures differ by ``condition`` times or more (both positive)."""
    lo, hi = float(min(curvatures)), float(max(curvatures))
    return lo > 0 and hi >= condition * lo


# -- lines on the surface -------------------------------------------------------------------
def drape(surface, hmap: HeightMap, points) -> np.ndarray:
    """(n, 2) points -> (n, 3), each at its lifted height on the surface."""
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    with np.errstate(all="ignore"):
        z = hmap.lifted(surface.value(pts))
    return np.column_stack([pts, z])


def _polyline(p0, p1, n: int) -> np.ndarray:
    t = np.linspace(0.0, 1.0, n)[:, None]
    return (1 - t) * np.asarray(p0, float) + t * np.asarray(p1, float)


def _pairs(polyline: np.ndarray) -> np.ndarray:
    """A polyline as segment pairs (for a GL item in 'lines' mode: many pieces, one item)."""
    return np.repeat(polyline, 2, axis=0)[1:-1]


def gradient_arrow(surface, hmap: HeightMap, p, length: float, n: int = 24) -> np.ndarray | None:
    """The descent direction -∇f at ``p`` as an arrow of ``length`` draped on the surface,
    as (2m, 3) segment pairs; None where the gradient vanishes or is not finite."""
    p = np.asarray(p, dtype=float)
    with np.errstate(all="ignore"):
        g = np.asarray(surface.grad(p), dtype=float).reshape(2)
    norm = float(np.hypot(*g))
    if not np.isfinite(norm) or norm == 0.0:
        return None
    d = -g / norm
    tip = p + length * d
    parts = [_pairs(drape(surface, hmap, _polyline(p, tip, n)))]
    for turn in (math.radians(155), math.radians(-155)):
        c, s = math.cos(turn), math.sin(turn)
        barb = np.array([c * d[0] - s * d[1], s * d[0] + c * d[1]])
        parts.append(_pairs(drape(surface, hmap, _polyline(tip, tip + 0.3 * length * barb, 6))))
    return np.concatenate(parts)


def eigen_directions(surface, hmap: HeightMap, p, length: float, n: int = 24):
    """The Hessian's eigen-directions at ``p``: [(eigenvalue, (2m, 3) segment pairs), ...],
    each a draped line through p of half-length ``length``; smallest eigenvalue first."""
    p = np.asarray(p, dtype=float)
    eig = _eigen(surface, p)
    if eig is None:
        return []
    values, vectors = eig
    return [(float(lam), _pairs(drape(surface, hmap, _polyline(p - length * v, p + length * v, n))))
            for lam, v in zip(values, vectors.T)]
