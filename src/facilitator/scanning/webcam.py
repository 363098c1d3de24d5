"""The laptop's camera as a code reader: frames decoded off the interface thread.

A camera gives 30 frames a second; decoding one takes 2–20 ms. ``WebcamReader`` decodes at
most one frame at a time, no more often than every ``DECODE_INTERVAL_MS``, in a worker
thread, and drops the frames in between: the window never waits for a decode. A code held in
front of the camera is reported once (``decoded``), not at every frame: again only once it
has been out of sight for ``HOLD_MS``.

The worker is a plain Python thread: zxing-cpp releases Python's lock while it decodes, and
the usual frame formats are read in place (their grey "luma" plane), so neither the decode
nor a colour conversion holds the interface up. Results come back by polling the pending
decode from a timer of the interface thread: the worker never touches a ``QObject``, so
destroying the reader while a decode runs is harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from enum import StrEnum

from PySide6.QtCore import QCameraPermission, QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoSink,
)

from facilitator.scanning.clock import monotonic_ms

log = logging.getLogger("facilitator.scanning.webcam")

DECODE_INTERVAL_MS = 150.0
"""About seven decodes a second: a badge shown to the camera is read within a quarter of a
second, and the laptop's two cores stay free for the rest of the desk."""

HOLD_MS = 3000.0
"""A code is reported again only after it has been out of sight this long: a badge held up
for ten seconds signs its bearer in once."""

_POLL_MS = 10


class CameraProblem(StrEnum):
    """Why the camera does not read; the interface says it in French."""

    NO_CAMERA = "no_camera"
    BUSY = "busy"
    """Another program (a video call) has the camera."""
    REFUSED = "refused"
    """The system's privacy settings do not let this program use the camera."""
    FAILED = "failed"
    """The camera would not start, for a reason its driver did not tell."""
    DISCONNECTED = "disconnected"
    """The camera in use was unplugged."""


_BUSY_WORDS = ("in use", "busy", "being used")
_REFUSED_WORDS = ("denied", "permission", "not authorized", "not authorised", "not granted")


def camera_problem(error_text: str) -> CameraProblem:
    """The problem behind one of Qt's camera error messages.

    Qt reports every camera failure as the same ``QCamera.CameraError``, with an English
    message of the platform's driver ("Camera is in use" on Linux, "Access is denied" on
    Windows…): the message is all there is to tell them apart.
    """
    text = error_text.lower()
    if any(word in text for word in _BUSY_WORDS):
        return CameraProblem.BUSY
    if any(word in text for word in _REFUSED_WORDS):
        return CameraProblem.REFUSED
    return CameraProblem.FAILED


_F = QVideoFrameFormat.PixelFormat
_LUMA_LAYOUT = {
    # Pixel format → where the grey level of each pixel is in the first plane: the offset of
    # the first pixel's and the step between two pixels', in bytes.
    **{
        planar: (0, 1)
        for planar in (
            _F.Format_Y8,
            _F.Format_NV12,
            _F.Format_NV21,
            _F.Format_YUV420P,
            _F.Format_YUV422P,
            _F.Format_YV12,
            _F.Format_IMC1,
            _F.Format_IMC2,
            _F.Format_IMC3,
            _F.Format_IMC4,
        )
    },
    _F.Format_YUYV: (0, 2),
    _F.Format_UYVY: (1, 2),
    _F.Format_AYUV: (1, 4),
    _F.Format_AYUV_Premultiplied: (1, 4),
}


def decode_frame(frame: QVideoFrame) -> list[str]:
    """The texts of the codes in a video frame (in the worker thread).

    Frames whose format carries a grey plane are read in place; others (RGB, JPEG, frames
    held by the graphics card) are converted by Qt. numpy and zxing-cpp are loaded with the
    first frame, not when the window starts.
    """
    import numpy as np

    from facilitator.scanning.decode import decode_image

    layout = _LUMA_LAYOUT.get(frame.pixelFormat())
    if layout is None or not frame.map(QVideoFrame.MapMode.ReadOnly):
        return decode_image(frame.toImage())
    try:
        offset, step = layout
        width, height, row = frame.width(), frame.height(), frame.bytesPerLine(0)
        rows = np.frombuffer(frame.bits(0), dtype=np.uint8, count=row * height).reshape(height, row)
        return decode_image(rows[:, offset : offset + step * width : step])
    finally:
        frame.unmap()


