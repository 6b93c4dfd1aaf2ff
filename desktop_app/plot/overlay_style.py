"""How the overlays look: the two colour themes (light; high contrast on black) and the
small item factories every overlay uses. Arrows and ellipses have a handful of vertices
each, so their pen width costs nothing (unlike trails: DESIGN.md's pen-width trap).
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore

LIGHT = {"gradient": "#D62728", "velocity": "#2CA02C", "step": "#1F4FD8", "lookahead": "#1F4FD8",
         "ellipse": "#8E44AD", "circle": "#555555", "newton": "#6A3D9A", "estimate": "#E66100",
         "true": "#000000", "eigen_pos": "#000000", "eigen_neg": "#E66100", "polyak": "#B8860B",
         "text": "#000000", "fill": (255, 255, 255, 215)}
DARK = {**LIGHT, "gradient": "#FF5A5A", "velocity": "#5BE35B", "step": "#6FA8FF", "lookahead": "#6FA8FF",
        "ellipse": "#E08BFF", "circle": "#BBBBBB", "newton": "#C9A0FF", "estimate": "#FFB000",
        "true": "#FFFFFF", "eigen_pos": "#FFFFFF", "eigen_neg": "#FFB000", "polyak": "#FFD700",
        "text": "#FFFFFF", "fill": (0, 0, 0, 215)}


def curve(colour, width=2.0, dashed=False) -> pg.PlotCurveItem:
    pen = pg.mkPen(colour, width=width)
    if dashed:
        pen.setStyle(QtCore.Qt.PenStyle.DashLine)
    return pg.PlotCurveItem(pen=pen, connect="finite", skipFiniteCheck=True)


def halo(width) -> pg.PlotCurveItem:
    """A white band under a line, so it reads over a tangle of trails."""
    return pg.PlotCurveItem(pen=pg.mkPen((255, 255, 255, 200), width=width + 3), connect="finite",
                            skipFiniteCheck=True)


def arrow_head(colour, size: float = 16) -> pg.ArrowItem:
    """A head of constant size on screen (pxMode), placed at an arrow's tip."""
    return pg.ArrowItem(headLen=size, tipAngle=32, tailLen=None, pen=pg.mkPen(colour), brush=pg.mkBrush(colour))
