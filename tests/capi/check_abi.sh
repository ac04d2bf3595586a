#!/usr/bin/env bash
# Compares a libducha build with the committed ABI baseline (libabigail).
#   check_abi.sh BASELINE.abi LIBRARY HEADERS_DIR [--expect-break]
# Added functions are compatible; any other change to the exported ABI fails, so a
# deliberate change must update the baseline in the same commit:
#   abidw --headers-dir capi/include --drop-private-types --no-corpus-path --short-locs --no-comp-dir-path \
#         --exported-interfaces-only --drop-undefined-syms \
#         --suppressions tests/abi/cxx-api.suppr --out-file tests/abi/libducha.abi build/dev/capi/libducha.so.1
# The C++ API's symbols (mangled _Z…) are left out of both (tests/abi/cxx-api.suppr).
# With --expect-break the comparison must find an incompatible change (the test of the test).
set -uo pipefail
baseline=$1 lib=$2 headers=$3 mode=${4:-}
out=$(abidiff --no-added-syms --suppressions "$(dirname "$baseline")/cxx-api.suppr" --headers-dir2 "$headers" \
        "$baseline" "$lib" 2>&1)
rc=$?
if (( rc & 3 )); then
  echo "FAIL: abidiff could not compare (exit $rc):"; echo "$out"; exit 1
fi
changed=$(( rc & 12 ))
if [[ $mode == --expect-break ]]; then
  if (( changed )); then echo "1 passed, 0 failed (the changed copy is reported, abidiff exit $rc)"; exit 0; fi
  echo "FAIL: abidiff did not report the deliberately changed ABI"; exit 1
fi
if (( changed )); then
  echo "FAIL: the ABI differs from $baseline (abidiff exit $rc):"; echo "$out"
  echo "If the change is deliberate and compatible, regenerate the baseline (see this script's header)."
  exit 1
fi
echo "1 passed, 0 failed (ABI matches the baseline)"
