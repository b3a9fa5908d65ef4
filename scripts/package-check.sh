#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging check: builds the .deb, signs it with a throwaway key, verifies the signature
# (packaging/verify.sh and genomedesk verify-package), runs lintian when installed, installs
# the package with apt-get, runs `genomedesk --version` and `genomedesk demo` from /usr/bin,
# and removes it again. Needs root (or sudo) for apt-get; uses no network unless a runtime
# dependency is missing. Build directory: $GENOMEDESK_PACKAGE_BUILD_DIR (default build/package).
#
#   scripts/package-check.sh [--keep-installed]
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir="$PWD"
build_dir="${GENOMEDESK_PACKAGE_BUILD_DIR:-build/package}"
keep_installed=0
[ "${1:-}" = "--keep-installed" ] && keep_installed=1
start=$(date +%s)
step() { echo "== $* ($(( $(date +%s) - start )) s)"; }
die() { echo "package-check: FAILED: $*" >&2; exit 1; }

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "apt-get needs root: run as root or install sudo"
    as_root=(sudo)
fi
if dpkg-query -W -f='${Status}' genomedesk 2>/dev/null | grep -q "install ok installed"; then
    die "a genomedesk package is already installed; remove it first (apt-get remove genomedesk)"
fi

work="$(mktemp -d)"
installed=0
cleanup() {
    if [ "$installed" -eq 1 ] && [ "$keep_installed" -eq 0 ]; then
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq genomedesk \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "configure and build ($build_dir)"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}"
# An already configured build directory (such as the release preset's) is reused as it is.
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
        >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; die "cmake configure"; }
fi
cmake --build "$build_dir" -j"$(nproc)" >"$work/build.log" 2>&1 \
    || { tail -n 40 "$work/build.log" >&2; die "build"; }

step "cpack -G DEB"
rm -rf "$build_dir/package-check"
(cd "$build_dir" && cpack -G DEB -B "$PWD/package-check") >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; die "cpack"; }
deb="$(ls "$build_dir"/package-check/genomedesk_*.deb)"
[ -f "$deb" ] || die "cpack wrote no .deb"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
echo "$deb"

step "sign with a throwaway CA and signer, then verify"
(
    cd "$work"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
        -out ca.pem -days 1 -subj "/CN=package-check CA"
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout signer.key \
        -out signer.csr -subj "/CN=package-check signer"
    openssl x509 -req -in signer.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 \
        -out signer.pem
) >/dev/null 2>&1 || die "creating the test certificates with openssl"
"$source_dir/packaging/sign.sh" --key "$work/signer.key" --certificate "$work/signer.pem" "$deb"
"$source_dir/packaging/verify.sh" --package "$deb" --signature "$deb.sig" --certificate "$work/ca.pem" \
    || die "verify.sh rejected the freshly signed package"
"$source_dir/packaging/verify.sh" --sums "$(dirname "$deb")/SHA256SUMS" \
    --signature "$(dirname "$deb")/SHA256SUMS.sig" --certificate "$work/ca.pem" \
    || die "verify.sh rejected SHA256SUMS"
"$build_dir/bin/genomedesk" verify-package --package "$deb" --signature "$deb.sig" \
    --certificate "$work/ca.pem" || die "genomedesk verify-package rejected the package"

if command -v lintian >/dev/null; then
    step "lintian"
    lintian --tag-display-limit 0 "$deb" 2>/dev/null | tee "$work/lintian" || true
    if grep -q '^E:' "$work/lintian"; then die "lintian reports errors"; fi
else
    step "lintian not installed: skipped"
fi

step "apt-get install ./$(basename "$deb")"
installed=1
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; die "apt-get install"; }
[ -x /usr/bin/genomedesk ] || die "/usr/bin/genomedesk is missing after install"
for f in /usr/share/applications/genomedesk.desktop /usr/share/man/man1/genomedesk.1.gz \
    /usr/share/icons/hicolor/48x48/apps/genomedesk.png \
    /usr/lib/systemd/system/genomedesk-beacon.service; do
    [ -f "$f" ] || die "$f is missing after install"
done

step "run the installed genomedesk"
version="$(cd "$work" && env -u QT_QPA_PLATFORM /usr/bin/genomedesk --version)"
expected="genomedesk $(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)"
[ "$version" = "$expected" ] || die "--version printed '$version', expected '$expected'"
echo "$version"
(cd "$work" && env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/genomedesk demo \
    --out "$work/demo") >"$work/demo.log" 2>&1 \
    || { cat "$work/demo.log" >&2; die "genomedesk demo"; }
ls "$work"/demo/*.pdf >/dev/null 2>&1 || { cat "$work/demo.log" >&2; die "genomedesk demo wrote no PDF"; }
[ -f "$work/demo/demo.vcf" ] || die "genomedesk demo wrote no demo.vcf"

if [ "$keep_installed" -eq 0 ]; then
    step "apt-get remove genomedesk"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq genomedesk \
        >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; die "apt-get remove"; }
    installed=0
    [ ! -e /usr/bin/genomedesk ] || die "/usr/bin/genomedesk is still there after remove"
    if dpkg-query -W -f='${Status}' genomedesk 2>/dev/null | grep -q "install ok installed"; then
        die "dpkg still lists genomedesk as installed"
    fi
fi
step "package check passed"
