"""find_leftovers reads a repeated line once (leftovers._units_by_line): a line's units, languages
and intents are kept by its text and the text within reach of _intent. The same line among other
lines must be judged as if it were read for the first time."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtmend import align, leftovers
from mtmend.leftovers import find_leftovers

# Lines whose intent hangs on what stands around them: a reading on the next line, a Latin word
# ending the line above, an explanation or bracket after a line break, headings and fields.
LINES = [
    "这些橘子怎么卖？", "Zhèxiē júzi zěnme mài?", "Yuanjiajie", "袁家界", "袁家界 is a park.",
    "The dish is called 饺子", "(dumplings) and it is served hot.", "(", "dumplings)", "a day for graves.",
    "Today is 清明,", "the", "Campus Lectures 校园讲座", "## 交通 Getting there", "Original title: 英雄本色",
    "He shouted \"你好！\" and waved.", "Maggie Cheung 张曼玉", "Beijing (北京) is large.", "–", "\"",
    "calm brings you far", "宁静致远 –", "京ICP备12345678号", "技术支持：某公司  京ICP备12345678号",
    "会议于2024年召开，与会代表讨论了发展规划。", "The meeting was held in 2024 to discuss the plan.",
    "| tea | 茶 |", "| Green tea | 绿茶 |", "1. 三体", "1. The Three-Body Problem", "", "   ", "\u3000",
    "Officials from 外交部 attended.", "我们会继续努力。", "He said: \"我们会继续努力。\"",
]
page = st.lists(st.sampled_from(LINES), min_size=1, max_size=12).map("\n".join)
SOME = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _fresh(text):
    leftovers._LINE_UNITS.clear()
    leftovers._LINE_INTENTS.clear()
    return _warm(text)


def _warm(text):
    align._MEMO.clear()  # the aligner's own memo (keyed by a line's context) is not under test here
    return _fields(find_leftovers(text))


def _fields(found):
    return [(lo.start, lo.end, lo.text, lo.language, lo.intent, lo.translation, lo.score) for lo in found]


@SOME
@given(page, page)
def test_a_line_read_before_elsewhere_is_judged_as_if_new(first, second):
    find_leftovers(first)  # its lines are kept, in their own surroundings
    find_leftovers(second + "\n" + first)
    warm = _warm(first + "\n\n" + second)
    assert warm == _fresh(first + "\n\n" + second)


def test_a_reading_below_is_read_with_the_line_under_it():
    text = "这些橘子怎么卖？\nZhèxiē júzi zěnme mài?"
    assert [lo.intent for lo in find_leftovers(text)] == [leftovers.PINYIN]
    assert [lo.intent for lo in find_leftovers("这些橘子怎么卖？\nThe train leaves at noon.")] == [leftovers.LEFTOVER]
    assert [lo.intent for lo in find_leftovers(text)] == [leftovers.PINYIN]


# The same line with the same text before it, and different text after it or above it: the
# second page must not get the first one's verdict.
NEIGHBOURS = [
    ("这些橘子怎么卖？\nZhèxiē júzi zěnme mài?", "这些橘子怎么卖？\nThe train leaves at noon."),
    ("The dish is called 饺子\n(dumplings) and it is served hot.",
     "The dish is called 饺子\n(Dumplings) And It Is Served Hot."),
    ("The dish is called 饺子 (\n\ndumplings) and it is hot.", "The dish is called 饺子 (\n\nDumplings) and it is hot."),
    ("Yuanjiajie\n袁家界", "Welcome\n袁家界"),
    ("Today we visit 宁静致远\n–\n\"\ncalm brings you far\"", "Today we visit 宁静致远\n–\n\"\n123\""),
    ("Today is 清明,\nthe\nday for graves.", "Today is 清明,\nthe\nDay for graves."),
]


def test_a_line_is_judged_with_the_lines_around_it():
    for first, second in NEIGHBOURS:
        alone = _fresh(second)
        assert [lo[4] for lo in _fresh(first)] != [lo[4] for lo in alone]  # the neighbours decide
        _fresh(first)
        assert _warm(second) == alone


def test_two_lines_that_share_one_context_are_aligned_each_on_its_own():
    align._MEMO.clear()
    text = "Today is 清明,\n| tea | 茶 |"
    first = _fields(find_leftovers(text))
    assert first[-1][4] == leftovers.BILINGUAL  # the cell translates its row, line 0's answer is not its own
    assert _fields(find_leftovers(text)) == first
