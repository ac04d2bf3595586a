#!/usr/bin/env bash
# libducha exports nothing but ducha_* functions, under SONAME libducha.so.1.
set -euo pipefail
lib=$1
soname=$(objdump -p "$lib" | awk '/SONAME/ {print $2}')
[[ $soname == libducha.so.1 ]] || { echo "FAIL: SONAME is '$soname', want libducha.so.1"; exit 1; }
# DUCHA_1.0 is the version node itself, an absolute symbol.
others=$(nm -D --defined-only "$lib" | awk '{print $3}' | grep -v '^ducha_' | grep -v '^DUCHA_1\.0$' || true)
if [[ -n $others ]]; then
  echo "FAIL: symbols exported outside the ducha_ prefix:"
  echo "$others" | head -20
  exit 1
fi
count=$(nm -D --defined-only "$lib" | awk '{print $3}' | grep -c '^ducha_')
versioned=$(objdump -T "$lib" | grep -c 'DUCHA_1.0 *ducha_' || true)
[[ $count -eq $versioned ]] || { echo "FAIL: $count ducha_ symbols but $versioned in DUCHA_1.0"; exit 1; }
echo "1 passed, 0 failed ($count ducha_ symbols, all in DUCHA_1.0, SONAME $soname)"
