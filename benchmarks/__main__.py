"""Run every benchmark (or those named): python -m benchmarks [search checkin …]."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main(names: list[str]) -> None:
    available = sorted(
        p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py")
    )
    for name in names or available:
        if name not in available:
            sys.exit(f"No benchmark {name!r}; there are: {', '.join(available)}.")
        importlib.import_module(f"benchmarks.bench_{name}").main()
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
