"""Without OpenGL (Qt's offscreen platform: every test here) the 3-D view degrades cleanly:
it says why, its action is disabled, nothing GL is imported, nothing is logged (pytest-qt
fails a test on any Qt warning), and a 3-D render leaves no file. The view itself is tested
in tests/gl under a real X server."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6 import QtGui

from desktop_app.plot.gl_check import OpenGLUnavailable, gl_available, require_gl
from tests.fake_window_api import FakeApi

ROOT = Path(__file__).resolve().parents[2]


def test_gl_is_unavailable_offscreen_with_a_reason_naming_opengl(qapp):
    assert QtGui.QGuiApplication.platformName() == "offscreen"
    ok, reason = gl_available()
    assert ok is False
    assert "OpenGL" in reason and "offscreen" in reason
    with pytest.raises(OpenGLUnavailable, match="OpenGL"):
        require_gl()
    assert "pyqtgraph.opengl" not in sys.modules


def test_the_feature_action_is_disabled_with_the_reason(window):
    from desktop_app.features.view3d import View3DFeature

    api = FakeApi(window)
    feature = View3DFeature(window.ctrl)
    feature.install(api)
    action = api.actions["view3d.toggle"]
    assert not action.isEnabled()
    assert action.toolTip() == gl_available()[1]
    feature.set_open(True)  # e.g. a saved session says it was open: still nothing
    assert not feature.is_open and not action.isChecked() and api.docks == {}
    feature.restore({"open": True, "camera": {"center": [0, 0, 0], "distance": 5, "elevation": 30, "azimuth": 0}})
    assert feature.view_state()["open"] is False and feature.view_state()["camera"]["distance"] == 5.0
    assert "pyqtgraph.opengl" not in sys.modules
    installed = window.feature("view3d")  # and as the window installs it, through its API
    assert not installed.action.isEnabled() and installed.action.toolTip() == gl_available()[1]


def test_render_3d_raises_naming_opengl_and_leaves_no_file(qapp, tmp_path):
    from engine.setup import LaneSetup, Setup

    from desktop_app.plot.render3d import render_frames_3d, write_3d

    setup = Setup(surface="saddle", start=(1.8, 0.05), steps=10, lanes=[LaneSetup("sgd", {"lr": 0.05})])
    with pytest.raises(OpenGLUnavailable, match="OpenGL"):
        render_frames_3d(setup, (200, 150))
    for name in ("race.gif", "race.mp4", "race.png"):
        with pytest.raises(OpenGLUnavailable) as info:
            write_3d(setup, tmp_path / name)
        assert "\n" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_the_main_window_starts_without_importing_pyqtgraph_opengl(tmp_path):
    """A fresh interpreter: start-up must not pay for OpenGL while the 3-D view is closed."""
    code = textwrap.dedent("""
        import sys
        from desktop_app.app import make_app
        from desktop_app.model.controller import Controller
        from desktop_app.window.main_window import MainWindow
        app = make_app()
        win = MainWindow(Controller())
        win.show(); app.processEvents()
        from desktop_app.features.view3d import View3DFeature
        from desktop_app.plot.gl_check import gl_available
        print(gl_available()[0], "pyqtgraph.opengl" in sys.modules, "OpenGL.GL" in sys.modules, flush=True)
        win.close()
        import os; os._exit(0)  # what is measured is above; the teardown order at exit is not
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "OPTIMIZER_PLAYGROUND_SETTINGS": str(tmp_path / "s.ini"),
           "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "False", "False"], proc.stdout + proc.stderr


@pytest.mark.parametrize("suffix", ["png", "gif", "mp4"])
def test_render_view_3d_without_opengl_exits_1_naming_opengl_and_leaves_no_file(qapp, tmp_path, capsys, suffix):
    from desktop_app.__main__ import main

    out = tmp_path / f"race.{suffix}"
    assert main(["render", "--surface", "saddle", "--view", "3d", "--orbit", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "OpenGL" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_render_view_3d_in_a_fresh_process_without_a_display(tmp_path):
    """No DISPLAY, no QT_QPA_PLATFORM: the renderer starts offscreen and says in one line why
    no 3-D render can be made there."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    out = tmp_path / "race.gif"
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "render", "--scenario", "1", "--view", "3d",
                           "--out", str(out)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "OpenGL" in proc.stderr, proc.stderr
    assert proc.stdout == "" and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, needle", [
    (["--orbit"], "--orbit draws the 3-D view only: add --view 3d"),
    (["--camera", "top"], "--camera draws the 3-D view only"),
    (["--view", "4d"], "Unknown view '4d'"),
    (["--view", "3d", "--camera", "sadle"], "Did you mean 'saddle'?"),
])
def test_render_3d_options_refuse_bad_values_with_status_2(tmp_path, capsys, args, needle):
    from desktop_app.__main__ import main

    assert main(["render", "--surface", "saddle", *args, "--out", str(tmp_path / "x.gif")]) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_render_view_takes_3d_in_any_spelling():
    from desktop_app import cli

    for spelling in ("3d", "3D", "3-d"):
        assert cli.parse_args(["--view", spelling, "--out", "x.gif"], cli.RENDER).view == "3d"
    args = cli.parse_args(["--out", "x.gif"], cli.RENDER)
    assert args.view == "map" and not args.orbit and args.camera is None


def test_the_record_dialog_offers_the_3d_view_disabled_with_the_reason(qtbot, window, ctrl, tmp_path):
    from desktop_app.window.record_dialog import RecordDialog

    ok, why = gl_available()
    dialog = RecordDialog("gif", str(tmp_path / "x.gif"), ctrl.step_limit, ctrl.t, window, view3d=(ok, why), view="3d")
    qtbot.addWidget(dialog)
    assert not dialog.view_3d.isEnabled() and dialog.view_3d.toolTip() == why
    assert dialog.view_map.isChecked() and not dialog.orbit.isEnabled()
    assert dialog.options().view == "map" and dialog.options().orbit is False
    plain = RecordDialog("gif", str(tmp_path / "x.gif"), ctrl.step_limit, ctrl.t, window)  # no 3-D offered
    qtbot.addWidget(plain)
    assert plain.view_3d.parent() is None


def test_a_3d_recording_without_opengl_says_why_and_leaves_no_file(qtbot, window, tmp_path):
    from desktop_app.window.record_dialog import RecordOptions

    exports = window.files.exports
    assert exports.record(RecordOptions(str(tmp_path / "race.gif"), view="3d", orbit=True)) is None
    assert exports.message is not None and exports.message.isVisible()
    assert "OpenGL" in exports.message.text()
    assert [p.name for p in tmp_path.iterdir() if p.name != "settings.ini"] == []
    assert exports.act_gif.isEnabled()  # nothing is running


def test_the_3d_png_export_is_in_the_file_menu_and_disabled_offscreen(window):
    action = window.api.action("view3d.export_png")
    assert action in window.api.menu("File").actions()
    assert not action.isEnabled() and action.toolTip() == gl_available()[1]


def test_the_3d_view_cannot_replace_the_map_offscreen_and_the_map_stays(window):
    action = window.api.action("view3d.replace_map")
    assert not action.isEnabled() and action.toolTip() == gl_available()[1]
    window.feature("view3d").set_replacing(True)  # called anyway: nothing changes
    assert not action.isChecked() and not window.api.action("presenter.canvas_only").isChecked()
    assert window.centralWidget().isVisible()
    window.api.action("presenter.canvas_only").trigger()  # canvas only still works as it did
    assert window.api.appearance.canvas_only and window.centralWidget().isVisible()
    window.api.action("presenter.leave").trigger()
    assert not window.api.appearance.canvas_only
