"""The WORLD COMPAGNIE invoice n° 123 of the textbook, figure by figure (DOMAIN.md §2)."""

from decimal import Decimal as D

from crmdesk.domain.money import format_money_fr
from crmdesk.domain.totals import Line, compute_totals

SEED_LINES = [
    Line.parse("Main-d'œuvre", "25", "Heure", "60,00", "20"),
    Line.parse("Produit", "10", "Pièce", "103,99", "20"),
]


def test_seed_lines_columns() -> None:
    totals = compute_totals(SEED_LINES, D("5"))
    labour, product = totals.lines
    assert (labour.net, labour.vat, labour.ttc) == (D("1500.00"), D("300.00"), D("1800.00"))
    assert (product.net, product.vat, product.ttc) == (D("1039.90"), D("207.98"), D("1247.88"))


def test_seed_totals_table() -> None:
    totals = compute_totals(SEED_LINES, D("5"))
    assert totals.total_ht == D("2539.90")
    assert totals.discount == D("127.00")  # 126.995 rounded half-up
    assert totals.net == D("2412.90")
    assert totals.vat_total == D("482.58")  # on the net after discount, not Σ line VAT (507.98)
    assert totals.ttc == D("2895.48")
    (rate20,) = totals.vat_by_rate
    assert (rate20.rate, rate20.base, rate20.vat) == (D("20"), D("2412.90"), D("482.58"))


def test_seed_amounts_in_french() -> None:
    totals = compute_totals(SEED_LINES, D("5"))
    assert format_money_fr(totals.ttc) == "2\u202f895,48\u00a0€"
    assert format_money_fr(totals.lines[0].ttc) == "1\u202f800,00\u00a0€"


def test_amount_due_after_payment() -> None:
    totals = compute_totals(SEED_LINES, D("5"))
    assert totals.amount_due([D("1000.00"), D("895.48")]) == D("1000.00")
