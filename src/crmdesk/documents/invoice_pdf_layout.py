"""The blocks of the invoice page: fonts, styles, safe text, and one function per block.

Every text a user typed goes through :func:`markup` (control and bidi characters
stripped, XML-escaped, newlines turned into ``<br/>``) before it reaches a
:class:`~reportlab.platypus.Paragraph`, so it is printed literally and can never
add a link, an image or a font change. Only DejaVu Sans is used, embedded.
:func:`para` hands a text that holds on one line to :class:`PlainText`, which draws
the cleaned characters itself, as that Paragraph would (no markup is read at all), and
falls back on the Paragraph otherwise: most texts of an invoice are short, and parsing
and line-breaking them was most of the rendering time (docs/pdf.md, "Performance").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paragraph import split as rl_split
from reportlab.platypus.paragraph import strip as rl_strip

from crmdesk.documents.pdf_fonts import ReusableSubsetFont
from crmdesk.domain.invoice import DocumentKind
from crmdesk.domain.money import format_money_fr, format_rate_fr

if TYPE_CHECKING:
    from crmdesk.documents.invoice_pdf import PrintableInvoice

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONTS_DIR = Path(__file__).with_name("fonts")

ACCENT = colors.HexColor("#1F3A5F")
LIGHT = colors.HexColor("#EEF2F7")
RULE = colors.HexColor("#B8C2CF")
MUTED = colors.HexColor("#566070")
NNBSP = "\u202f"  # narrow no-break space, the French thousands separator

_font_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab, once per process."""
    global _fonts_registered
    with _font_lock:
        if _fonts_registered:
            return
        pdfmetrics.registerFont(ReusableSubsetFont(FONT, str(FONTS_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(ReusableSubsetFont(FONT_BOLD,
                                                   str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)
        _fonts_registered = True


def _style(name: str, size: float = 8.5, *, bold: bool = False, color: Any = colors.black,
           align: int = TA_LEFT, leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=leading or size * 1.25, textColor=color, alignment=align,
                          splitLongWords=1, wordWrap=None)


BODY = _style("body", 8.5)
BODY_RIGHT = _style("body-right", 8.5, align=TA_RIGHT)
SMALL = _style("small", 7.5, color=MUTED)
LABEL = _style("label", 7.5, color=MUTED)
CAPTION = _style("caption", 7, bold=True, color=ACCENT)
SELLER_NAME = _style("seller", 13, bold=True, color=ACCENT, leading=16)
TITLE = _style("title", 19, bold=True, color=ACCENT, align=TA_RIGHT, leading=23)
SUBTITLE = _style("subtitle", 8.5, align=TA_RIGHT, color=MUTED)
HEAD = _style("head", 7.5, bold=True, color=colors.white)
HEAD_RIGHT = _style("head-right", 7.5, bold=True, color=colors.white, align=TA_RIGHT)
CELL = _style("cell", 8)
CELL_RIGHT = _style("cell-right", 8, align=TA_RIGHT)
TOTAL = _style("total", 8.5)
TOTAL_RIGHT = _style("total-right", 8.5, align=TA_RIGHT)
GRAND = _style("grand", 9.5, bold=True, color=colors.white)
GRAND_RIGHT = _style("grand-right", 9.5, bold=True, color=colors.white, align=TA_RIGHT)
DUE = _style("due", 9, bold=True)
DUE_RIGHT = _style("due-right", 9, bold=True, align=TA_RIGHT)
FOOT = _style("foot", 6.8, color=MUTED, leading=8.4)
FOOT_TITLE = _style("foot-title", 7, bold=True, color=ACCENT, leading=8.8)

# Removed from user text: control characters (Unicode category Cc) but newline, lone
# surrogates (Cs), and the bidi embeddings/overrides/isolates and marks and the BOM, which are
# invisible and able to make a viewer or a copied text show characters in another order
# than they were typed. Characters beyond the Basic Multilingual Plane become U+FFFD.
_REMOVED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                      "\u2066-\u2069\ufeff\ud800-\udfff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """User text without control characters (except newline), bidi controls or surrogates.

    Characters beyond the Basic Multilingual Plane (emoji, mostly) become U+FFFD "�":
    reportlab 5.1 writes them into the font's ToUnicode map as odd-length hex, which
    PDF readers reject, so copy-paste and search would break on them.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _ASTRAL.sub("\ufffd", _REMOVED.sub("", text))


def one_line(text: str) -> str:
    """:func:`clean`, newlines folded into spaces, surrounding spaces removed."""
    return " ".join(clean(text).split("\n")).strip()


def markup(text: str) -> str:
    """User text as Paragraph markup that prints exactly the characters typed."""
    return escape(clean(text).strip()).replace("\n", "<br/>")


class MemoParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph that does not break its lines again when wrapped again at the same width.

    A table wraps each cell to size its rows and again to draw it, and a table inside a
    table or a ``KeepTogether`` is itself wrapped several times: without this every wrap
    repeats ``breakLines``. A split (which may drop ``blPara``) makes the next wrap real.
    """

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        state = self.__dict__
        if state.get("_memo_width") == avail_width and "blPara" in state:
            return self.width, self.height
        width, height = super().wrap(avail_width, avail_height)
        self._memo_width = avail_width
        return width, height


class LabelParagraph(MemoParagraph):
    """The Paragraph of a fixed text of the layout (a column title: never user text).

    Its words, and its lines at a given width, are the same in every document: they are
    worked out once per process and shared (reportlab only reads them to draw).
    """

    blPara: Any
    _wrapWidths: Any
    _frags: ClassVar[dict[tuple[str, str], Any]] = {}
    _lines: ClassVar[dict[tuple[str, str, float], tuple[Any, Any, float]]] = {}

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        self._key = (text, style.name)
        super().__init__(escape(text), style, frags=self._frags.get(self._key))
        self._frags.setdefault(self._key, self.frags)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        key = (*self._key, avail_width)
        known = self._lines.get(key)
        if known is None:
            width, height = super().wrap(avail_width, avail_height)
            self._lines[key] = (self._wrapWidths, self.blPara, height)
            return width, height
        self.width = avail_width
        self._wrapWidths, self.blPara, self.height = known
        self._memo_width = avail_width
        return self.width, self.height


class PlainText(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Plain text in a paragraph style, drawn as the one-line Paragraph of it would be drawn.

    Most texts of an invoice (numbers, dates, labels, footer fields) are short: parsing
    them as markup and breaking their lines at every wrap cost most of the rendering. This
    flowable measures the text once. When it fits on one line it draws it itself, with the
    Paragraph's font, colour, baseline (``paraFontSizeHeightOffset``: the height less the font
    size), alignment and words (split and joined the way ``breakLines`` does); when it does
    not fit, and whenever it must be split, the :class:`MemoParagraph` of the same escaped
    text does the work, so wrapping is unchanged.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text  # cleaned, stripped, one line, not empty
        self.style = style
        self.line, self.line_width = _measure(text, style.fontName, style.fontSize)
        self._paragraph: MemoParagraph | None = None
        self._last: tuple[float, float] | None = None
        self._fits = False

    @property
    def fits(self) -> bool:
        """Whether the last wrap found the text holds on one line (so it draws it itself)."""
        return self._fits

    def paragraph(self) -> MemoParagraph:
        if self._paragraph is None:
            self._paragraph = MemoParagraph(escape(self.text), self.style)
        return self._paragraph

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._last = (avail_width, avail_height)
        style = self.style
        room = avail_width - style.leftIndent - style.firstLineIndent - style.rightIndent
        # A margin of 0.01 pt: at the very limit, the Paragraph decides. So it does for a
        # text of only spaces of reportlab's kind (U+200B…), that it prints as nothing.
        self._fits = (bool(self.line) and avail_width >= rl_config._FUZZ
                      and self.line_width <= room - 0.01)
        if self._fits:
            self.width, self.height = avail_width, style.leading
        else:
            self.width, self.height = self.paragraph().wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        paragraph = self.paragraph()
        if self._last is not None:
            paragraph.wrap(*self._last)  # the state the Paragraph would have been split in
        return list(paragraph.split(avail_width, avail_height))

    def minWidth(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.paragraph().minWidth())

    # What Flowable's versions find (the style's), without their attribute probing: tables
    # ask every cell for them at every wrap and draw.
    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceAfter)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """As ``Flowable.drawOn`` (graphics state saved and restored), but a line that fits
        is written at its place on the page rather than after a translation of the page."""
        if not self._fits:
            super().drawOn(canvas, x, y, _sW)
            return
        self._write(canvas, self._hAlignAdjust(x, _sW), y)

    def draw(self) -> None:
        canv = self.canv
        if self._fits:
            self._write(canv, 0, 0)
            return
        paragraph = self.paragraph()
        paragraph.canv = canv
        try:
            paragraph.draw()
        finally:
            del paragraph.canv

    def _write(self, canv: Any, x: float, y: float) -> None:
        code = self.code(canv, x, y)
        if code is not None:
            canv.addLiteral(code)
            return
        style = self.style
        canv.saveState()
        canv.setFillColor(style.textColor)
        text = canv.beginText(*self._origin(x, y))
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.textLine(self.line)
        canv.drawText(text)
        canv.restoreState()

    def code(self, canv: Any, x: float, y: float) -> str | None:
        """The PDF operators of the line (it must fit) drawn at ``x, y`` on ``canv``: its
        own graphics state (``q`` … ``Q``), colour, and one text object with the operators
        a ``PDFTextObject`` would write (font subset, ``Tj``). None for a colour or font
        this shortcut does not handle (then the canvas's own calls do it)."""
        style = self.style
        fill = _fill_operator(style.textColor)
        font = pdfmetrics.getFont(style.fontName)
        if fill is None or not font._dynamicFont:
            return None
        size = fp_str(style.fontSize)
        code = [f"q {fill} BT 1 0 0 1 {fp_str(*self._origin(x, y))} Tm",
                *_show(font, self.line, size, canv), "ET Q"]
        return " ".join(code)

    def _origin(self, x: float, y: float) -> tuple[float, float]:
        """Where the line starts (alignment within the wrapped width) and its baseline."""
        style = self.style
        extra = self.width - style.leftIndent - style.firstLineIndent - style.rightIndent \
            - self.line_width
        offset = {TA_RIGHT: extra, TA_CENTER: extra / 2}.get(style.alignment, 0.0)
        return (x + style.leftIndent + style.firstLineIndent + offset,
                y + self.height - style.fontSize)


@lru_cache(maxsize=64)
def _show(font: Any, text: str, size: str, canv: Any) -> list[str]:
    """The operators that show ``text`` in ``font``: a ``Tf`` at each change of subset,
    one ``Tj`` per run (what reportlab's ``PDFTextObject`` writes)."""
    doc, ops, current = canv._doc, [], -1
    for subset, chars in font.splitString(text, doc):
        if subset != current:
            ops.append(f"{font.getSubsetInternalName(subset, doc)} {size} Tf")
            current = subset
        ops.append(f"({canv._escape(chars)}) Tj")
    return ops


def _fill_operator(color: Any) -> str | None:
    """``r g b rg`` for an opaque RGB colour (what ``setFillColor`` writes), else None."""
    if type(color) is not colors.Color or color.alpha != 1:
        return None
    return f"{fp_str(color.red, color.green, color.blue)} rg"


class LabelledText(PlainText):
    """``label`` then ``value`` in bold on one line (the buyer's "Acheteur : **name**"),
    drawn as the Paragraph ``label <b>value</b>`` would draw it when it fits (both runs in
    one text object, the bold one after the label and a space of the label's font); that
    Paragraph when it does not. ``label`` is a fixed text, ``value`` user text."""

    def __init__(self, label: str, value: str, style: ParagraphStyle) -> None:
        super().__init__(f"{label} {value}", style)
        self.label = label
        self.value = value
        size = style.fontSize
        label_line, label_width = _measure(label, style.fontName, size)
        value_line, value_width = _measure(value, FONT_BOLD, size)
        self.runs = ((style.fontName, f"{label_line} "), (FONT_BOLD, value_line))
        self.line_width = label_width + stringWidth(" ", style.fontName, size) + value_width
        if not label_line or not value_line or _fill_operator(style.textColor) is None:
            self.line = ""  # never drawn as one line: the Paragraph does it

    def paragraph(self) -> MemoParagraph:
        if self._paragraph is None:
            self._paragraph = MemoParagraph(f"{escape(self.label)} <b>{markup(self.value)}</b>",
                                            self.style)
        return self._paragraph

    def code(self, canv: Any, x: float, y: float) -> str | None:
        style = self.style
        size = fp_str(style.fontSize)
        code = [f"q {_fill_operator(style.textColor)} BT 1 0 0 1 {fp_str(*self._origin(x, y))} Tm"]
        for name, text in self.runs:
            code += _show(pdfmetrics.getFont(name), text, size, canv)
        code.append("ET Q")
        return " ".join(code)


class Label(PlainText):
    """A fixed text of the layout: when it wraps, its Paragraph is a :class:`LabelParagraph`."""

    def paragraph(self) -> MemoParagraph:
        if self._paragraph is None:
            self._paragraph = LabelParagraph(self.text, self.style)
        return self._paragraph


def _measure(text: str, font: str, size: float) -> tuple[str, float]:
    """The line a one-line Paragraph of ``text`` prints (its words, split and joined the way
    ``breakLines`` does) and its width. Labels, the seller's details and the footer come
    back on every invoice: short texts are measured once per process (bounded cache)."""
    if len(text) <= 120:
        return _measure_short(text, font, size)
    line = " ".join(rl_split(rl_strip(cleanBlockQuotedText(text))))
    return line, stringWidth(line, font, size)


@lru_cache(maxsize=4096)
def _measure_short(text: str, font: str, size: float) -> tuple[str, float]:
    line = " ".join(rl_split(rl_strip(cleanBlockQuotedText(text))))
    return line, stringWidth(line, font, size)


def para(text: str, style: ParagraphStyle) -> Flowable:
    """User text (or any plain text) in ``style``: printed literally, wrapped when too long."""
    cleaned = clean(text).strip()
    if not cleaned or "\n" in cleaned:
        return MemoParagraph(markup(text), style)
    return PlainText(cleaned, style)


def fr_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fr_number(value: Decimal, min_places: int = 0) -> str:
    """``Decimal('25.000')`` → ``25``, ``3.5`` → ``3,5``; at least ``min_places`` decimals."""
    text = format(value, "f")
    sign = "-" if text.startswith("-") else ""
    whole, _, frac = text.lstrip("-").partition(".")
    frac = frac.rstrip("0").ljust(min_places, "0")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    number = NNBSP.join(groups) or "0"
    return f"{sign}{number},{frac}" if frac else f"{sign}{number}"


def money(value: Decimal, *, currency: bool = True) -> str:
    return format_money_fr(value, currency=currency)


def grouped(text: str, size: int) -> str:
    """``FR7630004…`` → ``FR76 3000 4…`` (groups of ``size``)."""
    compact = "".join(one_line(text).split())
    return " ".join(compact[i:i + size] for i in range(0, len(compact), size))


def siren_text(value: str) -> str:
    digits = "".join(one_line(value).split())
    if len(digits) in (9, 14) and digits.isdigit():
        return " ".join([digits[0:3], digits[3:6], digits[6:9], digits[9:]]).strip()
    return digits


class _Table(Table):  # type: ignore[misc]  # reportlab is untyped
    """A Table that sizes a cell holding one :class:`PlainText` by asking it directly.

    ``Table._listCellGeom`` sizes a cell's flowables (to size its row, and again to draw
    it) through ``wrapOn``, ``getSpaceBefore`` and ``getSpaceAfter``; for one PlainText,
    which needs no canvas to wrap and has no space around it, the result is its ``wrap``.
    """

    def _listCellGeom(self, V: Any, w: float, s: Any, W: list[float] | None = None,  # noqa: N803
                      H: list[float] | None = None, aH: float = 72000) -> tuple[float, float]:  # noqa: N803
        if isinstance(V, (list, tuple)) and len(V) == 1 and isinstance(V[0], PlainText):
            avail_width = w - s.leftPadding - s.rightPadding
            cell = V[0]
            if avail_width >= 0 and not cell.style.spaceBefore and not cell.style.spaceAfter:
                width, height = cell.wrap(avail_width, aH - s.topPadding - s.bottomPadding)
                if W is not None:
                    W.append(width)
                if H is not None:
                    H.append(height)
                return width, height
        return super()._listCellGeom(V, w, s, W=W, H=H, aH=aH)  # type: ignore[no-any-return]


def table(data: list[list[Any]], widths: list[float], commands: list[tuple[Any, ...]],
          **options: Any) -> Table:
    """A Table whose every cell uses DejaVu (a plain-string cell would fall back to Helvetica)."""
    return _Table(data, colWidths=widths, style=TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                                            *commands]), **options)


def _box(content: list[Any], width: float, *, background: Any = None,
         padding: float = 7) -> Table:
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding), ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), padding)]
    if background is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), background))
    return table([[content]], [width], commands, splitInRow=1)


