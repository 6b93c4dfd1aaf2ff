"""The theory panel's numbers for one lane: the local quadratic model's eigenvalues, κ and
the kind of point, the stability meter (η·λmax against its limit), the predicted rate ρ,
"error ×0.1 every N steps" and, for the adaptive methods, κ before and after their
per-coordinate preconditioning. Fed an engine.theory.LocalAnalysis; it computes nothing.
"""
from __future__ import annotations

import math

from PySide6 import QtCore, QtGui, QtWidgets

RED, GREEN, TRACK = QtGui.QColor("#d62728"), QtGui.QColor("#2ca02c"), QtGui.QColor("#e6e6e6")


def fmt(x, digits: int = 4) -> str:
    """A number for the panel: 4 significant digits, ∞ for infinity, — for none."""
    if x is None:
        return "—"
    x = float(x)
    if math.isnan(x):
        return "—"
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    return f"{x:.{digits}g}".replace("-", "−")


class StabilityMeter(QtWidgets.QWidget):
    """A bar of η·λmax from 0 to 1.5× the limit, a tick at the limit; red from the limit on
    (at the limit itself ρ = 1: no convergence), green below it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.value = 0.0
        self.limit = 2.0
        self.active = False
        self._red = False
        self.setMinimumHeight(18)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)

    @property
    def red(self) -> bool:
        """At or past the stability limit: the bar is drawn red."""
        return self.active and self._red

    def set_value(self, value: float | None, limit: float | None, red: bool | None = None):
        """η·λmax and its limit (None: no meter for this optimizer). ``red``: the engine's
        own verdict (LocalAnalysis.unstable: η / stable_lr ≥ 1, so the bar agrees with ρ ≥ 1
        to the last bit); None compares value ≥ limit."""
        active = value is not None and limit is not None and math.isfinite(limit) and limit > 0
        new = (active, float(value) if active else 0.0, float(limit) if active else 2.0,
               bool(red) if red is not None else (active and float(value) >= float(limit)))
        if new != (self.active, self.value, self.limit, self._red):
            self.active, self.value, self.limit, self._red = new
            self.update()

    def sizeHint(self):
        return QtCore.QSize(160, 18)

    def paintEvent(self, _ev):
        p = QtGui.QPainter(self)
        r = self.rect().adjusted(1, 3, -1, -3)
        p.fillRect(r, TRACK)
        if self.active:
            top = 1.5 * self.limit
            frac = min(max(self.value / top, 0.0), 1.0) if math.isfinite(self.value) else 1.0
            if frac > 0:
                p.fillRect(QtCore.QRect(r.left(), r.top(), max(1, round(frac * r.width())), r.height()),
                           RED if self.red else GREEN)
            x = r.left() + round(r.width() / 1.5)
            p.setPen(QtGui.QPen(QtGui.QColor("#000000"), 2))
            p.drawLine(x, r.top() - 2, x, r.bottom() + 2)
        p.end()


class TheoryPanel(QtWidgets.QWidget):
    """Header (lane, exact or local), a grid of numbers and the stability meter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("theoryPanel")
        self.header = QtWidgets.QLabel()
        self.header.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.model_label = QtWidgets.QLabel()
        self.model_label.setObjectName("theoryModel")
        self.model_label.setWordWrap(True)
        self.model_label.setToolTip(self.tr(
            "exact: the surface is a quadratic, the model is the surface; local: the quadratic "
            "model (Taylor to second order) at the lane's point at the step shown"))
        grid = QtWidgets.QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QtWidgets.QLabel] = {}
        self.names: dict[str, QtWidgets.QLabel] = {}
        rows = [
            ("eigen", self.tr("λ₁, λ₂"), self.tr("The Hessian's eigenvalues, smallest first")),
            ("kappa", self.tr("κ"), self.tr("Condition number max|λ| / min|λ|")),
            ("kind", self.tr("point"), self.tr("The kind of point: where the gradient vanishes a minimum, "
                                               "saddle or maximum; elsewhere the shape of the curvature")),
            ("meter", self.tr("η·λmax"), self.tr("The step size times the largest curvature, against the "
                                                 "stability limit (the black tick): red at and past it")),
            ("rate", self.tr("ρ"), self.tr("Predicted contraction of the error per step (> 1: diverges)")),
            ("decade", self.tr("error ×0.1"), self.tr("Steps for the error to shrink tenfold at this rate "
                                                      "(never when ρ ≥ 1)")),
            ("precond", self.tr("κ → effective"),
             self.tr("κ before → after the optimizer's per-coordinate scaling D^(−½) H D^(−½): "
                     "the condition number it actually faces")),
        ]
        self.meter = StabilityMeter()
        self.meter_text = QtWidgets.QLabel()
        # two quantities a row (the meter a row of its own): the plots below need the height
        places = {"eigen": (0, 0), "kappa": (0, 2), "kind": (1, 0), "meter": (2, 0), "rate": (3, 0),
                  "decade": (3, 2), "precond": (4, 0)}
        wide = ("kind", "precond")   # a value across the row: long text wraps, never widens the dock
        for key, name, tip in rows:
            r, c = places[key]
            label = QtWidgets.QLabel(name)
            label.setToolTip(tip)
            self.names[key] = label
            grid.addWidget(label, r, c)
            if key == "meter":
                box = QtWidgets.QHBoxLayout()
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(self.meter, 1)
                box.addWidget(self.meter_text)
                grid.addLayout(box, r, 1, 1, 3)
                self.meter.setToolTip(tip)
                continue
            value = QtWidgets.QLabel()
            value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setToolTip(tip)
            self.values[key] = value
            if key in wide:
                value.setWordWrap(True)
                grid.addWidget(value, r, c + 1, 1, 3)
            else:
                grid.addWidget(value, r, c + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.header)
        layout.addWidget(self.model_label)
        layout.addLayout(grid)
        self.show_nothing(self.tr("Select a racing optimizer to see its theory."))

    def kind_text(self, kind: str) -> str:
        return {"minimum": self.tr("minimum"), "saddle": self.tr("saddle point"), "maximum": self.tr("maximum"),
                "flat": self.tr("flat"), "convex": self.tr("convex here (not yet a minimum)"),
                "saddle-shaped": self.tr("saddle-shaped here"), "concave": self.tr("concave here")}.get(kind, kind)

    def _set(self, key: str, text: str):
        label = self.values[key]
        if label.text() != text:
            label.setText(text)

    def _show_row(self, key: str, on: bool):
        self.names[key].setVisible(on)
        if key == "meter":
            self.meter.setVisible(on)
            self.meter_text.setVisible(on)
        else:
            self.values[key].setVisible(on)

    def show_nothing(self, message: str):
        self.header.setText(message)
        self.model_label.setText("")
        for key in self.values:
            self._set(key, "—")
        self.meter.set_value(None, None)
        self.meter_text.setText("")

    def show_lane(self, label: str, colour: str):
        text = f"<span style='color:{colour}; font-size:14pt'>●</span> <b>{label}</b>"
        if self.header.text() != text:
            self.header.setText(text)

    def show_analysis(self, a, step: int):
        """Show an engine.theory.LocalAnalysis computed at ``step``."""
        model = (self.tr("exact (the surface is a quadratic)") if a.exact
                 else self.tr("local (quadratic model at step {k})").format(k=step))
        if self.model_label.text() != model:
            self.model_label.setText(model)
        lam = a.eigenvalues
        self._set("eigen", f"{fmt(lam[0])}, {fmt(lam[1])}")
        self._set("kappa", fmt(a.condition))
        self._set("kind", self.kind_text(a.kind))
        has_rate = a.rate is not None
        for key in ("meter", "rate", "decade"):
            self._show_row(key, has_rate)
        if has_rate:
            value = a.lr * a.sharpness
            self.meter.set_value(value, a.limit, a.unstable)
            text = self.tr("{v} of {limit}").format(v=fmt(value, 3), limit=fmt(a.limit, 3))
            if self.meter_text.text() != text:
                self.meter_text.setText(text)
            self._set("rate", fmt(a.rate, 4) + (" > 1" if a.rate > 1 else ""))
            n = a.steps_per_decade
            self._set("decade", self.tr("never") if not math.isfinite(n)
                      else self.tr("every {n} steps").format(n=fmt(n, 3)))
        else:
            self.meter.set_value(None, None)
        pre = a.effective_condition is not None
        self._show_row("precond", pre)
        if pre:
            self._set("precond", f"{fmt(a.condition, 3)} → {fmt(a.effective_condition, 3)}")
