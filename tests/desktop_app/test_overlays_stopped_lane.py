"""Arrows of a lane that has stopped (issue 14 item 7): once it converged, its last step
is ~0 and the display scale magnified it up to ×10000, which looked like motion. Drawn at
true size, the legend saying why; scrubbed back to where it still moved, magnified again."""
from __future__ import annotations

import numpy as np
import pytest

from desktop_app.model import scenarios

SCENARIOS = {sc.number: sc for sc in scenarios.load_all()}


@pytest.fixture
def converged(window):
    ctrl = window.ctrl
    assert window.feature("scenarios").load(SCENARIOS[17])  # step arrows and the effective-step ellipse on
    entry = ctrl.focused
    ctrl.set_hyperparams(entry.key, lr=0.5)
    ctrl.set_step_limit(5000)
    ctrl.advance(5000)
    assert entry.lane.status == "converged"
    return window, entry


def drawn_step(overlays) -> np.ndarray:
    x, y = overlays.items["step.shaft"].getData()
    return np.array([x[1] - x[0], y[1] - y[0]])


def test_a_converged_lane_has_true_size_arrows_and_the_legend_says_why(converged):
    window, entry = converged
    overlays = window.feature("overlays").overlays
    hist = entry.lane.history
    taken = hist.view("points")[-1] - hist.view("points")[-2]
    assert 0 < np.hypot(*taken) < 1e-3 * overlays._extent()  # tiny: used to be magnified
    assert overlays.scale == 1.0
    np.testing.assert_allclose(drawn_step(overlays), taken, rtol=1e-6, atol=1e-12)
    assert not overlays.items["step.head"].isVisible()  # under a pixel: no head pointing at nothing
    legend = overlays.legend.textItem.toPlainText()
    assert f"converged at step {entry.lane.status_step}" in legend
    assert "true size" in legend


def test_scrubbed_back_to_where_it_moved_the_arrows_are_magnified_again(converged):
    window, entry = converged
    overlays = window.feature("overlays").overlays
    ctrl = window.ctrl
    ctrl.show_step(entry.lane.status_step - 40)
    assert overlays.scale > 1.0
    assert "converged at step" not in overlays.legend.textItem.toPlainText()
    ctrl.show_step(None)
    assert overlays.scale == 1.0
