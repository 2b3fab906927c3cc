"""Plain text: all of it is prose. The format of anything no other adapter claims."""
from __future__ import annotations

from .segments import Format, WholeText


def parse(source: str, name: str = "<input>") -> WholeText:
    return WholeText(source, "text")


ADAPTERS = (Format("text", (".txt",), parse, sniff_order=1000),)
