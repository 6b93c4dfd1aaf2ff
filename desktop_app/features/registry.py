"""The app's features, in the order the window installs them.

Order matters only where one feature uses another through ``api.feature(name)`` (the
basin map registers itself among the overlays) and for where entries land in shared
menus (each appends to View or Playback in turn). A new feature is one line here.
"""
from __future__ import annotations

from desktop_app.features.base import Feature
from desktop_app.features.data_view import DataViewFeature
from desktop_app.features.basin.feature import BasinFeature
from desktop_app.features.cost_axis import CostAxisFeature
from desktop_app.features.deck import DeckFeature
from desktop_app.features.language import LanguageFeature
from desktop_app.features.overlays import OverlaysFeature
from desktop_app.features.pauses import PausePoints
from desktop_app.features.presenter import Presenter
from desktop_app.features.projector import ProjectorFeature
from desktop_app.features.scenario_menu import ScenarioMenu
from desktop_app.features.timeline import TimelineFeature
from desktop_app.features.tune import TuneFeature
from desktop_app.features.theory.feature import TheoryFeature
from desktop_app.features.update_rule import UpdateRuleFeature
from desktop_app.features.view3d import View3DFeature

FEATURES: tuple[type[Feature], ...] = (
    OverlaysFeature,     # the Overlays menu
    BasinFeature,        # after overlays: "basin_map" is one of them
    UpdateRuleFeature,
    View3DFeature,       # View → 3-D view (disabled with the reason where OpenGL is missing)
    TimelineFeature,
    ScenarioMenu,
    ProjectorFeature,    # the map's share of the window; F9 projector layout
    Presenter,           # last: View → Presenter ends the View menu
    DataViewFeature,     # data surfaces: data view, gradient fan, epochs (after overlays)
    DeckFeature,         # the Deck menu and editor dock; File's deck entries come with it (window/deck_files.py)
    TuneFeature,         # Playback → Tune… and Race tuned, View → Show tune panel
    LanguageFeature,     # View → Language (English / 한국어)
    CostAxisFeature,     # View → Count cost in: the loss plot's x axis and the race table's Cost column
    TheoryFeature,       # View → Show theory panel (Ctrl+H), the loss plot's predicted envelope
    PausePoints,         # after the timeline: marks its pause points on it (issue 14 item 11)
)


def app_features() -> list[Feature]:
    """A fresh instance of each, for one window."""
    return [cls() for cls in FEATURES]
