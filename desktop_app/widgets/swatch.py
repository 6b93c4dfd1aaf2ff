"""Small colour swatches for lists and tables (cached: views ask for them every repaint)."""
from __future__ import annotations

from functools import lru_cache

from PySide6 import QtCore, QtGui


@lru_cache(maxsize=128)
def swatch(colour: str, size: int = 14, cross: bool = False) -> QtGui.QIcon:
    pix = QtGui.QPixmap(size, size)
    pix.fill(QtCore.Qt.GlobalColor.transparent)
    p = QtGui.QPainter(pix)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    p.setPen(QtGui.QPen(QtGui.QColor("#444444"), 1))
    p.setBrush(QtGui.QColor(colour))
    if cross:
        p.setPen(QtGui.QPen(QtGui.QColor(colour), 3))
        p.drawLine(2, 2, size - 3, size - 3)
        p.drawLine(2, size - 3, size - 3, 2)
    else:
        p.drawEllipse(1, 1, size - 3, size - 3)
    p.end()
    return QtGui.QIcon(pix)
