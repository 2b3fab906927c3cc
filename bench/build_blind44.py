"""Build bench/sets/detect44-*.jsonl: a held-out, hand-written detection set ("detect44").

Theme: forums, Q&A sites, review pages and social media.

Twenty-two English pages that contain Chinese on purpose, each a different site and layout: a
language-learning Q&A thread on two words for "or" with translated example sentences, a hiking
forum thread where a reply translates a transcribed trailhead sign line by line, a noodle-shop
menu typed out as a numbered list and translated by number in a later reply, an attraction review
page whose reviews are "Translated from Chinese" with the original under "Show original", a
tutoring chat log with corrections, a fan translation of song lyrics in traditional characters
(original block, then translation block, then notes), a web-novel teaser (raw quoted, then the
translation and a glossary of address terms), a tattoo check thread, a Chinese-name help thread
where pinyin carries the readings, a social-media explainer of internet slang, a grammar answer on
a Q&A exchange, app-store reviews of a flashcard app, a numbered thread of idioms, a product
review that transcribes a tea label field by field, a poetry forum comparing translations of a
Tang quatrain, a Discord word-of-the-day channel, a hotpot review with photo captions, a mailing
list digest identifying a scroll and its seals, a Q&A answer quoting the classical source of an
idiom, a subreddit wiki table of travel phrases, podcast episode comments and a family-history
forum reading a headstone in traditional characters.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a cooking forum whose floor labels and post metadata (楼主, 沙发, 发表于, 只看该作者) and one
recipe step stayed Chinese, a hotel review page whose management replies are half Chinese, a
household Q&A whose accepted answer is untranslated, product reviews with emoji-laden Chinese
comments, a photography forum with untranslated signatures, a cycling forum whose quoted replies
stayed Chinese, a gardening forum where posts end in an untranslated sentence, a phone forum's
user rank panels, a microblog feed with Chinese hashtags and buttons, a restaurant review site's
rating labels and one review, a car owners' fuel table with a Chinese cell, a router support
thread with one untranslated step beside glossed menu names, a parenting forum with Chinese
clauses glued to English ones, a game patch discussion, a Q&A answer's metadata and one paragraph,
app reviews whose developer replies are Chinese, a travel itinerary with one untranslated tip
beside bilingual place names, video comments, a book review site's buttons and a short review, a
shop's customer Q&A, a rental listing thread with its contact footer, and a parents' group chat.
Deliberate Chinese on those pages (a language link, an ICP number, a name given with its English,
a glossed menu label) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set; the
classical lines quoted (Wang Zhihuan, Zhuge Liang, Han Feizi) are public domain and their
translations are our own. The set was written BLIND on 2026-12-04: without reading mtmend's
code, its tests, the other bench sets or their builders (only bench/blind_set.py, `marked()` in
build_detection_sets.py, and the first 70 and last 30 lines of build_blind25.py as a model of
the file format were read), and mtmend was never run on these pages.

Rebuild: `python3 bench/build_blind44.py` from the repository root; it rewrites
bench/sets/detect44-deliberate.jsonl (ids d44d-NN) and bench/sets/detect44-leftovers.jsonl
(ids d44l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect44", chars=(900, 4500), lines=(8, 60)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("qa-or-words", """
LinguaCircle   Home · Questions · Tags · Users · Log in
Mandarin Chinese › Grammar

Q: When do I use {D:还是} and when {D:或者}? My dictionary says both mean "or"
Asked by tomasz_k · 3 days ago · Viewed 412 times

My textbook has this sentence: {D:你喝茶还是喝咖啡？} and translates it as "Do you drink tea or coffee?" But last week my teacher wrote {D:周末我看书或者看电影。} on the board and said it means "At the weekend I read or watch a film." Why a different word for "or"? Is one more formal, or is it a north/south thing?

Tags: grammar · conjunctions · HSK-2

3 Answers · sorted by votes

▲ 31  meiling_teaches · native speaker (Sichuan) · Accepted ✔
It isn't about formality or region. Rule of thumb: the first one goes in questions where the listener is expected to pick one option; the second goes in statements where either option is acceptable.

{D:你今天去还是明天去？}  Are you going today or tomorrow? (pick one)
{D:你今天去或者明天去都行。}  You can go today or tomorrow, either is fine.

What trips people up is that the "pick one" word also appears in statements that hide a question inside them, usually after {D:不知道} ("don't know"), {D:看} ("it depends on") or {D:决定} ("decide"):

{D:我不知道他是老师还是学生。}  I don't know whether he's a teacher or a student.

▲ 12  dan_in_dalian
One thing that helped me: in fast casual speech you will sometimes hear people say {D:你要米饭或者面条？} ("Do you want rice or noodles?"). Nobody will blink in a restaurant, but your teacher will still mark it wrong in a test, so stick to the rule above.

▲ 4  tomasz_k · asker
Thanks both! So {D:你喜欢猫还是狗？} = "Do you prefer cats or dogs?" and {D:我想养一只猫或者一只狗。} = "I'd like to get a cat or a dog." Have I got it?

   ↳ meiling_teaches: Perfect, both sound natural. 👍

Related questions
· What is the difference between {D:和} and {D:跟}, the two words for "and / with"?
· Why can't the question particle {D:吗} go at the end of an either-or question?

Your answer
[ Write your answer here… ]   Post answer
© 2026 LinguaCircle · Community guidelines · Privacy
""")

dd("trailhead-sign-thread", """
TrailTalk Asia — Forums › China › Yunnan
Topic: Sign at the Yubeng trailhead: what does the Chinese actually say? [photo]

#1  hollowpine_hiker · Posted 14 Oct 2026, 21:07
Back from the Meili Snow Mountain loop. At the start of the trail up to the Sacred Waterfall there's a big wooden sign. The English part just says "Attention Safety. No Littering." but the Chinese above it is obviously much longer. I've typed it out from my photo as carefully as I can (apologies if I got a character wrong):

{D:温馨提示}
{D:前方路段落石较多，雨雪天气请勿通行。}
{D:请沿步道行走，切勿抄近路。}
{D:神瀑为当地藏族群众朝拜圣地，请尊重民族习俗，勿大声喧哗。}
{D:请勿投喂牦牛及其他动物。}
{D:垃圾请随身带下山。}
{D:救援电话}：0887-841 6120

Can anyone tell me what it says? Especially the long fourth line.

#2  yakbutter_tea · Posted 14 Oct 2026, 22:31
Your transcription is spot on. Line by line:

1. "Friendly reminder", the standard polite heading on Chinese signs.
2. "Frequent rockfall on the section ahead; do not pass in rain or snow."
3. "Keep to the trail; never take shortcuts."
4. "The Sacred Waterfall is a holy site where local Tibetans come to worship. Please respect local customs and do not make loud noise."
5. "Do not feed the yaks or any other animals."
6. "Take your rubbish back down the mountain with you."
7. "Rescue hotline", then the number.

So the English half really only covers line 6 and, loosely, the heading. Line 2 is the one I'd have wanted to know about!

#3  hollowpine_hiker · Posted 15 Oct 2026, 07:45
Ha, we did go up in drizzle. Thank you, that's really useful. Saving the rescue number to my phone for next time.

#4  mod_lhasa_larry · Moderator · Posted 15 Oct 2026, 09:12
Good thread, pinning it to the Yunnan safety list. A reminder to everyone: walk around the waterfall clockwise, which is the respectful direction, though the sign doesn't mention it.

Quick reply · Subscribe to topic · Report
TrailTalk Asia © 2026 · Rules · Contact the moderators
""")

dd("menu-numbered-reply", """
Nomad Noodle Board
Home › Food & drink › Northwest China
"Beef noodle shop menu on the wall is all characters, help?"

Opening post · saltbush_sam · 2 Nov 2026
There's a tiny beef noodle place round the corner from my hostel in Xining. No picture menu, no English, and the owner was far too busy to mime at me. From my photo, the wall board says:

1. {D:牛肉面} 12
2. {D:加肉} +8
3. {D:加蛋} +2
4. {D:毛细}
5. {D:二细}
6. {D:三细}
7. {D:韭叶}
8. {D:大宽}
9. {D:凉拌黄瓜} 6
10. {D:酸梅汤} 4

Items 4 to 8 have no price at all, which confused me even more. What are they?

Reply 1 · qinghai_qiu · 2 Nov 2026
Happy to help, that's a classic board. Going by your numbers:
1. Beef noodle soup, 12 yuan a bowl.
2. Extra beef, 8 yuan more.
3. Add an egg (usually a marinated one), 2 yuan.
4 to 8 aren't dishes. They're the noodle thickness you choose when you order, which is why there's no price:
4. hair-thin
5. thin (literally "second thin")
6. medium-thin ("third thin")
7. flat, about as wide as a garlic-chive leaf
8. extra wide, almost like a belt
9. smashed cucumber salad, 6 yuan
10. sour plum drink, 4 yuan; cold, sweet and a bit smoky, great with the chilli oil.

Reply 2 · saltbush_sam · 3 Nov 2026
Legend. So I walk in and say "{D:牛肉面，二细，加蛋}" and that gets me a bowl of beef noodles, thin, with an egg?

Reply 3 · qinghai_qiu · 3 Nov 2026
Exactly that. If you don't want coriander add {D:不要香菜} ("no coriander"), and if you want it milder, {D:少辣}, "less spicy".

Reply 4 · lanzhou_exile · 3 Nov 2026
Small note for purists: locals will mostly just call it {D:拉面}, "pulled noodles", rather than the full name on the board. Either works at the counter.

Post a reply · Back to Northwest China
Nomad Noodle Board · community-run since 2011 · Privacy · Terms
""")

dd("reviews-show-original", """
RoamRate › Attractions › Suzhou › Humble Administrator's Garden
★★★★½  4.6 · 2,318 reviews · #2 of 187 things to do in Suzhou

Reviews  |  Sort: Most recent ▾  |  Filter: All languages ▾

Lin Q. · Shanghai · 5 reviews
★★★★★  Visited November 2026 · Couples
"Go early, it's worth it"
We went in at 7:30 when the gates opened and had the lotus pond almost to ourselves for half an hour. After nine it was packed with tour groups. The Chinese-language audio guide is very detailed; remember to bring your own earphones.
Translated from Chinese by RoamRate · Rate this translation
Show original ▴
{D:早点去，值得}
{D:七点半一开门就进去了，荷花池边差不多有半个小时只有我们两个人。九点以后旅行团就挤满了。中文语音导览讲得很详细，记得自带耳机。}

Helen M. · Leeds, UK · 41 reviews
★★★★☆  Visited October 2026 · Solo
"Beautiful but busy"
Stunning in the autumn light, although the crowds in the central section made it hard to linger. The café near the exit does a decent green tea.

Zhou Wenbo · Hangzhou · 18 reviews
★★★☆☆  Visited October 2026 · Family
"The garden is lovely, the management is not"
The garden itself deserves five stars. But the ticketing mini-app kept crashing, and the staff at the entrance would only say "queue over there". The shop sells the same souvenirs you can find anywhere.
Translated from Chinese by RoamRate · Rate this translation
Show original ▴
{D:园子很美，管理不行}
{D:园子本身值五星。但是购票小程序一直闪退，门口的工作人员只会说“去那边排队”。纪念品店卖的东西到处都买得到。}

