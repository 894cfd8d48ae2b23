"""The mypyc build of `app.extract` (`make native`): used only when fresh, and identical.

`make test` sets DIPLO_EXPECT_NATIVE=1, so the suite fails when it would test the pure
sources instead of the build it ships.  The parity test runs `bench.extract_dump` (every
tuning set and the golden file) compiled and pure, and wants byte-identical files; it is
skipped when there is no fresh build.
"""

from __future__ import annotations

import dataclasses
import filecmp
import importlib
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app import extract, native
from app.cli import cli
from app.extract import assemble
from app.extract.people import Person
from app.extract.types import Sentence, Why

ROOT = Path(__file__).resolve().parent.parent
needs_build = pytest.mark.skipif(
    not extract.NATIVE, reason="no fresh mypyc build of app/extract (make native)"
)


def _package(root: Path, body: str = "X = 1\n") -> Path:
    package = root / "pkg"
    package.mkdir(exist_ok=True)
    (package / "__init__.py").write_text("")
    (package / "mod.py").write_text(body)
    return package


def _stamped(root: Path, package: Path) -> Path:
    built = root / "native" / "app" / "extract"
    built.mkdir(parents=True)
    (built / native.STAMP).write_text(native.digest(package) + "\n")
    return root / "native"


def test_suite_runs_the_build_make_test_ships() -> None:
    if os.environ.get("DIPLO_EXPECT_NATIVE", "0") == "1":
        assert extract.NATIVE, "make native did not leave a build that app.extract imports"


@needs_build
def test_every_module_is_the_compiled_one() -> None:
    # mypyc derives `__file__` from its shared library's directory as if that were the root
    # of the tree: build/native/app/extract/app/extract/NAME.so, under the build all the same.
    built = native.native_root() / "app" / "extract"
    for path in native.sources():
        module = importlib.import_module(f"app.extract.{path.stem}")
        file = Path(module.__file__ or "")
        assert file.is_relative_to(built) and file.suffix == ".so", module


def test_fresh_build_is_put_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _package(tmp_path)
    monkeypatch.delenv("DIPLO_PURE", raising=False)
    monkeypatch.setenv("DIPLO_NATIVE_DIR", str(_stamped(tmp_path, package)))
    path = [str(package)]
    assert native.activate(path)
    assert path == [str(tmp_path / "native" / "app" / "extract"), str(package)]


def test_edited_source_makes_the_build_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _package(tmp_path)
    monkeypatch.delenv("DIPLO_PURE", raising=False)
    monkeypatch.setenv("DIPLO_NATIVE_DIR", str(_stamped(tmp_path, package)))
    for change in ("X = 2\n", None):
        if change is None:
            (package / "mod.py").write_text("X = 1\n")
            (package / "new.py").write_text("")  # a module added counts too
        else:
            (package / "mod.py").write_text(change)
        path = [str(package)]
        assert not native.activate(path)
        assert path == [str(package)]


def test_no_build_or_pure_asked_is_pure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _package(tmp_path)
    monkeypatch.setenv("DIPLO_NATIVE_DIR", str(tmp_path / "missing"))
    assert not native.activate([str(package)])
    monkeypatch.setenv("DIPLO_NATIVE_DIR", str(_stamped(tmp_path, package)))
    monkeypatch.setenv("DIPLO_PURE", "1")
    assert not native.activate([str(package)])


def test_compiled_module_beside_the_sources_is_refused(tmp_path: Path) -> None:
    package = _package(tmp_path)
    (package / "mod.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    with pytest.raises(ImportError, match=r"mod\.cpython-311"):
        native.activate([str(package)])


def test_draft_replaced_keeps_every_field() -> None:
    """`Draft.replaced` names the fields one by one: a field added to `Draft` must be too."""
    person = Person("Ann Lee", 0, 7, "President", "KEN")
    draft = assemble.Draft(
        type="visit",
        countries=("KEN", "UGA"),
        date="2024-01-02",
        date_end="2024-01-03",
        status="completed",
        location="Kampala",
        people=[person],
        sent=Sentence(0, 10, "Ann Lee ok"),
        why={"date": Why("2 January", "rule")},
        back_reference=True,
    )
    assert draft.replaced() == draft
    assert draft.replaced(location=None) == dataclasses.replace(draft, location=None)
    names = {f.name for f in dataclasses.fields(assemble.Draft)}
    assert names == {
        "type",
        "countries",
        "date",
        "date_end",
        "status",
        "location",
        "people",
        "sent",
        "why",
        "back_reference",
        "item",
    }


@needs_build
def test_compiled_and_pure_dumps_are_identical(tmp_path: Path) -> None:
    def dump(out: Path, pure: str) -> None:
        env = {**os.environ, "DIPLO_PURE": pure}
        subprocess.run(
            [sys.executable, "-m", "bench.extract_dump", str(out)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=600,
        )

    compiled, pure = tmp_path / "compiled", tmp_path / "pure"
    dump(compiled, "0")
    dump(pure, "1")
    names = sorted(p.name for p in pure.iterdir())
    assert names and names == sorted(p.name for p in compiled.iterdir())
    _, differ, errors = filecmp.cmpfiles(compiled, pure, names, shallow=False)
    assert not differ and not errors, f"compiled and pure extractions differ in {differ + errors}"


def test_diplo_info_names_the_build() -> None:
    result = CliRunner().invoke(cli, ["info"])
    assert result.exit_code == 0 and f"extractor: {extract.BUILD}" in result.output


def test_extraction_survives_pickling() -> None:
    """`diplo ingest --workers N` sends extractions between processes."""
    text = (ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))[0]).read_text()
    found = extract.run(text, resources=extract.load_resources())
    assert found.events and pickle.loads(pickle.dumps(found)) == found
