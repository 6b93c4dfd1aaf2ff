"""Data surfaces (issue 17): the losses equal their definitions on the shipped data, computed
independently with plain loops; derivatives match finite differences; minima are the exact
minimizers; bad parameters are refused by name."""
import math

import numpy as np
import pytest

from engine import surfaces
from engine.surfaces.data import datasets

DATA = ["linear_regression", "logistic_regression", "tiny_network"]
VARIANTS = [("linear_regression", {}), ("linear_regression", {"standardize": True}),
            ("linear_regression", {"n_examples": 50, "interpolate": True}),
            ("logistic_regression", {}), ("logistic_regression", {"standardize": True}),
            ("tiny_network", {}), ("tiny_network", {"weights": "w1_11,w2_11", "n_points": 11})]
IDS = [f"{n}-{'-'.join(f'{k}={v}' for k, v in kw.items()) or 'default'}" for n, kw in VARIANTS]


def _points(surface, k=7, seed=0):
    (x0, x1), (y0, y1) = surface.bounds
    rng = np.random.default_rng(seed)
    return np.column_stack([rng.uniform(x0, x1, k), rng.uniform(y0, y1, k)])


# -- the stated losses, by plain loops over the raw data --------------------------------

def _linear_loop(w, b, n=442, standardize=False):
    bmi, y = datasets.diabetes_bmi()
    xs = [float(v) for v in bmi[:n]]
    if standardize:
        m = sum(xs) / n
        sd = math.sqrt(sum((v - m) ** 2 for v in xs) / n)
        xs = [(v - m) / sd for v in xs]
    return sum((w * xi + b - float(yi)) ** 2 for xi, yi in zip(xs, y[:n])) / (2 * n)


def _logistic_loop(w, b):
    t, y = datasets.challenger()
    total = 0.0
    for xi, yi in zip(t, y):
        z = w * float(xi) + b
        total += math.log1p(math.exp(z)) - float(yi) * z
    return total / len(t)


def _network_loop(theta, n_points):
    total = 0.0
    for i in range(n_points):
        p = -2.0 + 4.0 * i / (n_points - 1)
        a1 = [1.0 / (1.0 + math.exp(-(theta[k] * p + theta[2 + k]))) for k in range(2)]
        a2 = theta[4] * a1[0] + theta[5] * a1[1] + theta[6]
        total += (a2 - (1.0 + math.sin(math.pi * p / 4.0))) ** 2
    return total / (2 * n_points)


def test_shipped_data_are_the_published_tables():
    bmi, progression = datasets.diabetes_bmi()
    assert bmi.shape == progression.shape == (442,)
    assert (bmi[:3].tolist(), progression[:3].tolist()) == ([32.1, 21.6, 30.5], [151.0, 75.0, 141.0])
    t, y = datasets.challenger()
    assert len(t) == 23 and y.sum() == 7
    assert sorted(t[y == 1].tolist()) == [53.0, 57.0, 58.0, 63.0, 70.0, 70.0, 75.0]


@pytest.mark.parametrize("standardize", [False, True])
def test_linear_regression_value_and_grad_are_the_stated_least_squares_loss(standardize):
    s = surfaces.get("linear_regression", standardize=standardize)
    for w, b in _points(s, 4):
        assert s.value((w, b)) == pytest.approx(_linear_loop(w, b, standardize=standardize), rel=1e-11)
        h = 1e-6 * (1 + abs(w) + abs(b))
        gw = (_linear_loop(w + h, b, standardize=standardize) - _linear_loop(w - h, b, standardize=standardize)) / (2 * h)
        gb = (_linear_loop(w, b + h, standardize=standardize) - _linear_loop(w, b - h, standardize=standardize)) / (2 * h)
        np.testing.assert_allclose(s.grad((w, b)), [gw, gb], rtol=1e-5, atol=1e-6 * np.abs([gw, gb]).max())


def test_logistic_regression_value_is_the_stated_cross_entropy_on_the_challenger_launches():
    s = surfaces.get("logistic_regression")
    for w, b in list(_points(s, 4)) + [(-0.2, 15.0), (0.0, 0.0)]:
        assert s.value((w, b)) == pytest.approx(_logistic_loop(w, b), rel=1e-12)
    # the textbook fit: logit P = 15.0429 - 0.2322 T, log-likelihood -10.158
    w, b = s.minima[0]
    assert (round(b, 4), round(w, 4)) == (15.0429, -0.2322)
    assert -23 * s.minima_values[0] == pytest.approx(-10.158, abs=5e-4)


