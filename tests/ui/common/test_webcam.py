"""Reading badges from camera frames, without a camera: frames are made from pictures of codes."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat
from pytestqt.qtbot import QtBot

from facilitator.scanning.webcam import DECODE_INTERVAL_MS, HOLD_MS, CameraProblem, WebcamReader, camera_problem
from facilitator.ui.common.webcam_panel import WebcamPanel
from tests.helpers.clock import TickingClock
from tests.scanning.codes import on_page, payload, qimage, qr_pixels

BADGE = payload(1)
OTHER = payload(2)
WAIT_MS = 5_000


def frame_of(text: str | None) -> QVideoFrame:
    """A camera-sized RGB frame showing the code of ``text`` (nothing if None)."""
    pixels = on_page(qr_pixels(text, module=5)) if text else on_page(np.full((10, 10), 235, np.uint8))
    return QVideoFrame(qimage(pixels).convertToFormat(QImage.Format.Format_RGB32))


def yuv_frame(text: str, pixel_format: QVideoFrameFormat.PixelFormat) -> QVideoFrame:
    """A frame as webcams deliver them: the grey picture in a luma plane (NV12) or interleaved
    with the colour bytes (YUYV)."""
    grey = on_page(qr_pixels(text, module=5), width=641, height=480)
    height, width = grey.shape
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), pixel_format))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    for plane in range(frame.planeCount()):
        row = frame.bytesPerLine(plane)
        data = np.frombuffer(frame.bits(plane), dtype=np.uint8).reshape(-1, row)
        data[:] = 128  # no colour
        if plane == 0 and pixel_format == QVideoFrameFormat.PixelFormat.Format_YUYV:
            data[:height, 0 : 2 * width : 2] = grey
        elif plane == 0:
            data[:height, :width] = grey
    frame.unmap()
    return frame


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock(now=10_000.0)


@pytest.fixture
def reader(clock: TickingClock) -> Iterator[WebcamReader]:
    webcam = WebcamReader(clock=clock)
    yield webcam
    webcam.shutdown()


def read(qtbot: QtBot, reader: WebcamReader, frame: QVideoFrame) -> list[str]:
    """Feed one frame and wait for its decode to finish: what the reader reported."""
    reported: list[str] = []
    reader.decoded.connect(reported.append)
    reader.handle_frame(frame)
    assert reader.is_decoding(), "the frame was not taken"
    qtbot.waitUntil(lambda: not reader.is_decoding(), timeout=WAIT_MS)
    reader.decoded.disconnect(reported.append)
    return reported


def test_a_badge_in_a_frame_is_decoded(qtbot: QtBot, reader: WebcamReader) -> None:
    with qtbot.waitSignal(reader.decoded, timeout=WAIT_MS) as signal:
        reader.handle_frame(frame_of(BADGE))
    assert signal.args == [BADGE]


def test_a_badge_held_in_view_is_reported_once(qtbot: QtBot, reader: WebcamReader, clock: TickingClock) -> None:
    assert read(qtbot, reader, frame_of(BADGE)) == [BADGE]
    for _ in range(3):
        clock.now += DECODE_INTERVAL_MS
        assert read(qtbot, reader, frame_of(BADGE)) == []
    clock.now += DECODE_INTERVAL_MS
    assert read(qtbot, reader, frame_of(OTHER)) == [OTHER]


def test_a_badge_shown_again_after_the_hold_time_is_reported_again(
    qtbot: QtBot, reader: WebcamReader, clock: TickingClock
) -> None:
    assert read(qtbot, reader, frame_of(BADGE)) == [BADGE]
    clock.now += DECODE_INTERVAL_MS
    assert read(qtbot, reader, frame_of(None)) == []  # the badge went away
    clock.now += HOLD_MS - DECODE_INTERVAL_MS
    assert read(qtbot, reader, frame_of(BADGE)) == [BADGE]  # out of sight for HOLD_MS


def test_a_badge_back_before_the_hold_time_is_not_reported(
    qtbot: QtBot, reader: WebcamReader, clock: TickingClock
) -> None:
    assert read(qtbot, reader, frame_of(BADGE)) == [BADGE]
    clock.now += DECODE_INTERVAL_MS
    assert read(qtbot, reader, frame_of(None)) == []
    clock.now += HOLD_MS - DECODE_INTERVAL_MS - 1
    assert read(qtbot, reader, frame_of(BADGE)) == []


def test_being_seen_keeps_a_badge_from_being_reported_again(
    qtbot: QtBot, reader: WebcamReader, clock: TickingClock
) -> None:
    assert read(qtbot, reader, frame_of(BADGE)) == [BADGE]
    for _ in range(4):
        clock.now += HOLD_MS / 2
        assert read(qtbot, reader, frame_of(BADGE)) == []


def test_a_frame_without_a_code_reports_nothing(qtbot: QtBot, reader: WebcamReader) -> None:
    assert read(qtbot, reader, frame_of(None)) == []


def test_frames_arriving_during_a_decode_or_too_soon_are_dropped(
    qtbot: QtBot, reader: WebcamReader, clock: TickingClock
) -> None:
    reported: list[str] = []
    reader.decoded.connect(reported.append)
    reader.handle_frame(frame_of(BADGE))
    reader.handle_frame(frame_of(OTHER))  # one decode at a time: dropped
    qtbot.waitUntil(lambda: not reader.is_decoding(), timeout=WAIT_MS)
    clock.now += DECODE_INTERVAL_MS - 1
    reader.handle_frame(frame_of(OTHER))  # too soon after the last one: dropped
    assert not reader.is_decoding()
    assert reported == [BADGE]
    clock.now += 1
    assert read(qtbot, reader, frame_of(OTHER)) == [OTHER]


@pytest.mark.parametrize(
    "pixel_format", [QVideoFrameFormat.PixelFormat.Format_NV12, QVideoFrameFormat.PixelFormat.Format_YUYV]
)
def test_webcam_pixel_formats_are_read(
    qtbot: QtBot, reader: WebcamReader, pixel_format: QVideoFrameFormat.PixelFormat
) -> None:
    assert read(qtbot, reader, yuv_frame(BADGE, pixel_format)) == [BADGE]


def test_after_shutdown_frames_are_ignored(qtbot: QtBot, reader: WebcamReader) -> None:
    reported: list[str] = []
    reader.decoded.connect(reported.append)
    reader.handle_frame(frame_of(BADGE))
    reader.shutdown()  # waits for the decode in progress
    assert not reader.is_decoding()
    reader.handle_frame(frame_of(OTHER))
    qtbot.wait(50)
    assert reported == [] and not reader.is_decoding()


def test_starting_without_a_camera_says_so(qtbot: QtBot, reader: WebcamReader) -> None:
    assert reader.cameras() == []
    with qtbot.waitSignal(reader.problem, timeout=WAIT_MS) as signal:
        reader.start()
    assert signal.args == [CameraProblem.NO_CAMERA]
    assert not reader.is_running()


def test_camera_errors_are_told_apart_by_their_message() -> None:
    assert camera_problem("Camera is in use") is CameraProblem.BUSY
    assert camera_problem("Device or resource busy") is CameraProblem.BUSY
    assert camera_problem("Access is denied.") is CameraProblem.REFUSED
    assert camera_problem("Camera permission not granted") is CameraProblem.REFUSED
    assert camera_problem("Failed to start the camera") is CameraProblem.FAILED


# The panel ----------------------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot: QtBot) -> WebcamPanel:
    widget = WebcamPanel()
    qtbot.addWidget(widget, before_close_func=lambda panel: panel.shutdown())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_panel_without_a_camera_says_so(panel: WebcamPanel) -> None:
    assert panel.status.text() == "Aucune caméra détectée"
    assert panel.toggle.text() == "Lire les badges avec la caméra"
    assert not panel.toggle.isEnabled()
    assert not panel.choice.isVisible() and not panel.preview.isVisible()


def test_the_panel_says_why_the_camera_stopped(panel: WebcamPanel) -> None:
    panel.reader.problem.emit(CameraProblem.BUSY)
    assert panel.status.text() == "Caméra en cours d'utilisation par un autre programme"
    panel.reader.running_changed.emit(True)
    assert panel.status.text() == "Présentez un badge devant la caméra"
    assert panel.toggle.text() == "Arrêter la caméra" and panel.toggle.isEnabled()
    assert panel.preview.isVisible()


def test_the_panel_passes_on_what_the_camera_read(qtbot: QtBot, panel: WebcamPanel) -> None:
    with qtbot.waitSignal(panel.decoded, timeout=WAIT_MS) as signal:
        panel.reader.handle_frame(frame_of(BADGE))
    assert signal.args == [BADGE]


def test_a_ballot_counts_after_two_identical_reads_then_not_again_for_two_seconds(
    qtbot: QtBot, clock: TickingClock
) -> None:
    ballots = WebcamReader(clock=clock, reads_needed=2, hold_ms=2000.0)
    try:
        assert read(qtbot, ballots, frame_of(BADGE)) == []  # a glimpse does not count
        clock.now += DECODE_INTERVAL_MS
        assert read(qtbot, ballots, frame_of(BADGE)) == [BADGE]
        clock.now += DECODE_INTERVAL_MS
        assert read(qtbot, ballots, frame_of(BADGE)) == []
        clock.now += 2000.0 + DECODE_INTERVAL_MS  # gone from sight more than two seconds
        assert read(qtbot, ballots, frame_of(BADGE)) == []
        clock.now += DECODE_INTERVAL_MS
        assert read(qtbot, ballots, frame_of(BADGE)) == [BADGE]
    finally:
        ballots.shutdown()
