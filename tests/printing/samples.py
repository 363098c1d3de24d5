"""Realistic inputs for the documents: French names with accents and ’, a Villebrune session."""

from __future__ import annotations

import datetime as dt
import random

from facilitator.demo.names import MEN, SURNAMES, WOMEN
from facilitator.printing.model import (
    AttendanceCertificate,
    AttendanceSheet,
    Badge,
    Heading,
    IndemnityLine,
    IndemnityStatement,
    SignatureRow,
    TravelClaimSheet,
    Trip,
)

SESSION_DAY = dt.date(2026, 3, 14)
GENERATED_AT = dt.datetime(2026, 3, 14, 9, 12)
PLACE = "Salle des fêtes, 2 place du Marché, Villebrune"
ASSEMBLY = "Assemblée citoyenne de Villebrune"

HEADING = Heading(
    organisation="Villebrune",
    assembly=ASSEMBLY,
    body="Groupe de proposition",
    session_title="Travail en groupes",
    date=SESSION_DAY,
    period=None,
    place=PLACE,
)
PERIOD_HEADING = Heading(
    organisation="Villebrune",
    assembly=ASSEMBLY,
    body=ASSEMBLY,
    session_title="",
    date=None,
    period=(dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
    place="",
)

NOTABLE = [
    ("Hélène", "Lefèvre", "Habitant·e"),
    ("Françoise", "N’Diaye", "Habitant·e"),
    ("Œdipe", "Cœur", "Élu·e"),
    ("Marie-Christine", "de La Tour-Dauvergne-Saint-Rémy", "Agent·e"),
]

PAYLOAD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def people(count: int, seed: int = 14) -> list[tuple[str, str, str]]:
    """``count`` people: the notable names first, then drawn from the demo's name lists."""
    rng = random.Random(seed)
    result = list(NOTABLE[:count])
    roles = ["Habitant·e"] * 8 + ["Élu·e", "Agent·e", "Expert·e"]
    while len(result) < count:
        first = rng.choice(WOMEN if len(result) % 2 else MEN)
        result.append((first, rng.choice(SURNAMES), rng.choice(roles)))
    return result


def payload(number: int) -> str:
    rng = random.Random(number)
    return "FB1:" + "".join(rng.choice(PAYLOAD_ALPHABET) for _ in range(42))


def badges(count: int) -> list[Badge]:
    return [
        Badge(first, last, role, ASSEMBLY, number, payload(number))
        for number, (first, last, role) in enumerate(people(count), start=1)
    ]


def signature_rows(count: int, *, filled: bool) -> list[SignatureRow]:
    """Everyone expected; on a filled sheet every seventh person absent, every fifth gone at lunch."""
    rows = []
    for number, (first, last, role) in enumerate(people(count), start=1):
        if not filled:
            rows.append(SignatureRow(last, first, role, number))
            continue
        absent = number % 7 == 0
        left_at_lunch = number % 5 == 0 and not absent
        rows.append(
            SignatureRow(
                last,
                first,
                role,
                number,
                arrival=None if absent else dt.time(9, (number * 3) % 50),
                departure=None if absent else (dt.time(12, 30) if left_at_lunch else dt.time(16, 40)),
                morning=not absent,
                afternoon=not absent and not left_at_lunch,
                note="arrivé·e en retard, signature ajoutée par l’agente d’accueil" if number == 2 else "",
            )
        )
    return rows


def attendance_sheet(count: int = 24, *, filled: bool = False) -> AttendanceSheet:
    return AttendanceSheet(
        heading=HEADING,
        morning=True,
        afternoon=True,
        rows=signature_rows(count, filled=filled),
        filled=filled,
        signatory="Le maire ou son représentant",
    )


def indemnity_statement(count: int = 12) -> IndemnityStatement:
    lines = []
    for index, (first, last, role) in enumerate(people(count)):
        half_days = 2 + index % 5
        rate = 4500
        gross = half_days * rate
        deduction = 1000 if index % 4 == 3 else 0
        travel = 0 if index % 3 else 1234
        childcare = 3600 if index % 6 == 1 else 0
        attendance = [
            (dt.date(2026, 1, 10) + dt.timedelta(weeks=4 * k), "journée" if k < half_days // 2 else "matin")
            for k in range((half_days + 1) // 2)
        ]
        lines.append(
            IndemnityLine(
                last_name=last,
                first_name=first,
                role=role,
                attendance=attendance,
                units=f"{half_days} demi-journées",
                unit_rate_cents=rate,
                gross_cents=gross,
                deduction_cents=deduction,
                net_cents=gross - deduction,
                travel_cents=travel,
                childcare_cents=childcare,
                total_cents=gross - deduction + travel + childcare,
            )
        )
    lines[0] = IndemnityLine(
        "Lefèvre",
        "Hélène",
        "Habitant·e",
        [(SESSION_DAY, "journée")],
        "27 demi-journées",
        4572,
        123450,
        0,
        123450,
        0,
        0,
        123450,
    )
    return IndemnityStatement(
        heading=PERIOD_HEADING,
        unit_label="par demi-journée",
        lines=lines,
        rules_note=(
            "Délibération n° 2025-118 du 12 décembre 2025 : 45,00 € par demi-journée de présence, "
            "arrondi au centime inférieur, plafond de 1\u202f500,00 € par semestre ; élu·es et agent·es exclu·es."
        ),
        town="Villebrune",
        signed_on=dt.date(2026, 7, 1),
        signatory="L’ordonnateur",
    )


def travel_sheets() -> list[TravelClaimSheet]:
    car = Trip(
        date=SESSION_DAY,
        purpose="Travail en groupes",
        origin="12 rue des Tanneurs, 31250 Revel",
        destination=PLACE,
        present_from=dt.time(8, 15),
        present_until=dt.time(17, 40),
        means="Voiture personnelle",
        km=46,
        fiscal_hp=5,
        km_allowance_cents=1472,
        ticket_cents=0,
        childcare_cents=3600,
    )
    train = Trip(
        date=dt.date(2026, 4, 11),
        purpose="Audition des expert·es",
        origin="3 allée Œdipe Cœur, 31000 Toulouse",
        destination="Médiathèque François-Mitterrand, Villebrune",
        present_from=dt.time(7, 50),
        present_until=None,
        means="Transports en commun",
        km=0,
        fiscal_hp=None,
        km_allowance_cents=0,
        ticket_cents=1260,
        childcare_cents=0,
    )
    rates = (
        "Barème kilométrique : arrêté du 3 juillet 2006 modifié (14 mars 2022) ; billets remboursés sur justificatif."
    )
    return [
        TravelClaimSheet(
            HEADING,
            "N’Diaye",
            "Françoise",
            "12 rue des Tanneurs, 31250 Revel",
            [car],
            rates,
            "Villebrune",
            dt.date(2026, 3, 16),
        ),
        TravelClaimSheet(
            PERIOD_HEADING,
            "Cœur",
            "Œdipe",
            "3 allée des Lilas, 31000 Toulouse",
            [car, train],
            rates,
            "Villebrune",
            dt.date(2026, 7, 1),
        ),
    ]


def attendance_certificate() -> AttendanceCertificate:
    return AttendanceCertificate(
        heading=PERIOD_HEADING,
        last_name="Lefèvre",
        first_name="Hélène",
        sessions=[
            (SESSION_DAY, "Travail en groupes", PLACE, dt.time(9, 5), dt.time(16, 30)),
            (dt.date(2026, 4, 11), "Audition des expert·es", "Médiathèque, Villebrune", dt.time(9, 0), None),
        ],
        signatory="la maire de Villebrune",
        town="Villebrune",
        issued_on=dt.date(2026, 4, 20),
    )
