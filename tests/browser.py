"""A real headless Chromium driven over the DevTools protocol on a pipe (no driver package needed).

    with Browser.launch() as browser:          # None-returning `find_chromium()` means: skip
        page = browser.open("file:///tmp/report.html")
        page.evaluate("document.title"); page.screenshot(path); page.console_errors; page.requests

`make chromium` (part of `make test`) installs Debian's `chromium` where apt is available.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    override = os.environ.get("GRANTCHECK_CHROMIUM")
    if override:
        return override if Path(override).exists() else None
    return next((path for path in map(shutil.which, NAMES) if path), None)


class BrowserError(RuntimeError):
    pass


@dataclass
class Page:
    browser: Browser
    session: str
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def call(self, method: str, **params: object) -> dict:
        return self.browser.call(method, params, self.session)

    def evaluate(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"evaluate failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path, width: int = 1280) -> bytes:
        height = int(self.evaluate("Math.ceil(document.documentElement.scrollHeight)") or 800)
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=min(height, 16000),
                  deviceScaleFactor=1, mobile=False)
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        data = base64.b64decode(shot["data"])
        path.write_bytes(data)
        return data


class Browser:
    def __init__(self, process: subprocess.Popen, to_browser: int, from_browser: int, profile: str) -> None:
        self.process, self._out, self._in, self._profile = process, to_browser, from_browser, profile
        self._next = 0
        self._buffer = b""
        self._pages: dict[str, Page] = {}

    @classmethod
    def launch(cls, executable: str | None = None) -> Browser:
        executable = executable or find_chromium()
        if executable is None:
            raise BrowserError("chromium not found")
        profile = tempfile.mkdtemp(prefix="gc-chromium-")
        to_read, to_browser = os.pipe()  # the browser reads commands on fd 3
        from_browser, to_write = os.pipe()  # and writes answers on fd 4

        # a small launcher puts the pipe ends on the descriptors the browser expects, then becomes the browser
        # (a shell cannot: dash redirects single-digit descriptors only)
        launcher = [sys.executable, "-c", "import os, sys; os.dup2(int(sys.argv[1]), 3); "
                    "os.dup2(int(sys.argv[2]), 4); os.execv(sys.argv[3], sys.argv[3:])", str(to_read), str(to_write)]
        log = open(os.environ.get("GC_CHROMIUM_LOG", os.devnull), "ab")  # the browser's stderr
        process = subprocess.Popen(
            [*launcher, executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
             "--disable-extensions", "--disable-background-networking", f"--user-data-dir={profile}",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
            pass_fds=(to_read, to_write))
        log.close()
        os.close(to_read)
        os.close(to_write)
        return cls(process, to_browser, from_browser, profile)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.call("Browser.close", {}, timeout=5)
        except Exception:  # already gone
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._out, self._in):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def _send(self, message: dict) -> None:
        os.write(self._out, json.dumps(message).encode() + b"\0")

    def _receive(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise BrowserError("timed out waiting for chromium")
            import select

            ready, _, _ = select.select([self._in], [], [], 0.5)
            if ready:
                chunk = os.read(self._in, 1 << 20)
                if not chunk:
                    raise BrowserError("chromium closed the pipe")
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message = json.loads(raw)
        self._observe(message)
        return message

    def _observe(self, message: dict) -> None:
        page = self._pages.get(message.get("sessionId", ""))
        method, params = message.get("method"), message.get("params", {})
        if page is None or method is None:
            return
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            words = (str(a.get("value", a.get("description", ""))) for a in params["args"])
            page.console_errors.append(" ".join(words))
        elif method == "Runtime.exceptionThrown":
            page.console_errors.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            page.console_errors.append(params["entry"].get("text", ""))
        elif method == "Network.requestWillBeSent":
            page.requests.append(params["request"]["url"])

    def call(self, method: str, params: dict, session: str | None = None, timeout: float = 30) -> dict:
        self._next += 1
        ident = self._next
        message: dict = {"id": ident, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self._send(message)
        deadline = time.monotonic() + timeout
        while True:
            answer = self._receive(deadline)
            if answer.get("id") == ident:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def wait_for(self, event: str, session: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            message = self._receive(deadline)
            if message.get("method") == event and message.get("sessionId") == session:
                return message.get("params", {})

    def open(self, url: str) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        self._pages[session] = page
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", {}, session)
        self.call("Page.navigate", {"url": url}, session)
        self.wait_for("Page.loadEventFired", session)
        return page
