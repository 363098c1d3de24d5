"""The fast mask choice gives exactly the code ``qrcode`` makes on its own, for any payload."""

from __future__ import annotations

import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.printing.qr_masks import best_code

LEVELS = [
    qrcode.constants.ERROR_CORRECT_L,
    qrcode.constants.ERROR_CORRECT_M,
    qrcode.constants.ERROR_CORRECT_Q,
    qrcode.constants.ERROR_CORRECT_H,
]


@settings(max_examples=150, deadline=None)
@given(st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", min_size=1, max_size=200), st.sampled_from(LEVELS))
def test_the_matrix_is_qrcodes_own(payload: str, level: int) -> None:
    reference = qrcode.QRCode(error_correction=level, border=4)
    reference.add_data(payload)
    reference.make(fit=True)
    ours = best_code(payload, level, 4)
    assert ours.version == reference.version
    assert ours.get_matrix() == reference.get_matrix()


def test_a_badge_payload_in_bytes_mode_too() -> None:
    payload = "FB1:" + "é" * 3 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    reference = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    reference.add_data(payload)
    reference.make(fit=True)
    assert best_code(payload, qrcode.constants.ERROR_CORRECT_M, 4).get_matrix() == reference.get_matrix()
