"""Lecture scenarios in the window: every file loads exactly (lanes, colours, seeds, speed,
step limit, focus, caption, overlays) from the Scenarios menu and its keys, and plays."""
from __future__ import annotations

import numpy as np
import pytest

from desktop_app import scenarios

ALL = scenarios.load_all()


def test_every_scenario_file_is_listed_with_a_unique_key():
    assert len(ALL) == 20
    assert [sc.number for sc in ALL] == list(range(1, 21))
    keys = [sc.shortcut for sc in ALL]
    assert keys == [str(i) for i in range(1, 10)] + ["0"] + [f"Shift+{i}" for i in range(1, 10)] + ["Shift+0"]
    assert all(sc.title and sc.setup.caption for sc in ALL)


@pytest.mark.parametrize("key, text", [(1, "1"), (0, "0"), ("shift+5", "Shift+5"), ("Shift+0", "Shift+0"),
                                       (True, ""), (12, ""), ("ctrl+1", ""), (None, ""), ("x", "")])
def test_key_text(key, text):
    assert scenarios.key_text(key) == text


def test_a_broken_file_is_skipped(tmp_path):
    (tmp_path / "a.json").write_text(ALL[0].path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    assert [sc.path.name for sc in scenarios.load_all(tmp_path)] == ["a.json"]


def test_load_setup_races_exactly_the_setup(ctrl):
    sc = next(s for s in ALL if s.number == 10)  # two SGD lanes: the second is an added instance
    assert ctrl.load_setup(sc.setup)
    setup = sc.setup
    assert [e.label for e in ctrl.active] == [lane.label for lane in setup.lanes]
    assert [e.colour for e in ctrl.active] == [lane.color for lane in setup.lanes]
    for entry, lane in zip(ctrl.active, setup.lanes):
        for k, v in lane.hyperparams.items():
            assert entry.optimizer.hyperparams[k] == v
    assert ctrl.step_limit == setup.steps and ctrl.speed == sc.speed
    np.testing.assert_array_equal(ctrl.start, setup.start)
    assert ctrl.focused is ctrl.active[sc.focus]
    assert ctrl.caption == setup.caption and ctrl.t == 0 and not ctrl.playing
    # loading another drops the added instance and restores the plain entry's look
    sc2 = next(s for s in ALL if s.number == 1)
    assert ctrl.load_setup(sc2.setup)
    assert sum(e.name == "sgd" for e in ctrl.entries) == 1
    assert [e.label for e in ctrl.active] == [lane.label for lane in sc2.setup.lanes]


def test_load_setup_keeps_the_seeds_so_noisy_runs_replay(ctrl):
    sc = next(s for s in ALL if s.number == 18)
    assert ctrl.load_setup(sc.setup)
    ctrl.advance(50)
    ref = sc.setup.build_run()
    ref.step(50)
    np.testing.assert_allclose(ctrl.active[0].lane.history.view("points"), ref.lanes[0].history.view("points"))


def test_a_bad_setup_changes_nothing(ctrl):
    sc = ALL[0]
    bad = scenarios.load(sc.path).setup
    bad.start = (float("nan"), 0.0)
    before = [e.label for e in ctrl.active]
    messages = []
    ctrl.sigStatus.connect(messages.append)
    assert not ctrl.load_setup(bad)
    assert [e.label for e in ctrl.active] == before and messages
