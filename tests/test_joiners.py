"""Zero-width joiners inside Indic and Persian names survive the import and do not hide the
name from search; joiners anywhere else are dropped."""

from __future__ import annotations

from pathlib import Path

from checkin.core.folding import tokens
from checkin.db.repository import Repository
from checkin.operations.search_index import SearchCache
from checkin.sync import run_sync
from tests.test_sync_formats import write_csv

ZWJ, ZWNJ = "\u200d", "\u200c"
DEV = f"दे{ZWJ}व"  # the joiner follows the vowel sign े: part of the spelling
MAHSA = f"مه{ZWNJ}سا"  # Persian: a non-joiner between two letters
HEADER = ["First Name", "Last Name", "Email", "Barcode #"]


def test_joiners_between_letters_are_kept_and_litter_is_dropped(
    repo: Repository, tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "list.csv",
        [
            HEADER,
            [DEV, "Sharma", "dev@example.org", "700001"],
            [MAHSA, f"Karimi{ZWNJ}", "mahsa@example.org", "700002"],
            [f"{ZWJ}Ann", f"Lee {ZWJ}", "ann@example.org", "700003"],
        ],
    )
    assert run_sync(repo, str(source)).added == 3
    names = {a.email: (a.first_name, a.last_name) for a in repo.attendees()}
    assert names["dev@example.org"] == (DEV, "Sharma")
    assert names["mahsa@example.org"] == (MAHSA, "Karimi")  # the trailing one joined nothing
    assert names["ann@example.org"] == ("Ann", "Lee")


def test_search_finds_a_joined_name_typed_with_or_without_its_joiner(
    repo: Repository, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "list.csv", [HEADER, [DEV, "Sharma", "d@example.org", "7001"]])
    run_sync(repo, str(source))
    for query in (DEV, "देव", "dev sharma"):
        (hit,) = SearchCache(repo).search(query)
        assert hit.attendee.first_name == DEV
    # Without a transliterator (core's own folding), a joiner inside a word does not split it.
    assert tokens(f"Zo{ZWJ}ë Sm{ZWNJ}ith") == ["zoe", "smith"]
