"""Command line: a thin layer over the ctgminer API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ctgminer import defaults

if TYPE_CHECKING:
    from ctgminer.evaluation.evaluate import Evaluation

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
    conventions: Annotated[bool, typer.Option("--conventions", help="Also compare the conventions and theme shares "
                                              "that ctgminer's records give with the gold's (grouping agreement, "
                                              "theme shares, conventions per région).")] = False,
) -> None:
    """Score ctgminer against gold records; exit 1 when a field falls below its floor."""
    from ctgminer.evaluation.evaluate import GoldError, evaluate_gold, read_evaluation_inputs

    try:
        records, floor_values = read_evaluation_inputs(gold, part, floors)
    except (GoldError, OSError, ValueError) as exc:
        fail(str(exc))
    result = evaluate_gold(records, floor_values, conventions=conventions)
    if as_json:
        out.print_json(json.dumps(result.scores()))
    else:
        print_evaluation(result)
    if errors_out:
        from ctgminer.report.export import atomic_write

        atomic_write(errors_out, result.errors_jsonl())
    below = result.below_floors()
    if below:
        for line in below:
            err.print(f"[red]below floor:[/red] {line}")
        raise typer.Exit(1)


def print_evaluation(result: Evaluation) -> None:
    """The scores as a table, fields below their floor in red, then the comparison check's plain lines."""
    from ctgminer.evaluation.evaluate import iter_rows

    report, floors = result.report, result.floors
    t = Table(title=f"ctgminer evaluate — {report.n_docs} documents")
    for col in ("field", "precision", "recall", "F1", "support", "floor"):
        t.add_column(col, justify="right" if col != "field" else "left")
    for name, p, r, f1, support in iter_rows(report):
        floor = floors.get(name)
        style = "red" if floor is not None and f1 < floor else ""
        t.add_row(name, f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", f"{support:g}",
                  f"{floor:.2f}" if floor is not None else "", style=style)
    out.print(t)
    if result.check is not None:
        from ctgminer.evaluation.compare_eval import format_check

        sys.stdout.write(format_check(result.check) + "\n")  # plain lines: no wrapping at the console's width


@app.command()
def taxonomy(as_json: Annotated[bool, typer.Option("--json", help="Print the raw taxonomy file.")] = False) -> None:
    """Print the theme taxonomy: labels, missions, definitions and synonyms."""
    from ctgminer.extract.components.themes.lexicon import taxonomy as load_taxonomy

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
    model: Annotated[str, typer.Option(help="What to train: themes or relevance.")] = "themes",
    gold: Annotated[list[str] | None, typer.Option(
        help="relevance: gold JSONL as PATH[:all|dev] (dev leaves the holdout out; repeatable).")] = None,
    negatives: Annotated[Path | None, typer.Option(help="relevance: tar of non-CTG pages.")] = None,
) -> None:
    """Train the theme classifier (model families compared under grouped cross-validation) or the relevance
    model, and write it with its card."""
    if model == "relevance":
        return train_relevance(gold, negatives, models, folds)
    if model != "themes":
        fail(f"unknown model '{model}' (choose from themes, relevance)")
    from ctgminer.classify import themes

    try:
        rows = themes.load_phrases(phrases)
    except (OSError, ValueError, KeyError) as exc:
        fail(f"{phrases}: {exc}")
    with err.status(f"training on {len(rows)} phrases ({folds}-fold cross-validation)…") if err.is_terminal \
            else _null():
        fitted, card = themes.train(rows, folds=folds)
    path = themes.save(fitted, card, models)
    cv = card["cross_validation"]
    scope = "real" if "real" in cv else "all"
    out.print(f"saved {path} (version {card['version']}, {card['family']}): grouped cross-validation on {scope} "
              f"phrases micro-F1 {cv[scope]['micro_f1']:.3f}, macro-F1 {cv[scope]['macro_f1']:.3f}; thresholds "
              f"phrase {cv['threshold']}, document {cv['doc_threshold']}")


