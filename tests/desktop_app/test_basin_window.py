"""The basin map in the window: overlay, legend, worker with progress and cancel, stale
marking, colour modes, the side-by-side comparison and the PNG export.

Small grids (24-40 starts per side) keep each map well under a second.
"""
from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore

from desktop_app.features.basin.view import OVERLAY, STALE_DIM
from desktop_app.geometry import basin_colors

from desktop_helpers import entry_named


@pytest.fixture
def basin(window, ctrl):
    """The window's basin feature on himmelblau (four basins), small and quick."""
    ctrl.set_surface("himmelblau")
    feature = window.feature("basin")
    feature.mapper.set_resolution(32)
    feature.mapper.set_steps(300)
    return feature


def wait_for_map(qtbot, mapper, timeout=10_000):
    qtbot.waitUntil(lambda: not mapper.busy and mapper.image is not None, timeout=timeout)


def cell_of(m, x, y):
    return int(np.argmin(np.abs(m.ys - y))), int(np.argmin(np.abs(m.xs - x)))


def test_overlay_appears_with_a_colour_per_minimum_and_clears(qtbot, window, ctrl, basin):
    mapper, canvas = basin.mapper, window.canvas
    assert OVERLAY not in canvas.overlays
    basin.act_toggle.trigger()  # View → Basin map (B)
    assert mapper.enabled and mapper.busy
    wait_for_map(qtbot, mapper)
    assert mapper.progress == 1.0
    item = canvas.overlays[OVERLAY]
    assert item is mapper.item and item.image.shape == (32, 32, 4)
    m = mapper.map
    assert m.completed and m.minimum_index.shape == (32, 32)
    # each known minimum's cell shows that minimum's colour, and the four colours differ
    colours = []
    for i, (x, y) in enumerate(ctrl.surface.minima):
        row, col = cell_of(m, x, y)
        assert m.minimum_index[row, col] == i
        expected = basin_colors.hex_rgba(mapper.colours[i])
        np.testing.assert_array_equal(item.image[row, col], expected)
        np.testing.assert_array_equal(mapper.colour_at(x, y), expected)
        colours.append(mapper.colours[i])
    assert len(set(colours)) == 4
    assert set(colours) <= set(basin_colors.BASIN_COLOURS)
    # the overlay covers the surface's window exactly, under the trails
    (x0, x1), (y0, y1) = ctrl.surface.bounds
    rect = item.mapRectToParent(item.boundingRect())
    assert (rect.left(), rect.right(), rect.top(), rect.bottom()) == pytest.approx((x0, x1, y0, y1))
    assert item.zValue() < canvas.trails[ctrl.focused.key].zValue()
    assert item.opacity() == pytest.approx(mapper.opacity)
    # the legend names the four minima reached
    legend = [basin.panel.legend.item(i).text() for i in range(basin.panel.legend.count())]
    assert len(legend) == 4 and all(text.startswith(f"min {i + 1} ") for i, text in enumerate(legend))
    assert basin.dock.isVisible()

    basin.act_toggle.trigger()
    assert not mapper.enabled and OVERLAY not in canvas.overlays
    basin.act_toggle.trigger()  # back on: the map is still good, nothing to compute
    assert not mapper.busy and canvas.overlays[OVERLAY] is item


def test_b_shortcut_toggles_the_map(qtbot, window, basin):
    window.activateWindow()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_B)
    assert basin.mapper.enabled
    wait_for_map(qtbot, basin.mapper)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_B)
    assert not basin.mapper.enabled and OVERLAY not in window.canvas.overlays


