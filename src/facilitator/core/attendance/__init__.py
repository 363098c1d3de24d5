"""Attendance, pure: presence replayed from arrival and departure events, half-days and
lateness (``presence``), the desk's search (``desk``), what a badge's QR code says (``badges``)."""
