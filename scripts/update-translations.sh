#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Updates translations/*.ts from the texts in core/ and ui/ (new texts become "unfinished",
# removed ones are dropped). Then translate the unfinished ones, e.g. with Qt Linguist or
# scripts/translations.py export/import, and check with scripts/translations.py check.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
languages=(de fr nl it es pl)
ts=()
for language in "${languages[@]}"; do
    ts+=("translations/genomedesk_${language}.ts")
done
"$lupdate" -silent -locations none -no-obsolete -source-language en \
    core ui app -ts "${ts[@]}"
# English needs only its plural forms ("1 variant", "2 variants").
"$lupdate" -silent -locations none -no-obsolete -pluralonly -source-language en \
    core ui app -ts translations/genomedesk_en.ts
for language in "${languages[@]}" en; do
    sed -i "s/<TS version=\"\\([0-9.]*\\)\"[^>]*>/<TS version=\"\\1\" language=\"${language}\" sourcelanguage=\"en\">/" \
        "translations/genomedesk_${language}.ts"
done
