"""Lecture claims 11-20, each measured on its scenario file with a number and a clear margin.

Every test loads resources/scenarios/NN-*.json and runs the lanes it lists; thresholds come
from the claim (or a closed form), never from a measured run. Run with -s to see the numbers.
"""
import math

import numpy as np

import engine
from engine import optimizers

from claims_util import (lane_index, load, nearest_minimum, run_lane, step_lengths, window_size)


def test_11_sgd_barely_moves_on_the_plateau_adam_and_rmsprop_cross_it():
    setup = load(11)
    surface = setup.build_surface()
    start_gap = float(np.linalg.norm(setup.start))
    width = setup.surface_params["width"]
    sgd = run_lane(setup, lane_index(setup, "sgd"))
    moved = float(np.linalg.norm(sgd.points[-1] - sgd.points[0]))
    crossed = {}
    for name in ("adam", "rmsprop"):
        gap = np.linalg.norm(run_lane(setup, lane_index(setup, name)).points - surface.minima[0], axis=-1)
        inside = np.flatnonzero(gap < width)
        crossed[name] = int(inside[0]) if len(inside) else None
    print(f"\n[11] in {setup.steps} steps SGD moves {moved:.4f} ({moved / start_gap:.2%} of the way); "
          f"basin reached at step: {crossed}")
    assert moved <= 0.05 * start_gap, f"SGD moved {moved:.3f} of {start_gap:.3f}"
    for name, step in crossed.items():
        assert step is not None and step <= setup.steps // 2, f"{name} reached the basin at {step}"


def test_12_newton_is_attracted_to_the_saddle_saddle_free_newton_escapes():
    setup = load(12)
    surface = setup.build_surface()
    newton = run_lane(setup, lane_index(setup, "newton")).points[-1]
    free = run_lane(setup, lane_index(setup, "saddle_free_newton")).points[-1]
    g_newton = float(np.linalg.norm(surface.grad(newton)))
    eig_newton = np.linalg.eigvalsh(surface.hessian(newton))
    eig_free = np.linalg.eigvalsh(surface.hessian(free))
    end, gap = nearest_minimum(surface, free)
    print(f"\n[12] Newton ends with |grad| {g_newton:.1e}, Hessian eigenvalues {eig_newton.round(3)}, "
          f"{np.linalg.norm(newton - surface.saddles[0]):.1e} from the saddle; saddle-free Newton ends "
          f"{gap:.1e} from minimum {end}, eigenvalues {eig_free.round(3)}")
    assert g_newton <= 1e-6
    assert eig_newton[0] <= -0.1 and eig_newton[1] >= 0.1, "not an indefinite Hessian: not a saddle"
    assert eig_free[0] >= 0.1, "saddle-free Newton did not end where the surface curves up both ways"
    assert gap <= 1e-3 and surface.value(free) <= surface.minima_values[end] + 1e-9


def test_13_levenberg_marquardt_damping_interpolates_gradient_and_newton_steps():
    setup = load(13)
    surface = setup.build_surface()
    newtons = [i for i, lane in enumerate(setup.lanes) if lane.optimizer == "newton"]
    small = min(newtons, key=lambda i: setup.lanes[i].hyperparams["damping"])
    large = max(newtons, key=lambda i: setup.lanes[i].hyperparams["damping"])
    lam_small = setup.lanes[small].hyperparams["damping"]
    lam_large = setup.lanes[large].hyperparams["damping"]
    curvature = np.linalg.eigvalsh(surface.hessian(np.asarray(setup.start)))
    assert lam_small <= 0.05 * curvature[0] and lam_large >= 5 * curvature[1], "not small/large damping"

    path = run_lane(setup, large).points
    g = surface.grad(path[:-1])
    steps = np.diff(path, axis=0)
    cos = -np.sum(steps * g, axis=-1) / np.linalg.norm(steps, axis=-1) / np.linalg.norm(g, axis=-1)
    size = lam_large * np.linalg.norm(steps, axis=-1) / np.linalg.norm(g, axis=-1)
    sgd_path = engine.simulate(surface, optimizers.create("sgd", lr=1.0 / lam_large), start=setup.start,
                               steps=setup.steps).points
    apart = np.linalg.norm(path - sgd_path, axis=-1).max() / np.linalg.norm(setup.start)

    quick = run_lane(setup, small).points
    x0 = np.asarray(setup.start)
    newton_step = -np.linalg.solve(surface.hessian(x0), surface.grad(x0))
    off = np.linalg.norm(quick[1] - x0 - newton_step) / np.linalg.norm(newton_step)
    arrived = int(np.argmax(np.linalg.norm(quick, axis=-1) <= 1e-6 * np.linalg.norm(x0)))
    print(f"\n[13] damping {lam_large:g}: every step within {math.degrees(math.acos(min(1.0, cos.min()))):.1f} deg "
          f"of -grad, length x damping / |grad| in [{size.min():.3f}, {size.max():.3f}], path "
          f"{apart:.2%} from SGD lr=1/damping; damping {lam_small:g}: first step {off:.2%} from "
          f"Newton's -H^-1 g, minimum reached at step {arrived}")
    assert cos.min() >= 0.99 and 0.85 <= size.min() and size.max() <= 1.0 + 1e-9
    assert apart <= 0.05
    assert off <= 0.02 and 0 < arrived <= 5


