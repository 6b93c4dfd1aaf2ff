"""Walk a window for user-visible text (for the Korean test): widgets, actions, menus,
tooltips, window titles, table headers and cells, list items, texts drawn on the map."""
from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

WORD = re.compile(r"[A-Za-z]{3,}")
TAG = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
# Left as they are in Korean: optimizer names, symbols, units, formulas, file types, key names.
ALLOWED = {w.lower() for w in """
SGD Momentum Nesterov AdaGrad RMSProp RMSprop AdaDelta Adam AdamW AdaMax Adamax NAdam Nadam AMSGrad RAdam Lion
Newton BFGS LBFGS L-BFGS Polyak Ruppert EMA SWA Lookahead Yogi AdaBelief Shampoo Sophia Hessian Rosenbrock Beale
Himmelblau Rastrigin Ackley Booth Matyas Styblinski Tang Goldstein Price Easom
sqrt exp log sin cos tan abs max min sum inf nan tanh lr eps beta alpha gamma rho lambda eta mu
fps png gif mp4 csv json svg pdf webm jpg Ctrl Shift Alt Meta Space Home End PgUp PgDown Del Ins Esc Tab
Backspace Return Enter Left Right PageUp PageDown Page Down Up Escape Period Key
OpenGL Qt PySide PySide6 pyqtgraph numpy Python Optimizer Playground True False grad xmin xmax ymin ymax
offscreen xcb xvfb-run xvfb PyOpenGL pip
Levenberg Marquardt Polak Ribi Ribière Fletcher Reeves Wolfe Hagan Challenger Polyak RMS BMI Cov Cov_B heavy-ball heavy ball inverse-time
""".split()}


TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")


def english_words(text: str, allowed=frozenset()) -> list[str]:
    """The English words of ``text``: a token (max_grad_norm, Saddle-free) is fine when it is
    allowed whole, else each of its words of three or more letters must be."""
    text = TAG.sub(" ", text or "")
    out = []
    for token in TOKEN.findall(text):
        if token.lower() in ALLOWED or token.lower() in allowed:
            continue
        out += [w for w in WORD.findall(token) if w.lower() not in ALLOWED and w.lower() not in allowed]
    return out


