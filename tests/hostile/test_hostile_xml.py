"""XLIFF and TMX with entity references, DTDs and inline markup: nothing duplicated, nothing
leaked, DOCTYPE kept, unchanged units byte-identical, and every output well-formed XML."""
import pytest
from lxml import etree

from builders import mtmend

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
XLIFF_OPEN = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
              '<file original="page" source-language="zh" target-language="en" datatype="plaintext"><body>\n')
XLIFF_CLOSE = "</body></file></xliff>\n"
UNCHANGED = '<trans-unit id="keep"><source>好 &brand;</source><target>Fine &brand; &amp; &#169; good.</target></trans-unit>\n'


def well_formed(data: bytes) -> etree._Element:
    """Parsed without loading or resolving anything external: only well-formedness is asked."""
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    return etree.fromstring(data, parser)


def fix(tmp_path, name, content):
    path, out = tmp_path / name, tmp_path / f"out-{name}"
    path.write_text(content, encoding="utf-8")
    result = mtmend("fix", path, "-o", out, "--report", tmp_path / "report.json")
    assert result.returncode in (0, 1) and b"Traceback" not in result.stderr, result.stderr
    data = out.read_bytes()
    well_formed(data)
    return data.decode("utf-8")


def test_internal_entity_in_a_target_is_repaired_around_never_duplicated(tmp_path):
    dtd = '<!DOCTYPE xliff [\n<!ENTITY brand "Firefox">\n]>\n'
    unit = '<trans-unit id="u1"><source>打开 &brand; 设置</source><target>Open &brand; settings，now。</target></trans-unit>\n'
    source = HEAD + dtd + XLIFF_OPEN + unit + UNCHANGED + XLIFF_CLOSE
    out = fix(tmp_path, "brand.xlf", source)
    assert out.count("settings") == 1  # once, never twice
    assert '<target state="needs-review-translation">Open &brand; settings, now.</target>' in out
    assert out.startswith(HEAD + dtd)
    assert UNCHANGED in out  # entity, character reference and layout exactly as written
    assert out == source.replace("<target>Open &brand; settings，now。", '<target state="needs-review-translation">Open &brand; settings, now.')


def test_external_entity_keeps_its_doctype_and_leaks_nothing(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    dtd = f'<!DOCTYPE xliff [\n<!ENTITY ext SYSTEM "{secret.as_uri()}">\n]>\n'
    units = ('<trans-unit id="u1"><source>x</source><target>Open &ext; settings,Now。</target></trans-unit>\n'
             '<trans-unit id="u2"><source>好</source><target>the school,Talk。</target></trans-unit>\n')
    out = fix(tmp_path, "ext.xlf", HEAD + dtd + XLIFF_OPEN + units + XLIFF_CLOSE)
    assert out.startswith(HEAD + dtd)
    assert "TOP-SECRET" not in out and "TOP-SECRET" not in (tmp_path / "report.json").read_text()
    assert "Open &ext; settings, now." in out and "the school, talk." in out


def test_tmx_with_a_doctype_inline_elements_and_references(tmp_path):
    source = (HEAD + '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1"'
              ' segtype="sentence" o-tmf="x" adminlang="en" srclang="zh" datatype="plaintext"/><body>\n'
              '<tu><tuv xml:lang="zh"><seg>他参观了学校</seg></tuv><tuv xml:lang="en"><seg>the <bpt i="1">&lt;b&gt;</bpt>school'
              '<ept i="1">&lt;/b&gt;</ept>,Talk &amp; co。</seg></tuv></tu>\n'
              '<tu><tuv xml:lang="zh"><seg>好</seg></tuv><tuv xml:lang="en"><seg>Fine &#x4E2D; &amp; good.</seg></tuv></tu>\n'
              '</body></tmx>\n')
    out = fix(tmp_path, "memory.tmx", source)
    assert out == source.replace("</ept>,Talk &amp; co。", "</ept>, talk &amp; co.")


def test_billion_laughs_does_not_expand(tmp_path):
    entities = '<!ENTITY lol "lol">' + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
                                              for n in range(1, 10))
    source = (HEAD + f"<!DOCTYPE xliff [{entities}]>\n" + XLIFF_OPEN +
              '<trans-unit id="u1"><source>x</source><target>the school,Talk &lol9;。</target></trans-unit>\n' + XLIFF_CLOSE)
    path, out = tmp_path / "lol.xlf", tmp_path / "out.xlf"
    path.write_text(source, encoding="utf-8")
    result = mtmend("fix", path, "-o", out, timeout=60)
    assert result.returncode in (0, 1, 2) and b"Traceback" not in result.stderr
    if out.exists():
        assert len(out.read_bytes()) < 2 * len(source.encode()) and "&lol9;" in out.read_text()
        well_formed(out.read_bytes())


@pytest.mark.parametrize("target", [
    "the school,Talk <g id='1'>with</g> teachers。",
    "a <x id='1'/>,Visit &amp; more。",
    "<![CDATA[raw <b>]]> and the lab,Beijing。",
    "&#12290;then,Later。",
    "tab&#9;and,More。 &lt;not a tag&gt;",
])
def test_every_xliff_output_is_well_formed(tmp_path, target):
    out = fix(tmp_path, "t.xlf", HEAD + XLIFF_OPEN + f'<trans-unit id="u"><source>x</source><target>{target}</target>'
                                 '</trans-unit>\n' + XLIFF_CLOSE)
    assert well_formed(out.encode()) is not None
