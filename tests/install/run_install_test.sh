#!/usr/bin/env bash
# Installs ducha from a build tree into a temporary prefix, then builds and runs a C
# consumer with CMake's find_package, C and C++ consumers with pkg-config, README.md's C++
# examples (the library's C++ API, ducha::ducha; the header-only ducha::core), the installed
# tool, and Python in a venv with no environment variable.
#   run_install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" > "$work/install.log"
for f in include/ducha.h lib/libducha.so.1 lib/libducha.so lib/cmake/ducha/duchaConfig.cmake \
         lib/cmake/ducha/duchaConfigVersion.cmake lib/pkgconfig/ducha.pc bin/ducha; do
  [[ -e $prefix/$f ]] || { echo "FAIL: $f was not installed"; exit 1; }
done

flags=${DUCHA_CONSUMER_FLAGS:-}  # the sanitizer flags of an instrumented build, else empty
cmake -S "$source/tests/install/c-cmake" -B "$work/c" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_C_FLAGS="$flags" \
  > "$work/c.log"
cmake --build "$work/c" > "$work/c-build.log"
"$work/c/consumer" | grep -qx 'ratio 3331/15000' || { echo "FAIL: C consumer output"; exit 1; }

export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
g++ -std=c++17 -Wall $flags -o "$work/cpp-consumer" "$source/tests/install/cpp-pkgconfig/main.cpp" \
  $(pkg-config --cflags --libs ducha) -Wl,-rpath,"$prefix/lib"
"$work/cpp-consumer" "$source/examples/shapingba-2022h1/plan.json" | grep -q '2 indicators meet' \
  || { echo "FAIL: C++ consumer output"; exit 1; }
# Installed with the docs: LICENSE, the schemas, the presets.
for f in share/doc/ducha/LICENSE share/doc/ducha/README.md share/ducha/schema/plan.schema.json \
         share/ducha/policies/points.json include/ducha/version.h; do
  [[ -e $prefix/$f ]] || { echo "FAIL: $f was not installed"; exit 1; }
done

# A C program via pkg-config (the runtime path: -Wl,-rpath,$(pkg-config --variable=libdir ducha)).
cc -std=c11 -Wall $flags -o "$work/c-pkgconfig" "$source/tests/install/c-cmake/main.c" \
  $(pkg-config --cflags --libs ducha) -Wl,-rpath,"$(pkg-config --variable=libdir ducha)"
"$work/c-pkgconfig" | grep -qx 'ratio 3331/15000' || { echo "FAIL: C pkg-config consumer output"; exit 1; }

# README.md's C++ examples. The first, the library's C++ API (ducha::ducha with ducha::core), is
# examples/cpp/evaluate_plan.cpp word for word; the second uses the header-only core alone
# (ducha::core finds Boost through find_dependency). Both via find_package, then run.
readme_block() {  # the N-th ```cpp block of README.md
  awk -v n="$1" '/^```cpp$/ {k++; if (k == n) {on=1; next}} /^```$/ {if (on) exit} on' "$source/README.md"
}
mkdir -p "$work/library-src" "$work/core-src"
readme_block 1 > "$work/library-src/main.cpp"
[[ -s $work/library-src/main.cpp ]] || { echo "FAIL: no C++ example in README.md"; exit 1; }
diff -u "$source/examples/cpp/evaluate_plan.cpp" "$work/library-src/main.cpp" \
  || { echo "FAIL: README.md's C++ example differs from examples/cpp/evaluate_plan.cpp"; exit 1; }
cp "$source/tests/install/cpp-library/CMakeLists.txt" "$work/library-src/"
cmake -S "$work/library-src" -B "$work/library" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_FLAGS="$flags" \
  > "$work/library.log"
cmake --build "$work/library" > "$work/library-build.log" || { cat "$work/library-build.log"; exit 1; }
# The preset (reference) is found beside the installed library, with no environment variable.
library_out=$(env -u DUCHA_POLICY_DIR "$work/library/library_consumer" "$source/examples/shapingba-2022h1/plan.json")
grep -qx '141 items, below' <<< "$library_out" && grep -q '^截至2022年6月30日,序时进度为50%' <<< "$library_out" \
  && grep -q '"status": "severely_lagging"' <<< "$library_out" \
  || { echo "$library_out" | head; echo "FAIL: README C++ library example output"; exit 1; }