class WebcamReader(QObject):
    """One camera, read continuously while it runs.

    Signals (all on the interface thread):
    - ``decoded(str)``: the text of a code that came into view;
    - ``problem(CameraProblem)``: the camera could not start or stopped on its own;
    - ``running_changed(bool)``: the camera started or stopped;
    - ``cameras_changed()``: a camera was plugged in or unplugged.
    """

    decoded = Signal(str)
    problem = Signal(object)
    running_changed = Signal(bool)
    cameras_changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = monotonic_ms,
        interval_ms: float = DECODE_INTERVAL_MS,
        hold_ms: float = HOLD_MS,
        reads_needed: int = 1,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._interval_ms = interval_ms
        self._hold_ms = hold_ms
        self._reads_needed = reads_needed
        self._sightings: dict[str, int] = {}
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="webcam-decode")
        self._pending: Future[list[str]] | None = None
        self._last_submitted: float | None = None
        self._last_seen: dict[str, float] = {}
        self._closed = False
        self._running = False
        self._camera: QCamera | None = None
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._inputs_changed)
        self._sink = QVideoSink(self)
        self._sink.videoFrameChanged.connect(self.handle_frame)
        self._session = QMediaCaptureSession(self)
        self._session.setVideoSink(self._sink)
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._collect)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.shutdown)

    # The camera ------------------------------------------------------------------------------

    def cameras(self) -> list[QCameraDevice]:
        return list(QMediaDevices.videoInputs())

    def set_video_sink(self, sink: QVideoSink) -> None:
        """Send the camera's frames to ``sink`` (a preview's, such as
        ``QGraphicsVideoItem.videoSink()``) instead of the reader's own; they are read still."""
        self._sink.videoFrameChanged.disconnect(self.handle_frame)
        self._sink = sink
        sink.videoFrameChanged.connect(self.handle_frame)
        self._session.setVideoSink(sink)

    def is_running(self) -> bool:
        return self._running

    def start(self, device: QCameraDevice | None = None) -> None:
        """Start ``device`` (the system's default camera if None), replacing any running one.
        Failure is reported by ``problem``, now or once the camera has tried."""
        if self._closed:
            return
        cameras = self.cameras()
        if not cameras:
            self.problem.emit(CameraProblem.NO_CAMERA)
            return
        chosen = device if device is not None and not device.isNull() else QMediaDevices.defaultVideoInput()
        chosen = chosen if not chosen.isNull() else cameras[0]
        application = QCoreApplication.instance()
        assert application is not None, "a camera needs the Qt application"
        status = application.checkPermission(QCameraPermission())
        if status == Qt.PermissionStatus.Undetermined:  # macOS and Windows ask the user once
            application.requestPermission(QCameraPermission(), self, lambda _permission: self.start(chosen))
        elif status == Qt.PermissionStatus.Denied:
            self.problem.emit(CameraProblem.REFUSED)
        else:
            self._open(chosen)

    def _open(self, device: QCameraDevice) -> None:
        self.stop()
        camera = QCamera(device, self)
        camera.errorOccurred.connect(self._camera_failed)
        camera.activeChanged.connect(self._set_running)
        self._camera = camera
        self._session.setCamera(camera)
        camera.start()

    def stop(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            camera.errorOccurred.disconnect(self._camera_failed)
            camera.activeChanged.disconnect(self._set_running)
            camera.stop()
            self._session.setCamera(None)  # type: ignore[arg-type]  # Qt takes a null camera: detached
            camera.deleteLater()
        self._set_running(False)

    def shutdown(self) -> None:
        """Stop the camera and wait for the decode in progress; the reader reads no more.
        Called when the application quits; call it earlier to release the camera for good."""
        self._closed = True
        self.stop()
        self._poll.stop()
        pending, self._pending = self._pending, None
        self._executor.shutdown(wait=True)
        if pending is not None:
            pending.result()  # a decode that failed is a bug, even at the last moment

    @Slot(bool)
    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.running_changed.emit(running)

    @Slot(QCamera.Error, str)
    def _camera_failed(self, error: QCamera.Error, text: str) -> None:
        log.warning("camera error %s: %s", error, text)
        self.stop()
        self.problem.emit(camera_problem(text))

    @Slot()
    def _inputs_changed(self) -> None:
        camera = self._camera
        if camera is not None and camera.cameraDevice() not in QMediaDevices.videoInputs():
            self.stop()
            self.problem.emit(CameraProblem.DISCONNECTED)
        self.cameras_changed.emit()

    # Frames ----------------------------------------------------------------------------------

    def is_decoding(self) -> bool:
        return self._pending is not None

    @Slot(QVideoFrame)
    def handle_frame(self, frame: QVideoFrame) -> None:
        """Take this frame for decoding unless a decode is in progress or the last one began
        less than the interval ago (then the frame is dropped: the next one will do)."""
        if self._closed or self._pending is not None or not frame.isValid():
            return
        now = self._clock()
        if self._last_submitted is not None and now - self._last_submitted < self._interval_ms:
            return
        self._last_submitted = now
        self._pending = self._executor.submit(decode_frame, QVideoFrame(frame))
        self._poll.start()

    @Slot()
    def _collect(self) -> None:
        pending = self._pending
        if pending is None or not pending.done():
            return
        self._pending = None
        self._poll.stop()
        self._report(pending.result())

    def _report(self, texts: list[str]) -> None:
        """A code is reported once it was read ``reads_needed`` times in a row of sightings (two
        for ballots: a single glimpse never counts), then not again while it stays in sight."""
        now = self._clock()
        self._last_seen = {text: seen for text, seen in self._last_seen.items() if now - seen < self._hold_ms}
        self._sightings = {text: count for text, count in self._sightings.items() if text in self._last_seen}
        for text in dict.fromkeys(texts):
            self._last_seen[text] = now
            self._sightings[text] = self._sightings.get(text, 0) + 1
            if self._sightings[text] == self._reads_needed:
                self.decoded.emit(text)
