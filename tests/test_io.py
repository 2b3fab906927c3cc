"""mtmend.io on real files: what write_atomic does to links, FIFOs and modes, and how decode
tells UTF-16 without a byte-order mark from binary data."""
import os
import stat
import threading

import pytest

from mtmend.io import InputError, decode, read_regular_file, write_atomic


def test_write_atomic_follows_a_link_and_keeps_it(tmp_path):
    target = tmp_path / "target.txt"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomic(str(link), "new")
    assert link.is_symlink() and target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "target.txt"]


def test_write_atomic_creates_a_file_through_a_dangling_link(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "sub-target.txt")
    write_atomic(str(link), b"bytes")
    assert link.is_symlink() and (tmp_path / "sub-target.txt").read_bytes() == b"bytes"


def test_write_atomic_writes_into_a_fifo(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-16-le")))
    reader.start()
    write_atomic(str(fifo), "through", "utf-16-le")
    reader.join(10)
    assert got == ["through"] and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_new_file_mode_follows_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(str(tmp_path / "new.txt"), "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


@pytest.mark.parametrize("text", ["Plain English, the school。", "中文和 English 混合。\n第二行"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(text, encoding):
    data = text.encode(encoding)
    if b"\x00" not in data:
        pytest.skip("no NUL byte: not the case this test is about")
    assert decode(data, "x") == (text, encoding)


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x00\x01\x02\xff" * 100, b"text" * 3000 + b"\x00"])
def test_binary_with_nuls_is_refused(data):
    with pytest.raises(InputError, match="binary"):
        decode(data, "x")


def test_read_regular_file_refuses_a_fifo_without_waiting(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        read_regular_file(str(fifo))
