"""schemathesis against /openapi.json of a real server, every operation, bounded
examples: no 5xx, every response matches its schema, status and content type."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import db
from tests.conftest import SEEDS
from tests.server import running_server

CHECKS = ",".join(
    [
        "not_a_server_error",
        "response_schema_conformance",
        "status_code_conformance",
        "content_type_conformance",
    ]
)


def test_schemathesis_finds_nothing(tmp_path: Path) -> None:
    st = shutil.which("st", path=str(Path(sys.executable).parent))
    if st is None:
        pytest.fail("schemathesis is not installed: it is in the dev extras")
    url = f"sqlite:///{tmp_path / 'diplo.db'}"
    db.upgrade(db.get_engine(url))
    from typer.testing import CliRunner

    from app.cli import cli

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DATABASE_URL", url)
        from app.config import get_settings

        get_settings.cache_clear()
        assert CliRunner().invoke(cli, ["ingest", str(SEEDS)]).exit_code == 0
        get_settings.cache_clear()
    with running_server(url) as base:
        run = subprocess.run(
            [
                st,
                "run",
                f"{base}/openapi.json",
                "-n",
                "25",
                "-c",
                CHECKS,
                "--seed",
                "1",
                "--no-color",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    summary = re.search(r"(\d+) generated, (\d+) passed.*", run.stdout)
    print("schemathesis:", summary.group(0) if summary else run.stdout[-500:])
    assert run.returncode == 0, run.stdout[-3000:]
