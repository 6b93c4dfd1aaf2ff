"""The language of the window and of ``render``: English (the source strings) or Korean.

    lang = i18n.choose(args.lang, settings)    # --lang, else View → Language, else the locale
    i18n.install(app, lang)                    # before any window or recorder is built

Every user-visible string goes through Qt's translation system (``self.tr`` or
``QCoreApplication.translate``); the translations live in ``resources/i18n``: the sources
``playground_ko.ts`` (the Qt code, pyside6-lupdate) and ``data_ko.ts`` (scenarios, decks,
surface and hyperparameter descriptions), compiled together by ``scripts/i18n_build.py`` into
one ``playground_ko.qm`` that ships with the package. English needs no file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore

from engine import resources

LANGUAGES = {"en": "English", "ko": "한국어"}  # code -> the language's own name (the menu shows these)
DEFAULT = "en"
SETTINGS_KEY = "view/language"  # "" or absent: follow the system locale


def qm_path(lang: str) -> Path:
    return resources.path("i18n", f"playground_{lang}.qm")


def system_language(locale: QtCore.QLocale | None = None) -> str:
    """The system locale's language when the app has it, else English."""
    name = (locale or QtCore.QLocale.system()).name()  # "ko_KR", "en_US", "C"
    code = name.split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT


def stored_language(settings: QtCore.QSettings | None) -> str | None:
    """View → Language's choice, or None (never chosen, or a value that is not a language)."""
    if settings is None:
        return None
    value = settings.value(SETTINGS_KEY, None)
    return value if isinstance(value, str) and value in LANGUAGES else None


def choose(option: str | None, settings: QtCore.QSettings | None = None,
           locale: QtCore.QLocale | None = None) -> str:
    """--lang first, then the remembered choice, then the system locale."""
    if option:
        return option
    return stored_language(settings) or system_language(locale)


_installed: list[QtCore.QTranslator] = []  # kept alive: a translator that is collected stops translating
_current = [DEFAULT]


def install(app: QtCore.QCoreApplication, lang: str) -> bool:
    """Install the translators of ``lang`` (ours, and Qt's own for its dialogs' buttons),
    replacing those installed before. True when ours loaded (English: nothing to load)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = lang
    if lang == DEFAULT:
        return True
    ours = QtCore.QTranslator(app)
    ok = ours.load(str(qm_path(lang)))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QtCore.QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return ok


def current() -> str:
    """The language last installed by :func:`install` (English when none was)."""
    return _current[0]
