#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/sign.sh, packaging/verify.sh and `genomedesk verify-package` on a real file, with a
# CA, a signer and an untrusted key generated for this run (no key is stored in the repository).
#   tests/packaging/tst_signverify.sh <source-dir> <genomedesk-binary> [package]
# Without a package, a random 2 MiB file stands in for the .deb.
set -euo pipefail
source_dir="$1"
genomedesk="$2"
package="${3:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

# expect <exit-code> <stderr-substring or -> <description> <command>...
expect() {
    local code="$1" needle="$2" what="$3"
    shift 3
    local rc=0
    "$@" >"$work/out" 2>"$work/err" || rc=$?
    if [ "$rc" -ne "$code" ]; then
        fail "$what: exit $rc, expected $code"; cat "$work/err" >&2; return
    fi
    if [ "$needle" != "-" ] && ! grep -qF -- "$needle" "$work/err" "$work/out"; then
        fail "$what: output lacks '$needle'"; cat "$work/err" "$work/out" >&2; return
    fi
    pass "$what"
}

cd "$work"
quiet() { "$@" >/dev/null 2>&1; }
quiet openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
    -out ca.pem -days 2 -subj "/CN=Test Hospital CA"
quiet openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout signer.key \
    -out signer.csr -subj "/CN=GenomeDesk Release Signing"
quiet openssl x509 -req -in signer.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
    -out signer.pem
quiet openssl req -x509 -newkey ed25519 -nodes -keyout other.key -out other.pem -days 2 \
    -subj "/CN=Someone Else"

mkdir release
if [ -n "$package" ]; then
    cp "$package" release/
else
    head -c 2097152 /dev/urandom > release/genomedesk_0.0.0_amd64.deb
fi
printf 'second file\n' > release/genomedesk-0.0.0-Linux.tar.gz
deb="$(ls release/*.deb)"
expect 0 "signed" "sign.sh signs the packages and SHA256SUMS" \
    "$source_dir/packaging/sign.sh" --key signer.key --certificate signer.pem \
    "$deb" release/genomedesk-0.0.0-Linux.tar.gz
for f in "$deb.sig" release/SHA256SUMS release/SHA256SUMS.sig; do
    [ -s "$f" ] || fail "sign.sh did not write $f"
done

expect 0 "signature OK" "verify.sh accepts the package (CA trusted)" \
    "$source_dir/packaging/verify.sh" --package "$deb" --signature "$deb.sig" --certificate ca.pem
expect 0 "signature OK" "verify.sh accepts the package (signer pinned)" \
    "$source_dir/packaging/verify.sh" --package "$deb" --signature "$deb.sig" --certificate signer.pem
expect 0 "every file listed" "verify.sh accepts SHA256SUMS and the files it lists" \
    "$source_dir/packaging/verify.sh" --sums release/SHA256SUMS --signature release/SHA256SUMS.sig \
    --certificate ca.pem
expect 0 "OK: " "genomedesk verify-package accepts the package" \
    "$genomedesk" verify-package --package "$deb" --signature "$deb.sig" --certificate ca.pem
expect 1 "not the trusted certificate" "verify.sh rejects an untrusted signer" \
    "$source_dir/packaging/verify.sh" --package "$deb" --signature "$deb.sig" --certificate other.pem
expect 1 "not the trusted certificate" "verify-package rejects an untrusted signer" \
    "$genomedesk" verify-package --package "$deb" --signature "$deb.sig" --certificate other.pem

# Tamper: flip one byte in the middle of the package.
cp "$deb" tampered.deb
size=$(stat -c %s tampered.deb)
offset=$((size / 2))
byte=$(od -An -tu1 -j "$offset" -N1 tampered.deb | tr -d ' ')
printf "$(printf '\\%03o' $(((byte + 1) % 256)))" | dd of=tampered.deb bs=1 seek="$offset" \
    conv=notrunc status=none
cmp -s "$deb" tampered.deb && fail "the tampered copy equals the original"
expect 1 "changed after signing" "verify.sh rejects a tampered package with a clear message" \
    "$source_dir/packaging/verify.sh" --package tampered.deb --signature "$deb.sig" --certificate ca.pem
expect 1 "VERIFICATION FAILED for tampered.deb: the package does not match its signature" \
    "verify-package rejects a tampered package with a clear message" \
    "$genomedesk" verify-package --package tampered.deb --signature "$deb.sig" --certificate ca.pem
cp tampered.deb "$deb"
expect 1 "differs from its signed checksum" "verify.sh --sums notices a tampered listed file" \
    "$source_dir/packaging/verify.sh" --sums release/SHA256SUMS --signature release/SHA256SUMS.sig \
    --certificate ca.pem
echo "# edited" >> release/SHA256SUMS
expect 1 "changed after signing" "verify.sh rejects an edited SHA256SUMS" \
    "$source_dir/packaging/verify.sh" --sums release/SHA256SUMS --signature release/SHA256SUMS.sig \
    --certificate ca.pem

expect 2 "--certificate is required" "verify-package without --certificate is a usage error" \
    "$genomedesk" verify-package --package "$deb" --signature "$deb.sig"
expect 2 "not found" "verify-package names a missing signature" \
    "$genomedesk" verify-package --package "$deb" --signature missing.sig --certificate ca.pem
expect 2 "not a detached CMS signature" "verify-package rejects a file that is not a signature" \
    "$genomedesk" verify-package --package "$deb" --signature ca.pem --certificate ca.pem
expect 2 "cannot read" "verify.sh names a missing file" \
    "$source_dir/packaging/verify.sh" --package missing.deb --signature "$deb.sig" --certificate ca.pem

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
