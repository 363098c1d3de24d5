"""The central store's part of the Synchronisation workspace: where this laptop is linked, what
waits to leave, the last sync, and the actions that link, sync and choose assemblies.

Network work runs off the UI thread (``Operations.background``); a server that does not answer
gets the environment's message and « Réessayer »; a refusal (revoked, another version, an
invalid code) says what to do, and nothing is lost either way.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QMessageBox, QVBoxLayout

from facilitator.core.changes import Change, Changed
from facilitator.core.sync.refusals import Refusal
from facilitator.services.sync.apply import ApplyCancelled
from facilitator.services.sync.exchange import held_assemblies
from facilitator.services.sync.link import LinkState, link_state, read_link
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.sync.client import SyncCancelled, SyncClient
from facilitator.sync.protocol import SyncRefused
from facilitator.sync.run import SyncReport, enrol, run_sync
from facilitator.sync.tokens import KeyringRefused, TokenMissing, load_token
from facilitator.text.sync import keyring_text, refusal_text
from facilitator.text.translate import TranslationContext
from facilitator.ui.common.actions import ActionSet
from facilitator.ui.common.forms import STRETCH, row_of
from facilitator.ui.common.operations import read, retrying
from facilitator.ui.common.tasks import TaskCancelled, TaskControl, run_task
from facilitator.ui.sync.dialogs import AssembliesDialog, LinkDialog

if TYPE_CHECKING:
    from facilitator.ui.sync.workspace import SyncWorkspace

T = TypeVar("T")


class CentralPanel(TranslationContext):
    """The central store's part of the workspace (its widgets are the workspace's children)."""

    def __init__(self, workspace: SyncWorkspace) -> None:
        self.workspace = workspace
        self.where = QLabel()
        self.where.setObjectName("server")
        self.where.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("link_state")
        self.state.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("errors")
        self.clock.setWordWrap(True)
        self.clock.hide()

    def box(self, actions: ActionSet) -> QGroupBox:
        box = QGroupBox(self.tr("Central store"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.where)
        layout.addWidget(self.state)
        layout.addWidget(self.clock)
        layout.addLayout(row_of(actions.button("sync"), actions.button("assemblies"), actions.button("link"), STRETCH))
        return box

    def show_state(self, state: LinkState) -> None:
        link = state.link
        if link is None:
            self.where.setText(self.tr('Not linked to a central store yet: "Link to the central store…".'))
            self.state.setText(self.tr("%n change(s) will leave at the first sync.", "", state.pending))
            return
        self.where.setText(self.tr("<b>Server</b>: {server}").format(server=link.server))
        if state.pending:
            waiting = self.tr("%n change(s) waiting to leave.", "", state.pending)
        else:
            waiting = self.tr("Nothing waits to leave.")
        if link.last_sync is None:
            self.state.setText(waiting + " " + self.tr("Never synchronised."))
            return
        in_step = link.last_outcome.get("in_step")
        agreed = self.tr("everything is up to date") if in_step else self.tr("not yet in step")
        when = link.last_sync.strftime("%d/%m/%Y %H:%M")
        last = self.tr("Last sync: {when}, {state}.").format(when=when, state=agreed)
        self.state.setText(waiting + " " + last)

    # Actions -----------------------------------------------------------------------------

    def link(self) -> None:
        workspace = self.workspace
        linked = read(workspace, lambda: link_state(workspace.db)).link
        dialog = LinkDialog(workspace, linked.server if linked else "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        server, code = dialog.address.text(), dialog.code.text()
        linked_now = self._guarded(
            lambda: retrying(
                workspace,
                lambda: run_task(
                    workspace,
                    self.tr("Linking to the central store…"),
                    lambda _control: enrol(workspace.db, server, code)[0],
                    cancellable=False,
                ),
            )
        )
        if linked_now is None:
            return
        workspace.said(
            self.tr('Linked to {server} as "{device}". Choose the assemblies this computer receives.').format(
                server=linked_now.server, device=linked_now.device_name
            )
        )
        workspace.reload()
        self.choose_assemblies()

    def choose_assemblies(self) -> None:
        workspace = self.workspace
        hello = self._with_client(
            self.tr("Asking the central store…"),
            lambda client, _control: Changed(client.hello(), Change.NONE),
            cancellable=False,
        )
        if hello is None:
            return
        held = set(read(workspace, lambda: _held(workspace)))
        if not hello.assemblies:
            workspace.said(self.tr("The central store holds no assembly yet: this computer's will be sent."))
            return
        dialog = AssembliesDialog(hello.assemblies, held, workspace)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.synchronise(dialog.chosen())

    def synchronise(self, wanted: list[str] | None = None) -> None:
        workspace = self.workspace

        def work(client: SyncClient, control: TaskControl) -> Changed[SyncReport]:
            return run_sync(
                workspace.db,
                client,
                wanted=wanted or [],
                progress=lambda _stage, done: control.report(done, 0),
                cancelled=control.cancelled,
            )

        report = self._with_client(self.tr("Synchronising…"), work)
        if report is None:
            return
        workspace.reload()
        sent = self.tr("Sent: %n change(s). ", "", report.pushed) if report.pushed else self.tr("Nothing to send. ")
        if report.in_step:
            state = self.tr("Everything is up to date.")
        else:
            state = self.tr("Not yet in step: synchronise again.")
        received = self.tr("Received: ")
        workspace.show_report(
            report.pulled, before=sent + received, after=" " + state, refused_there=report.refused_by_server
        )
        self.clock.setVisible(report.clock_off)
        self.clock.setText(
            self.tr(
                "This computer's clock is {minutes} minutes off the server's: set it right "
                "(the order of changes is kept all the same)."
            ).format(minutes=round(report.skew.total_seconds() / 60))
        )

    def _with_client(
        self,
        label: str,
        work: Callable[[SyncClient, TaskControl], Changed[T]],
        *,
        cancellable: bool = True,
    ) -> T | None:
        """Run ``work`` with a client of the linked service in the background; None once what
        went wrong was told."""
        workspace = self.workspace

        def run() -> T:
            link = read_link(workspace.db)
            token = load_token(link.store, workspace.db.device_id)

            def background(control: TaskControl) -> Changed[T]:
                with SyncClient(link.server, token, cancelled=control.cancelled) as client:
                    return work(client, control)

            return workspace.operations.background(workspace, label, background, cancellable=cancellable)

        return self._guarded(run)

    def _guarded(self, action: Callable[[], T]) -> T | None:
        """``action``, or None after telling why the service, the keyring or the person stopped
        it (a server that does not answer is offered again where the work runs)."""
        workspace = self.workspace
        title = self.tr("Synchronisation")
        try:
            return action()
        except SyncRefused as refused:
            QMessageBox.warning(workspace, title, refusal_text(refused.refusal, refused.detail, SCHEMA_REVISION))
        except KeyringRefused as refused:
            QMessageBox.warning(workspace, title, keyring_text(refused.problem, refused.detail))
        except TokenMissing:
            QMessageBox.warning(workspace, title, refusal_text(Refusal.NO_TOKEN, "", SCHEMA_REVISION))
        except (TaskCancelled, ApplyCancelled, SyncCancelled):
            workspace.said(self.tr("Synchronisation stopped: what was already exchanged is kept."))
        return None


def _held(workspace: SyncWorkspace) -> list[uuid.UUID]:
    with workspace.db.read() as session:
        return held_assemblies(session)
