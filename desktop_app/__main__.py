"""``python -m desktop_app`` and the ``optimizer-playground`` console entry: see :mod:`desktop_app.cli`."""
from __future__ import annotations

import sys

from desktop_app.cli import main, parse_args  # noqa: F401 (parse_args: the window's options, for tests)

if __name__ == "__main__":
    sys.exit(main())
