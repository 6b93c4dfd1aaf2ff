"""View → Count cost in: what the loss plot's x axis and the race table's Cost column count
(issue 16 item 3).

Steps say little when one method takes a Hessian and a line search per step and another a
single gradient: a lane's history keeps, for every point, the cumulative number of points
at which it asked the surface for a value, a gradient or a Hessian, and the engine's
wall-clock time (engine/history.py). Switching the axis redraws the curves from those
histories; nothing is computed again.

Actions "cost.steps", "cost.grad", "cost.value", "cost.hessian", "cost.seconds" (one checked
at a time) and "cost.next" (Ctrl+K: the next one in that order). Saved with setups as
view["cost_axis"] = {"axis": "grad"}.
"""
from __future__ import annotations

from PySide6 import QtCore, QtGui

from engine.setup import SetupError

from desktop_app.features.base import Feature
from desktop_app.model.race import COST_KINDS

MENU = "View/Cost"
NEXT_SHORTCUT = "Ctrl+K"


class CostAxisFeature(QtCore.QObject, Feature):
    name = "cost_axis"
    has_view_state = True

    def install(self, api):
        self.api = api
        self.axis = "steps"
        api.add_menu(MENU, self.tr("&Count cost in"), before="fullscreen")
        titles = {"steps": self.tr("&Steps"), "grad": self.tr("&Gradient evaluations"),
                  "value": self.tr("&Function evaluations"), "hessian": self.tr("&Hessian evaluations"),
                  "seconds": self.tr("Engine &time")}
        tips = {"steps": self.tr("The loss plot counts steps"),
                "grad": self.tr("The loss plot counts points at which the gradient was asked (line-search probes too)"),
                "value": self.tr("The loss plot counts points at which the function was asked"),
                "hessian": self.tr("The loss plot counts points at which the Hessian was asked"),
                "seconds": self.tr("The loss plot counts the engine's wall-clock time for each racer")}
        self.group = QtGui.QActionGroup(self)
        self.group.setExclusive(True)
        self.actions = {}
        for kind in COST_KINDS:
            act = api.add_action(f"cost.{kind}", titles[kind], (lambda on, k=kind: on and self.set_axis(k)),
                                 checkable=True, menu=MENU, tip=tips[kind])
            self.group.addAction(act)
            self.actions[kind] = act
        self.actions["steps"].setChecked(True)
        api.add_menu_entry(MENU, None)
        self.next_action = api.add_action(
            "cost.next", self.tr("&Next cost"), self.next_axis, shortcuts=NEXT_SHORTCUT, menu=MENU,
            tip=self.tr("Count the next cost: steps, gradient, function, Hessian evaluations, engine time ({key})")
            .format(key=NEXT_SHORTCUT))

    def set_axis(self, kind: str):
        """Count ``kind`` (one of COST_KINDS) on the loss plot and in the race table."""
        if kind not in COST_KINDS:
            raise ValueError(f"Invalid cost axis {kind!r}: one of {', '.join(COST_KINDS)}")
        self.axis = kind
        if not self.actions[kind].isChecked():
            with QtCore.QSignalBlocker(self.group):
                self.actions[kind].setChecked(True)
        self.api.loss_plot.set_cost(kind)
        self.api.race_table.set_cost(kind)
        self.api.status(self.tr("Loss plot counts: {what}").format(
            what=self.api.loss_plot.cost_titles()[kind]), 3000)

    def next_axis(self, *_args):
        self.set_axis(COST_KINDS[(COST_KINDS.index(self.axis) + 1) % len(COST_KINDS)])

    # -- setups ---------------------------------------------------------------------------------
    def view_state(self):
        return {"axis": self.axis}

    @classmethod
    def check_view_state(cls, state, where):
        if not isinstance(state, dict):
            raise SetupError(where, f"must be an object with an axis key, got {state!r:.60}")
        for key in state:
            if key != "axis":
                raise SetupError(f"{where}.{key:.40}", "unknown key; expected axis")
        if "axis" in state and state["axis"] not in COST_KINDS:
            raise SetupError(f"{where}.axis", f"must be one of {', '.join(COST_KINDS)}, got {state['axis']!r:.40}")

    def restore(self, state, view=None):
        self.set_axis(state["axis"] if isinstance(state, dict) and state.get("axis") in COST_KINDS else "steps")
