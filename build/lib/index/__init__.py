"""Turn seed articles into attributed sentence units and answer questions over them.

This package never imports Telegram; front ends in `bot` use only the names in `__all__`.
Importing it is cheap: torch, sentence-transformers, spaCy and FAISS load inside the functions
that need them.
"""

from index.article import Article, ArticleError, fold, load_articles, read_article
from index.attribution import ATTRIBUTION_KINDS, Attribution, Speaker
from index.embedder import BUNDLED, Embedder, EmbedderError, load_embedder
from index.nlp import NlpError
from index.search import MAX_QUESTION_CHARS, Answer, Hit, Retriever, clean_question
from index.sentences import KINDS, Sentence, segment_article
from index.store import ArticleInfo, Index, StoreError, build_index, load_index, open_index
from index.units import Unit, article_units, iter_units, load_units

__all__ = [
    "ATTRIBUTION_KINDS",
    "BUNDLED",
    "KINDS",
    "MAX_QUESTION_CHARS",
    "Answer",
    "Article",
    "ArticleError",
    "ArticleInfo",
    "Attribution",
    "Embedder",
    "EmbedderError",
    "Hit",
    "Index",
    "NlpError",
    "Retriever",
    "Sentence",
    "Speaker",
    "StoreError",
    "Unit",
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
    "segment_article",
]
