#!/usr/bin/env bash
# One command from a fresh machine: system libraries Qt needs, a virtual environment, the
# package, then either the app or the tests.
#   bash scripts/bootstrap.sh app  [app options...]
#   bash scripts/bootstrap.sh test [pytest options...]
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-app}; shift || true

# Qt's offscreen and xcb platforms load these; most desktops have them already.
libs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
if [ "$what" = app ]; then
  libs+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0)
fi
missing=()
for lib in "${libs[@]}"; do dpkg -s "$lib" >/dev/null 2>&1 || missing+=("$lib"); done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: installing system libraries: ${missing[*]}" >&2
  sudo_=""; [ "$(id -u)" -ne 0 ] && sudo_="sudo"
  $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${missing[@]}" >/dev/null
fi

py=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$py" -m venv .venv
extra=""; [ "$what" = test ] && extra="[test]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"

case $what in
  app) exec .venv/bin/optimizer-playground "$@" ;;
  test) exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: bash scripts/bootstrap.sh app|test [options]" >&2; exit 2 ;;
esac
