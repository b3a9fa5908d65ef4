#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packs an already built tree twice (cpack -G DEB, and TGZ) and checks that the packages are
# byte-identical, that the .deb holds what the issue asks for, and (when lintian is installed)
# that lintian reports no error.
#   tests/packaging/tst_cpackreproducible.sh <build-dir>
# For a check across two separate compilations see tests/packaging/reproducible-build.sh.
set -euo pipefail
build="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

pack() {
    (cd "$build" && cpack -G "DEB;TGZ" -B "$work/$1" >"$work/$1.log" 2>&1) \
        || { cat "$work/$1.log" >&2; exit 1; }
}
pack first
sleep 1.1 # a different wall-clock second for the second run: timestamps must not leak in
touch "$build/packaging/gz/changelog.gz"
pack second

for first in "$work"/first/*.deb "$work"/first/*.tar.gz; do
    name="$(basename "$first")"
    second="$work/second/$name"
    if [ ! -f "$second" ]; then
        fail "$name missing from the second run"
    elif cmp -s "$first" "$second"; then
        echo "PASS: $name is reproducible ($(sha256sum "$first" | cut -c1-16)...)"
    else
        fail "$name differs between two runs of cpack"
    fi
done

deb="$(ls "$work"/first/*.deb)"
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for path in ./usr/bin/genomedesk ./usr/share/applications/genomedesk.desktop \
    ./usr/share/metainfo/invalid.genomedesk.GenomeDesk.metainfo.xml \
    ./usr/share/mime/packages/genomedesk.xml \
    ./usr/share/icons/hicolor/scalable/apps/genomedesk.svg \
    ./usr/share/icons/hicolor/16x16/apps/genomedesk.png \
    ./usr/share/icons/hicolor/48x48/apps/genomedesk.png \
    ./usr/share/icons/hicolor/512x512/apps/genomedesk.png \
    ./usr/share/man/man1/genomedesk.1.gz ./usr/share/man/man1/genomedesk-beacon.1.gz \
    ./usr/lib/systemd/system/genomedesk-beacon.service \
    ./usr/share/doc/genomedesk/copyright ./usr/share/doc/genomedesk/changelog.gz; do
    grep -qxF "$path" <<<"$contents" || fail "the .deb lacks $path"
done
if grep -v '^\./usr/' <<<"$contents" | grep -qv '^\./$'; then
    fail "the .deb installs outside /usr: $(grep -v '^\./usr/' <<<"$contents" | grep -v '^\./$' | head -3)"
fi
depends="$(dpkg-deb -f "$deb" Depends)"
for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libhts3 libssl3 qt6-qpa-plugins \
    libqt6svg6 fonts-dejavu-core; do
    grep -q "$dependency" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done

if command -v lintian >/dev/null; then
    if lintian --tag-display-limit 0 "$deb" 2>/dev/null | tee "$work/lintian" | grep -q '^E:'; then
        fail "lintian reports errors:"; grep '^E:' "$work/lintian" >&2
    else
        echo "PASS: lintian reports no error ($(grep -c '^W:' "$work/lintian" || true) warning(s))"
    fi
else
    echo "SKIP: lintian is not installed"
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "all checks passed"
