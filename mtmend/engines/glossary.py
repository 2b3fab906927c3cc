"""The glossary engine: finishes a leftover offline, but only when glossary terms and a small
set of formulaic patterns cover all of it.

Official Chinese prose is built from fixed formulations held together by a few fixed frames
(坚持以…为指导, 关于…的重要论述, …指出, lists with 、). The engine parses a leftover into clauses
and each clause into one frame whose slots are glossary terms, lists of terms or other frames.
If any part is not covered, the span is left alone, flagged, with the uncovered part named in
the report: a partial or word-by-word rendering is never produced.

Frames (X, Y: noun phrases; P: a person; C: a clause):
    X要坚持以Y为指导 -> X must be guided by Y        X(始终)以Y为指导 -> X is (always) guided by Y
    坚持以X为指导   -> be guided by X                P关于X的重要论述 -> P's important remarks on X
    关于X的重要论述 -> important remarks on X        (also 重要思想/重要讲话/重要指示/重要指示批示精神)
    学深悟透X -> gain a deep understanding of X      深入(学习)贯彻(落实)X -> (study and) fully implement X
    为C -> to C        发展X -> developing X          X精神 -> the guiding principles of X
    P指出/强调/表示/要求(，C) -> P pointed out/stressed/said/called for (that C)
    P作重要讲话 -> P delivered an important speech
    X、Y、Z -> X, Y and Z      X和Y / X与Y -> X and Y
    labels: 作者:… 来源:… (terms between values and punctuation) -> Author:… Source:…
Names in a P slot are romanized surname first (金壮龙 -> Jin Zhuanglong); a spelling already used
in the English around the span wins.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from ..glossary import Glossary
from ..pinyin import readings
from ..scripts import HAN, HAN_RE
from . import SpanRequest, Translation

# Common Chinese surnames (single and compound), for romanizing names in person slots.
SURNAMES = frozenset("""
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘
于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江
尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐
易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕
单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆
农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵
苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 欧阳 司马 诸葛
上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯
""".split())
# Readings of characters whose most common reading is not the one used in names.
_NAME_READINGS = {"曾": "zeng", "单": "shan", "解": "xie", "查": "zha", "仇": "qiu", "区": "ou", "朴": "piao",
                  "盖": "ge", "任": "ren", "沈": "shen", "乐": "yue", "尉迟": "yuchi", "长孙": "zhangsun",
                  "万俟": "moqi", "覃": "qin", "缪": "miao", "翟": "zhai", "种": "chong"}
_SPEECH_VERBS = {"指出": "pointed out", "强调": "stressed", "表示": "said", "要求": "called for", "说": "said",
                 "介绍": "said", "希望": "expressed the hope"}
_REMARKS = {"重要论述": "important remarks", "重要思想": "important thinking", "重要讲话": "important speech",
            "重要指示": "important instructions", "重要讲话精神": "the guiding principles of the important speech",
            "重要指示批示精神": "the guiding principles of the important instructions"}
_CLAUSE_SPLIT = re.compile("[，,；;]")
_FINAL = {"。": ".", "！": "!", "？": "?", ".": ".", "!": "!", "?": "?"}
_LABEL_PART = re.compile(f"[{HAN}]+|[^{HAN}]+")

Rule = tuple[re.Pattern[str], str, tuple[str, ...]]


def _frame(pattern: str, template: str, *slots: str) -> Rule:
    return re.compile(pattern), template, slots


# (pattern, template, kinds of the named groups in order): np = noun phrase, cl = clause, p = person
CLAUSE_FRAMES: list[Rule] = [
    _frame(r"(?P<a>.+?)要坚持以(?P<b>.+)为指导", "{a} must be guided by {b}", "np", "np"),
    _frame(r"(?P<a>.+?)始终以(?P<b>.+)为指导", "{a} has always been guided by {b}", "np", "np"),
    _frame(r"(?P<a>.+?)坚持以(?P<b>.+)为指导", "{a} is guided by {b}", "np", "np"),
    _frame(r"(?P<a>.+?)以(?P<b>.+)为指导", "{a} is guided by {b}", "np", "np"),
    _frame(r"坚持以(?P<b>.+)为指导", "be guided by {b}", "np"),
    _frame(r"学深悟透(?P<b>.+)", "gain a deep understanding of {b}", "np"),
    _frame(r"深入学习贯彻落实(?P<b>.+)", "thoroughly study and implement {b}", "np"),
    _frame(r"深入学习贯彻(?P<b>.+)", "thoroughly study and implement {b}", "np"),
    _frame(r"深入贯彻落实(?P<b>.+)", "fully implement {b}", "np"),
    _frame(r"深入贯彻(?P<b>.+)", "fully implement {b}", "np"),
    _frame(r"贯彻落实(?P<b>.+)", "implement {b}", "np"),
    _frame(r"学习贯彻(?P<b>.+)", "study and implement {b}", "np"),
    _frame(r"坚持和加强(?P<b>.+)", "uphold and strengthen {b}", "np"),
    _frame(r"进一步推动(?P<a>.+?)深入开展(?P<b>.+)", "further encourage {a} to carry out {b} in depth", "np", "np"),
    _frame(r"深入开展(?P<b>.+)", "carry out {b} in depth", "np"),
    _frame(r"为(?P<b>.+)", "to {b}", "cl"),
    _frame(r"(?P<a>.+?)作重要讲话", "{a} delivered an important speech", "p"),
    _frame(r"(?P<a>.+?)(?P<v>指出|强调|表示|要求|说|介绍|希望)", "{a} {v}", "p", "verb"),
]
NOUN_FRAMES: list[Rule] = [
    _frame(r"(?P<a>.+?)关于(?P<b>.+)的(?P<r>重要论述|重要思想|重要讲话|重要指示)", "{a}'s {r} on {b}", "p", "np", "remark"),
    _frame(r"关于(?P<b>.+)的(?P<r>重要论述|重要思想|重要讲话|重要指示)", "{r} on {b}", "np", "remark"),
    _frame(r"(?P<a>.+?)(?P<r>重要讲话精神|重要指示批示精神)", "{r} of {a}", "p", "remark"),
    _frame(r"党对(?P<b>.+)的全面领导", "the Party's overall leadership over {b}", "np"),
    _frame(r"学习贯彻(?P<b>.+)主题教育", "the program to study and implement {b}", "np"),
    _frame(r"发展(?P<b>.+)", "developing {b}", "np"),
    _frame(r"(?P<b>.+)精神", "the guiding principles of {b}", "np"),
]


class GlossaryEngine:
    """Finishes leftovers that glossary terms and formulaic frames fully cover; see the module doc."""

    name = "glossary"

    def __init__(self, glossary: Glossary | None = None) -> None:
        self.glossary = glossary or Glossary.builtin()

    def translate(self, requests: Sequence[SpanRequest]) -> list[Translation]:
        # A batch is one document's leftovers: the English around all of them is where a name's
        # spelling is found (`Jin Zhuanglong` written earlier is how 金壮龙 is spelled here).
        english = " ".join(dict.fromkeys(part for r in requests for part in (r.before, r.after)))
        return [self.translate_one(r, english) for r in requests]

    def translate_one(self, request: SpanRequest, english: str = "") -> Translation:
        render = _Renderer(self.glossary, " ".join((request.before, request.after, english)))
        english = render.span(request.text.strip())
        if english is None:
            return Translation(None, f"not covered: {render.uncovered or request.text.strip()}")
        lead = request.text[:len(request.text) - len(request.text.lstrip())]
        trail = request.text[len(request.text.rstrip()):]
        if _starts_sentence(request.before) and english[:1].islower():
            english = english[0].upper() + english[1:]
        return Translation(lead + english + trail)


def _starts_sentence(before: str) -> bool:
    tail = before.rstrip(" \t\"“‘'(")
    return not tail or tail[-1] in "\n.!?。！？:："


class _Renderer:
    """One span's parse; `uncovered` names the smallest part nothing covered."""

    def __init__(self, glossary: Glossary, context: str) -> None:
        self.glossary = glossary
        self.context = context
        self.uncovered = ""
        self.noun = lru_cache(maxsize=None)(self._noun)
        self.clause = lru_cache(maxsize=None)(self._clause)

    def span(self, text: str) -> str | None:
        final = ""
        if text[-1:] in _FINAL:
            text, final = text[:-1], _FINAL[text[-1]]
        if not text:
            return None
        clauses = []
        for part in _CLAUSE_SPLIT.split(text):
            self.uncovered = ""
            clause = self.clause(part.strip())
            if clause is None:  # name the smallest part of this clause that nothing covered
                missed = self.uncovered or part.strip()
                labels = self.labels(text)
                self.uncovered = "" if labels else missed
                return labels + final if labels else None
            clauses.append(clause)
        seps = [("; " if s in ";；" else ", ") for s in _CLAUSE_SPLIT.findall(text)]
        return clauses[0] + "".join(sep + c for sep, c in zip(seps, clauses[1:])) + final

    def labels(self, text: str) -> str | None:
        """`作者: 张三  来源: 新华社`: page labels between values; every Han part must be a term."""
        parts = _LABEL_PART.findall(text)
        if len(parts) < 2:
            return None
        out = []
        for part in parts:
            if HAN_RE.match(part):
                term = self.glossary.get(part)
                if term is None:
                    self._missed(part)
                    return None
                english = term.english
                out.append(english[0].upper() + english[1:])
            else:
                out.append(part)
        return "".join(out)

    def _clause(self, text: str) -> str | None:
        if not text:
            return None
        for pattern, template, kinds in CLAUSE_FRAMES:
            filled = self._fill(pattern, template, kinds, text)
            if filled:
                return filled
        return self.noun(text)

    def _noun(self, text: str) -> str | None:
        if not text:
            return None
        term = self.glossary.get(text)
        if term is not None:
            return term.english
        if "、" in text:
            items = [self.noun(t) for t in text.split("、")]
            if all(items):
                return _series(items)
        for pos in (i for i, c in enumerate(text) if c in "和与及" and 0 < i < len(text) - 1):
            left, right = self.noun(text[:pos]), self.noun(text[pos + 1:])
            if left and right:
                return f"{left} and {right}"
        for pattern, template, kinds in NOUN_FRAMES:
            filled = self._fill(pattern, template, kinds, text)
            if filled:
                return filled
        known = self.name(text, known_only=True)
        if known:
            return known
        self._missed(text)
        return None

    def _fill(self, pattern: re.Pattern[str], template: str, kinds: tuple[str, ...], text: str) -> str | None:
        m = pattern.fullmatch(text)
        if not m:
            return None
        values = {}
        for (name, value), kind in zip(m.groupdict().items(), kinds):
            rendered = self._slot(kind, value)
            if rendered is None:
                return None
            values[name] = rendered
        return template.format(**values)

    def _slot(self, kind: str, value: str) -> str | None:
        slot: dict[str, Callable[[str], str | None]] = {
            "np": self.noun, "cl": self.clause, "p": self.person,
            "verb": _SPEECH_VERBS.get, "remark": _REMARKS.get,
        }
        return slot[kind](value)

    def person(self, text: str) -> str | None:
        term = self.glossary.get(text)
        if term is not None:
            return term.english
        return self.name(text)

    def name(self, text: str, known_only: bool = False) -> str | None:
        """A Chinese personal name, surname first: 金壮龙 -> Jin Zhuanglong. With `known_only`,
        only a name that the English of the document already spells that way."""
        if not 2 <= len(text) <= 4 or not all(HAN_RE.match(c) for c in text):
            return None
        surname = text[:2] if text[:2] in SURNAMES else text[:1]
        given = text[len(surname):]
        if surname not in SURNAMES or not 1 <= len(given) <= 2:
            return None
        family = _NAME_READINGS.get(surname) or "".join(_reading(c) for c in surname)
        personal = "".join(_reading(c) for c in given)
        if not family or not personal:
            return None
        romanized = f"{family.capitalize()} {personal.capitalize()}"
        if romanized in self.context:
            return romanized
        return None if known_only else romanized

    def _missed(self, text: str) -> None:
        if not self.uncovered or len(text) < len(self.uncovered):
            self.uncovered = text


def _reading(char: str) -> str:
    options = readings(char)
    return options[0] if options else ""


def _series(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
