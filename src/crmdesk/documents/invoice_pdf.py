"""The invoice and credit-note PDF, laid out like the textbook invoice (docs/pdf.md).

:func:`render_invoice_pdf` is a pure function of a frozen :class:`PrintableInvoice`:
the same document gives the same bytes (reportlab's invariant mode, fixed
metadata). A4, DejaVu Sans embedded, every user text escaped, the lines flowing
over as many pages as needed with their header repeated, the totals kept together
on the last page, the seller's identification in the footer of every page and
"Page X/Y" numbering. The SEPA payment QR code is drawn as vector rectangles.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

import segno
import segno.helpers
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Spacer, Table

from crmdesk.domain.invoice import DocumentKind
from crmdesk.domain.money import ZERO
from crmdesk.domain.parties import Buyer, Seller
from crmdesk.domain.totals import Line, Totals
from crmdesk.documents.invoice_pdf_layout import (
    ACCENT, FONT, FONT_BOLD, FOOT, FOOT_TITLE, MUTED, RULE, PlainText, additional_info_block,
    address_lines, grouped, header_block, lines_block, mentions_block, money, one_line, para,
    parties_block, register_fonts, siren_text, table, totals_block)
from crmdesk.documents.pdf_fonts import ReusableSubsetFont
from crmdesk.documents.qr_mask import make_qr

__all__ = ["PrintableInvoice", "epc_payload", "epc_qr", "render_invoice_pdf"]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_TOP = 38 * mm  # the footer lives between 6 mm and this line; the frame starts above it
FOOTER_HEIGHT = 27 * mm
FRAME_BOTTOM = FOOTER_TOP + 3 * mm


@dataclass(frozen=True, slots=True)
class PrintableInvoice:
    """Everything printed on an invoice or a credit note (``number`` is None for a draft)."""

    kind: DocumentKind
    number: str | None
    issue_date: date
    seller: Seller
    buyer: Buyer
    client_number: str
    lines: tuple[Line, ...]
    totals: Totals
    terms_label: str = ""
    sale_date: date | None = None
    due_date: date | None = None
    client_contact: str = ""
    issued_by: str = ""
    reference: str = ""
    additional_info: str = ""
    paid: Decimal = ZERO
    amount_due: Decimal = ZERO
    corrected_number: str | None = None  # credit notes: the invoice they correct
    corrected_date: date | None = None

    @property
    def is_draft(self) -> bool:
        return self.number is None

    @property
    def title(self) -> str:
        return "AVOIR" if self.kind is DocumentKind.CREDIT_NOTE else "FACTURE"

    @property
    def heading(self) -> str:
        """``FACTURE N° 123``, ``AVOIR N° A7`` or ``FACTURE (brouillon)``."""
        if self.number is None:
            return f"{self.title} (brouillon)"
        return f"{self.title} N° {one_line(self.number)}"


# --- EPC QR code (SEPA credit transfer, EPC069-12 version 002) -----------------------------

_EPC_ENCODINGS = ("utf-8", "iso-8859-1", "iso-8859-2", "iso-8859-4", "iso-8859-5",
                  "iso-8859-7", "iso-8859-10", "iso-8859-15")
EPC_MIN = Decimal("0.01")
EPC_MAX = Decimal("999999999.99")
EPC_MAX_BYTES = 331


@dataclass(frozen=True, slots=True)
class _EpcFields:
    name: str
    iban: str
    amount: Decimal
    text: str
    bic: str


def _epc_fields(p: PrintableInvoice) -> _EpcFields | None:
    if p.kind is not DocumentKind.INVOICE or p.number is None:
        return None
    iban = "".join(one_line(p.seller.iban).split()).upper()
    name = one_line(p.seller.legal_name)[:70].strip()
    if not name or not 5 <= len(iban) <= 34 or not EPC_MIN <= p.amount_due <= EPC_MAX:
        return None
    bic = "".join(one_line(p.seller.bic).split()).upper()
    return _EpcFields(name=name, iban=iban, amount=p.amount_due,
                      text=f"Facture {one_line(p.number)}"[:140].rstrip(),
                      bic=bic if len(bic) in (8, 11) else "")


def _epc_lines(f: _EpcFields) -> list[str]:
    # segno writes the amount this way too: two decimals, trailing zeros dropped.
    amount = f"EUR{f.amount:.2f}".rstrip("0").rstrip(".")
    return ["BCD", "002", "", "SCT", f.bic, f.name, f.iban, amount, "", "", f.text]


def epc_payload(p: PrintableInvoice) -> str | None:
    """The text the payment QR code holds, or None when no QR code is printed.

    A QR code is printed for an issued invoice whose seller has an IBAN and whose
    amount due is between 0,01 € and 999 999 999,99 € (the EPC limits). The third
    line is the character set segno picks: the first of ISO 8859-1, -2, … that can
    write the text, else UTF-8.
    """
    fields = _epc_fields(p)
    if fields is None:
        return None
    lines = _epc_lines(fields)
    text = "\n".join(lines)
    charset = 1
    for index, encoding in enumerate(_EPC_ENCODINGS[1:], start=2):
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            continue
        charset = index
        break
    lines[2] = str(charset)
    payload = "\n".join(lines)
    if len(payload.encode(_EPC_ENCODINGS[charset - 1])) > EPC_MAX_BYTES:
        return None
    return payload


def epc_encoding(payload: str) -> str:
    """The codec of a payload from :func:`epc_payload` (its third line is the EPC charset)."""
    return _EPC_ENCODINGS[int(payload.split("\n")[2]) - 1]


def epc_qr(p: PrintableInvoice) -> Any | None:
    """The ``segno.QRCode`` of :func:`epc_payload`: the code ``segno.helpers.make_epc_qr``
    makes, with segno's own checks and data, its mask chosen by :mod:`.qr_mask` (the same
    mask, found faster).

    The amount is handed over as the exact ``Decimal`` (segno converts it with
    ``decimal.Decimal(amount)``, so no float ever takes part).
    """
    fields = _epc_fields(p)
    if fields is None or epc_payload(p) is None:
        return None
    try:
        # What make_epc_qr does: validate and write the data, then make_qr(error "M").
        helpers: Any = segno.helpers  # the data function is untyped (and segno's own)
        data = helpers._make_epc_qr_data(fields.name, fields.iban, fields.amount,
                                         text=fields.text, bic=fields.bic or None)
        code = make_qr(data)
    except ValueError:  # segno's own checks; no QR rather than no invoice
        return None
    return code if code.version <= 13 else None  # EPC069-12 limit, as make_epc_qr checks


# --- Pages ---------------------------------------------------------------------------------

class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Keeps every page until the end so each can say "Page X/Y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        for name in (FONT, FONT_BOLD):  # before any text: the usual subsets are reused
            font = pdfmetrics.getFont(name)
            if isinstance(font, ReusableSubsetFont):
                font.start_document(self._doc)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, 7)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_WIDTH - MARGIN, 7 * mm, f"Page {number}/{total}")
            super().showPage()
        for page in self._doc.Pages.pages:
            # What PDFPage.check_format would do, without the ASCII85 layer reportlab adds
            # by default (rl_config.useA85) on top of Flate: done in pure Python, it costs
            # time and makes the stream a quarter larger; PDF streams are binary anyway.
            if page.compression and page.stream and not page.Contents:
                stream = pdfdoc.PDFStream(content=page.stream, filters=[pdfdoc.PDFZCompress])
                stream.__Comment__ = "page stream"
                page.Contents = stream
        super().save()


def footer_columns(s: Seller, limit: int) -> list[list[Any]]:
    """The seller's identification, contact and bank details (each field cut at ``limit``)."""

    def cut(text: str) -> str:
        text = one_line(text)
        return text if len(text) <= limit else text[:limit - 1] + "…"

    ident = [cut(s.legal_name) + (" EI" if s.legal_form.strip().upper() == "EI" else "")]
    if s.legal_form.strip() and s.share_capital is not None:
        ident.append(f"{cut(s.legal_form)} au capital de {money(s.share_capital)}")
    elif s.legal_form.strip() and s.legal_form.strip().upper() != "EI":
        ident.append(cut(s.legal_form))
    ident.append(cut(", ".join(address_lines(s.street, s.postcode, s.city, s.country))))
    rcs = f" — RCS {cut(s.rcs_city)}" if one_line(s.rcs_city) else ""
    if one_line(s.siren):
        ident.append(f"SIREN {siren_text(cut(s.siren))}{rcs}")
    if one_line(s.siret):
        ident.append(f"SIRET {siren_text(cut(s.siret))}" + ("" if one_line(s.siren) else rcs))
    if one_line(s.vat_number):
        ident.append(f"N° TVA intracommunautaire : {cut(s.vat_number)}")
    contact = [cut(x) for x in (s.contact_name,) if one_line(x)]
    contact += [f"{label} : {cut(x)}" for label, x in (("Téléphone", s.phone), ("Mail", s.email))
                if one_line(x)]
    contact += [cut(s.website)] if one_line(s.website) else []
    bank = [f"{label} : {cut(x)}" for label, x in (
        ("Banque", s.bank_name), ("Code banque", s.bank_code), ("N° de compte", s.account_number))
        if one_line(x)]
    if one_line(s.iban):
        bank.append(f"IBAN : {grouped(cut(s.iban), 4)}")
    if one_line(s.bic):
        bank.append(f"BIC : {cut(s.bic)}")
    return [[para(title, FOOT_TITLE), *[para(x, FOOT) for x in items]]
            for title, items in ((ident[0], ident[1:]), ("Contact", contact),
                                 ("Détails bancaires", bank))]


