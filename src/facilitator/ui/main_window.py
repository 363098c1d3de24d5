"""The main window: a sidebar of the workspaces, built when first shown (``ui.pages``), and the
open database."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from facilitator import __version__
from facilitator.app.runtime import Runtime
from facilitator.services.assemblies.assemblies import AssemblySummary, list_assemblies
from facilitator.store.database import Database
from facilitator.ui.assemblies.workspace import AssembliesWorkspace
from facilitator.ui.common.problems import attempt
from facilitator.ui.pages import Page, Pages
from facilitator.ui.roster.workspace import RosterWorkspace
from facilitator.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from facilitator.ui.attendance.workspace import AttendanceWorkspace
    from facilitator.ui.engagement.workspace import EngagementWorkspace
    from facilitator.ui.indemnity.workspace import IndemnityWorkspace
    from facilitator.ui.rotation.workspace import RotationWorkspace
    from facilitator.ui.speaking.workspace import SpeakingWorkspace
    from facilitator.ui.voting.workspace import VotingWorkspace

STATUS_MS = 6000


def _reload(widget: QWidget) -> None:
    widget.reload()  # type: ignore[attr-defined]


def _fill_scopes(widget: QWidget) -> None:
    widget.fill_scopes()  # type: ignore[attr-defined]


class MainWindow(QMainWindow):
    def __init__(self, runtime: Runtime, db: Database, db_path: Path) -> None:
        super().__init__()
        self.runtime = runtime
        self.db = db
        self.db_path = db_path
        self.assembly_name = ""
        self.assembly_id: uuid.UUID | None = None
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setIconSize(QSize(20, 20))
        self.pages = Pages(self.stack, self.sidebar, self._page_built, self)
        for page, eager in self._page_list():
            self.pages.add(page, eager=eager)
            action = QAction(page.title, self)
            action.setShortcut(QKeySequence(page.shortcut))
            action.triggered.connect(lambda _checked=False, key=page.key: self.show_page(self.pages.widget(key)))
            self.addAction(action)
        self.sidebar.currentRowChanged.connect(self._row_chosen)
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
        self._show_database()

    def _page_list(self) -> list[tuple[Page, bool]]:
        """The workspaces in sidebar order; the two the window opens on are built at once."""

        def accueil() -> QWidget:
            from facilitator.ui.attendance.workspace import AttendanceWorkspace

            return AttendanceWorkspace(self.runtime, self.db)

        def indemnities() -> QWidget:
            from facilitator.ui.indemnity.workspace import IndemnityWorkspace

            return IndemnityWorkspace(self.runtime, self.db)

        def speaking() -> QWidget:
            from facilitator.ui.speaking.workspace import SpeakingWorkspace

            return SpeakingWorkspace(self.runtime, self.db)

        def groups() -> QWidget:
            from facilitator.ui.rotation.workspace import RotationWorkspace

            return RotationWorkspace(self.runtime, self.db)

        def votes() -> QWidget:
            from facilitator.ui.voting.workspace import VotingWorkspace

            return VotingWorkspace(self.runtime, self.db)

        def engagement() -> QWidget:
            from facilitator.ui.engagement.workspace import EngagementWorkspace

            return EngagementWorkspace(self.db)

        return [
            (Page("assemblies", self.tr("Assemblies"), "Ctrl+1", lambda: AssembliesWorkspace(self.db), _reload), True),
            (
                Page(
                    "roster",
                    self.tr("Participants"),
                    "Ctrl+2",
                    lambda: RosterWorkspace(self.runtime, self.db),
                    _reload,
                ),
                True,
            ),
            (Page("attendance", self.tr("Sign-in desk"), "Ctrl+3", accueil, _reload), False),
            (Page("speaking", self.tr("Speaking time"), "Ctrl+4", speaking, _reload), False),
            (Page("rotation", self.tr("Small groups"), "Ctrl+5", groups, _reload), False),
            (Page("voting", self.tr("Votes"), "Ctrl+6", votes, _reload), False),
            (Page("indemnity", self.tr("Indemnities"), "Ctrl+7", indemnities, _fill_scopes), False),
            (Page("engagement", self.tr("Follow-up"), "Ctrl+8", engagement, _reload), False),
        ]

    def _page_built(self, page: Page) -> None:
        widget: Any = page.widget
        widget.status.connect(lambda message: self.statusBar().showMessage(message, STATUS_MS))
        widget.changed.connect(lambda: self._changed_by(page))
        if self.assembly_id is not None and page.key != "assemblies":
            widget.open_assembly(self.assembly_id)

    def _changed_by(self, source: Page) -> None:
        """What one workspace changed (a person, an arrival, the rules) shows in the others."""
        for page, widget in self.pages.built():
            if page is not source:
                page.refresh(widget)

    @property
    def assemblies(self) -> AssembliesWorkspace:
        return self.pages.widget("assemblies")  # type: ignore[return-value]

    @property
    def roster(self) -> RosterWorkspace:
        return self.pages.widget("roster")  # type: ignore[return-value]

    @property
    def attendance(self) -> AttendanceWorkspace:
        return self.pages.widget("attendance")  # type: ignore[return-value]

    @property
    def indemnity(self) -> IndemnityWorkspace:
        return self.pages.widget("indemnity")  # type: ignore[return-value]

    @property
    def speaking(self) -> SpeakingWorkspace:
        return self.pages.widget("speaking")  # type: ignore[return-value]

    @property
    def rotation(self) -> RotationWorkspace:
        return self.pages.widget("rotation")  # type: ignore[return-value]

    @property
    def voting(self) -> VotingWorkspace:
        return self.pages.widget("voting")  # type: ignore[return-value]

    @property
    def engagement(self) -> EngagementWorkspace:
        return self.pages.widget("engagement")  # type: ignore[return-value]

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

    def _row_chosen(self, row: int) -> None:
        self.pages.show(row)
        self._update_title()

    def show_page(self, page: QWidget) -> None:
        self.sidebar.setCurrentRow(next(i for i, p in enumerate(self.pages.pages) if p.widget is page))

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
        self.assembly_id = assembly.id
        for page, widget in self.pages.built():
            if page.key != "assemblies":
                widget.open_assembly(assembly.id)  # type: ignore[attr-defined]
        self.assemblies.reload(assembly.id)
        self.show_page(self.roster)
        self._update_title()
        self.roster.search.setFocus()

    def _update_title(self) -> None:
        parts = [self.assembly_name] if self.assembly_name else []
        self.setWindowTitle(" — ".join([*parts, "facilitator"]))

    def _show_database(self) -> None:
        self.database_label.setText(self.tr("Database: {path}").format(path=self.db_path))

    # Actions -----------------------------------------------------------------------------

    def import_roster(self) -> None:
        if self.roster.assembly_id is None:
            QMessageBox.information(
                self, self.tr("Import a roster"), self.tr("Open an assembly first: the roster is imported into it.")
            )
            self.show_page(self.assemblies)
            return
        self.show_page(self.roster)
        self.roster.import_roster()

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
        for page, widget in self.pages.built():
            if page.key != "assemblies":
                widget.set_database(db)  # type: ignore[attr-defined]
        self.assembly_name = ""
        self.assembly_id = None
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
        for page, widget in self.pages.built():
            if page.key == "attendance":
                widget.webcam.shutdown()  # type: ignore[attr-defined]
            elif page.key in ("speaking", "rotation", "voting"):
                widget.shutdown()  # type: ignore[attr-defined]  # the projector window closes with it
        self.db.dispose()
        super().closeEvent(event)
