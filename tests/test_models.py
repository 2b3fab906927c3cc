"""Installing Argos packages from an index served on 127.0.0.1 (a tiny model built here), the
`auto` engine that uses them, and glossary terms kept through a model by placeholders."""
import hashlib
import json
import subprocess
import sys
import threading
import zipfile
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import mtmend
from mtmend import models
from mtmend.engines import SpanRequest, Translation, make_engine
from mtmend.engines.protect import pieces, protect, restore, translate_protected

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("MTMEND_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "data"


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """A real .argosmodel: the tiny CTranslate2 model, its SentencePiece model, metadata.json."""
    pytest.importorskip("ctranslate2")
    sys.path.insert(0, str(Path(__file__).parent))
    import tiny_ct2

    folder = tmp_path_factory.mktemp("argos")
    plain = tiny_ct2.ZH
    tiny_ct2.ZH = plain + [f"{line} [{n}]" for n, line in enumerate(plain[:7])] * 3  # digits and brackets, as real vocabularies have
    try:
        model = tiny_ct2.build(folder / "built")
    finally:
        tiny_ct2.ZH = plain
    path = folder / "translate-zh_en-1_0.argosmodel"
    with zipfile.ZipFile(path, "w") as z:
        for f in ("model.bin", "config.json", "source_vocabulary.json", "target_vocabulary.json"):
            z.write(model / f, f"translate-zh_en-1_0/model/{f}")
        z.write(model / "source.spm", "translate-zh_en-1_0/sentencepiece.model")
        z.writestr("translate-zh_en-1_0/metadata.json", json.dumps(
            {"package_version": "1.0", "argos_version": "1.9.0", "from_code": "zh", "to_code": "en"}))
    return path


@pytest.fixture
def served(package, tmp_path):
    """An HTTP server on 127.0.0.1 with the package and an Argos-style index pointing at it."""
    root = tmp_path / "www"
    root.mkdir()
    (root / package.name).write_bytes(package.read_bytes())
    handler = partial(_QuietHandler, directory=str(root))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    digest = hashlib.sha256(package.read_bytes()).hexdigest()
    index = [{"package_version": "1.0", "argos_version": "1.9.0", "from_code": "zh", "from_name": "Chinese",
              "to_code": "en", "to_name": "English", "links": [f"{base}/{package.name}"], "sha256": digest},
             {"package_version": "1.1", "from_code": "ja", "to_code": "en", "links": [f"{base}/missing.argosmodel"]}]
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base, root
    httpd.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "mtmend.cli", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT)


def test_install_from_the_index_downloads_verifies_and_unpacks(served, data_dir):
    base, _ = served
    assert [p.pair for p in models.read_index(f"{base}/index.json")] == ["zh_en", "ja_en"]
    m = models.install("zh", index=f"{base}/index.json")
    assert (m.from_code, m.to_code, m.version) == ("zh", "en", "1.0")
    assert m.path == data_dir / "models" / "zh_en" and (m.path / "model" / "model.bin").exists()
    assert models.model_for("zh") == m.path and models.model_for("zh-Hant") == m.path and models.model_for("ja") is None
    assert not [p for p in (data_dir / "models").iterdir() if p.name.startswith(".install-")]
    assert models.remove("zh") == m.path and models.installed() == []


def test_checksum_mismatch_installs_nothing(served, data_dir):
    base, root = served
    with pytest.raises(models.ModelError, match="checksum mismatch"):
        models.install(f"{base}/translate-zh_en-1_0.argosmodel", sha256="0" * 64)
    assert models.installed() == [] and list((data_dir / "models").iterdir()) == []


def test_bad_packages_are_refused_with_a_reason(served, tmp_path):
    base, _ = served
    with pytest.raises(models.ModelError, match="HTTP 404"):
        models.install("ja", index=f"{base}/index.json")
    with pytest.raises(models.ModelError, match="no ko->en package"):
        models.install("ko", index=f"{base}/index.json")
    evil = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("../outside/metadata.json", "{}")
    with pytest.raises(models.ModelError, match="unsafe path"):
        models.install(str(evil))
    not_zip = tmp_path / "junk.argosmodel"
    not_zip.write_bytes(b"not a zip")
    with pytest.raises(models.ModelError, match="not a zip"):
        models.install(str(not_zip))
    empty = tmp_path / "empty.argosmodel"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("pkg/metadata.json", json.dumps({"from_code": "zh", "to_code": "en"}))
    with pytest.raises(models.ModelError, match="no CTranslate2 model"):
        models.install(str(empty))
    assert models.installed() == []


def test_auto_engine_is_the_glossary_engine_without_a_model():
    engine = make_engine("auto")
    assert "no model installed" in engine.reachable()
    result = mtmend.fix("近日，两个维护 matters.", engine=engine)
    assert result.text.startswith("Recently, Two Upholds")


