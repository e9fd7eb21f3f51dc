"""Engines that run the coder at scale.

- `accord.engines.local`: several worker processes on one machine, streaming, output in
  input order (``accord code --processes N``).
- `accord.engines.spark`: the same coder on Apache Spark (``accord code --engine spark``),
  an optional extra: ``pip install 'accord[spark]'``; `accord.engines.spark_submit` is the
  application file to give ``spark-submit`` on a cluster.
- `accord.engines.checkpoint`: resumable file output; a run that is killed continues where
  it stopped when started again with the same output.

The engines import nothing heavy at import time: pyspark is only imported by the Spark one.
"""

from __future__ import annotations
