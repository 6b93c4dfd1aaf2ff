"""Overlay geometry (Qt-free): anchoring on the step just taken, arrow vectors and their
display scale, the effective-step ellipse, Newton's model, the Hessian probe, BFGS's
ellipses and the Polyak average all agree with the engine."""
from __future__ import annotations

import math

import numpy as np
import pytest

import engine
from desktop_app.geometry import overlays as geo
from engine.simulate import Trajectory


def lane_after(optimizer, steps, surface="ravine", start=(-2.0, 0.5), **hp):
    run = engine.Run(engine.surfaces.get(surface), start)
    lane = run.add(optimizer, **hp)
    run.step(steps)
    return lane


def test_step_view_is_the_step_that_reached_the_shown_point():
    lane = lane_after("momentum", 5, lr=0.01)
    hist = lane.history
    sv = geo.step_view(hist, 3)
    pts = hist.view("points")
    np.testing.assert_array_equal(sv.point, pts[3])
    np.testing.assert_array_equal(sv.origin, pts[2])
    assert sv.step == 3 and sv.origin_step == 2
    np.testing.assert_allclose(sv.origin + sv.record["step"], sv.point, rtol=1e-6, atol=1e-6)  # float32 record
    first = geo.step_view(hist, 0)
    assert first.origin is None and first.record == {}


def test_sgd_arrows_gradient_step_equals_the_step():
    lane = lane_after("sgd", 4, lr=0.01)
    sv = geo.step_view(lane.history, 4)
    v = geo.vectors(sv, lane.optimizer.hyperparams)
    assert set(v) == {"gradient", "step"}
    np.testing.assert_allclose(v["gradient"], v["step"], rtol=1e-5)


def test_momentum_velocity_and_adam_first_moment():
    lane = lane_after("momentum", 4, lr=0.01, momentum=0.9)
    v = geo.vectors(geo.step_view(lane.history, 4), lane.optimizer.hyperparams)
    np.testing.assert_allclose(v["velocity"], v["step"], rtol=1e-5)  # heavy ball: the step is the velocity
    lane = lane_after("adam", 4, lr=0.05)
    sv = geo.step_view(lane.history, 4)
    v = geo.vectors(sv, lane.optimizer.hyperparams)
    np.testing.assert_allclose(v["velocity"], -0.05 * sv.record["m_hat"])


def test_the_learning_rate_of_a_step_follows_the_schedule():
    hp = {"lr": 0.2, "schedule": "inverse_time", "decay": 0.05}
    assert geo.step_lr(hp, 10) == pytest.approx(0.2 / 1.5)
    assert geo.step_lr({"line_search": "wolfe"}, 3) is None


@pytest.mark.parametrize("longest, extent, current, expected", [
    (0.5, 5.0, 1.0, 1.0),          # visible at true size
    (0.001, 5.0, 1.0, 500.0),      # tiny: 1-2-5 scale aiming at 15% of the view
    (0.001, 5.0, 500.0, 500.0),    # kept while visible
    (0.0001, 5.0, 500.0, 5000.0),  # rescaled up
    (1e-7, 5.0, 1.0, 1e4),         # capped: a stopped optimizer's arrows vanish
    (0.01, 5.0, 500.0, 50.0),      # grew: rescaled down
    (3.0, 5.0, 20.0, 1.0),         # grew past visible at true size
    (0.0, 5.0, 20.0, 20.0),        # nothing to measure: keep
])
def test_display_scale(longest, extent, current, expected):
    assert geo.display_scale(longest, extent, current) == expected


def test_nice_scale_and_label():
    assert [geo.nice_scale(x) for x in (1.0, 3.0, 7.0, 0.03, 999.0)] == [1.0, 2.0, 5.0, 0.02, 500.0]
    assert geo.scale_label(1.0) == "true size" and geo.scale_label(20.0) == "×20"


@pytest.mark.parametrize("vec, angle", [((1, 0), 180.0), ((-1, 0), 0.0), ((0, 1), 90.0), ((0, -1), -90.0)])
def test_arrow_angle_matches_pyqtgraph_convention(vec, angle):
    assert geo.arrow_angle(vec) == pytest.approx(angle)


def test_rmsprop_step_lands_on_its_effective_step_ellipse():
    lane = lane_after("rmsprop", 6, lr=0.03)
    sv = geo.step_view(lane.history, 6)
    radii, circle = geo.effective_step(sv, lane.optimizer.hyperparams)
    step = sv.record["step"]
    assert (step[0] / radii[0]) ** 2 + (step[1] / radii[1]) ** 2 == pytest.approx(1.0, rel=1e-5)
    assert circle == pytest.approx(0.03 * np.hypot(*sv.record["grad"]))
    line = geo.ellipse(sv.origin, np.eye(2), radii)
    assert line.shape == (97, 2)
    np.testing.assert_allclose(line[0], line[-1])
    assert geo.effective_step(geo.step_view(lane_after("sgd", 2, lr=0.01).history, 2), {"lr": 0.01}) is None


def test_adam_step_lands_on_its_ellipse_too():
    lane = lane_after("adam", 6, lr=0.05)
    sv = geo.step_view(lane.history, 6)
    radii, _ = geo.effective_step(sv, lane.optimizer.hyperparams)
    step = sv.record["step"]
    assert (step[0] / radii[0]) ** 2 + (step[1] / radii[1]) ** 2 == pytest.approx(1.0, rel=1e-4)


