"""Only what pyproject.toml cannot say: the repository's top-level resources/ folder is
installed as the package ``playground_resources`` next to engine and desktop_app."""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["engine", "engine.*", "desktop_app", "desktop_app.*"])
    + ["playground_resources"],
    package_dir={"playground_resources": "resources"},
)
