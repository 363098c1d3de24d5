"""Refresh the catalogues from the code and fill the new entries from JSON maps.

    .venv/bin/python tools/fill_translations.py [--replace] [MAP.json ...]

Runs lupdate over the sources (as `make translations`), then gives every unfinished entry
its French translation from the maps, copies the English source into the English catalogue
(plural forms from the map), writes them indented as before and compiles the .qm.
A map is ``{"Context": {"Source": "Traduction" | {"fr": [singulier, pluriel], "en": [one,
other]}}}``. The whole run holds a lock, so that several people filling at once do not
overwrite each other. With ``--replace``, the maps' translations also replace finished ones
(to correct a wording). Prints the entries still unfinished; exits 1 if there are any.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = ROOT / ".venv" / "bin"
LOCK = Path("/tmp/facilitator-translations.lock")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def lupdate() -> None:
    sources = sorted(str(path) for path in (ROOT / "src" / "facilitator").rglob("*.py"))
    catalogues = [str(TRANSLATIONS / name) for name in ("facilitator_fr.ts", "facilitator_en.ts")]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", *catalogues],
        check=True,
    )


def load_maps(files: list[str]) -> dict[tuple[str, str], object]:
    merged: dict[tuple[str, str], object] = {}
    for file in files:
        for context, entries in json.loads(Path(file).read_text(encoding="utf-8")).items():
            for source, translation in entries.items():
                merged[(context, source)] = translation
    return merged


def fill(catalogue: Path, language: str, known: dict[tuple[str, str], object], *, replace: bool = False) -> list[str]:
    tree = ET.parse(catalogue)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished" and not (replace and (name, source) in known):
                continue
            plural = message.get("numerus") == "yes"
            given = known.get((name, source))
            if language == "en" and not plural:
                value: object = source
            elif isinstance(given, dict):
                value = given.get(language)
            elif language == "fr":
                value = given
            else:
                value = None
            if value is None or plural != isinstance(value, list):
                missing.append(f"{catalogue.name}: [{name}] {source}")
                continue
            translation.attrib.pop("type", None)
            if plural:
                translation.text = None
                for form in list(translation):
                    translation.remove(form)
                assert isinstance(value, list)
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = str(value)
    ET.indent(tree, space="    ")
    catalogue.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return missing


def main(arguments: list[str]) -> int:
    replace = "--replace" in arguments
    files = [argument for argument in arguments if argument != "--replace"]
    LOCK.touch(exist_ok=True)
    with LOCK.open() as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lupdate()
        known = load_maps(files)
        missing = fill(TRANSLATIONS / "facilitator_fr.ts", "fr", known, replace=replace)
        missing += fill(TRANSLATIONS / "facilitator_en.ts", "en", known, replace=replace)
        for catalogue in TRANSLATIONS.glob("*.ts"):
            compiled = catalogue.with_suffix(".qm")
            fresh = compiled.with_suffix(".qm.new")
            subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(fresh)], check=True)
            fresh.replace(compiled)  # a test run that has the catalogue loaded never reads half a file
    for line in missing:
        print("unfinished:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
