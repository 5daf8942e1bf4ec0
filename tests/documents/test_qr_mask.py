"""The payment QR code's mask, chosen faster than segno chooses it, is the one segno chooses."""

from __future__ import annotations

import random

import segno

from crmdesk.documents.qr_mask import make_qr


def payloads() -> list[bytes]:
    """EPC-like texts of every length up to the EPC limit (QR versions 1 to 13)."""
    rnd = random.Random(20261204)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 abcdéèàç\n.-/"
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 331))).encode("latin-1")
            for _ in range(48)]


def test_make_qr_is_segnos_code_with_segnos_mask() -> None:
    masks = set()
    for data in payloads():
        ours = make_qr(data)
        theirs = segno.make_qr(data, error="m", boost_error=False)
        assert (ours.version, ours.mask) == (theirs.version, theirs.mask)
        assert ours.matrix == theirs.matrix
        masks.add(theirs.mask)
    assert masks == set(range(8))  # every mask was the best one at least once


def test_the_seed_payment_code() -> None:
    data = ("BCD\n002\n2\nSCT\nBNPAFRPPXXX\nWORLD COMPAGNIE\nFR7630004010000001234567880\n"
            "EUR2895.48\n\n\nFacture 123").encode("latin-1")
    assert make_qr(data).matrix == segno.make_qr(data, error="m", boost_error=False).matrix
