"""`grantcheck serve`: the app on uvicorn, one process (workers are the runner's processes)."""

from __future__ import annotations

import logging
from pathlib import Path

import uvicorn

from grantcheck.service.app import Settings, create_app
from grantcheck.service.tokens import Tokens, load_tokens


def serve(
    host: str, port: int, data_dir: Path, tokens_file: Path | None, workers: int, **limits: float
) -> None:
    logging.getLogger("grantcheck").setLevel(logging.INFO)
    settings = Settings(
        data_dir=data_dir.resolve(), tokens=Tokens(load_tokens(tokens_file)), workers=workers, **limits
    )  # type: ignore[arg-type]
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=True)
