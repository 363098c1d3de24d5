"""The service over TLS with a certificate file: a laptop that trusts it syncs, one that does not
is told the certificate is not trusted, at once (no retry can help), and sends nothing."""

from __future__ import annotations

import datetime as dt
import ipaddress
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from facilitator.core.sync.refusals import Refusal
from facilitator.services.sync.devices import add_device, ensure_store
from facilitator.store.database import Database
from facilitator.sync.client import SyncClient
from facilitator.sync.protocol import SyncRefused
from facilitator.sync.server import ServiceThread, SyncService


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by its own key, as a town hall's test server has."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sync.mairie.test")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert, key_file = folder / "sync.pem", folder / "sync.key"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert, key_file


def test_a_laptop_enrols_over_tls_only_if_it_trusts_the_certificate(tmp_path: Path, central: Database) -> None:
    cert, key = self_signed(tmp_path)
    running = ServiceThread(SyncService(central, ensure_store(central)), cert=cert, key=key).start()
    try:
        assert running.address.startswith("https://127.0.0.1:")
        code = add_device(central, "Accueil").code
        pauses: list[float] = []
        with SyncClient(running.address, sleep=pauses.append) as untrusting, pytest.raises(SyncRefused) as refused:
            untrusting.enrol(code, "device")
        assert refused.value.refusal is Refusal.UNTRUSTED_CERTIFICATE and pauses == []
        with SyncClient(running.address, ca_file=cert) as trusting:
            name, token, _store = trusting.enrol(code, "device")
        with SyncClient(running.address, token, ca_file=cert) as client:
            assert (name, client.hello().device_name) == ("Accueil", "Accueil")
    finally:
        running.stop()
