"""The workspaces of the main window, built the first time they are shown.

The window must be usable in well under two seconds on a small laptop; the sign-in desk
(camera, sound), the statements and the follow-up charts load libraries that the first
screen does not need. Each page is a placeholder in the stack until it is asked for, then
built with the window's current database and assembly; the sidebar and the shortcuts exist
from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from facilitator.ui.common.workspace import Workspace


@dataclass
class Page:
    key: str
    title: str
    shortcut: str
    build: Callable[[], Workspace]
    widget: Workspace | None = None


class Pages(QObject):
    """The stack of workspaces and the sidebar that chooses among them."""

    def __init__(
        self,
        stack: QStackedWidget,
        sidebar: QListWidget,
        on_built: Callable[[Page], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stack = stack
        self.sidebar = sidebar
        self._on_built = on_built
        self.pages: list[Page] = []

    def add(self, page: Page, tip: str, *, eager: bool = False) -> None:
        """Add ``page`` to the sidebar (``tip``: its title with its key); ``eager``: build it now."""
        self.pages.append(page)
        self.stack.addWidget(QWidget())
        item = QListWidgetItem(page.title)
        item.setToolTip(tip)
        self.sidebar.addItem(item)
        if eager:
            self.widget(page.key)

    def index(self, key: str) -> int:
        return next(i for i, page in enumerate(self.pages) if page.key == key)

    def widget(self, key: str) -> Workspace:
        """The page's widget, built now if it was not yet."""
        index = self.index(key)
        page = self.pages[index]
        if page.widget is None:
            page.widget = page.build()
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page.widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._on_built(page)
        return page.widget

    def built(self) -> list[tuple[Page, Workspace]]:
        return [(page, page.widget) for page in self.pages if page.widget is not None]

    def show(self, row: int) -> None:
        """Show the page of ``row`` (building it if needed)."""
        if 0 <= row < len(self.pages):
            self.widget(self.pages[row].key)
            self.stack.setCurrentIndex(row)
