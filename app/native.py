"""Which build of `app.extract` runs: the mypyc-compiled one, or the pure-Python sources.

`make native` (scripts/build_native.py) compiles every module of `app/extract` except its
`__init__.py` into `build/native/app/extract/` and writes there a stamp: the digest of the
sources it compiled.  `app/extract/__init__.py` calls `activate()`, which puts that directory
first on the package's `__path__` only when the stamp matches the sources as they are now, so
an edited source is always run as written (pure) until the next build, never as stale
machine code.  Pure-Python stays the fallback whenever there is no build, it is stale, the
interpreter differs, or `DIPLO_PURE=1` is set.

This module lives outside `app/extract` so that it is neither compiled nor part of the digest.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import os
import sys
import sysconfig
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent / "extract"
ROOT = Path(__file__).resolve().parent.parent
# Where the build goes in a checkout; `DIPLO_NATIVE_DIR` names another (the Docker image's).
DEFAULT_DIR = ROOT / "build" / "native"
STAMP = "SOURCES.sha256"
# The mypyc group: its shared library is the module `app.extract.native__mypyc`, found on the
# package's `__path__` beside the per-module shims.
GROUP = "app.extract.native"
_EXT_SUFFIX = str(sysconfig.get_config_var("EXT_SUFFIX"))


def native_root() -> Path:
    """The build's root directory (holding `app/extract/`)."""
    return Path(os.environ.get("DIPLO_NATIVE_DIR") or DEFAULT_DIR)


def sources(package: Path = PACKAGE) -> list[Path]:
    """The modules mypyc compiles: every one of the package but its `__init__.py`."""
    return sorted(p for p in package.glob("*.py") if p.name != "__init__.py")


def digest(package: Path = PACKAGE) -> str:
    """SHA-256 of the compiled modules' names and bytes, and of the interpreter's extension
    suffix (a build for another Python must not count as this one's)."""
    h = hashlib.sha256(_EXT_SUFFIX.encode())
    for path in sources(package):
        h.update(b"\0" + path.name.encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def _stray_extensions(package: Path) -> list[str]:
    """Compiled modules beside the sources (an in-place `mypyc app/extract`): Python would
    import them before the `.py` files, whatever the stamp says."""
    return sorted(p.name for p in package.iterdir() if p.suffix in (".so", ".pyd"))


def activate(package_path: list[str]) -> bool:
    """Put the compiled build first on `package_path` (the package's `__path__`) when it is
    fresh; True when it did."""
    package = Path(package_path[0])
    stray = _stray_extensions(package)
    if stray:
        raise ImportError(
            f"compiled modules beside the sources of {package} would run instead of them: "
            f"{', '.join(stray)}; delete them (the build belongs in build/native, `make native`)"
        )
    if os.environ.get("DIPLO_PURE", "") not in ("", "0"):
        return False
    built = native_root() / "app" / "extract"
    try:
        stamp = (built / STAMP).read_text(encoding="ascii").strip()
    except OSError:
        return False
    if stamp != digest(package):
        return False
    package_path.insert(0, str(built))
    return True


def describe(active: bool) -> str:
    """The build in words, for benchmarks and `diplo info`."""
    return f"compiled (mypyc, {native_root()})" if active else "pure Python"


def _rebuilt(obj: Any) -> tuple[type, tuple[Any, ...]]:
    """Pickle a dataclass as a call of its constructor with its fields."""
    return type(obj), tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))


def make_picklable(package: str) -> None:
    """Pickle the compiled frozen dataclasses of `package`'s loaded modules by constructor:
    mypyc's own unpickling sets each field through the class's `__setattr__`, which a frozen
    dataclass refuses (and `diplo ingest --workers N` sends extractions between processes)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(package + "."):
            continue
        for value in vars(module).values():
            params = getattr(value, "__dataclass_params__", None)
            if isinstance(value, type) and params is not None and params.frozen:
                copyreg.pickle(value, _rebuilt)
