"""A packet whose file ran out of parsing time is not kept as verified (the CPU may have been busy)."""

from __future__ import annotations

from grantcheck.batch.job import timed_out_files
from grantcheck.batch.run import _storable


def result(error: str | None) -> dict:
    documents = [{"path": "a.pdf", "status": "unreadable" if error else "ok", "error": error}]
    return {"report": {"documents": documents}, "error": None, "refused": False}


def test_timed_out_file_is_retried_and_not_cached() -> None:
    timed_out = result("解析超时（超过 15 秒），疑似异常文件")
    assert timed_out_files(timed_out) and not _storable(timed_out)
    broken = result("PDF 文件损坏")
    assert not timed_out_files(broken) and _storable(broken)
    refused = {"report": None, "error": "材料包既不是文件夹也不是 zip 压缩包", "refused": True}
    assert not timed_out_files(refused) and _storable(refused)
    crashed = {"report": None, "error": "核验进程异常退出", "refused": False}
    assert not _storable(crashed)