_FLAT: list[tuple[Any, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]


def address_lines(street: str, postcode: str, city: str, country: str) -> list[str]:
    lines = [line for line in clean(street).split("\n") if line.strip()]
    town = " ".join(x for x in (one_line(postcode), one_line(city)) if x)
    return [*lines, *([town] if town else []), *([one_line(country)] if country.strip() else [])]


def header_block(p: PrintableInvoice, width: float) -> Table:
    """Seller top-left; the big title, payment conditions or corrected invoice top-right."""
    s = p.seller
    name = one_line(s.legal_name) + (" EI" if s.legal_form.strip().upper() == "EI" else "")
    left: list[Any] = [para(name, SELLER_NAME), Spacer(1, 1.5 * mm)]
    left += [para(x, BODY) for x in address_lines(s.street, s.postcode, s.city, s.country)]
    right: list[Any] = [para(p.heading, TITLE), Spacer(1, 1.5 * mm)]
    if p.kind is DocumentKind.CREDIT_NOTE:
        if p.corrected_number:
            right.append(para(f"Avoir sur la facture n° {one_line(p.corrected_number)} du "
                              f"{fr_date(p.corrected_date)}".removesuffix(" du "), SUBTITLE))
    else:
        due = f" — échéance {fr_date(p.due_date)}" if p.due_date else ""
        right.append(para(f"Conditions de règlement : {p.terms_label}{due}", SUBTITLE))
    half = width / 2
    return table([[left, right]], [half, half], _FLAT, splitInRow=1)


def _dates_rows(p: PrintableInvoice) -> list[tuple[str, str]]:
    invoice = p.kind is DocumentKind.INVOICE
    rows = [("Date de la facture" if invoice else "Date de l'avoir", fr_date(p.issue_date)),
            ("Référence de la facture" if invoice else "Référence de l'avoir",
             p.number or "attribuée à l'émission"),
            ("Numéro de client", p.client_number)]
    if invoice:
        rows += [("Paiement dû", fr_date(p.due_date)), ("Modalité de paiement", p.terms_label)]
    rows += [("Émis par", p.issued_by), ("Contact client", p.client_contact),
             ("Date de la vente/prestation", fr_date(p.sale_date)),
             ("Votre référence", p.reference)]
    if not invoice and p.corrected_number:
        rows.append(("Facture corrigée",
                     f"n° {p.corrected_number} du {fr_date(p.corrected_date)}"))
    return [(label, value) for label, value in rows if one_line(value)]


def parties_block(p: PrintableInvoice, width: float) -> Table:
    """The dates and references box on the left, the buyer (envelope window) on the right."""
    col = (width - 8 * mm) / 2
    dates = table([[para(label, LABEL), para(value, BODY)]
                   for label, value in _dates_rows(p)],
                  [40 * mm, col - 40 * mm], splitInRow=1, commands=[
                      ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                      ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                      ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                      ("TOPPADDING", (0, 0), (0, -1), 3.1),  # label baselines on the values' ones
                      ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)])
    b = p.buyer
    buyer: list[Any] = [para("DESTINATAIRE", CAPTION), Spacer(1, 1.5 * mm),
                        LabelledText("Acheteur :", one_line(b.name), BODY)]
    if one_line(p.client_contact):
        buyer.append(para(f"Contact : {one_line(p.client_contact)}", BODY))
    buyer += [para(x, BODY) for x in address_lines(b.street, b.postcode, b.city, b.country)]
    ids = [f"SIREN : {siren_text(b.siren)}" if one_line(b.siren) else "",
           f"N° TVA : {one_line(b.vat_number)}" if one_line(b.vat_number) else ""]
    if any(ids):
        buyer += [Spacer(1, 1 * mm), para(" — ".join(x for x in ids if x), SMALL)]
    delivery = address_lines(b.delivery_street, b.delivery_postcode, b.delivery_city, "")
    if delivery and delivery != address_lines(b.street, b.postcode, b.city, ""):
        buyer += [Spacer(1, 1 * mm), para("Livraison : " + ", ".join(
            [*delivery, *([one_line(b.delivery_country)] if b.delivery_country.strip() else [])]),
            SMALL)]
    return table([[dates, "", _box(buyer, col, background=LIGHT, padding=8)]],
                 [col, 8 * mm, col], _FLAT, splitInRow=1)


