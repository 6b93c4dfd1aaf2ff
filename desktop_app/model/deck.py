"""A lecture as a deck: an ordered list of slides, each a saved setup plus a title, the
caption shown on the map, speaker notes and an optional predict-then-reveal question.

One versioned JSON file, read like a setup: everything is checked before anything is
used, and a bad value is refused with its JSON path (``slides[3].question.answer: ...``).

    {"format": "optimizer-playground-deck", "version": 1, "title": "...",
     "slides": [{"title": "...", "caption": "...", "notes": "...", "question": {...},
                 "setup": {<a saved setup>}}        # or "scenario": "07-adadelta-units"
               ]}

A slide may name a built-in scenario instead of holding a setup (the built-in deck does).
Qt-free; the window adds its own checks of a setup's view through ``check_setup``.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from engine import resources
from engine.setup import Setup, SetupError

from desktop_app.model import scenarios
from desktop_app.model.questions import Question, read_question

FORMAT = "optimizer-playground-deck"
VERSION = 1
MAX_SLIDES = 500
MAX_FILE_BYTES = 20_000_000
BUILTIN = "builtin"


@dataclass
class Slide:
    setup: Setup
    title: str = ""
    caption: str = ""
    notes: str = ""
    question: Question | None = None
    scenario: str | None = None  # saved as this reference while the setup is the scenario's

    @property
    def shown_title(self) -> str:
        return self.title or self.setup.title

    @property
    def shown_caption(self) -> str:
        return self.caption or self.setup.caption

    def to_dict(self) -> dict:
        d: dict = {"title": self.title, "caption": self.caption}
        if self.notes:
            d["notes"] = self.notes
        if self.question is not None:
            d["question"] = self.question.to_dict()
        if self.scenario is not None:
            d["scenario"] = self.scenario
        else:
            d["setup"] = self.setup.to_dict()
        return d


@dataclass
class Deck:
    title: str = ""
    slides: list[Slide] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "version": VERSION, "title": self.title,
                           "slides": [s.to_dict() for s in self.slides]}, indent=2, ensure_ascii=False)

    def report_csv(self) -> str:
        """One row per question: slide, title, question, right answer rule, the tally."""
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["slide", "title", "question", "answer", "choice", "hands"])
        for i, slide in enumerate(self.slides, 1):
            q = slide.question
            if q is None:
                continue
            rows = sorted(q.tally.items()) or [("", "")]
            for choice, hands in rows:
                w.writerow([i, slide.shown_title, q.prompt, f"{q.rule}: {json.dumps(q.value)}", choice, hands])
        return out.getvalue()


def _text(value, where: str, limit: int = 2000) -> str:
    if not isinstance(value, str):
        raise SetupError(where, f"must be text, got {type(value).__name__}")
    if len(value) > limit:
        raise SetupError(where, f"longer than {limit} characters")
    return value


def _prefixed(where: str, err: SetupError) -> SetupError:
    inner = f"{where}.{err.where}" if err.where else where
    return SetupError(inner, err.message)


def _scenario_setup(name, where: str) -> Setup:
    if not isinstance(name, str):
        raise SetupError(where, f"must be a scenario's name, got {type(name).__name__}")
    found = scenarios.find(name)
    if found is None:
        raise SetupError(where, f"no built-in scenario {name!r}; expected one of {', '.join(scenarios.names())}")
    return Setup.from_dict(json.loads(found.path.read_text(encoding="utf-8")))


def read_slide(data, where: str, check_setup: Callable[[Setup], object] | None) -> Slide:
    if not isinstance(data, dict):
        raise SetupError(where, "must be an object with a setup (or a scenario) and a title")
    known = {"title", "caption", "notes", "question", "setup", "scenario"}
    for key in data:
        if key not in known:
            raise SetupError(f"{where}.{key}", f"unknown key; expected some of {', '.join(sorted(known))}")
    if ("setup" in data) == ("scenario" in data):
        raise SetupError(where, "needs exactly one of 'setup' (a saved setup) or 'scenario' (a built-in's name)")
    scenario = None
    if "scenario" in data:
        scenario = data["scenario"]
        setup = _scenario_setup(scenario, f"{where}.scenario")
        scenario = scenarios.find(scenario).path.stem
    else:
        try:
            setup = Setup.from_dict(data["setup"])
        except SetupError as err:
            raise _prefixed(f"{where}.setup", err) from None
    if check_setup is not None:
        try:
            check_setup(setup)
        except SetupError as err:
            raise _prefixed(f"{where}.setup", err) from None
    question = None
    if data.get("question") is not None:
        question = read_question(data["question"], f"{where}.question", len(setup.lanes))
    return Slide(setup, _text(data.get("title", ""), f"{where}.title", 300),
                 _text(data.get("caption", ""), f"{where}.caption"),
                 _text(data.get("notes", ""), f"{where}.notes", 20_000), question, scenario)


def from_json(text: str, check_setup: Callable[[Setup], object] | None = None) -> Deck:
    """Read and check a whole deck: all or nothing."""
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        raise SetupError("", f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})") from None
    except ValueError as err:
        raise SetupError("", str(err)) from None
    except RecursionError:
        raise SetupError("", "nested far too deeply to be a deck") from None
    if not isinstance(data, dict):
        raise SetupError("", f"must be an object, got {type(data).__name__}")
    if data.get("format") != FORMAT:
        hint = " (this is a setup: File → Open)" if data.get("format") == "optimizer-playground-setup" else ""
        raise SetupError("format", f"expected {FORMAT!r}, got {data.get('format')!r}{hint}")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SetupError("version", f"must be a whole number from 1, got {version!r}")
    if version > VERSION:
        raise SetupError("version", f"this deck is version {version}, newer than this program understands "
                         f"({VERSION}); update Optimizer Playground to open it")
    for key in data:
        if key not in {"format", "version", "title", "slides"}:
            raise SetupError(key, "unknown key; expected some of format, slides, title, version")
    slides = data.get("slides")
    if not isinstance(slides, list) or not slides:
        raise SetupError("slides", "must be a list of at least one slide")
    if len(slides) > MAX_SLIDES:
        raise SetupError("slides", f"at most {MAX_SLIDES} slides, got {len(slides)}")
    return Deck(_text(data.get("title", ""), "title", 300),
                [read_slide(s, f"slides[{i}]", check_setup) for i, s in enumerate(slides)])


def _reject_constant(name):
    raise ValueError(f"{name} is not allowed in a deck file")


def read(path, check_setup: Callable[[Setup], object] | None = None) -> Deck:
    """A deck file, or ``"builtin"`` for the course deck shipped with the program."""
    if str(path) == BUILTIN:
        path = builtin_path()
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SetupError("", f"{path.stat().st_size:,} bytes is far too big for a deck")
        raw = path.read_bytes()
    except OSError as err:
        raise SetupError("", f"cannot read {path.name}: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SetupError("", f"not a text file (byte {err.start} is not UTF-8)") from None
    return from_json(text, check_setup)


def write(deck: Deck, path) -> None:
    """Write atomically: a failed write leaves the old file as it was."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(deck.to_json(), encoding="utf-8")
    tmp.replace(path)


def builtin_path() -> Path:
    return resources.path("decks", "builtin.json")
