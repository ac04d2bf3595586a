#!/usr/bin/env bash
# Installs ducha from a build tree into a temporary prefix, then builds and runs a C
# consumer with CMake's find_package and a C++ consumer with pkg-config.
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
echo "2 passed, 0 failed (find_package C consumer, pkg-config C++ consumer)"