def additional_info_block(p: PrintableInvoice, width: float) -> Table | None:
    if not clean(p.additional_info).strip():
        return None
    return _box([para("Informations additionnelles", CAPTION), Spacer(1, 1 * mm),
                 para(p.additional_info, BODY)], width, padding=6)


#: Lines table: (title, width in mm or None for the rest, numeric).
_COLUMNS: tuple[tuple[str, float | None, bool], ...] = (
    ("Description", None, False), ("Quantité", 17, True), ("Unité", 17, False),
    ("Prix unitaire HT", 23, True), ("Taux TVA", 15, True), ("Montant TVA", 22, True),
    ("TOTAL TTC", 26, True))


def lines_block(p: PrintableInvoice, width: float) -> Table:
    """The lines, header repeated on every page, rows split across pages if they must."""
    fixed = sum(w for _, w, _ in _COLUMNS if w) * mm
    widths = [w * mm if w else width - fixed for _, w, _ in _COLUMNS]
    data: list[list[Any]] = [[Label(title, HEAD_RIGHT if num else HEAD)
                              for title, _, num in _COLUMNS]]
    for line, computed in zip(p.lines, p.totals.lines, strict=True):
        data.append([para(line.description, CELL),
                     para(fr_number(line.quantity), CELL_RIGHT), para(line.unit, CELL),
                     para(fr_number(line.unit_price, 2), CELL_RIGHT),
                     para(format_rate_fr(line.vat_rate), CELL_RIGHT),
                     para(money(computed.vat, currency=False), CELL_RIGHT),
                     para(money(computed.ttc), CELL_RIGHT)])
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F7F9FB")])]
    if not p.lines:
        data.append([para("Aucune ligne", CELL), "", "", "", "", "", ""])
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return table(data, widths, commands, repeatRows=1, splitInRow=1)


