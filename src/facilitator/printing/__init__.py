"""Printed documents: badges, the feuille d'émargement, the état liquidatif, the états de
frais de déplacement and the attestation de présence.

Callers (the services) compute every figure and pass plain models (``printing.model``);
each document only lays them out, with the furniture every page shares (``page``,
``blocks``), and writes the PDF atomically. Only QtCore is used (translations, locale):
the headless command line prints too.
"""

from facilitator.printing.attendance_certificate import attendance_certificate_pdf, write_attendance_certificate
from facilitator.printing.attendance_sheet import attendance_sheet_pdf, write_attendance_sheet
from facilitator.printing.badges import badges_pdf, write_badges
from facilitator.printing.indemnity_statement import indemnity_statement_pdf, write_indemnity_statement
from facilitator.printing.travel_statement import travel_statements_pdf, write_travel_statements

__all__ = [
    "attendance_certificate_pdf",
    "attendance_sheet_pdf",
    "badges_pdf",
    "indemnity_statement_pdf",
    "travel_statements_pdf",
    "write_attendance_certificate",
    "write_attendance_sheet",
    "write_badges",
    "write_indemnity_statement",
    "write_travel_statements",
]
