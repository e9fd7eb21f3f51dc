"""Code documents on Apache Spark: ``accord code --engine spark``.

The coder runs inside Spark's Python workers: each worker process loads the pipeline once (a
module-level cache, kept across tasks since Spark reuses its Python workers) and codes its
partitions with `accord.pipeline.code_documents`, the function the local engine runs, so both
engines give the same events. Input is JSONL or Parquet with the document columns ``id``,
``text`` and optional ``date``, ``title``, ``url``, ``source``; output is a directory of
Parquet files, one row per event (`Event.to_row`, columns `ROW_COLUMNS`), partitioned by the
event's date (``date=2023-04-24/``).

Started from ``accord code`` (plain Python), Spark runs in local mode on this machine, bound
to loopback so it needs no network. Started with ``spark-submit`` (see README), the cluster's
settings apply untouched::

    spark-submit --master yarn "$(python -m accord.engines.spark_submit)" news/ -o events/
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..documents import _finish, _Record  # the checks every local reader applies
from ..errors import AccordError, DocumentError, Errors
from ..events import ROW_COLUMNS, Event, is_reported, plover_layout

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = [
    "code_to_parquet",
    "local_conf",
    "read_documents_frame",
    "session_scope",
    "spark_session",
]

#: the document columns read from the input; any other column is ignored
DOCUMENT_COLUMNS = ("id", "date", "text", "title", "url", "source")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
_ORIGIN = "_accord_origin"
_CORRUPT = "_accord_corrupt"


def local_conf(master: str = "local[*]") -> dict[str, str]:
    """Spark settings for local mode on this machine, with no network: loopback only."""
    return {
        "spark.master": master,
        "spark.app.name": "accord",
        "spark.driver.host": "127.0.0.1",
        "spark.driver.bindAddress": "127.0.0.1",
        "spark.ui.enabled": "false",
        # workers run the Python that runs accord, whatever `python3` is on the PATH
        "spark.pyspark.python": sys.executable,
        "spark.pyspark.driver.python": sys.executable,
        # read back, date=2023-04 and date=2023-04-24 stay strings, as written
        "spark.sql.sources.partitionColumnTypeInference.enabled": "false",
    }


def spark_session(master: str = "local[*]") -> SparkSession:
    """The active SparkSession; else the one spark-submit set up; else a local one.

    A local session binds to 127.0.0.1 (`local_conf`). Under ``spark-submit`` the cluster's
    settings are used as they are: a driver bound to loopback could not be reached by its
    executors.
    """
    _require_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # not started by spark-submit
        for key, value in local_conf(master).items():
            builder = builder.config(key, value)
    return builder.getOrCreate()


@contextlib.contextmanager
def session_scope(master: str = "local[*]") -> Iterator[SparkSession]:
    """`spark_session` for one run: a session this run started is stopped at its end."""
    _require_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    session = active or spark_session(master)
    try:
        yield session
    finally:
        if active is None:
            session.stop()


def read_documents_frame(spark: SparkSession, inputs: Sequence[str]) -> DataFrame:
    """One DataFrame of documents from JSONL and Parquet inputs (files or directories).

    Columns: `DOCUMENT_COLUMNS` as strings, where each row came from, and the raw text of a
    JSON line that could not be parsed.
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    jsonl: list[str] = []
    parquet: list[str] = []
    for name in inputs:
        (jsonl if _input_kind(name) == "jsonl" else parquet).append(name)
    frames = []
    if jsonl:
        schema = StructType(
            [StructField(name, StringType()) for name in DOCUMENT_COLUMNS]
            + [StructField(_CORRUPT, StringType())]
        )
        frame = (
            spark.read.schema(schema)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", _CORRUPT)
            .json(jsonl)
        )
        frames.append(frame.withColumn(_ORIGIN, F.input_file_name()))
    if parquet:
        frame = spark.read.parquet(*parquet)
        if "text" not in frame.columns:
            shown = ", ".join(frame.columns) or "none"
            raise AccordError(Errors.E034.format(path=", ".join(parquet), columns=shown))
        columns = [
            (F.col(name) if name in frame.columns else F.lit(None)).cast("string").alias(name)
            for name in DOCUMENT_COLUMNS
        ]
        frames.append(
            frame.select(
                *columns,
                F.lit(None).cast("string").alias(_CORRUPT),
                F.input_file_name().alias(_ORIGIN),
            )
        )
    return functools.reduce(lambda a, b: a.unionByName(b), frames)


