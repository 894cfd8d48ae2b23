"""Datasette as an ASGI app factory, so that uvicorn can run it with as many worker
processes as diplo gets (bench.api). Runs in the benchmark-only Datasette venv:

    bench/.venv-datasette/bin/python -m uvicorn --factory bench.datasette_app:app --workers N
"""

from __future__ import annotations

import os
from typing import Any


def app() -> Any:
    from datasette.app import Datasette  # only in the Datasette venv

    ds = Datasette([os.environ["BENCH_DATASETTE_DB"]], settings={"sql_time_limit_ms": 10000})
    return ds.app()
