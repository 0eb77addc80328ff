"""Ingestion with a progress bar and a summary table (the CLI's view of the ingestion job)."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from ingest.pipeline import IngestSummary, Ingestor


def ingest_with_progress(ingestor: Ingestor, paths: list[Path], console: Console | None = None) -> IngestSummary:
    console = console or Console(stderr=True)
    with Progress(TextColumn("[bold]Embedding chunks"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=False, disable=not console.is_terminal and not _force()) as bar:
        task = bar.add_task("embed", total=None)
        summary = ingestor.ingest(
            paths,
            on_total=lambda n: bar.update(task, total=n),
            progress=lambda n: bar.advance(task, n),
        )
    print_summary(summary, console)
    return summary


def print_summary(summary: IngestSummary, console: Console) -> None:
    table = Table("document", "status", "pages", "chunks", "commitments", "seconds", title="Ingestion")
    for r in summary.results:
        if r.status == "failed":
            continue
        table.add_row(r.document, r.status, str(r.pages or "-"), str(r.chunks), str(r.commitments), f"{r.seconds:.1f}")
    ok = [r for r in summary.results if r.status != "failed"]
    table.add_section()
    table.add_row(f"{len(ok)} document(s)", "", str(sum(r.pages or 0 for r in ok) or "-"),
                  str(sum(r.chunks for r in ok)), str(sum(r.commitments for r in ok)), f"{summary.seconds:.1f}")
    console.print(table)
    for r in summary.results:
        for warning in r.warnings:
            console.print(f"[yellow]warning[/yellow] {r.document}: {warning}", highlight=False)
    for r in summary.failed:
        console.print(f"[red]failed[/red] {r.error}", highlight=False)


def _force() -> bool:
    return "PLANS_PROGRESS" in __import__("os").environ or sys.stderr.isatty()
