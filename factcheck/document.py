"""Load an article (.txt, .md, .html or stdin) into plain prose that remembers where it came from.

Why a source map: every later stage works on ``Document.text`` (prose only: no markup, code, link
targets or navigation), but an editor needs line and column numbers in the file they wrote. The map is
a list of runs ``(text_start, source_start, length)`` searched with bisect, so a 10 MB file costs a few
arrays, not one entry per character. Characters the loader inserts (the blank line between blocks)
map to the source position where they were inserted.

Blocks (paragraphs, headings, list items, table cells) are separated by a blank line in the text, so
the sentence splitter never joins two blocks into one sentence.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.config import Config
from factcheck.errors import InputError
from factcheck.types import Document, Span

FORMATS = ("txt", "md", "html")
BLOCK_SEPARATOR = "\n\n"
_EXTENSIONS = {".md": "md", ".markdown": "md", ".mdown": "md", ".html": "html", ".htm": "html", ".xhtml": "html"}
_BINARY_MAGIC = (b"\x89PNG", b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"\x7fELF")
# Same-length cleaning keeps text offsets equal to source offsets: controls become spaces, a lone
# \r becomes \n; "\r\n" is rewritten to " \n" before this table is applied.
_CONTROL_TO_SPACE = {c: " " for c in [*range(0, 9), 11, 12, *range(14, 32), 127, *range(0x80, 0xA0)]}
_CONTROL_TO_SPACE[13] = "\n"
_DIRECTIVE = re.compile(r"<!--\s*factcheck:\s*(ignore|off|on)\s*-->", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NEXT_BLOCK_END = re.compile(r"\n[ \t]*\n")


class SourceMap:
    """Maps an offset in ``Document.text`` to a 1-based (line, column) in the source file."""

    def __init__(self, source_text: str, runs: list[tuple[int, int, int]] | None = None) -> None:
        runs = runs if runs is not None else [(0, 0, len(source_text))]
        self._text_starts = array("q", (run[0] for run in runs))
        self._source_starts = array("q", (run[1] for run in runs))
        self._lengths = array("q", (run[2] for run in runs))
        self._line_starts = array("q", [0])
        self._line_starts.extend(match.end() for match in _LINE_BREAK.finditer(source_text))

    def source_offset(self, offset: int) -> int:
        """Offset in the source text of the character at ``offset`` in the prose text."""
        index = bisect_right(self._text_starts, offset) - 1
        if index < 0:
            return 0
        inside = min(offset - self._text_starts[index], max(self._lengths[index] - 1, 0))
        return self._source_starts[index] + inside

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the source file of the prose character at ``offset``."""
        source = self.source_offset(offset)
        line = bisect_right(self._line_starts, source)
        return line, source - self._line_starts[line - 1] + 1


@dataclass
class _TextBuilder:
    """Accumulates prose pieces and the runs that map them back to the source."""

    source: str  # the same-length cleaned source
    parts: list[str] = field(default_factory=list)
    runs: list[tuple[int, int, int]] = field(default_factory=list)
    directives: list[tuple[str, int]] = field(default_factory=list)
    length: int = 0

    def copy(self, start: int, end: int) -> None:
        """Append ``source[start:end]`` verbatim."""
        if end <= start:
            return
        last = self.runs[-1] if self.runs else None
        if last and last[0] + last[2] == self.length and last[1] + last[2] == start:
            self.runs[-1] = (last[0], last[1], last[2] + end - start)
        else:
            self.runs.append((self.length, start, end - start))
        self._append(self.source[start:end])

    def insert(self, text: str, at_source: int) -> None:
        """Append text that is not in the source (a block break, an unescaped entity)."""
        if text:
            self.runs.append((self.length, at_source, 0))
            self._append(text)

    @property
    def at_block_start(self) -> bool:
        return not self.length or "".join(self.parts[-2:]).endswith(BLOCK_SEPARATOR)

    def end_block(self, at_source: int) -> None:
        if not self.at_block_start:
            self.insert(BLOCK_SEPARATOR, at_source)

    def directive(self, name: str) -> None:
        self.directives.append((name.lower(), self.length))

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def suppressed_spans(text: str, directives: list[tuple[str, int]]) -> tuple[Span, ...]:
    """``ignore`` exempts the next block; ``off`` ... ``on`` (or the end of the text) a region."""
    spans: list[Span] = []
    off_start: int | None = None
    for name, position in directives:
        if name == "ignore":
            start = len(text) - len(text[position:].lstrip())
            block_end = _NEXT_BLOCK_END.search(text, start)
            spans.append(Span(start, block_end.start() if block_end else len(text)))
        elif name == "off" and off_start is None:
            off_start = position
        elif name == "on" and off_start is not None:
            spans.append(Span(off_start, position))
            off_start = None
    if off_start is not None:
        spans.append(Span(off_start, len(text)))
    return tuple(span for span in spans if len(span))


