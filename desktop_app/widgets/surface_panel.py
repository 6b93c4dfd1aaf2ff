"""The surface's description and a panel generated from its spec."""
from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from engine import surfaces as surf_catalog

from desktop_app.widgets.formula_entry import CUSTOM, CUSTOM_TITLE, FormulaEntry
from desktop_app.widgets.panels import SpecPanel


class SurfacePanel(QtWidgets.QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        self.selector = QtWidgets.QComboBox()
        # the longest title ("Logistic regression (Challenger O-rings)") must not widen the
        # dock and squeeze the map: the closed box shows ~20 characters, the list all of them
        self.selector.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.selector.setMinimumContentsLength(20)
        for name in surf_catalog.names():
            self.selector.addItem(QtCore.QCoreApplication.translate("surface", surf_catalog.surface_class(name).title), name)
        self.selector.addItem(CUSTOM_TITLE, CUSTOM)
        metrics = self.selector.fontMetrics()  # the drop-down list: whole titles
        self.selector.view().setMinimumWidth(32 + max(metrics.horizontalAdvance(self.selector.itemText(i))
                                                      for i in range(self.selector.count())))
        self.formula = FormulaEntry(controller)  # shown while "Custom formula…" is chosen
        self.formula.hide()
        self.description = QtWidgets.QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self.description.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(self.description)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.specs = SpecPanel()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.selector)
        layout.addWidget(self.formula)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.specs, 1)
        self.selector.activated.connect(self._chosen)
        self.specs.sigEdited.connect(self._edited)
        self.specs.sigAction.connect(self._action)
        self.specs.sigMessage.connect(self.ctrl.sigStatus)
        controller.sigSurfaceChanged.connect(self.rebuild)
        self._built_for = None
        self.rebuild()

    def rebuild(self):
        s = self.ctrl.surface
        self.selector.setCurrentIndex(self.selector.findData(s.name))
        self.formula.show_surface()
        self.description.setText(QtCore.QCoreApplication.translate("surface", s.description))
        if self._built_for == s.name:
            self.specs.set_values(s.values)
            return
        self._built_for = s.name
        actions = [("defaults", "Reset to defaults")] if len(s.spec) else []
        self.specs.build(s.name, [(None, list(s.spec))], s.values, actions=actions, context="surface")

    def _chosen(self, index):
        name = self.selector.itemData(index)
        if name == CUSTOM:
            self.formula.open()  # the surface changes on Apply
            return
        self.formula.hide()
        if name != self.ctrl.surface_name:
            self.ctrl.set_surface(name)

    def _edited(self, name, value):
        if not self.ctrl.set_surface_params(**{name: value}):
            self.specs.revert(name, self.ctrl.surface.values[name])

    def _action(self, name):
        if name == "defaults":
            self.ctrl.set_surface_params(**self.ctrl.surface.spec.defaults())
