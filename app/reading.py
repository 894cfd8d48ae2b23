"""Turn a file into text, or say why it cannot be: the first step of ingest.

UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are decoded as they are;
other single-byte text (Latin-1, Windows-1251, …) is decoded when
charset-normalizer finds a clean reading; NUL bytes or no clean reading make it
binary. HTML is reduced to its text. Only regular files are read (a FIFO, a
socket or a directory named *.txt is reported, never waited on).
"""

from __future__ import annotations

import codecs
import html
import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CHAOS = 0.2  # charset-normalizer's mess ratio above which a reading is not trusted
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


class UnreadableFile(Exception):
    """A file that cannot be turned into text; the message says why."""


@dataclass(frozen=True)
class Text:
    text: str
    encoding: str
    html: bool = False


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than `max_bytes`."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("not a regular file")
        if info.st_size > max_bytes:
            raise UnreadableFile(f"file is {info.st_size} bytes, over the limit of {max_bytes}")
        if not os.access(path, os.R_OK):
            raise UnreadableFile("permission denied")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableFile(exc.strerror or type(exc).__name__) from exc
    if len(data) > max_bytes:
        raise UnreadableFile(f"file grew over the limit of {max_bytes} bytes while read")
    return data


def _western(data: bytes) -> str | None:
    """Windows-1252 (Latin-1's superset), when the text reads as a Western language:
    few letters outside ASCII (French or Spanish accents), not a whole other alphabet."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    return text if letters and foreign / len(letters) < 0.15 else None


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data:
        raise UnreadableFile("binary file (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise UnreadableFile("binary or unknown encoding (no clean text reading)")
    return str(best), best.encoding


class _TextOf(HTMLParser):
    """Visible text of an HTML page, a line break for each block."""

    BLOCKS = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "title",
            "article",
            "section",
        }
    )
    HIDDEN = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(markup: str) -> str:
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\s*\n\s*(?:\n\s*)+", "\n\n", text).strip() + "\n"


def to_text(data: bytes, *, name: str = "") -> Text:
    """Decode a file's bytes into the text diplo stores (HTML reduced to its words)."""
    text, encoding = _decode(data)
    if name.lower().endswith((".html", ".htm")) or _HTML_START.match(
        data[:512].lstrip(codecs.BOM_UTF8)
    ):
        return Text(html_text(text), encoding, html=True)
    if not text.strip():
        raise UnreadableFile("empty file")
    return Text(text, encoding)
