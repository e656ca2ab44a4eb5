"""Turn seed articles into attributed sentence units and answer questions over them.

This package never imports Telegram; front ends in `bot` use only the names in `__all__`.
"""

from index.article import Article, ArticleError, fold, load_articles, read_article
from index.attribution import ATTRIBUTION_KINDS, Attribution, Speaker
from index.nlp import NlpError
from index.sentences import KINDS, Sentence, segment_article
from index.units import Unit, article_units, iter_units, load_units

__all__ = [
    "ATTRIBUTION_KINDS",
    "KINDS",
    "Article",
    "ArticleError",
    "Attribution",
    "NlpError",
    "Sentence",
    "Speaker",
    "Unit",
    "article_units",
    "fold",
    "iter_units",
    "load_articles",
    "load_units",
    "read_article",
    "segment_article",
]
