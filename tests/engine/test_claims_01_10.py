"""Lecture claims 1-10, each measured on its scenario file with a number and a clear margin.

Every test loads resources/scenarios/NN-*.json and runs the lanes it lists; thresholds come
from the claim (or a closed form), never from a measured run. Run with -s to see the numbers.
"""
import numpy as np

import engine
from engine import optimizers, surfaces

from claims_util import (arrival_step, escape_step, lane_index, load, nearest_minimum, overshoot,
                         run_lane, sign_changes, step_lengths, steep_coordinate, turning_angles,
                         window_size, loglog_slope)


def _ravine_zigzags(setup, index):
    """Sign changes of the steep coordinate (dead band 0.1% of the window) and arrival step
    (within 1% of the window of the minimum, for good)."""
    surface = setup.build_surface()
    traj = run_lane(setup, index)
    v = steep_coordinate(traj.points, setup.surface_params["angle"])
    size = window_size(surface)
    return sign_changes(v, 1e-3 * size), arrival_step(traj.points, surface.minima[0], 0.01 * size)


def test_01_momentum_escapes_the_saddle_sgd_needs_5x_the_steps():
    setup = load(1)
    surface = setup.build_surface()
    sgd_run = run_lane(setup, lane_index(setup, "sgd"))
    sgd = escape_step(sgd_run.values, surface)
    mom = escape_step(run_lane(setup, lane_index(setup, "momentum")).values, surface)
    assert mom is not None, "momentum did not escape the saddle within the scenario's steps"
    ratio = (sgd if sgd is not None else setup.steps + 1) / mom
    # Stalled: while it sits at the saddle, SGD's gradient all but vanishes.
    grads = np.linalg.norm(surface.grad(sgd_run.points[: sgd or len(sgd_run.points)]), axis=-1)
    stall = grads.min() / grads[0]
    print(f"\n[1] escape step: SGD {sgd}, momentum {mom}; ratio {ratio:.2f} (claim >= 5); SGD's gradient "
          f"falls to {stall:.1e} of its initial size before it escapes")
    assert ratio >= 5.0, f"SGD needs only {ratio:.2f}x momentum's steps (SGD {sgd}, momentum {mom})"
    assert stall <= 0.01, f"SGD's gradient only fell to {stall:.2f} of its start: no stall"


def test_02_sgd_zigzags_and_crawls_momentum_damps_and_arrives_far_sooner():
    setup = load(2)
    sgd_changes, sgd_arrival = _ravine_zigzags(setup, lane_index(setup, "sgd"))
    mom_changes, mom_arrival = _ravine_zigzags(setup, lane_index(setup, "momentum"))
    assert mom_arrival is not None, "momentum did not arrive"
    sgd_arrival = sgd_arrival if sgd_arrival is not None else setup.steps + 1
    print(f"\n[2] steep-coordinate sign changes: SGD {sgd_changes}, momentum {mom_changes}; "
          f"arrival: SGD {sgd_arrival}, momentum {mom_arrival} ({sgd_arrival / mom_arrival:.1f}x)")
    assert sgd_changes >= 30, f"SGD changed sides only {sgd_changes} times: no zigzag"
    assert mom_changes <= sgd_changes / 2, f"momentum {mom_changes} vs SGD {sgd_changes} sign changes"
    assert sgd_arrival >= 3 * mom_arrival, f"arrival SGD {sgd_arrival} vs momentum {mom_arrival}"


def test_03_rmsprop_removes_the_zigzag():
    setup = load(3)
    sgd_changes, _ = _ravine_zigzags(setup, lane_index(setup, "sgd"))
    rms_changes, rms_arrival = _ravine_zigzags(setup, lane_index(setup, "rmsprop"))
    print(f"\n[3] steep-coordinate sign changes: SGD {sgd_changes}, RMSProp {rms_changes} "
          f"(claim <= 2); RMSProp arrives at step {rms_arrival}")
    assert sgd_changes >= 30, f"SGD changed sides only {sgd_changes} times: nothing to remove"
    assert rms_changes <= 2, f"RMSProp changed sides {rms_changes} times"
    assert rms_arrival is not None, "RMSProp did not reach the minimum"