Kenji T. · Osaka · 7 reviews
★★★★★  Visited September 2026
"A must in Suzhou"
Translated from Japanese by RoamRate · Show original ▾

Xiaoyu · Suzhou · 62 reviews
★★★★★  Visited in every season · Friends
"Come back in spring"
As a local I come several times a year: azaleas in spring, lotus in summer, red leaves in autumn. Every season looks completely different. Tip: the north-west corner is always the quietest.
Translated from Chinese by RoamRate · Rate this translation
Show original ▴
{D:春天再来一次}
{D:作为本地人，我一年来好几次。春天看杜鹃，夏天看荷花，秋天看红叶，每个季节都完全不一样。小提示：西北角人最少。}

Showing 5 of 2,318 reviews · Next ›
Write a review · Ask a question
RoamRate © 2026 · Reviews are the opinions of members, not of RoamRate · Terms of use
""")

dd("tutor-chat-corrections", """
TalkBridge · Lesson chat · Session #38 with Teacher Ruoxi
Saved transcript · 19 Nov 2026 · 45 min · Topic: describing your weekend

[19:02] Teacher Ruoxi: Hi Priya! Let's start. Tell me about your weekend, in Chinese please 😊
[19:03] Priya: {D:我周末去了朋友的家吃饭了。}
[19:03] Teacher Ruoxi: Good! One small thing: you only need one {D:了} in that sentence, at the end.
[19:04] Teacher Ruoxi: ✏️ {D:我周末去朋友家吃饭了。} = "At the weekend I went to a friend's place for dinner."
[19:04] Teacher Ruoxi: And {D:朋友家} ("friend's home") sounds more natural than {D:朋友的家} in speech.
[19:05] Priya: oh ok. {D:她做了很多好吃的菜，我吃了太饱。}
[19:06] Teacher Ruoxi: Nice content: "She made lots of delicious dishes." But "I ate too full" needs a complement: ✏️ {D:我吃得太饱了。} "I ate until I was stuffed."
[19:06] Priya: {D:得} not {D:了}... I always forget that one
[19:07] Teacher Ruoxi: Very common mistake. Pattern: verb + {D:得} + how it went. {D:跑得快}, runs fast; {D:说得好}, speaks well.
[19:09] Priya: {D:然后我们一起看电影，电影很有意思，可是太长。}
[19:10] Teacher Ruoxi: Almost perfect! "Then we watched a film together; it was interesting, but too long." Just close it with {D:了}: {D:太长了}. After {D:太} ("too") we nearly always end with it.
[19:10] Priya: {D:太长了！}
[19:11] Teacher Ruoxi: 😂 yes, exactly, "way too long!"
[19:18] Teacher Ruoxi: Homework: write five sentences about next weekend using {D:打算}, "plan to". Example: {D:我打算去爬山。} I plan to go hiking.
[19:19] Priya: {D:好的，谢谢老师！}
[19:19] Teacher Ruoxi: {D:不客气}! See you on Thursday.

Corrections summary (auto-generated)
• {D:我周末去了朋友的家吃饭了} → {D:我周末去朋友家吃饭了} (one sentence-final particle; "friend's home")
• {D:我吃了太饱} → {D:我吃得太饱了} (degree complement)
• {D:可是太长} → {D:可是太长了} ("too" + adjective + particle)

New words this session
{D:打算} dǎsuàn, to plan · {D:爬山} páshān, to go hiking · {D:好的，谢谢老师} OK, thank you, teacher · {D:不客气} bú kèqi, you're welcome

Rate this lesson ★★★★★ · Book next lesson · Download transcript (PDF)
""")

dd("song-tl-traditional", """
Mandopop Translations Club · Forum › Finished translations
[TL] {D:海邊的公車站} (Seaside Bus Stop), Drift Lantern: full lyrics + notes

Posted by kumquat_sky · 8 Nov 2026 · 1,204 views · 23 replies

Finally finished this one! Drift Lantern are a small indie band from Hualien and this track has been stuck in my head for a month. Lyrics transcribed from the album booklet (traditional characters, as printed), translation below. Please don't repost without credit.

Original lyrics:
{D:末班車還沒有來}
{D:站牌被海風吹得發白}
{D:你說等一下就好}
{D:我等了一整個夏天}
{D:浪花把腳印帶走}
{D:也把你的名字帶走}
{D:如果明天還會下雨}
{D:我就假裝你也還在}

Translation:
The last bus still hasn't come
The sign at the stop has been bleached white by the sea wind
You said it would only be a moment
I waited one whole summer
The waves carried our footprints away
And carried your name away too
If it rains again tomorrow
I'll pretend you're still here too

Translator's notes:
– Line 3: {D:等一下} is literally "wait a moment", the casual "hang on" of everyday speech. I kept "only a moment" so the contrast with "a whole summer" lands.
– The title literally means "the bus stop by the sea"; the band's own English title is "Seaside Bus Stop", so I used that.
– Line 8: {D:也還在} has no subject, so it could be "still here too" or "also still around". I went with the first.

Reply from lowtide_lu:
Lovely. On line 2, {D:吹得發白} is "blown until it turned white", so "bleached by the sea wind" works perfectly; it's the wind doing the fading, not the sun.

Reply from kumquat_sky:
@lowtide_lu thank you! I was torn between "bleached" and "faded", glad it reads right.

Reply from anonymous_bass:
Is there a live version? The album cut ends abruptly right after {D:假裝}, "pretend", and I'd love to hear the full outro.

[Load more replies]
Forum rules · Translation credit policy · Contact the mods
""")

dd("webnovel-teaser-glossary", """
Scrollkeepers · Web-novel translation forum
Board: Xianxia & Wuxia › "Ten Thousand Lamps of Ashen Peak", Chapter 41 teaser

Thread starter: willowquill (Translator) · Joined 2021 · Posts 3,417
Posted 21 Nov 2026

Hi all, here's the opening of Chapter 41 as a teaser before the full chapter goes up on Sunday. Raw first, then my translation, then notes on terms. Feedback on the forms of address is very welcome.

Raw:
> {D:夜色渐深，山门外的石阶上积了一层薄雪。}
> {D:沈青禾提着灯笼，一步一步往上走。}
> {D:“师兄，你真的要下山吗？”身后传来小师妹的声音。}
> {D:他没有回头，只是轻声说了一句：“灯不灭，我就会回来。”}

Translation:
Night deepened, and a thin layer of snow had settled on the stone steps outside the mountain gate.
Shen Qinghe, lantern in hand, climbed them one step at a time.
"Senior Brother, are you really going down the mountain?" His youngest junior sister's voice came from behind him.
He did not turn around. He only said, softly, "As long as the lamp doesn't go out, I'll come back."

Notes:
• {D:师兄} (shixiong): senior martial brother, a disciple who joined the sect before you. "Senior Brother" when used to address someone.
• {D:小师妹} (xiao shimei): the youngest female disciple under the same master. "Youngest junior sister" is clunky but clear.
• {D:下山} (xiashan): "going down the mountain". In cultivation stories it usually means leaving the sect for the mortal world, not just a walk downhill.
• The protagonist's name is {D:沈青禾}: surname Shen, given name Qinghe, roughly "green grain". I keep the pinyin.

Replies (14)

inkstone_otter · 21 Nov 2026
Love it. For {D:灯不灭} ("the lamp doesn't go out") it might be worth a footnote pointing back to chapter 3, where the Ten Thousand Lamps are introduced.

willowquill (Translator) · 21 Nov 2026
@inkstone_otter good idea, I'll add it to the full release.

lurking_dao · 22 Nov 2026
Minor: {D:山门} is literally "mountain gate", but it also stands for the sect itself, so you could say "outside the sect's gate" if you want readers to catch that.

← Previous chapter · Table of contents · Next chapter (Sunday) →
Scrollkeepers is fan-run. All novels belong to their authors; please support the official release.
""")

dd("tattoo-check-thread", """
InkCheck Community › Foreign Script Tattoos › Chinese
"Please check before this goes on my forearm: does it really mean 'inner strength'?"

posted by jesse.r.maples · 27 Oct 2026

Hi everyone. My appointment is in 10 days. My artist found this online and says it means "inner strength":

    {D:内力}

What I want is something like quiet strength, resilience, not giving up. Also, does stroke direction matter for a tattoo? Thanks in advance.

reply · wen_proofreads · verified native speaker
Good that you asked. It's read nèilì and it does literally mean "inner force", but the first thing most Chinese readers will think of is martial-arts novels, where it's the internal energy kung-fu masters use to throw people across a room. Not wrong, just a bit comic.

For what you describe, three better options:
• {D:坚韧} (jiānrèn): tough and tenacious, hard to break. Closest to "resilience".
• {D:坚持} (jiānchí): to persist, to keep going. Very common; people say it to encourage each other.
• {D:柔韧} (róurèn): flexible yet strong, like bamboo. Less common but beautiful.

reply · jesse.r.maples
Oh no, kung-fu energy 😅 I really like the bamboo idea. Does the third one read as a complete thought on its own?

reply · wen_proofreads
Yes, two characters can stand alone. If you'd like a phrase, {D:柔而不弱} (róu ér bú ruò), "gentle but not weak", is also lovely and sounds intentional.

reply · old_tattoo_guy · artist
Whatever you pick, get a native speaker to write it by hand or supply a proper font file. The mistakes I see most are characters mirrored left to right when the stencil is printed, or two characters in the wrong order, which would turn {D:柔韧} into {D:韧柔}, and that's just gibberish.

reply · jesse.r.maples · UPDATE
Going with "gentle but not weak". wen_proofreads kindly wrote it out for me with a brush. Will post healed photos!

Marked as solved ✔ · 18 replies · Follow thread
InkCheck · machine translations are not accepted as proof · Community rules
""")

dd("chinese-name-help", """
Namecraft Forum › Chinese names › Help me choose
Chinese name for a British postgrad (Madeleine Ross) heading to Nanjing

madeleine_r · Newbie · 5 Sep 2026
Hi! I start a master's at Nanjing University next spring and my supervisor suggested I pick a Chinese name before I arrive instead of being stuck with a long transliteration. The official one on my admission letter is {D:玛德琳·罗斯}, Mǎdélín Luósī, which everyone says sounds very foreign. I'd like something that sounds like a real name but still reminds people of "Madeleine Ross". Any ideas?

reply · laoshi_hu · Tutor
The usual move is to take the first syllable of your surname as a Chinese surname. Ross gives you Luó, which is already a common surname, {D:罗}. Then a two-character given name that echoes "Madeleine":

1. {D:罗美琳} Luó Měilín: "beautiful" + "fine jade". Elegant, very feminine, a little common.
2. {D:罗曼琳} Luó Mànlín: closer in sound (Màn ≈ "Mad"), but it also echoes the word for "romantic", which some people find cute and some find cheesy.
3. {D:罗敏} Luó Mǐn: shorter; Mǐn means quick-witted. Sounds like someone's real classmate.

reply · madeleine_r
Oh I like the first one a lot. Does "Měilín" sound too much like a little girl's name?

reply · jiangnan_jess
Not at all, there are plenty of grown women called Měilín. If you want it to feel more grown-up, swap the first character for {D:梅} (méi, plum blossom): {D:罗梅琳}, Luó Méilín. Plum blossom flowers in winter, so it has a "resilient" feel and Nanjing has a famous plum blossom hill too.

