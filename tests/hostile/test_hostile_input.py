"""Input that is not a regular file, or not text, is refused with exit 2 and one line; nothing
hangs, nothing is written."""
import json
import os
import socket

import pytest

from builders import mtmend, one_error_line

PAGE = "made by the school。The end,Visit us.\n"


@pytest.fixture
def out(tmp_path):
    path = tmp_path / "out.txt"
    yield path
    assert not path.exists()


def test_a_fifo_is_refused_at_once(tmp_path, out):
    for name in ("pipe.txt", "pipe.docx", "pipe"):
        fifo = tmp_path / name
        os.mkfifo(fifo)
        for command in (["check", fifo], ["fix", fifo, "-o", out]):
            result = mtmend(*command, timeout=30)  # no writer ever opens it: a read would wait forever
            assert result.returncode == 2
            assert "is a FIFO (named pipe), not a regular file" in one_error_line(result)


def test_a_socket_and_a_device_are_refused(tmp_path, out):
    sock = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock))
    try:
        result = mtmend("fix", sock, "-o", out)
        assert result.returncode == 2 and "is a socket" in one_error_line(result)
    finally:
        server.close()
    result = mtmend("fix", "/dev/zero", "-o", out)  # reading it would never end
    assert result.returncode == 2 and "is a character device" in one_error_line(result)


def test_standard_input_is_still_read(tmp_path):
    result = mtmend("fix", "-", stdin=PAGE.encode())
    assert result.returncode == 0 and result.stdout.decode() == "made by the school. The end, visit us.\n"


def test_a_symbolic_link_loop_says_so(tmp_path, out):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    result = mtmend("fix", tmp_path / "a.txt", "-o", out)
    assert result.returncode == 2
    line = one_error_line(result)
    assert "loop of symbolic links" in line and "no such file" not in line
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    result = mtmend("fix", tmp_path / "dangling.txt", "-o", out)
    assert result.returncode == 2 and "symbolic link to a missing file" in one_error_line(result)


def test_nul_bytes_after_the_first_8_kb_are_binary(tmp_path, out):
    path = tmp_path / "late-nul.txt"
    path.write_bytes(PAGE.encode() * 400 + b"\x00\x01\x02" + PAGE.encode())
    assert len(PAGE.encode()) * 400 > 8192
    result = mtmend("fix", path, "-o", out)
    assert result.returncode == 2 and "binary" in one_error_line(result)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text_and_written_back_so(tmp_path, encoding):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode(encoding))
    result = mtmend("fix", path, "--in-place")
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == "made by the school. The end, visit us.\n".encode(encoding)


def test_random_bytes_with_nuls_are_still_binary(tmp_path, out):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(256)) * 64)
    result = mtmend("fix", path, "-o", out)
    assert result.returncode == 2 and "binary" in one_error_line(result)


def test_an_srt_cue_that_ends_before_it_starts_is_refused(tmp_path, out):
    path = tmp_path / "subs.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nthe school,Talk\n\n"
                    "2\n00:00:09,000 --> 00:00:04,000\nback in time\n", encoding="utf-8")
    result = mtmend("fix", path, "-o", out)
    assert result.returncode == 2
    assert "cue 2 ends at 00:00:04,000, before it starts at 00:00:09,000" in one_error_line(result)


def test_10000_levels_of_html_nesting_give_short_location_lines(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>the school,Talk。" * 10000 + "</div>" * 10000 + "</body></html>")
    result = mtmend("check", path, timeout=120)
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 0 and len(lines) == 30000  # spacing, casing and punctuation at every level
    assert max(map(len, lines)) < 300
    report = json.loads(mtmend("check", "--output-format", "json", path, timeout=120).stdout)
    paths = [i["path"] for f in report["files"] for i in f["issues"]]
    assert max(map(len, paths)) < 300
    assert paths[-1] == "/html[1]/body[1]/div[1]/div[1]/…9992 more…/div[1]/div[1]/div[1]/div[1]/div[1]/div[1]"
