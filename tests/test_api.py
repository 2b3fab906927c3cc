"""The document API over every format: Document, Mender, one Result."""
import io
import json
import pickle
from pathlib import Path

import docx
import pytest

import mtmend
from mtmend import Document, GlossaryEngine, Mender
from mtmend.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats"
TEXT_FIXTURES = sorted(FIXTURES.iterdir())


def word_document(tmp_path):
    document = docx.Document()
    p = document.add_paragraph()
    p.add_run("近日,He visited the sch").bold = True
    p.add_run("ool,Talk with teachers。")
    document.add_table(rows=1, cols=1).rows[0].cells[0].text = "the lab，Beijing"
    path = tmp_path / "report.docx"
    document.save(str(path))
    return path


@pytest.fixture(params=[p.name for p in TEXT_FIXTURES] + ["report.docx"])
def fixture(request, tmp_path):
    if request.param == "report.docx":
        return word_document(tmp_path)
    return FIXTURES / request.param


def cli_fix(path, out, *options):
    with pytest.raises(SystemExit) as done:  # the command itself, in this process
        main(["fix", str(path), "-o", str(out), "--no-tm", *options])
    assert done.value.code in (0, 1)
    return out.read_bytes()


def test_the_api_writes_the_bytes_the_cli_writes(fixture, tmp_path):
    doc = Document.from_path(fixture)
    assert cli_fix(fixture, tmp_path / "none.out", "--engine", "none") == Mender().fix(doc).to_bytes()
    default = Mender(engine=GlossaryEngine()).fix(doc).to_bytes()
    assert cli_fix(fixture, tmp_path / "default.out") == default
    assert default != fixture.read_bytes()


def test_results_pickle_with_everything(fixture):
    result = Mender(engine=GlossaryEngine()).fix(Document.from_path(fixture))
    copy = pickle.loads(pickle.dumps(result))
    assert copy.to_bytes() == result.to_bytes()
    assert copy.issues == result.issues and copy.edits == result.edits and copy.remaining == result.remaining
    assert [i.location for i in copy.issues] == [i.location for i in result.issues]
    assert copy.to_json() == result.to_json()
    assert copy.apply([e.id for e in copy.edits[:1]]).to_bytes() == result.apply([e.id for e in result.edits[:1]]).to_bytes()


def test_apply_gives_the_document_with_only_the_accepted_edits(fixture):
    doc = Document.from_path(fixture)
    result = Mender().fix(doc)
    assert result.edits
    assert result.apply(e.id for e in result.edits).to_bytes() == result.to_bytes()
    untouched = result.apply([])
    assert untouched.text == result.source and not untouched.changed
    if not doc.binary:
        assert untouched.to_bytes() == fixture.read_bytes()
    punctuation = [e.id for e in result.edits if e.rule == "punctuation.fullwidth"]
    only = result.apply(punctuation)
    assert only.text == result.undo(["spacing.after-punctuation", "casing.clause-split", "spacing.whitespace"])
    assert only.to_bytes() == result.without(["spacing.after-punctuation", "casing.clause-split",
                                              "spacing.whitespace"]).to_bytes()
    with pytest.raises(ValueError, match="no such edit"):
        result.apply(["not-an-id"])


def test_issues_and_edits_point_at_their_text_in_the_file_on_disk(fixture):
    doc = Document.from_path(fixture)
    result = Mender().fix(doc)
    located = [x for x in result.issues + result.edits if x.end > x.start]
    assert located
    for item in located:
        assert item.location is not None
        if doc.format in ("text", "markdown", "html", "srt"):
            line = doc.content.splitlines()[item.location.line - 1]
            written = line[item.location.column - 1:]
            assert written.startswith(result.source[item.start:item.end][:1]), (item, line)
        if doc.format not in ("text", "markdown"):
            assert item.location.path and item.location.offset is not None


def test_edit_ids_are_stable_between_runs(fixture):
    first = Mender().fix(Document.from_path(fixture)).edits
    second = Mender().fix(Document.from_bytes(fixture.read_bytes(), name=str(fixture))).edits
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)


def test_the_report_says_how_to_reproduce_the_run(tmp_path):
    house = tmp_path / "house.tsv"
    house.write_text("source\tenglish\twrong\n双一流\tDouble First-Class\tdouble first-rate\n", encoding="utf-8")
    glossary = mtmend.glossary.load_all([house])
    result = Mender(engine=GlossaryEngine(glossary), glossary=glossary, select=["punctuation", "spacing"]) \
        .fix(Document.from_path(FIXTURES / "page.html"))
    data = json.loads(result.to_json())
    signature = data["signature"]
    assert signature["mtmend"] == mtmend.__version__
    assert signature["rules"] == ["punctuation.fullwidth", "spacing.after-punctuation"]  # HTML skips whitespace
    assert signature["glossary"]["sources"] == ["built-in", str(house)]
    assert len(signature["glossary"]["sha256"]) == 64
    assert signature["glossary"]["sha256"] != json.loads(mtmend.fix("x").to_json())["signature"]["glossary"]["sha256"]
    assert (signature["engine"], signature["model"], signature["post_edit"]) == ("glossary", None, False)
    assert data["format"] == "html" and data["file"] == str(FIXTURES / "page.html")
    assert data["text"] == result.rendered and all("id" in e and "location" in e for e in data["edits"])


