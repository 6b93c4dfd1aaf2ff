"""The update-rule panel: the focused optimizer's update equations in large type and the
live numbers of the step just taken (g, m, v, bias-corrected m̂ and v̂, effective
learning rate, the step), readable on a projector.

Numbers are those of the step that reached the shown point (the timeline can scrub
back): the engine's per-step record, displayed as is. While the race plays the panel
repaints about ten times a second: nobody reads digits at 60 Hz.
"""
from __future__ import annotations

import html
import math
import time

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from engine.optimizers.record_schema import SCHEMA, shown_keys

from desktop_app.geometry import overlays as geo

# record key -> symbol shown, in display order: the engine's declared record schema
ROWS = tuple((d.key, d.symbol) for d in SCHEMA)
FORMULA_SCALE = 1.45
NUMBERS_SCALE = 1.15


def unbreakable_groups(formula: str) -> str:
    """The formula with the spaces inside parentheses made non-breaking, so a narrow panel
    wraps it between terms, never inside "(1 − β₁)"."""
    out, depth = [], 0
    for ch in formula:
        depth += ch in "([{"
        depth -= ch in ")]}"
        out.append("\u00a0" if ch == " " and depth > 0 else ch)
    return "".join(out)


def fmt_number(x: float) -> str:
    """4 significant digits; small and large values in a compact scientific form ("1.597e−6",
    not "1.597e-06"): a narrow column then holds them whole (issue 14: "1.597" was all that
    showed of a 1e-06-scale y)."""
    text = f"{x: .4g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", "−")


def cells(value) -> list[list[str]]:
    """Table rows of a value: a scalar or an (x, y) vector is one row, a 2x2 matrix two;
    4 significant digits each, so columns stay narrow enough for a side panel."""
    arr = np.asarray(value, dtype=float)
    if arr.ndim == 0:
        return [[fmt_number(float(arr))]]
    if arr.ndim == 1:
        return [[fmt_number(v) for v in arr]]
    return [[fmt_number(v) for v in row] for row in arr.reshape(-1, arr.shape[-1])]


def rows_for(record: dict, formula: str | None = None) -> list[tuple[str, list[str]]]:
    """(symbol, cells) rows for every diagnostic the step recorded, in ROWS order (only
    those the rule's text ``formula`` names, when given: record_schema.shown_keys); a
    matrix's second row has an empty symbol."""
    symbols = dict(ROWS)
    keys = [key for key, _ in ROWS if key in record] if formula is None else shown_keys(record, formula)
    order = [(symbols[key], key) for key in keys]
    order += [(key, key) for key in record if key not in symbols]
    out = []
    for sym, key in order:
        for i, row in enumerate(cells(record[key])):
            out.append((sym if i == 0 else "", row))
    return out


def table_width(label: QtWidgets.QLabel) -> int:
    """The width Qt's text engine gives the label's rich text at its font. QLabel's own size
    hint came out ~8 px narrower than the table (the cells' padding), so the last column, y,
    was cut ("1.597" of 1.597e-06) and the scroll bar never showed (issue 14)."""
    doc = QtGui.QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setHtml(label.text())
    doc.setTextWidth(-1)
    margins = label.contentsMargins()
    return math.ceil(doc.idealWidth()) + margins.left() + margins.right() + 2 * label.margin() + 2


class NumbersLabel(QtWidgets.QLabel):
    """A label whose size hints hold its whole table at its current font (table_width): in
    the sideways scroll area it is then scrolled, never cut."""

    def _whole(self, hint: QtCore.QSize) -> QtCore.QSize:
        if self.textFormat() == QtCore.Qt.TextFormat.RichText and self.text():
            hint.setWidth(max(hint.width(), table_width(self)))
        return hint

    def sizeHint(self):
        return self._whole(super().sizeHint())

    def minimumSizeHint(self):
        return self._whole(super().minimumSizeHint())


class SidewaysScroll(QtWidgets.QScrollArea):
    """Scrolls its content sideways only, and is always exactly as tall as the content
    (plus the scroll bar when the content is wider than the room)."""

    def __init__(self, content: QtWidgets.QWidget):
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit(self):
        hint = self.widget().sizeHint()
        bar = self.horizontalScrollBar().sizeHint().height() if hint.width() > self.width() else 0
        self.setFixedHeight(hint.height() + bar)

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if ev.size().width() != ev.oldSize().width():
            self.fit()