class QrCode(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A QR code drawn as vector rectangles (one per run of dark modules), quiet zone included."""

    def __init__(self, matrix: Sequence[Sequence[int]], size: float, border: int = 3) -> None:
        super().__init__()
        self.matrix = [list(row) for row in matrix]
        self.border = border
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.matrix) + 2 * self.border
        module = self.size / count
        canv = self.canv
        canv.setFillColor(colors.black)
        # In module units every coordinate is an integer: the rectangles are written as they
        # are and filled as one path (one "re" per run, one "f"), rather than formatted and
        # filled one by one. ``drawOn`` restores the graphics state afterwards.
        canv.transform(module, 0, 0, module, 0, 0)
        runs: list[str] = []
        for r, row in enumerate(self.matrix):
            y = count - (r + self.border + 1)
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    runs.append(f"{start + self.border} {y} {c - start} 1 re")
                else:
                    c += 1
        if runs:
            canv.addLiteral("\n".join(runs) + "\nf")


def _totals_rows(p: PrintableInvoice) -> list[tuple[str, Decimal, str]]:
    t = p.totals
    rows = [("TOTAL HT", t.total_ht, "")]
    if t.discount:
        rows.append((f"Remise {format_rate_fr(t.discount_pct)}", t.discount, ""))
    rows.append(("Net commercial", t.net, ""))
    for part in t.vat_by_rate:
        rows.append((f"TVA {format_rate_fr(part.rate)} sur {money(part.base)}", part.vat, ""))
    if len(t.vat_by_rate) > 1:
        rows.append(("Total TVA", t.vat_total, ""))
    rows.append(("TOTAL TTC", t.ttc, "grand"))
    if p.paid:
        rows += [("Déjà réglé", p.paid, ""), ("Reste à payer", p.amount_due, "due")]
    return rows


def totals_block(p: PrintableInvoice, width: float,
                 qr: Sequence[Sequence[int]] | None) -> KeepTogether:
    """Totals on the right (kept together), the SEPA QR code on the left when there is one."""
    rows = _totals_rows(p)
    styles = {"": (TOTAL, TOTAL_RIGHT), "grand": (GRAND, GRAND_RIGHT), "due": (DUE, DUE_RIGHT)}
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
    for i, (_, _, kind) in enumerate(rows):
        if kind == "grand":
            commands.append(("BACKGROUND", (0, i), (-1, i), ACCENT))
        elif kind == "due":
            commands.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
    totals_width = 92 * mm
    totals = table([[para(label, styles[kind][0]), para(money(amount), styles[kind][1])]
                    for label, amount, kind in rows],
                   [totals_width - 32 * mm, 32 * mm], commands)
    left: list[Any] = []
    if qr is not None:
        text = (f"<b>Payer par virement (QR SEPA)</b><br/>Scannez ce code avec votre application "
                f"bancaire : bénéficiaire, IBAN, montant ({money(p.amount_due)}) et référence "
                f"« Facture {markup(p.number or '')} » sont préremplis.")
        left = [table([[QrCode(qr, 30 * mm), MemoParagraph(text, SMALL)]],
                      [33 * mm, width - totals_width - 40 * mm],
                      [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)])]
    return KeepTogether([Spacer(1, 5 * mm), table(
        [[left, totals]], [width - totals_width, totals_width], _FLAT)])


def mentions_block(p: PrintableInvoice) -> list[Any]:
    """B2B payment mentions (L441-9/L441-10), the VAT-on-debits option when the seller took it."""
    s = p.seller
    lines: list[str] = []
    if p.kind is DocumentKind.INVOICE and p.buyer.is_business:
        rate = (f"{format_rate_fr(s.late_penalty_rate)} par an" if s.late_penalty_rate is not None
                else "taux de refinancement de la BCE majoré de 10 points")
        lines += [f"Pénalités de retard : {rate}",
                  "Indemnité forfaitaire pour frais de recouvrement : 40\u00a0€",
                  one_line(s.early_payment_discount) or "Pas d'escompte pour paiement anticipé"]
    if s.vat_on_debits:
        lines.append("TVA sur les débits : option pour le paiement de la taxe "
                     "d'après les débits")
    if not lines:
        return []
    title = "Conditions de paiement" if len(lines) > 1 else "Mentions"
    return [KeepTogether([Spacer(1, 5 * mm), para(title, CAPTION),
                          Spacer(1, 1 * mm),
                          *[para(x, SMALL) for x in lines]])]
