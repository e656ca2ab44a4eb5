"""Reorder the best candidates with more than a cosine: a small learned ranker.

The hybrid score (`index.search`) gathers candidates well (the gold is in the top three far
more often than first), but one cosine cannot tell the sentence that answers from the one that
repeats the question's words. The top `RERANK_DEPTH` candidates are rescored by a logistic
regression over signals of each candidate against the question, all cheap (a few set
operations per candidate):

* `fused` (the hybrid score), `cosine`, `below_best` (best cosine − this one), `lexical`
  (its BM25 score over the question's best); `topic_cosine`: for "what did X say about T",
  the cosine to T embedded alone (every statement of X is equally close to X's name, so T
  is what tells them apart), else the cosine;
* `covered` / `covered_fr`: the share of the question's own words in the sentence (French
  questions apart: overlap means more there); `names`: the share of its names and numbers;
* `wanted`: +1 / −1 / 0 when the question asks for a number, a date, a duration, a person or
  a place and the sentence has one or not (for "why": +1 for a cause given, else 0);
* `title`, `lead`: where the sentence sits; `speaker`: it is by the source the question asks
  for or names by its name (not from a role: "the electoral commission" may mean its
  president, or not; fitted, that signal cost the news sets); `quoted`, `attributed`: it
  quotes someone, it has a speaker; `verb`: the question asks with a verb that says how the
  source spoke ("add", "write", "promise") and the cue is that verb.

`data/ranking.json` holds the weights, fitted by `bench/ranking.py` with folds by article (its
out-of-fold figures are the ones the README reports). The probability it gives is the score an
answer shows, so the score shown follows the order shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from index.logistic import Signals

if TYPE_CHECKING:
    from index.logistic import Logistic

#: How many of the hybrid ranking's best candidates the ranker reorders.
RERANK_DEPTH = 20

#: The best candidates by hybrid score alone that are reordered too, wherever the order that
#: puts a named source's statements first left them: "Who replaced Macron as economy minister?"
#: lines up twenty statements of Macron's before the sentence that names his successor.
FUSED_DEPTH = 5


@dataclass(frozen=True, slots=True)
class Candidate(Signals):
    """The signals of one candidate sentence for one question (see the module docstring)."""

    fused: float
    cosine: float
    topic_cosine: float
    below_best: float
    lexical: float
    covered: float
    covered_fr: float
    names: float
    wanted: float
    title: float
    lead: float
    speaker: float
    quoted: float
    attributed: float
    verb: float


@cache
def rank_weights() -> Logistic | None:
    """The shipped ranker, or None before any was fitted (the hybrid order is kept)."""
    from index.logistic import load

    return load("ranking.json", Candidate, "`python bench/ranking.py --write`")
