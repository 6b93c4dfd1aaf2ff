import os

# Offscreen Qt for every test; the app itself picks the platform the user has.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No repository root on sys.path here: tests import the installed package (the editable install
# in .venv serves the checkout), so a file the package forgot to ship fails here too
# (tests/install checks a real wheel, tests/install/test_installed_package.py that this holds).
