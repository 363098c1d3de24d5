"""The command line prints without a display: documents never load QtWidgets or QtGui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
sys.modules["PySide6.QtWidgets"] = None
sys.modules["PySide6.QtGui"] = None
from pathlib import Path
from facilitator.app import i18n
i18n.headless_application("fr")
from facilitator.printing.attendance import badges
from facilitator.printing.attendance import certificate as attendance_certificate
from facilitator.printing.attendance import sheet as attendance_sheet
from facilitator.printing.indemnity import statement as indemnity_statement
from facilitator.printing.indemnity import travel as travel_statement
from tests.printing import samples
folder = Path(sys.argv[1])
badges.write_badges(folder / "badges.pdf", samples.badges(3), samples.GENERATED_AT)
sheet = samples.attendance_sheet(3, filled=True)
attendance_sheet.write_attendance_sheet(folder / "sheet.pdf", sheet, samples.GENERATED_AT)
statement = samples.indemnity_statement(3)
indemnity_statement.write_indemnity_statement(folder / "etat.pdf", statement, samples.GENERATED_AT)
travel_statement.write_travel_statements(folder / "frais.pdf", samples.travel_sheets(), samples.GENERATED_AT)
certificate = samples.attendance_certificate()
attendance_certificate.write_attendance_certificate(folder / "attestation.pdf", certificate, samples.GENERATED_AT)
print(attendance_sheet.attendance_sheet_pdf(samples.attendance_sheet(1), samples.GENERATED_AT)[:5].decode())
"""


def test_every_document_prints_without_widgets_or_gui(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, timeout=120, cwd=root
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "%PDF-"
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "attestation.pdf",
        "badges.pdf",
        "etat.pdf",
        "frais.pdf",
        "sheet.pdf",
    ]
