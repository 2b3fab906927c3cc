"""`mtmend serve` through a real uvicorn server on 127.0.0.1: the JSON API, the LanguageTool
protocol, and the limits and guards."""
from __future__ import annotations

import json
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import httpx
import pytest

import mtmend
from mtmend.server import _annotated, _to_original, _Utf16
from serving import ROOT, Server

# A page of our own: leftovers with characters outside the Basic Multilingual Plane (𠀀 U+20000,
# 𪚥 U+2A6A5) before the issues, so UTF-16 offsets differ from code-point offsets.
WIDE = ("The museum shows the 𠀀𪚥 bronze collection,Visitors can see ancient tools。"
        "The curator said 这些文物来自商代晚期 and are rare.\nOpening hours:9:00 to 17:00，Monday closed。\n")
PAGE_HTML = ("<!doctype html><html><head><title>Lab</title></head><body>"
             "<p>The lab opened in 2019,Students work on <b>robots</b>。</p>"
             "<p>院长表示 the lab is open to all students.</p></body></html>")


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mtmend.cli", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)})


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("serve"))
    yield s
    s.stop()


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def test_page_and_assets_are_served_with_a_policy_against_inline_scripts(client):
    page = client.get("/")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    html = page.text
    # every script is a separate file served by mtmend; nothing is loaded from another host
    assert html.count("<script") == html.count('<script src="/static/') == 1
    assert "http://" not in html and "https://" not in html
    for asset in ("/static/app.js", "/static/app.css", "/static/docs.js"):
        assert client.get(asset).status_code == 200
    assert client.get("/static/../server.py").status_code == 404
    assert "innerHTML" not in client.get("/static/app.js").text


def test_api_check_gives_what_the_cli_prints(client, tmp_path):
    (tmp_path / "wide.txt").write_text(WIDE, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE_HTML, encoding="utf-8")
    for name in ("wide.txt", "page.html"):
        expected = json.loads(cli("check", "--json", name, cwd=tmp_path).stdout)
        got = client.post("/api/check", files={"file": (name, (tmp_path / name).read_bytes())})
        assert got.status_code == 200
        assert got.json() == expected


def test_api_fix_report_and_apply_match_the_library(client, tmp_path):
    report = client.post("/api/fix", data={"text": WIDE, "name": "wide.txt"}).json()
    result = mtmend.fix(WIDE, engine=mtmend.GlossaryEngine())
    assert report["schema"] == "mtmend.result/1" and report["format"] == "text"
    assert report["text"] == result.text
    assert report["edits"] == [e.to_dict() for e in result.edits]
    ids = [e["id"] for e in report["edits"]]
    assert len(set(ids)) == len(ids) > 3
    everything = client.post("/api/apply", data={"text": WIDE, "name": "wide.txt", "accepted": ids})
    assert everything.status_code == 200
    assert everything.headers["content-type"] == "application/octet-stream"
    assert everything.content.decode() == result.text
    assert client.post("/api/apply", data={"text": WIDE, "name": "wide.txt"}).content.decode() == WIDE
    casing = {e["id"] for e in report["edits"] if "casing.clause-split" in e["rule"].split("+")}
    assert casing
    without_casing = client.post("/api/apply", data={"text": WIDE, "name": "wide.txt",
                                                     "accepted": [i for i in ids if i not in casing]})
    assert without_casing.content == result.apply(i for i in ids if i not in casing).to_bytes()
    assert without_casing.content.decode() == result.undo(["casing.clause-split"])
    unknown = client.post("/api/apply", data={"text": WIDE, "accepted": ["e999"]})
    assert unknown.status_code == 400 and "e999" in unknown.json()["error"]


def test_api_fix_of_a_file_equals_the_cli_output(client, tmp_path):
    (tmp_path / "page.html").write_text(PAGE_HTML, encoding="utf-8")
    assert cli("fix", "page.html", "-o", "out.html", "--report", "r.json", cwd=tmp_path).returncode in (0, 1)
    cli_report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    files = {"file": ("page.html", PAGE_HTML.encode())}
    report = client.post("/api/fix", files=files).json()
    assert report["text"] == (tmp_path / "out.html").read_text(encoding="utf-8") == cli_report["text"]
    assert report["issues"] == cli_report["issues"]
    assert report["edits"] == cli_report["edits"]
    ids = [e["id"] for e in report["edits"]]
    applied = client.post("/api/apply", files=files, data={"accepted": ",".join(ids)})
    assert applied.content == (tmp_path / "out.html").read_bytes()


