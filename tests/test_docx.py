import io
import subprocess
import sys
import zipfile

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtmend.formats.docx import DocxDocument, DocxError
from mtmend import Document, Mender


def build(paragraphs, table=None, header=None):
    """A real DOCX made by python-docx; each paragraph is a list of (text, bold, italic) runs."""
    document = docx.Document()
    for runs in paragraphs:
        p = document.add_paragraph()
        for text, bold, italic in runs:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
    if table:
        t = document.add_table(rows=1, cols=len(table))
        for cell, text in zip(t.rows[0].cells, table):
            cell.text = text
    if header:
        document.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def fixed(data):
    return Mender().fix(Document.from_bytes(data, "docx")).rendered


def parts(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist()}


def test_sentence_split_mid_word_across_runs_keeps_each_runs_formatting():
    data = build([[("He visited the sch", True, False), ("ool,Talk with teachers。", False, True)]],
                 table=["the lab，Beijing", "Fine."], header="近日,news")
    out = fixed(data)
    result = docx.Document(io.BytesIO(out))
    assert [(r.text, r.bold, r.italic) for r in result.paragraphs[0].runs] == \
        [("He visited the sch", True, False), ("ool, talk with teachers.", False, True)]
    assert [c.text for c in result.tables[0].rows[0].cells] == ["the lab, Beijing", "Fine."]
    assert result.sections[0].header.paragraphs[0].text == "近日, news"
    before, after = parts(data), parts(out)
    assert before.keys() == after.keys()
    assert [n for n in before if before[n] != after[n]] == ["word/document.xml", "word/header1.xml"]


def test_only_the_changed_runs_differ_in_the_xml():
    data = build([[("Clean first paragraph.", False, False)], [("the school", False, False), (",Talk", True, False)]])
    out = fixed(data)
    old, new = parts(data)["word/document.xml"].decode(), parts(out)["word/document.xml"].decode()
    assert new == old.replace(">,Talk</w:t>", ">, talk</w:t>")


def test_issues_are_located_by_paragraph_and_table_cell():
    data = build([[("Fine.", False, False)]], table=["ok", "the lab，Beijing"])
    issues = Mender().fix(Document.from_bytes(data, "docx")).issues
    assert {i.location.path for i in issues} == {"document.xml paragraph 3 table 1 row 1 cell 2"}


def test_space_added_at_a_run_end_is_preserved_by_word():
    data = build([[("He saw the school,", False, False), ("Talk followed", True, False)]])
    out = fixed(data)
    xml = parts(out)["word/document.xml"].decode()
    assert '<w:t xml:space="preserve">He saw the school, </w:t>' in xml
    assert docx.Document(io.BytesIO(out)).paragraphs[0].text == "He saw the school, talk followed"


words = st.sampled_from(["the", "school", "visited", "teachers", "and", "research"])
run_text = st.lists(words, min_size=1, max_size=4).map(" ".join)
paragraph = st.lists(st.tuples(run_text, st.booleans(), st.booleans()), min_size=1, max_size=4) \
    .map(lambda runs: [(t + (" " if i < len(runs) - 1 else "."), b, it) for i, (t, b, it) in enumerate(runs)])


@settings(max_examples=25, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=4))
def test_document_with_nothing_to_repair_is_byte_identical(paragraphs):
    data = build([[(t[0].upper() + t[1:] if i == 0 else t, b, it) for i, (t, b, it) in enumerate(p)] for p in paragraphs])
    assert fixed(data) == data


def zipped(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in entries.items():
            z.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("data,message", [
    (b"PK\x03\x04 not really a zip", "corrupt zip"),
    (zipped({"hello.txt": "hi"}), "no word/document.xml"),
    (zipped({"word/document.xml": "\0" * (1 << 20) * 50}), "zip bomb"),
])
def test_bad_docx_is_refused(data, message):
    with pytest.raises(DocxError, match=message):
        DocxDocument.parse(data, "bad.docx")


def test_docx_without_a_body_is_refused():
    data = build([[("Fine.", False, False)]])
    files = parts(data)
    files["word/document.xml"] = files["word/document.xml"].split(b"<w:body>")[0] + b"</w:document>"
    with pytest.raises(DocxError):
        DocxDocument.parse(zipped(files), "nobody.docx")


def test_cli_fixes_docx_in_place_with_backup_and_refuses_corrupt(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(build([[("the school,Talk with teachers。", False, False)]]))
    result = subprocess.run([sys.executable, "-m", "mtmend.cli", "fix", str(path), "--in-place"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert docx.Document(str(path)).paragraphs[0].text == "the school, talk with teachers."
    assert (tmp_path / "report.docx.bak").exists()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04broken")
    result = subprocess.run([sys.executable, "-m", "mtmend.cli", "fix", str(bad), "-o", str(tmp_path / "o.docx")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "corrupt zip" in result.stderr and not (tmp_path / "o.docx").exists()


def test_a_word_document_is_recognised_without_its_extension(tmp_path):
    path = tmp_path / "report.bin"
    path.write_bytes(build([[("the school,Talk with teachers。", False, False)]]))
    result = subprocess.run([sys.executable, "-m", "mtmend.cli", "check", str(path)], capture_output=True, text=True)
    assert "document.xml paragraph 1+11: warning spacing.after-punctuation" in result.stdout  # after "the school,"