def texts_of_widget(w: QtWidgets.QWidget):
    """(where, text) pairs a user can see or hover on one widget."""
    name = f"{type(w).__name__}({w.objectName() or '?'})"
    if w.isWindow() or isinstance(w, QtWidgets.QDockWidget):
        yield f"{name}.windowTitle", w.windowTitle()
    yield f"{name}.toolTip", w.toolTip()
    yield f"{name}.statusTip", w.statusTip()
    if isinstance(w, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
        yield f"{name}.text", w.text()
    if isinstance(w, QtWidgets.QGroupBox):
        yield f"{name}.title", w.title()
    if isinstance(w, QtWidgets.QLineEdit):
        yield f"{name}.placeholder", w.placeholderText()
    if isinstance(w, QtWidgets.QAbstractSpinBox):
        yield f"{name}.specialValue", w.specialValueText()
        if isinstance(w, (QtWidgets.QSpinBox, QtWidgets.QDoubleSpinBox)):
            yield f"{name}.suffix", w.suffix()
            yield f"{name}.prefix", w.prefix()
    if isinstance(w, QtWidgets.QComboBox):
        for i in range(w.count()):
            yield f"{name}.item[{i}]", w.itemText(i)
            yield f"{name}.itemTip[{i}]", str(w.itemData(i, QtCore.Qt.ItemDataRole.ToolTipRole) or "")
    if isinstance(w, QtWidgets.QTabBar):
        for i in range(w.count()):
            yield f"{name}.tab[{i}]", w.tabText(i)
            yield f"{name}.tabTip[{i}]", w.tabToolTip(i)
    if isinstance(w, QtWidgets.QMenu):
        yield f"{name}.title", w.title()
    if isinstance(w, QtWidgets.QAbstractItemView) and w.model() is not None:
        yield from texts_of_model(name, w.model())
    if isinstance(w, QtWidgets.QGraphicsView) and w.scene() is not None:
        for item in w.scene().items():
            if isinstance(item, QtWidgets.QGraphicsTextItem):
                if item.isVisible():
                    yield f"{name}.scene:{type(item).__name__}", item.toPlainText()
            elif isinstance(item, QtWidgets.QGraphicsSimpleTextItem) and item.isVisible():
                yield f"{name}.scene:{type(item).__name__}", item.text()
            elif isinstance(item, pg.AxisItem) and item.isVisible():
                yield f"{name}.axis", item.labelText or ""


def _columns(model, parent):
    return 1 if isinstance(model, QtCore.QAbstractListModel) else model.columnCount(parent)


def texts_of_model(name, model, limit=200):
    roles = (QtCore.Qt.ItemDataRole.DisplayRole, QtCore.Qt.ItemDataRole.ToolTipRole)
    for orientation in (QtCore.Qt.Orientation.Horizontal, QtCore.Qt.Orientation.Vertical):
        root = QtCore.QModelIndex()
        count = _columns(model, root) if orientation == QtCore.Qt.Orientation.Horizontal else model.rowCount(root)
        for i in range(min(count, limit)):
            for role in roles:
                v = model.headerData(i, orientation, role)
                if isinstance(v, str):
                    yield f"{name}.header[{i}]", v

    def walk(parent, depth=0):
        for r in range(min(model.rowCount(parent), limit)):
            for c in range(_columns(model, parent)):
                index = model.index(r, c, parent)
                for role in roles:
                    v = model.data(index, role)
                    if isinstance(v, str):
                        yield f"{name}.cell[{r},{c}]", v
                if c == 0 and depth < 4 and not isinstance(model, QtCore.QAbstractListModel) and model.rowCount(index):
                    yield from walk(index, depth + 1)

    yield from walk(QtCore.QModelIndex())


def texts_of_action(a: QtGui.QAction, where: str):
    if a.isSeparator():
        return
    yield f"{where}:{a.text()!r}.text", a.text()
    if a.toolTip() != a.text().replace("&", ""):  # Qt's default tooltip is the text
        yield f"{where}:{a.text()!r}.toolTip", a.toolTip()
    yield f"{where}:{a.text()!r}.statusTip", a.statusTip()
    if a.menu() is not None:
        yield f"{where}:{a.text()!r}.menu", a.menu().title()
        for sub in a.menu().actions():
            yield from texts_of_action(sub, f"{where}/{a.text()}")


def visible_texts(top_levels, actions=()):
    """Every (where, text) of the windows and dialogs in ``top_levels`` and their children."""
    seen = set()
    for top in top_levels:
        for w in [top, *top.findChildren(QtWidgets.QWidget)]:
            if id(w) in seen:
                continue
            seen.add(id(w))
            yield from texts_of_widget(w)
            for a in w.actions():
                yield from texts_of_action(a, type(w).__name__)
    for a in actions:
        yield from texts_of_action(a, "action")


def untranslated(pairs, allowed=frozenset()):
    """(where, text, words) for each text with English words not in the allowlist."""
    out = []
    for where, text in pairs:
        if not text:
            continue
        words = english_words(text, allowed)
        if words:
            out.append((where, text, words))
    return out


def pyqtgraph_menus(top_levels) -> list[QtWidgets.QWidget]:
    """pyqtgraph's own context menus (a plot's "Plot Options", a view box's axis menus): the
    library's chrome, not the app's strings, left out of the walk."""
    menus = []
    for top in top_levels:
        for view in top.findChildren(QtWidgets.QGraphicsView):
            if view.scene() is None:
                continue
            for item in view.scene().items():
                if isinstance(item, pg.PlotItem):
                    menus.append(item.ctrlMenu)
                if isinstance(item, pg.ViewBox) and getattr(item, "menu", None) is not None:
                    menus.append(item.menu)
    return [m for m in menus if m is not None]


def inside(widget, roots) -> bool:
    w = widget
    while w is not None:
        if any(w is r for r in roots):
            return True
        w = w.parentWidget()
    return False


def data_strings() -> tuple[set[str], set[str]]:
    """(texts that come from the data: scenario, deck, surface, hyperparameter and optimizer
    descriptions; identifiers that stay as they are: parameter names, choices, optimizer names)."""
    from engine import optimizers as opt_catalog
    from engine import surfaces as surf_catalog
    from engine.surfaces import formula_parse

    from desktop_app.model import deck as deck_mod
    from desktop_app.model import questions, scenarios
    from desktop_app.widgets import panels

    texts, names = set(), set()

    def params(spec):
        for p in spec.params if hasattr(spec, "params") else spec:
            texts.add(p.doc)
            names.add(p.name)
            names.update(str(c) for c in p.choices)

    for name in surf_catalog.names():
        s = surf_catalog.get(name)
        texts.update((s.title, s.description))
        names.add(name)
        params(s.spec)
    for name in opt_catalog.names():
        d = opt_catalog.definition(name)
        texts.update((d.doc, d.doc[:1].upper() + d.doc[1:] + "."))
        names.update(d.title.split())
        names.add(name)
        params(opt_catalog.create(name).spec)
    for sc in scenarios.load_all():
        texts.update(t for t in (sc.title, sc.claim, sc.setup.title, sc.setup.caption) if t)
    for slide in deck_mod.read(deck_mod.BUILTIN).slides:
        q = slide.question
        texts.update(t for t in (slide.title, slide.caption, slide.notes, slide.shown_title, slide.shown_caption,
                                 q and q.prompt, q and q.explanation) if t)
    params([panels.NOISE])  # the gradient noise every optimizer's panel adds (widgets/panels.py)
    names.update(formula_parse.FUNCTIONS)
    names.update(formula_parse.CONSTANTS)
    names.update(questions.KINDS)
    for rules in questions.RULES.values():
        names.update(rules)
    return {t for t in texts if t}, {n.lower() for n in names}


def without(text: str, parts) -> str:
    """``text`` with every one of ``parts`` taken out, also when elided ("Where you start matt…")."""
    for part in sorted(parts, key=len, reverse=True):
        if part in text:
            text = text.replace(part, " ")
    if "…" in text:
        for part in parts:
            for k in range(len(part) - 1, 5, -1):
                if part[:k] + "…" in text:
                    text = text.replace(part[:k] + "…", " ")
                    break
    return text
