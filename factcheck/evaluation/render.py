"""Rich tables for an ``EvalResult`` and its JSON form; rendering only reads the result."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table

from factcheck.evaluation.metrics import best_f1
from factcheck.evaluation.runners import EvalResult


MAX_ROWS_SHOWN = 60


def number(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def key_value_table(title: str, values: dict[str, Any]) -> Table:
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    for key, value in values.items():
        table.add_row(key.replace("_", " "), number(value))
    return table


def rows_table(title: str, rows: dict[str, dict[str, Any]]) -> Table:
    """One row per entry of ``rows``; columns are the keys of the first entry."""
    columns = list(next(iter(rows.values())).keys())
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for column in columns:
        table.add_column(column.replace("_", " "), justify="right")
    for name, row in rows.items():
        table.add_row(name, *(number(row.get(column, "")) for column in columns))
    return table


def sweep_table(result: EvalResult) -> Table:
    best = best_f1(result.sweep)
    table = Table(title=f"Threshold sweep (best F1 at {best.threshold:.2f})", title_justify="left")
    balanced = all(point.balanced_accuracy is not None for point in result.sweep)
    for column in ("threshold", "precision", "recall", "f1") + (("balanced acc.",) if balanced else ()):
        table.add_column(column, justify="right")
    for point in result.sweep:
        style = "bold green" if point == best else None
        extra = (number(point.balanced_accuracy),) if balanced else ()
        table.add_row(f"{point.threshold:.2f}", number(point.precision), number(point.recall),
                      number(point.f1), *extra, style=style)
    return table


def detail_tables(details: dict[str, Any]) -> list[Table]:
    tables = []
    for name, value in details.items():
        title = name.replace("_", " ").capitalize()
        if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            tables.append(rows_table(title, value))
        elif isinstance(value, dict) and value:
            tables.append(key_value_table(title, value))
        elif isinstance(value, list) and len(value) > MAX_ROWS_SHOWN:
            continue  # long listings (findings to read) are for --json
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            tables.append(rows_table(title, {str(row.get("id", i)): row for i, row in enumerate(value)}))
    return tables


def print_result(result: EvalResult, run: dict[str, Any], console: Console, heading: str) -> None:
    console.print(f"[bold]factcheck eval[/bold] {heading}", highlight=False)
    console.print(key_value_table("Quality", result.headline))
    scalars = {k: v for k, v in result.details.items() if not isinstance(v, (dict, list))}
    if scalars:
        console.print(key_value_table("Details", scalars))
    for table in detail_tables(result.details):
        console.print(table)
    if result.sweep:
        console.print(sweep_table(result))
    console.print(key_value_table("Run", run))


def as_json(result: EvalResult, run: dict[str, Any], context: dict[str, Any]) -> dict[str, Any]:
    """One JSON object: the headline keys at the top level, then details, sweep and run."""
    body: dict[str, Any] = {**context, "form": result.form, **result.headline,
                            "details": result.details, "run": run}
    if result.sweep:
        body["sweep"] = [{key: value for key, value in asdict(point).items() if value is not None}
                         for point in result.sweep]
        body["best_threshold"] = best_f1(result.sweep).threshold
    return body
