"""Printed documents: badges, the feuille d'émargement, the état liquidatif, the états de
frais de déplacement and the attestation de présence, one module each.

Callers (the services) compute every figure and pass plain models (``printing.model``);
each document only lays them out, with the furniture every page shares (``page``,
``blocks``), and writes the PDF atomically. Only QtCore is used (translations, locale):
the headless command line prints too. The package imports none of its modules: reportlab
is loaded only when something is printed, not when the window starts.
"""
