#!/usr/bin/env bash
# Compiles and runs the C example of docs/c-api.md, exactly as shown.
#   doc_example.sh SOURCE_DIR LIBRARY_DIR BUILD_DIR
set -euo pipefail
source=$1 libdir=$2 build=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk '/^```c$/ {on=1; next} /^```$/ {if (on) exit} on' "$source/docs/c-api.md" > "$work/example.c"
[[ -s $work/example.c ]] || { echo "FAIL: no C example in docs/c-api.md"; exit 1; }
cc -std=c11 -Wall -Wextra -Werror ${DUCHA_CONSUMER_FLAGS:-} -I"$source/capi/include" -I"$build/include" "$work/example.c" -L"$libdir" -lducha \
   -Wl,-rpath,"$libdir" -o "$work/example"
out=$("$work/example")
expected='a2-6 severely_lagging: 已完成2/30(6.67%),低于序时进度50.00%的1/3,严重滞后'
[[ $out == "$expected" ]] || { echo "FAIL: printed '$out'"; exit 1; }
echo "1 passed, 0 failed"
