"""The names of the laptops this one has heard of, by device id: those paired with it (as a
hub, or enrolled on a central store) and those its services told it of at the last sync. What
another laptop recorded can then say where: « déjà arrivé·e à 9:12 (Accueil 1) »."""

from __future__ import annotations

from sqlalchemy import select

from facilitator.store.database import Database
from facilitator.store.models import SyncDevice, SyncLink


def device_names(db: Database) -> dict[str, str]:
    names: dict[str, str] = {}
    with db.read() as session:
        for link in session.scalars(select(SyncLink)):
            told = (link.last_outcome or {}).get("devices", {})
            names.update({str(device): str(name) for device, name in told.items()})
        devices = session.execute(
            select(SyncDevice.device_key, SyncDevice.name).where(SyncDevice.device_key.is_not(None))
        )
        names.update({str(device): name for device, name in devices})
    return names
