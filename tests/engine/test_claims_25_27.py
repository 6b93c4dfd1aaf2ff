"""Lecture claims 25-27 (issue 17: data surfaces, true minibatches), each measured on its
scenario file. Thresholds come from closed forms (the noise-ball radius of SGD on a quadratic,
the condition number), never from a measured run. Run with -s to see the numbers."""
import math

import numpy as np

import engine
from engine import optimizers

from claims_util import lane_optimizer, load, run_lane

BURN_IN = 300          # > 10 relaxation times 1 / lr at lr = 0.1, plus the way in from the start
SEEDS = range(4)


def _lane_by_batch(setup, batch_size):
    found = [i for i, lane in enumerate(setup.lanes) if lane.batch_size == batch_size]
    assert len(found) == 1, f"scenario needs one lane with batch_size {batch_size}"
    return found[0]


def _rms_radius(setup, index, surface=None, lr=None, seeds=SEEDS):
    """The root-mean-square distance from the minimum after the burn-in, pooled over seeds."""
    lane = setup.lanes[index]
    surface = surface if surface is not None else setup.build_surface()
    override = {} if lr is None else {"lr": lr}
    sq = []
    for seed in seeds:
        traj = engine.simulate(surface, lane_optimizer(lane, **override), start=setup.start, steps=setup.steps,
                               seed=seed, batch_size=lane.batch_size)
        sq.append(np.sum((traj.points[BURN_IN:] - surface.minima[0]) ** 2, axis=-1))
    return math.sqrt(float(np.mean(sq)))


def _predicted_radius(surface, lr, batch_size):
    """SGD x <- x - lr g_B on a bowl with Hessian I: each coordinate's error e follows
    e <- (1 - lr) e - lr xi, so E|e|^2 = lr^2 tr Cov_B / (1 - (1 - lr)^2) = lr / (2 - lr) tr Cov_B,
    with Cov_B = (N - B) / (B (N - 1)) Cov_1 for a batch drawn without replacement."""
    n = surface.n_examples
    per = surface.per_example_grad(surface.minima[0])
    trace = float(per.var(axis=0).sum())
    return math.sqrt(lr / (2.0 - lr) * (n - batch_size) / (batch_size * (n - 1)) * trace)


def test_25_noise_ball_shrinks_with_batch_size_like_sqrt_lr_over_b():
    setup = load(25)
    surface = setup.build_surface()
    np.testing.assert_allclose(surface.hessian(surface.minima[0]), np.eye(2), atol=1e-12)  # the closed form's premise
    one, big = _lane_by_batch(setup, 1), _lane_by_batch(setup, 32)
    lr = setup.lanes[one].hyperparams["lr"]
    assert setup.lanes[big].hyperparams["lr"] == lr, "same learning rate in both lanes"
    r1, r32 = _rms_radius(setup, one), _rms_radius(setup, big)
    p1, p32 = _predicted_radius(surface, lr, 1), _predicted_radius(surface, lr, 32)
    r1_quarter = _rms_radius(setup, one, lr=lr / 4)
    p1_quarter = _predicted_radius(surface, lr / 4, 1)
    full = [i for i, lane in enumerate(setup.lanes) if lane.batch_size is None][0]
    gd = run_lane(setup, full)
    print(f"\n[25] noise-ball radius: batch 1 {r1:.2f} (predicted {p1:.2f}), batch 32 {r32:.2f} "
          f"(iid prediction {p32:.2f}), ratio {r1 / r32:.2f} vs sqrt(32) = {math.sqrt(32):.2f}; "
          f"batch 1 at lr/4: {r1_quarter:.2f} (predicted {p1_quarter:.2f}); full batch: {gd.status}")
    assert abs(r1 / p1 - 1) < 0.12, "batch 1's noise ball is not the predicted size"
    assert abs((r1 / r1_quarter) / (p1 / p1_quarter) - 1) < 0.12, "radius does not scale like sqrt(lr)"
    # without replacement the errors of an epoch's 14 batches sum to zero: smaller than iid, never larger
    assert 0.3 * p32 < r32 < 1.05 * p32
    assert r1 / r32 >= 0.95 * math.sqrt(32)
    assert gd.status == "converged"


def test_26_minibatch_noise_vanishes_at_the_minimum_of_an_interpolating_fit():
    setup = load(26)
    clean = setup.build_surface()
    noisy = clean.with_values(interpolate=False)
    spread = {name: float(s.per_example_grad(s.minima[0]).var(axis=0).sum()) for name, s in
              (("interpolating", clean), ("noisy", noisy))}
    ends = {}
    for i, lane in enumerate(setup.lanes):
        for name, s in (("interpolating", clean), ("noisy", noisy)):
            traj = run_lane(setup, i, surface=s)
            ends[(lane.batch_size, name)] = (traj.status, float(np.linalg.norm(traj.points[-1] - s.minima[0])))
    print(f"\n[26] per-example gradient variance at the minimum: {spread}; (status, distance) at the end: {ends}")
    assert spread["interpolating"] <= 1e-20 * spread["noisy"]
    for (b, name), (status, dist) in ends.items():
        if name == "interpolating":
            assert status == "converged" and dist < 1e-5, (b, status, dist)
        else:
            # a noise ball of the predicted size: far from converged
            assert status == "running" and dist > 0.1 * _predicted_radius(noisy, 0.1, b), (b, status, dist)


def test_27_standardizing_the_feature_turns_the_elongated_valley_round():
    setup = load(27)
    raw = setup.build_surface()
    std = raw.with_values(standardize=True)
    kappa_raw, kappa_std = raw.condition_number(), std.condition_number()
    sgd = [i for i, lane in enumerate(setup.lanes) if lane.optimizer == "sgd"][0]
    lr = setup.lanes[sgd].hyperparams["lr"]
    lo, hi = np.linalg.eigvalsh(raw.hessian(raw.minima[0]))
    best = 2.0 / (lo + hi)
    assert abs(lr / best - 1) < 0.01, f"the scenario's lr {lr} is not the best fixed lr {best:.6f}"
    path = run_lane(setup, sgd).points
    left = np.linalg.norm(path[-1] - raw.minima[0]) / np.linalg.norm(path[0] - raw.minima[0])
    slow_rate = (kappa_raw - 1) / (kappa_raw + 1)
    lo_s, hi_s = np.linalg.eigvalsh(std.hessian(std.minima[0]))
    one = engine.simulate(std, optimizers.create("sgd", lr=2.0 / (lo_s + hi_s)), start=setup.start, steps=1)
    print(f"\n[27] condition number raw {kappa_raw:,.0f}, standardized {kappa_std:.12f}; GD at lr {lr} keeps "
          f"{left:.1%} of its distance after {setup.steps} steps (rate {slow_rate:.6f}/step); standardized, "
          f"one step lands {np.linalg.norm(one.points[-1] - std.minima[0]):.1e} from the minimum")
    assert kappa_raw > 1e4 and abs(kappa_std - 1) < 1e-9
    assert left > 0.9, "raw GD should still be far away"
    assert np.linalg.norm(one.points[-1] - std.minima[0]) < 1e-9 * np.linalg.norm(std.minima[0])
