"""True minibatches (issue 17): shuffled epochs without replacement, seeded, unbiased, with the
finite-population variance; batch_size = N is plain full-batch gradient descent bit for bit;
the app's Run draws the same batches as simulate."""
import numpy as np
import pytest

import engine
from engine import optimizers, surfaces
from engine.minibatch import MinibatchSampler
from engine.oracle import GradientOracle


@pytest.mark.parametrize("n,b", [(23, 1), (23, 5), (23, 23), (442, 32), (10, 3)])
def test_every_epoch_visits_every_example_once_with_a_smaller_last_batch(n, b):
    s = MinibatchSampler(n, b, seed=4)
    spe = -(-n // b)
    assert s.steps_per_epoch == spe
    for epoch in range(3):
        batches = [s.batch(epoch * spe + k).copy() for k in range(spe)]
        assert sorted(np.concatenate(batches).tolist()) == list(range(n))
        assert [len(x) for x in batches] == [b] * (spe - 1) + [n - (spe - 1) * b]


def test_batches_are_reproducible_by_seed_random_access_and_differ_between_seeds_and_epochs():
    a, b, c = MinibatchSampler(23, 4, seed=7), MinibatchSampler(23, 4, seed=7), MinibatchSampler(23, 4, seed=8)
    seq_a = [a.batch(k).copy() for k in range(30)]
    back = [b.batch(k).copy() for k in reversed(range(30))][::-1]     # any order, same batches
    assert all(np.array_equal(x, y) for x, y in zip(seq_a, back))
    assert not all(np.array_equal(x, c.batch(k)) for k, x in enumerate(seq_a))
    assert not np.array_equal(a.permutation(0), a.permutation(1))


def _oracle(surface, seed=0, noise=0.0):
    return GradientOracle(surface, noise=noise, seed=seed)


@pytest.mark.parametrize("name,kw", [("linear_regression", {"standardize": True}), ("logistic_regression", {}),
                                     ("tiny_network", {})])
def test_one_epoch_of_single_example_gradients_averages_to_the_full_gradient(name, kw):
    s = surfaces.get(name, batch_size=1, **kw)
    p = np.array([[0.3 * s.bounds[0][0] + 0.7 * s.bounds[0][1], 0.6 * s.bounds[1][0] + 0.4 * s.bounds[1][1]]])
    oracle = _oracle(s, seed=3)
    grads = [oracle.grad_into(p, np.empty_like(p)).copy() for _ in range(s.n_examples)]
    assert oracle.epoch == 1.0 and oracle.steps_per_epoch == s.n_examples
    assert not np.allclose(grads[0], grads[1])
    full = s.grad(p)
    np.testing.assert_allclose(np.mean(grads, axis=0), full, rtol=1e-10, atol=1e-12 * np.abs(grads).max())
    np.testing.assert_array_equal(oracle.clean_grad, full)   # convergence is judged on the full gradient


@pytest.mark.parametrize("b", [13, 221])
def test_batch_gradient_variance_is_the_finite_population_formula(b):
    """Var(mean of B drawn without replacement) = (N - B) / (B (N - 1)) * per-example variance.
    B = 221 = N/2 halves it compared with sampling with replacement: a clear margin."""
    s = surfaces.get("linear_regression", standardize=True, batch_size=b)
    p = np.array([[20.0, 100.0]])
    per = s.per_example_grad(p[0])
    n = s.n_examples
    predicted = (n - b) / (b * (n - 1)) * per.var(axis=0)
    oracle = _oracle(s, seed=11)
    draws = np.array([oracle.grad_into(p, np.empty_like(p))[0].copy() for _ in range(6000)])
    np.testing.assert_allclose(draws.mean(axis=0), per.mean(axis=0), atol=4 * np.sqrt(predicted / 6000).max())
    ratio = draws.var(axis=0) / predicted
    print(f"\nB={b}: measured / predicted variance {ratio.round(3)}; with replacement would be "
          f"{(n - 1) / (n - b):.3f}")
    assert np.all(np.abs(ratio - 1) < 0.08), ratio


def _gd_by_hand(surface, start, lr, steps):
    x = np.array(start, dtype=float)
    path = [x.copy()]
    for _ in range(steps):
        x = x - lr * surface.grad(x)
        path.append(x.copy())
    return np.array(path)


@pytest.mark.parametrize("name", ["linear_regression", "logistic_regression", "tiny_network"])
def test_batch_size_n_is_full_batch_gradient_descent_bit_for_bit(name):
    base = surfaces.get(name)
    s = surfaces.get(name, batch_size=base.n_examples)
    lr = base.suggested["sgd"]["lr"]
    traj = engine.simulate(s, optimizers.create("sgd", lr=lr), start=s.start, steps=60, seed=5, tol=0)
    np.testing.assert_array_equal(traj.points, _gd_by_hand(base, s.start, lr, 60))
    smaller = engine.simulate(surfaces.get(name, batch_size=base.n_examples - 1),
                              optimizers.create("sgd", lr=lr), start=s.start, steps=60, seed=5, tol=0)
    assert not np.array_equal(smaller.points, traj.points)


def test_minibatch_runs_reproduce_by_seed_and_differ_between_seeds():
    s = surfaces.get("logistic_regression", standardize=True, batch_size=4)
    opt = lambda: optimizers.create("sgd", lr=0.5)  # noqa: E731
    a = engine.simulate(s, opt(), start=(0.0, 0.0), steps=100, seed=1, record=True)
    b = engine.simulate(s, opt(), start=(0.0, 0.0), steps=100, seed=1)
    c = engine.simulate(s, opt(), start=(0.0, 0.0), steps=100, seed=2)
    np.testing.assert_array_equal(a.points, b.points)
    assert not np.array_equal(a.points, c.points)
    # the recorded gradient is the minibatch's, not the full one
    sampler = MinibatchSampler(23, 4, seed=1)
    for k in (0, 1, 37):
        np.testing.assert_array_equal(a.records[k]["grad"][0], s.batch_grad(a.points[k], sampler.batch(k)))
        assert not np.allclose(a.records[k]["grad"][0], s.grad(a.points[k]))


def test_a_batch_of_starts_shares_each_steps_minibatch():
    s = surfaces.get("linear_regression", standardize=True, batch_size=8)
    starts = np.array([[0.0, 0.0], [80.0, 100.0], [10.0, 300.0]])
    many = engine.simulate(s, optimizers.create("sgd", lr=0.1), start=starts, steps=50, seed=9)
    for i, start in enumerate(starts):
        one = engine.simulate(s, optimizers.create("sgd", lr=0.1), start=start, steps=50, seed=9)
        np.testing.assert_array_equal(many.points[:, i], one.points)


def test_gaussian_noise_adds_to_the_minibatch_gradient():
    s = surfaces.get("linear_regression", standardize=True, batch_size=8)
    p = np.array([[10.0, 50.0]])
    plain, noisy = _oracle(s, seed=2), _oracle(s, seed=2, noise=3.0)
    g0 = plain.grad_into(p, np.empty_like(p)).copy()
    g1 = noisy.grad_into(p, np.empty_like(p)).copy()
    np.testing.assert_array_equal(plain.batch_indices, noisy.batch_indices)
    expected_noise = 3.0 * np.random.default_rng(2).standard_normal((1, 2))
    np.testing.assert_allclose(g1 - g0, expected_noise, rtol=1e-12)
    np.testing.assert_array_equal(noisy.clean_grad, s.grad(p))


def test_the_apps_run_draws_the_same_minibatches_as_simulate_and_counts_epochs():
    s = surfaces.get("tiny_network", batch_size=5)
    run = engine.Run(s, start=s.start)
    lanes = [run.add("sgd", lr=1.0, seed=3), run.add("momentum", lr=0.3, momentum=0.9, seed=4)]
    run.step(30)
    for lane, (name, hp, seed) in zip(lanes, [("sgd", {"lr": 1.0}, 3), ("momentum", {"lr": 0.3, "momentum": 0.9}, 4)]):
        traj = engine.simulate(s, optimizers.create(name, **hp), start=s.start, steps=30, seed=seed)
        np.testing.assert_array_equal(lane.history.view("points"), traj.points)
        oracle = lane.stepper.oracle
        assert oracle.steps_per_epoch == 5 and oracle.epoch == pytest.approx(30 / 5)
        np.testing.assert_array_equal(oracle.batch_indices, oracle.batch_at(29))


def test_an_interpolating_fit_converges_under_minibatches_a_noisy_one_does_not():
    opt = lambda: optimizers.create("sgd", lr=0.5)  # noqa: E731
    clean = engine.simulate(surfaces.get("linear_regression", standardize=True, interpolate=True, batch_size=4),
                            opt(), start=(0.0, 0.0), steps=3000, seed=0)
    noisy = engine.simulate(surfaces.get("linear_regression", standardize=True, batch_size=4),
                            opt(), start=(0.0, 0.0), steps=3000, seed=0)
    assert clean.status == "converged" and noisy.status == "running"


def test_full_batch_and_plain_surfaces_have_one_step_per_epoch():
    for s in (surfaces.get("linear_regression"), surfaces.get("ravine")):
        oracle = _oracle(s)
        assert oracle.sampler is None and oracle.steps_per_epoch == 1 and oracle.batch_at(3) is None


def _setup_dict(surface, batch_size):
    return {"format": "optimizer-playground-setup", "version": 1, "surface": surface, "start": [0.0, 0.0],
            "optimizers": [{"optimizer": "sgd", "hyperparams": {"lr": 0.1}, "batch_size": batch_size}]}


def test_setups_carry_a_lanes_batch_size_and_refuse_bad_ones_by_path():
    from engine.setup import Setup, SetupError
    data = {"name": "logistic_regression", "params": {"standardize": True}}
    setup = Setup.from_dict(_setup_dict(data, 4))
    assert setup.lanes[0].batch_size == 4 and Setup.from_dict(setup.to_dict()).to_dict() == setup.to_dict()
    assert setup.build_run().lanes[0].stepper.oracle.steps_per_epoch == 6
    for surface, bad, message in [(data, 24, r"\[1, 23\]"), (data, 0, ">= 1"), (data, 2.5, "whole number"),
                                  ({"name": "ravine"}, 4, "no examples")]:
        with pytest.raises(SetupError, match=message) as err:
            Setup.from_dict(_setup_dict(surface, bad))
        assert err.value.where == "optimizers[0].batch_size"


def test_a_lane_keeps_its_batch_size_across_surface_changes_clamped_to_the_data():
    run = engine.Run(surfaces.get("linear_regression", standardize=True), start=(0.0, 0.0))
    lane = run.add("sgd", lr=0.1, batch_size=100)
    assert lane.stepper.oracle.steps_per_epoch == 5
    run.set_surface(surfaces.get("logistic_regression"))      # 23 examples: full batch
    assert lane.stepper.oracle.sampler is None and lane.batch_size == 100
    run.set_surface(surfaces.get("ravine"))                   # no data: plain gradients
    run.step(3)
    run.set_surface(surfaces.get("tiny_network"))
    run.reset(start=(4.0, 5.0))                               # (0, 0) is its saddle: converged at once
    lane.set(batch_size=2)
    run.step(4)
    assert lane.stepper.oracle.steps_per_epoch == 11 and lane.stepper.oracle.draws == 4
    with pytest.raises(ValueError, match="batch_size"):
        lane.set(batch_size=0)
    with pytest.raises(ValueError, match="batch_size"):
        engine.simulate(surfaces.get("ravine"), optimizers.create("sgd", lr=0.1), start=(1.0, 1.0), batch_size=2)
