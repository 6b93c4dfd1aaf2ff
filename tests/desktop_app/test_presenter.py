"""Presenter mode: text size scales the whole UI (widgets and plot fonts), the
high-contrast theme turns black/white/yellow and back, canvas-only hides every panel
and Esc brings them back, the scenario caption sits on the canvas, and every new action
has a shortcut listed under Help."""
from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.features import presenter as pm
from desktop_app.model import scenarios
from desktop_app.window.help import action_rows

SCENARIOS = {sc.number: sc for sc in scenarios.load_all()}


@pytest.fixture
def pres(window):
    pr = window.feature("presenter")
    yield pr
    pr.set_canvas_only(False)
    pr.act_high_contrast.setChecked(False)
    pr.reset_text()
    pr.restore_app()


def tick_pt(axis) -> float:
    return axis.style["tickFont"].pointSizeF() if axis.style.get("tickFont") else axis.font().pointSizeF()


def test_text_size_scales_the_whole_ui(pres, window):
    app = QtWidgets.QApplication.instance()
    app.setStyleSheet("QDockWidget::title { padding: 4px; }")  # as the app has: fonts must still follow
    # the presenter scales the application's font as it was before any presenter or
    # make_app() in another test of this process changed it
    base = pm.app_base(app)[0].pointSizeF()
    column = window.race_table.horizontalHeader().sectionSize(2)
    axis = window.canvas.plot.getAxis("bottom")
    pres.act_larger.trigger()
    pres.act_larger.trigger()
    assert app.font().pointSizeF() == pytest.approx(base * pm.SCALE_STEP ** 2, rel=0.02)
    QtWidgets.QApplication.processEvents()
    assert window.race_table.font().pointSizeF() == pytest.approx(app.font().pointSizeF(), rel=0.02)
    assert window.menuBar().font().pointSizeF() == pytest.approx(app.font().pointSizeF(), rel=0.02)
    assert window.race_table.horizontalHeader().sectionSize(2) > column  # numbers still fit
    assert tick_pt(axis) == pytest.approx(pm.CANVAS_TICK_PT * pres.scale, rel=0.02)
    assert window.feature("update_rule").panel.formula.font().pointSizeF() > base * 1.5
    assert window.settings.value("presenter/font_scale") is not None
    pres.act_reset_text.trigger()
    assert app.font().pointSizeF() == pytest.approx(base)
    pres.set_font_scale(0.01)
    assert pres.scale == pm.SCALE_RANGE[0]
    pres.act_smaller.trigger()
    assert pres.scale == pm.SCALE_RANGE[0]


def test_the_update_rule_keeps_its_monospaced_face_and_relative_size(pres, window):
    """Docked under the app's style sheet and after text scaling: a proportional face drew
    the hats of m̂ and v̂ a line too high, and the size fell back to the app's."""
    from desktop_app.app import RESOURCES
    from desktop_app.widgets import update_rule_panel as urp

    app = QtWidgets.QApplication.instance()
    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))  # as make_app does
    mono = QtGui.QFontInfo(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)).family()
    panel = window.feature("update_rule").panel

    def check():
        QtWidgets.QApplication.processEvents()
        base = app.font().pointSizeF()
        for label, scale in ((panel.formula, urp.FORMULA_SCALE), (panel.numbers, urp.NUMBERS_SCALE)):
            assert QtGui.QFontInfo(label.font()).family() == mono
            assert label.font().pointSizeF() == pytest.approx(base * scale, rel=0.01)

    check()
    pres.act_larger.trigger()
    check()
    pres.act_high_contrast.setChecked(True)
    check()


