"""A hard crash (a fault in Qt's C++ code) leaves the Python stacks in the log folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from facilitator.app.logs import FAULTS_LIMIT

CRASHING = """
import faulthandler, sys
from pathlib import Path
from facilitator.app import runtime

def scan_the_ballots():
    faulthandler._sigsegv()

runtime.start(Path(sys.argv[1]))
scan_the_ballots()
"""


def _crash(basedir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONFAULTHANDLER"}
    command = [sys.executable, *options, "-c", CRASHING, str(basedir)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=environment)


def test_a_crash_writes_the_stacks_to_the_fault_file(tmp_path: Path) -> None:
    crashed = _crash(tmp_path)
    assert crashed.returncode != 0
    faults = (tmp_path / "logs" / "faults.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in faults
    assert "scan_the_ballots" in faults, "the stack names the function that was running"
    assert "Fatal Python error" not in crashed.stderr


def test_the_fault_file_keeps_earlier_crashes_and_starts_afresh_when_too_large(tmp_path: Path) -> None:
    faults = tmp_path / "logs" / "faults.log"
    _crash(tmp_path)
    _crash(tmp_path)
    assert faults.read_text(encoding="utf-8").count("Fatal Python error") == 2
    faults.write_text("x" * (FAULTS_LIMIT + 1), encoding="utf-8")
    _crash(tmp_path)
    text = faults.read_text(encoding="utf-8")
    assert text.startswith("Fatal Python error") and text.count("Fatal Python error") == 1


def test_faulthandler_already_asked_for_keeps_its_place(tmp_path: Path) -> None:
    crashed = _crash(tmp_path, "-X", "faulthandler")
    assert "scan_the_ballots" in crashed.stderr
    faults = tmp_path / "logs" / "faults.log"
    assert not faults.exists() or faults.read_text(encoding="utf-8") == ""