reply · laoshi_hu
Good suggestion. Luó Méilín is also easy for Chinese speakers to say and write, which matters more than people think when you're filling in forms all day.

reply · madeleine_r · UPDATE
Decided: Luó Méilín. Thank you all! My supervisor approved it with a thumbs up 🌸

Thread marked solved · 9 replies
Namecraft Forum · Names are suggestions, not legal advice · About · Contact
""")

dd("slang-explainer-post", """
@jinjing.explains
a quick guide to the chinese internet slang you keep seeing in my replies 🧵 (save this)

1. {D:躺平} (tǎng píng), "lying flat". Opting out of the rat race on purpose: do the minimum, skip the promotions, don't buy the flat. Half protest, half joke.

2. {D:内卷} (nèi juǎn), "involution". Everyone working harder and harder just to stay in the same place, e.g. classmates all doing extra tutoring so nobody actually gets ahead.

3. {D:摆烂} (bǎi làn), roughly "letting it rot". Giving up on something that's going badly anyway. "Exam in two days and I haven't started, I'm just gonna let it rot."

4. {D:打工人} (dǎgōng rén), "worker person". Self-mocking word for anyone with a job. Often in morning greetings like {D:打工人，早安！}, "good morning, fellow wage slaves!"

5. {D:绝绝子} (jué jué zǐ), "absolutely amazing". Over-the-top praise, a bit 2021 now but still everywhere in food posts.

6. yyds: not characters at all, it's the initials of {D:永远的神} (yǒngyuǎn de shén), "eternal god", basically GOAT.

7. {D:破防} (pò fáng), "my defences are broken". When something hits you emotionally, like a video of an old man meeting his grandkid.

Notes · 12.4K
#chinese #mandarin #language learning #internet culture

💬 corgi_on_tour: so when my cousin commented {D:绝绝子} under my cake photo she LIKED it?? i thought it was something rude lol
   ↳ @jinjing.explains: haha yes, that's top praise!

💬 dimsum_dev: number 2 is literally my office
   ↳ @jinjing.explains: everyone's office 😭

💬 lin.t: you forgot {D:凡尔赛}, "Versailles": humblebragging, like complaining your new car is too big to park
   ↳ @jinjing.explains: part 2 coming!! that one is on the list

Reblog · Like · Share
""")

dd("grammar-exchange-ba", """
Hanzi Exchange  —  Questions  Tags  Users  Unanswered
Why does "{D:我把书看了}" sound wrong when "{D:我把书看完了}" is fine?
Asked 2 days ago  Modified today  Viewed 289 times

▲ 9
I'm learning the disposal construction, where you move the object in front of the verb. My tutor accepted {D:我把书看完了} ("I finished reading the book"), but when I wrote {D:我把书看了} ("I read the book") she said it sounds incomplete. The verb is the same in both, so why does one work and not the other?
grammar  word-order  ba-construction
asked by fen_learner

2 Answers   Sorted by: Highest score

▲ 14  ✔ Accepted
This construction is about what happens to the object, so the verb usually can't stand alone. It needs something after it that shows a result, a direction, a duration or an amount. Compare:

(a) {D:我把书看了。} ✗ (sounds unfinished, "I book-read")
(b) {D:我把书看完了。} ✓ I finished reading the book. (result: "finished")
(c) {D:我把书放在桌子上了。} ✓ I put the book on the table. (location)
(d) {D:我把书还给他了。} ✓ I gave the book back to him. (recipient)
(e) {D:我把书看了两遍。} ✓ I read the book twice. (amount)

There are exceptions where a bare verb plus particle is acceptable, mostly with verbs that already imply a result, such as {D:我把作业交了。} "I handed in the homework." Handing in already includes the result, so nothing more is needed.
answered by wu_keqing

▲ 3
A simpler way to feel it: if you can't answer "and what became of the book?", the sentence is missing its ending. In (a) nothing happened to the book yet.
answered by sam_from_xian

Comments
fen_learner: so {D:我把门关了} ("I shut the door") is fine because shutting already has a result built in?
wu_keqing: Exactly. You could also say {D:我把门关上了}, which adds the complement and is even more natural.

Your Answer
Post Your Answer
Hanzi Exchange is a question and answer site for learners and teachers of Chinese. Content licensed CC BY-SA.
""")

dd("appstore-flashcard-reviews", """
App Store › Education › Pinecone Hanzi: Flashcards & Stroke Order
4.7 ★ · 18K Ratings · Ages 4+ · Free · Offers In-App Purchases

Ratings and Reviews                                                   See All

"Finally stopped confusing the 'already' words" ★★★★★
by coffee_and_kanji, 3 Nov 2026
I'd been mixing up {D:已经} (already) and {D:曾经} (once, at some point in the past) for months. The example sentences for each card are short and the audio is a real person, not a robot. The "confusable pairs" deck is worth the subscription on its own.

"Taught me the most useful word in China" ★★★★★
by backpacker_mo, 28 Oct 2026
Week one it gave me {D:尴尬} (gāngà), "awkward / embarrassing". I have now used it in about forty situations a day. 10/10.

"Good but the sign deck needs work" ★★★☆☆
by linguist_nat, 22 Oct 2026
Overall solid. But the "real-life signs" deck has some weird glosses. {D:小心地滑} is shown as "carefully slide", which is the classic mistranslation joke; it should be "Caution: wet floor" (literally "be careful, the floor is slippery"). And {D:出口} should just be "Exit", not "export".
   Developer Response, 24 Oct 2026
   Thanks, Nat! Both cards are fixed in version 5.2. The "carefully slide" card was a test joke that escaped, sorry 🙈

"Stroke order animations are great" ★★★★☆
by rei_draws, 15 Oct 2026
I can finally write {D:爱} (love) and {D:餐} (meal, sixteen strokes!) without losing track. Would love a left-handed mode for the tracing.

"Please add traditional characters" ★★★★☆
by hk_by_way_of_ohio, 9 Oct 2026
My family is from Hong Kong so I need {D:學習} as well as {D:学习} (both "study"). The toggle exists but only covers about half the cards.
   Developer Response, 11 Oct 2026
   Full traditional support is on our roadmap for early next year.

What's New  Version 5.2
· Fixed glosses in the Signs deck
· New deck: 50 measure words
Information · Seller: Pinecone Learning Ltd · Size 182 MB · Category Education
Privacy Policy · Developer Website · App Support
""")

dd("idiom-thread-numbered", """
Mei Lan 🌿 @meilan_reads · Nov 20
8 chengyu (four-character idioms) I actually use in daily life, not just in exams. A thread 🧵 1/9

Mei Lan 🌿 @meilan_reads · Nov 20
2/9 {D:画蛇添足} huà shé tiān zú, "drawing legs on a snake". Ruining something by adding what it doesn't need. My go-to comment when someone adds a third topping to a perfect pizza.

Mei Lan 🌿 @meilan_reads · Nov 20
3/9 {D:马马虎虎} mǎmǎhūhū, literally "horse horse tiger tiger". So-so, careless, not great. "How was the film?" "Meh, horse horse tiger tiger."

Mei Lan 🌿 @meilan_reads · Nov 20
4/9 {D:一石二鸟} yì shí èr niǎo. Yes, it's exactly "kill two birds with one stone". Some say it came into Chinese from English, which I find hilarious.

Mei Lan 🌿 @meilan_reads · Nov 20
5/9 {D:半途而废} bàn tú ér fèi, "give up halfway along the road". What I said about my Duolingo streak. Don't be me.

Mei Lan 🌿 @meilan_reads · Nov 20
6/9 {D:对牛弹琴} duì niú tán qín, "playing the zither to a cow". Explaining something to someone who just doesn't care. Used affectionately about my dad and cryptocurrency.

Mei Lan 🌿 @meilan_reads · Nov 20
7/9 {D:入乡随俗} rù xiāng suí sú, "when you enter a village, follow its customs". Basically "when in Rome".

Mei Lan 🌿 @meilan_reads · Nov 20
8/9 {D:塞翁失马} sài wēng shī mǎ, "the old man at the frontier lost his horse". A setback that may turn out to be a blessing. The full saying goes on: {D:焉知非福}, "how do you know it isn't good fortune?"

Mei Lan 🌿 @meilan_reads · Nov 20
9/9 {D:熟能生巧} shú néng shēng qiǎo, "familiarity gives rise to skill", i.e. practice makes perfect. Which is why I'm making you read this thread. End 🧵

💬 48   🔁 1.1K   ♥ 6.3K

Replies
@tonal_tom: the cow one is going straight into my group chat
@hsk_hannah: number 3 is the first idiom every learner falls in love with and I will not be taking questions
""")

dd("tea-label-review", """
Customer reviews › Anxi Tieguanyin Oolong Loose Leaf, 250 g tin
★★★★☆ 4.4 out of 5 · 2,011 global ratings

Top reviews from the United Kingdom

