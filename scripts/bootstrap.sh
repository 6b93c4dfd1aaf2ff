#!/usr/bin/env bash
# One command from a fresh machine: system packages, a virtual environment, the package,
# then either the app or the tests.
#   bash scripts/bootstrap.sh app  [app options...]
#   bash scripts/bootstrap.sh test [pytest options...]
# Each stage prints one line (pip is silent for minutes on a first download otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-app}; shift || true
case $what in
  app|test) ;;
  *) echo "usage: bash scripts/bootstrap.sh app|test [options]" >&2; exit 2 ;;
esac
say() { echo "bootstrap: $*" >&2; }

# 1. System packages (Debian/Ubuntu), only those missing.
# Qt's offscreen and xcb platforms load these; most desktops have them already.
# The xcb libraries serve the app's window and the 3-D (OpenGL) tests, which need a real X
# server (a private Xvfb); the rest of the tests stay on Qt's offscreen platform.
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
      libxcb-randr0 libxcb-render-util0 libxcb-image0)
[ "$what" = test ] && pkgs+=(xvfb xauth)
missing=()
for pkg in "${pkgs[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
# Korean needs a CJK font, or Qt draws boxes; any font covering Hangul will do.
if ! { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ko family 2>/dev/null)" ]; } \
   && ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  missing+=(fonts-noto-cjk)
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo_=""; [ "$(id -u)" -ne 0 ] && sudo_="sudo"
  if command -v apt-get >/dev/null 2>&1 && { [ -z "$sudo_" ] || command -v sudo >/dev/null 2>&1; }; then
    say "[1/3] installing system packages with apt-get: ${missing[*]} (a minute or two)"
    if ! { $sudo_ apt-get update -qq -o DPkg::Lock::Timeout=300 && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null; }; then
      say "could not install ${missing[*]}; going on (what needs them will say so)"
    fi
  else
    say "[1/3] missing system packages, please install them: ${missing[*]}"
  fi
else
  say "[1/3] system packages: all present"
fi

# 2. The virtual environment.
py=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  say "[2/3] creating .venv with $("$py" --version 2>&1)"
  "$py" -m venv .venv
else
  say "[2/3] .venv exists"
fi

# 3. The package (editable: .venv serves this checkout) and its dependencies. pip runs again
# only when what it installed from has changed.
extra=""; [ "$what" = test ] && extra="[test]"
stamp=.venv/.bootstrap-$what
want=$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  say "[3/3] optimizer-playground$extra is installed in .venv (pyproject.toml unchanged)"
else
  say "[3/3] installing optimizer-playground$extra and its dependencies into .venv" \
      "(the first time downloads ~400 MB, mostly Qt: a few minutes)"
  .venv/bin/python -m pip install --disable-pip-version-check -e ".$extra"  # not -q: its progress shows
  echo "$want" > "$stamp"
fi

case $what in
  app) exec .venv/bin/optimizer-playground "$@" ;;
  # .venv/bin/pytest, not python -m pytest: -m would put this checkout on sys.path ahead of
  # the installed package. The suite includes lint-imports (tests/architecture) and a wheel
  # installed into a new environment (tests/install).
  # The GL tests (tests/gl) need a real X server, so they run in a process of their own on a
  # private Xvfb, after the offscreen suite, unless the options name what to run.
  test)
    say "running the tests"
    set +e
    .venv/bin/pytest "$@"; rc=$?
    names_tests=0
    for a in "$@"; do case $a in -*) ;; *) names_tests=1 ;; esac; done
    if [ $names_tests = 0 ]; then
      say "running the OpenGL tests (tests/gl) on a private Xvfb"
      .venv/bin/pytest tests/gl "$@"; gl=$?
      [ $rc = 0 ] && rc=$gl
    fi
    exit $rc ;;
esac