def _solves_both(name, hyperparams, saddle, ravine, steps):
    """(steps to escape the saddle, steps to arrive in the ravine), None where it failed."""
    on_saddle = engine.simulate(saddle.build_surface(), optimizers.create(name, **hyperparams),
                                start=saddle.start, steps=steps)
    on_ravine = engine.simulate(ravine.build_surface(), optimizers.create(name, **hyperparams),
                                start=ravine.start, steps=steps)
    radius = 0.01 * window_size(ravine.build_surface())
    return (escape_step(on_saddle.values, saddle.build_surface()),
            arrival_step(on_ravine.points, ravine.build_surface().minima[0], radius))


def test_04_adam_handles_saddle_and_ravine_in_one_budget_sgd_fails_one():
    saddle, ravine = load(4), load(2)   # the ravine half: scenario 2's surface and start
    budget = saddle.steps
    adam = saddle.lanes[lane_index(saddle, "adam")]
    adam_saddle, adam_ravine = _solves_both("adam", adam.hyperparams, saddle, ravine, budget)
    print(f"\n[4] Adam within {budget} steps: saddle escaped at {adam_saddle}, ravine reached at {adam_ravine}")
    assert adam_saddle is not None and adam_saddle <= budget // 2, f"Adam on the saddle: {adam_saddle}"
    assert adam_ravine is not None and adam_ravine <= budget // 2, f"Adam in the ravine: {adam_ravine}"
    sgd = saddle.lanes[lane_index(saddle, "sgd")]
    assert None in _solves_both("sgd", sgd.hyperparams, saddle, ravine, budget)
    # Not a badly chosen lr: no SGD learning rate at all solves both in this budget.
    for lr in np.geomspace(1e-3, 1.0, 13):
        result = _solves_both("sgd", {"lr": float(lr)}, saddle, ravine, budget)
        assert None in result, f"SGD lr={lr:.4g} solved both: {result}"


def test_05_nesterov_overshoots_less_than_heavy_ball():
    setup = load(5)
    surface = setup.build_surface()
    i_mom, i_nag = lane_index(setup, "momentum"), lane_index(setup, "nesterov")
    same = {k: setup.lanes[i_mom].hyperparams[k] for k in ("lr", "momentum")}
    assert same == {k: setup.lanes[i_nag].hyperparams[k] for k in ("lr", "momentum")}
    mom = overshoot(run_lane(setup, i_mom).points, surface.minima[0])
    nag = overshoot(run_lane(setup, i_nag).points, surface.minima[0])
    print(f"\n[5] overshoot past the minimum (fraction of start distance): momentum {mom:.3f}, "
          f"Nesterov {nag:.3f} (ratio {nag / max(mom, 1e-12):.2f})")
    assert mom >= 0.2, f"heavy ball barely overshoots ({mom:.3f}): nothing to compare"
    assert nag <= 0.6 * mom, f"Nesterov {nag:.3f} vs momentum {mom:.3f}"


