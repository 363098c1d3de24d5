"""A workspace's actions, declared once (as Frescobaldi's action collections): what each does,
its keys and its words, from which the buttons, the menu entries, the key bindings and the hint
line are all made.

The keys are never typed again in a sentence: a button reads « Départ (F8) » and a hint
« F8 : départ » because both are built from the action's text and its key, written as the
interface language writes keys. Every handler runs through ``ActionSet.run``: the entry point of
a user action, where an ``Abandoned`` action ends quietly (the user was told why, and chose to
stop).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from facilitator.ui.common.operations import Abandoned

log = logging.getLogger("facilitator.ui.actions")

Key = str | QKeySequence | QKeySequence.StandardKey

_ARROWS = {"Up": "↑", "Down": "↓", "Left": "←", "Right": "→"}


@dataclass(frozen=True)
class Action:
    """One thing a user can do in a workspace."""

    name: str
    """Its name in the code (and the object name of its QAction, which tests look for)."""
    text: str
    """What it does, translated, without its key: « Départ », « Nouvelle séance… »."""
    handler: Callable[[], object]
    keys: tuple[Key, ...] = ()
    """Its keys, the first one shown; Enter is both the main key and the keypad's."""
    hint: str = ""
    """Its words in the hint line (« départ »); empty when the hint line leaves it out.
    Neighbours with the same words are said together (« ↑ ↓ : une autre personne »)."""
    within: QWidget | None = None
    """Where its keys work: the whole workspace (None), or one part of it (a field, a list, the
    tables), focus being in it."""
    tip: str = ""
    checkable: bool = False


def back_and_forth(
    noun: str, previous: str, following: str, step: Callable[[int], object], hint: str
) -> tuple[Action, Action]:
    """The two actions that go through a workspace's tabs (the rounds, the phases) with
    Ctrl+PgUp and Ctrl+PgDown, as a browser goes through its tabs; said together in the hint."""
    return (
        Action(f"previous_{noun}", previous, lambda: step(-1), ("Ctrl+PgUp",), hint),
        Action(f"next_{noun}", following, lambda: step(1), ("Ctrl+PgDown",), hint),
    )


def key_text(key: Key) -> str:
    """A key as the interface language writes it: « Entrée », « Suppr », « Ctrl+N », « Ctrl+↑ »
    (Return is written as Enter, the word French keyboards print on it)."""
    *modifiers, last = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText).split("+")
    if last == "Return":
        last = "Enter"
    native = QKeySequence("+".join([*modifiers, last])).toString(QKeySequence.SequenceFormat.NativeText)
    arrow = _ARROWS.get(last)
    if arrow is None:
        return native
    return f"{native.rsplit('+', 1)[0]}+{arrow}" if modifiers else arrow


def _plain_key(event: QKeyEvent) -> bool:
    """A key that types or edits (a letter, Space, Delete…), which a field keeps for itself."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier
    function_key = Qt.Key.Key_F1 <= Qt.Key(event.key()) <= Qt.Key.Key_F35
    return modifiers == Qt.KeyboardModifier.NoModifier and not function_key


class ActionSet(QObject):
    """The actions of one workspace (``owner``), each a QAction with its keys and handler.

    ``fields``: the line edits where the workspace's keys win over the field's own editing keys
    (Ctrl+Z in the desk's search field undoes the desk's last action, not the typing)."""

    def __init__(self, owner: QWidget, actions: Sequence[Action], fields: Sequence[QLineEdit] = ()) -> None:
        super().__init__(owner)
        self._declared = {action.name: action for action in actions}
        self._actions: dict[str, QAction] = {}
        for action in actions:
            self._actions[action.name] = self._make(owner, action)
        self._workspace_keys = [QKeySequence(key) for action in actions if action.within is None for key in action.keys]
        for field in fields:
            field.installEventFilter(self)

    def _make(self, owner: QWidget, declared: Action) -> QAction:
        action = QAction(declared.text, owner)
        action.setObjectName(declared.name)
        action.setShortcuts([QKeySequence(key) for key in declared.keys])
        action.setCheckable(declared.checkable)
        if declared.tip:
            action.setToolTip(declared.tip)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        (declared.within or owner).addAction(action)
        action.triggered.connect(lambda _checked=False: self.run(declared.handler))
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In ``fields``, the workspace's keys win over the field's editing keys, never over the
        keys that type."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and not _plain_key(event):
            pressed = QKeySequence(event.keyCombination())
            if any(key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for key in self._workspace_keys):
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def run(handler: Callable[[], object]) -> None:
        """Run a user action's handler: the entry point where an ``Abandoned`` action ends."""
        try:
            handler()
        except Abandoned as abandoned:
            log.info("action abandoned by the user: %s", abandoned)

    def slot(self, handler: Callable[..., object]) -> Callable[..., None]:
        """``handler`` as the slot of a signal that starts a user action (a badge shown to the
        webcam, a row activated, a drag and drop): run as ``run`` runs the actions."""
        return lambda *args: self.run(lambda: handler(*args))

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def key_text(self, name: str) -> str:
        """The action's main key as users read it (« F8 »), "" when it has none."""
        keys = self._declared[name].keys
        return key_text(keys[0]) if keys else ""

    def label(self, name: str) -> str:
        """The action's text with its key, as a button shows it: « Départ (F8) »."""
        key = self.key_text(name)
        text = self._actions[name].text()
        return f"{text} ({key})" if key else text

    def button(self, name: str) -> ActionButton:
        return ActionButton(self, name)

    def hint(self, *names: str) -> str:
        """The hint line: « Entrée : arrivée · F8 : départ · ↑ ↓ : une autre personne »."""
        entries: list[tuple[list[str], str]] = []
        for name in names:
            declared = self._declared[name]
            key = self.key_text(name)
            if entries and entries[-1][1] == declared.hint:
                entries[-1][0].append(key)
            else:
                entries.append(([key], declared.hint))
        template = QCoreApplication.translate("ActionSet", "{key}: {what}")
        separator = QCoreApplication.translate("ActionSet", " · ")
        return separator.join(template.format(key=" ".join(keys), what=what) for keys, what in entries)

    def enable(self, enabled: bool, *names: str) -> None:
        for name in names:
            self._actions[name].setEnabled(enabled)


class ActionButton(QPushButton):
    """A push button that is a face of an action: its text with the key, its state, its
    handler."""

    def __init__(self, actions: ActionSet, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions, self._name = actions, name
        self._action = actions[name]
        self.setObjectName(f"{name}Button")
        self.clicked.connect(lambda _checked=False: self._action.trigger())
        self._action.changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        self.setText(self._actions.label(self._name))
        self.setEnabled(self._action.isEnabled())
        self.setToolTip(self._action.toolTip() if self._action.toolTip() != self._action.text() else "")
        self.setCheckable(self._action.isCheckable())
        self.setChecked(self._action.isChecked())
