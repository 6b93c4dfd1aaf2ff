"""Decks on the command line: ``--deck builtin|FILE [--slide N]`` opens the window at a
slide, ``render --deck`` writes one slide or every slide (handouts), bad values exit 2."""
from __future__ import annotations

import json

import imageio.v3 as iio
import numpy as np
import pytest

from desktop_app import cli
from desktop_app.__main__ import main
from desktop_app.model import deck as deck_mod

SMALL = ["--size", "160x120", "--steps", "5"]


def render(*args):
    return main(["render", *args])


def test_render_a_deck_into_a_folder_writes_one_png_per_slide(tmp_path, capsys):
    out = tmp_path / "handouts"
    assert render("--deck", "builtin", "--out", f"{out}/", "--quiet", *SMALL) == 0
    n = len(deck_mod.read("builtin").slides)
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"slide-{i:02d}.png" for i in range(1, n + 1)]
    images = [iio.imread(out / name) for name in names]
    assert all(im.shape[:2] == (120, 160) for im in images)
    assert len({im.tobytes() for im in images}) == n  # each slide its own picture
    assert f"Wrote {n} slides" in capsys.readouterr().out


def test_one_slide_renders_as_its_scenario_does(tmp_path):
    """Slide 3 of the course deck names scenario 21 and adds no caption of its own: the
    same picture as rendering the scenario."""
    slide = deck_mod.read("builtin").slides[2]
    assert slide.scenario == "21-stability-edge" and not slide.caption
    assert render("--deck", "builtin", "--slide", "3", "--out", str(tmp_path / "a.png"), *SMALL) == 0
    assert render("--scenario", "21", "--out", str(tmp_path / "b.png"), *SMALL) == 0
    assert np.array_equal(iio.imread(tmp_path / "a.png"), iio.imread(tmp_path / "b.png"))


def test_every_slide_of_a_deck_file_as_numbered_gifs(tmp_path):
    data = json.loads(deck_mod.builtin_path().read_text(encoding="utf-8"))
    data["slides"] = data["slides"][2:4]
    path = tmp_path / "talk.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    assert render("--deck", str(path), "--out", str(out / "talk.gif"), "--quiet", "--fps", "5", "--duration", "0.5",
                  *SMALL) == 0
    assert sorted(p.name for p in out.iterdir()) == ["talk-01.gif", "talk-02.gif"]
    assert iio.imread(out / "talk-01.gif").shape[1:3] == (120, 160)


def broken_deck(tmp_path) -> str:
    data = json.loads(deck_mod.builtin_path().read_text(encoding="utf-8"))
    data["slides"][2]["question"]["answer"] = {"first_below": "low"}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("args, needle", [
    (["--deck", "builtin", "--slide", "0"], "--slide 0: the deck has slides 1 to"),
    (["--deck", "builtin", "--slide", "99"], "--slide 99: the deck has slides 1 to"),
    (["--slide", "2"], "--slide 2: needs --deck"),
    (["--deck", "{tmp}/none.json"], "no such file"),
    (["--deck", "{broken}"], "slides[2].question.answer.first_below: must be a finite number"),
    (["--deck", "builtin", "--setup", "{broken}"], "--setup cannot be combined with --deck"),
])
@pytest.mark.parametrize("command", [cli.APP, cli.RENDER])
def test_bad_deck_options_exit_2_naming_the_value(tmp_path, capsys, args, needle, command):
    broken = broken_deck(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)).replace("{broken}", broken) for a in args]
    if command == cli.RENDER:
        args = ["render", *args, "--out", str(tmp_path / "x.png")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json"]


def test_the_window_opens_the_deck_at_the_slide(qtbot, tmp_path):
    from desktop_app.app import build

    args = cli.parse_args(["--deck", "builtin", "--slide", "3", "--clean"])
    session = build(args)
    qtbot.addWidget(session.window)
    deck = session.window.feature("deck")
    assert deck.index == 2 and deck.path is None
    assert deck.label.textItem.toPlainText().startswith(f"3 / {deck.count}")
    assert [e.label for e in session.ctrl.active] == [lane.label for lane in deck.deck.slides[2].setup.lanes]
    session.reporter.uninstall()
    session.ctrl.pause()