def clean_source(source_text: str) -> str:
    """Same-length copy of the source without \\r and control characters (offsets stay equal)."""
    return source_text.replace("\r\n", " \n").translate(_CONTROL_TO_SPACE)


def _plain_text(source: str) -> _TextBuilder:
    builder = _TextBuilder(source)
    cursor = 0
    for match in _DIRECTIVE.finditer(source):
        builder.copy(cursor, match.start())
        builder.directive(match.group(1))
        builder.insert(" " * (match.end() - match.start()), match.start())
        cursor = match.end()
    builder.copy(cursor, len(source))
    return builder


# --- markdown ---------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n(---|\.\.\.|\+\+\+)[ \t]*(\n|\Z)", re.DOTALL)
_SKIPPED_INLINE = {"image", "html_inline"}


def _blank_front_matter(source: str) -> str:
    """Front matter becomes spaces (newlines kept), so markdown line numbers stay those of the file."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return source
    blanked = re.sub(r"[^\n]", " ", match.group(0))
    return blanked + source[match.end():]


def _line_offsets(source: str) -> list[int]:
    return [0, *(match.end() for match in re.finditer("\n", source))]


_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


def _copy_found(builder: _TextBuilder, content: str, cursor: int, limit: int) -> int:
    """Copy ``content`` from where it occurs in the source after ``cursor``. When markup changed it
    (entities, escapes), align it word by word, inserting the words the source spells otherwise.
    Returns the new cursor."""
    found = builder.source.find(content, cursor, limit)
    if found != -1:
        builder.copy(found, found + len(content))
        return found + len(content)
    for word in _WORDS.findall(content):
        found = builder.source.find(word, cursor, min(limit, cursor + len(word) + 16))
        if found == -1:
            builder.insert(word, cursor)
        else:
            builder.copy(found, found + len(word))
            cursor = found + len(word)
    return cursor


def _inline_prose(builder: _TextBuilder, token, region: tuple[int, int]) -> None:
    cursor, limit = region
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            cursor = _copy_found(builder, child.content, cursor, limit)
        elif child.type in ("softbreak", "hardbreak"):
            builder.insert(" " if child.type == "softbreak" else "\n", cursor)
        elif child.type == "html_inline":
            directive = _DIRECTIVE.search(child.content)
            if directive:
                builder.directive(directive.group(1))


def _markdown_prose(source: str) -> _TextBuilder:
    """Prose of headings, paragraphs, list items and table cells; code, HTML, front matter,
    images and link targets are left out."""
    from markdown_it import MarkdownIt

    parsed_source = _blank_front_matter(source)
    builder = _TextBuilder(source)
    lines = _line_offsets(source)
    for token in MarkdownIt("commonmark").enable("table").parse(parsed_source):
        start = lines[min(token.map[0], len(lines) - 1)] if token.map else builder.length
        end = lines[token.map[1]] if token.map and token.map[1] < len(lines) else len(source)
        if token.type == "inline":
            _inline_prose(builder, token, (start, end))
            builder.end_block(end)
        elif token.type == "html_block":
            for directive in _DIRECTIVE.finditer(token.content):
                builder.directive(directive.group(1))
    return builder


# --- HTML -----------------------------------------------------------------------------------------

_DROPPED_TAGS = ("nav", "header", "footer", "aside", "script", "style", "form", "noscript", "template",
                 "svg", "iframe", "button", "select", "textarea", "head", "figure > img", "dialog")
_BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li ul ol div section article main blockquote pre table tr "
                        "td th dt dd dl figcaption br hr address details summary caption body".split())


# The HTML parser's cost grows with (open elements) x (block tags): 100,000 nested <div>s take minutes.
# Browsers cap the tree depth near 512; an article needs far less. At 10,000 levels the worst 2 MB input
# (10,000 open elements, then 160,000 small blocks) parses in about 3 s. The depth is estimated from the
# tags (void elements and those whose end tag may be left out do not count), so sloppy HTML with some
# unclosed tags stays far below the limit.
MAX_HTML_DEPTH = 10_000
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(/?)>")
_NOT_NESTING = frozenset("area base br col embed hr img input link meta param source track wbr p li dt dd "
                         "tr td th option optgroup rb rt rp thead tbody tfoot colgroup caption html head "
                         "body".split())


def html_depth(source: str) -> int:
    """Upper estimate of how deep the elements of ``source`` nest."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(source):
        if self_closing or name.lower() in _NOT_NESTING:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _html_root(tree):
    for selector in ("article", "main", "body"):
        node = tree.css_first(selector)
        if node is not None:
            return node
    return tree.root


