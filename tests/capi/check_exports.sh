#!/usr/bin/env bash
# libducha exports the ducha_* functions of the C ABI under version node DUCHA_1.0 and
# SONAME libducha.so.1, and the C++ API (namespace ducha::v1, include/ducha/library.hpp)
# under node DUCHA_CXX_V1 — nothing else (no symbol of lib/'s internals, Boost, ICU).
set -euo pipefail
lib=$1
soname=$(objdump -p "$lib" | awk '/SONAME/ {print $2}')
[[ $soname == libducha.so.1 ]] || { echo "FAIL: SONAME is '$soname', want libducha.so.1"; exit 1; }
# The version nodes themselves are absolute symbols.
symbols=$(nm -D --defined-only "$lib" | awk '{print $3}' | grep -v -x -e 'DUCHA_1\.0' -e 'DUCHA_CXX_V1')
c_symbols=$(grep '^ducha_' <<< "$symbols" || true)
cxx_symbols=$(grep -v '^ducha_' <<< "$symbols" || true)
others=$(c++filt <<< "$cxx_symbols" | grep -v -E '^((typeinfo|typeinfo name|vtable) for )?ducha::v1::' || true)
if [[ -n $others ]]; then
  echo "FAIL: symbols exported outside ducha_ and ducha::v1::"
  echo "$others" | head -20
  exit 1
fi
count=$(grep -c . <<< "$c_symbols")
versioned=$(objdump -T "$lib" | grep -c 'DUCHA_1.0 *ducha_' || true)
[[ $count -eq $versioned ]] || { echo "FAIL: $count ducha_ symbols but $versioned in DUCHA_1.0"; exit 1; }
cxx_count=$(grep -c . <<< "$cxx_symbols" || true)
cxx_versioned=$(objdump -T "$lib" | grep -c 'DUCHA_CXX_V1 *_Z' || true)
[[ $cxx_count -eq $cxx_versioned ]] || { echo "FAIL: $cxx_count C++ symbols but $cxx_versioned in DUCHA_CXX_V1"; exit 1; }
# Every function the public C++ headers declare with DUCHA_API is exported.
demangled=$(c++filt <<< "$cxx_symbols")
for name in plan_from_json plan_to_json load_policy evaluation_to_json extract_json assess_json plan_from_report \
            plan_from_table add_progress render_report check_rule_cases; do
  grep -q -E "^ducha::v1::$name(\\[abi:[a-z0-9]+\\])?\\(" <<< "$demangled" || { echo "FAIL: ducha::v1::$name is not exported"; exit 1; }
done
echo "1 passed, 0 failed ($count ducha_ symbols in DUCHA_1.0, $cxx_count C++ API symbols in DUCHA_CXX_V1, SONAME $soname)"
