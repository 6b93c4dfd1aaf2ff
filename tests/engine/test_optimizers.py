"""Optimizer contracts: validation, direction, second-order properties, modifiers."""
import math

import numpy as np
import pytest

import engine
from engine import optimizers, surfaces
from engine.optimizers import schedule_factor

BOWL = surfaces.get("quadratic", a=1.0, b=4.0)
START = (1.5, 1.0)

# (optimizer, hyperparameters, fragments the message must contain)
BAD = [
    ("sgd", {"lr": 0.0}, ["'lr'", "0.0", "(0, 1000]"]),
    ("sgd", {"lr": -0.1}, ["'lr'", "-0.1"]),
    ("sgd", {"lr": float("nan")}, ["'lr'", "nan"]),
    ("sgd", {"lr": "fast"}, ["'lr'", "'fast'"]),
    ("adam", {"beta1": 1.0}, ["'beta1'", "1.0", "[0, 1)"]),
    ("adam", {"beta2": -0.5}, ["'beta2'", "-0.5"]),
    ("adam", {"eps": -1e-8}, ["'eps'", "-1e-08"]),
    ("adam", {"amsgrad": "yes"}, ["'amsgrad'", "True or False"]),
    ("adam", {"betas": (0.9, 0.99)}, ["'betas'", "Did you mean", "beta1"]),
    ("adam", {"learning_rate": 0.1}, ["'learning_rate'", "lr"]),
    ("momentum", {"momentum": 1.0}, ["'momentum'", "[0, 1)"]),
    ("momentum", {"dampening": 2.0}, ["'dampening'", "[0, 1]"]),
    ("nesterov", {"momentum": 0.0}, ["'momentum'", "requires momentum > 0"]),
    ("rmsprop", {"alpha": 1.5}, ["'alpha'"]),
    ("adagrad", {"lr_decay": -1.0}, ["'lr_decay'"]),
    ("adagrad", {"initial_accumulator_value": -1.0}, ["'initial_accumulator_value'"]),
    ("adadelta", {"rho": 1.1}, ["'rho'"]),
    ("adamw", {"weight_decay": -0.1}, ["'weight_decay'"]),
    ("nadam", {"momentum_decay": -1}, ["'momentum_decay'"]),
    ("newton", {"damping": -1.0}, ["'damping'"]),
    ("lbfgs", {"history_size": 0}, ["'history_size'"]),
    ("lbfgs", {"history_size": 2.5}, ["'history_size'", "whole number"]),
    ("cg", {"beta_rule": "hestenes"}, ["'beta_rule'", "'polak_ribiere'", "'fletcher_reeves'"]),
    ("bfgs", {"lr": 0.1}, ["'lr'"]),
    ("sgd", {"schedule": "linear"}, ["'schedule'", "'cosine'"]),
    ("sgd", {"max_grad_norm": -1.0}, ["'max_grad_norm'"]),
    ("sgd", {"gamma": 0.0}, ["'gamma'"]),
]


@pytest.mark.parametrize("name, kwargs, fragments", BAD, ids=[f"{n}-{list(k)[0]}" for n, k, _ in BAD])
def test_bad_hyperparameters_raise_naming_the_offender(name, kwargs, fragments):
    with pytest.raises(ValueError) as err:
        optimizers.create(name, **kwargs)
    for fragment in fragments:
        assert fragment in str(err.value)


def test_unknown_optimizer_lists_choices_and_suggests():
    with pytest.raises(ValueError, match=r"Unknown optimizer 'adamm'\. Did you mean 'adam'\?.*sgd"):
        optimizers.create("adamm")


def test_failed_set_keeps_the_old_values():
    opt = optimizers.create("adam", lr=0.05)
    with pytest.raises(ValueError):
        opt.set(lr=0.1, beta1=2.0)
    assert opt.hyperparams["lr"] == 0.05 and opt.hyperparams["beta1"] == 0.9


def test_names_cover_the_design_table():
    assert optimizers.names() == ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam",
                                  "adamw", "nadam", "radam", "adamax", "lion", "newton", "saddle_free_newton",
                                  "bfgs", "lbfgs", "cg", "coordinate_descent"]


def test_defaults_are_torchs():
    expected = {"sgd": {"lr": 1e-3}, "adagrad": {"lr": 1e-2, "eps": 1e-10}, "rmsprop": {"lr": 1e-2, "alpha": 0.99},
                "adadelta": {"lr": 1.0, "rho": 0.9, "eps": 1e-6}, "adam": {"lr": 1e-3, "eps": 1e-8},
                "adamw": {"weight_decay": 1e-2}, "nadam": {"lr": 2e-3, "momentum_decay": 4e-3},
                "adamax": {"lr": 2e-3}, "momentum": {"momentum": 0.9, "dampening": 0.0}}
    for name, values in expected.items():
        hp = optimizers.create(name).hyperparams
        for key, value in values.items():
            assert hp[key] == value, (name, key)


