"""Translation units, glossary guidance, fitted answers and explained failures, through the real
HTTP path: bench/refserver.py (a reference translator answering from pairs each test writes) and
tests/fake_servers.py (servers that misbehave on purpose), both on 127.0.0.1."""
import json
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

import mtmend
from mtmend.engines.libretranslate import LibreTranslateEngine
from mtmend.engines.openai import OpenAIEngine
from mtmend.glossary import Term
from mtmend.units import build_units, renders

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


@pytest.fixture
def reference(tmp_path):
    """Start bench/refserver.py on pairs written by the test: returns (base URL, log path)."""
    started = []

    def start(pairs: dict[str, str]):
        n = len(started)
        tsv, port, log = tmp_path / f"pairs-{n}.tsv", tmp_path / f"port-{n}", tmp_path / f"log-{n}.jsonl"
        tsv.write_text("".join(f"{zh}\t{en}\n" for zh, en in pairs.items()), encoding="utf-8")
        started.append(subprocess.Popen([sys.executable, str(ROOT / "bench" / "refserver.py"), str(port), str(log), str(tsv)]))
        for _ in range(200):
            if port.exists() and port.read_text():
                break
            time.sleep(0.05)
        return f"http://127.0.0.1:{port.read_text()}", log

    yield start
    for process in started:
        process.kill()
        process.wait()


@contextmanager
def fake_openai(tmp_path, mode):
    """tests/fake_servers.py's OpenAI-compatible server in `mode`: yields (engine, request log)."""
    log, port = tmp_path / f"log-{mode}.jsonl", tmp_path / f"port-{mode}"
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "fake_servers.py"), "openai", mode, str(port), str(log)])
    try:
        for _ in range(200):
            if port.exists() and port.read_text():
                break
            time.sleep(0.05)
        yield OpenAIEngine(f"http://127.0.0.1:{port.read_text()}/v1", "m", backoff=0), log
    finally:
        server.kill()
        server.wait()


def sent(log):
    return [s for line in log.read_text(encoding="utf-8").splitlines() for s in json.loads(line)["spans"]]


def openai(base):
    return OpenAIEngine(base + "/v1", "reference", backoff=0)


SISTER = "罗伊先生的妹妹凯迪·罗伊 (Camdyn Roy) 作证表示，她的哥哥从不伤害别人。"
SISTER_EN = "Mr Roy's sister, Camdyn Roy, testified that her brother never hurt anyone."


@pytest.mark.parametrize("make", [openai, LibreTranslateEngine])
def test_a_sentence_split_by_a_latin_name_is_one_unit(reference, make):
    base, log = reference({SISTER: SISTER_EN})
    text = f"The court heard from the family. {SISTER} The trial continues on Monday."
    result = mtmend.fix(text, engine=make(base))
    assert result.text == f"The court heard from the family. {SISTER_EN} The trial continues on Monday."
    assert sent(log) == [SISTER]  # one unit with the name inside, not two fragments
    engine_edits = [e for e in result.edits if e.rule.startswith("engine.")]
    assert len(engine_edits) == 1 and engine_edits[0].before == SISTER


def test_a_chinese_sentence_that_opens_with_a_latin_name_is_sent_whole(reference):
    zh = "Brown 是 Germantown 地区遭到枪击的四人之一。"
    base, log = reference({zh: "Brown was one of four people shot in Germantown."})
    result = mtmend.fix(f"Police gave no details. {zh} The investigation continues.", engine=openai(base))
    assert result.text == "Police gave no details. Brown was one of four people shot in Germantown. The investigation continues."
    assert sent(log) == [zh]


@pytest.mark.parametrize("zh,en", [
    ("他的咨询公司 Innovative Consulting Services 未对来电立刻进行回应。",  # its first run looks like a heading half
     "His consulting firm, Innovative Consulting Services, did not immediately return a call."),
    ("去年，在巴西的“绿地投资”(到国外投资设厂的投资模式)为179亿美元。",  # with a bracket that looks like a gloss
     "Last year, greenfield investment in Brazil was 17.9 billion dollars."),
])
def test_a_sentence_is_translated_whole_whatever_one_piece_looked_like(reference, zh, en):
    base, log = reference({zh: en})
    result = mtmend.fix(f"The results were mixed.\n\n{zh}\n\nMore soon.", engine=openai(base))
    assert result.text == f"The results were mixed.\n\n{en}\n\nMore soon."
    assert sent(log) == [zh]


def test_a_run_of_several_sentences_comes_back_in_order(reference):
    base, log = reference({"近日，学校召开安全会议。": "The school held a safety meeting recently.",
                           "会议要求各学院加强检查。": "The meeting asked every college to step up inspections."})
    text = "Campus news\n\n近日，学校召开安全会议。会议要求各学院加强检查。\n\nMore news follows."
    result = mtmend.fix(text, engine=openai(base))
    assert ("The school held a safety meeting recently. The meeting asked every college to step up "
            "inspections.\n\nMore news") in result.text


def test_units_never_cross_a_sentence_end_a_line_or_an_english_clause():
    text = "张三说。 (Reuters) 李四说 and then many English words follow 王五说\n赵六说"
    runs = [(0, 4), (15, 18), (54, 57), (58, 61)]
    assert [(u.start, u.end) for u in build_units(text, runs)] == runs
    one = "凯迪·罗伊 (Camdyn Roy) 作证表示，据 CNN 报道 2020 年"
    merged = build_units(one, [(0, 5), (19, 25), (30, 39)])
    assert [(u.start, u.end, len(u.parts)) for u in merged] == [(0, 39, 3)]


