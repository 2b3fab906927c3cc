import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtmend.formats.l10n import L10nError, StoreDocument
from mtmend import Document, Mender

PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#: page.html:3
msgid "他参观了学校"
msgstr "He visited the school,Talk with teachers。"

msgctxt "title"
msgid "x"
msgstr "Fine."
'''

XLIFF = '''<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="page" source-language="zh" target-language="en" datatype="plaintext"><body>
<trans-unit id="u1"><source>他参观了学校</source><target>He visited the school,Talk。</target></trans-unit>
<trans-unit id="u2"><source>好</source><target>Fine.</target></trans-unit>
</body></file></xliff>
'''

TMX = '''<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"
srclang="zh" datatype="plaintext"/><body>
<tu><tuv xml:lang="zh"><seg>他参观了学校</seg></tuv><tuv xml:lang="en"><seg>the school,Talk。</seg></tuv></tu>
</body></tmx>
'''


def fixed(source, name, fmt):
    return Mender().fix(Document.from_text(source, fmt, name))


def test_po_target_is_repaired_and_marked_fuzzy_source_untouched():
    result = fixed(PO, "t.po", "po")
    assert 'msgstr "He visited the school, talk with teachers."' in result.rendered
    assert '#, fuzzy\nmsgid "他参观了学校"' in result.rendered
    assert 'msgctxt "title"\nmsgid "x"\nmsgstr "Fine."' in result.rendered
    assert {i.location.path for i in result.issues} == {"unit 他参观了学校"}


def test_xliff_target_is_repaired_and_needs_review():
    result = fixed(XLIFF, "t.xlf", "xliff")
    assert '<target state="needs-review-translation">He visited the school, talk.</target>' in result.rendered
    assert "<source>他参观了学校</source>" in result.rendered
    assert {i.location.path for i in result.issues} == {"unit page/u1"}  # file and unit id


def test_tmx_english_segment_is_repaired():
    result = fixed(TMX, "t.tmx", "tmx")
    assert "<seg>the school, talk.</seg>" in result.rendered and "<seg>他参观了学校</seg>" in result.rendered


@pytest.mark.parametrize("fmt,bad", [("po", 'msgid "a\nmsgstr\n'), ("xliff", "<xliff><file>"), ("tmx", "<tmx><body>")])
def test_invalid_files_are_refused(fmt, bad):
    with pytest.raises(L10nError, match="not a valid"):
        StoreDocument.parse(bad, "bad", fmt)


target = st.lists(st.sampled_from(["the", "school", "visited", "teachers", "and"]), min_size=1, max_size=6) \
    .map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=40, deadline=None)
@given(st.lists(target, min_size=1, max_size=5))
def test_files_with_nothing_to_repair_are_byte_identical(targets):
    po = "".join(f'#: a:{n}\nmsgid "源{n}"\nmsgstr "{t}"\n\n' for n, t in enumerate(targets))
    assert fixed(po, "a.po", "po").rendered == po
    units = "".join(f'<trans-unit id="u{n}"><source>源</source><target>{t}</target></trans-unit>\n'
                    for n, t in enumerate(targets))
    xlf = XLIFF.split("<trans-unit")[0] + units + "</body></file></xliff>\n"
    assert fixed(xlf, "a.xlf", "xliff").rendered == xlf


def test_plural_units_are_left_alone():
    po = ('msgid "one file"\nmsgid_plural "%d files"\nmsgstr[0] "a file,Visit"\nmsgstr[1] "%d files,Visit"\n\n'
          'msgid "x"\nmsgstr "the school,Talk"\n')
    result = fixed(po, "p.po", "po")
    assert 'msgstr[0] "a file,Visit"' in result.rendered and 'msgstr[1] "%d files,Visit"' in result.rendered
    assert 'msgstr "the school, talk"' in result.rendered
