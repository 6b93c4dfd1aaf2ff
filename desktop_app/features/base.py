"""What a feature is: one part of the window (overlays, the basin map, the timeline,
presenter mode...) that plugs in through the window API and nothing else.

    class Ruler(Feature):
        name = "ruler"
        has_view_state = True             # saved as setup.view["ruler"]

        def install(self, api):           # api: desktop_app.window.api.WindowApi
            self.act = api.add_action("ruler.show", "&Ruler", self.set_shown, shortcuts="Ctrl+R",
                                      checkable=True, menu="View")

        def view_state(self):             # what a saved setup keeps (None: nothing)
            return {"shown": self.act.isChecked()}

        @classmethod
        def check_view_state(cls, state, where):   # a file's value, before the window is touched
            if not isinstance(state, dict):
                raise SetupError(where, f"must be an object, got {state!r}")

        def restore(self, state, view):   # after the setup's race loaded
            self.act.setChecked(bool(state and state.get("shown")))

The window installs the app's features (registry.py) in order, each with an API that
records what the feature added; removing a feature calls :meth:`shutdown` and then takes
all of that away again. A feature sets no attribute on the window and calls none of its
private methods; another feature it cooperates with is reached by ``api.feature(name)``.

A feature's view state lives in the setup's ``view`` object under the feature's name.
Files are compatible both ways: a key no installed feature owns is kept as it was, and a
feature whose key is missing gets ``restore(None, view)``.
"""
from __future__ import annotations


class Feature:
    name: str = ""                # unique in a window; the key of its view state
    has_view_state: bool = False  # True: saves and restores setup.view[name]

    def install(self, api) -> None:
        """Add actions, docks and menu entries through ``api`` and connect to its controller."""
        raise NotImplementedError

    def view_state(self):
        """The JSON value a saved setup keeps under ``view[name]``; None saves nothing."""
        return None

    @classmethod
    def check_view_state(cls, state, where: str) -> None:
        """Refuse a value a file holds under ``view[name]`` with
        ``engine.setup.SetupError(where_in_it, message)``; reading a setup calls this before
        the window changes (``where`` is the JSON path, ``"view.<name>"``)."""

    def prepare(self, state):
        """Before the race of a setup loads (its signals may already need these settings):
        take what must be in place by then and return a function that undoes it should the
        race be refused, or None. ``state`` is view[name], None when the setup has none."""
        return None

    def restore(self, state, view: dict) -> None:
        """Show what a setup saved (the race has loaded); ``state`` is view[name], None when
        the setup has none, ``view`` the whole view object."""

    def shutdown(self) -> None:
        """Stop background work and undo what the API does not know about (the window is
        closing, or the feature is being removed)."""


def check_view_states(view: dict, features) -> None:
    """Each feature's check of its state in ``view`` (features: classes or instances)."""
    for feature in features:
        if feature.has_view_state and feature.name in view:
            feature.check_view_state(view[feature.name], f"view.{feature.name}")
