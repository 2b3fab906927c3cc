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


def test_text_and_markdown_with_nothing_to_repair_come_out_identical():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    import mtmend

    sentence = st.lists(st.sampled_from(["the", "school", "visited", "teachers", "and", "2024"]), min_size=1,
                        max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")
    block = st.one_of(sentence, sentence.map(lambda s: "# " + s), sentence.map(lambda s: "- " + s),
                      st.just("```\ncode,Here。\n```"), sentence.map(lambda s: f"`x,Y` {s}"))

    @settings(max_examples=60, deadline=None)
    @given(st.lists(block, min_size=1, max_size=6))
    def check(blocks):
        text = "\n\n".join(blocks) + "\n"
        assert mtmend.fix(text, format="markdown").text == text
        plain = "\n\n".join(b for b in blocks if not b.startswith(("```", "`"))) + "\n"
        assert mtmend.fix(plain, format="text").text == plain

    check()
