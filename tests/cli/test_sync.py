"""Two laptops converge through bundle files, from the command line in subprocesses; a damaged
bundle is refused with the reason and nothing is written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.helpers.cli import demo_database, facilitator


def test_a_second_laptop_joins_and_both_converge(tmp_path: Path) -> None:
    first, first_base = demo_database(tmp_path / "desk1")
    second, second_base = tmp_path / "desk2.sqlite", tmp_path / "desk2-base"
    stick = tmp_path / "stick.bundle"
    exported = facilitator("sync", "export", "--db", first, "-o", stick, "--json", basedir=first_base)
    assert exported.returncode == 0, exported.stderr
    changes = json.loads(exported.stdout)["changes"]
    imported = facilitator("sync", "import", stick, "--db", second, "--json", basedir=second_base)
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert report["applied"] == changes and report["rejected"] == []
    listed = [
        facilitator("roster", "list", "--db", database, "--json", basedir=base).stdout
        for database, base in ((first, first_base), (second, second_base))
    ]
    assert json.loads(listed[0]) == json.loads(listed[1])
    again = json.loads(facilitator("sync", "import", stick, "--db", second, "--json", basedir=second_base).stdout)
    assert again["applied"] == 0 and again["already_there"] == changes


def test_a_damaged_bundle_is_refused_in_french_and_nothing_is_written(tmp_path: Path) -> None:
    first, first_base = demo_database(tmp_path / "desk1")
    second, second_base = demo_database(tmp_path / "desk2")
    stick = tmp_path / "stick.bundle"
    assert facilitator("sync", "export", "--db", first, "-o", stick, basedir=first_base).returncode == 0
    stick.write_bytes(stick.read_bytes()[: len(stick.read_bytes()) // 2])
    before = hashlib.sha256(second.read_bytes()).hexdigest()
    done = facilitator("sync", "import", stick, "--db", second, basedir=second_base)
    assert done.returncode == 3 and "incomplet" in done.stderr and "Traceback" not in done.stderr
    assert hashlib.sha256(second.read_bytes()).hexdigest() == before