def code_to_parquet(
    inputs: Sequence[str],
    output: str,
    *,
    spark: SparkSession | None = None,
    load_kwargs: Mapping[str, Any] | None = None,
    keep_all: bool = False,
    convention: str = "cameo",
    default_date: dt.date | None = None,
    max_chars: int = 1_000_000,
    batch_size: int = 32,
    on_error: Callable[[DocumentError], None] | None = None,
) -> int:
    """Code JSONL/Parquet `inputs` on Spark into Parquet events under `output`, by date.

    `load_kwargs` go to `accord.load` in every Python worker (``model``, ``kb_extra``,
    ``patterns_extra``: the extra files are shipped to the workers with ``addFile``).
    Without ``keep_all`` only reported events are kept (`accord.events.is_reported`), and
    ``convention="plover"`` lays them out as PLOVER does, as on the command line.
    Documents that fail are passed to `on_error` here, in the driver. Returns the number of
    events written.
    """
    from pyspark import StorageLevel
    from pyspark.errors import AnalysisException
    from pyspark.sql import functions as F

    session = spark or spark_session()
    kwargs = dict(load_kwargs or {})
    frame = read_documents_frame(session, inputs)
    # A small file is read as one partition: spread it so every core codes.
    parallelism = session.sparkContext.defaultParallelism
    if frame.rdd.getNumPartitions() < parallelism:
        frame = frame.repartition(parallelism)
    settings = _Settings(
        model=kwargs.get("model"),
        kb_extra=_ship(session, kwargs.get("kb_extra", ())),
        patterns_extra=_ship(session, kwargs.get("patterns_extra", ())),
        keep_all=keep_all,
        convention=convention,
        default_date=default_date,
        max_chars=max_chars,
        batch_size=batch_size,
    )
    coded = frame.rdd.mapPartitions(functools.partial(code_partition, settings))
    # Events and failures come out of one pass; keep it so writing the events and
    # collecting the failures do not code everything twice.
    result = session.createDataFrame(coded, _result_schema()).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        events = result.filter(F.col("error").isNull()).drop("error")
        try:
            events.write.mode("errorifexists").partitionBy("date").parquet(output)
        except AnalysisException as err:  # checked before any task runs: nothing was coded
            if err.getCondition() == "PATH_ALREADY_EXISTS":
                raise AccordError(Errors.E035.format(path=output)) from err
            raise
        failures = result.filter(F.col("error").isNotNull()).select("doc_id", "error")
        for row in failures.toLocalIterator():
            failure = DocumentError(row["doc_id"], row["error"])
            if on_error is None:
                raise failure
            on_error(failure)
        return events.count()
    finally:
        result.unpersist()


# --------------------------------------------------------------------------- in the workers


@dataclass(frozen=True)
class _Settings:
    """What every partition needs; pickled with the task."""

    model: str | None
    kb_extra: tuple[str, ...]  # names of files shipped with SparkContext.addFile
    patterns_extra: tuple[str, ...]
    keep_all: bool
    convention: str
    default_date: dt.date | None
    max_chars: int
    batch_size: int


_PIPELINES: dict[tuple[Any, ...], Any] = {}


def _pipeline(settings: _Settings) -> Any:
    """This worker process's pipeline, loaded on first use and kept for later tasks."""
    key = (settings.model, settings.kb_extra, settings.patterns_extra)
    if key not in _PIPELINES:
        from pyspark import SparkFiles

        from ..pipeline import DEFAULT_MODEL, load

        _PIPELINES[key] = load(
            settings.model or DEFAULT_MODEL,
            kb_extra=[SparkFiles.get(name) for name in settings.kb_extra],
            patterns_extra=[SparkFiles.get(name) for name in settings.patterns_extra],
        )
    return _PIPELINES[key]


