"""The camera at the desk: a small live picture, a start/stop button and one line of status.

The picture is mirrored, as in a video call, so that moving a badge to the left moves it to
the left on screen (the codes are read from the camera's own frames, and QR codes read
mirrored anyway). Frames are drawn by Qt itself (``QGraphicsVideoItem``), without Python at
each frame, and the camera is stopped whenever the panel is hidden by the program (another
workspace chosen): it is never left on unseen.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QHideEvent, QResizeEvent, QTransform
from PySide6.QtMultimedia import QCameraDevice
from PySide6.QtMultimediaWidgets import QGraphicsVideoItem
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.scanning.webcam import HOLD_MS, CameraProblem, WebcamReader

PREVIEW_SIZE = (320, 240)


class VideoPreview(QGraphicsView):
    """The camera's picture, mirrored, fitted to the widget with its proportions kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = QGraphicsVideoItem()
        scene = QGraphicsScene(self)
        scene.addItem(self.item)
        self.setScene(scene)
        self.setObjectName("cameraPreview")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#202020"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedSize(*PREVIEW_SIZE)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width, height = self.viewport().width(), self.viewport().height()
        self.item.setSize(QSizeF(width, height))
        self.item.setTransform(QTransform.fromScale(-1, 1).translate(-width, 0))
        self.setSceneRect(0, 0, width, height)


class WebcamPanel(QWidget):
    """``decoded(str)``: the text of each code the camera saw come into view.

    Call ``shutdown()`` when the window closes (the reader also shuts down when the
    application quits).
    """

    decoded = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, reads_needed: int = 1, hold_ms: float = HOLD_MS) -> None:
        super().__init__(parent)
        self.reader = WebcamReader(self, reads_needed=reads_needed, hold_ms=hold_ms)
        self._cameras: list[QCameraDevice] = []
        self._running = False
        self.preview = VideoPreview()
        self.reader.set_video_sink(self.preview.item.videoSink())
        self.choice_label = QLabel(self.tr("Camera:"))
        self.choice = QComboBox()
        self.choice.setObjectName("cameraChoice")
        self.choice_label.setBuddy(self.choice)
        self.toggle = QPushButton()
        self.toggle.setObjectName("cameraToggle")
        self.status = QLabel()
        self.status.setObjectName("cameraStatus")
        self.status.setWordWrap(True)

        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choice_label)
        choice_row.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(choice_row)
        layout.addWidget(self.toggle)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setFixedWidth(PREVIEW_SIZE[0])

        self.reader.decoded.connect(self.decoded)
        self.reader.problem.connect(self._show_problem)
        self.reader.running_changed.connect(self._show_running)
        self.reader.cameras_changed.connect(self._fill_cameras)
        self.toggle.clicked.connect(self._start_or_stop)
        self._fill_cameras()
        self._show_running(False)

    def shutdown(self) -> None:
        self.reader.shutdown()

    def hideEvent(self, event: QHideEvent) -> None:
        """Another workspace shown (not the window minimised): the camera goes off."""
        if not event.spontaneous():
            self.reader.stop()
        super().hideEvent(event)

    @Slot()
    def _start_or_stop(self) -> None:
        if self._running:
            self.reader.stop()
            return
        self.status.setText(self.tr("Starting the camera…"))
        index = self.choice.currentIndex()
        self.reader.start(self._cameras[index] if 0 <= index < len(self._cameras) else None)

    @Slot()
    def _fill_cameras(self) -> None:
        chosen = self.choice.currentText()
        self._cameras = self.reader.cameras()
        self.choice.clear()
        self.choice.addItems([camera.description() for camera in self._cameras])
        self.choice.setCurrentIndex(max(self.choice.findText(chosen), 0))
        several = len(self._cameras) > 1
        self.choice_label.setVisible(several)
        self.choice.setVisible(several)
        self._update_toggle()
        if not self._cameras:
            self.status.setText(self._problem_text(CameraProblem.NO_CAMERA))
        elif self.status.text() == self._problem_text(CameraProblem.NO_CAMERA):
            self.status.clear()

    @Slot(bool)
    def _show_running(self, running: bool) -> None:
        self._running = running
        self.preview.setVisible(running)
        self.choice.setEnabled(not running)
        self.toggle.setText(self.tr("Stop the camera") if running else self.tr("Read badges with the camera"))
        self._update_toggle()
        if running:
            self.status.setText(self.tr("Hold a badge up to the camera"))
        elif self._cameras:
            self.status.clear()

    def _update_toggle(self) -> None:
        self.toggle.setEnabled(bool(self._cameras) or self._running)

    @Slot(object)
    def _show_problem(self, problem: CameraProblem) -> None:
        self.status.setText(self._problem_text(problem))

    def _problem_text(self, problem: CameraProblem) -> str:
        return {
            CameraProblem.NO_CAMERA: self.tr("No camera detected"),
            CameraProblem.BUSY: self.tr("Camera in use by another program"),
            CameraProblem.REFUSED: self.tr(
                "This computer does not let facilitator use the camera: allow it in the privacy settings"
            ),
            CameraProblem.FAILED: self.tr("The camera did not start: unplug it, plug it in again and retry"),
            CameraProblem.DISCONNECTED: self.tr("The camera was unplugged"),
        }[problem]
