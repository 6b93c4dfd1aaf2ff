"""The Korean catalog of the data strings (scenarios, the built-in deck, surfaces,
hyperparameters): complete, up to date, faithful to the numbers and symbols, and shown by
the window once a translator is installed.

The extractor runs in memory (scripts/i18n_data.py, no Qt) and is compared with the
committed resources/i18n/data_ko.ts. When a test here fails after a scenario or the engine
changed: python scripts/i18n_data.py --missing, translate, python scripts/i18n_data.py.
"""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script():
    spec = importlib.util.spec_from_file_location("i18n_data", ROOT / "scripts" / "i18n_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n_data = load_script()
EXTRACTED = i18n_data.extract(ROOT)
TS = ROOT / "resources" / "i18n" / "data_ko.ts"


def test_every_data_string_has_a_finished_korean_translation():
    committed = i18n_data.read_ts(TS)
    missing = [f"{context}: {source[:70]!r}" for context, messages in EXTRACTED.items() for source in messages
               if committed.get((context, source), ("", "unfinished"))[1] != ""
               or not committed[(context, source)][0].strip()]
    assert not missing, f"{len(missing)} data string(s) without Korean (python scripts/i18n_data.py --missing):\n" \
                        + "\n".join(missing[:20])


def test_the_committed_catalog_is_what_the_script_writes():
    text, missing = i18n_data.build(TS)
    assert missing == []
    assert TS.read_text(encoding="utf-8") == text, "data_ko.ts is stale: run python scripts/i18n_data.py"


def test_every_context_holds_its_kind_of_string():
    """Known strings of each source land in their context (an empty extractor passes nothing)."""
    assert "Saddle point: SGD stalls, momentum escapes" in EXTRACTED["scenario"]
    assert "SGD lr=0.0098 (ravine-safe)" in EXTRACTED["scenario"]  # lane labels
    assert "Where will SGD end from this start?" in EXTRACTED["deck"]
    assert "Optimizers, from SGD to Newton" in EXTRACTED["deck"]
    assert "Ravine (ill-conditioned valley)" in EXTRACTED["surface"]
    assert "condition number: curvature across the valley / along it" in EXTRACTED["surface"]
    assert "learning rate: the step size" in EXTRACTED["hyperparameter"]
    assert "plain gradient descent" in EXTRACTED["hyperparameter"]  # the optimizer's own doc
    assert any(s.startswith("standard deviation of Gaussian noise") for s in EXTRACTED["hyperparameter"])
    counts = {c: len(m) for c, m in EXTRACTED.items()}
    assert min(counts.values()) > 20, counts


# numbers (1e-4, 0.980, 26,000, 10⁻⁶), and the symbols and Greek letters formulas are made of
TOKEN = re.compile(r"\d[\d.,]*(?:e-?\d+)?|[⁰-⁹⁻ᵗ]+|[α-ωΑ-Ω√∇≈×·−≤≥<>|²]")


def tokens(text: str) -> Counter:
    return Counter(t.rstrip(".,") for t in TOKEN.findall(text))


@pytest.mark.parametrize("context", list(EXTRACTED))
def test_translations_keep_every_number_and_symbol(context):
    """A formula or a number copied wrong into Korean teaches the wrong thing; words may move,
    but the numbers and symbols of the source are all there, as often. (Korean may add some:
    "second moment" is 2차 모멘트, "zero" is 0.)"""
    committed = i18n_data.read_ts(TS)
    wrong = []
    for source in EXTRACTED[context]:
        korean = committed.get((context, source), ("", ""))[0]
        lost = tokens(source) - tokens(korean)
        if korean and lost:
            wrong.append(f"{source[:60]!r} lost {sorted(lost.elements())}")
    assert not wrong, "\n".join(wrong)


def test_translations_are_korean_where_the_source_has_english_words():
    committed = i18n_data.read_ts(TS)
    untranslated = [s for c, m in EXTRACTED.items() for s in m
                    if re.search(r"\b(the|and|with|of|to|in)\b", s)
                    and not re.search("[가-힣]", committed.get((c, s), ("", ""))[0])]
    assert not untranslated, untranslated[:10]


def test_rerunning_keeps_translations_marks_new_strings_and_keeps_vanished_ones(tmp_path):
    messages = {"scenario": {"Old caption": ("Old caption", "x.json"), "New caption": ("New caption", "x.json")},
                "deck": {}, "surface": {}, "hyperparameter": {"eps": ("eps", "catalog.py")}}
    old = {("scenario", "Old caption"): ("옛 캡션", ""), ("scenario", "Reworded caption"): ("바뀐 캡션", ""),
           ("hyperparameter", "eps"): ("엡실론", "")}
    ko = {"hyperparameter": {"eps": "분모 안정화 상수"}}
    text, missing = i18n_data.render(messages, ko, old)
    assert missing == [("scenario", "New caption")]
    assert "<source>Old caption</source>\n        <translation>옛 캡션</translation>" in text
    assert '<source>New caption</source>\n        <translation type="unfinished"></translation>' in text
    assert '<source>Reworded caption</source>\n        <translation type="vanished">바뀐 캡션</translation>' in text
    assert "<translation>분모 안정화 상수</translation>" in text  # the dict wins over the .ts
    path = tmp_path / "roundtrip.ts"
    path.write_text(text, encoding="utf-8")
    again = i18n_data.read_ts(path)
    assert again[("scenario", "Old caption")] == ("옛 캡션", "")
    assert again[("scenario", "New caption")] == ("", "unfinished")
    assert again[("scenario", "Reworded caption")] == ("바뀐 캡션", "vanished")


def test_special_characters_survive_the_ts_file(tmp_path):
    text, _ = i18n_data.render({"scenario": {"a < b & 'c' \"d\"": ("a < b & 'c' \"d\"", "x.json")}},
                               {"scenario": {"a < b & 'c' \"d\"": "가 < 나 & '다'"}}, {})
    path = tmp_path / "escape.ts"
    path.write_text(text, encoding="utf-8")
    assert i18n_data.read_ts(path)[("scenario", "a < b & 'c' \"d\"")] == ("가 < 나 & '다'", "")


def lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture(scope="module")
def korean_qm(tmp_path_factory):
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path_factory.mktemp("i18n") / "data_ko.qm"
    subprocess.run([tool, str(TS), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def korean(qapp, korean_qm):
    from PySide6 import QtCore

    translator = QtCore.QTranslator()
    assert translator.load(str(korean_qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_compiled_catalog_translates_every_string(korean):
    from PySide6 import QtCore

    committed = i18n_data.read_ts(TS)
    for context, messages in EXTRACTED.items():
        for source in messages:
            assert QtCore.QCoreApplication.translate(context, source) == committed[(context, source)][0]


# -- the window shows the data in Korean once the translator is installed ------------------
def ko(context: str, source: str) -> str:
    text = i18n_data.read_ts(TS)[(context, source)][0]
    assert text and text != source
    return text


@pytest.fixture
def korean_window(korean, qtbot, ctrl):
    from desktop_app.window.main_window import MainWindow

    win = MainWindow(ctrl)  # built after the translator: menus take their texts at install
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctrl.pause()


def scenario(number: int):
    from desktop_app.model import scenarios

    return next(sc for sc in scenarios.load_all() if sc.number == number)


def test_a_scenario_shows_its_title_claim_caption_and_labels_in_korean(korean_window):
    win = korean_window
    menu = win.feature("scenarios")
    sc = scenario(4)
    action = next(a for a in menu.actions if a.text().startswith("4. "))
    assert action.text() == f"4. {ko('scenario', sc.title)}"
    assert action.toolTip() == ko("scenario", sc.claim)
    action.trigger()
    assert win.canvas.caption.toPlainText() == ko("scenario", sc.setup.caption)
    model = win.race_table.model()
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names[0] == ko("scenario", "SGD lr=0.0098 (ravine-safe)") == "SGD lr=0.0098 (협곡에서 안전)"
    assert win.ctrl.active[0].label == "SGD lr=0.0098 (ravine-safe)"  # the data itself stays English


def test_hyperparameter_and_surface_docs_show_in_korean(korean_window):
    win = korean_window
    win.feature("scenarios").load(scenario(1))  # saddle: SGD and momentum (focused)
    panel = win.optimizer_panel
    entry = panel.entry
    tip = panel.specs.parameter("lr").opts["tip"]
    assert tip.startswith(ko("hyperparameter", "learning rate: the step size") + "\n"), tip
    assert tip.startswith("학습률: 스텝 크기\n")
    doc = ko("hyperparameter", engine_definition(entry.name).doc)
    assert panel.doc.text() == doc[:1].upper() + doc[1:] + "."
    assert "모멘텀" in doc
    surfaces = win.surface_panel
    assert surfaces.description.text() == ko("surface", win.ctrl.surface.description)
    assert surfaces.selector.currentText() == "안장점"
    assert surfaces.specs.parameter("a").opts["tip"].startswith(ko("surface", "curvature along x (the stable direction)"))


def engine_definition(name):
    from engine import optimizers

    return optimizers.definition(name)


def test_a_deck_slide_shows_its_title_question_and_notes_in_korean(korean_window, qtbot):
    from desktop_app.model import deck as deck_mod

    win = korean_window
    deck = win.feature("deck")
    assert win.deck_files.open_path("builtin", slide=0)
    slide = deck_mod.read("builtin").slides[0]
    assert deck.label.toPlainText().endswith(ko("scenario", slide.shown_title))
    assert deck.question.card.prompt.text() == ko("deck", slide.question.prompt)
    assert win.canvas.caption.toPlainText() == ko("scenario", slide.shown_caption)
    deck.act_notes.trigger()
    assert ko("deck", slide.notes) in deck.notes_window.text.toPlainText()
    deck.notes_window.close()


def test_without_a_translator_the_window_shows_the_english_data(window):
    sc = scenario(4)
    window.feature("scenarios").load(sc)
    assert window.canvas.caption.toPlainText() == sc.setup.caption
    assert window.optimizer_panel.specs.parameter("lr").opts["tip"].startswith("learning rate: the step size\n")


def test_missing_strings_come_out_as_blocks_to_paste_with_the_old_translation_as_a_hint():
    missing = [("scenario", "SGD stalls at the saddle; momentum rolls off by inertia"),
               ("deck", "A brand-new question?")]
    ko = {"scenario": {"SGD stalls at the saddle (gradient near 0); momentum rolls off by inertia": "옛 번역"}}
    text = i18n_data.missing_entries(missing, ko, {})
    namespace = {"KO": {"scenario": {}, "deck": {}}}
    exec(text, namespace)  # valid Python that fills KO with empty translations
    assert namespace["KO"] == {"scenario": {missing[0][1]: ""}, "deck": {missing[1][1]: ""}}
    assert "#  -> '옛 번역'" in text
    assert text.count("# was") == 1
