"""View → Show theory panel (Ctrl+H): why the focused optimizer zigzags, stalls or diverges,
in the numbers the course teaches, at the step the timeline shows.

* The panel: λ₁, λ₂, κ and the kind of point; η·λmax against the stability limit as a meter
  (red at and past it), the predicted rate ρ and "error ×0.1 every N steps"; for AdaGrad,
  RMSProp and Adam κ before and after their preconditioning. "exact" on a quadratic surface,
  "local (quadratic model at step k)" elsewhere (engine.theory.local).
* The phase diagram (widgets/phase_diagram.py): ρ over log η × μ for momentum and Nesterov,
  over η for gradient descent; dragging the dot sets the lane's η (and μ) through the
  controller's validated path, as the settings panel does, and the race goes on with its state.
* The sharpness trace: λmax along the focused trail against limit/η.
* The predicted envelope on the loss plot: from the step shown, f* + (f − f*)·ρ^(2k), dashed
  in the lane's colour (View → Predicted loss envelope; drawn while the dock is open).

The numbers are computed once per change of the focused lane's shown step (or its settings);
the diagram and the trace at most every HEAVY_S seconds while the race plays, immediately
when paused or scrubbed. A hidden dock computes nothing.
"""
from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from engine import theory

from desktop_app.features.base import Feature
from desktop_app.features.theory.analysis import FocusedAnalysis, envelope
from desktop_app.model.race import LOG_FLOOR
from desktop_app.widgets.phase_diagram import PhaseDiagram
from desktop_app.widgets.sharpness_plot import SharpnessPlot
from desktop_app.widgets.theory_panel import TheoryPanel

DOCK_ID, ENVELOPE_ID = "theory", "theory.envelope"
SHORTCUT = "Ctrl+H"  # H for the Hessian (Ctrl+K counts the next cost)
HEAVY_S = 0.1          # the diagram and the trace follow a playing race at 10 per second
TRACE_POINTS = 400     # the sharpness trace samples the trail at this many points at most
ENVELOPE_MIN_STEPS = 100


