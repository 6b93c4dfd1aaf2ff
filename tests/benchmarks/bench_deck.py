"""Deck benchmarks against the budget "next slide <= 150 ms" (DESIGN.md): a clicker must
never wait. Prints a table of medians; not a timed test (the machine is shared).

    .venv/bin/python tests/benchmarks/bench_deck.py            # Qt's offscreen platform
    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb .venv/bin/python tests/benchmarks/bench_deck.py

  next slide      the main window at 1280x720 with the course deck open: Page Down, from the
                  key press to the window having handled every event it caused (race loaded,
                  map, contours, panels, question card drawn), over the whole deck, 3 passes
  previous slide  the same backwards (Page Up)
  open deck       reading and checking the course deck with the window's rules (every slide's setup)
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPTIMIZER_PLAYGROUND_SETTINGS", str(Path(tempfile.mkdtemp()) / "bench.ini"))
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402

from desktop_app.app import make_app  # noqa: E402
from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.window.main_window import MainWindow  # noqa: E402

PASSES = 3
BUDGET_MS = 150


def press(window, key):
    app = QtWidgets.QApplication.instance()
    t0 = time.perf_counter()
    for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
        QtWidgets.QApplication.sendEvent(window, QtGui.QKeyEvent(kind, key, QtCore.Qt.KeyboardModifier.NoModifier))
    app.processEvents()
    window.canvas.viewport().repaint()  # the map painted, as the projector shows it
    app.processEvents()
    return (time.perf_counter() - t0) * 1000


def main():
    app = make_app()
    win = MainWindow(Controller())
    win.resize(1280, 720)
    win.show()
    win.activateWindow()
    app.processEvents()
    deck = win.feature("deck")
    opens = []
    for _ in range(3):
        t0 = time.perf_counter()
        loaded = deck.read("builtin")
        opens.append((time.perf_counter() - t0) * 1000)
    deck.open(loaded)
    app.processEvents()
    forward, backward, worst = [], [], {}
    for _ in range(PASSES):
        deck.first()
        app.processEvents()
        for _ in range(deck.count - 1):
            ms = press(win, QtCore.Qt.Key.Key_PageDown)
            forward.append(ms)
            worst[deck.index + 1] = max(worst.get(deck.index + 1, 0.0), ms)
        for _ in range(deck.count - 1):
            backward.append(press(win, QtCore.Qt.Key.Key_PageUp))
    assert deck.index == 0
    slowest = max(worst, key=worst.get)
    rows = [
        ("next slide (Page Down), median", f"{statistics.median(forward):.1f} ms", f"<= {BUDGET_MS} ms"),
        ("next slide, 90th percentile", f"{statistics.quantiles(forward, n=10)[-1]:.1f} ms", f"<= {BUDGET_MS} ms"),
        (f"next slide, slowest (slide {slowest}: {deck.deck.slides[slowest - 1].shown_title[:40]})",
         f"{worst[slowest]:.1f} ms", ""),
        ("previous slide (Page Up), median", f"{statistics.median(backward):.1f} ms", f"<= {BUDGET_MS} ms"),
        ("open the course deck (read and check), median", f"{statistics.median(opens):.1f} ms", ""),
    ]
    print(f"\nDeck benchmark: {deck.count} slides x {PASSES} passes, 1280x720, "
          f"{QtGui.QGuiApplication.platformName()}")
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'median':>10}  budget")
    for what, value, budget in rows:
        print(f"{what:<{width}}  {value:>10}  {budget}")
    win.close()


if __name__ == "__main__":
    main()