def test_14_conjugate_gradient_solves_a_2d_quadratic_in_2_steepest_descent_zigzags():
    setup = load(14)
    by_rule = {lane.hyperparams["beta_rule"]: i for i, lane in enumerate(setup.lanes)}
    cg = run_lane(setup, by_rule["fletcher_reeves"]).points
    sd = run_lane(setup, by_rule["none"])
    scale = np.linalg.norm(setup.start)
    cg_gap = np.linalg.norm(cg[2]) / scale
    sd_gap = np.linalg.norm(sd.points[2]) / scale
    moves = np.diff(sd.points, axis=0)
    moves = moves[np.linalg.norm(moves, axis=-1) > 1e-9 * scale]
    cos = np.sum(moves[1:] * moves[:-1], axis=-1) / np.linalg.norm(moves[1:], axis=-1) / np.linalg.norm(moves[:-1], axis=-1)
    print(f"\n[14] after 2 iterations: CG {cg_gap:.1e}, steepest descent {sd_gap:.2f} of the start "
          f"distance; steepest descent converges at step {sd.converged_step} with consecutive steps at "
          f"90 deg (max |cos| {np.abs(cos).max():.1e})")
    assert cg_gap <= 1e-9
    assert sd_gap >= 0.3 and sd.converged_step >= 10
    assert np.abs(cos).max() <= 1e-6


def test_15_bfgs_inverse_hessian_estimate_converges_to_the_true_inverse():
    setup = load(15)
    surface = setup.build_surface()
    traj = run_lane(setup, lane_index(setup, "bfgs"), record=True)
    true = np.linalg.inv(surface.hessian(np.asarray(setup.start)))   # a quadratic: the same everywhere
    errors = [np.linalg.norm(r["inv_hessian"][0] - true) / np.linalg.norm(true) for r in traj.records]
    print(f"\n[15] relative error of the inverse-Hessian estimate, step by step: "
          f"{np.round(errors, 4).tolist()}")
    assert len(errors) >= 3
    assert errors[0] >= 0.5 and errors[-1] <= 0.02


def _noise_ball(setup, index, surface, tail):
    """Mean distance to the minimum over the last ``tail`` steps: the scenario's run and 16 more seeds."""
    lane = setup.lanes[index]
    one = np.linalg.norm(run_lane(setup, index).points[-tail:], axis=-1).mean()
    many = engine.simulate(surface, optimizers.create(lane.optimizer, **lane.hyperparams),
                           start=np.tile(setup.start, (16, 1)), steps=setup.steps, noise=lane.noise,
                           seed=lane.seed + 1)
    return one, np.linalg.norm(many.points[-tail:], axis=-1).mean(axis=0)


def test_16_decaying_learning_rate_settles_constant_keeps_bouncing():
    setup = load(16)
    surface = setup.build_surface()
    i_decay = next(i for i, lane in enumerate(setup.lanes) if lane.hyperparams.get("schedule", "constant") != "constant")
    i_const = next(i for i, lane in enumerate(setup.lanes) if lane.hyperparams.get("schedule", "constant") == "constant")
    hp = optimizers.create("sgd", **setup.lanes[i_decay].hyperparams).hyperparams
    # Robbins-Monro: the partial sums of lr_t keep growing, those of lr_t^2 have converged.
    factors = np.array([optimizers.schedule_factor(hp, t) for t in range(10**6)])
    grow = factors.sum() / factors[:10**4].sum()
    tail_sq = (factors[10**4:] ** 2).sum() / (factors ** 2).sum()
    tail = setup.steps // 5
    const_one, const_many = _noise_ball(setup, i_const, surface, tail)
    decay_one, decay_many = _noise_ball(setup, i_decay, surface, tail)
    ratio_one, ratio_many = decay_one / const_one, float(np.max(decay_many / const_many))
    print(f"\n[16] schedule: sum of lr_t grows {grow:.2f}x from 10^4 to 10^6 steps, sum of squares only "
          f"{tail_sq:.1%}; mean distance over the last {tail} steps: constant {const_one:.3f}, decaying "
          f"{decay_one:.3f} (ratio {ratio_one:.2f}; worst of 16 other seeds {ratio_many:.2f})")
    assert grow >= 1.3 and tail_sq <= 0.01
    assert ratio_one <= 0.4 and ratio_many <= 0.5


