"""GL tests: they need a real X server (pyqtgraph.opengl fails on Qt's offscreen platform).

Runs them on $DISPLAY if set, else starts a private Xvfb (Debian: apt-get install xvfb)
for the session; skips the folder, saying why, only where neither exists. Qt is told to
use xcb and to share GL contexts before pytest-qt creates the QApplication.

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb python -m pytest tests/gl -q
"""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

_xvfb = None
_why_not = ""


def _start_xvfb() -> str | None:
    """A private Xvfb: its display name, or None."""
    global _xvfb
    exe = shutil.which("Xvfb")
    if exe is None:
        return None
    r, w = os.pipe()
    _xvfb = subprocess.Popen([exe, "-displayfd", str(w), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                             pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        number = f.readline().strip()
    return f":{number}" if number else None


if not os.environ.get("DISPLAY"):
    if shutil.which("xvfb-run") or shutil.which("Xvfb"):
        display = _start_xvfb()
        if display:
            os.environ["DISPLAY"] = display
        else:
            _why_not = "Xvfb did not start"
    else:
        _why_not = "no X display ($DISPLAY unset) and no Xvfb (Debian: apt-get install xvfb)"

_xcb_broken = ""
if not _why_not:
    # Qt aborts the whole process when its xcb plugin cannot load (a missing libxcb-*): ask a
    # child first, so the run fails with Qt's own reason instead of "Fatal Python error".
    import sys

    probe = subprocess.run([sys.executable, "-c", "from PySide6 import QtGui; QtGui.QGuiApplication([])"],
                           env={**os.environ, "QT_QPA_PLATFORM": "xcb"}, capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        _xcb_broken = ("Qt's xcb platform does not start (scripts/bootstrap.sh test installs its "
                       "libraries): " + probe.stderr.strip()[-800:])
        _why_not = "xcb broken"

if not _why_not:
    os.environ["QT_QPA_PLATFORM"] = "xcb"  # tests/conftest.py chose offscreen for everything else
    from PySide6 import QtCore

    QtCore.QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def pytest_collection_modifyitems(config, items):
    if _xcb_broken:
        raise pytest.UsageError(_xcb_broken)
    if _why_not:
        skip = pytest.mark.skip(reason=f"GL tests need an X server: {_why_not}")
        for item in items:
            if "tests/gl/" in str(item.fspath).replace(os.sep, "/"):
                item.add_marker(skip)


def pytest_unconfigure(config):
    if _xvfb is not None:
        _xvfb.terminate()
        _xvfb.wait(timeout=5)


@pytest.fixture
def ctrl(qapp):
    from desktop_app.model.controller import Controller

    c = Controller(surface="saddle", optimizers=["sgd", "momentum", "adam"])
    yield c
    c.pause()


@pytest.fixture
def view(qtbot, ctrl):
    from PySide6 import QtWidgets

    from desktop_app.plot.gl_check import gl_available
    from desktop_app.plot.view3d import View3D

    ok, reason = gl_available()
    assert ok, reason  # under an X server the context must be there: a failure, not a skip
    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    v = View3D(ctrl)
    window.setCentralWidget(v)
    window.resize(640, 480)
    window.show()
    qtbot.waitExposed(window)
    yield v
    v.dispose()  # the GL window must go while the application lives (a segfault at exit otherwise)


@pytest.fixture
def window(qtbot, ctrl, tmp_path, monkeypatch):
    """The main window at 1280x720 on the X server, its settings in a temporary file."""
    from desktop_app.model.settings import ENV
    from desktop_app.window.main_window import MainWindow

    monkeypatch.setenv(ENV, str(tmp_path / "settings.ini"))
    w = MainWindow(ctrl)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    ctrl.pause()
    w.feature("presenter").restore_app()
    w.close()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Every GL test (and a render it starts in a child process) reads a settings file of its
    own, never the user's: a user who chose 한국어 made render print Korean here."""
    from desktop_app.model.settings import ENV

    monkeypatch.setenv(ENV, str(tmp_path / "settings.ini"))
