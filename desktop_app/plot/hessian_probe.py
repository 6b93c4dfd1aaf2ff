"""The Hessian probe overlay: at the cursor, a pinned point (right click; right click
again unpins) or else where the focused optimizer's step started, the Hessian's
eigen-directions as double arrows labelled with their eigenvalues (dashed: λ < 0), what
the point is and the condition number |λ|max/|λ|min. "Minimum", "saddle point" and
"maximum" only where the gradient is ~0; elsewhere the curvature here ("convex (both
λ > 0)", "saddle-shaped", "concave"): geometry/probe.py has the table and what ~0 means.
The numbers come from geometry/probe.py (engine.linalg2); this draws them, the labels
beside the probe and kept inside the map's view (a probe at the map's edge cut them).
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

from desktop_app.geometry import overlays as geo
from desktop_app.geometry.probe import shift_inside
from desktop_app.plot.overlay_style import arrow_head, curve

EIGEN_LENGTH = 0.1  # of the view's width
Z = 5  # above the other overlays (canvas.add_overlay's z is relative to its overlay layer)
MARGIN_PX = 4  # labels keep this far from the map's edges


KINDS = (QtCore.QT_TRANSLATE_NOOP("HessianProbe", "minimum"), QtCore.QT_TRANSLATE_NOOP("HessianProbe", "maximum"), QtCore.QT_TRANSLATE_NOOP("HessianProbe", "saddle"),
         QtCore.QT_TRANSLATE_NOOP("HessianProbe", "flat"))  # engine.linalg2.classify's words, for pyside6-lupdate


class HessianProbe(QtCore.QObject):
    sigMoved = QtCore.Signal()  # the probe point moved (cursor, pin): the owner redraws

    def __init__(self, canvas, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.pinned: np.ndarray | None = None
        self.cursor: np.ndarray | None = None
        self.items: dict = {}
        canvas.sigCursorMoved.connect(self._cursor_moved)
        canvas.sigCursorLeft.connect(self._cursor_left)
        canvas.scene().sigMouseClicked.connect(self._clicked)

    def make_items(self, colours: dict):
        for key in list(self.items):
            self.canvas.remove_overlay(f"probe.{key}")
        self.items = {}

        def add(key, item, z):
            item.hide()
            self.items[key] = item
            self.canvas.add_overlay(f"probe.{key}", item, Z + z)

        for i in range(2):
            add(f"axis{i}", curve(colours["eigen_pos"], 2.5), 0)
            add(f"head{i}a", arrow_head(colours["eigen_pos"]), 1)
            add(f"head{i}b", arrow_head(colours["eigen_pos"]), 1)
            add(f"label{i}", pg.TextItem("", color=colours["text"], anchor=(0.5, 0.5),
                                         fill=pg.mkBrush(*colours["fill"])), 2)
        add("info", pg.TextItem("", color=colours["text"], anchor=(0, 1), fill=pg.mkBrush(*colours["fill"])), 2)

    def hide(self):
        for item in self.items.values():
            item.hide()

    def point(self, fallback) -> np.ndarray:
        """Where the Hessian is shown: the pinned point, else the cursor, else ``fallback``."""
        for p in (self.pinned, self.cursor):
            if p is not None:
                return p
        return np.asarray(fallback, dtype=float)

    def kind_text(self, kind: str) -> str:
        """What the probe calls a point of ``kind`` (geometry/probe.py's table)."""
        return {
            "minimum": self.tr("minimum\n(∇f ≈ 0, both λ > 0)"),
            "saddle": self.tr("saddle point\n(∇f ≈ 0, λ₁ < 0 < λ₂)"),
            "maximum": self.tr("maximum\n(∇f ≈ 0, both λ < 0)"),
            "flat": self.tr("flat stationary point\n(∇f ≈ 0, a λ ≈ 0)"),
            "convex": self.tr("curvature here:\nconvex (both λ > 0)"),
            "saddle-shaped": self.tr("curvature here:\nsaddle-shaped (λ₁ < 0 < λ₂)"),
            "concave": self.tr("curvature here:\nconcave (both λ < 0)"),
            "flat-here": self.tr("curvature here:\nflat along one direction (a λ ≈ 0)"),
        }[kind]

    def keep_inside(self, label):
        """Move a shown label the least so that its box lies inside the map's view."""
        vb = self.canvas.vb
        px = vb.viewPixelSize()
        if not (px[0] > 0 and px[1] > 0):
            return
        pos = label.pos()
        dx, dy = shift_inside(self._box(label), vb.viewRange(), (MARGIN_PX * px[0], MARGIN_PX * px[1]))
        if dx or dy:
            label.setPos(pos.x() + dx, pos.y() + dy)

    def _box(self, label):
        """A label's box in data coordinates, ((x0, x1), (y0, y1))."""
        px = self.canvas.vb.viewPixelSize()
        r = label.boundingRect()  # pixels around its position, y down
        pos = label.pos()
        return ((pos.x() + r.left() * px[0], pos.x() + r.right() * px[0]),
                (pos.y() - r.bottom() * px[1], pos.y() - r.top() * px[1]))

    def _overlap(self, one, other) -> bool:
        (a0, a1), (b0, b1) = self._box(one)
        (c0, c1), (d0, d1) = self._box(other)
        return a0 < c1 and c0 < a1 and b0 < d1 and d0 < b1

    def draw(self, surface, fallback, extent: float, owner: str, colours: dict) -> list[str]:
        """Draw at the probe point; ``owner`` says where ``fallback`` is (shown when the
        probe sits there). Returns notes for the legend."""
        pr = geo.probe(surface, self.point(fallback))
        if pr is None:
            return [self.tr("Hessian not finite here")]
        length = EIGEN_LENGTH * extent
        ends = []
        for i in range(2):
            lam, v = pr.eigenvalues[i], pr.eigenvectors[:, i]
            colour = colours["eigen_pos" if lam >= 0 else "eigen_neg"]
            a, b = pr.point - length * v, pr.point + length * v
            axis = self.items[f"axis{i}"]
            axis.setData(x=np.array([a[0], b[0]]), y=np.array([a[1], b[1]]))
            pen = pg.mkPen(colour, width=2.5)
            if lam < 0:
                pen.setStyle(QtCore.Qt.PenStyle.DashLine)
            axis.setPen(pen)
            axis.show()
            for tag, tip, vec in (("a", b, v), ("b", a, -v)):
                head = self.items[f"head{i}{tag}"]
                head.setStyle(angle=geo.arrow_angle(vec), pen=pg.mkPen(colour), brush=pg.mkBrush(colour))
                head.setPos(float(tip[0]), float(tip[1]))
                head.show()
            label = self.items[f"label{i}"]
            label.setText(f"λ{'₁₂'[i]} = {lam:.3g}")
            label.setColor(colour)
            label.show()
            ends.append((b + 0.25 * length * v, a - 0.25 * length * v))
        info = self.items["info"]
        cond = "∞" if not math.isfinite(pr.condition) else f"{pr.condition:.3g}"
        if self.pinned is not None:
            where = self.tr("pinned")
        else:
            where = self.tr("at the cursor") if self.cursor is not None else owner
        info.setText(self.tr("{0}\nκ = {1}\n({2})").format(self.kind_text(pr.kind), cond, where))
        # between the arrows, past the eigenvalue labels (1.25 L out along the axes),
        # growing away from them, on the side of the view's centre
        (x0, x1), (y0, y1) = self.canvas.vb.viewRange()
        d = geo.label_direction(pr.eigenvectors, pr.point, ((x0 + x1) / 2, (y0 + y1) / 2))
        spot = pr.point + 1.6 * length * d
        info.setAnchor((0.0 if d[0] >= 0 else 1.0, 0.0))
        info.setPos(float(spot[0]), float(spot[1]))
        info.show()
        self.keep_inside(info)
        # each λ beyond one end of its arrow: the other end when the first, kept inside
        # the map, would sit under the text
        for i, spots in enumerate(ends):
            label = self.items[f"label{i}"]
            for spot in spots:
                label.setPos(float(spot[0]), float(spot[1]))
                self.keep_inside(label)
                if not self._overlap(label, info):
                    break
            else:  # in a corner of a small map both ends fall under the text: beside it instead
                self._beside(label, info)
        return []

    def _beside(self, label, info):
        """Move ``label`` the least to just above, below, left or right of ``info``'s box,
        where it stays inside the map and off the text (left where it is if none does)."""
        px = self.canvas.vb.viewPixelSize()
        gap = (MARGIN_PX * px[0], MARGIN_PX * px[1])
        start = label.pos()
        (lx0, lx1), (ly0, ly1) = self._box(label)
        (ix0, ix1), (iy0, iy1) = self._box(info)
        moves = sorted([(0.0, iy1 - ly0 + gap[1]), (0.0, iy0 - ly1 - gap[1]),
                        (ix1 - lx0 + gap[0], 0.0), (ix0 - lx1 - gap[0], 0.0)],
                       key=lambda m: abs(m[0]) / px[0] + abs(m[1]) / px[1])
        for dx, dy in moves:
            label.setPos(start.x() + dx, start.y() + dy)
            self.keep_inside(label)
            if not self._overlap(label, info):
                return
        label.setPos(start)

    # -- mouse --------------------------------------------------------------------------
    def pin(self, point):
        """Show the Hessian at ``point`` whatever the cursor does (None: follow the cursor)."""
        self.pinned = None if point is None else np.asarray(point, dtype=float)
        self.sigMoved.emit()

    def _cursor_moved(self, x, y):
        self.cursor = np.array([x, y])
        if self.pinned is None:
            self.sigMoved.emit()

    def _cursor_left(self):
        if self.cursor is not None:
            self.cursor = None
            if self.pinned is None:
                self.sigMoved.emit()

    def _clicked(self, ev):
        if ev.button() != QtCore.Qt.MouseButton.RightButton or ev.double():
            return
        p = self.canvas.data_at(ev.scenePos())
        if p is None:
            return
        ev.accept()
        self.pin(None if self.pinned is not None else p)
