"""Open pages in headless Chromium and read back what vis-network drew (Chrome DevTools Protocol).

Standard library only: Chromium is started with ``--remote-debugging-port`` and spoken to over a
minimal WebSocket client.  Used by the browser tests and by :func:`measure_page` (how long a page
takes to open and settle).  Debian's ``chromium`` package provides the browser
(``scripts/install-browser.sh``).

    with Chromium() as browser:
        result = browser.open("out/site/overview.html")
        result.nodes, result.edges, result.settle_seconds, result.requests
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import BrowserError

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--mute-audio",
    "--disable-dev-shm-usage",  # small /dev/shm in containers
)


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome binary ($CHROMIUM wins), or None."""
    env = os.environ.get("CHROMIUM")
    if env:
        return env
    for name in CHROMIUM_CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass(frozen=True)
class PageResult:
    """What a page showed: vis-network's counts, time to settle, every URL it requested, a screenshot."""

    url: str
    nodes: int
    edges: int
    state: str
    load_seconds: float
    settle_seconds: float
    requests: tuple[str, ...]
    errors: tuple[str, ...]
    screenshot: bytes = field(repr=False, default=b"")


class _WebSocket:
    """Just enough of RFC 6455 for CDP: text frames, client masking, no extensions."""

    def __init__(self, url: str, *, timeout: float = 60.0):
        assert url.startswith("ws://"), url
        hostport, _, path = url[5:].partition("/")
        host, _, port = hostport.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise BrowserError("DevTools closed the connection during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise BrowserError(f"DevTools refused the WebSocket: {head[:200]!r}")
        self.buffer = b""

    def send(self, text: str) -> None:
        data = text.encode("utf-8")
        header = bytearray([0x81])
        n = len(data)
        if n < 126:
            header.append(0x80 | n)
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data)) if n < 4096 else _mask_fast(data, mask)
        self.sock.sendall(bytes(header) + mask + masked)

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            chunk = self.sock.recv(max(65536, n - len(self.buffer)))
            if not chunk:
                raise BrowserError("DevTools closed the connection")
            self.buffer += chunk
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def recv(self) -> str:
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise BrowserError("DevTools closed the WebSocket")
            if opcode == 0x9:  # ping → pong
                continue
            message += payload
            if b0 & 0x80:
                return message.decode("utf-8")

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


