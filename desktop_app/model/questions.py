"""Predict-then-reveal questions of a deck's slides, and how a finished race answers them.

A question is data, never code: its answer is a *rule* the race decides, so the same
question stays right when a lecturer changes a setting.

    kind "which"   choose among the racing lanes; the answer rule is one of
                   {"first_below": L}        the lane whose loss first drops below L
                   {"ends_nearest": [x, y]}  the lane whose last point is nearest (x, y)
                   {"lowest_final": true}    the lane with the lowest final loss
                   {"diverges": true}        the lanes that diverge (maybe none)
    kind "where"   a click on the map; {"end_of": i}: where lane i ends
    kind "yes_no"  {"diverges": i}: does lane i diverge?

Qt-free: the window shows the question, this module decides the answer.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from engine.setup import SetupError

KINDS = ("which", "where", "yes_no")
RULES = {"which": ("first_below", "ends_nearest", "lowest_final", "diverges"),
         "where": ("end_of",), "yes_no": ("diverges",)}


@dataclass
class Question:
    prompt: str
    kind: str
    rule: str
    value: object
    explanation: str = ""
    tally: dict = field(default_factory=dict)  # choice -> show of hands, typed by the lecturer

    def to_dict(self) -> dict:
        d = {"prompt": self.prompt, "kind": self.kind, "answer": {self.rule: self.value}}
        if self.explanation:
            d["explanation"] = self.explanation
        if self.tally:
            d["tally"] = dict(self.tally)
        return d


@dataclass
class LaneResult:
    """What a question needs of one lane of a finished race."""

    label: str
    points: np.ndarray   # (k+1, 2)
    values: np.ndarray   # (k+1,)
    status: str          # running | converged | diverged


@dataclass
class Answer:
    lanes: list          # indices of the right lanes ("which"; "yes_no": the lane asked about)
    point: tuple | None  # "where": the right point
    yes: bool | None     # "yes_no"
    text: str            # one line for the map


def answer(question: Question, lanes: list[LaneResult]) -> Answer:
    """The right answer for the race that was run."""
    rule, value = question.rule, question.value
    if question.kind == "where":
        end = lanes[value].points[-1]
        return Answer([value], (float(end[0]), float(end[1])), None,
                      f"{lanes[value].label} ends at ({end[0]:.3g}, {end[1]:.3g})")
    if question.kind == "yes_no":
        yes = lanes[value].status == "diverged"
        return Answer([value], None, yes, f"{'Yes' if yes else 'No'}: {lanes[value].label} "
                      f"{'diverges' if yes else 'does not diverge'}")
    if rule == "first_below":
        steps = []
        for lane in lanes:
            below = np.flatnonzero(lane.values < value)
            steps.append(int(below[0]) if below.size else math.inf)
        best = min(steps)
        won = [i for i, s in enumerate(steps) if s == best and s < math.inf]
        text = (f"{', '.join(lanes[i].label for i in won)} first below {value:g} (step {best})" if won
                else f"none got below {value:g}")
        return Answer(won, None, None, text)
    if rule == "ends_nearest":
        target = np.asarray(value, dtype=float)
        dist = [float(np.hypot(*(lane.points[-1] - target))) for lane in lanes]
        i = int(np.argmin(dist))
        return Answer([i], None, None, f"{lanes[i].label} ends nearest ({value[0]:g}, {value[1]:g})")
    if rule == "lowest_final":
        finals = [float(lane.values[-1]) for lane in lanes]
        i = int(np.nanargmin(finals))
        return Answer([i], None, None, f"{lanes[i].label} ends lowest (f = {finals[i]:.3g})")
    gone = [i for i, lane in enumerate(lanes) if lane.status == "diverged"]
    return Answer(gone, None, None, ", ".join(lanes[i].label for i in gone)
                  + (" diverge" if len(gone) > 1 else " diverges") if gone else "none diverges")


def score_click(question: Question, lanes: list[LaneResult], click: tuple, bounds) -> float:
    """A "where" guess: 1 at the right point, 0 a quarter of the window or more away."""
    right = answer(question, lanes).point
    (x0, x1), (y0, y1) = bounds
    size = max(x1 - x0, y1 - y0)
    return max(0.0, 1.0 - math.hypot(click[0] - right[0], click[1] - right[1]) / (0.25 * size))


# -- reading ----------------------------------------------------------------------------
def _text(value, where: str, limit: int = 2000) -> str:
    if not isinstance(value, str):
        raise SetupError(where, f"must be text, got {type(value).__name__}")
    if len(value) > limit:
        raise SetupError(where, f"longer than {limit} characters")
    return value


def _finite(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SetupError(where, f"must be a finite number, got {value!r}")
    return float(value)


def _lane_index(value, where: str, n_lanes: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < n_lanes:
        raise SetupError(where, f"must be the index of an optimizer of the slide (0 to {n_lanes - 1}), "
                         f"got {value!r}")
    return value


def read_question(data, where: str, n_lanes: int) -> Question:
    """Check a slide's ``question`` object; errors name their JSON path."""
    if not isinstance(data, dict):
        raise SetupError(where, "must be an object with prompt, kind and answer")
    known = {"prompt", "kind", "answer", "explanation", "tally"}
    for key in data:
        if key not in known:
            raise SetupError(f"{where}.{key}", f"unknown key; expected some of {', '.join(sorted(known))}")
    prompt = _text(data.get("prompt", ""), f"{where}.prompt", 300)
    if not prompt.strip():
        raise SetupError(f"{where}.prompt", "must say what the class should predict")
    kind = data.get("kind")
    if kind not in KINDS:
        raise SetupError(f"{where}.kind", f"must be one of {', '.join(map(repr, KINDS))}, got {kind!r}")
    if n_lanes == 0:
        raise SetupError(where, "a question needs at least one optimizer on the slide")
    ans = data.get("answer")
    if not isinstance(ans, dict) or len(ans) != 1:
        raise SetupError(f"{where}.answer", f"must be one rule: {{{' | '.join(RULES[kind])}: ...}}")
    (rule, value), = ans.items()
    if rule not in RULES[kind]:
        raise SetupError(f"{where}.answer", f"{rule!r} is no answer to a {kind!r} question; "
                         f"expected one of {', '.join(RULES[kind])}")
    at = f"{where}.answer.{rule}"
    if rule == "first_below":
        value = _finite(value, at)
    elif rule == "ends_nearest":
        if not isinstance(value, list) or len(value) != 2:
            raise SetupError(at, f"must be a point [x, y], got {value!r}")
        value = [_finite(v, f"{at}[{i}]") for i, v in enumerate(value)]
    elif rule in ("lowest_final",) or (rule == "diverges" and kind == "which"):
        if value is not True:
            raise SetupError(at, "must be true")
    else:  # end_of, diverges of a yes/no question: a lane
        value = _lane_index(value, at, n_lanes)
    tally = data.get("tally", {})
    if not isinstance(tally, dict) or not all(isinstance(k, str) and len(k) <= 100 for k in tally):
        raise SetupError(f"{where}.tally", "must be an object of choice -> count")
    for k, v in tally.items():
        if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 100_000:
            raise SetupError(f"{where}.tally.{k}", f"must be a count of hands (0 to 100000), got {v!r}")
    return Question(prompt, kind, rule, value, _text(data.get("explanation", ""), f"{where}.explanation"),
                    dict(tally))
