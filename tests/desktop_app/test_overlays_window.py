"""Overlays in the window: each toggles from its action, draws from the focused lane's
records at the shown step, follows focus and rewind; the Hessian probe follows the
cursor and pins on right click; the legend says what is drawn and at what scale."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore

from desktop_app.features import overlays as ov
from desktop_app.geometry import overlays as geo
from desktop_app.model import scenarios

SCENARIOS = {sc.number: sc for sc in scenarios.load_all()}


def load(window, number, steps=0):
    assert window.feature("scenarios").load(SCENARIOS[number])
    if steps:
        window.ctrl.advance(steps)
    return window.feature("overlays").overlays


def visible(overlays, prefix):
    return [k for k, item in overlays.items.items() if k.startswith(prefix) and item.isVisible()]


def test_every_overlay_has_a_checkable_action_with_a_shortcut(window):
    for name in ov.NAMES:
        act = window.feature("overlays").actions[name]
        assert act.isCheckable() and act.shortcuts()
        act.setChecked(True)
        assert name in window.feature("overlays").overlays.enabled
        act.setChecked(False)
        assert name not in window.feature("overlays").overlays.enabled


def test_a_scenario_turns_on_its_overlays_and_the_actions_follow(window):
    overlays = load(window, 3)
    assert set(overlays.names_on()) == {"gradient", "precondition_ellipse"}
    assert window.feature("overlays").actions["gradient"].isChecked()
    assert not window.feature("overlays").actions["velocity"].isChecked()


def test_arrows_start_where_the_step_started_and_the_step_ends_on_the_marker(window):
    overlays = load(window, 7, steps=5)  # 'step' overlay, AdaDelta focused
    entry = window.ctrl.focused
    x, y = overlays.items["step.shaft"].getData()
    pts = entry.lane.history.view("points")
    np.testing.assert_allclose([x[0], y[0]], pts[-2])
    tip = pts[-2] + (pts[-1] - pts[-2]) * overlays.scale
    np.testing.assert_allclose([x[1], y[1]], tip, rtol=1e-5, atol=1e-6)
    head = overlays.items["step.head"]
    assert head.isVisible()
    np.testing.assert_allclose([head.pos().x(), head.pos().y()], tip, rtol=1e-5, atol=1e-6)


def test_toggling_an_overlay_shows_and_hides_its_items(window):
    overlays = load(window, 1, steps=30)
    assert visible(overlays, "gradient.") and visible(overlays, "velocity.")
    window.feature("overlays").actions["gradient"].trigger()
    assert not visible(overlays, "gradient.") and visible(overlays, "velocity.")
    window.feature("overlays").actions["step"].trigger()
    assert visible(overlays, "step.")


@pytest.mark.parametrize("number, prefix", [(3, "precondition_ellipse."), (5, "lookahead."),
                                            (12, "newton_model."), (15, "bfgs_ellipse."),
                                            (13, "newton_model."), (17, "precondition_ellipse.")])
def test_each_scenario_overlay_draws(window, number, prefix):
    overlays = load(window, number, steps=3)
    assert len(visible(overlays, prefix)) >= 2


def test_polyak_average_appears_after_the_burn_in(window):
    overlays = load(window, 18, steps=50)
    assert overlays.polyak_burn_in == 100 and not visible(overlays, "polyak_average.")
    window.ctrl.advance(150)
    assert visible(overlays, "polyak_average.")
    x, y = overlays.items["polyak_average.trail"].getData()
    pts = window.ctrl.focused.lane.history.view("points")
    np.testing.assert_allclose([x[-1], y[-1]], pts[100:].mean(axis=0))


def test_overlays_follow_the_focus(window):
    overlays = load(window, 1, steps=20)  # focus: momentum
    momentum = window.ctrl.focused
    sgd = window.ctrl.active[0]
    assert visible(overlays, "velocity.")
    window.ctrl.set_focus(sgd.key)
    assert not visible(overlays, "velocity.")  # SGD has no velocity
    assert "no velocity" in overlays.legend.toPlainText()
    window.ctrl.set_focus(momentum.key)
    assert visible(overlays, "velocity.")


def test_overlays_follow_the_timeline(window):
    overlays = load(window, 7, steps=40)
    window.ctrl.show_step(10)
    pts = window.ctrl.focused.lane.history.view("points")
    x, y = overlays.items["step.shaft"].getData()
    np.testing.assert_allclose([x[0], y[0]], pts[9])
    window.ctrl.show_step(0)
    assert not visible(overlays, "step.")


def test_hessian_probe_follows_the_cursor_and_pins(window):
    overlays = load(window, 12)
    info = overlays.probe.items["info"]
    assert "(Newton's start)" in info.toPlainText()
    window.canvas.sigCursorMoved.emit(0.0, 0.0)
    assert info.toPlainText().startswith("saddle") and "(at the cursor)" in info.toPlainText()
    overlays.probe.pin((0.0, 1.0))  # a valley bottom of the saddle surface
    window.canvas.sigCursorMoved.emit(0.0, 0.0)
    assert info.toPlainText().startswith("minimum") and "(pinned)" in info.toPlainText()
    overlays.probe.pin(None)
    window.canvas.sigCursorLeft.emit()
    assert "(Newton's start)" in info.toPlainText()
    window.ctrl.advance(1)
    assert "(where Newton's step started)" in info.toPlainText()
    pr = geo.probe(window.ctrl.surface, window.ctrl.start)
    assert info.toPlainText().startswith(overlays.probe.kind_text(pr.kind) + "\nκ")
    x, y = overlays.probe.items["axis0"].getData()
    np.testing.assert_allclose([(x[0] + x[1]) / 2, (y[0] + y[1]) / 2], window.ctrl.start)  # centred there


def test_right_click_pins_the_probe(window, qtbot):
    overlays = load(window, 12)
    canvas = window.canvas
    pixel = canvas.pixel_of(0.0, 1.0)
    start = window.ctrl.start.copy()
    qtbot.mouseClick(canvas.viewport(), QtCore.Qt.MouseButton.RightButton, pos=pixel)
    assert overlays.probe.pinned is not None
    np.testing.assert_allclose(overlays.probe.pinned, (0.0, 1.0), atol=3 * max(canvas.vb.viewPixelSize()))
    np.testing.assert_array_equal(window.ctrl.start, start)  # a right click never moves the start
    qtbot.mouseClick(canvas.viewport(), QtCore.Qt.MouseButton.RightButton, pos=pixel)
    assert overlays.probe.pinned is None


def test_legend_names_the_scale(window):
    overlays = load(window, 2, steps=60)
    text = overlays.legend.toPlainText()
    assert "arrows" in text and geo.scale_label(overlays.scale) in text
    window.feature("overlays").actions["gradient"].setChecked(False)
    window.feature("overlays").actions["velocity"].setChecked(False)
    assert not overlays.legend.isVisible()


def test_unknown_overlay_names_are_refused_and_external_ones_registered(window):
    overlays = window.feature("overlays").overlays
    with pytest.raises(ValueError, match="Unknown overlay"):
        overlays.set_enabled("sparkles", True)
    state = {"on": False}
    overlays.register("basin_map", lambda on: state.update(on=on), lambda: state["on"])
    load(window, 20)
    assert state["on"] and "basin_map" in overlays.names_on()
    load(window, 1)
    assert not state["on"]


def test_overlays_survive_every_optimizer(window):
    """Every record shape the engine produces draws without error, with all overlays on."""
    ctrl = window.ctrl
    window.feature("overlays").overlays.set_only(ov.NAMES)
    for entry in list(ctrl.entries):
        ctrl.set_checked(entry.key, True)
    ctrl.advance(25)
    for entry in ctrl.active:
        ctrl.set_focus(entry.key)
        ctrl.show_step(12)
        ctrl.show_step(None)


def test_arrows_stay_a_visible_fraction_of_the_view_when_rewinding(window):
    overlays = load(window, 5, steps=60)  # Nesterov: velocity shrinks as it converges
    (x0, x1), (y0, y1) = window.canvas.vb.viewRange()
    extent = min(x1 - x0, y1 - y0)
    for step in (60, 48, 5, 30):
        window.ctrl.show_step(step)
        x, y = overlays.items["velocity.shaft"].getData()
        length = np.hypot(x[1] - x[0], y[1] - y[0])
        assert geo.MIN_VISIBLE * extent * 0.99 <= length <= geo.MAX_VISIBLE * extent * 1.01, step
