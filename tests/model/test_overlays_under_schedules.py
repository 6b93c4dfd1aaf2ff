"""What the overlays draw under a learning-rate schedule is the step actually taken
(they once drew momentum's velocity 32x and Adam's effective step 68x too long)."""
from __future__ import annotations

import numpy as np
import pytest

import engine
from desktop_app.geometry import overlays as geo

SCHEDULES = [dict(schedule="step", gamma=0.5, step_size=1), dict(schedule="exponential", gamma=0.5, step_size=2),
             dict(schedule="inverse_time", decay=0.3), dict(schedule="cosine", step_size=12)]


def _shown(name, sched, clip=0.0, steps=6, **hp):
    run = engine.Run(engine.surfaces.get("ravine"), start=(-2.0, 1.0))
    lane = run.add(name, max_grad_norm=clip, **sched, **hp)
    run.step(steps)
    return geo.step_view(lane.history, lane.history.size - 1), lane.optimizer.hyperparams


@pytest.mark.parametrize("sched", SCHEDULES, ids=lambda s: s["schedule"])
@pytest.mark.parametrize("clip", [0.0, 0.5])
def test_momentum_velocity_arrow_is_the_step(sched, clip):
    sv, hp = _shown("momentum", sched, clip, lr=0.01, momentum=0.9)
    vec = geo.vectors(sv, hp)
    np.testing.assert_allclose(vec["velocity"], sv.record["step"], rtol=1e-5)  # records are float32


@pytest.mark.parametrize("sched", SCHEDULES, ids=lambda s: s["schedule"])
@pytest.mark.parametrize("name", ["adam", "nadam", "rmsprop", "adagrad", "adamax"])
def test_effective_step_ellipse_holds_the_step(sched, name):
    sv, hp = _shown(name, sched, lr=0.05)
    radii, _circle = geo.effective_step(sv, hp, name)
    d = sv.record.get(geo.EFFECTIVE_DIRECTION.get(name, "m"), sv.record.get("grad"))
    # the step is -effective_lr * d: on the ellipse with semi-axes radii (axis-aligned)
    step = sv.record["step"]
    np.testing.assert_allclose(np.abs(step), np.abs(sv.record["effective_lr"] * d), rtol=1e-5)
    assert np.sum((step / radii) ** 2) == pytest.approx(np.sum(d ** 2) / np.hypot(*d) ** 2, rel=1e-5)


@pytest.mark.parametrize("sched", SCHEDULES, ids=lambda s: s["schedule"])
def test_gradient_arrow_uses_the_scheduled_step_length(sched):
    sv, hp = _shown("sgd", sched, lr=0.02)
    np.testing.assert_allclose(geo.vectors(sv, hp)["gradient"], sv.record["step"], rtol=1e-5)
    t = sv.origin_step
    expected = 0.02 * engine.optimizers.schedule_factor(hp, t)
    assert geo.step_lr(hp, t, sv.record) == pytest.approx(expected, rel=1e-6)
