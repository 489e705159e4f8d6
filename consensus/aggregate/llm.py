"""Optional: have a language model rewrite the consensus sentence from the same evidence.

`consensus report --llm URL` sends the film's aspect consensus, disagreements,
numbers and the deterministic sentence to any OpenAI-compatible
`/v1/chat/completions` endpoint (llama.cpp server, vLLM, Ollama, ...) and asks
for one or two sentences that say the same thing better. The model sees only
the evidence the deterministic sentence was built from, and its answer is
checked (non-empty, short, names the film) before it replaces anything. Any
failure raises `LLMError`; the caller keeps the deterministic sentence.
"""

from __future__ import annotations

import json
import os
import re

import httpx

from consensus.models import FilmReport

DEFAULT_MODEL = "default"
DEFAULT_TIMEOUT = 30.0
MAX_CHARS = 500
MAX_SENTENCES = 2
# An API key, when the server wants one, comes from the environment, never from the command line.
API_KEY_VARIABLE = "CONSENSUS_LLM_API_KEY"

INSTRUCTIONS = (
    "You write the one-sentence Critics Consensus for a film page, in the register of Rotten Tomatoes' "
    "editors (e.g. 'Stylish and brutally choreographed, X is a rewarding watch, even if ...'). "
    "Use ONLY the evidence given. Praise nothing the reviews do not praise; a point backed by a single "
    "review must be hedged ('one critic ...'); the tone must match the score band and percent positive. "
    "Name the film. Write one or two sentences, at most 45 words, and reply with the sentence only."
)


class LLMError(Exception):
    """The endpoint could not give a usable rewrite (network, HTTP status, malformed or unusable answer)."""


def chat_url(url: str) -> str:
    """The chat-completions address from what a user types: a server root, a /v1 base, or the full path."""
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if url.endswith("/v1"):
        return url + "/chat/completions"
    return url + "/v1/chat/completions"


def evidence_of(report: FilmReport) -> dict[str, object]:
    """The facts the rewrite may use: the same ones the deterministic sentence came from."""
    return {
        "film": report.film.title,
        "reviews": report.reviews,
        "metascore": report.metascore,
        "band": report.band,
        "percent_positive": report.percent_positive,
        "aspects": [
            {
                "aspect": a.aspect,
                "reviews_positive": a.positive,
                "reviews_negative": a.negative,
                "reviews_mixed": a.mixed,
                "verdict": a.verdict,
                "evidence": [e.sentence for e in a.evidence],
            }
            for a in report.aspects
        ],
        "disagreements": [d.summary for d in report.disagreements],
        "draft_consensus": report.consensus,
    }


def messages_for(report: FilmReport) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": INSTRUCTIONS},
        {"role": "user", "content": json.dumps(evidence_of(report), ensure_ascii=False, indent=1)},
    ]


def clean_answer(text: str, title: str | None) -> str:
    """The model's sentence, tidied, or LLMError when it is not a usable consensus."""
    text = " ".join(text.split()).strip().strip('"“”').strip()
    if not text:
        raise LLMError("the model returned an empty answer")
    if len(text) > MAX_CHARS:
        raise LLMError(f"the model's answer is too long ({len(text)} characters)")
    if len(re.findall(r"[.!?](?:\s|$)", text)) > MAX_SENTENCES:
        raise LLMError("the model's answer has more than two sentences")
    if title and title.lower() not in text.lower():
        raise LLMError("the model's answer does not name the film")
    return text


def rewrite_consensus(
    report: FilmReport,
    url: str,
    model: str = DEFAULT_MODEL,
    timeout: float = DEFAULT_TIMEOUT,
    client: httpx.Client | None = None,
) -> str:
    """A rewritten consensus sentence for the report, or LLMError. `client` lets tests plug in a fake server."""
    if not report.consensus:
        raise LLMError("there is no consensus to rewrite (no reviews)")
    payload = {"model": model, "messages": messages_for(report), "temperature": 0, "max_tokens": 200}
    headers = {"Authorization": f"Bearer {os.environ[API_KEY_VARIABLE]}"} if os.environ.get(API_KEY_VARIABLE) else {}
    owns_client = client is None
    http = client or httpx.Client(timeout=timeout)
    try:
        response = http.post(chat_url(url), json=payload, headers=headers, timeout=timeout)
        response.raise_for_status()
        answer = response.json()["choices"][0]["message"]["content"]
    except httpx.HTTPStatusError as exc:
        raise LLMError(f"{chat_url(url)} answered HTTP {exc.response.status_code}") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise LLMError(f"cannot reach {chat_url(url)}: {exc}") from exc
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise LLMError(f"{chat_url(url)} did not answer like an OpenAI-compatible chat endpoint") from exc
    finally:
        if owns_client:
            http.close()
    if not isinstance(answer, str):
        raise LLMError("the model's answer is not text")
    return clean_answer(answer, report.film.title)
