"""compute_totals (exact integers) gives the same figures as a plain Decimal implementation."""

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from strategies import discounts, lines_strategy

from crmdesk.domain.totals import Line, Totals, compute_totals

CENT = Decimal("0.01")


def r(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def reference(lines: Sequence[Line], pct: Decimal) -> tuple[object, ...]:
    """DOMAIN.md §3 written the obvious way, in Decimal."""
    nets = [r(x.quantity * x.unit_price) for x in lines]
    vats = [r(n * x.vat_rate / 100) for n, x in zip(nets, lines, strict=True)]
    by_rate: dict[Decimal, Decimal] = {}
    for n, x in zip(nets, lines, strict=True):
        by_rate[x.vat_rate] = by_rate.get(x.vat_rate, Decimal(0)) + n
    parts = []
    for rate in sorted(by_rate, reverse=True):
        allowance = r(by_rate[rate] * pct / 100)
        base = by_rate[rate] - allowance
        parts.append((rate, by_rate[rate], allowance, base, r(base * rate / 100)))
    total = sum(nets, Decimal(0))
    discount = sum((p[2] for p in parts), Decimal(0))
    vat = sum((p[4] for p in parts), Decimal(0))
    return (tuple(zip(nets, vats, strict=True)), total, discount, total - discount, tuple(parts), vat,
            total - discount + vat)


def flat(t: Totals) -> tuple[object, ...]:
    return (tuple((x.net, x.vat) for x in t.lines), t.total_ht, t.discount, t.net,
            tuple((p.rate, p.lines_net, p.allowance, p.base, p.vat) for p in t.vat_by_rate),
            t.vat_total, t.ttc)


@settings(max_examples=200, deadline=None)
@given(lines_strategy, discounts)
def test_same_figures_as_decimal_reference(lines: list[Line], pct: Decimal) -> None:
    assert flat(compute_totals(lines, pct)) == reference(lines, pct)
    negated = [x.negated() for x in lines]
    assert flat(compute_totals(negated, pct)) == reference(negated, pct)
