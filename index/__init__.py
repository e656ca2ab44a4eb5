"""Turn seed articles into attributed sentence units and answer questions over them.

This package never imports Telegram; front ends in `bot` use only the names in `__all__`.
Importing it is cheap: torch, sentence-transformers, spaCy and FAISS load inside the functions
that need them.
"""

from index.article import Article, ArticleError, fold, load_articles, read_article
from index.attribution import ATTRIBUTION_KINDS, Attribution, Speaker
from index.embedder import BUNDLED, Embedder, EmbedderError, load_embedder
from index.extract import Extracted, ExtractError
from index.fetch import FetchError
from index.library import Added, LibraryError, read_source, read_upload
from index.library import add as add_article
from index.library import remove as remove_article
from index.nlp import NlpError
from index.search import MAX_QUESTION_CHARS, REASONS, Answer, Hit, Retriever, clean_question
from index.sentences import KINDS, Sentence, segment_article
from index.store import ArticleInfo, Index, StoreError, build_index, load_index, open_index
from index.units import Unit, article_units, iter_units, load_units

__all__ = [
    "ATTRIBUTION_KINDS",
    "BUNDLED",
    "KINDS",
    "MAX_QUESTION_CHARS",
    "REASONS",
    "Added",
    "Answer",
    "Article",
    "ArticleError",
    "ArticleInfo",
    "Attribution",
    "Embedder",
    "EmbedderError",
    "ExtractError",
    "Extracted",
    "FetchError",
    "Hit",
    "Index",
    "LibraryError",
    "NlpError",
    "Retriever",
    "Sentence",
    "Speaker",
    "StoreError",
    "Unit",
    "add_article",
    "article_units",
    "build_index",
    "clean_question",
    "fold",
    "iter_units",
    "load_articles",
    "load_embedder",
    "load_index",
    "load_units",
    "open_index",
    "read_article",
    "read_source",
    "read_upload",
    "remove_article",
    "segment_article",
]
