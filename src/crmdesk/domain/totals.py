"""Invoice totals to the cent: the one function every screen, PDF, export and check uses.

The computation follows EN 16931 as DOMAIN.md §3 states it, rounding half-up to
the cent at these points and nowhere else:

1. line net = round(quantity × unit price);
2. total HT = Σ line nets;
3. the document discount is split per VAT rate: allowance = round(rate's line nets × pct);
   the discount is the sum of the allowances;
4. per rate: base = rate's line nets − allowance; VAT = round(base × rate);
5. net commercial = total HT − discount; VAT total = Σ per-rate VAT; TTC = net + VAT;
   amount due = TTC − payments.

The per-line VAT and TTC shown in the seed's lines table are informative only:
the VAT of the invoice is computed per rate, after the discount (482,58 €, not
the 507,98 € the line VAT column adds up to).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.errors import InvalidAmount
from crmdesk.domain.money import ZERO, mul, parse_decimal, percent_of, round_cents

HUNDRED = Decimal(100)

#: The French VAT rates (CGI art. 278 to 281 nonies), in percent.
FRENCH_VAT_RATES: tuple[Decimal, ...] = (Decimal("20"), Decimal("10"), Decimal("5.5"),
                                         Decimal("2.1"), Decimal("0"))

QUANTITY_PLACES = 4
PRICE_PLACES = 4
RATE_PLACES = 2
DISCOUNT_PLACES = 4


@dataclass(frozen=True, slots=True)
class Line:
    """One invoice line as typed: what is sold, how many, at what price and VAT rate.

    Use :meth:`parse` to build one from user text; the constructor trusts its values.
    """

    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    vat_rate: Decimal

    @classmethod
    def parse(cls, description: str, quantity: object, unit: str, unit_price: object,
              vat_rate: object, *, credit: bool = False) -> Line:
        """Validate typed values; ``credit`` allows the negative quantities of a credit note."""
        return cls(
            description=description.strip(),
            quantity=parse_decimal(quantity, field="quantité", places=QUANTITY_PLACES,
                                   allow_negative=credit),
            unit=unit.strip(),
            unit_price=parse_decimal(unit_price, field="prix unitaire HT", places=PRICE_PLACES),
            vat_rate=parse_vat_rate(vat_rate),
        )

    def negated(self) -> Line:
        """The same line with the opposite quantity (a credit note line)."""
        return Line(self.description, -self.quantity, self.unit, self.unit_price, self.vat_rate)


def parse_vat_rate(value: object) -> Decimal:
    """A VAT rate in percent, one of :data:`FRENCH_VAT_RATES`."""
    rate = parse_decimal(value, field="taux de TVA", places=RATE_PLACES, maximum=HUNDRED)
    if rate not in FRENCH_VAT_RATES:
        allowed = ", ".join(format(r, "f").replace(".", ",") for r in FRENCH_VAT_RATES)
        raise InvalidAmount("taux de TVA", f"{format(rate, 'f').replace('.', ',')} % n'est pas un "
                                           f"taux français (taux permis : {allowed} %)")
    return rate


def parse_discount(value: object) -> Decimal:
    """A document discount in percent, 0 to 100."""
    return parse_decimal(value, field="remise", places=DISCOUNT_PLACES, maximum=HUNDRED)


@dataclass(frozen=True, slots=True)
class LineTotals:
    """The computed columns of one line: net HT, VAT (informative) and TTC (informative)."""

    net: Decimal
    vat: Decimal
    ttc: Decimal


@dataclass(frozen=True, slots=True)
class VatBreakdown:
    """One VAT rate's part of the invoice (mandatory on the invoice: base and VAT per rate)."""

    rate: Decimal
    lines_net: Decimal
    allowance: Decimal
    base: Decimal
    vat: Decimal


@dataclass(frozen=True, slots=True)
class Totals:
    """Every figure of an invoice's totals table; all amounts are whole cents."""

    lines: tuple[LineTotals, ...]
    total_ht: Decimal
    discount_pct: Decimal
    discount: Decimal
    net: Decimal
    vat_by_rate: tuple[VatBreakdown, ...]
    vat_total: Decimal
    ttc: Decimal

    def amount_due(self, paid: Iterable[Decimal] = ()) -> Decimal:
        """TTC minus the payments (and credit notes) already received."""
        return self.ttc - sum(paid, ZERO)

    def negated(self) -> Totals:
        """The exact opposite (what the credit note of the whole invoice must total)."""
        return Totals(
            lines=tuple(LineTotals(-x.net, -x.vat, -x.ttc) for x in self.lines),
            total_ht=-self.total_ht, discount_pct=self.discount_pct, discount=-self.discount,
            net=-self.net,
            vat_by_rate=tuple(VatBreakdown(b.rate, -b.lines_net, -b.allowance, -b.base, -b.vat)
                              for b in self.vat_by_rate),
            vat_total=-self.vat_total, ttc=-self.ttc)


def compute_totals(lines: Sequence[Line], discount_pct: Decimal = ZERO) -> Totals:
    """Compute every total of an invoice (or credit note) from its lines and discount.

    Args:
        lines: the lines in display order.
        discount_pct: the document discount in percent (``Decimal("5")`` for 5 %).

    Returns:
        The line columns, total HT, discount, net commercial, the VAT breakdown per
        rate (highest rate first), the VAT total and the TTC, each rounded as
        DOMAIN.md §3 prescribes.
    """
    if not ZERO <= discount_pct <= HUNDRED:
        raise InvalidAmount("remise", "doit être comprise entre 0 et 100 %")
    line_totals = []
    net_by_rate: dict[Decimal, Decimal] = {}
    for line in lines:
        net = round_cents(mul(line.quantity, line.unit_price))
        vat = round_cents(percent_of(net, line.vat_rate))
        line_totals.append(LineTotals(net=net, vat=vat, ttc=net + vat))
        key = line.vat_rate.normalize()
        net_by_rate[key] = net_by_rate.get(key, ZERO) + net
    breakdown = []
    for rate in sorted(net_by_rate, reverse=True):
        lines_net = net_by_rate[rate]
        allowance = round_cents(percent_of(lines_net, discount_pct))
        base = lines_net - allowance
        breakdown.append(VatBreakdown(rate=rate, lines_net=lines_net, allowance=allowance,
                                      base=base, vat=round_cents(percent_of(base, rate))))
    total_ht = sum((t.net for t in line_totals), ZERO)
    discount = sum((b.allowance for b in breakdown), ZERO)
    vat_total = sum((b.vat for b in breakdown), ZERO)
    net = total_ht - discount
    return Totals(lines=tuple(line_totals), total_ht=total_ht, discount_pct=discount_pct,
                  discount=discount, net=net, vat_by_rate=tuple(breakdown),
                  vat_total=vat_total, ttc=net + vat_total)
