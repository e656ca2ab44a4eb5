"""Settings from the environment: refusals a person can act on, and secrets kept out of logs."""

from __future__ import annotations

import pytest

from bot.config import BotSettings, ConfigError
from tests.botapi import TOKEN

BASE = {"TELEGRAM_BOT_TOKEN": TOKEN}


def test_a_webhook_without_a_secret_is_refused():
    """Without the secret, anyone who finds the URL can post updates as any user, admins
    included."""
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET") as refused:
        BotSettings.from_env({**BASE, "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/hook"})
    assert "\n" not in str(refused.value)


def test_the_webhook_listens_on_loopback_unless_told_otherwise():
    env = {
        **BASE,
        "TELEGRAM_WEBHOOK_URL": "https://b.example.org/h",
        "TELEGRAM_WEBHOOK_SECRET": "s" * 32,
    }
    assert BotSettings.from_env(env).webhook_listen == "127.0.0.1"
    opened = BotSettings.from_env({**env, "TELEGRAM_WEBHOOK_LISTEN": "0.0.0.0"})
    assert opened.webhook_listen == "0.0.0.0"


def test_the_token_and_secret_stay_out_of_repr():
    secret = "S3cretS3cretS3cret"
    settings = BotSettings.from_env(
        {
            **BASE,
            "TELEGRAM_WEBHOOK_URL": "https://b.example.org/h",
            "TELEGRAM_WEBHOOK_SECRET": secret,
        }
    )
    shown = repr(settings)
    assert TOKEN not in shown and secret not in shown and "webhook_url" in shown


@pytest.mark.parametrize(
    ("name", "value"), [("TELEGRAM_STALL_SECONDS", "soon"), ("ARTICLE_BOT_RATE_LIMIT", "-1")]
)
def test_malformed_numbers_name_the_variable(name, value):
    with pytest.raises(ConfigError, match=name):
        BotSettings.from_env({**BASE, name: value})


def test_only_calls_that_cannot_have_been_delivered_are_sent_again():
    """Telegram may have delivered a message whose answer timed out or whose connection broke
    after the request: resending it would show the reply twice."""
    import httpx
    from telegram.error import BadRequest, NetworkError, TimedOut

    from bot.handlers import never_sent

    def raised(error, cause=None):
        error.__cause__ = cause
        return error

    assert never_sent(raised(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused")))
    assert never_sent(raised(TimedOut(), httpx.ConnectTimeout("connect")))
    assert never_sent(raised(TimedOut(), httpx.PoolTimeout("pool")))
    assert never_sent(NetworkError("Internal Server Error (500)"))  # Telegram answered: not done
    assert not never_sent(raised(TimedOut(), httpx.ReadTimeout("read")))
    assert not never_sent(raised(NetworkError("x"), httpx.RemoteProtocolError("dropped")))
    assert not never_sent(raised(NetworkError("x"), httpx.ReadError("reset")))
    assert not never_sent(BadRequest("message is too long"))
