"""`python -m bot` runs the Telegram bot; with arguments, any `article-bot` command."""

from bot.cli import main

raise SystemExit(main())
