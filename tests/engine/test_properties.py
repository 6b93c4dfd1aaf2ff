"""Property tests: whatever the settings and start, no trajectory ever holds a non-finite number."""
import math

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import engine
from engine import optimizers, surfaces


def _value_for(param):
    if param.kind == "bool":
        return st.booleans()
    if param.kind == "choice":
        return st.sampled_from(param.choices)
    lo = param.low if math.isfinite(param.low) else -1e6
    hi = param.high if math.isfinite(param.high) else 1e6
    if param.log:
        lo = max(lo, 1e-8)
    if param.kind == "int":
        return st.integers(int(math.ceil(lo)), int(min(hi, 1000)))
    values = st.floats(lo, hi, allow_nan=False, allow_infinity=False)
    if param.low_open:
        values = values.filter(lambda v: v > param.low)
    if param.high_open:
        values = values.filter(lambda v: v < param.high)
    extremes = [v for v in (lo, hi, param.default) if (v > param.low or not param.low_open)
                and (v < param.high or not param.high_open)]
    return st.one_of(st.sampled_from(extremes), values)


@st.composite
def races(draw):
    name = draw(st.sampled_from(optimizers.names()))
    spec = optimizers.create(name).spec
    hp = {}
    for p in spec:
        if draw(st.booleans()):
            hp[p.name] = draw(_value_for(p))
    if name == "nesterov" and hp.get("momentum", 0.9) == 0:
        hp["momentum"] = 0.5
    surface = surfaces.get(draw(st.sampled_from(surfaces.names())))
    (x0, x1), (y0, y1) = surface.bounds
    span = max(x1 - x0, y1 - y0)
    coord = st.one_of(st.floats(-3 * span, 3 * span), st.sampled_from([x0, x1, y0, y1, 1e5 * span, -1e7 * span]))
    start = (draw(coord), draw(coord))
    noise = draw(st.sampled_from([0.0, 0.0, 0.1, 10.0]))
    return surface, name, hp, start, noise


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(races())
def test_no_trajectory_ever_contains_a_non_finite_number(race):
    surface, name, hp, start, noise = race
    opt = optimizers.create(name, **hp)
    traj = engine.simulate(surface, opt, start=start, steps=60, noise=noise, seed=1)
    assert np.all(np.isfinite(traj.points)) and np.all(np.isfinite(traj.values))
    assert traj.status in ("running", "converged", "diverged")
    if traj.status == "diverged":
        assert len(traj.points) == max(1, traj.diverged_step)
    else:
        assert len(traj.points) == 61


@settings(max_examples=60, deadline=None)
@given(races())
def test_batches_stay_finite_too(race):
    surface, name, hp, start, noise = race
    (x0, x1), (y0, y1) = surface.bounds
    starts = np.array([start, (x0, y0), (x1, y1), (0.5 * (x0 + x1), 0.5 * (y0 + y1))])
    many = engine.simulate(surface, optimizers.create(name, **hp), start=starts, steps=40, noise=noise)
    assert np.all(np.isfinite(many.points))
