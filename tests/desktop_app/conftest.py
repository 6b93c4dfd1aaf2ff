"""Fixtures for the window tests: an isolated settings file, a controller, a shown window.

QT_QPA_PLATFORM=offscreen comes from tests/conftest.py; Qt warnings fail a test
(qt_log_level_fail = WARNING in pyproject).
"""
from __future__ import annotations

import gc

import numpy as np
import pytest
from PySide6 import QtCore

from desktop_app.controller import Controller
from desktop_app.settings import ENV


@pytest.fixture(scope="session", autouse=True)
def gui_thread_garbage_collection(qapp):
    """As in the app: cycles are collected on the GUI thread between events, never from a
    worker thread or mid-call (either segfaults PySide now and then)."""
    from desktop_app.app import collect_garbage_on_gui_thread

    collect_garbage_on_gui_thread(qapp)
    yield


@pytest.fixture(autouse=True)
def collect_between_tests(qapp):
    """Free each test's widgets between tests, not during the next test's event loop
    (stale PySide wrappers then showed up as objects of the wrong type)."""
    yield
    qapp.processEvents()
    # pytest-qt has closed and deleteLater()-ed the test's widgets: delete them here rather
    # than in whichever event loop the next test happens to run
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    gc.collect()


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
    from desktop_app.main_window import MainWindow

    win = MainWindow(ctrl)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctrl.pause()
