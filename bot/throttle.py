"""A per-user sliding-window limit on questions, so one user cannot monopolise the model."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class Throttle:
    """At most `limit` questions per `window` seconds per user.

    Example:
        >>> throttle = Throttle(limit=2, window=10, clock=lambda: 0.0)
        >>> [throttle.wait_for(7) for _ in range(3)]
        [0.0, 0.0, 10.0]
    """

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: dict[int, deque[float]] = {}

    def wait_for(self, user: int) -> float:
        """0 when `user` may ask now (and counts the question), else seconds to wait."""
        now = self.clock()
        recent = self._seen.setdefault(user, deque())
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        if len(recent) >= self.limit:
            return recent[0] + self.window - now
        recent.append(now)
        if len(self._seen) > 10_000:  # forget idle users so memory stays bounded
            self._forget(now)
        return 0.0

    def _forget(self, now: float) -> None:
        for user in [
            u for u, times in self._seen.items() if not times or times[-1] <= now - self.window
        ]:
            del self._seen[user]
