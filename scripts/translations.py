#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers around the Qt Linguist .ts files in translations/.

  translations.py export FILE.ts OUT.json [--all]   messages still to translate (or all) as JSON
  translations.py import FILE.ts IN.json            write translations from JSON into FILE.ts
  translations.py check FILE.ts...                  exit 1 when a file has unfinished, vanished
                                                    or obsolete entries, or placeholders that
                                                    differ from the source text

The JSON is a list of {"context", "source", "comment", "numerus", "translation"}; for numerus
messages "translation" is a list of plural forms (2 for de/fr/nl/it/es, 3 for pl).
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment") or "")


def export(path, out, everything):
    tree = ET.parse(path)
    entries = []
    for context, message in messages(tree):
        translation = message.find("translation")
        if not everything and translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        entries.append({
            "context": context,
            "source": message.findtext("source"),
            "comment": message.findtext("comment") or "",
            "numerus": numerus,
            "translation": [f.text or "" for f in translation.findall("numerusform")]
            if numerus else (translation.text or ""),
        })
    with open(out, "w", encoding="utf-8") as stream:
        json.dump(entries, stream, ensure_ascii=False, indent=1)
    print(f"{path}: {len(entries)} message(s) written to {out}")


def write(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
        stream.write(b"\n")


def import_(path, source):
    tree = ET.parse(path)
    with open(source, encoding="utf-8") as stream:
        entries = {(e["context"], e["source"], e.get("comment", "")): e for e in json.load(stream)}
    done = 0
    for context, message in messages(tree):
        entry = entries.get(key(context, message))
        if entry is None:
            continue
        translation = message.find("translation")
        value = entry["translation"]
        if message.get("numerus") == "yes":
            if not isinstance(value, list) or not all(value):
                continue
            for form in list(translation):
                translation.remove(form)
            for text in value:
                ET.SubElement(translation, "numerusform").text = text
            translation.text = None
        else:
            if not isinstance(value, str) or not value:
                continue
            translation.text = value
        translation.attrib.pop("type", None)
        done += 1
    write(tree, path)
    print(f"{path}: {done} translation(s) imported from {source}")


def check(paths):
    problems = 0
    for path in paths:
        tree = ET.parse(path)
        for context, message in messages(tree):
            source = message.findtext("source")
            translation = message.find("translation")
            state = translation.get("type")
            if state in ("unfinished", "vanished", "obsolete"):
                print(f"{path}: {context}: {state}: {source!r}")
                problems += 1
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            for form in forms:
                if not form.strip():
                    print(f"{path}: {context}: empty translation: {source!r}")
                    problems += 1
                elif sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                    print(f"{path}: {context}: placeholders differ: {source!r} -> {form!r}")
                    problems += 1
    if problems:
        print(f"{problems} problem(s); run scripts/update-translations.sh and translate them")
        return 1
    return 0


def main(argv):
    if len(argv) >= 4 and argv[1] == "export":
        export(argv[2], argv[3], "--all" in argv[4:])
        return 0
    if len(argv) == 4 and argv[1] == "import":
        import_(argv[2], argv[3])
        return 0
    if len(argv) >= 3 and argv[1] == "check":
        return check(argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
