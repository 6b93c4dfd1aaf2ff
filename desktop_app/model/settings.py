"""Where the window remembers its geometry and preferences.

QSettings("OptimizerPlayground", "OptimizerPlayground") normally; when the environment
variable OPTIMIZER_PLAYGROUND_SETTINGS names a file, an ini file there instead (tests
point it into tmp_path so they never touch the user's real settings).
"""
from __future__ import annotations

import math
import os

from PySide6 import QtCore

ENV = "OPTIMIZER_PLAYGROUND_SETTINGS"
ORG = APP = "OptimizerPlayground"


def open_settings() -> QtCore.QSettings:
    path = os.environ.get(ENV)
    if path:
        return QtCore.QSettings(path, QtCore.QSettings.Format.IniFormat)
    return QtCore.QSettings(ORG, APP)


def read(settings: QtCore.QSettings, key: str, default, kind=None, valid=None):
    """A stored value converted to ``kind`` (ini files store strings); default if absent
    or unreadable — a damaged settings file must never stop the app from starting. An
    unreadable value (a word, a list, nan or inf for a number, or one ``valid`` refuses)
    is noted for :func:`take_damaged`, so the window can say once what it ignored."""
    value = settings.value(key, None)
    if value is None:
        return default
    kind = kind or type(default)
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).lower()
            if text not in ("true", "false", "1", "0"):
                raise ValueError(text)
            return text in ("true", "1")
        result = kind(value)
        if kind is float and not math.isfinite(result):
            raise ValueError(result)
        if valid is not None and not valid(result):
            raise ValueError(result)
        return result
    except (TypeError, ValueError, OverflowError):
        note_damaged(settings, key, value)
        return default


def note_damaged(settings: QtCore.QSettings, key: str, value) -> None:
    """Remember an unreadable stored value for :func:`take_damaged` (said once, at start)."""
    noted = _damaged.setdefault(id(settings), [])
    if all(k != key for k, _ in noted):
        noted.append((key, _short(value)))


_damaged: dict[int, list[tuple[str, str]]] = {}  # id(settings) -> (key, value) read since the last take


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def take_damaged(settings: QtCore.QSettings) -> list[tuple[str, str]]:
    """(key, value shortened) of the damaged values :func:`read` ignored in ``settings``
    since the last call."""
    return _damaged.pop(id(settings), [])
