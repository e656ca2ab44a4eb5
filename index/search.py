"""Answer a question from the index: read it, gather candidates, order them, decide.

1. **Read** (`index.questions`): small talk is answered as such; the speaker slot ("what did X
   say", "qu'a dit X") is resolved to the index's sources (`SourceIndex.resolve`), and a name
   there that no source fits ends the search: "X is not quoted here".
2. **Gather** (`Retriever.pool`): dense candidates (cosine of e5 embeddings) and BM25 ones, and
   every statement of the source asked for. The hybrid score is the cosine plus
   `LEXICAL_WEIGHT` times the BM25 share of the best, less `TITLE_PENALTY` for a title or a
   heading, plus `SPEAKER_BONUS` (`ROLE_BONUS` when found from a role) for the source asked for
   and `VERB_BONUS` for its sentence whose cue is the verb the question asks with ("what did X
   add / write / promise": "a ajouté", "a écrit", "a promis"). Cosine
   carries meaning across languages; BM25 rewards the exact rare words embeddings blur.
3. **Order** (`index.ranker`): a learned pairwise model reorders the best candidates; a source
   asked for by name speaks first, or nobody does.
4. **Decide** (`index.evidence`): a logistic model over signals of the best passage (cohort
   score, coverage of the question's words and names, answer type, agreement of the rankers,
   speaker) says whether it answers; below the background cohort, nothing does.
"""

from __future__ import annotations

import heapq
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index.article import fold
from index.evidence import Evidence, has_wanted, is_english, names_in, share, weights
from index.logistic import sigmoid
from index.questions import (
    Asked,
    asks_about_a_question,
    asks_about_a_topic,
    asks_for_a_person,
    question_words,
    read,
)
from index.ranker import FUSED_DEPTH, RERANK_DEPTH, Candidate, rank_weights
from index.sentences import is_site_furniture
from index.sources import Resolution, SourceIndex, SourceMatch, source_entity
from index.store import ArticleInfo, Index, interview_prompts
from index.units import Unit

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    import numpy as np

    from index.embedder import Embedder

CANDIDATES = 50
#: Up to this many statements of the source asked for are all scored; a source quoted more
#: often is searched among the `WIDE_CANDIDATES` nearest units instead.
SPEAKER_POOL = 300
WIDE_CANDIDATES = 1000
LEXICAL_WEIGHT = 0.05
SPEAKER_MARGIN = 0.04
#: Added to the score of a passage by the source a question asks for by name ("what did
#: Bayrou say…"): the source's own words come first.
SPEAKER_BONUS = 0.1
#: The same for a source found from a role ("the electoral commission" may be its president
#: or the commission itself): a nudge, not a filter.
ROLE_BONUS = 0.02
COHORT_TOP = 3
#: Taken off a title's or heading's score: one that repeats the question's words must not
#: outrank the body sentence that answers it.
TITLE_PENALTY = 0.05
#: Added to a passage whose cue is the verb the question asks with ("What did X add / write?").
VERB_BONUS = 0.1
#: The lexical ranker "agrees" with a passage it puts in its top this many.
AGREEMENT_DEPTH = 10
#: "How many…": a passage with a count among the first this many goes before one without.
WANTED_DEPTH = 3
#: A heading first yields to a body sentence among this many that holds all its words.
HEADING_REACH = 5
#: How many first letters of a word stand for it when a heading is compared with the body.
STEM = 5
#: Longer questions are cut here: no real question needs more, and encoding stays fast.
MAX_QUESTION_CHARS = 1000
CONTEXT_SENTENCES = 1


@dataclass(frozen=True, slots=True)
class Hit:
    """One answer sentence (or a quotation running over several) with where it comes from.

    `units` holds the sentences to quote, in order (several when one quotation spans them);
    `before` and `after` are the neighbouring sentences of the same paragraph, for context.
    """

    unit: Unit
    score: float
    units: tuple[Unit, ...]
    before: tuple[Unit, ...]
    after: tuple[Unit, ...]
    article: ArticleInfo
    speaker_match: bool

    @property
    def text(self) -> str:
        return " ".join(u.text for u in self.units)


#: Why an answer is what it is (`ask --json` "reason"; the front ends say it in words).
REASONS = ("answered", "not_in_articles", "source_not_quoted", "small_talk")


