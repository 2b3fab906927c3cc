"""Installed offline translation models: Argos Translate packages (`.argosmodel`, a zip holding
one folder with a CTranslate2 model, SentencePiece models and metadata.json).

Packages come from the Argos package index (a JSON list of packages with `from_code`,
`to_code`, `package_version` and download `links`; the URL is configurable), from a file, or
from a URL. A download is verified before anything is unpacked: its SHA-256 against the index's
`checksum`/`sha256` or the one the user gives, the zip's own CRCs, its layout (no paths
leaving the folder, a size limit against zip bombs), and its metadata against the languages
asked for. Packages are kept in the user data directory (`$MTMEND_DATA_DIR`, else
`$XDG_DATA_HOME/mtmend`, else `~/.local/share/mtmend`) under `models/FROM_TO/`, unpacked into
a temporary folder and renamed into place, so a failed install leaves nothing behind.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INSTALL_RECORD = "mtmend-install.json"
MAX_UNPACKED = 4 * 1024 ** 3  # bytes; real zh->en packages are about 100 MB


class ModelError(ValueError):
    """A package that cannot be installed or used; the message says why in one line."""


@dataclass(frozen=True)
class Package:
    """One package of an index."""

    from_code: str
    to_code: str
    version: str
    links: tuple[str, ...]
    sha256: str = ""
    name: str = ""

    @property
    def pair(self) -> str:
        return f"{self.from_code}_{self.to_code}"


@dataclass(frozen=True)
class Installed:
    from_code: str
    to_code: str
    version: str
    path: Path
    sha256: str
    source: str


def data_dir() -> Path:
    explicit = os.environ.get("MTMEND_DATA_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "mtmend"


def models_dir() -> Path:
    return data_dir() / "models"


def index_url() -> str:
    return os.environ.get("MTMEND_MODELS_INDEX") or DEFAULT_INDEX


def read_index(source: str | None = None, timeout: float = 60.0) -> list[Package]:
    """The packages of an index (a URL or a local JSON file)."""
    source = source or index_url()
    raw = _fetch_bytes(source, timeout) if _is_url(source) else _read_local(source)
    try:
        entries = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ModelError(f"{source}: not a package index (invalid JSON)") from None
    if not isinstance(entries, list):
        raise ModelError(f"{source}: not a package index (expected a JSON list)")
    packages = []
    for e in entries:
        if not isinstance(e, dict) or not e.get("from_code") or not e.get("to_code"):
            continue
        if e.get("type", "translate") != "translate":
            continue
        links = tuple(str(link) for link in e.get("links") or ())
        packages.append(Package(str(e["from_code"]), str(e["to_code"]), str(e.get("package_version", "")), links,
                                str(e.get("sha256") or e.get("checksum") or "").lower(), str(e.get("code", ""))))
    return packages


def installed() -> list[Installed]:
    out = []
    root = models_dir()
    if not root.is_dir():
        return out
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        record = folder / INSTALL_RECORD
        try:
            meta = json.loads(record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        out.append(Installed(meta["from_code"], meta["to_code"], meta.get("version", ""), folder,
                             meta.get("sha256", ""), meta.get("source", "")))
    return out


def model_for(source_language: str, target_language: str = "en") -> Path | None:
    """The installed package folder for a language pair (`zh-Hant` uses the `zh` package)."""
    wanted = source_language.split("-")[0].lower()
    for model in installed():
        if model.from_code.split("-")[0].lower() == wanted and model.to_code.startswith(target_language):
            return model.path
    return None


def install(what: str, *, to_code: str = "en", index: str | None = None, sha256: str | None = None,
            timeout: float = 600.0) -> Installed:
    """Install a package: `what` is a language code (looked up in the index), a URL or a file."""
    if _is_url(what) or what.endswith(".argosmodel") or Path(what).is_file():
        return _install_archive(what, sha256=sha256, expect=None, timeout=timeout)
    packages = [p for p in read_index(index, timeout=min(timeout, 60.0)) if p.from_code == what and p.to_code == to_code]
    if not packages:
        raise ModelError(f"no {what}->{to_code} package in the index {index or index_url()}")
    package = max(packages, key=lambda p: _version_key(p.version))
    if not package.links:
        raise ModelError(f"the index lists {package.pair} without a download link")
    return _install_archive(package.links[0], sha256=sha256 or package.sha256 or None, expect=package, timeout=timeout)


def remove(what: str) -> Path:
    """Remove an installed package by pair (`zh_en`) or source language (`zh`)."""
    for model in installed():
        if what in (model.path.name, f"{model.from_code}_{model.to_code}", model.from_code):
            shutil.rmtree(model.path)
            return model.path
    raise ModelError(f"no installed model {what!r} (see `mtmend models list`)")


def _install_archive(source: str, *, sha256: str | None, expect: Package | None, timeout: float) -> Installed:
    root = models_dir()
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root, prefix=".install-") as work:
        archive = Path(work) / "package.argosmodel"
        if _is_url(source):
            _download(source, archive, timeout)
        else:
            path = Path(source)
            if not path.is_file():
                raise ModelError(f"{source}: no such file")
            shutil.copyfile(path, archive)
        digest = _sha256(archive)
        if sha256 and digest != sha256.lower():
            raise ModelError(f"{source}: checksum mismatch (expected sha256 {sha256.lower()}, got {digest})")
        unpacked = Path(work) / "unpacked"
        top = _unpack(archive, unpacked, source)
        meta = _metadata(top, source)
        if expect and (meta["from_code"], meta["to_code"]) != (expect.from_code, expect.to_code):
            raise ModelError(f"{source}: package is {meta['from_code']}->{meta['to_code']}, "
                             f"the index says {expect.from_code}->{expect.to_code}")
        _check_layout(top, source)
        record = {"from_code": meta["from_code"], "to_code": meta["to_code"],
                  "version": str(meta.get("package_version", "")), "sha256": digest, "source": source}
        (top / INSTALL_RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        target = root / f"{meta['from_code']}_{meta['to_code']}"
        if target.exists():
            shutil.rmtree(target)
        top.rename(target)
    return Installed(record["from_code"], record["to_code"], record["version"], target, digest, source)


def _unpack(archive: Path, into: Path, source: str) -> Path:
    """Unpack a package zip after checking it; the folder with metadata.json."""
    try:
        with zipfile.ZipFile(archive) as z:
            members = z.infolist()
            if sum(m.file_size for m in members) > MAX_UNPACKED:
                raise ModelError(f"{source}: package unpacks to more than {MAX_UNPACKED // 1024 ** 3} GiB")
            for m in members:
                name = PurePosixPath(m.filename)
                if name.is_absolute() or ".." in name.parts or "\\" in m.filename:
                    raise ModelError(f"{source}: unsafe path in package: {m.filename}")
            bad = z.testzip()
            if bad is not None:
                raise ModelError(f"{source}: corrupt package (bad CRC in {bad})")
            z.extractall(into)
    except zipfile.BadZipFile:
        raise ModelError(f"{source}: not an Argos package (not a zip file)") from None
    if (into / "metadata.json").exists():
        return into
    folders = [p for p in into.iterdir() if p.is_dir()]
    if len(folders) == 1 and (folders[0] / "metadata.json").exists():
        return folders[0]
    raise ModelError(f"{source}: not an Argos package (no metadata.json)")


def _metadata(top: Path, source: str) -> dict:
    try:
        meta = json.loads((top / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ModelError(f"{source}: unreadable metadata.json") from None
    if not isinstance(meta, dict) or not meta.get("from_code") or not meta.get("to_code"):
        raise ModelError(f"{source}: metadata.json lacks from_code/to_code")
    for key in ("from_code", "to_code"):
        if not str(meta[key]).replace("-", "").replace("_", "").isalnum():
            raise ModelError(f"{source}: metadata.json has an invalid {key}")
    return meta


def _check_layout(top: Path, source: str) -> None:
    model = top / "model" if (top / "model").is_dir() else top
    if not (model / "model.bin").exists():
        raise ModelError(f"{source}: no CTranslate2 model (model/model.bin) in the package")
    if not any((top / n).exists() for n in ("sentencepiece.model", "source.spm", "spm.model", "sentencepiece.bpe.model")):
        raise ModelError(f"{source}: no SentencePiece model in the package")


def _download(url: str, to: Path, timeout: float) -> None:
    import httpx

    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True) as response:
            if response.status_code != 200:
                raise ModelError(f"{url}: HTTP {response.status_code}")
            with to.open("wb") as f:
                for chunk in response.iter_bytes(1 << 20):
                    f.write(chunk)
    except httpx.HTTPError as e:
        raise ModelError(f"{url}: download failed ({type(e).__name__})") from None


def _fetch_bytes(url: str, timeout: float) -> bytes:
    import httpx

    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as e:
        raise ModelError(f"{url}: cannot read the index ({type(e).__name__})") from None
    if response.status_code != 200:
        raise ModelError(f"{url}: HTTP {response.status_code}")
    return response.content


def _read_local(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise ModelError(f"{path}: cannot read the index ({e.strerror})") from None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in version.replace("_", ".").split("."))
