"""The basin map as a window feature: its dock, actions, menus, PNG export and the
settings a saved setup keeps of it (view.basin), all through the window API:

    View → Basin map (B), Compare basin maps… (Shift+B), the Basin map dock
    File → Export basin map as PNG…     (after the other exports)

view.basin holds the map's settings only while it is shown: {"mode", "opacity",
"resolution", "steps", "auto"} as BasinMapper names them (a missing key takes its
default). Opening a setup with it turns the map on with them; one without it leaves the
map to view.overlays ("basin_map" there turns it on with the settings it has, as
scenarios and older files do), else off.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from engine.setup import SetupError

from desktop_app.features.base import Feature
from desktop_app.features.basin.compare import BasinCompareDialog
from desktop_app.features.basin.panel import BasinPanel, titled
from desktop_app.features.basin.view import SETTINGS, BasinMapper, BasinToast
from desktop_app.geometry import basin_colors
from desktop_app.model import job_runner
from desktop_app.model.basin_job import RESOLUTIONS
from desktop_app.plot.basin_figure import export_maps_png
from desktop_app.widgets.windowing import bring_to_front

STEPS_RANGE = (10, 10_000)  # the basin panel's Steps box; a saved view.basin.steps is within it
OVERLAY_NAME = "basin_map"  # the map's name among the overlays (scenarios switch it there)


class BasinFeature(QtCore.QObject, Feature):
    """The basin map's parts in one window; saved as setup.view.basin while it is shown."""

    name = "basin"
    has_view_state = True

    def install(self, api):
        self.api = api
        self.setParent(api.parent)
        ctrl = api.controller
        self.mapper = BasinMapper(ctrl, api.canvas, parent=self)
        self.mapper.sigMessage.connect(ctrl.sigStatus)
        self.toast = BasinToast(self.mapper, api.canvas)
        self.panel = BasinPanel(self.mapper)
        self.dock = api.add_dock("basin", self.tr("Basin map"), self.panel, area="right", tabify_with="loss", hidden=True,
                                 toggle_text=self.tr("Basin map &panel"))
        self.compare_dialog: BasinCompareDialog | None = None
        api.add_menu_entry("View", None)
        self.act_toggle = api.add_action("basin.toggle", self.tr("&Basin map"), self.mapper.set_enabled, shortcuts="B",
                                         checkable=True, menu="View",
                                         tip=self.tr("Colour every start by where the focused optimizer ends (B)"))
        self.act_compare = api.add_action("basin.compare", self.tr("&Compare basin maps…"), self.open_compare,
                                          shortcuts="Shift+B", menu="View",
                                          tip=self.tr("Two optimizers' basin maps side by side"))
        api.add_menu_entry("View", "show_basin")
        # with the other exports (File holds them flat)
        self.act_export = api.add_action("basin.export", self.tr("Export &basin map as PNG…"), self.export_clicked,
                                         menu="File", after="file.export_json",
                                         tip=self.tr("Save the basin map with its legend as a PNG image"))
        self._legend_offered = False
        self.panel.sigCompare.connect(self.open_compare)
        self.panel.sigExport.connect(self.export_clicked)
        self.mapper.sigChanged.connect(self._sync)
        overlays = api.feature("overlays")
        if overlays is not None:  # scenarios and setups switch the map with the overlays ("basin_map")
            overlays.overlays.register(OVERLAY_NAME, self.act_toggle.setChecked, self.act_toggle.isChecked)
        app = QtWidgets.QApplication.instance()
        if app is not None:  # a QThread must never be destroyed while it runs
            app.aboutToQuit.connect(job_runner.stop_all)
        self._sync()

    def _sync(self):
        m = self.mapper
        if self.act_toggle.isChecked() != m.enabled:
            with QtCore.QSignalBlocker(self.act_toggle):
                self.act_toggle.setChecked(m.enabled)
        if m.enabled and not self._legend_offered:
            self._legend_offered = True  # show the legend once; after that the dock is the user's
            if self.api.action("show_panels").isChecked():
                self.dock.show()
                self.dock.raise_()
        self.act_export.setEnabled(m.image is not None)

    # -- saved setups ----------------------------------------------------------------------------
    def view_state(self) -> dict | None:
        """The map's settings while it is shown (None when it is off). Values only code can
        set (tests) are brought into what a setup accepts: the nearest resolution the panel
        offers, steps within its Steps box."""
        if not self.mapper.enabled:
            return None
        settings = self.mapper.settings()
        lo, hi = STEPS_RANGE
        settings.update(resolution=min(RESOLUTIONS, key=lambda r: abs(r - settings["resolution"])),
                        steps=min(max(int(settings["steps"]), lo), hi), opacity=float(settings["opacity"]))
        return settings

    @classmethod
    def check_view_state(cls, state, where):
        if state is not None:
            check_settings(state, where)

    def prepare(self, state):
        """A map the overlays turn on while the race loads computes with these settings."""
        if state is None:
            return None
        before = self.mapper.settings()
        self.mapper.configure(state)
        return lambda: self.mapper.configure(before)

    def restore(self, state, view):
        if state is not None:  # on with its settings (computing in the background)
            self.mapper.restore(state)
        elif OVERLAY_NAME not in view.get("overlays", []):
            self.mapper.set_enabled(False)  # (older files, scenarios: "basin_map" among the overlays turns it on)

    # -- compare and export -------------------------------------------------------------------
    def open_compare(self):
        dialog = self.compare_dialog
        if dialog is None:
            dialog = self.compare_dialog = BasinCompareDialog(self.api.controller, self.mapper, self.api.parent)
            dialog.sigMessage.connect(self.api.controller.sigStatus)
        elif dialog.isVisible():
            bring_to_front(dialog)  # already open: bring it to the front, keep its choices
            return dialog
        else:
            dialog.fill_choices()
        dialog.show()
        return dialog

    def export_clicked(self):
        if self.mapper.image is None:
            self.api.controller.sigStatus.emit(self.tr("No basin map to export yet: press B"))
            return
        folder = Path(self.api.export_folder)  # the folder the other exports use
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.api.parent, self.tr("Export basin map"), str(folder / "basin-map.png"),
                                                        "PNG (*.png)")
        if path:
            self.export_png(path)

    def export_png(self, path):
        """The shown map with contours, minima and legend as a PNG; the path written or None."""
        m = self.mapper
        if m.map is None:
            return None
        task = m.job.tasks[0]
        title = titled(task.label, task.hyperparams) + ("  " + self.tr("[out of date]") if m.stale else "")
        try:
            written = export_maps_png(path, m.job.surface, [(title, m.map)], m.mode)
        except (OSError, ValueError) as exc:
            self.api.controller.sigStatus.emit(self.tr("Could not export the basin map: {0}").format(exc))
            return None
        self.api.controller.sigStatus.emit(self.tr("Saved {0}").format(written))
        return written

    def shutdown(self):
        """Stop every basin computation and wait for its thread (the window is closing)."""
        self.mapper.shutdown()
        if self.compare_dialog is not None:
            self.compare_dialog.stop()
        job_runner.stop_all()



