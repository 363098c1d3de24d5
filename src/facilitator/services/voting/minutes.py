"""The procès-verbal of a vote's count, from the count as it stands, and the results as CSV."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from facilitator.app.files import write_atomically
from facilitator.core.cells import neutralise, spreadsheet_csv
from facilitator.core.changes import Change, Changed
from facilitator.core.voting.count import Outcome
from facilitator.core.voting.model import Method
from facilitator.core.voting.results import OptionResult
from facilitator.printing.model import Heading, VoteMinutes
from facilitator.printing.voting.minutes import vote_minutes_pdf
from facilitator.services.assemblies.headings import session_heading
from facilitator.services.voting.count import CountView, load_count
from facilitator.store.database import Database
from facilitator.store.models import Vote
from facilitator.text.formats import clock_time, percent
from facilitator.text.translate import TranslationContext
from facilitator.text.voting import check_label, decision_text, majority_text, method_label, outcome_text


class MinutesWords(TranslationContext):
    """The translation context of the procès-verbal's labels and values."""


def minutes_of(view: CountView, heading: Heading) -> VoteMinutes:
    vote, result = view.vote, view.result
    rules = [(MinutesWords.tr("Method"), method_label(vote.rules.method))]
    if vote.rules.method is Method.JUDGMENT:
        rules.append((MinutesWords.tr("Grades, worst first"), " · ".join(vote.rules.grades)))
        rules.append((MinutesWords.tr("Grade of a row left empty"), vote.rules.grades[vote.rules.default_grade]))
    else:
        rules.append((MinutesWords.tr("Majority"), majority_text(vote.rules.majority)))
    officers = vote.officers
    attendance = [
        (MinutesWords.tr("Members"), str(view.members)),
        (MinutesWords.tr("Voters present"), _number(view.eligible_present)),
        (MinutesWords.tr("Quorum"), _quorum(view)),
        (MinutesWords.tr("Signatures on the émargement"), _number(view.eligible_present)),
        (MinutesWords.tr("Kits handed out"), _number(view.count.kits_handed_out)),
    ]
    nul_reasons = "; ".join(reason for reason in result.nul_reasons if reason)
    count = [
        (MinutesWords.tr("Envelopes in the box (votants)"), str(result.voters)),
        (MinutesWords.tr("Blank"), str(result.blanks)),
        (MinutesWords.tr("Void (nuls)"), f"{result.nuls}" + (f" — {nul_reasons}" if nul_reasons else "")),
        (MinutesWords.tr("Votes cast (suffrages exprimés)"), str(result.expressed)),
    ]
    if result.unsettled:
        count.append((MinutesWords.tr("Still for the counters to decide"), str(result.unsettled)))
    header, rows = _results_table(vote.rules.method, result.ranking, tuple(vote.rules.grades))
    ranking_header, ranking_rows = _ranking_table(vote.rules.method, result.ranking, tuple(vote.rules.grades))
    winner = next((o.label for o in result.options if o.number == result.winner), "")
    return VoteMinutes(
        heading=heading,
        question=vote.question,
        rules=rules,
        officers=[
            (MinutesWords.tr("President"), officers.president or "—"),
            (MinutesWords.tr("Secretary"), officers.secretary or "—"),
            (MinutesWords.tr("Counters"), ", ".join(officers.counters) or "—"),
        ],
        attendance=attendance,
        count=count,
        checks=[(check_label(c.check, c.option), f"{c.left} / {c.right}", c.agrees) for c in view.checks],
        result_header=header,
        result_rows=rows,
        ranking_header=ranking_header,
        ranking_rows=ranking_rows,
        required=str(result.required) if result.required is not None else "—",
        outcome=_outcome(view, winner),
        incidents=officers.incidents,
        discrepancy_note=officers.discrepancy_note,
        signers=[(MinutesWords.tr("President"), officers.president), (MinutesWords.tr("Secretary"), officers.secretary)]
        + [(MinutesWords.tr("Counter"), name) for name in officers.counters or ("", "")],
        digest=result.digest,
        rejected=[
            (clock_time(o.event.at), _short(o.event.code), outcome_text(o))
            for o in view.count.outcomes
            if o.outcome in (Outcome.REJECTED, Outcome.INCOMPLETE, Outcome.AFTER_VOID, Outcome.CONFLICT)
        ],
        counted_between=_between(view),
        rehearsal=view.test,
    )