@pytest.mark.parametrize("name", optimizers.names())
def test_every_optimizer_goes_downhill(name):
    """torch's sanity test: the loss after 20 steps is below the start's."""
    opt = optimizers.create(name, **({"lr": 0.05} if "lr" in optimizers.create(name).spec else {}))
    traj = engine.simulate(BOWL, opt, start=START, steps=20)
    assert traj.values[-1] < 0.995 * traj.values[0]


def test_sgd_step_is_minus_lr_times_gradient():
    traj = engine.simulate(BOWL, optimizers.create("sgd", lr=0.1), start=START, steps=1)
    expected = np.array(START) - 0.1 * BOWL.grad(np.array(START))
    np.testing.assert_allclose(traj.points[1], expected, rtol=1e-15)


def test_newton_solves_a_quadratic_in_one_step():
    s = surfaces.get("ravine", condition=300.0, angle=25.0)
    traj = engine.simulate(s, optimizers.create("newton"), start=(1.7, -0.9), steps=3)
    np.testing.assert_allclose(traj.points[1], s.minima[0], atol=1e-12)
    assert traj.status == "converged" and traj.converged_step == 1


def test_damping_interpolates_between_newton_and_gradient_steps():
    s = surfaces.get("ravine", condition=50.0, angle=30.0)
    p = np.array([1.2, 0.7])
    g = s.grad(p)
    newton = engine.simulate(s, optimizers.create("newton", damping=0.0), start=p, steps=1).points[1] - p
    big = 1e6
    damped = engine.simulate(s, optimizers.create("newton", damping=big), start=p, steps=1).points[1] - p
    np.testing.assert_allclose(newton, -np.linalg.solve(s.hessian(p), g), rtol=1e-10)
    np.testing.assert_allclose(damped, -g / big, rtol=1e-3)


def test_saddle_free_newton_uses_absolute_eigenvalues():
    s = surfaces.get("saddle")
    p = np.array([0.3, 0.05])
    h = s.hessian(p)
    lam, vec = np.linalg.eigh(h)
    assert lam[0] < 0 < lam[1]
    expected = -vec @ np.diag(1 / np.abs(lam)) @ vec.T @ s.grad(p)
    step = engine.simulate(s, optimizers.create("saddle_free_newton"), start=p, steps=1).points[1] - p
    np.testing.assert_allclose(step, expected, rtol=1e-10)
    plain = engine.simulate(s, optimizers.create("newton"), start=p, steps=1).points[1] - p
    assert np.sign(plain[1]) != np.sign(step[1])    # Newton heads for the saddle, SFN away


@pytest.mark.parametrize("rule", ["fletcher_reeves", "polak_ribiere"])
def test_cg_with_exact_line_search_solves_2d_quadratic_in_two_iterations(rule):
    s = surfaces.get("ravine", condition=40.0, angle=35.0)
    traj = engine.simulate(s, optimizers.create("cg", beta_rule=rule, line_search="exact"), start=(1.8, 1.1),
                           steps=2, tol=0.0)
    assert np.linalg.norm(traj.points[1] - s.minima[0]) > 0.1
    np.testing.assert_allclose(traj.points[2], s.minima[0], atol=1e-10)


def test_steepest_descent_with_exact_line_search_zigzags():
    s = surfaces.get("ravine", condition=40.0, angle=35.0)
    traj = engine.simulate(s, optimizers.create("cg", beta_rule="none", line_search="exact"), start=(1.8, 1.1),
                           steps=10, tol=0.0)
    steps = np.diff(traj.points, axis=0)
    # exact line search makes consecutive steps orthogonal
    cos = np.sum(steps[1:] * steps[:-1], axis=1) / np.linalg.norm(steps[1:], axis=1) / np.linalg.norm(steps[:-1], axis=1)
    np.testing.assert_allclose(cos, 0.0, atol=1e-8)
    assert np.linalg.norm(traj.points[-1] - s.minima[0]) > 1e-3


def test_bfgs_inverse_hessian_becomes_the_true_inverse():
    s = surfaces.get("ravine", condition=30.0, angle=20.0)
    traj = engine.simulate(s, optimizers.create("bfgs", line_search="exact"), start=(1.5, -1.2), steps=3,
                           tol=0.0, record=True)
    true_inv = np.linalg.inv(s.hessian(np.zeros(2)))
    first = traj.records[0]["inv_hessian"][0]
    third = traj.records[2]["inv_hessian"][0]
    assert np.linalg.norm(first - true_inv) > 0.1 * np.linalg.norm(true_inv)
    np.testing.assert_allclose(third, true_inv, rtol=1e-8, atol=1e-10 * np.abs(true_inv).max())


def test_bfgs_with_wolfe_search_approaches_the_inverse_on_rosenbrock():
    s = surfaces.get("rosenbrock")
    traj = engine.simulate(s, optimizers.create("bfgs"), start=(-1.2, 1.0), steps=200, record=True)
    assert traj.status == "converged"
    true_inv = np.linalg.inv(s.hessian(s.minima[0]))
    errors = [np.linalg.norm(r["inv_hessian"][0] - true_inv) / np.linalg.norm(true_inv) for r in traj.records]
    assert errors[-1] < 0.2 < errors[0]


