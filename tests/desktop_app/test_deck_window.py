"""Decks in the window: a round trip through the editor and the files, broken deck files
refused with their JSON path and nothing changed, the clicker walking the whole course
deck, a question that reveals and scores, the black screen, the notes window, Help."""
from __future__ import annotations

import copy
import csv
import io
import json

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.model import deck as deck_mod
from desktop_app.model.questions import LaneResult, score_click

Key = QtCore.Qt.Key


def race_state(win) -> dict:
    """What a slide changes, read from the window's parts."""
    c = win.ctrl
    return {"surface": (c.surface_name, dict(getattr(c.surface, "values", {}))), "start": tuple(c.start),
            "limit": c.step_limit, "t": c.t, "caption": c.caption,
            "lanes": [(e.name, e.label, e.colour, e.optimizer.hyperparams) for e in c.active],
            "range": np.round(np.array(win.canvas.vb.viewRange()), 9).tolist()}


def builtin_dict() -> dict:
    return json.loads(deck_mod.builtin_path().read_text(encoding="utf-8"))


def engine_race(setup) -> list[LaneResult]:
    """The slide's race run by the engine alone (the reference the window must agree with)."""
    run = setup.build_run()
    run.step(setup.steps)
    return [LaneResult(lane.label, lane.history.view("points").copy(), lane.history.view("values").copy(),
                       lane.status) for lane in run.lanes]


def finish_race(qtbot, window, deck):
    window.ctrl.set_speed(2000)
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.waitUntil(lambda: deck.question.phase == "revealed", timeout=30_000)


@pytest.fixture
def deck(window):
    return window.feature("deck")


# -- files ---------------------------------------------------------------------------------
def test_a_deck_round_trips_through_the_editor_and_its_file(qtbot, window, deck, tmp_path):
    assert window.deck_files.open_path("builtin", slide=2)
    assert deck.index == 2 and deck.path is None
    editor = deck.editor
    window.ctrl.set_start(0.3, -0.2)              # change the race, then add it as a slide
    editor.add.click()
    assert deck.index == 3 and deck.count == 28
    added = deck.deck.slides[3]
    assert tuple(added.setup.start) == (0.3, -0.2) and added.scenario is None
    editor.title.setText("My own slide")
    editor.title.editingFinished.emit()
    editor.notes.setPlainText("Say: watch the right lane.")
    editor.ask.setChecked(True)
    editor.prompt.setText("Which one ends lowest?")
    editor.kind.setCurrentText("which")
    editor.rule.setCurrentText("lowest_final")
    editor.value.setText("true")
    editor.value.editingFinished.emit()
    assert added.title == "My own slide" and added.notes == "Say: watch the right lane."
    assert added.question is not None and added.question.rule == "lowest_final"
    assert deck.dirty and "My own slide" in deck.label.textItem.toPlainText()
    path = tmp_path / "lecture.json"
    assert window.deck_files.save_to(path) and not deck.dirty
    saved = deck.deck.to_json()
    deck.close_deck()
    assert deck.deck is None and not deck.label.isVisible()
    assert window.deck_files.open_path(path, slide=3)
    assert deck.deck.to_json() == saved
    assert tuple(window.ctrl.start) == (0.3, -0.2)
    assert str(path.resolve()) in window.deck_files.recent.paths()


def _set(data, path, value):
    *head, last = path
    for key in head:
        data = data[key]
    data[last] = value


def _inline(data, i):  # slide i holds its setup instead of naming the scenario
    name = data["slides"][i].pop("scenario")
    from desktop_app.model import scenarios
    data["slides"][i]["setup"] = json.loads(scenarios.find(name).path.read_text(encoding="utf-8"))
    return data["slides"][i]["setup"]


