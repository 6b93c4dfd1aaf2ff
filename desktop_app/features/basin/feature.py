"""Wiring the basin map into the main window: its dock, actions, menus and PNG export.

``install(window)`` is the whole footprint on main_window.py (one call), so the feature
can grow without touching the window's own code:

    View → Basin map (B), Compare basin maps… (Shift+B), the Basin map dock
    File → Export basin map as PNG…     (after the other exports)
"""
from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from desktop_app.features.basin.compare import BasinCompareDialog
from desktop_app.features.basin.panel import BasinPanel, titled
from desktop_app.features.basin.view import BasinMapper, BasinToast
from desktop_app.model import job_runner
from desktop_app.plot.basin_figure import export_maps_png
from desktop_app.widgets.windowing import bring_to_front


class BasinFeature(QtCore.QObject):
    """The basin map's parts in one window; ``window.basin`` after :func:`install`."""

    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.mapper = BasinMapper(win.ctrl, win.canvas, parent=self)
        self.mapper.sigMessage.connect(win.ctrl.sigStatus)
        self.toast = BasinToast(self.mapper, win.canvas)
        self.panel = BasinPanel(self.mapper)
        self.dock = self._make_dock()
        self.compare_dialog: BasinCompareDialog | None = None
        self.act_toggle = win._action("&Basin map", self.mapper.set_enabled, ["B"], checkable=True,
                                      tip="Colour every start by where the focused optimizer ends (B)")
        self.act_compare = win._action("&Compare basin maps…", self.open_compare, ["Shift+B"],
                                       tip="Two optimizers' basin maps side by side")
        self.act_export = win._action("&Basin map as PNG…", self.export_clicked,
                                      tip="Save the basin map with its legend as a PNG image")
        self._legend_offered = False
        self.panel.sigCompare.connect(self.open_compare)
        self.panel.sigExport.connect(self.export_clicked)
        self.mapper.sigChanged.connect(self._sync)
        self._add_to_menus()
        self._sync()

    def _make_dock(self):
        win = self.win
        area = QtCore.Qt.DockWidgetArea.RightDockWidgetArea
        dock = win._dock("Basin map", "basinDock", self.panel, area)
        neighbour = getattr(win, "loss_dock", None)
        if neighbour is not None and win.dockWidgetArea(neighbour) == area:
            win.tabifyDockWidget(neighbour, dock)
        dock.hide()
        win.docks.append(dock)
        return dock

    def _add_to_menus(self):
        win = self.win
        view = getattr(win, "menu_view", None)
        if view is not None:
            view.addSeparator()
            panel = self.dock.toggleViewAction()
            panel.setText("Basin map &panel")
            for a in (self.act_toggle, self.act_compare, panel):
                view.addAction(a)
        file_menu = getattr(win, "menu_file", None)
        if file_menu is None:
            return
        # with the other exports (File holds them flat), else above Quit
        self.act_export.setText("Export &basin map as PNG…")
        actions = file_menu.actions()
        exports = [i for i, a in enumerate(actions) if "export" in a.text().replace("&", "").lower()]
        if exports and exports[-1] + 1 < len(actions):
            file_menu.insertAction(actions[exports[-1] + 1], self.act_export)
        elif exports:
            file_menu.addAction(self.act_export)
        else:
            file_menu.insertAction(getattr(win, "act_quit", None), self.act_export)

    def _sync(self):
        m = self.mapper
        if self.act_toggle.isChecked() != m.enabled:
            with QtCore.QSignalBlocker(self.act_toggle):
                self.act_toggle.setChecked(m.enabled)
        if m.enabled and not self._legend_offered:
            self._legend_offered = True  # show the legend once; after that the dock is the user's
            panels = getattr(self.win, "act_show_panels", None)
            if panels is None or panels.isChecked():
                self.dock.show()
                self.dock.raise_()
        self.act_export.setEnabled(m.image is not None)

    # -- compare and export -------------------------------------------------------------------
    def open_compare(self):
        dialog = self.compare_dialog
        if dialog is None:
            dialog = self.compare_dialog = BasinCompareDialog(self.win.ctrl, self.mapper, self.win)
            dialog.sigMessage.connect(self.win.ctrl.sigStatus)
        elif dialog.isVisible():
            bring_to_front(dialog)  # already open: bring it to the front, keep its choices
            return dialog
        else:
            dialog.fill_choices()
        dialog.show()
        return dialog

    def export_clicked(self):
        if self.mapper.image is None:
            self.win.ctrl.sigStatus.emit("No basin map to export yet: press B")
            return
        files = getattr(self.win, "files", None)  # the folder the other exports use
        folder = Path(files.folder()) if files is not None else Path.home()
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.win, "Export basin map", str(folder / "basin-map.png"),
                                                        "PNG (*.png)")
        if path:
            self.export_png(path)

    def export_png(self, path):
        """The shown map with contours, minima and legend as a PNG; the path written or None."""
        m = self.mapper
        if m.map is None:
            return None
        task = m.job.tasks[0]
        title = titled(task.label, task.hyperparams) + ("  [out of date]" if m.stale else "")
        try:
            written = export_maps_png(path, m.job.surface, [(title, m.map)], m.mode)
        except (OSError, ValueError) as exc:
            self.win.ctrl.sigStatus.emit(f"Could not export the basin map: {exc}")
            return None
        self.win.ctrl.sigStatus.emit(f"Saved {written}")
        return written

    def shutdown(self):
        """Stop every basin computation and wait for its thread (the window is closing)."""
        self.mapper.shutdown()
        if self.compare_dialog is not None:
            self.compare_dialog.stop()
        job_runner.stop_all()


def install(win) -> BasinFeature:
    feature = BasinFeature(win)
    app = QtWidgets.QApplication.instance()
    if app is not None:  # a QThread must never be destroyed while it runs
        app.aboutToQuit.connect(job_runner.stop_all)
    return feature
