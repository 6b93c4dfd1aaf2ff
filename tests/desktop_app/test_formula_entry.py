"""The custom formula entry in the surface panel: live validation with the error's position,
Apply switching the surface (contours redrawn, start kept when inside), failures changing
nothing, the grammar on hover."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore

from desktop_app.widgets import formula_entry
from engine import surfaces


@pytest.fixture
def entry(qtbot, window):
    """'Custom formula…' picked in the surface selector, as a user does."""
    panel = window.surface_panel
    index = panel.selector.findData(formula_entry.CUSTOM)
    assert index >= 0 and panel.selector.itemText(index) == formula_entry.CUSTOM_TITLE
    panel.selector.setCurrentIndex(index)
    panel.selector.activated.emit(index)
    widget = panel.formula
    assert widget.isVisible()
    qtbot.waitUntil(lambda: not widget.pending, timeout=5_000)  # the example is validated (sympy loads)
    return widget


def type_formula(qtbot, widget, text):
    widget.field.clear()
    qtbot.keyClicks(widget.field, text)
    qtbot.waitUntil(lambda: not widget.pending, timeout=5_000)


def contour_data(canvas):
    x, y = canvas.contour_item.getData()
    return np.c_[x, y]


def test_invalid_formula_disables_apply_and_shows_the_message_at_its_position(qtbot, window, ctrl, entry):
    assert entry.apply.isEnabled()  # the example it opens with is valid
    type_formula(qtbot, entry, "x**2 + 3y")
    assert not entry.apply.isEnabled()
    assert "position 8" in entry.message.text() and "Missing '*'" in entry.message.text()
    excerpt, caret = entry.caret.text().split("\n")
    assert excerpt == "x**2 + 3y" and caret.index("^") == 8 and entry.caret.isVisible()
    assert ctrl.surface_name == "ravine"  # nothing was applied
    # pressing Enter on an invalid formula changes nothing either
    qtbot.keyClick(entry.field, QtCore.Qt.Key.Key_Return)
    assert ctrl.surface_name == "ravine"
    type_formula(qtbot, entry, "x**2 + 3*y**2")
    assert entry.apply.isEnabled() and not entry.caret.isVisible()
    assert entry.message.text().startswith("✓")


def test_invalid_bounds_disable_apply(qtbot, entry):
    entry.bounds["xmin"].setValue(3.0)  # above xmax = 2
    qtbot.waitUntil(lambda: not entry.pending, timeout=2_000)
    assert not entry.apply.isEnabled() and "xmin must be less than xmax" in entry.message.text()
    entry.bounds["xmin"].setValue(-3.0)
    qtbot.waitUntil(lambda: not entry.pending, timeout=2_000)
    assert entry.apply.isEnabled()


def test_validation_waits_for_typing_to_pause(qtbot, entry, monkeypatch):
    calls = []
    real = surfaces.from_formula
    monkeypatch.setattr(formula_entry.surf_catalog, "from_formula",
                        lambda text, bounds=None: calls.append(text) or real(text, bounds=bounds))
    entry.field.clear()
    qtbot.keyClicks(entry.field, "x**2 + y**2")  # 11 keystrokes in a burst
    assert calls == [] and entry.pending
    qtbot.waitUntil(lambda: not entry.pending, timeout=2_000)
    assert calls == ["x**2 + y**2"]


def test_applying_a_valid_formula_redraws_the_contours_and_keeps_the_start(qtbot, window, ctrl, entry):
    canvas = window.canvas
    ctrl.set_start(0.5, -0.25)
    ctrl.advance(10)
    before = contour_data(canvas)
    type_formula(qtbot, entry, "x**4 - 2*x**2 + y**2")
    entry.bounds["ymin"].setValue(-1.5)
    entry.bounds["ymax"].setValue(1.5)
    qtbot.waitUntil(lambda: not entry.pending, timeout=2_000)
    assert entry.apply.isEnabled()
    qtbot.mouseClick(entry.apply, QtCore.Qt.MouseButton.LeftButton)
    assert ctrl.surface_name == "custom"
    assert ctrl.surface_formula == "x**4 - 2*x**2 + y**2"
    assert ctrl.surface_bounds == ((-2.0, 2.0), (-1.5, 1.5))
    after = contour_data(canvas)
    assert after.shape != before.shape or not np.array_equal(after, before, equal_nan=True)
    finite = after[np.isfinite(after[:, 0])]
    assert finite[:, 1].min() >= -1.5 - 1e-9 and finite[:, 1].max() <= 1.5 + 1e-9
    np.testing.assert_allclose(canvas.field.z, ctrl.surface.value(
        np.stack(np.meshgrid(canvas.field.xs, canvas.field.ys), -1)))
    minima = canvas.minima_item.getData()
    np.testing.assert_allclose(np.c_[minima[0], minima[1]], [[-1, 0], [1, 0]], atol=1e-6)
    np.testing.assert_allclose(ctrl.start, (0.5, -0.25))  # inside the new window: kept
    assert ctrl.t == 0
    panel = window.surface_panel
    assert panel.selector.currentData() == "custom" and panel.formula.isVisible()
    assert "x**4 - 2*x**2 + y**2" in panel.description.text()
    # the race runs on it
    ctrl.advance(20)
    for e in ctrl.active:
        assert e.lane.stepper.surface is ctrl.surface and e.lane.t == 20


def test_a_start_outside_the_new_window_moves_to_the_windows_default(qtbot, ctrl, entry):
    ctrl.set_start(2.2, 2.2)
    type_formula(qtbot, entry, "x**2 + y**2")
    for key, value in (("xmin", -1.0), ("xmax", 1.0), ("ymin", -1.0), ("ymax", 1.0)):
        entry.bounds[key].setValue(value)
    qtbot.waitUntil(lambda: not entry.pending, timeout=2_000)
    assert entry.apply_clicked()
    np.testing.assert_allclose(ctrl.start, ctrl.surface.start)
    (x0, x1), (y0, y1) = ctrl.surface.bounds
    assert x0 <= ctrl.start[0] <= x1 and y0 <= ctrl.start[1] <= y1


def test_enter_right_after_typing_validates_first(qtbot, ctrl, entry):
    entry.field.clear()
    qtbot.keyClicks(entry.field, "x**2 + 2*y**2")
    assert entry.pending
    qtbot.keyClick(entry.field, QtCore.Qt.Key.Key_Return)  # before the debounce fired
    assert ctrl.surface_formula == "x**2 + 2*y**2"
    entry.field.clear()
    qtbot.keyClicks(entry.field, "x**2 + 2*")
    qtbot.keyClick(entry.field, QtCore.Qt.Key.Key_Return)
    assert ctrl.surface_formula == "x**2 + 2*y**2"  # the previous surface stays
    assert "ends too early" in entry.message.text()


def test_a_failing_switch_keeps_the_previous_surface(qtbot, window, ctrl, entry, monkeypatch):
    type_formula(qtbot, entry, "x**2 + y**2")
    assert entry.apply.isEnabled()

    def refuse(text, bounds=None):
        raise surfaces.FormulaError("The formula could not be read", 0)

    monkeypatch.setattr("engine.surfaces.from_formula", refuse)
    before = contour_data(window.canvas)
    assert not entry.apply_clicked()
    assert ctrl.surface_name == "ravine"
    assert np.array_equal(contour_data(window.canvas), before, equal_nan=True)
    assert "could not be read" in window.statusBar().currentMessage()


def test_hovering_the_field_shows_the_grammar(entry):
    tip = entry.field.toolTip()
    for word in ("x and y", "sin", "exp", "min", "pi", "**", "^", "3*x"):
        assert word in tip


def test_examples_fill_the_field_and_the_bounds(qtbot, entry):
    actions = entry.examples.menu().actions()
    assert len(actions) == len(formula_entry.EXAMPLES)
    actions[1].trigger()
    title, formula, bounds = formula_entry.EXAMPLES[1]
    assert entry.field.text() == formula and entry.window_bounds() == bounds
    qtbot.waitUntil(lambda: not entry.pending, timeout=2_000)
    assert entry.apply.isEnabled()


def test_every_example_is_a_valid_formula_with_a_minimum():
    for title, formula, bounds in formula_entry.EXAMPLES:
        assert len(surfaces.from_formula(formula, bounds=bounds).minima) >= 1, title


def test_a_custom_surface_set_elsewhere_shows_in_the_entry(qtbot, window, ctrl):
    panel = window.surface_panel
    assert not panel.formula.isVisible()
    assert ctrl.set_custom_surface("abs(x) + abs(y)", ((-1.0, 1.0), (-2.0, 2.0)))
    assert panel.formula.isVisible() and panel.formula.field.text() == "abs(x) + abs(y)"
    assert panel.formula.window_bounds() == ((-1.0, 1.0), (-2.0, 2.0))
    assert panel.selector.currentData() == "custom"
    index = panel.selector.findData("rosenbrock")
    panel.selector.setCurrentIndex(index)
    panel.selector.activated.emit(index)
    assert ctrl.surface_name == "rosenbrock" and not panel.formula.isVisible()


def test_caret_lines_keep_the_caret_under_the_position_in_long_formulas():
    text = "x**2 + " * 20 + "3y"
    position = len(text) - 1
    excerpt, caret = formula_entry.caret_lines(text, position).split("\n")
    assert excerpt.startswith("…") and len(excerpt) <= formula_entry.EXCERPT + 2
    assert excerpt[caret.index("^")] == "y"
    assert formula_entry.caret_lines("x +", None) == ""


def test_a_custom_surface_goes_through_a_saved_setup(qtbot, window, ctrl, entry, tmp_path):
    type_formula(qtbot, entry, "x**4 - x**2 + 2*y**2")
    entry.bounds["xmax"].setValue(1.5)
    qtbot.waitUntil(lambda: not entry.pending, timeout=2_000)
    assert entry.apply_clicked()
    path = tmp_path / "custom.json"
    assert window.files.save_to(path)
    ctrl.set_surface("rosenbrock")
    assert not entry.isVisible()
    assert window.files.open_path(path)
    assert ctrl.surface_formula == "x**4 - x**2 + 2*y**2"
    assert ctrl.surface_bounds == ((-2.0, 1.5), (-2.0, 2.0))
    assert entry.isVisible() and entry.field.text() == "x**4 - x**2 + 2*y**2"
    assert entry.window_bounds() == ((-2.0, 1.5), (-2.0, 2.0))
    assert window.surface_panel.selector.currentData() == "custom"


def test_a_formula_that_overflows_over_most_of_the_window_is_refused_saying_so(qtbot, ctrl, entry):
    """Issue 14 item 9: 45% of the window inf and 11% beyond 1e100 was accepted: a blank map."""
    type_formula(qtbot, entry, "exp(exp(exp(x*y + 1.8)))")
    assert not entry.apply.isEnabled()
    assert "overflows over most of the window" in entry.message.text()
    qtbot.keyClick(entry.field, QtCore.Qt.Key.Key_Return)
    assert ctrl.surface_name == "ravine"   # nothing applied


def test_a_partly_overflowing_formula_is_drawn_on_a_clipped_scale_that_says_so(qtbot, window, ctrl, entry):
    """exp(exp(exp(x y))) overflows on 11% of the window: before, its colour scale ran to ~1e307,
    one colour everywhere and no colour-bar label; now it is clipped and the colour bar says where."""
    type_formula(qtbot, entry, "exp(exp(exp(x*y)))")
    assert entry.apply.isEnabled()
    qtbot.mouseClick(entry.apply, QtCore.Qt.MouseButton.LeftButton)
    assert ctrl.surface_formula == "exp(exp(exp(x*y)))"
    field = window.canvas.field
    assert field.clip is not None and np.isfinite(field.z).all()
    lo, hi = field.colour_range
    assert hi == pytest.approx(field.clip) and hi < 1e6
    # the map is not one colour: at least a quarter of the pixels sit in the lower half of the scale
    assert np.mean(field.colour < lo + 0.5 * (hi - lo)) >= 0.25
    assert len(field.levels) >= 10 and len(field.lines) > 0
    label = window.canvas.colorbar.getAxis("left").labelText
    assert "clipped above" in label and f"{field.clip:.3g}" in label


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_a_long_error_message_is_shown_whole_in_a_narrow_dock(qtbot, window, entry, size):
    """Issue 14 item 13: at 1280x720 the overflow message stopped after three lines ("nan, inf or")."""
    window.resize(*size)
    qtbot.waitExposed(window)
    window.api.dock("surface").raise_()  # the layout may have made it a tab behind another
    entry.setMaximumWidth(250)  # as in a narrow panel (the layout may widen the dock): 4+ wrapped lines
    type_formula(qtbot, entry, "exp(exp(exp(x*y + 1.8)))")
    message = entry.message
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()), timeout=2_000)
    assert message.heightForWidth(message.width()) >= 4 * message.fontMetrics().lineSpacing()  # really long
    assert message.visibleRegion().boundingRect().height() >= message.heightForWidth(message.width())
