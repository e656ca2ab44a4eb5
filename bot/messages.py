"""What the bot says, in French and English, and which of the two a message is written in."""

from __future__ import annotations

import re

LANGUAGES = ("fr", "en")

_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "un",
        "une",
        "est",
        "sont",
        "que",
        "qui",
        "quoi",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "pourquoi",
        "comment",
        "combien",
        "où",
        "quand",
        "dit",
        "dire",
        "a-t-il",
        "a-t-elle",
        "selon",
        "sur",
        "dans",
        "avec",
        "pour",
        "pas",
        "ne",
        "ce",
        "cette",
        "ces",
        "il",
        "elle",
        "ils",
        "au",
        "aux",
        "et",
        "ou",
        "mais",
        "qu'",
        "l'",
        "d'",
        "n'",
        "c'",
        "j'",
        "s'",
        "bonjour",
        "merci",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "what",
        "who",
        "whom",
        "whose",
        "which",
        "why",
        "how",
        "when",
        "where",
        "did",
        "does",
        "do",
        "say",
        "said",
        "about",
        "according",
        "to",
        "of",
        "in",
        "on",
        "with",
        "for",
        "not",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "it",
        "and",
        "or",
        "but",
        "hello",
        "thanks",
        "please",
        "tell",
        "me",
    ]
)
_WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœ'-]+")


def detect(text: str, fallback: str) -> str:
    """ "fr" or "en" from the words of a message; `fallback` when it cannot tell."""
    words = _WORD.findall(text.lower())
    elided = sum(1 for w in words if re.match(r"^(?:l|d|qu|n|c|j|s)'", w))
    french = sum(w in _FRENCH for w in words) + elided + 2 * len(re.findall(r"[éèêàçù]", text))
    english = sum(w in _ENGLISH for w in words)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return fallback if fallback in LANGUAGES else "fr"


def language_of(code: str | None, default: str) -> str:
    """A Telegram language_code ("fr", "fr-CA", "en-GB") reduced to fr/en."""
    if code and code.lower().startswith("fr"):
        return "fr"
    if code and code.lower().startswith("en"):
        return "en"
    return default


