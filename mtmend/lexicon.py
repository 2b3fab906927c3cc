"""How English words are usually cased, for telling names from clause-split capitals.

`case_ratio(word)` is log10(P(Capitalized) / P(lowercase)) in a large English corpus (shipped in
data/case_lexicon.txt, built by tools/build_case_lexicon.py). Common words sit far below zero
because they are capitalized only at sentence starts; names sit near or above zero. Words the
table lacks fall back to wordfreq: a frequent word is a common word, a rare one probably a name.
"""
from __future__ import annotations

from functools import lru_cache

from .data import SortedTable
from .pinyin import spells_pinyin

# Closed-class words: never part of a name when they start a clause fragment.
FUNCTION_WORDS = frozenset("""
a an the this that these those it its he she we they you his her their our my your who whom whose
which what when where while whereas although though because since as if unless until after before
and but or nor so yet for to in on at by with from of about into onto over under between among
through during without within against toward towards upon across behind beyond there here
is are was were be been being has have had do does did will would shall should can could may
might must not also only even still just then such both each every all any some many most more
much other another no however therefore meanwhile moreover furthermore besides otherwise instead
including especially particularly according thus hence accordingly
like unlike despite amid amidst via per except besides regarding concerning toward versus
namely perhaps maybe yes indeed whether otherwise nevertheless nonetheless
""".split())

# Abbreviations written with a capital and a full stop: titles, and the US state abbreviations
# of news style (AP). After a comma they are names, not clause starts: `Blue Bell,Pa.,first`.
ABBREVIATIONS = frozenset("""
Mr Mrs Ms Dr Prof Gen Col Lt Sgt Capt Cmdr Adm Rep Sen Gov Rev Hon St Mt Ft Jr Sr
Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev
Okla Ore Pa Tenn Vt Va Wash Wis Wyo
""".split())
# Past forms of irregular English verbs that differ from the verb itself (`met`, `took`,
# `written`), with the verb: a clause that starts with one starts with its verb, and a
# dictionary gloss gives the verb where a translation gives the form. Forms that are also everyday
# names or name parts (`Rose`, `Fed`, `Left`) and forms equal to the base verb (`set`, `hit`)
# are left out: they say nothing about the word.
IRREGULAR_BASES = dict(pair.split("=") for pair in """
arose=arise arisen=arise awoke=awake awoken=awake beaten=beat became=become began=begin begun=begin
bent=bend bitten=bite bled=bleed blew=blow blown=blow broke=break broken=break brought=bring
built=build bought=buy caught=catch chose=choose chosen=choose clung=cling came=come crept=creep
dealt=deal dug=dig drew=draw drawn=draw drank=drink driven=drive drove=drive ate=eat eaten=eat
fell=fall fallen=fall fought=fight fled=flee flung=fling flew=fly flown=fly forbade=forbid
forbidden=forbid forgot=forget forgotten=forget forgave=forgive forgiven=forgive froze=freeze
frozen=freeze got=get gotten=get gave=give given=give went=go gone=go grew=grow grown=grow
hung=hang heard=hear hid=hide hidden=hide held=hold kept=keep knelt=kneel knew=know known=know
laid=lay led=lead lent=lend lit=light lost=lose made=make meant=mean met=meet paid=pay rode=ride
ridden=ride rang=ring risen=rise ran=run said=say saw=see seen=see sought=seek sold=sell sent=send
shook=shake shaken=shake shone=shine shot=shoot shown=show shrank=shrink shrunk=shrink sang=sing
sung=sing sank=sink sunk=sink sat=sit slept=sleep slid=slide spoke=speak spoken=speak sped=speed
spent=spend spun=spin sprang=spring sprung=spring stood=stand stole=steal stolen=steal stuck=stick
stung=sting strode=stride struck=strike swore=swear sworn=swear swept=sweep swam=swim swum=swim
swung=swing took=take taken=take taught=teach tore=tear torn=tear told=tell thought=think
threw=throw thrown=throw trod=tread understood=understand undertook=undertake undertaken=undertake
withdrew=withdraw withdrawn=withdraw woke=wake wore=wear worn=wear wove=weave woven=weave wept=weep
won=win wrote=write written=write
""".split())
IRREGULAR_PAST_FORMS = frozenset(IRREGULAR_BASES)
# Month and weekday names: a closed class of English proper nouns. `May` is also a modal verb,
# so it is a date only where a number follows (`May 11`, `May 2019`).
CALENDAR_NAMES = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())
# Words that qualify a title of office without being part of it, written in lower case before it
# (`former President Donald Trump`, `the late Queen`): style-guide facts, like the tables above.
TITLE_MODIFIERS = frozenset("former late then outgoing incoming erstwhile".split())
# Nouns for a work whose title may follow in apposition: `The film,The Last Harvest,Will open`.
WORK_NOUNS = frozenset("""
book novel memoir biography film movie documentary play musical opera ballet poem song single album
record series show sitcom drama exhibition painting sculpture symphony game podcast newspaper
magazine paper journal report essay story collection anthology
""".split())
# Verbs that report what someone said: their subject is a speaker, a person or a body.
REPORTING_VERBS = frozenset("said says told reported announced added noted stated confirmed warned explained wrote".split())
# Nouns that take a plural verb without a plural ending, and mass nouns for a group of people: a
# bare subject of their own (`police said`), unlike a singular count noun or an adjective.
GROUP_NOUNS = frozenset("police people staff personnel management media public crew clergy military government "
                        "security customs youth cattle leadership".split())
