"""What the explanatory overlays draw, in data coordinates. Qt-free.

Everything comes from the engine: a lane's history (points, values, per-step records),
the surface's Hessian, ``engine.linalg2`` for eigen-directions and classification and
the engine's schedule for the learning rate of a step. This module only arranges those
numbers into drawable geometry (vectors, polylines, contour lines), so the Qt side
(overlays.py) never computes.

Anchoring: a record describes one step, from the point whose gradient it used (the
*origin*) to the next point. The overlays of the shown step n therefore start at point
n-1 and the step arrow ends on the marker at point n: "the step just taken, and why".

Scale: vectors are drawn in data units times one display scale shared by all arrows and
the effective-step ellipse, so they compare with each other: ``-η g`` (red, what plain
gradient descent would do), the velocity or first moment (green), the actual step
(blue). The scale is 1 (true size) unless the longest vector would be too small to see;
then it is a 1-2-5 number that makes it a visible fraction of the view, shown in the
legend ("arrows ×20"). It only changes when the arrows leave the visible band, and it
stops at ×10000: past that the arrows shrink away, as an optimizer that has stopped
should look.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from engine.linalg2 import dot, eigh2, pinv_solve
from engine.optimizers.modifiers import schedule_factor
from engine.simulate import Trajectory

from desktop_app.geometry import contours
from desktop_app.geometry.probe import Probe, label_direction, probe  # noqa: F401 (the overlays' names)

MIN_VISIBLE = 0.03  # of the view's width: shorter arrows are scaled up
MAX_VISIBLE = 0.3  # a scaled-up arrow longer than this gets a smaller scale
TARGET = 0.15  # a rescale aims the longest arrow at this fraction of the view
MAX_SCALE = 1e4  # SGD on the plateau (-ηg ~ 4e-5) still shows; a converged lane's arrows vanish
NEWTON_GRID = 81
NEWTON_LEVELS = 6  # on each side of the level through the origin


@dataclass
class StepView:
    """One lane at the shown step: the marker ``point`` and the step that led there."""

    step: int
    point: np.ndarray
    origin: np.ndarray | None = None  # None at step 0: no step yet
    origin_step: int = 0
    value: float = float("nan")  # f at the origin
    record: dict = field(default_factory=dict)  # float64 copies of the step's record


def step_view(history, row: int) -> StepView:
    """The shown ``row`` of a lane's history and the record of the step that reached it."""
    points = history.view("points")
    steps = history.view("steps")
    row = int(min(max(row, 0), len(points) - 1))
    sv = StepView(int(steps[row]), points[row].astype(float))
    if row == 0:
        return sv
    sv.origin = points[row - 1].astype(float)
    sv.origin_step = int(steps[row - 1])
    sv.value = float(history.view("values")[row - 1])
    sv.record = {k: np.asarray(v, dtype=float) for k, v in history.record_at(row - 1).items()}
    return sv


def step_lr(hyperparams: dict, step: int, record: dict | None = None) -> float | None:
    """The learning rate the step from ``step`` used: the engine's recorded ηₜ (base lr
    times the schedule) when the step has it, else computed from the settings; None for
    methods without one (line searches, BFGS)."""
    lr = hyperparams.get("lr")
    if lr is None:
        return None
    lr_t = None if record is None else record.get("lr_t")
    if lr_t is not None and np.all(np.isfinite(lr_t)):
        return float(np.asarray(lr_t).reshape(-1)[0])
    try:
        return float(lr) * schedule_factor(hyperparams, step)
    except (KeyError, ValueError):
        return float(lr)


def vectors(sv: StepView, hyperparams: dict) -> dict[str, np.ndarray]:
    """The arrows of a step in data units (before the display scale):

    gradient: -η g (-g without a learning rate); velocity: the engine's velocity
    (-η b, in the units of x) or else -η m̂ (Adam's bias-corrected first moment) or -η m;
    step: the step taken. Missing diagnostics are simply absent.
    """
    rec = sv.record
    out: dict[str, np.ndarray] = {}
    lr = step_lr(hyperparams, sv.origin_step, rec)
    eta = 1.0 if lr is None else lr
    if "grad" in rec:
        out["gradient"] = -eta * rec["grad"]
    if "velocity" in rec:
        out["velocity"] = rec["velocity"].copy()
    elif "m_hat" in rec:
        out["velocity"] = -eta * rec["m_hat"]
    elif "m" in rec:
        out["velocity"] = -eta * rec["m"]
    if "step" in rec:
        out["step"] = rec["step"].copy()
    return {k: v for k, v in out.items() if v.shape == (2,) and np.all(np.isfinite(v))}


