"""`make train`: run every training script in train/ (each `train/train_*.py` module's `main()`), in name order.

`.venv/bin/python -m train` rebuilds every shipped model in consensus/resources/;
`.venv/bin/python -m train opinion sentences` runs only those.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import train as train_package


def main(argv: list[str] | None = None) -> int:
    wanted = set(argv if argv is not None else sys.argv[1:])
    names = sorted(m.name for m in pkgutil.iter_modules(train_package.__path__) if m.name.startswith("train_"))
    failed = []
    for name in names:
        if wanted and name not in wanted and name.removeprefix("train_") not in wanted:
            continue
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"train.{name}").main()
        except Exception as exc:  # report and go on: one broken script must not block the other models
            failed.append(name)
            print(f"{name} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        print(f"({name}: {time.perf_counter() - started:.0f} s)", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
