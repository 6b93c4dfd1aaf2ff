"""Action storm: a seeded random sequence of user actions through the real widgets
(keys and mouse on the map's viewport, the optimizer list's check boxes and buttons, the
settings panels' Parameters, toolbar and menu actions, the speed slider, the timeline,
docks, presenter mode, scenarios, overlays, basin maps, the custom formula field with
valid and invalid text, saving and opening setups), with the race playing in between.

After every action: no exception (raised to the caller or reaching sys.excepthook from
a slot), no Qt warning, no modal dialog, nothing non-finite drawn. At the end the window
still responds: a single-shot timer fires within a second and a click moves the start.

    RELIABILITY_STORM_ACTIONS=20000 RELIABILITY_STORM_SEED=7 .venv/bin/pytest tests/desktop_app/test_reliability_storm.py

A failure names the seed, the action that failed and a file listing every action so far
(replay: the same seed and count give the same sequence).
"""
from __future__ import annotations

import faulthandler
import os
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.widgets.formula_entry import CUSTOM
from reliability_helpers import ExceptionRecorder, drawn_problems, extremes, restlessness

ACTIONS = int(os.environ.get("RELIABILITY_STORM_ACTIONS", "1000"))
# The suite's seed, and seeds that once found a defect (3 and 17: the map's axis and its
# locked aspect relaying the window for ever; seed 3 within 16 actions). One seed when set.
SEEDS = ([int(os.environ["RELIABILITY_STORM_SEED"])] if os.environ.get("RELIABILITY_STORM_SEED")
         else [20261121, 3, 17])
MAX_LANES = 12  # beyond this "add" unticks instead (a real class races a handful)
HANG_S = 60  # one action taking this long is a hang: dump every thread's stack and stop
FORMULAS = (
    "x**2 + 3*y**2", "sin(3*x)*cos(y) + 0.1*(x^2 + y^2)", "abs(x) + abs(y)", "x**4 - 2*x**2 + y**2",
    "exp(x) + exp(-x) + y**2", "x**", "3x + y", "((((x", "import os", "__class__", "x" * 600, "1/0",
    "y/(x-x)", "exp(exp(exp(exp(x))))", "ẋ + y", "", "x**1e6 + y", "log(x) + y**2", "sqrt(-1) + x",
    "max(x)", "min(x, y, 1) + x**2", "pi*x**2 + e*y**2", "x y", "x**2 + y**2;", "lambda: 0",
)
KEYS = [QtCore.Qt.Key.Key_Space, QtCore.Qt.Key.Key_Right, QtCore.Qt.Key.Key_R, QtCore.Qt.Key.Key_BracketRight,
        QtCore.Qt.Key.Key_BracketLeft, QtCore.Qt.Key.Key_F, QtCore.Qt.Key.Key_L, QtCore.Qt.Key.Key_G,
        QtCore.Qt.Key.Key_T, QtCore.Qt.Key.Key_End, QtCore.Qt.Key.Key_Escape, QtCore.Qt.Key.Key_B]


class Failure(AssertionError):
    pass


