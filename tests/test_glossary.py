import subprocess
import sys

import pytest

from mtmend.glossary import Glossary, GlossaryError, load_all


def test_builtin_glossary_is_large_and_valid():
    g = Glossary.builtin()
    assert len(g) >= 400
    for source in ("习近平新时代中国特色社会主义思想", "两个维护", "四个意识", "四个自信", "立德树人", "双一流",
                   "三全育人", "国之重器", "红色基因", "新质生产力", "高质量发展", "全面从严治党", "中国式现代化",
                   "党委书记", "校长", "院士", "部长", "近日", "日前", "据悉", "会上", "与会人员"):
        assert g.get(source) is not None, source
    assert g.get("两个维护").english == "Two Upholds"
    assert "two maintenance" in g.get("两个维护").wrong
    assert {t.domain for t in g} >= {"cpc", "government", "title", "education", "news"}


@pytest.mark.parametrize("suffix,delimiter", [(".tsv", "\t"), (".csv", ",")])
def test_table_round_trip(tmp_path, suffix, delimiter):
    path = tmp_path / f"g{suffix}"
    path.write_text(Glossary.builtin().to_table(delimiter), encoding="utf-8")
    loaded = Glossary.load(path)
    assert [(t.source, t.renderings, t.wrong, t.domain, t.note) for t in loaded] == \
           [(t.source, t.renderings, t.wrong, t.domain, t.note) for t in Glossary.builtin()]


def test_tbx_round_trip(tmp_path):
    path = tmp_path / "g.tbx"
    path.write_text(Glossary.builtin().to_tbx(), encoding="utf-8")
    loaded = Glossary.load(path)
    assert [(t.source, t.renderings, t.wrong) for t in loaded] == \
           [(t.source, t.renderings, t.wrong) for t in Glossary.builtin()]


def test_tbx_version_2_is_read(tmp_path):
    path = tmp_path / "old.tbx"
    path.write_text("""<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1"><langSet xml:lang="zh"><tig><term>双一流</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Double First-Class</term>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>double first-rate</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
</langSet></termEntry></body></text></martif>""", encoding="utf-8")
    term = Glossary.load(path).get("双一流")
    assert term.english == "Double First-Class" and term.wrong == ("double first-rate",)


@pytest.mark.parametrize("content,message", [
    ("source\tenglish\n两个维护\tTwo Upholds\n两个维护\tTwo Safeguards\n", "already defined on line 2"),
    ("source\tenglish\n两个维护\t\n", "needs both a source and an English rendering"),
    ("source\tenglish\twrong\n两个维护\tTwo Upholds\ttwo upholds\n", "part of an accepted one"),
    ("source\tenglish\tcolour\n两个维护\tTwo Upholds\tred\n", "unknown column"),
    ("english\nTwo Upholds\n", "missing source"),
    ("source\tenglish\n两个维护\tTwo Upholds\textra\n", "fields, the header has 2"),
    ("# only a comment\n", "empty glossary"),
])
def test_malformed_glossaries_give_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError, match=message) as e:
        Glossary.load(path)
    assert str(e.value).startswith(str(path))


def test_invalid_tbx_and_unknown_format(tmp_path):
    (tmp_path / "bad.tbx").write_text("<tbx><text>", encoding="utf-8")
    with pytest.raises(GlossaryError, match="invalid TBX"):
        Glossary.load(tmp_path / "bad.tbx")
    (tmp_path / "g.xlsx").write_bytes(b"PK")
    with pytest.raises(GlossaryError, match="unknown glossary format"):
        Glossary.load(tmp_path / "g.xlsx")


def test_user_entries_override_builtin_ones(tmp_path):
    path = tmp_path / "house.csv"
    path.write_text("source,english,wrong\n两个维护,Two Safeguards,two upholds\n", encoding="utf-8")
    term = load_all([path]).get("两个维护")
    assert term.english == "Two Safeguards" and term.user and term.origin == str(path)


def run(*args, cwd=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "mtmend.cli", *args], capture_output=True, text=True,
                          cwd=cwd, input=stdin)


def test_cli_glossary_commands(tmp_path):
    shown = run("glossary", "show", "两个维护")
    assert shown.returncode == 0 and "Two Upholds" in shown.stdout and "two maintenance" in shown.stdout
    assert run("glossary", "show", "no such term").returncode == 1
    listed = run("glossary", "list", "--domain", "title")
    assert "党委书记\tSecretary of the Party Committee" in listed.stdout
    out = tmp_path / "g.tbx"
    assert run("glossary", "export", "--format", "tbx", "-o", str(out)).returncode == 0
    assert len(Glossary.load(out)) == len(Glossary.builtin())


def test_mtmend_toml_is_found_upward_and_its_glossary_applies(tmp_path):
    (tmp_path / "mtmend.toml").write_text('[glossary]\nfiles = ["house.tsv"]\n', encoding="utf-8")
    (tmp_path / "house.tsv").write_text("source\tenglish\twrong\n双一流\tDouble First-Class\tdouble first-rate\n",
                                        encoding="utf-8")
    (tmp_path / "pages").mkdir()
    page = tmp_path / "pages" / "news.txt"
    page.write_text("The university joined the double first-rate programme.\n", encoding="utf-8")
    checked = run("check", str(page))
    assert checked.returncode == 1 and "terminology.forbidden" in checked.stdout
    fixed = run("fix", str(page))
    assert "the Double First-Class programme" in fixed.stdout


def test_bad_project_glossary_is_a_clean_error(tmp_path):
    (tmp_path / "mtmend.toml").write_text('[glossary]\nfiles = "house.tsv"\n', encoding="utf-8")
    page = tmp_path / "news.txt"
    page.write_text("Text.\n", encoding="utf-8")
    result = run("check", str(page))
    assert result.returncode == 2 and "files must be a list" in result.stderr
