"""The invoice PDF read back: the textbook invoice to the cent, fonts, pages, hostile text, QR."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import segno
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from crmdesk.documents.invoice_pdf import (FOOTER_TOP, PrintableInvoice, epc_encoding,
                                           epc_payload, epc_qr, render_invoice_pdf)
from crmdesk.documents.invoice_pdf_layout import clean, fr_number
from crmdesk.domain.invoice import DocumentKind
from crmdesk.domain.totals import Line, compute_totals
from crmdesk.services.database import Database, open_database
from crmdesk.services.demo import load_demo
from crmdesk.services.invoices import find_invoice, get_invoice
from crmdesk.services.printing import printable

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    path = tmp_path_factory.mktemp("demo") / "formation.sqlite"
    db = open_database(path)
    load_demo(db, TODAY)
    yield db, path
    db.dispose()


@pytest.fixture(scope="module")
def seed(demo_db: tuple[Database, Path]) -> PrintableInvoice:
    db, _ = demo_db
    invoice_id = find_invoice(db, "123")
    assert invoice_id is not None
    return printable(get_invoice(db, invoice_id, TODAY))


@pytest.fixture(scope="module")
def seed_pdf(seed: PrintableInvoice) -> bytes:
    return render_invoice_pdf(seed)


def unpaid(p: PrintableInvoice) -> PrintableInvoice:
    return dataclasses.replace(p, paid=Decimal("0.00"), amount_due=p.totals.ttc)


def normalise(text: str) -> str:
    """Every kind of space (U+202F thousands separator, U+00A0 before € and %) as one space."""
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " "))


def page_texts(data: bytes) -> list[str]:
    return [normalise(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


SEED_TEXTS = (
    "FACTURE N° 123", "WORLD COMPAGNIE", "22 avenue Voltaire", "13000 Marseille", "France",
    "Conditions de règlement : 30 jours — échéance 08/02/2026",
    "Acheteur : SA Spirit", "Contact : Michel ALI", "31 rue de la Forêt", "13100 Aix-en-Provence",
    "Date de la facture 08/01/2026", "Référence de la facture 123", "Numéro de client 456",
    "Paiement dû 08/02/2026", "Modalité de paiement 30 jours", "Émis par Pierre Legrand",
    "Contact client Michel ALI", "Date de la vente/prestation 02/01/2026",
    "Informations additionnelles", "Service après-vente : Garantie 1 an",
    "Description", "Quantité", "Unité", "Prix unitaire HT", "Taux TVA", "Montant TVA", "TOTAL TTC",
    "Main-d'œuvre 25 Heure 60,00 20 % 300,00 1 800,00 €",
    "Produit 10 Pièce 103,99 20 % 207,98 1 247,88 €",
    "TOTAL HT 2 539,90 €", "Remise 5 % 127,00 €", "Net commercial 2 412,90 €",
    "TVA 20 % sur 2 412,90 € 482,58 €", "TOTAL TTC 2 895,48 €",
    "Déjà réglé 2 895,48 €", "Reste à payer 0,00 €",
    "Pénalités de retard : 12,15 % par an",
    "Indemnité forfaitaire pour frais de recouvrement : 40 €",
    "Pas d'escompte pour paiement anticipé",
    "SAS au capital de 50 000,00 €", "SIREN 402 123 459", "RCS Marseille",
    "SIRET 402 123 459 00016", "N° TVA intracommunautaire : FR13402123459",
    "Pierre Legrand", "Téléphone : +33 4 92 99 99 99", "Mail : pierre@worldcompagnie.fr",
    "www.worldcompagnie.fr", "Banque : BNP Paribas", "Code banque : 100000000",
    "N° de compte : 12345678", "IBAN : FR76 3000 4010 0000 0123 4567 880", "BIC : BNPAFRPPXXX",
    "Page 1/1",
)


def test_seed_invoice_pdf_holds_every_figure_and_mention(seed_pdf: bytes) -> None:
    assert seed_pdf.startswith(b"%PDF-")
    [text] = page_texts(seed_pdf)
    missing = [s for s in SEED_TEXTS if s not in text]
    assert not missing, missing
    assert "TVA sur les débits" not in text  # WORLD COMPAGNIE did not opt: a wrong mention is fined
    assert "QR SEPA" not in text  # paid: nothing left to pay by transfer


def test_every_font_is_embedded_dejavu(seed_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(seed_pdf))
    names = set()
    for page in reader.pages:
        fonts = resolve(resolve(page["/Resources"])["/Font"])
        for ref in fonts.values():
            font = resolve(ref)
            names.add(str(font["/BaseFont"]).split("+")[-1])
            if font["/Subtype"] == "/Type0":
                font = resolve(resolve(font["/DescendantFonts"])[0])
            descriptor = resolve(font["/FontDescriptor"])
            assert "/FontFile2" in descriptor, font
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}
    assert b"Helvetica" not in seed_pdf


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_lists_only_embedded_dejavu(tmp_path: Path, seed_pdf: bytes) -> None:
    path = tmp_path / "seed.pdf"
    path.write_bytes(seed_pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows and all("DejaVuSans" in r and " yes yes " in r for r in rows), out


def test_same_invoice_gives_the_same_bytes_even_in_another_process(
        demo_db: tuple[Database, Path], seed: PrintableInvoice, seed_pdf: bytes) -> None:
    assert render_invoice_pdf(seed) == seed_pdf
    script = ("import sys\n"
              "from crmdesk.services.database import open_database\n"
              "from crmdesk.services.printing import invoice_pdf\n"
              "from crmdesk.services.invoices import find_invoice\n"
              "db = open_database(sys.argv[1])\n"
              "sys.stdout.buffer.write(invoice_pdf(db, find_invoice(db, '123')))\n")
    other = subprocess.run([sys.executable, "-c", script, str(demo_db[1])], capture_output=True,
                           check=True, timeout=120, env={"PYTHONHASHSEED": "12345",
                                                         "PATH": "/usr/bin:/bin"}).stdout
    assert other == seed_pdf


def many_lines(count: int) -> tuple[Line, ...]:
    rates = (Decimal("20"), Decimal("10"), Decimal("5.5"))
    return tuple(Line(f"Article {i:03d} — maintenance" + (" détaillée" * 12 if i % 9 == 0 else ""),
                      Decimal(i % 4 + 1) / 2, "Pièce", Decimal("12.50") + i, rates[i % 3])
                 for i in range(1, count + 1))


def with_lines(p: PrintableInvoice, lines: tuple[Line, ...],
               discount: Decimal = Decimal("5")) -> PrintableInvoice:
    totals = compute_totals(lines, discount)
    return dataclasses.replace(p, lines=lines, totals=totals, paid=Decimal("0.00"),
                               amount_due=totals.ttc)


def test_a_300_line_invoice_flows_over_numbered_pages(seed: PrintableInvoice) -> None:
    p = with_lines(seed, many_lines(300))
    data = render_invoice_pdf(p)
    texts = page_texts(data)
    count = len(texts)
    assert count >= 5
    for number, text in enumerate(texts, start=1):
        assert f"Page {number}/{count}" in text
        assert "Description" in text and "Prix unitaire HT" in text and "TOTAL TTC" in text
        assert "N° TVA intracommunautaire : FR13402123459" in text  # footer on every page
        if number > 1:
            assert "FACTURE N° 123 (suite)" in text
    whole = " ".join(texts)
    assert all(f"Article {i:03d}" in whole for i in range(1, 301))
    for label in ("TOTAL HT", "Net commercial", "TVA 5,5 % sur", "Total TVA", "Pénalités"):
        assert [label in t for t in texts] == [False] * (count - 1) + [True], label
    last = texts[-1]
    assert f"TOTAL TTC {normalise(format_amount(p.totals.ttc))}" in last
    assert "Payer par virement (QR SEPA)" in last


def format_amount(value: Decimal) -> str:
    from crmdesk.domain.money import format_money_fr

    return format_money_fr(value)


def test_lines_never_run_into_the_footer(seed: PrintableInvoice) -> None:
    reader = PdfReader(io.BytesIO(render_invoice_pdf(with_lines(seed, many_lines(120)))))
    for page in reader.pages:
        found: list[tuple[str, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip():
                found.append((text, cm[1] * tm[4] + cm[3] * tm[5] + cm[5]))

        page.extract_text(visitor_text=visit)
        articles = [y for text, y in found if text.startswith("Article")]
        footer = [y for text, y in found if "FR13402123459" in text]
        assert articles and footer
        assert min(articles) > FOOTER_TOP > max(footer)


HOSTILE_NAME = "R&D <Sarl>"
MARKUP = ('<b>x</b>', '<a href="http://evil">clic</a>', '<img src="x"/>')
LONG_WORD = "W" * 5000


def hostile(p: PrintableInvoice) -> PrintableInvoice:
    lines = (Line(f"{MARKUP[1]} {LONG_WORD}", Decimal("1"), MARKUP[2], Decimal("10"),
                  Decimal("20")),
             Line("Café ☕ et 😀 \u202eesrever\u202c", Decimal("3.5"), "h", Decimal("2"),
                  Decimal("10")))
    buyer = dataclasses.replace(p.buyer, name=HOSTILE_NAME, street="1 rue <b>x</b>\x00\x07\n2e étage",
                                city=f"Ville {LONG_WORD}")
    seller = dataclasses.replace(p.seller, contact_name=MARKUP[0], website=MARKUP[1])
    return dataclasses.replace(with_lines(p, lines, Decimal("0")), buyer=buyer, seller=seller,
                               client_contact=MARKUP[0], reference=MARKUP[2],
                               additional_info=("Notes <i>libres</i> & longues. " * 400)[:10000])


def test_hostile_text_prints_literally_without_links_or_images(seed: PrintableInvoice) -> None:
    data = render_invoice_pdf(hostile(seed))
    reader = PdfReader(io.BytesIO(data))
    whole = " ".join(normalise(page.extract_text()) for page in reader.pages)
    assert f"Acheteur : {HOSTILE_NAME}" in whole
    for text in MARKUP:
        assert text in whole
    assert "Notes <i>libres</i> & longues." in whole
    assert whole.count("W") >= 5000 and "\u202e" not in whole and "\x00" not in whole
    assert "Café ☕ et \ufffd esrever" in whole  # emoji: replacement character, no crash
    assert "Page 1/" in whole
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            assert "/URI" not in str(resolve(annot).get("/A", {}))
        xobjects = resolve(resolve(page["/Resources"]).get("/XObject", DictionaryObject()))
        assert all(resolve(x)["/Subtype"] != "/Image" for x in xobjects.values())
    assert b"/URI" not in data and b"/Annots" not in data
    assert re.search(rb"/Subtype\s*/Image", data) is None  # the QR code is vector too


def test_an_absurd_seller_profile_still_fits_its_footer(seed: PrintableInvoice) -> None:
    seller = dataclasses.replace(seed.seller, legal_name="S" * 5000, street="rue " * 800,
                                 bank_name="B" * 3000)
    texts = page_texts(render_invoice_pdf(dataclasses.replace(seed, seller=seller)))
    assert texts and "Page 1/" in texts[0] and "…" in texts[0]


def test_clean_keeps_newlines_and_text_but_not_controls() -> None:
    assert clean("a\tb\r\nc\x00d\x1be\u202ef\u2066g\ufeffh") == "a b\ncdefgh"
    assert clean("1\u202f800,00\u00a0€ Œuvre Łódź") == "1\u202f800,00\u00a0€ Œuvre Łódź"
    assert clean("ok 😀") == "ok \ufffd"


@pytest.mark.parametrize(("value", "places", "text"), [
    ("25", 0, "25"), ("25.0000", 0, "25"), ("3.5", 0, "3,5"), ("0.125", 0, "0,125"),
    ("1000", 0, "1\u202f000"), ("-10", 0, "-10"), ("103.99", 2, "103,99"), ("60", 2, "60,00"),
    ("0.1234", 2, "0,1234"), ("1234567.5", 2, "1\u202f234\u202f567,50")])
def test_quantities_and_prices_drop_useless_zeros(value: str, places: int, text: str) -> None:
    assert fr_number(Decimal(value), places) == text


def test_epc_payload_of_an_unpaid_seed_invoice(seed: PrintableInvoice) -> None:
    p = unpaid(seed)
    payload = epc_payload(p)
    assert payload == ("BCD\n002\n2\nSCT\nBNPAFRPPXXX\nWORLD COMPAGNIE\n"
                       "FR7630004010000001234567880\nEUR2895.48\n\n\nFacture 123")
    qr = epc_qr(p)
    assert qr is not None
    same = segno.make_qr(payload.encode(epc_encoding(payload)), error="m", boost_error=False)
    assert qr.matrix == same.matrix  # the drawn code holds exactly this payload
    text = " ".join(page_texts(render_invoice_pdf(p)))
    assert "Payer par virement (QR SEPA)" in text and "IBAN, montant (2 895,48 €)" in text


def test_no_qr_code_when_nothing_is_to_be_paid_by_transfer(seed: PrintableInvoice) -> None:
    p = unpaid(seed)
    assert epc_payload(seed) is None  # paid in full
    assert epc_payload(dataclasses.replace(p, seller=dataclasses.replace(p.seller, iban=""))) is None
    assert epc_payload(dataclasses.replace(p, number=None)) is None  # a draft
    assert epc_payload(dataclasses.replace(p, amount_due=Decimal("1000000000.00"))) is None
    assert epc_payload(dataclasses.replace(p, kind=DocumentKind.CREDIT_NOTE)) is None
    partly = dataclasses.replace(p, paid=Decimal("895.48"), amount_due=Decimal("2000.00"))
    assert (epc_payload(partly) or "").split("\n")[7] == "EUR2000"


def test_credit_note_names_the_invoice_it_corrects(seed: PrintableInvoice) -> None:
    lines = tuple(line.negated() for line in seed.lines)
    credit = dataclasses.replace(with_lines(seed, lines), kind=DocumentKind.CREDIT_NOTE,
                                 number="A1", issue_date=date(2026, 2, 1),
                                 corrected_number="123", corrected_date=date(2026, 1, 8))
    [text] = page_texts(render_invoice_pdf(credit))
    assert "AVOIR N° A1" in text and "Avoir sur la facture n° 123 du 08/01/2026" in text
    assert "TOTAL TTC -2 895,48 €" in text and "Date de l'avoir 01/02/2026" in text
    assert "QR SEPA" not in text and "Pénalités" not in text


def test_draft_is_watermarked_and_unnumbered(seed: PrintableInvoice) -> None:
    [text] = page_texts(render_invoice_pdf(dataclasses.replace(unpaid(seed), number=None)))
    assert "FACTURE (brouillon)" in text and "BROUILLON" in text
    assert "attribuée à l'émission" in text and "QR SEPA" not in text


def test_consumer_invoice_has_no_b2b_mentions_and_vat_on_debits_when_opted(
        seed: PrintableInvoice) -> None:
    buyer = dataclasses.replace(seed.buyer, kind="person", name="Mme Zoé Lefèvre", siren="",
                                vat_number="")
    seller = dataclasses.replace(seed.seller, vat_on_debits=True)
    [text] = page_texts(render_invoice_pdf(dataclasses.replace(seed, buyer=buyer, seller=seller)))
    assert "Acheteur : Mme Zoé Lefèvre" in text
    assert "Pénalités" not in text and "40 €" not in text and "escompte" not in text
    assert "option pour le paiement de la taxe d'après les débits" in text


def test_purchase_order_reference_and_several_vat_rates(seed: PrintableInvoice) -> None:
    lines = (Line("Livre", Decimal("2"), "u", Decimal("10"), Decimal("5.5")),
             Line("Conseil", Decimal("1"), "h", Decimal("100"), Decimal("20")))
    p = dataclasses.replace(with_lines(seed, lines, Decimal("0")), reference="BC-2026-17")
    [text] = page_texts(render_invoice_pdf(p))
    assert "Votre référence BC-2026-17" in text and "Remise" not in text
    assert "TVA 20 % sur 100,00 € 20,00 €" in text and "TVA 5,5 % sur 20,00 € 1,10 €" in text
    assert "Total TVA 21,10 €" in text and "TOTAL TTC 141,10 €" in text