def test_06_adagrad_step_decays_like_inverse_sqrt_t_and_stalls_rmsprop_does_not():
    setup = load(6)
    surface = setup.build_surface()
    target = surface.minima[0]
    ada = run_lane(setup, lane_index(setup, "adagrad"), record=True)
    rms = run_lane(setup, lane_index(setup, "rmsprop"), record=True)
    along = 0  # the valley runs along x
    ada_lr = np.array([r["effective_lr"][0, along] for r in ada.records])
    t = np.arange(10, len(ada_lr))
    ada_slope = loglog_slope(t + 1, ada_lr[t])
    start_gap = np.linalg.norm(np.subtract(setup.start, target))
    ada_gap = np.linalg.norm(ada.points[-1] - target)
    rms_arrival = arrival_step(rms.points, target, 0.01 * window_size(surface))
    assert rms_arrival is not None and rms_arrival > 20, f"RMSProp arrival {rms_arrival}"
    rms_lr = np.array([r["effective_lr"][0, along] for r in rms.records])
    t = np.arange(10, rms_arrival)
    rms_slope = loglog_slope(t + 1, rms_lr[t])
    print(f"\n[6] log-log slope of the effective lr along the valley: AdaGrad {ada_slope:.3f} "
          f"(claim -0.5), RMSProp {rms_slope:.3f}; AdaGrad stops {ada_gap / start_gap:.0%} of its start "
          f"distance short of the minimum, RMSProp arrives at step {rms_arrival}")
    assert abs(ada_slope + 0.5) <= 0.1, f"AdaGrad's effective lr decays like t^{ada_slope:.3f}"
    assert ada_gap >= 0.25 * start_gap, f"AdaGrad got within {ada_gap:.2f} of {start_gap:.2f}: no stall"
    assert rms_slope >= -0.2, f"RMSProp's effective lr decays like t^{rms_slope:.3f}"


def _path_gap(a, b, scale):
    n = min(len(a), len(b))
    return float(np.max(np.linalg.norm(a[:n] - b[:n], axis=-1))) / scale


def test_07_adadelta_needs_no_learning_rate_units_of_x():
    setup = load(7)
    params = setup.surface_params
    i_delta, i_sgd = lane_index(setup, "adadelta"), lane_index(setup, "sgd")
    start = np.array(setup.start)
    scale = np.linalg.norm(start)
    shown = {i: run_lane(setup, i) for i in (i_delta, i_sgd)}

    # The loss in other units (/10): AdaDelta's path stays, SGD's (same lr) changes.
    calm = surfaces.get("quadratic", a=params["a"] / 10, b=params["b"] / 10)
    delta_units = _path_gap(run_lane(setup, i_delta, surface=calm).points, shown[i_delta].points, scale)
    sgd_calm = run_lane(setup, i_sgd, surface=calm)
    sgd_units = _path_gap(sgd_calm.points, shown[i_sgd].points, scale)

    # The calm bowl's map stretched 3x (x, y -> 3x, 3y): curvatures / 9, start x 3, and eps,
    # AdaDelta's one constant (a squared step), in the new units: x 9. Its path must stretch 3x;
    # SGD's, with the same lr, does not.
    s = 3.0
    wide = surfaces.get("quadratic", a=calm.values["a"] / s**2, b=calm.values["b"] / s**2)
    eps = setup.lanes[i_delta].hyperparams.get("eps", optimizers.create("adadelta").hyperparams["eps"])
    delta_calm = run_lane(setup, i_delta, surface=calm)
    delta_wide = run_lane(setup, i_delta, surface=wide, start=s * start, eps=eps * s**2)
    delta_stretch = _path_gap(delta_wide.points / s, delta_calm.points, scale)
    sgd_wide = run_lane(setup, i_sgd, surface=wide, start=s * start)
    sgd_stretch = _path_gap(sgd_wide.points / s, sgd_calm.points, scale)
    print(f"\n[7] path change (fraction of start distance): loss /10: AdaDelta {delta_units:.1e}, "
          f"SGD {sgd_units:.2g} (shown run {shown[i_sgd].status}); map x3: AdaDelta {delta_stretch:.1e}, "
          f"SGD {sgd_stretch:.2g}")
    assert delta_units <= 0.01 and delta_stretch <= 0.02
    assert sgd_units >= 0.5 and sgd_stretch >= 0.3


