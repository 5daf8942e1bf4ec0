"""Hostile text in every printed field of an issued invoice: a valid PDF that prints it literally."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from crmdesk.domain.totals import Line
from crmdesk.services import clients, company, invoices
from crmdesk.services.database import Database
from crmdesk.documents.invoice_pdf import render_invoice_pdf
from crmdesk.services.printing import invoice_pdf, printable
from crmdesk.services.values import ClientInput, ContactValue

from hostile.texts import BIDI, CONTROLS, EMOJI, HOSTILE, LONG, MARKUP, SURROGATES, ZERO_WIDTH
from scenario import SEED_LINES, WORLD_COMPAGNIE, seed_draft

#: Seller fields printed on the invoice (identifiers are checked, so they stay valid).
SELLER_TEXTS = ("legal_name", "street", "postcode", "city", "country", "rcs_city", "contact_name",
                "phone", "email", "website", "bank_name", "bank_code", "account_number",
                "early_payment_discount")


def issue_hostile(db: Database, text: str) -> int:
    """An invoice whose every free text holds ``text``; returns its id."""
    company.save_seller(db, dataclasses.replace(
        WORLD_COMPAGNIE, **{name: f"{name} {text}" for name in SELLER_TEXTS}))
    client = clients.create_client(db, ClientInput(
        name=f"Client {text}", number="777", legal_form=f"SA {text}"[:40],
        billing_street=f"1 rue {text}", billing_postcode="13100", billing_city=f"Aix {text}",
        billing_country=f"France {text}", delivery_street=f"Quai {text}",
        delivery_postcode="13001", delivery_city=f"Marseille {text}",
        email=f"{text}@x.fr", phone="04 42 00 00 00",
        contacts=(ContactValue(f"Contact {text}", f"Rôle {text}"),)))
    lines = (Line(f"Article {text}", SEED_LINES[0].quantity, f"u {text}",
                  SEED_LINES[0].unit_price, SEED_LINES[0].vat_rate), SEED_LINES[1])
    invoice_id = invoices.create_draft(db, dataclasses.replace(
        seed_draft(client.id), lines=lines, issued_by=f"Émetteur {text}",
        client_contact=f"Contact {text}", reference=f"Réf {text}",
        additional_info=f"Infos {text}"))
    invoices.issue_invoice(db, invoice_id)
    return invoice_id


def read_back(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data), strict=True)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, text


def assert_inert(reader: PdfReader, data: bytes) -> None:
    """No link, no image, no script: whatever was typed is only ever text."""
    assert b"/URI" not in data and b"/Annots" not in data and b"/JavaScript" not in data
    assert re.search(rb"/Subtype\s*/Image", data) is None
    assert len(reader.pages) >= 1 and "Page 1/" in reader.pages[0].extract_text()


@pytest.mark.parametrize("kind", sorted(set(HOSTILE) - {"long"}))  # "long": its own test below
def test_every_printed_field_survives_hostile_text(db: Database, kind: str) -> None:
    data = invoice_pdf(db, issue_hostile(db, HOSTILE[kind]))
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    reader, text = read_back(data)
    assert_inert(reader, data)
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", text)
    for label in ("Client", "1 rue", "Article", "Réf", "Infos"):
        assert label in text
    metadata = reader.metadata or {}
    for value in metadata.values():
        assert not re.search("[\x00-\x1f\u202e]", str(value))


def test_markup_is_printed_not_interpreted(db: Database) -> None:
    _, text = read_back(invoice_pdf(db, issue_hostile(db, MARKUP)))
    flat = " ".join(text.split())
    assert f"Acheteur : Client {MARKUP.strip()}" in flat
    assert f"Infos {MARKUP.strip()}" in flat
    assert "Réf <b>gras</b> R&D <a" in flat and "Article <b>gras</b> R&D <a" in flat  # wrapped
    assert flat.count("<b>gras</b>") >= 8 and "&amp;" in flat


def test_controls_bidi_and_zero_width_are_dropped_and_the_rest_kept(db: Database) -> None:
    _, text = read_back(invoice_pdf(db, issue_hostile(db, f"{CONTROLS}{BIDI}{ZERO_WIDTH}")))
    assert "Client c" in text and "abcdcba" in text and "iso" in text and "RTL" in text


def test_emoji_and_astral_characters_become_a_replacement_character(db: Database) -> None:
    _, text = read_back(invoice_pdf(db, issue_hostile(db, EMOJI)))
    assert "Famille" in text and "\ufffd" in text and "🇫🇷" not in text


def test_ten_thousand_characters_flow_over_pages(db: Database) -> None:
    data = invoice_pdf(db, issue_hostile(db, LONG))
    reader, text = read_back(data)
    assert_inert(reader, data)
    assert len(reader.pages) > 1 and f"Page {len(reader.pages)}/{len(reader.pages)}" in text
    assert text.count("L") >= 3 * 10_000  # at least the line, the reference and the information


def test_lone_surrogates_in_a_printable_never_reach_the_pdf(db: Database) -> None:
    """Python can hold them (a JSON "\\ud800"), SQLite cannot store them: the PDF layer drops them."""
    invoice_id = issue_hostile(db, "ok")
    view = invoices.get_invoice(db, invoice_id, date(2026, 1, 9))
    view = dataclasses.replace(view, buyer=dataclasses.replace(view.buyer, name=SURROGATES))
    _, text = read_back(render_invoice_pdf(printable(view)))
    assert "Acheteur : abc" in text
