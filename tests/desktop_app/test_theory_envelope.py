"""The predicted loss envelope (issue 15): from the step shown, f* + (f − f*)·ρ^(2k) dashed in
the lane's colour; on the quadratic and ravine surfaces it lies on the measured loss (within
5% of f − f* over 100 steps) where the slowest direction dominates."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore

from engine import theory

from desktop_app.model.race import LOG_FLOOR


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
    return f, ctrl, entry


@pytest.mark.parametrize("surface,name,hp,shown", [
    ("quadratic", "sgd", {}, 0),                       # isotropic: one rate for every direction
    ("ravine", "sgd", {}, 100),                        # the fast direction has died out by step 100
    ("ravine", "sgd", {"lr": 2 / 51}, 0),              # tuned: both directions contract at ρ exactly
])
def test_envelope_lies_on_the_measured_loss_over_100_steps(window, surface, name, hp, shown):
    f, ctrl, entry = setup_race(window, surface, name, **hp)
    ctrl.advance(shown + 100)
    ctrl.show_step(shown)
    f.refresh()
    x, y = f.envelope_data()
    assert x[0] == shown
    hist = entry.lane.history
    steps, values = hist.view("steps"), hist.view("values")
    fstar = float(np.min(ctrl.surface.minima_values))
    measured = np.interp(x[x <= shown + 100], steps, values) - fstar
    predicted = y[x <= shown + 100] - fstar
    assert len(measured) >= 50 and x[x <= shown + 100][-1] == shown + 100
    np.testing.assert_allclose(predicted, measured, rtol=0.05)


def test_envelope_is_the_engines_prediction_in_the_lanes_colour(window):
    f, ctrl, entry = setup_race(window, "ravine", "momentum")
    ctrl.advance(30)
    f.refresh()
    x, y = f.envelope_data()
    a = f.analysis.snapshot().analysis
    gap0 = entry.lane.history.view("values")[-1] - float(np.min(ctrl.surface.minima_values))
    np.testing.assert_allclose(y, theory.predicted_gap(gap0, a.rate, x - 30), rtol=1e-12)
    assert f.curve.opts["pen"].color().name() == entry.colour.lower()
    assert f.curve.opts["pen"].style() == QtCore.Qt.PenStyle.DashLine


def test_envelope_follows_the_log_scale(window):
    f, ctrl, entry = setup_race(window, "ravine", "sgd")
    ctrl.advance(20)
    f.refresh()
    _, y_lin = f.envelope_data()
    window.api.action("log_loss").setChecked(True)
    _, y_log = f.envelope_data()
    np.testing.assert_allclose(y_log, np.log10(np.maximum(y_lin - ctrl.best_value, LOG_FLOOR)))


def test_envelope_action_hides_it_and_other_optimizers_have_none(window):
    f, ctrl, entry = setup_race(window, "ravine", "sgd")
    ctrl.advance(10)
    f.refresh()
    assert f.envelope_data() is not None
    window.api.action("theory.envelope").setChecked(False)
    assert f.envelope_data() is None
    window.api.action("theory.envelope").setChecked(True)
    assert f.envelope_data() is not None
    f2, ctrl, entry = setup_race(window, "ravine", "adam")
    ctrl.advance(10)
    f.refresh()
    assert f.envelope_data() is None   # no rate theory for Adam
