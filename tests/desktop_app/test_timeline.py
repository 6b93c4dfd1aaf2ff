"""Rewind: the timeline scrubs over computed steps (trails, markers, overlays and the
update-rule numbers follow), a click on the loss plot jumps to a step, Play goes back
to the live end."""
from __future__ import annotations

import numpy as np
from PySide6 import QtCore

from desktop_app.model import scenarios

SCENARIOS = {sc.number: sc for sc in scenarios.load_all()}


def raced(window, steps=60):
    window.ctrl.advance(steps)
    return window.ctrl


def test_slider_range_is_what_was_computed(window):
    ctrl = raced(window, 37)
    tl = window.feature("timeline").timeline
    assert (tl.slider.minimum(), tl.slider.maximum(), tl.slider.value()) == (0, 37, 37)
    assert not tl.live_button.isEnabled()


def test_scrubbing_cuts_trails_and_moves_markers(window):
    ctrl = raced(window, 60)
    window.feature("timeline").timeline.slider.setValue(20)
    assert ctrl.rewound and ctrl.shown_step == 20 and not ctrl.playing
    for entry in ctrl.active:
        x, y = window.canvas.trail_data(entry.key)
        np.testing.assert_array_equal([x[-1], y[-1]], entry.lane.history.view("points")[20])
    spots = {s.data(): (s.pos().x(), s.pos().y()) for s in window.canvas.markers.points()}
    e = ctrl.active[0]
    np.testing.assert_array_equal(spots[e.key], e.lane.history.view("points")[20])
    assert "rewound" in window.feature("timeline").timeline.label.text() and window.feature("timeline").timeline.live_button.isEnabled()
    assert ctrl.t == 60  # history is kept: nothing was recomputed


def test_step_walks_forward_through_a_replay_then_computes(window):
    ctrl = raced(window, 40)
    ctrl.show_step(38)
    e = ctrl.active[0]
    for shown, rewound in ((39, True), (40, False)):  # 40 is the live end
        window.act_step.trigger()
        assert (ctrl.shown_step, ctrl.rewound, ctrl.t) == (shown, rewound, 40)
    x, y = window.canvas.trail_data(e.key)
    np.testing.assert_array_equal([x[-1], y[-1]], e.lane.history.view("points")[40])
    window.act_step.trigger()
    assert not ctrl.rewound and ctrl.t == 41
    x, y = window.canvas.trail_data(e.key)
    np.testing.assert_array_equal([x[-1], y[-1]], e.lane.point)


def test_step_walks_a_finished_race_too(window):
    ctrl = window.ctrl
    ctrl.set_step_limit(30)
    ctrl.advance(100)
    assert ctrl.t == 30 and not ctrl.playing
    ctrl.show_step(10)
    window.act_step.trigger()
    assert ctrl.shown_step == 11


def test_play_goes_back_to_the_live_end(window):
    ctrl = raced(window, 40)
    ctrl.show_step(5)
    ctrl.play()
    assert not ctrl.rewound
    ctrl.pause()


def test_scrub_to_the_end_is_live_and_reset_clears_it(window):
    ctrl = raced(window, 30)
    ctrl.show_step(30)
    assert not ctrl.rewound
    ctrl.show_step(10)
    ctrl.reset()
    assert not ctrl.rewound and ctrl.t == 0
    ctrl.show_step(-5)  # clamped: step 0 is the live end of a fresh race
    assert ctrl.shown_step == 0


def test_shortcut_actions_nudge_the_shown_step(window):
    ctrl = raced(window, 50)
    names = {a.text(): a for a in window.feature("timeline").actions}
    names["Rewind ten steps"].trigger()
    assert ctrl.shown_step == 40
    names["Rewind one step"].trigger()
    assert ctrl.shown_step == 39
    names["Forward one step (in history)"].trigger()
    assert ctrl.shown_step == 40
    names["Rewind to step 0"].trigger()
    assert ctrl.shown_step == 0
    names["Back to the live end"].trigger()
    assert not ctrl.rewound
    assert all(a.shortcuts() for a in window.feature("timeline").actions)


def test_clicking_the_loss_plot_jumps_to_that_step(window, qtbot):
    ctrl = raced(window, 80)
    lp = window.loss_plot
    window.loss_dock.raise_() if hasattr(window, "loss_dock") else None
    qtbot.waitUntil(lambda: lp.isVisible() and lp.width() > 50)
    vb = lp.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = vb.viewRange()
    pixel = lp.mapFromScene(vb.mapViewToScene(QtCore.QPointF(30.0, 0.5 * (y0 + y1))))
    qtbot.mouseClick(lp.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pixel)
    step_px = (x1 - x0) / vb.width()
    assert abs(ctrl.shown_step - 30) <= max(1, round(2 * step_px))
    assert window.feature("timeline").loss_clicks.line.isVisible()
    assert window.feature("timeline").loss_clicks.line.value() == ctrl.shown_step


def test_update_rule_numbers_follow_the_shown_step(window):
    assert window.feature("scenarios").load(SCENARIOS[17])  # focus: Adam without bias correction
    ctrl = raced(window, 30)
    panel = window.feature("update_rule").panel
    text = panel.numbers.text()
    for sym in ("g", "m", "v", "ηₜ,eff", "Δx"):
        assert f"<b>{sym}</b>" in text
    assert "<b>m̂</b>" not in text and "m̂" not in panel.formula.text()  # m̂ = m here: not shown as m̂
    assert "step 29 → 30" in panel.where.text()
    ctrl.show_step(3)
    assert "step 2 → 3" in panel.where.text()
    ctrl.show_step(0)
    assert "no step taken yet" in panel.where.text() and panel.numbers.text() == ""
    ctrl.set_focus(ctrl.active[0].key)  # Adam with bias correction: m̂ and v̂ are its own
    assert "m̂ = m / (1 − β₁ᵗ)" in panel.formula.text().replace("\u00a0", " ")
