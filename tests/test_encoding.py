import mtmend


def test_mojibake_repaired_with_ftfy():
    r = mtmend.fix("the universityâ€™s campus")
    assert r.text == "the university’s campus"
    assert r.edits[0].rule == "encoding.mojibake"


def test_fullwidth_latin_and_digits():
    assert mtmend.fix("students of ＭＥ２０２４ group").text == "students of ME2024 group"


def test_clean_accented_text_untouched():
    text = "The café in Zürich served crème brûlée."
    assert mtmend.fix(text).text == text


def test_invisible_characters_removed_and_spacing_follows():
    assert mtmend.fix("the school,\u200bthe lab").text == "the school, the lab"
