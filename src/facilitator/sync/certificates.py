"""The room hub's TLS certificate: made once per laptop, kept in its data folder, its key readable
by the user alone. Desks pin it at pairing (trust on first use): after that, no other machine
on the room's network can read or alter what they exchange with the hub."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import socket
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

VALIDITY = dt.timedelta(days=3650)
"""A hub's certificate is pinned, not checked against a date that a laptop's clock may miss."""


def hub_certificate(folder: Path) -> tuple[Path, Path]:
    """The hub's certificate and key files in ``folder``, made the first time."""
    cert, key = folder / "hub.pem", folder / "hub.key"
    if cert.exists() and key.exists():
        return cert, key
    folder.mkdir(parents=True, exist_ok=True)
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"facilitator hub {socket.gethostname()}"[:64])])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + VALIDITY)
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(private, hashes.SHA256())
    )
    descriptor = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(
            private.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return cert, key


def fingerprint(pem: str) -> str:
    """The certificate's SHA-256 fingerprint, grouped for reading aloud."""
    digest = x509.load_pem_x509_certificate(pem.encode("ascii")).fingerprint(hashes.SHA256()).hex().upper()
    return ":".join(digest[index : index + 4] for index in range(0, 16, 4))