@dataclass(frozen=True, slots=True)
class Answer:
    """The outcome for one question: `answered` is False when the articles do not answer it.

    `reason` says why (one of `REASONS`); `unquoted` holds the names the question asks for
    words of that no article quotes; `small_talk` the kind of small talk ("greeting", "thanks",
    …) when the message is not a question; `evidence` the signals the decision read.
    """

    question: str
    answered: bool
    hits: tuple[Hit, ...]
    confidence: float
    sources: tuple[SourceMatch, ...]
    reason: str = "not_in_articles"
    unquoted: tuple[str, ...] = ()
    small_talk: str = ""
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Pool:
    """The candidates of one question before the ranker: positions with their cosine, BM25
    share of the best, hybrid score, and the hybrid order (`Retriever.pool`)."""

    asked: Asked
    sources: list[SourceMatch]
    #: Folded canonical names of the sources the question asks for by its speaker slot.
    asked_of: list[str]
    cosine: dict[int, float]
    lexical: dict[int, float]
    fused: dict[int, float]
    ranked: list[int]
    lexical_top: frozenset[int]
    #: The starts of the cue words the question's verb asks for (`asked_verb`), () for any.
    verb: tuple[str, ...]
    #: Read once from the question, for the ranker and the decision alike.
    topic: frozenset[str]
    names: frozenset[str]
    english: bool
    #: The question's topic alone ("the state of the country" of "What did X say about the
    #: state of the country?"), embedded, when it asks for a source's words on a topic.
    topic_query: np.ndarray | None = None
    #: The articles the question names (`Retriever._articles_named`).
    about: frozenset[str] = frozenset()


