"""The gradient fan's and the data view's geometry against independent references:
finite differences of each example's loss, least squares, the without-replacement
variance formula checked by enumerating every minibatch, and the models written out by hand."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

import engine
from engine.surfaces.data import datasets
from desktop_app.geometry import data_fit
from desktop_app.geometry import gradient_fan as gf

DATA = [("linear_regression", {}), ("linear_regression", {"standardize": True}),
        ("logistic_regression", {}), ("logistic_regression", {"standardize": True}),
        ("tiny_network", {}), ("tiny_network", {"weights": "w1_11,w2_11"})]


def _fd_example_grads(surface, p, h=1e-6):
    """Central differences of every example's own loss (per_example_loss), per coordinate."""
    out = np.empty((surface.n_examples, 2))
    for k in range(2):
        e = np.zeros(2)
        e[k] = h * max(1.0, abs(p[k]))
        out[:, k] = (surface.per_example_loss(p + e) - surface.per_example_loss(p - e)) / (2 * e[k])
    return out


@pytest.mark.parametrize("name, kw", DATA)
def test_fan_arrows_are_each_examples_gradient_and_their_mean_the_full_gradient(name, kw):
    s = engine.surfaces.get(name, **kw)
    lo = np.array([b[0] for b in s.bounds])
    hi = np.array([b[1] for b in s.bounds])
    p = lo + np.array([0.3, 0.6]) * (hi - lo)
    fan = gf.gradient_fan(s, p)
    ref = _fd_example_grads(s, p)
    np.testing.assert_allclose(fan.per_example, ref, rtol=1e-5, atol=1e-7 * np.abs(ref).max())
    # the mean of the fan is the full-batch gradient: finite differences of the loss itself
    h = 1e-6 * np.maximum(1.0, np.abs(p))
    fd = np.array([(s.value(p + h * e) - s.value(p - h * e)) / (2 * h[i]) for i, e in enumerate(np.eye(2))])
    np.testing.assert_allclose(fan.full, fd, rtol=1e-5, atol=1e-8 * np.abs(fd).max())
    np.testing.assert_allclose(fan.full, s.grad(p), rtol=1e-12, atol=1e-12 * np.abs(fd).max())


def test_full_gradient_vanishes_at_the_least_squares_fit_but_the_fan_does_not():
    """At the least-squares line (numpy's lstsq on the raw data) the mean of the fan is zero,
    while each example still pulls its own way: the noise SGD keeps at the minimum."""
    s = engine.surfaces.get("linear_regression")
    x, y = datasets.diabetes_bmi()
    (w, b), *_ = np.linalg.lstsq(np.column_stack([x, np.ones_like(x)]), y, rcond=None)
    fan = gf.gradient_fan(s, (w, b))
    scale = np.abs(fan.per_example).max(axis=0)
    assert np.all(np.abs(fan.full) < 1e-9 * scale)
    assert np.trace(fan.covariance()) > 1.0


def test_interpolating_fit_has_a_fan_of_zero_arrows_at_the_minimum():
    s = engine.surfaces.get("linear_regression", standardize=True, interpolate=True)
    fan = gf.gradient_fan(s, s.minima[0])
    assert np.abs(fan.per_example).max() < 1e-9
    ring = fan.spread_ellipse(1.0, 1)  # no spread to speak of (round-off only)
    assert ring is None or np.abs(ring - fan.origin).max() < 1e-9


def test_batch_mean_and_batch_covariance_against_enumerating_every_minibatch():
    """Cov[g_B] = (N - B) / (B (N - 1)) Sigma: checked exactly by listing all C(N, B)
    minibatches of a small data set (the first 9 patients), and the highlighted batch's
    mean is the engine's batch_grad."""
    s = engine.surfaces.get("linear_regression", n_examples=9)
    p = np.array([2.0, 40.0])
    for b in (1, 2, 4, 8):
        means = np.array([gf.gradient_fan(s, p, batch=list(c)).batch_mean
                          for c in itertools.combinations(range(9), b)])
        fan = gf.gradient_fan(s, p, batch=[0, 2, 5][:b] if b < 4 else list(range(b)))
        np.testing.assert_allclose(means.mean(axis=0), fan.full, rtol=1e-12)
        empirical = np.cov(means.T, bias=True)
        np.testing.assert_allclose(fan.batch_covariance(b), empirical, rtol=1e-10)
        np.testing.assert_allclose(fan.batch_mean, s.batch_grad(p, fan.batch), rtol=1e-12)