def test_an_engine_that_declines_a_unit_gets_its_runs_one_by_one():
    # The glossary engine covers whole spans only: the unit with a Latin gloss inside is not
    # covered, its two runs are, so merging must not finish less than sending the runs did.
    text = "Officials from 外交部 (MFA)、国务院 attended."
    result = mtmend.fix(text, engine=mtmend.GlossaryEngine())
    assert "the Ministry of Foreign Affairs (MFA)" in result.text and "the State Council attended" in result.text


def test_a_term_worded_otherwise_is_used_and_warned_about(reference):
    zh = "外交部发言人表示，中方欢迎这一决定。"
    base, log = reference({zh: "A Foreign Ministry spokesperson said China welcomed the decision."})
    result = mtmend.fix(f"Beijing reacted quickly. {zh}", engine=openai(base))
    assert result.text == "Beijing reacted quickly. A Foreign Ministry spokesperson said China welcomed the decision."
    warnings = [i for i in result.issues if i.rule == "terminology.engine-rendering"]
    assert [(w.kind, w.severity, w.suggestion, w.data["term"]) for w in warnings] == \
        [("terminology", "warning", "the Ministry of Foreign Affairs", "外交部")]
    assert sent(log) == [zh]  # sent once: the term did not get the answer rejected and retried
    assert any(i["rule"] == "terminology.engine-rendering" for i in result.to_dict()["issues"])


def test_the_prompt_gives_terms_and_hints_for_ordinary_words(tmp_path):
    with fake_openai(tmp_path, "ok") as (engine, log):
        result = mtmend.fix("Reporters waited. 外交部代表表示欢迎。", engine=engine)
    span = json.loads(json.loads(log.read_text(encoding="utf-8").splitlines()[0])["body"]["messages"][1]["content"])["spans"][0]
    assert span["terms"] == {"外交部": "the Ministry of Foreign Affairs"}
    assert span["hints"] == {"代表": "representative"}  # an ordinary word guides, never required
    assert not [i for i in result.issues if i.rule == "terminology.engine-rendering"]


def test_variants_and_inflections_of_a_term_count_as_rendered():
    council = Term("国务院", "the State Council")
    assert renders(council, "The State Council's decision") and renders(council, "state councils met")
    assert not renders(council, "the cabinet")
    mission = Term("不忘初心、牢记使命", "staying true to our founding mission",
                   ("remain true to our original aspiration and keep our mission firmly in mind",))
    assert renders(mission, "We must remain true to our original aspiration and keep our mission firmly in mind.")
    assert renders(mission, "stay true to the founding missions")


@pytest.mark.parametrize("text,pairs,expected", [
    ("浏览Title: Annual report", {"浏览": "Views"}, "Views Title: Annual report"),
    # A figure glued to the Chinese is part of the leftover and goes to the engine with it.
    ("Published in 英文2020 edition.", {"英文2020": "English 2020"}, "Published in English 2020 edition."),
    ("The plan supports 经济的高质量发展, with new funds.", {"经济的高质量发展": "The high-quality development of the economy."},
     "The plan supports the high-quality development of the economy, with new funds."),
    ("Officials met. 会议强调了安全。 Then they left.", {"会议强调了安全。": "the meeting stressed safety"},
     "Officials met. The meeting stressed safety. Then they left."),
])
def test_answers_fit_their_place(reference, text, pairs, expected):
    base, _ = reference(pairs)
    assert mtmend.fix(text, engine=openai(base)).text == expected


def test_an_unfinished_span_keeps_the_rejected_answer_in_its_issue_and_the_notes(tmp_path):
    with fake_openai(tmp_path, "commentary") as (engine, _):
        result = mtmend.fix("Officials said:近日 the plan was ready.", engine=engine)
    report = json.loads(result.to_json())
    leftover = [i for i in report["issues"] if i["rule"] == "untranslated.leftover"][0]
    assert leftover["data"]["engine"] == {"engine": "openai", "reason": "rejected answer: commentary around the translation",
                                          "answer": "Here is the translation: Recently", "unit": [15, 17]}
    assert report["notes"] == ["not translated by openai: 近日 (rejected answer: commentary around the translation) "
                               "answer: 'Here is the translation: Recently'"]


def test_reference_harness_end_to_end_through_the_cli(tmp_path):
    import engines

    docs = [json.loads(line) for line in engines.SET.read_text(encoding="utf-8").splitlines()[:3]]
    with engines.reference_server(tmp_path) as (base, log):
        for name in ("openai", "libretranslate"):
            figures = engines.reference_run(docs, name, base, log, tmp_path)
            assert figures["leftover_han_finished"] == 1.0 and figures["unfinished"] == []
            assert figures["chrf_output"] > 98 > figures["chrf_input"]
            assert figures["finished_documents_exit_0"] == figures["documents_finished"] == 3
            assert figures["chars_sent_vs_leftover"] <= 1.5 and figures["requests"] <= figures["requests_bound"]


def test_a_unit_too_long_for_one_request_is_cut_at_sentence_ends():
    sentence = "会议强调" + "安全" * 400 + "。"  # 805 characters
    text = sentence * 3
    units = build_units(text, [(0, len(text))])
    assert [(u.start, u.end) for u in units] == [(0, 1610), (1610, 2415)]
    assert all(text[u.end - 1] == "。" for u in units)


def test_repairs_of_the_rules_inside_a_translated_unit_give_way_to_it(reference):
    spaced = SISTER.replace("Camdyn Roy", "Camdyn  Roy")  # spacing.whitespace would repair the gap
    base, _ = reference({SISTER: SISTER_EN})
    result = mtmend.fix(f"The court heard from the family. {spaced}", engine=openai(base))
    assert result.text == f"The court heard from the family. {SISTER_EN}"
    assert [e.rule for e in result.edits] == ["engine.openai"]
