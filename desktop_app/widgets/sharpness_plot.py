"""The sharpness trace: λmax of the Hessian along the focused trail against the stability
edge limit/η (2/η for gradient descent; Cohen et al., "Gradient descent on neural networks
typically occurs at the edge of stability", ICLR 2021). Fed the numbers; computes nothing."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets


class SharpnessPlot(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent, background="w", enableMenu=False)
        self.setObjectName("sharpnessPlot")
        item = self.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=True, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTextPen("k")
            axis.setPen("k")
            axis.enableAutoSIPrefix(False)
        item.setLabel("left", self.tr("λmax"))
        item.setLabel("bottom", self.tr("step"))
        self.curve = pg.PlotCurveItem(pen=pg.mkPen("#1f77b4", width=2))
        self.edge = pg.InfiniteLine(angle=0, pen=pg.mkPen("#d62728", width=1.5, style=QtCore.Qt.PenStyle.DashLine),
                                    label=self.tr("limit/η"), labelOpts={"position": 0.1, "color": "#d62728"})
        self.now = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", width=1))
        for it in (self.curve, self.edge, self.now):
            item.addItem(it)
        self.setMinimumHeight(110)
        self._range = None

    def show_trace(self, steps: np.ndarray, sharp: np.ndarray, edge: float | None, colour: str):
        """λmax at ``steps``, the edge (None: no line) in the lane's colour, the range to fit both."""
        self.curve.setPen(pg.mkPen(colour, width=2))
        ok = np.isfinite(sharp)
        self.curve.setData(steps[ok], sharp[ok])
        values = sharp[ok]
        if edge is not None and np.isfinite(edge):
            self.edge.setValue(edge)
            self.edge.show()
            values = np.append(values, edge)
        else:
            self.edge.hide()
        last = float(steps[-1]) if len(steps) else 0.0
        self.now.setValue(last)
        if len(values):
            lo, hi = float(min(values.min(), 0.0)), float(values.max())
            span = max(hi - lo, 1e-9)
            x1 = max(last, 10.0)
            # the range moves in jumps (a new range regenerates both axes): when the data leave
            # it or fill less than half of it
            r = self._range
            if (r is None or x1 > r[1] or x1 < 0.5 * r[1] or lo < r[2] or hi > r[3]
                    or (hi - lo) < 0.5 * (r[3] - r[2])):
                self._range = r = (0.0, 1.25 * x1, lo, hi + 0.15 * span)
                self.getPlotItem().setRange(xRange=r[:2], yRange=r[2:], padding=0.02)

    def clear_trace(self):
        self._range = None
        self.curve.setData([], [])
        self.edge.hide()
