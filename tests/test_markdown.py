import mtmend


def test_code_and_link_targets_untouched():
    text = ("# Visit report\n\nThe school,Visit the lab。 See `a,b。c` and [the page](http://x.cn/a,B。).\n\n"
            "```\nprint('x,Y。')\n```\n")
    out = mtmend.fix(text, format="markdown").text
    assert "`a,b。c`" in out and "(http://x.cn/a,B。)" in out and "print('x,Y。')" in out
    assert "The school, visit the lab. See" in out


def test_front_matter_untouched():
    text = "---\ntitle: a,B。\n---\nThe school,Visit us。\n"
    out = mtmend.fix(text, format="markdown").text
    assert out.startswith("---\ntitle: a,B。\n---\n") and out.endswith("The school, visit us.\n")


def test_leftover_in_code_not_reported():
    text = "Intro.\n\n```\n# 注释\n```\n"
    assert [i for i in mtmend.check(text, format="markdown") if i.kind == "untranslated"] == []
