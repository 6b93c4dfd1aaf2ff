"""Lecture claims 21-24 (theory on screen), each measured on its scenario file and compared
with engine.theory, the numbers the Theory panel shows.

Every test loads resources/scenarios/NN-*.json and runs the lanes it lists; thresholds come
from the claim or a closed form, never from a measured run. Run with -s to see the numbers.
Rates are measured past the point where the app stops a converged lane (tol = 0): the
asymptotic rate needs the tail.
"""
import math

import numpy as np
import pytest

import engine
from engine import theory

from claims_util import lane_index, lane_optimizer, load, run_lane, steep_coordinate


def _eigenvalues(setup):
    surface = setup.build_surface()
    return theory.local(surface, setup.start, "sgd", {"lr": 1.0}).eigenvalues


def _log_slope(values, k0, k1):
    k = np.arange(k0, k1)
    return float(np.polyfit(k, np.log(np.abs(np.asarray(values)[k0:k1])), 1)[0])


def test_21_lr_just_below_two_over_lambda_max_converges_just_above_diverges():
    setup = load(21)
    lam = _eigenvalues(setup)
    edge = theory.stable_lr("sgd", lam)
    assert edge == 2.0 / lam[1]
    lrs = sorted(lane.hyperparams["lr"] for lane in setup.lanes)
    below, above = lrs
    assert 0.9 * edge <= below < edge < above <= 1.1 * edge, f"lanes {lrs} do not straddle 2/λmax = {edge}"
    assert theory.rate("sgd", lam, lr=below) < 1.0 < theory.rate("sgd", lam, lr=above)

    angle = setup.surface_params["angle"]
    x0 = float(np.linalg.norm(setup.start))
    seen = {}
    for lr in (below, above):
        i = next(j for j, lane in enumerate(setup.lanes) if lane.hyperparams["lr"] == lr)
        traj = run_lane(setup, i)
        v = steep_coordinate(traj.points, angle)
        # Across the valley the error is multiplied by 1 - lr λmax each step: measure it.
        factor = math.exp(_log_slope(v, 5, min(100, len(v) - 1)))
        predicted = abs(1.0 - lr * lam[1])
        seen[lr] = (traj.status, len(traj.points) - 1, factor, predicted, np.linalg.norm(traj.points[-1]) / x0)
        assert factor == pytest.approx(predicted, rel=0.02), (lr, factor, predicted)
    print(f"\n[21] 2/λmax = {edge:.4f}; lr: (status, steps, measured |factor| across, predicted, "
          f"final distance / start) {seen}")
    assert seen[below][0] != "diverged" and seen[below][4] <= 1e-2
    assert seen[above][0] == "diverged" and seen[above][1] < setup.steps


