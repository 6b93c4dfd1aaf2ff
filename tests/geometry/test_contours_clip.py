"""The map's colour scale where a surface overflows (issue 14 item 9): clipped at Tukey's
far-out fence of the values that do not overflow, never clipped where nothing overflows."""
from __future__ import annotations

import numpy as np
import pytest

from desktop_app.geometry import contours
from engine import surfaces


class _Values:
    """A surface whose grid values are given (value() ignores the points' coordinates)."""

    bounds = ((0.0, 1.0), (0.0, 1.0))

    def __init__(self, z):
        self.z = np.asarray(z, dtype=float)

    def value(self, pts):
        return self.z.reshape(pts.shape[:-1])


def test_overflow_clips_at_the_far_out_fence_of_the_rest():
    n = 20
    z = np.arange(n * n, dtype=float)          # 0 .. 399: q1 = 99.75, q3 = 299.25
    z[-40:] = np.inf
    z[-80:-40] = 1e200
    field = contours.compute(_Values(z), resolution=n)
    ok = z[:-80]
    q1, q3 = np.percentile(ok, [25, 75])
    assert field.clip == pytest.approx(min(ok.max(), q3 + 3 * (q3 - q1)))   # here the largest, 319
    assert field.colour_range == (0.0, pytest.approx(field.clip))
    assert np.isfinite(field.z).all() and field.z.max() == pytest.approx(field.clip)


def test_a_heavy_tail_is_cut_at_the_fence_and_negative_overflow_takes_the_bottom():
    n = 20
    z = np.linspace(0.0, 1.0, n * n)
    z[:10] = -np.inf
    z[-10:] = 1e50                               # finite, far above the rest: cut
    z[-11] = np.nan
    field = contours.compute(_Values(z), resolution=n)
    ok = z[10:-11]
    q1, q3 = np.percentile(np.r_[ok, [1e50] * 10], [25, 75])
    assert field.clip == pytest.approx(q3 + 3 * (q3 - q1))
    assert field.z.min() == pytest.approx(ok.min())


@pytest.mark.parametrize("name", surfaces.names())
def test_built_in_surfaces_are_never_clipped(name):
    assert contours.compute(surfaces.get(name), resolution=60).clip is None


def test_nan_holes_alone_are_not_clipping():
    field = contours.compute(surfaces.from_formula("sqrt(x) + y"), resolution=80)
    assert field.clip is None and field.zmax == pytest.approx(np.sqrt(2) + 2, rel=1e-3)
