#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the review window with the demo case, for anyone to look at: the main
# window, the detail pane, the status bar while a filter runs (with its Cancel button) and
# after it was cancelled, the QC dashboard and the report preview, on a laptop screen
# (1366x768), a large desktop screen (2560x1440) and the same large screen at 200 % scaling
# (HiDPI), and the laptop screen with a dark palette; then the window in German and in French
# on the laptop screen and in German on the large one (the UI language saved in the settings,
# as View → Language does; the previewed report stays English, it has a language of its own).
# Then the detail pane's transcript states that the demo does not reach (a genome being indexed
# for the first lookup; the file away, with "Try again"), taken by the detail pane test when
# it is built (BUILD_DIR/tests/ui_tst_detailpane), in OUT_DIR/detail-pane-states/.
#   tests/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs xvfb-run (Debian package xvfb). Writes OUT_DIR/<screen>/<view>.png and prints the files.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
out=${2:-$build/screenshots}
binary="$build/bin/genomedesk"
if ! command -v xvfb-run >/dev/null; then
    echo "screenshots: xvfb-run is not installed (apt-get install xvfb); nothing taken" >&2
    exit 0
fi
[ -x "$binary" ] || { echo "screenshots: build $binary first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() { # name width height scale style [palette [language]]
    local name=$1 width=$2 height=$3 scale=$4 style=$5 palette=${6:-system} language=${7:-}
    mkdir -p "$out/$name"
    if [ -n "$language" ]; then
        mkdir -p "$work/home-$name/.config/GenomeDesk"
        printf '[ui]\nlanguage=%s\n' "$language" >"$work/home-$name/.config/GenomeDesk/genomedesk.conf"
    fi
    # A fresh user profile each time, so saved filters or window states do not leak in.
    # English unless a language is saved, whatever the caller's locale.
    HOME="$work/home-$name" XDG_CONFIG_HOME="$work/home-$name/.config" \
        LC_ALL=C.UTF-8 LANGUAGE= \
        QT_SCALE_FACTOR="$scale" QT_QPA_PLATFORMTHEME= QT_STYLE_OVERRIDE="$style" \
        xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
        "$binary" demo --out "$work/demo-$name" --gui --palette "$palette" --screenshots "$out/$name"
}

shoot laptop-1366x768 1366 768 1 fusion
shoot desktop-2560x1440 2560 1440 1 fusion
shoot hidpi-2560x1440-200pct 2560 1440 2 fusion
shoot laptop-dark-1366x768 1366 768 1 fusion dark
shoot laptop-de-1366x768 1366 768 1 fusion system de
shoot laptop-fr-1366x768 1366 768 1 fusion system fr
shoot desktop-de-2560x1440 2560 1440 1 fusion system de
if [ -x "$build/tests/ui_tst_detailpane" ]; then
    mkdir -p "$out/detail-pane-states"
    HOME="$work/home-states" XDG_CONFIG_HOME="$work/home-states/.config" \
        LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORMTHEME= QT_STYLE_OVERRIDE=fusion \
        GENOMEDESK_SCREENSHOT_DIR="$out/detail-pane-states" \
        xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/ui_tst_detailpane" >/dev/null ||
        { echo "screenshots: the detail pane test failed; its pictures may be missing" >&2; exit 1; }
    ls "$out/detail-pane-states"/*.png
fi
echo "screenshots in $out"
