"""A writer process for the durability tests: prints each id once its commit has returned.

    python durability_writer.py DB_PATH ASSEMBLY_ID

Alternates single additions with 300-line imports, forever, until it is killed.
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from pathlib import Path

from facilitator.core.fields import Field
from facilitator.core.participants import ParticipantDetails
from facilitator.core.roster.table import RawRow, RawTable
from facilitator.services.roster.importing import import_roster
from facilitator.services.roster.participants import add_participant
from facilitator.store.opening import open_database


def main() -> None:
    db = open_database(Path(sys.argv[1]), "writer")
    assembly = uuid.UUID(sys.argv[2])
    round_number = 0
    while True:
        round_number += 1
        person = add_participant(db, assembly, ParticipantDetails("Solo", f"N{uuid.uuid4().hex}")).value
        print(f"one {person.id}", flush=True)
        batch = uuid.uuid4().hex
        rows = tuple(RawRow(i + 2, (f"B{batch}", f"P{i}")) for i in range(300))
        table = RawTable(("Nom", "Prénom"), rows)
        import_roster(db, assembly, table, [Field.LAST_NAME, Field.FIRST_NAME], dt.date.today())
        print(f"batch B{batch}", flush=True)


if __name__ == "__main__":
    main()
