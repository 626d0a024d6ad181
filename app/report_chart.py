"""The annual report's PNG chart (matplotlib, headless)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from intake.lifecycle.report import AnnualReport


def write_chart(report: AnnualReport, path: Path) -> Path:
    """Draw requests by kind, by channel and by outcome side by side, as a PNG.

    A bare :class:`~matplotlib.figure.Figure` renders with the Agg canvas
    without touching pyplot's global state or any display. Only counts are
    drawn: the chart holds no personal data.
    """
    figure = Figure(figsize=(13, 4.5), layout="constrained")
    axes = figure.subplots(1, 3)
    panels = (("by kind", report.by_kind), ("by channel", report.by_channel),
              ("by outcome", report.by_outcome))  # fmt: skip
    for axis, (title, counts) in zip(axes, panels, strict=True):
        names, values = list(counts), list(counts.values())
        axis.barh(names or ["none"], values or [0], color="#3b6ea5")
        axis.invert_yaxis()
        axis.set_title(title)
    rate = "n/a" if report.on_time_rate is None else f"{report.on_time_rate:.0%}"
    figure.suptitle(f"Requests received in {report.year}: {report.total} (on time: {rate})")
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png", dpi=100)
    return path