def test_cli_install_then_fix_with_the_installed_model(served, tmp_path, data_dir):
    import os

    base, _ = served
    env = dict(os.environ, MTMEND_DATA_DIR=str(data_dir), XDG_CACHE_HOME=str(tmp_path / "cache"),
               PYTHONPATH=str(ROOT))
    installed = run("models", "install", "zh", "--index", f"{base}/index.json", env=env)
    assert installed.returncode == 0, installed.stderr
    listed = run("models", "list", env=env)
    assert listed.stdout.startswith("zh->en\t1.0\t")
    engines = run("engines", env=env)
    assert "zh->en model" in next(line for line in engines.stdout.splitlines() if line.startswith("auto"))
    page = tmp_path / "page.txt"
    page.write_text("近日 the university met。部属高校要坚持面向国家重大需求 and more.\n", encoding="utf-8")
    report = tmp_path / "r.json"
    fixed = run("fix", str(page), "--engine", "auto", "--beam-size", "1", "--no-tm", "--report", str(report), env=env)
    assert fixed.returncode in (0, 1), fixed.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert all("engine error" not in n for n in data["notes"])
    edits = [e for e in data["edits"] if e["rule"] == "engine.auto"]
    assert any(e["after"].startswith("Recently") for e in edits)  # the glossary engine's part
    for e in edits:  # what the model finished keeps the glossary term as the glossary says
        if "国家重大需求" in e["before"]:
            assert "major national needs" in e["after"]
    assert run("models", "remove", "zh", env=env).returncode == 0
    assert run("models", "remove", "zh", env=env).returncode == 2
    bad = run("models", "install", str(tmp_path / "missing.argosmodel"), env=env)
    assert bad.returncode == 2 and bad.stderr.startswith("mtmend: error:") and len(bad.stderr.splitlines()) == 1


def test_the_real_model_path_keeps_glossary_terms(package):
    import sentencepiece

    from mtmend.engines.ctranslate2 import CTranslate2Engine

    engine = CTranslate2Engine(package, beam_size=1)
    sent = []
    model_translate = engine._translate
    engine._translate = lambda requests: sent.extend(r.text for r in requests) or model_translate(requests)
    term = {"国家重大需求": "major national needs"}
    answers = engine.translate([SpanRequest("研究所要坚持面向国家重大需求", "zh", "en", terms=term),
                                SpanRequest("近日学校召开会议", "zh", "en")])
    assert len(answers) == 2 and sent[:2] == ["研究所要坚持面向 [0]", "近日学校召开会议"]
    # The placeholder reaches the model as known pieces of its vocabulary, not as <unk>.
    sp = sentencepiece.SentencePieceProcessor(model_file=str(next(models_dir_spm(package))))
    ids = sp.encode(sent[0])
    assert sp.unk_id() not in ids and sp.decode(ids) == sent[0]
    # Random weights never copy `[0]` back: the fallback translates the pieces around the term.
    first = answers[0]
    assert first.text is None or "major national needs" in first.text


def models_dir_spm(package):
    import tempfile

    folder = Path(tempfile.mkdtemp())
    with zipfile.ZipFile(package) as z:
        z.extract("translate-zh_en-1_0/sentencepiece.model", folder)
    yield folder / "translate-zh_en-1_0" / "sentencepiece.model"


# --- placeholders ------------------------------------------------------------------------

TERMS = {"两个维护": "Two Upholds", "高质量发展": "high-quality development"}


def test_protect_and_restore():
    text, renderings = protect("坚持两个维护，推动高质量发展", TERMS)
    assert text == "坚持 [0] ，推动 [1]" and renderings == ["Two Upholds", "high-quality development"]
    assert restore("uphold [0] and promote [1]", renderings) == "uphold Two Upholds and promote high-quality development"
    assert restore("uphold [0] and promote", renderings) is None  # dropped
    assert restore("uphold [0] [0] and [1]", renderings) is None  # repeated
    assert restore("uphold [ 1 ] and [0]", renderings) == "uphold high-quality development and Two Upholds"
    assert pieces("坚持两个维护，推动", TERMS) == [("坚持", False), ("两个维护", True), ("，推动", False)]


class PhraseModel:
    """A stand-in for an NMT model: a phrase table that copies placeholders, or drops them."""

    def __init__(self, copies):
        self.copies, self.seen = copies, []

    def translate(self, requests):
        self.seen += [r.text for r in requests]
        table = {"坚持": "uphold", "推动": "promote", "，推动": ", promote"}
        out = []
        for r in requests:
            words = [table.get(w, w if w.startswith("[") and self.copies else "") for w in r.text.split()]
            text = " ".join(w for w in words if w) or table.get(r.text.strip())
            out.append(Translation(text) if text else Translation(None, "rejected answer: empty answer"))
        return out


def test_terms_survive_a_model_that_copies_placeholders():
    model = PhraseModel(copies=True)
    answer, = translate_protected(model.translate, [SpanRequest("坚持 两个维护", "zh", "en", terms=TERMS)])
    assert answer.text == "uphold Two Upholds" and model.seen == ["坚持 [0]"]


def test_a_dropped_placeholder_falls_back_to_pieces():
    model = PhraseModel(copies=False)
    answer, = translate_protected(model.translate, [SpanRequest("坚持两个维护，推动高质量发展", "zh", "en", terms=TERMS)])
    assert answer.text == "uphold Two Upholds, promote high-quality development"
    assert model.seen[1:] == ["坚持", "，推动"]


def test_a_broken_installed_model_leaves_the_glossary_engines_work(data_dir):
    broken = data_dir / "models" / "zh_en"
    broken.mkdir(parents=True)
    (broken / models.INSTALL_RECORD).write_text(json.dumps({"from_code": "zh", "to_code": "en"}), encoding="utf-8")
    engine = make_engine("auto")
    answers = engine.translate([SpanRequest("近日", "zh", "en"), SpanRequest("乌镇西栅", "zh", "en")])
    assert answers[0].text == "Recently" and answers[1].text is None and "unusable" in answers[1].reason
