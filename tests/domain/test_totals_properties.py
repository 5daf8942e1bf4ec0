"""Properties of the totals on random invoices (DOMAIN.md §3)."""

from decimal import Decimal

from hypothesis import given, settings
from strategies import discounts, lines_strategy

from crmdesk.domain.money import CENT
from crmdesk.domain.totals import Line, Totals, compute_totals


def amounts(totals: Totals) -> list[Decimal]:
    values = [totals.total_ht, totals.discount, totals.net, totals.vat_total, totals.ttc]
    for line in totals.lines:
        values += [line.net, line.vat, line.ttc]
    for part in totals.vat_by_rate:
        values += [part.lines_net, part.allowance, part.base, part.vat]
    return values


@settings(max_examples=150, deadline=None)
@given(lines_strategy, discounts)
def test_invoice_properties(lines: list[Line], pct: Decimal) -> None:
    totals = compute_totals(lines, pct)
    assert totals.ttc == totals.net + totals.vat_total
    assert sum(p.base for p in totals.vat_by_rate) == totals.net
    assert sum(p.allowance for p in totals.vat_by_rate) == totals.discount
    assert sum(p.vat for p in totals.vat_by_rate) == totals.vat_total
    assert totals.total_ht == sum(line.net for line in totals.lines)
    assert all(value == value.quantize(CENT) for value in amounts(totals))
    assert all(value.as_tuple().exponent == -2 for value in amounts(totals))
    assert {p.rate for p in totals.vat_by_rate} == {line.vat_rate for line in lines}


@settings(max_examples=150, deadline=None)
@given(lines_strategy, discounts)
def test_credit_note_of_whole_invoice_is_exact_opposite(lines: list[Line], pct: Decimal) -> None:
    invoice = compute_totals(lines, pct)
    credit = compute_totals([line.negated() for line in lines], pct)
    assert credit == invoice.negated()
    assert credit.ttc + invoice.ttc == 0


@given(lines_strategy)
def test_full_discount_leaves_nothing_to_pay(lines: list[Line]) -> None:
    totals = compute_totals(lines, Decimal(100))
    assert totals.net == 0 and totals.vat_total == 0 and totals.ttc == 0
