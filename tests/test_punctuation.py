import mtmend


def fixed(text, **kw):
    return mtmend.fix(text, **kw).text


def test_full_stop_becomes_ascii_with_space():
    assert fixed("made by the school。The visit ended。") == "made by the school. The visit ended."


def test_fullwidth_comma_and_enumeration_comma():
    assert fixed("Beijing，Shanghai、Tianjin and Xi'an") == "Beijing, Shanghai, Tianjin and Xi'an"


def test_brackets_get_english_spacing():
    assert fixed("the hotel（The Shard）in London") == "the hotel (The Shard) in London"


def test_title_marks_become_quotes_or_markdown_italics():
    assert fixed("the novel 《Red Sorghum》 was filmed") == "the novel “Red Sorghum” was filmed"
    assert fixed("the novel 《Red Sorghum》 was filmed", format="markdown") == "the novel *Red Sorghum* was filmed"


def test_duplicate_sentence_end_removed():
    assert fixed("for its support.。") == "for its support."


def test_gloss_brackets_are_converted_but_gloss_kept():
    assert fixed("Police in Hong Kong （香港） said") == "Police in Hong Kong (香港) said"


def test_every_punctuation_edit_is_reported():
    r = mtmend.fix("school。The")
    assert [(e.before, e.after, e.rule) for e in r.edits] == [("。", ". ", "punctuation.fullwidth")]
