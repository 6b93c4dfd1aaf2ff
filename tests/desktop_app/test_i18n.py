"""Korean: every user-visible string of the window has a translation, the committed .qm is
the compiled .ts, and --lang / View → Language choose the language.

The window test builds the window with the Korean translator installed, opens every dock,
menu and dialog it can without blocking, and fails on any text that still holds an English
word (three or more ASCII letters) other than optimizer names, symbols, units, key names and
formulas (i18n_walk.ALLOWED). Texts that come from the data (scenario and deck titles,
captions and questions, surface, hyperparameter and optimizer descriptions) belong to
resources/i18n/data_ko.ts; while that file is not there they are left out of the check.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from engine import resources
from desktop_app.model import i18n

import i18n_walk

REPO = Path(__file__).resolve().parents[2]
I18N = resources.path("i18n")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def ts_messages(path: Path):
    """(context, source, translation element) of every message of a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def build_script():
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import i18n_build
    finally:
        sys.path.pop(0)
    return i18n_build


# -- the .ts and .qm files ---------------------------------------------------------------------------
def test_every_code_string_has_a_finished_korean_translation():
    ts = I18N / "playground_ko.ts"
    problems, count = [], 0
    for context, source, tr in ts_messages(ts):
        count += 1
        text = tr.text or ""
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{context}: {source!r} has no finished translation")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
        elif text == source and i18n_walk.english_words(source):
            problems.append(f"{context}: {source!r} is 'translated' as itself")
    assert count > 300, f"only {count} strings in {ts.name}: was pyside6-lupdate run?"
    assert not problems, "\n".join(problems)


def test_the_ts_file_holds_every_string_the_code_marks(tmp_path):
    """pyside6-lupdate over desktop_app/ finds no string the committed .ts lacks (a new
    self.tr(...) without a translation fails here), and the .ts keeps no string the code dropped."""
    build = build_script()
    ts = tmp_path / "playground_ko.ts"
    files = sorted(str(p) for p in (REPO / "desktop_app").rglob("*.py"))
    subprocess.run([build.tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)],
                   check=True, stdout=subprocess.DEVNULL)
    found = {(c, s) for c, s, _ in ts_messages(ts)}
    committed = {(c, s) for c, s, _ in ts_messages(I18N / "playground_ko.ts")}
    assert not found - committed, f"strings not in playground_ko.ts (run scripts/i18n_build.py --update): {sorted(found - committed)}"
    assert not committed - found, f"strings the code no longer has: {sorted(committed - found)}"


def test_the_committed_qm_is_the_compiled_ts(tmp_path, qapp):
    """Recompile every .ts and compare what the two .qm files translate, message by message."""
    build = build_script()
    for ts in build.sources("ko", I18N):
        shutil.copy(ts, tmp_path / ts.name)
    fresh_qm = build.compile_qm("ko", tmp_path)
    committed, fresh = QtCore.QTranslator(), QtCore.QTranslator()
    assert committed.load(str(I18N / "playground_ko.qm")), "resources/i18n/playground_ko.qm is missing"
    assert fresh.load(str(fresh_qm))
    stale = []
    for ts in build.sources("ko", I18N):
        for context, source, _ in ts_messages(ts):
            if committed.translate(context, source) != fresh.translate(context, source):
                stale.append((context, source))
    assert not stale, f"playground_ko.qm is out of date (run scripts/i18n_build.py): {stale[:5]}"


# -- the Korean window -------------------------------------------------------------------------------
@pytest.fixture
def korean(qapp):
    from desktop_app.app import set_language

    font = QtGui.QFont(qapp.font())
    set_language(qapp, "ko")
    yield
    i18n.install(qapp, "en")
    qapp.setFont(font)


