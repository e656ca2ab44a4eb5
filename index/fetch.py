"""Fetch a news page over HTTP(S), refusing what a bot fed links by strangers must refuse.

A link sent to the bot is fetched by the server, so it must not reach the server's own
network: every address a host name resolves to is checked before each request, and after
every redirect (at most `MAX_REDIRECTS`), against loopback, private, link-local, multicast,
reserved and unspecified ranges. `ARTICLE_BOT_ALLOW_PRIVATE_URLS=1` lifts that (a newsroom's
intranet), or a comma-separated list of addresses or networks lifts it for those only (the
tests allow 127.0.0.1 and still see a redirect to 10.0.0.1 refused). Between the check and the
connection the name is resolved again by the HTTP client: a DNS answer that changes in that
instant (rebinding) is not caught; pinning the address would need a custom transport.

Only http and https; `TIMEOUT` seconds for the whole fetch (each network wait, and a deadline
over redirects and a body that trickles in); at most `MAX_BYTES` read (the declared length is
checked first, the body is read in chunks and cut off past the limit); an HTML or text content
type. Every refusal is a `FetchError` whose message is one line a person can act on.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from index.article import first_line

MAX_REDIRECTS = 5
TIMEOUT = 15.0
MAX_BYTES = 5 * 1024 * 1024
CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
ALLOW_PRIVATE_VARIABLE = "ARTICLE_BOT_ALLOW_PRIVATE_URLS"
USER_AGENT = "article-bot/1 (+https://github.com/; reads one article a person asked for)"


class FetchError(RuntimeError):
    """A page that cannot or must not be fetched; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Page:
    """What a URL gave: the final address after redirects, the body and its content type."""

    url: str
    body: bytes
    content_type: str
    charset: str | None


def fetch(url: str) -> Page:
    """The page at `url`, following at most `MAX_REDIRECTS` redirects, each one checked."""
    import httpx

    allowed = _allowed_networks()
    deadline = time.monotonic() + TIMEOUT  # for the whole fetch, redirects and slow bodies too
    try:
        with httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(TIMEOUT),
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9"},
            trust_env=False,
        ) as client:
            current = url.strip()
            for _ in range(MAX_REDIRECTS + 1):
                if time.monotonic() > deadline:
                    raise FetchError(f"{url}: no complete answer within {TIMEOUT:.0f} s")
                _check_address(current, allowed)
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        if not location:
                            raise FetchError(f"{current}: a redirect without a target")
                        current = urljoin(current, location)
                        continue
                    return _read(current, response, deadline)
            raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException as error:
        raise FetchError(f"{url}: no complete answer within {TIMEOUT:.0f} s") from error
    except httpx.HTTPError as error:
        raise FetchError(f"{url}: cannot be fetched ({first_line(error)})") from error


def _read(url: str, response, deadline: float) -> Page:
    if response.status_code >= 400:
        raise FetchError(f"{url}: the site answered {response.status_code} (no page there)")
    raw_type = response.headers.get("content-type", "")
    content_type = raw_type.split(";")[0].strip().lower()
    if content_type not in CONTENT_TYPES:
        shown = content_type or "no content type"
        raise FetchError(f"{url}: {shown} is not a web page or a text (a PDF, an image…?)")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BYTES:
        raise FetchError(
            f"{url}: {int(declared) // 1024} KiB, over the {MAX_BYTES >> 20} MiB limit"
        )
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > MAX_BYTES:
            raise FetchError(f"{url}: over the {MAX_BYTES >> 20} MiB limit")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: no complete answer within {TIMEOUT:.0f} s")
    return Page(url, bytes(body), content_type, response.charset_encoding)


def _check_address(url: str, allowed: list | bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https links can be added")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: not a complete link (no host)")
    if allowed is True:
        return
    try:
        found = socket.getaddrinfo(host, parts.port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"{url}: the host {host} is not known ({error})") from error
    for *_, address in found:
        ip = ipaddress.ip_address(address[0])
        if _internal(ip) and not any(ip in network for network in allowed):
            raise FetchError(
                f"{url}: {host} is an internal address ({ip}); such links are refused "
                f"(set {ALLOW_PRIVATE_VARIABLE} to allow them)"
            )


def _internal(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def _allowed_networks() -> list | bool:
    """True when every internal address is allowed, else the networks allowed (maybe none)."""
    value = os.environ.get(ALLOW_PRIVATE_VARIABLE, "").strip()
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    networks = []
    for item in filter(None, (v.strip() for v in value.split(","))):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            continue
    return networks
