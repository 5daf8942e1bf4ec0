"""Checks of French business identifiers and bank details, explained in French.

Each ``check_*`` function returns the identifier in its compact stored form, or
raises :class:`~crmdesk.domain.errors.InvalidIdentifier` whose message says what
is wrong and how to fix it. python-stdnum does the arithmetic; this module turns
its exceptions into sentences a trainee can learn from.
"""

from __future__ import annotations

from collections.abc import Callable

from stdnum import bic, iban
from stdnum.exceptions import (InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength,
                               ValidationError)
from stdnum.fr import siren, siret, tva

from crmdesk.domain.errors import InvalidIdentifier

_EXPLAIN = {
    "SIREN": {
        InvalidLength: "un SIREN compte exactement 9 chiffres",
        InvalidFormat: "un SIREN ne contient que des chiffres",
        InvalidChecksum: "la clé de contrôle (algorithme de Luhn) est fausse : "
                         "un chiffre a probablement été mal recopié",
    },
    "SIRET": {
        InvalidLength: "un SIRET compte exactement 14 chiffres (9 du SIREN + 5 du NIC)",
        InvalidFormat: "un SIRET ne contient que des chiffres",
        InvalidChecksum: "la clé de contrôle (algorithme de Luhn) est fausse : "
                         "un chiffre a probablement été mal recopié",
    },
    "N° de TVA intracommunautaire": {
        InvalidLength: "un numéro de TVA français compte 13 caractères : FR, 2 caractères de clé, "
                       "puis les 9 chiffres du SIREN",
        InvalidFormat: "format attendu : FR suivi de 2 caractères de clé et des 9 chiffres du SIREN",
        InvalidChecksum: "la clé ne correspond pas au SIREN (clé = (12 + 3 × (SIREN mod 97)) mod 97)",
        InvalidComponent: "les 9 derniers chiffres ne forment pas un SIREN valide",
    },
    "IBAN": {
        InvalidLength: "longueur incorrecte pour ce pays (un IBAN français compte 27 caractères)",
        InvalidFormat: "format incorrect : 2 lettres de pays, 2 chiffres de contrôle, puis le RIB",
        InvalidChecksum: "les chiffres de contrôle (3e et 4e caractères) ne correspondent pas : "
                         "un caractère a probablement été mal recopié",
        InvalidComponent: "le code pays ou le format du compte n'existe pas",
    },
    "BIC": {
        InvalidLength: "un BIC compte 8 ou 11 caractères",
        InvalidFormat: "format attendu : 4 lettres de banque, 2 lettres de pays, 2 caractères "
                       "de localisation, 3 facultatifs d'agence",
        InvalidComponent: "le code pays (5e et 6e lettres) n'existe pas",
    },
}


def _check(kind: str, value: str, validate: Callable[[str], str]) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidIdentifier(kind, value, "valeur manquante")
    try:
        return str(validate(text))
    except ValidationError as exc:
        for exc_type, reason in _EXPLAIN[kind].items():
            if isinstance(exc, exc_type):
                raise InvalidIdentifier(kind, text, reason) from None
        raise InvalidIdentifier(kind, text, "valeur invalide") from None


def check_siren(value: str) -> str:
    """Return the 9-digit SIREN, or explain why it is wrong."""
    return _check("SIREN", value, siren.validate)


def check_siret(value: str) -> str:
    """Return the 14-digit SIRET, or explain why it is wrong."""
    return _check("SIRET", value, siret.validate)


def check_siren_or_siret(value: str) -> str:
    """A French invoice accepts either; the length decides which one was meant."""
    digits = "".join(ch for ch in value if not ch.isspace())
    return check_siret(value) if len(digits) > 9 else check_siren(value)


def check_vat_fr(value: str) -> str:
    """Return the French VAT number with its ``FR`` prefix (``FR40303265045``)."""
    return "FR" + _check("N° de TVA intracommunautaire", value, tva.validate)


def check_iban(value: str) -> str:
    """Return the compact IBAN (the French RIB key is not checked by stdnum)."""
    compact = iban.compact(value or "")
    if compact.startswith("FR") and len(compact) != 27:
        raise InvalidIdentifier("IBAN", value.strip(), f"un IBAN français compte 27 caractères, "
                                                       f"celui-ci en a {len(compact)}")
    return _check("IBAN", value, iban.validate)


def check_bic(value: str) -> str:
    """Return the compact BIC."""
    return _check("BIC", value, bic.validate)


def format_iban(value: str) -> str:
    """Group an IBAN by four characters for printing."""
    return iban.format(value)