def test_review_view_places_every_issue_in_its_block(client):
    report = client.post("/api/fix", files={"file": ("page.html", PAGE_HTML.encode())}, data={"review": "true"}).json()
    review = report["review"]
    assert len(review["issues"]) == len(report["issues"]) > 0
    for issue in review["issues"]:
        block = review["blocks"][issue["block"]]
        assert block["location"] == issue["location"]
        assert 0 <= issue["offset"] <= issue["offset"] + issue["length"] <= len(block["text"])
    leftover = next(i for i in review["issues"] if i["rule"] == "untranslated.leftover")
    text = review["blocks"][leftover["block"]]["text"]
    assert text[leftover["offset"]:leftover["offset"] + leftover["length"]] == "院长表示"


def test_rules_and_engines(client):
    rules = client.get("/api/rules").json()
    assert [r["id"] for r in rules] == list(mtmend.RULES)
    assert all(r["explanation"] for r in rules)
    assert client.get("/api/engines").json()["engines"] == ["glossary", "none"]
    unknown = client.post("/api/fix", data={"text": "x", "engine": "openai"})
    assert unknown.status_code == 400 and "openai" in unknown.json()["error"]


def test_docs_are_served_offline(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and '<script src="/static/docs.js"' in docs.text
    spec = client.get("/openapi.json").json()
    assert {"/api/check", "/api/fix", "/api/apply", "/api/rules", "/v2/check", "/v2/languages"} <= set(spec["paths"])


@pytest.mark.parametrize("name, data", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    ("subtitles.srt", "1\n00:00:01,000 --> nonsense\n中文\n".encode()),
    ("broken.docx", b"PK\x03\x04 not really a zip"),
])
def test_a_bad_file_gets_400_with_the_cli_line(client, tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    run = cli("check", name, cwd=tmp_path)
    assert run.returncode == 2
    line = run.stderr.strip()
    assert line.startswith("mtmend: error:") and "\n" not in line
    for path in ("/api/check", "/api/fix"):
        got = client.post(path, files={"file": (name, data)})
        assert got.status_code == 400
        assert got.json() == {"error": line}


def test_a_25_mb_body_gets_413(client):
    big = b"a" * (25 * 1024 * 1024)
    got = client.post("/api/fix", files={"file": ("big.txt", big)})
    assert got.status_code == 413 and "20 MB" in got.json()["error"]

    def chunks():  # no Content-Length: the server counts while it reads
        for _ in range(25):
            yield b"a" * (1024 * 1024)

    got = client.post("/v2/check", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert got.status_code == 413


def test_uploads_leave_no_file_behind(server, client):
    body = ("The lab is open to all students. " * 40_000 + "He said,Yes。").encode()  # 1.3 MB: spooled to disk
    assert client.post("/api/check", files={"file": ("long.txt", body)}).status_code == 200
    assert list(server.tmp.iterdir()) == []
    assert sorted(p.name for p in server.folder.iterdir()) == ["tmp"]


def test_only_loopback_host_names_are_answered(client):
    assert client.get("/api/rules", headers={"host": "evil.example:8010"}).status_code == 403
    assert client.get("/api/rules", headers={"host": "localhost"}).status_code == 200


def test_a_public_address_without_a_token_is_refused(tmp_path):
    run = subprocess.run([sys.executable, "-m", "mtmend.cli", "serve", "--host", "0.0.0.0", "--port", "1"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=60, env={"PYTHONPATH": str(ROOT)})
    assert run.returncode == 2
    assert run.stderr.strip() == ("mtmend: error: refusing to serve on 0.0.0.0 without --token: anyone who can "
                                  "reach it could use it")


def test_with_a_token_every_request_needs_it(tmp_path):
    s = Server(tmp_path, "--token", "s3cret-t0ken")
    try:
        with httpx.Client(base_url=s.url, timeout=30) as c:
            for method, path in (("GET", "/"), ("GET", "/static/app.js"), ("GET", "/api/rules"),
                                 ("GET", "/openapi.json"), ("POST", "/v2/check"), ("POST", "/api/fix")):
                assert c.request(method, path, data={"text": "a"}).status_code == 401, path
            # LanguageTool clients send the token as apiKey, in the form or the query
            assert c.get("/v2/check", params={"text": "a"}).status_code == 401
            assert c.post("/v2/check", data={"text": "a", "apiKey": "wrong"}).status_code == 401
            sent = c.post("/v2/check", data={"text": "Done,Yes。", "apiKey": "s3cret-t0ken"})
            assert sent.status_code == 200 and sent.json()["matches"]
            asked = c.get("/v2/check", params={"text": "Done,Yes。", "apiKey": "s3cret-t0ken"})
            assert asked.status_code == 200 and asked.json() == sent.json()
            assert c.get("/v2/languages", params={"apiKey": "s3cret-t0ken"}).status_code == 200
            assert c.get("/api/rules", headers={"Authorization": "Bearer wrong"}).status_code == 401
            assert c.get("/api/rules", headers={"Authorization": "Bearer s3cret-t0ken"}).status_code == 200
            opened = c.get("/?token=s3cret-t0ken", follow_redirects=False)
            assert opened.status_code == 303 and opened.headers["location"] == "/"
            assert "httponly" in opened.headers["set-cookie"].lower()
            assert c.get("/").status_code == 200  # the cookie now carries the token
    finally:
        s.stop()


def test_the_time_limit_answers_503(tmp_path, shared_seed_text):
    s = Server(tmp_path, "--time-limit", "0.001")
    try:
        got = httpx.post(s.url + "/api/fix", data={"text": shared_seed_text * 20}, timeout=60)
        assert got.status_code == 503 and "limit" in got.json()["error"]
    finally:
        s.stop()


def test_api_keys_never_reach_the_browser(tmp_path):
    secret = "sk-test-0123456789-never-shown"
    s = Server(tmp_path, env={"MTMEND_ENGINE": "openai", "MTMEND_BASE_URL": "http://127.0.0.1:9/v1",
                              "MTMEND_MODEL": "m", "MTMEND_API_KEY": secret})
    try:
        with httpx.Client(base_url=s.url, timeout=30) as c:
            assert c.get("/api/engines").json()["engines"] == ["glossary", "none", "openai"]
            seen = [c.get(p).text for p in ("/", "/docs", "/openapi.json", "/api/rules", "/api/engines",
                                             "/static/app.js", "/static/docs.js", "/v2/languages")]
            seen.append(c.post("/api/fix", data={"text": "他说 hello", "engine": "openai"}).text)
        assert not any(secret in body or "127.0.0.1:9" in body for body in seen)
    finally:
        s.stop()


# --- LanguageTool protocol -------------------------------------------------------------------

def test_utf16_offsets():
    text = "a𠀀b"
    utf16 = _Utf16(text)
    assert [utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert len(text.encode("utf-16-le")) // 2 == utf16(len(text))


def test_v2_check_counts_utf16_code_units(client):
    body = client.post("/v2/check", data={"text": WIDE, "language": "en-US"}).json()
    expected = [i for i in mtmend.check(WIDE) if i.severity != "info"]
    assert [m["rule"]["id"] for m in body["matches"]] == [i.rule for i in expected]
    for match, issue in zip(body["matches"], expected):
        assert match["offset"] == len(WIDE[:issue.start].encode("utf-16-le")) // 2
        assert match["length"] == len(WIDE[issue.start:issue.end].encode("utf-16-le")) // 2
        assert match["offset"] - issue.start == (2 if issue.start > WIDE.index("𪚥") else 0)
        context = match["context"]
        units = context["text"].encode("utf-16-le")
        shown = units[2 * context["offset"]:2 * (context["offset"] + context["length"])].decode("utf-16-le")
        assert shown == WIDE[issue.start:issue.end].replace("\n", " ")
        assert match["replacements"] == ([] if issue.suggestion is None else [{"value": issue.suggestion}])
    assert body["software"]["name"] == "mtmend"
    picky = client.post("/v2/check", data={"text": WIDE, "level": "picky"}).json()
    assert len(picky["matches"]) == len(mtmend.check(WIDE))


def test_v2_check_rule_selection_and_languages(client):
    only = client.post("/v2/check", data={"text": WIDE, "enabledRules": "punctuation.fullwidth", "enabledOnly": "true"})
    assert {m["rule"]["id"] for m in only.json()["matches"]} == {"punctuation.fullwidth"}
    without = client.post("/v2/check", data={"text": WIDE, "disabledRules": "punctuation"}).json()
    assert all(not m["rule"]["id"].startswith("punctuation.") for m in without["matches"]) and without["matches"]
    assert client.post("/v2/check", data={"text": WIDE, "language": "de-DE"}).status_code == 400
    assert client.post("/v2/check", data={"language": "en-US"}).status_code == 400
    binary_looking = client.post("/v2/check", data={"text": "PK\x03\x04 looks like a zip,Yes。"}).json()
    assert [m["rule"]["id"] for m in binary_looking["matches"]] == \
           [i.rule for i in mtmend.check("PK\x03\x04 looks like a zip,Yes。") if i.severity != "info"]
    languages = client.get("/v2/languages").json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages


def test_v2_check_answers_get_as_post_and_empty_text_with_no_matches(client):
    fields = {"text": WIDE, "language": "en-US", "disabledRules": "casing"}
    posted = client.post("/v2/check", data=fields).json()
    assert posted["matches"] and all(not m["rule"]["id"].startswith("casing.") for m in posted["matches"])
    assert client.get("/v2/check", params=fields).json() == posted
    for empty in (client.post("/v2/check", data={"text": "", "language": "en-US"}),
                  client.get("/v2/check", params={"text": ""})):
        assert empty.status_code == 200 and empty.json()["matches"] == []
    assert client.get("/v2/check", params={"language": "en-US"}).status_code == 400  # no text at all


def test_v2_check_annotated_data_counts_markup_but_checks_text(client):
    pieces = [{"markup": "<p>"}, {"text": "The 𠀀 hall opened,Visitors came"}, {"markup": "<br/>", "interpretAs": "\n"},
              {"text": "早上好 everyone。"}, {"markup": "</p>"}]
    original, checked, spans = _annotated(json.dumps({"annotation": pieces}))
    assert original == "<p>The 𠀀 hall opened,Visitors came<br/>早上好 everyone。</p>"
    assert checked == "The 𠀀 hall opened,Visitors came\n早上好 everyone。"
    body = client.post("/v2/check", data={"data": json.dumps({"annotation": pieces})}).json()
    expected = [i for i in mtmend.check(checked) if i.severity != "info"]
    assert len(body["matches"]) == len(expected) >= 3
    for match, issue in zip(body["matches"], expected):
        start = _to_original(spans, issue.start)
        assert original[start:start + issue.end - issue.start] == checked[issue.start:issue.end]
        assert match["offset"] == len(original[:start].encode("utf-16-le")) // 2
    assert client.post("/v2/check", data={"data": "not json"}).status_code == 400


def test_a_languagetool_client_gets_what_mtmend_check_reports(server, tmp_path, shared_seed_text):
    language_tool_python = pytest.importorskip("language_tool_python")
    for name, text in (("wide.txt", WIDE), ("seed.txt", shared_seed_text)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        printed = json.loads(cli("check", "--json", name, cwd=tmp_path).stdout)["files"][0]["issues"]
        expected = [i.to_dict() for i in mtmend.check(text) if i.severity != "info"]
        assert [i["rule"] for i in printed] == [i["rule"] for i in expected]  # the CLI's issues, with offsets
        tool = language_tool_python.LanguageTool("en-US", remote_server=server.url)
        try:
            matches = tool.check(text)
        finally:
            tool.close()
        assert len(matches) == len(expected) > 0
        for match, issue in zip(matches, expected):
            # the client turns LanguageTool's UTF-16 offsets back into Python string offsets, and
            # NFKC-normalizes messages
            assert (match.rule_id, match.offset, match.message) == \
                   (issue["rule"], issue["start"], unicodedata.normalize("NFKC", issue["message"]))
            assert match.replacements == ([] if issue["suggestion"] is None else [issue["suggestion"]])


def test_concurrent_requests_are_all_answered(client, server):
    import concurrent.futures

    def one(n):
        return httpx.post(server.url + "/v2/check", data={"text": f"Item {n},Done。"}, timeout=30).status_code

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        codes = list(pool.map(one, range(64)))
    assert codes == [200] * 64, time.monotonic() - started
