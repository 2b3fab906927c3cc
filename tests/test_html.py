import html
import re
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REAL, manifest, needs_shared
from mtmend.formats.html import HtmlDocument, HtmlError
from mtmend import Document, Mender

TAG = re.compile(r"<[^>]+>")


def fixed(source, **kw):
    return Mender(**kw).fix(Document.from_text(source, "html")).rendered


def test_sentence_through_inline_tags_is_repaired_as_one():
    page = '<p>He visited <b>the school</b>,Talk with <a href="/t">teachers</a>。Then left.</p>'
    out = fixed(page)
    assert out == '<p>He visited <b>the school</b>, talk with <a href="/t">teachers</a>. Then left.</p>'
    assert TAG.findall(out) == TAG.findall(page)


def test_entities_and_encoding_declaration_are_kept():
    page = '<html><head><meta charset="gb2312"></head><body><p>R&amp;D,Talk&nbsp;now。</p></body></html>'
    assert fixed(page) == '<html><head><meta charset="gb2312"></head><body><p>R&amp;D, talk&nbsp;now.</p></body></html>'


def test_code_scripts_and_no_translate_are_skipped():
    page = ('<script>var a="x,Y。";</script><style>p{content:"，"}</style><pre>a,b</pre>'
            '<p>see <code>f(x,Y)</code> here</p><div translate="no">the school,Talk</div>')
    assert fixed(page) == page


def test_alt_and_title_attributes_are_prose():
    page = '<img src="lab.png" alt="the lab，Beijing" title="Visit。"><p>x</p>'
    assert fixed(page) == '<img src="lab.png" alt="the lab, Beijing" title="Visit."><p>x</p>'


def test_issues_are_located_by_path_and_offset():
    result = Mender().fix(Document.from_text("<body><div><p>ok</p><p>the school,Talk</p></div></body>", "html"))
    locations = {(i.location.path, i.location.offset) for i in result.issues}
    assert ("/body[1]/div[1]/p[2]", 11) in locations  # "the school," is 11 characters


def test_leftovers_finished_by_the_engine_inside_markup():
    import mtmend

    out = fixed("<p><span>近日</span>,Wang Lihua visited.</p>", engine=mtmend.GlossaryEngine())
    assert out == "<p><span>Recently</span>, Wang Lihua visited.</p>"


def test_edit_across_markup_is_not_applied_but_reported():
    result = Mender().fix(Document.from_text("<p>the two <b>maintenance</b> rule</p>", "html"))
    assert result.rendered == "<p>the two <b>maintenance</b> rule</p>"


words = st.sampled_from(["the", "school", "visited", "Beijing", "teachers", "and", "research", "in", "2024"])
sentence = st.lists(words, min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")
inline = st.sampled_from(["b", "i", "a", "span", "em"])
block = st.tuples(sentence, inline, sentence).map(lambda t: f"<p>{t[0]} <{t[1]}>{t[2]}</{t[1]}></p>")
page = st.lists(block, min_size=1, max_size=6).map(lambda ps: "<html><body>\n" + "\n".join(ps) + "\n</body></html>\n")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page)
def test_page_with_nothing_to_repair_is_byte_identical(source):
    assert fixed(source) == source


@needs_shared
def test_real_pages_wrapped_in_markup_come_out_clean_with_every_tag_in_place():
    from test_corpus import artifacts

    for name, kind in manifest():
        if kind != "mixed":
            continue
        text = (REAL / name).read_text(encoding="utf-8")
        paragraphs = [html.escape(p, quote=False) for p in text.split("\n") if p.strip()]
        body = []
        for n, p in enumerate(paragraphs):
            words = p.split(" ")
            middle = len(words) // 2
            if len(words) > 4:  # an inline tag in the middle of the sentence
                p = " ".join(words[:middle]) + f' <a href="/x{n}"><b>' + " ".join(words[middle:middle + 2]) + "</b></a> " + " ".join(words[middle + 2:])
            body.append(f'<p class="c{n}">{p}</p>')
        source = "<!DOCTYPE html>\n<html lang=\"en\"><body>\n" + "\n".join(body) + "\n</body></html>\n"
        out = fixed(source)
        assert TAG.findall(out) == TAG.findall(source), name
        plain = "\n\n".join(s.text for s in HtmlDocument.parse(out).segments)
        assert artifacts(plain) == [], name


def test_cli_refuses_a_page_without_markup(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("just text, no markup\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mtmend.cli", "fix", str(page), "-o", str(tmp_path / "o.html")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "no HTML markup" in result.stderr
    assert not (tmp_path / "o.html").exists()


def test_parse_error_type():
    try:
        HtmlDocument.parse("plain")
    except HtmlError as e:
        assert "no HTML markup" in str(e)


def test_lang_marks_follow_translated_text():
    import mtmend

    page = ('<html lang="zh-CN"><body><p><span lang="zh">近日</span>,Wang Lihua visited.</p>'
            '<p lang="zh">部属高校要学深悟透蓝天白云</p></body></html>')
    out = fixed(page, engine=mtmend.GlossaryEngine())
    # Only an element whose own Chinese was translated changes its mark; the untranslated
    # paragraph stays zh, and the page keeps the language its publisher declared.
    assert out == ('<html lang="zh-CN"><body><p><span lang="en">Recently</span>, Wang Lihua visited.</p>'
                   '<p lang="zh">部属高校要学深悟透蓝天白云</p></body></html>')
    assert fixed(page) == page.replace(",Wang", ", Wang")  # without an engine the Chinese stays, and so does lang
    whole = '<html lang="zh-CN"><body><p>近日,Wang Lihua visited.</p></body></html>'
    assert fixed(whole, engine=mtmend.GlossaryEngine()) == \
        '<html lang="en"><body><p>Recently, Wang Lihua visited.</p></body></html>'
