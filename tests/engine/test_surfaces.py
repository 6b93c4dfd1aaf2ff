"""The built-in surfaces: derivatives, stationary points, shapes, parameters, suggestions."""
from __future__ import annotations

import math

import numpy as np
import pytest

from engine import surfaces

NAMES = surfaces.names()

# The optimizer table of DESIGN.md, written out independently of engine.optimizers.
OPTIMIZER_HPARAMS = {
    "sgd": {"lr"},
    "momentum": {"lr", "momentum", "dampening"},
    "nesterov": {"lr", "momentum"},
    "adagrad": {"lr", "lr_decay", "eps", "initial_accumulator_value"},
    "rmsprop": {"lr", "alpha", "eps", "momentum", "centered"},
    "adadelta": {"lr", "rho", "eps"},
    "adam": {"lr", "beta1", "beta2", "eps", "amsgrad", "bias_correction"},
    "adamw": {"lr", "beta1", "beta2", "eps", "amsgrad", "bias_correction", "weight_decay"},
    "nadam": {"lr", "beta1", "beta2", "eps", "momentum_decay"},
    "radam": {"lr", "beta1", "beta2", "eps"},
    "adamax": {"lr", "beta1", "beta2", "eps"},
    "lion": {"lr", "beta1", "beta2"},
    "newton": {"lr", "damping"},
    "saddle_free_newton": {"lr", "damping"},
    "bfgs": {"line_search"},
    "lbfgs": {"history_size", "line_search"},
    "cg": {"beta_rule", "line_search"},
    "coordinate_descent": {"lr", "line_search"},
}
assert len(OPTIMIZER_HPARAMS) == 18

REQUIRED = {"quadratic", "ravine", "saddle", "plateau", "cliff", "rosenbrock", "beale",
            "himmelblau", "rastrigin", "two_minima"}
EXTRA = {"slope"}   # issue 14 item 8: scenario 6's valley, no longer the cliff with its wall removed


def _sample(s, n=100, seed=0):
    rng = np.random.default_rng(seed)
    (x0, x1), (y0, y1) = s.bounds
    return np.stack([rng.uniform(x0, x1, n), rng.uniform(y0, y1, n)], axis=-1)


def _five_point(fun, p, h=1e-4):
    """d fun / d p_i by the fourth-order central stencil, stacked on a new last axis.

    Truncation error h^4 f^(5) / 30 (~3e-18 f^(5) at h = 1e-4; the cliff wall, the steepest
    feature, has f^(5) ~ h k^5 ~ 1e8) and round-off ~ eps |f| / h (~2e-12 |f|, Beale's corners
    reach |f| ~ 1e5): measured, both stay below 2e-11 of the largest derivative in each sample.
    """
    cols = []
    for i in range(2):
        e = np.zeros(2)
        e[i] = h
        cols.append((-fun(p + 2 * e) + 8 * fun(p + e) - 8 * fun(p - e) + fun(p - 2 * e)) / (12 * h))
    return np.stack(cols, axis=-1)


def _assert_matches(analytic, numeric, what):
    # rtol for the bulk; atol relative to the largest magnitude in the sample covers the
    # points where a component crosses zero (50x above the worst stencil error measured).
    scale = np.abs(analytic).max()
    np.testing.assert_allclose(analytic, numeric, rtol=1e-7, atol=1e-9 * scale, err_msg=what)


def test_all_required_surfaces_are_registered_in_menu_order():
    data = ["linear_regression", "logistic_regression", "tiny_network"]   # issue 17, after the analytic ones
    assert set(NAMES) == REQUIRED | EXTRA | set(data)
    assert NAMES[0] == "quadratic" and NAMES[-4] == "two_minima" and NAMES[-3:] == data


@pytest.mark.parametrize("name", NAMES)
def test_grad_matches_finite_differences(name):
    s = surfaces.get(name)
    p = _sample(s)
    _assert_matches(s.grad(p), _five_point(s.value, p), f"{name} grad")


