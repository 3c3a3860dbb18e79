"""Network reads happen only here, and only when the user passes a URL or asks to fetch feed entries.

Only http and https are fetched (a feed entry linking ``file://`` must not read local files), and
neither the URL nor any redirect may lead to a loopback, private, link-local or otherwise
non-public address unless ``fetch_private`` allows it (a feed must not make sitroom probe the
user's own network). Every response is capped in size (``max_bytes``) and in total time
(``fetch_seconds``), not only per socket read. The address is checked when the request is made;
a name that resolves differently a moment later is not caught.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import FetchRefused, InputTooLarge, InputUnreadable

USER_AGENT = "sitroom/0.1 (+https://github.com/sitroom)"
_CHUNK = 64 * 1024


def _public(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError):
        return True  # unresolvable: the request itself fails with a coded error
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global or address.is_multicast:
            return False
    return True


def check_url(url: str, settings: Settings) -> None:
    """Refuse (E009) a URL that is not http(s) or that leads to a non-public address."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchRefused(f"only http(s) URLs are fetched, not {url!r}", where=url,
                           hint="pass a web address, or save the page and pass the file")
    if not settings.fetch_private and not _public(parts.hostname):
        raise FetchRefused(f"{parts.hostname} is a loopback, private or reserved address", where=url,
                           hint="set SITROOM_FETCH_PRIVATE=true to fetch from your own network")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        check_url(newurl, self.settings)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(url: str, settings: Settings, timeout: float | None = None) -> bytes:
    check_url(url, settings)
    limit = settings.fetch_seconds if timeout is None else timeout
    opener = urllib.request.build_opener(_CheckedRedirects(settings))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + limit
    chunks: list[bytes] = []
    size = 0
    try:
        with opener.open(request, timeout=limit) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > settings.max_bytes:
                size = int(declared)
            while size <= settings.max_bytes and (chunk := response.read(_CHUNK)):
                chunks.append(chunk)
                size += len(chunk)
                if time.monotonic() > deadline:
                    raise InputUnreadable(f"gave up on {url} after {limit:g} s", where=url,
                                          hint="try again later, or raise SITROOM_FETCH_SECONDS")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise InputUnreadable(f"cannot fetch {url}: {exc}", where=url,
                              hint="check the URL and your network connection") from exc
    if size > settings.max_bytes:
        raise InputTooLarge(f"the page is larger than {settings.max_bytes} bytes", where=url,
                            hint="raise SITROOM_MAX_BYTES if this is intended")
    return b"".join(chunks)
