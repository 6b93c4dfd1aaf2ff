"""The contour canvas: click to start, drag the start marker, cursor read-out, and the
canvas used on its own (as an offscreen renderer will)."""
from __future__ import annotations

import re

import numpy as np
import pytest
import pyqtgraph as pg
from PySide6 import QtCore

from desktop_app.plot.canvas import Z_MARKERS, Z_OVERLAYS, Z_TRAILS, ContourCanvas, LaneStyle
from engine import surfaces

from desktop_helpers import assert_trail_ends_at_lane, click_data_point, pixel_size


def test_click_sets_start_point_and_restarts_every_lane(qtbot, window, ctrl):
    ctrl.advance(30)
    assert ctrl.t == 30
    target = (0.8, -1.3)
    click_data_point(qtbot, window.canvas, *target)
    tol = 1.5 * pixel_size(window.canvas)
    np.testing.assert_allclose(ctrl.start, target, atol=tol)
    assert ctrl.t == 0
    for entry in ctrl.active:
        assert entry.lane.history.size == 1
        np.testing.assert_array_equal(entry.lane.point, ctrl.start)
        x, y = window.canvas.trail_data(entry.key)
        np.testing.assert_array_equal(np.c_[x, y], [ctrl.start])
    pos = window.canvas.start_item.pos()
    np.testing.assert_allclose([pos.x(), pos.y()], ctrl.start)
    # and the race goes from there
    ctrl.advance(5)
    for entry in ctrl.active:
        np.testing.assert_array_equal(entry.lane.history.view("points")[0], ctrl.start)


def test_click_outside_the_plot_area_is_ignored(qtbot, window, ctrl):
    before = ctrl.start
    bar = window.canvas.colorbar.sceneBoundingRect().center()
    qtbot.mouseClick(window.canvas.viewport(), QtCore.Qt.MouseButton.LeftButton,
                     pos=window.canvas.mapFromScene(bar))
    np.testing.assert_array_equal(ctrl.start, before)


def test_right_click_does_not_move_the_start(qtbot, window, ctrl):
    before = ctrl.start
    click_data_point(qtbot, window.canvas, 1.0, 1.0, button=QtCore.Qt.MouseButton.RightButton)
    np.testing.assert_array_equal(ctrl.start, before)


def test_dragging_the_start_marker_moves_the_start(qtbot, window, ctrl):
    canvas = window.canvas
    sx, sy = ctrl.start
    a = canvas.pixel_of(sx, sy)
    b = canvas.pixel_of(0.5, 1.0)
    vp = canvas.viewport()
    with qtbot.waitSignal(canvas.start_item.sigPositionChangeFinished, timeout=2000):  # a drag, not a click
        qtbot.mousePress(vp, QtCore.Qt.MouseButton.LeftButton, pos=a)
        for k in range(1, 11):
            qtbot.mouseMove(vp, a + (b - a) * (k / 10))
        qtbot.mouseRelease(vp, QtCore.Qt.MouseButton.LeftButton, pos=b)
    np.testing.assert_allclose(ctrl.start, (0.5, 1.0), atol=2 * pixel_size(canvas))
    assert ctrl.t == 0


def test_cursor_position_and_value_in_status_bar(qtbot, window, ctrl):
    x, y = 1.0, -0.5
    qtbot.mouseMove(window.canvas.viewport(), window.canvas.pixel_of(x, y))
    qtbot.waitUntil(lambda: "f =" in window.cursor_label.text())
    text = window.cursor_label.text()
    parts = {k: float(v) for k, v in re.findall(r"([xyf]) =\s*(\S+)", text)}
    tol = 1.5 * pixel_size(window.canvas)
    assert abs(parts["x"] - x) < tol and abs(parts["y"] - y) < tol
    # x and y are shown rounded to 4 decimals, f to 5 digits at the unrounded point
    assert parts["f"] == pytest.approx(ctrl.value_at(parts["x"], parts["y"]), rel=2e-3)


def test_fit_window_shows_the_surface_bounds(qtbot, window, ctrl):
    vb = window.canvas.vb
    vb.scaleBy((0.2, 0.2))
    window.act_fit.trigger()
    (x0, x1), (y0, y1) = ctrl.surface.bounds
    (vx0, vx1), (vy0, vy1) = vb.viewRange()
    assert vx0 <= x0 and vx1 >= x1 and vy0 <= y0 and vy1 >= y1


def test_canvas_works_on_its_own_with_overlays_and_caption(qtbot):
    """No window, no controller: what an offscreen GIF/PNG renderer will do."""
    canvas = ContourCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(640, 480)
    s = surfaces.get("rosenbrock")
    canvas.set_surface(s)
    assert canvas.field.log  # rosenbrock asks for log levels
    canvas.set_lanes([LaneStyle("a", "#0072B2", "A"), LaneStyle("b", "#D55E00", "B")])
    pts = np.c_[np.linspace(-1.5, 1.0, 50), np.linspace(2.5, 1.0, 50)]
    canvas.update_lanes([("a", pts, "running"), ("b", pts[:10], "diverged")])
    arrow = canvas.add_overlay("grad", pg.ArrowItem(pos=(0, 0), angle=30))
    canvas.set_caption("Adam, step 49")
    canvas.show()
    qtbot.waitExposed(canvas)
    image = canvas.grab().toImage()
    assert image.width() > 0
    assert canvas.trails["a"].zValue() == Z_TRAILS < arrow.zValue() < Z_MARKERS
    assert Z_OVERLAYS <= arrow.zValue()
    assert canvas.caption.isVisible() and canvas.caption.toPlainText() == "Adam, step 49"
    symbols = {s.data(): s.symbol() for s in canvas.markers.points()}
    assert symbols == {"a": "o", "b": "x"}
    canvas.remove_overlay("grad")
    assert "grad" not in canvas.overlays and arrow.scene() is None
    canvas.set_lanes([LaneStyle("a", "#0072B2", "A")])
    assert set(canvas.trails) == {"a"}


def test_long_trails_are_decimated_but_end_exactly(qtbot, window, ctrl):
    """A converging trail of thousands of steps draws few vertices; the marker sits on
    the lane's exact point."""
    entry = ctrl.active[0]
    ctrl.set_step_limit(5000)
    ctrl.advance(5000)
    hist = entry.lane.history.size
    x, y = window.canvas.trail_data(entry.key)
    assert len(x) < hist
    assert_trail_ends_at_lane(window.canvas, entry)
    np.testing.assert_array_equal([x[0], y[0]], ctrl.start)


def test_context_menus_are_never_built(window):
    """Built and then destroyed (setMenuEnabled(False)), pyqtgraph's ViewBox menu crashed
    PySide now and then in long runs; the canvas and the loss plot never build one."""
    assert window.canvas.vb.menu is None
    assert window.loss_plot.getPlotItem().getViewBox().menu is None
    assert not window.canvas.plot.menuEnabled()


def test_colour_bar_menu_is_disabled_without_destroying_it(qtbot):
    """Destroying the colour bar's fresh QMenu segfaulted PySide now and then: it must stay alive."""
    from desktop_app.plot.canvas import ContourCanvas

    canvas = ContourCanvas()
    qtbot.addWidget(canvas)
    vb = canvas.colorbar.vb
    assert vb.menu is not None          # pg.ColorBarItem alone sets it to None (deleting the QMenu)
    assert not vb.menuEnabled() and not canvas.colorbar.menuEnabled()
