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
    page furniture: menus and breadcrumbs split at `|` `>` `»` (every item a term), share bars of
    platforms (微信 微博 QQ空间 -> WeChat Weibo Qzone), form labels, a date with its weekday (checked
    against the calendar), photo credits (（新华社记者 王刚 摄） -> (Photo by Wang Gang/Xinhua)),
    follow prompts (扫一扫，关注我们的X -> Scan the QR code to follow our X)
Names in a P slot are romanized surname first (金壮龙 -> Jin Zhuanglong); a spelling already used
in the English around the span wins. Numbers, dates, titled people and organisations built from
glossary parts come from the grammar in grammar.py; frames for news actions (…出席…并讲话, …到…调研),
prepositional frames (在…之际, 在…前夕, 在…的领导下, 结合(学习贯彻)…, 围绕…), verb chains (认真学习宣传贯彻…)
and policy verbs (推动/推进/促进/加强/深化…) are below. A span the glossary lists whole is its term.
Spans with spam vocabulary are never rendered.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from ..glossary import Glossary
from ..pinyin import readings, spells_pinyin
from ..scripts import HAN, HAN_RE, to_simplified
from . import SpanRequest, Translation
from . import grammar

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
# Characters that transcribe foreign names (刘易斯 Lewis, 柯文尼 Coveney) and are rare in Chinese given
# names: a "name" with one of them is not romanized as Chinese.
_TRANSLITERATION = frozenset("斯尔尼森布克特姆莱伦奥夫娃迪贝茨兹普赫萨瑟埃乌耶逊默")
_NOT_GIVEN_NAMES = frozenset("女士 先生 小姐 老师 同学 同志 教授 书记 主任 院长 校长 部长 局长 经理 总 董 师傅 阿姨".split())
_NAME_READINGS = {"曾": "zeng", "单": "shan", "解": "xie", "查": "zha", "仇": "qiu", "区": "ou", "朴": "piao",
                  "盖": "ge", "任": "ren", "沈": "shen", "乐": "yue", "尉迟": "yuchi", "长孙": "zhangsun",
                  "万俟": "moqi", "覃": "qin", "缪": "miao", "翟": "zhai", "种": "chong"}
_SPEECH_VERBS = {"指出": "pointed out", "强调": "stressed", "表示": "said", "要求": "called for", "说": "said",
                 "介绍": "said", "希望": "expressed the hope"}
_REMARKS = {"重要论述": "important remarks", "重要思想": "important thinking", "重要讲话": "important speech",
            "重要指示": "important instructions", "重要讲话精神": "the guiding principles of the important speech",
            "重要指示精神": "the guiding principles of the important instructions",
            "重要指示批示精神": "the guiding principles of the important instructions",
            "重要指示批示": "important instructions"}
_ACTIONS = {"出席": "attended", "参加": "attended", "主持": "presided over", "会见": "met with", "视察": "inspected",
            "走访": "visited", "参观": "toured", "慰问": "visited", "访问": "visited"}
_ADVERBS = {"深入": "thoroughly ", "认真": "conscientiously ", "全面": "fully ", "坚决": "resolutely ",
            "切实": "effectively ", "持续": "continue to ", "进一步": "further "}
_CHAIN_VERBS = {"学习": "study", "宣传": "publicize", "贯彻": "implement", "落实": "implement", "领会": "understand",
                "践行": "put into practice"}
# Verbs of policy texts as the official English renders them (推动高质量发展 `promote high-quality
# development`, 推进中国式现代化 `advance Chinese modernization`, 深化改革 `deepen reform`).
_POLICY_VERBS = {"推动": "promote", "推进": "advance", "促进": "promote", "加强": "strengthen", "深化": "deepen"}
_GERUNDS = {"study": "studying", "publicize": "publicizing", "implement": "implementing", "understand": "understanding",
            "put into practice": "putting into practice"}
# Speakers that are pronouns (他表示 `he said`); 其 and 它 are left: they refer to things as often.
_PRONOUNS = {"他": "he", "她": "she", "他们": "they", "她们": "they", "我们": "we", "我": "I"}
_DETERMINERS = frozenset("the a an this that these those its our their his her your my".split())
_NAME_LINKS = frozenset("of and for on in with a an the to at by de".split())
# Labels whose value is a person's name (`作者：张军` -> `Author: Zhang Jun`).
_PERSON_LABELS = frozenset("作者 记者 编辑 责任编辑 责编 摄影 通讯员 审核 撰稿 供稿 文 图 文字 图片 初审 复审 终审 审稿 校对 联系人 "
                           "报告人 主讲人 主持人 法定代表人 负责人".split())
