#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a package, or a SHA256SUMS file and the packages it lists, against a detached CMS
# signature and the hospital's trusted certificate, before anything is installed.
#
#   packaging/verify.sh --package FILE --signature FILE.sig --certificate trusted.pem
#   packaging/verify.sh --sums SHA256SUMS --signature SHA256SUMS.sig --certificate trusted.pem
#
# trusted.pem holds the signer's certificate or the CA that issued it (PEM, may hold several).
# Exit code 0: verified; 1: verification failed (do not install); 2: bad usage or input.
set -euo pipefail

usage() {
    sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

package=""
sums=""
signature=""
certificate=""
while [ $# -gt 0 ]; do
    case "$1" in
        --package) package="${2:?}"; shift 2 ;;
        --sums) sums="${2:?}"; shift 2 ;;
        --signature) signature="${2:?}"; shift 2 ;;
        --certificate) certificate="${2:?}"; shift 2 ;;
        -h|--help) usage ;;
        *) echo "verify.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
content="${package:-$sums}"
[ -n "$content" ] && [ -n "$signature" ] && [ -n "$certificate" ] || usage
if [ -n "$package" ] && [ -n "$sums" ]; then
    echo "verify.sh: give --package or --sums, not both" >&2
    exit 2
fi
for f in "$content" "$signature" "$certificate"; do
    [ -f "$f" ] && [ -r "$f" ] || { echo "verify.sh: cannot read $f" >&2; exit 2; }
done

format=DER
if head -c 11 "$signature" | grep -q -- '-----BEGIN'; then
    format=PEM
fi
errors="$(mktemp)"
trap 'rm -f "$errors"' EXIT
if ! openssl cms -verify -binary -inform "$format" -in "$signature" -content "$content" \
        -CAfile "$certificate" -certfile "$certificate" -partial_chain -purpose any \
        -out /dev/null 2>"$errors"; then
    if grep -qi 'certificate verify error\|unable to get\|certificate has expired\|self.signed' \
            "$errors"; then
        reason="the signer is not the trusted certificate nor issued by it, or its certificate is not valid now"
    elif grep -qi 'content verify error\|digest failure\|verification failure\|bad signature' \
            "$errors"; then
        reason="the file does not match its signature: it was changed after signing, or the signature belongs to another file"
    else
        reason="the signature could not be checked: $(head -n 1 "$errors")"
    fi
    echo "verify.sh: VERIFICATION FAILED for $content: $reason. Do not install it." >&2
    exit 1
fi
echo "verify.sh: signature OK: $content"

if [ -n "$sums" ]; then
    if ! (cd "$(dirname "$sums")" && sha256sum --check --strict --quiet "$(basename "$sums")"); then
        echo "verify.sh: VERIFICATION FAILED: a file listed in $sums is missing or differs from its signed checksum. Do not install it." >&2
        exit 1
    fi
    echo "verify.sh: every file listed in $sums matches"
fi
