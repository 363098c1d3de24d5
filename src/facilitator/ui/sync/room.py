"""The room's part of the Synchronisation workspace: this laptop as the hub (« Ouvrir la salle »,
its address and code shown big, who is in step), or a desk (« Rejoindre la salle… », then a sync
with the hub about every second in a thread of its own).

Whatever comes in, on the hub from a desk's push or on a desk from the hub, is announced through
the application's one "what changed" path, so every open workspace refreshes itself (the
Accueil figures count the arrivals of every desk) without a special case.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QMessageBox, QVBoxLayout

from facilitator.app.clock import local_now
from facilitator.core.changes import Change
from facilitator.services.sync.link import Link, LinkKind, is_linked, pending_changes, read_link
from facilitator.services.sync.room import hub_name, open_room
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.sync.certificates import fingerprint, hub_certificate
from facilitator.sync.protocol import SyncRefused
from facilitator.sync.room import Round, keep_in_step, pair_with_hub, reachable_address
from facilitator.sync.server import ServiceThread, SyncService
from facilitator.text.formats import clock_time
from facilitator.text.messages import environment_text
from facilitator.text.sync import refusal_text
from facilitator.text.translate import TranslationContext
from facilitator.ui.common.actions import ActionSet
from facilitator.ui.common.forms import STRETCH, row_of
from facilitator.ui.common.operations import retrying
from facilitator.ui.common.tasks import run_task
from facilitator.ui.sync.dialogs import JoinRoomDialog

if TYPE_CHECKING:
    from facilitator.ui.sync.workspace import SyncWorkspace

HUB_HOST = "0.0.0.0"
"""Every network of the laptop: the room's router, a phone's hotspot."""
HUB_PORT = 8766
STATUS_EVERY_MS = 2000
SILENT_AFTER_SECONDS = 10
"""A desk quiet this long (it asks about every second) is said unreachable."""


class RoomSignals(QObject):
    """From the hub's and the loop's threads to the interface's."""

    applied = Signal(object)
    round = Signal(object)
    refused = Signal(object)


class DeskLoop(QThread):
    """``keep_in_step`` in a thread, until ``stop``."""

    def __init__(self, panel: RoomPanel, link: Link, token: str) -> None:
        super().__init__()
        self._panel = panel
        self._link = link
        self._token = token
        self._stop = threading.Event()

    def run(self) -> None:
        signals = self._panel.signals
        try:
            keep_in_step(
                self._panel.workspace.db,
                self._link,
                self._token,
                stopped=self._stop.is_set,
                told=signals.round.emit,
                sleep=self._stop.wait,
            )
        except SyncRefused as refused:  # the code changed, or the hub forgot this laptop
            signals.refused.emit(refused)

    def stop(self) -> None:
        self._stop.set()
        self.wait()


