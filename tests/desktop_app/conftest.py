"""Fixtures for the window tests: an isolated settings file, a controller, a shown window.

QT_QPA_PLATFORM=offscreen comes from tests/conftest.py; Qt warnings fail a test
(qt_log_level_fail = WARNING in pyproject).
"""
from __future__ import annotations

import gc

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from shiboken6 import Shiboken

from desktop_app.model.controller import Controller
from desktop_app.model.settings import ENV


@pytest.fixture(scope="session", autouse=True)
def gui_thread_garbage_collection(qapp):
    """As in the app: cycles are collected on the GUI thread between events, never from a
    worker thread or mid-call (either segfaults PySide now and then)."""
    from desktop_app.app import collect_garbage_on_gui_thread

    collect_garbage_on_gui_thread(qapp)
    yield


# Items that are not QObjects: when Qt deletes one it made itself, PySide is not told, and
# a Python wrapper still holding it goes stale (the segfault fixed in parameter_tree.py).
# Items Python made (pyqtgraph's ParameterItem, our list items...) are always tracked.
# (Layout items Qt makes are held by their layout's wrapper and released with it.)
ITEM_TYPES = (QtWidgets.QTreeWidgetItem, QtWidgets.QListWidgetItem, QtWidgets.QTableWidgetItem,
              QtGui.QStandardItem)


def item_wrappers() -> list:
    return [w for w in Shiboken.getAllValidWrappers()
            if isinstance(w, ITEM_TYPES) and not isinstance(w, QtCore.QObject)
            and not Shiboken.createdByPython(w)]


@pytest.fixture(autouse=True)
def collect_between_tests(qapp):
    """Free each test's widgets between tests, not during the next test's event loop
    (stale PySide wrappers then showed up as objects of the wrong type), and check that no
    wrapper of a Qt item outlives them."""
    before = len(item_wrappers())
    yield
    qapp.processEvents()
    # pytest-qt has closed and deleteLater()-ed the test's widgets: delete them here rather
    # than in whichever event loop the next test happens to run
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    gc.collect()
    left = item_wrappers()
    assert len(left) <= before, (
        f"{len(left) - before} Python wrapper(s) of Qt items outlived the test's widgets "
        f"(stale once Qt deletes the item): {sorted({type(w).__name__ for w in left})}")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Never read or write the user's real QSettings."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv(ENV, str(path))
    return path


@pytest.fixture
def ctrl(qapp):
    c = Controller()
    yield c
    c.pause()


@pytest.fixture
def window(qtbot, ctrl):
    from desktop_app.window.main_window import MainWindow

    win = MainWindow(ctrl)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctrl.pause()