# Labels whose value is a count (`浏览：123次`), and the sizes of a page's font switcher.
_COUNT_LABELS = frozenset("views hits visits clicks".split())
_FONT_SIZES = {"大": "Large", "中": "Medium", "小": "Small", "默认": "Default"}
# Labels whose English differs when a value follows (`版权所有` alone is `All rights reserved`).
_LABELS_BEFORE_VALUE = {"版权所有": "Copyright"}
_PAGER_WORDS = frozenset("上一页 下一页 尾页 末页".split())
_NEIGHBOUR_LABELS = frozenset("上一篇 下一篇 上一条 下一条 上一页 下一页".split())
_LABEL_FIELD = re.compile(f"\\s{{2,}}|\\s*[|｜>»›]\\s*|\\s+/\\s+|(?<=[{HAN}])/(?=[{HAN}])|\\s+(?=[^\\s:：]*[{HAN}][^\\s:：]*[:：])|(?<=[】\\]])\\s*(?=[【\\[])")
_FOLLOW = re.compile("(?P<scan>(?:请)?(?:扫一扫|扫码|扫描二维码|扫描下方二维码|扫描上方二维码)[，,、\\s]*)?(?:欢迎)?关注(?P<our>我们的|本站的?|本网的?|我们)?"
                     "(?P<what>[^，,。！!\\s]+?)(?P<end>[。！!])?")
