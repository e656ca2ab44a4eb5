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

# CPU-only torch first: PyPI's default build carries CUDA (GBs). By default it comes from
# PyTorch's CPU wheel index; a machine that cannot reach it passes its own source, e.g. a
# folder of wheels served over HTTP:
#   --build-arg TORCH_PIP_ARGS="--find-links http://127.0.0.1:8000/"   (docker build --network host)
# (a wheel named 2.13.0+cpu outranks PyPI's 2.13.0, which is the CUDA build).
ARG TORCH_PIP_ARGS="--index-url https://download.pytorch.org/whl/cpu"
RUN pip install $TORCH_PIP_ARGS torch==2.13.0

COPY pyproject.toml README.md ./
COPY index ./index
COPY bot ./bot
# A wheel, not an editable install: what is missing from the package is missing here too.
RUN pip install . && rm -rf build *.egg-info

# The embedded model is materialised at build time, into the image (not the data volume).
RUN article-bot prepare --models /opt/article-bot/models && chmod -R a+rX /opt/article-bot

COPY seeds ./seeds

RUN useradd --create-home --uid 10001 bot \
    && mkdir -p /data && chown bot:bot /data
USER bot
VOLUME ["/data"]

# Webhook mode listens here (TELEGRAM_WEBHOOK_URL set); long polling needs no port.
EXPOSE 8443

# The heartbeat is written only while updates arrive (successful getUpdates, or a reachable
# Bot API in webhook mode); a bot that stays cut off stops itself and `restart:` brings it back.
HEALTHCHECK --interval=60s --timeout=10s --start-period=180s --retries=3 \
    CMD ["article-bot", "health", "--max-age", "120"]

# Builds the index in /data on first start (or when the seeds change), then serves.
CMD ["article-bot", "serve"]