def test_segments_and_spread_ellipse_geometry():
    s = engine.surfaces.get("logistic_regression")
    p = np.array([-0.1, 5.0])
    fan = gf.gradient_fan(s, p, batch=[1, 4])
    seg = fan.segments(0.5)
    assert seg.shape == (3 * s.n_examples, 2)
    np.testing.assert_array_equal(seg[0::3], np.broadcast_to(p, (s.n_examples, 2)))
    np.testing.assert_allclose(seg[1::3], p - 0.5 * fan.per_example)
    assert np.all(np.isnan(seg[2::3]))
    np.testing.assert_allclose(fan.segments(0.5, fan.batch)[1::3], p - 0.5 * fan.per_example[[1, 4]])
    pairs = fan.pairs(0.5)
    np.testing.assert_array_equal(pairs[0::2], seg[0::3])
    np.testing.assert_array_equal(pairs[1::2], seg[1::3])
    # the ellipse is the 1-sigma level set of Cov_B around the tip of -scale * full gradient
    ring = fan.spread_ellipse(0.5, 4)
    cov = 0.25 * fan.batch_covariance(4)
    d = ring - (p - 0.5 * fan.full)
    np.testing.assert_allclose(np.einsum("ni,ij,nj->n", d, np.linalg.inv(cov), d), 1.0, rtol=1e-9)


def test_no_fan_off_data_surfaces_or_where_a_gradient_is_not_finite():
    assert gf.gradient_fan(engine.surfaces.get("ravine"), (0.0, 0.0)) is None
    s = engine.surfaces.get("linear_regression")
    assert gf.gradient_fan(s, (np.inf, 0.0)) is None


def test_fan_scale_is_a_round_number_fitting_the_typical_arrow():
    s = engine.surfaces.get("linear_regression")
    fan = gf.gradient_fan(s, (0.0, 0.0))
    scale = gf.fan_scale(fan, 100.0)
    lengths = np.hypot(*fan.per_example.T)
    assert scale * np.percentile(lengths, 90) <= gf.FAN_FRACTION * 100.0
    assert scale * np.percentile(lengths, 90) > gf.FAN_FRACTION * 100.0 / 2.5
    mantissa = scale / 10.0 ** np.floor(np.log10(scale))
    assert round(mantissa, 9) in (1.0, 2.0, 5.0)


def test_data_view_fit_is_the_model_written_out_by_hand():
    """The regression line w x + b, the sigmoid 1 / (1 + e^-(w x + b)) and the 1-2-1
    network, on the feature in its own units (standardized inputs mapped back)."""
    s = engine.surfaces.get("linear_regression", standardize=True)
    x, y = data_fit.fit_curve(s, (30.0, 150.0))
    bmi, _ = datasets.diabetes_bmi()
    np.testing.assert_allclose(y, 30.0 * (x - bmi[:442].mean()) / bmi[:442].std() + 150.0, rtol=1e-12)
    xs, ys = data_fit.examples(s)
    np.testing.assert_allclose(xs, bmi, rtol=1e-12)
    assert x.min() < bmi.min() and x.max() > bmi.max()

    s = engine.surfaces.get("logistic_regression")
    x, y = data_fit.fit_curve(s, (-0.2322, 15.04))
    np.testing.assert_allclose(y, 1.0 / (1.0 + np.exp(-(-0.2322 * x + 15.04))), rtol=1e-12)

    s = engine.surfaces.get("tiny_network")
    th = np.array(s.theta)
    x, y = data_fit.fit_curve(s, (1.5, -2.0))
    sig = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    ref = th[4] * sig(th[0] * x + 1.5) + th[5] * sig(th[1] * x - 2.0) + th[6]
    np.testing.assert_allclose(y, ref, rtol=1e-12)
    assert data_fit.fit_curve(s, (np.nan, 0.0)) is None


def test_the_map_of_a_data_surface_is_cached_across_batch_sizes_only():
    """The batch size does not change the full-batch loss the map shows: the same Field
    comes back; any other parameter (standardize) is computed afresh and equals compute()."""
    from desktop_app.geometry import contours

    a = contours.compute_cached(engine.surfaces.get("logistic_regression"), resolution=60)
    b = contours.compute_cached(engine.surfaces.get("logistic_regression", batch_size=4), resolution=60)
    assert b is a
    c = contours.compute_cached(engine.surfaces.get("logistic_regression", standardize=True), resolution=60)
    assert c is not a
    np.testing.assert_array_equal(c.z, contours.compute(engine.surfaces.get("logistic_regression", standardize=True),
                                                        resolution=60).z)
    assert contours.compute_cached(engine.surfaces.get("logistic_regression"), resolution=60, log=True) is not a
    r1 = contours.compute_cached(engine.surfaces.get("ravine"), resolution=60)
    assert contours.compute_cached(engine.surfaces.get("ravine"), resolution=60) is not r1  # not data: not cached