class Storm:
    """Each action method does one thing a user could do and returns what it did."""

    def __init__(self, window, qtbot, rng, folder: Path):
        self.w, self.qtbot, self.rng, self.folder = window, qtbot, rng, folder
        self.ctrl = window.ctrl
        table = [
            (self.play, 5), (self.wait, 10), (self.step, 4), (self.reset, 2), (self.key, 6),
            (self.speed_slider, 3), (self.speed_keys, 2), (self.step_limit, 1),
            (self.surface, 2), (self.surface_param, 2), (self.check, 4), (self.add, 1), (self.remove, 1),
            (self.select, 3), (self.hyperparam, 7), (self.type_value, 2), (self.suggested, 1), (self.type_spin, 1),
            (self.click_start, 4), (self.drag_start, 1), (self.mouse_move, 2), (self.right_click, 1),
            (self.wheel, 2), (self.zoom, 2), (self.pan, 1), (self.resize, 2),
            (self.dock, 2), (self.panels, 1), (self.overlay, 3), (self.scenario, 2),
            (self.scrub, 3), (self.timeline_action, 2), (self.loss_click, 1),
            (self.presenter, 3), (self.fullscreen, 1),
            (self.basin, 2), (self.basin_cancel, 1), (self.compare, 1),
            (self.formula, 2), (self.formula_bounds, 1), (self.save_open, 1), (self.new, 1),
            (self.shortcuts, 1),
            (self.data_view, 3),
            (self.view3d, 3),
            (self.deck_open, 1), (self.deck_key, 4), (self.deck_edit, 2), (self.deck_hands, 1),
            (self.deck_notes, 1), (self.deck_save_open, 1), (self.deck_close, 1),
            (self.tune, 2),
            (self.language, 1),
            (self.cost_axis, 2),
            (self.theory, 3),
            (self.projector_layout, 1),
        ]
        self.actions = [a for a, _ in table]
        weights = np.array([w for _, w in table], dtype=float)
        self.p = weights / weights.sum()

    def pick(self):
        return self.actions[self.rng.choice(len(self.actions), p=self.p)]

    def choice(self, seq):
        return seq[int(self.rng.integers(len(seq)))]

    # -- playback ------------------------------------------------------------------------
    def play(self):
        self.w.act_play.trigger()
        return f"play/pause -> playing={self.ctrl.playing}"

    def wait(self):
        ms = int(self.rng.integers(0, 40))
        self.qtbot.wait(ms)
        return f"wait {ms} ms (t={self.ctrl.t})"

    def step(self):
        self.w.act_step.trigger()
        return "step"

    def reset(self):
        self.w.act_reset.trigger()
        return "reset"

    def key(self):
        key = self.choice(KEYS)
        self.qtbot.keyClick(self.w, key)
        return f"key {QtGui.QKeySequence(key).toString()}"

    def speed_slider(self):
        slider = self.w.speed_slider
        value = int(self.choice([slider.minimum(), slider.maximum(), self.rng.integers(0, slider.maximum() + 1)]))
        slider.setValue(value)
        return f"speed slider {value} -> {self.ctrl.speed:g} steps/s"

    def speed_keys(self):
        act = self.choice([self.w.act_faster, self.w.act_slower])
        for _ in range(int(self.rng.integers(1, 12))):
            act.trigger()
        return f"{act.text()} -> {self.ctrl.speed:g}"

    def step_limit(self):
        value = int(self.choice([1, 5, 50, 1000, 1_000_000]))
        self.w.limit_spin.setValue(value)
        return f"step limit {value}"

    # -- surface and optimizers ----------------------------------------------------------------
    def surface(self):
        combo = self.w.surface_panel.selector
        index = int(self.rng.integers(combo.count()))
        combo.setCurrentIndex(index)
        combo.activated.emit(index)  # what picking it with the mouse emits
        return f"surface {combo.itemData(index)}"

    def surface_param(self):
        specs = self.w.surface_panel.specs
        spec = list(self.ctrl.surface.spec)
        if not spec or specs.root is None:
            return "surface param (none)"
        p = self.choice(spec)
        value = self.choice([*extremes(p), p.default])
        specs.parameter(p.name).setValue(value)
        return f"surface {p.name}={value!r}"

    def _item(self):
        lst = self.w.optimizer_list.list
        return lst.item(int(self.rng.integers(lst.count())))

    def check(self):
        """A click on the item's check box when the list is on screen (else as the keyboard
        would: its check state); past MAX_LANES only unticking."""
        lst = self.w.optimizer_list.list
        item = self._item()
        text = item.text()
        on = item.checkState() != QtCore.Qt.CheckState.Checked
        if on and len(self.ctrl.active) >= MAX_LANES:
            item = next(lst.item(i) for i in range(lst.count())
                        if lst.item(i).checkState() == QtCore.Qt.CheckState.Checked)
            text, on = item.text(), False
        if lst.isVisible():
            lst.scrollToItem(item)
            opt = QtWidgets.QStyleOptionViewItem()
            lst.initViewItemOption(opt)
            opt.rect = lst.visualItemRect(item)
            opt.features |= QtWidgets.QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            box = lst.style().subElementRect(QtWidgets.QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, lst)
            self.qtbot.mouseClick(lst.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=box.center())
            how = "click"
        else:
            item.setCheckState(QtCore.Qt.CheckState.Checked if on else QtCore.Qt.CheckState.Unchecked)
            how = "set"
        return f"{how} {'tick' if on else 'untick'} {text} -> {len(self.ctrl.active)} racing"

    def add(self):
        if len(self.ctrl.active) >= MAX_LANES:
            return self.check()
        self.w.optimizer_list.add_button.click()
        return "add instance"

    def remove(self):
        self.w.optimizer_list.remove_button.click()
        return "remove instance"

    def select(self):
        item = self._item()
        text = item.text()
        self.w.optimizer_list.list.setCurrentItem(item)
        return f"select {text}"

    def hyperparam(self):
        entry = self.ctrl.focused
        specs = self.w.optimizer_panel.specs
        if entry is None or specs.root is None:
            return "hyperparameter (no focus)"
        params = list(entry.optimizer.spec)
        if not params:
            return "hyperparameter (none)"
        p = self.choice(params)
        value = self.choice([*extremes(p), p.default, p.default])
        if p.kind == "float" and p.name != "lr" and self.rng.random() < 0.3:
            value = float(self.rng.uniform(-10, 10))  # out of range too: the panel refuses it
        specs.parameter(p.name).setValue(value)
        return f"{entry.label} {p.name}={value!r} -> {entry.optimizer.hyperparams.get(p.name)!r}"

    def type_value(self):
        """Typed into a settings spin box (good numbers, out of range, not numbers), then Enter."""
        items = [i for i in self.w.optimizer_panel.specs.tree.listAllItems()
                 if hasattr(getattr(i, "widget", None), "lineEdit") and getattr(i, "param", None) is not None
                 and i.widget.lineEdit() is not None]  # spin boxes (a choice's combo box has none)
        if not items:
            return "type a value (no spin box)"
        item = self.choice(items)
        edit = item.widget.lineEdit()
        text = str(self.choice(["0.5", "1e-8", "1000", "1e999", "-3", "abc", "", "0", "nan", "1,5", "2e-3"]))
        edit.selectAll()
        self.qtbot.keyClicks(edit, text) if text else edit.clear()
        self.qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
        return f"typed {text!r} into {item.param.name()} -> {item.param.value()!r}"

    def type_spin(self):
        spin = self.choice([self.w.speed_spin, self.w.limit_spin])
        text = str(self.choice(["0", "1", "2000", "99999999", "abc", "-5", "150"]))
        spin.lineEdit().selectAll()
        self.qtbot.keyClicks(spin, text)
        self.qtbot.keyClick(spin, QtCore.Qt.Key.Key_Return)
        return f"typed {text!r} into {spin.suffix() or 'step limit'} -> speed {self.ctrl.speed:g}, limit {self.ctrl.step_limit}"

    def suggested(self):
        specs = self.w.optimizer_panel.specs
        if specs.root is None or "reset" not in [c.name() for c in specs.root.children()]:
            return "reset to suggested (no focus)"
        specs.root.child("reset").activate()
        return "reset to suggested"

    # -- the map ---------------------------------------------------------------------------------
    def _pixel(self, widget):
        return QtCore.QPoint(int(self.rng.integers(0, max(1, widget.width()))),
                             int(self.rng.integers(0, max(1, widget.height()))))

    def click_start(self):
        pos = self._pixel(self.w.canvas.viewport())
        self.qtbot.mouseClick(self.w.canvas.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)
        return f"click map at {pos.x()},{pos.y()} -> start {tuple(np.round(self.ctrl.start, 4))}"

    def drag_start(self):
        """Drag the start marker (press on it, move, release) as a user moves the start."""
        cv = self.w.canvas
        x, y = self.ctrl.start
        a = cv.pixel_of(x, y)
        b = self._pixel(cv.viewport())
        vp = cv.viewport()
        self.qtbot.mousePress(vp, QtCore.Qt.MouseButton.LeftButton, pos=a)
        for f in (0.3, 0.7, 1.0):
            p = QtCore.QPoint(int(a.x() + f * (b.x() - a.x())), int(a.y() + f * (b.y() - a.y())))
            ev = QtGui.QMouseEvent(QtCore.QEvent.Type.MouseMove, QtCore.QPointF(p), QtCore.QPointF(vp.mapToGlobal(p)),
                                   QtCore.Qt.MouseButton.NoButton, QtCore.Qt.MouseButton.LeftButton,
                                   QtCore.Qt.KeyboardModifier.NoModifier)
            QtWidgets.QApplication.sendEvent(vp, ev)
        self.qtbot.mouseRelease(vp, QtCore.Qt.MouseButton.LeftButton, pos=b)
        return f"drag from {a.x()},{a.y()} to {b.x()},{b.y()} -> start {tuple(np.round(self.ctrl.start, 4))}"

    def mouse_move(self):
        pos = self._pixel(self.w.canvas.viewport())
        self.qtbot.mouseMove(self.w.canvas.viewport(), pos)
        return f"mouse over map at {pos.x()},{pos.y()}"

    def right_click(self):
        pos = self._pixel(self.w.canvas.viewport())
        self.qtbot.mouseClick(self.w.canvas.viewport(), QtCore.Qt.MouseButton.RightButton, pos=pos)
        return f"right click at {pos.x()},{pos.y()}"

    def wheel(self):
        vp = self.w.canvas.viewport()
        pos = QtCore.QPointF(self._pixel(vp))
        delta = int(self.choice([120, -120, 1200, -1200, 12000, -12000]))
        ev = QtGui.QWheelEvent(pos, QtCore.QPointF(vp.mapToGlobal(pos.toPoint())), QtCore.QPoint(0, 0),
                               QtCore.QPoint(0, delta), QtCore.Qt.MouseButton.NoButton,
                               QtCore.Qt.KeyboardModifier.NoModifier, QtCore.Qt.ScrollPhase.NoScrollPhase, False)
        QtWidgets.QApplication.sendEvent(vp, ev)
        return f"wheel {delta} at {pos.x():.0f},{pos.y():.0f}"

    def zoom(self):
        factor = float(self.choice([1e-3, 0.1, 0.5, 2.0, 10.0, 1e3]))
        self.w.canvas.vb.scaleBy((factor, factor))
        return f"zoom x{factor:g}"

    def pan(self):
        (x0, x1), (y0, y1) = self.w.canvas.vb.viewRange()
        dx, dy = self.rng.uniform(-3, 3, size=2)
        self.w.canvas.vb.translateBy(x=dx * (x1 - x0), y=dy * (y1 - y0))
        return f"pan by {dx:.2f},{dy:.2f} views"

    def resize(self):
        w, h = int(self.rng.integers(720, 1700)), int(self.rng.integers(540, 1100))
        self.w.resize(w, h)
        return f"resize {w}x{h}"

    # -- panels and lecture tools ---------------------------------------------------------------
    def dock(self):
        dock = self.choice(self.w.docks)
        dock.toggleViewAction().trigger()
        return f"dock {dock.windowTitle()} -> visible={dock.isVisible()}"

    def panels(self):
        act = self.choice([self.w.act_show_panels, self.w.act_show_loss])
        act.trigger()
        return f"{act.text()} -> {act.isChecked()}"

    def overlay(self):
        if self.rng.random() < 0.1:
            self.w.feature("overlays").overlays.set_only([])
            return "hide all overlays"
        name, act = self.choice(list(self.w.feature("overlays").actions.items()))
        act.trigger()
        return f"overlay {name} -> {act.isChecked()}"

    def scenario(self):
        act = self.choice(self.w.feature("scenarios").actions)
        act.trigger()
        return f"scenario {act.text()}"

    def projector_layout(self):
        act = self.w.api.action("projector.layout")
        act.trigger()
        return f"projector layout -> {act.isChecked()}"

    def scrub(self):
        slider = self.w.feature("timeline").timeline.slider
        value = int(self.rng.integers(slider.minimum(), slider.maximum() + 1))
        slider.setValue(value)
        return f"timeline scrub to {value} of {slider.maximum()}"

    def timeline_action(self):
        act = self.choice(self.w.feature("timeline").actions)
        act.trigger()
        return f"timeline {act.text()} -> step {self.ctrl.shown_step}"

    def loss_click(self):
        vp = self.w.loss_plot.viewport()
        pos = self._pixel(vp)
        self.qtbot.mouseClick(vp, QtCore.Qt.MouseButton.LeftButton, pos=pos)
        return f"click loss plot at {pos.x()},{pos.y()}"

    def presenter(self):
        pr = self.w.feature("presenter")
        act = self.choice([pr.act_canvas_only, pr.act_high_contrast, pr.act_larger, pr.act_smaller,
                           pr.act_reset_text, pr.act_leave])
        act.trigger()
        return f"presenter {act.text()}"

    def fullscreen(self):
        self.w.act_fullscreen.trigger()
        return f"full screen -> {self.w.act_fullscreen.isChecked()}"

    def basin(self):
        mapper = self.w.feature("basin").mapper
        mapper.set_resolution(int(self.choice([8, 12, 16])))
        mapper.set_steps(int(self.choice([20, 60])))
        self.w.feature("basin").act_toggle.trigger()
        return f"basin map -> enabled={mapper.enabled} busy={mapper.busy}"

    def basin_cancel(self):
        panel = self.w.feature("basin").panel
        button = self.choice([panel.cancel, panel.compute])
        button.click()
        return f"basin {button.text()}"

    def compare(self):
        feature = self.w.feature("basin")
        dialog = feature.open_compare()
        if self.rng.random() < 0.5:
            dialog.compute.click()
        if self.rng.random() < 0.7:
            dialog.close()
        return f"compare dialog -> visible={dialog.isVisible()}"

    def formula(self):
        panel = self.w.surface_panel
        combo = panel.selector
        index = combo.findData(CUSTOM)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        field = panel.formula.field
        field.clear()
        text = self.choice(FORMULAS)
        if text.isascii():
            self.qtbot.keyClicks(field, text[:80])
        if len(text) > 80 or not text.isascii():
            field.setText(text)  # a paste (QtTest types ASCII only: it aborts on 'ẋ')
        if self.rng.random() < 0.6:
            self.qtbot.keyClick(field, QtCore.Qt.Key.Key_Return)
        return f"formula {text[:40]!r} -> surface {self.ctrl.surface_name}"

    def formula_bounds(self):
        spins = self.w.surface_panel.formula.bounds
        key = self.choice(list(spins))
        value = float(self.choice([-1e6, -3.0, 0.0, 1e-3, 3.0, 1e6]))
        spins[key].setValue(value)
        return f"formula bound {key}={value:g}"

    def save_open(self):
        path = self.folder / f"setup-{int(self.rng.integers(3))}.json"
        saved = self.w.files.save_to(path)
        opened = self.w.files.open_path(path)
        return f"save {path.name} -> {saved}, open -> {opened}"

    def new(self):
        self.w.files.new()
        return "File New"

    def tune(self):
        feature = self.w.feature("tune")
        panel = feature.panel
        panel.points.setValue(int(self.choice([3, 5, 8])))
        panel.steps.setValue(int(self.choice([20, 60])))
        name = self.choice(["tune.run", "tune.run", "tune.apply_best", "cancel", "objective"])
        if name == "cancel":
            panel.cancel_button.click()
        elif name == "objective":
            panel.objective.setCurrentIndex(int(self.rng.integers(panel.objective.count())))
        else:
            self.w.api.action(name).trigger()
        return f"tune {name} -> busy={feature.busy}"

    def language(self):
        """View → Language: remembered; the restart offer is answered Later (never Restart now)."""
        code = self.choice(["en", "ko"])
        self.w.api.action(f"language.{code}").trigger()
        feature = self.w.feature("language")
        if feature.box is not None and self.choice([True, False]):
            feature.close_box()
        return f"language {code} -> offer shown={feature.box is not None}"
    def cost_axis(self):
        name = self.choice(["cost.steps", "cost.grad", "cost.value", "cost.hessian", "cost.seconds", "cost.next"])
        self.w.api.action(name).trigger()
        return f"cost axis {name} -> {self.w.loss_plot.cost}"
    def theory(self):
        """The theory dock (Ctrl+H), its envelope toggle, a drag of the phase diagram's dot to
        a random (sometimes invalid) position, a focus change, a scenario of the theory lessons."""
        f = self.w.feature("theory")
        what = self.choice(["toggle", "toggle", "envelope", "drag", "drag", "drag", "focus", "scenario"])
        if what == "toggle":
            act = self.w.api.action("show_theory")
            act.trigger()
            return f"theory dock -> visible={f.dock.isVisible()}"
        if what == "envelope":
            act = self.w.api.action("theory.envelope")
            act.trigger()
            return f"theory envelope -> {act.isChecked()}"
        if what == "focus" and self.ctrl.active:
            entry = self.choice(self.ctrl.active)
            self.ctrl.set_focus(entry.key)
            return f"theory focus {entry.label}"
        if what == "scenario":
            from desktop_app.model import scenarios
            lessons = [sc for sc in scenarios.load_all() if sc.path.name[:2] in ("21", "22", "23", "24")]
            sc = self.choice(lessons)
            ok = self.ctrl.load_setup(sc.setup)
            return f"theory scenario {sc.path.name} -> {ok}"
        d = f.diagram
        if d.name is None or not d.dot.isVisible():
            return f"theory drag: no diagram ({d.caption.text()[:40]!r})"
        x0, x1 = d.window
        x = float(self.rng.uniform(x0 - 0.5, x1 + 0.5))
        y = float(self.choice([self.rng.uniform(-0.2, 1.2), self.rng.uniform(0.0, 0.99)]))
        d.dot.setPos(x, y)                 # what a mouse drag does, step by step
        d.dot.sigPositionChangeFinished.emit(d.dot)
        return f"theory drag to ({x:.3g}, {y:.3g}) -> {self.ctrl.focused and self.ctrl.focused.optimizer.hyperparams.get('lr')}"

    def shortcuts(self):
        dialog = self.w.show_shortcuts()
        dialog.close()
        return "shortcuts dialog opened and closed"

    def data_view(self):
        """Data surfaces: a data scenario, the data dock, the gradient fan, epochs, a batch size."""
        f = self.w.feature("data_view")
        what = self.choice(["scenario", "dock", "fan", "epochs", "batch", "batch"])
        if what == "scenario":
            act = self.choice([a for a in self.w.feature("scenarios").actions if a.text()[:2] in ("25", "26", "27")]
                              or self.w.feature("scenarios").actions)
            act.trigger()
            return f"data scenario {act.text()}"
        if what in ("dock", "fan", "epochs"):
            act = {"dock": f.act_open, "fan": f.act_fan, "epochs": f.act_epochs}[what]
            act.trigger()
            return f"data view {what} -> {act.isChecked()} (enabled={act.isEnabled()})"
        entry = self.ctrl.focused
        n = getattr(self.ctrl.surface, "n_examples", None)
        value = self.choice([1, 2, 0, 10_000, n or 1, int(self.rng.integers(1, (n or 1) + 1))])
        try:
            self.w.optimizer_panel.specs.parameter("batch_size").setValue(value)
        except KeyError:  # not a data surface (or nothing in focus): the engine's path refuses it
            if entry is not None:
                self.ctrl.set_hyperparams(entry.key, batch_size=value)
        return f"batch size {value} -> {None if entry is None else self.ctrl.batch_size_of(entry)}"

    def view3d(self):
        """The 3-D view: open/close (Ctrl+D), in place of the map (Shift+F10), orbit, zoom,
        presets, its overlays, rewinding with it open, its PNG, a setup's camera. Offscreen
        its actions are disabled: the storm then drives the paths a saved session or a setup
        takes (they must stay no-ops); tests/gl/test_storm3d.py storms the real view."""
        f = self.w.feature("view3d")
        what = self.choice(["toggle", "toggle", "replace", "orbit", "orbit", "zoom", "preset", "overlay",
                            "rewind", "rewind", "png", "restore"])
        view = f.view if f.is_open else None
        if what in ("toggle", "replace"):
            act = f.action if what == "toggle" else f.act_replace
            if act.isEnabled():
                act.trigger()
            else:  # a saved session or a setup asking for it anyway
                (f.set_open if what == "toggle" else f.set_replacing)(True)
            return f"3-D {what} -> open={f.is_open} replacing={f.replacing} (enabled={act.isEnabled()})"
        if what == "restore":
            cam = {"center": [float(v) for v in self.rng.normal(size=3)], "distance": float(self.rng.uniform(0.5, 40)),
                   "elevation": float(self.rng.uniform(-90, 90)), "azimuth": float(self.rng.uniform(-360, 360))}
            state = {"open": bool(self.rng.random() < 0.5), "camera": cam,
                     "overlays": [o for o in ("gradient", "hessian") if self.rng.random() < 0.5]}
            f.restore(state)
            return f"3-D restore {state['open']} -> open={f.is_open}"
        if what == "rewind":
            act = self.choice(self.w.feature("timeline").actions)
            act.trigger()
            return f"3-D rewind {act.text()} -> step {self.ctrl.shown_step} (open={view is not None})"
        if view is None:
            return f"3-D {what}: the view is closed (available={f.available})"
        if what == "orbit":
            d, e = float(self.rng.uniform(-120, 120)), float(self.rng.uniform(-40, 40))
            view.orbit(d, e)
            return f"3-D orbit {d:.0f}, {e:.0f}"
        if what == "zoom":
            k = float(self.choice([0.5, 0.8, 1.25, 2.0]))
            view.gl_view.setCameraPosition(distance=view.gl_view.opts["distance"] * k)
            return f"3-D zoom x{k}"
        if what == "preset":
            i = int(self.rng.integers(view.camera_box.count() + 1))
            if i == view.camera_box.count():
                view.reset_button.click()
                return "3-D reset camera"
            view.camera_box.setCurrentIndex(i)
            view.camera_box.activated.emit(i)
            return f"3-D camera {view.camera_box.itemData(i)}"
        if what == "overlay":
            box = self.choice([f.grad_box, f.hess_box])
            box.click()
            return f"3-D overlay {box.text()} -> {box.isChecked()}"
        path = self.folder / "view3d.png"
        f.export_png(path)
        return f"3-D PNG {path.name}"


    # -- decks -------------------------------------------------------------------------
    def deck_open(self):
        deck = self.w.feature("deck")
        slide = int(self.rng.integers(0, 30))
        ok = self.w.deck_files.open_path("builtin", slide=slide)
        return f"open course deck at slide {slide} -> {ok}, shown {deck.index}"

    def deck_key(self):
        key = self.choice([QtCore.Qt.Key.Key_PageDown, QtCore.Qt.Key.Key_PageDown, QtCore.Qt.Key.Key_PageUp,
                           QtCore.Qt.Key.Key_Home, QtCore.Qt.Key.Key_End, QtCore.Qt.Key.Key_B,
                           QtCore.Qt.Key.Key_Period])
        self.qtbot.keyClick(self.w, key)
        deck = self.w.feature("deck")
        return f"deck key {QtGui.QKeySequence(key).toString()} -> slide {deck.index}, blank {deck.blanked}"

    def deck_edit(self):
        editor = self.w.feature("deck").editor
        button = self.choice([editor.add, editor.duplicate, editor.delete, editor.up, editor.down])
        button.click()
        return f"deck editor {button.text()} -> {self.w.feature('deck').count} slides"

    def deck_hands(self):
        spins = list(self.w.feature("deck").question.card.spins.values())
        if not spins:
            return "deck hands: no question up"
        spin = self.choice(spins)
        value = int(self.rng.integers(0, 200))
        spin.setValue(value)
        return f"deck hands {value}"

    def deck_notes(self):
        act = self.w.feature("deck").act_notes
        act.trigger()
        return f"speaker notes -> {act.isChecked()}"

    def deck_save_open(self):
        path = self.folder / "deck.json"
        saved = self.w.deck_files.save_to(path)
        opened = self.w.deck_files.open_path(path) if saved else False
        return f"save deck -> {saved}, open -> {opened}"

    def deck_close(self):
        self.w.feature("deck").close_deck()
        return "close deck"


