"""Travel allowances: the means of transport and the kilometric barème, held as data.

The barème (arrêté of 3 July 2006 as amended on 14 March 2022) changes by decree, so the
rates live in a data file of the application (``resources/rates/kilometric.json``), read by
the services and handed here as a mapping; nothing here knows the figures.

For cars the rate depends on the fiscal horsepower and on the distance driven since the
start of the calendar year: each kilometre is paid at the rate of the band it falls in (the
first 2 000 km of the year at the first rate, the next ones up to 10 000 km at the second,
the rest at the third), so a trip that crosses a band boundary is split at it.
Motorcycles and mopeds have one rate per kilometre.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class TravelMeans(StrEnum):
    NONE = "none"
    PUBLIC_TRANSPORT = "public_transport"
    CAR = "car"
    MOTORCYCLE = "motorcycle"
    MOPED = "moped"
    BICYCLE = "bicycle"


@dataclass(frozen=True)
class Band:
    up_to_km: int | None
    """The band covers the year's kilometres up to this one; None: all the rest."""
    cents_per_km: int


@dataclass(frozen=True)
class CarRates:
    up_to_hp: int | None
    """Cars of at most this fiscal horsepower (and more than the previous line's); None: the rest."""
    bands: tuple[Band, ...]


class ScaleError(ValueError):
    """The barème's data file is not usable (a bug in the shipped data, not the user's input)."""


@dataclass(frozen=True)
class KilometricScale:
    reference: str
    """The text that sets the rates, printed on the état de frais."""
    cars: tuple[CarRates, ...]
    flat_cents_per_km: Mapping[TravelMeans, int]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> KilometricScale:
        try:
            cars = tuple(
                CarRates(line["up_to_hp"], tuple(Band(b["up_to_km"], int(b["cents_per_km"])) for b in line["bands"]))
                for line in data["cars"]
            )
            flat = {TravelMeans(name): int(cents) for name, cents in data["flat_cents_per_km"].items()}
            scale = cls(str(data["reference"]), cars, flat)
        except (KeyError, TypeError, ValueError) as error:
            raise ScaleError(str(error)) from error
        scale._check()
        return scale

    def _check(self) -> None:
        if not self.cars or self.cars[-1].up_to_hp is not None:
            raise ScaleError("the last car line must cover every horsepower")
        for line in self.cars:
            if not line.bands or line.bands[-1].up_to_km is not None:
                raise ScaleError("the last band must cover every distance")
            limits = [band.up_to_km for band in line.bands[:-1] if band.up_to_km is not None]
            grows = len(limits) == len(line.bands) - 1 and limits == sorted(limits)
            if not grows or any(band.cents_per_km < 0 for band in line.bands):
                raise ScaleError("bands must grow and rates be positive")

    def car_rates(self, fiscal_hp: int) -> CarRates:
        return next(line for line in self.cars if line.up_to_hp is None or fiscal_hp <= line.up_to_hp)

    def allowance(self, means: TravelMeans, fiscal_hp: int | None, done_km: int, km: int) -> int:
        """Cents for a trip of ``km`` after ``done_km`` already driven this year by this means."""
        if means in self.flat_cents_per_km:
            return km * self.flat_cents_per_km[means]
        if means is not TravelMeans.CAR or km == 0:
            return 0
        if fiscal_hp is None:
            raise ValueError("a car's allowance needs its fiscal horsepower")
        total = 0
        start = done_km
        for band in self.car_rates(fiscal_hp).bands:
            end = done_km + km if band.up_to_km is None else min(done_km + km, band.up_to_km)
            if end > start:
                total += (end - start) * band.cents_per_km
                start = end
        return total

    @staticmethod
    def is_cumulative(means: TravelMeans) -> bool:
        """Whether the year's distance by this means changes its rate (cars only)."""
        return means is TravelMeans.CAR
