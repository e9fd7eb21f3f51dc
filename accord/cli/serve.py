"""``accord serve``: the HTTP API and the dashboard over a store."""

from __future__ import annotations

import ipaddress

import click

from ..errors import AccordError
from .store import db_option


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port."
)
@click.option(
    "--token",
    envvar="ACCORD_TOKEN",
    default=None,
    help="Accept documents on POST /api/ingest from requests that carry this token "
    "(Authorization: Bearer TOKEN); the store is then opened for writing. Without it the "
    "server is read-only. Also read from ACCORD_TOKEN.",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
)
def serve_command(db: str, host: str, port: int, token: str | None, log_level: str) -> None:
    """Serve the store: the dashboard at /, the JSON API under /api, its docs at /docs.

    Everything the pages need ships with accord: they work with no internet. The server is
    read-only unless --token is given. A DuckDB file is opened by one process at a time:
    stop the server before running accord ingest on the same --db (or start it with --token
    and send documents to POST /api/ingest).
    """
    import uvicorn

    from ..server import create_app

    if token is not None and not token.strip():
        raise click.BadParameter("the token is empty", param_hint="--token")
    try:
        app = create_app(db, token=token)
    except AccordError as err:
        raise click.ClickException(str(err)) from err
    if not _loopback(host) and token is None:
        click.echo(
            f"accord: serving on {host}: anyone who reaches this address can read the store",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    mode = "read-write, POST /api/ingest takes the token" if token else "read-only"
    click.echo(f"accord: {db} ({mode}) at http://{shown}:{port}/  (API docs: /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
