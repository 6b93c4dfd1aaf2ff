"""The surface selector does not widen its dock to its longest title (the data surfaces'
long titles once squeezed the map by ~50 px); its drop-down list shows the whole titles."""
from __future__ import annotations

from desktop_app.widgets.surface_panel import SurfacePanel


def test_longest_title_does_not_set_the_panel_width(qtbot, ctrl):
    panel = SurfacePanel(ctrl)
    qtbot.addWidget(panel)
    box = panel.selector
    metrics = box.fontMetrics()
    longest = max((box.itemText(i) for i in range(box.count())), key=metrics.horizontalAdvance)
    assert box.minimumSizeHint().width() < metrics.horizontalAdvance(longest)
    assert box.view().minimumWidth() >= metrics.horizontalAdvance(longest)
