"""Network reads happen only here, and only when the user passes a URL or asks to fetch feed entries."""

from __future__ import annotations

from ..config import Settings
from ..errors import InputTooLarge, InputUnreadable

USER_AGENT = "sitroom/0.1 (+https://github.com/sitroom)"


def fetch_url(url: str, settings: Settings, timeout: float = 30.0) -> bytes:
    import urllib.error  # http.client and friends: imported by the first URL, not by every command
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - user-given URL
            data = response.read(settings.max_bytes + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise InputUnreadable(f"cannot fetch {url}: {exc}", where=url,
                              hint="check the URL and your network connection") from exc
    if len(data) > settings.max_bytes:
        raise InputTooLarge(f"the page is larger than {settings.max_bytes} bytes", where=url,
                            hint="raise SITROOM_MAX_BYTES if this is intended")
    return data
