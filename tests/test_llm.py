"""Specification of the optional LLM rewrite: what it sends, what it accepts, and that failure keeps the sentence.

No real model is needed: the client is tested against httpx.MockTransport, and
the `report --llm` command against a tiny fake server on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest

from consensus.aggregate.llm import LLMError, chat_url, rewrite_consensus
from consensus.models import FilmReport, Review
from consensus.pipeline import aggregate
from tests.conftest import FIXTURES, REPO

REWRITE = "Stylish and moody, The Lantern Keeper is a rewarding thriller, even if its story falls short."


def report() -> FilmReport:
    data = json.loads((FIXTURES / "consensus" / "lantern_keeper.json").read_text())
    return aggregate([Review(**r) for r in data["reviews"]])


def answering(content: object, status: int = 200, seen: list[httpx.Request] | None = None) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, json={"choices": [{"message": {"role": "assistant", "content": content}}]})

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_the_chat_address_is_found_from_a_root_a_v1_base_or_the_full_path():
    assert chat_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080/v1/chat/completions"
    assert chat_url("http://h/v1/") == "http://h/v1/chat/completions"
    assert chat_url("http://h/v1/chat/completions") == "http://h/v1/chat/completions"


def test_the_model_gets_the_evidence_and_the_draft_and_its_answer_replaces_the_sentence():
    seen: list[httpx.Request] = []
    film = report()
    text = rewrite_consensus(film, "http://llm.test", model="tiny", client=answering(f' "{REWRITE}" ', seen=seen))
    assert text == REWRITE
    body = json.loads(seen[0].content)
    assert seen[0].url.path == "/v1/chat/completions"
    assert body["model"] == "tiny" and body["temperature"] == 0
    evidence = json.loads(body["messages"][1]["content"])
    assert evidence["draft_consensus"] == film.consensus
    assert {a["aspect"] for a in evidence["aspects"]} == {a.aspect for a in film.aspects}
    assert any("camera work" in d for d in evidence["disagreements"])


@pytest.mark.parametrize(
    ("content", "status", "reason"),
    [
        ("", 200, "empty"),
        ("A fine film.", 200, "does not name the film"),
        ("The Lantern Keeper is good. It is. Really. Truly.", 200, "more than two sentences"),
        (REWRITE, 500, "HTTP 500"),
        (None, 200, "not text"),
    ],
)
def test_an_unusable_answer_is_an_error_not_a_sentence(content, status, reason):
    with pytest.raises(LLMError, match=reason):
        rewrite_consensus(report(), "http://llm.test", client=answering(content, status))


def test_an_endpoint_that_is_not_openai_compatible_is_an_error():
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, text="<html>hi</html>")))
    with pytest.raises(LLMError, match="OpenAI-compatible"):
        rewrite_consensus(report(), "http://llm.test", client=client)


def test_an_unreachable_server_is_an_error():
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(LLMError, match="cannot reach"):
        rewrite_consensus(report(), "http://llm.test", client=httpx.Client(transport=httpx.MockTransport(refuse)))


# --------------------------------------------------------------------------- through the command line


class FakeChat(BaseHTTPRequestHandler):
    answer = "{title} wins critics over with its craft."

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        title = json.loads(body["messages"][1]["content"])["film"]
        payload = json.dumps({"choices": [{"message": {"content": self.answer.format(title=title)}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def fake_server() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), FakeChat)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def write_reviews(folder: Path) -> Path:
    for i, verdict in enumerate(["a gripping, beautifully acted drama", "a moving drama with a superb lead"]):
        (folder / f"r{i}.txt").write_text(
            f"Quarry Road (2024) review\n\nQuarry Road is {verdict}. Rating: 4/5\n\nBy Critic {i}\n", encoding="utf-8"
        )
    return folder


def run_report(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consensus.cli", "report", *map(str, args), "--format", "json"],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )


def test_report_llm_rewrites_the_consensus_through_a_local_server(tmp_path: Path, fake_server: str) -> None:
    result = run_report(write_reviews(tmp_path), "--llm", fake_server, "--llm-model", "fake")
    assert result.returncode == 0, result.stderr
    page = json.loads(result.stdout)
    page = page[0] if isinstance(page, list) else page
    assert page["consensus"].endswith("wins critics over with its craft.")


def test_report_llm_failure_keeps_the_generated_sentence_and_warns(tmp_path: Path) -> None:
    folder = write_reviews(tmp_path)
    plain = run_report(folder)
    failed = run_report(folder, "--llm", "http://127.0.0.1:9")  # the discard port: nothing listens
    assert failed.returncode == plain.returncode == 0, failed.stderr
    assert json.loads(failed.stdout) == json.loads(plain.stdout)
    assert "--llm" in failed.stderr and "keeping the generated sentence" in failed.stderr
