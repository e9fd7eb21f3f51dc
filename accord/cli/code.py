"""``accord code``: documents in, events out."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import AccordError
from ._common import (
    PROGRESS_BYTES,
    Reporter,
    convention_option,
    pipeline_options,
    processes_option,
)


def _input_bytes(inputs: tuple[str, ...]) -> float:
    total = 0.0
    for name in inputs:
        if name == "-":
            return float("inf")
        path = Path(name)
        if path.is_dir():
            return float("inf")
        if path.is_file():
            total += path.stat().st_size
    return total


@click.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=None, help="Output file (default: standard output).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--all",
    "keep_all",
    is_flag=True,
    help="Keep every event: denied, hypothetical, and bare statements (010).",
)
@convention_option
@processes_option
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="spark: code on Apache Spark, JSONL or Parquet in, Parquet by date out to -o DIR "
    "(pip install 'accord[spark]').",
)
@click.option(
    "--resume/--no-resume",
    default=True,
    show_default=True,
    help="Continue an interrupted run into the same -o file (JSONL, CSV); --no-resume starts over.",
)
@pipeline_options
def code_command(
    inputs: tuple[str, ...],
    output: str | None,
    fmt: str,
    keep_all: bool,
    convention: str,
    processes: int,
    engine: str,
    resume: bool,
    default_date: dt.date | None,
    model: str | None,
    kb_extra: tuple[str, ...],
    patterns_extra: tuple[str, ...],
    max_chars: int,
    batch_size: int,
) -> None:
    """Code news documents into events.

    INPUTS are text, JSONL, CSV, HTML or RSS files, folders (read recursively), or - for
    standard input. Events go to standard output as JSON lines unless -o is given.

    A run into a JSONL or CSV file that is interrupted (killed, Ctrl-C) continues where it
    stopped when started again with the same -o; standard output and Parquet start over.
    """
    from ..documents import read_documents
    from ..engines.checkpoint import RESUMABLE_FORMATS, ResumableOutput, run_settings
    from ..engines.local import code_parallel, resolve_processes
    from ..events import is_reported, plover_layout
    from ..output import open_writer
    from ..pipeline import DEFAULT_MODEL, code_documents, load

    reporter = Reporter()
    load_kwargs = {
        "model": model or DEFAULT_MODEL,
        "kb_extra": kb_extra,
        "patterns_extra": patterns_extra,
    }
    if engine == "spark":
        _code_on_spark(
            inputs,
            output,
            load_kwargs=load_kwargs,
            keep_all=keep_all,
            convention=convention,
            default_date=default_date,
            max_chars=max_chars,
            batch_size=batch_size,
            processes=processes,
            reporter=reporter,
        )
        reporter.exit_if_failed()
        return
    processes = resolve_processes(processes)
    run = None
    try:
        # one process loads here, before the output is touched; workers load their own
        nlp = load(**load_kwargs) if processes == 1 else None
        if output not in (None, "-") and fmt in RESUMABLE_FORMATS:
            settings = run_settings(
                files={"kb_extra": kb_extra, "patterns": patterns_extra},
                model=load_kwargs["model"],
                all=keep_all,
                convention=convention,
                date=default_date,
                max_chars=max_chars,
            )
            run = ResumableOutput.open(output, fmt, settings, resume=resume)
            writer, handle = run.writer, None
        else:
            writer, handle = open_writer(fmt, output)
    except AccordError as err:
        raise click.ClickException(str(err)) from err
    except OSError as err:
        raise click.ClickException(f"cannot write {output}: {err.strerror}") from err
    documents = read_documents(
        inputs, default_date=default_date, max_chars=max_chars, on_error=reporter
    )
    if run is not None:
        if run.resumed:
            click.echo(
                f"accord: resuming {output}: {run.resumed:,} document(s) already coded", err=True
            )
        documents = run.pending(documents)
    if nlp is not None:
        coded = code_documents(nlp, documents, batch_size=batch_size, on_error=reporter)
    else:
        coded = code_parallel(
            documents,
            processes=processes,
            load_kwargs=load_kwargs,
            batch_size=batch_size,
            on_error=reporter,
        )
    progress = None
    if sys.stderr.isatty() and _input_bytes(inputs) > PROGRESS_BYTES:
        from tqdm import tqdm

        progress = tqdm(unit=" docs", file=sys.stderr, desc="coding")
    complete = False
    try:
        for document, events in coded:
            kept = [e for e in events if keep_all or is_reported(e)]
            writer.write(plover_layout(kept) if convention == "plover" else kept)
            if run is not None:
                run.done(document)
            if progress is not None:
                progress.update(1)
        complete = True
    except AccordError as err:  # a worker could not load the pipeline
        raise click.ClickException(str(err)) from err
    finally:
        if run is not None:
            # complete: the progress file goes; interrupted: it stays, to resume from
            run.finish() if complete else run.close()
        else:
            writer.close()
            if handle is not None:
                handle.close()
        if progress is not None:
            progress.close()
    reporter.exit_if_failed()


def _code_on_spark(
    inputs: tuple[str, ...],
    output: str | None,
    *,
    load_kwargs: dict[str, Any],
    keep_all: bool,
    convention: str,
    default_date: dt.date | None,
    max_chars: int,
    batch_size: int,
    processes: int,
    reporter: Reporter,
) -> None:
    from ..errors import Errors

    ctx = click.get_current_context()
    given = ctx.get_parameter_source("fmt") == click.core.ParameterSource.COMMANDLINE
    problem = None
    if output in (None, "-"):
        problem = "writes a directory of Parquet files: pass -o DIR"
    elif given and ctx.params["fmt"] != "parquet":
        problem = "writes Parquet only: leave out --format"
    elif processes != 1:
        problem = "runs on Spark's executors: leave out --processes (set spark.executor.cores)"
    if problem:
        raise click.UsageError(Errors.E039.format(reason=problem))
    from ..engines.spark import code_to_parquet, session_scope

    try:
        with session_scope() as spark:
            count = code_to_parquet(
                list(inputs),
                output,
                spark=spark,
                load_kwargs=load_kwargs,
                keep_all=keep_all,
                convention=convention,
                default_date=default_date,
                max_chars=max_chars,
                batch_size=batch_size,
                on_error=reporter,
            )
    except AccordError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"accord: {count:,} event(s) written to {output} (Parquet, by date)", err=True)