def check_settings(basin, where: str = "view.basin") -> None:
    """view.basin: the basin map's settings, each checked against what the panel offers."""
    if not isinstance(basin, dict):
        raise SetupError(where, f"must be an object with some of {', '.join(SETTINGS)}, got {_short(basin)}")
    for key in basin:
        if key not in SETTINGS:
            raise SetupError(f"{where}.{key if len(key) <= 40 else key[:37] + '...'}",
                             f"unknown key; expected some of {', '.join(SETTINGS)}")
    if "mode" in basin and basin["mode"] not in basin_colors.MODES:
        raise SetupError(f"{where}.mode", f"must be one of {', '.join(map(repr, basin_colors.MODES))}, "
                         f"got {_short(basin['mode'])}")
    if "opacity" in basin:
        opacity = basin["opacity"]
        if isinstance(opacity, bool) or not isinstance(opacity, (int, float)) or not math.isfinite(opacity):
            raise SetupError(f"{where}.opacity", f"must be a finite number, got {opacity!r}")
        if not 0 <= opacity <= 1:
            raise SetupError(f"{where}.opacity", f"must be between 0 and 1, got {opacity:g}")
    if "resolution" in basin:
        value = basin["resolution"]
        if not _whole(value) or value not in RESOLUTIONS:
            raise SetupError(f"{where}.resolution", f"must be one of {', '.join(map(str, RESOLUTIONS))} "
                             f"(starts per side), got {_short(value)}")
    if "steps" in basin:
        value, (lo, hi) = basin["steps"], STEPS_RANGE
        if not _whole(value) or not lo <= value <= hi:
            raise SetupError(f"{where}.steps", f"must be a whole number between {lo} and {hi:,}, "
                             f"got {_short(value)}")
    if "auto" in basin and not isinstance(basin["auto"], bool):
        raise SetupError(f"{where}.auto", f"must be true or false, got {_short(basin['auto'])}")


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