class TheoryDock(QtWidgets.QWidget):
    """The dock's content: numbers on top, then the phase diagram and the sharpness trace."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("theoryDock")
        self.panel = TheoryPanel()
        self.diagram = PhaseDiagram()
        self.sharpness = SharpnessPlot()
        trace = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(trace)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.trace_title = QtWidgets.QLabel(self.tr("λmax of the Hessian along the trail, against the edge limit/η"))
        self.trace_title.setWordWrap(True)
        box.addWidget(self.trace_title)
        box.addWidget(self.sharpness, 1)
        # one plot at a time gets the dock's height (at 1280x720 both at once were squeezed flat)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.diagram, self.tr("Phase diagram"))
        self.tabs.addTab(trace, self.tr("Sharpness"))
        self.diagram.setMinimumHeight(120)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.panel)
        layout.addWidget(self.tabs, 1)


class TheoryFeature(QtCore.QObject, Feature):
    name = "theory"

    def __init__(self):
        super().__init__()
        self.forced = False  # tests and benchmarks: compute as if the dock were on screen
        self._shown = None       # the snapshot on screen
        self._heavy_for = None   # the snapshot the diagram and trace show
        self._heavy_at = -math.inf
        self.diagram_for = None  # the entry key the phase diagram was drawn for
        self._pen_colour = None

    def install(self, api):
        self.api = api
        self.ctrl = ctrl = api.controller
        self.analysis = FocusedAnalysis(ctrl)
        self.view = TheoryDock()
        self.panel, self.diagram, self.trace = self.view.panel, self.view.diagram, self.view.sharpness
        self.dock = api.add_dock(DOCK_ID, self.tr("Theory"), self.view, area="right", tabify_with="settings",
                                 hidden=True, toggle_text=self.tr("Show t&heory panel"), shortcuts=SHORTCUT,
                                 menu="View", before="fullscreen")
        self.envelope_action = api.add_action(
            ENVELOPE_ID, self.tr("Predicted loss &envelope"), self._envelope_toggled, checkable=True,
            menu="View", before="fullscreen",
            tip=self.tr("With the theory panel open: the loss the local theory predicts from the step shown, "
                        "f* + (f − f*)·ρ^(2k), dashed on the loss plot"))
        self.curve = pg.PlotCurveItem(skipFiniteCheck=True)
        self.curve.hide()
        self.loss_plot = api.loss_plot
        self.loss_plot.addItem(self.curve)
        self.envelope_action.setChecked(True)
        self._heard: list[str] = []
        self.timer = QtCore.QTimer(self.view)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._heavy)
        for sig in (ctrl.sigStepped, ctrl.sigReset, ctrl.sigShownStepChanged, ctrl.sigFocusChanged,
                    ctrl.sigLanesChanged, ctrl.sigSurfaceChanged, ctrl.sigHyperparamsChanged):
            sig.connect(self.refresh)
        api.action("log_loss").toggled.connect(self._replot)
        self.dock.visibilityChanged.connect(self._visibility)
        self.dock.toggleViewAction().triggered.connect(self._toggled)
        self.diagram.sigDragged.connect(self.drag_to)
        self.diagram.sigReleased.connect(self._released)

    # -- following the race ----------------------------------------------------------------------
    @property
    def visible(self) -> bool:
        return self.forced or self.dock.isVisible()

    def _toggled(self, on):
        """Shown from the menu or its key: in front of the tabs it shares a place with."""
        if on and not self.dock.isFloating():
            self.dock.raise_()
            # the numbers and a readable diagram need more than the settings' share of the column
            self.api.resize_dock(DOCK_ID, height=max(self.dock.height(), int(0.7 * self.api.parent.height())))

    def _visibility(self, _on):
        self._shown = self._heavy_for = None
        self.refresh()

    def _envelope_toggled(self, _on):
        self._replot()

    def refresh(self, *_):
        """The numbers for the shown step (cheap, every change); the diagram and trace throttled."""
        if not self.visible:
            self.curve.hide()
            return
        snap = self.analysis.snapshot()
        if snap is self._shown:
            return
        self._shown = snap
        self._numbers(snap)
        self._replot()
        if not self.ctrl.playing or time.monotonic() - self._heavy_at >= HEAVY_S:
            self._heavy()
        elif not self.timer.isActive():
            self.timer.start(max(1, int(1000 * (HEAVY_S - (time.monotonic() - self._heavy_at)))))

    def _numbers(self, snap):
        p = self.panel
        if snap is None:
            p.show_nothing(self.tr("Select a racing optimizer to see its theory."))
            return
        p.show_lane(snap.entry.label, snap.entry.colour)
        if snap.analysis is None:
            p.show_nothing(self.tr("{lane}: no local model at step {k} ({why})").format(
                lane=snap.entry.label, k=snap.step, why=snap.error))
            return
        p.show_lane(snap.entry.label, snap.entry.colour)
        p.show_analysis(snap.analysis, snap.step)

    def _heavy(self):
        """The phase diagram and the sharpness trace for the snapshot shown."""
        self.timer.stop()
        snap = self._shown
        if snap is self._heavy_for:
            return
        self._heavy_for = snap
        self._heavy_at = time.monotonic()
        self._diagram(snap)
        self._trace(snap)

    def _diagram(self, snap):
        d = self.diagram
        if snap is None or snap.analysis is None:
            self.diagram_for = None
            d.show_message(self.tr("No lane in focus, or no local model here."))
            return
        a, entry = snap.analysis, snap.entry
        if entry.name not in theory.NAMES:
            d.show_message(self.tr("The phase diagram is for gradient descent, heavy-ball momentum and Nesterov "
                                   "(their rates are exact on a quadratic); {lane} has none.").format(lane=entry.label))
            return
        if not a.eigenvalues[0] > 0:
            d.show_message(self.tr("No minimum here: the local model has λ₁ = {lam} ≤ 0, the rates are for a "
                                   "minimum's neighbourhood.").format(lam=f"{a.eigenvalues[0]:.3g}"))
            return
        hp = entry.optimizer.hyperparams
        self.diagram_for = entry.key
        d.show_rates(entry.name, a.eigenvalues, float(hp["lr"]),
                     None if entry.name == "sgd" else float(hp["momentum"]),
                     float(hp.get("dampening", 0.0)) if entry.name == "momentum" else 0.0)

    def _trace(self, snap):
        if snap is None or snap.analysis is None:
            self.trace.clear_trace()
            return
        entry = snap.entry
        hist = entry.lane.history
        row = self.ctrl.shown_row(entry)
        idx = np.unique(np.linspace(0, row, min(row + 1, TRACE_POINTS)).astype(int))
        pts = hist.view("points")[idx]
        with np.errstate(all="ignore"):
            sharp = theory.sharpness(self.ctrl.surface, pts)
        a = snap.analysis
        edge = a.limit / a.lr if a.limit is not None and a.lr else None
        self.trace.show_trace(hist.view("steps")[idx].astype(float), np.asarray(sharp, dtype=float), edge,
                              entry.colour)

    # -- the envelope ------------------------------------------------------------------------------
    def _replot(self, *_):
        snap = self._shown
        curve = self.curve
        if not (self.visible and self.envelope_action.isChecked()) or snap is None:
            curve.hide()
            return
        steps = max(ENVELOPE_MIN_STEPS, min(5000, snap.step))
        env = envelope(snap, steps)
        if env is None:
            curve.hide()
            return
        k, f = env
        plot = self.loss_plot
        x = snap.step + k
        if plot.in_epochs:
            x = np.array([plot.x_of_step(s) for s in x])
        if plot.log:
            with np.errstate(all="ignore"):
                y = np.log10(np.maximum(f - self.ctrl.best_value, LOG_FLOOR))
        else:
            y = f
        if self._pen_colour != snap.entry.colour:
            self._pen_colour = snap.entry.colour
            curve.setPen(pg.mkPen(snap.entry.colour, width=2, style=QtCore.Qt.PenStyle.DashLine))
        curve.setData(np.asarray(x, dtype=float), y)
        curve.show()

    def envelope_data(self):
        """(x, y) of the envelope as drawn, or None when hidden (tests)."""
        if not self.curve.isVisible():
            return None
        x, y = self.curve.getData()
        return np.asarray(x), np.asarray(y)

    # -- dragging the diagram's dot ---------------------------------------------------------------
    def drag_to(self, lr: float, momentum) -> bool:
        """Set the focused lane's η (and μ) to a dragged position through the controller's
        validated path, as the settings panel does; a refusal is said (status bar and diagram)."""
        entry = self.ctrl.focused
        if entry is None or entry.key != self.diagram_for or self.diagram.name is None:
            return False  # the diagram is another lane's (it follows the focus at its next refresh)
        values = {"lr": lr} if momentum is None else {"lr": lr, "momentum": momentum}
        self._heard.clear()
        self.ctrl.sigStatus.connect(self._hear)
        try:
            ok = self.ctrl.set_hyperparams(entry.key, **values)
        finally:
            self.ctrl.sigStatus.disconnect(self._hear)
        self.diagram.show_refusal(None if ok else (self._heard[-1] if self._heard else self.tr("Refused")))
        return ok

    def _hear(self, text):
        self._heard.append(text)

    def _released(self):
        """The dot goes back to the lane's real setting (where a refused drag left it)."""
        entry = self.ctrl.focused
        if entry is not None and entry.key == self.diagram_for and self.diagram.name is not None:
            hp = entry.optimizer.hyperparams
            self.diagram.set_setting(float(hp["lr"]), None if entry.name == "sgd" else float(hp["momentum"]))

    def shutdown(self):
        self.timer.stop()
        ctrl = self.ctrl
        for sig in (ctrl.sigStepped, ctrl.sigReset, ctrl.sigShownStepChanged, ctrl.sigFocusChanged,
                    ctrl.sigLanesChanged, ctrl.sigSurfaceChanged, ctrl.sigHyperparamsChanged):
            try:
                sig.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass
        self.loss_plot.removeItem(self.curve)
