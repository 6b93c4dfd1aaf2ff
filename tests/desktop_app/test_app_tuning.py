"""Live tuning through the generated panels: the next step uses the new value, the trail
and the optimizer's state are kept, bad values are refused with a clear message."""
from __future__ import annotations

import copy

import numpy as np
import pytest
from PySide6 import QtCore

from desktop_app.widgets.panels import MODIFIERS_GROUP, limits, param_dict
from engine import optimizers
from engine.spec import Param

from desktop_helpers import assert_trail_ends_at_lane, entry_named


def focus(window, ctrl, name):
    entry = entry_named(ctrl, name)
    item = window.optimizer_list.item_for(entry.key)
    window.optimizer_list.list.setCurrentItem(item)  # what a click on the row does
    assert ctrl.focused is entry
    assert window.optimizer_panel.entry is entry
    return entry


@pytest.mark.parametrize("name", ["sgd", "momentum", "adam"])
def test_lr_change_mid_run_changes_the_very_next_step(qtbot, window, ctrl, name):
    entry = focus(window, ctrl, name)
    ctrl.advance(20)
    before = entry.lane.history.view("points").copy()
    # the engine's own prediction: the same stepper, copied, with the new lr
    twin = copy.deepcopy(entry.lane.stepper)
    unchanged = copy.deepcopy(entry.lane.stepper)
    unchanged.step()
    old_lr = entry.optimizer.hyperparams["lr"]
    new_lr = old_lr * 3
    twin.optimizer.set(lr=new_lr)
    twin.step()
    window.optimizer_panel.specs.parameter("lr").setValue(new_lr)  # through the panel
    assert entry.optimizer.hyperparams["lr"] == new_lr
    window.act_step.trigger()
    np.testing.assert_allclose(entry.lane.point, twin.points[0], rtol=0, atol=1e-15)
    assert np.abs(entry.lane.point - unchanged.points[0]).max() > 1e-6  # not the old lr's step
    after = entry.lane.history.view("points")
    assert len(after) == len(before) + 1
    np.testing.assert_array_equal(after[:-1], before)  # the trail is kept
    assert_trail_ends_at_lane(window.canvas, entry)


def test_sgd_step_after_change_matches_the_formula(qtbot, window, ctrl):
    entry = focus(window, ctrl, "sgd")
    ctrl.advance(7)
    x = entry.lane.point.copy()
    window.optimizer_panel.specs.parameter("lr").setValue(0.002)
    ctrl.step_once()
    np.testing.assert_allclose(entry.lane.point, x - 0.002 * ctrl.surface.grad(x), rtol=1e-15)


def test_panel_is_generated_from_the_spec(qtbot, window, ctrl):
    entry = focus(window, ctrl, "adam")
    panel = window.optimizer_panel.specs
    for p in entry.optimizer.spec:
        param = panel.parameter(p.name)
        assert param.value() == entry.optimizer.hyperparams[p.name]
        assert p.doc in param.opts["tip"]
        if p.group == "modifiers":
            assert param.parent().name() == MODIFIERS_GROUP
    assert panel.parameter("noise").parent().name() == MODIFIERS_GROUP
    lr = panel.parameter("lr")
    assert lr.opts["dec"] is True  # log scale: decimal stepping
    lo, hi = lr.opts["limits"]
    assert 0 < lo < 1e-5 and hi == 1e3  # open bound (0, ...) nudged inward
    assert panel.parameter("amsgrad").type() == "bool"
    assert panel.parameter("schedule").type() == "list"
    assert panel.parameter("step_size").type() == "int"


def test_param_dict_kinds_and_bounds():
    beta = Param("beta1", 0.9, "decay", low=0.0, high=1.0, high_open=True)
    d = param_dict(beta, 0.9)
    assert d["type"] == "float" and d["limits"][0] == 0.0 and 0.999 < d["limits"][1] < 1.0
    assert limits(Param("x", 0.0, "", low=0.0)) == (0.0, None)
    assert param_dict(Param("k", 3, "", kind="int", low=1, high=9), 3)["limits"] == (1, 9)
    choice = param_dict(Param("c", "a", "", kind="choice", choices=("a", "b")), "a")
    assert choice["type"] == "list" and choice["limits"] == ["a", "b"]


def test_every_optimizer_panel_builds_from_its_spec(qtbot, window, ctrl):
    for entry in list(ctrl.entries):
        ctrl.set_focus(entry.key)
        names = {p.name for p in entry.optimizer.spec} | {"noise"}
        assert set(window.optimizer_panel.specs.values()) == names


