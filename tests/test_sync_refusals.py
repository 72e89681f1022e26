"""Files that cannot be read are refused in one sentence and leave the database exactly as it was;
mangled CSV never crashes the importer nor half-imports."""

from __future__ import annotations

import tempfile
from itertools import count
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from checkin.db.repository import Repository
from checkin.sync import SyncError, run_sync
from tests.fakes import meetup
from tests.test_sync_formats import write_csv
from tests.test_sync_resync import HEADER, PEOPLE, row


def database_bytes(repo: Repository) -> tuple[bytes, bytes]:
    wal = repo.path.with_name(repo.path.name + "-wal")
    return repo.path.read_bytes(), wal.read_bytes() if wal.exists() else b""


REFUSALS: list[tuple[str, bytes, str]] = [
    ("broken.csv", b'First Name,Last Name\nZo\xc3\xab,"\xc3\x98deg\xc3\xa5rd\nAda,Lovelace\n',
     "cannot be read as CSV at row 2"),
    ("quote.csv", b'Name,Email\n"Ada" Lovelace,ada@example.org\n',
     "cannot be read as CSV at row 2"),
    ("nonames.csv", b"Order,Amount\n1,10\n2,20\n", "no name column"),
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"\r\n ; ;\r\n\r\n", "is empty"),
    ("header.csv", b"First Name,Last Name\r\n", "no attendee rows"),
    ("photo.csv", bytes(range(256)) * 8, "not a spreadsheet"),
    ("page.csv", b"<!DOCTYPE html><html><body>Sign in</body></html>", "web page"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old Excel"),
    ("fake.xlsx", b"PK\x03\x04not really a zip", "XLSX"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "message"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_unreadable_files_are_refused_and_change_nothing(
    repo: Repository, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    run_sync(repo, str(write_csv(tmp_path / "eb.csv", [HEADER, *PEOPLE])))
    before = database_bytes(repo)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SyncError, match=message) as refused:
        run_sync(repo, str(path))
    assert "\n" not in str(refused.value)
    assert database_bytes(repo) == before


def test_missing_file_and_folder(repo: Repository, tmp_path: Path) -> None:
    with pytest.raises(SyncError, match="There is no file"):
        run_sync(repo, str(tmp_path / "nowhere.csv"))
    with pytest.raises(SyncError, match="is a folder"):
        run_sync(repo, str(tmp_path))


def test_workbook_without_names_is_refused(repo: Repository, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Invoice", "Total"])
    sheet.append([1, 9.5])
    book.save(tmp_path / "invoices.xlsx")
    before = database_bytes(repo)
    with pytest.raises(SyncError, match="no name column"):
        run_sync(repo, str(tmp_path / "invoices.xlsx"))
    assert database_bytes(repo) == before


VALID = "\r\n".join(",".join(cells) for cells in [HEADER, *[row(n, f"Ana{n}", "Núñez") for n in
                                                            range(1, 9)]])  # fmt: skip
_MUTATION = st.tuples(
    st.integers(min_value=0, max_value=len(VALID)),
    st.integers(min_value=0, max_value=6),
    st.sampled_from(['"', ",", ";", "\t", "\n", "\r", "\x00", "é", "\ufeff", "", '""', "\x1f"]),
)


def test_mangled_csv_never_crashes_nor_half_imports(tmp_path: Path) -> None:
    # One database for all examples (hypothesis reruns the body; fixtures would not be reset).
    with Repository(Path(tempfile.mkdtemp(dir=tmp_path)) / "fuzz.sqlite3") as repo:
        repo.save_event(meetup())
        names = count()

        @settings(max_examples=120, deadline=None)
        @given(
            mutations=st.lists(_MUTATION, max_size=8),
            encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
            cut=st.integers(min_value=0, max_value=len(VALID)),
        )
        def mangled(mutations: list[tuple[int, int, str]], encoding: str, cut: int) -> None:
            text = VALID[: max(cut, len(VALID) // 2)]
            for at, drop, insert in mutations:
                text = text[:at] + insert + text[at + drop :]
            path = tmp_path / "mangled.csv"
            path.write_bytes(text.encode(encoding, errors="replace"))
            source = f"fuzz-{next(names)}"
            before = repo.attendees()
            try:
                report = run_sync(repo, str(path), name=source)
            except SyncError as error:
                assert str(error) and "\n" not in str(error)
                assert repo.attendees() == before
                return
            imported = [a for a in repo.attendees() if a.source == source]
            assert len(imported) == report.added  # all the good rows, and only them
            assert all(a.full_name for a in imported)
            assert [a for a in repo.attendees() if a.source != source] == before

        mangled()
