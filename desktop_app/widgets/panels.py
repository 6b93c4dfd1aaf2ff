"""Parameter panels built only from engine specs (``opt.spec``, ``surface.spec``).

No per-optimizer widget code: a :class:`Param` becomes a ParameterTree entry by its kind
(float, int, bool, choice), its range (open bounds nudged inward), its log flag (decimal
stepping: 0.01 -> 0.02 -> ... -> 0.1 -> 0.2) and its one-line doc (the tooltip). The
"modifiers" group (clipping, schedule) and the gradient noise go under one subgroup.

Values are validated by the engine: the controller calls ``opt.set``/``surfaces.get`` and
reports a ValueError's message; the panel then puts the old value back. A number typed
out of range is caught before that, with the engine's own wording (``Param.check``).
"""
from __future__ import annotations

import math
from typing import Iterable

from pyqtgraph.parametertree import Parameter
from PySide6 import QtCore, QtWidgets

from desktop_app.widgets.parameter_tree import ParameterTree
from engine.spec import Param

MODIFIERS_GROUP = "Clipping, schedule & noise"
NOISE = Param("noise", 0.0, "standard deviation of Gaussian noise added to each gradient "
              "(minibatch-like, seeded: the same run replays the same noise)", low=0.0)
NUDGE = 1e-6  # open bounds: the spin box stops this far (relative) inside
# An open bound at 0 (lr in (0, 1000]): 1e-6 would hide the small learning rates a setup
# may hold (the panel showed 1e-06 while the lane raced at 1e-08), so it stops here.
TINY = 1e-12


def limits(p: Param) -> tuple[float | None, float | None]:
    def inward(bound: float, is_open: bool, sign: int) -> float | None:
        if math.isinf(bound):
            return None
        if is_open and bound == 0:
            return sign * TINY
        return bound + sign * NUDGE * max(1.0, abs(bound)) if is_open else bound

    return inward(p.low, p.low_open, +1), inward(p.high, p.high_open, -1)


def param_dict(p: Param, value, context: str = "hyperparameter") -> dict:
    """The ParameterTree description of one engine Param; its doc is translated in ``context``
    ("hyperparameter", or "surface" for a surface's parameters: resources/i18n/data_ko.ts)."""
    tip = f"{QtCore.QCoreApplication.translate(context, p.doc)}\nrange: {p.range_text()}   default: {p.default!r}"
    base = {"name": p.name, "title": p.name, "value": value, "default": p.default, "tip": tip}
    if p.kind == "bool":
        return {**base, "type": "bool"}
    if p.kind == "choice":
        return {**base, "type": "list", "limits": list(p.choices)}
    lo, hi = limits(p)
    if p.kind == "int":
        return {**base, "type": "int", "limits": (lo, hi), "step": 1}
    opts = {**base, "type": "float", "limits": (lo, hi), "decimals": 6}
    width = (hi - lo) if lo is not None and hi is not None else math.inf
    if p.log or width > 200:
        # decimal stepping: the step is a fraction of the value's own decade
        opts.update(dec=True, step=1, minStep=lo if lo and lo > 0 else 1e-3)
    else:
        opts.update(step=10.0 ** (math.floor(math.log10(width)) - 2))
    return opts


