"""The dialogs of synchronisation: linking this laptop with the code the town hall gave,
choosing which of the server's assemblies it holds, joining the room's hub with its code."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.sync.refusals import Refusal
from facilitator.services.sync.devices import CODE_LENGTH, normalised_code
from facilitator.services.sync.room import CODE_DIGITS
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.sync.client import RemoteAssembly
from facilitator.sync.protocol import SyncRefused, checked_server_address
from facilitator.text.sync import refusal_text
from facilitator.ui.common.forms import ok_cancel


class _CodeDialog(QDialog):
    """A service's address and a code, both checked before the dialog closes; the subclasses
    give the words (translated in their own context) and the code's rule."""

    def __init__(self, parent: QWidget | None, texts: tuple[str, str, str, str], hints: tuple[str, str]) -> None:
        super().__init__(parent)
        title, explanation, address_label, code_label = texts
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        said = QLabel(explanation)
        said.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setPlaceholderText(hints[0])
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(hints[1])
        self.error = QLabel()
        self.error.setObjectName("errors")
        self.error.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(address_label, self.address)
        self.form.addRow(code_label, self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))

    def code_refused(self, code: str) -> Refusal | None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            checked_server_address(self.address.text())
        except SyncRefused as refused:
            self.error.setText(refusal_text(refused.refusal, refused.detail, SCHEMA_REVISION))
            self.address.setFocus()
            return
        refusal = self.code_refused(self.code.text())
        if refusal is not None:
            self.error.setText(refusal_text(refusal, "", SCHEMA_REVISION))
            self.code.setFocus()
            return
        super().accept()


class LinkDialog(_CodeDialog):
    """« Relier à la base centrale »: the service's address and the one-time code."""

    def __init__(self, parent: QWidget | None = None, server: str = "") -> None:
        texts = (
            self.tr("Link to the central store"),
            self.tr(
                "The town hall's IT agent registered this computer and gave you an enrolment code "
                "(on paper or as a QR code). It serves once."
            ),
            self.tr("Server address"),
            self.tr("Enrolment code"),
        )
        super().__init__(parent, texts, ("https://sync.mairie.example", "ABCD-EFGH-JKLM"))
        self.address.setText(server)

    def code_refused(self, code: str) -> Refusal | None:
        return None if len(normalised_code(code)) == CODE_LENGTH else Refusal.CODE_INVALID


class AssembliesDialog(QDialog):
    """The server's assemblies, those this laptop holds or follows ticked: tick one to receive
    it at the next sync (a laptop holds only the assemblies it was given)."""

    def __init__(
        self, assemblies: Sequence[RemoteAssembly], held: set[uuid.UUID], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assemblies on this computer"))
        explanation = QLabel(self.tr("Tick the assemblies this computer receives from the central store:"))
        explanation.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("assemblies")
        for assembly in assemblies:
            item = QListWidgetItem(assembly.name)
            item.setData(Qt.ItemDataRole.UserRole, assembly.id)
            held_here = assembly.id in held
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if held_here:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if held_here else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list)
        layout.addWidget(ok_cancel(self))

    def chosen(self) -> list[str]:
        """The ids of the newly ticked assemblies."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item.checkState() is Qt.CheckState.Checked and item.flags() & Qt.ItemFlag.ItemIsEnabled
        ]


class JoinRoomDialog(_CodeDialog):
    """« Rejoindre la salle »: the hub's address and code, as its screen shows them, and the name
    this laptop takes in the room."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        texts = (
            self.tr("Join the room"),
            self.tr("The hub's screen shows its address and the room's code of the day."),
            self.tr("Hub address"),
            self.tr("Room code"),
        )
        super().__init__(parent, texts, ("https://192.168.1.12:8766", "123456"))
        self.code.setMaxLength(CODE_DIGITS)
        self.name = QLineEdit(name)
        self.name.setObjectName("name")
        self.form.addRow(self.tr("This laptop's name"), self.name)

    def code_refused(self, code: str) -> Refusal | None:
        code = code.strip()
        return None if len(code) == CODE_DIGITS and code.isdigit() else Refusal.ROOM_CODE_INVALID

    def accept(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus()
            return
        super().accept()
