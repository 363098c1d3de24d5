from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from facilitator.scanning.decode import decode_image
from tests.scanning.codes import jpeg, noisy, on_page, payload, qimage, qr_pixels, rotated, scaled

BADGE = payload()


def test_a_badge_code_reads_back_from_a_grey_array() -> None:
    assert decode_image(on_page(qr_pixels(BADGE))) == [BADGE]


def test_an_image_without_a_code_gives_nothing() -> None:
    assert decode_image(np.full((480, 640), 235, dtype=np.uint8)) == []
    assert decode_image(noisy(np.full((480, 640), 128, dtype=np.uint8), 60)) == []
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert decode_image(blank) == []


@pytest.mark.parametrize("degrees", [90, 180, 270, 15, -30])
def test_a_turned_code_reads(degrees: float) -> None:
    assert decode_image(on_page(rotated(qr_pixels(BADGE), degrees), 720, 720)) == [BADGE]


def test_a_small_code_reads_down_to_about_four_pixels_a_module() -> None:
    small = scaled(qr_pixels(BADGE, module=8), 0.5)  # 4 pixels a module
    assert decode_image(on_page(small)) == [BADGE]


def test_a_noisy_and_jpeg_compressed_frame_reads() -> None:
    frame = jpeg(noisy(on_page(rotated(qr_pixels(BADGE, module=5), 8)), 25), quality=30)
    assert decode_image(frame) == [BADGE]


def test_a_large_page_with_a_small_code_reads() -> None:
    """A copier page at 200 dpi: the code is a small part of it."""
    page = on_page(qr_pixels(BADGE, module=6), width=1654, height=2339, at=(1800, 1200))
    assert decode_image(page) == [BADGE]


def test_every_code_on_a_page_is_read_repeats_included() -> None:
    page = np.full((600, 1400), 235, dtype=np.uint8)
    codes = [payload(1), payload(2), payload(1)]
    for index, text in enumerate(codes):
        pixels = qr_pixels(text)
        page[40 : 40 + pixels.shape[0], 40 + index * 440 : 40 + index * 440 + pixels.shape[1]] = pixels
    assert sorted(decode_image(page)) == sorted(codes)


# QImages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pixel_format",
    [
        QImage.Format.Format_Grayscale8,
        QImage.Format.Format_RGB32,
        QImage.Format.Format_ARGB32,
        QImage.Format.Format_ARGB32_Premultiplied,
        QImage.Format.Format_RGB888,
        QImage.Format.Format_BGR888,
        QImage.Format.Format_RGBA8888,
        QImage.Format.Format_Indexed8,
        QImage.Format.Format_Mono,
        QImage.Format.Format_RGB16,
    ],
)
def test_a_qimage_of_any_format_reads(pixel_format: QImage.Format) -> None:
    image = qimage(on_page(qr_pixels(BADGE), width=401, height=301, at=(10, 10))).convertToFormat(pixel_format)
    assert decode_image(image) == [BADGE]


def test_rows_padded_to_four_bytes_are_read_as_rows() -> None:
    image = qimage(on_page(qr_pixels(BADGE), width=401, height=301, at=(10, 10)))
    assert image.bytesPerLine() == 404
    assert decode_image(image) == [BADGE]


def test_a_cropped_qimage_reads() -> None:
    page = qimage(on_page(qr_pixels(BADGE), width=800, height=600))
    assert decode_image(page.copy(51, 33, 500, 400)) == [BADGE]


def coloured(ink: tuple[int, int, int], paper: tuple[int, int, int], pixel_format: QImage.Format) -> QImage:
    """The badge's code in one colour on another, as an RGB image converted by Qt."""
    dark = on_page(qr_pixels(BADGE), width=400, height=300, at=(10, 10)) < 128
    rgb = np.empty((*dark.shape, 3), dtype=np.uint8)
    rgb[dark], rgb[~dark] = ink, paper
    height, width = dark.shape
    image = QImage(rgb.tobytes(), width, height, width * 3, QImage.Format.Format_RGB888)
    return image.convertToFormat(pixel_format)


@pytest.mark.parametrize(
    "pixel_format",
    [
        QImage.Format.Format_RGB32,
        QImage.Format.Format_ARGB32_Premultiplied,
        QImage.Format.Format_RGB888,
        QImage.Format.Format_BGR888,
        QImage.Format.Format_RGBA8888,
    ],
)
def test_colour_channels_are_read_in_their_order(pixel_format: QImage.Format) -> None:
    """Blue on red: blue is the darker of the two (luminance 29 against 76), so the code reads
    only if red and blue are not swapped (a swapped image is an inverted code, not looked for)."""
    blue, red = (0, 0, 255), (255, 0, 0)
    assert decode_image(coloured(blue, red, pixel_format)) == [BADGE]
    assert decode_image(coloured(red, blue, pixel_format)) == []


def test_colour_arrays_are_rgb_or_rgba() -> None:
    dark = on_page(qr_pixels(BADGE)) < 128
    rgb = np.zeros((*dark.shape, 3), dtype=np.uint8)
    rgb[~dark] = (255, 0, 0)
    rgb[dark] = (0, 0, 255)
    assert decode_image(rgb) == [BADGE]
    assert decode_image(rgb[:, ::-1][:, ::-1]) == [BADGE]  # not contiguous, same picture
    rgba = np.dstack([rgb, np.full(dark.shape, 255, dtype=np.uint8)])
    assert decode_image(rgba) == [BADGE]
    assert decode_image(rgb[..., ::-1]) == []  # BGR given as RGB: inverted, not read


def test_arrays_that_are_not_images_are_refused() -> None:
    with pytest.raises(ValueError, match="bytes"):
        decode_image(np.zeros((10, 10), dtype=np.float32))
    with pytest.raises(ValueError, match="shape"):
        decode_image(np.zeros((10, 10, 2), dtype=np.uint8))


def test_a_mirrored_code_reads() -> None:
    """Some webcams deliver the selfie view: the code seen in a mirror."""
    assert decode_image(on_page(qr_pixels(BADGE))[:, ::-1]) == [BADGE]


def test_a_null_qimage_has_no_code() -> None:
    assert decode_image(QImage()) == []