FOOTER_WIDTHS = (CONTENT_WIDTH * 0.37, CONTENT_WIDTH * 0.27, CONTENT_WIDTH * 0.36)


def _footer(s: Seller) -> tuple[Table, float, list[list[Any]]]:
    """The footer table (fields cut shorter until it fits), its height and its columns."""
    widths = list(FOOTER_WIDTHS)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    for limit in (160, 80, 40, 20):  # an absurdly long field is cut rather than overlap the page
        columns = footer_columns(s, limit)
        footer = table([columns], widths, commands)
        _, height = footer.wrap(CONTENT_WIDTH, FOOTER_HEIGHT)
        if height <= FOOTER_HEIGHT:
            break
    return footer, height, columns


def _short(text: str, limit: int = 70) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


@lru_cache(maxsize=16)
def _footer_lines(s: Seller) -> tuple[tuple[float, float, PlainText], ...] | None:
    """Each footer line and where it goes (the table's places), when every field holds on
    one line; None otherwise. Once per seller: the footer does not depend on the document,
    and the lines, wrapped at their column's width, are only read when drawn."""
    _, _, columns = _footer(s)
    if not all(isinstance(item, PlainText) and item.fits and item.style.alignment == TA_LEFT
               for column in columns for item in column):
        return None
    placed = []
    for i, column in enumerate(columns):
        left = MARGIN + sum(FOOTER_WIDTHS[:i])
        top = FOOTER_TOP - 3 * mm  # the table's top (no padding)
        for item in column:
            top -= item.height
            placed.append((left, top, item))
    return tuple(placed)