# (case, change to the built-in deck's dict or raw text, JSON path in the message, a word of it)
BROKEN = [
    ("not json", "{slides: [", "", "not valid JSON"),
    ("a setup", lambda d: d.update(format="optimizer-playground-setup"), "format", "File → Open"),
    ("future", lambda d: d.update(version=7), "version", "newer"),
    ("no slides", lambda d: d.update(slides=[]), "slides", "at least one"),
    ("unknown key", lambda d: d["slides"][4].update(sound="ding.wav"), "slides[4].sound", "unknown key"),
    ("no scenario", lambda d: d["slides"][5].update(scenario="99-nothing"), "slides[5].scenario",
     "no built-in scenario"),
    ("question kind", lambda d: d["slides"][2]["question"].update(kind="essay"), "slides[2].question.kind",
     "one of"),
    ("answer value", lambda d: d["slides"][2]["question"].update(answer={"diverges": 3}),
     "slides[2].question.answer.diverges", "must be true"),
    ("answer lane", lambda d: d["slides"][0]["question"].update(answer={"end_of": 4}),
     "slides[0].question.answer.end_of", "index of an optimizer"),
    ("tally", lambda d: d["slides"][2]["question"].update(tally={"SGD": 1.5}), "slides[2].question.tally.SGD",
     "count"),
    ("hyperparameter", lambda d: _inline(d, 1)["optimizers"][0]["hyperparams"].update(lr=-1),
     "slides[1].setup.optimizers[0].hyperparams.lr", "lr"),
    # the window's own rules on a slide's setup (setup_io.check), not only the engine's
    ("colour", lambda d: _inline(d, 1)["optimizers"][0].update(color="not-a-colour"),
     "slides[1].setup.optimizers[0].color", "not a colour"),
    ("view range", lambda d: _inline(d, 6).setdefault("view", {}).update(range=[[1, 0], [0, 1]]),
     "slides[6].setup.view.range[0]", "xmin must be less"),
    ("step limit", lambda d: _inline(d, 3).update(steps=9_000_000), "slides[3].setup.steps", "step limit"),
]


