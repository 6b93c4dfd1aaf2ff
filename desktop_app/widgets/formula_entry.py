"""The custom formula editor under the surface selector: a formula in x and y, the window's
bounds, live validation and Apply.

Every edit is validated by the engine itself (``surfaces.from_formula``: the same parse,
the same derivatives, the same minima search Apply will use), 150 ms after the last
keystroke so typing never waits for sympy. An error is shown under the field with a caret
at its position; Apply stays disabled until the formula is valid, and the surface shown
stays the previous one whenever anything fails.
"""
from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from engine import surfaces as surf_catalog
from engine.surfaces import formula_parse

CUSTOM = "custom"
CUSTOM_TITLE = QtCore.QT_TRANSLATE_NOOP("FormulaEntry", "Custom formula…")
DEBOUNCE_MS = 150
EXCERPT = 30              # characters of the formula shown above the caret (fits a narrow dock)
BOUND_LIMIT = 1e6
DEFAULT_BOUNDS = ((-2.0, 2.0), (-2.0, 2.0))
EXAMPLES = (
    (QtCore.QT_TRANSLATE_NOOP("FormulaEntry", "Two minima, one deeper"), "x**4 - 2*x**2 + 0.5*x + y**2", ((-2.0, 2.0), (-2.0, 2.0))),
    (QtCore.QT_TRANSLATE_NOOP("FormulaEntry", "Rosenbrock's banana"), "(1 - x)**2 + 100*(y - x**2)**2", ((-2.0, 2.0), (-1.0, 3.0))),
    (QtCore.QT_TRANSLATE_NOOP("FormulaEntry", "Egg crate in a bowl"), "0.1*(x**2 + y**2) + sin(3*x)*sin(3*y)", ((-3.0, 3.0), (-3.0, 3.0))),
    (QtCore.QT_TRANSLATE_NOOP("FormulaEntry", "Saddle with walls"), "x**2 - y**2 + 0.25*y**4", ((-2.0, 2.0), (-2.5, 2.5))),
    (QtCore.QT_TRANSLATE_NOOP("FormulaEntry", "A kink: |x| + |y|"), "abs(x) + abs(y)", ((-2.0, 2.0), (-2.0, 2.0))),
    (QtCore.QT_TRANSLATE_NOOP("FormulaEntry", "Three-hump camel"), "2*x**2 - 1.05*x**4 + x**6/6 + x*y + y**2", ((-2.0, 2.0), (-2.0, 2.0))),
)


def grammar_tip() -> str:
    """What the field accepts, from the parser's own lists."""
    return QtCore.QCoreApplication.translate(
        "FormulaEntry", "<b>A formula in x and y</b><br>"
        "numbers, x, y, the constants {0}<br>"
        "operators + − * / and ** or ^ (power), parentheses, unary minus<br>"
        "functions: {1} (min and max take two or more "
        "arguments)<br>multiplication must be written: 3*x, not 3x<br>"
        "<i>e.g.</i> <code>x**4 - 2*x**2 + y**2</code>, <code>0.1*(x^2 + y^2) + sin(3*x)</code>").format(
        ", ".join(formula_parse.CONSTANTS), ", ".join(formula_parse.FUNCTIONS))


