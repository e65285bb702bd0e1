"""Command line: a thin layer over the ctgminer API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ctgminer import defaults

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Text mining of CTG announcements.")
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


def fail(message: str, code: int = 2) -> None:
    """One-line error and exit (the message is printed as is, never read as console markup)."""
    err.print(f"[red]error:[/red] {escape(message)}", markup=True, soft_wrap=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    err.print(f"[yellow]skipped:[/yellow] {escape(message)}", markup=True, soft_wrap=True)


def progress_bar(transient: bool = True) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=transient, disable=not err.is_terminal)


@app.command()
def analyse(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, URLs, or '-' for standard input.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="|".join(defaults.ANALYSE_FORMATS))] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes analysing in parallel "
                                         "(default: the usable cores, at most 4).")] = defaults.default_workers(),
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch.")] = defaults.BATCH_SIZE,
) -> None:
    """Analyse CTG announcements into structured records, written as they are produced."""
    if fmt not in defaults.ANALYSE_FORMATS:
        fail(f"unknown format '{fmt}' (choose from {', '.join(defaults.ANALYSE_FORMATS)})")
    from ctgminer.extract.analyser import Analyser
    from ctgminer.report.export import ExportError, RecordWriter

    errors: list[str] = []

    def on_error(message: str) -> None:
        errors.append(message)
        warn(message)

    analyser = Analyser(workers=workers, batch_size=batch_size)
    try:
        writer = RecordWriter(fmt, output, stream=sys.stdout, keep_empty=False)
    except (ExportError, OSError) as exc:
        fail(f"{output}: {exc}" if isinstance(exc, OSError) else str(exc))
    interrupted = False
    try:
        with writer, progress_bar() as progress:
            task = progress.add_task("analysing", total=None)
            for record in analyser.analyse_inputs(inputs, on_error=on_error):
                writer.write(record)
                progress.advance(task)
    except KeyboardInterrupt:
        interrupted = True
    except (ExportError, OSError) as exc:
        fail(str(exc), 1)
    if output and writer.count:
        err.print(f"wrote {writer.count} record(s) to {output}")
    if errors:
        err.print(f"{len(errors)} item(s) skipped")
    if interrupted:
        err.print("interrupted: every record analysed so far is written")
        raise typer.Exit(130)
    if not writer.count:
        fail("nothing could be analysed", 1)


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (schema of shared/gold/GUIDE.md).")],
    floors: Annotated[Path | None, typer.Option(help="JSON file of F1 floors (default: the packaged one).")] = None,
    errors_out: Annotated[Path | None, typer.Option("--errors", help="Write per-document errors (JSONL).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    part: Annotated[str, typer.Option(help="all | dev | holdout: the holdout is one gold record in five, by id "
                                            "hash, kept unread for a last check.")] = "all",
) -> None:
    """Score ctgminer against gold records; exit 1 when a field falls below its floor."""
    from ctgminer.evaluation.evaluate import (
        GoldError,
        check_floors,
        evaluate_records,
        iter_rows,
        load_floors,
        read_gold,
        select_part,
    )

    try:
        records = select_part(read_gold(gold), part)
        floor_values = load_floors(floors)
    except (GoldError, OSError, ValueError) as exc:
        fail(str(exc))
    report = evaluate_records(records)
    if as_json:
        out.print_json(json.dumps(report.scores()))
    else:
        t = Table(title=f"ctgminer evaluate — {report.n_docs} documents")
        for col in ("field", "precision", "recall", "F1", "support", "floor"):
            t.add_column(col, justify="right" if col != "field" else "left")
        for name, p, r, f1, support in iter_rows(report):
            floor = floor_values.get(name)
            style = "red" if floor is not None and f1 < floor else ""
            t.add_row(name, f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", f"{support:g}",
                      f"{floor:.2f}" if floor is not None else "", style=style)
        out.print(t)
    if errors_out:
        from ctgminer.report.export import atomic_write

        atomic_write(errors_out, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in report.errors))
    below = check_floors(report, floor_values)
    if below:
        for line in below:
            err.print(f"[red]below floor:[/red] {line}")
        raise typer.Exit(1)


@app.command()
def taxonomy(as_json: Annotated[bool, typer.Option("--json", help="Print the raw taxonomy file.")] = False) -> None:
    """Print the theme taxonomy: labels, missions, definitions and synonyms."""
    from ctgminer.classify.themes import taxonomy as load_taxonomy

    tax = load_taxonomy()
    if as_json:
        sys.stdout.write(json.dumps(tax, ensure_ascii=False, indent=2) + "\n")
        return
    t = Table(title=f"{tax['name']} — version {tax['version']}", show_lines=True)
    for col in ("label", "mission", "definition", "synonyms (first 8)"):
        t.add_column(col)
    for label, spec in tax["labels"].items():
        t.add_row(label, spec["mission"], spec["definition"], ", ".join(spec["synonyms"][:8]))
    out.print(t)


@app.command()
def train(
    phrases: Annotated[Path | None, typer.Option(help="Labelled phrases (JSONL); default: the packaged set.")] = None,
    models: Annotated[Path | None, typer.Option(help="Folder to write the model to (default: models/).")] = None,
    folds: Annotated[int, typer.Option(min=2, max=20, help="Cross-validation folds.")] = 5,
) -> None:
    """Train the theme classifier, cross-validate it and write it with its model card."""
    from ctgminer.classify import themes

    try:
        rows = themes.load_phrases(phrases)
    except (OSError, ValueError, KeyError) as exc:
        fail(f"{phrases}: {exc}")
    with err.status(f"training on {len(rows)} phrases ({folds}-fold cross-validation)…") if err.is_terminal \
            else _null():
        model, card = themes.train(rows, folds=folds)
    path = themes.save(model, card, models)
    cv = card["cross_validation"]
    out.print(f"saved {path} (version {card['version']}): cross-validated micro-F1 {cv['micro_f1']:.3f}, "
              f"macro-F1 {cv['macro_f1']:.3f}, threshold {cv['threshold']}")


def open_store(path: Path):
    from ctgminer.collect.store import Store, StoreError

    try:
        return Store(path)
    except StoreError as exc:
        fail(str(exc))


StoreOption = Annotated[Path, typer.Option("--store", help="SQLite corpus store.")]



@app.command()
def collect(
    inputs: Annotated[list[str] | None, typer.Argument(help="URLs, or files of URLs (one per line, # comments).")] = None,
    store_path: StoreOption = defaults.STORE_PATH,
    sitemap: Annotated[list[str] | None, typer.Option(help="Sitemap URL to read pages from (repeatable).")] = None,
    feed: Annotated[list[str] | None, typer.Option(help="RSS/Atom feed URL to read pages from (repeatable).")] = None,
    crawl: Annotated[list[str] | None, typer.Option(help="Site to crawl, keeping relevant pages (repeatable).")] = None,
    max_pages: Annotated[int, typer.Option(min=1, help="Pages visited per crawl.")] = defaults.MAX_PAGES,
    max_depth: Annotated[int, typer.Option(min=0, help="Link depth of a crawl.")] = defaults.MAX_DEPTH,
    delay: Annotated[float, typer.Option(min=0, help="Seconds between requests to one host.")] = defaults.DELAY,
    timeout: Annotated[float, typer.Option(min=0.1, help="Connect and read timeout, in seconds.")] = defaults.TIMEOUT,
    max_bytes: Annotated[int, typer.Option(min=1024, help="Largest page accepted, in bytes.")] = defaults.MAX_BYTES,
    retries: Annotated[int, typer.Option(min=0, max=10, help="Retries on 429/5xx and timeouts.")] = defaults.RETRIES,
    retry_failed: Annotated[bool, typer.Option(help="Fetch again URLs that failed for good before.")] = False,
) -> None:
    """Collect public pages politely into the corpus store (resumable: stored pages are never fetched again)."""
    from ctgminer.classify.relevance.component import relevance_judge
    from ctgminer.collect.collector import Collector
    from ctgminer.collect.discover import SourceError, expand_inputs
    from ctgminer.collect.fetch import Fetcher

    try:
        urls = expand_inputs(inputs or [])
    except SourceError as exc:
        fail(str(exc))
    if not (urls or sitemap or feed or crawl):
        fail("nothing to collect: give URLs, a URL file, --sitemap, --feed or --crawl")
    store = open_store(store_path)
    fetcher = Fetcher(delay=delay, connect_timeout=timeout, read_timeout=timeout, max_bytes=max_bytes,
                      max_retries=retries, backoff=min(1.0, max(delay, 0.1)))
    with progress_bar(transient=False) as progress:
        task = progress.add_task("collecting", total=None)

        def on_progress(url: str, status: str) -> None:
            progress.update(task, advance=1, description=f"collecting [{status}]")

        collector = Collector(store, fetcher, retry_failed=retry_failed, on_progress=on_progress,
                              judge=relevance_judge)
        urls += collector.from_sitemaps(sitemap or []) + collector.from_feeds(feed or [])
        progress.update(task, total=len(urls) + (max_pages * len(crawl or [])) or None)
        collector.collect(urls)
        for site in crawl or []:
            collector.crawl(site, max_pages=max_pages, max_depth=max_depth)
    s = collector.summary
    failed = ", ".join(f"{k} {v}" for k, v in sorted(s.failed.items())) or "none"
    err.print(f"fetched {s.fetched}, already stored {s.already_stored}, skipped by robots.txt {s.skipped_robots}, "
              f"failed {sum(s.failed.values())} ({failed}), duplicates {s.duplicates}, relevant {s.relevant}")
    counts = store.counts()
    err.print(f"store {store_path}: {counts['documents']} documents ({counts['duplicates']} duplicates), "
              f"{counts['failures']} failed URLs logged")
    store.close()


@app.command()
def process(
    store_path: StoreOption = defaults.STORE_PATH,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch.")] = defaults.BATCH_SIZE,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes analysing in parallel "
                                         "(default: the usable cores, at most 4).")] = defaults.default_workers(),
) -> None:
    """Analyse stored documents that are new or were analysed by an older model version."""
    from ctgminer.extract.process import process as run_process

    store = open_store(store_path)
    with progress_bar(transient=False) as progress:
        task = progress.add_task("analysing", total=None)
        done = run_process(store, batch_size=batch_size, workers=workers, on_error=warn,
                           on_progress=lambda n, total: progress.update(task, completed=n, total=total))
    err.print(f"analysed {done} document(s); store holds {store.counts()['analysed']} analysed")
    store.close()


@app.command()
def export(
    store_path: StoreOption = defaults.STORE_PATH,
    fmt: Annotated[str, typer.Option("--format", "-f", help="|".join(defaults.EXPORT_FORMATS))] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write.")] = None,
) -> None:
    """Export one row per stored document."""
    from ctgminer.report.export import ExportError
    from ctgminer.report.export import export as run_export

    if output is None:
        fail("give the output file with -o FILE")
    if fmt not in defaults.EXPORT_FORMATS:
        fail(f"unknown format '{fmt}' (choose from {', '.join(defaults.EXPORT_FORMATS)})")
    if not Path(store_path).exists():
        fail(f"{store_path}: no such store")
    store = open_store(store_path)
    try:
        n = run_export(store, fmt, output)
    except ExportError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{output}: {exc.strerror or exc}")
    finally:
        store.close()
    err.print(f"wrote {n} row(s) to {output}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