def test_value_refused_by_the_engine_keeps_the_old_value_and_says_why(qtbot, window, ctrl, caplog):
    entry = focus(window, ctrl, "nesterov")
    panel = window.optimizer_panel.specs
    old = entry.optimizer.hyperparams["momentum"]
    panel.parameter("momentum").setValue(0.0)  # in range, but Nesterov needs momentum > 0
    assert entry.optimizer.hyperparams["momentum"] == old
    assert panel.parameter("momentum").value() == old
    message = window.statusBar().currentMessage()
    assert "momentum" in message and "Nesterov" in message
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_typed_out_of_range_number_is_refused_with_the_engines_wording(qtbot, window, ctrl):
    entry = focus(window, ctrl, "adam")
    tree = window.optimizer_panel.specs.tree
    item = next(i for i in tree.listAllItems() if getattr(i, "param", None) is not None
                and i.param.name() == "beta1")
    edit = item.widget.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "1.5")
    message = window.statusBar().currentMessage()
    assert "beta1" in message and "1.5" in message and "[0, 1)" in message
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    assert entry.optimizer.hyperparams["beta1"] == 0.9


def test_reset_to_suggested_uses_the_surface_values(qtbot, window, ctrl):
    entry = focus(window, ctrl, "sgd")
    panel = window.optimizer_panel.specs
    panel.parameter("lr").setValue(0.3)
    panel.parameter("max_grad_norm").setValue(2.0)
    panel.root.child("reset").activate()
    want = {**entry.optimizer.spec.defaults(), **ctrl.surface.suggested_for("sgd")}
    assert entry.optimizer.hyperparams == want
    assert panel.parameter("lr").value() == want["lr"]
    assert panel.parameter("max_grad_norm").value() == 0.0


def test_noise_applies_to_the_lane(qtbot, window, ctrl):
    entry = focus(window, ctrl, "sgd")
    window.optimizer_panel.specs.parameter("noise").setValue(0.25)
    assert entry.noise == 0.25 and entry.lane.noise == 0.25


def test_two_instances_of_sgd_race_with_different_learning_rates(qtbot, window, ctrl):
    first = focus(window, ctrl, "sgd")
    window.optimizer_panel.specs.parameter("lr").setValue(0.01)
    window.optimizer_list.add_button.click()
    second = ctrl.focused
    assert second is not first and second.name == "sgd" and second.checked
    assert second.optimizer.hyperparams["lr"] == 0.01  # duplicated with the current settings
    window.optimizer_panel.specs.parameter("lr").setValue(0.03)
    assert first.optimizer.hyperparams["lr"] == 0.01  # its own optimizer object
    assert second.colour != first.colour and second.label != first.label
    ctrl.advance(10)
    assert not np.allclose(first.lane.point, second.lane.point)
    assert set(window.canvas.trails) == {e.key for e in ctrl.active}
    assert window.race_table.model().rowCount() == len(ctrl.active)
    labels = [window.optimizer_list.list.item(i).text() for i in range(window.optimizer_list.list.count())]
    assert "SGD #2   (lr 0.03)" in labels
    assert window.optimizer_list.remove_button.isEnabled()
    window.optimizer_list.remove_button.click()
    assert second not in ctrl.entries and second.key not in window.canvas.trails
    assert len([e for e in ctrl.entries if e.name == "sgd"]) == 1


def test_base_entries_cannot_be_removed(qtbot, window, ctrl):
    entry = focus(window, ctrl, "adam")
    assert not window.optimizer_list.remove_button.isEnabled()
    assert not ctrl.remove_instance(entry.key)
    assert entry in ctrl.entries


def test_ticking_and_unticking_in_the_list(qtbot, window, ctrl):
    lion = entry_named(ctrl, "lion")
    item = window.optimizer_list.item_for(lion.key)
    ctrl.advance(10)
    item.setCheckState(QtCore.Qt.CheckState.Checked)
    assert lion.checked and lion.lane is not None and lion.key in window.canvas.trails
    assert ctrl.t == 0  # a fair race restarts together
    ctrl.advance(10)
    sgd = entry_named(ctrl, "sgd")
    window.optimizer_list.item_for(sgd.key).setCheckState(QtCore.Qt.CheckState.Unchecked)
    assert not sgd.checked and sgd.key not in window.canvas.trails
    assert ctrl.t == 10  # the others go on
    assert optimizers.names()  # sanity: the engine is there


def test_every_optimizer_has_its_own_colour_and_instances_get_new_ones(ctrl):
    colours = [e.colour for e in ctrl.entries]
    assert len(set(colours)) == len(colours) == len(optimizers.names())
    extra = ctrl.add_instance(entry_named(ctrl, "sgd").key)
    assert extra.colour not in colours
