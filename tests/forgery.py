"""What a forger does with the sqlite3 module: drop the triggers, then rewrite issued documents."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from crmdesk.domain.money import from_units, to_units
from crmdesk.domain.totals import Line, compute_totals


def forge(path: Path, *statements: str) -> None:
    """Drop every trigger of the file, then run ``statements`` in one transaction."""
    with sqlite3.connect(path) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
    conn.close()


def rewrite_consistently(path: Path, number: str, unit_price: str,
                         kind: str = "invoice") -> None:
    """Give the first line of document ``number`` a new unit price and rewrite its stored
    totals to match, so the arithmetic still adds up: only the seal can tell."""
    with sqlite3.connect(path) as conn:
        invoice_id, discount = conn.execute(
            "SELECT id, discount_pct FROM invoices WHERE kind = ? AND number = ?",
            (kind, number)).fetchone()
        rows = conn.execute("SELECT position, quantity, unit_price, vat_rate FROM invoice_lines "
                            "WHERE invoice_id = ? ORDER BY position", (invoice_id,)).fetchall()
    conn.close()
    lines = [Line("x", from_units(q, 4), "u", Decimal(unit_price) if pos == 0 else from_units(p, 4),
                  from_units(v, 2)) for pos, q, p, v in rows]
    totals = compute_totals(lines, from_units(discount, 4))
    cents = {name: to_units(getattr(totals, name), 2)
             for name in ("total_ht", "discount", "net", "vat_total", "ttc")}
    forge(path,
          f"UPDATE invoice_lines SET unit_price = {to_units(Decimal(unit_price), 4)} "
          f"WHERE invoice_id = {invoice_id} AND position = 0",
          "UPDATE invoices SET " + ", ".join(f"{k} = {v}" for k, v in cents.items())
          + f" WHERE id = {invoice_id}")
