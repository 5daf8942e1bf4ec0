"""Text folding for search ("Forêt" and "foret" are the same to someone typing fast), and
typed text cleaned of control characters."""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_SPACES = re.compile(r"\s+")
# Control characters but newline (C0, DEL, C1) and lone surrogates (a JSON "\ud800" gives one;
# SQLite cannot store it): never meant by anyone typing a name or an address.
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced: ``fold("Rue de la FORÊT")`` → ``"rue de la foret"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def digits(text: str) -> str:
    """Only the digits: ``digits("+33 4 42 12 34 56")`` → ``"33442123456"``."""
    return "".join(ch for ch in text if ch.isdigit())


def search_text(*parts: str) -> str:
    """The folded text a client is found by (phones also without their spaces)."""
    words = [fold(p) for p in parts if p and p.strip()]
    for part in parts:
        number = digits(part or "")
        if len(number) >= 6:
            words.append(number)
            if number.startswith("33") and len(number) == 11:  # +33 4 42 … is also 04 42 …
                words.append("0" + number[2:])
    return " | ".join(words)


def plain_text(text: str) -> str:
    """Typed or imported text without control characters: a tab becomes a space, a CR LF or
    a lone CR a newline, newlines stay, any other control character or lone surrogate goes.

    ``plain_text("Dupont\x00\tSA\r\n2e")`` → ``"Dupont SA\n2e"``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROLS.sub("", text)
