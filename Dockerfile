# article-bot: the Telegram bot with the embedded multilingual-e5-small, CPU only.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TOKENIZERS_PARALLELISM=false \
    ARTICLE_BOT_DATA=/data \
    ARTICLE_BOT_MODELS=/opt/article-bot/models \
    ARTICLE_BOT_SEEDS=/app/seeds

# libgomp: OpenMP for faiss and torch.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# CPU-only torch first, from PyTorch's CPU wheel index: the PyPI build carries CUDA (GBs).
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

COPY pyproject.toml README.md ./
COPY index ./index
COPY bot ./bot
RUN pip install .

# The embedded model is materialised at build time, into the image (not the data volume).
RUN python -c "from pathlib import Path; from index.bundled import ensure; ensure(Path('/opt/article-bot/models'))" \
    && chmod -R a+rX /opt/article-bot

COPY seeds ./seeds

RUN useradd --create-home --uid 10001 bot \
    && mkdir -p /data && chown bot:bot /data
USER bot
VOLUME ["/data"]

# Webhook mode listens here (TELEGRAM_WEBHOOK_URL set); long polling needs no port.
EXPOSE 8443

HEALTHCHECK --interval=60s --timeout=10s --start-period=180s --retries=3 \
    CMD ["article-bot", "health", "--max-age", "120"]

# Builds the index in /data on first start (or when the seeds change), then serves.
CMD ["article-bot", "serve"]