def close_modal_dialogs(found: list):
    widget = QtWidgets.QApplication.activeModalWidget()
    if widget is not None:
        found.append(widget.windowTitle())
        widget.close()


@pytest.mark.parametrize("seed", SEEDS)
def test_action_storm(qtbot, window, ctrl, qtlog, tmp_path, seed):
    rng = np.random.default_rng(seed)
    storm = Storm(window, qtbot, rng, tmp_path)
    log_path = tmp_path / f"storm-seed-{seed}.txt"
    log: list[str] = []
    modal: list[str] = []
    guard = QtCore.QTimer()  # a modal dialog would block the storm: note it and close it
    guard.timeout.connect(lambda: close_modal_dialogs(modal))
    guard.start(50)

    failed = []

    def fail(why: str):
        failed.append(why)
        log_path.write_text(f"seed {seed}, {len(log)} actions\n" + "\n".join(log) + f"\n\nFAILED: {why}\n")
        print(f"\nAction storm failed: seed {seed}; every action so far is in {log_path}")
        raise Failure(f"seed {seed}, action {len(log)}: {why}\nlast actions:\n" + "\n".join(log[-25:])
                      + f"\n(all {len(log)} in {log_path})")

    warnings_seen = 0
    t_start = time.perf_counter()
    trace = log_path.with_suffix(".running.txt").open("w")  # written as it goes: a hang leaves its trail
    try:
        with ExceptionRecorder() as recorder:
            for i in range(ACTIONS):
                action = storm.pick()
                trace.write(f"{i}: {action.__name__} ...\n")
                trace.flush()
                faulthandler.dump_traceback_later(HANG_S, exit=True, file=sys.__stderr__)
                try:
                    what = action()
                except Exception as exc:  # noqa: BLE001 - any exception is the finding
                    log.append(f"{i}: {action.__name__} raised")
                    fail(f"{action.__name__} raised {type(exc).__name__}: {exc}")
                finally:
                    faulthandler.cancel_dump_traceback_later()
                log.append(f"{i}: {what}")
                trace.write(f"{i}: {what}\n")
                if recorder.seen:
                    fail(f"an exception reached sys.excepthook:\n{recorder.seen[0]}")
                warnings = [r for r in qtlog.records
                            if r.type_name in ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")]
                if len(warnings) > warnings_seen:
                    fail(f"Qt warning: {warnings[-1].message}")
                if modal:
                    fail(f"a modal dialog opened: {modal}")
                problems = drawn_problems(window)
                if problems:
                    fail(f"non-finite numbers drawn: {problems}")
            elapsed = time.perf_counter() - t_start

            # the window still responds
            ctrl.pause()
            window.feature("presenter").act_leave.trigger()
            if window.act_fullscreen.isChecked():
                window.act_fullscreen.trigger()
            fired = []
            QtCore.QTimer.singleShot(0, lambda: fired.append(time.perf_counter()))
            t0 = time.perf_counter()
            qtbot.waitUntil(lambda: bool(fired), timeout=1000)
            assert fired[0] - t0 < 1.0
            window.feature("deck").close_deck()  # (a "where" question takes map clicks as guesses)
            window.canvas.fit_window()
            qtbot.wait(QtWidgets.QApplication.doubleClickInterval() + 50)  # not a double click
            (x0, x1), (y0, y1) = ctrl.surface.bounds
            x, y = x0 + 0.37 * (x1 - x0), y0 + 0.61 * (y1 - y0)
            pixel = window.canvas.pixel_of(x, y)
            qtbot.mouseClick(window.canvas.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pixel)
            px = max(window.canvas.vb.viewPixelSize())
            assert np.allclose(ctrl.start, (x, y), atol=2 * px), (ctrl.start, (x, y))
            # and, paused and left alone, it goes quiet (a relayout loop kept it busy for ever)
            ctrl.pause()
            if window.feature("basin").mapper.busy:
                window.feature("basin").panel.cancel.click()
            if window.feature("basin").mapper.enabled:  # (an automatic recompute would paint its progress)
                window.feature("basin").act_toggle.trigger()
            qtbot.wait(300)
            busy = restlessness(qtbot, window)
            assert busy == {"range changes": 0, "repaints": 0}, f"a paused, untouched window kept busy: {busy}"
            if recorder.seen:
                fail(f"an exception reached sys.excepthook:\n{recorder.seen[0]}")
    finally:
        trace.close()
        guard.stop()
        ctrl.pause()
        window.feature("basin").shutdown()
        window.feature("presenter").restore_app()
        if not failed:  # (a failure wrote the log with its reason)
            log_path.write_text(f"seed {seed}, {len(log)} actions\n" + "\n".join(log) + "\n")
    names = {line.split(": ", 1)[1].split(" ")[0] for line in log}
    print(f"\naction storm: {len(log)} actions survived in {elapsed:.1f} s (seed {seed}; {log_path})")
    assert len(log) == ACTIONS
    assert len(names) > 25  # the mix really was mixed