def train_relevance(gold: list[str] | None, negatives: Path | None, out_dir: Path | None, folds: int) -> None:
    """Refit the relevance weights (default data: ../shared, dev.jsonl whole and dev2.jsonl without its holdout)."""
    from ctgminer.classify.relevance.model import fit_relevance, resource_dir
    from ctgminer.evaluation.evaluate import GoldError

    shared = Path("..") / "shared"
    specs = gold or [f"{shared / 'gold' / 'dev.jsonl'}:all", f"{shared / 'gold' / 'dev2.jsonl'}:dev"]
    files = []
    for spec in specs:
        path, _, part = spec.rpartition(":") if spec.endswith((":all", ":dev")) else (spec, "", "dev")
        if not Path(path).is_file():
            fail(f"{path}: no such gold file")
        files.append((Path(path), part))
    negatives = negatives or (shared / "negatives" / "pages.tar.xz" if gold is None else None)
    if negatives is not None and not negatives.is_file():
        fail(f"{negatives}: no such file")
    with err.status("fitting the relevance model (grouped cross-validation)…") if err.is_terminal else _null():
        try:
            _, card = fit_relevance(files, negatives, out_dir or resource_dir(), folds=folds)
        except (GoldError, OSError, ValueError) as exc:
            fail(str(exc))
    cv = card["cv"]
    out.print(f"saved {out_dir or resource_dir()} (version {card['version']}): grouped CV announcement F1 "
              f"{cv['f1']:.3f} (P {cv['precision']:.3f}, R {cv['recall']:.3f}), C {cv['C']}, threshold {cv['threshold']}")


def open_store(path: Path, create: bool = False):
    """Open a corpus store; only `collect` creates one (a typo elsewhere must not leave an empty store)."""
    from ctgminer.collect.store import Store, StoreError

    try:
        return Store(path, create=create)
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
    retries: Annotated[int, typer.Option(min=0, max=10, help="Retries on 429/5xx, timeouts and refused connections.")] = defaults.RETRIES,
    retry_failed: Annotated[bool, typer.Option(help="Fetch again URLs that failed for good before.")] = False,
) -> None:
    """Collect public pages politely into the corpus store (resumable: stored pages are never fetched again)."""
    from ctgminer.classify.relevance.component import relevance_judge
    from ctgminer.collect.collector import Collector
    from ctgminer.collect.discover import SourceError, expand_inputs
    from ctgminer.collect.fetch import Fetcher

    try:
        urls = expand_inputs(inputs or [], on_error=warn)
    except SourceError as exc:
        fail(str(exc))
    if not (urls or sitemap or feed or crawl):
        fail("nothing to collect: give URLs, a URL file, --sitemap, --feed or --crawl")
    store = open_store(store_path, create=True)
    fetcher = Fetcher.polite(delay=delay, timeout=timeout, max_bytes=max_bytes, retries=retries)
    with progress_bar(transient=False) as progress:
        task = progress.add_task("collecting", total=None)

        def on_progress(url: str, status: str) -> None:
            progress.update(task, advance=1, description=f"collecting [{status}]")

        collector = Collector(store, fetcher, retry_failed=retry_failed, on_progress=on_progress,
                              judge=relevance_judge)
        try:
            collector.run(urls, sitemap or [], feed or [], crawl or [], max_pages=max_pages, max_depth=max_depth,
                          on_planned=lambda planned: progress.update(task, total=planned or None))
        except KeyboardInterrupt:
            progress.stop()
            counts = store.counts()
            store.close()
            err.print(f"interrupted: {counts['documents']} document(s) safely stored in {store_path}; run the same "
                      f"command again to resume", soft_wrap=True)
            raise typer.Exit(130) from None
    err.print(collector.summary.describe(), soft_wrap=True)
    counts = store.counts()
    err.print(f"store {store_path}: {counts['documents']} documents ({counts['duplicates']} duplicates), "
              f"{counts['failures']} failed URLs logged (see: ctgminer failures --store {store_path})", soft_wrap=True)
    store.close()
    if collector.summary.all_failed:
        fail("every URL failed", 1)


