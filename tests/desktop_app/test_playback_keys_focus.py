"""Issue 14, item 2: playback keys (Space, Right, R) reach the race after a typed formula was
applied and whenever the map was last clicked, wherever keyboard focus was before.

Keys are sent to whichever widget has focus, as the keyboard would (QTest goes through the
shortcut-override pass first, so a line edit that eats Space wins as it does for a user)."""
from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from desktop_app.widgets import formula_entry
from desktop_helpers import click_data_point

Key = QtCore.Qt.Key


def press(qtbot, key):
    target = QtWidgets.QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def open_formula(qtbot, window):
    panel = window.surface_panel
    index = panel.selector.findData(formula_entry.CUSTOM)
    panel.selector.setCurrentIndex(index)
    panel.selector.activated.emit(index)
    entry = panel.formula
    qtbot.waitUntil(lambda: not entry.pending, timeout=5_000)
    return entry


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window, timeout=2_000)


def test_space_after_enter_in_the_formula_field_plays_the_race(qtbot, window, ctrl):
    activate(qtbot, window)
    entry = open_formula(qtbot, window)
    entry.field.setFocus()
    qtbot.waitUntil(entry.field.hasFocus, timeout=2_000)
    entry.field.clear()
    qtbot.keyClicks(entry.field, "x**2 + 3*y**2")
    qtbot.waitUntil(lambda: not entry.pending, timeout=5_000)
    qtbot.keyClick(entry.field, Key.Key_Return)
    assert ctrl.surface_formula == "x**2 + 3*y**2"
    assert not ctrl.playing
    press(qtbot, Key.Key_Space)
    assert ctrl.playing, "Space went to the formula field instead of the race"
    assert entry.text() == "x**2 + 3*y**2"  # and no space was typed into it
    ctrl.pause()


def test_space_right_and_r_after_clicking_apply_reach_the_race(qtbot, window, ctrl):
    activate(qtbot, window)
    entry = open_formula(qtbot, window)
    entry.field.setFocus()
    entry.field.clear()
    qtbot.keyClicks(entry.field, "x**2 + y**2")
    qtbot.waitUntil(lambda: not entry.pending, timeout=5_000)
    qtbot.mouseClick(entry.apply, QtCore.Qt.MouseButton.LeftButton)
    assert ctrl.surface_formula == "x**2 + y**2"
    press(qtbot, Key.Key_Space)  # on a focused push button Space would press Apply again
    assert ctrl.playing
    ctrl.pause()
    ctrl.reset()
    press(qtbot, Key.Key_Right)
    assert ctrl.t == 1
    press(qtbot, Key.Key_R)
    assert ctrl.t == 0
    assert entry.text() == "x**2 + y**2"


def test_keys_reach_the_race_after_clicking_the_map_whatever_had_focus(qtbot, window, ctrl):
    activate(qtbot, window)
    entry = open_formula(qtbot, window)
    for holder in (entry.field, window.speed_spin, window.limit_spin):
        holder.setFocus()
        qtbot.waitUntil(holder.hasFocus, timeout=2_000)
        (x0, x1), (y0, y1) = ctrl.surface.bounds
        click_data_point(qtbot, window.canvas, x0 + 0.3 * (x1 - x0), y0 + 0.6 * (y1 - y0))
        assert not holder.hasFocus()
        press(qtbot, Key.Key_Right)
        assert ctrl.t == 1, f"Right went to {type(holder).__name__}"
        press(qtbot, Key.Key_Space)
        assert ctrl.playing
        ctrl.pause()
        press(qtbot, Key.Key_R)
        assert ctrl.t == 0