@pytest.mark.parametrize("name", NAMES)
def test_hessian_matches_finite_differences_of_grad(name):
    s = surfaces.get(name)
    p = _sample(s, seed=1)
    numeric = _five_point(s.grad, p)  # [..., i, j] = d g_i / d p_j
    _assert_matches(s.hessian(p), numeric, f"{name} hessian")
    np.testing.assert_array_equal(s.hessian(p), np.swapaxes(s.hessian(p), -1, -2))


@pytest.mark.parametrize("name", NAMES)
def test_derivatives_match_at_non_default_parameters(name):
    s = surfaces.get(name)
    changed = {p.name: _other_value(p) for p in s.spec}
    s = s.with_values(**changed)
    p = _sample(s, seed=2)
    _assert_matches(s.grad(p), _five_point(s.value, p), f"{name} grad at {changed}")
    _assert_matches(s.hessian(p), _five_point(s.grad, p), f"{name} hessian at {changed}")


def _other_value(param):
    """A valid value clearly different from the default."""
    if param.kind == "bool":
        return not param.default
    if param.kind == "choice":
        return next(c for c in param.choices if c != param.default)
    if param.name == "batch_size":   # data surfaces: at most the examples the default data hold
        return max(1, param.default // 2)
    if param.kind == "int":
        return round(0.5 * (param.default + param.high) if param.default < param.high
                     else 0.5 * (param.default + param.low))
    lo, hi = param.low, param.high
    if param.log and lo > 0:
        return math.sqrt(param.default * hi) if param.default < hi else math.sqrt(param.default * lo)
    return 0.5 * (param.default + hi) if param.default < hi else 0.5 * (param.default + lo)


def _closed_form_minima(name, v):
    """(point, value) pairs known from the literature or by hand, for the given parameters."""
    if name in ("quadratic", "ravine", "plateau"):
        return [((0.0, 0.0), 0.0)]
    if name == "saddle":
        return [((0.0, 1.0), -v["b"] / 4), ((0.0, -1.0), -v["b"] / 4)]
    if name == "rosenbrock":
        return [((v["a"], v["a"] ** 2), 0.0)]
    if name == "beale":
        return [((3.0, 0.5), 0.0)]
    if name == "himmelblau":
        return [((3.0, 2.0), 0.0), ((-2.805118, 3.131312), 0.0),
                ((-3.779310, -3.283186), 0.0), ((3.584428, -1.848126), 0.0)]
    if name == "rastrigin":
        return [((0.0, 0.0), 0.0)]
    if name == "slope":
        return [((1.0, 0.0), 0.0)]
    if name == "two_minima":
        c = v["tilt"]
        roots = np.sort(np.roots([1.0, 0.0, -1.0, c]).real)
        g = lambda x: x ** 4 / 4 - x ** 2 / 2 + c * x
        return [((roots[0], 0.0), g(roots[0])), ((roots[2], 0.0), g(roots[2]))]
    return None  # cliff: no closed form, checked by the generic tests below


@pytest.mark.parametrize("name", NAMES)
def test_listed_minima_match_closed_forms(name):
    s = surfaces.get(name)
    expected = _closed_form_minima(name, s.values)
    if expected is None:
        pytest.skip(f"{name} has no closed-form minimum")
    for point, value in expected:
        dist = np.linalg.norm(s.minima - np.asarray(point), axis=-1)
        i = int(np.argmin(dist))
        assert dist[i] < 1e-5, f"{name}: no listed minimum near {point}"
        assert s.minima_values[i] == pytest.approx(value, abs=1e-10)
        assert s.value(s.minima[i]) == pytest.approx(value, abs=1e-10)
    if name != "rastrigin":  # rastrigin also lists its local minima
        assert len(s.minima) == len(expected)


@pytest.mark.parametrize("name", NAMES)
def test_minima_are_stationary_with_psd_hessian(name):
    s = surfaces.get(name)
    assert s.minima.ndim == 2 and s.minima.shape[1] == 2 and len(s.minima) >= 1
    h = s.hessian(s.minima)
    scale = max(1.0, np.abs(h).max())
    assert np.abs(s.grad(s.minima)).max() <= 1e-9 * scale
    assert np.linalg.eigvalsh(h).min() >= -1e-9 * scale
    np.testing.assert_allclose(s.minima_values, s.value(s.minima), rtol=0, atol=0)


@pytest.mark.parametrize("name", NAMES)
def test_first_listed_minimum_is_global_on_the_window(name):
    s = surfaces.get(name)
    (x0, x1), (y0, y1) = s.bounds
    xs, ys = np.meshgrid(np.linspace(x0, x1, 401), np.linspace(y0, y1, 401))
    grid_min = s.value(np.stack([xs, ys], axis=-1)).min()
    assert s.minima_values[0] <= grid_min + 1e-12
    assert s.minima_values[0] == pytest.approx(s.minima_values.min(), abs=1e-12)
    inside = ((x0 <= s.minima[:, 0]) & (s.minima[:, 0] <= x1)
              & (y0 <= s.minima[:, 1]) & (s.minima[:, 1] <= y1))
    assert inside.all(), f"{name}: listed minima outside the window"


@pytest.mark.parametrize("name", NAMES)
def test_listed_saddles_are_stationary_and_indefinite(name):
    s = surfaces.get(name)
    if len(s.saddles) == 0:
        pytest.skip(f"{name} lists no saddles")
    h = s.hessian(s.saddles)
    scale = max(1.0, np.abs(h).max())
    assert np.abs(s.grad(s.saddles)).max() <= 1e-9 * scale
    eig = np.linalg.eigvalsh(h)
    assert (eig[:, 0] < 0).all() and (eig[:, 1] > 0).all()


def test_known_saddles_are_listed():
    expected = {
        "saddle": [(0.0, 0.0)],
        "beale": [(0.0, 1.0)],
        "himmelblau": [(0.086677, 2.884254), (-3.073026, -0.081353),
                       (3.385154, 0.073852), (-0.127961, -1.953715)],
    }
    for name, points in expected.items():
        s = surfaces.get(name)
        for point in points:
            assert np.linalg.norm(s.saddles - np.asarray(point), axis=-1).min() < 1e-5, (name, point)


def test_rastrigin_lists_one_local_minimum_near_each_integer_point():
    s = surfaces.get("rastrigin", A=10.0)
    # 1-D local minima sit just inside every integer n with |n| <= 5 (|x| <= 5.12).
    assert len(s.minima) == 11 * 11
    np.testing.assert_allclose(s.minima, np.round(s.minima), atol=0.03)
    assert len({tuple(p) for p in np.round(s.minima).astype(int)}) == 121
    np.testing.assert_array_equal(s.minima[0], [0.0, 0.0])
    assert (s.minima_values[1:] > 0.5).all()
    assert len(surfaces.get("rastrigin", A=0.0).minima) == 1


def test_two_minima_global_is_deeper_than_the_shallow_one():
    for tilt in (0.01, 0.2, 0.35):
        s = surfaces.get("two_minima", tilt=tilt)
        assert len(s.minima) == 2
        deep, shallow = s.minima_values
        assert deep < shallow
        ridge = s.value(s.saddles)[0]
        assert ridge > shallow  # a real barrier separates the two


def test_cliff_minimum_sits_at_the_foot_of_a_much_steeper_wall():
    s = surfaces.get("cliff")
    (x0, x1), (y0, y1) = s.bounds
    xs = np.linspace(x0, x1, 20001)
    slope = np.abs(s.grad(np.stack([xs, np.zeros_like(xs)], axis=-1))[:, 0])
    start_slope = abs(s.grad(s.start)[0])  # the gentle slope toward the wall
    assert slope.max() > 50 * start_slope
    x_star = s.minima[0, 0]
    assert x_star < xs[np.argmax(slope)]  # the minimum is on the low side of the wall
    # h sigma(k (x - c)) has slope h k / 4 at its middle, whatever the bowl does.
    h, k = s.values["height"], s.values["sharpness"]
    assert slope.max() == pytest.approx(h * k / 4, rel=0.05)
    flat = surfaces.get("cliff", height=0.0)
    assert flat.minima_values[0] == pytest.approx(0.0, abs=1e-15)


@pytest.mark.parametrize("values", [{}, {"slope": 3.0, "rounding": 0.1}])
def test_slope_floor_falls_at_a_constant_rate_and_equals_the_wall_less_cliff(values):
    s = surfaces.get("slope", **values)
    floor = np.stack([np.linspace(-6.0, -1.0, 201), np.zeros(201)], axis=-1)
    # far from the bottom (|x - 1| >> rounding) the floor's slope is s (1 - O(l^2 / d^2))
    np.testing.assert_allclose(-s.grad(floor)[:, 0], s.values["slope"], rtol=0.5 * (s.values["rounding"] / 2.0) ** 2)
    np.testing.assert_allclose(s.grad(floor)[:, 1], 0.0, atol=0)
    # the bowl at the bottom: curvature slope / rounding along x, 1 across
    np.testing.assert_allclose(s.hessian(s.minima[0]), np.diag([s.values["slope"] / s.values["rounding"], 1.0]),
                               rtol=1e-12)
    if not values:   # the same function as the cliff with height 0 (what scenario 6 used to run on)
        cliff = surfaces.get("cliff", height=0.0)
        p = _sample(s, 200, seed=5)
        np.testing.assert_allclose(s.value(p), cliff.value(p), rtol=1e-14, atol=1e-14)
        np.testing.assert_allclose(s.hessian(p), cliff.hessian(p), rtol=1e-14, atol=1e-14)


def test_plateau_gradient_at_the_start_is_tiny_compared_with_the_basin():
    s = surfaces.get("plateau")
    g_start = np.linalg.norm(s.grad(s.start))
    w = s.values["width"]
    g_basin = np.linalg.norm(s.grad([w, 0.0]))  # steepest at r = w
    assert g_start < 1e-3 * g_basin
    assert s.value(s.start) == pytest.approx(s.values["depth"], rel=1e-3)


def test_saddle_start_is_near_the_stable_axis_with_a_tiny_unstable_offset():
    s = surfaces.get("saddle")
    x, y = s.start
    assert abs(x) > 1.0 and 0 < abs(y) < 1e-2
    h = s.hessian(s.saddles[0])
    np.testing.assert_allclose(h, np.diag([s.values["a"], -s.values["b"]]))


@pytest.mark.parametrize("condition", [1.0, 50.0, 1e4])
@pytest.mark.parametrize("angle", [-90.0, -30.0, 0.0, 20.0, 90.0])
def test_ravine_hessian_has_the_requested_condition_and_rotation(condition, angle):
    s = surfaces.get("ravine", condition=condition, angle=angle)
    h = s.hessian([0.3, -0.7])
    eig, vec = np.linalg.eigh(h)
    np.testing.assert_allclose(eig, [1.0, condition], rtol=1e-12)
    t = math.radians(angle)
    floor = np.array([math.cos(t), math.sin(t)])  # the valley floor: curvature 1
    if condition > 1.0:  # a round bowl has no preferred direction
        assert abs(vec[:, 0] @ floor) == pytest.approx(1.0, abs=1e-9)
    if angle == 0.0:
        assert h[0, 1] == 0.0
    (x0, x1), (y0, y1) = s.bounds
    assert x0 < s.start[0] < x1 and y0 < s.start[1] < y1


@pytest.mark.parametrize("name", NAMES)
def test_start_lies_in_the_window(name):
    s = surfaces.get(name)
    (x0, x1), (y0, y1) = s.bounds
    assert x0 < x1 and y0 < y1
    x, y = s.start
    assert x0 <= x <= x1 and y0 <= y <= y1
    if s.default_start is not None:
        assert tuple(s.default_start) == pytest.approx(tuple(s.start))


@pytest.mark.parametrize("name", NAMES)
def test_vectorized_shapes(name):
    s = surfaces.get(name)
    rng = np.random.default_rng(3)
    (x0, x1), (y0, y1) = s.bounds
    grid = np.stack(np.meshgrid(np.linspace(x0, x1, 7), np.linspace(y0, y1, 5)), axis=-1)
    assert grid.shape == (5, 7, 2)
    for p in (np.array(s.start, dtype=float), _sample(s, 9), grid, [list(s.start)]):
        p = np.asarray(p, dtype=float)
        lead = p.shape[:-1]
        v, g, h = s.value(p), s.grad(p), s.hessian(p)
        assert np.shape(v) == lead and g.shape == lead + (2,) and h.shape == lead + (2, 2)
        assert np.isfinite(v).all() and np.isfinite(g).all() and np.isfinite(h).all()
    # a grid evaluates pointwise: the same numbers as one point at a time
    flat = grid.reshape(-1, 2)
    one_by_one = np.array([s.value(q) for q in flat])
    np.testing.assert_allclose(s.value(grid).reshape(-1), one_by_one, rtol=1e-15, atol=0)
    np.testing.assert_allclose(s.grad(grid).reshape(-1, 2), np.array([s.grad(q) for q in flat]),
                               rtol=1e-15, atol=0)
    del rng


@pytest.mark.parametrize("name", [n for n in NAMES if surfaces.get(n).spec.names()])
def test_with_values_changes_the_surface(name):
    s = surfaces.get(name)
    grid = _sample(s, 50, seed=4)
    for param in s.spec:
        other = s.with_values(**{param.name: _other_value(param)})
        assert other.values[param.name] == pytest.approx(_other_value(param))
        if param.name == "batch_size":   # data surfaces: changes the gradients SGD sees, not the loss
            assert other.batch_size != s.batch_size
            continue
        assert not np.allclose(other.value(grid), s.value(grid)), (name, param.name)
        assert s.values[param.name] == param.default  # the original is untouched
        assert type(other) is type(s)


@pytest.mark.parametrize("name", NAMES)
def test_out_of_range_parameters_raise_naming_the_parameter(name):
    s = surfaces.get(name)
    checked = 0
    for param in s.spec:
        bad = []
        if math.isfinite(param.low):
            bad.append(param.low - max(1.0, abs(param.low)))
        if math.isfinite(param.high):
            bad.append(param.high + max(1.0, abs(param.high)))
        for value in bad:
            with pytest.raises(ValueError, match=repr(param.name)):
                surfaces.get(name, **{param.name: value})
            with pytest.raises(ValueError, match=repr(param.name)):
                s.with_values(**{param.name: value})
            checked += 1
    numeric = [p for p in s.spec if p.kind in ("float", "int")]
    assert checked == 2 * len(numeric)  # every numeric parameter is bounded on both sides
    with pytest.raises(ValueError, match="no_such_parameter"):
        surfaces.get(name, no_such_parameter=1.0)


@pytest.mark.parametrize("name", NAMES)
def test_parameter_defaults_are_in_range_and_documented(name):
    for param in surfaces.get(name).spec:
        assert param.check(param.default, name) == param.default
        assert param.doc
    cls = surfaces.surface_class(name)
    assert cls.description and cls.title


@pytest.mark.parametrize("name", NAMES)
def test_suggested_names_known_optimizers_and_their_hyperparameters(name):
    suggested = surfaces.surface_class(name).suggested
    unknown = set(suggested) - set(OPTIMIZER_HPARAMS)
    assert not unknown, f"{name}: unknown optimizers {unknown}"
    for opt, hp in suggested.items():
        bad = set(hp) - OPTIMIZER_HPARAMS[opt]
        assert not bad, f"{name}: {opt} has no hyperparameter(s) {bad}"


@pytest.mark.parametrize("name", NAMES)
def test_suggested_covers_every_optimizer(name):
    suggested = surfaces.surface_class(name).suggested
    if name == "quadratic" and not suggested:
        pytest.skip("quadratic.py (the lead's example) has no suggestion table yet")
    assert set(suggested) == set(OPTIMIZER_HPARAMS)


@pytest.mark.parametrize("name", NAMES)
def test_suggested_hyperparameters_are_accepted_by_the_optimizers(name):
    optimizers = pytest.importorskip("engine.optimizers")
    if not hasattr(optimizers, "create"):
        pytest.skip("engine.optimizers.create not written yet")
    for opt, hp in surfaces.surface_class(name).suggested.items():
        optimizers.create(opt, **hp)
