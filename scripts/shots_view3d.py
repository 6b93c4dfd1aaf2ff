"""Screenshots of the 3-D view for docs/ (run under an X server, e.g. xvfb-run):

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb python scripts/shots_view3d.py docs

Each surface races its own suggested optimizers for 150 steps, then the view is saved as
a PNG (legend included) from a preset camera that shows what the surface is about.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6 import QtWidgets  # noqa: E402

from desktop_app.app import make_app  # noqa: E402
from desktop_app.model.controller import Controller  # noqa: E402
from desktop_app.plot.view3d import View3D  # noqa: E402

SHOTS = [("saddle", "saddle", None), ("ravine", "default", None), ("rosenbrock", "default", None),
         ("cliff", "default", None), ("formula", "default", "x**2 - y**2 + 0.25*y**4 + 0.3*sin(3*x)")]


def main(out="docs"):
    app = make_app()
    ctrl = Controller(surface="saddle", optimizers=["sgd", "momentum", "rmsprop", "adam", "newton"])
    win = QtWidgets.QMainWindow()
    view = View3D(ctrl)
    win.setCentralWidget(view)
    win.resize(820, 640)
    win.show()
    for name, preset, formula in SHOTS:
        if formula:
            ctrl.set_custom_surface(formula, ((-2.5, 2.5), (-2.5, 2.5)))
        else:
            ctrl.set_surface(name)
        taken = ctrl.advance(150)
        view.apply_preset(preset)
        for _ in range(10):
            app.processEvents()
        path = Path(out) / f"3d-{name}.png"
        view.save_png(path)
        print(path, "steps", taken, [len(view.trail_vertices(e.key)) for e in ctrl.active])
    view.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