def _walk(root):
    """Depth-first (node, entering) events without recursion, so deep nesting cannot overflow."""
    stack = [(root, True)]
    while stack:
        node, entering = stack.pop()
        yield node, entering
        if entering and node.is_element_node:
            stack.append((node, False))
            children = []
            child = node.child
            while child is not None:
                children.append(child)
                child = child.next
            stack.extend((c, True) for c in reversed(children))


def _html_text_node(builder: _TextBuilder, node, cursor: int) -> int:
    content = (node.text_content or "").replace("\n", " ")
    if builder.at_block_start:
        content = content.lstrip()  # indentation between blocks is not prose
    return _copy_found(builder, content, cursor, len(builder.source)) if content else cursor


def _html_prose(source: str) -> _TextBuilder:
    """Text of the article body (``<article>``, else ``<main>``, else ``<body>``), one block per
    paragraph-level element, without navigation, boilerplate, scripts or forms."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(source)
    for node in tree.css(", ".join(_DROPPED_TAGS)):
        node.decompose()
    builder = _TextBuilder(source.replace("\n", " "))  # a line break inside a block is a space
    cursor = 0
    for node, entering in _walk(_html_root(tree)):
        if node.is_text_node and entering:
            cursor = _html_text_node(builder, node, cursor)
        elif node.is_comment_node and entering:
            directive = _DIRECTIVE.search(f"<!--{node.comment_content or ''}-->")
            if directive:
                builder.directive(directive.group(1))
        elif node.is_element_node and node.tag in _BLOCK_TAGS:
            builder.end_block(cursor)
    return builder


# --- loading --------------------------------------------------------------------------------------

def document_from_text(text: str, *, path: str | None = None, fmt: str = "txt",
                       warnings: tuple[str, ...] = ()) -> Document:
    """Build a Document from decoded text; ``fmt`` chooses how markup is stripped."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    source = clean_source(text)
    if fmt == "html" and (depth := html_depth(source)) > MAX_HTML_DEPTH:
        raise InputError(f"{path or 'input'}: HTML nested {depth:,} elements deep (limit {MAX_HTML_DEPTH:,}); "
                         "flatten the markup or save the article as text")
    extract = {"txt": _plain_text, "md": _markdown_prose, "html": _html_prose}[fmt]
    builder = extract(source)
    prose = builder.text()
    if not prose.strip():
        raise InputError(f"{path or 'input'} has no prose to check (empty, whitespace or markup only)")
    return Document(text=prose, source_map=SourceMap(text, builder.runs), path=path, warnings=warnings,
                    suppressed=suppressed_spans(prose, builder.directives), source_text=text)


def _format_for(path: str, head: bytes) -> str:
    suffix = Path(path).suffix.lower() if path != "-" else ""
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    sniff = head[:512].lstrip().lower()
    return "html" if sniff.startswith((b"<!doctype html", b"<html")) else "txt"


def _os_error(path: str, exc: OSError) -> InputError:
    if exc.errno == errno.ELOOP:
        return InputError(f"{path}: symbolic link loop; point the link at a real file")
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file; check the path")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path} is a directory; give a file (or '-' for standard input)")
    if isinstance(exc, PermissionError):
        return InputError(f"{path}: permission denied; make the file readable")
    return InputError(f"{path}: cannot read ({exc.strerror or exc}); check the file")