def test_cancel_stops_the_worker_and_leaves_no_overlay(qtbot, window, ctrl, basin):
    mapper = basin.mapper
    mapper.set_resolution(256)
    mapper.set_steps(100_000)  # minutes of work if nobody cancelled
    mapper.set_enabled(True)
    worker = mapper.worker
    qtbot.waitUntil(worker.isRunning, timeout=5_000)
    qtbot.wait(30)  # some steps in
    assert basin.toast.isVisible() and basin.toast.button.text() == "Cancel"
    assert basin.panel.bar.isVisible() and basin.panel.cancel.isEnabled()
    qtbot.mouseClick(basin.toast.button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(worker.isFinished, timeout=1_000)  # the engine checks between steps
    qtbot.waitUntil(lambda: not mapper.busy, timeout=1_000)
    assert not mapper.busy and mapper.map is None and mapper.image is None
    assert OVERLAY not in window.canvas.overlays
    assert not basin.toast.isVisible() and not basin.panel.cancel.isEnabled()


def test_turning_the_map_off_cancels_the_computation(qtbot, window, basin):
    mapper = basin.mapper
    mapper.set_resolution(256)
    mapper.set_steps(100_000)
    basin.act_toggle.trigger()
    worker = mapper.worker
    qtbot.waitUntil(worker.isRunning, timeout=5_000)
    basin.act_toggle.trigger()
    qtbot.waitUntil(worker.isFinished, timeout=1_000)
    assert mapper.map is None and OVERLAY not in window.canvas.overlays


def test_lr_change_marks_the_map_stale_dims_it_and_offers_recompute(qtbot, window, ctrl, basin):
    mapper = basin.mapper
    mapper.set_enabled(True)
    wait_for_map(qtbot, mapper)
    key = ctrl.focused.key
    old_lr = ctrl.focused.optimizer.hyperparams["lr"]
    assert mapper.job.tasks[0].hyperparams["lr"] == old_lr and not mapper.stale
    window.optimizer_panel.specs.parameter("lr").setValue(old_lr / 2)  # what typing in the panel does
    assert ctrl.entry(key).optimizer.hyperparams["lr"] == old_lr / 2
    assert "lr" in mapper.stale
    assert mapper.item.opacity() == pytest.approx(mapper.opacity * STALE_DIM)
    assert basin.toast.isVisible() and basin.toast.button.text() == "Recompute"
    assert "lr" in basin.panel.stale.text()
    old_map = mapper.map
    qtbot.mouseClick(basin.toast.button, QtCore.Qt.MouseButton.LeftButton)
    wait_for_map(qtbot, mapper)
    assert mapper.map is not old_map and not mapper.stale
    assert mapper.job.tasks[0].hyperparams["lr"] == old_lr / 2
    assert mapper.item.opacity() == pytest.approx(mapper.opacity)
    assert not basin.toast.isVisible()


def test_putting_the_lr_back_makes_the_map_current_again(qtbot, window, ctrl, basin):
    mapper = basin.mapper
    mapper.set_enabled(True)
    wait_for_map(qtbot, mapper)
    key, lr = ctrl.focused.key, ctrl.focused.optimizer.hyperparams["lr"]
    ctrl.set_hyperparams(key, lr=lr * 3)
    assert mapper.stale
    ctrl.set_hyperparams(key, lr=lr)
    assert not mapper.stale


def test_surface_change_and_focus_change_mark_the_map_stale(qtbot, window, ctrl, basin):
    mapper = basin.mapper
    mapper.set_enabled(True)
    wait_for_map(qtbot, mapper)
    other = next(e for e in ctrl.active if e is not ctrl.focused)
    ctrl.set_focus(other.key)
    assert other.label in mapper.stale
    ctrl.set_focus(mapper.job.tasks[0].key)
    assert not mapper.stale
    ctrl.set_surface("two_minima")
    assert "surface" in mapper.stale


def test_the_worker_computes_with_a_copy_of_the_hyperparameters_at_the_request(qtbot, window, ctrl, basin):
    mapper = basin.mapper
    mapper.set_resolution(64)
    entry = ctrl.focused
    lr = entry.optimizer.hyperparams["lr"]
    mapper.set_enabled(True)
    task = mapper.worker.job.tasks[0]
    assert task.optimizer is not entry.optimizer
    ctrl.set_hyperparams(entry.key, lr=lr * 2)  # while it computes
    assert task.optimizer.hyperparams["lr"] == lr
    wait_for_map(qtbot, mapper)
    assert mapper.job.tasks[0].hyperparams["lr"] == lr and "lr" in mapper.stale


def test_auto_recompute_follows_the_lr(qtbot, window, ctrl, basin):
    mapper = basin.mapper
    basin.panel.auto.setChecked(True)
    mapper.set_enabled(True)
    wait_for_map(qtbot, mapper)
    key, lr = ctrl.focused.key, ctrl.focused.optimizer.hyperparams["lr"]
    ctrl.set_hyperparams(key, lr=lr / 2)
    qtbot.waitUntil(lambda: mapper.busy, timeout=3_000)
    wait_for_map(qtbot, mapper)
    assert mapper.job.tasks[0].hyperparams["lr"] == lr / 2 and not mapper.stale


@pytest.mark.parametrize("mode", ["steps", "loss"])
def test_continuous_modes_recolour_with_a_colour_bar(qtbot, window, ctrl, basin, mode):
    mapper, panel = basin.mapper, basin.panel
    mapper.set_enabled(True)
    wait_for_map(qtbot, mapper)
    categorical = mapper.item.image.copy()
    map_before = mapper.map
    panel.mode.setCurrentIndex(panel.mode.findData(mode))
    panel.mode.activated.emit(panel.mode.currentIndex())
    assert mapper.mode == mode and mapper.map is map_before  # recoloured, not recomputed
    image = mapper.item.image
    assert image.shape == categorical.shape and not np.array_equal(image, categorical)
    scale = mapper.image.scale
    assert scale is not None and scale.lo < scale.hi
    assert panel.colour_bar.isVisible() and panel.colour_bar.scale is scale
    values, ok = basin_colors.log_values(mapper.map, mode)
    # the fastest (or lowest) start gets the low end of the colour bar
    row, col = np.unravel_index(np.argmin(np.where(ok, values, np.inf)), values.shape)
    np.testing.assert_array_equal(image[row, col], basin_colors.lut()[0])


def test_opacity_slider_sets_the_overlay_opacity(qtbot, window, basin):
    basin.mapper.set_enabled(True)
    wait_for_map(qtbot, basin.mapper)
    basin.panel.opacity.setValue(40)
    assert basin.mapper.item.opacity() == pytest.approx(0.4)


def test_rastrigin_legend_lists_only_the_minima_reached_and_neighbours_differ(qtbot, window, ctrl, basin):
    ctrl.set_surface("rastrigin")
    mapper = basin.mapper
    mapper.set_resolution(10)
    mapper.set_enabled(True)
    wait_for_map(qtbot, mapper)
    reached = {i for i in np.unique(mapper.map.minimum_index) if i >= 0}
    assert 8 < len(reached) < len(ctrl.surface.minima)  # 121 minima, 100 starts
    legend = mapper.image.legend
    assert {e.index for e in legend if e.index >= 0} == reached
    assert basin.panel.legend.count() == len(legend)
    for a, b in basin_colors.adjacent_pairs(mapper.map.minimum_index):
        assert mapper.colours[a] != mapper.colours[b]


def test_compare_dialog_shows_two_maps_with_one_legend_and_exports(qtbot, window, ctrl, basin, tmp_path):
    ctrl.set_focus(entry_named(ctrl, "sgd").key)
    dialog = basin.open_compare()
    qtbot.addWidget(dialog)
    dialog.second.setCurrentIndex(dialog.second.findData(entry_named(ctrl, "momentum").key))
    assert [e.name for e in dialog.chosen()] == ["sgd", "momentum"]
    qtbot.mouseClick(dialog.compute, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.job is not None, timeout=10_000)
    items = dialog.figure.image_items
    assert len(items) == 2 and all(item.image.shape == (32, 32, 4) for item in items)
    a, b = dialog.maps
    # a minimum has one colour in both maps
    for i, (x, y) in enumerate(ctrl.surface.minima):
        ra, ca = cell_of(a, x, y)
        rb, cb = cell_of(b, x, y)
        if a.minimum_index[ra, ca] == i and b.minimum_index[rb, cb] == i:
            np.testing.assert_array_equal(items[0].image[ra, ca], items[1].image[rb, cb])
    assert {e.index for e in dialog.figure.legend_entries} >= {0, 1, 2, 3}
    dialog.mode.setCurrentIndex(dialog.mode.findData("steps"))
    dialog.mode.activated.emit(dialog.mode.currentIndex())  # recoloured, one colour bar for both
    first, second = dialog.figure.images
    assert first.mode == "steps" and first.scale == second.scale
    lo, hi = first.scale.lo, first.scale.hi
    for m in dialog.maps:
        values, ok = basin_colors.log_values(m, "steps")
        assert lo <= values[ok].min() and values[ok].max() <= hi
    path = dialog.export_png(tmp_path / "compare.png")
    assert path is not None and path.stat().st_size > 5_000
    import imageio.v3 as iio
    assert iio.imread(path).shape[1] >= 1000
    ctrl.set_hyperparams(entry_named(ctrl, "momentum").key, lr=0.001)
    assert "Out of date" in dialog.status.text()
    dialog.close()


def test_export_png_of_the_map_with_its_legend(qtbot, window, basin, tmp_path):
    basin.mapper.set_enabled(True)
    wait_for_map(qtbot, basin.mapper)
    assert basin.act_export.isEnabled()
    path = basin.export_png(tmp_path / "basin.png")
    import imageio.v3 as iio
    image = iio.imread(path)
    assert image.shape[0] > 500 and image.shape[1] > 500
    # the map's colours are in the picture
    flat = image[..., :3].reshape(-1, 3)
    for colour in set(basin.mapper.colours.values()):
        assert (flat == basin_colors.hex_rgba(colour)[:3]).all(axis=1).any()
    assert not list(tmp_path.glob(".basin-*"))  # no temporary file left behind


def test_closing_the_window_stops_a_running_computation(qtbot, window, basin):
    mapper = basin.mapper
    mapper.set_resolution(256)
    mapper.set_steps(100_000)
    mapper.set_enabled(True)
    worker = mapper.worker
    window.close()
    assert worker.isFinished()


@pytest.mark.parametrize("process", [False, True])
def test_thread_and_child_process_compute_the_engines_map(qtbot, ctrl, process):
    """Small maps run on a thread, big ones in a child process: both give the engine's map."""
    import engine
    from desktop_app.model.basin_job import BasinJob
    from desktop_app.model.job_runner import JobRunner

    ctrl.set_surface("himmelblau")
    entry = ctrl.focused
    ctrl.set_hyperparams(entry.key, lr=0.004, noise=0.1)
    job = BasinJob.for_entries(ctrl, [entry], resolution=16, steps=60)
    worker = JobRunner(job, process=process)
    with qtbot.waitSignal(worker.sigDone, timeout=20_000) as done:
        worker.start()
    assert worker.process == process
    got_job, (got,) = done.args
    assert got_job is job
    want = engine.basin_map(ctrl.surface, entry.optimizer, resolution=16, steps=60, tol=job.tol, noise=0.1,
                            seed=0)
    np.testing.assert_array_equal(got.minimum_index, want.minimum_index)
    np.testing.assert_array_equal(got.final_points, want.final_points)
    np.testing.assert_array_equal(got.converged_step, want.converged_step)


def test_compare_again_while_open_keeps_the_dialog_and_its_choices(qtbot, window, ctrl, basin):
    dialog = basin.open_compare()
    qtbot.addWidget(dialog)
    dialog.second.setCurrentIndex(dialog.second.findData(entry_named(ctrl, "adam").key))
    assert basin.open_compare() is dialog and dialog.isVisible()  # Shift+B again: no Qt warning
    assert dialog.second.currentData() == entry_named(ctrl, "adam").key
    dialog.close()
