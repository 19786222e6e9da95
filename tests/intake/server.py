"""A real `grantcheck serve` on loopback, started and stopped by a test."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
TOKENS = "sub-a:submit:orgA,read-a:read:orgA,sub-b:submit:orgB,read-b:read:orgB,root:admin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def zipped(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_folder(folder: Path) -> bytes:
    return zipped(
        {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    )


class Server:
    def __init__(self, base: Path, *args: str, port: int | None = None) -> None:
        self.base, self.args = base, args
        self.data = base / "data"
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log = base / "server.log"
        self._local = threading.local()

    def start(self, timeout: float = 90.0) -> Server:
        for folder in ("cwd", "tmp"):
            (self.base / folder).mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, PYTHONPATH=str(ROOT), GRANTCHECK_TOKENS=TOKENS, TMPDIR=str(self.base / "tmp"))
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "grantcheck.cli",
                    "serve",
                    "--port",
                    str(self.port),
                    "--data-dir",
                    str(self.data),
                    *self.args,
                ],
                cwd=self.base / "cwd",
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text("utf-8", "replace")
            try:
                if httpx.get(f"{self.url}/v1/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise TimeoutError(self.log.read_text("utf-8", "replace"))

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self._local = threading.local()  # connections to the dead process

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def leftovers(self) -> list[int]:
        """Processes still running in the server's working directory (its workers inherit it)."""
        pids = []
        for proc in Path("/proc").iterdir():
            try:
                if proc.name.isdigit() and (proc / "cwd").resolve() == (self.base / "cwd").resolve():
                    pids.append(int(proc.name))
            except OSError:
                continue
        return pids

    def post(self, token: str | None, data: bytes, name: str = "packet.zip", **fields: str) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.client().post(
            f"{self.url}/v1/packets",
            headers=headers,
            files={"file": (name, data, "application/zip")},
            data=fields,
            timeout=60,
        )

    def get(self, token: str | None, path: str) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.client().get(f"{self.url}{path}", headers=headers, timeout=30)

    def client(self) -> httpx.Client:
        """One keep-alive client per thread (as a real uploader would have)."""
        client = getattr(self._local, "client", None)
        if client is None:
            client = self._local.client = httpx.Client()
        return client

    def wait_done(self, token: str, job_id: str, timeout: float = 120.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            body = self.get(token, f"/v1/packets/{job_id}").json()
            if body["status"] in ("done", "failed"):
                return body
            time.sleep(0.3)
        raise TimeoutError(job_id)
