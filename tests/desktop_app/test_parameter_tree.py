"""No Python wrapper of a Qt-made tree item outlives its tree (the segfault of issue 8)."""
from __future__ import annotations

import pytest
from pyqtgraph.parametertree import Parameter
from pyqtgraph.parametertree import ParameterTree as PgParameterTree
from PySide6 import QtCore, QtWidgets
from shiboken6 import Shiboken

from desktop_app.widgets.panels import SpecPanel
from desktop_app.widgets.parameter_tree import ParameterTree
from engine import optimizers


def stale_tree_items():
    """Wrappers PySide still holds as live plain QTreeWidgetItems (Qt-made, untracked)."""
    return [w for w in Shiboken.getAllValidWrappers() if type(w) is QtWidgets.QTreeWidgetItem]


def delete_in_cpp(widget):
    """As pytest-qt and Qt do: deleteLater, the Python object still referenced."""
    widget.deleteLater()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    assert not Shiboken.isValid(widget)


def filled(tree):
    tree.setParameters(Parameter.create(name="p", type="group", children=[
        dict(name="lr", type="float", value=0.1), dict(name="on", type="bool", value=True)]))
    return tree


def test_pyqtgraphs_own_tree_leaves_a_stale_wrapper(qapp):
    """The defect worked around: if pyqtgraph fixes it, this fails and the subclass can go."""
    before = len(stale_tree_items())
    tree = filled(PgParameterTree(showHeader=False))
    delete_in_cpp(tree)
    assert len(stale_tree_items()) == before + 1
    tree.__dict__.pop("_invRootItem")  # release it now, while no object lives at its address


def test_our_tree_leaves_none(qapp):
    before = len(stale_tree_items())
    tree = filled(ParameterTree(showHeader=False))
    assert [c.text(0) for c in
            (tree.invisibleRootItem().child(i) for i in range(tree.invisibleRootItem().childCount()))] == ["p"]
    delete_in_cpp(tree)
    assert len(stale_tree_items()) == before


def test_a_deleted_panel_window_leaves_none(qapp):
    """The real panel, rebuilt for two optimizers, inside a window deleted as pytest-qt does."""
    before = len(stale_tree_items())
    window = QtWidgets.QMainWindow()
    panel = SpecPanel()
    window.setCentralWidget(panel)
    for name in ("adam", "sgd"):
        panel.build(name, [(None, list(optimizers.create(name).spec))], {})
    assert set(panel.values()) == {p.name for p in optimizers.create("sgd").spec}
    delete_in_cpp(window)
    assert len(stale_tree_items()) == before
