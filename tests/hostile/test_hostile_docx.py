"""DOCX: a zip that lies about its sizes is refused within a small memory budget; an entity
reference in a run never becomes visible text."""
import io
import zipfile

import docx

from builders import lying_docx, mtmend, mtmend_peak_memory, one_error_line, word_document

MB = 1 << 20


def test_a_lying_size_header_is_refused_within_100_mb(tmp_path):
    honest, lying = tmp_path / "honest.docx", tmp_path / "lying.docx"
    honest.write_bytes(word_document())
    lying.write_bytes(lying_docx(inflated=1 << 30, declared=1000))  # ~1 MB that inflates to 1 GiB
    assert lying.stat().st_size < 2 * MB
    code, _, baseline = mtmend_peak_memory("fix", honest, "-o", tmp_path / "honest-out.docx", workdir=tmp_path)
    assert code == 0
    code, stderr, peak = mtmend_peak_memory("fix", lying, "-o", tmp_path / "out.docx", workdir=tmp_path)
    assert code == 2
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "inflates past its declared 1000 bytes" in lines[0]
    assert not (tmp_path / "out.docx").exists()
    assert peak - baseline < 100 * MB, (peak, baseline)
    assert peak < 400 * MB


def test_an_entity_reference_in_a_run_stays_a_reference(tmp_path):
    data = word_document("the school,Talk @xxe@ with teachers。")
    archive = zipfile.ZipFile(io.BytesIO(data))
    files = {n: archive.read(n) for n in archive.namelist()}
    head, rest = files["word/document.xml"].decode().split("?>", 1)
    files["word/document.xml"] = (head + '?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
                                  + rest.replace("@xxe@", "&xxe;")).encode()
    path, out = tmp_path / "xxe.docx", tmp_path / "out.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            z.writestr(name, content)
    result = mtmend("fix", path, "-o", out, "--report", tmp_path / "r.json")
    assert result.returncode in (0, 1) and b"Traceback" not in result.stderr, result.stderr
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "&amp;xxe;" not in xml and "the school,Talk &xxe; with teachers。" in xml
    assert '"not applied' in (tmp_path / "r.json").read_text()
    docx.Document(str(out))  # still a Word document


def test_a_corrupt_member_is_refused_in_one_line(tmp_path):
    data = bytearray(word_document())
    at = data.find(b"word/document.xml") + len(b"word/document.xml") + 40  # inside the deflated stream
    data[at:at + 8] = b"\xff" * 8
    path = tmp_path / "broken.docx"
    path.write_bytes(bytes(data))
    result = mtmend("fix", path, "-o", tmp_path / "out.docx")
    assert result.returncode == 2 and "corrupt zip" in one_error_line(result)
    assert not (tmp_path / "out.docx").exists()
