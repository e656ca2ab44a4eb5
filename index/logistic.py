"""A fitted logistic regression, read from a JSON file of `index/data`: the one shape both
learned decisions of the answering layer share (`index.ranker`, `index.evidence`)."""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, fields
from importlib import resources


class Signals:
    """Base of the dataclasses of signals a `Logistic` reads: their values in field order."""

    __slots__ = ()

    def vector(self) -> tuple[float, ...]:
        # Not dataclasses.astuple: it deep-copies every field, which cost more than the model.
        return tuple(getattr(self, name) for name in self.names_of_fields())

    @classmethod
    @functools.cache
    def names_of_fields(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True, slots=True)
class Logistic:
    """z-scored signals, their coefficients and an intercept; `threshold` for a decision."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float
    threshold: float = 0.5

    def logit(self, signals: Signals) -> float:
        """The log-odds for a dataclass of signals, in the order the file was fitted in: what
        orders candidates when several probabilities round to 1.0."""
        total = self.intercept
        for value, mean, scale, weight in zip(
            signals.vector(), self.mean, self.scale, self.coefficients, strict=True
        ):
            total += weight * (value - mean) / scale
        return total

    def probability(self, signals: Signals) -> float:
        """The probability for a dataclass of signals, in the order the file was fitted in."""
        return sigmoid(self.logit(signals))


#: The least spread a yes/no signal is standardised by: that of one true in a hundred rows.
MIN_DISCRETE_SCALE = 0.1


def floor_discrete_scale(rows, scaler) -> None:
    """At fitting time: a yes/no (or -1/0/+1) signal that the training rows almost never set
    gets a tiny standard deviation, so that the one row setting it would weigh 200 times its
    coefficient at question time (the ranker's `verb` signal, true in one row in 40 000, took
    ten log-odds off every "what did X add?" candidate it fired for). Such signals are
    standardised by at least `MIN_DISCRETE_SCALE`. `rows` is the training matrix (numpy);
    the fitted StandardScaler is changed in place."""
    import numpy as np

    discrete = np.all(np.isin(rows, (-1.0, 0.0, 1.0)), axis=0)
    scaler.scale_ = np.where(discrete, np.maximum(scaler.scale_, MIN_DISCRETE_SCALE), scaler.scale_)


def sigmoid(z: float) -> float:
    """The probability of log-odds `z` (clamped, so that no input overflows)."""
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def load(name: str, signals: type, refit: str) -> Logistic | None:
    """The model in `data/<name>`, None when the file does not exist; a file fitted for other
    signals than the fields of `signals` is a packaging error, said so with the `refit` command."""
    path = resources.files("index").joinpath(f"data/{name}")
    if not path.is_file():
        return None
    raw = json.loads(path.read_text("utf-8"))
    if tuple(raw["features"]) != tuple(f.name for f in fields(signals)):
        raise RuntimeError(f"index/data/{name} was fitted for other signals; refit it with {refit}")
    return Logistic(
        tuple(raw["mean"]),
        tuple(raw["scale"]),
        tuple(raw["coefficients"]),
        float(raw["intercept"]),
        float(raw.get("threshold", 0.5)),
    )
