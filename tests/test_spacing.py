import mtmend


def fixed(text, **kw):
    return mtmend.fix(text, **kw).text


def test_space_after_comma_semicolon_colon():
    assert fixed("cabbage,beans;peas and Title:Guide") == "cabbage, beans; peas and Title: Guide"


def test_space_between_joined_sentences():
    assert fixed("by the school.The visit") == "by the school. The visit"


def test_numbers_times_urls_and_abbreviations_untouched():
    for text in ("10,009 vehicles", "at 8:31:48 today", "see https://www.bit.edu.cn/a,b", "the U.S.Army",
                 "mail info@bit.edu.cn,now", "file WechatIMG43.jpg,copy", "AT&amp;T"):
        assert fixed(text) == text, text


def test_whitespace_runs_and_trailing_spaces():
    assert fixed("the  school and   teachers ,too  \nnext") == "the school and teachers, too\nnext"


def test_aligned_columns_and_indentation_kept():
    text = "    indented line\nName      Score     Rank\n"
    assert fixed(text) == text


def test_markdown_hard_break_kept():
    assert fixed("line one  \nline two", format="markdown") == "line one  \nline two"


