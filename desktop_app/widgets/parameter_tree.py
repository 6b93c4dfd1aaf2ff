"""pyqtgraph's ParameterTree without its one dangling Python wrapper.

pyqtgraph's ``TreeWidget`` keeps a Python wrapper of Qt's invisible root item for the whole
life of the tree (``self._invRootItem``). Qt deletes that item with the tree and never tells
PySide: a QTreeWidgetItem is not a QObject and Qt, not Python, made it. The wrapper then
stays registered at a freed address, and the next C++ object Qt allocates there comes back
to Python as that QTreeWidgetItem (seen in tests as ``'QTreeWidgetItem' object has no
attribute 'children'`` and ``QWidget.__init__(QTreeWidgetItem)``); freeing it later corrupts
PySide's bookkeeping and crashed the app with a segfault whenever a window with a parameter
panel was deleted and new widgets were made.

This tree wraps the root item afresh on each call, so no wrapper of it outlives the call.
"""
from __future__ import annotations

from pyqtgraph.parametertree import ParameterTree as _PgParameterTree
from pyqtgraph.widgets.TreeWidget import InvisibleRootItem
from PySide6 import QtWidgets


class ParameterTree(_PgParameterTree):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__.pop("_invRootItem", None)
        self.setHeaderLabels([self.tr("Parameter"), self.tr("Value")])

    def invisibleRootItem(self):
        return InvisibleRootItem(QtWidgets.QTreeWidget.invisibleRootItem(self))
