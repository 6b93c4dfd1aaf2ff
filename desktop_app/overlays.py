"""Overlays that explain the motion of the optimizer under focus, each one toggled.

    overlays = Overlays(canvas, controller)
    overlays.set_enabled("gradient", True)

At the focused lane's shown step (the live end, or where the timeline scrubbed to):
gradient step -η∇f (red), velocity or first moment (green), the step taken (blue), as in
the classic lecture figure; Nesterov's look-ahead point; the per-coordinate effective
step of AdaGrad/RMSProp/Adam as an ellipse (dashed: plain gradient descent's circle);
Newton's local quadratic model as contours (its stationary point: ×); BFGS's
inverse-Hessian ellipse (dashed: the true one); the running Polyak average. At the
cursor (right click pins a point, right click again unpins; with no cursor: the focused
optimizer's point): the Hessian's eigen-directions with their eigenvalues, the
condition number and the classification.

All geometry comes from overlay_geometry (Qt-free, engine math); this module only keeps
the graphics items up to date. A small legend on the canvas says what is drawn and the
arrows' display scale.
"""
from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from . import overlay_geometry as geo

# name, menu text, shortcut
OVERLAYS = (
    ("gradient", "&Gradient step −η∇f (red)", "Shift+G"),
    ("velocity", "&Velocity / first moment (green)", "Shift+V"),
    ("step", "&Step taken (blue)", "Shift+S"),
    ("lookahead", "Nesterov &look-ahead point", "Shift+A"),
    ("precondition_ellipse", "&Effective-step ellipse (AdaGrad, RMSProp, Adam)", "Shift+E"),
    ("newton_model", "&Newton's quadratic model", "Shift+N"),
    ("bfgs_ellipse", "&BFGS inverse-Hessian ellipse", "Shift+I"),
    ("hessian_eigen", "&Hessian eigen-directions at the cursor", "Shift+H"),
    ("polyak_average", "&Polyak average", "Shift+P"),
)
NAMES = tuple(name for name, _, _ in OVERLAYS)
ARROWS = ("gradient", "velocity", "step")
ARROW_TEXT = {"gradient": "−η∇f", "velocity": "velocity", "step": "step"}
LIGHT = {"gradient": "#D62728", "velocity": "#2CA02C", "step": "#1F4FD8", "lookahead": "#1F4FD8",
         "ellipse": "#8E44AD", "circle": "#555555", "newton": "#6A3D9A", "estimate": "#E66100",
         "true": "#000000", "eigen_pos": "#000000", "eigen_neg": "#E66100", "polyak": "#B8860B",
         "text": "#000000", "fill": (255, 255, 255, 215)}
DARK = {**LIGHT, "gradient": "#FF5A5A", "velocity": "#5BE35B", "step": "#6FA8FF", "lookahead": "#6FA8FF",
        "ellipse": "#E08BFF", "circle": "#BBBBBB", "newton": "#C9A0FF", "estimate": "#FFB000",
        "true": "#FFFFFF", "eigen_pos": "#FFFFFF", "eigen_neg": "#FFB000", "polyak": "#FFD700",
        "text": "#FFFFFF", "fill": (0, 0, 0, 215)}
EIGEN_LENGTH = 0.1  # of the view's width
BFGS_SIZE = 0.25  # the ellipses' longer semi-axis, of the view's width: the eigen-arrows fit inside
NEWTON_HALF = 0.25
POLYAK_BURN_IN = 0
ARROW_WIDTH = 3  # a handful of vertices each: width costs nothing here (unlike trails)
POLYAK_WIDTH = 2.5
POLYAK_WIDE_MAX = 5000  # past this many points the average's line is drawn 1 px (DESIGN.md's pen trap)


def _curve(colour, width=2.0, dashed=False):
    pen = pg.mkPen(colour, width=width)
    if dashed:
        pen.setStyle(QtCore.Qt.PenStyle.DashLine)
    return pg.PlotCurveItem(pen=pen, connect="finite", skipFiniteCheck=True)


def _halo(width):
    """A white band under a line, so it reads over a tangle of trails."""
    return pg.PlotCurveItem(pen=pg.mkPen((255, 255, 255, 200), width=width + 3), connect="finite",
                            skipFiniteCheck=True)


def _head(colour):
    return pg.ArrowItem(headLen=16, tipAngle=32, tailLen=None, pen=pg.mkPen(colour), brush=pg.mkBrush(colour))


