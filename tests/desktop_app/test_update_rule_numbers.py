"""Issue 14 item 4: the Update-rule panel's numbers are never cut. Each number's text fits
its cell (font metrics on the table as Qt lays it out), the table fits the panel or its scroll
bar shows, and each text reads back as the value to the shown precision."""
from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6 import QtGui, QtWidgets

from desktop_app.geometry import overlays as geo
from desktop_app.model import scenarios
from desktop_app.widgets import update_rule_panel as urp


@pytest.mark.parametrize("value", [1.597e-6, -4.9e-6, 0.0, 3.14159, -271828.0, 6.02e23, -1e-300, 12345.6])
def test_numbers_read_back_to_four_significant_digits(value):
    text = urp.fmt_number(value).strip()
    back = float(text.replace("−", "-"))
    assert back == pytest.approx(float(f"{value:.4g}"), rel=1e-12, abs=0)
    assert "e-0" not in text and "e+" not in text and len(text) <= 9  # compact: 1.597e−6


def cell_texts_and_widths(label: QtWidgets.QLabel):
    """(text, cell width) of every cell of the label's table, laid out by Qt's text engine at
    the label's own font, and the table's whole width."""
    doc = QtGui.QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setHtml(label.text())
    doc.setTextWidth(-1)
    layout = doc.documentLayout()
    table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QtGui.QTextTable))
    out = []
    for r in range(table.rows()):
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            block = cell.firstCursorPosition().block()
            out.append((block.text(), layout.blockBoundingRect(block).width(), label.fontMetrics()))
    return out, doc.idealWidth()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_number_fits_its_cell_or_the_table_scrolls(qtbot, window, ctrl, size):
    window.resize(*size)
    sc = next(s for s in scenarios.load_all() if s.number == 17)  # Adam on a bowl: tiny values late on
    assert window.feature("scenarios").load(sc)
    ctrl.advance(400)
    QtWidgets.QApplication.processEvents()
    panel = window.feature("update_rule").panel
    panel.refresh()
    QtWidgets.QApplication.processEvents()
    label = panel.numbers
    assert label.text()
    cells, table_width = cell_texts_and_widths(label)
    numbers = [t for t, _, _ in cells if t.strip() and t.strip()[0] in "−0123456789n"]
    assert numbers
    tiny = [t for t in numbers if "e−" in t]
    assert tiny, numbers  # the case the issue saw cut
    for text, width, metrics in cells:
        assert metrics.horizontalAdvance(text) <= width + 1, (text, width)
    # the table as a whole: inside the label, and the label in sight or the scroll bar shown
    assert max(label.sizeHint().width(), label.minimumWidth()) >= table_width - 1
    assert label.width() >= table_width - 1  # laid out whole: the scroll area scrolls it, never cuts it
    scroll = panel.numbers_scroll
    if label.width() > scroll.viewport().width():
        assert scroll.horizontalScrollBar().isVisible() and scroll.horizontalScrollBar().maximum() > 0
    # and the texts are the record's values
    sv = geo.step_view(ctrl.focused.lane.history, ctrl.shown_row(ctrl.focused))
    values = [float(np.asarray(v, dtype=float).ravel()[0]) for v in sv.record.values()]
    shown = {float(t.strip().replace("−", "-")) for t in numbers if t.strip() not in ("nan", "inf")}
    for v in values:
        if math.isfinite(v):
            assert float(f"{v:.4g}") in shown, (v, sorted(shown))
