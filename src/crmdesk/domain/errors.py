"""Errors raised by the domain, each carrying a message in French for the user."""

from __future__ import annotations


class DomainError(Exception):
    """A business rule was broken; ``str(error)`` is a French sentence for the user."""


class InvalidAmount(DomainError):
    """A number typed or imported cannot be used as an amount, a quantity or a rate.

    Attributes:
        field: the name of the field at fault, in French ("prix unitaire HT").
    """

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field} : {reason}")


class InvalidIdentifier(DomainError):
    """A SIREN, SIRET, VAT number, IBAN or BIC failed its check."""

    def __init__(self, kind: str, value: str, reason: str) -> None:
        self.kind = kind
        self.value = value
        self.reason = reason
        super().__init__(f"{kind} « {value} » : {reason}")