@pytest.mark.parametrize("case, change, where, needle", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_deck_says_where_and_changes_nothing(window, deck, tmp_path, case, change, where, needle):
    good = tmp_path / "good.json"
    deck_mod.write(deck_mod.read("builtin"), good)
    assert window.deck_files.open_path(good, slide=4)
    before, shown, text = race_state(window), deck.index, deck.deck.to_json()
    if isinstance(change, str):
        content = change
    else:
        data = builtin_dict()
        change(data)
        content = json.dumps(data, ensure_ascii=False)
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    assert not window.deck_files.open_path(path)
    box = window.deck_files.message
    assert box.isVisible() and not box.isModal()
    assert "broken.json" in box.text() and needle in box.text() and "Nothing was changed" in box.text()
    if where:
        assert f"at {where}:" in box.text()
    assert race_state(window) == before
    assert deck.index == shown and deck.path == good and deck.deck.to_json() == text
    assert str(path.resolve()) not in window.deck_files.recent.paths()


# -- the clicker ---------------------------------------------------------------------------
def test_clicker_keys_walk_the_whole_course_deck(qtbot, window, deck):
    fit, live, basin = (window.api.action(n) for n in ("fit", "timeline.live", "basin.toggle"))
    keys = lambda a: [s.toString() for s in a.shortcuts()]  # noqa: E731
    assert "Home" in keys(fit) and "End" in keys(live) and "B" in keys(basin)
    assert window.deck_files.open_path("builtin")
    # while a deck is open the clicker has Home, End and B; the others give them up
    assert "Home" not in keys(fit) and "End" not in keys(live) and "B" not in keys(basin)
    assert "F" in keys(fit)
    slides = deck_mod.read("builtin").slides
    n = len(slides)
    for i in range(n):
        if i:
            qtbot.keyClick(window, Key.Key_PageDown)
        assert deck.index == i
        slide = slides[i]
        assert deck.label.textItem.toPlainText().startswith(f"{i + 1} / {n}")
        shown = deck.label.textItem.toPlainText()
        assert shown == f"{i + 1} / {n}   {slide.shown_title}" or shown.endswith("…")
        assert window.ctrl.caption == slide.shown_caption and window.canvas.caption.toPlainText() == slide.shown_caption
        assert not window.ctrl.playing and window.ctrl.t == 0
        assert [e.label for e in window.ctrl.active] == [lane.label for lane in slide.setup.lanes]
        assert deck.question.card.isVisible() == (slide.question is not None)
    qtbot.keyClick(window, Key.Key_PageDown)       # past the end: stays on the last
    assert deck.index == n - 1
    qtbot.keyClick(window, Key.Key_PageUp)
    assert deck.index == n - 2
    qtbot.keyClick(window, Key.Key_Home)
    assert deck.index == 0
    qtbot.keyClick(window, Key.Key_End)
    assert deck.index == n - 1
    qtbot.keyClick(window, Key.Key_Space)           # Space still plays
    assert window.ctrl.playing
    qtbot.keyClick(window, Key.Key_Space)
    deck.close_deck()
    assert "Home" in keys(fit) and "End" in keys(live) and "B" in keys(basin)


def test_black_screen_toggles_with_b_and_the_period(qtbot, window, deck):
    assert window.deck_files.open_path("builtin")
    basin = window.feature("basin").act_toggle
    basin_on = basin.isChecked()
    for key in (Key.Key_B, Key.Key_Period):
        qtbot.keyClick(window, key)
        assert deck.blanked and deck.act_blank.isChecked()
        assert deck.blank.geometry() == window.canvas.rect()
        image = window.canvas.grab().toImage()
        assert QtGui.QColor(image.pixel(image.width() // 2, image.height() // 2)) == QtGui.QColor("black")
        qtbot.keyClick(window, key)
        assert not deck.blanked and not deck.act_blank.isChecked()
    assert basin.isChecked() == basin_on  # B went to the clicker, not to the basin map
    qtbot.keyClick(window, Key.Key_B)
    qtbot.keyClick(window, Key.Key_PageDown)        # a new slide comes back from black
    assert not deck.blanked


# -- questions -----------------------------------------------------------------------------
def test_a_which_question_reveals_the_engines_answer_and_scores_the_hands(qtbot, window, deck, tmp_path):
    slides = deck_mod.read("builtin").slides
    i = next(k for k, s in enumerate(slides) if s.question is not None and s.question.rule == "diverges"
             and s.question.kind == "which")
    assert window.deck_files.open_path("builtin", slide=i)
    q = deck.question
    assert q.phase == "predict" and q.card.isVisible() and q.card.prompt.text() == slides[i].question.prompt
    reference = engine_race(slides[i].setup)
    right = [r.label for r in reference if r.status == "diverged"]
    wrong = [r.label for r in reference if r.status != "diverged"]
    assert len(right) == 1 and len(wrong) == 1  # the slide asks something with one answer
    q.card.spins[right[0]].setValue(30)          # the lecturer types the show of hands
    q.card.spins[wrong[0]].setValue(10)
    assert deck.dirty and slides[i].question is not deck.slide.question
    assert deck.slide.question.tally == {right[0]: 30, wrong[0]: 10}
    finish_race(qtbot, window, deck)
    assert q.card.marks[right[0]].text() and not q.card.marks[wrong[0]].text()
    assert "30 of 40 hands were right (75%)" in q.card.hint.text()
    assert slides[i].question.explanation in window.canvas.caption.toPlainText()
    path = tmp_path / "report.csv"
    assert window.deck_files.write_report(path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert [str(i + 1), right[0], "30"] == [rows[k][c] for k in range(len(rows)) if rows[k][4] == right[0]
                                             for c in (0, 4, 5)]


def test_a_where_question_takes_clicks_as_guesses_and_scores_the_best(qtbot, window, deck):
    slides = deck_mod.read("builtin").slides
    i = next(k for k, s in enumerate(slides) if s.question is not None and s.question.kind == "where")
    assert window.deck_files.open_path("builtin", slide=i)
    start = tuple(window.ctrl.start)
    reference = engine_race(slides[i].setup)
    end = reference[slides[i].question.value].points[-1]
    bounds = window.ctrl.surface.bounds
    guesses = [(end[0] + 0.3, end[1] - 0.2), (-end[0], -end[1])]
    vp = window.canvas.viewport()
    for x, y in guesses:
        qtbot.mouseClick(vp, QtCore.Qt.MouseButton.LeftButton, pos=window.canvas.pixel_of(x, y))
    assert tuple(window.ctrl.start) == start     # a guess, not a new start point
    assert len(deck.question.guesses) == 2
    assert np.allclose(deck.question.guesses, guesses, atol=0.05 * (bounds[0][1] - bounds[0][0]))
    finish_race(qtbot, window, deck)
    best = max(score_click(slides[i].question, reference, g, bounds) for g in deck.question.guesses)
    assert f"{best:.0%}" in deck.question.card.hint.text()
    assert np.allclose(deck.question.answer.point, end)


def test_a_where_question_keeps_the_basin_map_off_until_the_reveal(qtbot, window, deck):
    slides = deck_mod.read("builtin").slides
    i = next(k for k, s in enumerate(slides) if s.question is not None and s.question.kind == "where"
             and "basin_map" in s.setup.view.get("overlays", []))
    basin = window.api.action("basin.toggle")
    assert window.deck_files.open_path("builtin", slide=i)
    assert not basin.isChecked()                 # the map would colour the answer in
    finish_race(qtbot, window, deck)
    assert basin.isChecked()                     # the reveal shows every start's basin
    deck.go(i)
    assert not basin.isChecked()
    deck.next()                                  # leaving before the reveal: the next slide decides
    assert basin.isChecked() == ("basin_map" in slides[i + 1].setup.view.get("overlays", []))


def test_changing_the_race_by_hand_leaves_the_slide(qtbot, window, deck):
    assert window.deck_files.open_path("builtin", slide=2)
    window.feature("scenarios").actions[0].trigger()
    assert deck.index == -1 and not deck.question.card.isVisible()
    assert deck.label.textItem.toPlainText().startswith("– / ")
    qtbot.keyClick(window, Key.Key_Home)
    assert deck.index == 0


# -- editor, notes, help -------------------------------------------------------------------
def test_the_editor_reorders_duplicates_deletes_and_refuses_a_bad_question(qtbot, window, deck):
    assert window.deck_files.open_path("builtin", slide=1)
    editor = deck.editor
    titles = lambda: [s.shown_title for s in deck.deck.slides]  # noqa: E731
    first = titles()
    editor.down.click()
    assert titles()[:3] == [first[0], first[2], first[1]] and deck.index == 2
    editor.up.click()
    assert titles() == first and deck.index == 1
    editor.duplicate.click()
    assert deck.count == len(first) + 1 and titles()[2] == first[1] and deck.index == 2
    editor.delete.click()
    assert titles() == first
    assert editor.list.count() == len(first)
    assert window.deck_files.open_path("builtin", slide=2)
    slide = deck.slide
    old = copy.deepcopy(slide.question.to_dict())
    editor.value.setText("5")  # lane 5 of a two-lane slide
    editor.rule.setCurrentText("diverges")
    editor.kind.setCurrentText("yes_no")
    editor.rule.setCurrentText("diverges")
    editor.value.setText("5")
    editor.value.editingFinished.emit()
    assert "question.answer.diverges" in editor.error.text() and "index of an optimizer" in editor.error.text()
    assert slide.question.to_dict() == old


def test_dragging_a_slide_in_the_list_moves_it(qtbot, window, deck):
    assert window.deck_files.open_path("builtin", slide=0)
    first = [s.shown_title for s in deck.deck.slides]
    model = deck.editor.list.model()
    model.moveRows(QtCore.QModelIndex(), 0, 1, QtCore.QModelIndex(), 3)   # what a drop does
    qtbot.waitUntil(lambda: deck.deck.slides[2].shown_title == first[0])
    assert [s.shown_title for s in deck.deck.slides] == first[1:3] + [first[0]] + first[3:]
    assert deck.index == 2  # the slide shown stays the one shown


def test_the_notes_window_follows_the_slide(qtbot, window, deck):
    assert window.deck_files.open_path("builtin")
    deck.act_notes.trigger()
    notes = deck.notes_window
    assert notes.isVisible() and notes.isWindow() and notes is not window
    slides = deck.deck.slides
    for i in range(3):
        assert notes.heading.text().startswith(f"{i + 1} / {len(slides)}")
        assert slides[i].notes in notes.text.toPlainText()
        assert slides[i + 1].shown_title in notes.next_label.text()
        qtbot.keyClick(window, Key.Key_PageDown)
    notes.close()
    assert not deck.act_notes.isChecked()


def test_help_lists_the_clicker_keys(window, deck):
    def rows():
        table = window.show_shortcuts().table
        return {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}

    closed = rows()
    assert ("Next slide", "PgDown") in closed and ("Previous slide", "PgUp") in closed
    window.deck_files.open_path("builtin")
    opened = rows()
    assert {("First slide", "Home"), ("Last slide", "End"), ("Black screen", "., B")} <= opened
    assert ("Fit window", "F") in opened


@pytest.mark.parametrize("kind", ["deck", "report"])
def test_a_deck_or_report_that_cannot_be_written_says_so_and_leaves_no_file(window, tmp_path, kind):
    assert window.deck_files.open_path("builtin")
    target = tmp_path / "missing-folder" / f"out.{'json' if kind == 'deck' else 'csv'}"
    write = window.deck_files.save_to if kind == "deck" else window.deck_files.write_report
    assert not write(target)
    box = window.deck_files.message
    assert box.isVisible() and str(target) in box.text()
    assert box.windowTitle() == ("Could not save deck" if kind == "deck" else "Could not write the report")
    assert not target.parent.exists()
    assert write(tmp_path / target.name)  # a folder that exists: written whole
    assert (tmp_path / target.name).stat().st_size > 0


# -- unsaved edits -------------------------------------------------------------------------
def _edit_title(deck, text="Edited"):
    deck.editor.title.setText(text)
    deck.editor.title.editingFinished.emit()
    assert deck.dirty


def _answer(window, button):
    box = window.deck_files.ask
    assert box is not None and box.isVisible() and "not saved" in box.text()
    box.button(button).click()


Btn = QtWidgets.QDialogButtonBox.StandardButton


@pytest.mark.parametrize("answer, closed", [(Btn.Cancel, False), (Btn.Discard, True)])
def test_closing_an_edited_deck_asks_first(qtbot, window, deck, answer, closed):
    assert window.deck_files.open_path("builtin")
    deck.act_close.trigger()                    # nothing edited: closes without a question
    assert deck.deck is None and window.deck_files.ask is None
    assert window.deck_files.open_path("builtin")
    _edit_title(deck)
    deck.act_close.trigger()
    assert deck.deck is not None                # waiting for the answer
    _answer(window, answer)
    assert (deck.deck is None) == closed
    if not closed:
        assert deck.dirty and deck.slide.title == "Edited"  # the edit is kept
        deck.act_close.trigger()
        window.deck_files.ask.reject()              # Esc: Cancel too, and the next close asks again
        assert window.deck_files.ask is None and deck.deck is not None
        deck.act_close.trigger()
        assert window.deck_files.ask is not None


def test_save_in_the_question_writes_the_deck_then_goes_on(qtbot, window, deck, tmp_path):
    path = tmp_path / "lecture.json"
    assert window.deck_files.open_path("builtin")
    assert window.deck_files.save_to(path)
    _edit_title(deck, "Saved on the way out")
    deck.act_builtin.trigger()                  # opening another deck asks too
    _answer(window, Btn.Save)
    assert deck.path is None and not deck.dirty  # the course deck replaced it...
    assert json.loads(path.read_text())["slides"][0]["title"] == "Saved on the way out"  # ...after saving


def test_quitting_with_an_edited_deck_asks_and_cancel_keeps_the_window(qtbot, window, deck):
    assert window.deck_files.open_path("builtin")
    _edit_title(deck)
    window.act_quit.trigger()
    assert window.isVisible()
    _answer(window, Btn.Cancel)
    assert window.isVisible() and deck.dirty
    window.act_quit.trigger()
    _answer(window, Btn.Discard)
    assert not window.isVisible()