def nice_scale(x: float) -> float:
    """The largest 1-2-5 number <= x (x > 0)."""
    k = math.floor(math.log10(x))
    for m in (5.0, 2.0, 1.0):
        if m * 10.0 ** k <= x:
            return m * 10.0 ** k
    return 10.0 ** k


def display_scale(longest: float, extent: float, current: float = 1.0) -> float:
    """The display scale of the arrows: ``current`` while it keeps the longest arrow
    visible, else 1 if that suffices, else a 1-2-5 number aiming at TARGET of the view."""
    if not (longest > 0 and extent > 0 and math.isfinite(longest) and math.isfinite(extent)):
        return current
    shown = longest * current
    if current == 1.0 and shown >= MIN_VISIBLE * extent:
        return 1.0
    if MIN_VISIBLE * extent <= shown <= MAX_VISIBLE * extent:
        return current
    if longest >= MIN_VISIBLE * extent:
        return 1.0
    return min(MAX_SCALE, max(1.0, nice_scale(TARGET * extent / longest)))


def scale_label(scale: float) -> str:
    return "true size" if scale == 1.0 else f"×{scale:g}"


def arrow_angle(vec) -> float:
    """pg.ArrowItem's angle (degrees) for a data vector, with a 1:1 locked aspect:
    its 0 points left and it turns clockwise on screen, where y points down."""
    return math.degrees(math.atan2(float(vec[1]), -float(vec[0])))


def ellipse(center, axes, radii, n: int = 96) -> np.ndarray:
    """(n+1, 2) closed polyline: center + axes @ (radii * (cos t, sin t)).
    ``axes``: (2, 2) with the directions as columns."""
    t = np.linspace(0.0, 2.0 * np.pi, n + 1)
    unit = np.stack([np.cos(t), np.sin(t)], axis=-1) * np.asarray(radii, dtype=float)
    return np.asarray(center, dtype=float) + unit @ np.asarray(axes, dtype=float).T


# What the recorded effective_lr multiplies (engine.optimizers.record_schema), where not m.
EFFECTIVE_DIRECTION = {"nadam": "m_hat"}


def effective_step(sv: StepView, hyperparams: dict, name: str = "") -> tuple[np.ndarray, float] | None:
    """The per-coordinate effective step of AdaGrad/RMSProp/AdaDelta/Adam: semi-axes
    effective_lr_i * |d| along x and y, d being what the engine's effective_lr
    multiplies (the first moment m for the Adam family, whose effective_lr includes the
    bias correction; NAdam's m̂; g otherwise). The step -effective_lr * d then lands on the
    ellipse: it is the image of the circle |u| = |d| under diag(effective_lr). Also
    the radius η |d| of the same step without per-coordinate scaling (a circle).
    None without an ``effective_lr`` record."""
    rec = sv.record
    eff = rec.get("effective_lr")
    if eff is None or eff.shape != (2,):
        return None
    d = rec.get(EFFECTIVE_DIRECTION.get(name, "m"), rec.get("grad"))
    if d is None:
        return None
    norm = float(np.hypot(*d))
    lr = step_lr(hyperparams, sv.origin_step, rec)
    return np.abs(eff) * norm, (np.nan if lr is None else lr * norm)


def longest_scaled(sv: StepView, hyperparams: dict, names, optimizer: str = "") -> float:
    """The longest of what the display scale applies to among the overlays ``names``:
    the arrows and the effective-step ellipse and circle (0 when nothing)."""
    names = set(names)
    lengths = [float(np.hypot(*v)) for n, v in vectors(sv, hyperparams).items() if n in names]
    if "precondition_ellipse" in names:
        found = effective_step(sv, hyperparams, optimizer)
        if found is not None:
            lengths += [float(found[0].max())] + ([found[1]] if math.isfinite(found[1]) else [])
    return max([v for v in lengths if math.isfinite(v)], default=0.0)


