"""Data surfaces in the window (issue 17): the data view's fit is the model at the focused
lane's parameters at the step shown, the gradient fan is drawn from every example's
gradient at that point, epochs in the table, timeline and loss plot, the batch size in the
Settings panel through the validated path, and the feature's view state in setups."""
from __future__ import annotations

import json

import numpy as np
import pytest

from engine.setup import Setup, SetupError

from desktop_app.geometry import gradient_fan as gf
from desktop_app.model import scenarios
from desktop_app.widgets.race_table import COLUMNS, EPOCH

SCENARIOS = {sc.number: sc for sc in scenarios.load_all()}


def load(window, number):
    assert window.ctrl.load_setup(SCENARIOS[number].setup)
    return window.ctrl


def feature(window):
    return window.feature("data_view")


def test_the_data_dock_opens_on_data_surfaces_and_goes_off_them(qtbot, window):
    f = feature(window)
    assert not f.is_open and not f.act_open.isEnabled() and not f.act_fan.isEnabled()
    load(window, 25)
    assert f.is_open and f.act_open.isEnabled()
    window.ctrl.set_surface("rosenbrock")
    assert not f.is_open and not f.act_open.isEnabled()
    window.ctrl.set_surface("logistic_regression")
    assert f.is_open
    f.act_open.trigger()                   # closed by hand: stays closed on the next data surface
    assert not f.is_open
    window.ctrl.set_surface("tiny_network")
    assert not f.is_open


@pytest.mark.parametrize("surface", ["linear_regression", "logistic_regression", "tiny_network"])
def test_the_drawn_fit_is_the_model_at_the_focused_lanes_point_and_follows_the_timeline(qtbot, window, surface):
    ctrl = window.ctrl
    ctrl.set_surface(surface)
    ctrl.advance(40)
    view = feature(window).view
    entry = ctrl.focused
    pts = entry.lane.history.view("points")
    s = ctrl.surface
    for step in (None, 0, 13, 27):
        if step is not None:
            ctrl.show_step(step)
        w, b = pts[40 if step is None else step]
        x, y = view.fit_data()
        z = (x - s.x_shift) / s.x_scale                         # the model's own input
        if surface == "linear_regression":
            ref = w * z + b
        elif surface == "logistic_regression":
            ref = 1.0 / (1.0 + np.exp(-(w * z + b)))
        else:
            th = s.theta
            sig = lambda u: 1.0 / (1.0 + np.exp(-u))  # noqa: E731
            ref = th[4] * sig(th[0] * z + w) + th[5] * sig(th[1] * z + b) + th[6]
        np.testing.assert_allclose(y, ref, rtol=1e-10, atol=1e-12)
        assert f"step {40 if step is None else step}" in view.title.text()
    px, py = view.points.getData()
    np.testing.assert_array_equal(py, s.targets)


def test_the_minibatch_rings_are_the_examples_the_shown_step_used(qtbot, window):
    ctrl = load(window, 25)                  # focus: SGD batch 1
    ctrl.advance(12)
    ctrl.show_step(7)
    idx = ctrl.minibatch_at(ctrl.focused, 7)
    assert len(idx) == 1
    bx, by = feature(window).view.batch.getData()
    np.testing.assert_array_equal(by, ctrl.surface.targets[idx])
    assert "epoch" in feature(window).view.title.text()


def test_the_gradient_fan_is_every_examples_gradient_where_the_step_started(qtbot, window):
    ctrl = load(window, 25)
    ctrl.advance(20)
    ctrl.show_step(9)
    f = feature(window)
    f.act_fan.trigger()
    assert f.fan.enabled and "gradient_fan" in window.feature("overlays").view_state()
    entry = ctrl.focused
    origin = entry.lane.history.view("points")[8]
    fan, scale = f.fan.fan, f.fan.scale
    np.testing.assert_array_equal(fan.origin, origin)
    # the fan's mean is the full gradient (the surface's), its batch the step's minibatch
    np.testing.assert_allclose(fan.full, ctrl.surface.grad(origin), rtol=1e-12)
    np.testing.assert_array_equal(fan.batch, ctrl.minibatch_at(entry, 9))
    x, y = f.fan.items["fan"].getData()
    np.testing.assert_allclose(np.column_stack([x, y])[1::2], origin - scale * fan.per_example, rtol=1e-12)
    np.testing.assert_array_equal(np.column_stack([x, y])[0::2], np.broadcast_to(origin, (442, 2)))
    x, y = f.fan.items["full"].getData()
    np.testing.assert_allclose([x[1], y[1]], origin - scale * ctrl.surface.grad(origin), rtol=1e-12)
    # the orange mean arrow is the gradient the optimizer moved by (lr 0.1, no noise)
    x, y = f.fan.items["batch_mean"].getData()
    step = entry.lane.history.view("points")[9] - origin
    np.testing.assert_allclose([x[1] - x[0], y[1] - y[0]], scale * step / 0.1, rtol=1e-9)
    assert f.fan.items["spread"].isVisible() and f.fan.legend.isVisible()
    assert scale == gf.fan_scale(fan, f.fan._extent())


