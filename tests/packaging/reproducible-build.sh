#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reproducible-build check: compiles GenomeDesk twice from scratch in two different build
# directories (different paths, different times), packs a .deb and a .tar.gz each time with
# the same SOURCE_DATE_EPOCH, and compares their SHA-256 checksums. Exit code 0 when identical.
#   tests/packaging/reproducible-build.sh [work-dir]      (default: build/reproducible)
# Takes two full release builds (about 2 x 5 minutes on 2 cores). Not part of ctest; the quick
# ctest packaging/cpackreproducible checks the packing step alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-build/reproducible}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"
# Paths must not leak into the binaries: map the source and build directories.
build_once() {
    local name="$1" build="$work/$1"
    rm -rf "$build"
    local flags="-ffile-prefix-map=$PWD=. -ffile-prefix-map=$build=build"
    echo "== build $name ($build)"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
        -DCMAKE_CXX_FLAGS="$flags" >"$work/$name-configure.log" 2>&1
    cmake --build "$build" -j"$(nproc)" >"$work/$name-build.log" 2>&1 \
        || { tail -n 30 "$work/$name-build.log" >&2; exit 1; }
    (cd "$build" && cpack -G "DEB;TGZ" -B "$build/out") >"$work/$name-cpack.log" 2>&1
}
build_once first
sleep 2
build_once second

status=0
for first in "$work"/first/out/*.deb "$work"/first/out/*.tar.gz; do
    name="$(basename "$first")"
    a="$(sha256sum <"$first" | cut -d' ' -f1)"
    b="$(sha256sum <"$work/second/out/$name" | cut -d' ' -f1)"
    if [ "$a" = "$b" ]; then
        echo "REPRODUCIBLE: $name $a"
    else
        echo "DIFFERS: $name $a != $b" >&2
        status=1
        if command -v diffoscope >/dev/null; then
            diffoscope "$first" "$work/second/out/$name" | head -n 60 >&2 || true
        fi
    fi
done
exit "$status"
