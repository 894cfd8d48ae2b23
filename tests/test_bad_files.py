"""Folders nobody curated: every bad file is decoded where sound or reported with its
reason, and the good ones still ingest."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from app import extract
from app.ingest import ingest_paths
from app.models import Document
from app.reading import UnreadableFile, html_text, to_text

GOOD = "Azerbaijan and Cambodia established diplomatic relations on February 2, 1995.\n"
RES = extract.load_resources()


def make_corpus(folder: Path) -> dict[str, str]:
    """Write the corpus; return file name -> expected outcome ("new" or a failure reason)."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin1.txt").write_bytes(
        (
            "Le président de la République française a rencontré à Paris le Président "
            "du Sénégal pour des entretiens bilatéraux détaillés.\n"
        ).encode("latin-1")
    )
    (folder / "cp1251.txt").write_bytes(
        "Министр иностранных дел Казахстана встретился с коллегой из Азербайджана в Баку.\n".encode(
            "cp1251"
        )
    )
    (folder / "utf16.txt").write_bytes(GOOD.replace("Cambodia", "Vietnam").encode("utf-16"))
    (folder / "huge.txt").write_bytes(b"a")
    os.truncate(folder / "huge.txt", 101 * 1024 * 1024)  # sparse: 101 MB over the 20 MB limit
    (folder / "oneline.txt").write_text("word " * (5 * 1024 * 1024 // 5), encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><style>p{}</style><script>var x=1;</script></head><body>"
        "<p>Kenya and Uganda signed a protocol on trade on 3 May 2023.</p></body></html>",
        encoding="utf-8",
    )
    (folder / "russian.txt").write_text("Это статья о погоде в Москве.\n", encoding="utf-8")
    (folder / "fifo.txt").parent.mkdir(exist_ok=True)
    os.mkfifo(folder / "fifo.txt")
    (folder / "dir.txt").mkdir()
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "vanishes.txt").write_text(GOOD.replace("1995", "1996"), encoding="utf-8")
    return {
        "good.txt": "new",
        "empty.txt": "empty file",
        "binary.txt": "binary",
        "latin1.txt": "new",
        "cp1251.txt": "new",
        "utf16.txt": "new",
        "huge.txt": "over the limit",
        "oneline.txt": "new",
        "page.html": "new",
        "russian.txt": "new",
        "fifo.txt": "not a regular file",
        "loop.txt": "level",  # "Too many levels of symbolic links"
        "vanishes.txt": "No such file",
    }


def test_bad_files_are_reported_and_the_rest_ingest(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    expected = make_corpus(folder)
    seen: dict[str, tuple[str, str | None]] = {}

    def on_file(outcome: object) -> None:
        seen[outcome.path.name] = (outcome.status, outcome.error)  # type: ignore[attr-defined]

    # A file that vanishes while the run goes: it is listed, then removed before it is read.
    real_walk = os.walk

    def walk_then_remove(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        yield from real_walk(*args, **kwargs)  # type: ignore[arg-type]
        (folder / "vanishes.txt").unlink(missing_ok=True)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("app.ingest.os.walk", walk_then_remove)
        summary = ingest_paths(
            engine, [folder], resources=RES, max_bytes=20 * 1024 * 1024, on_file=on_file
        )
    for name, want in expected.items():
        status, error = seen[name]
        if want == "new":
            assert status == "new", (name, error)
        else:
            assert status == "failed" and want in (error or ""), (name, status, error)
    assert {o.path.name for o in summary.failed} == {n for n, w in expected.items() if w != "new"}
    with Session(engine) as s:
        stored = s.execute(select(func.count()).select_from(Document)).scalar_one()
    assert stored == sum(1 for w in expected.values() if w == "new")
    assert summary.events >= 2  # the good file and the HTML page both have an event


def test_html_is_reduced_to_visible_text() -> None:
    text = html_text("<html><script>alert(1)</script><p>One &amp; two.</p><p>Three</p></html>")
    assert text == "One & two.\n\nThree\n"


def test_decoding_records_the_encoding() -> None:
    french = (
        "Le président de la République a rencontré à Paris le ministre des Affaires étrangères."
    )
    assert to_text(french.encode("latin-1")).encoding in (
        "cp1252",
        "latin_1",
        "iso8859_1",
    )
    assert to_text(GOOD.encode("utf-16")).encoding == "utf-16"
    with pytest.raises(UnreadableFile, match="binary"):
        to_text(b"\x00abc")


def test_reading_a_fifo_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    from app.reading import read_bytes

    done = threading.Event()
    errors: list[str] = []

    def read() -> None:
        try:
            read_bytes(fifo, max_bytes=100)
        except UnreadableFile as exc:
            errors.append(str(exc))
        done.set()

    threading.Thread(target=read, daemon=True).start()
    assert done.wait(5)
    assert errors == ["not a regular file"]