class RoomPanel(TranslationContext):
    def __init__(self, workspace: SyncWorkspace) -> None:
        self.workspace = workspace
        self.signals = RoomSignals()
        self.signals.applied.connect(self._announce, Qt.ConnectionType.QueuedConnection)
        self.signals.round.connect(self._told, Qt.ConnectionType.QueuedConnection)
        self.signals.refused.connect(self._refused, Qt.ConnectionType.QueuedConnection)
        self.hub: ServiceThread | None = None
        self.service: SyncService | None = None
        self.loop: DeskLoop | None = None
        self.code = QLabel()
        self.code.setObjectName("confirmation")
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel(self.tr("This laptop is alone: open the room, or join one."))
        self.state.setObjectName("room_state")
        self.state.setWordWrap(True)
        self._timer = QTimer()
        self._timer.setInterval(STATUS_EVERY_MS)
        self._timer.timeout.connect(self._show_hub)
        self._last_round = ""

    def box(self, actions: ActionSet) -> QGroupBox:
        box = QGroupBox(self.tr("Room (laptops on the same network, without internet)"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.code)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.state)
        layout.addLayout(
            row_of(
                actions.button("open_room"),
                actions.button("close_room"),
                actions.button("join_room"),
                actions.button("leave_room"),
                STRETCH,
            )
        )
        self.code.hide()
        self.fingerprint.hide()
        self._actions = actions
        self._enable()
        return box

    def _enable(self) -> None:
        alone = self.hub is None and self.loop is None
        self._actions.enable(alone, "open_room", "join_room")
        self._actions.enable(self.hub is not None, "close_room")
        self._actions.enable(self.loop is not None, "leave_room")

    # The hub --------------------------------------------------------------------------------

    def open(self) -> None:
        workspace = self.workspace

        def start() -> tuple[ServiceThread, SyncService, str, str]:
            room = open_room(workspace.db)
            cert, key = hub_certificate(workspace.runtime.paths.data_dir / "hub")
            service = SyncService(
                workspace.db, room.room_id, room=True, name=hub_name(workspace.db), applied=self.signals.applied.emit
            )
            hub = ServiceThread(service, HUB_HOST, HUB_PORT, cert=cert, key=key).start()
            return hub, service, room.code, fingerprint(cert.read_text(encoding="ascii"))

        opening = self.tr("Opening the room…")
        try:
            hub, service, code, print_ = retrying(
                workspace, lambda: run_task(workspace, opening, lambda _control: start(), cancellable=False)
            )
        except OSError as error:  # the port is taken, or the network refuses to listen
            said = self.tr("The room cannot open: {error}").format(error=error)
            QMessageBox.warning(workspace, self.tr("Open the room"), said)
            return
        self.hub, self.service = hub, service
        address = hub.address.replace("0.0.0.0", reachable_address())
        self.code.setText(self.tr("Room open at {address} · code {code}").format(address=address, code=code))
        self.fingerprint.setText(
            self.tr("Fingerprint of this hub: {print} (a desk that joins shows the same)").format(print=print_)
        )
        self.code.show()
        self.fingerprint.show()
        self._timer.start()
        self._show_hub()
        self._enable()
        workspace.said(self.tr("The room is open: give the desks the address and the code."))

    def close(self) -> None:
        if self.hub is None:
            return
        hub, self.hub, self.service = self.hub, None, None
        self._timer.stop()
        run_task(self.workspace, self.tr("Closing the room…"), lambda _c: hub.stop(), cancellable=False)
        self.code.hide()
        self.fingerprint.hide()
        self.state.setText(self.tr("The room is closed."))
        self._enable()

    def _show_hub(self) -> None:
        if self.service is None:
            return
        now = time.time()
        seen = sorted(self.service.last_seen.items())
        parts = [self.tr("Room: %n laptop(s)", "", len(seen) + 1)]
        for name, at in seen:
            if now - at < SILENT_AFTER_SECONDS:
                parts.append(self.tr("{name} in step {seconds} s ago").format(name=name, seconds=int(now - at)))
            else:
                since = clock_time(local_now().replace(microsecond=0) - dt.timedelta(seconds=int(now - at)))
                parts.append(self.tr("{name} unreachable since {time}").format(name=name, time=since))
        self.state.setText(" · ".join(parts))

    # A desk ---------------------------------------------------------------------------------

    def join(self) -> None:
        workspace = self.workspace
        dialog = JoinRoomDialog(workspace, socket.gethostname())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        hub, code, name = dialog.address.text(), dialog.code.text().strip(), dialog.name.text().strip()
        try:
            link, token = retrying(
                workspace,
                lambda: run_task(
                    workspace,
                    self.tr("Joining the room…"),
                    lambda _c: pair_with_hub(workspace.db, hub, code, name),
                    cancellable=False,
                ),
            )
        except SyncRefused as refused:
            said = refusal_text(refused.refusal, refused.detail, SCHEMA_REVISION)
            QMessageBox.warning(workspace, self.tr("Join the room"), said)
            return
        self.loop = DeskLoop(self, link, token)
        self.loop.start()
        joined = self.tr('Joined the room as "{name}". Hub fingerprint: {print} (the one on its screen?)')
        self.state.setText(joined.format(name=link.device_name, print=fingerprint(link.pinned_cert or "")))
        self._enable()

    def leave(self) -> None:
        if self.loop is None:
            return
        loop, self.loop = self.loop, None
        loop.stop()
        self.state.setText(self.tr("This laptop left the room: it works alone."))
        self._enable()

    def _told(self, round_: Round) -> None:
        workspace = self.workspace
        if round_.report is not None:
            self._announce(round_.report.changes)
            self._last_round = clock_time(local_now())
            self.state.setText(self.tr("Room: in step at {time}.").format(time=self._last_round))
            return
        assert round_.problem is not None
        linked = is_linked(workspace.db, LinkKind.ROOM)
        waiting = pending_changes(workspace.db, read_link(workspace.db, LinkKind.ROOM)) if linked else 0
        said = self.tr(
            "Hub unreachable (last in step at {time}), %n change(s) waiting: this laptop goes on alone.", "", waiting
        )
        self.state.setText(said.format(time=self._last_round or "—"))
        workspace.status.emit(environment_text(round_.problem))

    def _refused(self, refused: SyncRefused) -> None:
        if self.loop is not None:
            self.loop.wait()  # its run() ends with the refusal it just told
        self.loop = None
        self._enable()
        self.state.setText(refusal_text(refused.refusal, refused.detail, SCHEMA_REVISION))

    def _announce(self, changes: Change) -> None:
        self.workspace.operations.announce(changes)

    def shutdown(self) -> None:
        """The window closes: the hub stops listening, the desk's loop ends."""
        self._timer.stop()
        if self.loop is not None:
            self.loop.stop()
            self.loop = None
        if self.hub is not None:
            self.hub.stop()
            self.hub = None
