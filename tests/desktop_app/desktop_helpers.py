"""Helpers shared by the window tests (imported by name: pytest puts this folder on sys.path)."""
from __future__ import annotations

import numpy as np
from PySide6 import QtCore


def click_data_point(qtbot, canvas, x, y, button=QtCore.Qt.MouseButton.LeftButton):
    """Click the canvas's viewport at the pixel showing data point (x, y)."""
    pixel = canvas.mapFromScene(canvas.vb.mapViewToScene(QtCore.QPointF(x, y)))
    qtbot.mouseClick(canvas.viewport(), button, pos=pixel)
    return pixel


def pixel_size(canvas) -> float:
    px, py = canvas.vb.viewPixelSize()
    return max(px, py)


def entry_named(ctrl, name):
    return next(e for e in ctrl.entries if e.name == name)


def assert_trail_ends_at_lane(canvas, entry):
    x, y = canvas.trail_data(entry.key)
    assert x is not None and len(x) >= 1
    np.testing.assert_array_equal([x[-1], y[-1]], entry.lane.point)
