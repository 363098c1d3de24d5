"""Votes from the command line, in a subprocess: create, count codes and grid entries, results."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pypdf

from facilitator.app import runtime
from facilitator.app.clock import local_now
from facilitator.core.voting.ballot_code import payload, short_code
from facilitator.services.voting.votes import load_vote, print_kits
from tests.helpers.cli import facilitator


def demo(tmp_path: Path) -> tuple[Path, Path, str]:
    database, basedir = tmp_path / "demo.sqlite", tmp_path / "base"
    assert facilitator("demo", "create", "--db", database, basedir=basedir).returncode == 0
    sessions = json.loads(facilitator("session", "list", "--db", database, "--json", basedir=basedir).stdout)
    return database, basedir, next(s for s in sessions if s["title"] == "Délibération et décision")["id"]


def create(database: Path, basedir: Path, session: str, *options: str) -> str:
    result = facilitator("vote", "create", "--db", database, "--session", session, *options, "--json", basedir=basedir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["id"]


def kits(tmp_path: Path, database: Path, vote_id: str, count: int) -> list[tuple[str, ...]]:
    """Printed kits' codes (QR payloads and short codes), made in process on the same file."""
    context = runtime.start(tmp_path / "printing")
    db = context.open_database(database, create=False)
    try:
        key = load_vote(db, uuid.UUID(vote_id)).key
        printed = print_kits(db, uuid.UUID(vote_id), count, local_now()).value
        return [(*(payload(b, key) for b in kit.ballots), short_code(kit.ballots[0], key)) for kit in printed]
    finally:
        db.dispose()


def test_a_yes_no_vote_counted_from_a_scanner_file(tmp_path: Path) -> None:
    database, basedir, session = demo(tmp_path)
    vote_id = create(database, basedir, session, "--question", "Adoptez-vous l’avis ?", "--method", "yna")
    printed = kits(tmp_path, database, vote_id, 9)
    lines = [kit[0] for kit in printed[:5]] + [kit[1] for kit in printed[5:8]] + [printed[8][2]]
    lines += [printed[0][0], "AC1.L1.VZZZZZ.R.S00000000.C1.0000000000000", "n’importe quoi"]
    codes = tmp_path / "codes.txt"
    codes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counted = facilitator("count", "--db", database, "--vote", vote_id, "--codes", codes, "--json", basedir=basedir)
    assert counted.returncode == 0, counted.stderr
    answer = json.loads(counted.stdout)
    assert len(answer["accepted"]) == 9
    assert [r["outcome"] for r in answer["rejected"]] == ["duplicate", "rejected", "rejected"]
    assert answer["rejected"][0]["message"].startswith("Déjà compté à ")
    assert answer["rejected"][1]["message"] == "Rejeté : Bulletin d’un autre scrutin"
    results = facilitator("results", "--db", database, "--vote", vote_id, "--json", basedir=basedir)
    output = json.loads(results.stdout)
    assert (output["votants"], output["blancs"], output["nuls"], output["exprimes"]) == (9, 1, 0, 8)
    assert [o["votes"] for o in output["options"]] == [5, 3]
    assert output["majority_required"] == 5 and output["outcome"] == "adopted"
    assert len(output["digest"]) == 64


def test_majority_judgment_entries_and_refusals(tmp_path: Path) -> None:
    database, basedir, session = demo(tmp_path)
    vote_id = create(
        database, basedir, session, "--question", "Quel aménagement ?", "--method", "mj", "--options", "Jardin;Marché"
    )
    printed = kits(tmp_path, database, vote_id, 3)
    entries = tmp_path / "entries.txt"
    entries.write_text(f"{printed[0][1]} 6 2\n{printed[1][1]} 5 -\n{printed[2][1]}; 4; 4\nnot a line\n", "utf-8")
    counted = facilitator("count", "--db", database, "--vote", vote_id, "--entries", entries, "--json", basedir=basedir)
    assert len(json.loads(counted.stdout)["accepted"]) == 3
    output = json.loads(facilitator("results", "--db", database, "--vote", vote_id, "--json", basedir=basedir).stdout)
    garden, market = output["options"]
    assert garden["majority_grade"] == 5 and garden["rank"] == 1 and output["winner"] == 1
    assert market["tallies"] == [1, 0, 1, 0, 1, 0, 0]  # the empty row at the worst grade
    refused = facilitator(
        "vote", "create", "--db", database, "--session", session, "--question", "Q", "--method", "single",
        "--options", "A", "--json", basedir=basedir,
    )  # fmt: skip
    assert refused.returncode == 3 and "au moins deux" in refused.stderr
    bad = facilitator("vote", "create", "--db", database, "--session", session, "--question", "Q",
                      "--method", "yna", "--majority", "3/2", basedir=basedir)  # fmt: skip
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_ballots_printed_and_a_test_deck_counted_from_its_pdf(tmp_path: Path) -> None:
    database, basedir, session = demo(tmp_path)
    vote_id = create(
        database, basedir, session, "--question", "Quel nom pour la médiathèque ?", "--method", "single",
        "--options", "Simone Veil;Gisèle Halimi;Lucie Aubrac",
    )  # fmt: skip
    ballots = tmp_path / "ballots.pdf"
    printed = facilitator("ballots", "print", "--db", database, "--vote", vote_id, "--kits", "12", "-o", ballots,
                          basedir=basedir)  # fmt: skip
    assert printed.returncode == 0 and "12 jeux de bulletins imprimés" in printed.stdout
    assert "Gisèle Halimi" in "".join(page.extract_text() for page in pypdf.PdfReader(ballots).pages)
    deck = tmp_path / "deck.pdf"
    expected = json.loads(
        facilitator("testdeck", "--db", database, "--vote", vote_id, "-o", deck, "--json", basedir=basedir).stdout
    )
    assert expected["votes"] == [4, 3, 2]
    counted = facilitator("count", "--db", database, "--vote", vote_id, "--pdf", deck, "--test", "--json",
                          basedir=basedir)  # fmt: skip
    answer = json.loads(counted.stdout)
    assert answer["pages_without_code"] == [1] and len(answer["accepted"]) == expected["ballots"] - 3
    assert sorted(r["outcome"] for r in answer["rejected"]) == ["conflict", "duplicate", "rejected"]
    assert Path(answer["archive"], "deck.pdf").exists()
    results = json.loads(
        facilitator("results", "--db", database, "--vote", vote_id, "--test", "--json", basedir=basedir).stdout
    )
    assert [o["votes"] for o in results["options"]] == expected["votes"]
    assert results["blancs"] == expected["blancs"] and results["unsettled"] == 1  # the counters decide it
    real = json.loads(facilitator("results", "--db", database, "--vote", vote_id, "--json", basedir=basedir).stdout)
    assert real["votants"] == 0
    missing = facilitator("count", "--db", database, "--vote", vote_id, "--pdf", tmp_path / "nope.pdf",
                          basedir=basedir)  # fmt: skip
    assert missing.returncode == 3 and "n’existe pas" in missing.stderr