def test_logistic_loss_stays_finite_far_away():
    s = surfaces.get("logistic_regression")
    p = np.array([[50.0, 1e4], [-50.0, -1e4], [1e3, 1e3]])
    assert np.all(np.isfinite(s.value(p))) and np.all(np.isfinite(s.grad(p))) and np.all(np.isfinite(s.hessian(p)))
    z = 50.0 * datasets.challenger()[0] + 1e4      # log(1 + e^z) = z to round-off for z this large
    assert s.value(p[0]) == pytest.approx(np.mean(z - datasets.challenger()[1] * z), rel=1e-12)


@pytest.mark.parametrize("weights", ["b1_1,b1_2", "w1_11,w2_11"])
def test_tiny_network_value_is_the_1_2_1_networks_squared_error(weights):
    s = surfaces.get("tiny_network", weights=weights)
    free = (2, 3) if weights == "b1_1,b1_2" else (0, 4)
    for u, v in _points(s, 4):
        theta = list(s.theta)
        theta[free[0]], theta[free[1]] = u, v
        assert s.value((u, v)) == pytest.approx(_network_loop(theta, 21), rel=1e-11)
        assert s.predict((u, v), [0.5])[0] == pytest.approx(
            theta[4] / (1 + math.exp(-(theta[0] * 0.5 + theta[2]))) + theta[5] / (1 + math.exp(-(theta[1] * 0.5 + theta[3]))) + theta[6])


@pytest.mark.parametrize("name,kw", VARIANTS, ids=IDS)
def test_grad_and_hessian_match_finite_differences(name, kw):
    s = surfaces.get(name, **kw)
    h_scale = np.abs(s.hessian(s.minima[0])).max()    # saturated regions have Hessians ~1e-10
    for p in _points(s, 5, seed=1):
        scale = np.array([b[1] - b[0] for b in s.bounds])
        h = 1e-6 * scale
        fd = np.array([(s.value(p + h[i] * e) - s.value(p - h[i] * e)) / (2 * h[i]) for i, e in enumerate(np.eye(2))])
        g = s.grad(p)
        np.testing.assert_allclose(g, fd, rtol=1e-5, atol=1e-7 * np.abs(fd).max() + 1e-12)
        fdh = np.array([(s.grad(p + h[i] * e) - s.grad(p - h[i] * e)) / (2 * h[i]) for i, e in enumerate(np.eye(2))])
        H = s.hessian(p)
        np.testing.assert_allclose(H, 0.5 * (fdh + fdh.T), rtol=1e-4, atol=1e-6 * h_scale)


@pytest.mark.parametrize("name,kw", VARIANTS, ids=IDS)
def test_vectorized_grid_equals_pointwise_and_per_example_grads_average_to_the_grad(name, kw):
    s = surfaces.get(name, **kw)
    (x0, x1), (y0, y1) = s.bounds
    # 7 x 700 points: past the chunk size of the sums and the grid shortcuts of value()
    grid = np.stack(np.meshgrid(np.linspace(x0, x1, 700), np.linspace(y0, y1, 7)), axis=-1)
    v, g = s.value(grid), s.grad(grid)
    assert v.shape == (7, 700) and g.shape == (7, 700, 2) and s.hessian(grid).shape == (7, 700, 2, 2)
    for i, j in [(0, 0), (2, 350), (6, 699), (3, 123)]:
        assert v[i, j] == pytest.approx(float(s.value(grid[i, j])), rel=1e-10, abs=1e-13)
        np.testing.assert_allclose(g[i, j], s.grad(grid[i, j]), rtol=1e-10, atol=1e-12 * np.abs(g).max())
    p = _points(s, 3)
    per = s.per_example_grad(p)
    assert per.shape == (3, s.n_examples, 2)
    np.testing.assert_allclose(per.mean(axis=1), s.grad(p), rtol=1e-10, atol=1e-12 * np.abs(per).max())
    np.testing.assert_allclose(s.per_example_loss(p).mean(axis=1), s.value(p), rtol=1e-10)
    idx = np.array([0, 2, 3])
    np.testing.assert_allclose(s.batch_grad(p, idx), per[:, idx].mean(axis=1), rtol=1e-10,
                               atol=1e-12 * np.abs(per).max())
    assert s.inputs.shape == (s.n_examples, 1) and s.targets.shape == (s.n_examples,)
    full, batch = s.full_and_batch_grad(p, idx)
    np.testing.assert_array_equal(full, s.grad(p))
    np.testing.assert_array_equal(batch, s.batch_grad(p, idx))


