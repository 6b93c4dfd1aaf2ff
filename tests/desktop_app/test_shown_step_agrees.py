"""One notion of "the step shown" and "the lane in focus" (issue 14 item 6): the race
table's row, the timeline's label, the map's legend and the update-rule panel print the
same step after every tick of a playing race, scrubbed or paused; focus on an optimizer
that does not race reads the same in the legend and the panel."""
from __future__ import annotations

import re

from PySide6 import QtCore

from desktop_app.model import scenarios

SCENARIOS = {sc.number: sc for sc in scenarios.load_all()}


def shown_steps(window) -> dict[str, int]:
    """The step each view prints for the lane in focus."""
    ctrl = window.ctrl
    entry = ctrl.focused
    table = window.race_table.model()
    row = ctrl.active.index(entry)
    legend = window.feature("overlays").overlays.legend.textItem.toPlainText()
    where = window.feature("update_rule").panel.where.text()
    return {
        "table": int(table.data(table.index(row, 1))),
        "timeline": int(re.match(r"step (\d+) of", window.feature("timeline").timeline.label.text()).group(1)),
        "legend": int(re.search(rf"{re.escape(entry.label)}, step (\d+)", legend).group(1)),
        "panel": int(re.search(r"step \d+ → (\d+)", where).group(1)),
    }


def test_every_view_prints_the_same_step_after_each_tick(window, qtbot):
    ctrl = window.ctrl
    assert window.feature("scenarios").load(SCENARIOS[17])  # arrows on: the legend names the focused lane
    ctrl.advance(2)  # the panel reads "step a → b" from the first step on
    ctrl.set_speed(600)  # several steps a tick: the throttled views used to lag differently
    seen = []

    def tick():
        steps = shown_steps(window)
        steps["status bar"] = int(re.match(r"step (\d+) /", window.step_label.text()).group(1))
        seen.append(steps)

    ctrl.sigStepped.connect(tick)  # after the views' own slots (connected when they were made)
    ctrl.play()
    qtbot.waitUntil(lambda: ctrl.t >= 150 or not ctrl.playing, timeout=20_000)
    ctrl.pause()
    ctrl.sigStepped.disconnect(tick)
    assert len(seen) >= 5
    for steps in seen:
        assert len(set(steps.values())) == 1, steps
    # paused, every view shows the last step computed
    assert set(shown_steps(window).values()) == {ctrl.t}
    ctrl.show_step(40)  # scrubbed back: all of them at 40
    assert set(shown_steps(window).values()) == {40}


def test_a_lane_that_stopped_shows_its_own_last_step_everywhere(window):
    ctrl = window.ctrl
    assert window.feature("scenarios").load(SCENARIOS[17])
    entry = ctrl.focused
    ctrl.set_hyperparams(entry.key, lr=0.5)
    ctrl.set_step_limit(5000)
    ctrl.advance(5000)
    assert entry.lane.status == "converged" and entry.lane.t < ctrl.t
    steps = shown_steps(window)
    # the timeline counts the race's steps; the lane's own numbers are its last step's
    assert steps.pop("timeline") == ctrl.t
    assert set(steps.values()) == {entry.lane.t}, steps


def test_focus_on_an_optimizer_that_does_not_race_reads_the_same_in_legend_and_panel(window):
    ctrl = window.ctrl
    assert window.feature("scenarios").load(SCENARIOS[17])
    ctrl.advance(3)
    adamw = next(e for e in ctrl.entries if e.name == "adamw")
    assert adamw.lane is None
    ctrl.set_focus(adamw.key)
    legend = window.feature("overlays").overlays.legend.textItem.toPlainText()
    panel = window.feature("update_rule").panel
    assert "AdamW" in legend and "not racing" in legend and "step" not in legend  # no keys to arrows not drawn
    assert "AdamW" in panel.title.text() and "not racing" in panel.where.text()
    assert panel.numbers.text() == "" and "No optimizer" not in panel.title.text()
    assert "m ← β₁ m" in panel.formula.text()  # its rule, from its options


def test_on_a_data_surface_the_data_views_title_reads_the_same_step(window, qtbot):
    ctrl = window.ctrl
    assert ctrl.load_setup(SCENARIOS[25].setup)  # a data surface: the data view opens
    view = window.feature("data_view").view
    assert view.isVisible()
    ctrl.advance(2)
    ctrl.set_speed(600)
    seen = []

    def tick():
        steps = shown_steps(window)
        steps["data view"] = int(re.search(r"step (\d+)", view.title.text()).group(1))
        seen.append(steps)

    ctrl.sigStepped.connect(tick)
    ctrl.play()
    qtbot.waitUntil(lambda: ctrl.t >= 100 or not ctrl.playing, timeout=20_000)
    ctrl.pause()
    ctrl.sigStepped.disconnect(tick)
    assert len(seen) >= 5
    for steps in seen:
        assert len(set(steps.values())) == 1, steps