# `（记者 张军 摄）`, `新华社记者 王刚 摄`: a photo credit; the agency, where named, must be a known one.
_PHOTO_CREDIT = re.compile("(?:(?P<org>[^\\s（(]+?)?(?:摄影记者|记者|通讯员))?\\s*(?P<name>[^\\s（()）]{2,4}?)\\s*摄")
_BUTTON = re.compile(r"([【\[])(.+?)([】\]])")
_PUNCT = str.maketrans({"：": ":", "，": ",", "（": "(", "）": ")", "　": " ", "；": ";"})
_CLAUSE_SPLIT = re.compile("[，；;]|,(?!\\d{3})")
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
    _frame(r"(?P<v>推动|推进|促进|加强|深化)(?P<b>.+)", "{v} {b}", "policy_verb", "np"),
    _frame(r"进一步推动(?P<a>.+?)深入开展(?P<b>.+)", "further encourage {a} to carry out {b} in depth", "np", "np"),
    _frame(r"深入开展(?P<b>.+)", "carry out {b} in depth", "np"),
    _frame(r"(?P<adv>深入|认真|全面|坚决|切实|持续|进一步)?(?P<verbs>(?:学习|宣传|贯彻|落实|领会|践行)+)(?P<b>.+)",
           "{adv}{verbs} {b}", "adverb", "verbs", "np"),
    _frame(r"为了(?P<b>.+)", "in order to {b}", "cl"),
    _frame(r"为(?P<b>.+)", "to {b}", "cl"),
    _frame(r"结合(?P<verbs>(?:学习|宣传|贯彻|落实|领会|践行)+)(?P<b>.+)", "in connection with {verbs} {b}", "gerunds", "np"),
    _frame(r"(?P<a>.+?)在(?:讲话|致辞|发言)中(?P<v>指出|强调|表示|要求|说|介绍|希望)", "{a} {v} in the speech", "p", "verb"),
    _frame(r"(?P<a>.+?)在会上(?P<v>指出|强调|表示|要求|说|介绍|希望)", "{a} {v} at the meeting", "p", "verb"),
    _frame(r"(?P<a>.+?)(?:出席|参加)(?P<b>.+?)并(?:讲话|致辞|发表讲话)", "{a} attended {b} and delivered a speech", "p", "def"),
    _frame(r"(?P<a>.+?)出席并(?:讲话|致辞|发表讲话)", "{a} attended and delivered a speech", "p"),
    _frame(r"(?P<a>.+?)到(?P<b>.+?)(?:调研|考察|视察)", "{a} made an inspection visit to {b}", "p", "def"),
    _frame(r"(?P<a>.+?)到(?P<b>.+?)(?:走访|参观|访问)", "{a} visited {b}", "p", "def"),
    _frame(r"(?P<a>.+?)与(?P<b>.+?)座谈(?:交流)?", "{a} held talks with {b}", "p", "p"),
    _frame(r"(?:签署|签订)(?P<b>.+)", "signed {b}", "indef"),
    _frame(r"(?P<a>.+?)(?P<v>出席|参加|主持|会见|视察|走访|参观|慰问|访问)(?P<b>.+)", "{a} {v} {b}", "p", "action", "def"),
    _frame(r"(?P<a>.+?)作重要讲话", "{a} delivered an important speech", "p"),
    _frame(r"(?P<a>.+?)(?P<v>指出|强调|表示|要求|说|介绍|希望)", "{a} {v}", "p", "verb"),
]
NOUN_FRAMES: list[Rule] = [
    _frame(r"(?P<a>.+?)一行", "a delegation led by {a}", "p"),
    _frame(r"(?P<a>.+?)陪同", "accompanied by {a}", "p"),
    _frame(r"(?:在|值此)(?P<b>.+?)(?:来临|到来|即将到来)之际", "ahead of {b}", "def"),
    _frame(r"(?:在|值此)(?P<b>.+)之际", "on the occasion of {b}", "def"),
    _frame(r"在(?P<b>.+)期间", "during {b}", "def"),
    _frame(r"在(?P<b>.+)前夕", "on the eve of {b}", "def"),
    _frame(r"在(?P<b>.+?)的?坚强领导下", "under the strong leadership of {b}", "def"),
    _frame(r"在(?P<b>.+?)的?领导下", "under the leadership of {b}", "def"),
    _frame(r"在(?P<b>.+?)的?(?:指导|关心指导)下", "under the guidance of {b}", "def"),
    _frame(r"在(?P<b>.+)上", "at {b}", "def"),
    _frame(r"结合(?P<b>.+)", "in light of {b}", "np"),
    _frame(r"围绕(?P<b>.+)", "focusing on {b}", "np"),
    _frame(r"按照(?P<b>.+?)的?要求", "in accordance with the requirements of {b}", "def"),
    _frame(r"根据(?P<b>.+)", "according to {b}", "np"),
    _frame(r"以(?P<b>.+)为契机", "taking {b} as an opportunity", "def"),
    _frame(r"以(?P<b>.+)为主题", "with the theme of {b}", "np"),
    _frame(r"截至(?P<b>.+)", "as of {b}", "np"),
    _frame(r"自(?P<b>.+)起", "starting from {b}", "np"),
    _frame(r"(?P<b>.+)以来", "since {b}", "since"),
    _frame(r"(?P<a>.+?)在(?P<b>.+?)上的重要讲话精神", "the guiding principles of {a}'s important speech at {b}", "p", "def"),
    _frame(r"(?P<a>.+?)在(?P<b>.+?)上的重要讲话", "{a}'s important speech at {b}", "p", "def"),
    _frame(r"(?P<a>.+?)关于(?P<b>.+)的(?P<r>重要讲话|重要指示|重要指示批示|重要论述)精神",
           "the guiding principles of {a}'s {r} on {b}", "p", "np", "remark"),
    _frame(r"关于(?P<b>.+)的(?P<r>重要讲话|重要指示|重要指示批示|重要论述)精神",
           "the guiding principles of the {r} on {b}", "np", "remark"),
    _frame(r"(?P<a>.+?)关于(?P<b>.+)的(?P<r>重要论述|重要思想|重要讲话|重要指示)", "{a}'s {r} on {b}", "p", "np", "remark"),
    _frame(r"关于(?P<b>.+)的(?P<r>重要论述|重要思想|重要讲话|重要指示)", "{r} on {b}", "np", "remark"),
    _frame(r"(?P<a>.+?)(?P<r>重要讲话|重要指示批示|重要指示)精神", "the guiding principles of {a}'s {r}", "p", "remark"),
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
        # A clause mark that closes the span (`近日，`) stays after the rendering, for the
        # punctuation rule to repair like any other.
        chinese = request.text.strip().rstrip("，,；;、")
        closing = request.text.strip()[len(chinese):]
        if not chinese:
            return Translation(None, "not covered: punctuation only")
        if grammar.spam_like(chinese):
            return Translation(None, "not rendered: looks like inserted spam")
        pieces = _ENGLISH_BETWEEN.split(chinese)
        if len(pieces) > 1 and all(HAN_RE.search(p) for p in pieces[::2]):
            return self._around_english(request, pieces, closing, english)
        if _label_in_prose(self.glossary.get(chinese), request.before):
            return Translation(None, f"not covered: {chinese} (a page label's word inside a sentence: it may mean something else there)")
        render = _Renderer(self.glossary, " ".join((request.before, request.after, english)))
        english = render.span(chinese)
        if english is None:
            return Translation(None, f"not covered: {render.uncovered or chinese}")
        lead = request.text[:len(request.text) - len(request.text.lstrip())]
        trail = request.text[len(request.text.rstrip()):]
        after = closing + request.after
        english = grammar.ordinal_in_context(english, chinese, _starts_sentence(request.before), after, request.before)
        if english is None:
            return Translation(None, f"not covered: {chinese} (an ordinal without its noun)")
        english = grammar.change_in_context(english, chinese, request.before)
        if english is None:
            return Translation(None, f"not covered: {chinese} (the English before says the change goes the other way)")
        if grammar.share_in_context(english, chinese, after) is None:
            return Translation(None, f"not covered: {chinese} (a count or share that needs the noun after it)")
        if _needs_verb(request.before) and self.glossary.get(chinese) is not None:
            english = _infinitive(self.glossary.get(chinese))
            if english is None:
                return Translation(None, f"not covered: {chinese} (the English needs a verb here; the glossary has a noun)")
        english = _school_or_college(english, chinese, " ".join((request.before, request.after)))
        english = _title_without_name(english, self.glossary.get(chinese), request.before, after)
        return Translation(lead + _fit(english, chinese, request.before, after) + closing + trail)


    def _around_english(self, request: SpanRequest, pieces: list[str], closing: str, english: str) -> Translation:
        """`党委书记王建国 and 校长李华`: one leftover that holds English words between its Chinese
        parts. Each Chinese part is rendered in its place, the English kept; all or nothing."""
        out = []
        for n in range(0, len(pieces), 2):
            before = request.before + "".join(out) + "".join(pieces[n - 1:n])
            after = "".join(pieces[n + 1:]) + closing + request.after
            answer = self.translate_one(SpanRequest(pieces[n], request.source, request.target, before, after), english)
            if answer.text is None:
                return answer
            out += ([pieces[n - 1]] if n else []) + [answer.text]
        lead = request.text[:len(request.text) - len(request.text.lstrip())]
        return Translation(lead + "".join(out) + closing + request.text[len(request.text.rstrip()):])


# English words inside one leftover, between its Chinese parts (`张军 and 李明`).
_ENGLISH_BETWEEN = re.compile(r"(\s+(?:[A-Za-z][A-Za-z'’-]*\s+)+)")


_PROPER_IN_TITLES = frozenset("Party CPC State Communist Youth League Central National People's".split())


def _title_without_name(english: str, term, before: str, after: str) -> str:
    """A title that names no one (`the 董事长 said`) is lower case in news English (`the chairman
    said`); before a name (`the 董事长 Li Wei`) or as a label it keeps its capitals."""
    words = before.split()
    if term is None or term.domain != "title" or not words or not _determines(words[-1]) or " of " in english:
        return english
    if re.match(r"\s*[A-Z]", after):
        return english
    return " ".join(w if w in _PROPER_IN_TITLES or w.isupper() else w.lower() for w in english.split())


def _school_or_college(english: str, chinese: str, around: str) -> str:
    """学院 standing for the site's own unit (`学院新闻`, `首页 > 学院概况`) is `college` on a page
    whose English calls the unit a College (and never a School); a named unit (`经济学院`,
    `School of Economics`) keeps its own name."""
    own = re.findall(f"(?:^|(?<=[\\s|｜>»:：]))学院", chinese)
    if not own or len(own) != chinese.count("学院") or len(re.findall(r"\b[Ss]chool\b", english)) != len(own):
        return english
    if not re.search(r"\bCollege\b", around) or re.search(r"\bSchool\b", around):
        return english
    return re.sub(r"\b([Ss])chool\b", lambda m: "College" if m.group(1) == "S" else "college", english)


def _label_in_prose(term, before: str) -> bool:
    """A page label (`手机` Mobile, `打印` Print) after words of a sentence (`bought a new 手机`):
    as a button it has its UI word, in prose another (`phone`). Platform names (`WeChat`) are
    names anywhere; an English word the dictionary knows is a UI word."""
    from wordfreq import zipf_frequency

    if term is None or term.domain != "web" or not re.search(r"\b[a-z]+[ \t]+$", before):
        return False
    return zipf_frequency(term.english.split()[0].lower(), "en") >= 3.0


def _fit(english: str, chinese: str, before: str, after: str) -> str:
    """The rendering as its place in the English needs it: no second article after `the`, a
    date that opens a sentence gets its preposition (`On June 29, ...`), a capital at a
    sentence start."""
    english = grammar.age_in_context(english, before, after)
    around = before[-300:] + after[:300]
    if " percent" in english and re.search(r"\d ?%", around) and "percent" not in around:
        english = re.sub(r"(\d) percent\b", r"\1%", english)  # the document writes `3.35%`
    words = before.split()
    if words and _determines(words[-1]) and english.lower().startswith(("the ", "a ", "an ")):
        english = english.split(" ", 1)[1]
    opens = _starts_sentence(before)
    preposition = grammar.is_date(chinese)
    if opens and after.lstrip()[:1] in (",", "，") and preposition:
        english = f"{preposition} {english}"
    elif preposition == "In" and not opens and _after_participle(before) and not _noun_follows(after):
        english = f"in {english}"  # `was founded 1952年.`: `was founded in 1952`
    if (opens or _opens_cell(before)) and english[:1].islower():
        english = english[0].upper() + english[1:]
    return english


def _opens_cell(before: str) -> bool:
    """A table cell or a menu item (`| 净利润 |`) begins with a capital, as a heading does."""
    return before.rstrip(" \t")[-1:] in ("|", "｜")


_CRUMB_MARKS = frozenset(">»›")
_MINOR_WORDS = frozenset("a an the and or of for in on at to by with".split())


def _title_case(text: str) -> str:
    """A page's name in a breadcrumb trail, as English menus write it: `News Center`, `Party and Mass Work`."""
    words = text.split(" ")
    return " ".join(w[:1].upper() + w[1:] if n == 0 or w not in _MINOR_WORDS else w for n, w in enumerate(words))


def _title_case_value(field: str) -> str:
    label, colon, value = field.partition(":")
    return f"{label}:{' ' if value.startswith(' ') else ''}{_title_case(value.lstrip())}" if colon else _title_case(field)


def _determines(word: str) -> bool:
    """A determiner or a possessive (`the`, `its`, `the city's`): the noun after it takes no article.
    `that` is not one here: before a clause (`noted that the meeting called for`) it is a conjunction."""
    return word.lower() in _DETERMINERS - {"that"} or word.endswith(("'s", "’s", "s'"))


# Words after which English needs a verb: modals, and verbs that take an infinitive (`vowed to`).
_MODALS = frozenset("must will shall should can could may might would".split())
_INFINITIVE_VERBS = re.compile(r"\b(?:vow|pledge|promise|strive|resolve|aim|seek|try|decide|agree|continue|need|"
                               r"want|plan|hope|work|move|urge|call|ask|require|encourage)(?:s|ed|d|ing)?\s+(?:on\s+\w+\s+)?to\s+$",
                               re.IGNORECASE)


def _infinitive(term) -> str | None:
    """A glossary term as a verb phrase (`pledged to` + 全面深化改革): its rendering or a variant that
    is a gerund phrase (`deepening reform comprehensively`, `comprehensively deepening reform`),
    with the gerund made a plain verb (`deepen`); None when no form of the term is verbal."""
    for phrase in [term.english, *term.variants]:
        words = phrase.split()
        i = 0
        while i < len(words) - 1 and _adverb(words[i]):
            i += 1
        base = _base_verb(words[i]) if words[i].endswith("ing") else None
        if base:
            return " ".join(words[:i] + [base] + words[i + 1:])
    return None


def _adverb(word: str) -> bool:
    """`comprehensively`, `strictly`, `easily` (not `family`): -ly on an English adjective."""
    from wordfreq import zipf_frequency

    return word.endswith("ly") and any(zipf_frequency(a, "en") >= 3.0 for a in (word[:-2], word[:-3] + "y", word[:-2] + "e"))


def _base_verb(gerund: str) -> str | None:
    """`deepening` -> `deepen`, `exercising` -> `exercise`, `running` -> `run`: the first candidate
    that is an English word (wordfreq); None when none is."""
    from wordfreq import zipf_frequency

    stem = gerund[:-3]
    candidates = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return next((c for c in candidates if len(c) >= 3 and zipf_frequency(c, "en") >= 3.0), None)


def _needs_verb(before: str) -> bool:
    tail = before[-60:]
    words = tail.split()
    return bool(words) and (words[-1].lower() in _MODALS or _INFINITIVE_VERBS.search(tail) is not None)


_PARTICIPLES = frozenset("""held built born made set begun won taken given seen done grown risen fallen shown run
become left sent spent put brought found paid sold told kept laid""".split())


def _after_participle(before: str) -> bool:
    """Does the English before end with a verb in the past (`founded`, `held`)? A year or month
    there needs `in`; after a noun (`London 2012`, `the year 2015`) it is a modifier."""
    m = re.search(r"\b([a-z]+)[ \t]+$", before)
    return m is not None and (m.group(1) in _PARTICIPLES or m.group(1).endswith("ed") and len(m.group(1)) > 4)


def _noun_follows(after: str) -> bool:
    from ..lexicon import FUNCTION_WORDS

    m = re.match(r"\s*([A-Za-z]+)", after)
    return m is not None and m.group(1).lower() not in FUNCTION_WORDS


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
        prompt = self.follow_prompt(text)
        if prompt:
            return prompt
        if text.rstrip("）)").endswith("摄"):  # a photo credit, perhaps in brackets
            credit = self._field(text)
            if credit:
                return credit
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

    def follow_prompt(self, text: str) -> str | None:
        """`扫一扫，关注我们的微信公众号` -> `Scan to follow our WeChat official account`: a page's
        invitation to follow an account the glossary names (a platform or its account)."""
        m = _FOLLOW.fullmatch(text.strip())
        if not m:
            return None
        term = self.glossary.get(m.group("what"))
        if term is None or term.domain != "web":
            return None
        whose = "our " if m.group("our") else ""
        follow = f"follow {whose}{term.english}" if whose else f"follow us on {term.english}"
        return ("Scan the QR code to " + follow if m.group("scan") else follow[0].upper() + follow[1:]) + _FINAL.get(m.group("end") or "", "")

    def labels(self, text: str) -> str | None:
        """`作者：张军  来源：新华社  发布时间：2024年6月29日`: page labels and their values; every
        label must be a glossary term and every Chinese value covered (a byline's a name)."""
        fields = _LABEL_FIELD.split(text)
        seps = _LABEL_FIELD.findall(text)
        if not any(f and self.glossary.get(re.split(r"[:：]|\s", f.strip().strip("【】[]（）()"))[0]) for f in fields):
            return None
        out = []
        pager = any(to_simplified(f.strip()) in _PAGER_WORDS for f in fields)
        for field in fields:
            if not field:
                out.append("")
                continue
            if pager and to_simplified(field.strip()) == "首页":  # 首页 上一页 下一页 尾页: the first page, not Home
                out.append(field.replace(field.strip(), "First page"))
                continue
            button = _BUTTON.fullmatch(field.strip())
            if button:  # `【打印】`, `【字体：大 中 小】`: a page's button or widget, in brackets
                inner = self._field(button.group(2))
                if inner is None:
                    return None
                out.append(f"[{inner}]")
                continue
            rendered = self._field(field)
            if rendered is None:
                return None
            out.append(rendered)
        menu = bool(seps) and all(sep.strip() and sep.strip() in "|｜" for sep in seps) and not re.search("[:：]", text)
        if menu or any(sep.strip() in _CRUMB_MARKS for sep in seps):  # `首页 > 新闻中心`: the names of a site's pages
            out = [_title_case(f) if n else _title_case_value(f) for n, f in enumerate(out)]
        return out[0] + "".join(sep.translate(_PUNCT) + f for sep, f in zip(seps, out[1:]))

    def _field(self, field: str) -> str | None:
        """One `label：value` (or a label alone, or a byline `记者 张军`, `（记者 张军 通讯员 李明）`)."""
        wrapped = re.fullmatch(r"[（(](.+)[）)]", field.strip())
        if wrapped:
            inner = self._field(wrapped.group(1))
            return f"({inner})" if inner else None
        credit = self.photo_credit(field.strip())
        if credit:
            return credit
        tokens = field.split()
        if not re.search("[:：]", field) and len(tokens) >= 2 and all(self._platform(t) for t in tokens):
            return self._platforms(field)  # `微信 微博 QQ空间`: a share bar's buttons
        if not re.search("[:：]", field) and len(tokens) >= 4 and len(tokens) % 2 == 0:  # 记者 张军 通讯员 李明
            pairs = [self._field(f"{tokens[n]} {tokens[n + 1]}") for n in range(0, len(tokens), 2)]
            if all(to_simplified(t) in _PERSON_LABELS for t in tokens[::2]) and all(pairs):
                return " ".join(pairs)
        label, colon, value = (re.split("([:：])", field, maxsplit=1) + ["", ""])[:3]
        byline = re.fullmatch(r"(\S+)\s+(\S+)", field)
        if not colon and byline and to_simplified(byline.group(1)) in _PERSON_LABELS:  # `记者 张军`
            label, colon, value = byline.group(1), ":", byline.group(2)
        rendered = self._label(label.strip()) if HAN_RE.search(label) else label.strip()
        if colon and value.strip() and to_simplified(label.strip()) in _LABELS_BEFORE_VALUE:  # 版权所有：X -> Copyright: X
            rendered = _LABELS_BEFORE_VALUE[to_simplified(label.strip())]
        if rendered is None:
            return None
        if colon:
            shown = self._label_value(label.strip(), value.strip())
            if shown is None:
                return None
            rendered += ":" + (" " + shown if shown else "")
        return rendered

    def photo_credit(self, text: str) -> str | None:
        """`记者 张军 摄` -> `Photo by Zhang Jun`, `新华社记者 王刚 摄` -> `Photo by Wang Gang/Xinhua`
        (the credit line English news sites print); an agency the glossary does not know stays."""
        m = _PHOTO_CREDIT.fullmatch(text)
        if not m:
            return None
        person = self.name(m.group("name"))
        if person is None:
            return None
        if not m.group("org"):
            return f"Photo by {person}"
        term = self.glossary.get(m.group("org"))
        if term is None or term.domain not in ("news", "government"):
            self._missed(m.group("org"))
            return None
        short = min([term.english, *[v for v in term.variants if v[:1].isupper()]], key=len)
        return f"Photo by {person}/{short}"

    def _platform(self, text: str) -> str | None:
        term = self.glossary.get(text)
        return term.english if term is not None and term.domain == "web" else None

    def _platforms(self, value: str) -> str:
        """Buttons side by side (`微信 微博 QQ空间`), each named as the service names itself, the
        spacing between them kept; in a pager (`首页 上一页 下一页 尾页`) 首页 is the first page."""
        pager = any(to_simplified(t) in _PAGER_WORDS for t in value.split())
        return re.sub(r"\S+", lambda m: "First page" if pager and to_simplified(m.group(0)) == "首页" else self._platform(m.group(0)), value)

    def _label(self, text: str) -> str | None:
        term = self.glossary.get(text)
        if term is None:
            self._missed(text)
            return None
        english = term.english
        return english[0].upper() + english[1:]

    def _label_value(self, label: str, value: str) -> str | None:
        if not HAN_RE.search(value):
            return value.translate(_PUNCT)
        term = self.glossary.get(label)
        count = re.fullmatch(r"(\d[\d,]*)\s*次", value)
        if count and term is not None and term.english.lower() in _COUNT_LABELS:  # 浏览：123次 -> `Views: 123`
            return count.group(1)
        if to_simplified(label) in ("字体", "字号") and set(value.split()) <= set(_FONT_SIZES):  # 字体：大 中 小
            return " ".join(_FONT_SIZES[v] for v in value.split())
        if len(value.split()) >= 2 and all(self._platform(v) for v in value.split()):  # 分享到：微信 微博
            return self._platforms(value)
        if value in ("没有了", "无") and to_simplified(label) in _NEIGHBOUR_LABELS:  # 上一篇：没有了 (the first article)
            return "None"
        if label in _PERSON_LABELS or self.glossary.get(label) and to_simplified(label) in _PERSON_LABELS:
            names = [self.name(v) for v in re.split("[、,，\\s]+", value) if v]
            if names and all(names):
                return ", ".join(names)
        english = self.noun(value)
        if english is None:
            self._missed(value)
            return None
        english = english[4:] if english.startswith("the ") else english  # a label's value is a name: no article
        term = self.glossary.get(value)
        return english[0].upper() + english[1:] if term is not None and term.domain == "web" else english

    def _clause(self, text: str) -> str | None:
        if not text:
            return None
        if self.glossary.get(text) is not None:  # a whole formulation the glossary gives: its official English
            return self.noun(text)
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
            if term.domain in ("field", "portfolio"):  # a part of names, used alone: `finance`
                return term.english[0].lower() + term.english[1:]
            return term.english
        composed = grammar.cover(text, self)
        if composed:
            return composed
        if "、" in text:
            parts = text.split("、")
            items = [self.noun(t) for t in parts]
            if all(items[:-1]) and items[-1] and any(j in parts[-1][1:-1] for j in "和与及"):
                tail = self._pair(parts[-1])  # X、Y和Z is one list of three
                if tail:
                    return _series(items[:-1] + list(tail))
            if all(items):
                return _series(items)
        pair = self._pair(text)
        if pair:
            return f"{pair[0]} and {pair[1]}"
        for pattern, template, kinds in NOUN_FRAMES:
            filled = self._fill(pattern, template, kinds, text)
            if filled:
                return filled
        known = self.name(text, known_only=True)
        if known:
            return known
        self._missed(text)
        return None

    def since(self, text: str) -> str | None:
        """`X以来` takes a point in time (`since June`); a span of time (一年以来) is not a point."""
        english = self.noun(text)
        if english is None or re.search(r"\b(?:years?|months?|days?|weeks?|hours?)$", english) \
                or english.startswith(("this ", "last ", "next ")):
            return None
        return english

    def indefinite(self, text: str) -> str | None:
        """A singular common noun as a first mention (`signed a strategic cooperation agreement`)."""
        english = self.noun(text)
        if english and _common_noun(english) and not english.endswith("s"):
            return ("an " if english[0].lower() in "aeiou" else "a ") + english
        return english

    def _pair(self, text: str) -> tuple[str, str] | None:
        """X和Y, X与Y, X及Y with both sides covered."""
        for pos in (i for i, c in enumerate(text) if c in "和与及" and 0 < i < len(text) - 1):
            left, right = self.noun(text[:pos]), self.noun(text[pos + 1:])
            if left and right:
                return left, right
        return None

    def definite(self, text: str) -> str | None:
        """A noun phrase after a preposition (`at the opening ceremony`): a common noun gets `the`."""
        english = self.noun(text)
        composed = self.glossary.get(text) is None
        generic = english is not None and (english.endswith(" at all levels") or english.split()[0] in ("all", "every", "each", "various"))
        if english and _common_noun(english) and not generic and not (composed and english.split()[0].endswith("ing")):
            return "the " + english
        return english

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
            "verb": _SPEECH_VERBS.get, "remark": _REMARKS.get, "def": self.definite,
            "adverb": lambda v: _ADVERBS.get(v, ""), "action": _ACTIONS.get, "indef": self.indefinite, "since": self.since, "verbs": _verb_chain,
            "gerunds": lambda v: _verb_chain(v, gerund=True), "policy_verb": _POLICY_VERBS.get,
        }
        return slot[kind](value)

    def person(self, text: str) -> str | None:
        """Who speaks: a glossary term (`会议` -> `the meeting`), a titled person, or a name."""
        term = self.glossary.get(text)
        if term is not None and term.domain == "web":
            return None  # a page label does not speak
        if term is not None and term.domain == "title" and not _names_a_person(term.english):  # 部长说 -> the minister said
            return "the " + term.english[0].lower() + term.english[1:]
        if term is not None:
            return "the " + term.english if _common_noun(term.english) else term.english
        if text in _PRONOUNS:
            return _PRONOUNS[text]
        return grammar.titled_person(text, self) or grammar.organisation(text, self) or self.name(text)

    def name(self, text: str, known_only: bool = False) -> str | None:
        """A Chinese personal name, surname first: 金壮龙 -> Jin Zhuanglong. With `known_only`,
        only a name that the English of the document already spells that way."""
        if not 2 <= len(text) <= 4 or not all(HAN_RE.match(c) for c in text):
            return None
        surname = text[:2] if text[:2] in SURNAMES else text[:1]
        given = text[len(surname):]
        if surname not in SURNAMES or not 1 <= len(given) <= 2:
            return None
        family = surname_reading(surname)
        personal = "".join(_reading(c) for c in given)
        if not family or not personal:
            return None
        romanized = f"{family.capitalize()} {personal.capitalize()}"
        if romanized in self.context:
            return romanized
        spelled = self._spelled_in_context(surname, given)
        if spelled:
            return spelled  # the document's own spelling: any reading of each character (单 Shan, 乐 Yue)
        if known_only or self.glossary.get(text) is not None or _common_word(text, family):
            return None
        if any(c in _TRANSLITERATION for c in given) or given in _NOT_GIVEN_NAMES:
            return None  # 刘易斯 is Lewis, 辛德斯 Sanders; 朱女士 is Ms. Zhu
        return romanized

    def _spelled_in_context(self, surname: str, given: str) -> str | None:
        for m in _NAME_IN_ENGLISH.finditer(self.context):
            if _spells(surname, m.group(1)) and _spells(given, m.group(2).replace("-", "")):
                return m.group(0)
        return None

    def _missed(self, text: str) -> None:
        if not self.uncovered or len(text) < len(self.uncovered):
            self.uncovered = text