class _Pages:
    """What is drawn on every page: watermark, running header, footer."""

    def __init__(self, p: PrintableInvoice) -> None:
        self.p = p
        # When every field holds on one line (the usual case), each page gets the lines
        # written directly at the places the table would put them, and that placement is
        # the same for every document of the seller; otherwise the table is drawn.
        self.footer_lines = _footer_lines(p.seller)
        if self.footer_lines is None:
            self.footer, self.footer_height, _ = _footer(p.seller)

    def first(self, canv: Any, doc: Any) -> None:
        self._common(canv)

    def later(self, canv: Any, doc: Any) -> None:
        self._common(canv)
        canv.saveState()
        top = PAGE_HEIGHT - 12 * mm
        canv.setFont(FONT_BOLD, 9)
        canv.setFillColor(ACCENT)
        canv.drawString(MARGIN, top, _short(self.p.seller.legal_name, 60))
        canv.drawRightString(PAGE_WIDTH - MARGIN, top, f"{_short(self.p.heading, 40)} (suite)")
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, top - 3 * mm, PAGE_WIDTH - MARGIN, top - 3 * mm)
        canv.restoreState()

    def _common(self, canv: Any) -> None:
        canv.saveState()
        if self.p.is_draft:
            canv.setFont(FONT_BOLD, 96)
            canv.setFillColor(colors.HexColor("#E3E7ED"))
            canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canv.rotate(50)
            canv.drawCentredString(0, -34, "BROUILLON")
            canv.rotate(-50)
            canv.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, FOOTER_TOP, PAGE_WIDTH - MARGIN, FOOTER_TOP)
        if self.footer_lines is None:
            self.footer.drawOn(canv, MARGIN, FOOTER_TOP - 3 * mm - self.footer_height)
        else:
            for x, y, line in self.footer_lines:
                line.drawOn(canv, x, y)
        canv.setFont(FONT, 7)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, 7 * mm, _short(self.p.heading, 50))
        canv.restoreState()

def _story(p: PrintableInvoice) -> list[Any]:
    qr = epc_qr(p)
    story: list[Any] = [NextPageTemplate("later"), header_block(p, CONTENT_WIDTH),
                        Spacer(1, 7 * mm), parties_block(p, CONTENT_WIDTH), Spacer(1, 5 * mm)]
    info = additional_info_block(p, CONTENT_WIDTH)
    if info is not None:
        story += [info, Spacer(1, 5 * mm)]
    story += [lines_block(p, CONTENT_WIDTH),
              totals_block(p, CONTENT_WIDTH, None if qr is None else qr.matrix),
              *mentions_block(p)]
    return story


def render_invoice_pdf(p: PrintableInvoice) -> bytes:
    """The PDF of an invoice, a credit note or a draft, as bytes (same input, same bytes)."""
    register_fonts()
    buffer = io.BytesIO()
    subject = f"{p.heading} — {_short(p.buyer.name, 120)}"
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=14 * mm,
        bottomMargin=PAGE_HEIGHT - FRAME_BOTTOM, title=p.heading,
        author=_short(p.seller.legal_name, 120), subject=subject, creator="crmdesk",
        producer="crmdesk (ReportLab)", keywords="", invariant=1, initialFontName=FONT,
        lang="fr-FR")
    pages = _Pages(p)
    first = Frame(MARGIN, FRAME_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - 14 * mm - FRAME_BOTTOM,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, FRAME_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - 22 * mm - FRAME_BOTTOM,
                  id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=pages.first),
                          PageTemplate("later", [later], onPage=pages.later)])
    doc.build(_story(p), canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