def code_partition(settings: _Settings, rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Rows of documents in, rows of events out (and one row per failed document).

    A result row has the columns `ROW_COLUMNS` then ``error``: a failed document's row
    holds only its ``doc_id`` and the error message.
    """
    from ..pipeline import code_documents

    failures: list[DocumentError] = []

    def documents() -> Iterator[Any]:
        for row in rows:
            origin = row[_ORIGIN] or "input"
            if row[_CORRUPT] is not None:
                record = " ".join(row[_CORRUPT].split())[:80]
                failures.append(
                    DocumentError(origin, Errors.E037.format(path=origin, record=record))
                )
                continue
            doc_id = " ".join(str(row["id"] or "").split())
            if not doc_id:
                failures.append(DocumentError(origin, Errors.E036))
                continue
            record = _Record(
                id=doc_id,
                text=row["text"] or "",
                origin=origin,
                date=row["date"],
                title=row["title"],
                url=row["url"],
                source=row["source"],
            )
            item = _finish(record, settings.default_date, settings.max_chars)
            if isinstance(item, DocumentError):
                failures.append(item)
            else:
                yield item

    nlp = _pipeline(settings)
    for _document, events in code_documents(
        nlp, documents(), batch_size=settings.batch_size, on_error=failures.append
    ):
        yield from _failure_rows(failures)
        kept = [event for event in events if settings.keep_all or is_reported(event)]
        if settings.convention == "plover":
            kept = plover_layout(kept)
        for event in kept:
            yield _event_row(event)
    yield from _failure_rows(failures)


def _failure_rows(failures: list[DocumentError]) -> Iterator[tuple[Any, ...]]:
    doc_id = ROW_COLUMNS.index("doc_id")
    while failures:
        failure = failures.pop(0)
        row: list[Any] = [None] * (len(ROW_COLUMNS) + 1)
        row[doc_id] = failure.doc_id
        row[-1] = failure.message
        yield tuple(row)


def _event_row(event: Event) -> tuple[Any, ...]:
    row = event.to_row()
    return (*(_CONVERT[name](row[name]) for name in ROW_COLUMNS), None)


# --------------------------------------------------------------------------- schema


def _spark_type(name: str) -> Any:
    """The Spark type of a row column: the Parquet type the local writer gives it."""
    import pyarrow as pa
    from pyspark.sql import types as T

    from ..output import ROW_TYPES

    arrow = ROW_TYPES.get(name, pa.string())
    return {
        pa.int8(): T.ByteType(),
        pa.int32(): T.IntegerType(),
        pa.int64(): T.LongType(),
        pa.float32(): T.FloatType(),
        pa.float64(): T.DoubleType(),
    }.get(arrow, T.StringType())


def _result_schema() -> Any:
    from pyspark.sql.types import StringType, StructField, StructType

    fields = [StructField(name, _spark_type(name)) for name in ROW_COLUMNS]
    return StructType([*fields, StructField("error", StringType())])


def _converters() -> dict[str, Callable[[Any], Any]]:
    # Spark checks Python types against the schema: a Goldstein value of 1 must be 1.0.
    from ..output import ROW_TYPES

    def as_float(value: Any) -> float | None:
        return None if value is None else float(value)

    def as_int(value: Any) -> int | None:
        return None if value is None else int(value)

    def same(value: Any) -> Any:
        return value

    kinds = {name: str(ROW_TYPES[name]) for name in ROW_TYPES}
    return {
        name: as_float
        if kinds.get(name, "").startswith(("float", "double"))
        else as_int
        if kinds.get(name, "").startswith("int")
        else same
        for name in ROW_COLUMNS
    }


_CONVERT = _converters()


# --------------------------------------------------------------------------- helpers


def _require_pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError as err:
        raise AccordError(Errors.E038) from err


def _input_kind(name: str) -> str:
    """``jsonl`` or ``parquet``, from the name, or from the files of a local directory."""
    lower = name.lower().rstrip("/")
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    path = Path(name)
    if "://" not in name and path.is_dir():
        files = [p.name.lower() for p in path.rglob("*") if p.is_file()]
        if any(f.endswith(PARQUET_SUFFIXES) for f in files):
            return "parquet"
        if any(f.endswith(JSONL_SUFFIXES) for f in files):
            return "jsonl"
    elif "://" in name:
        return "parquet"  # a dataset on HDFS or S3 without a suffix is a Parquet directory
    raise AccordError(Errors.E033.format(path=name))


def _ship(spark: SparkSession, paths: Iterable[str]) -> tuple[str, ...]:
    """Send files to every worker; they find them by name with SparkFiles.get."""
    names = []
    for path in paths:
        name = Path(path).name
        if name in names:
            raise AccordError(
                Errors.E039.format(reason=f"needs extra files with distinct names ({name})")
            )
        spark.sparkContext.addFile(str(Path(path).resolve()))
        names.append(name)
    return tuple(names)
