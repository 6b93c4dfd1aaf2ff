"""Start the application: QApplication, style, controller, window, error reporter."""
from __future__ import annotations

import logging
import os
import signal
import sys
import time

from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.model import i18n
from desktop_app.model.controller import Controller
from desktop_app.model.race import DEFAULT_SURFACE
from desktop_app.model.settings import open_settings
from desktop_app.widgets.errors import ErrorReporter
from desktop_app.window.main_window import RESOURCES, MainWindow

TRACE_ENV = "OPTIMIZER_PLAYGROUND_TRACE_STARTUP"  # "1": print first-paint time; "exit": and quit
BASE_POINT_SIZE = 11  # readable on a projector


class _FirstPaint(QtCore.QObject):
    """Prints the wall-clock time of the canvas's first paint (for the cold-start benchmark)."""

    def __init__(self, widget, quit_after: bool):
        super().__init__(widget)
        self.quit_after = quit_after
        widget.installEventFilter(self)

    def eventFilter(self, obj, ev):
        if ev.type() == QtCore.QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
            if self.quit_after:
                QtCore.QTimer.singleShot(0, QtWidgets.QApplication.instance().quit)
        return False


def make_app() -> QtWidgets.QApplication:
    if QtWidgets.QApplication.instance() is None:
        # Before the application exists or never: the 3-D view's GL context survives its
        # dock being floated (a new top-level window), and pyqtgraph.opengl's shader
        # programs, compiled once per process, stay valid in every view.
        QtCore.QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setOrganizationName("OptimizerPlayground")
    app.setApplicationName("OptimizerPlayground")
    app.setApplicationDisplayName("Optimizer Playground")
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    qss = RESOURCES / "style.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    collect_garbage_on_gui_thread(app)
    return app


HANGUL_SAMPLE = "한국어"
HANGUL_FAMILIES = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo")


def set_language(app: QtWidgets.QApplication, lang: str) -> str:
    """Install the translators of ``lang`` (before any window is built) and, for Korean, make
    sure the application's font can draw Hangul. Returns the language."""
    i18n.install(app, lang)
    if lang == "ko":
        ensure_hangul_font(app)
    return lang


def hangul_family(font: QtGui.QFont) -> str | None:
    """A font family that covers Hangul when ``font`` does not; None when it does or none is there."""
    metrics = QtGui.QFontMetrics(font)
    if all(metrics.inFontUcs4(ord(ch)) for ch in HANGUL_SAMPLE):
        return None
    families = QtGui.QFontDatabase.families(QtGui.QFontDatabase.WritingSystem.Korean)
    for family in HANGUL_FAMILIES:
        if family in families:
            return family
    sans = [f for f in families if "sans" in f.lower() or "gothic" in f.lower()]
    return (sans or families or [None])[0]


def ensure_hangul_font(app: QtWidgets.QApplication) -> None:
    """Korean mode: when the default font has no Hangul, a Korean family joins it as the first
    fallback (Latin text keeps the default font; Hangul never falls to boxes or to a serif)."""
    font = app.font()
    family = hangul_family(font)
    if family:
        font.setFamilies([font.family(), family])
        app.setFont(font)


def collect_garbage_on_gui_thread(app: QtWidgets.QApplication) -> None:
    """Python's cycle collector, left automatic, runs wherever an allocation trips it: in
    the basin and encoder threads, or in the middle of a Qt call that is still using the
    items it frees. Both segfault PySide now and then (seen in full test runs here).
    pyqtgraph's GarbageCollector turns automatic collection off and collects from a timer
    on the GUI thread instead, between events."""
    if getattr(app, "_gc_timer_owner", None) is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        app._gc_timer_owner = GarbageCollector(interval=0.5)


class Session:
    """The running app's parts, built by :func:`build`; :meth:`exec` runs the event loop."""

    def __init__(self, app, ctrl, window, reporter):
        self.app, self.ctrl, self.window, self.reporter = app, ctrl, window, reporter

    def exec(self) -> int:
        win = self.window
        # Ctrl+C in the terminal closes the window properly (settings saved); the idle
        # timer lets the Python interpreter see the signal while Qt's loop runs.
        signal.signal(signal.SIGINT, lambda *_: win.close())
        wake = QtCore.QTimer(win)
        wake.start(250)
        wake.timeout.connect(lambda: None)
        try:
            code = self.app.exec()
        finally:
            self.reporter.uninstall()
            self.ctrl.pause()
            win.deleteLater()
            QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        return int(code)


def build(args) -> Session:
    """QApplication, controller and window from parsed options, shown (and playing)."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_app()
    set_language(app, i18n.choose(getattr(args, "lang", None), open_settings()))
    ctrl = Controller(surface=args.surface or DEFAULT_SURFACE, optimizers=args.optimizers, start=args.start)
    win = MainWindow(ctrl)
    reporter = ErrorReporter(win).install()
    if getattr(args, "setup", None):
        win.files.open_path(args.setup)  # a broken file says why (non-modal); the app starts anyway
    elif not (getattr(args, "clean", False) or args.surface or args.optimizers or args.start):
        win.files.restore_last()  # the last session's setup; a broken stored one is reported, ignored
    if getattr(args, "clean", False):
        _playback_defaults(ctrl, win)
    if getattr(args, "deck", None):
        win.deck_files.open_path(args.deck, (args.slide or 1) - 1)  # a lecture: its slide replaces the race
    trace = os.environ.get(TRACE_ENV)
    if trace:
        _FirstPaint(win.canvas.viewport(), quit_after=trace == "exit")
    if args.fullscreen:
        win.act_fullscreen.setChecked(True)
    else:
        win.show()
    if args.play:
        ctrl.play()
    if args.quit_after is not None:
        QtCore.QTimer.singleShot(int(args.quit_after * 1000), win.close)
    return Session(app, ctrl, win, reporter)


def _playback_defaults(ctrl, win) -> None:
    """--clean means defaults: the window has just read the last session's speed, step limit
    and loss scale from QSettings (issue 14 item 13); set them back (the next close saves these)."""
    from desktop_app.model.race import DEFAULT_SPEED, DEFAULT_STEP_LIMIT

    ctrl.set_speed(DEFAULT_SPEED)
    ctrl.set_step_limit(DEFAULT_STEP_LIMIT)
    win.act_log_loss.setChecked(False)


def run(args) -> int:
    return build(args).exec()
