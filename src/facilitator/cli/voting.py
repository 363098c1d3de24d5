"""Command-line commands of the votes: define one, print its ballot kits and its test deck,
count it from a file of codes or of grid entries, print its results; and the procès-verbal for
``print pv``.

``count --codes`` reads one scanned payload per line, as a handheld scanner types them (or a
typed short code); ``count --entries`` reads grid entries: a short code or payload, then one
value per row (a grade's number, worst = 0, or « - » for a row left empty), separated by
spaces, commas or semicolons. Every line is recorded as the counters' entry it is and
answered with what it did. Headless (no QtWidgets).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.app.clock import local_now
from facilitator.app.runtime import Runtime
from facilitator.cli.arguments import Commands, command, group, number_between, parse_id
from facilitator.cli.common import EXIT_OK, Cli, Document, Scope, open_database, print_json, refuse, written
from facilitator.core.participants import Role
from facilitator.core.voting.count import IN_THE_BOX, Entry, EntryKind, EventOutcome
from facilitator.core.voting.definition import MAX_KITS
from facilitator.core.voting.entries import file_lines, grid_line
from facilitator.core.voting.model import DEFAULT_GRADES, Base, Majority, Method
from facilitator.core.voting.results import OptionResult, VoteResult
from facilitator.text.voting import outcome_text

ACCEPTED_VALUES = {outcome.value for outcome in IN_THE_BOX}


def _majority(text: str) -> str:
    try:
        Majority.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError("simple, absolute or a fraction a/b between 0 and 1") from error
    return text


def add_commands(commands: Commands) -> None:
    create = command(group(commands, "vote", "votes"), "create", "define a vote in a session", _create)
    create.add_argument("--session", type=parse_id, required=True, metavar="ID")
    create.add_argument("--question", required=True, metavar="TEXT")
    create.add_argument("--method", choices=[m.value for m in Method], required=True)
    create.add_argument("--options", default="", metavar='"A;B;C"', help="the proposals (not for yna)")
    create.add_argument("--grades", metavar='"…;…"', help="majority judgment: the grades, worst first")
    create.add_argument(
        "--default-grade", type=number_between(0, 20), default=0, metavar="N", help="grade of an empty row (0: worst)"
    )
    create.add_argument("--majority", type=_majority, default="absolute", metavar="simple|absolute|A/B")
    create.add_argument("--base", choices=[b.value for b in Base], default=Base.EXPRESSED.value)
    create.add_argument("--roles", default=Role.CITIZEN.value, metavar="ROLE;…", help="who may vote (default: citizen)")
    create.add_argument("--double-entry", action="store_true", help="grids count once two counters agree")
    create.add_argument("--json", action="store_true", help='print {"id": …}')
    printing = command(
        group(commands, "ballots", "ballot kits"),
        "print",
        "print ballot kits to PDF (slips or grid sheets)",
        _print_ballots,
    )
    printing.add_argument("--vote", type=parse_id, required=True, metavar="ID")
    printing.add_argument(
        "--kits", type=number_between(1, MAX_KITS), required=True, metavar="N", help="voters' kits (spares included)"
    )
    printing.add_argument("--test", action="store_true", help="test ballots, for a rehearsal (never count)")
    printing.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    deck = command(commands, "testdeck", "a vote's test deck (known results) to rehearse the count", _print_deck)
    deck.add_argument("--vote", type=parse_id, required=True, metavar="ID")
    deck.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    deck.add_argument("--json", action="store_true", help="print the expected results as JSON")
    count = command(commands, "count", "count a vote's ballots from a file", _count)
    count.add_argument("--vote", type=parse_id, required=True, metavar="ID")
    source = count.add_mutually_exclusive_group(required=True)
    source.add_argument("--pdf", type=Path, metavar="FILE", help="a copier's PDF of ballots (several per page)")
    source.add_argument("--images", type=Path, metavar="DIR", help="a folder of scanned images")
    source.add_argument("--codes", type=Path, metavar="FILE", help="one scanned code per line")
    source.add_argument("--entries", type=Path, metavar="FILE", help="grid entries: code, then a value per row")
    count.add_argument("--counter", default="", metavar="NAME", help="who counts (recorded with each entry)")
    count.add_argument("--test", action="store_true", help="a rehearsal with the test deck")
    count.add_argument("--json", action="store_true", help="print JSON (the only format)")
    results = command(commands, "results", "a vote's results and reconciliation", _results)
    results.add_argument("--vote", type=parse_id, required=True, metavar="ID")
    results.add_argument("--test", action="store_true", help="the rehearsal's count")
    results.add_argument("--json", action="store_true", help="print JSON (the only format)")


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in (p.strip() for p in text.split(";")) if part)


def _create(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.core.voting.definition import VoteDefinition
    from facilitator.services.voting.votes import create_vote

    try:
        roles = tuple(Role(role) for role in _split(args.roles))
    except ValueError:
        return refuse(Cli.tr("Unknown role in --roles: use citizen, elected, staff, expert or facilitator."))
    method = Method(args.method)
    grades = _split(args.grades) if args.grades is not None else (DEFAULT_GRADES if method is Method.JUDGMENT else ())
    definition = VoteDefinition(
        question=args.question,
        method=method,
        options=_split(args.options),
        majority=Majority.parse(args.majority, Base(args.base)),
        grades=grades,
        default_grade=args.default_grade,
        voter_roles=roles,
        double_entry=args.double_entry,
    )
    with open_database(context, args) as db:
        vote_id = create_vote(db, args.session, definition, local_now()).value
    print_json({"id": str(vote_id)})
    return EXIT_OK


def _print_ballots(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.voting.documents import print_ballots

    with open_database(context, args) as db:
        printed = print_ballots(db, args.vote, args.kits, args.output, local_now(), test=args.test).value
    print(Cli.tr("%n kit(s) printed to {path}.", "", printed).format(path=args.output))
    return EXIT_OK


def _print_deck(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.voting.documents import print_deck

    with open_database(context, args) as db:
        plan = print_deck(db, args.vote, args.output, local_now()).value
    if args.json:
        print_json(
            {
                "votants": plan.voters,
                "blancs": plan.blanks,
                "nuls": plan.nuls,
                "exprimes": plan.expressed,
                "votes": list(plan.votes),
                "tallies": [list(tally) for tally in plan.tallies],
                "duplicates": plan.duplicates,
                "foreign": plan.foreign,
                "ballots": len(plan.ballots),
            }
        )
    else:
        print(Cli.tr("Test deck written to {path}.").format(path=args.output))
    return EXIT_OK


def _minutes(context: Runtime, args: argparse.Namespace) -> int:
    """``print pv --vote ID``: the procès-verbal of the count as it stands."""
    from facilitator.services.voting.minutes import print_minutes

    with open_database(context, args) as db:
        print_minutes(db, args.vote, args.output, local_now(), test=args.test)
    return written(args.output)


FILE_BATCH = 200
"""Lines of a codes or entries file recorded per transaction: the count stays linear in the
file's length, and a crash loses at most one batch, which counting the file again records
(the lines already counted are then « déjà compté »)."""
UNREADABLE = {"outcome": "unreadable_line"}


def _count(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.voting.count import LiveCount

    refused = _source_refused(args)
    if refused is not None:
        return refuse(refused)
    if args.pdf or args.images:
        return _count_scans(context, args)
    path = args.codes or args.entries
    try:
        lines = file_lines(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        return refuse(Cli.tr("Cannot read {path}: {error}").format(path=path, error=error))
    entries = {number: _file_entry(line, args) for number, line in lines}
    readable = [(number, entry) for number, entry in entries.items() if entry is not None]
    outcomes: dict[int, EventOutcome] = {}
    with open_database(context, args) as db:
        live = LiveCount(db, args.vote, test=args.test)
        for start in range(0, len(readable), FILE_BATCH):
            batch = readable[start : start + FILE_BATCH]
            recorded = live.record([entry for _number, entry in batch], local_now()).value
            outcomes.update((number, outcome) for (number, _entry), outcome in zip(batch, recorded, strict=True))
    answers = [
        {"line": number, "text": line, **(_outcome_json(outcomes[number]) if number in outcomes else UNREADABLE)}
        for number, line in lines
    ]
    accepted = [a for a in answers if a["outcome"] in ACCEPTED_VALUES]
    print_json({"accepted": accepted, "rejected": [a for a in answers if a not in accepted]})
    return EXIT_OK


def _file_entry(line: str, args: argparse.Namespace) -> Entry | None:
    """The entry a line of a codes or entries file holds; None for a grid line that cannot be read."""
    if not args.entries:
        return Entry(kind=EntryKind.BALLOT, counter=args.counter, source="file", code=line)
    parsed = grid_line(line)
    if parsed is None:
        return None
    code, rows = parsed
    return Entry(kind=EntryKind.BALLOT, counter=args.counter, source="file", code=code, rows=rows)


def _source_refused(args: argparse.Namespace) -> str | None:
    """Why the file or folder given to ``count`` is not what its option expects, if it is not:
    a folder for ``--images``, a file for the others."""
    source: Path = args.pdf or args.images or args.codes or args.entries
    if not source.exists():
        return Cli.tr("{path} does not exist.").format(path=source)
    if args.images and not source.is_dir():
        return Cli.tr("--images expects a folder of scanned images; {path} is a file (a copier's PDF: --pdf).").format(
            path=source
        )
    if not args.images and source.is_dir():
        if args.pdf:
            return Cli.tr("--pdf expects a PDF file; {path} is a folder (a folder of images: --images).").format(
                path=source
            )
        return Cli.tr("{option} expects a text file; {path} is a folder.").format(
            option="--codes" if args.codes else "--entries", path=source
        )
    return None


def _count_scans(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.scanning.pages import UnreadableScan
    from facilitator.services.voting.scans import count_scans

    source = args.pdf or args.images
    with open_database(context, args) as db:
        try:
            report = count_scans(
                db, args.vote, source, context.paths.scan_archive, local_now, test=args.test, counter=args.counter
            ).value
        except UnreadableScan:
            return refuse(
                Cli.tr("{path} cannot be read as a PDF (damaged, protected or not a PDF).").format(path=source)
            )
    answers = [{"page": page, **_outcome_json(outcome)} for page, outcome in report.outcomes]
    accepted = [a for a in answers if a["outcome"] in ACCEPTED_VALUES]
    print_json(
        {
            "pages": report.pages,
            "accepted": accepted,
            "rejected": [a for a in answers if a not in accepted],
            "pages_without_code": report.pages_without_code,
            "unreadable_pages": report.unreadable_pages,
            "too_large_pages": report.too_large_pages,
            "archive": str(report.archive),
        }
    )
    return EXIT_OK


def _outcome_json(outcome: EventOutcome) -> dict[str, Any]:
    return {
        "outcome": outcome.outcome.value,
        "serial": outcome.serial,
        "reason": outcome.rejected.value if outcome.rejected else None,
        "message": outcome_text(outcome),
        **({"first_at": outcome.first_at.isoformat(timespec="seconds")} if outcome.first_at else {}),
    }


def _results(context: Runtime, args: argparse.Namespace) -> int:
    from facilitator.services.voting.count import load_count

    with open_database(context, args) as db:
        view = load_count(db, args.vote, test=args.test)
    output = results_json(view.result)
    output["question"] = view.vote.question
    output["method"] = view.vote.rules.method.value
    output["present"] = view.eligible_present
    output["minutes_outdated"] = view.minutes_outdated
    output["rejected"] = [
        {
            "text": o.event.code,
            "reason": o.rejected.value if o.rejected else o.outcome.value,
            "message": outcome_text(o),
        }
        for o in view.count.rejected
    ]
    output["checks"] = [
        {"check": c.check.value, "left": c.left, "right": c.right, "agrees": c.agrees, "option": c.option}
        for c in view.checks
    ]
    print_json(output)
    return EXIT_OK


def results_json(result: VoteResult) -> dict[str, Any]:
    return {
        "votants": result.voters,
        "blancs": result.blanks,
        "nuls": result.nuls,
        "nul_reasons": list(result.nul_reasons),
        "exprimes": result.expressed,
        "unsettled": result.unsettled,
        "options": [_option_json(option) for option in result.options],
        "base": result.base,
        "majority_required": result.required,
        "outcome": result.decision.value,
        "winner": result.winner,
        "digest": result.digest,
    }


def _option_json(option: OptionResult) -> dict[str, Any]:
    data: dict[str, Any] = {"number": option.number, "label": option.label, "votes": option.votes, "rank": option.rank}
    if option.judgment is not None:
        judgment = option.judgment
        data.update(
            tallies=list(option.grade_counts),
            majority_grade=judgment.majority_grade,
            p=float(judgment.above_share),
            q=float(judgment.below_share),
            sign=judgment.sign.value if judgment.sign else None,
        )
    return data


DOCUMENTS = {"pv": Document(_minutes, Scope.VOTE)}
