"""Turn the HTML body of an e-mail into plain, readable text.

Only the standard library's tolerant ``html.parser`` is used: e-mail HTML is
often broken, and we want words, line breaks and list bullets, not layout.
Quoted replies (``<blockquote>``) are rendered with a ``> `` prefix so that
:func:`intake.quoting.split_new_text` can strip them like plain-text quotes.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

# Content of these elements is never shown to a reader.
_HIDDEN = frozenset({"script", "style", "head", "title", "template"})
# Elements that start a new paragraph (a blank line around them).
_PARAGRAPH = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "pre", "hr"}
    | {"blockquote", "address", "figure", "fieldset", "form"}
)
# Elements that only start a new line.
_LINE = frozenset(
    {"div", "tr", "dt", "dd", "section", "article", "header", "footer", "center", "main"}
    | {"nav", "aside", "caption", "tbody", "thead", "tfoot", "body", "html"}
)
_CELL = frozenset({"td", "th"})
_WHITESPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")


class _TextCollector(HTMLParser):
    """Collects readable lines while the HTML is fed to it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._current: list[str] = []
        self._hidden: list[str] = []
        self._quote_depth = 0
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and "head" in self._hidden:
            # A missing </head> must not swallow the whole message.
            self._hidden.clear()
        if tag in _HIDDEN:
            self._hidden.append(tag)
        elif tag == "br":
            self._flush(keep_empty=True)
        elif tag == "li":
            self._flush()
            self._current.append("- ")
        elif tag in _PARAGRAPH or tag in _LINE:
            self._flush(blank=tag in _PARAGRAPH)
            self._quote_depth += tag == "blockquote"
            self._pre_depth += tag == "pre"
        elif tag in _CELL:
            self._current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self._hidden and tag in _HIDDEN:
            if tag in self._hidden:
                while self._hidden.pop() != tag:
                    pass
        elif tag in _PARAGRAPH or tag in _LINE or tag == "li":
            self._flush(blank=tag in _PARAGRAPH)
            if tag == "blockquote":
                self._quote_depth = max(0, self._quote_depth - 1)
            elif tag == "pre":
                self._pre_depth = max(0, self._pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._pre_depth:
            *complete, rest = data.split("\n")
            for piece in complete:
                self._current.append(piece)
                self._flush(keep_empty=True)
            self._current.append(rest)
        else:
            self._current.append(_WHITESPACE.sub(" ", data))

    def _flush(self, *, keep_empty: bool = False, blank: bool = False) -> None:
        """End the current line; optionally leave a paragraph gap after it."""
        joined = "".join(self._current)
        text = joined.rstrip() if self._pre_depth else _WHITESPACE.sub(" ", joined).strip()
        self._current = []
        if text == "-":  # an empty list item
            text = ""
        prefix = "> " * self._quote_depth
        if text or keep_empty:
            self.lines.append(f"{prefix}{text}".rstrip() if text else prefix.rstrip())
        if blank and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def finish(self) -> str:
        self.close()
        self._flush()
        text = "\n".join(self.lines)
        return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def html_to_text(html: str) -> str:
    """Render an HTML document or fragment as readable plain text.

    Scripts, styles and the document head are dropped; block elements become
    line breaks, ``<br>`` a newline, list items ``- `` bullets, links their
    text, entities are decoded and runs of whitespace collapsed.

    Args:
        html: The HTML source, already decoded to ``str``.

    Returns:
        The text, without leading or trailing blank lines.
    """
    collector = _TextCollector()
    try:
        collector.feed(html)
        return collector.finish()
    except Exception:  # the parser is tolerant; this is only a last resort
        # Crude fallback so that a parser bug never loses a whole message.
        stripped = _TAG.sub(" ", html)
        return "\n".join(
            line
            for line in (_WHITESPACE.sub(" ", raw).strip() for raw in stripped.splitlines())
            if line
        )
