"""Overlays that explain the motion of the optimizer under focus, each one toggled.

    overlays = Overlays(canvas, controller)
    overlays.set_enabled("gradient", True)

For the step that reached the focused lane's shown point (the live end, or where the
timeline scrubbed to), drawn from where that step started: gradient step -η∇f (red),
velocity or first moment (green), the step taken (blue, ending on the marker), as in
the classic lecture figure; Nesterov's look-ahead point; the per-coordinate effective
step of AdaGrad/RMSProp/Adam as an ellipse (dashed: the same η without per-coordinate
scaling); Newton's local quadratic model as contours (×: its stationary point); BFGS's
inverse-Hessian ellipse (dashed: the true one); the running Polyak average; and the
Hessian probe (hessian_probe.py) at the cursor or a pinned point.

All geometry comes from geometry/overlays.py (Qt-free, engine math); this module only keeps
the graphics items up to date. The window's Overlays menu is features/overlays.py; the
offscreen recorder uses this class directly. A small legend on the canvas says what is drawn and the
arrows' display scale (overlay_geometry explains the scale).
"""
from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from desktop_app.geometry import overlays as geo
from desktop_app.plot.hessian_probe import HessianProbe
from desktop_app.plot.overlay_style import DARK, LIGHT, arrow_head, curve, halo

# name, menu text, shortcut
OVERLAYS = (
    ("gradient", QtCore.QT_TRANSLATE_NOOP("Overlays", "&Gradient step −η∇f (red)"), "Shift+G"),
    ("velocity", QtCore.QT_TRANSLATE_NOOP("Overlays", "&Velocity / first moment (green)"), "Shift+V"),
    ("step", QtCore.QT_TRANSLATE_NOOP("Overlays", "&Step taken (blue)"), "Shift+S"),
    ("lookahead", QtCore.QT_TRANSLATE_NOOP("Overlays", "Nesterov &look-ahead point"), "Shift+A"),
    ("precondition_ellipse", QtCore.QT_TRANSLATE_NOOP("Overlays", "&Effective-step ellipse (AdaGrad, RMSProp, Adam)"), "Shift+E"),
    ("newton_model", QtCore.QT_TRANSLATE_NOOP("Overlays", "&Newton's quadratic model"), "Shift+N"),
    ("bfgs_ellipse", QtCore.QT_TRANSLATE_NOOP("Overlays", "&BFGS inverse-Hessian ellipse"), "Shift+I"),
    ("hessian_eigen", QtCore.QT_TRANSLATE_NOOP("Overlays", "&Hessian eigen-directions at the cursor"), "Shift+H"),
    ("polyak_average", QtCore.QT_TRANSLATE_NOOP("Overlays", "&Polyak average"), "Shift+P"),
)
NAMES = tuple(name for name, _, _ in OVERLAYS)
ARROWS = ("gradient", "velocity", "step")
ARROW_TEXT = {"gradient": "−η∇f", "velocity": QtCore.QT_TRANSLATE_NOOP("Overlays", "velocity"), "step": QtCore.QT_TRANSLATE_NOOP("Overlays", "step")}
BFGS_SIZE = 0.25  # the ellipses' longer semi-axis, of the view's width: the eigen-arrows fit inside
NEWTON_HALF = 0.25
POLYAK_BURN_IN = 0
# Arrows often coincide (SGD's step is its gradient step, heavy ball's its velocity):
# nested widths and head sizes keep each colour visible around the next.
# A handful of vertices each: width costs nothing here (unlike trails).
ARROW_WIDTH = {"gradient": 6.0, "velocity": 4.0, "step": 2.0}
ARROW_HEAD = {"gradient": 22, "velocity": 18, "step": 14}
POLYAK_WIDTH = 2.5
POLYAK_WIDE_MAX = 5000  # past this many points the average's line is drawn 1 px (DESIGN.md's pen trap)


