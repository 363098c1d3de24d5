"""QR codes drawn as a printer and a camera would give them, for the decoding tests."""

from __future__ import annotations

import io
import uuid

import numpy as np
import qrcode
from PIL import Image
from PySide6.QtGui import QImage

from facilitator.core.attendance.badges import badge_payload, new_badge_key

KEY = new_badge_key()


def payload(seed: int = 1) -> str:
    return badge_payload(uuid.UUID(int=seed), KEY)


def qr_pixels(text: str, module: int = 6, border: int = 4) -> np.ndarray:
    """Black on white, ``module`` pixels per QR module, with its quiet zone (grey, uint8)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=border)
    code.add_data(text)
    code.make(fit=True)
    dark = np.kron(np.array(code.get_matrix(), dtype=bool), np.ones((module, module), dtype=bool))
    return np.where(dark, 0, 255).astype(np.uint8)


def on_page(pixels: np.ndarray, width: int = 640, height: int = 480, at: tuple[int, int] = (60, 40)) -> np.ndarray:
    """The code placed on a light grey page (a frame, a scan), not filling it."""
    page = np.full((height, width), 235, dtype=np.uint8)
    top, left = at
    page[top : top + pixels.shape[0], left : left + pixels.shape[1]] = pixels
    return page


def rotated(pixels: np.ndarray, degrees: float) -> np.ndarray:
    image = Image.fromarray(pixels).rotate(degrees, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=235)
    return np.asarray(image)


def scaled(pixels: np.ndarray, factor: float) -> np.ndarray:
    image = Image.fromarray(pixels)
    size = (round(image.width * factor), round(image.height * factor))
    return np.asarray(image.resize(size, Image.Resampling.BILINEAR))


def noisy(pixels: np.ndarray, sigma: float, seed: int = 0) -> np.ndarray:
    noise = np.random.default_rng(seed).normal(0, sigma, pixels.shape)
    return np.clip(pixels.astype(float) + noise, 0, 255).astype(np.uint8)


def jpeg(pixels: np.ndarray, quality: int) -> np.ndarray:
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="JPEG", quality=quality)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("L"))


def qimage(pixels: np.ndarray) -> QImage:
    """A grey ``QImage`` holding its own copy of the pixels."""
    height, width = pixels.shape
    return QImage(np.ascontiguousarray(pixels).tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()