class Retriever:
    """Searches one loaded index with one embedder."""

    def __init__(self, index: Index, embedder: Embedder) -> None:
        self.index = index
        self.embedder = embedder
        self._position = {u.id: i for i, u in enumerate(index.units)}
        self._by_speaker: dict[str, list[int]] = {}
        for position, unit in enumerate(index.units):
            for key in {fold(s.canonical) for s in unit.speakers}:
                self._by_speaker.setdefault(key, []).append(position)
        self.sources = SourceIndex(
            (s for u in index.units for s in u.speakers),
            (u.text for u in index.units if "(" in u.text),
            self._located,
            self._titled,
        )
        #: First and last position of each article's units (an article's units are contiguous).
        self._article_span: dict[str, tuple[int, int]] = {}
        for position, unit in enumerate(index.units):
            first, _ = self._article_span.get(unit.article, (position, position))
            self._article_span[unit.article] = (first, position)
        self._article_words: dict[str, frozenset[str]] = {}
        self._article_plain: dict[str, frozenset[str]] = {}
        self._article_texts: dict[str, str] = {}
        #: Units that cannot answer a question: the site, not the article ("Vous êtes
        #: abonné(e) Identifiez-vous"), and the article's own questions ("Quel regard
        #: portez-vous sur cette victoire ?", "Pense-t-il à l'Elysée en se rasant ?").
        self._not_answers = frozenset(
            p
            for p, u in enumerate(index.units)
            if is_site_furniture(u.text) or u.text.rstrip(' »"”').endswith("?")
        )
        #: Of those, the questions a source asked, in quotation marks: they answer "Quelle
        #: question la mairie a-t-elle posée ?" and nothing else.
        self._asked_questions = frozenset(p for p in self._not_answers if _asked_by(index.units[p]))
        #: The interviewer's question each interview answer answers: its topic is there.
        self._prompts = interview_prompts(index.units)

    def search(self, question: str, k: int = 3) -> Answer:
        """Rank the units for a question and decide whether they answer it.

        Returns:
            An `Answer` with up to `k` hits (best first), even when `answered` is False, so
            that a front end can still offer "closest sentences".
        """
        question = clean_question(question)
        if not question or not self.index.units:
            return Answer(question, False, (), 0.0, ())
        asked = read(question)
        if asked.small_talk:
            return Answer(question, False, (), 0.0, (), "small_talk", small_talk=asked.small_talk)
        query = self.embedder.encode_queries([question])
        return self.search_vector(question, query, k, asked)

    def search_vector(
        self, question: str, query: np.ndarray, k: int = 3, asked: Asked | None = None
    ) -> Answer:
        """`search` with the question already embedded (batch evaluation embeds many at once)."""
        pool = self.pool(question, query, asked)
        if isinstance(pool, Answer):
            return pool
        scores, logits = self._rerank(pool)
        ranked = (
            sorted(scores, key=lambda p: (scores[p], logits.get(p, -math.inf)), reverse=True)
            if rank_weights()
            else pool.ranked
        )
        if pool.about:
            # "the neighbour in Nice", "the building on rue du Loing": in a many-article
            # index, the article the question names comes first (the speaker sort below
            # stays the stronger one)
            units = self.index.units
            ranked = sorted(ranked, key=lambda p: units[p].article not in pool.about)
        named = {fold(m.canonical) for m in pool.sources if m.strength[0] == 1}
        if not named and len(pool.sources) == 1 and asks_for_a_person(pool.asked.speaker):
            # "the Nanterre prosecutor", one source only: that person speaks, as for a name
            named = {fold(pool.sources[0].canonical)}
        if pool.asked_of and named:
            # "What did Macron say about…" is answered with Macron's words or not at all:
            # never another speaker's sentence, however close to the topic.
            ranked = sorted(ranked, key=lambda p: not self._by_any(p, named))
        judged = ranked[0] if ranked else None  # the passage the decision reads, below
        joined: dict[int, int] = {}
        if pool.asked.wants in ("number", "money", "duration", "reason"):
            beside = self._value_beside(ranked[0], pool.asked.wants) if ranked else None
            if beside is None:
                ranked = self._wanted_first(ranked, pool.asked.wants)
            else:
                joined[ranked[0]] = beside
        elif pool.asked.wants in ("place", "clock"):
            # "Where was he arrested?": "interpellé à l'aéroport de Roissy" over the closest
            # sentence that tells the arrest and no place (a place is told in the sentence it
            # belongs to, never the next one, so nothing is joined)
            ranked = self._wanted_first(ranked, pool.asked.wants)
        ranked = self._body_before_its_heading(ranked)
        scores = _monotone(ranked, scores)
        hits = self._hits(ranked, scores, pool.sources, k, joined)
        if not hits:
            return Answer(question, False, (), 0.0, tuple(pool.sources))
        top = ranked[0]
        cosine = pool.cosine[top]
        confidence = self._confidence(cosine, query)
        evidence = self._evidence(pool, hits[0], confidence, scores[top])
        if pool.asked.wants == "reason" and judged is not None and judged != top:
            # "Why…": the passage that gives a cause moved up past the closest one; whether the
            # articles answer at all is still read on the closest (the cause may be told in
            # the next sentence of a quotation, which shares none of the question's words)
            closest = next((h for h in hits if h.unit is self.index.units[judged]), None)
            if closest is not None:
                other = self._evidence(
                    pool, closest, self._confidence(pool.cosine[judged], query), scores[judged]
                )
                if weights().probability(other) > weights().probability(evidence):
                    evidence = other
        if pool.asked_of and not topic_words(pool.asked):
            # "What did the Élysée say?": what it said is the answer, whatever the topic score.
            answered = hits[0].speaker_match
        else:
            # Closer to everyday background sentences than to anything in the articles: not
            # about them, whatever the other signals say (a floor, not a fitted value) -- unless
            # the passage is by the source the question asks for, which makes it about them.
            about_them = confidence > 0.0 or bool(evidence.speaker)
            answered = about_them and weights().probability(evidence) >= weights().threshold
            if answered and pool.asked.speaker and not pool.asked_of:
                # "What did the mayor of X say?" where no source fits the mayor: answer only
                # with words of someone the phrase partly describes ("les conseillers du
                # président français" for "les conseillers d'Emmanuel Macron"), never with
                # another speaker's words or the article's narration.
                answered = any(
                    self.sources.partly_fits(pool.asked.speaker, s.canonical)
                    for s in hits[0].unit.speakers
                )
        if answered and pool.asked_of and self._topic_elsewhere(pool, hits[0].unit.article):
            # "What did Christiane X say about the Puy-de-Dôme?" when she speaks only in an
            # article that never writes "Puy-de-Dôme" and another article does: she said
            # nothing about it, whatever her closest sentence.
            answered = False
        if answered and self._topic_unwritten(pool, evidence):
            # "Qu'a dit Karline X sur la météo ?" when her article never writes a word of
            # "météo": she said nothing about it, whatever her closest sentence
            answered = False
        if answered and pool.asked.wants in ("number", "money") and evidence.wanted < 0:
            # "How many…" and the passage holds no count (a date's numbers are none), "How much
            # does it cost?" and it holds no sum: it does not answer. On every development and
            # fresh set, all 5 such answers were wrong.
            answered = False
        reason = "answered" if answered else "not_in_articles"
        return Answer(
            question, answered, hits, confidence, tuple(pool.sources), reason, (), "", evidence
        )

    def pool(self, question: str, query: np.ndarray, asked: Asked | None = None) -> Pool | Answer:
        """The candidates for a question, with the hybrid score of each, or the `Answer` when
        the question is decided before any search (small talk, no words, a source nobody
        quotes). `bench/ranking.py` fits the ranker on these pools."""
        import numpy as np

        from index.lexical import words

        asked = asked or read(question)
        if asked.small_talk:
            return Answer(question, False, (), 0.0, (), "small_talk", small_talk=asked.small_talk)
        if not words(question):
            return Answer(question, False, (), 0.0, ())  # "?", "…", only function words
        resolution = self.sources.resolve(asked.speaker) if asked.speaker else Resolution()
        if resolution.unquoted:
            return Answer(
                question, False, (), 0.0, (), "source_not_quoted", unquoted=(asked.speaker,)
            )
        dense_scores, dense_positions = self.index.dense(query, CANDIDATES)
        cosine: dict[int, float] = {
            int(p): float(s)
            for p, s in zip(dense_positions[0], dense_scores[0], strict=True)
            if p >= 0
        }
        lexical_positions, lexical_scores = self.index.lexical.search(question, CANDIDATES)
        asked_of = [fold(m.canonical) for m in resolution.sources]
        wanted = set(map(int, lexical_positions))
        statements = [p for key in asked_of for p in self._by_speaker.get(key, ())]
        if len(statements) > SPEAKER_POOL:
            # A source quoted thousands of times: its statements among a wider dense search,
            # rather than one vector read back per statement.
            wide_scores, wide_positions = self.index.dense(query, WIDE_CANDIDATES)
            keep = set(statements)
            for p, score in zip(wide_positions[0], wide_scores[0], strict=True):
                if p >= 0 and int(p) in keep:
                    cosine.setdefault(int(p), float(score))
        else:
            wanted.update(statements)
        not_answers = self._not_answers
        if asks_about_a_question(question):
            not_answers = not_answers - self._asked_questions
        for position in wanted - cosine.keys() - not_answers:
            vector = self.index.vectors.reconstruct(position)
            cosine[position] = float(np.dot(vector, query[0]))
        for position in not_answers & cosine.keys():
            del cosine[position]
        if not cosine:
            return Answer(question, False, (), 0.0, ())  # nothing that can answer
        if resolution.sources and topic_words(asked):
            # "Qu'a dit Jean-Jacques Le Bian sur les gardes ?": the speaker's name is in the
            # one sentence that names him, not in the others he says; among his statements the
            # words that tell them apart are the topic's, when one of them has any (if none
            # has, the sentence that names him is still the likeliest)
            on_topic, topic_scores = self.index.lexical.search(asked.topic, CANDIDATES)
            if set(map(int, on_topic)) & set(statements):
                lexical_positions, lexical_scores = on_topic, topic_scores
        lexical = {
            int(p): float(s)
            for p, s in zip(lexical_positions, lexical_scores, strict=True)
            if int(p) not in not_answers
        }
        top_lexical = max(lexical.values(), default=0.0)
        share_of_best = {p: s / top_lexical for p, s in lexical.items()} if top_lexical else {}
        units = self.index.units
        fused = {
            p: s
            + LEXICAL_WEIGHT * share_of_best.get(p, 0.0)
            - (TITLE_PENALTY if units[p].kind in ("title", "heading") else 0.0)
            for p, s in cosine.items()
        }
        verb = asked_verb(question)
        if resolution.sources:
            # The question asks for these sources' words: theirs come first unless another
            # passage is much closer (the attribution may have missed the speaker).
            sources = list(resolution.sources)
            bonus = {
                fold(m.canonical): SPEAKER_BONUS if m.strength[0] == 1 else ROLE_BONUS
                for m in sources
            }
            for position in fused:
                fused[position] += max(
                    (bonus.get(fold(s.canonical), 0.0) for s in units[position].speakers),
                    default=0.0,
                )
                if cue_is(units[position].attribution.cue, verb):
                    fused[position] += VERB_BONUS
            ranked = sorted(fused, key=fused.__getitem__, reverse=True)
        else:
            sources = self.sources.named_in(question)
            ranked = self._rank(fused, sources)
        topic = topic_words(asked)
        names = frozenset(names_in(asked.text))
        about = self._articles_named(names, ranked)
        topic_query = (
            self.embedder.encode_queries([asked.topic]) if resolution.sources and topic else None
        )
        return Pool(
            asked=asked,
            sources=sources,
            asked_of=asked_of,
            cosine=cosine,
            lexical=share_of_best,
            fused=fused,
            ranked=ranked,
            lexical_top=frozenset(map(int, list(lexical_positions)[:AGREEMENT_DEPTH])),
            verb=verb,
            topic=frozenset(topic),
            names=names,
            english=is_english(asked.text),
            topic_query=topic_query,
            about=about,
        )

    def candidates(self, pool: Pool) -> list[tuple[int, Candidate]]:
        """The ranker's signals for the pool's `RERANK_DEPTH` best candidates, in hybrid order,
        then for any of the `FUSED_DEPTH` best by hybrid score alone not among them."""
        from index.lexical import words

        asked = pool.asked
        topic, english = pool.topic, pool.english
        # The names of what is asked about: the asked speaker's own name is rarely in their
        # words ("What did Tuchel say about Gueye's injury?" looks for Gueye)
        speaker = set(fold(pool.asked.speaker).split())
        names = {n for n in pool.names if n not in speaker}
        # By name only: a source found from a role ("the electoral commission" for its
        # president) may not be the one meant; the hybrid score already leans towards it.
        named = {fold(m.canonical) for m in pool.sources if m.strength[0] == 1}
        best = max(pool.cosine.values())
        units = self.index.units
        found = []
        positions = pool.ranked[:RERANK_DEPTH]
        best_fused = heapq.nlargest(FUSED_DEPTH, pool.fused, key=pool.fused.__getitem__)
        positions += [p for p in best_fused if p not in positions]
        for position in positions:
            unit = units[position]
            folded = fold(unit.text)
            covered = share(topic, set(words(f"{unit.text} {self._prompts.get(position, '')}")))
            found.append(
                (
                    position,
                    Candidate(
                        fused=pool.fused[position],
                        cosine=pool.cosine[position],
                        topic_cosine=(
                            float(self.index.vectors.reconstruct(position) @ pool.topic_query[0])
                            if pool.topic_query is not None
                            else pool.cosine[position]
                        ),
                        below_best=best - pool.cosine[position],
                        lexical=pool.lexical.get(position, 0.0),
                        covered=covered,
                        covered_fr=0.0 if english else covered,
                        names=sum(n in folded for n in names) / len(names) if names else 1.0,
                        wanted=has_wanted(
                            asked.wants, unit.text, _named_speaker(unit, names), names
                        ),
                        title=float(unit.kind in ("title", "heading")),
                        lead=float(unit.kind == "lead"),
                        speaker=float(any(fold(s.canonical) in named for s in unit.speakers)),
                        quoted=float(bool(unit.attribution.quotes)),
                        attributed=float(bool(unit.speakers)),
                        verb=float(cue_is(unit.attribution.cue, pool.verb)),
                    ),
                )
            )
        return found

    def _by_any(self, position: int, canonical: set[str]) -> bool:
        return any(fold(s.canonical) in canonical for s in self.index.units[position].speakers)

    def _rerank(self, pool: Pool) -> tuple[dict[int, float], dict[int, float]]:
        """Scores in the order to show: the ranker's probability for the best candidates, and
        below the last of them, the hybrid score scaled under it for the rest; and the ranker's
        log-odds, which keep the order among probabilities that round to 1.0."""
        fitted = rank_weights()
        if fitted is None:
            return dict(pool.fused), {}
        logits = {p: fitted.logit(c) for p, c in self.candidates(pool)}
        scored = {p: sigmoid(z) for p, z in logits.items()}
        floor = min(scored.values())
        rest = [p for p in pool.ranked if p not in scored]
        if rest:
            top_rest = max(pool.fused[p] for p in rest) or 1.0
            for position in rest:
                scored[position] = floor * 0.99 * max(0.0, pool.fused[position]) / top_rest
        return scored, logits

    def _evidence(self, pool: Pool, hit: Hit, confidence: float, rank_score: float) -> Evidence:
        from index.lexical import words

        asked = pool.asked
        position = self._position[hit.unit.id]
        topic, names, english = pool.topic, pool.names, pool.english
        prompt = self._prompts.get(position, "")
        passage = set(words(" ".join(u.text for u in hit.units) + f" {hit.article.title} {prompt}"))
        article = self._words_of(hit.unit.article)
        article_text = self._folded_text(hit.unit.article)
        covered, in_article = share(topic, passage), share(topic, article)
        return Evidence(
            cohort=confidence,
            cosine=pool.cosine[position],
            gap=max(pool.cosine.values()) - pool.cosine[position],
            rank=rank_score,
            covered=covered,
            in_article=in_article,
            covered_fr=0.0 if english else covered,
            in_article_fr=0.0 if english else in_article,
            names=sum(n in article_text for n in names) / len(names) if names else 1.0,
            wanted=has_wanted(asked.wants, hit.text, _named_speaker(hit.unit, names), names),
            agree=float(position in pool.lexical_top),
            speaker=float(bool(pool.asked_of) and hit.speaker_match),
            unresolved=float(bool(asked.speaker) and not pool.asked_of),
            english=float(english),
            title=float(hit.unit.kind in ("title", "heading")),
        )

    def _located(self, source: str) -> frozenset[str]:
        """The folded words of the articles a source (folded canonical name) speaks in: where
        "the prefect of Mayotte" finds Mayotte (`SourceIndex.resolve`)."""
        return frozenset().union(*(self._plain_words(a) for a in self._articles_of(source)))

    def _articles_of(self, source: str) -> set[str]:
        """The articles a source (folded canonical name) speaks in."""
        return {self.index.units[p].article for p in self._by_speaker.get(source, ())}

    def _titled(self, source: str) -> frozenset[str]:
        """The folded words of the titles of the articles a source speaks in: the company
        "the Buitoni employee" works for (`SourceIndex.resolve`)."""
        found: set[str] = set()
        for article in self._articles_of(source):
            first, last = self._article_span[article]
            for unit in self.index.units[first : last + 1]:
                if unit.kind == "title":
                    found.update(re.findall(r"[\w-]+", fold(unit.text)))
        return frozenset(found)

    def _plain_words(self, article: str) -> frozenset[str]:
        """The folded, unstemmed words of one article (computed on first use, kept)."""
        found = self._article_plain.get(article)
        if found is None:
            # "Saint-Germain-de-Montbron" whole as well as its parts, and its beginnings:
            # a question's "Saint-Gervais" is the article's "Saint-Gervais-les-Bains"
            text = self._folded_text(article)
            runs = re.findall(r"[\w-]+", text)
            beginnings = {
                "-".join(parts[:k])
                for run in runs
                if "-" in run
                for parts in [run.split("-")]
                for k in range(2, len(parts))
            }
            found = frozenset(re.findall(r"\w+", text)) | frozenset(runs) | frozenset(beginnings)
            self._article_plain[article] = found
        return found

    def _words_of(self, article: str) -> frozenset[str]:
        """The stemmed words of one article (computed on first use, kept)."""
        from index.lexical import words

        found = self._article_words.get(article)
        if found is None:
            found = frozenset(words(self._folded_text(article)))
            self._article_words[article] = found
        return found

    def _articles_named(self, names: frozenset[str], candidates: list[int]) -> frozenset[str]:
        """The candidates' articles that write every name the question gives (places, people,
        the speaker's too: "the mayor of Pau"), when that is some of them and not all; a name
        that every candidate's article writes, or none ("Moscow" for "Moscou"), says nothing
        and is left out."""
        wanted = [n for n in names if _written_name(n)]
        articles = {self.index.units[p].article for p in candidates}
        if not wanted or len(articles) < 2:
            return frozenset()
        about = set(articles)
        for name in wanted:
            found = {a for a in articles if name in self._plain_words(a)}
            if found and found != articles:
                about &= found
        return frozenset(about) if about != articles else frozenset()

    def _body_before_its_heading(self, ranked: list[int]) -> list[int]:
        """A title or heading ranked first that repeats a body sentence of its article ("«Une
        consultation ni sincère, ni égalitaire»" over the sentence quoting the whole statement)
        yields to that sentence: the body says who said it, and says more."""
        from index.lexical import words

        units = self.index.units
        if not ranked or units[ranked[0]].kind not in ("title", "heading"):
            return ranked
        top = units[ranked[0]]
        # by the words' first letters: "14 millions de visiteurs attendus" is repeated by "on
        # s'attend à 14 millions de visiteurs"
        heading = {w[:STEM] for w in words(top.text)}
        if len(heading) < 2:
            return ranked
        for position in ranked[1:HEADING_REACH]:
            unit = units[position]
            if (
                unit.article == top.article
                and unit.kind in ("lead", "body")
                and heading <= {w[:STEM] for w in words(unit.text)}
            ):
                return [position, *(p for p in ranked if p != position)]
        return ranked

    def _value_beside(self, position: int, wants: str) -> int | None:
        """The sentence right after `position` in its paragraph when it holds the count,
        length or cause asked for and `position` does not: the sentence closest to the
        question names what it asks about, the next one goes on about it and gives the value
        ("Les médecins s'étaient mis en grève le 1er décembre. Le mouvement avait été suivi
        par près de 70 % d'entre eux."). The two are the answer, quoted together. The sentence
        before is not looked at: a value there is about what came before (on the news sets,
        "… jamais dans les 50 dernières années." joined to a sentence about the elections
        answered a question the article does not)."""
        units = self.index.units
        if has_wanted(wants, units[position].text) > 0:
            return None
        after = self._neighbours(position, +1)  # the same paragraph's, so the same article's
        if after and after[0].kind in ("lead", "body") and has_wanted(wants, after[0].text) > 0:
            return self._position[after[0].id]
        return None

    def _wanted_first(self, ranked: list[int], wants: str) -> list[int]:
        """ "How many…", "How much…", "How long…", "Why…", "Where…", "At what time…": when
        the first passage holds no count (no sum, no length, no "parce que" or "à cause de", no
        place after its preposition, no time of day) and one of the next
        `WANTED_DEPTH` does, that one answers, the rest keep their order. A cause told without
        such words is no miss (`has_wanted` gives it 0), so only a passage that gives one moves
        up, never one that lacks it down."""
        units = self.index.units
        if not ranked:
            return ranked
        first = has_wanted(wants, units[ranked[0]].text)
        if first > 0 or (first == 0 and wants != "reason"):
            return ranked
        holding = next(
            (p for p in ranked[1:WANTED_DEPTH] if has_wanted(wants, units[p].text) > 0), None
        )
        if holding is None:
            return ranked
        return [holding, *(p for p in ranked if p != holding)]

    @staticmethod
    def _topic_unwritten(pool: Pool, evidence: Evidence) -> bool:
        """Whether a French question asks a source about a topic ("sur …", "à propos de …")
        of which the article of its closest sentence writes no word. In French the topic's
        words can be looked up as written; an English one would need translating first."""
        if pool.english or not (pool.asked_of and evidence.speaker) or not pool.topic:
            return False
        if not asks_about_a_topic(pool.asked):
            return False
        return evidence.in_article_fr == 0.0

    def _topic_elsewhere(self, pool: Pool, article: str) -> bool:
        """Whether a name in the question's topic (not its speaker phrase) is written in another
        candidate article but not in `article`: the question is about that other story. A name
        no article writes ("Moscow" for "Moscou", "Christmas") says nothing, nor a country,
        capital or institution of `sources.json`, which an article may never write ("notre
        pays" for France) and many stories touch."""
        speaker = names_in(f"x {pool.asked.speaker}")
        topic = [
            n
            for n in names_in(pool.asked.text) - speaker
            if _written_name(n) and source_entity(n) is None
        ]
        if not topic:
            return False
        own = self._plain_words(article)
        others = {self.index.units[p].article for p in pool.ranked} - {article}
        return any(
            name not in own and any(name in self._plain_words(a) for a in others) for name in topic
        )

    def _folded_text(self, article: str) -> str:
        cached = self._article_texts.get(article)
        if cached is None:
            first, last = self._article_span[article]
            cached = fold(" ".join(u.text for u in self.index.units[first : last + 1]))
            self._article_texts[article] = cached
        return cached

    def _rank(
        self, fused: dict[int, float], sources: list[SourceMatch], margin: float = SPEAKER_MARGIN
    ) -> list[int]:
        order = sorted(fused, key=fused.__getitem__, reverse=True)
        if not sources:
            return order
        best = fused[order[0]]
        strength = {fold(m.canonical): m.strength for m in sources}

        def speaker_strength(position: int) -> tuple[int, int]:
            unit = self.index.units[position]
            found = [
                strength[fold(s.canonical)] for s in unit.speakers if fold(s.canonical) in strength
            ]
            if not found or fused[position] < best - margin:
                return (0, 0)
            return max(found)

        return sorted(order, key=lambda p: (speaker_strength(p), fused[p]), reverse=True)

    def _confidence(self, best: float, query: np.ndarray) -> float:
        """How far the best article score stands above the question's closest background
        sentences (mean of the top `COHORT_TOP`), in standard deviations of its cohort scores."""
        import numpy as np

        cohort = self.index.cohort @ query[0]
        spread = float(cohort.std()) or 1e-6
        closest = np.partition(cohort, -COHORT_TOP)[-COHORT_TOP:]
        return (best - float(closest.mean())) / spread

    def _hits(
        self,
        ranked: list[int],
        fused: dict[int, float],
        sources: list[SourceMatch],
        k: int,
        joined: dict[int, int] | None = None,
    ) -> tuple[Hit, ...]:
        """The first `k` passages of `ranked`, each once; a position `joined` to a neighbour
        (`_value_beside`) is quoted with it."""
        named = {fold(m.canonical) for m in sources}
        hits: list[Hit] = []
        seen: set[str] = set()
        for position in ranked:
            if len(hits) >= k:
                break
            unit = self.index.units[position]
            if unit.id in seen:
                continue
            group = self._passage(position)
            if joined and position in joined:
                both = {u.id: u for u in (*group, *self._passage(joined[position]))}
                group = tuple(sorted(both.values(), key=lambda u: self._position[u.id]))
            seen.update(u.id for u in group)
            hits.append(
                Hit(
                    unit=unit,
                    score=round(fused[position], 4),
                    units=group,
                    before=self._neighbours(self._position[group[0].id], -1),
                    after=self._neighbours(self._position[group[-1].id], +1),
                    article=self.index.articles.get(
                        unit.article, ArticleInfo(unit.article, unit.article)
                    ),
                    speaker_match=any(fold(s.canonical) in named for s in unit.speakers),
                )
            )
        return tuple(hits)

    def _passage(self, position: int) -> tuple[Unit, ...]:
        """The unit with the other sentences of the quotation it belongs to, in order."""
        units = self.index.units
        unit = units[position]
        span = unit.attribution.passage
        if span is None:
            return (unit,)
        first, last = position, position
        while first > 0 and _same_passage(units[first - 1], unit):
            first -= 1
        while last + 1 < len(units) and _same_passage(units[last + 1], unit):
            last += 1
        return tuple(units[first : last + 1])

    def _neighbours(self, position: int, step: int) -> tuple[Unit, ...]:
        units = self.index.units
        found = []
        current = position + step
        while 0 <= current < len(units) and len(found) < CONTEXT_SENTENCES:
            neighbour = units[current]
            if (neighbour.article, neighbour.paragraph) != (
                units[position].article,
                units[position].paragraph,
            ):
                break
            found.append(neighbour)
            current += step
        return tuple(found if step > 0 else reversed(found))


