"""People shared by several test modules."""

from facilitator.core.participants import Gender, ParticipantDetails, Role

JEANNE = ParticipantDetails(
    "Jeanne",
    "Dupont",
    Role.CITIZEN,
    Gender.FEMALE,
    1984,
    "Centre-ville",
    drawn=True,
    phone="06 12 34 56 78",
    sub_bodies=("Groupe de proposition",),
)
