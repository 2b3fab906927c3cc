"""Writing never destroys what it writes to: devices and FIFOs are written through, symbolic
links followed (the link stays), regular files replaced atomically with their mode kept, new
files created with the mode the umask gives."""
import os
import stat
import threading

import pytest

from builders import mtmend

PAGE = "made by the school。The end,Visit us.\n"
FIXED = "made by the school. The end, visit us.\n"


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_output_onto_a_device_node_writes_through_and_keeps_the_device(tmp_path, page):
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
    except (PermissionError, OSError) as e:
        pytest.skip(f"cannot make a device node here ({e})")
    report = tmp_path / "report-device"
    os.mknod(report, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    result = mtmend("fix", page, "-o", device, "--report", report)
    assert result.returncode == 0, result.stderr
    for node in (device, report):
        info = os.lstat(node)
        assert stat.S_ISCHR(info.st_mode) and info.st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "page.txt", "report-device"]  # no temporary left


def test_output_onto_a_fifo_is_written_into_it(tmp_path, page):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = mtmend("fix", page, "-o", fifo)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received == [FIXED.encode()]


@pytest.mark.parametrize("how", ["--in-place", "-o"])
def test_a_symbolic_link_is_followed_and_stays_a_link(tmp_path, how):
    real = tmp_path / "real" / "page.txt"
    real.parent.mkdir()
    real.write_text(PAGE, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    args = ["fix", link, "--in-place"] if how == "--in-place" else ["fix", real, "-o", link]
    if how == "-o":
        real.with_name("other.txt").write_text("old content\n")
        link.unlink()
        link.symlink_to(real.with_name("other.txt"))
    result = mtmend(*args)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    target = link.resolve()
    assert target.read_text(encoding="utf-8") == FIXED
    if how == "--in-place":
        assert target == real
        assert (tmp_path / "link.txt.bak").read_text(encoding="utf-8") == PAGE


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_get_the_mode_the_umask_gives(tmp_path, page, umask, mode):
    out, report = tmp_path / "out.txt", tmp_path / "report.json"
    result = mtmend("fix", page, "-o", out, "--report", report, umask=umask)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert stat.S_IMODE(report.stat().st_mode) == mode


def test_an_existing_file_keeps_its_mode(tmp_path, page):
    page.chmod(0o640)
    out = tmp_path / "out.txt"
    out.write_text("old\n")
    out.chmod(0o604)
    assert mtmend("fix", page, "-o", out, umask=0o077).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o604 and out.read_text() == FIXED
    assert mtmend("fix", page, "--in-place", umask=0o077).returncode == 0
    assert stat.S_IMODE(page.stat().st_mode) == 0o640 and page.read_text() == FIXED