Ruth G.  ★★★★★  "Lovely tea, and here's what the label says"
Reviewed in the United Kingdom on 16 November 2026 · Verified Purchase
Several people in the Q&A asked what the Chinese sticker on the bottom of the tin means, so I sat down with my son-in-law (he's from Fujian) and we went through it line by line. Label text first, then what it means:

{D:品名：安溪铁观音}  → Product name: Anxi Tieguanyin
{D:类别：乌龙茶（清香型）}  → Category: oolong tea (light, fragrant style)
{D:产地：福建省安溪县}  → Origin: Anxi County, Fujian Province
{D:净含量}：250g  → Net weight: 250 g
{D:保质期：18个月}  → Shelf life: 18 months
{D:贮存条件：密封、避光、防潮、防异味}  → Storage: keep sealed, away from light, damp and strong smells
{D:冲泡方法：100℃沸水，茶水比1:20，第一泡10秒后倒掉}  → Brewing: boiling water at 100 °C, 1 g of tea to 20 ml of water, and throw away the first infusion after 10 seconds (that's the "rinse")
{D:生产日期：见罐底喷码}  → Production date: see the inkjet code on the bottom of the tin

The production date on mine was two months before delivery, so it's fresh. My son-in-law says the "light, fragrant style" means it's not heavily roasted, which matches: very floral, almost like orchids, and no smoky taste. He also says keeping it in the fridge is what his mother does.

Taste-wise I'd give it five stars. I do wish the seller printed the English on the tin itself instead of leaving it to customers, hence this review.
312 people found this helpful
Helpful · Report

Amir S.  ★★★☆☆  "Nice tea, tin dents easily"
Reviewed in the United Kingdom on 2 November 2026 · Verified Purchase
Tea is good, but the tin arrived with a dent. Packaging could be better.
17 people found this helpful

See more reviews ›
""")

dd("poem-tl-compare", """
Verse Crossings Forum › Classical Chinese poetry › Translation workshop
Thread: Let's compare translations of Wang Zhihuan's "{D:登鹳雀楼}" (Dēng Guànquè Lóu, "Climbing Stork Tower")

Started by nightheron · 10 Nov 2026 · 37 replies

nightheron wrote:
Four lines, twenty characters, and I've seen at least a dozen English versions. Here's the poem so we're all looking at the same text:

{D:白日依山尽，}
{D:黄河入海流。}
{D:欲穷千里目，}
{D:更上一层楼。}

Post your own version and a line about what you were going for. I'll start, aiming for close and plain:

The white sun sinks behind the mountains,
The Yellow River flows into the sea.
If you would see a thousand miles further,
Climb up one more storey.

dustjacket wrote:
I went for rhythm over precision:

The sun leans on the hills and fades away;
The Yellow River runs to meet the bay.
To see the world a thousand miles wide,
Go up another floor and look outside.

The rhyme forced "bay", which the Chinese doesn't have: the river just goes into the sea.

quiet_brush wrote:
Notes on the words, for anyone who doesn't read Chinese: {D:尽} (jìn) is "used up, exhausted", so the sun isn't just setting, it's running out against the mountains. {D:千里目} is literally "thousand-li eyes", a gaze that reaches a thousand li (a li is about half a kilometre). And {D:更上一层楼}, "go up one more level", has become an everyday phrase for "take it to the next level", used in speeches and on exam-prep posters.

nightheron wrote:
@quiet_brush that last point is why I kept "storey" literal: the modern idiom works better when the reader sees the staircase.

Reply · Quote · Report · Page 1 of 4  › Next
Verse Crossings · Original translations remain the property of their authors
""")

dd("discord-word-of-day", """
Mandarin Meetup  ›  # word-of-the-day

HanziBot  BOT  Today at 08:00
📘 Word of the day: {D:将就} (jiāngjiu)
Meaning: to make do, to put up with something that isn't quite right
Example: {D:没有咖啡了，喝茶将就一下吧。}
"We're out of coffee, let's make do with tea."
React with ✅ when you've used it in a sentence below!

marcy_b  Today at 08:14
{D:我的电脑很旧，但是还能将就用。}
my computer is old but I can still make do with it?

kai_tutor  TUTOR  Today at 08:20
@marcy_b perfect translation, and very natural sentence ✅

oli_in_tianjin  Today at 08:31
{D:宿舍的床太小了，我只能将就。}
(the dorm bed is too small, I just have to put up with it 😩)

kai_tutor  TUTOR  Today at 08:35
@oli_in_tianjin 👍 also common: {D:将就着睡}, "sleep on it anyway, make do"

ravi.k  Today at 09:02
is it the same as {D:凑合}? my flatmate says that all the time

kai_tutor  TUTOR  Today at 09:06
@ravi.k very close! Both mean "make do". Casual speakers in the north say the one your flatmate uses more; the word of the day sounds slightly softer. Both work in Oli's sentence.

ravi.k  Today at 09:07
{D:谢谢}!! thanks

marcy_b  Today at 09:40
and you can say {D:别将就} for "don't settle"? like in dating advice 😂

kai_tutor  TUTOR  Today at 09:42
@marcy_b yes! "Don't settle" is exactly how dating bloggers use it.

HanziBot  BOT  Today at 12:00
⏰ 14 people used today's word. Tomorrow: a measure word that trips everyone up.

# word-of-the-day · Message #word-of-the-day
""")

dd("hotpot-review-photos", """
Forkful › Melbourne › Chinatown › Red Cauldron Sichuan Hotpot
★★★★☆  4.2 (318 reviews) · $$ · Hotpot, Sichuan

Review by Tessa W. · Elite '26 · 212 reviews · 1,040 photos
★★★★★ 12/11/2026

Went for my birthday with five friends and finally worked out the ordering sheet, so here's a guide for the next group of confused non-readers.

[Photo 1] Caption: {D:鸳鸯锅}, the "mandarin duck pot", split down the middle: one half numbing-spicy red broth, one half mushroom broth. Get this if anyone in your group is spice-shy.

[Photo 2] Caption: The ordering sheet. You tick boxes with a pencil. It's only in Chinese, but staff will help.

[Photo 3] Caption: {D:毛肚}, beef tripe. Dip it in the red side for about 15 seconds, "seven ups and eight downs" as our waiter put it, and it stays crunchy.

[Photo 4] Caption: {D:鸭血}, duck blood tofu. Sounds scary, tastes like very soft silken tofu that soaks up the broth.

[Photo 5] Caption: {D:黄喉}, which the menu translates as "yellow throat" (it's the aorta, yes really). Crunchy, mild. My friend refused, I had hers.

[Photo 6] Caption: The sauce bar. The classic Chongqing dip is {D:油碟}: sesame oil with crushed garlic, coriander and a little oyster sauce. It cools down the chilli.

The broth was properly numbing with lots of Sichuan pepper. Service was fast, and when they found out it was my birthday they brought out a plate of {D:长寿面}, "longevity noodles", one very long hand-pulled noodle you're supposed to eat without breaking. I failed but it was fun.

Only complaint: the extractor fans can't keep up, so you leave smelling like hotpot for two days.

Useful 48 · Funny 12 · Cool 19

Review by Jonah P. · 9 reviews
★★★☆☆ 02/11/2026
Good broth, long wait on a Friday. Book ahead.

Write a review · Add photo · Share · Save
Forkful © 2026 · About · Support · Terms
""")

dd("scroll-mailing-digest", """
asian-arts-l Digest, Vol 88, Issue 14

Today's Topics:
   1. Inherited scroll: can anyone read it? (Graham Pell)
   2. Re: Inherited scroll: can anyone read it? (Dr. Ming Chao)
   3. Re: Exhibition listings for December (Ann Voss)

----------------------------------------------------------------------
Message: 1
Date: Tue, 1 Dec 2026 18:22:09 +0000
From: Graham Pell
Subject: Inherited scroll: can anyone read it?

Dear list, my late uncle brought a hanging scroll back from Taiwan in the 1970s. Four large characters in the middle, which I've matched against a dictionary as {D:宁静致远}, then a smaller column on the left that I read as {D:丙午春月松风居士书}, and two red seals at the bottom. The seals I cannot read at all; photos on request. Any help with meaning or date would be much appreciated.

----------------------------------------------------------------------
Message: 2
Date: Tue, 1 Dec 2026 21:47:33 +0800
From: Dr. Ming Chao
Subject: Re: Inherited scroll: can anyone read it?

Dear Graham, your reading looks right. The four large characters mean roughly "tranquillity carries you far". They come from Zhuge Liang's letter of admonition to his son, the passage {D:非淡泊无以明志，非宁静无以致远}: "Without simplicity one cannot make one's aims clear; without tranquillity one cannot reach far." It is one of the most popular phrases for calligraphy gifts.

The small column reads "Written in the spring month of the bingwu year by the Layman of Pine Wind". Bingwu is a year in the sixty-year cycle; given your dates it would be 1966. "Layman of Pine Wind" is an art name, not a legal name, so identifying the calligrapher will need the seals. Typically one seal gives the real name followed by {D:之印}, "seal of", and the other repeats the art name. Do send photos to the list.

Best, Ming

----------------------------------------------------------------------
Message: 3
Date: Wed, 2 Dec 2026 08:05:10 -0500
From: Ann Voss
Subject: Re: Exhibition listings for December

Reminder that listings for the January newsletter close on Friday.

End of asian-arts-l Digest, Vol 88, Issue 14
""")

dd("idiom-origin-answer", """
Kora › Chinese Language › Idioms
What is the story behind the idiom {D:守株待兔}?
Answer · Follow · 14 · Request

Answered by Yuan Shu, taught classical Chinese at a secondary school in Xi'an for 20 years
Updated 6 Nov 2026

It means "guarding the tree stump, waiting for a hare" (shǒu zhū dài tù), and the story comes from the philosopher Han Feizi, about 2,300 years ago. The original is very short:

{D:宋人有耕者。田中有株，兔走触株，折颈而死。因释其耒而守株，冀复得兔。兔不可复得，而身为宋国笑。}

Here it is in English, sentence by sentence:
"There was a farmer in the state of Song. In his field stood a tree stump. A hare, running, struck the stump, broke its neck and died. So the farmer laid down his plough and kept watch by the stump, hoping to get another hare. No more hares came, and he became the laughing stock of Song."

Two details that students usually miss:
1. {D:耒} (lěi) is an ancient wooden plough, so he literally stops farming to wait.
2. Han Feizi wasn't telling a joke about farmers; he was mocking rulers who try to govern with the methods of ancient kings, i.e. expecting past luck to repeat.

Today the idiom is used for anyone waiting passively for a lucky break instead of working, e.g. a parent saying to a teenager {D:你别守株待兔了，快去找工作！}, "Stop waiting for a hare to run into a tree, go and find a job!"

A related idiom with the opposite lesson is {D:亡羊补牢} (wáng yáng bǔ láo), "mend the pen after losing a sheep", meaning it's never too late to fix a mistake.

7.2K views · View upvotes
▲ Upvote 312 · 💬 18 · ↻ Share

Related
What does 'drawing legs on a snake' mean?
Which idioms come from the Han Feizi?
""")

dd("subreddit-wiki-table", """
r/BackpackingChina · Wiki · Phrases that actually get used

This page is maintained by the mods. Last revised 4 Nov 2026 by u/mod_jade_rabbit. Suggest edits in the weekly thread, not by DM.

Pinyin tones are marked. You don't need perfect tones for these; context does most of the work.

| Chinese | Pinyin | English | When you'll need it |
|---|---|---|---|
| {D:你好} | nǐ hǎo | hello | everywhere, though locals often skip it |
| {D:多少钱？} | duōshao qián? | how much is it? | markets, taxis |
| {D:太贵了} | tài guì le | too expensive | haggling (only at markets!) |
| {D:我不要辣} | wǒ bú yào là | I don't want it spicy | every restaurant in Sichuan and Hunan |
| {D:扫我} | sǎo wǒ | scan me (QR code) | what shopkeepers say when they want you to pay |
| {D:我付现金可以吗？} | wǒ fù xiànjīn kěyǐ ma? | can I pay cash? | small shops, though cash is rarer every year |
| {D:厕所在哪儿？} | cèsuǒ zài nǎr? | where's the toilet? | bring your own tissues |
| {D:到了} | dào le | we've arrived / this is it | telling a taxi driver to stop |
| {D:听不懂} | tīng bu dǒng | I don't understand (what I hear) | when someone speaks fast |
| {D:慢一点} | màn yìdiǎn | a bit slower | follow it with a smile |

Signs worth recognising
· {D:入口} entrance · {D:出口} exit · {D:禁止吸烟} no smoking · {D:售票处} ticket office
· {D:男} men's · {D:女} women's. Learn these two before anything else.

FAQ
Q: Do I need to learn characters for a two-week trip?
A: No, but the last section will save you at least one awkward moment.

Related wiki pages: Payment apps · Train tickets · Visa-free transit
""")

dd("podcast-episode-comments", """
Slow Mandarin Hour · Episode 112: At the pharmacy
Released 28 Oct 2026 · 24 min · Level: Intermediate

Show notes
In this episode Lin and Ben act out buying cold medicine, then go through the key phrases slowly. Vocabulary from the episode:
{D:药店} yàodiàn, pharmacy · {D:感冒药} gǎnmào yào, cold medicine · {D:嗓子疼} sǎngzi téng, sore throat · {D:一天三次} yì tiān sān cì, three times a day · {D:饭后吃} fàn hòu chī, take after meals · {D:处方} chǔfāng, prescription

▶ Play episode · Download transcript · Support the show

Comments (27)

ruth_listening · 29 Oct 2026
Great episode. At 06:40 Ben says {D:药房}, not the word in the show notes. Is that a different kind of shop?
   Lin (host) · 29 Oct 2026
   Good ear! Both mean pharmacy. The one Ben used is often the dispensary inside a hospital, but in everyday speech people use them interchangeably.

ahmed_k · 30 Oct 2026
I used "after meals" at a pharmacy in Chengdu yesterday and the pharmacist understood immediately. Small victory!! Also she said {D:多喝热水}, which I've learned means "drink lots of hot water", the universal Chinese cure 😂
   Ben (host) · 30 Oct 2026
   Ha, a pharmacist saying it is peak China. Congratulations!

jo_in_leeds · 2 Nov 2026
Could you do an episode on describing symptoms? I never know how to say "I've got a blocked nose".
   Lin (host) · 3 Nov 2026
   Noted! Sneak preview: {D:鼻子不通气}, literally "my nose doesn't let air through".

quiet_listener_99 · 5 Nov 2026
The slow replay section is perfect for me. {D:谢谢你们}, thank you both!

Load more comments
Slow Mandarin Hour · Made in Taipei and Manchester · Privacy
""")

dd("headstone-traditional", """
Roots & Branches Genealogy Forum › Asia › China & the Chinese diaspora
Topic: Reading my great-grandfather's headstone (Vancouver, Mountain View Cemetery)

Post by cchen_family · 30 Oct 2026
I finally visited my great-grandfather's grave. Family lore says his name was "Chan Duck Ming" and he came from somewhere near Toishan. The stone is all in traditional characters. I've transcribed it column by column, right to left:

Centre column:  {D:顯考陳公諱德明府君之墓}
Right column:   {D:廣東台山縣}
Left column 1:  {D:生於清光緒二十七年}
Left column 2:  {D:卒於民國四十二年}
Bottom:         {D:孝男志強　孝女美玲　立}

Could someone translate it, and are the dates usable?

Reply by wong_archivist · Volunteer · 31 Oct 2026
Happy to help. Column by column:
Centre: "Tomb of my late father, Mr Chan, whose personal name was Tak-ming." The first two characters are the formula children use for a deceased father, and the name is in the middle. Duck Ming is your family's old spelling of the Cantonese pronunciation; in Mandarin it's Chén Démíng.
Right: "Taishan County, Guangdong", the county where he was born. Toishan is the Cantonese spelling of the same place.
Left 1: "Born in the 27th year of the Guangxu emperor of the Qing", which is 1901.
Left 2: "Died in the 42nd year of the Republic". The Republic counts from 1912, so that's 1953.
Bottom: "Erected by his filial son Chi-keung and filial daughter Mei-ling."

So your great-grandfather was born in 1901 and died in 1953, and the stone was put up by two of his children. Check the cemetery register for the exact burial date.

Reply by cchen_family · 31 Oct 2026
Thank you so much. Mei-ling was my grandmother, so this fits perfectly. Now I can search the 1920s immigration records under Chan Tak Ming as well.

Reply by wong_archivist
Good luck! Also try the spelling "Chin", the Taishanese pronunciation, which shows up a lot in old records.

Post reply · Watch topic · Back to index
Roots & Branches · volunteers answer in their own time
""")


# ---------------------------------------------------------------- half-translated

ll("cooking-forum-floors", """
Kitchen Home Forum › Home-style dishes › Braised and stewed
Language: English | {D:简体中文}

[Experience sharing] How to braise pork belly so it is fat but not greasy (with pictures)
{L:只看该作者} | Reverse order browsing | Replies: 86 | Views: 12,930

{L:楼主}  Spring Breeze Spoon  {L:发表于} 2026-11-12 19:41
I have made braised pork for more than ten years, today I share a little experience with everyone.
1. Choose pork belly with five layers of fat and lean, cut into 3 cm square pieces.
2. Put into cold water and blanch, add ginger slices and cooking wine, skim the foam after boiling, take out and wash with warm water.
3. Fry the sugar colour with rock sugar on small fire, when the sugar turns jujube red immediately put the meat in and stir.
4. {L:加入生抽、老抽和一小块桂皮，倒入没过肉的开水，盖上盖子小火慢炖一个小时。}
5. Finally turn to big fire to reduce the juice, it is best when the sauce wraps every piece of meat.
The key is step 3, if the fire is too big the sugar becomes bitter.
Reply | Quote | Report

{L:沙发}  Little Tomato Mom  {L:发表于} 2026-11-12 20:03
Collected! This weekend I will try. Can rock sugar be replaced with white sugar?
Reply | Quote | Report

{L:板凳}  Spring Breeze Spoon  {L:发表于} 2026-11-12 20:15
Replying to Little Tomato Mom: white sugar also can, but the colour is not as bright as rock sugar.
Reply | Quote | Report

{L:地板}  Old Wang Who Loves Cooking  {L:发表于} 2026-11-13 08:27
I add two hard-boiled eggs in the last half hour, the children like it very much. {L:楼主的方法和我妈妈的一模一样，看着就流口水。}
Reply | Quote | Report

5#  Northern Dumpling  {L:发表于} 2026-11-13 11:52
Does the pot need to be cast iron? I only have a stainless steel pot.
Reply | Quote | Report

6#  Spring Breeze Spoon  {L:发表于} 2026-11-13 12:30
Stainless steel is no problem, just stir more often so it doesn't stick to the bottom.
{L:回复} | Quote | Report

Page 1 of 9  Next page ›  Jump to page [  ]
Quick reply: Please log in first before you can reply. Log in | Register

About us | Contact | Forum rules | {D:京ICP备16024187号-2}
Copyright © 2011-2026 Kitchen Home Network. All rights reserved.
""")

ll("hotel-reply-half-zh", """
Lakeview Pavilion Hotel Hangzhou · Guest reviews
Overall 8.7 Very good · 1,046 verified reviews
Cleanliness 9.1 · Location 9.4 · Service 8.5 · Facilities 8.6 · Value 8.2

Filter: All reviewers | Couples | Families | Business · Sort: Newest first

Daniel K. · Germany · Deluxe Lake View Room · Stayed 3 nights in October 2026
7.0 "Great view, slow check-in"
👍 The room was spotless and the sunrise over West Lake was worth the price.
👎 We waited 40 minutes at check-in because only one receptionist was on duty, and the coffee at breakfast was lukewarm.
Hotel response · 2 Nov 2026
Dear Mr. Daniel, thank you very much for choosing our hotel and for your valuable comments. We are very happy that you liked the lake view room. {L:关于您入住时等候时间过长的问题，我们深表歉意，目前已在周末高峰时段增加了前台人手。早餐咖啡的温度问题已反馈给餐饮部跟进。}We sincerely look forward to your next visit. Guest Relations Manager Shen Yue

Aiko S. · Japan · Superior Twin Room · Stayed 2 nights in October 2026
9.0 "Quiet and convenient"
👍 Five minutes' walk to the lake, very quiet at night, kind staff.
👎 The bathroom was a bit small.
Hotel response · 28 Oct 2026
Dear guest, thank you for your praise. We will pass your compliment on to our front desk team. Regarding the bathroom size, the Superior Twin rooms are in the older building; {L:如您下次入住，可以提前联系我们免费升级至新楼房型，视当天房态而定。}
{L:祝您生活愉快，期待再次相见！}

Mark T. · United Kingdom · Family Suite · Stayed 4 nights in September 2026
8.0 "Good for families"
👍 Kids loved the indoor pool. Large suite.
👎 Breakfast was very crowded at 8am.
Hotel response · 1 Oct 2026
Dear Mr. Mark, thank you for your stay with your family. We suggest coming to breakfast before 7:30 or after 9:00 to avoid the busy period. We hope to welcome you again.

See all 1,046 reviews ›
Lakeview Pavilion Hotel · {D:湖景阁酒店} · 18 Beishan Road, Xihu District, Hangzhou
""")

ll("qa-accepted-answer-zh", """
AskAround Knowledge › Life › Household cleaning
Question: How to remove tea stains inside a stainless steel thermos cup?
Asked by user Spring Rain 2026 · 2026-11-02 · 3 answers · 5,417 views

My thermos cup has been used for two years, inside there is a layer of brown tea stain, washed with dish soap and brush it still cannot be washed off. The cup mouth is narrow, the hand cannot reach in. What is a method that is safe and does not damage the cup? Thank you!

Best answer ✔ (chosen by the asker)
Answerer: Home Cleaning Expert Lao Zhou · Level 9 · Acceptance rate 94%
{L:茶垢主要是茶多酚氧化后附着在杯壁上形成的，用小苏打就可以解决。}
{L:1. 往杯子里倒入两勺小苏打，再加入半杯温水；}
{L:2. 盖上盖子用力摇晃一两分钟，然后静置半小时；}
{L:3. 用长柄海绵刷刷一遍，再用清水冲洗干净即可。}
{L:如果茶垢比较厚，可以换成柠檬酸泡一晚上。注意不要用钢丝球，会刮花内胆。}
Answered on 2026-11-02 21:14 · 👍 328 · Comment (12)

Other answers (2)

Answerer: Tea Lover Xiao Mei · Level 4
I usually use eggshells crushed plus a little salt and water, shake hard, the effect is also good. It's free and environmentally friendly.
Answered on 2026-11-03 · 👍 41

Answerer: Anonymous user
You can buy a special cleaning tablet for thermos cups on shopping websites, put one in with hot water, after 20 minutes pour out, very convenient. But the price is a bit expensive.
Answered on 2026-11-04 · 👍 9

Comments on the best answer
Spring Rain 2026: Tried it tonight, really useful, thank you teacher!
Kitchen Novice: Can the same method be used for the kettle?
Home Cleaning Expert Lao Zhou reply Kitchen Novice: The kettle is better with citric acid for scale.

Related questions
· How to clean the rubber ring in the lid of the thermos cup?
· Is it safe to put tea in a stainless steel cup for a whole day?
Report | Share | Collect
""")

ll("product-reviews-emoji", """
Home › Kitchen appliances › Rice cookers › Smart Mini Rice Cooker 3L (White)
★ 4.9 · Positive rate 98% · 23,000+ reviews

All reviews (23,518) | With pictures (6,204) | Follow-up reviews (1,133) | Negative (211)
Tags: Rice tastes good (3,215) · Fast delivery (2,870) · Cute appearance (1,902) · {L:做工精致}(1,455) · Easy to clean (987)

A***8 ★★★★★ 2026-11-20 · Colour: White 3L
Received it, the rice it cooks is very fragrant, suitable for two or three people. The reservation function is very practical, I set it in the morning and after work the porridge is ready.
👍 Useful (56)

Little***Fish ★★★★★ 2026-11-19 · Colour: White 3L
{L:宝贝收到了，颜值超高，做饭也快}😍😍😍 {L:给老妈买的，她很喜欢}👍👍
👍 Useful (31)

j***n ★★★★☆ 2026-11-17 · Colour: Pink 3L
The pot is good, only the inner pot coating is a bit thin, I don't know if it will last long. Customer service answered quickly.
{L:追评}: After using for one month, no problems so far, the coating is still fine.
👍 Useful (18)

M***y ★★★★★ 2026-11-15 · Colour: White 3L
{L:物流超快}🚚💨 {L:昨天下单今天就到了，}the packaging is very tight and there is no damage. {L:好评}!!
👍 Useful (12)

Anonymous user ★★★★★ 2026-11-14 · Colour: White 3L
{L:此用户未填写评价内容}
👍 Useful (0)

h***2 ★★☆☆☆ 2026-11-11 · Colour: Pink 3L
The lid does not close tightly, there is water leaking out from the side when cooking porridge. {L:联系客服说可以换货，等换了再来追评。}😑
Merchant reply: Dear, we are very sorry for the trouble. We have arranged a replacement for you, please pay attention to the logistics information.
👍 Useful (7)

‹ Previous  1  2  3 … 99  Next ›
""")

ll("photo-forum-signatures", """
LensCircle Photography Forum › Landscape › Post your work
[Original] Autumn in Ejina: the golden poplar forest at sunrise (9 pictures)

#1  Desert Wind (Moderator)
Shot on 2026-10-08 in Ejina Banner, Inner Mongolia. I got up at 4:30 to wait in the cold for the first light, the temperature was minus three degrees. Equipment: full frame body + 24-70 and 70-200, tripod, 6-stop ND filter.
The hardest part is not the cold but the crowd, more than two hundred tripods at the Number Eight Road viewpoint. Suggest going to the Number Two Road, fewer people and the reflection in the water is better.
Comments and exchange are welcome, please do not repost without permission.
————————
{L:用镜头记录大美河山，用脚步丈量这个世界。}
Posted 2026-10-12 22:10 | Reply | Like 214

#2  Old Gun Shooter
Very beautiful! The third picture's backlight and the fog are excellent. Was it bracketed exposure or one shot?
————————
{L:器材：佳能全家桶｜坐标：兰州｜约拍请私信}
Posted 2026-10-12 22:41 | Reply | Like 12

#3  Desert Wind (Moderator)
Replying to #2: one shot, ISO 100, f/11, 1/60 s. I pulled the shadows a little in post.
————————
{L:用镜头记录大美河山，用脚步丈量这个世界。}
Posted 2026-10-12 23:05 | Reply | Like 8

#4  Grey Cloud
I went the same week but it was cloudy every day, so envious. Next year I must try again.
————————
{L:摄影是减法的艺术}
Posted 2026-10-13 07:30 | Reply | Like 5

#5  Hu Yang (Populus)
Thank you for the tip about Number Two Road, I will go there next year. Did the scenic area allow drones?
————————
Signature: Every leaf is a small sun.
Posted 2026-10-13 09:17 | Reply | Like 3

#6  Desert Wind (Moderator)
Replying to #5: drones need to register at the visitor centre first, and some areas are forbidden.
Posted 2026-10-13 10:02 | Reply | Like 4

Pages: 1 2 3 Next » | Back to list | Favorite | Share
LensCircle Photography Forum · {D:蜀ICP备19007733号}
""")

ll("cycling-forum-quotes", """
Two Wheels Home › Road cycling › Route sharing
Re: Chengdu to Kangding by bicycle along National Road 318, experience summary (page 3)

Post #41  Mountain Goat Liu  Posted 2026-09-21 10:12
{L:引用} {L:风一样的骑手} {L:发表于} 2026-09-19 21:40
{L:折多山那段真的太难了，海拔四千多，骑到一半就开始头疼，最后推车上去的。}
The Zheduo Mountain section really is the hardest. My advice is to stay one night in Kangding before climbing, let the body adapt to the altitude, don't rush. Also bring a windproof jacket, the descent is very cold even in summer.

Post #42  Little White Rabbit  Posted 2026-09-21 12:35
{L:引用} Mountain Goat Liu {L:发表于} 2026-09-21 10:12
Also bring a windproof jacket, the descent is very cold even in summer.
Agree! Last year I descended wearing only a short sleeve jersey and my hands were numb by the bottom. Long-finger gloves are also necessary.

Post #43  Old Horse Knows the Way  Posted 2026-09-22 08:04
{L:引用} {L:秋天的单车} {L:发表于} 2026-09-18 17:22
{L:请问雅安到天全这段路况怎么样？听说在修路。}
From Ya'an to Tianquan, the road is mostly finished now, only about 5 km near the tunnel is still one lane with traffic lights. Big trucks are many, ride on the right and wear bright clothes.

Post #44  Dusty Chain  Posted 2026-09-22 19:50
Thank you everyone for the suggestions. I failed on Zheduo last year too, next month I will try again and this time I'll rest in Kangding first. {L:这次一定要骑上去，不推车！}

Post #45  Little White Rabbit  Posted 2026-09-23 09:15
Come on! Looking forward to your trip report.

Reply to topic | Back to Route sharing | Page: « 1 2 3 4 »
Two Wheels Home · Ride safely, wear a helmet
""")

ll("garden-forum-last-sentence", """
Green Thumb Garden Forum » Balcony gardening » Succulents
Topic: Why do my succulents keep getting leggy and falling over? (with photo)

Rose of Sharon · Registered member · Posted 2026-10-05 14:22
I have a south-facing balcony and about thirty pots of succulents. Since summer they all started to grow tall and thin, the leaves became pale green and the stems bend down. I water once a week, soil is peat mixed with perlite. {L:是不是光照不够还是浇水太多了？求各位大神指点。}

Cactus Grandpa · Senior member · Posted 2026-10-05 15:10
This is typical "legginess" (stretching for light). A south balcony seems bright, but if there is glass in front, the light is much weaker than outdoors. In summer many people move pots inside to avoid sun, then they stretch. Water once a week is also too much for autumn. {L:建议慢慢增加日照，不要一下子暴晒，否则会晒伤。}

Rose of Sharon · Posted 2026-10-05 16:03
Thank you! The balcony does have glass. So what should I do with the ones that are already leggy?

Cactus Grandpa · Posted 2026-10-05 16:40
You can behead them: cut the top off with a clean knife leaving 2–3 cm of stem, let the cut dry for three to five days, then put it on dry soil, it will root by itself. The remaining stump will also sprout new heads. {L:砍下来的叶子也别扔，可以拿来叶插。}

Little Meat Ball · Posted 2026-10-06 09:12
I had the same problem last year. After I moved them outside the glass and watered only when the soil is completely dry, they became compact and red again by winter. {L:现在我家的熊童子胖得像包子一样}😂

Rose of Sharon · Posted 2026-10-06 11:30
Today I moved them all outside the window. I will update in a month.

Reply | Add photo | Subscribe
Forum time is UTC+8 · Green Thumb Garden Forum · Privacy
""")

ll("phone-forum-rank-panels", """
Fruit Fans Mobile Forum › Phones › Battery & charging
Topic: After the latest system update, battery drains very fast, anyone else?

Phoenix Wing
{L:中级会员}
Posts 356 · Points 1,284 · Registered 2019-03-08
After upgrading to the new system version last Friday, my phone goes from 100% to 40% in one morning, previously it could last a whole day. Screen time is only about two hours. Background refresh is already turned off. Is it the system problem or my battery is aging? Battery health shows 87%.

Lemon Tea No Sugar
{L:金牌会员}
{L:帖子} 2,910 · {L:积分} 8,733 · {L:注册时间} 2016-07-21
After a big update, the system will re-index photos and files in the background for a few days, during this time power consumption is higher. Observe for three to five days first. If it is still bad, check which app uses the most in the battery settings.

Phoenix Wing
{L:中级会员}
Posts 356 · Points 1,284 · Registered 2019-03-08
Checked, the top one is a map app, 38%, but I didn't use navigation at all today.

Quiet Night Thinking
{L:版主}
{L:帖子} 12,045 · {L:积分} 40,112 · {L:注册时间} 2014-01-02
That is the app's location permission. Change it to "While using the app" and it should be fixed. {L:另外建议把系统更新到昨天推送的小版本，官方已经修复了部分机型耗电异常的问题。}

Phoenix Wing
{L:中级会员}
Posts 356 · Points 1,284 · Registered 2019-03-08
Changed the permission, this afternoon the drain is normal. Thank you moderator!

Quick reply · Go to last page · Back to list
Fruit Fans Mobile Forum · Unofficial community, not affiliated with any phone maker
""")

ll("microblog-feed-hashtags", """
Home | Hot | Video | Discover | Messages | Profile

Xiamen Culture and Tourism (official account) ✔ {D:厦门文旅}
2026-11-28 09:00 from Web
#{L:鹭岛初冬}# The first cold front of winter arrived, but Gulangyu is still 18 degrees. This weekend the island's piano museum has free guided tours, 10:00 and 15:00, limited to 30 people per session. {L:预约方式见评论区置顶。}
[Picture] [Picture] [Picture]
{L:转发} 214 | {L:评论} 87 | {L:赞} 1,902

Little Sea Turtle Travels
2026-11-28 10:42 from iPhone
Reposted Xiamen Culture and Tourism: Went last year, the guide explained very well, strongly recommend! {L:记得早点预约，名额一下就没了}😭
Repost 3 | Comment 1 | Like 26

Weather Bureau of Fujian ✔
2026-11-28 11:00 from Weibo web
#Weekend weather# Saturday and Sunday the province is mainly cloudy to sunny, the coast has strong wind of force 6 to 7, ferries may be suspended, please follow official announcements. #{L:出行提醒}#
{L:转发} 1,033 | {L:评论} 152 | {L:赞} 4,470

Kopi and Cats
2026-11-28 12:15 from Android
Today had lunch at a shop for satay noodles on Zhongshan Road, the soup is thick and fragrant, 28 yuan a bowl with big shrimps. {L:排队排了四十分钟，不过值得。}
Repost | Comment 12 | Like 77

Hot searches
1 {L:降温}
2 Gulangyu free guided tour
3 {L:沙茶面哪家强}
4 Ferry suspension notice

About | Help | Report | {D:闽ICP备20260518号}
""")

ll("restaurant-site-rating-labels", """
Eat Around › Chengdu › Wuhou District › Grandma Chen's Bowl Chicken
★★★★☆ 4.6 · 3,902 reviews · Per person ¥68
{L:口味}: 4.7  {L:环境}: 4.2  {L:服务}: 4.4
Address: No. 23 Jiangxi Street, Wuhou District (about 300 m from exit B of the metro)
Opening hours: 11:00–14:00, 17:00–22:30

Recommended dishes
Bowl chicken (cold skewers in chilli oil) 1,204 mentions · {L:藤椒钵钵鸡} 633 · Sweet water noodles 418 · Brown sugar jelly 297

Reviews  Latest | Highest rated | With pictures

Hot Pot Hunter ★★★★★ Lv.6
{L:口味}: 5  {L:环境}: 4  {L:服务}: 5
A must for coming to Chengdu! The cold skewers are soaked in red oil, you pick the skewers you want, 1 yuan per stick. The lotus root and quail eggs absorb the sauce best. The boss is very enthusiastic and told us which are less spicy. Queue about 20 minutes at weekend dinner time.
Spent ¥96 (2 people) · 2026-11-25
Like (42) | Comment (3)

Peppercorn Rabbit ★★★★☆ Lv.4
{L:口味}: 4  {L:环境}: 3  {L:服务}: 4
The taste is authentic, but the dining area is small and a bit crowded. {L:藤椒味的比红油的更香更麻，强烈推荐，但是不能吃辣的朋友慎点。}Sweet water noodles are thick and chewy, the sauce is sweet and a little spicy.
Spent ¥60 (1 person) · 2026-11-22
Like (17) | Comment (0)

Walking Foodie Anna ★★★★★ Lv.3
{L:口味}: 5  {L:环境}: 4  {L:服务}: 5
{L:第二次来了，还是那个味道！老板记得我上次点的，太暖心了。下次带爸妈一起来。}
Spent ¥75 (2 people) · 2026-11-18
Like (9) | Comment (1)

Write review | Upload picture | Report incorrect information
""")

ll("car-owners-fuel-table", """
Auto Home Owners' Club › Compact SUV › 1.5T owners forum
[Long-term test] 30,000 km ownership summary and real fuel consumption, with table

Posted by: Orange Cat Drives · Certified owner · 2026-11-09

The car has been with me for two years and four months, today it passed 30,000 km, so I record the real usage for the friends who are considering buying. All numbers are from refuelling records, not the trip computer.

| Condition | Distance (km) | Average consumption (L/100 km) | Remarks |
|---|---|---|---|
| City commuting | 14,200 | 8.9 | Morning and evening rush hour, air conditioning often on |
| Highway | 11,600 | 6.4 | Speed mostly 100–120 km/h |
| {L:山路} | 2,800 | 9.6 | {L:川西自驾，海拔最高4,700米} |
| Mixed | 1,400 | 7.8 | Holidays, with full load |
| Total | 30,000 | 7.8 | Including 2 times of 95 octane fuel test |

Maintenance costs: First free maintenance at 5,000 km, after that every 10,000 km, about 450 yuan per time at the 4S shop. Changed one pair of wiper blades and front brake pads at 28,000 km.

Problems encountered:
1. In winter the car shakes slightly at idle when cold-started, after the dealer updated the engine software it was improved.
2. The infotainment screen sometimes freezes when connecting to the phone, restarting the car fixes it. {L:希望厂家早点推送升级，这个问题很多车友都反映过。}
3. No other faults so far.

Overall I am satisfied: comfortable seats, good space in the back, and fuel consumption is acceptable for an SUV of this size.

💬 Replies (64)
Clear Sky Li: Very detailed, thank you! Is the 6.4 on the highway with air conditioning on?
Orange Cat Drives: Reply to Clear Sky Li: Yes, mostly on, summer and winter.
Old Driver Sun: {L:楼主山路油耗很真实，我去年跑318也差不多这个数。}

Like 318 · Collect 112 · Share
""")

ll("router-support-mixed-ui", """
NetHelp Community › Home networking › Wireless routers
[Solved] 5 GHz Wi-Fi keeps disconnecting every few minutes after changing broadband

Asked by: Coconut Coffee · 2026-11-16 20:31
After our family changed to the 1000M fibre package, the 5 GHz Wi-Fi of the router disconnects every few minutes; the 2.4 GHz is normal. Router is a dual-band AX3000, the interface is Chinese only. Tried restarting many times, no use. Please help!

Accepted solution
Answered by: Network Engineer Old Zhang · Community expert · 2026-11-16 21:05
This is usually a channel interference problem, many routers in the same building choose the same automatic channel. Please follow these steps:
1. In the browser enter 192.168.3.1 and log in with the admin password.
2. Click {D:高级设置} (Advanced Settings) at the top, then {D:无线设置} (Wireless Settings) on the left.
3. Under 5 GHz, change {D:信道} (Channel) from {D:自动} (Auto) to 149 or 157.
4. {L:把频宽改成80MHz，如果还是断线就再改成40MHz试试。}
5. Turn off {D:智能双频合一} (Smart Connect / band steering), so that the phone does not jump between bands.
6. Click {D:保存} (Save), the router will restart, wait about one minute.
{L:改完以后一般就稳定了，如果还不行，检查一下光猫是不是也开了无线，关掉它。}
👍 Helpful (87) · Comment

Coconut Coffee · 2026-11-16 21:40
Changed to channel 149 and turned off Smart Connect, one hour no disconnection. Thank you very much!

Passing Netizen · 2026-11-17 08:12
Same problem here, step 5 was the key for me. Some phones don't like band steering.

Related topics
· How to enter the optical modem management page?
· Mesh networking with two routers of different brands
NetHelp Community © 2026 | Terms of use | Privacy | {D:粤ICP备18090211号}
""")

ll("parenting-glued-clauses", """
Mommy Circle › 2–3 year olds › Sleep problems
Topic: Three-year-old suddenly refuses to sleep at night, what to do?

Original post · Rainbow Mom (Boy, 3 years 2 months) · 2026-11-21 22:47
My son just turned three, {L:最近一个月晚上总是不肯睡觉}, every night he says he wants to drink water, wants to pee, wants another story, until eleven or twelve o'clock. Before, he fell asleep at nine by himself. In September he started kindergarten, {L:不知道是不是跟这个有关系}. Daytime nap at kindergarten is two hours. I am exhausted, please mothers give some advice.

Reply · Orange Blossom (Girl, 4 years) · 2026-11-21 23:05
Two hours of nap is too long for three years old, {L:可以跟老师沟通一下}, ask them to wake him after one hour. My daughter was the same, after the nap became shorter she fell asleep at nine again.

Reply · Doctor Mama Xu (Certified paediatrician) · 2026-11-22 07:30
Entering kindergarten is a big change, many children show "bedtime resistance" in the first months, this is normal. Suggestions:
1. Fixed routine every night: bath, brush teeth, two stories, lights off, same order every day.
2. Before starting, tell him clearly there are only two stories, and use a small timer.
3. Put a cup of water by the bed in advance, {L:这样他就没有理由再下床了}.
4. Reduce screens after dinner.
If after one month there is no improvement, or he snores and wakes often, you can consult the hospital's sleep clinic.

Reply · Rainbow Mom · 2026-11-22 09:14
Thank you Doctor Xu, yesterday we tried the timer, he cried for ten minutes, {L:但是十点前就睡着了}! Will persist.

Reply · Little Bean's Dad · 2026-11-22 12:40
{L:我们家也是这样，后来发现是白天玩得不够累}, on weekends take him to run outside more.

Post reply | Back to section | Report
Mommy Circle App · Share parenting experience · Privacy policy
""")

ll("game-patch-discussion", """
Starsea Legends Official Community › Announcements & Discussion
[Patch notes] Version 4.3 "Frost Harbour" update details — discussion thread

Pinned · Official GM Xiaoyu · 2026-11-26 10:00
Dear Captains, version 4.3 will be online after maintenance on November 28 from 06:00 to 11:00. Main contents:
1. New region: Frost Harbour, unlocks at Captain Level 45.
2. New five-star companion "Snow Owl Ilse", limited banner from Nov 28 to Dec 18.
3. {L:深渊副本难度调整，第7至第9层敌人血量下降15%。}
4. Optimisation: the daily commission can be completed with one click after reaching Level 30.
5. Fixed the problem that some players' ships were stuck in the harbour after switching servers.
Maintenance compensation: 300 Star Crystals, sent by mail after the update.

Comments (2,418) · Sort by: Hot

Ironclad Grandma · Lv.58
Finally the one-click daily! My hands are saved. But 300 crystals for five hours of maintenance is a bit stingy.
👍 1,204

Moonlight Navigator · Lv.47
Does Snow Owl Ilse's skill stack with the ice team? {L:求大佬出个配队攻略}🙏🙏
👍 562

Official GM Xiaoyu · Reply to Moonlight Navigator
Captain, the detailed skill introduction will be published on the official website on the 27th, please pay attention.
👍 88

Bubble Tea Pirate · Lv.39
{L:又是限定池，钱包已经在哭了}😭😭 {L:上个版本的角色还没养好}

Salt Fish King · Lv.61
Item 3 is great news for casual players, level 9 was really too hard. Thank you planning team, {L:这次终于听玩家意见了}.
👍 433

Load more comments
Report · Community rules · Contact customer service
""")

ll("qa-answer-metadata", """
Zhiyu Q&A › Psychology › Work stress
Question: How can I stop thinking about work after I get home?
Follow the question · Write an answer · 1,284 followers · 356,102 views

Answer by Sun Jingyi, counselling psychologist, 8 years of practice
{L:赞同} 2.1K people agreed with this answer

Many people can leave the office with their body but not with their mind. This is not a weakness of will; the brain simply has not received the signal that work is over. A few methods I often recommend to my clients:

1. Make a "closing ritual". Before leaving, spend five minutes writing down tomorrow's three most important things. When the tasks are on paper, the brain is more willing to let them go.

2. Create a physical boundary. Change clothes when you get home, or walk one stop before taking the bus. The change of state tells the body that the role has switched.

3. {L:给工作消息设置一个“下班时间”，比如晚上八点以后把工作软件的通知关掉。如果你的工作确实需要随时待命，那就和领导明确约定什么情况才需要即时回复，其余的第二天再处理。}

4. When thoughts come back, don't fight them. Say to yourself "I noticed I'm thinking about work again" and bring attention back to what you are doing. Practised over a few weeks, this becomes easier.

Finally, if for a long time you cannot sleep, or you feel anxious even on holidays, please consider seeing a professional.

{L:编辑于} 2026-10-11 22:40 · IP {L:属地：浙江}
▲ {L:赞同} 2.1K  ▼  💬 136 comments  ✈ Share  ★ Collect  ♥ Like  ⋯
{L:收起}

Comments (136)
Rainy Tuesday: Method 2 works for me, I now walk home from the metro. ♥ 211
Product Manager Xiao K: {L:第三条太难了，老板半夜发消息不回就是不行。}♥ 158
Author's reply: Then it is worth talking with the boss about which situations really need an answer. ♥ 97
""")

ll("app-reviews-dev-zh", """
Store › Health & Fitness › Jump Rope Buddy: Counter & Challenges
4.6 ★ · 52K reviews · 5M+ downloads · Rated for 3+

Ratings and reviews
5 ★████████████ 4 ★███ 3 ★█ 2 ★▏ 1 ★█

Sarah L. · ★★★★★ · 20 November 2026
The counting through the camera is surprisingly accurate. I did the 30-day challenge and lost 3 kg. Would like more music options.
62 people found this review helpful
Jump Rope Buddy Team · 21 November 2026
{L:感谢您的支持和建议！下个版本会增加自定义背景音乐功能，敬请期待。}

Wei Chen · ★★☆☆☆ · 17 November 2026
Since the last update the app crashes when I open the challenge page. Phone is a Pixel 7. Reinstalled, still the same.
31 people found this review helpful
Jump Rope Buddy Team · 18 November 2026
Hi, we are very sorry for the inconvenience. {L:这个问题是新版本与部分安卓14机型的兼容性导致的，我们已经在2.8.1版本中修复，请更新后再试。}If the problem continues, please contact us via Settings > Feedback.

Marco P. · ★★★★☆ · 12 November 2026
Good app, the ads are a bit much in the free version.
8 people found this review helpful
Jump Rope Buddy Team · 13 November 2026
Thanks, Marco. The free version shows one short ad after each workout; the membership removes all ads.

Anjali R. · ★★★★★ · 5 November 2026
My kids and I do the family challenge every evening, they love the leaderboard.
Jump Rope Buddy Team · 6 November 2026
{L:谢谢您的好评，祝您和孩子们运动愉快！}

See all reviews
About this app → Version 2.8.1 · Updated 19 Nov 2026 · Developer: Shenzhen Leap Technology Co., Ltd. ({D:深圳跃动科技有限公司})
""")

ll("travel-itinerary-tip", """
Wanderers' Notes › Travel diaries › Guilin & Yangshuo
5 days in Guilin and Yangshuo, detailed itinerary + budget (autumn 2026)

Author: Camellia on the Road · Posted 2026-11-03 · 8,902 reads · 264 likes

Day 1: Guilin city
Arrived by high-speed train in the afternoon. Visited Elephant Trunk Hill ({D:象鼻山}), the ticket is 55 yuan, but actually you can see the "trunk" very well for free from the opposite bank of the Li River. In the evening walked around the Two Rivers and Four Lakes ({D:两江四湖}), the Sun and Moon Pagodas are lit up at night, very beautiful.

Day 2: Li River cruise
Took the boat from Mopanshan Pier ({D:磨盘山码头}) to Yangshuo, four and a half hours, the 20-yuan-note scenery is near Xingping. {L:船票一定要在官方公众号上买，码头门口拉客的基本都是高价票。}

Day 3: Yangshuo countryside
Rented an electric bike (50 yuan per day) and rode along the Yulong River ({D:遇龙河}). We took a bamboo raft for one hour, the water is very clear. In the afternoon climbed Moon Hill ({D:月亮山}), about 800 steps, the view at the top is worth it.

Day 4: Xingping ancient town
Took the bus to Xingping ({D:兴坪古镇}), climbed Laozhai Hill for the sunset, 20 minutes of steep stairs. {L:山顶信号不好，下山的时候天已经黑了，记得带手电筒。}

Day 5: Back to Guilin
Ate Guilin rice noodles for breakfast, 8 yuan per bowl, then took the train home.

Budget (per person):
Transport 680 · Accommodation 620 · Tickets 540 · Food 450 · Total about 2,290 yuan

Comments
Sunflower Seeds: Very useful, saved! How much was the bamboo raft?
Camellia on the Road: Reply to Sunflower Seeds: 200 yuan for two people. {L:记得讲价。}
""")

ll("video-comments-section", """
Playlist: Grandpa's Kitchen · Episode 38
"Making mooncakes by hand with my 82-year-old grandpa, the old way" · 1,284,003 views · 2026-09-12
👍 96K · Coin 41K · Favourite 28K · Share 3,902

Video description: This Mid-Autumn Festival, grandpa taught me to make five-nut mooncakes the way his father did in the 1950s. The wooden mould is older than my dad. Music: traditional pipa, recorded by my cousin.

Comments 8,417 · Hot | Newest

{L:前排}！！！ Grandpa looks so healthy 👴
👍 12K · Reply

The moment grandpa laughed at 07:42 because the dough broke, I laughed with him. {L:爷爷要长命百岁啊}
👍 9,540 · Reply · 312 replies

{L:哈哈哈哈哈哈哈哈哈}
👍 4,102 · Reply

My grandmother also had a mould like this, after she passed away nobody used it. Watching this made me miss her. {L:破防了}
👍 3,877 · Reply · 96 replies

{L:三连了}，please make more episodes with grandpa!
👍 2,610 · Reply

Uploader (pinned): Thank you all for the blessings! Grandpa read your comments and said next time he will teach the spring rolls.
👍 21K · Reply

Does anyone know where to buy this kind of wooden mould? The plastic ones don't have the same pattern.
👍 764 · Reply · {L:展开} 48 replies

{L:这才是我们小时候过中秋的味道}
👍 1,905 · Reply

Up next: Episode 39 · Grandpa makes spring rolls (coming soon)
""")

ll("book-review-site-buttons", """
Bookish › Books › "The Night Ferry to Zhoushan" (novel)
Author: Liang Wen · Publisher: Eastern Sea Literature Press · Published 2025-06 · 312 pages
Rating 8.4 · 12,806 ratings
5 stars 38% · 4 stars 44% · 3 stars 15% · 2 stars 2% · 1 star 1%
{L:想读} | {L:在读} | {L:读过} | Rate: ☆☆☆☆☆

Summary
In 1988, a young schoolteacher takes the last night ferry from Ningbo to Zhoushan to look for her brother, who disappeared after a fishing boat accident. Over one night on the boat, she meets the passengers who each carry a secret of the sea. The novel alternates between the ferry and the islands thirty years later.

Short reviews (2,341) · Hot | Newest
Quiet Harbour ★★★★★ 2026-11-02
The chapters on the ferry are written like a stage play, each passenger gets one scene. The ending made me cry on the subway.
{L:有用} 512 | {L:没用}

Grey Seagull ★★★★☆ 2026-10-19
Beautiful language, but the second half on the islands is a bit slow. The brother's storyline is resolved too quickly.
{L:有用} 188 | {L:没用}

Paper Moon ★★★★★ 2026-10-03
{L:看完以后特别想去一趟舟山，坐一次夜船。作者写海的那几段太美了，读了三遍。}
{L:有用} 97 | {L:没用}

Long reviews (186)
"The sea as a memory machine": on the structure of The Night Ferry · by Lin Shuang · 2,044 words · Read more ›

Editions: Paperback ¥49.00 · E-book ¥25.99
Where to buy › | Add to list | Share
Bookish © 2026 · About · Help · Report
""")

ll("shop-customer-qa", """
Product: Portable Electric Kettle, Foldable Silicone, 0.6L, Travel Version
¥129 · Monthly sales 4,000+ · ★ 4.8

Product details | Reviews (3,216) | Ask Everyone (58)

Ask Everyone · Questions from buyers, answered by people who bought it

Q: Can this be used abroad? I am going to Europe next month.
A (bought: Grey, 220V version) · 2026-10-30
The voltage is 220V, Europe can use, but you need a plug converter. I used it in Italy without problems.
A (bought: Green, dual-voltage version) · 2026-11-02
{L:买双电压版的就行，美国日本也能用，我去东京带过。}
12 answers in total ›

Q: After folding, does it really fit into a backpack?
A (bought: Grey) · 2026-11-10
Yes, folded it is about 4 cm high, like a big bowl. The cable can be stored inside.
A (bought: Pink) · 2026-11-12
{L:能放，不过要注意等它完全凉了再折，不然硅胶会变形。}
7 answers in total ›

Q: {L:烧出来的水有没有塑料味？}
A (bought: Grey) · 2026-11-05
The first two times there is a slight smell, boil water with a little lemon and pour it away, after that no smell.
A (bought: Green) · 2026-11-18
{L:没有，放心买}👌
15 answers in total ›

Q: How long does it take to boil a full kettle?
A (bought: Pink) · 2026-11-20
About four minutes in my hotel in Bangkok.
3 answers in total ›

Question about this product? Ask people who bought it ›
Shop: Little Nomad Home Appliances Official Flagship Store · Follow shop · Contact customer service
Description 4.9 ↑ | Service 4.8 ↑ | Logistics 4.8 ↑
""")

ll("rental-listing-thread", """
Shekou Life Forum › Housing › Rent out / Rent wanted
[Rent out] Sea World area, 2 bedrooms 1 living room, 78 m², fully furnished, available from December 15

Posted by: Lychee Landlady · 2026-11-24 09:30 · Views 1,382 · Replies 17

Location: Sea World area, Shekou, Nanshan District, 6 minutes' walk to the metro station.
Layout: 2 bedrooms, 1 living room, 1 bathroom, 78 m², 11th floor of 18, south facing, with elevator.
Rent: 7,800 yuan per month, pay one month deposit and three months rent at the beginning. Property management fee included, water, electricity and gas are paid by the tenant.
Furniture and appliances: air conditioning in all rooms, refrigerator, washing machine, water heater, double bed and wardrobe in both bedrooms, sofa, dining table.
Requirements: Suitable for a small family or two working people. No pets, no smoking indoors. {L:外籍人士也可以，公司可以开发票。}
Viewing: Weekday evenings after 7 pm, weekends all day, please make an appointment in advance.

[Picture] Living room  [Picture] Master bedroom  [Picture] Kitchen  [Picture] View from balcony

{L:非诚勿扰，中介勿扰！}
{L:联系人：陈小姐　微信同手机号　138 2655 0417}

Reply #1 · Green Mango · 2026-11-24 11:02
Is the rent negotiable if I sign for two years?
Reply #2 · Lychee Landlady · 2026-11-24 11:40
If two years, 7,500 per month is possible. {L:欢迎来看房。}
Reply #3 · Expat in Shekou · 2026-11-24 13:15
Is there a parking space? And is the kitchen gas or induction?
Reply #4 · Lychee Landlady · 2026-11-24 14:08
Parking is rented separately from the property office, about 600 per month. Kitchen is natural gas.
Reply #5 · Little Fish Bubble · 2026-11-25 08:50
{L:已私信}

Reply | Report | Back to Housing
Shekou Life Forum · The forum does not verify listings, please protect your property safety
""")

ll("parents-group-chat", """
Chat export · Grade 2 Class 3 Parents Group (48 members)
Exported 2026-12-01 · Messages translated automatically

[2026-12-01 07:58] Head Teacher Ms. Zhao: Good morning, parents. Today the temperature drops to 6 degrees, please let the children wear thick coats. The outdoor exercise will be changed to the gymnasium.
[2026-12-01 08:01] Tiantian's Mom: {L:收到}
[2026-12-01 08:01] Haohao's Dad: Received, thank you teacher
[2026-12-01 08:02] Lele's Grandma: {L:收到，谢谢赵老师}🌹🌹
[2026-12-01 08:05] Head Teacher Ms. Zhao: Another notice: this Friday afternoon is the parent open class, 14:30–16:00, each family can come with one parent. Please fill in the form before Wednesday.
[2026-12-01 08:05] Head Teacher Ms. Zhao: [Mini-program] Parent open class registration
[2026-12-01 08:09] Xiaoyu's Mom: Filled in. Is it necessary to bring shoe covers?
[2026-12-01 08:12] Head Teacher Ms. Zhao: {L:不用带鞋套，学校门口会发。进校请出示健康码和身份证。}
[2026-12-01 08:15] Mingming's Dad: Teacher, Mingming has a fever today and asks for leave, I've submitted on the app.
[2026-12-01 08:16] Head Teacher Ms. Zhao: Okay, let him rest well. {L:作业我会拍照发给您。}
[2026-12-01 12:30] Math Teacher Mr. Li: [Picture]
[2026-12-01 12:31] Math Teacher Mr. Li: Today's math homework: workbook page 42, exercises 1–5. {L:第5题可以让家长帮忙读题，但不要直接告诉孩子答案。}
[2026-12-01 12:33] Tiantian's Mom: {L:收到}
[2026-12-01 12:34] Kaikai's Mom: Received. Is the workbook the blue one or the yellow one?
[2026-12-01 12:40] Math Teacher Mr. Li: The blue one.
[2026-12-01 18:22] Haohao's Dad: Did anyone's child take the wrong coat home? Haohao's is navy blue with a dinosaur on the sleeve. {L:麻烦大家看一下，谢谢！}
[2026-12-01 18:45] Lele's Grandma: {L:我家乐乐拿错了，明天带回学校}🙏
[2026-12-01 18:46] Haohao's Dad: No problem, thank you!

— End of export —
""")

if __name__ == "__main__":
    SET.build()