# Internal headers are not installed: lib/ stays in the source tree.
for d in io text report rules import api; do
  [[ ! -e $prefix/include/$d ]] || { echo "FAIL: internal include/$d was installed"; exit 1; }
done
for h in library json text tables report rules limits; do
  [[ -e $prefix/include/ducha/$h.hpp ]] || { echo "FAIL: include/ducha/$h.hpp was not installed"; exit 1; }
done

readme_block 2 > "$work/core-src/main.cpp"
[[ -s $work/core-src/main.cpp ]] || { echo "FAIL: no second (core) C++ example in README.md"; exit 1; }
cp "$source/tests/install/cpp-core/CMakeLists.txt" "$work/core-src/"
cmake -S "$work/core-src" -B "$work/core" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_FLAGS="$flags" \
  > "$work/core.log"
cmake --build "$work/core" > "$work/core-build.log"
[[ $("$work/core/core_consumer") == "severely_lagging 1/15" ]] || { echo "FAIL: C++ core consumer"; exit 1; }

# The man page and the bash completion (generated from the tool's --help): installed, and
# naming every command of the installed tool's synopsis.
man_page=$prefix/share/man/man1/ducha.1 completion=$prefix/share/bash-completion/completions/ducha
[[ -s $man_page ]] || { echo "FAIL: share/man/man1/ducha.1 was not installed"; exit 1; }
[[ -s $completion ]] || { echo "FAIL: share/bash-completion/completions/ducha was not installed"; exit 1; }
commands=$("$prefix/bin/ducha" --help | awk '/^Synopsis/ {on=1; next} on && /^  ducha / {
  c=$2; if ($3 ~ /^[a-z][a-z-]*$/) c=c " " $3; print c}')
[[ $(wc -l <<< "$commands") -ge 9 ]] || { echo "FAIL: the synopsis lists too few commands: $commands"; exit 1; }
while read -r command; do
  grep -q "^\.SS \"ducha $command\"" "$man_page" || { echo "FAIL: ducha.1 has no section for $command"; exit 1; }
  grep -q "'$command')" "$completion" || { echo "FAIL: the completion does not know $command"; exit 1; }
done <<< "$commands"

# The installed tool: standard input and output, and a preset found beside it.
out=$(env -u DUCHA_POLICY_DIR "$prefix/bin/ducha" evaluate - --as-of 2022-06-30 --policy points -o - \
      < "$source/examples/shapingba-2022h1/plan.json")
grep -q '"name": "points"' <<< "$out" || { echo "FAIL: installed ducha evaluate - with a preset"; exit 1; }

# Python in a fresh venv, the library bundled into the package: no environment variable.
if [[ -z $flags ]]; then
  /usr/bin/python3 -m venv "$work/venv"
  PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 "$work/venv/bin/pip" install -q \
    --config-settings "libducha=$prefix/lib/libducha.so.1" "$source/bindings/python" > "$work/pip.log" 2>&1 \
    || { cat "$work/pip.log"; echo "FAIL: pip install with the bundled library"; exit 1; }
  (cd "$work" && env -u DUCHA_LIBRARY -u PYTHONPATH -u LD_LIBRARY_PATH "$work/venv/bin/python" - <<'PY'
import ducha
assert "/venv/" in ducha.__file__, ducha.__file__
r = ducha.assess(target=("30", "个"), done=("2", "个"), as_of="2022-06-30")
assert r.status is ducha.Status.SEVERELY_LAGGING, r.status
assert ducha.Policy.load("points", 2022).version.startswith("points@")
assert ducha.__version__ == ducha.library_version(), (ducha.__version__, ducha.library_version())
PY
  ) || { echo "FAIL: Python without environment variables"; exit 1; }
  python_note=", Python venv without environment variables"
fi
echo "passed: find_package C consumer, pkg-config C and C++ consumers, README C++ examples (ducha::ducha C++ API, ducha::core), installed tool${python_note:-}"