def _written_name(name: str) -> bool:
    """A folded name of a question worth looking up in an article's words: three letters or
    more, or hyphenated ("Corbeil-Essonnes", "Saint-Etienne" whole, as `_plain_words` keeps
    them); no number."""
    return (name.isalpha() and len(name) >= 3) or "-" in name


def _named_speaker(unit: Unit, asked: AbstractSet[str] = frozenset()) -> bool:
    """Whether a sentence is said by a source the article names ("Jean-Baptiste X", "la
    CGT"), not by an unnamed one ("le parquet", "un voisin"), nor by the one the question
    names (`asked`, folded names: "Qui accompagnera Bruno X ?" is not answered by him)."""
    return any(
        s.canonical[:1].isupper() and not set(fold(s.canonical).split()) & asked
        for s in unit.speakers
    )


def _asked_by(unit: Unit) -> bool:
    """A question in quotation marks that a source asked ("La question que la mairie a posée
    était : « Pour ou contre … ? »"): their words, where the writer's own questions answer
    nothing."""
    return bool(unit.speakers) and unit.text.rstrip().endswith(("»", '"', "”"))


def _monotone(ranked: list[int], scores: dict[int, float]) -> dict[int, float]:
    """The scores, each capped by the one before it, so that the score shown follows the order
    shown when a rule (the source asked for first) has moved a passage up."""
    shown: dict[int, float] = {}
    ceiling = float("inf")
    for position in ranked:
        ceiling = min(ceiling, scores[position])
        shown[position] = ceiling
    return shown


