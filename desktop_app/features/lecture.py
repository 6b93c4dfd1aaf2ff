"""The lecture tools, installed into the main window in one call: overlays, the
update-rule panel, the timeline (rewind), the Scenarios menu and presenter mode.

    lecture.install(window)   # in MainWindow.__init__, before the saved state is restored

Each part lives in its own module and only uses the window's public pieces (canvas,
controller, loss plot, menus, ``_action`` for shortcut-bearing actions listed in Help).
"""
from __future__ import annotations

from desktop_app.features import overlays, presenter, scenario_menu, timeline
from desktop_app.widgets import update_rule_panel


def install(window) -> None:
    window.overlays = overlays.install(window)
    window.overlay_names = window.overlays.names_on  # setup_io saves and restores them
    window.set_overlays = window.overlays.set_only
    update_rule_panel.install(window)
    timeline.install(window)
    scenario_menu.install(window)
    presenter.install(window)
    basin = getattr(window, "basin", None)  # the basin map (its own module) is a scenario overlay too
    toggle = getattr(basin, "act_toggle", None)
    if toggle is not None:
        window.overlays.register("basin_map", toggle.setChecked, toggle.isChecked)
