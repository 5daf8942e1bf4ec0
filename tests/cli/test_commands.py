"""The headless commands on real database files (issue: headless commands and training scenario)."""

import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from clirun import TODAY, run

from crmdesk.cli import main
from crmdesk.services import commands, invoices
from crmdesk.services.database import open_database



def test_seed_invoice_read_back_from_invoice_list_json(demo_file: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "invoice", "list", "--db", str(demo_file), "--json")
    assert code == 0
    rows = json.loads(out)
    seed = next(r for r in rows if r["number"] == "123")
    assert seed["client_number"] == "456" and seed["client_name"] == "SA Spirit"
    assert seed["issue_date"].endswith("-01-08") and seed["due_date"].endswith("-02-08")
    assert (seed["total_ht"], seed["discount"], seed["net"], seed["vat"], seed["ttc"]) == \
        ("2539.90", "127.00", "2412.90", "482.58", "2895.48")
    assert {"number", "kind", "client_number", "client_name", "issue_date", "due_date", "status",
            "status_label", "total_ht", "discount", "net", "vat", "ttc", "paid",
            "amount_due"} == set(seed)
    assert {r["status"] for r in rows} >= {"paid", "overdue", "draft"}
    issued = [int(r["number"]) for r in rows if r["number"]]
    assert issued == list(range(1, len(issued) + 1))


def test_demo_is_deterministic_and_refuses_a_non_empty_database(
        tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "b.sqlite"
    commands.demo(str(other), TODAY)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    commands.export(str(demo_file), first)
    commands.export(str(other), second)
    assert first.read_bytes() == second.read_bytes()
    before = other.read_bytes()
    code, _, err = run(capsys, "demo", "--db", str(other))
    assert code == 1 and "contient déjà des données" in err
    assert other.read_bytes() == before


def test_invoice_list_table(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "invoice", "list", "--db", str(demo_file))
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("123 "))
    assert "SA Spirit" in line and "2\u202f895,48\u00a0€" in line


def test_check_passes_on_demo(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--db", str(demo_file))
    assert code == 0 and out.startswith("Base saine")


def test_check_names_an_invoice_altered_with_raw_sql(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "altered.sqlite"
    commands.demo(str(path), TODAY)
    with sqlite3.connect(path) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE invoice_lines SET quantity = quantity + 10000 WHERE position = 0 AND "
                     "invoice_id = (SELECT id FROM invoices WHERE number = '42')")
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 2
    assert "facture n° 42" in out and "recalculé" in out
    assert "n° 41" not in out


def test_check_finds_a_numbering_gap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gap.sqlite"
    commands.demo(str(path), TODAY)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER trg_invoices_issued_no_delete")
        conn.execute("DROP TRIGGER trg_lines_issued_no_delete")
        conn.execute("DELETE FROM payments WHERE invoice_id = (SELECT id FROM invoices WHERE number = '7')")
        conn.execute("DELETE FROM invoices WHERE number = '7'")
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 2 and "n° 7 attendu" in out and "facture n° 8" in out


def test_backup_while_another_connection_writes(tmp_path: Path, demo_file: Path) -> None:
    live = tmp_path / "live.sqlite"
    commands.demo(str(live), TODAY)
    committed = len(commands.invoice_rows(str(live), TODAY))
    writer = sqlite3.connect(live, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO invoices (kind, state, client_id, issue_date, terms_days, "
                   "terms_end_of_month, discount_pct, issued_by, client_contact, reference, "
                   "additional_info, created_at, updated_at) VALUES ('invoice', 'draft', 1, "
                   "'2026-12-04', 30, 0, 0, 'non validé', '', '', '', '2026-12-04', '2026-12-04')")
    result: list[Path] = []
    worker = threading.Thread(target=lambda: result.append(
        commands.backup(str(live), tmp_path / "copy.sqlite")))
    worker.start()
    worker.join(timeout=60)
    writer.execute("COMMIT")
    writer.close()
    assert result, "the backup did not finish while a write transaction was open"
    copied = commands.invoice_rows(str(result[0]), TODAY)
    assert len(copied) == committed
    assert len(commands.invoice_rows(str(live), TODAY)) == committed + 1
    assert commands.check(str(result[0])).ok


def test_backup_refuses_to_overwrite(tmp_path: Path, demo_file: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "exists.sqlite"
    target.write_text("précieux")
    code, _, err = run(capsys, "backup", "--db", str(demo_file), "-o", str(target))
    assert code == 1 and "existe déjà" in err
    assert target.read_text() == "précieux"


def test_errors_are_french_and_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--db", str(tmp_path / "absent" / "x.sqlite"))
    assert code == 1 and "n'existe pas" in err
    with pytest.raises(SystemExit) as info:
        main(["facturer"])
    assert info.value.code == 1
    assert "erreur" in capsys.readouterr().err


@pytest.mark.parametrize("launcher", [[sys.executable, "-m", "crmdesk"],
                                      [str(Path(sys.executable).with_name("crmdesk"))]])
def test_entry_points(launcher: list[str], demo_file: Path) -> None:
    result = subprocess.run([*launcher, "check", "--db", str(demo_file)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Base saine" in result.stdout


def test_seed_invoice_service_view(demo_file: Path) -> None:
    db = open_database(demo_file)
    view = invoices.get_invoice(db, invoices.find_invoice(db, "123") or 0, today=TODAY)
    db.dispose()
    assert view.draft.additional_info == "Service après-vente : Garantie 1 an"
    assert view.draft.issued_by == "Pierre Legrand" and view.draft.client_contact == "Michel ALI"
    assert view.seller.legal_name == "WORLD COMPAGNIE" and view.seller.city == "Marseille"
    assert (view.buyer.street, view.buyer.postcode, view.buyer.city) == \
        ("31 rue de la Forêt", "13100", "Aix-en-Provence")
    assert [(x.description, str(x.quantity), x.unit, str(x.unit_price)) for x in view.draft.lines] == \
        [("Main-d'œuvre", "25.0000", "Heure", "60.0000"), ("Produit", "10.0000", "Pièce", "103.9900")]


def test_export_import_round_trip_through_the_command(demo_file: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    copy = tmp_path / "copie.sqlite"
    assert run(capsys, "export", "--db", str(demo_file), "-o", str(first))[0] == 0
    code, out, _ = run(capsys, "import", str(first), "--db", str(copy))
    assert code == 0 and "Import terminé" in out
    assert run(capsys, "export", "--db", str(copy), "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert commands.check(str(copy)).ok


def test_import_with_a_broken_record_changes_nothing(demo_file: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "a.json"
    run(capsys, "export", "--db", str(demo_file), "-o", str(export))
    document = json.loads(export.read_text("utf-8"))
    document["invoices"][40]["lines"][0]["unit_price"] = "12.345678"
    export.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    target = tmp_path / "cible.sqlite"
    code, _, err = run(capsys, "import", str(export), "--db", str(target))
    assert code == 1
    assert "invoices[40]" in err and "unit_price" in err and "Rien n'a été importé" in err
    assert commands.invoice_rows(str(target), TODAY) == []
