"""The HTTP face (CONTRACT.md, `serve`): health, upload, status with the report, the report page."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from checklists.loader import load_guide
from grantcheck.htmlpage import report_html
from grantcheck.service.errors import ApiError, forbidden, not_found, unauthorized
from grantcheck.service.limits import RateLimiter
from grantcheck.service.runner import Runner
from grantcheck.service.store import Job, Store
from grantcheck.service.tokens import Principal, Tokens
from grantcheck.service.uploads import check_zip, keep, receive, too_large

log = logging.getLogger("grantcheck.service")


@dataclass
class Settings:
    data_dir: Path
    tokens: Tokens
    workers: int = 2
    max_upload_bytes: int = 200 * 2**20
    max_queue: int = 1000
    rate_per_minute: float = 600.0
    guide: str = "jiangsu-2023"
    job_timeout: float = 600.0


UPLOAD_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": "材料包 zip"},
                        "category": {"type": "string", "description": "类别代码（可选，缺省时自动识别）"},
                    },
                }
            }
        },
    }
}
ERROR_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def _safe_filename(name: str) -> str:
    base = re.split(r"[\\/]", name)[-1].strip() or "packet.zip"
    return re.sub(r"[\x00-\x1f]", "", base)[:200]


def _job_view(job: Job) -> dict[str, Any]:
    return {
        "id": job.id,
        "status": job.status,
        "report": json.loads(job.report) if job.report else None,
        "error": job.error,
        "filename": job.filename,
        "category": job.category,
    }


class Service:
    """What the routes share: the store, the runner, the rate limiter, the guide's categories."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.data_dir)
        self.runner = Runner(self.store, settings.workers, settings.guide, settings.job_timeout)
        self.limiter = RateLimiter(settings.rate_per_minute)
        self.categories = set(load_guide(settings.guide).categories)

    def principal(self, request: Request) -> Principal:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        token = token.strip()
        found = self.settings.tokens.find(token) if scheme.lower() == "bearer" and token else None
        if found is None:
            raise unauthorized()
        if not self.limiter.allow(found.fingerprint):
            raise ApiError(429, "rate_limited", "请求过于频繁，请稍后重试", {"Retry-After": "1"})
        return found

    def visible(self, job_id: str, who: Principal) -> Job:
        job = self.store.get(job_id)
        if job is None or not who.sees(job.org):
            raise not_found()
        return job

    async def submit(self, request: Request, who: Principal) -> str:
        if not who.can_submit():
            raise forbidden()
        limit = self.settings.max_upload_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_large(limit)
        if self.store.queued() >= self.settings.max_queue:
            raise ApiError(429, "queue_full", "核验队列已满，请稍后重试", {"Retry-After": "30"})
        upload = await receive(
            request.headers.get("content-type", ""), request.stream(), limit, self.store.tmp
        )
        try:
            if upload.category is not None and upload.category not in self.categories:
                raise ApiError(422, "unknown_category", f"未知类别：{upload.category}")
            check_zip(upload.path)
            keep(upload, self.store.upload_path(upload.digest))
        finally:
            upload.path.unlink(missing_ok=True)
        filename = _safe_filename(upload.filename)
        job_id = self.store.add(who.org, who.fingerprint, upload.digest, filename, upload.category)
        self.runner.notify()
        return job_id

    def report_page(self, job_id: str, who: Principal) -> str:
        job = self.visible(job_id, who)
        if job.report is None:
            waiting = job.status in ("queued", "running")
            raise ApiError(409, "not_ready", "核验尚未完成" if waiting else f"核验失败：{job.error or ''}")
        return report_html(json.loads(job.report), self.store.upload_path(job.upload))


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = ERROR_CODES.get(exc.status_code, "http_error")
        message = {404: "请求的地址不存在", 405: "不支持该请求方法"}.get(exc.status_code, "请求无法处理")
        return JSONResponse({"error": code, "message": message}, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": "invalid_request", "message": "请求参数不正确"}, 422)

    @app.exception_handler(Exception)
    async def internal(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return JSONResponse({"error": "internal", "message": "服务器内部错误，请稍后重试"}, 500)


def create_app(settings: Settings) -> FastAPI:
    service = Service(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        service.runner.start()
        log.info(
            "serving with %d tokens, %d workers, data in %s",
            len(settings.tokens),
            settings.workers,
            settings.data_dir,
        )
        yield
        service.runner.stop()
        service.store.close()

    app = FastAPI(title="grantcheck 材料包预审服务", version="1", lifespan=lifespan)
    _error_handlers(app)
    who = Depends(service.principal)

    @app.get("/v1/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/packets", status_code=202, openapi_extra=UPLOAD_SCHEMA)
    async def submit(request: Request, principal: Principal = who) -> JSONResponse:
        return JSONResponse({"id": await service.submit(request, principal), "status": "queued"}, 202)

    @app.get("/v1/packets/{job_id}")
    def status(job_id: str, principal: Principal = who) -> dict[str, Any]:
        return _job_view(service.visible(job_id, principal))

    @app.get("/v1/packets/{job_id}/report.html", response_class=HTMLResponse)
    def report_page(job_id: str, principal: Principal = who) -> HTMLResponse:
        return HTMLResponse(service.report_page(job_id, principal))

    return app
