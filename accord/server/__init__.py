"""The HTTP API and the dashboard: ``accord serve``.

`create_app` builds the FastAPI application for a store; ``accord serve`` runs it on
uvicorn. The API is under ``/api`` (documented at ``/docs``), the dashboard at ``/``.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