def walk_untranslated(window, qtbot, extra_allowed=frozenset(), unshown=()):
    """Open what can be opened without blocking, then every English text left."""
    for dock in window.findChildren(QtWidgets.QDockWidget):
        dock.show()
    overlays = window.feature("overlays").overlays  # every overlay on, two steps taken: the map's legend
    overlays.set_only(list(overlays.names_on()) + [name for name, _, _ in __import__(
        "desktop_app.plot.overlays", fromlist=["OVERLAYS"]).OVERLAYS])
    window.ctrl.step_once()
    window.ctrl.step_once()
    window.canvas.sigCursorMoved.emit(0.3, 0.2)
    dialogs = [window.show_shortcuts()]
    for name in ("basin.compare",):
        try:
            window.api.action(name).trigger()
        except KeyError:
            pass
    qtbot.wait(50)
    tops = [w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible() or w in dialogs] + list(unshown)
    tops += [m for m in window.findChildren(QtWidgets.QMenu)]
    skip = i18n_walk.pyqtgraph_menus([window, *tops])
    pairs = []
    for top in tops:
        for w in [top, *top.findChildren(QtWidgets.QWidget)]:
            if i18n_walk.inside(w, skip):
                continue
            pairs.extend(i18n_walk.texts_of_widget(w))
    for a in window.actions():
        pairs.extend(i18n_walk.texts_of_action(a, "action"))
    data_texts, names = i18n_walk.data_strings()
    allowed = set(names) | set(extra_allowed) | {"english"}  # View → Language names each language in itself
    if not (I18N / "data_ko.ts").exists():  # the data's translations come with data_ko.ts
        pairs = [(where, i18n_walk.without(text, data_texts)) for where, text in pairs]
    found = {}
    for where, text, words in i18n_walk.untranslated(pairs, allowed):
        found.setdefault(text, (where, words))
    for d in dialogs:
        d.close()
    walk_untranslated.texts = [text for _, text in pairs]  # what was looked at (the tests check it saw enough)
    return found


def test_the_korean_window_has_no_english_left(korean, qtbot, ctrl):
    from desktop_app.window.main_window import MainWindow

    window = MainWindow(ctrl)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.menu_file.title() == "파일(&F)"
    found = walk_untranslated(window, qtbot)
    seen = "\n".join(walk_untranslated.texts)
    for korean_text in ("좌표별 유효 스텝", "단축키", "옵티마이저", "끌림 영역 지도", "업데이트 규칙"):
        assert korean_text in seen, f"the walk never reached {korean_text!r}"
    report = "\n".join(f"{text!r:.120}  ({where}: {', '.join(words[:4])})" for text, (where, words) in found.items())
    assert not found, f"{len(found)} texts of the Korean window are not translated:\n{report}"


def test_deck_mode_and_the_dialogs_have_no_english_left(korean, qtbot, ctrl):
    """A lecture in Korean: the course deck at a slide with a question, the speaker notes,
    the recording dialog (shown without exec), the error message."""
    from desktop_app.model import deck as deck_mod
    from desktop_app.widgets.errors import ErrorDialog
    from desktop_app.window.main_window import MainWindow
    from desktop_app.window.record_dialog import RecordDialog

    window = MainWindow(ctrl)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.api.action("deck.open_builtin").trigger()
    slides = deck_mod.read(deck_mod.BUILTIN).slides
    asked = next(i for i, s in enumerate(slides) if s.question is not None)
    for _ in range(asked):
        window.api.action("deck.next").trigger()
    window.api.action("deck.notes").setChecked(True)
    record = RecordDialog("gif", "/tmp/race.gif", 300, 0, window, view3d=(False, "no OpenGL"))
    error = ErrorDialog(window)  # (dialogs walked unshown: shown offscreen they warn about size hints)
    qtbot.wait(50)
    found = walk_untranslated(window, qtbot, extra_allowed={"opengl"}, unshown=(record, error))
    seen = "\n".join(walk_untranslated.texts)
    for korean_text in ("발표자 노트", "시작점에서 다시 경주", "프레임 속도", "예기치 않은 오류"):
        assert korean_text in seen, f"the walk never reached {korean_text!r}"
    record.close()
    error.close()
    window.api.action("deck.notes").setChecked(False)
    report = "\n".join(f"{text!r:.120}  ({where}: {', '.join(words[:4])})" for text, (where, words) in found.items())
    assert not found, f"{len(found)} texts of the Korean deck mode and dialogs are not translated:\n{report}"


def test_the_check_fails_on_an_unwrapped_string(korean, qtbot, ctrl):
    """The walk does catch a string that never went through tr() (and one tr() has no translation for)."""
    from desktop_app.window.main_window import MainWindow

    window = MainWindow(ctrl)
    qtbot.addWidget(window)
    window.show()
    window.statusBar().addPermanentWidget(QtWidgets.QLabel("Gradient norm"))
    window.api.add_action("test.untranslated", window.tr("Wobble the map"), menu="View")
    found = walk_untranslated(window, qtbot)
    assert set(found) == {"Gradient norm", "Wobble the map"}


