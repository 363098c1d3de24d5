"""Any file given as a roster, a spreadsheet damaged anywhere included, is read or refused with
a reason (``RosterRefused``, or an environment problem for a file that cannot be read): never
another exception."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.app.errors import EnvironmentProblem
from facilitator.core.roster.table import RosterRefused
from facilitator.services.roster.files import read_roster


def spreadsheet() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nom", "Prénom", "Année de naissance"])
    for number in range(20):
        sheet.append([f"Nom{number}", f"Prénom{number}", 1950 + number])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


SPREADSHEET = spreadsheet()


def read_or_refuse(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            table = read_roster(path)
        except (RosterRefused, EnvironmentProblem):
            return
        assert table.headers


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from(["liste.xlsx", "liste.csv", "liste.xlsm"]))
def test_any_bytes_under_a_roster_name_are_read_or_refused(data: bytes, name: str) -> None:
    read_or_refuse(name, data)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_spreadsheet_damaged_anywhere_is_read_or_refused(data: st.DataObject) -> None:
    damaged = bytearray(SPREADSHEET)
    for _ in range(data.draw(st.integers(1, 8))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(damaged)))
    read_or_refuse("liste.xlsx", bytes(damaged[:cut]))
