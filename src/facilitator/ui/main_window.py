"""The main window: a sidebar of the workspaces, built when first shown (``ui.pages``), the open
database, and the one path by which every change reaches every workspace (``Operations``)."""

from __future__ import annotations

import functools
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
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
from facilitator.core.changes import Change
from facilitator.services.assemblies.assemblies import AssemblySummary, list_assemblies
from facilitator.store.database import Database
from facilitator.ui.assemblies.workspace import AssembliesWorkspace
from facilitator.ui.common.actions import Action, ActionSet
from facilitator.ui.common.operations import Operations, read, retrying
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.pages import Page, Pages
from facilitator.ui.roster.workspace import RosterWorkspace
from facilitator.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from facilitator.ui.attendance.workspace import AttendanceWorkspace
    from facilitator.ui.engagement.workspace import EngagementWorkspace
    from facilitator.ui.indemnity.workspace import IndemnityWorkspace
    from facilitator.ui.rotation.workspace import RotationWorkspace
    from facilitator.ui.speaking.workspace import SpeakingWorkspace
    from facilitator.ui.sync.workspace import SyncWorkspace
    from facilitator.ui.voting.workspace import VotingWorkspace

STATUS_MS = 6000


class MainWindow(QMainWindow):
    def __init__(self, runtime: Runtime, db: Database, db_path: Path) -> None:
        super().__init__()
        self.runtime = runtime
        self.db = db
        self.db_path = db_path
        self.assembly_name = ""
        self.assembly_id: uuid.UUID | None = None
        self.operations = Operations(self)
        self.operations.changed.connect(self.apply_changes)
        application = QApplication.instance()
        assert application is not None
        application.installEventFilter(self)
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setIconSize(QSize(20, 20))
        self.pages = Pages(self.stack, self.sidebar, self._page_built, self)
        pages = self._page_list()
        self.action_set = ActionSet(self, [*self._window_actions(), *self._page_actions(pages)])
        for page, eager in pages:
            self.pages.add(page, self.action_set.label(f"show_{page.key}"), eager=eager)
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
        self.assemblies.open_requested.connect(self.action_set.slot(self.open_assembly))
        self._show_database()

    def _page_list(self) -> list[tuple[Page, bool]]:
        """The workspaces in sidebar order; the two the window opens on are built at once."""

        def attendance() -> Workspace:
            from facilitator.ui.attendance.workspace import AttendanceWorkspace

            return AttendanceWorkspace(self.runtime, self.db, self.operations)

        def speaking() -> Workspace:
            from facilitator.ui.speaking.workspace import SpeakingWorkspace

            return SpeakingWorkspace(self.runtime, self.db, self.operations)

        def rotation() -> Workspace:
            from facilitator.ui.rotation.workspace import RotationWorkspace

            return RotationWorkspace(self.runtime, self.db, self.operations)

        def voting() -> Workspace:
            from facilitator.ui.voting.workspace import VotingWorkspace

            return VotingWorkspace(self.runtime, self.db, self.operations)

        def indemnity() -> Workspace:
            from facilitator.ui.indemnity.workspace import IndemnityWorkspace

            return IndemnityWorkspace(self.runtime, self.db, self.operations)

        def engagement() -> Workspace:
            from facilitator.ui.engagement.workspace import EngagementWorkspace

            return EngagementWorkspace(self.runtime, self.db, self.operations)

        def sync() -> Workspace:
            from facilitator.ui.sync.workspace import SyncWorkspace

            return SyncWorkspace(self.runtime, self.db, self.operations)

        return [
            (Page("assemblies", self.tr("Assemblies"), "Ctrl+1", self._assemblies), True),
            (Page("roster", self.tr("Participants"), "Ctrl+2", self._roster), True),
            (Page("attendance", self.tr("Sign-in desk"), "Ctrl+3", attendance), False),
            (Page("speaking", self.tr("Speaking time"), "Ctrl+4", speaking), False),
            (Page("rotation", self.tr("Small groups"), "Ctrl+5", rotation), False),
            (Page("voting", self.tr("Votes"), "Ctrl+6", voting), False),
            (Page("indemnity", self.tr("Indemnities"), "Ctrl+7", indemnity), False),
            (Page("engagement", self.tr("Follow-up"), "Ctrl+8", engagement), False),
            (Page("sync", self.tr("Synchronisation"), "Ctrl+9", sync), False),
        ]

    def _assemblies(self) -> Workspace:
        return AssembliesWorkspace(self.runtime, self.db, self.operations)

    def _roster(self) -> Workspace:
        return RosterWorkspace(self.runtime, self.db, self.operations)

    def _window_actions(self) -> list[Action]:
        return [
            Action(
                "open_database", self.tr("&Open a database…"), self.choose_database, (QKeySequence.StandardKey.Open,)
            ),
            Action("import_roster", self.tr("&Import a roster…"), self.import_roster, ("Ctrl+I",)),
            Action("settings", self.tr("&Settings…"), self.edit_settings, (QKeySequence.StandardKey.Preferences,)),
            Action("quit", self.tr("&Quit"), self.close, (QKeySequence.StandardKey.Quit,)),
            Action("about", self.tr("&About facilitator"), self.about),
        ]

    def _page_actions(self, pages: list[tuple[Page, bool]]) -> list[Action]:
        return [
            Action(
                f"show_{page.key}",
                page.title,
                functools.partial(self._show_key, page.key),
                (page.shortcut,),
            )
            for page, _eager in pages
        ]

    def _page_built(self, page: Page) -> None:
        widget = page.widget
        assert isinstance(widget, Workspace)
        widget.status.connect(lambda message: self.statusBar().showMessage(message, STATUS_MS))
        if self.assembly_id is not None and page.key != "assemblies":
            widget.open_assembly(self.assembly_id)

    def apply_changes(self, changes: Change) -> None:
        """What changed, wherever it was changed, shows in every workspace that shows it."""
        for _page, widget in self.pages.built():
            widget.apply_changes(changes)

    @property
    def assemblies(self) -> AssembliesWorkspace:
        return self._workspace("assemblies")

    @property
    def roster(self) -> RosterWorkspace:
        return self._workspace("roster")

    @property
    def attendance(self) -> AttendanceWorkspace:
        return self._workspace("attendance")

    @property
    def speaking(self) -> SpeakingWorkspace:
        return self._workspace("speaking")

    @property
    def rotation(self) -> RotationWorkspace:
        return self._workspace("rotation")

    @property
    def voting(self) -> VotingWorkspace:
        return self._workspace("voting")

    @property
    def indemnity(self) -> IndemnityWorkspace:
        return self._workspace("indemnity")

    @property
    def engagement(self) -> EngagementWorkspace:
        return self._workspace("engagement")

    @property
    def sync(self) -> SyncWorkspace:
        return self._workspace("sync")

    def _workspace(self, key: str) -> Any:
        return self.pages.widget(key)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.action_set["open_database"])
        file_menu.addAction(self.action_set["import_roster"])
        file_menu.addSeparator()
        file_menu.addAction(self.action_set["settings"])
        file_menu.addSeparator()
        file_menu.addAction(self.action_set["quit"])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_set["about"])

    # Navigation --------------------------------------------------------------------------

    def _row_chosen(self, row: int) -> None:
        self.pages.show(row)
        self._update_title()
        self.current_workspace().focus_main()

    def show_page(self, page: QWidget) -> None:
        self.sidebar.setCurrentRow(next(i for i, p in enumerate(self.pages.pages) if p.widget is page))
        self.current_workspace().focus_main()

    def current_workspace(self) -> Workspace:
        return self.pages.widget(self.pages.pages[self.sidebar.currentRow()].key)

    def event(self, event: QEvent) -> bool:
        """The window active again (a dialog closed, the agent came back from another program):
        the keyboard goes back to the workspace's main field unless it is already at work in
        the workspace (a button is not at work: Enter there would press it)."""
        if event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self._keyboard_home)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A dialog of this window closed: the window takes the keyboard back itself, for a
        window manager does not always give it back (none does on a bare X server, some leave
        the keys on the desktop); the workspace's shortcuts work again at once."""
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog) and self._owns(watched):
            QTimer.singleShot(0, self._back_from_dialog)
        return False

    def _owns(self, dialog: QDialog) -> bool:
        parent = dialog.parentWidget()
        while parent is not None and parent is not self:
            parent = parent.parentWidget()
        return parent is self

    def _back_from_dialog(self) -> None:
        if QApplication.activeModalWidget() is None and self.isVisible():
            self.activateWindow()
            self._keyboard_home()

    def _keyboard_home(self) -> None:
        if self.sidebar.currentRow() < 0 or QApplication.activeModalWidget() is not None:
            return
        workspace = self.current_workspace()
        focused = QApplication.focusWidget()
        if focused is None or isinstance(focused, QAbstractButton) or not workspace.isAncestorOf(focused):
            workspace.focus_main()

    def _show_key(self, key: str) -> None:
        self.show_page(self.pages.widget(key))

    def start(self) -> None:
        """Fill the pages; with a single assembly, go straight to its participants."""
        self.assemblies.reload()
        assemblies = self.assemblies.listed()
        if len(assemblies) == 1:
            self._open(assemblies[0])
        else:
            self.show_page(self.assemblies)

    def open_assembly(self, assembly_id: uuid.UUID) -> None:
        for assembly in read(self, lambda: list_assemblies(self.db)):
            if assembly.id == assembly_id:
                self._open(assembly)

    def _open(self, assembly: AssemblySummary) -> None:
        self.assembly_name = assembly.name
        self.assembly_id = assembly.id
        for page, widget in self.pages.built():
            if page.key != "assemblies":
                widget.open_assembly(assembly.id)
        self.assemblies.select(assembly.id)
        self.show_page(self.roster)
        self._update_title()

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
        db = read(self, lambda: self.runtime.open_database(path, create=False))
        self.db.dispose()
        self.db, self.db_path = db, path
        self.assembly_name = ""
        self.assembly_id = None
        for _page, widget in self.pages.built():
            widget.set_database(db)
        self._update_title()
        self._show_database()
        retrying(self, lambda: self.runtime.update_settings(last_database=str(path)))
        self.start()

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.runtime.settings(), self)
        if dialog.exec():
            retrying(self, lambda: self.runtime.update_settings(language=dialog.chosen_language()))
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
        for _page, widget in self.pages.built():
            widget.shutdown()
        self.db.dispose()
        super().closeEvent(event)