class SpecPanel(QtWidgets.QWidget):
    """A ParameterTree of engine Params. ``sigEdited(name, value)`` on user edits;
    ``set_values`` / ``revert`` change what is shown without emitting."""

    sigEdited = QtCore.Signal(str, object)
    sigAction = QtCore.Signal(str)
    sigMessage = QtCore.Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = ParameterTree(showHeader=False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.root: Parameter | None = None
        self._params: dict[str, Param] = {}
        self._quiet = False
        self._owner = ""

    def build(self, owner: str, groups: Iterable[tuple[str | None, Iterable[Param]]], values: dict,
              actions: Iterable[tuple[str, str]] = (), context: str = "hyperparameter"):
        """groups: (title or None for top level, params); actions: (name, title) buttons;
        context: where the params' docs are translated ("hyperparameter" or "surface")."""
        self._owner = owner
        self._params = {}
        children = []
        for title, params in groups:
            items = []
            for p in params:
                self._params[p.name] = p
                items.append(param_dict(p, values.get(p.name, p.default), context))
            if title is None:
                children += items
            elif items:
                children.append({"name": title, "type": "group", "children": items, "expanded": True})
        children += [{"name": name, "title": title, "type": "action"} for name, title in actions]
        if self.root is not None:
            self.root.sigTreeStateChanged.disconnect(self._changed)
        self.root = Parameter.create(name=owner, type="group", children=children)
        self.root.sigTreeStateChanged.connect(self._changed)
        for name, _ in actions:
            self.root.child(name).sigActivated.connect(lambda _p, n=name: self.sigAction.emit(n))
        self.tree.setParameters(self.root, showTop=False)
        self._watch_typing()

    def parameter(self, name: str) -> Parameter:
        """The pyqtgraph Parameter of an engine Param (searched through subgroups)."""
        for child in self._walk(self.root):
            if child.name() == name and child.type() != "group":
                return child
        raise KeyError(name)

    @staticmethod
    def _walk(param):
        if param is None:
            return
        for child in param.children():
            yield child
            yield from SpecPanel._walk(child)

    def values(self) -> dict:
        return {name: self.parameter(name).value() for name in self._params}

    def set_values(self, values: dict):
        self._quiet = True
        try:
            for name, value in values.items():
                if name in self._params and self.parameter(name).value() != value:
                    self.parameter(name).setValue(value)
        finally:
            self._quiet = False

    def revert(self, name: str, value):
        self.set_values({name: value})

    def _changed(self, root, changes):
        if self._quiet:
            return
        for param, change, data in changes:
            if change == "value" and param.name() in self._params:
                self.sigEdited.emit(param.name(), data)

    # A number typed out of range leaves the spin box red and is never committed; say why.
    def _watch_typing(self):
        for item in self.tree.listAllItems():
            widget = getattr(item, "widget", None)
            param = getattr(item, "param", None)
            if widget is None or param is None or not hasattr(widget, "interpret"):
                continue
            spec = self._params.get(param.name())
            if spec is not None:
                widget.lineEdit().textEdited.connect(
                    lambda text, w=widget, p=spec: self._check_typed(w, p, text))

    def _check_typed(self, widget, p: Param, text: str):
        value = widget.interpret()
        if value is False:
            message = f"{self._owner}'s {p.name!r}: {text!r} is not a number"
        else:
            try:
                p.check(float(value), self._owner)
                lo, hi = limits(p)
                if (lo is not None and value < lo) or (hi is not None and value > hi):
                    raise ValueError(f"Invalid value for {self._owner}'s {p.name!r}: {float(value)!r} "
                                     f"(must be in {p.range_text()})")
                widget.setToolTip("")
                return
            except ValueError as exc:
                message = str(exc)
        widget.setToolTip(message + "\nThe old value is kept.")
        self.sigMessage.emit(message)


def batch_param(n_examples: int, default: int) -> Param:
    """A lane's minibatch size on a data surface of ``n_examples`` examples."""
    return Param("batch_size", int(default), "examples per minibatch of this optimizer's gradients, drawn "
                 f"without replacement in shuffled epochs (1 to {n_examples}; {n_examples}: full-batch "
                 "gradient descent)", kind="int", low=1, high=int(n_examples))


def optimizer_groups(spec, batch: Param | None = None) -> list[tuple[str | None, list[Param]]]:
    """The optimizer's own parameters, then clipping, schedule, noise (and, on a data
    surface, ``batch``: the lane's minibatch size) in one subgroup."""
    own = [p for p in spec if p.group != "modifiers"]
    modifiers = [p for p in spec if p.group == "modifiers"] + ([batch] if batch is not None else []) + [NOISE]
    return [(None, own), (MODIFIERS_GROUP, modifiers)]
