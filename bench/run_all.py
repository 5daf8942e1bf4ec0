"""Run every benchmark of bench/ in turn (``make bench``); each prints its own table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("editor_bench.py", "pdf_bench.py", "clients_bench.py")


def main() -> int:
    failed = 0
    for name in SCRIPTS:
        script = HERE / name
        if not script.exists():
            continue
        print(f"\n=== {name} ===", flush=True)
        failed |= subprocess.call([sys.executable, str(script), *sys.argv[1:]]) != 0
    return int(failed)


if __name__ == "__main__":
    raise SystemExit(main())