def test_high_contrast_goes_black_white_yellow_and_back(pres, window):
    window.feature("scenarios").load(SCENARIOS[1])  # SGD's lane colour is black
    app = QtWidgets.QApplication.instance()
    before = app.palette().color(QtGui.QPalette.ColorRole.Window)
    pres.act_high_contrast.setChecked(True)
    assert app.palette().color(QtGui.QPalette.ColorRole.Window) == QtGui.QColor("#000000")
    assert app.palette().color(QtGui.QPalette.ColorRole.Highlight) == QtGui.QColor(pm.YELLOW)
    assert window.canvas.backgroundBrush().color() == QtGui.QColor("#000000")
    sgd = window.ctrl.active[0]
    assert window.canvas.trails[sgd.key].opts["pen"].color() == QtGui.QColor("#FFFFFF")
    # the pen-width trap: no wider in high contrast than the default (issue 14: 2 px, the
    # focused lane 3, thinned to 1 px once trails are long, canvas.WIDE_VERTICES)
    from desktop_app.plot import canvas as canvas_mod
    assert window.canvas.trails[sgd.key].opts["pen"].width() <= canvas_mod.TRAIL_WIDTH + canvas_mod.FOCUS_EXTRA
    assert window.canvas.marker_scale == pm.HC_MARKER_SCALE
    assert window.feature("overlays").overlays.colours["text"] == "#FFFFFF"
    window.ctrl.set_checked(window.ctrl.entries[2].key, True)  # a lane added later is lifted too
    pres.act_high_contrast.setChecked(False)
    assert app.palette().color(QtGui.QPalette.ColorRole.Window) == before
    assert window.canvas.trails[sgd.key].opts["pen"].color() == QtGui.QColor("#000000")
    assert window.canvas.marker_scale == 1.0


@pytest.mark.parametrize("colour, lifted", [("#000000", "#ffffff"), ("#E69F00", "#e69f00"), ("#56B4E9", "#56b4e9")])
def test_lifted_colours(colour, lifted):
    assert pm.lifted(colour) == lifted


def test_dark_colours_are_lifted_to_readable():
    c = QtGui.QColor(pm.lifted("#332288"))
    assert 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF() > 0.3


def test_canvas_only_hides_everything_but_the_map_and_esc_restores(pres, window, qtbot):
    timeline = window.feature("timeline").timeline
    docks = [d for d in window.findChildren(QtWidgets.QDockWidget) if d.isVisible()]
    assert docks
    pres.act_canvas_only.trigger()
    assert pres.canvas_only
    for w in docks + [window.menuBar(), window.statusBar(), window.race_table, timeline]:
        assert not w.isVisible()
    assert all(not tb.isVisible() for tb in window.findChildren(QtWidgets.QToolBar))
    assert window.canvas.isVisible()
    window.act_play.trigger()  # shortcuts still work with the menu bar hidden
    assert window.ctrl.playing
    window.ctrl.pause()
    pres.act_leave.trigger()
    assert not pres.canvas_only and not pres.act_canvas_only.isChecked()
    for w in docks + [window.menuBar(), window.statusBar(), window.race_table, timeline]:
        assert w.isVisible()


def test_esc_also_leaves_full_screen(pres, window, qtbot):
    window.act_fullscreen.setChecked(True)
    qtbot.waitUntil(lambda: window.isFullScreen())
    pres.act_leave.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.act_fullscreen.isChecked()


def test_caption_shows_wraps_and_clears(pres, window):
    cap = window.canvas.caption
    assert not cap.isVisible()
    sc = SCENARIOS[2]
    window.feature("scenarios").load(sc)
    assert cap.isVisible() and cap.toPlainText() == sc.setup.caption
    band = window.canvas.caption_band  # the caption's own strip above the plot, as wide as the canvas
    room = band.width() - 16
    assert cap.textItem.boundingRect().width() <= room + 1
    window.resize(760, 600)
    QtWidgets.QApplication.processEvents()
    assert cap.textItem.boundingRect().width() <= band.width() - 15
    window.ctrl.set_surface("rosenbrock")  # the caption was about the scenario's surface
    assert not cap.isVisible()


