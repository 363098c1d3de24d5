"""The texts of the QR codes in an image (a webcam frame, a copier page, a photo), by zxing-cpp.

Runs in worker threads and in the headless command line: Qt's GUI module (``QImage``) at most,
never widgets. zxing-cpp releases Python's lock while it works, so a decode in a worker
leaves the interface thread free; Qt's own pixel conversions do not, so images are handed
to zxing-cpp in their own pixel format whenever it reads that format (no copy at all), and
converted to grey (one copy) only otherwise.
"""

from __future__ import annotations

import sys

import numpy as np
import zxingcpp
from PySide6.QtGui import QImage

QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)

Image = QImage | np.ndarray
"""A ``QImage`` of any format, or a numpy array of bytes: grey (height × width), RGB or RGBA
(height × width × 3 or 4)."""

_LITTLE_ENDIAN = sys.byteorder == "little"
# Qt's 32-bit formats are defined as 0xAARRGGBB words, so their byte order depends on the
# machine's; the "8888" formats are defined byte by byte.
_QIMAGE_FORMATS = {
    QImage.Format.Format_Grayscale8: zxingcpp.ImageFormat.Lum,
    QImage.Format.Format_RGB888: zxingcpp.ImageFormat.RGB,
    QImage.Format.Format_BGR888: zxingcpp.ImageFormat.BGR,
    QImage.Format.Format_RGBX8888: zxingcpp.ImageFormat.RGBA,
    QImage.Format.Format_RGBA8888: zxingcpp.ImageFormat.RGBA,
    QImage.Format.Format_RGBA8888_Premultiplied: zxingcpp.ImageFormat.RGBA,
    **{
        word: zxingcpp.ImageFormat.BGRA if _LITTLE_ENDIAN else zxingcpp.ImageFormat.ARGB
        for word in (
            QImage.Format.Format_RGB32,
            QImage.Format.Format_ARGB32,
            QImage.Format.Format_ARGB32_Premultiplied,
        )
    },
}
_ARRAY_FORMATS = {3: zxingcpp.ImageFormat.RGB, 4: zxingcpp.ImageFormat.RGBA}


def decode_image(image: Image, *, formats: zxingcpp.BarcodeFormats = QR_ONLY) -> list[str]:
    """The texts of the codes found in ``image``, in the order zxing-cpp finds them; ``[]`` if
    there is none. A code found twice (two identical slips on one page) is listed twice:
    counting, not this function, decides what a repeat means.

    Codes may be turned any way and small (zxing-cpp needs about 3.5 pixels per QR module);
    inverted codes (light on dark) are not looked for, since this program never prints them
    and looking would double the time spent on every frame without a code. Mirrored codes
    (a webcam's selfie view) are read. Transparent pixels count by their colour alone, so a
    page rendered on a transparent background must be flattened on white first.
    """
    if isinstance(image, QImage):
        if image.isNull():
            return []  # a video frame that could not be converted, an unreadable file
        image = _readable(image)  # held here for as long as zxing-cpp reads its pixels
        view: np.ndarray | zxingcpp.ImageView = _view(image)
    else:
        view = _array_view(image)
    found = zxingcpp.read_barcodes(view, formats=formats, try_rotate=True, try_downscale=True, try_invert=False)
    return [barcode.text for barcode in found]


def _readable(image: QImage) -> QImage:
    """The image itself if zxing-cpp reads its pixel format, else a grey copy (the one copy)."""
    if image.format() in _QIMAGE_FORMATS:
        return image
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def _view(image: QImage) -> zxingcpp.ImageView:
    """A view of the image's own pixels, which does not keep the ``QImage`` alive."""
    # Rows are padded to a multiple of 4 bytes (bytesPerLine), hence the row stride.
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return zxingcpp.ImageView(
        pixels, image.width(), image.height(), _QIMAGE_FORMATS[image.format()], row_stride=image.bytesPerLine()
    )


def _array_view(array: np.ndarray) -> np.ndarray | zxingcpp.ImageView:
    if array.dtype != np.uint8:
        raise ValueError(f"an image is an array of bytes, not of {array.dtype}")
    if array.ndim == 2:
        return array  # zxing-cpp reads grey arrays with any strides
    if array.ndim != 3 or array.shape[2] not in _ARRAY_FORMATS:
        raise ValueError(f"an image array is grey, RGB or RGBA, not of shape {array.shape}")
    # zxing-cpp would read a colour array as BGR: an ImageView names the channel order, but
    # needs the pixels in one block (a crop or a flipped array is copied, once).
    array = np.ascontiguousarray(array)
    height, width, channels = array.shape
    return zxingcpp.ImageView(array, width, height, _ARRAY_FORMATS[channels], row_stride=array.strides[0])
