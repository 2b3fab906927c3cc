import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtmend import Document, Mender
from mtmend.formats.srt import SrtDocument, SrtError

CUES = ("1\n00:00:01,000 --> 00:00:03,000\nHe visited the school,Talk with\nteachers。\n\n"
        "2\n00:00:04,000 --> 00:00:06,500\n近日,he left.\n\n"
        "3\n00:00:07,000 --> 00:00:08,000\nA clean line.\n")


def test_cue_text_is_repaired_and_timing_numbering_line_breaks_kept():
    result = Mender().fix(Document.from_text(CUES, "srt"))
    assert result.rendered == CUES.replace("school,Talk", "school, talk").replace("teachers。", "teachers.") \
        .replace("近日,he", "近日, he")
    assert {i.location.path for i in result.issues} == {"cue 1", "cue 2"}


def test_engine_finishes_a_cue():
    import mtmend

    out = Mender(engine=mtmend.GlossaryEngine()).fix(Document.from_text(CUES, "srt")).rendered
    assert "\nRecently, he left.\n" in out


@pytest.mark.parametrize("bad", ["garbage\n", "1\n00:00:01 --> nope\ntext\n"])
def test_invalid_srt_is_refused(bad):
    with pytest.raises(SrtError):
        SrtDocument.parse(bad)


line = st.lists(st.sampled_from(["the", "school", "visited", "teachers", "and", "in"]), min_size=1, max_size=6) \
    .map(lambda ws: " ".join(ws).capitalize() + ".")
cue_text = st.lists(line, min_size=1, max_size=3).map("\n".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(cue_text, min_size=1, max_size=5), st.sampled_from(["\n", "\r\n"]))
def test_subtitles_with_nothing_to_repair_are_byte_identical(texts, newline):
    source = "".join(f"{n}\n00:00:0{n % 10},000 --> 00:00:0{n % 10},500\n{t}\n\n" for n, t in enumerate(texts, 1))
    source = source.replace("\n", newline)
    assert Mender().fix(Document.from_text(source, "srt")).rendered == source


def test_cli_fixes_srt_in_place_with_backup(tmp_path):
    path = tmp_path / "talk.srt"
    path.write_text(CUES, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mtmend.cli", "fix", str(path), "--in-place"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Recently, he left." in path.read_text(encoding="utf-8")
    assert (tmp_path / "talk.srt.bak").read_text(encoding="utf-8") == CUES