def test_every_lecture_action_has_a_shortcut_listed_in_help(window):
    rows = dict(action_rows(window.actions()))
    pr = window.feature("presenter")
    mine = ([*window.feature("overlays").actions.values()] + window.feature("scenarios").actions[:20]  # no digit key past 20
            + window.feature("timeline").actions
            + [pr.act_canvas_only, pr.act_high_contrast, pr.act_larger, pr.act_smaller, pr.act_reset_text, pr.act_leave])
    for act in mine:
        assert act.shortcuts(), act.text()
        assert act.text().replace("&", "") in rows
    keys = [k.toString() for act in window.actions() for k in act.shortcuts()]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"shortcuts used twice: {dupes}"


def test_settings_bring_back_the_text_size_and_theme(qtbot, ctrl, isolated_settings):
    from desktop_app.model.settings import open_settings
    from desktop_app.window.main_window import MainWindow

    s = open_settings()
    s.setValue("presenter/font_scale", 1.3)
    s.setValue("presenter/high_contrast", True)
    s.sync()
    win = MainWindow(ctrl, settings=open_settings())
    qtbot.addWidget(win)
    try:
        pr = win.feature("presenter")
        assert pr.scale == pytest.approx(1.3)
        assert pr.high_contrast and pr.act_high_contrast.isChecked()
    finally:
        pr.set_high_contrast(False)
        pr.restore_app()


def test_large_text_wraps_the_update_rule_to_the_panel_and_scrolls_only_the_numbers(pres, window, ctrl, qtbot):
    """With the text 1.7x larger, a 300-pixel panel could not hold the table of numbers;
    the whole panel scrolled sideways and the equations, wrapped to the table's width,
    were cut at the panel's edge. The equations must wrap to the panel; only the numbers
    may scroll sideways."""
    window.feature("scenarios").actions[2].trigger()  # RMSProp racing SGD, RMSProp in focus
    ctrl.advance(20)
    dock = window.findChild(QtWidgets.QDockWidget, "updateRuleDock")
    dock.show()
    dock.raise_()
    for _ in range(3):
        pres.act_larger.trigger()
    window.resizeDocks([dock], [300], QtCore.Qt.Orientation.Horizontal)
    panel = window.feature("update_rule").panel
    qtbot.waitUntil(lambda: 0 < panel.width() <= 340, timeout=2000)
    qtbot.wait(50)
    assert panel.formula.text() and panel.numbers.text()
    room = panel.formula.parentWidget().parentWidget().width()  # the outer scroll area's viewport
    for label in (panel.title, panel.formula, panel.where):
        right = label.mapTo(panel, QtCore.QPoint(label.width(), 0)).x()
        assert right <= panel.width(), f"{label.objectName() or label.text()[:30]!r} reaches past the panel"
    assert panel.formula.width() <= room
    # the table is wider than the panel: its own scroll bar shows, and it is the only one
    assert panel.numbers.sizeHint().width() > room
    assert panel.numbers_scroll.horizontalScrollBar().maximum() > 0
    assert panel.numbers_scroll.height() >= panel.numbers.sizeHint().height()  # no row under the bar
    # the equations wrap between terms, never inside a parenthesis
    from desktop_app.widgets.update_rule_panel import unbreakable_groups
    assert unbreakable_groups("v ← α v + (1 − α) g²") == "v ← α v + (1\u00a0−\u00a0α) g²"
    assert "(1 − α)" in panel.formula.text().replace("\u00a0", " ")
    # the overlay legend wraps to the map too (its lines were cut at the map's right edge)
    window.feature("overlays").overlays.set_enabled("precondition_ellipse", True)
    window.resize(1280, 800)  # the window's size on a 1600x1000 screen: the map ~450 px wide
    qtbot.wait(150)
    legend = window.feature("overlays").overlays.legend
    assert legend.isVisible()
    # in its band under the plot (issue 14: never over the race), wrapped to the canvas's width
    band = window.canvas.legend_band
    assert legend.mapRectToItem(band, legend.boundingRect()).right() <= band.width()
    assert not legend.mapRectToScene(legend.boundingRect()).intersects(
        window.canvas.vb.mapRectToScene(window.canvas.vb.boundingRect()))
