#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a small signed apt repository from .deb files, for hospitals that deploy through
# their own mirror (offline machines point apt at a file:// or internal https:// URL).
#
#   packaging/apt-repository.sh --key KEY-ID --out DIR [--suite stable] DEB...
#
# Writes DIR/pool/main/*.deb, DIR/dists/SUITE/main/binary-<arch>/Packages{,.gz}, a Release file
# with SHA256 checksums, its signatures InRelease and Release.gpg (gpg, key KEY-ID from the
# current GNUPGHOME), and the public key DIR/genomedesk-archive-keyring.gpg. Clients use:
#   deb [signed-by=/usr/share/keyrings/genomedesk-archive-keyring.gpg] file:DIR SUITE main
set -euo pipefail

usage() { sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
key=""
out=""
suite="stable"
debs=()
while [ $# -gt 0 ]; do
    case "$1" in
        --key) key="${2:?}"; shift 2 ;;
        --out) out="${2:?}"; shift 2 ;;
        --suite) suite="${2:?}"; shift 2 ;;
        -h|--help) usage ;;
        --*) echo "apt-repository.sh: unknown option $1" >&2; exit 2 ;;
        *) debs+=("$1"); shift ;;
    esac
done
[ -n "$key" ] && [ -n "$out" ] && [ ${#debs[@]} -gt 0 ] || usage
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(date +%s)}"

mkdir -p "$out/pool/main"
architectures=()
for deb in "${debs[@]}"; do
    [ -r "$deb" ] || { echo "apt-repository.sh: cannot read $deb" >&2; exit 2; }
    cp -f "$deb" "$out/pool/main/"
    architecture="$(dpkg-deb -f "$deb" Architecture)"
    [[ " ${architectures[*]} " == *" $architecture "* ]] || architectures+=("$architecture")
done

cd "$out"
for architecture in "${architectures[@]}"; do
    directory="dists/$suite/main/binary-$architecture"
    mkdir -p "$directory"
    dpkg-scanpackages --multiversion --arch "$architecture" pool/main /dev/null \
        >"$directory/Packages" 2>/dev/null
    gzip -9nc "$directory/Packages" >"$directory/Packages.gz"
done

release="dists/$suite/Release"
{
    echo "Origin: GenomeDesk"
    echo "Label: GenomeDesk"
    echo "Suite: $suite"
    echo "Codename: $suite"
    echo "Date: $(LC_ALL=C date -u -d "@$SOURCE_DATE_EPOCH" '+%a, %d %b %Y %H:%M:%S UTC')"
    echo "Architectures: ${architectures[*]}"
    echo "Components: main"
    echo "Description: GenomeDesk packages"
    echo "SHA256:"
    (cd "dists/$suite" && for f in main/binary-*/Packages main/binary-*/Packages.gz; do
        printf ' %s %16d %s\n' "$(sha256sum <"$f" | cut -d' ' -f1)" "$(stat -c %s "$f")" "$f"
    done)
} >"$release"

rm -f "dists/$suite/InRelease" "dists/$suite/Release.gpg"
gpg --batch --yes --local-user "$key" --clearsign --output "dists/$suite/InRelease" "$release"
gpg --batch --yes --local-user "$key" --armor --detach-sign --output "dists/$suite/Release.gpg" \
    "$release"
gpg --batch --yes --export "$key" >genomedesk-archive-keyring.gpg
echo "apt repository in $PWD (suite $suite, ${#debs[@]} package(s)), signed by $key"