@app.command()
def failures(
    store_path: StoreOption = defaults.STORE_PATH,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List the URLs that could not be collected (last failure of each): cause, HTTP status, URL, message."""
    store = open_store(store_path)
    rows = store.failures()
    store.close()
    for row in rows:
        if as_json:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"{row['cause']}\t{row['http_status'] or ''}\t{row['url']}\t{row['message'] or ''}\n")
    err.print(f"{len(rows)} failed URL(s) in {store_path}")


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


def print_frame(title: str, frame) -> None:
    """A DataFrame as a rich table (floats to 3 decimals, lists joined, missing values empty)."""
    import pandas as pd

    def cell(v) -> str:
        if isinstance(v, list):
            return ", ".join(map(str, v))
        if isinstance(v, dict):
            return ", ".join(v)
        if v is None or (pd.api.types.is_scalar(v) and pd.isna(v)):
            return ""
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    t = Table(title=title, title_justify="left")
    for col in frame.columns:
        t.add_column(str(col), overflow="fold")
    for row in frame.itertuples(index=False):
        t.add_row(*(cell(v) for v in row))
    out.print(t)


@app.command()
def compare(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Records JSONL/JSON files (ctgminer analyse output).")] = None,
    store_path: Annotated[Path | None, typer.Option("--store", help="Read the records of a corpus store.")] = None,
    by: Annotated[str, typer.Option(help="region|departement|type|population|year")] = "region",
    territory: Annotated[str | None, typer.Option(help="INSEE/SIREN code of a territory: list its peers.")] = None,
    table: Annotated[str | None, typer.Option(help="themes|specificities|peers|trends|conventions")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table|csv|json")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write.")] = None,
    k: Annotated[int, typer.Option("--peers", min=1, help="Number of peers listed.")] = 5,
    same_type: Annotated[bool, typer.Option(help="Peers of the same type (commune, EPCI, département) only.")] = False,
    same_band: Annotated[bool, typer.Option(help="Peers of the same population band only.")] = False,
    metric: Annotated[str, typer.Option(help="Peer similarity: cosine|jaccard.")] = "cosine",
    relevance: Annotated[str, typer.Option(help="Records counted: announcement, related, unrelated "
                                                "(comma-separated) or all.")] = "announcement",
) -> None:
    """Compare territories: theme tables, specificities, peers, trends, conventions (counted once, not pages)."""
    from ctgminer.compare import CompareError, load_records, territory_frame
    from ctgminer.compare.output import (
        OUTPUT_FORMATS,
        TABLE_VIEW,
        compare_tables,
        parse_relevance,
        summary,
        to_csv,
        to_json,
    )

    if fmt not in OUTPUT_FORMATS:
        fail(f"unknown format '{fmt}' (choose from {', '.join(OUTPUT_FORMATS)})")
    if not inputs and store_path is None:
        fail("nothing to compare: give records JSONL files or --store PATH")
    try:
        keep = parse_relevance(relevance)
        records = load_records(inputs or [], store_path)
        frame = territory_frame(records, relevance=keep)
        tables = compare_tables(frame, table, by, territory, k, same_type, same_band, metric)
    except CompareError as exc:
        fail(str(exc))
    err.print(summary(records, frame))
    if fmt == "table" and output is None:
        for name, frame in tables.items():
            print_frame(name, frame[[c for c in TABLE_VIEW.get(name, frame.columns) if c in frame.columns]])
        return
    text = to_json(tables) if fmt == "json" else to_csv(next(iter(tables.values())))
    if fmt == "table":
        text = "\n\n".join(f"{name}\n{frame.to_string(index=False)}" for name, frame in tables.items()) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        from ctgminer.report.export import atomic_write

        atomic_write(output, text)
        err.print(f"wrote {output}")


@app.command()
def report(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Records JSONL/JSON files (ctgminer analyse output).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="HTML file to write.")] = None,
    store_path: Annotated[Path | None, typer.Option("--store", help="Read the records of a corpus store.")] = None,
    xlsx: Annotated[Path | None, typer.Option(help="Also write the tables as an XLSX workbook.")] = None,
    iramuteq: Annotated[Path | None, typer.Option(help="Also write an IRaMuTeQ/TXM corpus (text file).")] = None,
    territory: Annotated[list[str] | None, typer.Option(help="Territory code given a benchmark section "
                                                            "(repeatable; default: the most announced).")] = None,
    title: Annotated[str, typer.Option(help="Title of the report.")] = "CTG report",
) -> None:
    """Write a self-contained HTML report (map, themes, specificities, trends, peers, evidence)."""
    from ctgminer.compare import CompareError, load_records
    from ctgminer.report.export import ExportError
    from ctgminer.report.html import write_report

    if output is None:
        fail("give the HTML file to write with -o FILE.html")
    if not inputs and store_path is None:
        fail("nothing to report on: give records JSONL files or --store PATH")
    try:
        records = load_records(inputs or [], store_path)
        if not records:
            fail("no record in the input")
        content = write_report(records, html=output, xlsx=xlsx, iramuteq=iramuteq, territories=territory,
                               title=title, inputs=[str(p) for p in inputs or []] + ([str(store_path)] if store_path
                                                                                     else []))
    except (CompareError, ExportError, OSError) as exc:
        fail(str(exc))
    o = content.overview
    written = ", ".join(str(p) for p in (output, xlsx, iramuteq) if p)
    err.print(f"{o['documents']} documents, {o['announcements']} announcements, {o['conventions']} conventions "
              f"in {o['territories']} territories; wrote {written}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
