"""The QR code segno makes, without segno's slow choice of the data mask.

``segno.make_qr`` tries the eight data masks of ISO/IEC 18004 and keeps the one with
the lowest penalty (7.8.3). Its scoring walks every module in pure Python, eight times:
about 13 ms for the payment QR code of an invoice, as long as the rest of the PDF.
:func:`make_qr` scores the same eight candidates with the same rules (N1 runs, N2 blocks,
N3 finder-like patterns, N4 balance, segno 1.6.6's reading of them, ties to the lower
mask) on whole rows at once (integers and strings), then asks segno for the code with
that mask: the result is the very code ``segno.make_qr`` returns (a test compares them on
many payloads).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import segno
from segno import encoder as _encoder

encoder: Any = _encoder  # segno's encoder functions are untyped

__all__ = ["make_qr"]

_N3 = "1011101"
_MASKS = encoder.get_data_mask_functions(False)
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_MODULES = bytes.maketrans(b"01", b"\x00\x01")


def make_qr(data: bytes) -> Any:
    """``segno.make_qr(data, error="m", boost_error=False)``, the same code, found faster."""
    code = segno.make_qr(data, error="m", boost_error=False, mask=0)
    if code.is_micro:  # pragma: no cover - error "m" and bytes never give a Micro QR code
        return segno.make_qr(data, error="m", boost_error=False)
    size = len(code.matrix)
    region, _, masks = _layout(size)
    best = _best_mask(code.matrix)
    if best != 0:
        # Mask 0 undone and the best one applied on the data modules; the other modules
        # (function patterns, version information) stay; the format information, which
        # names the mask, is written again by segno's own function.
        rows = [_row(code.matrix[i]) ^ ((masks[0][i] ^ masks[best][i]) & region[i])
                for i in range(size)]
        matrix = tuple(bytearray(format(row, f"0{size}b").encode().translate(_MODULES))
                       for row in rows)
        encoder.add_format_info(matrix, code.version, encoder.normalize_errorlevel("m"), best)
        code.matrix, code.mask = matrix, best
    return code


def _row(modules: bytearray) -> int:
    return int(bytes(modules).translate(_DIGITS), 2)


def _best_mask(final: tuple[bytearray, ...]) -> int:
    """The mask segno would choose, from the code made with mask 0 (``final``)."""
    size = len(final)
    region, fixed, masks = _layout(size)
    # The unmasked matrix as segno scores it: function patterns, format and version areas
    # still empty (0), data modules with their bits (mask 0 undone).
    base = [fixed[i] | ((_row(row) ^ masks[0][i]) & region[i]) for i, row in enumerate(final)]
    scores = []
    for mask in masks:
        rows = [format(base[i] ^ (mask[i] & region[i]), f"0{size}b") for i in range(size)]
        scores.append(_score(rows, size))
    return scores.index(min(scores))


@lru_cache(maxsize=8)
def _layout(size: int) -> tuple[list[int], list[int], list[list[int]]]:
    """Per row, as integers (column 0 the highest bit): the data region, the values of
    the other modules before format information, and the eight masks."""
    matrix = encoder.make_matrix(size, size)
    encoder.add_finder_patterns(matrix, size, size)
    encoder.add_alignment_patterns(matrix, size, size)
    region = [int("".join("1" if v > 1 else "0" for v in row), 2) for row in matrix]
    fixed = [int("".join("1" if v == 1 else "0" for v in row), 2) for row in matrix]
    masks = [[int("".join("1" if fn(i, j) else "0" for j in range(size)), 2)
              for i in range(size)] for fn in _MASKS]
    return region, fixed, masks


def _score(rows: list[str], size: int) -> int:
    """segno's ``evaluate_mask`` (``encoder.mask_scores`` summed) of a square matrix given
    as strings of "0" and "1"."""
    columns = list(map("".join, zip(*rows, strict=True)))
    row_ints = [int(row, 2) for row in rows]
    pairs = (1 << (size - 1)) - 1  # bit p: modules p and p + 1 (counted from the right)
    n1 = 0
    for line in (*row_ints, *(int(column, 2) for column in columns)):
        same = ~(line ^ (line >> 1)) & pairs
        fives = same & (same >> 1) & (same >> 2) & (same >> 3)  # 5 equal modules from bit p
        # A run of n >= 5 modules scores n - 2: its n - 4 windows of five, plus 2 at its start.
        n1 += fives.bit_count() + 2 * (fives & ~(fives << 1)).bit_count()
    full = (1 << size) - 1
    n2 = 0
    for above, row in zip(row_ints, row_ints[1:]):
        same_vertical = ~(above ^ row) & full
        same_horizontal = ~(row ^ (row >> 1))
        n2 += (same_vertical & (same_vertical >> 1) & same_horizontal & pairs).bit_count()
    dark = sum(row.bit_count() for row in row_ints)
    percent = float(dark) / (size ** 2)
    n4 = 10 * int(abs(percent * 100 - 50) / 5)
    return n1 + 3 * n2 + _n3("\n".join((*rows, *columns)), size) + n4


def _n3(text: str, size: int) -> int:
    """segno's ``n3_pattern_occurrences`` over every line of ``text``: 40 per
    dark-light-dark-dark-dark-light-dark pattern with 4 light modules (or the edge) on one
    side, scanned as segno scans (after a pattern without, from its fifth module)."""
    count = 0
    stride = size + 1
    idx = text.find(_N3)
    while idx != -1:
        col = idx % stride
        start = idx - col
        offset = idx + 7
        if col in (0, size - 7) or "1" not in text[start + max(col - 4, 0):idx] \
                or "1" not in text[offset:start + min(col + 11, size)]:
            count += 40
        else:
            offset = idx + 4
        idx = text.find(_N3, offset)
    return count