@dataclass
class NewtonModel:
    """Contours of m(d) = f + g·d + ½ dᵀ H d in a disk around the origin (H: the
    engine's model Hessian including damping), and where the model is stationary
    (-(H)^+ g); the disk reaches past that point."""

    lines: np.ndarray  # (m, 2) with NaN rows between pieces
    through_origin: np.ndarray  # the level through the origin (m(0) = f)
    target: np.ndarray  # origin + stationary offset


def newton_model(sv: StepView, half_width: float, n: int = NEWTON_GRID) -> NewtonModel | None:
    rec = sv.record
    h, g = rec.get("hessian"), rec.get("grad")
    if sv.origin is None or h is None or g is None or not np.isfinite(sv.value):
        return None
    offset = -pinv_solve(h, g)
    reach = float(np.hypot(*offset))
    half = max(half_width, 1.3 * reach if math.isfinite(reach) else 0.0)
    bounds = ((sv.origin[0] - half, sv.origin[0] + half), (sv.origin[1] - half, sv.origin[1] + half))
    xs, ys, pts = contours.grid(bounds, n)
    d = pts - sv.origin
    z = sv.value + d @ g + 0.5 * np.einsum("...i,ij,...j->...", d, h, d)
    # a round window: contours cut by a square's corners read as debris
    z = np.ma.masked_where(dot(d, d) > half * half, z)
    lo, hi = float(z.min()), float(z.max())
    step = max(hi - sv.value, sv.value - lo) / (NEWTON_LEVELS + 1)
    if not step > 0:
        return None
    others = sv.value + step * np.r_[np.arange(-NEWTON_LEVELS, 0), np.arange(1, NEWTON_LEVELS + 1)]
    return NewtonModel(contours.lines(xs, ys, z, others), contours.lines(xs, ys, z, [sv.value]),
                       sv.origin + offset)


def inverse_ellipses(sv: StepView, surface, size: float) -> tuple[np.ndarray | None, np.ndarray | None]:
    """BFGS's inverse-Hessian estimate M and the true H⁻¹ at the origin as ellipses
    {origin + s M^(1/2) u : |u| = 1}: the shape of the level sets each one believes in
    (semi-axes ∝ 1/√λ). One s for both, so their sizes compare: the larger of the
    true one's (else the estimate's) semi-axes is ``size``. The true one is None where
    the Hessian is not positive definite (no ellipse)."""
    est = sv.record.get("inv_hessian")
    if sv.origin is None or est is None or est.shape != (2, 2):
        return None, None
    mu_est, v_est = eigh2(est)
    if not np.all(mu_est > 0):
        return None, None
    true = None
    with np.errstate(all="ignore"):
        h = np.asarray(surface.hessian(sv.origin), dtype=float)
    if h.shape == (2, 2) and np.all(np.isfinite(h)):
        lam, v_true = eigh2(h)
        if np.all(lam > 0):
            true = (1.0 / lam, v_true)
    ref = true[0] if true is not None else mu_est
    s = size / math.sqrt(float(ref.max()))
    est_line = ellipse(sv.origin, v_est, s * np.sqrt(mu_est))
    true_line = None if true is None else ellipse(sv.origin, true[1], s * np.sqrt(true[0]))
    return est_line, true_line


def polyak_trail(points: np.ndarray, burn_in_row: int) -> np.ndarray:
    """The running Polyak average from ``burn_in_row`` on (the engine's
    Trajectory.averaged formula: xbar_k = mean of x_b..x_k); empty before it."""
    points = np.asarray(points, dtype=float)
    b = int(burn_in_row)
    if len(points) == 0 or b >= len(points):
        return np.zeros((0, 2))
    traj = Trajectory(points, np.zeros(len(points)), "running", -1, -1)
    return traj.averaged(b)[b:]
