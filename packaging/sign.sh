#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Signs release files with detached CMS signatures (OpenSSL) and writes a signed SHA256SUMS.
#
#   packaging/sign.sh --key signer.key --certificate signer.pem [--chain ca.pem] FILE...
#
# For every FILE writes FILE.sig (DER CMS, SHA-256, signer certificate included), then
# SHA256SUMS (in the directory of the first FILE, names relative to it) and SHA256SUMS.sig.
# The key may be ECDSA or RSA (OpenSSL 3.0, as in Debian 12, cannot make Ed25519 CMS
# signatures). Keep the private key on the release machine or in a token; never commit it.
set -euo pipefail

usage() {
    sed -n '3,10p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

key=""
certificate=""
chain=""
files=()
while [ $# -gt 0 ]; do
    case "$1" in
        --key) key="${2:?}"; shift 2 ;;
        --certificate) certificate="${2:?}"; shift 2 ;;
        --chain) chain="${2:?}"; shift 2 ;;
        -h|--help) usage ;;
        --*) echo "sign.sh: unknown option $1" >&2; exit 2 ;;
        *) files+=("$1"); shift ;;
    esac
done
[ -n "$key" ] && [ -n "$certificate" ] && [ ${#files[@]} -gt 0 ] || usage
for f in "$key" "$certificate" ${chain:+"$chain"} "${files[@]}"; do
    [ -r "$f" ] || { echo "sign.sh: cannot read $f" >&2; exit 2; }
done

sign_one() {
    local extra=(-md sha256)
    [ -n "$chain" ] && extra+=(-certfile "$chain")
    openssl cms -sign -binary -in "$1" -signer "$certificate" -inkey "$key" "${extra[@]}" \
        -outform DER -out "$1.sig.tmp"
    mv -f "$1.sig.tmp" "$1.sig"
    echo "signed $1 -> $1.sig"
}

directory="$(cd "$(dirname "${files[0]}")" && pwd)"
names=()
for f in "${files[@]}"; do
    sign_one "$f"
    f_directory="$(cd "$(dirname "$f")" && pwd)"
    if [ "$f_directory" != "$directory" ]; then
        echo "sign.sh: all files must be in one directory for SHA256SUMS" >&2
        exit 2
    fi
    names+=("$(basename "$f")")
done
(cd "$directory" && sha256sum -- "${names[@]}" > SHA256SUMS.tmp && mv -f SHA256SUMS.tmp SHA256SUMS)
sign_one "$directory/SHA256SUMS"
