"""The main window: a sidebar of the workspaces that exist, and the open database."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from facilitator import __version__
from facilitator.runtime import Runtime
from facilitator.services.assemblies import AssemblySummary, list_assemblies
from facilitator.store.database import Database
from facilitator.ui.accueil.workspace import AccueilWorkspace
from facilitator.ui.assemblies.page import AssembliesPage
from facilitator.ui.common.problems import attempt
from facilitator.ui.engagement.workspace import EngagementWorkspace
from facilitator.ui.indemnities.workspace import IndemnitiesWorkspace
from facilitator.ui.participants.workspace import ParticipantsWorkspace
from facilitator.ui.settings_dialog import SettingsDialog

STATUS_MS = 6000


class MainWindow(QMainWindow):
    def __init__(self, runtime: Runtime, db: Database, db_path: Path) -> None:
        super().__init__()
        self.runtime = runtime
        self.db = db
        self.db_path = db_path
        self.assembly_name = ""
        self.resize(1280, 800)
        self.assemblies = AssembliesPage(db)
        self.participants = ParticipantsWorkspace(runtime, db)
        self.accueil = AccueilWorkspace(runtime, db)
        self.indemnities = IndemnitiesWorkspace(runtime, db)
        self.engagement = EngagementWorkspace(db)
        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setIconSize(QSize(20, 20))
        self._pages: list[QWidget] = []
        self._add_page(self.assemblies, self.tr("Assemblies"), "Ctrl+1")
        self._add_page(self.participants, self.tr("Participants"), "Ctrl+2")
        self._add_page(self.accueil, self.tr("Sign-in desk"), "Ctrl+3")
        self._add_page(self.indemnities, self.tr("Indemnities"), "Ctrl+4")
        self._add_page(self.engagement, self.tr("Follow-up"), "Ctrl+5")
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.currentRowChanged.connect(lambda _row: self._update_title())
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self._menus()
        self.assemblies.open_requested.connect(self.open_assembly)
        for page in (self.assemblies, self.participants, self.accueil, self.indemnities, self.engagement):
            page.status.connect(lambda message: self.statusBar().showMessage(message, STATUS_MS))
        self.participants.changed.connect(self.assemblies.reload)
        self.participants.changed.connect(self.accueil.reload)
        self.participants.changed.connect(self.indemnities.reload)
        self.assemblies.changed.connect(self.participants.reload)
        self.accueil.changed.connect(self.assemblies.reload)
        self.accueil.changed.connect(self.participants.reload)
        self.accueil.changed.connect(self.indemnities.fill_scopes)
        self.indemnities.changed.connect(self.accueil.reload)
        self.sidebar.currentRowChanged.connect(self._refresh_page)
        self._show_database()

    def _add_page(self, page: QWidget, title: str, shortcut: str) -> None:
        self.stack.addWidget(page)
        item = QListWidgetItem(title)
        item.setToolTip(f"{title} ({shortcut})")
        self.sidebar.addItem(item)
        self._pages.append(page)
        action = QAction(title, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.show_page(page))
        self.addAction(action)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open a database…"), QKeySequence.StandardKey.Open, self.choose_database)
        self._action(file_menu, self.tr("&Import a roster…"), QKeySequence("Ctrl+I"), self.import_roster)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.edit_settings)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About facilitator"), None, self.about)

    def _action(
        self, menu: object, title: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: object
    ) -> QAction:
        action = QAction(title, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # Navigation --------------------------------------------------------------------------

    def _refresh_page(self, row: int) -> None:
        """Statements are recomputed when their page is shown: arrivals may have been signed
        in on the desk since."""
        if self._pages[row] is self.indemnities:
            self.indemnities.reload()

    def show_page(self, page: QWidget) -> None:
        self.sidebar.setCurrentRow(self._pages.index(page))

    def start(self) -> None:
        """Fill the pages; with a single assembly, go straight to its participants."""
        assemblies = attempt(self, lambda: list_assemblies(self.db)) or []
        if len(assemblies) == 1:
            self._open(assemblies[0])
        else:
            self.assemblies.reload()
            self.show_page(self.assemblies)

    def open_assembly(self, assembly_id: uuid.UUID) -> None:
        assemblies = attempt(self, lambda: list_assemblies(self.db)) or []
        for assembly in assemblies:
            if assembly.id == assembly_id:
                self._open(assembly)

    def _open(self, assembly: AssemblySummary) -> None:
        self.assembly_name = assembly.name
        self.participants.open_assembly(assembly.id)
        self.accueil.open_assembly(assembly.id)
        self.indemnities.open_assembly(assembly.id)
        self.engagement.open_assembly(assembly.id)
        self.assemblies.reload(assembly.id)
        self.show_page(self.participants)
        self._update_title()
        self.participants.search.setFocus()

    def _update_title(self) -> None:
        parts = [self.assembly_name] if self.assembly_name else []
        self.setWindowTitle(" — ".join([*parts, "facilitator"]))

    def _show_database(self) -> None:
        self.database_label.setText(self.tr("Database: {path}").format(path=self.db_path))

    # Actions -----------------------------------------------------------------------------

    def import_roster(self) -> None:
        if self.participants.assembly_id is None:
            QMessageBox.information(
                self, self.tr("Import a roster"), self.tr("Open an assembly first: the roster is imported into it.")
            )
            self.show_page(self.assemblies)
            return
        self.show_page(self.participants)
        self.participants.import_roster()

    def choose_database(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(self.db_path.parent), self.tr("facilitator databases (*.sqlite)")
        )
        if not chosen:
            return
        path = Path(chosen)
        db = attempt(self, lambda: self.runtime.open_database(path, create=False))
        if db is None:
            return
        self.db.dispose()
        attempt(self, lambda: self.runtime.update_settings(last_database=str(path)))
        self.db, self.db_path = db, path
        self.assemblies.db = db
        self.participants.set_database(db)
        self.accueil.set_database(db)
        self.indemnities.set_database(db)
        self.engagement.set_database(db)
        self.assembly_name = ""
        self._update_title()
        self._show_database()
        self.start()

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.runtime.settings(), self)
        if dialog.exec() and attempt(self, lambda: self.runtime.update_settings(language=dialog.chosen_language())):
            self.statusBar().showMessage(self.tr("Settings saved."), STATUS_MS)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About facilitator"),
            self.tr(
                "<h3>facilitator {version}</h3><p>Runs a citizens' assembly's plenary day on one laptop, "
                "offline.</p><p>Licence: EUPL-1.2.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.accueil.webcam.shutdown()
        self.db.dispose()
        super().closeEvent(event)
