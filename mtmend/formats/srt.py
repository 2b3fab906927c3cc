"""SRT subtitles: each cue's text is a segment; numbers, timings and line breaks stay as they are.

The `srt` library validates the file; the cue texts are then located in the source so that
writing back replaces only them (srt.compose would also normalise timings and blank lines).
"""
from __future__ import annotations

import re

from .segments import Format, Piece, Segment, SegmentedDocument

_CUE_HEAD = re.compile(r"(?m)^[ \t]*(\d+)[ \t]*\r?\n[ \t]*\d+:\d+:\d+[,.]\d+[ \t]*-->[ \t]*\d+:\d+:\d+[,.]\d+[^\r\n]*(?:\r?\n|\Z)")
_SRT_START = re.compile(r"\A\ufeff?\s*\d+\s*\r?\n\d+:\d+:\d+[,.]\d+\s*-->")
_CUE_END = re.compile(r"\r?\n[ \t]*(?:\r?\n|\Z)|\Z")


class SrtError(ValueError):
    """A file that is not valid SRT."""


class SrtDocument(SegmentedDocument):
    format = "srt"

    @classmethod
    def parse(cls, source: str, name: str = "<input>") -> "SrtDocument":
        import srt

        try:
            cues = list(srt.parse(source))
        except (srt.SRTParseError, ValueError) as e:
            raise SrtError(f"{name}: not valid SRT ({str(e).splitlines()[0]})") from None
        if not cues:
            raise SrtError(f"{name}: no subtitle cues")
        segments = []
        for head in _CUE_HEAD.finditer(source):
            start = head.end()
            end = _CUE_END.search(source, start).start()
            segments.append(Segment([Piece(start, end, source[start:end])], f"cue {head.group(1)}"))
        if len(segments) != len(cues) or any(s.text.replace("\r\n", "\n").strip() != c.content.replace("\r\n", "\n").strip()
                                             for s, c in zip(segments, cues)):
            raise SrtError(f"{name}: the cues could not be located in the file (unusual SRT layout)")
        return cls(source, segments)


def looks_like_srt(head: str) -> bool:
    return bool(_SRT_START.match(head))


ADAPTERS = (Format("srt", (".srt",), SrtDocument.parse, looks_like_srt, sniff_order=20),)