def _outcome(view: CountView, winner: str) -> str:
    text = decision_text(view.result.decision, winner)
    if view.result.unsettled:
        text += " " + MinutesWords.tr("(provisional: %n ballot(s) still to decide)", "", view.result.unsettled)
    return text


def _number(value: int | None) -> str:
    return "—" if value is None else str(value)


def _quorum(view: CountView) -> str:
    if view.quorum_required is None:
        return MinutesWords.tr("none set")
    reached = view.quorum_present >= view.quorum_required
    text = (
        MinutesWords.tr("reached ({present} present, {required} required)")
        if reached
        else MinutesWords.tr("NOT reached ({present} present, {required} required)")
    )
    return text.format(present=view.quorum_present, required=view.quorum_required)


def _short(code: str) -> str:
    return code if len(code) <= 48 else code[:45] + "…"


def _between(view: CountView) -> str:
    times = [o.event.at for o in view.count.outcomes]
    if not times:
        return MinutesWords.tr("Nothing counted yet.")
    return MinutesWords.tr("Counted from {start} to {end}.").format(
        start=clock_time(min(times)), end=clock_time(max(times))
    )


def _results_table(
    method: Method, ranking: list[OptionResult], grades: tuple[str, ...]
) -> tuple[list[str], list[list[str]]]:
    """Per option its votes (or approvals) and share; for majority judgment, its judgments per grade."""
    if method is Method.JUDGMENT:
        header = [MinutesWords.tr("Proposal"), *grades]
        return header, [[o.label, *(str(count) for count in o.grade_counts)] for o in ranking]
    votes = MinutesWords.tr("Approvals") if method is Method.APPROVAL else MinutesWords.tr("Votes")
    header = [MinutesWords.tr("Option"), votes, MinutesWords.tr("Share of votes cast"), MinutesWords.tr("Rank")]
    return header, [[o.label, str(o.votes), percent(float(o.share)), str(o.rank)] for o in ranking]


def _ranking_table(
    method: Method, ranking: list[OptionResult], grades: tuple[str, ...]
) -> tuple[list[str], list[list[str]]]:
    """Majority judgment only: majority grade with its gauge (α±), p / q and rank."""
    if method is not Method.JUDGMENT:
        return [], []
    header = [
        MinutesWords.tr("Proposal"),
        MinutesWords.tr("Majority grade"),
        MinutesWords.tr("p / q"),
        MinutesWords.tr("Rank"),
    ]
    rows = []
    for option in ranking:
        judgment = option.judgment
        assert judgment is not None
        grade = "—" if judgment.majority_grade is None else grades[judgment.majority_grade]
        sign = judgment.sign.value if judgment.sign else ""
        gauge = f"{percent(float(judgment.above_share))} / {percent(float(judgment.below_share))}"
        rows.append([option.label, f"{grade} {sign}".strip(), gauge, str(option.rank)])
    return header, rows


def print_minutes(
    db: Database, vote_id: uuid.UUID, path: Path, at: dt.datetime, *, test: bool = False
) -> Changed[CountView]:
    """Write the procès-verbal of the count as it stands, and remember which count it shows (a
    later one makes it « à reprendre »; a rehearsal's is not remembered)."""
    view = load_count(db, vote_id, test=test)
    write_atomically(path, vote_minutes_pdf(minutes_of(view, session_heading(db, view.vote.session_id)), at))
    if test:
        return Changed(view, Change.NONE)
    with db.write() as writer:
        row = writer.session.get(Vote, vote_id)
        assert row is not None  # load_count found it
        writer.change(row, minutes_digest=view.result.digest, minutes_printed_at=at)
        return writer.done(view)


def export_results(db: Database, vote_id: uuid.UUID, path: Path) -> int:
    """The results as CSV (one row per option), for the assembly's site or a spreadsheet."""
    view = load_count(db, vote_id)
    rules = view.vote.rules
    header, rows = _results_table(rules.method, view.result.ranking, tuple(rules.grades))
    if rules.method is Method.JUDGMENT:
        ranking_header, ranking = _ranking_table(rules.method, view.result.ranking, tuple(rules.grades))
        header += ranking_header[1:]
        rows = [row + extra[1:] for row, extra in zip(rows, ranking, strict=True)]
    write_atomically(Path(path), spreadsheet_csv([header, *[[neutralise(c) for c in row] for row in rows]]))
    return len(rows)
