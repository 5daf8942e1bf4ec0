"""The PySide6 pinned for this Python is the one we tested, and it survives many void calls.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every call of a
void-returning Qt method and aborts the interpreter after a few thousand
("Fatal Python error: none_dealloc"). pyproject.toml pins 6.11.3 for 3.11 and
6.12.0 for 3.12+; this test runs the failing pattern in a child interpreter.
"""

import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]

STRESS = """
import sys
from PySide6.QtCore import QObject
obj = QObject()
for i in range(50_000):
    obj.setObjectName("x")      # returns None: the reference count of None is what broke
    obj.blockSignals(False)
print(sys.getrefcount(None) > 0)
"""


def test_installed_pyside_is_the_pinned_one() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    pins = [Requirement(d) for d in deps if d.startswith("PySide6")]
    active = [r for r in pins if r.marker is None or Marker(str(r.marker)).evaluate()]
    assert len(active) == 1
    assert active[0].specifier.contains(version("PySide6-Essentials"))


def test_void_qt_calls_do_not_abort_the_interpreter() -> None:
    result = subprocess.run([sys.executable, "-c", STRESS], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
