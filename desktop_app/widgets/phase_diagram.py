"""Goh's phase diagram, live ("Why Momentum Really Works", Distill 2017): the predicted rate
ρ over log η × μ for a momentum or Nesterov lane as a heat map (a curve over η for plain
gradient descent), the divergence region (ρ ≥ 1) in grey, the optimum starred and the lane's
setting as a dot that can be dragged. The widget computes the grid (engine.theory.rate_grid,
into buffers it keeps) and reports drags; who owns the lane decides whether a position is
accepted (sigDragged) and puts the dot where the lane really is (set_setting).
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from engine import theory

N_LR, N_MU = 200, 200
MU_MAX = 0.995
DIVERGED = (150, 150, 150, 255)
SGD_TOP = 1.5  # the SGD curve's y range: ρ from 0 to this


SLOWEST = 3.0  # decades of 1 − ρ the colours span: ρ = 0 bright ... ρ ≥ 0.999 dark


def rate_lut() -> np.ndarray:
    """257 RGBA rows: 1 − ρ on a log scale from bright (fast) to dark (slow), row 256 diverged."""
    lut = pg.colormap.get("viridis").getLookupTable(nPts=256, alpha=True)[::-1]
    return np.vstack([lut, np.array(DIVERGED, dtype=np.ubyte)]).astype(np.ubyte)


def lr_window(lam_max: float, kappa: float, lr: float | None) -> tuple[float, float]:
    """log10 of the η range shown: up to 1.5× the largest stable η of heavy ball (4/λmax),
    down 3 to 6 decades as κ asks, widened to hold the lane's own η."""
    hi = math.log10(6.0 / lam_max)
    lo = hi - min(max(math.log10(max(kappa, 1.0)) + 1.0, 2.5), 5.0)
    if lr is not None and lr > 0 and math.isfinite(lr):
        x = math.log10(lr)
        lo, hi = min(lo, x - 0.5), max(hi, x + 0.5)
    return lo, hi


