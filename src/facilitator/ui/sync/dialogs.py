"""The dialogs of the central store: linking this laptop with the code the town hall gave, and
choosing which of the server's assemblies it holds."""

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
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.sync.client import RemoteAssembly
from facilitator.sync.protocol import SyncRefused, checked_server_address
from facilitator.text.sync import refusal_text
from facilitator.ui.common.forms import ok_cancel


class LinkDialog(QDialog):
    """« Relier à la base centrale »: the service's address and the one-time code."""

    def __init__(self, parent: QWidget | None = None, server: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to the central store"))
        self.setMinimumWidth(520)
        explanation = QLabel(
            self.tr(
                "The town hall's IT agent registered this computer and gave you an enrolment code "
                "(on paper or as a QR code). It serves once."
            )
        )
        explanation.setWordWrap(True)
        self.server = QLineEdit(server)
        self.server.setObjectName("server")
        self.server.setPlaceholderText("https://sync.mairie.example")
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.error = QLabel()
        self.error.setObjectName("errors")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Enrolment code"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))

    def accept(self) -> None:
        try:
            checked_server_address(self.server.text())
        except SyncRefused as refused:
            self.error.setText(refusal_text(refused.refusal, refused.detail, SCHEMA_REVISION))
            self.server.setFocus()
            return
        if len(normalised_code(self.code.text())) != CODE_LENGTH:
            self.error.setText(refusal_text(Refusal.CODE_INVALID, "", SCHEMA_REVISION))
            self.code.setFocus()
            return
        super().accept()


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
