"""Typed numbers are read exactly or refused with a French message, never rounded."""

from decimal import Decimal as D

import pytest

from crmdesk.domain.errors import InvalidAmount
from crmdesk.domain.money import (format_money_fr, format_rate_fr, from_cents, parse_decimal,
                                  round_cents, to_cents, to_units)
from crmdesk.domain.totals import Line, compute_totals, parse_discount, parse_vat_rate


@pytest.mark.parametrize(("text", "expected"), [
    ("1 800,50", D("1800.50")), ("1800.5", D("1800.5")), ("1\u202f800,50 €", D("1800.50")),
    ("0,0001", D("0.0001")), (12, D(12)), (D("3.25"), D("3.25")), ("-0", D("0")),
])
def test_accepted_numbers(text: object, expected: D) -> None:
    assert parse_decimal(text, field="prix", places=4) == expected


@pytest.mark.parametrize(("value", "fragment"), [
    ("NaN", "n'est pas un nombre"), ("Infinity", "n'est pas un nombre"),
    ("1E+999999", "n'est pas un nombre"), (D("NaN"), "non numérique"), (D("Infinity"), "infinie"),
    (D("1E+999999"), "trop grande"), ("-5", "négative"), ("1,23456", "au plus 4 décimales"),
    (2.675, "virgule flottante"), ("", "manquante"), ("12abc", "n'est pas un nombre"),
    ("1 000 000 000 000", "trop grande"),
])
def test_refused_numbers(value: object, fragment: str) -> None:
    with pytest.raises(InvalidAmount) as info:
        parse_decimal(value, field="prix unitaire HT", places=4)
    assert fragment in str(info.value)
    assert str(info.value).startswith("prix unitaire HT : ")


def test_trailing_zeros_beyond_places_are_not_extra_precision() -> None:
    assert parse_decimal("2.50000", field="prix", places=2) == D("2.5")


def test_half_up_rounding_where_float_fails() -> None:
    assert round(2.675, 2) == 2.67  # the float trap this module exists for
    assert round_cents(D("2.675")) == D("2.68")
    assert round_cents(D("-2.675")) == D("-2.68")
    assert round_cents(D("126.995")) == D("127.00")


def test_converters_refuse_to_round() -> None:
    assert to_cents(D("2895.48")) == 289548
    assert from_cents(289548) == D("2895.48")
    assert to_units(D("103.99"), 4) == 1039900
    with pytest.raises(InvalidAmount):
        to_cents(D("126.995"))


def test_vat_rates_and_discount() -> None:
    assert parse_vat_rate("5,5") == D("5.5")
    with pytest.raises(InvalidAmount, match="n'est pas un taux français"):
        parse_vat_rate("19,6")
    with pytest.raises(InvalidAmount, match="trop grande"):
        parse_discount("101")


def test_negative_price_refused_negative_quantity_only_on_credit_notes() -> None:
    with pytest.raises(InvalidAmount, match="négative"):
        Line.parse("Produit", "1", "Pièce", "-10", "20")
    with pytest.raises(InvalidAmount, match="quantité"):
        Line.parse("Produit", "-1", "Pièce", "10", "20")
    assert Line.parse("Produit", "-1", "Pièce", "10", "20", credit=True).quantity == D(-1)


def test_discount_split_per_rate_may_differ_from_global_rounding() -> None:
    lines = [Line("a", D(1), "u", D("0.10"), D("20")), Line("b", D(1), "u", D("0.10"), D("5.5"))]
    totals = compute_totals(lines, D("5"))
    # each 0.10 × 5 % = 0.005 → 0.01; the sum (0.02) wins over round(0.20 × 5 %) = 0.01
    assert totals.discount == D("0.02")
    assert [p.rate for p in totals.vat_by_rate] == [D("20"), D("5.5")]


def test_french_formats() -> None:
    assert format_money_fr(D("-1234567.5")) == "-1\u202f234\u202f567,50\u00a0€"
    assert format_money_fr(D("0")) == "0,00\u00a0€"
    assert format_rate_fr(D("5.50")) == "5,5\u00a0%"
    assert format_rate_fr(D("20")) == "20\u00a0%"