def test_17_adam_without_bias_correction_takes_a_first_step_316x_larger():
    setup = load(17)
    i_off = next(i for i, lane in enumerate(setup.lanes) if lane.hyperparams.get("bias_correction") is False)
    i_on = next(i for i, lane in enumerate(setup.lanes) if lane.hyperparams.get("bias_correction", True))
    hp = optimizers.create("adam", **setup.lanes[i_off].hyperparams).hyperparams
    assert {k: v for k, v in hp.items() if k != "bias_correction"} == {
        k: v for k, v in optimizers.create("adam", **setup.lanes[i_on].hyperparams).hyperparams.items()
        if k != "bias_correction"}
    closed_form = (1 - hp["beta1"]) / math.sqrt(1 - hp["beta2"])
    first = step_lengths(run_lane(setup, i_off).points)[0] / step_lengths(run_lane(setup, i_on).points)[0]
    print(f"\n[17] first step without / with bias correction: {first:.4f}; (1-b1)/sqrt(1-b2) = {closed_form:.4f}")
    assert closed_form >= 3.0
    assert abs(first / closed_form - 1) <= 0.01


def test_18_polyak_average_sits_closer_to_the_minimum_than_the_last_iterate():
    setup = load(18)
    burn_in = setup.view["polyak_burn_in"]
    lane = setup.lanes[0]
    traj = run_lane(setup, 0)
    last, mean = np.linalg.norm(traj.points[-1]), np.linalg.norm(traj.averaged(burn_in)[-1])
    many = engine.simulate(setup.build_surface(), optimizers.create(lane.optimizer, **lane.hyperparams),
                           start=np.tile(setup.start, (32, 1)), steps=setup.steps, noise=lane.noise,
                           seed=lane.seed + 1)
    last_many = np.linalg.norm(many.points[-1], axis=-1)
    mean_many = np.linalg.norm(many.averaged(burn_in)[-1], axis=-1)
    print(f"\n[18] distance to the minimum: last iterate {last:.3f}, Polyak average {mean:.3f}; over 32 "
          f"other runs: mean {last_many.mean():.3f} vs {mean_many.mean():.3f}, average closer in "
          f"{np.mean(mean_many < last_many):.0%}")
    assert mean <= 0.5 * last
    assert mean_many.mean() <= 0.4 * last_many.mean() and np.mean(mean_many < last_many) >= 0.9


def test_19_coordinate_descent_staircases_on_a_rotated_ravine_two_moves_when_aligned():
    setup = load(19)
    scale = np.linalg.norm(setup.start)
    tilted = np.linalg.norm(run_lane(setup, 0).points, axis=-1) / scale
    slow = int(np.argmax(tilted <= 1e-3)) if np.any(tilted <= 1e-3) else setup.steps + 1
    aligned_surface = setup.build_surface().with_values(angle=0.0)
    aligned = np.linalg.norm(run_lane(setup, 0, surface=aligned_surface).points, axis=-1) / scale
    print(f"\n[19] tilted ravine: {slow} moves to get within 1e-3 of the start distance; axis-aligned: "
          f"{aligned[1]:.2f} after one move, {aligned[2]:.1e} after two")
    assert slow >= 20
    assert aligned[1] >= 0.1 and aligned[2] <= 1e-12


def test_20_himmelblau_the_start_decides_which_minimum():
    setup = load(20)
    surface = setup.build_surface()
    lane = setup.lanes[0]
    starts = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
    ends = run_lane(setup, 0, start=starts).points[-1]
    reached = [nearest_minimum(surface, p) for p in ends]
    bmap = engine.basin_map(surface, optimizers.create(lane.optimizer, **lane.hyperparams),
                            resolution=24, steps=setup.steps)
    shares = {i: c / bmap.minimum_index.size for i, c in bmap.counts().items()}
    print(f"\n[20] from (+-1, +-1): minima {[i for i, _ in reached]}; basin map shares {shares}")
    assert sorted(i for i, _ in reached) == [0, 1, 2, 3]
    assert all(gap <= 1e-3 for _, gap in reached)
    assert all(shares.get(i, 0.0) >= 0.15 for i in range(len(surface.minima)))
