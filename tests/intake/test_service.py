"""`grantcheck serve` on loopback: auth across organisations, bad uploads, a kill mid-job, a bounded load."""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from grantcheck.service.app import Settings, create_app
from grantcheck.service.tokens import Tokens, parse_tokens
from tests.conftest import CORPUS, validate_report
from tests.intake.server import TOKENS, Server, zip_folder, zipped

TINY = zipped({"说明.txt": "项目名称：测试项目\n".encode()})
LOAD_UPLOADS, LOAD_CLIENTS = 200, 8


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(
        tmp_path_factory.mktemp("serve"), "--workers", "2", "--max-upload-mb", "1", "--rate", "100000"
    ).start()
    yield running
    running.stop()


def test_health_and_openapi(server: Server) -> None:
    assert server.get(None, "/v1/healthz").json() == {"status": "ok"}
    assert "/v1/packets" in server.get(None, "/openapi.json").json()["paths"]
    assert server.get(None, "/docs").status_code == 200


def test_upload_verify_and_report(server: Server, report_schema: dict) -> None:
    response = server.post(
        "sub-a", zip_folder(CORPUS / "sf-05-construction-included"), "sf-05.zip", category="smart-factory"
    )
    assert response.status_code == 202 and response.json()["status"] == "queued"
    body = server.wait_done("sub-a", response.json()["id"])
    assert body["status"] == "done" and body["error"] is None
    import json

    report = validate_report(json.dumps(body["report"]), report_schema)
    assert report["outcome"] == "ineligible" and report["packet"] == "sf-05.zip"
    page = server.get("read-a", f"/v1/packets/{body['id']}/report.html")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]


def test_auth_scopes_and_organisations(server: Server) -> None:
    assert server.post(None, TINY).status_code == 401
    assert server.post("nope", TINY).json()["error"] == "unauthorized"
    forbidden = server.post("read-a", TINY)
    assert forbidden.status_code == 403 and forbidden.json()["message"]
    job = server.post("sub-a", TINY).json()["id"]
    server.wait_done("sub-a", job)  # its packet's temporary folder gone before the next test looks for leftovers
    assert server.get("read-a", f"/v1/packets/{job}").status_code == 200
    assert server.get("root", f"/v1/packets/{job}").status_code == 200
    for token in ("sub-b", "read-b"):
        for path in (f"/v1/packets/{job}", f"/v1/packets/{job}/report.html"):
            other = server.get(token, path)
            assert (
                other.status_code == 404
                and other.json() == server.get("read-a", "/v1/packets/unknown").json()
            )
    assert server.get(None, f"/v1/packets/{job}").status_code == 401
    assert server.get("read-a", "/v1/packets/unknown").json()["error"] == "not_found"


def test_bad_uploads_are_refused_and_nothing_is_written_outside(server: Server) -> None:
    cases = {
        "not a zip": (b"%PDF-1.4 not a zip", 422),
        "bomb": (zipped({"a.pdf": b"\0" * (20 * 2**20)}), 422),
        "traversal": (zipped({"../../escaped.txt": b"x", "ok.txt": b"y"}), 422),
        "absolute": (zipped({"/tmp/escaped.txt": b"x"}), 422),
        "too large": (zipped({"noise.bin": bytes(range(256)) * 6000}, 0), 413),
    }
    for name, (data, status) in cases.items():
        response = server.post("sub-a", data)
        assert response.status_code == status, (name, response.text)
        assert set(response.json()) == {"error", "message"} and response.json()["message"], name
    assert "路径穿越" in server.post("sub-a", cases["traversal"][0]).json()["message"]
    assert "压缩" in server.post("sub-a", cases["bomb"][0]).json()["message"]
    assert server.post("sub-a", TINY, category="no-such-category").status_code == 422
    assert not list(server.base.rglob("escaped.txt"))
    assert not list((server.base / "cwd").iterdir()) and not list((server.base / "tmp").iterdir())
    assert not list((server.data / "tmp").iterdir())  # refused uploads are not kept


def _one_upload(server: Server, index: int) -> tuple[int, float, str | None]:
    started = time.monotonic()
    response = server.post("sub-b", zipped({"说明.txt": f"第 {index} 号\n".encode()}), f"load-{index}.zip")
    elapsed = time.monotonic() - started
    return response.status_code, elapsed, response.json().get("id")


def test_bounded_load(server: Server) -> None:
    started = time.monotonic()
    with ThreadPoolExecutor(LOAD_CLIENTS) as clients:
        results = list(clients.map(lambda i: _one_upload(server, i), range(LOAD_UPLOADS)))
    upload_seconds = time.monotonic() - started
    statuses = [s for s, _, _ in results]
    latencies = sorted(t for _, t, _ in results)
    p95 = latencies[int(0.95 * len(latencies)) - 1]
    ids = [i for _, _, i in results if i]
    pending = set(ids)
    deadline = time.monotonic() + 120
    while pending and time.monotonic() < deadline:
        pending = {i for i in pending if server.get("read-b", f"/v1/packets/{i}").json()["status"] != "done"}
        time.sleep(0.5)
    total = time.monotonic() - started
    errors = sum(s != 202 for s in statuses)
    print(
        f"\nload: {LOAD_UPLOADS} uploads from {LOAD_CLIENTS} clients in {upload_seconds:.1f} s "
        f"({LOAD_UPLOADS / upload_seconds:.1f} uploads/s), upload p95 {p95 * 1000:.0f} ms, "
        f"median {statistics.median(latencies) * 1000:.0f} ms, errors {errors}; "
        f"all verified after {total:.1f} s ({len(ids) / total:.1f} packets/s), not done {len(pending)}"
    )
    assert errors == 0 and not any(s >= 500 for s in statuses)
    assert len(set(ids)) == LOAD_UPLOADS and not pending


def test_killed_mid_job_finishes_after_restart(tmp_path: Path) -> None:
    server = Server(tmp_path, "--workers", "1").start()
    try:
        job = server.post("sub-a", zip_folder(CORPUS / "sf-01-eligible"), "sf-01.zip").json()["id"]
        deadline = time.monotonic() + 60
        while server.get("sub-a", f"/v1/packets/{job}").json()["status"] != "running":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.5)
        server.kill()
        server.start()
        body = server.wait_done("sub-a", job)
        assert body["status"] == "done" and body["report"]["outcome"] == "eligible"
    finally:
        server.stop()
    deadline = time.monotonic() + 20
    while server.leftovers() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not server.leftovers()  # no worker outlives the killed or the stopped service


def test_queue_full_and_rate_limit_in_process(tmp_path: Path) -> None:
    tokens = Tokens(parse_tokens(TOKENS))
    full = TestClient(create_app(Settings(tmp_path / "a", tokens, max_queue=0)))  # no lifespan: no workers
    response = full.post(
        "/v1/packets", headers={"Authorization": "Bearer sub-a"}, files={"file": ("p.zip", TINY)}
    )
    assert response.status_code == 429 and response.json()["error"] == "queue_full"
    slow = TestClient(create_app(Settings(tmp_path / "b", tokens, rate_per_minute=2)))
    codes = [
        slow.get("/v1/packets/x", headers={"Authorization": "Bearer read-a"}).status_code for _ in range(3)
    ]
    assert codes == [404, 429, 429]
    assert (
        slow.get("/v1/packets/x", headers={"Authorization": "Bearer read-b"}).status_code == 404
    )  # per token
