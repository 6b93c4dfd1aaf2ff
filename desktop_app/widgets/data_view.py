"""The data view: a data surface's examples and the focused lane's model at the step shown.

Beside the map, for linear_regression, logistic_regression and tiny_network: the examples
(grey dots, in the feature's own units), the model at the focused optimizer's current
parameters (its colour: the regression line, the sigmoid, the network's output), the
best fit (the surface's exact minimum, dashed) and the examples of the minibatch that
step used (orange rings). It follows the race and the timeline; hidden, it does nothing.
Views compute no math: the curve is the surface's own ``predict`` (geometry/data_fit.py).
"""
from __future__ import annotations

import html
import time

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from desktop_app.geometry import data_fit

BATCH_COLOUR = "#E66100"
POINT_COLOUR = (90, 90, 90, 160)
BEST_COLOUR = "#555555"
PLAYING_REFRESH_S = 1 / 30  # while the race plays: at most 30 redraws a second


class DataView(QtWidgets.QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        self.title = QtWidgets.QLabel()
        self.title.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w", enableMenu=False)
        self.plot.setMinimumSize(160, 120)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTextPen("k")
            axis.setPen("k")
            axis.enableAutoSIPrefix(False)
        self.points = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(*POINT_COLOUR))
        self.batch = pg.ScatterPlotItem(size=10, brush=None, pen=pg.mkPen(BATCH_COLOUR, width=1.8))
        best_pen = pg.mkPen(BEST_COLOUR, width=1.2)
        best_pen.setStyle(QtCore.Qt.PenStyle.DashLine)
        self.best = pg.PlotCurveItem(pen=best_pen)
        self.fit = pg.PlotCurveItem(pen=pg.mkPen("k", width=2.5))
        for it in (self.points, self.best, self.fit, self.batch):
            item.addItem(it)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self._surface = None
        c = controller
        c.sigSurfaceChanged.connect(self._surface_changed)
        self._last = 0.0
        c.sigStepped.connect(self._stepped)
        for sig in (c.sigReset, c.sigShownStepChanged, c.sigFocusChanged, c.sigLanesChanged):
            sig.connect(self.refresh)
        if hasattr(c, "sigPlayingChanged"):  # paused: the last step drawn at once
            c.sigPlayingChanged.connect(lambda _playing: self.refresh())
        c.sigHyperparamsChanged.connect(lambda _key: self.refresh())
        c.sigReadout.connect(self.refresh)
        self._surface_changed()

    # -- drawing -------------------------------------------------------------------------
    def showEvent(self, ev):
        super().showEvent(ev)
        self._surface_changed()

    def _surface_changed(self):
        """New data: the examples, the best fit and the axes."""
        surface = self.ctrl.surface
        if not self.ctrl.is_data:
            self._surface = None
            for it in (self.points, self.best, self.fit, self.batch):
                it.setData([], [])
            self.title.setText(self.tr("<i>No data: pick linear_regression, logistic_regression or tiny_network</i>"))
            return
        if not self.isVisible() and self._surface is not None:
            return
        self._surface = surface
        xs, ys = data_fit.examples(surface)
        self.points.setData(xs, ys)
        best = data_fit.fit_curve(surface, surface.minima[0])
        self.best.setData(*(best if best is not None else ([], [])))
        item = self.plot.getPlotItem()
        style = {"color": "#000", "font-size": "9pt"}
        item.setLabel("bottom", surface.feature, **style)
        # the target's name is long ("disease progression after one year"): above the plot,
        # where the width is, not along a short vertical axis
        self._plot_title = None
        lo, hi = data_fit.x_range(surface)
        y_lo, y_hi = float(ys.min()), float(ys.max())
        if best is not None:
            y_lo, y_hi = min(y_lo, float(best[1].min())), max(y_hi, float(best[1].max()))
        pad = 0.08 * max(y_hi - y_lo, 1e-9)
        item.getViewBox().setRange(xRange=(lo, hi), yRange=(y_lo - pad, y_hi + pad), padding=0)
        self.refresh()

    def _stepped(self):
        if getattr(self.ctrl, "playing", False) and time.perf_counter() - self._last < PLAYING_REFRESH_S:
            return
        self.refresh()

    def refresh(self):
        if self._surface is None or not self.isVisible():
            return
        self._last = time.perf_counter()
        if self._surface is not self.ctrl.surface:
            self._surface_changed()
            return
        entry = self.ctrl.focused
        if entry is None or entry.lane is None:
            self.fit.setData([], [])
            self.batch.setData([], [])
            if entry is None:
                self.title.setText(self.tr("<i>No optimizer in focus</i>"))
            else:  # as the legend and the update-rule panel say
                self.title.setText(self.tr("<b>{0}</b>: not racing (tick it to race)").format(html.escape(entry.label)))
            return
        row = self.ctrl.shown_row(entry)
        point = entry.lane.history.view("points")[row]
        step = int(entry.lane.history.view("steps")[row])
        curve = data_fit.fit_curve(self._surface, point)
        self.fit.setPen(pg.mkPen(entry.colour, width=2.5))
        self.fit.setData(*(curve if curve is not None else ([], [])))
        idx = self.ctrl.minibatch_at(entry, step)
        if idx is None:
            self.batch.setData([], [])
        else:
            xs, ys = data_fit.examples(self._surface)
            self.batch.setData(xs[idx], ys[idx])
        # the curve moves with the race (30 times a second); the title's numbers are the
        # readout's, as every number on screen (model/readout.py)
        read = self.ctrl.readout_row(entry)
        title = self._title(entry, entry.lane.history.view("points")[read],
                            int(entry.lane.history.view("steps")[read]))
        if title != self.title.text():
            self.title.setText(title)
        self._set_plot_title(idx)

    def _title(self, entry, point, step) -> str:
        """One line where it fits: whose model, the step and epoch, the parameters."""
        s = self._surface
        a0, a1 = (name.split(" ")[0] for name in s.axes)
        text = (f"<span style='color:{entry.colour}'>●</span> <b>{html.escape(QtCore.QCoreApplication.translate('scenario', entry.label))}</b>  "
                + self.tr("step {0}").format(step))
        epochs = self.ctrl.epochs_at(entry, step)
        if epochs is not None:
            text += " · " + self.tr("epoch {0:.2f}").format(epochs)
        return text + f" · {a0} = {point[0]:.4g}, {a1} = {point[1]:.4g}"

    def _set_plot_title(self, idx):
        """The target's name (long: above the plot, where the width is) and the key."""
        s = self._surface
        key = "<span style='color:#555'>┄ " + self.tr("best fit") + "</span>"
        if idx is not None:
            key += f"  <span style='color:{BATCH_COLOUR}'>○</span> " + self.tr("batch {0}/{1}").format(len(idx), s.n_examples)
        text = f"↑ {html.escape(s.target)}   {key}"
        if text != self._plot_title:
            self._plot_title = text
            self.plot.getPlotItem().setTitle(text, color="#000", size="8pt", justify="left")

    def fit_data(self) -> tuple[np.ndarray, np.ndarray]:
        """What the fit curve shows (x in the feature's units, the model's output)."""
        x, y = self.fit.getData()
        return (np.zeros(0), np.zeros(0)) if x is None else (np.asarray(x), np.asarray(y))

    def sizeHint(self):
        return QtCore.QSize(320, 240)