def test_formats_are_recognised_by_content_without_a_name(tmp_path):
    for name, fmt in (("page.html", "html"), ("talk.srt", "srt"), ("strings.xlf", "xliff"), ("memory.tmx", "tmx"),
                      ("page.md", "markdown"), ("page.txt", "text")):
        assert Document.from_bytes((FIXTURES / name).read_bytes()).format == fmt, name
    assert Document.from_bytes(word_document(tmp_path).read_bytes()).format == "docx"
    assert Document.from_bytes(b"# Title\n\ntext", format="text").format == "text"
    with pytest.raises(ValueError, match="unknown format 'rtf'"):
        Document.from_bytes(b"x", format="rtf")
    with pytest.raises(ValueError, match="binary format"):
        Document.from_text("x", "docx")


def test_legacy_encoding_is_written_back_in_its_own_encoding():
    path = FIXTURES / "legacy-gb18030.txt"
    doc = Document.from_path(path)
    assert doc.encoding not in ("utf-8", "utf-8-sig")
    result = Mender().fix(doc)
    assert result.encoding == doc.encoding and "talk with teachers." in result.to_bytes().decode(doc.encoding)
    assert result.apply([]).to_bytes() == path.read_bytes()


def test_mender_is_built_once_and_checks_any_document():
    mender = Mender(select=["casing"], ignore=["punctuation"])
    assert {i.rule for i in mender.check("school,Visit the lab。")} == {"casing.clause-split"}
    html = mender.check(Document.from_path(FIXTURES / "page.html"))
    assert html and all(i.location.path.startswith("/html[1]/body[1]") for i in html)
    with pytest.raises(ValueError, match="unknown rule"):
        Mender(select=["no.such.rule"])


def test_the_shortcuts_stay():
    assert mtmend.fix("the school。The end").text == "the school. The end"
    assert mtmend.fix("the school。The end", rules=["spacing"]).text == "the school。The end"
    assert [i.rule for i in mtmend.check("`a,b` x,Y", format="markdown")] == ["spacing.after-punctuation"]


def test_the_built_in_glossary_cannot_be_changed_by_one_caller():
    glossary = mtmend.Glossary.builtin()
    with pytest.raises(TypeError):
        glossary.terms["两个维护"] = None
    assert pickle.loads(pickle.dumps(glossary)) is glossary


CORE = ["context.py", "pipeline.py", "model.py", "spans.py", "leftovers.py", "bilingual.py", "lexicon.py",
        "scripts.py", "pinyin.py", "phrases.py", "glossary.py", *[f"rules/{p.name}" for p in
                                                             (Path(mtmend.__file__).parent / "rules").glob("*.py")]]


@pytest.mark.parametrize("module", CORE)
def test_the_core_imports_no_format_adapter(module):
    import ast

    tree = ast.parse((Path(mtmend.__file__).parent / module).read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)] + \
        [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if "formats" in m.split(".")], (module, imported)


def test_markdown_protection_comes_from_the_adapter():
    result = Mender().fix(Document.from_path(FIXTURES / "page.md"))
    assert "`a,b。`" in result.text and "x,Y。" in result.text and "(http://example.com/a,b)" in result.text


def test_docx_result_round_trips_through_word(tmp_path):
    result = Mender().fix(Document.from_path(word_document(tmp_path)))
    written = docx.Document(io.BytesIO(result.to_bytes()))
    assert written.paragraphs[0].text == "近日, he visited the school, talk with teachers."
    assert written.paragraphs[0].runs[0].bold
    assert {i.location.path for i in result.issues} >= {"document.xml paragraph 1"}
    assert result.to_dict()["text"] is None


def test_an_engine_can_be_named():
    named = mtmend.fix("The meeting on 6月29日 was held.", engine="glossary")
    assert named.text == "The meeting on June 29 was held."
    assert any(e.rule == "engine.glossary" for e in named.edits)


def test_an_engine_that_cannot_translate_is_refused_at_once():
    with pytest.raises(TypeError, match="translate"):
        mtmend.Mender(engine=object())
    with pytest.raises(ValueError, match="unknown engine 'nope'"):
        mtmend.Mender(engine="nope")
