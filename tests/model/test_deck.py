"""Decks without Qt: the file format, its refusals (with JSON paths), the built-in course
deck, and how a finished race answers a slide's question."""
from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest

from engine.setup import SetupError

from desktop_app.model import deck as deck_mod
from desktop_app.model.questions import LaneResult, Question, answer, score_click


def _builtin_dict() -> dict:
    return json.loads(deck_mod.builtin_path().read_text(encoding="utf-8"))


def _race(setup) -> list[LaneResult]:
    run = setup.build_run()
    run.step(setup.steps)
    return [LaneResult(lane.label, lane.history.view("points").copy(), lane.history.view("values").copy(),
                       lane.status) for lane in run.lanes]


def test_builtin_deck_round_trips():
    deck = deck_mod.read("builtin")
    again = deck_mod.from_json(deck.to_json())
    assert again.to_json() == deck.to_json()
    assert len(deck.slides) >= 20 and sum(s.question is not None for s in deck.slides) >= 8


def test_a_saved_deck_with_inline_setups_round_trips(tmp_path):
    deck = deck_mod.read("builtin")
    for slide in deck.slides:
        slide.scenario = None  # as the editor saves a slide made from the current setup
    deck.slides[0].question.tally = {"top right": 40, "bottom left": 12}
    path = tmp_path / "lecture.json"
    deck_mod.write(deck, path)
    again = deck_mod.read(path)
    assert again.to_json() == deck.to_json()
    assert "setup" in json.loads(path.read_text())["slides"][0]


# each: (what to break, the JSON path the message must name, a word of the message)
BROKEN = [
    (lambda d: d.update(format="optimizer-playground-setup"), "format", "File → Open"),
    (lambda d: d.update(version=99), "version", "newer"),
    (lambda d: d.update(version="1"), "version", "whole number"),
    (lambda d: d.update(slides=[]), "slides", "at least one"),
    (lambda d: d.update(extra=1), "extra", "unknown key"),
    (lambda d: d["slides"][3].update(scenario="nope"), "slides[3].scenario", "no built-in scenario"),
    (lambda d: d["slides"][3].update(setup={}), "slides[3]", "exactly one"),
    (lambda d: d["slides"][2]["question"].update(kind="essay"), "slides[2].question.kind", "one of"),
    (lambda d: d["slides"][2]["question"].update(answer={"first_below": "low"}),
     "slides[2].question.answer.first_below", "finite number"),
    (lambda d: d["slides"][2]["question"].update(answer={"end_of": 0}), "slides[2].question.answer", "no answer"),
    (lambda d: d["slides"][0]["question"].update(answer={"end_of": 5}),
     "slides[0].question.answer.end_of", "index of an optimizer"),
    (lambda d: d["slides"][2]["question"].update(prompt=" "), "slides[2].question.prompt", "predict"),
    (lambda d: d["slides"][2]["question"].update(tally={"SGD": -3}), "slides[2].question.tally.SGD", "count"),
    (lambda d: d["slides"][1].update(notes=7), "slides[1].notes", "text"),
    (lambda d: d["slides"][1].pop("scenario") and d["slides"][1].update(
        setup={"format": "optimizer-playground-setup", "version": 1, "surface": {"name": "ravin"},
               "start": [0, 0]}), "slides[1].setup.surface.name", "ravine"),
    (lambda d: d["slides"][1].pop("scenario") and d["slides"][1].update(
        setup={"version": 1, "surface": {"name": "ravine"}, "start": [0, 0],
               "optimizers": [{"optimizer": "adam", "hyperparams": {"lr": -1}}]}),
     "slides[1].setup.optimizers[0].hyperparams.lr", "lr"),
]


@pytest.mark.parametrize("breaker, where, word", BROKEN, ids=[b[1] for b in BROKEN])
def test_a_broken_deck_is_refused_naming_where(breaker, where, word):
    data = _builtin_dict()
    breaker(data)
    with pytest.raises(SetupError) as info:
        deck_mod.from_json(json.dumps(data))
    assert info.value.where == where
    assert word in info.value.message


@pytest.mark.parametrize("text, word", [("{", "not valid JSON"), ("[1]", "object"), ('{"a": NaN}', "NaN"),
                                         ("[" * 100_000, "deeply")])
