"""`make eval`: run every evaluation in eval/ and print their tables.

Each `eval/eval_*.py` module exposes `main()`; this runs them in name order so
one command reproduces every number in the README.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import eval as eval_package


def main(argv: list[str] | None = None) -> int:
    wanted = set(argv if argv is not None else sys.argv[1:])
    names = sorted(m.name for m in pkgutil.iter_modules(eval_package.__path__) if m.name.startswith("eval_"))
    failed = []
    for name in names:
        if wanted and name not in wanted and name.removeprefix("eval_") not in wanted:
            continue
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"eval.{name}").main()
        except Exception as exc:  # one broken evaluation must not hide the others' numbers
            failed.append(name)
            print(f"{name} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        print(f"({name}: {time.perf_counter() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
