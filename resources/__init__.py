"""The app's data files (scenarios, data sets, translations, icon, stylesheet).

Installed as the package ``playground_resources`` (pyproject maps this folder to it), so a
plain ``pip install .`` carries them; read them through ``engine.resources``.
"""
