"""An exception in a slot (a bug) never kills the app silently: with the app's error hook
installed (desktop_app.widgets.errors.ErrorReporter, as app.build does) it is logged with its
traceback, shown once in a non-modal message that counts repeats, and the animation goes
on. (test_app_window.py runs the same in the real top-level event loop, in a subprocess.)
"""
from __future__ import annotations

import logging

import pytest
from PySide6 import QtCore, QtWidgets

from desktop_app.widgets.errors import ErrorDialog, ErrorReporter


@pytest.fixture
def reporter(window):
    rep = ErrorReporter(window).install()
    yield rep
    rep.uninstall()


def error_dialogs(window) -> list:
    return [d for d in window.findChildren(ErrorDialog) if d.isVisible()]


def test_a_slot_that_raises_while_playing(qtbot, window, ctrl, reporter, caplog):
    caplog.set_level(logging.INFO, logger="optimizer_playground")
    calls = []

    def broken():
        calls.append(ctrl.t)
        raise RuntimeError("a view broke")

    ctrl.sigStepped.connect(broken)
    ctrl.set_speed(300)
    ctrl.set_step_limit(100_000)
    ctrl.play()
    qtbot.waitUntil(lambda: len(calls) >= 20, timeout=10_000)
    assert ctrl.playing  # the animation goes on, frame after frame
    assert calls == sorted(calls) and calls[-1] > calls[0]
    assert reporter.count >= 20
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "Traceback" in errors[0] and "a view broke" in errors[0] and "broken" in errors[0]
    assert all("Traceback" not in e for e in errors[1:])  # in full once, then one line each
    box = reporter.box
    assert error_dialogs(window) == [box]  # one message, not one per frame
    assert not box.isModal() and QtWidgets.QApplication.activeModalWidget() is None
    assert "a view broke" in box.text() and "times" in box.text()

    # another bug elsewhere: the same message box, its traceback logged in full too
    def also_broken():
        raise ValueError("the table broke")

    ctrl.sigReset.connect(also_broken)
    window.act_reset.trigger()
    assert error_dialogs(window) == [box]
    assert "the table broke" in box.text()
    assert sum("Traceback" in r.getMessage() for r in caplog.records) == 2

    # closed by the user, it comes back (once) at the next error
    box.close()
    qtbot.waitUntil(lambda: len(calls) >= 25, timeout=10_000)
    assert error_dialogs(window) == [box]

    # the bug goes away: the race goes on as if nothing happened
    ctrl.sigStepped.disconnect(broken)
    ctrl.sigReset.disconnect(also_broken)
    count, t = reporter.count, ctrl.t
    qtbot.waitUntil(lambda: ctrl.t > t + 20, timeout=10_000)
    assert reporter.count == count
    ctrl.pause()