# Single-letter prefixes that abbreviate a word and are written in lower case (`e-mail`,
# `i-Pad`); any other capital letter before a hyphen names the letter itself (`A-share`, `X-ray`).
LOWERCASE_LETTER_PREFIXES = frozenset("ei")
# Endings of English adverbs, participles and gerunds: such a word begins a clause, not a name.
INFLECTED_ENDINGS = ("ly", "ing", "ed")
NAME_RATIO = -0.2       # P(Capitalized)/P(lowercase) >= 0.63 (the table counts sentence starts too; set on casing-dev)
COMMON_RATIO = -1.2    # below this (< 0.06) a word is clearly common: no need for document evidence
CLEAR_NAME_RATIO = 0.3  # above this (> 2) a word is clearly a name
MULTIWORD_RATIO = -1.5  # >= 0.03 and followed by a capitalized word: part of a name
NAME_FORMING_RATIO = -1.0  # >= 0.1: a word often capitalized inside names (`Executive`, `Officer`)
COMMON_ZIPF = 4.0       # wordfreq Zipf frequency of an everyday word


@lru_cache(maxsize=1)
def _table() -> SortedTable:
    """The table's `word<TAB>ratio` lines, sorted by word (as the builder writes them), looked up
    in place: a start pays a file read instead of splitting and parsing 75,000 lines."""
    return SortedTable("case_lexicon.txt")


@lru_cache(maxsize=65536)
def case_ratio(word: str) -> float | None:
    """log10(P(Word)/P(word)) for a lower-case word, or None when the table does not know it.
    Cached: running text asks for the same words again and again."""
    found = _table().get(word)
    return float(found) if found is not None else None


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """A frequent English word (wordfreq), for words the case table does not know."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= COMMON_ZIPF


def is_pinyin_name(word: str, next_word: str) -> bool:
    """`Fan Deshang`: a one-syllable surname followed by a given name spelled in Pinyin."""
    return spells_pinyin(word, 1) and spells_pinyin(next_word, 2)


def is_inflected(word: str) -> bool:
    """`apparently`, `cleaning`, `agreed`: an English -ly/-ing/-ed form of a known word.

    Names with these endings (`Beijing`, `Kelly`) are clear names in the case table or spell
    Pinyin, and are checked before this.
    """
    if len(word) < 5 or not word.endswith(INFLECTED_ENDINGS) or spells_pinyin(word):
        return False
    if case_ratio(word) is not None or is_common_word(word):
        return True
    # A form the table lacks (`endeavoring`) whose stem it knows as a common word.
    stem = word[:-2] if word.endswith(("ly", "ed")) else word[:-3]
    ratio = next((r for r in (case_ratio(stem), case_ratio(stem + "e")) if r is not None), None)
    return ratio is not None and ratio < COMMON_RATIO
