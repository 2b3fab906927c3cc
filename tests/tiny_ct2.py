"""Build a tiny CTranslate2 Transformer (random weights) and SentencePiece models for tests: the
real loading, tokenizing, batching and decoding path runs without downloading any model."""
from pathlib import Path

import numpy as np

ZH = ["近日学校召开会议", "部属高校要坚持以思想为指导", "研究所要坚持面向国家重大需求", "学校党委始终坚持",
      "我们登上了这项运动的巅峰", "在太仓市东林村的集体大棚里", "衡量收入差距的一种方法就是基尼系数"] * 20
EN = ["recently the university held a meeting", "universities must be guided by thought",
      "the institute must serve major national needs", "the university party committee always upholds",
      "we reached the top of the sport", "in the greenhouse of the village", "one way to measure income inequality"] * 20


def train_spm(lines, prefix, vocab_size):
    import sentencepiece

    text = Path(f"{prefix}.txt")
    text.write_text("\n".join(lines), encoding="utf-8")
    sentencepiece.SentencePieceTrainer.train(input=str(text), model_prefix=str(prefix), vocab_size=vocab_size,
                                             character_coverage=1.0, model_type="unigram", bos_id=-1, eos_id=2,
                                             unk_id=1, pad_id=0, pad_piece="<blank>", minloglevel=2,
                                             hard_vocab_limit=False)
    return Path(f"{prefix}.model")


def build(folder: Path, d_model=16, ffn=32, layers=1, heads=2, seed=0) -> Path:
    """A model folder laid out like ct2-opus-mt-converter's output: model.bin, source.spm, target.spm."""
    import ctranslate2.specs as specs
    import sentencepiece

    folder.mkdir(parents=True, exist_ok=True)
    train_spm(ZH, folder / "src", 120).rename(folder / "source.spm")
    train_spm(EN, folder / "tgt", 80).rename(folder / "target.spm")

    def vocabulary(name):
        processor = sentencepiece.SentencePieceProcessor(model_file=str(folder / name))
        return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]

    source_vocab, target_vocab = vocabulary("source.spm"), vocabulary("target.spm")
    spec = specs.TransformerSpec.from_config(num_layers=layers, num_heads=heads)
    rng = np.random.default_rng(seed)

    def shape(name):
        if name.endswith("embeddings_0/weight"):
            return (len(source_vocab), d_model)
        if name.endswith("embeddings/weight") or name.endswith("projection/weight"):
            return (len(target_vocab), d_model)
        if name.endswith(("gamma", "beta")):
            return (d_model,)
        if "self_attention/linear_0" in name:
            return (3 * d_model, d_model)
        if "/attention/linear_1" in name:
            return (2 * d_model, d_model)
        if "ffn/linear_0" in name:
            return (ffn, d_model)
        if "ffn/linear_1" in name:
            return (d_model, ffn)
        return (d_model, d_model)

    def fill(layer, name, value):
        if value is None:
            full = layer.__dict__.get("_scope", "") + "/" + name
            array = np.ones(shape(full), np.float32) if name == "gamma" else \
                rng.normal(0, 0.1, shape(full)).astype(np.float32) if name != "beta" else np.zeros(shape(full), np.float32)
            setattr(layer, name, array)

    _visit_with_scope(spec, "", fill)
    spec.register_source_vocabulary(source_vocab)
    spec.register_target_vocabulary(target_vocab)
    spec.validate()
    spec.save(str(folder))
    return folder


def _visit_with_scope(spec, scope, fn):
    """Like ModelSpec._visit, with the full variable path known to `fn` (for the shapes)."""
    for name, value in list(spec.__dict__.items()):
        if name.startswith("_"):
            continue
        path = f"{scope}/{name}" if scope else name
        if isinstance(value, list):
            for i, item in enumerate(value):
                if hasattr(item, "__dict__"):
                    _visit_with_scope(item, f"{path}_{i}", fn)
        elif hasattr(value, "__dict__") and not isinstance(value, (np.ndarray, str)):
            _visit_with_scope(value, path, fn)
        else:
            spec.__dict__["_scope"] = scope
            fn(spec, name, value)