class Overlays(QtCore.QObject):
    sigChanged = QtCore.Signal()  # which overlays are on

    def __init__(self, canvas, controller, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.ctrl = controller
        self.enabled: set[str] = set()
        self.scale = 1.0
        self.pinned: np.ndarray | None = None
        self.cursor: np.ndarray | None = None
        self.polyak_burn_in = POLYAK_BURN_IN
        self.colours = dict(LIGHT)
        self.external: dict[str, tuple] = {}  # name -> (set_on(bool), is_on()): drawn elsewhere
        self.items: dict[str, QtWidgets.QGraphicsItem] = {}
        self._make_items()
        self.legend = pg.TextItem("", anchor=(0, 1))
        self.legend.setParentItem(canvas.vb)  # in pixels, like the caption
        self.legend.setZValue(60)
        self.legend.hide()
        canvas.vb.sigResized.connect(self._place_legend)
        self._place_legend()
        c = controller
        for sig in (c.sigStepped, c.sigReset, c.sigFocusChanged, c.sigLanesChanged, c.sigSurfaceChanged):
            sig.connect(self.refresh)
        c.sigShownStepChanged.connect(self._jumped)
        c.sigHyperparamsChanged.connect(lambda _key: self.refresh())
        c.sigSetupLoaded.connect(self._setup_loaded)
        canvas.vb.sigRangeChanged.connect(lambda *_: self.refresh())
        canvas.sigCursorMoved.connect(self._cursor_moved)
        canvas.sigCursorLeft.connect(self._cursor_left)
        canvas.scene().sigMouseClicked.connect(self._clicked)

    # -- items -------------------------------------------------------------------------
    def _add(self, key, item, z):
        item.hide()
        self.items[key] = item
        self.canvas.add_overlay(f"explain.{key}", item, z)

    def _make_items(self):
        col = self.colours
        self.items.clear()
        for name in ARROWS:
            self._add(f"{name}.halo", _halo(ARROW_WIDTH), 2.5)
            self._add(f"{name}.shaft", _curve(col[name], ARROW_WIDTH), 3)
            self._add(f"{name}.head", _head(col[name]), 4)
        self._add("lookahead.line", _curve(col["lookahead"], 1.5, dashed=True), 2)
        self._add("lookahead.point", pg.ScatterPlotItem(symbol="o", size=14, brush=None,
                                                        pen=pg.mkPen(col["lookahead"], width=2.5)), 4)
        self._add("precondition_ellipse.circle", _curve(col["circle"], 1.5, dashed=True), 1)
        self._add("precondition_ellipse.ellipse", _curve(col["ellipse"], 2.5), 1)
        self._add("newton_model.lines", _curve(col["newton"], 1.2), 0)
        self._add("newton_model.origin_level", _curve(col["newton"], 2.5), 0)
        self._add("newton_model.target", pg.ScatterPlotItem(symbol="x", size=16, brush=pg.mkBrush(col["newton"]),
                                                            pen=pg.mkPen(col["newton"], width=1)), 4)
        self._add("bfgs_ellipse.estimate", _curve(col["estimate"], 3.0), 1)
        self._add("bfgs_ellipse.true", _curve(col["true"], 1.5, dashed=True), 1.5)  # dashes show on top
        for i in range(2):
            self._add(f"hessian_eigen.axis{i}", _curve(col["eigen_pos"], 2.5), 5)
            self._add(f"hessian_eigen.head{i}a", _head(col["eigen_pos"]), 6)
            self._add(f"hessian_eigen.head{i}b", _head(col["eigen_pos"]), 6)
            self._add(f"hessian_eigen.label{i}", pg.TextItem("", color=col["text"], anchor=(0.5, 0.5),
                                                               fill=pg.mkBrush(*col["fill"])), 7)
        self._add("hessian_eigen.info", pg.TextItem("", color=col["text"], anchor=(0, 1),
                                                    fill=pg.mkBrush(*col["fill"])), 7)
        self._add("polyak_average.halo", _halo(POLYAK_WIDTH), 1.5)
        self._add("polyak_average.trail", _curve(col["polyak"], POLYAK_WIDTH), 2)
        self._add("polyak_average.point", pg.ScatterPlotItem(symbol="star", size=30, brush=pg.mkBrush(col["polyak"]),
                                                             pen=pg.mkPen("w", width=2)), 4)

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
        self.pinned = None
        self.scale = 1.0
        self.set_only(view.get("overlays", []))

    # -- drawing ------------------------------------------------------------------------
    def _extent(self) -> float:
        (x0, x1), (y0, y1) = self.canvas.vb.viewRange()
        return max(min(x1 - x0, y1 - y0), 1e-12)

    def refresh(self):
        self._missing: set[str] = set()
        self._has_lr = True
        for item in self.items.values():
            item.hide()
        entry = self.ctrl.focused
        notes = []
        if entry is not None and entry.lane is not None and self.enabled:
            row = self.ctrl.shown_row(entry)
            sv = geo.step_view(entry.lane.history, row)
            hp = entry.optimizer.hyperparams
            self._has_lr = geo.step_lr(hp, sv.origin_step) is not None
            extent = self._extent()
            longest = geo.longest_scaled(sv, hp, self.enabled)
            if longest > 0:
                self.scale = geo.display_scale(longest, extent, self.scale)
            notes += self._draw_arrows(sv, hp, entry)
            self._draw_lookahead(sv)
            self._draw_precondition(sv, hp)
            self._draw_newton(sv, extent)
            self._draw_bfgs(sv, extent)
            self._draw_polyak(entry, row)
            here = sv.origin if sv.origin is not None else sv.point  # where the other overlays sit
            notes += self._draw_eigen(here, extent, f"where {entry.title}'s step started" if sv.origin is not None
                                      else f"{entry.title}'s start")
        self._show_legend(entry, notes)

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
        text = ", ".join(ARROW_TEXT[n] for n in missing)
        return [f"no {text} for {html.escape(entry.label)}"] if missing else []

    def _draw_lookahead(self, sv):
        la = sv.record.get("lookahead")
        if not self._on("lookahead") or la is None or not np.all(np.isfinite(la)):
            return
        self._show("lookahead.line", x=np.array([sv.point[0], la[0]]), y=np.array([sv.point[1], la[1]]))
        self._show("lookahead.point", pos=[tuple(la)])

    def _draw_precondition(self, sv, hp):
        if not self._on("precondition_ellipse") or sv.origin is None:
            return
        found = geo.effective_step(sv, hp)
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

    def probe_point(self, fallback) -> np.ndarray:
        """Where the Hessian is shown: the pinned point, else the cursor, else ``fallback``."""
        for p in (self.pinned, self.cursor):
            if p is not None:
                return p
        return fallback

    def _draw_eigen(self, fallback, extent, owner) -> list[str]:
        """Eigen-arrows, eigenvalues, classification and condition number at the probe
        point; ``owner`` names the focused optimizer when the probe sits on it."""
        if not self._on("hessian_eigen"):
            return []
        pr = geo.probe(self.ctrl.surface, self.probe_point(fallback))
        if pr is None:
            return ["Hessian not finite here"]
        length = EIGEN_LENGTH * extent
        for i in range(2):
            lam, v = pr.eigenvalues[i], pr.eigenvectors[:, i]
            colour = self.colours["eigen_pos" if lam >= 0 else "eigen_neg"]
            a, b = pr.point - length * v, pr.point + length * v
            axis = self._show(f"hessian_eigen.axis{i}", x=np.array([a[0], b[0]]), y=np.array([a[1], b[1]]))
            pen = pg.mkPen(colour, width=2.5)
            if lam < 0:
                pen.setStyle(QtCore.Qt.PenStyle.DashLine)
            axis.setPen(pen)
            for tag, tip, vec in (("a", b, v), ("b", a, -v)):
                head = self.items[f"hessian_eigen.head{i}{tag}"]
                head.setStyle(angle=geo.arrow_angle(vec), pen=pg.mkPen(colour), brush=pg.mkBrush(colour))
                head.setPos(float(tip[0]), float(tip[1]))
                head.show()
            label = self.items[f"hessian_eigen.label{i}"]
            label.setText(f"λ{'₁₂'[i]} = {lam:.3g}")
            label.setColor(colour)
            spot = b + 0.25 * length * v
            label.setPos(float(spot[0]), float(spot[1]))
            label.show()
        info = self.items["hessian_eigen.info"]
        cond = "∞" if not math.isfinite(pr.condition) else f"{pr.condition:.3g}"
        where = "pinned" if self.pinned is not None else ("at the cursor" if self.cursor is not None else owner)
        info.setText(f"{pr.kind},  κ = {cond}\n({where})")
        # between the arrows, growing away from them, on the side of the view's centre
        (x0, x1), (y0, y1) = self.canvas.vb.viewRange()
        d = geo.label_direction(pr.eigenvectors, pr.point, ((x0 + x1) / 2, (y0 + y1) / 2))
        spot = pr.point + 0.6 * length * d
        info.setAnchor((0.0 if d[0] >= 0 else 1.0, 0.0))
        info.setPos(float(spot[0]), float(spot[1]))
        info.show()
        return []

    # -- legend -----------------------------------------------------------------------
    def _place_legend(self, *_):
        self.legend.setPos(8, max(0.0, self.canvas.vb.height() - 8))

    def _show_legend(self, entry, notes):
        parts = []
        col = self.colours
        arrows = [n for n in ARROWS if self._on(n) and n not in self._missing]
        if arrows:
            text = dict(ARROW_TEXT, gradient="−η∇f" if self._has_lr else "−∇f")
            keys = "  ".join(f"<span style='color:{col[n]}'>➔</span> {text[n]}" for n in arrows)
            parts.append(f"{keys}   arrows {geo.scale_label(self.scale)}")
        if self._on("precondition_ellipse"):
            parts.append(f"<span style='color:{col['ellipse']}'>◯</span> effective step per coordinate"
                         f" <span style='color:{col['circle']}'>┄</span> same η, not per coordinate")
        if self._on("newton_model"):
            parts.append(f"<span style='color:{col['newton']}'>◯</span> Newton's quadratic model, × its stationary point")
        if self._on("bfgs_ellipse"):
            parts.append(f"<span style='color:{col['estimate']}'>◯</span> BFGS's H⁻¹ estimate"
                         f" <span style='color:{col['true']}'>┄</span> true H⁻¹")
        if self._on("hessian_eigen"):
            parts.append("Hessian eigen-directions (dashed: λ &lt; 0); right click pins a point")
        if self._on("polyak_average"):
            parts.append(f"<span style='color:{col['polyak']}'>★</span> Polyak average"
                         + (f" after step {self.polyak_burn_in}" if self.polyak_burn_in else ""))
        if self._on("lookahead"):
            parts.append(f"<span style='color:{col['lookahead']}'>○</span> Nesterov's look-ahead point")
        if not parts:
            self.legend.hide()
            return
        if entry is not None:
            first = "" if self.ctrl.shown_step > 0 else "  (arrows and ellipses from the first step on)"
            parts.insert(0, f"<b>{html.escape(entry.label)}</b>, step {self.ctrl.shown_step}{first}")
        parts += [f"<i>{n}</i>" for n in notes]
        font_pt = max(8, QtWidgets.QApplication.font().pointSize() - 1)
        self.legend.fill = pg.mkBrush(*col["fill"])
        self.legend.setHtml(f"<div style='color:{col['text']}; font-size:{font_pt}pt'>" + "<br>".join(parts) + "</div>")
        self.legend.show()

    # -- mouse --------------------------------------------------------------------------
    def _cursor_moved(self, x, y):
        self.cursor = np.array([x, y])
        if self._on("hessian_eigen") and self.pinned is None:
            self.refresh()

    def _cursor_left(self):
        if self.cursor is not None:
            self.cursor = None
            if self._on("hessian_eigen") and self.pinned is None:
                self.refresh()

    def _clicked(self, ev):
        if ev.button() != QtCore.Qt.MouseButton.RightButton or ev.double():
            return
        p = self.canvas.data_at(ev.scenePos())
        if p is None:
            return
        ev.accept()
        self.pin(None if self.pinned is not None else p)

    def pin(self, point):
        """Show the Hessian at ``point`` whatever the cursor does (None: follow the cursor)."""
        self.pinned = None if point is None else np.asarray(point, dtype=float)
        self.refresh()


def install(window) -> Overlays:
    """The Overlays menu (before Help) with one checkable, shortcut-bearing action each."""
    overlays = Overlays(window.canvas, window.ctrl, window)
    menu = QtWidgets.QMenu("&Overlays", window)
    window.menuBar().insertMenu(window.menu_help.menuAction(), menu)
    actions = {}
    for name, text, key in OVERLAYS:
        act = window._action(text, lambda on, n=name: overlays.set_enabled(n, on), [key], checkable=True)
        menu.addAction(act)
        actions[name] = act
    menu.addSeparator()
    act_clear = window._action("&Hide all overlays", lambda: overlays.set_only([]), ["Shift+X"])
    menu.addAction(act_clear)

    def sync():
        for name, act in actions.items():
            act.blockSignals(True)
            act.setChecked(name in overlays.enabled)
            act.blockSignals(False)

    overlays.sigChanged.connect(sync)
    window.menu_overlays, window.overlay_actions = menu, actions
    return overlays
