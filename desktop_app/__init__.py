"""Optimizer Playground's desktop window (PySide6 + pyqtgraph) on top of ``engine``.

    python -m desktop_app --surface saddle --optimizers sgd,momentum,adam --play
"""
__version__ = "0.1.0"