def test_lbfgs_matches_bfgs_direction_with_one_pair_history_on_first_steps():
    s = surfaces.get("himmelblau")
    a = engine.simulate(s, optimizers.create("lbfgs", history_size=50), start=(-1.0, 1.0), steps=60)
    assert a.status == "converged"
    assert np.min(np.linalg.norm(s.minima - a.points[-1], axis=1)) < 1e-6


def test_coordinate_descent_moves_one_axis_per_step():
    traj = engine.simulate(BOWL, optimizers.create("coordinate_descent", lr=0.1), start=START, steps=6)
    moves = np.diff(traj.points, axis=0)
    assert np.all(moves[0::2, 1] == 0) and np.all(moves[1::2, 0] == 0)
    assert np.all(moves[0::2, 0] != 0) and np.all(moves[1::2, 1] != 0)


def test_coordinate_descent_exact_solves_axis_aligned_ravine_in_two_moves():
    s = surfaces.get("ravine", condition=100.0, angle=0.0)
    traj = engine.simulate(s, optimizers.create("coordinate_descent", line_search="exact"), start=(1.5, 0.8),
                           steps=2, tol=0.0)
    np.testing.assert_allclose(traj.points[2], s.minima[0], atol=1e-12)


@pytest.mark.parametrize("kind, expected", [
    ("constant", [1, 1, 1, 1]),
    ("step", [1, 1, 0.5, 0.25]),            # gamma 0.5 every 10 steps, at t = 0, 9, 10, 20
    ("exponential", [1, 0.5 ** 0.9, 0.5, 0.25]),
    ("inverse_time", [1, 1 / 1.9, 1 / 2.0, 1 / 3.0]),
    ("cosine", [1, 0.5 * (1 + math.cos(math.pi * 9 / 10)), 0.0, 0.0]),
])
def test_schedule_factors_follow_their_formulas(kind, expected):
    hp = {"schedule": kind, "gamma": 0.5, "step_size": 10, "decay": 0.1}
    got = [schedule_factor(hp, t) for t in (0, 9, 10, 20)]
    np.testing.assert_allclose(got, expected, rtol=1e-14, atol=1e-15)


def test_schedule_scales_every_step_of_sgd():
    opt = optimizers.create("sgd", lr=0.1, schedule="inverse_time", decay=0.5)
    traj = engine.simulate(BOWL, opt, start=START, steps=5)
    for t in range(5):
        expected = traj.points[t] - 0.1 / (1 + 0.5 * t) * BOWL.grad(traj.points[t])
        np.testing.assert_allclose(traj.points[t + 1], expected, rtol=1e-14)


def test_schedule_is_a_wrapper_for_adaptive_methods_too():
    plain = engine.simulate(BOWL, optimizers.create("adam", lr=0.1), start=START, steps=1).points[1]
    halved = engine.simulate(BOWL, optimizers.create("adam", lr=0.1, schedule="step", gamma=0.5, step_size=1),
                             start=START, steps=2)
    first = halved.points[1] - np.array(START)
    np.testing.assert_allclose(first, plain - np.array(START), rtol=1e-14)
    # second step uses lr * 0.5: compare with a fresh adam whose lr is changed live
    run = engine.Run(BOWL, START)
    lane = run.add("adam", lr=0.1)
    run.step(1)
    lane.set(lr=0.05)
    run.step(1)
    np.testing.assert_allclose(halved.points[2], lane.point, rtol=1e-14)


def test_clipping_bounds_the_gradient_norm():
    far = (40.0, 30.0)
    g = BOWL.grad(np.array(far))
    traj = engine.simulate(BOWL, optimizers.create("sgd", lr=0.1, max_grad_norm=1.0), start=far, steps=1)
    step = traj.points[1] - np.array(far)
    np.testing.assert_allclose(np.linalg.norm(step), 0.1 * 1.0 / (1 + 1e-6 / np.linalg.norm(g)), rtol=1e-9)
    np.testing.assert_allclose(step / np.linalg.norm(step), -g / np.linalg.norm(g), rtol=1e-12)
    small = (0.01, 0.01)
    unclipped = engine.simulate(BOWL, optimizers.create("sgd", lr=0.1, max_grad_norm=1.0), start=small, steps=1)
    np.testing.assert_allclose(unclipped.points[1], np.array(small) - 0.1 * BOWL.grad(np.array(small)), rtol=1e-9)


def test_adam_without_bias_correction_takes_bigger_first_steps():
    a = engine.simulate(BOWL, optimizers.create("adam", lr=0.01), start=START, steps=1)
    b = engine.simulate(BOWL, optimizers.create("adam", lr=0.01, bias_correction=False), start=START, steps=1)
    ratio = np.linalg.norm(b.points[1] - b.points[0]) / np.linalg.norm(a.points[1] - a.points[0])
    assert ratio == pytest.approx(0.1 / math.sqrt(0.001), rel=1e-6)
