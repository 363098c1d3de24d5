"""The small groups from the command line, in a subprocess: synthetic rooms, Social Golfer
instances, a session's plan, its table cards, itinerary slips and CSV."""

from __future__ import annotations

import csv
import io
import json
from itertools import combinations
from pathlib import Path

import pypdf

from tests.helpers.cli import facilitator


def plan(*options: str, basedir: Path) -> dict:
    result = facilitator("rotation", "plan", *options, "--json", basedir=basedir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def meetings(rounds: list[list[list[int]]]) -> dict[frozenset[int], int]:
    met: dict[frozenset[int], int] = {}
    for tables in rounds:
        for table in tables:
            for pair in combinations(table, 2):
                met[frozenset(pair)] = met.get(frozenset(pair), 0) + 1
    return met


def test_a_synthetic_assembly_room(tmp_path: Path) -> None:
    output = plan(
        "--people",
        "170",
        "--tables",
        "21",
        "--rounds",
        "8",
        "--hosts",
        "--officials",
        "12",
        "--seed",
        "4",
        basedir=tmp_path,
    )
    assert len(output["rounds"]) == 8
    for tables in output["rounds"]:
        assert len(tables) == 21
        assert sorted(person for table in tables for person in table) == list(range(170))
        assert max(map(len, tables)) - min(map(len, tables)) <= 1
    assert output["repeated_pairs"] == 0 == sum(times - 1 for times in meetings(output["rounds"]).values())
    assert output["official_clashes"] == 0
    assert all(sum(person < 12 for person in table) <= 1 for tables in output["rounds"] for table in tables)
    assert set(output["balance"]) == {"gender", "age_band", "neighbourhood", "drawn"}
    assert 0 < output["neighbourhood_variety"] <= 1
    assert output["seed"] == 4 and output["seconds"] > 0
    hosts = range(170 - 21, 170)
    for tables in output["rounds"]:
        for index, table in enumerate(tables):
            assert hosts[index] in table


def test_social_golfer_instances(tmp_path: Path) -> None:
    kirkman = plan("--sgp", "5-3-7", "--seed", "0", basedir=tmp_path)
    assert kirkman["repeated_pairs"] == 0 and len(kirkman["rounds"]) == 7
    assert kirkman["revisits"] == 0  # golfers' groups have no place to come back to
    stored = plan("--sgp", "8-4-10", basedir=tmp_path)
    assert stored["repeated_pairs"] == 0 and len(stored["rounds"]) == 10
    impossible = plan("--sgp", "6-6-4", "--seed", "0", "--deadline", "1", basedir=tmp_path)
    assert impossible["impossible_without_repeats"] is True
    assert impossible["repeated_pairs"] > 0 and impossible["minimum_found"] == impossible["repeated_pairs"]
    assert kirkman["minimum_found"] is None and kirkman["impossible_without_repeats"] is False
    assert impossible["bound"]["proven"] == 3


def test_tables_as_large_as_their_number(tmp_path: Path) -> None:
    """Tables of 9 at 7 tables: a table's nine meet again in round 2 whatever the plan; tables
    of 5 at 5 tables: someone comes back to each table every round after the first."""
    crowded = plan("--people", "63", "--tables", "7", "--rounds", "3", "--officials", "0", basedir=tmp_path)
    assert crowded["impossible_without_repeats"] is True and crowded["bound"]["proven"] == 1
    assert crowded["minimum_found"] == crowded["repeated_pairs"] > 0
    square = plan("--people", "25", "--tables", "5", "--rounds", "3", "--officials", "0", basedir=tmp_path)
    assert square["unavoidable_revisits"] == 5 * 2
    assert square["repeated_pairs"] > 0 or square["revisits"] >= 5 * 2


def test_bad_room_is_refused_in_french(tmp_path: Path) -> None:
    result = facilitator(
        "rotation", "plan", "--people", "40", "--tables", "3", "--table-size", "5", "--rounds", "2", basedir=tmp_path
    )
    assert result.returncode == 3
    assert "ne peuvent pas accueillir" in result.stderr


def test_a_session_plan_its_cards_slips_and_csv(tmp_path: Path) -> None:
    database, basedir = tmp_path / "demo.sqlite", tmp_path / "base"
    assert facilitator("demo", "create", "--db", database, basedir=basedir).returncode == 0
    sessions = json.loads(facilitator("session", "list", "--db", database, "--json", basedir=basedir).stdout)
    session = next(s for s in sessions if s["title"] == "Délibération et décision")["id"]
    output = plan(
        "--db",
        str(database),
        "--session",
        session,
        "--rounds",
        "3",
        "--table-size",
        "6",
        "--seed",
        "9",
        basedir=basedir,
    )
    assert output["repeated_pairs"] == 0 and len(output["rounds"]) == 3
    names = {person["index"]: person["name"] for person in output["people"]}
    first_table = [names[index] for index in output["rounds"][0][0]]
    cards = tmp_path / "tables.pdf"
    printed = facilitator("print", "tables", "--db", database, "--session", session, "-o", cards, basedir=basedir)
    assert printed.returncode == 0, printed.stderr
    pages = pypdf.PdfReader(cards).pages
    assert len(pages) == len(output["rounds"][0])
    text = pages[0].extract_text()
    assert "Table 1" in text and "Tour 3" in text and "graine 9" in text
    assert all(name in text for name in first_table)
    slips = tmp_path / "itineraires.pdf"
    assert (
        facilitator(
            "print", "itineraries", "--db", database, "--session", session, "-o", slips, basedir=basedir
        ).returncode
        == 0
    )
    slip_text = " ".join(page.extract_text() for page in pypdf.PdfReader(slips).pages)
    assert "Tour 1 : table" in slip_text and len(pypdf.PdfReader(slips).pages) == -(-len(names) // 10)
    table = tmp_path / "plan.csv"
    assert (
        facilitator(
            "rotation", "export", "--db", database, "--session", session, "-o", table, basedir=basedir
        ).returncode
        == 0
    )
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Nom", "Prénom", "Badge", "Tour 1", "Tour 2", "Tour 3"]
    assert len(rows) == len(names) + 1


def test_printing_before_any_plan_says_so(tmp_path: Path) -> None:
    database, basedir = tmp_path / "demo.sqlite", tmp_path / "base"
    assert facilitator("demo", "create", "--db", database, basedir=basedir).returncode == 0
    sessions = json.loads(facilitator("session", "list", "--db", database, "--json", basedir=basedir).stdout)
    session = next(s for s in sessions if s["title"] == "Délibération et décision")["id"]
    result = facilitator(
        "print", "tables", "--db", database, "--session", session, "-o", tmp_path / "t.pdf", basedir=basedir
    )
    assert result.returncode == 3
    assert "pas encore de plan" in result.stderr
    assert not (tmp_path / "t.pdf").exists()


def test_numbers_that_make_no_room_are_refused_without_a_traceback(tmp_path: Path) -> None:
    for options in (["--tables", "0"], ["--table-size", "-3"], ["--tables", "x"]):
        result = facilitator("rotation", "plan", "--people", "20", "--rounds", "2", *options, basedir=tmp_path)
        assert result.returncode == 2 and "Traceback" not in result.stderr
    hosts = facilitator(
        "rotation", "plan", "--people", "4", "--tables", "6", "--rounds", "2", "--hosts", basedir=tmp_path
    )
    assert hosts.returncode == 3 and "Traceback" not in hosts.stderr
    lonely = plan("--people", "5", "--tables", "5", "--rounds", "9", "--seed", "1", basedir=tmp_path)
    assert lonely["repeated_pairs"] == 0 and lonely["impossible_without_repeats"] is False
