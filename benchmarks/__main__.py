"""`make bench`: run every benchmark and print one table."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import (
    bench_attendance,
    bench_printing,
    bench_roster_filter,
    bench_roster_import,
    bench_rotation,
    bench_speaking_projector,
    bench_speaking_report,
    bench_startup,
    bench_sync,
    bench_voting,
)
from benchmarks.common import print_table


def main() -> int:
    results = []
    modules = (
        bench_startup,
        bench_roster_import,
        bench_roster_filter,
        bench_attendance,
        bench_printing,
        bench_speaking_report,
        bench_speaking_projector,
        bench_rotation,
        bench_voting,
        bench_sync,
    )
    for module in modules:
        print(f"running {module.__name__}…", file=sys.stderr)
        results.extend(module.run())
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
