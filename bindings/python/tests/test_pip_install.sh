#!/usr/bin/env bash
# `pip install bindings/python` works offline with no build step, in a fresh venv of
# Debian's python3, and the installed package runs against libducha.
#   test_pip_install.sh SOURCE_DIR LIBRARY
set -euo pipefail
source=$1 library=$2
unset PYTHONPATH  # the installed package, not the source tree, must be imported
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 -m venv "$work/venv"
# No index, no network, no build isolation downloads: the in-tree backend needs nothing.
PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 "$work/venv/bin/pip" install -q "$source/bindings/python" \
  > "$work/pip.log" 2>&1 || { cat "$work/pip.log"; echo "FAIL: pip install"; exit 1; }
cd "$work"
out=$(DUCHA_LIBRARY=$library "$work/venv/bin/python" -c "import ducha; print(ducha.assess(target=('30', '个'), done=('2', '个'), as_of='2022-06-30').status, ducha.__file__)")
[[ $out == severely_lagging\ "$work"/venv/* ]] || { echo "FAIL: unexpected output: $out"; exit 1; }
echo "1 passed, 0 failed (pip install offline into a venv)"
