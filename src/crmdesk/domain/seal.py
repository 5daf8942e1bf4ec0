"""Tamper evidence: every issued document is sealed to the previous one of its series.

The seal of a document is ``SHA-256(previous seal + canonical bytes of its frozen
content)``; the first document of a series (kind and prefix) starts from
:data:`GENESIS`. Changing anything an issued document shows — a line, a total, a
date, an identity — changes its canonical bytes, so its stored seal no longer
matches, even when the lines and the totals were changed together so that the
arithmetic still adds up. Removing a document breaks the link of the next one.

The canonical form works on the values **as stored** (integer counts of cents, of
1/10 000 and of 1/100 % — never a float or a locale-formatted text; dates as ISO
text; the identity snapshots as the exact JSON text frozen at issue), serialised as
JSON with sorted keys, no whitespace, UTF-8. It is versioned (:data:`SEAL_VERSION`
is stored beside each seal): a future change of the form gets a new version, and
documents sealed with version 1 keep being verified with version 1. Migration 0007
carries a frozen copy of version 1 (migrations never import application code);
``tests/services/test_chain.py`` proves the two give the same bytes.

This seal proves that nothing was altered *without recomputing the seals*: the hash
has no secret key, so someone who rewrites a document and every seal after it on
purpose is not detected by the file alone (docs/integrity.md: write down the last
seal, printed by ``crmdesk check``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

#: The version of the canonical form written by this version of crmdesk.
SEAL_VERSION = 1
#: What the first document of a series is chained to.
GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class SealedLine:
    """One frozen line: quantity and unit price in 1/10 000, VAT rate in 1/100 %."""

    position: int
    description: str
    quantity: int
    unit: str
    unit_price: int
    vat_rate: int


@dataclass(frozen=True, slots=True)
class SealContent:
    """Everything an issued document shows, as stored (amounts in cents, discount in 1/10 000 %).

    ``seller`` and ``buyer`` are the JSON snapshots exactly as frozen at issue;
    ``corrects`` is the number of the invoice a credit note corrects.
    """

    kind: str
    prefix: str | None
    sequence: int | None
    number: str | None
    issue_date: str
    sale_date: str | None
    due_date: str | None
    terms_days: int
    terms_end_of_month: bool
    discount_pct: int
    issued_by: str
    client_contact: str
    reference: str
    additional_info: str
    seller: str | None
    buyer: str | None
    corrects: str | None
    lines: tuple[SealedLine, ...]
    total_ht: int | None
    discount: int | None
    net: int | None
    vat_total: int | None
    ttc: int | None


def canonical_bytes(content: SealContent) -> bytes:
    """The deterministic bytes of version 1: sorted-key compact JSON in UTF-8."""
    data = asdict(content)
    data["v"] = SEAL_VERSION
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def seal_of(previous: str, content: SealContent) -> str:
    """The seal (64 hex digits) of ``content`` chained after the seal ``previous``."""
    return hashlib.sha256(previous.encode("ascii") + canonical_bytes(content)).hexdigest()


@dataclass(frozen=True, slots=True)
class SealedDocument:
    """An issued document as the check reads it back: its content and what was stored at issue."""

    name: str  # "facture n° 42", for the messages
    content: SealContent
    version: int | None
    previous: str | None
    seal: str | None


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first document of a series whose seal does not hold, and why (French)."""

    name: str
    reason: str


def first_break(series: Sequence[SealedDocument]) -> ChainBreak | None:
    """Walk one series in number order; the first document that is not what was sealed.

    Everything after the first break depends on it, so only the first is named.
    """
    expected, before = GENESIS, ""
    for doc in series:
        if doc.seal is None or doc.previous is None:
            return ChainBreak(doc.name, "document émis sans scellement : il a été écrit hors de "
                                        "l'application")
        if doc.version != SEAL_VERSION:
            return ChainBreak(doc.name, f"scellement de version inconnue ({doc.version}) : "
                                        "écrit hors de l'application ou par une version plus récente")
        if seal_of(doc.previous, doc.content) != doc.seal:
            return ChainBreak(doc.name, "contenu modifié hors de l'application (scellement invalide)")
        if doc.previous != expected:
            after = f"ne suit plus {before}" if before else "un document le précédait"
            return ChainBreak(doc.name, f"chaîne des scellements rompue ({after}) : un document "
                                        "a été supprimé ou réécrit hors de l'application")
        expected, before = doc.seal, doc.name
    return None
