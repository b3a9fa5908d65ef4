#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/apt-repository.sh with a throwaway GPG key: apt itself (in private state
# directories, no root, no network) must accept the signed repository and see the package, and
# must refuse it after the Release file is edited.
#   tests/packaging/tst_aptrepository.sh <source-dir> [package.deb]
set -euo pipefail
source_dir="$1"
deb="${2:-}"
work="$(mktemp -d)"
trap 'gpgconf --homedir "$work/gnupg" --kill all >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ -z "$deb" ]; then
    # A minimal valid package stands in for the real one.
    mkdir -p "$work/pkg/DEBIAN" "$work/pkg/usr/share/doc/genomedesk-test"
    printf 'Package: genomedesk-test\nVersion: 1.0\nArchitecture: all\nMaintainer: Test <test@example.invalid>\nDescription: test package\n' \
        >"$work/pkg/DEBIAN/control"
    echo test >"$work/pkg/usr/share/doc/genomedesk-test/README"
    dpkg-deb --root-owner-group -b "$work/pkg" "$work/genomedesk-test_1.0_all.deb" >/dev/null
    deb="$work/genomedesk-test_1.0_all.deb"
fi
package="$(dpkg-deb -f "$deb" Package)"

export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --passphrase '' --quick-gen-key "GenomeDesk Test Archive <archive@example.invalid>" \
    ed25519 sign 1d >/dev/null 2>&1
key="$(gpg --batch --list-keys --with-colons | awk -F: '/^fpr/ {print $10; exit}')"
[ -n "$key" ] || fail "no test key"

"$source_dir/packaging/apt-repository.sh" --key "$key" --out "$work/repo" "$deb"
for f in dists/stable/InRelease dists/stable/Release.gpg dists/stable/main/binary-*/Packages.gz \
    genomedesk-archive-keyring.gpg; do
    compgen -G "$work/repo/$f" >/dev/null || fail "missing $f"
done
gpgv --keyring "$work/repo/genomedesk-archive-keyring.gpg" "$work/repo/dists/stable/InRelease" \
    2>/dev/null || fail "gpgv rejects InRelease"
echo "PASS: gpgv accepts InRelease"

apt_options=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=$work/none"
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "Debug::NoLocking=1"
    -o "Dir::State::Status=$work/status" -o "APT::Sandbox::User=root")
mkdir -p "$work/none" "$work/lists/partial" "$work/cache/archives/partial"
: >"$work/status"
echo "deb [signed-by=$work/repo/genomedesk-archive-keyring.gpg] file:$work/repo stable main" \
    >"$work/sources.list"
apt-get "${apt_options[@]}" update >"$work/update.log" 2>&1 || { cat "$work/update.log" >&2; fail "apt-get update"; }
grep -q "^W:\|^E:" "$work/update.log" && { cat "$work/update.log" >&2; fail "apt-get update warned"; }
policy="$(apt-cache "${apt_options[@]}" policy "$package")"
grep -q "Candidate: $(dpkg-deb -f "$deb" Version)" <<<"$policy" \
    || fail "apt does not see $package in the repository: $policy"
echo "PASS: apt accepts the signed repository and sees $package"

# Tamper with the signed Release data: apt must refuse the repository.
sed -i 's/^Description: GenomeDesk packages/Description: edited/' "$work/repo/dists/stable/InRelease"
rm -rf "$work/lists"; mkdir -p "$work/lists/partial"
apt-get "${apt_options[@]}" update >"$work/update2.log" 2>&1 || true
if grep -q "BADSIG\|signatures were invalid\|NOSPLIT" "$work/update2.log"; then
    echo "PASS: apt refuses an edited InRelease"
else
    cat "$work/update2.log" >&2
    fail "apt accepted an edited InRelease"
fi
echo "all checks passed"
