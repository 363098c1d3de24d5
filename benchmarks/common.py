"""Timing helpers and the result table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    name: str
    unit: str
    value: float
    baseline: float
    baseline_name: str
    goal: str
    met: bool | None

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def plain_pdf(lines: list[str], per_page: int, size: float = 10) -> bytes:
    """The documents' baseline: the same content as plain strings on A4 pages, one embedded font
    (the cost of producing any PDF at all with reportlab)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from facilitator.printing import fonts

    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=fonts.REGULAR)  # type: ignore[arg-type]  # stubs: a float
    leading = 700 / per_page
    for start in range(0, len(lines), per_page):
        canvas.setFont(fonts.REGULAR, size)
        for row, text in enumerate(lines[start : start + per_page]):
            canvas.drawString(55, 785 - row * leading, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def per_keystroke(name: str, keystrokes: list[float], scans: list[float]) -> list[Result]:
    """Median and worst keystroke (seconds) against a plain substring scan, goal one frame."""
    median, worst = statistics.median(keystrokes) * 1000, max(keystrokes) * 1000
    return [
        Result(
            f"{name} per keystroke (median)",
            "ms",
            median,
            statistics.median(scans) * 1000,
            "plain substring scan of the names",
            "< 16 ms",
            median < 16,
        ),
        Result(
            f"{name} per keystroke (worst)",
            "ms",
            worst,
            max(scans) * 1000,
            "plain substring scan (worst)",
            "< 16 ms",
            worst < 16,
        ),
    ]


def print_table(results: list[Result]) -> None:
    header = f"{'benchmark':<44} {'value':>10} {'baseline':>10} {'ratio':>7}  {'goal':<28} verdict"
    print(header)
    print("-" * len(header))
    for r in results:
        verdict = "—" if r.met is None else ("ok" if r.met else "MISSED")
        print(
            f"{r.name:<44} {r.value:>8.4g}{r.unit:>2} {r.baseline:>8.4g}{r.unit:>2} {r.ratio:>6.2f}x  {r.goal:<28} "
            f"{verdict}"
        )
        print(f"{'':<44} baseline: {r.baseline_name}")
