"""Defects the action storm found, each pinned down by the shortest sequence that showed it."""
from __future__ import annotations

from reliability_helpers import ExceptionRecorder


def test_compare_dialog_follows_instances_removed_while_it_is_open(qtbot, window, ctrl):
    """Storm seed 1: the compare dialog open, a scenario loaded (which drops added
    instances), then Compute raised KeyError for the instance that was gone."""
    window.basin.mapper.set_resolution(8)
    window.basin.mapper.set_steps(20)
    extra = ctrl.add_instance(ctrl.focused.key)
    dialog = window.basin.open_compare()
    qtbot.addWidget(dialog)
    dialog.first.setCurrentIndex(dialog.first.findData(extra.key))
    window.scenario_menu.actions[0].trigger()  # a scenario: instances added earlier are dropped
    assert all(e.key != extra.key for e in ctrl.entries)
    keys = {e.key for e in ctrl.entries}
    assert {dialog.first.itemData(i) for i in range(dialog.first.count())} == keys
    with ExceptionRecorder() as recorder:
        dialog.compute.click()
    assert not recorder.seen
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert [t.key for t in dialog.job.tasks] == [dialog.first.currentData(), dialog.second.currentData()]
    dialog.close()
