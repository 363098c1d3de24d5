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
from facilitator.app.files import write_atomically
from tests.printing import samples
folder = Path(sys.argv[1])
write_atomically(folder / "badges.pdf", badges.badges_pdf(samples.badges(3), samples.GENERATED_AT))
sheet = samples.attendance_sheet(3, filled=True)
write_atomically(folder / "sheet.pdf", attendance_sheet.attendance_sheet_pdf(sheet, samples.GENERATED_AT))
statement = samples.indemnity_statement(3)
write_atomically(folder / "etat.pdf", indemnity_statement.indemnity_statement_pdf(statement, samples.GENERATED_AT))
travel = travel_statement.travel_statements_pdf(samples.travel_sheets(), samples.GENERATED_AT)
write_atomically(folder / "frais.pdf", travel)
certificate = samples.attendance_certificate()
attestation = attendance_certificate.attendance_certificate_pdf(certificate, samples.GENERATED_AT)
write_atomically(folder / "attestation.pdf", attestation)
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
