"""Where the window remembers its geometry and preferences.

QSettings("OptimizerPlayground", "OptimizerPlayground") normally; when the environment
variable OPTIMIZER_PLAYGROUND_SETTINGS names a file, an ini file there instead (tests
point it into tmp_path so they never touch the user's real settings).
"""
from __future__ import annotations

import os

from PySide6 import QtCore

ENV = "OPTIMIZER_PLAYGROUND_SETTINGS"
ORG = APP = "OptimizerPlayground"


def open_settings() -> QtCore.QSettings:
    path = os.environ.get(ENV)
    if path:
        return QtCore.QSettings(path, QtCore.QSettings.Format.IniFormat)
    return QtCore.QSettings(ORG, APP)


def read(settings: QtCore.QSettings, key: str, default, kind=None):
    """A stored value converted to ``kind`` (ini files store strings); default if absent
    or unreadable — a damaged settings file must never stop the app from starting."""
    value = settings.value(key, None)
    if value is None:
        return default
    kind = kind or type(default)
    try:
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        return kind(value)
    except (TypeError, ValueError):
        return default