TEXTS: dict[str, dict[str, str]] = {
    "unattributed_quote": {
        "fr": "citation ; l’article ne dit pas qui l’a prononcée",
        "en": "quoted words; the article does not say who said them",
    },
    "start": {
        "fr": "Bonjour ! Je réponds aux questions sur {articles} en citant la phrase exacte "
        "et qui l’a dite. Posez votre question en français ou en anglais, ou essayez :",
        "en": "Hello! I answer questions about {articles}, quoting the exact sentence and who "
        "said it. Ask in English or French, or try:",
    },
    "help": {
        "fr": "Écrivez une question, par exemple « Qu’a dit l’Élysée sur le Bélarus ? ». Je "
        "cite la phrase de l’article qui répond, avec sa source, ou je dis que l’article "
        "ne répond pas.\n\n/sources : qui est cité\n/article : les articles\n/add lien : "
        "ajouter un article (ou le lien seul, ou un fichier .txt / .html)\n/about : "
        "comment je trouve les réponses\n\nDans un groupe, mentionnez-moi ou répondez à un "
        "de mes messages. Ailleurs : @{bot} votre question.",
        "en": "Send a question, e.g. “What did the Élysée say about Belarus?”. I quote the "
        "sentence of the article that answers, with its source, or say that the article "
        "does not answer.\n\n/sources: who is quoted\n/article: the articles\n/add link: "
        "add an article (or the link alone, or a .txt / .html file)\n/about: how "
        "answers are found\n\nIn a group, mention me or reply to one of my messages. "
        "Anywhere else: @{bot} your question.",
    },
    "not_answered": {
        "fr": "Je ne trouve pas la réponse dans {articles}. Voyez /sources pour savoir qui "
        "est cité, ou essayez : « {example} »",
        "en": "I can’t find the answer in {articles}. See /sources for who is quoted, or "
        "try: “{example}”",
    },
    "not_quoted": {
        "fr": "{name} n’est pas cité dans {articles} : je ne peux pas dire ce qu’il ou elle "
        "a déclaré. Qui est cité : {quoted}.",
        "en": "{name} is not quoted in {articles}, so I can’t say what they said. Who is "
        "quoted: {quoted}.",
    },
    "not_quoted_nobody": {
        "fr": "{name} n’est pas cité dans {articles}, et ces articles ne citent personne.",
        "en": "{name} is not quoted in {articles}, and these articles quote nobody.",
    },
    "small_talk_greeting": {
        "fr": "Bonjour ! Posez-moi une question sur {articles}, par exemple : « {example} »",
        "en": "Hello! Ask me a question about {articles}, e.g. “{example}”",
    },
    "small_talk_thanks": {
        "fr": "Avec plaisir ! Une autre question ? Par exemple : « {example} »",
        "en": "You’re welcome! Another question? E.g. “{example}”",
    },
    "small_talk_ack": {
        "fr": "👍 Une autre question ? Par exemple : « {example} »",
        "en": "👍 Another question? E.g. “{example}”",
    },
    "small_talk_identity": {
        "fr": "Je suis un bot qui répond aux questions sur {articles} en citant la phrase "
        "exacte de l’article et qui l’a dite. Essayez : « {example} »",
        "en": "I’m a bot that answers questions about {articles} by quoting the exact "
        "sentence of the article and who said it. Try: “{example}”",
    },
    "small_talk_wellbeing": {
        "fr": "Très bien, merci ! Posez-moi une question sur {articles}, par exemple : "
        "« {example} »",
        "en": "Fine, thanks! Ask me a question about {articles}, e.g. “{example}”",
    },
    "small_talk_bye": {
        "fr": "Au revoir ! Revenez quand vous voulez avec une question sur {articles}.",
        "en": "Goodbye! Come back any time with a question about {articles}.",
    },
    "adding": {
        "fr": "Je lis l’article… (quelques secondes)",
        "en": "Reading the article… (a few seconds)",
    },
    "added": {
        "fr": "Ajouté : <b>{title}</b>{about}\n{sentences} phrases, {count} source(s) citée(s)"
        "{sources}. Posez une question, par exemple :",
        "en": "Added: <b>{title}</b>{about}\n{sentences} sentences, {count} quoted source(s)"
        "{sources}. Ask a question, for example:",
    },
    "already_added": {
        "fr": "Cet article est déjà là : <b>{title}</b>. Rien n’a changé.",
        "en": "That article is already here: <b>{title}</b>. Nothing changed.",
    },
    "not_added": {
        "fr": "Article non ajouté : {reason}",
        "en": "Article not added: {reason}",
    },
    "add_usage": {
        "fr": "Envoyez /add suivi d’un lien (http ou https), ou envoyez le lien seul, ou un "
        "fichier .txt ou .html.",
        "en": "Send /add followed by a link (http or https), or the link alone, or a .txt or "
        ".html file.",
    },
    "add_admins_only": {
        "fr": "Seuls les administrateurs de ce bot peuvent ajouter des articles. Je peux "
        "répondre aux questions sur {articles}.",
        "en": "Only this bot’s administrators can add articles. I can answer questions about "
        "{articles}.",
    },
    "add_busy": {
        "fr": "Un ajout est déjà en cours : réessayez dans un instant.",
        "en": "An article is being added already: try again in a moment.",
    },
    "removed": {"fr": "Retiré : <b>{title}</b>.", "en": "Removed: <b>{title}</b>."},
    "remove_usage": {
        "fr": "Envoyez /remove suivi de l’identifiant d’un article ; /article les liste.",
        "en": "Send /remove followed by an article id; /article lists them.",
    },
    "article_line": {"fr": "{sources} source(s) citée(s)", "en": "{sources} quoted source(s)"},
    "more": {"fr": "Autres passages ({count})", "en": "More passages ({count})"},
    "more_title": {"fr": "Autres passages :", "en": "More passages:"},
    "expired": {
        "fr": "Ces résultats ne sont plus disponibles : reposez la question.",
        "en": "Those results are no longer available: ask again.",
    },
    "sources": {"fr": "Qui est cité, et combien de fois :", "en": "Who is quoted, and how often:"},
    "no_sources": {
        "fr": "Les articles ne citent personne.",
        "en": "The articles quote nobody.",
    },
    "statements": {"fr": "Ce que dit {speaker} :", "en": "What {speaker} says:"},
    "about": {
        "fr": "Chaque article est découpé en phrases ; chaque phrase garde sa source (qui "
        "parle, avec quel verbe). Votre question est comparée aux phrases par le sens "
        "(modèle {model}, index FAISS) et par les mots (BM25) ; les phrases de la source "
        "que vous nommez passent en premier. Si aucune phrase ne se détache nettement, je "
        "dis que l’article ne répond pas plutôt que de deviner. {count} phrases dans "
        "{articles} article(s).",
        "en": "Each article is split into sentences; each sentence keeps its source (who "
        "speaks, with which verb). Your question is compared with the sentences by meaning "
        "(model {model}, FAISS index) and by words (BM25); sentences from a source you name "
        "come first. If no sentence clearly stands out, I say the article does not answer "
        "rather than guess. {count} sentences in {articles} article(s).",
    },
    "unknown_command": {
        "fr": "Je ne connais pas la commande {command}. /help les liste toutes.",
        "en": "I don’t know the command {command}. /help lists them all.",
    },
    "unsupported": {
        "fr": "Je ne lis que le texte : écrivez-moi votre question.",
        "en": "I only read text: please type your question.",
    },
    "too_long": {
        "fr": "Votre message fait {length} caractères : posez une question plus courte "
        "({limit} au plus).",
        "en": "Your message is {length} characters long: please ask a shorter question "
        "(at most {limit}).",
    },
    "empty": {
        "fr": "Écrivez une question sur l’article, par exemple : « {example} »",
        "en": "Type a question about the article, e.g. “{example}”",
    },
    "slow_down": {
        "fr": "Doucement 🙂 : attendez {seconds} s avant votre prochain message.",
        "en": "Easy 🙂: please wait {seconds} s before your next message.",
    },
    "slow_down_short": {
        "fr": "Doucement 🙂 : réessayez dans un instant.",
        "en": "Easy 🙂: try again in a moment.",
    },
    "private": {
        "fr": "Ce bot est privé.",
        "en": "This bot is private.",
    },
    "reloading": {
        "fr": "Reconstruction de l’index… je continue de répondre en attendant.",
        "en": "Rebuilding the index… I keep answering meanwhile.",
    },
    "reloaded": {
        "fr": "Index reconstruit : {count} phrases de {articles} article(s).",
        "en": "Index rebuilt: {count} sentences from {articles} article(s).",
    },
    "reload_failed": {
        "fr": "La reconstruction a échoué ({error}) ; l’ancien index reste en service.",
        "en": "The rebuild failed ({error}); the previous index stays in service.",
    },
    "reload_busy": {
        "fr": "Une reconstruction est déjà en cours.",
        "en": "A rebuild is already running.",
    },
    "error": {
        "fr": "Désolé, quelque chose s’est mal passé. Réessayez dans un instant.",
        "en": "Sorry, something went wrong. Please try again in a moment.",
    },
    "paragraph": {"fr": "§ {number}", "en": "§ {number}"},
    "according": {"fr": "selon", "en": "according to"},
    "example_speaker": {"fr": "Qu’a dit {speaker} ?", "en": "What did {speaker} say?"},
    "example_generic": {
        "fr": "De quoi parle l’article ?",
        "en": "What is the article about?",
    },
    "inline_none": {
        "fr": "Pas de réponse dans les articles",
        "en": "No answer in the articles",
    },
}


def text(key: str, language: str, **values: object) -> str:
    """The message `key` in `language` (French when unknown), with values filled in."""
    variants = TEXTS[key]
    return variants.get(language, variants["fr"]).format(**values)
