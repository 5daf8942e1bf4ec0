"""The ``crmdesk`` command: the window without arguments, headless commands with one.

Every command takes ``--db PATH`` (a file or a SQLAlchemy URL), prints its errors
in French on stderr and exits non-zero; no command leaves a half-done change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from crmdesk import __version__
from crmdesk.domain.errors import DomainError
from crmdesk.domain.money import format_money_fr

EXIT_ERROR = 1
EXIT_CHECK_FAILED = 2


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors in French."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"crmdesk : erreur : {message}\n")


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="CHEMIN",
                        help="fichier SQLite ou URL SQLAlchemy (par défaut : la base de "
                             "l'utilisateur, créée au premier usage)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="crmdesk", description="crmdesk : clients, factures, fidélisation, "
                     "réclamations. Sans commande, ouvre la fenêtre.")
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    _db_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)

    demo = commands.add_parser("demo", help="crée une base avec le scénario de formation")
    _db_option(demo)

    invoice = commands.add_parser("invoice", help="factures et avoirs")
    invoice_cmds = invoice.add_subparsers(dest="invoice_command", metavar="ACTION",
                                          parser_class=_Parser, required=True)
    listing = invoice_cmds.add_parser("list", help="une ligne par facture")
    _db_option(listing)
    listing.add_argument("--json", action="store_true", help="sortie JSON (format documenté)")
    pdf = invoice_cmds.add_parser("pdf", help="imprime une facture émise (ou toutes) en PDF")
    _db_option(pdf)
    pdf.add_argument("number", nargs="?", metavar="NUMÉRO",
                     help="numéro de la facture ou de l'avoir")
    pdf.add_argument("--all", action="store_true",
                     help="tous les documents émis, dans le dossier -o")
    pdf.add_argument("-o", "--output", required=True, metavar="FICHIER|DOSSIER")
    pdf_kind = pdf.add_mutually_exclusive_group()
    pdf_kind.add_argument("--kind", choices=("invoice", "credit_note"), default="invoice")
    pdf_kind.add_argument("--avoir", dest="kind", action="store_const", const="credit_note",
                          default="invoice", help="NUMÉRO est celui d'un avoir")

    export = commands.add_parser("export", help="exporte toute la base en un document JSON")
    _db_option(export)
    export.add_argument("-o", "--output", required=True, metavar="FICHIER")

    imp = commands.add_parser("import", help="importe un export dans une base vide")
    imp.add_argument("file", metavar="FICHIER")
    _db_option(imp)

    check = commands.add_parser("check", help="vérifie l'intégrité de la base")
    _db_option(check)
    check.add_argument("--json", action="store_true",
                       help="le rapport en JSON (ok, summary, problems) pour un autre programme")

    client = commands.add_parser("client", help="données personnelles d'un client")
    client_cmds = client.add_subparsers(dest="client_command", metavar="ACTION",
                                        parser_class=_Parser, required=True)
    export_data = client_cmds.add_parser("export-data", help="exporte en JSON tout ce que la base "
                                         "contient sur un client")
    export_data.add_argument("number", metavar="NUMÉRO", help="numéro du client")
    _db_option(export_data)
    export_data.add_argument("-o", "--output", required=True, metavar="FICHIER")
    anonymise = client_cmds.add_parser("anonymise", help="efface les données personnelles d'un "
                                       "client (les factures émises gardent leur identité)")
    anonymise.add_argument("number", metavar="NUMÉRO", help="numéro du client")
    _db_option(anonymise)
    anonymise.add_argument("--yes", action="store_true", help="confirme l'anonymisation, définitive")

    backup = commands.add_parser("backup", help="copie cohérente de la base (API de sauvegarde)")
    _db_option(backup)
    backup.add_argument("-o", "--output", required=True, metavar="FICHIER")

    restore = commands.add_parser("restore", help="remplace la base par une sauvegarde vérifiée "
                                  "(la base actuelle est conservée à côté)")
    restore.add_argument("backup_file", metavar="SAUVEGARDE")
    _db_option(restore)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from crmdesk.app import run_gui

        return run_gui(args.db)
    try:
        return int(_run(args))
    except BrokenPipeError:  # `crmdesk invoice list | head`: the reader left, not an error
        sys.stderr.close()
        return 0
    except (DomainError, OSError) as exc:
        print(f"crmdesk : {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # StorageError and friends: always a French line, never a traceback
        from crmdesk.storage.db import StorageError

        if isinstance(exc, StorageError):
            print(f"crmdesk : {exc}", file=sys.stderr)
            return EXIT_ERROR
        raise


def _run(args: argparse.Namespace) -> int:
    from crmdesk.services import commands

    if args.command == "demo":
        counts = commands.demo(args.db)
        print(f"Base de démonstration créée : {counts}")
        return 0
    if args.command == "invoice" and args.invoice_command == "list":
        rows = commands.invoice_rows(args.db, date.today())
        if args.json:
            json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            _print_table(rows)
        return 0
    if args.command == "invoice" and args.invoice_command == "pdf":
        from crmdesk.services import printing

        paths = printing.pdf_command(args.db, args.number, Path(args.output), kind=args.kind,
                                     every=args.all)
        print(f"{len(paths)} PDF écrits dans {args.output}" if args.all
              else f"PDF écrit : {paths[0]}")
        return 0
    if args.command == "export":
        count = commands.export(args.db, Path(args.output))
        print(f"Export écrit dans {args.output} ({count} enregistrements).")
        return 0
    if args.command == "import":
        count = commands.import_(args.db, Path(args.file))
        print(f"Import terminé : {count} enregistrements.")
        return 0
    if args.command == "check":
        report = commands.check(args.db)
        if args.json:
            print(json.dumps({"ok": report.ok, "summary": report.summary(),
                              "problems": [{"where": p.where, "what": p.what}
                                           for p in report.problems]}, ensure_ascii=False))
        else:
            print(report.summary())
        return 0 if report.ok else EXIT_CHECK_FAILED
    if args.command == "client":
        return _client_command(args)
    if args.command == "backup":
        path = commands.backup(args.db, Path(args.output))
        print(f"Sauvegarde vérifiée : {path}")
        return 0
    if args.command == "restore":
        return _restore(args.db, Path(args.backup_file))
    raise AssertionError(args.command)


def _client_command(args: argparse.Namespace) -> int:
    from crmdesk.services import privacy

    if args.client_command == "export-data":
        exported = privacy.export_command(args.db, args.number, Path(args.output))
        print(f"Données du client n° {exported.client_number} écrites dans {exported.path}.")
        return 0
    done = privacy.anonymise_command(args.db, args.number, args.yes)
    print(f"Client n° {done.client_number} anonymisé ; ses factures et avoirs émis gardent "
          "l'identité imprimée.")
    return 0


def _restore(db_arg: str | None, backup: Path) -> int:
    from crmdesk.services.autobackup import restore_backup
    from crmdesk.services.database import default_database_path

    if db_arg is not None and "://" in db_arg:
        raise DomainError("La restauration concerne une base enregistrée dans un fichier SQLite.")
    result = restore_backup(backup, Path(db_arg) if db_arg else default_database_path())
    print(f"Base restaurée depuis {result.restored_from}.")
    if result.kept_aside is not None:
        print(f"L'ancienne base est conservée sous {result.kept_aside}.")
    return 0


def _print_table(rows: list[dict[str, object]]) -> None:
    from decimal import Decimal

    header = ("N°", "Client", "Date", "Échéance", "Statut", "TTC", "Payé", "Reste dû")
    table = [header]
    for row in rows:
        table.append((str(row["number"] or "(brouillon)"), str(row["client_name"])[:28],
                      _fr_date(row["issue_date"]), _fr_date(row["due_date"]),
                      str(row["status_label"]),
                      format_money_fr(Decimal(str(row["ttc"]))),
                      format_money_fr(Decimal(str(row["paid"]))),
                      format_money_fr(Decimal(str(row["amount_due"])))))
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for r in table:
        print("  ".join(cell.rjust(w) if i >= 5 else cell.ljust(w)
                        for i, (cell, w) in enumerate(zip(r, widths, strict=True))).rstrip())


def _fr_date(value: object) -> str:
    if not value:
        return ""
    year, month, day = str(value).split("-")
    return f"{day}/{month}/{year}"
