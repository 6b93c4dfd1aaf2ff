"""The focused lane's settings: its formula, doc and a panel generated from its spec."""
from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from engine import optimizers as opt_catalog

from desktop_app.widgets.panels import SpecPanel, batch_param, optimizer_groups


class OptimizerPanel(QtWidgets.QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        self.title = QtWidgets.QLabel()
        self.title.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.doc = QtWidgets.QLabel()
        self.doc.setWordWrap(True)
        self.formula = QtWidgets.QLabel()
        self.formula.setObjectName("formula")
        self.formula.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.specs = SpecPanel()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for w in (self.title, self.doc, self.formula):
            layout.addWidget(w)
        layout.addWidget(self.specs, 1)
        self._built_for = None
        self.specs.sigEdited.connect(self._edited)
        self.specs.sigAction.connect(self._action)
        self.specs.sigMessage.connect(self.ctrl.sigStatus)
        controller.sigFocusChanged.connect(self.rebuild)
        controller.sigLanesChanged.connect(self.rebuild)
        controller.sigHyperparamsChanged.connect(self._refresh)
        controller.sigSurfaceChanged.connect(self._surface_changed)
        self.rebuild()

    @property
    def entry(self):
        return self.ctrl.focused

    def _values(self, entry) -> dict:
        """What the panel shows: the hyperparameters, noise and (data surfaces) batch size."""
        values = entry.hyperparams
        if self.ctrl.is_data:
            values["batch_size"] = self.ctrl.batch_size_of(entry)
        return values

    def _surface_changed(self):
        """Another surface: the batch size comes or goes, its range is the new N."""
        self._built_for = None
        self.rebuild()

    def rebuild(self):
        entry = self.entry
        if entry is None:
            self.title.setText("<b>No optimizer selected</b>")
            self.doc.setText("Tick an optimizer in the list to race it; select it to tune it here.")
            self.formula.setText("")
            self.specs.build("none", [], {})
            self._built_for = None
            return
        if self._built_for is entry:
            self._refresh(entry.key)
            return
        d = opt_catalog.definition(entry.name)
        self.title.setText(f"<span style='color:{entry.colour}; font-size:18pt'>●</span> "
                           f"<b>{QtCore.QCoreApplication.translate('scenario', entry.label)}</b>")
        doc = QtCore.QCoreApplication.translate("hyperparameter", d.doc)
        self.doc.setText(doc[:1].upper() + doc[1:] + ".")
        self.formula.setText(d.formula)
        surface = self.ctrl.surface
        batch = batch_param(surface.n_examples, surface.batch_size) if self.ctrl.is_data else None
        self.specs.build(entry.name, optimizer_groups(entry.optimizer.spec, batch), self._values(entry),
                         actions=[("reset", "Reset to suggested")])
        self._built_for = entry

    def _refresh(self, key):
        if self.entry is not None and self.entry.key == key and self._built_for is self.entry:
            self.specs.set_values(self._values(self.entry))

    def _edited(self, name, value):
        entry = self.entry
        if entry is None:
            return
        if not self.ctrl.set_hyperparams(entry.key, **{name: value}):
            self.specs.revert(name, self._values(entry)[name])

    def _action(self, name):
        if name == "reset" and self.entry is not None:
            self.ctrl.reset_to_suggested(self.entry.key)