def test_text_that_is_not_a_deck_is_refused(text, word):
    with pytest.raises(SetupError, match=word):
        deck_mod.from_json(text)


def test_the_window_check_runs_on_every_slide_with_its_path():
    def window_check(setup):
        if setup.steps > 500:
            raise SetupError("steps", "too many for this test")
    with pytest.raises(SetupError) as info:
        deck_mod.read("builtin", check_setup=window_check)
    assert info.value.where.startswith("slides[") and info.value.where.endswith("].setup.steps")


def _lanes(*specs):
    return [LaneResult(label, np.asarray(points, float), np.asarray(values, float), status)
            for label, points, values, status in specs]


def test_answer_rules_on_races_with_known_results():
    lanes = _lanes(("A", [[0, 0], [1, 1], [2, 2]], [5.0, 0.5, 0.1], "running"),
                   ("B", [[0, 0], [0, 1], [0, 0.1]], [5.0, 2.0, 0.05], "converged"),
                   ("C", [[0, 0], [9, 9]], [5.0, 1e9], "diverged"))
    q = lambda kind, rule, value: Question("?", kind, rule, value)
    assert answer(q("which", "first_below", 1.0), lanes).lanes == [0]       # step 1 beats B's step 2
    assert answer(q("which", "first_below", 0.08), lanes).lanes == [1]
    assert answer(q("which", "first_below", 0.01), lanes).lanes == []
    assert answer(q("which", "first_below", 3.0), lanes).lanes == [0, 1]   # a tie: both are right
    assert answer(q("which", "ends_nearest", [0.0, 0.0]), lanes).lanes == [1]
    assert answer(q("which", "lowest_final", True), lanes).lanes == [1]
    assert answer(q("which", "diverges", True), lanes).lanes == [2]
    assert answer(q("yes_no", "diverges", 2), lanes).yes is True
    assert answer(q("yes_no", "diverges", 0), lanes).yes is False
    where = q("where", "end_of", 0)
    assert answer(where, lanes).point == (2.0, 2.0)
    bounds = ((-2, 2), (-2, 2))
    assert score_click(where, lanes, (2.0, 2.0), bounds) == 1.0
    assert score_click(where, lanes, (1.5, 2.0), bounds) == pytest.approx(0.5)
    assert score_click(where, lanes, (-2.0, -2.0), bounds) == 0.0


LESSONS = {  # slide's scenario -> the optimizer its lesson says is the answer
    "01-saddle-momentum": "momentum", "02-ravine-momentum": "momentum", "03-ravine-rmsprop": "rmsprop",
    "05-nesterov-overshoot": "nesterov", "06-adagrad-stalls": "rmsprop", "08-momentum-two-minima": "momentum",
    "11-plateau-adaptive": "rmsprop", "12-newton-saddle": "newton", "14-cg-vs-steepest": "cg",
}


def test_every_builtin_question_is_answered_by_its_race_as_the_lesson_says():
    deck = deck_mod.read("builtin")
    asked = 0
    for slide in deck.slides:
        if slide.question is None:
            continue
        asked += 1
        result = answer(slide.question, _race(slide.setup))
        assert result.text and slide.question.explanation
        if slide.question.kind == "which":
            names = [slide.setup.lanes[i].optimizer for i in result.lanes]
            expected = LESSONS.get(slide.scenario)
            assert names and (expected is None or names == [expected]), (slide.scenario, names)
        elif slide.question.kind == "yes_no":
            assert result.yes is True  # 07: SGD at lr 0.25 diverges on the bowl
        else:
            (x0, x1), (y0, y1) = slide.setup.build_surface().bounds
            assert x0 <= result.point[0] <= x1 and y0 <= result.point[1] <= y1
    assert asked >= 8


def test_report_lists_each_question_with_its_tally():
    deck = deck_mod.read("builtin")
    deck.slides[2].question.tally = {"SGD": 31, "Momentum": 120}
    rows = list(csv.DictReader(io.StringIO(deck.report_csv())))
    tallied = [r for r in rows if r["slide"] == "3"]
    assert {(r["choice"], r["hands"]) for r in tallied} == {("SGD", "31"), ("Momentum", "120")}
    assert len({r["slide"] for r in rows}) == sum(s.question is not None for s in deck.slides)