class PhaseDiagram(QtWidgets.QWidget):
    sigDragged = QtCore.Signal(float, object)  # lr, momentum (None for gradient descent)
    sigReleased = QtCore.Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("phaseDiagram")
        self.plot = pg.PlotWidget(background="w", enableMenu=False)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTextPen("k")
            axis.setPen("k")
            axis.enableAutoSIPrefix(False)
        item.getAxis("bottom").setLogMode(True)  # x is log10 η; the ticks read η
        self.image = pg.ImageItem(axisOrder="col-major")
        self.curve = pg.PlotCurveItem(pen=pg.mkPen("#1f77b4", width=2))
        self.region = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(*DIVERGED[:3], 110),
                                          pen=pg.mkPen(None))
        self.one = pg.InfiniteLine(pos=1.0, angle=0, pen=pg.mkPen("#555555", style=QtCore.Qt.PenStyle.DashLine))
        # a TargetItem, not a one-point ScatterPlotItem: moving it is cheap (setData was ~0.5 ms)
        self.star = pg.TargetItem(symbol="star", size=18, movable=False, brush=pg.mkBrush("#ffd700"),
                                  pen=pg.mkPen("#000000", width=1))
        self.dot = pg.TargetItem(size=14, movable=True, pen=pg.mkPen("#000000", width=2),
                                 brush=pg.mkBrush("#ffffff"))
        for it in (self.image, self.curve, self.region, self.one, self.star, self.dot):
            item.addItem(it)
        self.dot.setZValue(20)
        self.star.setZValue(15)
        self.caption = QtWidgets.QLabel()
        self.caption.setWordWrap(True)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00000;")
        self.message.hide()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.message)
        layout.addStretch(0)
        self.lut = rate_lut()
        self.mus = np.linspace(0.0, MU_MAX, N_MU)
        self.rho = np.empty((N_LR, N_MU))       # reused every recompute
        self.scaled = np.empty((N_LR, N_MU))
        self.diverged = np.empty((N_LR, N_MU), dtype=bool)
        self.index = np.empty((N_LR, N_MU), dtype=np.intp)
        self.rgba = np.empty((N_LR, N_MU, 4), dtype=np.ubyte)
        self.name: str | None = None
        self.lam: np.ndarray | None = None
        self.dampening = 0.0
        self.window: tuple[float, float] | None = None  # log10 η range shown
        self.lrs = np.empty(N_LR)
        self.setting: tuple[float, float | None] | None = None
        self.dragging = False
        self._mode = None
        self.recomputed = 0
        self.dot.sigPositionChanged.connect(self._moved)
        self.dot.sigPositionChangeFinished.connect(self._finished)
        self._placing = False
        self.show_message(self.tr("No lane in focus."))

    # -- what it shows -----------------------------------------------------------------------
    def show_message(self, text: str):
        """No diagram (another optimizer, no minimum here...): the text says why."""
        self.name = None
        self.lam = None
        for it in (self.image, self.curve, self.region, self.one, self.star, self.dot):
            it.hide()
        self.plot.hide()   # empty axes would look like a diagram that failed to draw
        self.setToolTip("")
        self.caption.setText(text)

    def show_refusal(self, text: str | None):
        """A dragged position the lane refused, and why (None: clear)."""
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def show_rates(self, name: str, eigenvalues, lr: float, momentum: float | None, dampening: float = 0.0):
        """The diagram of ``name`` on a quadratic with these (positive) eigenvalues, and the
        lane's setting. Recomputes the grid only when the eigenvalues, the method or the η
        range changed."""
        lam = np.asarray(eigenvalues, dtype=float)
        kappa = float(lam.max() / lam.min())
        window = self.window
        wanted = lr_window(float(lam.max()), kappa, lr)
        if window is None or name != self.name or not self.dragging and (
                abs(wanted[1] - window[1]) > 0.2 or wanted[0] < window[0] - 0.5 or wanted[0] > window[0] + 0.5
                or not window[0] <= math.log10(lr) <= window[1]):
            window = wanted
        same = (name == self.name and window == self.window and self.lam is not None
                and np.array_equal(lam, self.lam) and dampening == self.dampening)
        if not same:
            self.name, self.lam, self.dampening, self.window = name, lam.copy(), float(dampening), window
            self.lrs = np.logspace(window[0], window[1], N_LR)
            self.recompute()
        self.set_setting(lr, momentum)

    def recompute(self):
        """The grid (or curve) for the current eigenvalues, into the kept buffers."""
        self.recomputed += 1
        self.plot.show()
        name, lam, (x0, x1) = self.name, self.lam, self.window
        item = self.plot.getPlotItem()
        best = theory.optimal(name, lam)
        if name == "sgd":
            rho = theory.rate_grid("sgd", lam, lr=self.lrs, out=self.rho[:, 0])
            self.image.hide()
            self.curve.setData(np.log10(self.lrs), np.minimum(rho, SGD_TOP))
            edge = math.log10(theory.stable_lr("sgd", lam))
            self.region.setRegion((edge, max(edge, x1)))
            for it in (self.curve, self.region, self.one):
                it.show()
            self._labels("sgd")
            item.setRange(xRange=(x0, x1), yRange=(0.0, SGD_TOP), padding=0)
            self.star.setPos(math.log10(best["lr"]), best["rate"])
            self.caption.setText(self.tr("★ tuned η = {lr}, ρ = {rate} · grey diverges").format(
                lr=f"{best['lr']:.3g}", rate=f"{best['rate']:.3g}"))
            self.setToolTip(self.tr("Gradient descent: the predicted rate ρ against η (log scale); grey from "
                                    "η = 2/λmax on, where ρ ≥ 1 and it diverges. The star is the tuned "
                                    "η = 2/(λ₁ + λ₂). Drag the dot to set the lane's η while it races."))
        else:
            hp = {"dampening": self.dampening} if name == "momentum" and self.dampening else {}
            rho = theory.rate_grid(name, lam, lr=self.lrs[:, None], momentum=self.mus[None, :], out=self.rho, **hp)
            self.paint(rho)
            self.image.setImage(self.rgba, autoLevels=False)
            self.image.setRect(QtCore.QRectF(x0, 0.0, x1 - x0, MU_MAX))
            for it in (self.curve, self.region, self.one):
                it.hide()
            self.image.show()
            self._labels("momentum")
            item.setRange(xRange=(x0, x1), yRange=(0.0, MU_MAX), padding=0)
            self.star.setPos(math.log10(best["lr"]), best["momentum"])
            title = "Nesterov" if name == "nesterov" else self.tr("Heavy ball")
            self.caption.setText(self.tr("★ {title}: η = {lr}, μ = {mu}, ρ = {rate} · grey diverges")
                                 .format(title=title, lr=f"{best['lr']:.3g}", mu=f"{best['momentum']:.3g}",
                                         rate=f"{best['rate']:.3g}"))
            self.setToolTip(self.tr("{title}: the predicted rate ρ over η (log scale) and μ for the local "
                                    "quadratic model; colour −log(1 − ρ): bright converges in few steps, dark in "
                                    "many, grey ρ ≥ 1 diverges. The star is the optimum; drag the dot to set the "
                                    "lane's η and μ while it races.").format(title=title))
        self.star.show()

    def _labels(self, mode: str):
        """The axes' titles, set only when the kind of diagram changes (a title costs ~0.3 ms)."""
        if mode != self._mode:
            self._mode = mode
            item = self.plot.getPlotItem()
            item.setLabel("left", self.tr("ρ") if mode == "sgd" else self.tr("μ"))
            item.setLabel("bottom", self.tr("η (log scale)"))

    def paint(self, rho: np.ndarray):
        """ρ → colours: the lookup row of −log10(1 − ρ) over SLOWEST decades (near ρ = 1, where
        a badly conditioned problem spends most of the diagram, the colours still differ:
        the steps per decade are ∝ 1/(1 − ρ)); ρ ≥ 1 grey. All in the kept buffers."""
        idx, scaled = self.index, self.scaled
        np.subtract(1.0, rho, out=scaled)
        np.maximum(scaled, 10.0 ** -SLOWEST, out=scaled)
        np.log10(scaled, out=scaled)
        scaled *= -255.99 / SLOWEST              # 0 (ρ = 0) ... 255.99 (ρ ≥ 0.999)
        np.minimum(scaled, 255.99, out=scaled)
        idx[...] = scaled
        np.greater_equal(rho, 1.0, out=self.diverged)
        np.putmask(idx, self.diverged, 256)
        np.take(self.lut, idx, axis=0, out=self.rgba)

    def set_setting(self, lr: float, momentum: float | None):
        """Put the dot on the lane's setting (not a drag: nothing is emitted)."""
        self.setting = (float(lr), None if momentum is None else float(momentum))
        y = self.y_of(lr, momentum)
        pos = self.dot.pos()
        x = math.log10(lr)
        # where the dot already stands for exactly these values (a drag just set them), it stays
        # where the drag put it rather than at log10(lr), which need not round-trip in general
        if self.values_at(pos.x(), pos.y())[0] == self.setting[0] and (momentum is None or pos.y() == momentum):
            x = pos.x()
        self._placing = True
        try:
            self.dot.setPos(x, y)
        finally:
            self._placing = False
        self.dot.show()

    def y_of(self, lr: float, momentum: float | None) -> float:
        if self.name == "sgd" or momentum is None:
            return min(theory.rate("sgd", self.lam, lr=lr), SGD_TOP) if self.lam is not None else 0.0
        return float(momentum)

    def values_at(self, x: float, y: float) -> tuple[float, float | None]:
        """The (lr, momentum) a position of the dot stands for (momentum None for gradient descent)."""
        return 10.0 ** float(x), (None if self.name == "sgd" else float(y))

    # -- dragging ------------------------------------------------------------------------------
    def _moved(self, *_):
        if self._placing or self.name is None:
            return
        self.dragging = True
        pos = self.dot.pos()
        lr, mu = self.values_at(pos.x(), pos.y())
        self.sigDragged.emit(lr, mu)

    def _finished(self, *_):
        self.dragging = False
        self.sigReleased.emit()
