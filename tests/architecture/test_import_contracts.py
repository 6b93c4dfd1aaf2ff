"""The import directions of DESIGN.md hold: import-linter's contracts (in pyproject.toml), and
what import-linter cannot say.

import-linter forbids only whole external packages (``PySide6``, not ``PySide6.QtWidgets``), so
"the model uses QtCore at most" is checked here twice: the source of every model module
(the line to fix), and a fresh interpreter that imports the whole model (indirect imports too).
"""
from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]  # the checkout: pyproject.toml holds the contracts
QT_PACKAGES = ("PySide6", "shiboken6", "pyqtgraph")


def model_may_use(module: str) -> bool:
    """QtCore and the binding's own runtime; no other Qt module, no pyqtgraph."""
    return not module.startswith(("PySide6.Qt", "pyqtgraph")) or module.split(".")[:2] == ["PySide6", "QtCore"]


def geometry_may_use(module: str) -> bool:
    return False


def lint_imports() -> str:
    script = Path(sys.executable).with_name("lint-imports")
    found = str(script) if script.exists() else shutil.which("lint-imports")
    assert found, "lint-imports is missing: install the test extras (pip install -e '.[test]')"
    return found


def test_import_linter_contracts_are_kept():
    # lint-imports reads pyproject.toml in its working folder and analyses the packages there;
    # --no-cache: leave no .import_linter_cache in the checkout
    done = subprocess.run([lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[done.stdout.find("Contracts"):] + done.stderr


def room_modules(room: str) -> list[Path]:
    spec = importlib.util.find_spec(f"desktop_app.{room}")
    assert spec and spec.submodule_search_locations, room
    folder = Path(next(iter(spec.submodule_search_locations)))
    return sorted(folder.rglob("*.py"))


def qt_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every Qt or pyqtgraph module a file imports, at any depth
    (``from PySide6 import QtGui`` names PySide6.QtGui)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names
                                     if node.module in ("PySide6", "shiboken6")]
        else:
            continue
        found += [(node.lineno, n) for n in names if n.split(".")[0] in QT_PACKAGES]
    return found


def test_model_sources_import_qtcore_at_most():
    bad = [f"{p.name}:{line}: {name}" for p in room_modules("model") for line, name in qt_imports(p)
           if not model_may_use(name)]
    assert not bad, "desktop_app.model may use QtCore only (no widgets, painting or plots):\n" + "\n".join(bad)


def test_geometry_sources_import_no_qt():
    bad = [f"{p.name}:{line}: {name}" for p in room_modules("geometry") for line, name in qt_imports(p)]
    assert not bad, "desktop_app.geometry is numpy only:\n" + "\n".join(bad)


@pytest.mark.parametrize("room, may_use", [("geometry", geometry_may_use), ("model", model_may_use)])
def test_importing_a_room_loads_only_what_it_may(room, may_use):
    """Indirect imports too: every module of the room imported in a fresh interpreter."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"import desktop_app.{room} as room\n"
        "for m in pkgutil.walk_packages(room.__path__, room.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        f"print('\\n'.join(sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r})))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    bad = [m for m in done.stdout.split() if not may_use(m)]
    assert not bad, f"importing desktop_app.{room} loaded: {bad}"
