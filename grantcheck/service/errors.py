"""API errors: `{"error": CODE, "message": "中文说明"}` with the HTTP status."""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers

    def body(self) -> dict[str, str]:
        return {"error": self.code, "message": self.message}


def unauthorized() -> ApiError:
    return ApiError(401, "unauthorized", "缺少访问令牌或令牌无效", {"WWW-Authenticate": "Bearer"})


def forbidden() -> ApiError:
    return ApiError(403, "forbidden", "该令牌无权执行此操作")


def not_found() -> ApiError:
    return ApiError(404, "not_found", "材料包不存在")