def test_korean_strings_reach_the_map_and_the_status_bar(korean, qtbot, ctrl):
    from desktop_app.window.main_window import MainWindow

    window = MainWindow(ctrl)
    qtbot.addWidget(window)
    window.show()
    assert window.step_label.text().startswith("스텝 0 / ")
    assert window.race_table.model().headerData(0, QtCore.Qt.Orientation.Horizontal) == "옵티마이저"
    assert QtWidgets.QApplication.font().family() or True
    metrics = QtGui.QFontMetrics(QtWidgets.QApplication.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "한국어"), "the Korean window's font cannot draw Hangul"


# -- choosing the language ---------------------------------------------------------------------------
def test_the_language_follows_the_option_then_the_setting_then_the_locale(tmp_path):
    settings = QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    korea, usa, france = (QtCore.QLocale(name) for name in ("ko_KR", "en_US", "fr_FR"))
    assert i18n.choose(None, settings, korea) == "ko"
    assert i18n.choose(None, settings, usa) == "en"
    assert i18n.choose(None, settings, france) == "en"  # no French: English
    settings.setValue(i18n.SETTINGS_KEY, "en")
    assert i18n.choose(None, settings, korea) == "en"   # View → Language beats the locale
    assert i18n.choose("ko", settings, usa) == "ko"     # --lang beats both
    settings.setValue(i18n.SETTINGS_KEY, "klingon")      # a damaged setting: the locale again
    assert i18n.choose(None, settings, korea) == "ko"


def test_view_language_remembers_the_choice_and_offers_a_restart(window, qtbot):
    assert i18n.current() == "en"
    # starting (with --lang or the locale) stores nothing: the next start follows the locale again
    assert window.settings.value(i18n.SETTINGS_KEY) is None
    english, korean = window.api.action("language.en"), window.api.action("language.ko")
    assert english.isChecked() and not korean.isChecked() and korean.text() == "한국어"
    korean.trigger()
    assert window.settings.value(i18n.SETTINGS_KEY) == "ko"
    box = window.feature("language").box
    assert box is not None and box.isVisible() and not box.isModal()
    assert window.feature("language").restart_button.text() == "Restart now"
    english.trigger()  # back to the language running: nothing to restart
    assert window.settings.value(i18n.SETTINGS_KEY) == "en"
    assert window.feature("language").box is None


def test_an_installed_translator_translates_and_english_removes_it(qapp):
    try:
        assert i18n.install(qapp, "ko")
        assert QtCore.QCoreApplication.translate("MainWindow", "&File") == "파일(&F)"
        assert i18n.current() == "ko"
    finally:
        i18n.install(qapp, "en")
    assert QtCore.QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_models_status_messages_reach_the_status_bar_in_korean(korean, qtbot, ctrl):
    from desktop_app.window import status_text
    from desktop_app.window.main_window import MainWindow

    assert status_text.translated("Step limit 300 reached") == "스텝 한도 300에 도달했습니다"
    assert status_text.translated("Every optimizer has stopped (step 12)") == "모든 옵티마이저가 멈췄습니다 (스텝 12)"
    assert status_text.translated("lr: must be > 0") == "lr: must be > 0"  # unknown: as it is
    window = MainWindow(ctrl)
    qtbot.addWidget(window)
    window.show()
    ctrl.set_start(0.5, -0.25)
    assert window.statusBar().currentMessage() == "시작점 (0.5, -0.25)"


def test_the_basin_maps_legend_in_korean(korean):
    """basin_colors (Qt-free) writes its legend in English; the panel and the figures show it translated."""
    from desktop_app.plot.basin_figure import legend_text

    assert legend_text("min 2 (1, -1)  35%") == "최솟값 2 (1, -1)  35%"
    assert legend_text("no known minimum  3%") == "알려진 최솟값 없음  3%"
    assert legend_text("diverged  12%") == "발산  12%"
    assert legend_text("steps to converge") == "수렴까지 스텝"
    assert legend_text("final loss f − f*") == "최종 손실 f − f*"
    assert legend_text("something new") == "something new"