def _too_large(path: str, what: str, limit: int) -> InputError:
    return InputError(f"{path} has {what}, over the limit of {limit:,} characters; raise it with --max-chars")


def _read_bytes(path: str, limit: int) -> bytes:
    """Read at most enough bytes to hold ``limit`` characters (4 bytes each in UTF-8, the worst case)."""
    byte_limit = 4 * limit + 4
    if path == "-":
        data = sys.stdin.buffer.read(byte_limit + 1)
        if len(data) > byte_limit:
            raise _too_large("standard input", f"more than {byte_limit:,} bytes", limit)
        return data
    try:
        info = _regular_file(path)
        if info.st_size > byte_limit:
            raise _too_large(path, f"{info.st_size:,} bytes", limit)
        with open(path, "rb") as handle:
            return handle.read(byte_limit + 1)
    except OSError as exc:
        raise _os_error(path, exc) from None


def _regular_file(path: str) -> os.stat_result:
    """The file's status; a FIFO, device or socket is refused, since reading one can wait forever."""
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path} is not a regular file (a FIFO, device or socket); save the article to a "
                         "file, or pipe it to standard input with -")
    return info


SNIFF_BYTES = 65_536


def check_readable(path: str, max_chars: int) -> None:
    """Refuse, without reading more than the start of it, a file that cannot be an article: missing,
    not a regular file, unreadable, empty, binary or over ``max_chars``. Cheap enough to run on
    every input before the model loads; standard input is checked when it is read."""
    if path == "-":
        return
    try:
        info = _regular_file(path)
        if info.st_size > 4 * max_chars + 4:
            raise _too_large(path, f"{info.st_size:,} bytes", max_chars)
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES if info.st_size <= max_chars else 4 * max_chars + 5)
    except OSError as exc:
        raise _os_error(path, exc) from None
    if len(head) < info.st_size and info.st_size <= max_chars:
        # only the start was read: sniff it for binary content, decode nothing
        if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and (head.startswith(_BINARY_MAGIC) or b"\x00" in head):
            raise InputError(f"{path} looks binary (not text); give a .txt, .md or .html article in UTF-8")
        return
    text, _ = decode(head, path)
    if len(text) > max_chars:
        raise _too_large(path, f"{len(text):,} characters", max_chars)
    if not text.strip():
        raise InputError(f"{path} is empty; give an article with text")


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; invalid UTF-8 is replaced, with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            raise InputError(f"{name}: invalid UTF-16; save it as UTF-8") from None
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data:
        raise InputError(f"{name} looks binary (not text); give a .txt, .md or .html article in UTF-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        return text, (f"{name}: invalid UTF-8 (first at byte {exc.start}) replaced with U+FFFD",)


def load_document(path: str | os.PathLike[str], *, max_chars: int | None = None, fmt: str | None = None) -> Document:
    """Read a file (or ``"-"`` for standard input) into a Document.

    ``max_chars`` defaults to ``Config.max_chars``; a file that cannot fit is refused from its size
    before it is read, so a huge input never fills memory. ``fmt`` overrides the extension.
    """
    path = os.fspath(path)
    limit = max_chars if max_chars is not None else Config().max_chars
    name = "standard input" if path == "-" else path
    data = _read_bytes(path, limit)
    return document_from_bytes(data, name=name, path=None if path == "-" else path,
                               fmt=fmt or _format_for(path, data), max_chars=limit)


def document_from_bytes(data: bytes, *, name: str, path: str | None = None, fmt: str = "txt",
                        max_chars: int | None = None) -> Document:
    """The bytes of one article, as a file holds them, into a Document.

    What ``load_document`` does after reading, so an article that arrives another way (a record
    of a corpus) is decoded and refused by the same rules as a file. ``name`` is what errors call it.
    """
    limit = max_chars if max_chars is not None else Config().max_chars
    text, warnings = decode(data, name)
    if len(text) > limit:
        raise _too_large(name, f"{len(text):,} characters", limit)
    if not text.strip():
        raise InputError(f"{name} is empty; give an article with text")
    return document_from_text(text, path=path, fmt=fmt, warnings=warnings)
