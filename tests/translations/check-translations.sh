#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation is missing: updates a copy of translations/*.ts from the current
# sources (as scripts/update-translations.sh does) and checks that no entry is unfinished,
# vanished or obsolete and that every translation keeps the source's placeholders.
set -euo pipefail
source_dir=$1
lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/translations/*.ts "$work"/
cd "$source_dir"
ts=()
for file in "$work"/genomedesk_*.ts; do
    [ "$(basename "$file")" = genomedesk_en.ts ] || ts+=("$file")
done
"$lupdate" -silent -locations none -no-obsolete -source-language en core ui app -ts "${ts[@]}"
"$lupdate" -silent -locations none -no-obsolete -pluralonly -source-language en core ui app \
    -ts "$work/genomedesk_en.ts"
python3 "$source_dir/scripts/translations.py" check "$work"/genomedesk_*.ts