def test_linear_minimum_is_least_squares():
    for kw in ({}, {"standardize": True}, {"n_examples": 40}):
        s = surfaces.get("linear_regression", **kw)
        A = np.column_stack([s.inputs[:, 0], np.ones(s.n_examples)])
        coef, res, *_ = np.linalg.lstsq(A, s.targets, rcond=None)
        np.testing.assert_allclose(s.minima[0], coef, rtol=1e-10)
        assert s.minima_values[0] == pytest.approx(res[0] / (2 * s.n_examples), rel=1e-10)


@pytest.mark.parametrize("name,kw", VARIANTS[3:], ids=IDS[3:])
def test_other_minima_are_converged_newton_solves(name, kw):
    s = surfaces.get(name, **kw)
    for m in s.minima:
        x = m.copy()
        for _ in range(5):        # an independent Newton polish moves it by round-off only
            x = x - np.linalg.solve(s.hessian(x), s.grad(x))
        np.testing.assert_allclose(m, x, rtol=1e-8, atol=1e-9)
        scale = np.abs(s.per_example_grad(m)).max()
        assert np.linalg.norm(s.grad(m)) <= 1e-10 * scale
        assert np.linalg.eigvalsh(s.hessian(m))[0] > 0
        lo, hi = np.array(s.bounds).T
        assert np.all(lo < m) and np.all(m < hi)


def test_tiny_network_fit_is_an_optimum_of_all_seven_parameters_and_has_a_saddle():
    from engine.surfaces.data.tiny_network import network, target
    s = surfaces.get("tiny_network")
    p = np.linspace(-2, 2, 21)

    def loss(th):
        e = network(th, p) - target(p)
        return 0.5 * np.mean(e * e)
    th = np.array(s.theta)
    g = np.array([(loss(th + 1e-6 * e) - loss(th - 1e-6 * e)) / 2e-6 for e in np.eye(7)])
    assert np.abs(g).max() < 1e-8
    assert loss(th) < 1e-4, "the 1-2-1 network fits 1 + sin(pi p / 4) closely"
    assert len(s.saddles) == 1
    eig = np.linalg.eigvalsh(s.hessian(s.saddles[0]))
    assert eig[0] < 0 < eig[1] and np.linalg.norm(s.grad(s.saddles[0])) < 1e-12
    # the two minima are the same network with its hidden units swapped
    assert s.minima_values[0] == pytest.approx(s.minima_values[1], rel=1e-9)


def test_standardize_makes_the_linear_valley_round():
    raw = surfaces.get("linear_regression")
    std = surfaces.get("linear_regression", standardize=True)
    assert raw.condition_number() > 1e4
    assert std.condition_number() == pytest.approx(1.0, abs=1e-9)
    np.testing.assert_allclose(std.inputs.mean(), 0.0, atol=1e-12)
    np.testing.assert_allclose(std.inputs.std(), 1.0, rtol=1e-12)
    # the same fitted line either way
    x = np.array([20.0, 30.0])
    np.testing.assert_allclose(raw.predict(raw.minima[0], x),
                               std.predict(std.minima[0], (x - std.x_shift) / std.x_scale), rtol=1e-10)


@pytest.mark.parametrize("name", DATA)
def test_batch_size_defaults_to_all_examples_and_follows_the_data_size(name):
    s = surfaces.get(name)
    assert s.batch_size == s.n_examples
    size = {"linear_regression": "n_examples", "tiny_network": "n_points"}.get(name)
    if size:
        smaller = s.with_values(**{size: 11})
        assert smaller.n_examples == smaller.batch_size == 11
        assert s.with_values(batch_size=4).with_values(**{size: 11}).batch_size == 4


@pytest.mark.parametrize("name", DATA)
@pytest.mark.parametrize("bad", [0, -3, 10_000, 2.5, float("nan"), float("inf"), "8", True])
def test_bad_batch_size_is_refused_by_name(name, bad):
    with pytest.raises(ValueError, match="batch_size"):
        surfaces.get(name, batch_size=bad)


def test_batch_size_above_the_subset_is_refused():
    with pytest.raises(ValueError, match=r"batch_size.*\[1, 20\]"):
        surfaces.get("linear_regression", n_examples=20, batch_size=21)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "x"])
def test_non_finite_parameters_are_refused_by_name(bad):
    with pytest.raises(ValueError, match="n_examples"):
        surfaces.get("linear_regression", n_examples=bad)
    with pytest.raises(ValueError, match="standardize"):
        surfaces.get("logistic_regression", standardize=bad)
