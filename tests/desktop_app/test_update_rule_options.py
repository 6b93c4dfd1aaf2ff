"""The update-rule panel shows the rule the optimizer's options make, and the scheduled
step length ηₜ beside η, equal to what the engine recorded for the step shown."""
from __future__ import annotations

import pytest

from desktop_app.widgets.update_rule_panel import UpdateRulePanel


@pytest.fixture
def panel(qtbot, ctrl):
    p = UpdateRulePanel(ctrl)
    qtbot.addWidget(p)
    return p


def _focus(ctrl, name, **hp):
    entry = next(e for e in ctrl.entries if e.name == name)
    ctrl.set_checked(entry.key, True)
    assert ctrl.set_hyperparams(entry.key, **hp)
    ctrl.set_focus(entry.key)
    return entry


def test_adam_without_bias_correction_shows_no_corrected_moments(panel, ctrl):
    entry = _focus(ctrl, "adam", bias_correction=True)
    assert "m̂" in panel.formula.text()
    ctrl.set_hyperparams(entry.key, bias_correction=False)
    ctrl.advance(3)
    assert "m̂" not in panel.formula.text() and "v̂" not in panel.formula.text()
    assert "m̂" not in panel.numbers.text()  # nor in the numbers of the step


def test_scheduled_step_length_is_shown_beside_eta(panel, ctrl):
    entry = _focus(ctrl, "momentum", lr=0.01, schedule="step", gamma=0.5, step_size=2)
    ctrl.advance(5)
    hist = entry.lane.history
    lr_t = float(hist.record_at(hist.size - 2)["lr_t"])
    assert lr_t == pytest.approx(0.01 * 0.5 ** 2)  # the step from step 4
    text = panel.where.text()
    assert "η = 0.01" in text and f"ηₜ = {lr_t:.4g}" in text
    assert "ηₜ" in panel.formula.text()
    ctrl.set_hyperparams(entry.key, schedule="constant")
    ctrl.advance(1)
    assert "ηₜ =" not in panel.where.text()
