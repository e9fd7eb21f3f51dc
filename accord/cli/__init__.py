"""The ``accord`` command: one click group, one module per command."""

from __future__ import annotations

import os
import sys

import click

from .._version import __version__
from .code import code_command
from .eval import eval_command
from .explain import explain_command
from .kb import kb_group
from .serve import serve_command
from .store import export_command, ingest_command, query_group


@click.group()
@click.version_option(__version__, prog_name="accord")
def cli() -> None:
    """accord: political event data from news, coded in CAMEO and PLOVER."""


cli.add_command(code_command)
cli.add_command(eval_command)
cli.add_command(explain_command)
cli.add_command(kb_group)
cli.add_command(ingest_command)
cli.add_command(query_group)
cli.add_command(export_command)
cli.add_command(serve_command)


def main() -> None:
    """Entry point of the ``accord`` script."""
    # a closed pipe (accord code ... | head) is not an error worth a traceback
    try:
        cli(prog_name="accord")
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
