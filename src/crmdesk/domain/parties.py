"""The seller and buyer identities as printed on a document, frozen at issue."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from decimal import Decimal
from typing import Any

COMPANY_FORMS = frozenset({"SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SNC", "SCOP", "SCA", "SELARL"})


@dataclass(frozen=True, slots=True)
class Seller:
    """The company profile as it stands when a document is issued."""

    legal_name: str = ""
    legal_form: str = ""
    share_capital: Decimal | None = None
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "France"
    siren: str = ""
    siret: str = ""
    rcs_city: str = ""
    vat_number: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    bank_name: str = ""
    bank_code: str = ""
    account_number: str = ""
    iban: str = ""
    bic: str = ""
    late_penalty_rate: Decimal | None = None
    early_payment_discount: str = ""
    vat_on_debits: bool = False

    @property
    def is_company(self) -> bool:
        return self.legal_form.upper() in COMPANY_FORMS

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("share_capital", "late_penalty_rate"):
            data[key] = None if data[key] is None else format(data[key], "f")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Seller:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("share_capital", "late_penalty_rate"):
            if values.get(key) is not None:
                values[key] = Decimal(values[key])
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Buyer:
    """The client as printed: name, number, identifiers and addresses."""

    number: str = ""
    kind: str = "company"
    name: str = ""
    legal_form: str = ""
    siren: str = ""
    vat_number: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "France"
    delivery_street: str = ""
    delivery_postcode: str = ""
    delivery_city: str = ""
    delivery_country: str = ""

    @property
    def is_business(self) -> bool:
        return self.kind == "company"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Buyer:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
