"""The `ctranslate2` engine: a local CTranslate2 model with its SentencePiece models.

Reads what the converters write: OPUS-MT (`ct2-opus-mt-converter`: source.spm and target.spm
beside the model), NLLB and M2M100 (one SentencePiece model; pass the language tokens, e.g.
source_prefix="zho_Hans", target_prefix="eng_Latn"), and Argos Translate `.argosmodel` packages
(a zip with `model/` and `sentencepiece.model`), which are unpacked once into a cache folder.
All the leftovers of a document go to the model in batches; each answer is checked like an
LLM's (no CJK left, plausible length, no commentary).
"""
from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path
from typing import Sequence

from . import SpanRequest, Translation
from .answers import checked
from .protect import translate_protected

_SINGLE_SPM = ("sentencepiece.bpe.model", "sentencepiece.model", "spm.model")


class CTranslate2Engine:
    wants_terms = True  # the glossary terms of each span are protected as placeholders
    name = "ctranslate2"

    def __init__(self, model: str | Path, *, device: str = "cpu", beam_size: int = 4, batch_size: int = 16,
                 threads: int = 0, source_prefix: str | None = None, target_prefix: str | None = None) -> None:
        import ctranslate2
        import sentencepiece

        model_dir = _unpack_argos(Path(model)) if str(model).endswith(".argosmodel") else Path(model)
        ct2_dir = model_dir / "model" if (model_dir / "model" / "model.bin").exists() else model_dir
        if not (ct2_dir / "model.bin").exists():
            raise ValueError(f"{model}: no CTranslate2 model (model.bin) found")
        source_spm, target_spm = _sentencepiece_paths(model_dir)
        self.model = str(model)
        self.translator = ctranslate2.Translator(str(ct2_dir), device=device, intra_threads=threads)
        self.source_sp = sentencepiece.SentencePieceProcessor(model_file=str(source_spm))
        self.target_sp = sentencepiece.SentencePieceProcessor(model_file=str(target_spm))
        self.beam_size, self.batch_size = beam_size, batch_size
        self.source_prefix, self.target_prefix = source_prefix, target_prefix
        self.tokens_out = 0

    def translate(self, requests: Sequence[SpanRequest]) -> list[Translation]:
        return translate_protected(self._translate, requests)  # glossary terms kept (engines/protect.py)

    def _translate(self, requests: Sequence[SpanRequest]) -> list[Translation]:
        if not requests:
            return []
        sources = []
        for r in requests:
            tokens = self.source_sp.encode(r.text, out_type=str)
            sources.append(([self.source_prefix] if self.source_prefix else []) + tokens + ["</s>"])
        prefix = [[self.target_prefix]] * len(sources) if self.target_prefix else None
        try:
            results = self.translator.translate_batch(sources, target_prefix=prefix, beam_size=self.beam_size,
                                                      max_batch_size=self.batch_size, max_decoding_length=256)
        except (RuntimeError, ValueError) as e:
            return [Translation(None, f"engine error: {e}") for _ in requests]
        out = []
        for request, result in zip(requests, results):
            tokens = [t for t in result.hypotheses[0] if t != self.target_prefix]
            self.tokens_out += len(tokens)
            out.append(checked(request, self.target_sp.decode(tokens)))
        return out

    def reachable(self) -> str:
        return "ok (local model)"


def _sentencepiece_paths(model_dir: Path) -> tuple[Path, Path]:
    if (model_dir / "source.spm").exists() and (model_dir / "target.spm").exists():
        return model_dir / "source.spm", model_dir / "target.spm"
    for name in _SINGLE_SPM:
        if (model_dir / name).exists():
            return model_dir / name, model_dir / name
    raise ValueError(f"{model_dir}: no SentencePiece model (source.spm/target.spm or {', '.join(_SINGLE_SPM)})")


def _unpack_argos(package: Path) -> Path:
    """An Argos `.argosmodel` (a zip holding one folder) unpacked into the cache, once."""
    digest = hashlib.sha256(package.read_bytes()).hexdigest()[:16]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    target = Path(base) / "mtmend" / "argos" / digest
    if not target.exists():
        try:
            with zipfile.ZipFile(package) as archive:
                archive.extractall(target.with_suffix(".tmp"))
        except zipfile.BadZipFile:
            raise ValueError(f"{package}: not an Argos package (corrupt zip)") from None
        target.with_suffix(".tmp").rename(target)
    folders = [p for p in target.iterdir() if p.is_dir()]
    return folders[0] if len(folders) == 1 and not (target / "model").exists() else target
