"""The review page in a real Chromium (the distribution's `chromium` package) against a real
`mtmend serve`: paste, review, reject by rule, download; upload a DOCX; script injection."""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

import mtmend
from serving import ROOT, Server

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")

CHROMIUM = next((p for p in (os.environ.get("MTMEND_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium",
                             shutil.which("chromium-browser")) if p and os.path.exists(p)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium executable (apt-get install chromium; "
                                                         ".ci/run does this)")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("serve-browser"))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("dialog", lambda d: (page.errors.append("dialog: " + d.message), d.dismiss()))
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready=true]")
    yield page
    context.close()


def check(page):
    page.click("#run")
    page.wait_for_selector("#results:not([hidden])")
    page.wait_for_selector("#busy[hidden]", state="attached")


def counts(page) -> dict[str, int]:
    return {li.get_attribute("data-kind"): int(li.query_selector(".count").inner_text())
            for li in page.query_selector_all("#legend li")}


def download(page, button: str) -> bytes:
    with page.expect_download() as info:
        page.click(button)
    return Path(info.value.path()).read_bytes()


def test_seed_page_review_reject_casing_and_download(page, shared_seed_text):
    page.fill("#text", shared_seed_text)
    check(page)
    result = mtmend.fix(shared_seed_text, engine=mtmend.GlossaryEngine())
    expected = Counter(i.kind for i in result.issues)
    assert {k: v for k, v in counts(page).items() if v} == dict(expected)
    assert int(page.inner_text("#total")) == len(result.issues)
    assert int(page.inner_text("#edit-total")) == len(result.edits)
    assert page.locator("#doc mark").count() >= len({(i.start, i.end) for i in result.issues if i.end > i.start})
    casing = [e for e in result.edits if "casing.clause-split" in e.rule.split("+")]
    assert casing
    page.click('#by-rule tr[data-rule="casing.clause-split"] .reject-rule')
    assert int(page.inner_text("#accepted-total")) == len(result.edits) - len(casing)
    assert page.locator("#edits li.rejected").count() == len(casing)
    got = download(page, "#download")
    kept = [e.id for e in result.edits if "casing.clause-split" not in e.rule.split("+")]
    assert got == result.apply(kept).to_bytes()
    assert got.decode("utf-8") not in (result.text, shared_seed_text)
    report = json.loads(download(page, "#download-report"))
    assert len(report["rejected"]) == len(casing) and "review" not in report
    assert page.errors == []


def test_keyboard_moves_through_issues_and_decides(page):
    text = "The lab opened in 2019,Students work on robots。\n院长表示 it is open.\n"
    page.fill("#text", text)
    check(page)
    issues = mtmend.check(text)
    page.locator("#doc").focus()
    page.keyboard.press("j")
    assert page.inner_text("#detail h2").startswith(issues[0].rule)
    page.keyboard.press("j")
    assert page.inner_text("#detail h2").startswith(issues[1].rule)
    page.keyboard.press("k")
    assert page.inner_text("#detail h2").startswith(issues[0].rule)
    before = int(page.inner_text("#accepted-total"))
    page.keyboard.press("r")
    assert int(page.inner_text("#accepted-total")) < before
    page.keyboard.press("a")
    assert int(page.inner_text("#accepted-total")) == before
    page.click("#doc mark.kind-untranslated")
    assert "untranslated.leftover" in page.inner_text("#detail")


def _docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Campus news", level=1)
    document.add_paragraph("The lab opened in 2019,Students work on robots。")
    p = document.add_paragraph("院长表示 the lab ")
    p.add_run("is open").bold = True
    p.add_run(" to all students，Visitors are welcome.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Opening hours:9:00"
    table.cell(0, 1).text = "Monday closed。"
    document.save(str(path))


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_upload_a_docx_and_download_it(page, tmp_path):
    source = tmp_path / "news.docx"
    _docx(source)
    page.set_input_files("#file", str(source))
    assert "news.docx" in page.inner_text("#file-name")
    check(page)
    assert int(page.inner_text("#total")) > 3
    assert "document.xml" in page.inner_text("#doc")  # blocks are labelled with their location
    got = download(page, "#download")
    run = subprocess.run([sys.executable, "-m", "mtmend.cli", "fix", "news.docx", "-o", "out.docx"], cwd=tmp_path,
                         capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                              "HOME": str(tmp_path)})
    assert run.returncode in (0, 1), run.stderr
    assert _parts(got) == _parts((tmp_path / "out.docx").read_bytes())
    library = mtmend.Mender(engine=mtmend.GlossaryEngine()).fix(mtmend.Document.from_path(source))
    assert _parts(got) == _parts(library.to_bytes())
    import docx

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(got)).paragraphs)
    assert "2019, students" in text and "。" not in text
    page.click("#reject-all")
    assert _parts(download(page, "#download")) == _parts(source.read_bytes())


INJECTION = ('Notice 通知\n<script>window.__pwned = 1</script>\n<img src="x" onerror="window.__pwned = 2">\n'
             '他说 <b onmouseover="window.__pwned = 3">hello</b>,World。 "><svg onload="window.__pwned = 4">\n')
INJECTION_HTML = ('<!doctype html><html><body><p>&lt;script&gt;window.__pwned = 5&lt;/script&gt; 中文,Test。</p>'
                  '<p title="&lt;img src=x onerror=window.__pwned=6&gt;">Hello，world</p></body></html>')


def test_script_injection_runs_nothing(page, tmp_path):
    page.fill("#text", INJECTION)
    check(page)
    shown = page.inner_text("#doc")
    assert "<script>window.__pwned = 1</script>" in shown and 'onerror="window.__pwned = 2"' in shown
    assert page.locator("#doc script, #doc img, #doc svg, #doc b").count() == 0
    page.hover("#doc")
    for mark in page.query_selector_all("#doc mark")[:10]:
        mark.click()
    assert page.evaluate("window.__pwned") is None
    (tmp_path / "page.html").write_text(INJECTION_HTML, encoding="utf-8")
    page.set_input_files("#file", str(tmp_path / "page.html"))
    check(page)
    shown = page.inner_text("#doc")
    assert "<script>window.__pwned = 5</script>" in shown and "<img src=x onerror=window.__pwned=6>" in shown
    assert page.locator("#doc script, #doc img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []
    # an inline script could not run even if one got in: the policy forbids it
    page.evaluate("""() => { const s = document.createElement('script'); s.textContent = 'window.__pwned = 7';
                             document.body.append(s); }""")
    assert page.evaluate("window.__pwned") is None


def test_api_docs_page_renders_offline(page, server):
    page.goto(server.url + "/docs")
    page.wait_for_selector("section.endpoint")
    headings = page.locator("section.endpoint h2").all_inner_texts()
    assert {"POST /api/fix", "POST /api/apply", "POST /v2/check", "GET /v2/languages"} <= set(headings)
    assert "accepted" in page.inner_text("main")  # the form fields of /api/apply
    assert page.errors == []


def test_with_a_token_the_page_works_after_opening_the_token_link(browser, tmp_path):
    s = Server(tmp_path, "--token", "page-t0ken")
    context = browser.new_context()
    try:
        page = context.new_page()
        assert page.goto(s.url + "/").status == 401
        page.goto(s.url + "/?token=page-t0ken")
        assert page.url == s.url + "/"  # the token is out of the address bar
        page.wait_for_selector("body[data-ready=true]")
        page.fill("#text", "The lab opened,Students came。")
        check(page)
        assert int(page.inner_text("#total")) == len(mtmend.check("The lab opened,Students came。"))
    finally:
        context.close()
        s.stop()
