"""Where the render worker process starts: the app names this function as the process's
target, and only the worker itself then loads the renderer (``render/worker.py``), so starting
a worker costs the app no import of Jinja2, markdown-it or python-docx."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.connection import Connection


def serve(conn: Connection) -> None:
    from tccm_drafter.render.worker import serve as run

    run(conn)