def _mask_fast(data: bytes, mask: bytes) -> bytes:
    n = len(data)
    key = int.from_bytes((mask * (n // 4 + 1))[:n], "big")
    return (int.from_bytes(data, "big") ^ key).to_bytes(n, "big")


START_ATTEMPTS = 3  # launches of Chromium before giving up
START_TIMEOUT = 30.0  # seconds for one launch to open its DevTools port


class Chromium:
    """A headless Chromium with a fresh profile, driven through one page over CDP."""

    def __init__(self, *, width: int = 1400, height: int = 900, binary: str | None = None):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("no Chromium found; run scripts/install-browser.sh (Debian: apt-get install chromium)")
        self.width, self.height = width, height
        self.proc: subprocess.Popen | None = None
        self.ws: _WebSocket | None = None
        self._id = 0
        self.events: list[dict] = []

    def __enter__(self) -> Chromium:
        # A start that hangs before DevTools listens (seen on a loaded machine) is retried with a fresh
        # profile; a Chromium that never starts is an error naming its exit code.
        for attempt in range(1, START_ATTEMPTS + 1):
            port = self._launch()
            if port is not None:
                break
            code = self.proc.returncode
            self.__exit__(None, None, None)
            if attempt == START_ATTEMPTS:
                raise BrowserError(f"{self.binary} did not start (exit code {code}; {START_ATTEMPTS} attempts)")
        deadline = time.monotonic() + START_TIMEOUT
        ws_url = None
        while ws_url is None:
            # no proxy: the DevTools endpoint is on this machine, whatever http_proxy says
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with opener.open(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
                targets = json.load(resp)
            ws_url = next((t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page"), None)
            if ws_url is None:
                if time.monotonic() > deadline:
                    raise BrowserError("Chromium has no page to drive")
                time.sleep(0.05)
        self.ws = _WebSocket(ws_url)
        for method in ("Page.enable", "Network.enable", "Runtime.enable"):
            self.call(method)
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
        )
        return self

    def _launch(self) -> int | None:
        """Start Chromium on a fresh profile; its DevTools port, or None when it did not come up."""
        self.profile = tempfile.mkdtemp(prefix="policykg-chromium-")
        args = [
            self.binary,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={self.profile}",
            "--remote-debugging-port=0",
            f"--window-size={self.width},{self.height}",
            "about:blank",
        ]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + START_TIMEOUT
        while not (port_file.exists() and port_file.read_text().strip()):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                return None
            time.sleep(0.05)
        return int(port_file.read_text().split()[0])

    def __exit__(self, *exc) -> None:
        if self.ws:
            self.ws.close()
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(getattr(self, "profile", ""), ignore_errors=True)

    def call(self, method: str, params: dict | None = None, *, timeout: float = 60.0) -> dict:
        """Send one CDP command and return its result (events arriving meanwhile are kept)."""
        assert self.ws is not None
        self._id += 1
        my_id = self._id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params or {}}))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise BrowserError(f"{method}: {msg['error'].get('message')}")
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)
        raise BrowserError(f"{method}: no answer within {timeout}s")

    def evaluate(self, expression: str):
        """Value of a JS expression in the page (JSON-serialisable values)."""
        res = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in res:
            raise BrowserError(f"{expression}: {res['exceptionDetails'].get('text')}")
        return res.get("result", {}).get("value")

    def open(self, path: str | os.PathLike, *, timeout: float = 60.0, screenshot: bool = True) -> PageResult:
        """Load a page from a file, wait until vis-network has drawn and settled, read it back."""
        url = Path(path).resolve().as_uri() if "://" not in str(path) else str(path)
        self.events.clear()
        started = time.perf_counter()
        self.call("Page.navigate", {"url": url})
        load = None
        state = ""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if load is None and any(e["method"] == "Page.loadEventFired" for e in self.events):
                load = time.perf_counter() - started
            state = (
                self.evaluate(
                    "document.readyState === 'complete' && document.body"
                    " ? (document.body.getAttribute('data-state') || '') : ''"
                )
                or ""
            )
            # a page without vis-network: loaded (the index: once its rows are shown, "ready")
            if state == "settled" or (state in ("", "ready") and load is not None and self._is_plain_page()):
                break
            time.sleep(0.02)
        settle = time.perf_counter() - started
        if load is None:
            load = settle
        counts = self.evaluate(
            "window.network ? [network.body.data.nodes.length, network.body.data.edges.length] : [0, 0]"
        )
        shot = b""
        if screenshot:
            shot = base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"})["data"])
        requests = tuple(
            e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"
        )
        errors = tuple(
            e["params"]["exceptionDetails"].get("exception", {}).get("description")
            or e["params"]["exceptionDetails"].get("text", "")
            for e in self.events
            if e["method"] == "Runtime.exceptionThrown"
        )
        return PageResult(url, counts[0], counts[1], state, load, settle, requests, errors, shot)

    def _is_plain_page(self) -> bool:
        return not self.evaluate("!!window.vis")


def measure_page(path: str | os.PathLike, **kwargs) -> PageResult:
    """Open one page in a fresh headless Chromium: counts, seconds to load and to settle."""
    with Chromium(**kwargs) as browser:
        return browser.open(path)


# ---------------------------------------------------------------- PNG


def decode_png(data: bytes) -> tuple[int, int, int, bytes]:
    """(width, height, channels, raw pixel bytes) of an 8-bit, non-interlaced RGB/RGBA/grey PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat = 8, []
    width = height = channels = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or interlace:
                raise ValueError("only 8-bit non-interlaced PNGs")
            channels = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    out = bytearray(height * stride)
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if f == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif f == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif f == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif f == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = prev[i]
                c = prev[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        out[y * stride : (y + 1) * stride] = line
        prev = line
    return width, height, channels, bytes(out)


def png_colours(data: bytes, *, region: tuple[int, int, int, int] | None = None) -> dict[tuple[int, int, int], int]:
    """How many pixels of each RGB colour a PNG holds (optionally inside region x0, y0, x1, y1)."""
    width, height, channels, px = decode_png(data)
    x0, y0, x1, y1 = region or (0, 0, width, height)
    counts: dict[tuple[int, int, int], int] = {}
    for y in range(max(0, y0), min(height, y1)):
        row = px[y * width * channels : (y + 1) * width * channels]
        for x in range(max(0, x0), min(width, x1)):
            i = x * channels
            rgb = (row[i], row[i + 1], row[i + 2]) if channels >= 3 else (row[i],) * 3
            counts[rgb] = counts.get(rgb, 0) + 1
    return counts
