"""The 3-D view in the whole window under a real X server: in place of the map in
canvas-only mode (Shift+F10), its PNG export, and GIF/MP4 recordings of the race in 3-D
from the window's record path."""
from __future__ import annotations

import imageio.v2 as iio2
import imageio.v3 as iio
import numpy as np
import pytest
from PySide6 import QtGui

from desktop_app.plot.recorder import plan_frames
from desktop_app.window.export_dialogs import make_recording
from desktop_app.window.record_dialog import RecordOptions




def test_shift_f10_puts_the_3d_view_in_place_of_the_map_and_esc_gives_it_back(qtbot, window):
    feature, api = window.feature("view3d"), window.api
    replace, canvas_only = api.action("view3d.replace_map"), api.action("presenter.canvas_only")
    assert replace.isEnabled() and not feature.is_open
    replace.trigger()
    qtbot.waitUntil(lambda: feature.dock.isVisible())
    assert canvas_only.isChecked() and replace.isChecked() and feature.replaces_map
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert not feature.view.tools.isVisible()
    qtbot.waitUntil(lambda: feature.dock.width() == window.width())  # the picture fills the window
    api.action("presenter.leave").trigger()  # Esc
    assert not canvas_only.isChecked() and not replace.isChecked() and not feature.replaces_map
    assert window.centralWidget().isVisible() and not feature.view.tools.isHidden()
    assert not feature.is_open  # closed before: closed again


def test_from_canvas_only_the_replacement_toggles_between_map_and_3d(qtbot, window):
    feature, api = window.feature("view3d"), window.api
    api.action("view3d.toggle").trigger()  # open beside the map first
    assert feature.is_open
    api.action("presenter.canvas_only").trigger()
    assert not feature.is_open  # canvas only: just the map
    api.action("view3d.replace_map").trigger()
    assert feature.replaces_map and not window.centralWidget().isVisible() and feature.dock.isVisible()
    api.action("view3d.replace_map").trigger()  # back to the map, still canvas only
    assert api.action("presenter.canvas_only").isChecked() and window.centralWidget().isVisible()
    api.action("presenter.canvas_only").trigger()  # leaving canvas only: the dock it had
    assert feature.is_open and window.centralWidget().isVisible()


def test_closing_the_3d_view_while_it_replaces_the_map_brings_the_map_back(qtbot, window):
    feature, api = window.feature("view3d"), window.api
    api.action("view3d.replace_map").trigger()
    api.action("view3d.toggle").trigger()  # Ctrl+D: the view goes
    assert not feature.replacing and not feature.is_open
    assert window.centralWidget().isVisible() and not api.action("presenter.canvas_only").isChecked()


def test_file_export_3d_png_has_the_view_and_the_lanes_key(qtbot, window, ctrl, tmp_path):
    feature = window.feature("view3d")
    action = window.api.action("view3d.export_png")
    assert not action.isEnabled()
    window.api.action("view3d.toggle").trigger()
    assert action.isEnabled()
    ctrl.advance(30)
    path = feature.export_png(tmp_path / "view.png")
    image = iio.imread(path)[..., :3].astype(int)
    view = feature.view
    assert image.shape[:2] == (view.gl_view.height(), view.gl_view.width())
    corner = image[: 12 + 25 * len(ctrl.active), -220:]  # the key, top right
    for e in ctrl.active:
        c = QtGui.QColor(e.colour)
        want = np.array([c.red(), c.green(), c.blue()])
        assert (np.abs(corner - want).max(axis=-1) <= 8).sum() >= 10, e.label  # its dot is there


def test_a_3d_recording_from_the_window_uses_the_views_camera(qtbot, window, ctrl, tmp_path):
    feature = window.feature("view3d")
    window.api.action("view3d.toggle").trigger()
    feature.view.apply_preset("top")
    options = RecordOptions(str(tmp_path / "race.mp4"), steps=20, size=(160, 120), fps=10, duration=1.0,
                            view="3d", orbit=False)
    job = make_recording(window, options)
    try:
        assert job.recorder.base_camera["elevation"] == pytest.approx(90.0)
    finally:
        job.cancel()
        job.wait(10)
        job.recorder.close()
    progress = window.files.exports.record(options)
    assert progress is not None
    states = []
    progress.sigFinished.connect(states.append)
    qtbot.waitUntil(lambda: bool(states), timeout=60_000)
    assert states == ["done"]
    assert iio2.get_reader(tmp_path / "race.mp4").count_frames() == plan_frames(20, 10, 1.0).count
    assert [p.name for p in tmp_path.iterdir() if p.name != "settings.ini"] == ["race.mp4"]  # no temporary left