def test_08_momentum_rolls_into_the_deeper_minimum_sgd_stays_in_the_shallow_one():
    setup = load(8)
    surface = setup.build_surface()
    deep, shallow = 0, 1                      # minima: global first
    assert surface.minima_values[deep] < surface.minima_values[shallow]
    ridge_x = surface.saddles[0, 0]
    sgd = run_lane(setup, lane_index(setup, "sgd"))
    mom = run_lane(setup, lane_index(setup, "momentum"))
    sgd_end, sgd_gap = nearest_minimum(surface, sgd.points[-1])
    mom_end, mom_gap = nearest_minimum(surface, mom.points[-1])
    sgd_clearance = sgd.points[:, 0].min() - ridge_x
    print(f"\n[8] SGD ends at minimum {sgd_end} ({sgd_gap:.1e} away) and stays {sgd_clearance:.2f} right "
          f"of the ridge; momentum ends at minimum {mom_end} ({mom_gap:.1e} away)")
    assert (sgd_end, mom_end) == (shallow, deep)
    assert sgd_gap <= 1e-3 and mom_gap <= 1e-3, "not settled"
    assert sgd_clearance >= 0.2, "SGD came close to crossing the ridge"


def test_09_momentum_averages_gradient_noise_into_a_smoother_path():
    setup = load(9)
    i_sgd, i_mom = lane_index(setup, "sgd"), lane_index(setup, "momentum")
    sgd = turning_angles(run_lane(setup, i_sgd).points).mean()
    mom = turning_angles(run_lane(setup, i_mom).points).mean()
    # The same on 16 other noise streams, so the scenario's seed is not a lucky one.
    surface = setup.build_surface()
    starts = np.tile(setup.start, (16, 1))
    batch = {}
    for i in (i_sgd, i_mom):
        lane = setup.lanes[i]
        traj = engine.simulate(surface, optimizers.create(lane.optimizer, **lane.hyperparams), start=starts,
                               steps=setup.steps, noise=lane.noise, seed=lane.seed + 1)
        batch[i] = np.array([turning_angles(traj.points[:, k]).mean() for k in range(len(starts))])
    worst = float(np.max(batch[i_mom] / batch[i_sgd]))
    print(f"\n[9] mean turning angle: SGD {sgd:.1f} deg, momentum {mom:.1f} deg (ratio {mom / sgd:.2f}); "
          f"worst ratio over 16 other seeds {worst:.2f}")
    assert sgd >= 60.0, f"SGD turns only {sgd:.1f} deg per step on average: not wandering"
    assert mom <= 0.5 * sgd and worst <= 0.5


def test_10_unclipped_step_at_the_cliff_catapults_clipped_walks_down():
    setup = load(10)
    surface = setup.build_surface()
    i_raw = next(i for i, lane in enumerate(setup.lanes) if not lane.hyperparams.get("max_grad_norm"))
    i_clip = next(i for i, lane in enumerate(setup.lanes) if lane.hyperparams.get("max_grad_norm"))
    raw, clipped = run_lane(setup, i_raw), run_lane(setup, i_clip)
    raw_steps, clip_steps = step_lengths(raw.points), step_lengths(clipped.points)
    jump = raw_steps[1:] / np.maximum.accumulate(raw_steps)[:-1]
    clip_jump = clip_steps[1:] / np.maximum.accumulate(clip_steps)[:-1]
    foot = surface.minima[0]
    hp = setup.lanes[i_clip].hyperparams
    reach = hp["lr"] * hp["max_grad_norm"]    # the longest clipped step
    gap = np.linalg.norm(clipped.points - foot, axis=-1)
    arrived = int(np.argmax(gap <= reach))
    after = gap[arrived:].max()
    print(f"\n[10] largest step / largest before it: unclipped {jump.max():.1f} (claim >= 10, lands "
          f"{raw_steps.max():.1f} away), clipped {clip_jump.max():.2f}; clipped reaches the foot of the "
          f"wall at step {arrived} and then stays within {after:.3f} of it (one clipped step: {reach})")
    assert jump.max() >= 10.0
    assert clip_jump.max() <= 2.0
    assert clipped.points[:, 0].min() >= setup.start[0], "the clipped lane was thrown back"
    assert gap[arrived] <= reach and after <= 2 * reach, "the clipped lane did not settle at the foot"