class Overlays(QtCore.QObject):
    sigChanged = QtCore.Signal()  # which overlays are on

    def __init__(self, canvas, controller, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.ctrl = controller
        self.enabled: set[str] = set()
        self.scale = 1.0
        self.polyak_burn_in = POLYAK_BURN_IN
        self.legend_step = True  # the legend names the step (a film has its own counter: a GIF
                                 # then stores the legend once, not a strip that changes every frame)
        self.colours = dict(LIGHT)
        self.external: dict[str, tuple] = {}  # name -> (set_on(bool), is_on()): drawn elsewhere
        self.items: dict[str, QtWidgets.QGraphicsItem] = {}
        self.probe = HessianProbe(canvas, self)
        self._make_items()
        self.legend = pg.TextItem("", anchor=(0, 1))
        self.legend.setZValue(60)
        self.legend.hide()
        canvas.legend_band.hold(self.legend)  # under the plot, like the caption above it: never over the race
        c = controller
        for sig in (c.sigStepped, c.sigReset, c.sigFocusChanged, c.sigLanesChanged, c.sigSurfaceChanged):
            sig.connect(self.refresh)
        c.sigShownStepChanged.connect(self._jumped)
        c.sigHyperparamsChanged.connect(lambda _key: self.refresh())
        c.sigSetupLoaded.connect(self._setup_loaded)
        c.sigReadout.connect(self._read)  # the legend's step is the readout's, as every number's
        canvas.vb.sigRangeChanged.connect(lambda *_: self.refresh())
        self.probe.sigMoved.connect(lambda: self.refresh() if self._on("hessian_eigen") else None)

    # -- items -------------------------------------------------------------------------
    def _add(self, key, item, z):
        item.hide()
        self.items[key] = item
        self.canvas.add_overlay(f"explain.{key}", item, z)

    def _make_items(self):
        col = self.colours
        self.items.clear()
        for name in ARROWS:
            self._add(f"{name}.halo", halo(ARROW_WIDTH[name]), 2.5)
            self._add(f"{name}.shaft", curve(col[name], ARROW_WIDTH[name]), 3 + 0.1 * ARROWS.index(name))
            self._add(f"{name}.head", arrow_head(col[name], ARROW_HEAD[name]), 4 + 0.1 * ARROWS.index(name))
        self._add("lookahead.line", curve(col["lookahead"], 1.5, dashed=True), 2)
        self._add("lookahead.point", pg.ScatterPlotItem(symbol="o", size=14, brush=None,
                                                        pen=pg.mkPen(col["lookahead"], width=2.5)), 4)
        self._add("precondition_ellipse.circle", curve(col["circle"], 1.5, dashed=True), 1)
        self._add("precondition_ellipse.ellipse", curve(col["ellipse"], 2.5), 1)
        self._add("newton_model.lines", curve(col["newton"], 1.2), 0)
        self._add("newton_model.origin_level", curve(col["newton"], 2.5), 0)
        self._add("newton_model.target", pg.ScatterPlotItem(symbol="x", size=16, brush=pg.mkBrush(col["newton"]),
                                                            pen=pg.mkPen(col["newton"], width=1)), 4)
        self._add("bfgs_ellipse.estimate", curve(col["estimate"], 3.0), 1)
        self._add("bfgs_ellipse.true", curve(col["true"], 1.5, dashed=True), 1.5)  # dashes show on top
        self._add("polyak_average.halo", halo(POLYAK_WIDTH), 1.5)
        self._add("polyak_average.trail", curve(col["polyak"], POLYAK_WIDTH), 2)
        self._add("polyak_average.point", pg.ScatterPlotItem(symbol="star", size=30, brush=pg.mkBrush(col["polyak"]),
                                                             pen=pg.mkPen("w", width=2)), 4)
        self.probe.make_items(col)

    def set_high_contrast(self, on: bool):
        """Colours that read on a black canvas (presenter mode)."""
        self.colours = dict(DARK if on else LIGHT)
        for key in list(self.items):
            self.canvas.remove_overlay(f"explain.{key}")
        self._make_items()
        self.refresh()

    # -- switching -----------------------------------------------------------------------
    def set_enabled(self, name: str, on: bool):
        if name not in NAMES:
            raise ValueError(f"Unknown overlay {name!r}; expected one of {', '.join(NAMES)}")
        if (name in self.enabled) != bool(on):
            self.enabled.symmetric_difference_update({name})
            self.sigChanged.emit()
            self.refresh()

    def register(self, name: str, set_on, is_on):
        """An overlay another module draws (the basin map): scenarios and saved setups
        switch it through :meth:`set_only` like the ones drawn here."""
        self.external[name] = (set_on, is_on)

    def unregister(self, name: str):
        """Forget an overlay registered by :meth:`register` (its feature is being removed)."""
        self.external.pop(name, None)

    def names_on(self) -> list[str]:
        return [n for n in NAMES if n in self.enabled] + [n for n, (_, is_on) in self.external.items() if is_on()]

    def set_only(self, names):
        """Exactly these overlays; names nobody draws are skipped."""
        names = [str(n) for n in names]
        for name, (set_on, is_on) in self.external.items():
            if (name in names) != bool(is_on()):
                set_on(name in names)
        wanted = {n for n in names if n in NAMES}
        if wanted != self.enabled:
            self.enabled = wanted
            self.sigChanged.emit()
        self.refresh()

    def _setup_loaded(self, setup):
        view = setup.view if isinstance(setup.view, dict) else {}
        burn_in = view.get("polyak_burn_in", POLYAK_BURN_IN)
        self.polyak_burn_in = burn_in if isinstance(burn_in, int) and burn_in >= 0 else POLYAK_BURN_IN
        self.probe.pinned = None
        self.scale = 1.0
        self.set_only(view.get("overlays", []))

    # -- drawing ------------------------------------------------------------------------
    def _extent(self) -> float:
        (x0, x1), (y0, y1) = self.canvas.vb.viewRange()
        return max(min(x1 - x0, y1 - y0), 1e-12)

    def refresh(self):
        self._missing: set[str] = set()
        self._has_lr = True
        self._stopped = False
        for item in self.items.values():
            item.hide()
        self.probe.hide()
        entry = self.ctrl.focused
        notes = []
        if entry is not None and entry.lane is not None and self.enabled:
            row = self.ctrl.shown_row(entry)
            sv = geo.step_view(entry.lane.history, row)
            hp = entry.optimizer.hyperparams
            self._has_lr = geo.step_lr(hp, sv.origin_step, sv.record) is not None
            extent = self._extent()
            stopped = self._stopped_note(entry, sv)
            self._stopped = bool(stopped)
            if stopped:  # its last step is ~0: magnified, it would look like motion
                self.scale = 1.0
                notes.append(stopped)
            else:
                longest = geo.longest_scaled(sv, hp, self.enabled, entry.name)
                if longest > 0:
                    self.scale = geo.display_scale(longest, extent, self.scale)
            notes += self._draw_arrows(sv, hp, entry)
            self._draw_lookahead(sv)
            self._draw_precondition(sv, hp, entry.name)
            self._draw_newton(sv, extent)
            self._draw_bfgs(sv, extent)
            self._draw_polyak(entry, row)
            here = sv.origin if sv.origin is not None else sv.point  # where the other overlays sit
            if self._on("hessian_eigen"):
                owner = (self.tr("where {0}'s step started").format(entry.title) if sv.origin is not None
                         else self.tr("{0}'s start").format(entry.title))
                notes += self.probe.draw(self.ctrl.surface, here, extent, owner, self.colours)
        self._notes = notes
        self._show_legend(entry, notes)

    def _read(self):
        if hasattr(self, "_notes"):
            self._show_legend(self.ctrl.focused, self._notes)

    def _stopped_note(self, entry, sv) -> str:
        """Why the arrows of a lane that has stopped at the shown step are at true size
        (empty while it moves)."""
        lane = entry.lane
        status, at = lane.status, lane.status_step
        if status == "running" or at < 0 or sv.step < at:
            return ""
        if not any(self._on(n) for n in (*ARROWS, "precondition_ellipse")):
            return ""
        label = html.escape(entry.label)
        if status == "converged":
            return self.tr("{0} converged at step {1}: it has stopped, so its arrows are at true size "
                           "(too small to see)").format(label, at)
        return self.tr("{0} diverged at step {1}: it has stopped, so its arrows are at true size").format(label, at)

    def _jumped(self):
        """The timeline moved: choose the arrows' scale afresh for that step (while the
        race plays, the scale changes only when it must)."""
        self.scale = 1.0
        self.refresh()

    def _on(self, name) -> bool:
        return name in self.enabled

    def _show(self, key, **data):
        item = self.items[key]
        if data:
            item.setData(**data)
        item.show()
        return item

    def _arrow(self, name, tail, vec):
        tip = tail + vec
        xy = dict(x=np.array([tail[0], tip[0]]), y=np.array([tail[1], tip[1]]))
        self._show(f"{name}.halo", **xy)
        self._show(f"{name}.shaft", **xy)
        px = self.canvas.vb.viewPixelSize()
        if self._stopped and px[0] > 0 and np.hypot(vec[0] / px[0], vec[1] / px[1]) < 1.0:
            return  # a stopped lane's, at true size, under a pixel: a head alone would point at nothing
        head = self.items[f"{name}.head"]
        head.setStyle(angle=geo.arrow_angle(vec))
        head.setPos(float(tip[0]), float(tip[1]))
        head.show()

    def _draw_arrows(self, sv, hp, entry) -> list[str]:
        shown = [n for n in ARROWS if self._on(n)]
        if not shown or sv.origin is None:
            return []
        vecs = geo.vectors(sv, hp)
        for name in shown:
            if name in vecs and np.hypot(*vecs[name]) > 0:
                self._arrow(name, sv.origin, self.scale * vecs[name])
        missing = [n for n in shown if n not in vecs]
        self._missing = set(missing)
        text = ", ".join(self.tr(ARROW_TEXT[n]) for n in missing)
        return [self.tr("no {0} for {1}").format(text, html.escape(entry.label))] if missing else []

    def _draw_lookahead(self, sv):
        la = sv.record.get("lookahead")
        if not self._on("lookahead") or la is None or not np.all(np.isfinite(la)):
            return
        self._show("lookahead.line", x=np.array([sv.point[0], la[0]]), y=np.array([sv.point[1], la[1]]))
        self._show("lookahead.point", pos=[tuple(la)])

    def _draw_precondition(self, sv, hp, name):
        if not self._on("precondition_ellipse") or sv.origin is None:
            return
        found = geo.effective_step(sv, hp, name)
        if found is None:
            return
        radii, circle = found
        eye = np.eye(2)
        line = geo.ellipse(sv.origin, eye, self.scale * radii)
        self._show("precondition_ellipse.ellipse", x=line[:, 0], y=line[:, 1])
        if math.isfinite(circle):
            ring = geo.ellipse(sv.origin, eye, self.scale * np.array([circle, circle]))
            self._show("precondition_ellipse.circle", x=ring[:, 0], y=ring[:, 1])

    def _draw_newton(self, sv, extent):
        if not self._on("newton_model"):
            return
        model = geo.newton_model(sv, NEWTON_HALF * extent)
        if model is None:
            return
        self._show("newton_model.lines", x=model.lines[:, 0], y=model.lines[:, 1])
        self._show("newton_model.origin_level", x=model.through_origin[:, 0], y=model.through_origin[:, 1])
        if np.all(np.isfinite(model.target)):
            self._show("newton_model.target", pos=[tuple(model.target)])

    def _draw_bfgs(self, sv, extent):
        if not self._on("bfgs_ellipse"):
            return
        est, true = geo.inverse_ellipses(sv, self.ctrl.surface, BFGS_SIZE * extent)
        if true is not None:
            self._show("bfgs_ellipse.true", x=true[:, 0], y=true[:, 1])
        if est is not None:
            self._show("bfgs_ellipse.estimate", x=est[:, 0], y=est[:, 1])

    def _draw_polyak(self, entry, row):
        if not self._on("polyak_average"):
            return
        hist = entry.lane.history
        start = hist.row_at(self.polyak_burn_in) if self.polyak_burn_in > 0 else 0
        if hist.view("steps")[start] < self.polyak_burn_in:
            start += 1
        trail = geo.polyak_trail(hist.view("points")[: row + 1], start)
        if len(trail):
            wide = len(trail) <= POLYAK_WIDE_MAX
            self.items["polyak_average.trail"].setPen(pg.mkPen(self.colours["polyak"], width=POLYAK_WIDTH if wide else 1))
            if wide:
                self._show("polyak_average.halo", x=trail[:, 0], y=trail[:, 1])
            self._show("polyak_average.trail", x=trail[:, 0], y=trail[:, 1])
            self._show("polyak_average.point", pos=[tuple(trail[-1])])

    # -- legend -----------------------------------------------------------------------
    def _focus_line(self, entry) -> str:
        """The lane in focus and the step the numbers show (the readout's, as the race
        table's, the timeline's and the update-rule panel's)."""
        label = html.escape(entry.label)
        step = self.ctrl.step_shown(entry)
        if step is None:
            return self.tr("<b>{0}</b>: not racing (tick it to race)").format(label)
        if not self.legend_step:
            return f"<b>{label}</b>"
        text = self.tr("<b>{0}</b>, step {1}").format(label, step)
        if step == 0:
            text += self.tr("  (arrows and ellipses from the first step on)")
        return text

    def _fit_legend(self):
        """As the caption: in its band under the plot, one line per entry when it fits, else
        wrapped to the band's width."""
        self.canvas.legend_band.fit()

    def _show_legend(self, entry, notes):
        parts = []
        col = self.colours
        arrows = [n for n in ARROWS if self._on(n) and n not in self._missing]
        if arrows:
            text = dict(ARROW_TEXT, gradient="−η∇f" if self._has_lr else "−∇f")
            keys = "  ".join(f"<span style='color:{col[n]}'>➔</span> {self.tr(text[n])}" for n in arrows)
            scale = self.tr("true size") if self.scale == 1.0 else geo.scale_label(self.scale)
            parts.append(keys + "   " + self.tr("arrows {0}").format(scale))
        if self._on("precondition_ellipse"):
            parts.append(f"<span style='color:{col['ellipse']}'>◯</span> " + self.tr("effective step per coordinate")
                         + f" <span style='color:{col['circle']}'>┄</span> " + self.tr("same η, not per coordinate"))
        if self._on("newton_model"):
            parts.append(f"<span style='color:{col['newton']}'>◯</span> " + self.tr("Newton's quadratic model, × its stationary point"))
        if self._on("bfgs_ellipse"):
            parts.append(f"<span style='color:{col['estimate']}'>◯</span> " + self.tr("BFGS's H⁻¹ estimate")
                         + f" <span style='color:{col['true']}'>┄</span> " + self.tr("true H⁻¹"))
        if self._on("hessian_eigen"):
            parts.append(self.tr("Hessian eigen-directions (dashed: λ &lt; 0); right click pins a point"))
        if self._on("polyak_average"):
            parts.append(f"<span style='color:{col['polyak']}'>★</span> "
                         + (self.tr("Polyak average after step {0}").format(self.polyak_burn_in) if self.polyak_burn_in
                            else self.tr("Polyak average")))
        if self._on("lookahead"):
            parts.append(f"<span style='color:{col['lookahead']}'>○</span> " + self.tr("Nesterov's look-ahead point"))
        if not parts:
            self.legend.hide()
            self._fit_legend()
            return
        if entry is not None and entry.lane is None:
            parts = []  # nothing of it is drawn: no keys to arrows that are not there
        if entry is not None:
            parts.insert(0, self._focus_line(entry))
        parts += [f"<i>{n}</i>" for n in notes]
        font_pt = max(8, QtWidgets.QApplication.font().pointSize() - 1)
        self.legend.fill = pg.mkBrush(*col["fill"])
        self.legend.setHtml(f"<div style='color:{col['text']}; font-size:{font_pt}pt'>" + "<br>".join(parts) + "</div>")
        self.legend.show()
        self._fit_legend()
