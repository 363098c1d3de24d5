from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.app import runtime
from facilitator.store.database import Database
from facilitator.ui.sync.workspace import SyncWorkspace
from tests.helpers.workspaces import standalone


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path, db: Database) -> SyncWorkspace:
    workspace = standalone(SyncWorkspace, runtime.start(tmp_path / "desk"), db)
    qtbot.addWidget(workspace)
    workspace.reload()
    return workspace