class UpdateRulePanel(QtWidgets.QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        self.title = QtWidgets.QLabel()
        self.title.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.formula = QtWidgets.QLabel()
        self.formula.setObjectName("updateRule")
        self.formula.setWordWrap(True)  # BFGS's update is long: wrap rather than widen the dock
        self.formula.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QtWidgets.QLabel()
        self.numbers = NumbersLabel()
        self.numbers.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.numbers.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        # The equations wrap to the panel's width and never scroll sideways (on a
        # projector, with large text, they are what the class reads); only the table of
        # numbers, which cannot wrap, scrolls sideways when the panel is narrower.
        self.numbers_scroll = SidewaysScroll(self.numbers)
        inner = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(inner)
        layout.setContentsMargins(8, 8, 8, 8)
        for w in (self.title, self.formula, self.where, self.numbers_scroll):
            layout.addWidget(w)
        layout.addStretch(1)
        for label in (self.title, self.where):
            label.setWordWrap(True)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.apply_fonts()
        # the numbers are read with every other number on screen (model/readout.py):
        # ten times a second while playing, at once otherwise
        controller.sigReadout.connect(self.refresh)
        self.refresh()

    def sizeHint(self):
        return QtCore.QSize(340, 420)

    def apply_fonts(self, *_):
        """Sizes relative to the application font, so the presenter's zoom scales them.

        The equations' face and size are set by the labels' own style sheets, not setFont:
        under the application's style sheet, Qt re-polishes a widget when it is docked or
        the text size changes and drops a font set by code, and the proportional face it
        falls back to (DejaVu Sans) draws the hats of m̂ and v̂ a whole line too high. The
        monospaced faces place them right."""
        base = QtWidgets.QApplication.font().pointSizeF()
        mono = QtGui.QFontInfo(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)).family()
        for label, scale in ((self.formula, FORMULA_SCALE), (self.numbers, NUMBERS_SCALE)):
            label.setStyleSheet(f'font-family: "{mono}"; font-size: {base * scale:.2f}pt;')
        title = QtGui.QFont(QtWidgets.QApplication.font())
        title.setPointSizeF(base * 1.2)
        self.title.setFont(title)
        self.numbers_scroll.fit()

    def changeEvent(self, ev):
        # the presenter's text size changes the application font, which reaches this
        # widget as a FontChange; the labels' own fonts are relative to it
        if ev.type() == QtCore.QEvent.Type.FontChange:
            self.apply_fonts()
        super().changeEvent(ev)

    def _no_numbers(self, where: str):
        self.where.setText(where)
        self.numbers.setText("")
        self.numbers_scroll.fit()

    def refresh(self):
        entry = self.ctrl.focused
        if entry is None:
            self.title.setText(self.tr("<b>No optimizer under focus</b>"))
            self.formula.setText("")
            self._no_numbers(self.tr("Select an optimizer in the list."))
            return
        self.title.setText(f"<span style='color:{entry.colour}'>●</span> <b>{html.escape(QtCore.QCoreApplication.translate('scenario', entry.label))}</b>")
        # the rule as the optimizer's current options make it (no m̂ without bias correction...)
        formula = "\n".join(entry.optimizer.formula_lines())
        self.formula.setText(unbreakable_groups(formula))
        if entry.lane is None:  # focused but not ticked: its rule, no numbers (the legend says the same)
            self._no_numbers(self.tr("not racing: tick it in the list to race"))
            return
        sv = geo.step_view(entry.lane.history, self.ctrl.readout_row(entry))
        if sv.origin is None:
            self._no_numbers(self.tr("step {0}: no step taken yet").format(sv.step))
            return
        hp = entry.optimizer.hyperparams
        lr_t = geo.step_lr(hp, sv.origin_step, sv.record)
        lr_text = "" if lr_t is None else f",   η = {fmt_number(hp['lr']).strip()}"
        if lr_t is not None and hp.get("schedule", "constant") != "constant":
            lr_text += f",   ηₜ = {fmt_number(lr_t).strip()}"
        self.where.setText(self.tr("step {0} → {1}").format(sv.origin_step, sv.step) + lr_text)
        head = "<tr><td></td><td align='right'><i>x</i></td><td align='right'><i>y</i></td></tr>"
        body = "".join(f"<tr><td style='padding-right:10px'><b>{html.escape(sym)}</b></td>"
                       + "".join(f"<td align='right' style='padding-left:8px'>{html.escape(c)}</td>" for c in row)
                       + "</tr>" for sym, row in rows_for(sv.record, formula))
        self.numbers.setText(f"<table cellspacing='0'>{head}{body}</table>")
        self.numbers_scroll.fit()

