"""Indemnities (Indemnités): what each person is paid, their claims, the statements, the finance
export."""
