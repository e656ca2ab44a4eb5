"""A per-user sliding-window limit on what the bot does for one person, so nobody can
monopolise the model or the bot's share of Telegram's sending rate."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether to act on an update now; when not, how long to wait and whether to say so.

    `notify` is true for the first refusal of a window only: a user who keeps sending gets one
    "slow down" notice, not one per message (each notice would cost a send too).
    """

    allowed: bool
    wait: float = 0.0
    notify: bool = False


class Throttle:
    """At most `limit` updates per `window` seconds per user.

    Example:
        >>> throttle = Throttle(limit=2, window=10, clock=lambda: 0.0)
        >>> [v.allowed for v in (throttle.check(7) for _ in range(3))]
        [True, True, False]
    """

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._noticed: dict[int, float] = {}

    def check(self, user: int) -> Verdict:
        """Count one update of `user` if allowed; else the wait, and whether to notify."""
        now = self.clock()
        recent = self._seen.setdefault(user, deque())
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        if len(recent) >= self.limit:
            last_notice = self._noticed.get(user)
            notify = last_notice is None or last_notice <= now - self.window
            if notify:
                self._noticed[user] = now
            return Verdict(False, recent[0] + self.window - now, notify)
        recent.append(now)
        if len(self._seen) > 10_000:  # forget idle users so memory stays bounded
            self._forget(now)
        return Verdict(True)

    def _forget(self, now: float) -> None:
        for user in [
            u for u, times in self._seen.items() if not times or times[-1] <= now - self.window
        ]:
            del self._seen[user]
            self._noticed.pop(user, None)
