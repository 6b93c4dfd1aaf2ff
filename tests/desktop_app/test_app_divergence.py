"""A diverging optimizer: its status and a cross, its trail stops, the others go on,
no exception, no dialog, nothing logged as an error."""
from __future__ import annotations

import logging

import numpy as np
from PySide6 import QtWidgets

from desktop_app.widgets.race_table import COLUMNS

from desktop_helpers import entry_named


def test_diverging_optimizer_shows_status_while_others_continue(qtbot, window, ctrl, caplog):
    caplog.set_level(logging.WARNING)
    sgd = entry_named(ctrl, "sgd")
    ctrl.set_focus(sgd.key)
    window.optimizer_panel.specs.parameter("lr").setValue(1.0)  # |1 - lr * condition| = 49: blows up
    ctrl.set_speed(2000)
    ctrl.set_step_limit(400)
    ctrl.play()
    qtbot.waitUntil(lambda: sgd.lane.status == "diverged", timeout=5000)
    k = sgd.lane.status_step
    qtbot.waitUntil(lambda: ctrl.t > k + 20 or not ctrl.playing, timeout=5000)
    ctrl.pause()
    assert sgd.lane.t <= k
    others = [e for e in ctrl.active if e is not sgd]
    assert all(e.lane.t > k for e in others)  # the others went on
    # the trail stops at its last finite point
    x, y = window.canvas.trail_data(sgd.key)
    assert np.all(np.isfinite(x)) and np.all(np.isfinite(y))
    np.testing.assert_array_equal([x[-1], y[-1]], sgd.lane.point)
    # its marker is a cross, the others' are dots
    symbols = {s.data(): s.symbol() for s in window.canvas.markers.points()}
    assert symbols[sgd.key] == "x"
    assert all(symbols[e.key] == "o" for e in others)
    # the table says so
    model = window.race_table.model()
    row = ctrl.active.index(sgd)
    assert model.index(row, COLUMNS.index("Status")).data() == f"diverged at step {k}"
    # and nobody shouted
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not [w for w in QtWidgets.QApplication.topLevelWidgets()
                if isinstance(w, QtWidgets.QDialog) and w.isVisible()]


def test_a_diverged_lane_does_not_flatten_the_loss_plot(qtbot, window, ctrl):
    sgd = entry_named(ctrl, "sgd")
    assert ctrl.set_hyperparams(sgd.key, lr=1.0)
    ctrl.set_step_limit(200)
    ctrl.advance(200)
    assert sgd.lane.status == "diverged" and sgd.lane.value > 1e6
    (y0, y1) = window.loss_plot.getPlotItem().getViewBox().viewRange()[1]
    others = [e.lane.value for e in ctrl.active if e is not sgd]
    assert y1 < 1e3 and y0 <= min(others)  # the range follows the lanes still racing
    x, y = window.loss_plot.curves[sgd.key].getData()
    assert y.max() == sgd.lane.history.view("values").max()  # the diverged curve is still drawn
