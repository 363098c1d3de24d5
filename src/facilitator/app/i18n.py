"""Loading the interface language: facilitator's own catalogue and Qt's.

Source strings are English; French is the default language. Needs only QtCore, so the
command line, which never loads widgets, prints the same French messages as the window.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator.app.settings import LANGUAGES

log = logging.getLogger("facilitator.app.i18n")

_LOCALES = {
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the catalogues of ``language`` on ``app`` and make it the default locale."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    QLocale.setDefault(_LOCALES[language])
    installed = []
    own = QTranslator(app)
    catalogue = resources.files("facilitator.resources") / "translations" / f"facilitator_{language}.qm"
    with resources.as_file(catalogue) as path:
        if own.load(str(path)):
            installed.append(own)
        else:
            log.error("translation catalogue %s missing: the interface stays in English", path)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    elif language != "en":
        log.warning("Qt's own %s catalogue is missing; standard buttons stay in English", language)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def headless_application(language: str) -> QCoreApplication:
    """A QCoreApplication with the catalogues installed, for the command line."""
    app = QCoreApplication.instance() or QCoreApplication([])
    install(app, language)
    return app
