"""The live phase diagram (issue 15, Goh's figure): ρ over log η × μ from the engine's
rate_grid, the optimum starred, and the lane's setting a dot: dragging it with the mouse sets
the lane's η and μ exactly to the values of the dot's position, through the same validation
as the settings panel (a refused position says why and the dot goes back), and the race
carries on with its state."""
from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from engine import theory


def setup_race(window, surface, name, **hp):
    f = window.feature("theory")
    f.dock.show()
    f.dock.raise_()
    ctrl = window.ctrl
    ctrl.set_surface(surface)
    for e in ctrl.entries:
        ctrl.set_checked(e.key, e.name == name)
    entry = ctrl.active[0]
    ctrl.set_focus(entry.key)
    if hp:
        assert ctrl.set_hyperparams(entry.key, **hp)
    ctrl.advance(10)
    f.refresh()
    return f, ctrl, entry


def viewport_pos(diagram, x, y) -> QtCore.QPoint:
    plot = diagram.plot
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QtCore.QPointF(x, y))
    return plot.mapFromScene(scene)


def mouse(widget, kind, pos, buttons):
    button = QtCore.Qt.MouseButton.LeftButton if kind != QtCore.QEvent.Type.MouseMove else QtCore.Qt.MouseButton.NoButton
    ev = QtGui.QMouseEvent(kind, QtCore.QPointF(pos), QtCore.QPointF(widget.mapToGlobal(pos)), button, buttons,
                           QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(widget, ev)


def drag(qtbot, diagram, to_xy, moves: int = 8):
    """Press on the dot, move the mouse in steps to ``to_xy`` (view coordinates), release."""
    qtbot.wait(100)  # the dock laid out and painted (the axes take their widths), as a user sees it
    vp = diagram.plot.viewport()
    dot = diagram.dot.pos()
    a, b = viewport_pos(diagram, dot.x(), dot.y()), viewport_pos(diagram, *to_xy)
    left = QtCore.Qt.MouseButton.LeftButton
    mouse(vp, QtCore.QEvent.Type.MouseButtonPress, a, left)
    for s in np.linspace(1.0 / moves, 1.0, moves):
        p = QtCore.QPoint(round(a.x() + s * (b.x() - a.x())), round(a.y() + s * (b.y() - a.y())))
        mouse(vp, QtCore.QEvent.Type.MouseMove, p, left)
        qtbot.wait(5)
    mouse(vp, QtCore.QEvent.Type.MouseButtonRelease, b, QtCore.Qt.MouseButton.NoButton)
    qtbot.wait(5)


def test_heat_map_is_the_engines_rate_grid_and_the_star_its_optimum(window):
    f, ctrl, entry = setup_race(window, "ravine", "momentum")
    d = f.diagram
    lam = np.linalg.eigvalsh(ctrl.surface.hessian(np.zeros(2)))
    np.testing.assert_allclose(d.lam, lam, rtol=1e-9)
    ref = theory.rate_grid("momentum", d.lam, lr=d.lrs[:, None], momentum=d.mus[None, :])
    np.testing.assert_array_equal(d.rho, ref)
    assert np.all((d.rgba[ref >= 1.0] == [150, 150, 150, 255]).all(axis=-1))    # diverged: grey
    assert not np.any((d.rgba[ref < 1.0] == [150, 150, 150, 255]).all(axis=-1))
    best = theory.optimal("momentum", d.lam)
    star = d.star.pos()
    assert star.x() == pytest.approx(math.log10(best["lr"])) and star.y() == pytest.approx(best["momentum"])
    hp = entry.optimizer.hyperparams
    assert d.dot.pos().x() == pytest.approx(math.log10(hp["lr"])) and d.dot.pos().y() == pytest.approx(hp["momentum"])


@pytest.mark.parametrize("name", ["momentum", "nesterov"])
def test_dragging_the_dot_sets_exactly_that_positions_values_and_the_race_goes_on(window, qtbot, name):
    f, ctrl, entry = setup_race(window, "ravine", name, lr=0.01, momentum=0.5)
    d = f.diagram
    t, point, velocity = entry.lane.t, entry.lane.point.copy(), dict(entry.lane.last_record or {})
    drag(qtbot, d, (math.log10(0.02), 0.8))
    pos = d.dot.pos()
    lr, mu = d.values_at(pos.x(), pos.y())
    hp = entry.optimizer.hyperparams
    assert hp["lr"] == lr and hp["momentum"] == mu            # exactly the position's values
    px, py = d.plot.getPlotItem().getViewBox().viewPixelSize()     # and where the mouse let go,
    assert abs(pos.x() - math.log10(0.02)) <= 3 * px and abs(pos.y() - 0.8) <= 3 * py   # to a few pixels
    assert entry.lane.t == t and np.array_equal(entry.lane.point, point)   # the race keeps its state
    assert f.panel.values["rate"].text().startswith(f"{theory.rate(name, d.lam, lr=lr, momentum=mu):.4g}")
    ctrl.advance(5)
    assert entry.lane.t == t + 5


def test_settings_panel_shows_the_dragged_values(window, qtbot):
    f, ctrl, entry = setup_race(window, "ravine", "momentum", lr=0.01, momentum=0.5)
    drag(qtbot, f.diagram, (math.log10(0.005), 0.3))
    values = window.optimizer_panel.specs.values()
    hp = entry.optimizer.hyperparams
    assert hp["momentum"] != 0.5
    assert values["lr"] == hp["lr"] and values["momentum"] == hp["momentum"]


def test_gradient_descent_drags_along_its_rate_curve(window, qtbot):
    f, ctrl, entry = setup_race(window, "ravine", "sgd", lr=0.01)
    d = f.diagram
    assert d.image.isVisible() is False and d.curve.isVisible()
    drag(qtbot, d, (math.log10(0.03), 0.5))
    lr = entry.optimizer.hyperparams["lr"]
    assert lr == d.values_at(d.dot.pos().x(), 0.0)[0]
    px, _ = d.plot.getPlotItem().getViewBox().viewPixelSize()
    assert abs(math.log10(lr) - math.log10(0.03)) <= 3 * px
    assert d.dot.pos().y() == pytest.approx(theory.rate("sgd", d.lam, lr=lr))   # on the curve


def test_a_refused_position_says_why_and_changes_nothing(window, qtbot):
    f, ctrl, entry = setup_race(window, "ravine", "momentum", lr=0.01, momentum=0.5)
    d = f.diagram
    before = dict(entry.optimizer.hyperparams)
    said = []
    ctrl.sigStatus.connect(said.append)
    assert not f.drag_to(0.01, 1.2)         # momentum must be < 1: the engine's spec says so
    assert entry.optimizer.hyperparams == before
    assert said and "momentum" in said[-1]
    assert d.message.isVisibleTo(d) and d.message.text() == said[-1]
    # the same through the mouse: the dot dropped above the diagram's top (μ > 1) is refused
    d.show_rates(entry.name, d.lam, before["lr"], before["momentum"])
    d.plot.getPlotItem().setRange(yRange=(0.0, 1.5), padding=0)
    drag(qtbot, d, (math.log10(0.01), 1.3), moves=1)
    assert entry.optimizer.hyperparams == before
    assert d.message.isVisibleTo(d)
    assert d.dot.pos().y() == pytest.approx(0.5) and d.dot.pos().x() == pytest.approx(math.log10(0.01))
    assert f.drag_to(0.012, 0.4) and not d.message.isVisibleTo(d)   # an accepted position clears it


def test_other_optimizers_and_saddles_get_a_message_instead(window):
    f, ctrl, entry = setup_race(window, "ravine", "adam")
    assert not f.diagram.dot.isVisible() and "Adam" in f.diagram.caption.text()
    f, ctrl, entry = setup_race(window, "saddle", "sgd")
    assert not f.diagram.dot.isVisible() and "No minimum here" in f.diagram.caption.text()


def test_a_stale_diagram_drags_nothing_after_the_focus_moved(window, qtbot):
    """Found by the action storm: the dock hidden, the focus moved to an optimizer without
    momentum, then the (stale) dot released: nothing may be set, nothing may raise."""
    f, ctrl, entry = setup_race(window, "ravine", "momentum", lr=0.01, momentum=0.5)
    assert f.diagram.name == "momentum"
    f.dock.hide()
    for e in ctrl.entries:
        if e.name == "adam":
            ctrl.set_checked(e.key, True)
            adam = e
    ctrl.set_focus(adam.key)
    assert f.diagram.name == "momentum"   # hidden: not redrawn
    before = dict(adam.optimizer.hyperparams)
    d = f.diagram
    d.dot.setPos(math.log10(0.02), 0.7)
    d.dot.sigPositionChangeFinished.emit(d.dot)
    assert adam.optimizer.hyperparams == before
    assert entry.optimizer.hyperparams["momentum"] == 0.5


def test_every_position_maps_to_exactly_the_values_set(window):
    """The values a position stands for are the lane's afterwards, to the last bit, and the dot
    stays where it was put (the settings panel's echo and the redraw must not move it)."""
    f, ctrl, entry = setup_race(window, "ravine", "momentum", lr=0.01, momentum=0.5)
    d = f.diagram
    rng = np.random.default_rng(5)
    x0, x1 = d.window
    for x, y in zip(rng.uniform(x0, x1, 40), rng.uniform(0.0, 0.99, 40)):
        d.dot.setPos(float(x), float(y))
        d.dot.sigPositionChangeFinished.emit(d.dot)
        pos = d.dot.pos()
        assert (pos.x(), pos.y()) == (float(x), float(y))
        hp = entry.optimizer.hyperparams
        assert (hp["lr"], hp["momentum"]) == d.values_at(pos.x(), pos.y()) == (10.0 ** float(x), float(y))
