"""SIREN, SIRET, VAT number, IBAN and BIC: accepted when right, explained in French when wrong."""

import pytest

from crmdesk.domain.errors import InvalidIdentifier
from crmdesk.domain.identifiers import (check_bic, check_iban, check_siren, check_siren_or_siret,
                                        check_siret, check_vat_fr)


def test_valid_identifiers_are_returned_compact() -> None:
    assert check_siren("732 829 320") == "732829320"
    assert check_siret("732 829 320 00074") == "73282932000074"
    assert check_siren_or_siret("73282932000074") == "73282932000074"
    assert check_vat_fr("FR 44 732829320") == "FR44732829320"
    assert check_iban("FR76 3000 4000 0312 3456 7890 143") == "FR7630004000031234567890143"
    assert check_bic("BNPAFRPP") == "BNPAFRPP"


@pytest.mark.parametrize(("check", "value", "fragment"), [
    (check_siren, "732829321", "clé de contrôle"),
    (check_siren, "7328293", "9 chiffres"),
    (check_siren, "73282932A", "que des chiffres"),
    (check_siret, "73282932000075", "clé de contrôle"),
    (check_siret, "7328293200007", "14 chiffres"),
    (check_vat_fr, "FR45732829320", "la clé ne correspond pas au SIREN"),
    (check_vat_fr, "FR4473282932", "13 caractères"),
    (check_iban, "FR23411240234", "27 caractères, celui-ci en a 13"),  # the textbook's placeholder
    (check_iban, "FR7630004000031234567890144", "contrôle"),
    (check_bic, "BNPA", "8 ou 11"),
    (check_siren, "  ", "manquante"),
])
def test_wrong_identifiers_are_explained(check, value: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidIdentifier) as info:
        check(value)
    assert fragment in str(info.value)
