"""TrueType fonts whose embedded subsets are made once per process, not once per PDF.

Every PDF embeds the glyphs it uses as TrueType subsets (docs/pdf.md, "Fonts"). Stock
reportlab cuts the subset out of the font, compresses it and writes its widths and
its ToUnicode map again for every document, although the subsets of two invoices are
nearly always the same: reportlab's "ASCII readable" mode already puts all of ASCII in
the first subset, and :data:`COMMON` puts the accented letters and signs of a French
invoice there too, in a fixed order, before the first character is drawn. The parts of a
subset are then a pure function of its list of characters, so they are kept (bounded
cache) and reused by the next PDF: the bytes written are the ones reportlab would write
for that subset. A document using a character outside :data:`COMMON` (``Ł``, ``²``)
gets the character appended to its subset and simply pays the subset it needs.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import (FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont,
                                       makeToUnicodeCMap)

__all__ = ["COMMON", "ReusableSubsetFont"]

#: Characters put first in every document's subset, whatever the document uses: the
#: French accented letters (lower and upper case) and the signs of an invoice (euro, degree
#: of "N°", guillemets, dashes, apostrophe, ellipsis, narrow no-break space). ASCII is
#: already there (``rl_config.ttfAsciiReadable``).
COMMON = ("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
          "€°«»—–’…\u202f")

_ASCII = frozenset((0, *range(32, 128)))  # assigned from the start (ASCII readable, .notdef)
_FIXED = frozenset(map(chr, range(32, 127))) | frozenset(COMMON) | {"\xa0"}  # nbsp is a space
_CACHE_SIZE = 32  # subsets kept per process (a subset's parts weigh about 30 kB)


class _Formatted(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A PDF value formatted once (the widths array of a subset)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


@dataclass(frozen=True, slots=True)
class _SubsetParts:
    base_font_name: str
    widths: bytes
    cmap: bytes  # compressed ToUnicode CMap
    font_file: bytes  # compressed TrueType subset
    font_file_length: int  # its length before compression (/Length1)


def _flate(data: bytes | str) -> bytes:
    """What reportlab's ``PDFZCompress`` filter writes."""
    return bytes(pdfdoc.PDFZCompress.encode(data))


def _stream(content: bytes, **entries: Any) -> Any:
    """A PDF stream holding already-compressed ``content`` (its filter declared, so
    reportlab does not compress it again)."""
    stream = pdfdoc.PDFStream(content=content)
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    for key, value in entries.items():
        stream.dictionary[key] = value
    return stream


class ReusableSubsetFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """A ``TTFont`` that reuses the embedded parts of a subset seen in an earlier PDF."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, asciiReadable=1)
        self._parts: OrderedDict[tuple[int, tuple[int, ...]], _SubsetParts] = OrderedDict()
        self._splits: dict[str, tuple[tuple[int, bytes], ...]] = {}
        self._lock = threading.Lock()

    def start_document(self, doc: Any) -> None:
        """Give :data:`COMMON` its fixed codes in ``doc`` (a ``PDFDocument``), before any
        text: the first subset of most documents is then the same list of characters."""
        state = self._assignState(doc)
        if not state.assignments.keys() - _ASCII:  # nothing drawn yet
            super().splitString(COMMON, doc)
            state.common_first = True

    def splitString(self, text: str | bytes, doc: Any,  # noqa: N802 - reportlab's name
                    encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """As ``TTFont.splitString``; a text made only of characters with fixed codes
        (ASCII and :data:`COMMON`, in a document begun by :meth:`start_document`) is
        encoded the same in every document, so its encoding is kept and reused."""
        fixed = isinstance(text, str) and getattr(self.state.get(doc), "common_first", False)
        if fixed:
            known = self._splits.get(text)  # type: ignore[arg-type]
            if known is not None:
                return list(known)
        result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        if fixed and len(text) <= 200 and _FIXED.issuperset(text):
            if len(self._splits) >= 8192:
                self._splits.clear()
            self._splits[text] = tuple(result)  # type: ignore[index]
        return result

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        """As ``TTFont.addObjects`` (same objects, same bytes), the parts of each subset
        taken from the cache when an earlier document had the same subset."""
        if not doc.compression:
            super().addObjects(doc)
            return
        state = self._assignState(doc)
        state.frozen = 1
        face = self.face
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            parts = self._subset_parts(n, tuple(subset))
            name = parts.base_font_name
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal_name
            font.BaseFont = name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = _Formatted(parts.widths)
            font.ToUnicode = doc.Reference(_stream(parts.cmap), "toUnicodeCMap:" + name)
            font_file = doc.Reference(_stream(parts.font_file, Length1=parts.font_file_length),
                                      f"fontFile:{face.filename}({name})")
            descriptor = pdfdoc.PDFDictionary({
                "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
                "Descent": face.descent, "Flags": face.flags & ~FF_NONSYMBOLIC | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox), "FontName": pdfdoc.PDFName(name),
                "ItalicAngle": face.italicAngle, "StemV": face.stemV, "FontFile2": font_file,
                "MissingWidth": face.defaultWidth})
            font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + name)
            doc.Reference(font, internal_name)
            fonts[internal_name] = font
        del self.state[doc]

    def _subset_parts(self, n: int, subset: tuple[int, ...]) -> _SubsetParts:
        key = (n, subset)
        with self._lock:
            parts = self._parts.get(key)
            if parts is not None:
                self._parts.move_to_end(key)
                return parts
        face = self.face
        name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
        font_file = face.makeSubset(list(subset))
        parts = _SubsetParts(
            base_font_name=name,
            widths=pdfdoc.PDFArray(list(map(face.getCharWidth, subset))).format(
                pdfdoc.DummyDoc()),
            cmap=_flate(makeToUnicodeCMap(name, list(subset))),
            font_file=_flate(font_file), font_file_length=len(font_file))
        with self._lock:
            self._parts[key] = parts
            while len(self._parts) > _CACHE_SIZE:
                self._parts.popitem(last=False)
        return parts
