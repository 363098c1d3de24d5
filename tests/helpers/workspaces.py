"""A workspace on its own, outside the main window, wired as the window wires it: its writes
are announced by an ``Operations`` whose changes come back to it."""

from __future__ import annotations

from typing import Protocol, TypeVar

from facilitator.app.runtime import Runtime
from facilitator.store.database import Database
from facilitator.ui.common.operations import Operations
from facilitator.ui.common.workspace import Workspace

W = TypeVar("W", bound=Workspace, covariant=True)


class WorkspaceClass(Protocol[W]):
    def __call__(self, runtime: Runtime, db: Database, operations: Operations) -> W: ...


def standalone(kind: WorkspaceClass[W], runtime: Runtime, db: Database) -> W:
    operations = Operations()
    workspace = kind(runtime, db, operations)
    operations.setParent(workspace)
    operations.changed.connect(workspace.apply_changes)
    return workspace
