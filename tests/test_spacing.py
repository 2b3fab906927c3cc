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




def test_ideographic_spaces_become_one_space_or_go():
    assert fixed("the school\u3000and\u3000\u3000teachers") == "the school and teachers"
    assert fixed("the school\u3000、the lab") == "the school, the lab"
    assert fixed("the school \u3000\nnext") == "the school\nnext"


def test_spaces_before_a_chinese_mark_go_in_the_same_pass():
    # One pass must leave nothing for a second one: these came from property-test failures.
    for text, expected in [("the school  ，The lab", "the school, the lab"),
                           ("the school ,“Red”", "the school, “Red”"),
                           ("the school ,10,009 people", "the school, 10,009 people"),
                           ("the school !Talk", "the school! Talk"),
                           ("the school；《Red》", "the school; “Red”")]:
        once = fixed(text)
        assert once == expected, text
        assert fixed(once) == once


def test_winking_emoticon_keeps_its_space():
    assert fixed("see you ;)") == "see you ;)"


def test_names_and_domains_with_an_internal_dot_are_kept():
    for text in ("prices on HowMuch.Net show", "rooms on Booking.Com cost", "news from Space.Com and NASA.gov"):
        assert fixed(text) == text, text
    assert fixed("They bought an iPhone.The store was full") == "They bought an iPhone. The store was full"


def test_a_gap_at_chinese_text_is_left_as_it_is():
    assert mtmend.fix("Stations: 广州南站  G101 and the school  next door").text == \
        "Stations: 广州南站  G101 and the school next door"
    assert mtmend.fix("近日  （北京） we met").text.startswith("近日  （北京）")
