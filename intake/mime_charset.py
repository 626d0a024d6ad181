"""Decode the bytes of real-world mail, whatever charset it claims (or lacks).

Every fallback taken is appended to the caller's ``defects`` list as a short
tag (``charset-fallback:<label>-><codec>``, ``charset-replace:<label>``), so
a parsed message says how much guessing went into its text.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_bytes", "defect_tag", "repair"]

# Labels that name a superset or a real codec under another name (WHATWG practice).
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "euc-kr": "cp949", "gb2312": "gb18030",
    "gbk": "gb18030", "shift_jis": "cp932", "x-sjis": "cp932", "iso-8859-1": "cp1252",
}  # fmt: skip
# Tried in order when the charset is missing, unknown or plain ASCII but wrong.
_GUESSES = ("utf-8", "cp1252", "latin-1")
_SURROGATE = re.compile("[\udc80-\udcff]")


def defect_tag(text: str) -> str:
    """Make a charset label or header name safe to use inside a defect name."""
    return re.sub(r"[^a-z0-9_.-]", "", text.lower())[:40] or "none"


def decode_bytes(data: bytes, charset: str | None, defects: list[str]) -> str:
    """Decode with the declared charset, falling back and recording each fallback."""
    label = (charset or "").strip().strip("\"'").lower()
    try:
        codec = codecs.lookup(_CHARSET_ALIASES.get(label, label)).name
        b"  ".decode(codec, "replace")  # rejects bytes-to-bytes codecs such as "base64"
    except (LookupError, ValueError):
        codec = ""
    if codec not in {"", "ascii"}:
        try:
            return data.decode(codec)
        except ValueError:  # mislabelled: UTF-8 is by far the likeliest truth
            guesses: tuple[str, ...] = ("utf-8",) if codec != "utf-8" and not data.isascii() else ()
    else:
        guesses = ("ascii", *_GUESSES)
    for guess in guesses:
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            continue
        if guess != "ascii" or (label and not codec):
            defects.append(f"charset-fallback:{defect_tag(label)}->{guess}")
        return text
    defects.append(f"charset-replace:{defect_tag(label)}")
    try:
        return data.decode(codec, errors="replace")
    except ValueError:  # exotic codecs (punycode) fail even when told to replace
        return data.decode("latin-1")


def repair(text: str, defects: list[str]) -> str:
    """Re-decode raw 8-bit header bytes that the parser kept as surrogates; drop NULs."""
    if _SURROGATE.search(text):
        text = decode_bytes(text.encode("utf-8", "surrogateescape"), None, defects)
    return text.replace("\x00", "")
