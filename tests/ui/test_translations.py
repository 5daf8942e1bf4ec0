"""The English translation of the interface: the shipped .qm loads and the window speaks
English with it, and resources/translations/crmdesk_en.ts is complete and up to date.

French is the source language (the strings written in ``self.tr()``). When one of these
tests fails after a UI change, run ``make translations``, translate the new messages in
resources/translations/crmdesk_en.ts, then ``make translations`` again (docs/translations.md).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from crmdesk.app import install_translator
from crmdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "crmdesk_en.ts"
QM = resources.files("crmdesk") / "translations" / "crmdesk_en.qm"
#: What lupdate reads: the same list as the Makefile's `translations` target.
SOURCES = [*sorted((ROOT / "src" / "crmdesk" / "ui").glob("*.py")), ROOT / "src" / "crmdesk" / "app.py"]
HINT = ("run `make translations`, translate the new messages in resources/translations/"
        "crmdesk_en.ts (Qt Linguist or a text editor), then run `make translations` again "
        "— see docs/translations.md")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, "" when there is none
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished, "unfinished", "vanished"…
    forms: tuple[str, ...]  # the translation (one text, or one per plural form)

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "missing", ()
            elif numerus:
                kind = translation.get("type", "")
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                kind, forms = translation.get("type", ""), (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "",
                                    message.findtext("comment") or "", numerus, kind, forms))
    return messages


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    """The English translator installed the way crmdesk.app does it, removed afterwards
    (with the default locale it changed) so that the other tests stay in French."""
    locale = QLocale()
    translator = install_translator(qapp, "en")
    assert isinstance(translator, QTranslator), f"crmdesk_en.qm is missing or unreadable: {HINT}"
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
        translator.deleteLater()


def test_the_shipped_qm_loads() -> None:
    assert QM.is_file(), f"{QM} is missing: {HINT}"
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} is not a readable .qm file: {HINT}"
    assert not translator.isEmpty()
    assert translator.language() == "en_GB"
    assert translator.translate("MainWindow", "&Fichier") == "&File"


def test_the_qm_is_compiled_from_the_current_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for message in read_ts(TS):
        comment = message.comment or None
        if message.numerus:
            got = tuple(translator.translate(message.context, message.source, comment, n)
                        for n in (1, 2))
            expected = message.forms[:2]
        else:
            got = (translator.translate(message.context, message.source, comment),)
            expected = message.forms
        if got != expected:
            stale.append(f"{message}: .qm has {got!r}, .ts has {expected!r}")
    assert not stale, (f"the .qm does not match the .ts ({len(stale)} message(s)): run "
                       "`make translations` to compile it\n" + "\n".join(stale))


def test_french_needs_no_translator() -> None:
    locale = QLocale()
    try:
        assert install_translator(QCoreApplication.instance(), "fr") is None
        assert QLocale().language() == QLocale.Language.French
    finally:
        QLocale.setDefault(locale)


def test_main_window_in_english(qtbot: QtBot, tmp_path: Path, english: QTranslator) -> None:
    QCoreApplication.setOrganizationName("crmdesk-tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow()  # no database: the window as painted before the database opens
    qtbot.addWidget(window)
    menus = [action.menu() for action in window.menuBar().actions()]
    assert [menu.title() for menu in menus] == ["&File", "&Edit", "&Help"]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Clients", "Invoices", "Loyalty", "Claims"]
    # Every text of the window is the English of a MainWindow message, never the French.
    english_texts = {form for m in read_ts(TS) if m.context == "MainWindow" for form in m.forms}
    items = [action.text() for menu in menus for action in menu.actions()
             if not action.isSeparator()]
    assert "Pre&ferences…" in items and "&About crmdesk" in items and "&Undo" in items
    assert not set(items) - english_texts, f"menu items not in English: {set(items) - english_texts}"
    labels = [label.text() for i in range(window.tabs.count())
              for label in window.tabs.widget(i).findChildren(QLabel)]
    assert "Opening the database…" in labels
    assert not set(labels) - english_texts, f"tab texts not in English: {set(labels) - english_texts}"


def test_the_ts_has_no_unfinished_message() -> None:
    messages = read_ts(TS)
    assert messages, f"{TS} holds no message"
    unfinished = [str(m) for m in messages
                  if m.kind or not m.forms or not all(form.strip() for form in m.forms)]
    assert not unfinished, (f"{len(unfinished)} message(s) of {TS.name} have no English "
                            f"translation yet: {HINT}\n" + "\n".join(unfinished))


def test_translations_keep_placeholders_and_mnemonics() -> None:
    wrong = []
    for message in read_ts(TS):
        args = sorted(re.findall(r"%\d", message.source))
        mnemonics = len(re.findall(r"&(?!&)", message.source.replace("&&", "")))
        for form in message.forms:
            if sorted(re.findall(r"%\d", form)) != args:
                wrong.append(f"{message}: {form!r} changes the %1-style arguments")
            if ("%n" in message.source) != ("%n" in form):
                wrong.append(f"{message}: {form!r} must keep %n")
            if len(re.findall(r"&(?!&)", form.replace("&&", ""))) != mnemonics:
                wrong.append(f"{message}: {form!r} must keep exactly {mnemonics} mnemonic(s) (&)")
    assert not wrong, "\n".join(wrong)


def test_the_ts_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    assert lupdate.exists(), "pyside6-lupdate comes with PySide6-Essentials"
    fresh = tmp_path / "crmdesk_en.ts"
    result = subprocess.run([str(lupdate), *map(str, SOURCES), "-source-language", "fr_FR",
                             "-target-language", "en_GB", "-no-obsolete", "-ts", str(fresh)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    in_code = {m.key for m in read_ts(fresh)}
    committed = {m.key for m in read_ts(TS)}
    new = sorted(in_code - committed)
    gone = sorted(committed - in_code)
    assert not new and not gone, (
        f"{TS.name} is not up to date with the code: {HINT}\n"
        + "".join(f"new in the code: [{k[0]}] {k[1]!r}\n" for k in new)
        + "".join(f"no longer in the code: [{k[0]}] {k[1]!r}\n" for k in gone))