def caret_lines(text: str, position: int | None) -> str:
    """An excerpt of the formula and, under it, a caret at ``position`` (monospace)."""
    if position is None:
        return ""
    position = min(max(int(position), 0), len(text))
    start = max(0, min(position - EXCERPT * 2 // 3, len(text) - EXCERPT))
    prefix = "…" if start > 0 else ""
    excerpt = prefix + text[start:start + EXCERPT] + ("…" if start + EXCERPT < len(text) else "")
    return excerpt + "\n" + " " * (len(prefix) + position - start) + "^"


class FormulaEntry(QtWidgets.QWidget):
    """``sigApplied`` after the controller switched to the formula."""

    sigApplied = QtCore.Signal()

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        self.error: Exception | None = None   # of the last validation; None when valid
        self.pending = False                  # an edit not validated yet
        self.minima = 0
        mono = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        self.field = QtWidgets.QLineEdit()
        self.field.setFont(mono)
        self.field.setPlaceholderText(self.tr("f(x, y), e.g. x**2 + 10*y**2"))
        self.field.setToolTip(grammar_tip())
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(formula_parse.MAX_LENGTH)
        self.examples = QtWidgets.QToolButton()
        self.examples.setText(self.tr("Examples"))
        self.examples.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QtWidgets.QMenu(self.examples)
        for title, formula, bounds in EXAMPLES:
            menu.addAction(f"{self.tr(title)}:  {formula}", lambda f=formula, b=bounds: self.load(f, b))
        self.examples.setMenu(menu)
        self.bounds = {}
        grid = QtWidgets.QGridLayout()
        for row, axis in enumerate("xy"):
            grid.addWidget(QtWidgets.QLabel(self.tr("{0} from").format(axis)), row, 0)
            for col, end in enumerate(("min", "max")):
                spin = QtWidgets.QDoubleSpinBox()
                spin.setRange(-BOUND_LIMIT, BOUND_LIMIT)
                spin.setDecimals(3)
                spin.setSingleStep(0.5)
                spin.setMinimumWidth(64)  # not the width of "-1000000.000": the dock stays narrow
                spin.setToolTip(self.tr("The window's {0}: where the map is drawn and minima are searched").format(axis + end))
                spin.valueChanged.connect(self._edited)
                self.bounds[axis + end] = spin
                grid.addWidget(spin, row, 1 + 2 * col)
            grid.addWidget(QtWidgets.QLabel(self.tr("to")), row, 2)
        self.caret = QtWidgets.QLabel()   # the formula's excerpt with a caret under the error
        self.caret.setFont(mono)
        self.caret.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # user text is never markup
        # clipped rather than widening the dock; the excerpt is short anyway
        self.caret.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.caret.hide()
        self.message = QtWidgets.QLabel()
        self.message.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setWordWrap(True)
        self.apply = QtWidgets.QPushButton(self.tr("Apply"))
        self.apply.setToolTip(self.tr("Draw this surface and race on it (Enter)"))
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.examples)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.apply)
        # always its full height: the surface's description above it scrolls instead. The
        # message's lines at the current width are its minimum height (_fit_message): a height
        # fixed from the size hint alone cut a long error after three lines at 1280x720.
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Fixed)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.caret)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addLayout(bottom)
        self.timer = QtCore.QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.validate)
        self.field.textChanged.connect(self._edited)
        self.field.returnPressed.connect(self.apply_clicked)
        self.apply.clicked.connect(self.apply_clicked)
        self.load(EXAMPLES[0][1], EXAMPLES[0][2])

    # -- contents ------------------------------------------------------------------------
    def text(self) -> str:
        return self.field.text()

    def window_bounds(self) -> tuple:
        b = self.bounds
        return ((b["xmin"].value(), b["xmax"].value()), (b["ymin"].value(), b["ymax"].value()))

    def load(self, formula: str, bounds=None):
        """Show ``formula`` over ``bounds`` (not applied yet); validated shortly after."""
        (x0, x1), (y0, y1) = bounds or DEFAULT_BOUNDS
        for key, value in (("xmin", x0), ("xmax", x1), ("ymin", y0), ("ymax", y1)):
            spin = self.bounds[key]
            with QtCore.QSignalBlocker(spin):
                spin.setValue(float(value))
        self.field.setText(formula)
        self._edited()

    def open(self):
        """Shown from the surface selector: the current custom surface, or what was typed."""
        if self.ctrl.surface_formula is not None:
            self.load(self.ctrl.surface_formula, self.ctrl.surface_bounds)
        self.show()
        self.field.setFocus()
        self.timer.start(0)  # sympy's first import (~0.25 s) happens now, not on the first key

    def show_surface(self):
        """Follow the controller: visible with its formula while the surface is custom."""
        formula = self.ctrl.surface_formula
        if formula is None:
            self.hide()
            return
        if (formula, self.ctrl.surface_bounds) != (self.text(), self.window_bounds()):
            self.load(formula, self.ctrl.surface_bounds)
        self.show()

    # -- validation ------------------------------------------------------------------------------
    def _edited(self, *_):
        self.pending = True
        self.timer.start()

    @property
    def valid(self) -> bool:
        return self.error is None and not self.pending

    def validate(self) -> bool:
        self.timer.stop()
        self.pending = False
        text = self.text()
        try:
            surface = surf_catalog.from_formula(text, bounds=self.window_bounds())
        except ValueError as err:  # FormulaError is one
            self.error, self.minima = err, 0
            lines = caret_lines(text, getattr(err, "position", None))
            self.caret.setText(lines)
            self.caret.setVisible(bool(lines))
            self.message.setText(str(err))
            self.message.setStyleSheet("color: #B22222")
            self._fit_message()
        else:
            self.error, self.minima = None, len(surface.minima)
            found = (self.tr("1 minimum") if self.minima == 1 else self.tr("{0} minima").format(self.minima)) \
                if self.minima else self.tr("no minimum")
            self.caret.hide()
            self.message.setText(self.tr("✓ valid: {0} in the window").format(found))
            self.message.setStyleSheet("color: #1B7F3B")
            self._fit_message()
        self.apply.setEnabled(self.error is None)
        return self.error is None

    def _fit_message(self):
        """Room for every wrapped line of the message at its current width (issue 14 item 13)."""
        need = self.message.heightForWidth(max(1, self.message.width()))
        if need > 0 and need != self.message.minimumHeight():
            self.message.setMinimumHeight(need)

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if ev.size().width() != ev.oldSize().width():
            self._fit_message()

    def apply_clicked(self) -> bool:
        if self.pending and not self.validate():
            return False
        if self.error is not None:
            return False
        if not self.ctrl.set_custom_surface(self.text(), self.window_bounds()):
            return False  # the controller said why in the status bar; the old surface stays
        self.sigApplied.emit()
        return True
