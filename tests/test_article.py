"""Ingestion robustness: bad files cost one warning line, odd text never breaks offsets."""

from __future__ import annotations

import logging

import pytest

from index import ArticleError, load_articles, load_units, read_article
from index.units import article_units


def test_empty_file_is_skipped_with_one_warning_naming_it(write_article, caplog):
    write_article("   \n\n  \n", name="empty.txt")
    write_article("Titre\n\nUne phrase.", name="good.txt")
    with caplog.at_level(logging.WARNING):
        articles = load_articles(write_article.__closure__[0].cell_contents)
    assert [a.id for a in articles] == ["good"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "empty.txt" in warnings[0] and "empty" in warnings[0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("Titre\n\nCaf\xe9 cr\xe8me.".encode("latin-1"), "not UTF-8"),
    ],
    ids=["binary", "latin-1"],
)
def test_unreadable_file_in_seeds_is_skipped_and_the_others_load(
    write_article, caplog, content, reason
):
    path = write_article(content, name="bad.txt")
    write_article("Titre\n\nUne phrase.", name="good.txt")
    with caplog.at_level(logging.WARNING):
        units = load_units(path.parent)
    assert {u.article for u in units} == {"good"}
    (warning,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "bad.txt" in warning and reason in warning
    with pytest.raises(ArticleError, match=r"bad\.txt"):
        read_article(path)


def test_non_article_files_are_named_and_skipped(write_article, caplog):
    write_article(b"\xff\xd8\xff\xe0 JFIF", name="photo.jpg")
    write_article("Titre\n\nUne phrase.", name="good.txt")
    with caplog.at_level(logging.WARNING):
        articles = load_articles(write_article("x", name="other.txt").parent)
    assert sorted(a.id for a in articles) == ["good", "other"]
    assert any("photo.jpg" in r.getMessage() for r in caplog.records)


def test_title_alone(write_article):
    units = article_units(read_article(write_article("Seulement un titre\n")))
    assert [(u.kind, u.text) for u in units] == [("title", "Seulement un titre")]


@pytest.mark.parametrize(
    "first_line, is_title",
    [
        ("Marseille : un immeuble s'effondre, huit personnes disparues", True),
        ("Un mort dans l'effondrement d'un immeuble à Lyon.", True),  # a headline's full stop
        ("Deux immeubles se sont effondrés lundi. Huit personnes sont portées disparues.", False),
        (
            "En fin de matinée, quelque 85 marins-pompiers et deux équipes cynotechniques étaient "
            "à pied d'œuvre dans la petite rue commerçante du quartier, à deux pas du port.",
            False,
        ),
        ("Effondrement à Marseille : « Tout a tremblé », raconte un voisin", True),
    ],
)
def test_a_text_pasted_without_its_headline_opens_on_content(write_article, first_line, is_title):
    """A lead or wire excerpt copied without its headline: a first line of several sentences,
    or a long one closed by a full stop, is the first paragraph (its sentences ranked and
    attributed as body), and the article is known by its file name."""
    article = read_article(write_article(f"{first_line}\n\nLa suite du texte.\n"))
    units = article_units(article)
    assert (units[0].kind == "title") is is_title
    assert units[0].text.startswith(first_line.split(".")[0])
    assert article.title_text == (first_line if is_title else article.id)


def test_repeated_title_and_punctuation_only_lines_are_dropped(write_article):
    text = "Le titre\n\nLe titre\n\nUne phrase. Une autre.\n\n***\n\n»\n"
    units = article_units(read_article(write_article(text)))
    assert [u.text for u in units] == ["Le titre", "Une phrase.", "Une autre."]


def test_crlf_line_ends_keep_exact_offsets(write_article):
    text = "Le titre\r\n\r\nLe ministre a parlé.\r\nIl a dit que tout irait bien.\r\n"
    article = read_article(write_article(text))
    units = article_units(article)
    assert [u.text for u in units] == [
        "Le titre",
        "Le ministre a parlé.",
        "Il a dit que tout irait bien.",
    ]
    for unit in units:
        assert article.text[unit.start : unit.end] == unit.text
        assert "\r" not in unit.text


def test_emoji_and_control_characters(write_article):
    text = "Titre 🎉\n\nLe président 🇫🇷 a parlé\x07 hier.\x0b Il a dit «\u200bmerci 🙏». Fin\x00"
    path = write_article(text.replace("\x00", ""))
    article = read_article(path)
    units = article_units(article)
    assert units[0].text == "Titre 🎉"
    assert any("🙏" in u.text for u in units)
    for unit in units:
        assert article.text[unit.start : unit.end] == unit.text


def test_byte_order_mark_is_not_part_of_the_title(write_article):
    article = read_article(write_article("\ufeffLe titre\n\nUne phrase."))
    assert article.title_text == "Le titre"


def test_front_matter_metadata_is_carried_and_not_a_unit(write_article):
    text = (
        "---\nurl: https://example.org/a\ndate: 2022-02-20\noutlet: Le Journal\n---\n"
        "Le titre\n\nUne phrase."
    )
    article = read_article(write_article(text))
    assert article.metadata == {
        "url": "https://example.org/a",
        "date": "2022-02-20",
        "outlet": "Le Journal",
    }
    assert [u.text for u in article_units(article)] == ["Le titre", "Une phrase."]


def test_sidecar_metadata(write_article):
    path = write_article("Le titre\n\nUne phrase.", name="a.txt")
    (path.parent / "a.json").write_text('{"url": "https://example.org/b", "outlet": "AFP"}')
    assert read_article(path).metadata == {"url": "https://example.org/b", "outlet": "AFP"}
    assert [a.id for a in load_articles(path.parent)] == ["a"]


@pytest.mark.slow
def test_a_long_article_keeps_exact_offsets_and_speakers(write_article):
    """100 kB of glued, quoted, attributed prose (the cost is spaCy's, linear in the size: the
    1 MB figure is measured by bench/attribution.py, not here)."""
    paragraph = (
        "«Nous ne céderons pas», a déclaré mardi le ministre de l'Intérieur, Jean Valjean. "
        "Selon l'agence Reuters, 77,92 % des votants ont approuvé le texte.Le lendemain, "
        "M. Valjean a ajouté que la réforme entrerait en vigueur le 1er mars à 16h. "
    )
    body = "\n\n".join([paragraph] * (100_000 // len(paragraph.encode()) + 1))
    one = article_units(read_article(write_article("Un titre\n\n" + paragraph, name="one.txt")))
    article = read_article(write_article("Un long article\n\n" + body))
    assert len(article.text.encode()) > 100_000
    units = article_units(article)
    assert len(units) == 1 + (len(one) - 1) * body.count(paragraph)
    for unit in units[:: len(units) // 200]:
        assert article.text[unit.start : unit.end] == unit.text
    quoted = [u for u in units if u.text.startswith("«Nous ne céderons")]
    assert quoted and all(u.speakers and u.speakers[0].canonical == "Jean Valjean" for u in quoted)


# --- a seeds folder an operator fills by hand -------------------------------------------------


def test_a_huge_file_is_refused_without_being_read_whole(tmp_path, caplog):
    """A 1 GiB .txt (sparse: no disk used) costs a warning, at most the size limit in memory,
    and no hashing of its bytes when the index checks whether the seeds changed."""
    import resource
    import time

    from index.article import MAX_ARTICLE_BYTES, seeds_fingerprint

    (tmp_path / "good.txt").write_text("Titre\n\nUne phrase.", encoding="utf-8")
    with (tmp_path / "dump.txt").open("wb") as huge:
        huge.truncate(2**30)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with caplog.at_level(logging.WARNING):
        articles = load_articles(tmp_path)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert [a.id for a in articles] == ["good"]
    assert any(
        "dump.txt" in r.getMessage() and "MiB limit" in r.getMessage() for r in caplog.records
    )
    assert grown_kib * 1024 < 3 * MAX_ARTICLE_BYTES
    started = time.monotonic()
    first = seeds_fingerprint(tmp_path)
    assert time.monotonic() - started < 1.0, "the huge file was hashed"
    (tmp_path / "good.txt").write_text("Titre\n\nUne autre phrase.", encoding="utf-8")
    assert seeds_fingerprint(tmp_path) != first


def test_a_file_that_cannot_be_read_costs_a_warning_not_the_build(tmp_path, caplog, monkeypatch):
    from pathlib import Path

    from index.article import seeds_fingerprint

    (tmp_path / "good.txt").write_text("Titre\n\nUne phrase.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("Titre\n\nSecret.", encoding="utf-8")
    real_open = Path.open

    def open_refusing(path, *args, **kwargs):  # as a file of another user would (tests run as root)
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_refusing)
    with caplog.at_level(logging.WARNING):
        articles = load_articles(tmp_path)
        fingerprint = seeds_fingerprint(tmp_path)
    assert [a.id for a in articles] == ["good"] and len(fingerprint) == 64
    assert any(
        "locked.txt" in r.getMessage() and "Permission denied" in r.getMessage()
        for r in caplog.records
    )


def test_any_file_name_gives_a_safe_unique_article_id(tmp_path):
    """A name that is not UTF-8, or holds a colon or spaces, still gives an id that JSON,
    Telegram and the `<article>:<position>` unit ids can carry."""
    import json
    import os

    from index.units import iter_units

    os.makedirs(tmp_path, exist_ok=True)
    for raw in (b"caf\xe9.txt", b"caf\xe8.txt", b"a:b c.txt", "élection.txt".encode()):
        with open(os.path.join(os.fsencode(tmp_path), raw), "wb") as article:
            article.write("Titre\n\n«Nous partirons», a déclaré le ministre.".encode())
    articles = load_articles(tmp_path)
    ids = [a.id for a in articles]
    assert len(set(ids)) == 4 and "élection" in ids
    for article_id in ids:
        assert ":" not in article_id and " " not in article_id
        assert article_id.encode("utf-8")  # no lone surrogates
    for unit in iter_units(articles):
        json.dumps(unit.to_json(), ensure_ascii=False).encode("utf-8")


def test_links_leading_outside_the_seeds_folder_are_not_followed(tmp_path, caplog):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("Titre\n\nUne phrase.", encoding="utf-8")
    (tmp_path / "private.txt").write_text("Secret\n\nNe pas publier.", encoding="utf-8")
    (seeds / "leak.txt").symlink_to(tmp_path / "private.txt")
    (seeds / "alias.txt").symlink_to(seeds / "good.txt")  # inside the folder: fine
    with caplog.at_level(logging.WARNING):
        articles = load_articles(seeds)
    assert sorted(a.id for a in articles) == ["alias", "good"]
    assert any("leak.txt" in r.getMessage() and "outside" in r.getMessage() for r in caplog.records)