def test_newton_model_on_a_quadratic_is_the_surface_and_targets_its_minimum():
    lane = lane_after("newton", 1, surface="quadratic", start=(1.6, 1.2))
    sv = geo.step_view(lane.history, 1)
    model = geo.newton_model(sv, 1.0)
    surface = engine.surfaces.get("quadratic")
    np.testing.assert_allclose(model.target, surface.minima[0], atol=1e-6)  # float32 records
    pts = model.through_origin[np.all(np.isfinite(model.through_origin), axis=1)]
    # the model's level through the origin is the surface's own contour there
    np.testing.assert_allclose(surface.value(pts), sv.value, rtol=1e-3)
    assert np.isnan(model.lines).any() and len(model.lines) > 100


def test_label_direction_sits_between_the_arrows_facing_the_centre():
    vecs = np.eye(2)
    d = geo.label_direction(vecs, (1.0, 1.0), (0.0, 0.0))  # centre to the lower left
    np.testing.assert_allclose(d, [-1 / math.sqrt(2), -1 / math.sqrt(2)])
    d = geo.label_direction(vecs, (-1.0, 0.0), (0.0, 0.0))  # centre to the right: lower right
    np.testing.assert_allclose(d, [1 / math.sqrt(2), -1 / math.sqrt(2)])


def test_newton_model_is_drawn_in_a_disk():
    lane = lane_after("newton", 1, surface="quadratic", start=(1.6, 1.2))
    sv = geo.step_view(lane.history, 1)
    model = geo.newton_model(sv, 1.0)
    pts = model.lines[np.all(np.isfinite(model.lines), axis=1)]
    reach = max(1.0, 1.3 * np.hypot(*(model.target - sv.origin)))
    assert np.hypot(*(pts - sv.origin).T).max() <= reach * 1.02


def test_newton_model_needs_a_hessian_record():
    lane = lane_after("sgd", 2, lr=0.01)
    assert geo.newton_model(geo.step_view(lane.history, 2), 1.0) is None


@pytest.mark.parametrize("surface, point, kind", [("saddle", (0.0, 0.0), "saddle"),
                                                  ("quadratic", (0.0, 0.0), "minimum"),
                                                  ("quadratic", (0.3, -0.2), "convex"),  # ∇f ≠ 0 there
                                                  ("himmelblau", (-0.270845, -0.923039), "maximum")])
def test_probe_classifies_with_the_engine(surface, point, kind):
    s = engine.surfaces.get(surface)
    pr = geo.probe(s, point)
    assert pr.kind == kind
    lam = pr.eigenvalues
    assert lam[0] <= lam[1]
    np.testing.assert_allclose(pr.eigenvectors @ np.diag(lam) @ pr.eigenvectors.T, s.hessian(np.array(point)), atol=1e-9)
    assert pr.condition == pytest.approx(np.abs(lam).max() / np.abs(lam).min())


def test_probe_of_a_ravine_has_its_condition_number():
    s = engine.surfaces.get("ravine", condition=50.0, angle=20.0)
    assert geo.probe(s, (0.5, 0.5)).condition == pytest.approx(50.0)


def test_bfgs_estimate_ellipse_converges_to_the_true_one():
    surface = engine.surfaces.get("ravine", condition=50.0, angle=20.0)
    run = engine.Run(surface, (-2.22, -0.33))
    lane = run.add("bfgs")
    run.step(20)
    h = surface.hessian(np.zeros(2))
    s = 1.0 / math.sqrt(1.0 / np.linalg.eigvalsh(h).min())  # the true ellipse's long semi-axis is 1

    def misfit(row):  # how far the estimate's ellipse is from the true one's level set (0: on it)
        sv = geo.step_view(lane.history, row)
        est, true = geo.inverse_ellipses(sv, surface, 1.0)
        d = est - sv.origin
        return np.abs(np.einsum("ni,ij,nj->n", d, h, d) / s ** 2 - 1.0).max(), sv, true

    first, _, _ = misfit(1)
    last, sv, true = misfit(lane.history.size - 1)
    assert first > 1.0 and last < 0.05  # ten steps of Wolfe line searches: within a few percent
    assert np.hypot(*(true - sv.origin).T).max() == pytest.approx(1.0, rel=1e-3)


def test_polyak_trail_is_the_engines_average():
    pts = np.random.default_rng(0).normal(size=(50, 2))
    trail = geo.polyak_trail(pts, 10)
    ref = Trajectory(pts, np.zeros(50), "running", -1, -1).averaged(10)
    np.testing.assert_allclose(trail, ref[10:])
    np.testing.assert_allclose(trail[-1], pts[10:].mean(axis=0))
    assert geo.polyak_trail(pts, 60).shape == (0, 2)


def test_no_qt_in_the_geometry():
    import subprocess
    import sys
    code = ("import sys; import desktop_app.geometry.overlays, desktop_app.model.scenarios; "
            "sys.exit(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_finite_everywhere_on_a_long_run():
    lane = lane_after("adam", 200, lr=0.05)
    for row in (1, 50, 199):
        sv = geo.step_view(lane.history, row)
        for v in geo.vectors(sv, lane.optimizer.hyperparams).values():
            assert np.all(np.isfinite(v))
    assert math.isfinite(geo.effective_step(sv, lane.optimizer.hyperparams)[1])


def test_the_scale_fits_the_ellipse_too():
    lane = lane_after("adam", 6, lr=0.05)
    sv = geo.step_view(lane.history, 6)
    hp = lane.optimizer.hyperparams
    arrows_only = geo.longest_scaled(sv, hp, {"gradient"})
    radii, _ = geo.effective_step(sv, hp)
    assert arrows_only == pytest.approx(np.hypot(*geo.vectors(sv, hp)["gradient"]))
    assert geo.longest_scaled(sv, hp, {"gradient", "precondition_ellipse"}) >= radii.max()
    assert geo.longest_scaled(sv, hp, set()) == 0.0
    assert geo.longest_scaled(geo.step_view(lane.history, 0), hp, {"gradient", "step"}) == 0.0
