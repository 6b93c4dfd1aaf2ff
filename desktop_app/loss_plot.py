"""Loss against step, one curve per racing optimizer; log scale shows f − f* instead."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtGui

from .decimate import Decimator, cell_size


class LossPlot(pg.PlotWidget):
    def __init__(self, controller, parent=None, font_size: int = 10):
        super().__init__(parent, background="w")
        self.ctrl = controller
        self.log = False
        self.curves: dict[int, pg.PlotDataItem] = {}
        self._decimators: dict[int, Decimator] = {}
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.25)
        font = QtGui.QFont()
        font.setPointSize(font_size)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen("k")
            axis.setPen("k")
            axis.enableAutoSIPrefix(False)
        self._style = {"font-size": f"{font_size + 1}pt", "color": "#000"}
        item.setLabel("bottom", "step", **self._style)
        self._label()
        controller.sigLanesChanged.connect(self.rebuild)
        controller.sigReset.connect(self.refresh)
        controller.sigStepped.connect(self.refresh)
        controller.sigSurfaceChanged.connect(self.refresh)
        self.rebuild()

    def _label(self):
        self.getPlotItem().setLabel("left", "f − f*  (log scale)" if self.log else "loss f", **self._style)
        self.getPlotItem().getAxis("left").setLogMode(self.log)

    def set_log(self, log: bool):
        self.log = bool(log)
        self._label()
        for d in self._decimators.values():
            d.clear()
        self.refresh()
        self.getPlotItem().enableAutoRange()

    def rebuild(self):
        active = {e.key: e for e in self.ctrl.active}
        for key in list(self.curves):
            if key not in active:
                self.removeItem(self.curves.pop(key))
                self._decimators.pop(key)
        for key, entry in active.items():
            if key not in self.curves:
                curve = pg.PlotDataItem(skipFiniteCheck=True)
                self.addItem(curve)
                self.curves[key] = curve
                self._decimators[key] = Decimator()
            self.curves[key].setPen(pg.mkPen(entry.colour, width=1))
        self.refresh()

    def refresh(self):
        px, py = self.getPlotItem().getViewBox().viewPixelSize()
        cell = (cell_size(px), cell_size(py))
        for entry in self.ctrl.active:
            curve = self.curves.get(entry.key)
            if curve is None:
                continue
            x, y = self._decimators[entry.key].update(self.ctrl.loss_series(entry, self.log), cell)
            curve.setData(x, y)

