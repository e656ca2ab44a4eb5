"""Pages built like real news sites around the development articles, served on 127.0.0.1.

Each article page wraps the article's own text (its title and blocks, as the seed file holds
them) in what a news site adds: navigation, a cookie banner, a share bar, related links, a
newsletter box, reader comments, a footer, Open Graph and JSON-LD metadata, and for one page a
paywall teaser that hides the end. Beside them the server has the pages a link can turn out to
be: a 404, a redirect to a private address, an oversized page, a PDF, a home page of links.
"""

from __future__ import annotations

import contextlib
import html
import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from index import read_article


@dataclass(frozen=True)
class NewsPage:
    """One article page and what extraction must find in it."""

    path: str
    title: str
    paragraphs: tuple[str, ...]
    date: str
    outlet: str
    author: str
    html: str
    #: Paragraphs shown before the paywall (all when there is none).
    visible: int


def article_page(
    source: Path, outlet: str, author: str, date: str, paywall: bool = False
) -> NewsPage:
    article = read_article(source)
    title = article.title_text
    paragraphs = tuple(article.block_text(b) for b in article.blocks)
    visible = max(2, len(paragraphs) // 2) if paywall else len(paragraphs)
    slug = source.stem
    e = html.escape
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs[:visible])
    if paywall:
        body += (
            '\n<div class="paywall"><p>Il vous reste 60% de cet article à lire.</p>'
            "<p>Abonnez-vous pour lire la suite : 1 € le premier mois.</p>"
            '<a href="/abonnement">Je m\'abonne</a></div>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": f"{date}T08:30:00+02:00",
        "author": [{"@type": "Person", "name": author}],
        "publisher": {"@type": "Organization", "name": outlet},
    }
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{e(title)} | {e(outlet)}</title>
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="{e(outlet)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{date}T08:30:00+02:00">
<meta name="author" content="{e(author)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div id="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. En
poursuivant votre navigation, vous acceptez leur utilisation. <button>Accepter</button>
<button>Paramétrer</button></div>
<header><nav><a href="/">Accueil</a> <a href="/politique">Politique</a>
<a href="/monde">Monde</a> <a href="/economie">Économie</a>
<a href="/sport">Sport</a></nav></header>
<main><article>
<h1>{e(title)}</h1>
<p class="byline">Par {e(author)}, publié le {date}</p>
<div class="share">Partager sur Facebook · Twitter · LinkedIn · Envoyer par e-mail</div>
{body}
</article>
<aside class="related"><h2>À lire aussi</h2><ul>
<li><a href="/a/1">Les dix chiffres à retenir de la semaine</a></li>
<li><a href="/a/2">Météo : un week-end ensoleillé sur la moitié du pays</a></li>
<li><a href="/a/3">Notre sélection de séries à voir ce mois-ci</a></li></ul></aside>
<div class="newsletter">Recevez chaque matin l'essentiel de l'actualité. Inscrivez-vous.</div>
<section id="comments"><h2>Commentaires</h2>
<div class="comment"><p>Encore une fois on nous prend pour des imbéciles, c'est scandaleux !</p>
</div>
<div class="comment"><p>Article très intéressant, merci pour ce travail de fond.</p></div>
</section></main>
<footer>© {e(outlet)} · Mentions légales · Politique de confidentialité · Contact</footer>
</body></html>"""
    return NewsPage(
        f"/articles/{slug}.html", title, paragraphs, date, outlet, author, page, visible
    )


HOME = """<!DOCTYPE html><html><head><title>Le Quotidien — accueil</title></head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<ul><li><a href="/a/1">Titre un</a></li><li><a href="/a/2">Titre deux</a></li>
<li><a href="/a/3">Titre trois</a></li><li><a href="/a/4">Titre quatre</a></li></ul>
<footer>Mentions légales</footer></body></html>"""


class NewsSite:
    """A threaded HTTP server on 127.0.0.1 serving `pages` and the bad cases; stops itself."""

    def __init__(self, pages: list[NewsPage]) -> None:
        self.pages = {p.path: p for p in pages}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                site.route(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> NewsSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def route(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path
        if path in self.pages:
            self._send(request, 200, "text/html; charset=utf-8", self.pages[path].html.encode())
        elif path == "/":
            self._send(request, 200, "text/html; charset=utf-8", HOME.encode())
        elif path == "/moved":
            first = next(iter(self.pages))
            self._redirect(request, first)
        elif path == "/to-private":
            self._redirect(request, "http://10.0.0.1/articles/secret.html")
        elif path == "/to-metadata":
            self._redirect(request, "http://169.254.169.254/latest/meta-data/")
        elif path == "/loop":
            self._redirect(request, "/loop")
        elif path == "/huge.html":
            self._send(request, 200, "text/html", b"<html><body>" + b"<p>x</p>" * 800_000)
        elif path == "/report.pdf":
            self._send(request, 200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" * 10)
        else:
            self._send(
                request, 404, "text/html", b"<html><body><h1>Page introuvable</h1></body></html>"
            )

    @staticmethod
    def _send(request: BaseHTTPRequestHandler, status: int, kind: str, body: bytes) -> None:
        request.send_response(status)
        request.send_header("Content-Type", kind)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        # The client may stop reading (the oversized page): what it should do.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            request.wfile.write(body)

    @staticmethod
    def _redirect(request: BaseHTTPRequestHandler, target: str) -> None:
        request.send_response(302)
        request.send_header("Location", target)
        request.send_header("Content-Length", "0")
        request.end_headers()
