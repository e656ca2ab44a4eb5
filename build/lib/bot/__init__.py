"""Front ends of article-bot: the command line, and later the console chat and Telegram bot."""