def _same_passage(a: Unit, b: Unit) -> bool:
    return a.article == b.article and a.attribution.passage == b.attribution.passage


_SPACES = re.compile(r"\s+")


def clean_question(text: str) -> str:
    """Printable text on one line, cut at `MAX_QUESTION_CHARS`; control characters dropped."""
    # A text is cut at the limit anyway; the margin is for runs of spaces, which collapse.
    text = text[: 4 * MAX_QUESTION_CHARS]
    if text.isprintable():
        printable = text
    else:
        printable = "".join(c if c.isprintable() or c.isspace() else " " for c in text)
    return _SPACES.sub(" ", printable).strip()[:MAX_QUESTION_CHARS]


def asked_verb(question: str) -> tuple[str, ...]:
    """The starts of the cue words a question's verb of saying asks for: "What did X add?" and
    "Qu'a ajouté X ?" want X's "a ajouté" sentence, "What did X write?" its "a écrit" one
    (`verbs_asked` in `data/questions.json`); () for "say", "think" and any other."""
    from index.questions import words

    asked = set(re.findall(r"[\w-]+", fold(question)))
    return next((cues for forms, cues in words().verbs_asked if asked & forms), ())


def cue_is(cue: str | None, starts: tuple[str, ...]) -> bool:
    """Whether a sentence's cue ("a-t-il écrit", "ont rappelé") holds a word opening on one of
    `starts` ("écri", "rappel")."""
    if not cue or not starts:
        return False
    folded = f" {' '.join(re.findall(r'[a-z]+', fold(cue)))} "
    return any(f" {start}" in folded for start in starts)


def topic_words(asked: Asked) -> list[str]:
    """The stemmed content words of a question's topic: [] for "What did X say?"."""
    from index.lexical import words
    from index.lexicon import lexicon

    ignored = set(words(" ".join(lexicon().speech_question_words)))
    ignored |= set(words(" ".join(question_words())))
    return [w for w in words(asked.topic) if w not in ignored]
