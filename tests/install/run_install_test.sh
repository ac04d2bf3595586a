#!/usr/bin/env bash
# Installs ducha from a build tree into a temporary prefix, then builds and runs a C
# consumer with CMake's find_package, C and C++ consumers with pkg-config, a C++ consumer of
# ducha::core, the installed tool, and Python in a venv with no environment variable.
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

# README.md's C++ example, built against the header-only core via find_package (ducha::core finds
# Boost through find_dependency).
awk '/^```cpp$/ {on=1; next} /^```$/ {if (on) exit} on' "$source/README.md" > "$work/readme-example.cpp"
[[ -s $work/readme-example.cpp ]] || { echo "FAIL: no C++ example in README.md"; exit 1; }
mkdir -p "$work/core-src" && cp "$source/tests/install/cpp-core/CMakeLists.txt" "$work/core-src/"
cp "$work/readme-example.cpp" "$work/core-src/main.cpp"
cmake -S "$work/core-src" -B "$work/core" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_FLAGS="$flags" \
  > "$work/core.log"
cmake --build "$work/core" > "$work/core-build.log"
[[ $("$work/core/core_consumer") == "severely_lagging 1/15" ]] || { echo "FAIL: C++ core consumer"; exit 1; }

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
echo "passed: find_package C consumer, pkg-config C and C++ consumers, ducha::core C++ consumer, installed tool${python_note:-}"
