"""Switching surfaces and changing their parameters redraws at once and restarts the race;
every optimizer can race on every surface."""
from __future__ import annotations

import numpy as np
import pytest

from engine import optimizers, surfaces

from desktop_helpers import assert_trail_ends_at_lane


def contour_data(canvas):
    x, y = canvas.contour_item.getData()
    return np.c_[x, y]


def test_switching_surface_redraws_contours_heatmap_and_restarts(qtbot, window, ctrl):
    canvas = window.canvas
    ctrl.advance(25)
    lines_before = contour_data(canvas)
    image_before = canvas.heatmap.image.copy()
    index = window.surface_panel.selector.findData("rosenbrock")
    window.surface_panel.selector.activated.emit(index)  # what picking it in the combo does
    assert ctrl.surface_name == "rosenbrock"
    lines_after = contour_data(canvas)
    assert lines_after.shape != lines_before.shape or not np.array_equal(lines_after, lines_before, equal_nan=True)
    finite = lines_after[np.isfinite(lines_after[:, 0])]
    (x0, x1), (y0, y1) = ctrl.surface.bounds
    eps = 1e-9  # linspace round-off at the edges
    assert finite[:, 0].min() >= x0 - eps and finite[:, 0].max() <= x1 + eps
    assert finite[:, 1].min() >= y0 - eps and finite[:, 1].max() <= y1 + eps
    assert np.isnan(lines_after[:, 0]).sum() >= 15  # one piece per level at least
    assert not np.array_equal(canvas.heatmap.image, image_before)
    assert canvas.field.log and window.act_log_levels.isChecked()  # rosenbrock needs log levels
    np.testing.assert_allclose(ctrl.start, ctrl.surface.start)
    assert ctrl.t == 0
    for entry in ctrl.active:
        assert entry.optimizer.hyperparams["lr"] == ctrl.surface.suggested_for(entry.name).get(
            "lr", entry.optimizer.spec["lr"].default)
        assert_trail_ends_at_lane(canvas, entry)
    minima = canvas.minima_item.getData()
    np.testing.assert_allclose(np.c_[minima[0], minima[1]], ctrl.surface.minima)
    assert window.surface_panel.description.text() == ctrl.surface.description


def test_surface_parameter_change_redraws_and_restarts_from_the_same_start(qtbot, window, ctrl):
    ctrl.set_start(0.5, 1.5)
    ctrl.advance(15)
    before = contour_data(window.canvas)
    window.surface_panel.specs.parameter("condition").setValue(200.0)
    assert ctrl.surface.values["condition"] == 200.0
    assert not np.array_equal(contour_data(window.canvas), before, equal_nan=True)
    np.testing.assert_allclose(ctrl.start, (0.5, 1.5))
    assert ctrl.t == 0
    assert ctrl.run.surface is ctrl.surface
    for entry in ctrl.active:  # the lanes step on the new surface
        assert entry.lane.stepper.surface is ctrl.surface


def test_bad_surface_value_keeps_the_old_one_and_says_why(qtbot, window, ctrl):
    assert not ctrl.set_surface_params(condition=0.5)
    assert ctrl.surface.values["condition"] == surfaces.get("ravine").values["condition"]
    assert "condition" in window.statusBar().currentMessage()
    assert not ctrl.set_surface("no_such_surface")
    assert "Did you mean" in window.statusBar().currentMessage() or "Valid choices" in \
        window.statusBar().currentMessage()
    assert ctrl.surface_name == "ravine"


def test_log_levels_toggle_redraws_the_contours(qtbot, window, ctrl):
    before = contour_data(window.canvas)
    if window.canvas.field.log:             # start from linear levels, whatever the default surface
        window.act_log_levels.trigger()
        before = contour_data(window.canvas)
    assert not window.canvas.field.log
    np.testing.assert_allclose(np.diff(window.canvas.field.levels), np.diff(window.canvas.field.levels)[0])
    window.act_log_levels.trigger()
    assert window.canvas.field.log
    levels = window.canvas.field.levels - window.canvas.field.zmin
    ratios = levels[1:] / levels[:-1]
    np.testing.assert_allclose(ratios, ratios[0])  # log-spaced above the minimum
    assert not np.array_equal(contour_data(window.canvas), before, equal_nan=True)


@pytest.mark.parametrize("surface", surfaces.names())
def test_every_optimizer_can_race_on_every_surface(qtbot, window, ctrl, surface):
    assert ctrl.set_surface(surface)
    for entry in ctrl.entries:
        if not entry.checked:
            ctrl.set_checked(entry.key, True)
    assert {e.name for e in ctrl.active} == set(optimizers.names())
    ctrl.advance(25)
    model = window.race_table.model()
    assert model.rowCount() == len(optimizers.names())
    for row, entry in enumerate(ctrl.active):
        lane = entry.lane
        assert lane.t == 25 or lane.status in ("converged", "diverged"), (entry.name, lane)
        assert np.all(np.isfinite(lane.point))
        assert_trail_ends_at_lane(window.canvas, entry)
        assert model.index(row, 4).data() == ctrl.status_text(entry)
