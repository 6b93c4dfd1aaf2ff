"""The Hessian probe (issue 14 item 5): "minimum / saddle / maximum" only where the
gradient is ~0 (geometry/probe.py defines ~0), elsewhere the curvature here; its labels
sit at the probe and inside the map's view, even at the map's corners."""
from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6 import QtCore

import engine
from desktop_app.geometry import probe as geo_probe
from desktop_app.model import scenarios

SCENARIOS = {sc.number: sc for sc in scenarios.load_all()}


class Quadratic:
    """f(p) = ½ (p − c)ᵀ A (p − c): gradient A (p − c) and Hessian A in closed form."""

    bounds = ((-2.0, 2.0), (-2.0, 2.0))

    def __init__(self, a, c=(0.0, 0.0)):
        self.a, self.c = np.asarray(a, dtype=float), np.asarray(c, dtype=float)

    def value(self, p):
        d = np.asarray(p, dtype=float) - self.c
        return 0.5 * np.einsum("...i,ij,...j->...", d, self.a, d)

    def grad(self, p):
        return (np.asarray(p, dtype=float) - self.c) @ self.a.T

    def hessian(self, p):
        return np.broadcast_to(self.a, np.shape(p)[:-1] + (2, 2)).copy()


SHAPES = {"minimum": [[2.0, 0.5], [0.5, 1.0]], "saddle": [[-1.0, 0.0], [0.0, 2.0]],
          "maximum": [[-3.0, 1.0], [1.0, -1.0]], "flat": [[0.0, 0.0], [0.0, 2.0]]}


@pytest.mark.parametrize("stationary", sorted(SHAPES))
def test_the_stationary_word_only_where_the_gradient_is_zero(stationary):
    surface = Quadratic(SHAPES[stationary], c=(0.4, -0.3))
    assert geo_probe.probe(surface, (0.4, -0.3)).kind == stationary
    away = geo_probe.probe(surface, (1.4, 0.9))
    assert away.grad_norm == pytest.approx(np.hypot(*surface.grad(np.array([1.4, 0.9]))))
    assert away.kind == geo_probe.CURVATURE_ONLY[stationary]


def test_near_zero_is_relative_to_the_surfaces_gradient_scale():
    surface = Quadratic(np.diag([1.0, 1.0]))
    scale = geo_probe.gradient_scale(surface)
    # closed form: the median of |p| over the grid of [-2, 2]²
    xs = np.linspace(-2, 2, geo_probe.GRID)
    assert scale == pytest.approx(np.median(np.hypot(*np.meshgrid(xs, xs))))
    r = geo_probe.STATIONARY_TOL * scale  # ‖∇f(p)‖ = |p| here
    assert geo_probe.probe(surface, (0.5 * r, 0.0)).kind == "minimum"
    assert geo_probe.probe(surface, (2.0 * r, 0.0)).kind == "convex"
    steep = Quadratic(np.diag([100.0, 100.0]))  # the same point on a 100x steeper bowl: the same word
    assert geo_probe.probe(steep, (0.5 * r, 0.0)).kind == "minimum"


@pytest.mark.parametrize("surface, point, kind", [
    ("quadratic", (0.3, -0.2), "convex"),  # was "minimum", κ shown far from the minimum
    ("quadratic", (0.0, 0.0), "minimum"),
    ("ravine", (-2.22, -0.33), "convex"),  # scenario 15's start
    ("rosenbrock", (0.0, 0.0), "convex"),  # on the valley's floor: small ‖∇f‖, a unit from the minimum
    ("rosenbrock", (1.0, 1.0), "minimum"),
    ("saddle", (0.0, 0.0), "saddle"),
    ("saddle", (0.5, 0.3), "saddle-shaped"),
    ("himmelblau", (-0.270845, -0.923039), "maximum"),
    ("himmelblau", (-0.5, -0.5), "concave"),
])
def test_the_words_on_the_catalogs_surfaces(surface, point, kind):
    assert geo_probe.probe(engine.surfaces.get(surface), point).kind == kind


def test_shift_inside_moves_the_least():
    view = ((0.0, 10.0), (0.0, 5.0))
    assert geo_probe.shift_inside(((1.0, 2.0), (1.0, 2.0)), view) == (0.0, 0.0)
    assert geo_probe.shift_inside(((9.0, 11.0), (-1.0, 1.0)), view) == (-1.0, 1.0)
    assert geo_probe.shift_inside(((-2.0, 1.0), (4.0, 6.0)), view, (0.5, 0.5)) == (2.5, -1.5)
    assert geo_probe.shift_inside(((-1.0, 20.0), (0.0, 1.0)), view) == (1.0, 0.0)  # too wide: its start inside


# -- in the window ------------------------------------------------------------------------
LABELS = ("label0", "label1", "info")


def scene_box(item) -> QtCore.QRectF:
    item.updateTransform()
    return item.mapRectToScene(item.boundingRect())


@pytest.mark.parametrize("size", [(1280, 720), (1600, 1000)])
@pytest.mark.parametrize("corner", [(0, 0), (0, 1), (1, 0), (1, 1)])
def test_labels_stay_at_the_probe_and_inside_the_map_at_its_corners(window, qtbot, size, corner):
    window.resize(*size)
    assert window.feature("scenarios").load(SCENARIOS[15])
    overlays = window.feature("overlays").overlays
    overlays.set_enabled("hessian_eigen", True)
    qtbot.wait(50)
    vb = window.canvas.vb
    (x0, x1), (y0, y1) = vb.viewRange()
    point = (x0 + (x1 - x0) * (0.02 + 0.96 * corner[0]), y0 + (y1 - y0) * (0.02 + 0.96 * corner[1]))
    overlays.probe.pin(point)
    inside = vb.sceneBoundingRect().adjusted(-1, -1, 1, 1)
    at = vb.mapViewToScene(QtCore.QPointF(*point))
    for key in LABELS:
        item = overlays.probe.items[key]
        assert item.isVisible(), key
        box = scene_box(item)
        assert inside.contains(box), (key, box, inside)
        # beside the probe, not somewhere else on the map
        nearest_x = min(max(at.x(), box.left()), box.right())
        nearest_y = min(max(at.y(), box.top()), box.bottom())
        assert math.hypot(nearest_x - at.x(), nearest_y - at.y()) < 0.3 * vb.width(), key
    info_box = scene_box(overlays.probe.items["info"])
    for key in ("label0", "label1"):  # readable: not under the text
        assert not scene_box(overlays.probe.items[key]).intersects(info_box), key
    info = overlays.probe.items["info"].textItem.toPlainText()
    assert "(pinned)" in info and "minimum" not in info  # a corner of scenario 15's ravine is no minimum


def test_the_probe_at_the_minimum_says_minimum(window):
    assert window.feature("scenarios").load(SCENARIOS[15])
    overlays = window.feature("overlays").overlays
    overlays.set_enabled("hessian_eigen", True)
    overlays.probe.pin(window.ctrl.surface.minima[0])
    assert overlays.probe.items["info"].textItem.toPlainText().startswith("minimum\n(∇f ≈ 0")
    overlays.probe.pin(None)
    overlays.probe.pin(window.ctrl.start)  # BFGS's start, on the valley's wall
    assert "curvature here:\nconvex (both λ > 0)" in overlays.probe.items["info"].textItem.toPlainText()