def test_scenarios_and_hide_all_switch_the_fan_with_the_other_overlays(qtbot, window):
    load(window, 25)
    f = feature(window)
    setup = SCENARIOS[26].setup
    setup = Setup.from_json(setup.to_json())
    setup.view["overlays"] = ["gradient_fan"]
    window.ctrl.load_setup(setup)
    window.feature("overlays").restore(setup.view["overlays"], setup.view)
    assert f.fan.enabled and f.act_fan.isChecked()
    window.api.action("overlays.hide_all").trigger()
    assert not f.fan.enabled and not f.act_fan.isChecked()


def test_epochs_in_the_race_table_timeline_and_loss_plot(qtbot, window):
    table = window.race_table
    assert table.isColumnHidden(EPOCH)
    ctrl = load(window, 25)
    assert not table.isColumnHidden(EPOCH)
    ctrl.advance(28)
    model = table.model()
    texts = [model.index(r, EPOCH).data() for r in range(3)]
    assert texts == [f"{28 / 442:.2f}", "2.00", "28.00"]        # batch 1, 32 (14 steps an epoch), full
    ctrl.advance(100)
    assert model.index(2, EPOCH).data() == "128"                # whole epochs from 100 on
    assert COLUMNS[EPOCH] == "Epoch"
    assert f"epoch {128 / 442:.2f}" in window.feature("timeline").timeline.label.text()
    f = feature(window)
    f.act_epochs.trigger()
    loss = window.loss_plot
    assert loss.in_epochs and loss.getPlotItem().getAxis("bottom").labelText == "epoch"
    x, _ = loss.curves[ctrl.active[1].key].getData()
    assert x[-1] == pytest.approx(128 / 14)
    ctrl.show_step(14)
    clicks = window.feature("timeline").loss_clicks
    assert clicks.line.value() == pytest.approx(14 / 442)       # the focused lane's epochs
    assert loss.step_of_x(14 / 442) == pytest.approx(14)
    window.ctrl.set_surface("ravine")                           # no epochs there: steps again
    assert not loss.in_epochs and loss.getPlotItem().getAxis("bottom").labelText == "step"


def test_batch_size_in_the_settings_panel_goes_through_the_validated_path(qtbot, window):
    ctrl = window.ctrl
    with pytest.raises(KeyError):
        window.optimizer_panel.specs.parameter("batch_size")    # ravine: no examples
    ctrl.set_surface("logistic_regression")
    param = window.optimizer_panel.specs.parameter("batch_size")
    assert param.value() == 23 and param.opts["limits"] == (1, 23)
    entry = ctrl.focused
    param.setValue(4)
    assert entry.batch_size == 4 and entry.lane.stepper.oracle.sampler.batch_size == 4
    assert not window.race_table.isColumnHidden(EPOCH)
    # a value the engine refuses is put back and the status bar says why
    ctrl.set_hyperparams(entry.key, batch_size=99)
    assert "batch_size" in window.statusBar().currentMessage() and param.value() == 4
    saved = json.loads(ctrl.to_setup().to_json())
    focus = ctrl.active.index(entry)
    assert saved["optimizers"][focus]["batch_size"] == 4


def test_the_view_state_round_trips_and_broken_ones_name_their_path(qtbot, window):
    f = feature(window)
    load(window, 27)
    f.act_epochs.setChecked(True)
    state = f.view_state()
    assert state == {"open": True, "epochs": True}
    f.act_epochs.setChecked(False)
    f.restore(state, {})
    assert f.act_epochs.isChecked() and f.is_open
    for bad, where in (([], "view.data_view"), ({"open": 1}, "view.data_view.open"),
                       ({"shut": True}, "view.data_view.shut"), ({"epochs": "yes"}, "view.data_view.epochs")):
        with pytest.raises(SetupError) as err:
            f.check_view_state(bad, "view.data_view")
        assert err.value.where == where


def test_the_feature_can_be_removed_and_leaves_nothing(qtbot, window):
    load(window, 25)
    feature(window).act_fan.trigger()
    window.features.remove("data_view")
    assert not any(name.startswith("fan.") for name in window.canvas.overlays)
    with pytest.raises(KeyError):
        window.api.action("data_view.fan")
    window.ctrl.advance(3)                   # nothing left listening breaks
    window.api.action("overlays.hide_all").trigger()
    assert "gradient_fan" not in window.feature("overlays").view_state()


def test_the_fan_legend_stays_inside_the_map_on_a_small_window(qtbot, window):
    ctrl = load(window, 25)
    window.resize(1000, 620)
    qtbot.wait(50)
    ctrl.advance(5)
    feature(window).act_fan.trigger()
    legend, vb = feature(window).fan.legend, window.canvas.vb
    assert legend.isVisible()
    box = legend.mapRectToItem(vb, legend.boundingRect())
    assert box.left() >= 0 and box.right() <= vb.width() + 1
    caption = window.canvas.caption
    if caption.isVisible():   # under the caption, not on it
        assert box.top() >= caption.mapRectToItem(vb, caption.boundingRect()).bottom()
