"""Credit notes (factures d'avoir): what a credit note carries and how much may still be credited.

A credit note corrects an issued invoice (DOMAIN.md §5). crmdesk stores it like an
invoice whose quantities are negative, so :func:`~crmdesk.domain.totals.compute_totals`
gives it negative totals, and the credit note of a whole invoice is its exact
opposite (rounding is half away from zero). Three ways to build its lines:

- :func:`credit_lines_for_whole`: every line of the invoice, negated;
- :func:`credit_lines_for`: some lines, each for a quantity up to the invoiced one;
- :func:`credit_lines_for_amounts`: a commercial gesture, one line per VAT rate for a
  TTC amount typed by the user (what a client is told: "we credit you 120 € TTC").

It can never credit more than what remains of the invoice: :func:`check_credit`
refuses, in French, a credit note that would credit a line beyond its invoiced
quantity, a VAT rate the invoice does not carry, or more than the TTC (in total or
for one VAT rate) that the earlier credit notes left.

Rounding: credit notes are separate documents, each rounded to the cent. When an
invoice is credited line by line in several credit notes, their totals may add up
to the invoice's TTC give or take a cent (the sum of rounded parts is not the
rounded sum). Once every line is credited for its whole quantity, at the invoice's
discount and with no amount credit, the invoice is *entirely* credited whatever
those cents: the credit note that completes it is accepted, and what is credited
counts as exactly the invoice's TTC (:attr:`CreditState.covered`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import NumberingRule
from crmdesk.domain.money import (CENT, ZERO, format_money_fr, format_rate_fr,
                                  parse_decimal, round_cents)
from crmdesk.domain.totals import (HUNDRED, QUANTITY_PLACES, Line, Totals, compute_totals,
                                   parse_vat_rate)

#: The series of credit notes until the user chooses another: AV-1, AV-2… (Factur-X safe).
CREDIT_NOTE_NUMBERING = NumberingRule("AV-", 0)
#: The unit printed on a line credited by amount.
AMOUNT_UNIT = "forfait"

_LineKey = tuple[str, str, Decimal, Decimal]


def _key(line: Line) -> _LineKey:
    """What ties a credit line to the invoice line it credits: the same text, unit, price, rate."""
    return line.description, line.unit, line.unit_price, line.vat_rate


def _qty(quantity: Decimal) -> str:
    """A quantity in French notation without trailing zeros: ``Decimal("2.5000")`` → ``2,5``."""
    return format(quantity.normalize(), "f").replace(".", ",")


def amount_description(rate: Decimal) -> str:
    """``Avoir (remise commerciale) — TVA 20 %``: the line of a credit by amount."""
    return f"Avoir (remise commerciale) — TVA {format_rate_fr(rate)}"


# --------------------------------------------------------------------------- building lines

def credit_lines_for_whole(lines: Sequence[Line]) -> tuple[Line, ...]:
    """Every line of the invoice with the opposite quantity."""
    if not lines:
        raise DomainError("Cette facture n'a aucune ligne à créditer.")
    return tuple(line.negated() for line in lines)


def credit_lines_for(lines: Sequence[Line], chosen: Mapping[int, Decimal]) -> tuple[Line, ...]:
    """The chosen lines of the invoice, each for a quantity to credit.

    Args:
        lines: the invoice's lines, in order.
        chosen: line index (0 for the first line) → quantity to credit (positive, at
            most the line's quantity). Messages number lines from 1, as printed.

    Returns:
        The credit lines (negative quantities), in the invoice's order.
    """
    if not chosen:
        raise DomainError("Choisissez au moins une ligne de la facture à créditer.")
    out = []
    for index in sorted(chosen):
        if not 0 <= index < len(lines):
            raise DomainError(f"La facture n'a pas de ligne {index + 1} (elle en a {len(lines)}).")
        line = lines[index]
        quantity = parse_decimal(chosen[index], field=f"quantité à créditer (ligne {index + 1})",
                                 places=QUANTITY_PLACES)
        if quantity == 0:
            raise DomainError(f"Ligne {index + 1} « {line.description} » : la quantité à créditer "
                              "doit être positive.")
        if quantity > line.quantity:
            raise DomainError(f"Ligne {index + 1} « {line.description} » : {_qty(quantity)} "
                              f"à créditer, mais {_qty(line.quantity)} facturé(s).")
        out.append(Line(line.description, -quantity, line.unit, line.unit_price, line.vat_rate))
    return tuple(out)


def _ttc_of_amount_line(ht: Decimal, rate: Decimal) -> Decimal:
    """The TTC (positive) of a credit line of ``ht`` at ``rate``, as compute_totals makes it."""
    return -compute_totals([Line("", Decimal(-1), AMOUNT_UNIT, ht, rate)]).ttc


def ht_for_ttc(ttc: Decimal, rate: Decimal) -> Decimal:
    """The amount HT whose credit line totals exactly ``ttc`` TTC at ``rate`` (percent).

    HT is first ``round(TTC / (1 + rate))`` in exact decimals, then moved by a cent
    if :func:`compute_totals` (HT, then VAT rounded on it) gives a TTC a cent off.
    Some TTC amounts cannot be reached at all (at 20 %, 0,02 € HT gives 0,02 € TTC and
    0,03 € HT gives 0,04 €: no HT gives 0,03 €): they are refused, naming the two
    nearest amounts, rather than silently changed.
    """
    guess = round_cents(ttc * HUNDRED / (HUNDRED + rate))
    candidates = [guess + CENT * step for step in (0, -1, 1, -2, 2) if guess + CENT * step >= 0]
    reached = {ht: _ttc_of_amount_line(ht, rate) for ht in candidates}
    for ht, value in reached.items():
        if value == ttc:
            return ht
    below = max((v for v in reached.values() if v < ttc), default=ZERO)
    above = min(v for v in reached.values() if v > ttc)
    raise DomainError(f"Avec une TVA à {format_rate_fr(rate)}, aucun montant HT ne donne exactement "
                      f"{format_money_fr(ttc)} TTC (HT et TVA sont arrondis chacun au centime) : "
                      f"choisissez {format_money_fr(below)} ou {format_money_fr(above)}.")


def credit_lines_for_amounts(amounts_ttc_by_rate: Mapping[Decimal, Decimal]) -> tuple[Line, ...]:
    """One line per VAT rate for a TTC amount: quantity -1, unit price the matching HT.

    The user types TTC amounts (what the client is promised); see :func:`ht_for_ttc`.
    Lines come highest rate first.
    """
    if not amounts_ttc_by_rate:
        raise DomainError("Indiquez au moins un montant TTC à créditer (par taux de TVA).")
    by_rate: dict[Decimal, Decimal] = {}
    for rate_value, amount in amounts_ttc_by_rate.items():
        rate = parse_vat_rate(rate_value)
        if rate in by_rate:
            raise DomainError(f"Le taux de TVA {format_rate_fr(rate)} est indiqué deux fois.")
        ttc = parse_decimal(amount, field=f"montant TTC à créditer (TVA {format_rate_fr(rate)})",
                            places=2)
        if ttc == 0:
            raise DomainError(f"Le montant TTC à créditer à {format_rate_fr(rate)} doit être "
                              "positif.")
        by_rate[rate] = ttc
    return tuple(Line(amount_description(rate), Decimal(-1), AMOUNT_UNIT, ht_for_ttc(ttc, rate),
                      rate) for rate, ttc in sorted(by_rate.items(), reverse=True))


# --------------------------------------------------------------------------- what remains

@dataclass(frozen=True, slots=True)
class Credit:
    """A credit note against an invoice: its number (for messages), lines and totals."""

    number: str
    lines: tuple[Line, ...]
    totals: Totals

    @classmethod
    def of(cls, number: str, lines: Sequence[Line], discount_pct: Decimal) -> Credit:
        return cls(number, tuple(lines), compute_totals(lines, discount_pct))


@dataclass(frozen=True, slots=True)
class CreditState:
    """How much of an invoice its credit notes cover.

    ``credited`` is the sum of the credit notes' TTC as issued (positive); ``complete``
    says every line was credited for its whole quantity at the invoice's discount,
    with no amount credit (the invoice is then entirely credited, whatever cent the
    separate roundings leave).
    """

    ttc: Decimal
    credited: Decimal
    complete: bool

    @property
    def covered(self) -> Decimal:
        """What the credit notes take off the invoice's TTC: never more than the TTC."""
        return self.ttc if self.complete else min(self.ttc, self.credited)

    @property
    def remaining(self) -> Decimal:
        """What may still be credited."""
        return self.ttc - self.covered

    @property
    def cancelled(self) -> bool:
        """The invoice is entirely credited (cancelled by credit note)."""
        return self.credited > 0 and self.remaining == 0


def remaining(invoice_totals: Totals, credited: Sequence[Totals]) -> Decimal:
    """TTC of the invoice plus the (negative) TTC of its credit notes, as issued."""
    return invoice_totals.ttc + sum((t.ttc for t in credited), ZERO)


def _invoiced_quantities(lines: Sequence[Line]) -> dict[_LineKey, Decimal]:
    quantities: dict[_LineKey, Decimal] = {}
    for line in lines:
        quantities[_key(line)] = quantities.get(_key(line), ZERO) + line.quantity
    return quantities


def _credited_quantities(invoiced: Mapping[_LineKey, Decimal],
                         credits: Sequence[Credit]) -> tuple[dict[_LineKey, Decimal], bool]:
    """Quantity credited per invoice line, and whether some credit line is an amount credit."""
    quantities: dict[_LineKey, Decimal] = {}
    by_amount = False
    for credit in credits:
        for line in credit.lines:
            if _key(line) in invoiced:
                quantities[_key(line)] = quantities.get(_key(line), ZERO) - line.quantity
            else:
                by_amount = True
    return quantities, by_amount


def credit_state(invoice_lines: Sequence[Line], invoice_totals: Totals,
                 credits: Sequence[Credit]) -> CreditState:
    """How much of the invoice the issued ``credits`` cover (see :class:`CreditState`)."""
    invoiced = _invoiced_quantities(invoice_lines)
    credited, by_amount = _credited_quantities(invoiced, credits)
    complete = (bool(credits) and not by_amount and credited == invoiced
                and all(c.totals.discount_pct == invoice_totals.discount_pct for c in credits))
    return CreditState(ttc=invoice_totals.ttc, credited=-sum((c.totals.ttc for c in credits), ZERO),
                       complete=complete)


def _ttc_by_rate(totals: Totals) -> dict[Decimal, Decimal]:
    return {part.rate: part.base + part.vat for part in totals.vat_by_rate}


def check_credit(invoice_number: str, invoice_lines: Sequence[Line], invoice_totals: Totals,
                 previous: Sequence[Credit], new: Credit) -> None:
    """Refuse ``new`` if, after the ``previous`` credit notes, it credits more than remains.

    Raises:
        DomainError: in French, naming the line, the rate or the amount at fault.
    """
    what = f"la facture n° {invoice_number}"
    if not new.lines:
        raise DomainError("Un avoir doit porter au moins une ligne.")
    rates = {line.vat_rate for line in invoice_lines}
    for index, line in enumerate(new.lines, start=1):
        if line.quantity >= 0:
            raise DomainError(f"Ligne {index} « {line.description} » de l'avoir : la quantité doit "
                              "être négative (un avoir retire ce que la facture a compté).")
        if line.vat_rate not in rates:
            raise DomainError(f"{what.capitalize()} ne porte aucune ligne à TVA "
                              f"{format_rate_fr(line.vat_rate)} : un avoir ne crédite que ses taux.")
    invoiced = _invoiced_quantities(invoice_lines)
    before, _ = _credited_quantities(invoiced, previous)
    asked, _ = _credited_quantities(invoiced, [new])
    if asked and new.totals.discount_pct != invoice_totals.discount_pct:
        raise DomainError(f"Un avoir sur les lignes de {what} reprend sa remise "
                          f"({format_rate_fr(invoice_totals.discount_pct)}).")
    state_before = credit_state(invoice_lines, invoice_totals, previous)
    after = credit_state(invoice_lines, invoice_totals, [*previous, new])
    if after.complete:  # every line credited whole (so none beyond its quantity):
        return  # what differs from the invoice's TTC is only the roundings of each note
    if after.credited > invoice_totals.ttc:
        raise DomainError(f"L'avoir ({format_money_fr(-new.totals.ttc)} TTC) dépasse ce qui reste "
                          f"à créditer sur {what} : {format_money_fr(state_before.remaining)}.")
    for key, quantity in asked.items():
        left = invoiced[key] - before.get(key, ZERO)
        if quantity > left:
            raise DomainError(f"Ligne « {key[0]} » : {_qty(quantity)} à créditer, mais "
                              f"{_qty(invoiced[key])} facturé(s) sur {what} dont "
                              f"{_qty(before.get(key, ZERO))} déjà crédité(s) "
                              f"(reste {_qty(left)}).")
    left_by_rate = _ttc_by_rate(invoice_totals)
    for credit in [*previous, new]:
        for rate, amount in _ttc_by_rate(credit.totals).items():
            left_by_rate[rate] = left_by_rate.get(rate, ZERO) + amount
    for rate, credited in _ttc_by_rate(new.totals).items():
        left = left_by_rate[rate]
        if left < 0:
            asked_ttc = -credited
            raise DomainError(f"À la TVA de {format_rate_fr(rate)}, l'avoir crédite "
                              f"{format_money_fr(asked_ttc)} TTC alors qu'il ne reste que "
                              f"{format_money_fr(asked_ttc + left)} à créditer sur {what} à ce taux.")


def check_credits(invoice_number: str, invoice_lines: Sequence[Line], invoice_totals: Totals,
                  credits: Sequence[Credit]) -> None:
    """:func:`check_credit` for each credit note in turn, in the order they were issued."""
    for index, credit in enumerate(credits):
        try:
            check_credit(invoice_number, invoice_lines, invoice_totals, credits[:index], credit)
        except DomainError as exc:
            raise DomainError(f"Avoir n° {credit.number} : {exc}") from exc