_NAME_IN_ENGLISH = re.compile(r"\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,5}(?:-?[a-z]{1,6})?)\b")


def _spells(han: str, latin: str) -> bool:
    """Is `latin` a Pinyin spelling of `han`, syllable by syllable, with any reading of each?"""
    pattern = "".join("(?:" + "|".join(readings(c) or ("\\0",)) + ")" for c in han)
    return re.fullmatch(pattern, latin.lower()) is not None


def _names_a_person(english: str) -> bool:
    """`General Secretary Xi Jinping`: two capitalized Pinyin words in a row are a name."""
    words = english.split()
    return any(a[:1].isupper() and b[:1].isupper() and spells_pinyin(a) and spells_pinyin(b)
               for a, b in zip(words, words[1:]))


def surname_reading(surname: str) -> str:
    """A surname's spelling in names (曾 zeng, 单 shan), lower case."""
    return _NAME_READINGS.get(surname) or "".join(_reading(c) for c in surname)


def _common_word(text: str, family: str) -> bool:
    """Is `text` a dictionary word rather than a name (全体 `all`, 高峰 `peak`, 马克 `mark`)? CC-CEDICT
    lists it and none of its glosses is the surname's spelling (王明's entry names Wang Ming)."""
    from ..bilingual import STEM, cedict_index

    glosses = cedict_index().get(text)
    return glosses is not None and family[:STEM] not in glosses


def _reading(char: str) -> str:
    options = readings(char)
    return options[0] if options else ""


def _common_noun(english: str) -> bool:
    """A noun phrase that takes `the` (`meeting`, `Party committee`), unlike a name whose words
    are all capitalized (`Peking University`) or a phrase that has its determiner."""
    words = english.split()
    if not words or words[0].lower() in _DETERMINERS or "'s" in words[0]:
        return False
    return any(w[:1].islower() and w not in _NAME_LINKS for w in words)


def _verb_chain(chinese: str, gerund: bool = False) -> str | None:
    """学习宣传贯彻落实 -> `study, publicize and implement` (贯彻落实 is one verb in English); with
    `gerund`, `studying, publicizing and implementing` (after a preposition: 结合学习贯彻…)."""
    verbs = [_CHAIN_VERBS[chinese[i:i + 2]] for i in range(0, len(chinese), 2)]
    verbs = [v for n, v in enumerate(verbs) if n == 0 or v != verbs[n - 1]]
    return _series([_GERUNDS[v] for v in verbs] if gerund else verbs)


def _series(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
