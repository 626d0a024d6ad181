"""The HTML twin of a plain-text reply, so mail clients show it well.

The text stays the source of truth: the HTML is derived from it (escaped,
paragraphs kept, links made clickable) and declares the reply's language,
which screen readers use to pick a voice.
"""

from __future__ import annotations

import html
import re

_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)]")


def _paragraph(block: str) -> str:
    escaped = html.escape(block)
    linked = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
    return "<p>" + linked.replace("\n", "<br>\n") + "</p>"


def plain_to_html(text: str, *, language: str, title: str) -> str:
    """A small, self-contained HTML document carrying ``text``.

    Args:
        text: The plain-text body (paragraphs separated by blank lines).
        language: BCP 47 tag of the text, e.g. ``"fr"``.
        title: The subject line, used as the document title.
    """
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    body = "\n".join(_paragraph(block) for block in blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(language, quote=True)}">\n'
        f'<head><meta charset="utf-8"><title>{html.escape(title)}</title></head>\n'
        f'<body style="font-family: sans-serif; line-height: 1.4">\n{body}\n</body>\n</html>\n'
    )