def test_22_tuned_momentum_against_tuned_gradient_descent_predicted_and_measured_rates():
    setup = load(22)
    surface = setup.build_surface()
    lam = _eigenvalues(setup)
    rows = []
    for name in ("sgd", "momentum", "nesterov"):
        i = lane_index(setup, name)
        hp = setup.lanes[i].hyperparams
        best = theory.optimal(name, lam)
        for key, value in hp.items():     # the scenario really is the tuned setting
            assert value == pytest.approx(best[key], rel=1e-12), (name, key, value, best[key])
        predicted = theory.rate(name, lam, **hp)
        assert predicted == pytest.approx(best["rate"], rel=1e-4)
        steps = int(math.ceil(80 * math.log(10) / -math.log(predicted)))
        traj = engine.simulate(surface, lane_optimizer(setup.lanes[i]), start=setup.start, steps=steps, tol=0.0)
        err = np.linalg.norm(traj.points, axis=-1)
        measured = math.exp(_log_slope(err, steps // 2, steps + 1))
        shown = run_lane(setup, i)
        rows.append((name, predicted, measured, shown.status, shown.converged_step))
        assert math.log(measured) == pytest.approx(math.log(predicted), rel=0.02), (name, measured, predicted)
    print("\n[22] name, predicted rate, measured rate, status in the scenario, converged at")
    for row in rows:
        print(f"     {row[0]:9s} {row[1]:.4f} {row[2]:.4f} {row[3]} {row[4]}")
    closed = {"sgd": (lam[1] / lam[0] - 1) / (lam[1] / lam[0] + 1),
              "momentum": (math.sqrt(lam[1] / lam[0]) - 1) / (math.sqrt(lam[1] / lam[0]) + 1)}
    for name, predicted, *_ in rows:
        if name in closed:
            assert predicted == pytest.approx(closed[name], rel=1e-4)
    by = {row[0]: row for row in rows}
    # Ten times fewer steps predicted (log ρ ratio): momentum converges within the scenario, GD does not.
    assert math.log(by["momentum"][1]) / math.log(by["sgd"][1]) >= 5.0
    assert by["momentum"][3] == "converged" and by["nesterov"][3] == "converged" and by["sgd"][3] == "running"


def _effective_kappas(surface, optimizer, traj):
    return np.array([theory.local(surface, traj.points[k], optimizer, state=rec, t=k).effective_condition
                     for k, rec in enumerate(traj.records)])


def test_23_adam_removes_an_axis_aligned_ravines_ill_conditioning_but_not_a_tilted_ones():
    setup = load(23)
    aligned = setup.build_surface()
    assert setup.surface_params["angle"] == 0.0
    kappa = setup.surface_params["condition"]
    tilted = aligned.with_values(angle=45.0)
    i = lane_index(setup, "adam")
    opt = lane_optimizer(setup.lanes[i])
    flat = run_lane(setup, i, record=True)
    tilt = run_lane(setup, i, surface=tilted, start=tilted.start, record=True)
    k_flat = _effective_kappas(aligned, opt, flat)
    k_tilt = _effective_kappas(tilted, opt, tilt)
    assert theory.local(aligned, setup.start, opt).condition == pytest.approx(kappa, rel=1e-9)
    half = setup.steps // 2
    d_flat = float(np.linalg.norm(flat.points[min(half, len(flat.points) - 1)]))
    d_tilt = float(np.linalg.norm(tilt.points[half]))
    print(f"\n[23] κ = {kappa:g}; Adam's effective κ axis-aligned: max {k_flat.max():.1f} "
          f"(median {np.median(k_flat):.1f}), tilted 45°: min {k_tilt.min():.1f}; distance to the "
          f"minimum at step {half}: {d_flat:.1e} vs {d_tilt:.2f}; status {flat.status} vs {tilt.status}")
    assert k_flat.max() < 10.0, "the axis-aligned ravine still looks ill-conditioned to Adam"
    assert k_tilt.min() >= 0.9 * kappa, "Adam's diagonal scaling should not undo a 45° tilt"
    assert d_flat <= 1e-3 and d_tilt >= 0.1


def test_24_gradient_descent_crosses_its_stability_limit_on_rosenbrock():
    setup = load(24)
    surface = setup.build_surface()
    sharp_min = float(theory.sharpness(surface, surface.minima[0]))
    lrs = sorted(lane.hyperparams["lr"] for lane in setup.lanes)
    small, large = lrs
    assert 2.0 / large < sharp_min < 2.0 / small, "the minimum must be too sharp for one lr only"
    out = {}
    for lr in lrs:
        i = next(j for j, lane in enumerate(setup.lanes) if lane.hyperparams["lr"] == lr)
        traj = run_lane(setup, i)
        ratio = lr * theory.sharpness(surface, traj.points) / 2.0      # lr λmax / 2: 1 at the edge
        steps = np.diff(traj.points, axis=0)
        tail = steps[-50:]
        cos = np.sum(tail[1:] * tail[:-1], axis=-1) / (
            np.linalg.norm(tail[1:], axis=-1) * np.linalg.norm(tail[:-1], axis=-1))
        out[lr] = dict(status=traj.status, start_ratio=float(ratio[0]), peak_later=float(ratio[100:].max()),
                       end_ratio=float(ratio[-1]), distance=float(np.linalg.norm(traj.points[-1] - surface.minima[0])),
                       step=float(np.linalg.norm(tail[-1])), cos=float(cos.max()))
    print(f"\n[24] λmax at the minimum {sharp_min:.1f}; per lr: {out}")
    a, b = out[large], out[small]
    # Both start on a wall sharper than their limit; the large lr meets its limit again up the valley.
    assert a["start_ratio"] > 1.0 and b["start_ratio"] > 1.0
    assert a["peak_later"] >= 1.0, "the path never reached the stability edge"
    # ... and stays on it: a period-2 bounce across the valley (every step reverses the last),
    # far from the minimum, with lr λmax / 2 within 15% of 1.
    assert a["cos"] <= -0.99 and a["step"] >= 1e-2 and a["distance"] >= 0.5
    assert abs(a["end_ratio"] - 1.0) <= 0.15
    assert a["status"] == "running"
    # The small lr's limit lies above the minimum's sharpness: it gets there.
    assert b["distance"] <= 0.1 and b["end_ratio"] < 1.0
