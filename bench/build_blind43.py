"""Build bench/sets/detect43-*.jsonl: a held-out, hand-written detection set ("detect43").

Theme: online shops, apps, games and software.

Twenty-two English pages that contain Chinese on purpose, one of each kind: an electronics shop
listing giving each Chinese brand and model name beside the English one, an app-store page whose
screenshot captions come in English and Chinese, game patch notes naming new characters and items
as `Azure Dragon Spear (青龙枪)`, a zh-CN localization style guide with a Markdown table of UI terms
(English, Chinese, note), a GitHub-style README with an English section and a section headed
中文说明, a type foundry's specimen page for a Song typeface, a help-centre article on typing with a
pinyin keyboard, a translation-memory export shown as a table, a tea shop glossing the Chinese
names printed on its tins, a game's hero roster with the Chinese names whose pinyin the English
uses, release notes with every English line followed by its Chinese line, a blog glossary of words
found on Chinese shopping listings, a flashcard deck about online shopping, a pull-request review
of a .po file, a mahjong app's tile guide in traditional characters, a name-seal engraving shop,
a game wiki's achievements table (Chinese idiom title, English title, unlock rule), a bug report on
Japanese glyph variants in a Chinese UI, an esports roster, a web-novel reading app's catalogue
with original titles, a sticker pack whose captions are glossed, and a cheat sheet of the menu
names in a Chinese image editor.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a portable blender's specification rows, a dash cam's package contents, after-sales clauses next
to a translated slogan, a down jacket's size chart with a Chinese header row, a rice cooker's
customer Q&A with answers (and one question) left in Chinese, an app description whose feature
list is half Chinese, game update notes with untranslated optimisation and bug-fix lines, an
accounting program's manual with Chinese menu paths and error messages, a tea shop's footer with
客服 hours, a licence link and a copyright line left in Chinese, lamp reviews left in Chinese
beside one review shown with its translation, a DLC store page, a CAD installer guide with Chinese
button names and component rows, router firmware release notes, a checkout form with Chinese
shipping, coupon and note text, a marketplace listing whose title and description carry glued
Chinese clauses, a Spring Festival shipping notice, an app's permissions table, a login-event
rewards table with a riddle, a SaaS pricing table with Chinese cells and FAQ answer, a phone
tutorial whose image captions stay Chinese, a crowdfunding update quoting its founder in
Chinese, and a support ticket with Chinese log lines and agent sentences. Deliberate Chinese on
those pages (a `中文` link, an ICP number, a company or brand name given with its English, a
translated slogan or greeting, 简体中文 as a language name, payment names with English) is marked
as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set. The
set was written BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench
sets or their builders (only bench/blind_set.py, `marked()` in build_detection_sets.py, and the
first 70 and last 30 lines of build_blind25.py as a model of the file format were read), and
mtmend was never run on these pages.

Rebuild: `python3 bench/build_blind43.py` from the repository root; it rewrites
bench/sets/detect43-deliberate.jsonl (ids d43d-NN) and bench/sets/detect43-leftovers.jsonl
(ids d43l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect43", chars=(900, 4500), lines=(8, 60)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("product-listing-brand-models", """
EastGate Electronics | Home  Kitchen  Audio  Phones  Deals  Help  Cart (0)
Home > Kitchen Appliances > Small Appliances

Showing 6 of 31 products · Sort by: Best selling · Ships from our Rotterdam warehouse in 2–4 days

About the names in this category: most of these appliances come from brands that are sold at home under a Chinese name. We print the Chinese brand and model name next to the English one, because that is what you will find on the carton and on the rating plate underneath the unit.

1. Lanting "Little Cube" Air Fryer 5.5 L
Brand: Lanting ({D:蓝汀}) · Model: LT-AF55, sold in China as the {D:小方块} ("little cube")
Rapid air circulation, 8 presets, dishwasher-safe basket.
€79.00 · ★★★★☆ 412 reviews · In stock

2. Huoli "Morning Dew" Electric Kettle 1.7 L
Brand: Huoli ({D:火力}, literally "firepower") · Model: HL-K17 {D:晨露} (Morning Dew)
Keep-warm function, Strix thermostat, stainless steel interior.
€34.50 · ★★★★★ 188 reviews · In stock

3. Mianmian Mini Rice Cooker 1.2 L
Brand: {D:绵绵} (Mianmian, "soft and fluffy") · Model: MM-RC12
Ceramic-coated pot, 24-hour delay timer. European plug, 230 V.
€59.90 · ★★★★☆ 97 reviews · Low stock

4. Qingshan "Flying Swallow" Handheld Vacuum
Brand: Qingshan ({D:青山}, "green mountain") · Model: QS-V8 {D:飞燕} (Flying Swallow)
Weighs 1.1 kg, 40 minutes per charge, washable HEPA filter.
€119.00 · ★★★★☆ 263 reviews · In stock

5. Xiaoman Soy Milk Maker
Brand: Xiaoman ({D:小满}, named after the solar term that falls in late May) · Model: XM-D10
Makes soy milk, rice paste and almond milk in about 25 minutes; self-cleaning cycle.
€69.00 · ★★★★☆ 54 reviews · In stock

6. Beigu "Pebble" Bluetooth Speaker
Brand: Beigu ({D:贝谷}) · Model: BG-S3, Chinese model name {D:鹅卵石} ("pebble")
IPX7 waterproof, 14 hours of playback, pairs two speakers for stereo.
€42.00 · ★★★★★ 321 reviews · In stock

Filter by: Price | Brand | Capacity | Rating | Energy class
Sign up for our newsletter and get €5 off your first order.

© 2026 EastGate Electronics B.V. · Terms · Privacy · Cookie settings · Imprint
""")

dd("app-store-bilingual-captions", """
App Store Preview

Dumpling Diary: Family Meal Planner
Yuanbao Studio
Designed for iPhone and iPad · #14 in Food & Drink · 4.7 ★ (2.3K ratings) · Free · Offers In-App Purchases

Screenshots — captions are shown in English and in Chinese, because the app ships with both languages
1. Plan a week of dinners in one minute
{D:一分钟规划一周晚餐}
2. Your shopping list sorts itself by aisle
{D:购物清单按货架自动分类}
3. Cook step by step with hands-free voice guidance
{D:语音播报步骤，做饭不用动手}
4. Share recipes with the whole family
{D:和家人一起分享菜谱}
5. Know what is in your fridge before it goes off
{D:冰箱里的食材，过期前提醒你}

Description
Dumpling Diary is a meal planner for busy households. Add the recipes your family already loves, let the app suggest a balanced week, and send one shared shopping list to everyone's phone. The interface can be switched between English and Simplified Chinese at any time, and every recipe card keeps both versions, so grandparents and grandchildren can cook from the same screen.

What's New · Version 4.2.1
- Faster sync for shared family lists
- Forty new winter recipes, including hotpot and braised dishes
- Fixed a bug that hid the timer when the screen was locked

Ratings & Reviews
"My mum reads the Chinese, I read the English, and for the first time we shop from the same list." — Kerry_B, 5 ★
"Would love a vegetarian filter for the weekly plan." — tofu_and_tea, 4 ★
Developer response: A vegetarian filter is coming in version 4.3. Thank you!

Information
Seller: Yuanbao Studio Ltd. · Size: 86.4 MB · Category: Food & Drink
Languages: English, Simplified Chinese · Age Rating: 4+
Copyright © 2026 Yuanbao Studio
Developer Website · App Support · Privacy Policy
""")

dd("game-patch-notes-item-names", """
JADE PASS ONLINE
News | Patch Notes | Forums | Support | Download

Patch 2.4 — "Lanterns over the River"
Posted December 2, 2026 by the Dev Team

A note on names: the English client now shows each item's original Chinese name in its tooltip, after many of you asked for it on the forums. In these notes we give both names the first time each one appears.

NEW CHARACTER
• Bai Suyin ({D:白素音}), the Moonlit Flutist. A support healer whose melodies restore stamina to nearby allies. Her ultimate, Moon over the Pass ({D:关山月}), silences enemies in a wide cone for 2 seconds.

NEW ITEMS
• Azure Dragon Spear ({D:青龙枪}) — legendary polearm, +18% critical damage against mounted enemies.
• Sandalwood Prayer Beads ({D:檀香念珠}) — accessory, restores 2% health every 5 seconds outside combat.
• Lantern of the Ninth Night ({D:九夜灯}) — event item, lights the hidden path through the Willow Marsh.
• {D:醉仙酿} (Immortal's Brew) — consumable; doubles jump height for 30 seconds. Yes, you can finally reach the roof of the tavern.

BALANCE CHANGES
• Iron Fan Princess ({D:铁扇公主}): Gale Fan cooldown increased from 12 to 14 seconds.
• Wandering Monk Kongming ({D:空明}): base armour reduced by 5.
• Cloud-Step Boots ({D:踏云靴}): movement speed bonus lowered from 12% to 10%.

BUG FIXES
• Fixed an issue where the Willow Marsh ferryman would sometimes stop talking to players after a reconnect.
• Fixed a crash when opening the guild warehouse with more than 400 items inside.
• Item tooltips no longer overlap the chat window at 1366×768.

KNOWN ISSUES
• Bai Suyin's flute sound may play twice on some audio drivers. A fix is planned for 2.4.1.

Discuss this patch on the forums · Report a bug
© 2026 Ninefold Games. All rights reserved.
""")

dd("l10n-style-guide-table", """
Docs › Localization › Simplified Chinese (zh-CN) Style Guide
Last updated: 18 November 2026 · Owner: Localization team

1. Purpose
This guide is for translators and reviewers who work on the Simplified Chinese version of the Notely desktop and mobile apps. It lists the UI terms we have standardised, so that the same English word is always rendered the same way across products.

2. Core UI terms

| English | Chinese (zh-CN) | Note |
|---|---|---|
| Sign in | {D:登录} | Never {D:登陆}, which means "to land ashore". |
| Sign out | {D:退出登录} | The short form {D:退出} is fine in menus. |
| Account | {D:账号} | Use {D:账号}, not the older variant {D:帐号}. |
| Settings | {D:设置} | |
| Save | {D:保存} | |
| Cancel | {D:取消} | |
| Delete | {D:删除} | For the trash, use {D:移到回收站} ("move to trash"). |
| Upload | {D:上传} | |
| Share | {D:分享} | Not {D:共享}, which we keep for shared folders. |
| Workspace | {D:工作区} | |
| Notification | {D:通知} | |
| Help Center | {D:帮助中心} | |

3. Punctuation and spacing
- Use full-width punctuation inside Chinese strings: ，。：？！
- Put a half-width space between Chinese and Latin letters or numbers, for example {D:打开} Wi-Fi {D:设置} ("open Wi-Fi settings").
- Do not translate product names. Write "Notely Pro", never a Chinese rendering of it.

4. Tone
Address the user as {D:你} (the everyday "you"), not the polite {D:您}, except on billing and legal screens, where {D:您} is required.

5. Questions
Ask in the #l10n-zh channel or write to l10n@notely.example.
""")

dd("readme-en-zh-sections", """
tidytab / README.md

# tidytab

A small command-line tool that lines up the columns of CSV and TSV files so that they are easy to read in a terminal.

[English](#english) | [{D:中文}](#{D:中文说明})

## English

### Install

    pip install tidytab

### Usage

    tidytab data.csv
    tidytab --max-width 30 report.tsv

### Options

- `--max-width N` cuts cells that are longer than N characters.
- `--no-header` treats the first row as data.
- `--wide` counts East Asian characters as two columns, which keeps Chinese and Japanese tables aligned.

### Contributing

Issues and pull requests are welcome in English or Chinese.

### License

MIT

## {D:中文说明}

{D:一个小巧的命令行工具，能把表格文件的各列对齐，方便在终端里阅读。}

### {D:安装}

    pip install tidytab

### {D:用法}

    tidytab data.csv
    tidytab --max-width 30 report.tsv

### {D:选项}

- `--max-width N` {D:截断过长的单元格。}
- `--no-header` {D:把第一行当作数据处理。}
- `--wide` {D:把中日文字符按两列宽度计算，让中文表格也能对齐。}

### {D:参与贡献}

{D:欢迎用中文或英文提交问题和合并请求。}

### {D:许可证}

MIT
""")

dd("font-specimen-page", """
Riverstone Type Foundry — Fonts | Specimens | Licensing | Support

Riverstone Song ({D:溪石宋体})
A text face for Simplified Chinese, designed to sit beside our Latin serif, Riverstone Text.

Specimen

{D:永}

The character {D:永} ("eternal") is the traditional test of a brush or a typeface, because its few strokes contain nearly every basic stroke of the script. Ours was drawn first, and every other character followed from it.

Text setting, 10 pt:
{D:天地玄黄，宇宙洪荒。日月盈昃，辰宿列张。}
"Heaven is dark and earth is yellow; the universe is vast and wild. The sun and moon wax and wane; the stars spread out in their places." These are the opening lines of the Thousand Character Classic, a sixth-century text in which no character is used twice.

Weights
Light 300 · Regular 400 · Medium 500 · Bold 700 · Heavy 900

Coverage
- GB 2312 (6,763 characters) in all five weights
- The 8,105 characters of the Table of General Standard Chinese Characters in Regular and Bold
- Full-width punctuation drawn separately for horizontal and vertical setting

Interface sample, shown at 14 px:
{D:确定} OK · {D:取消} Cancel · {D:下一步} Next · {D:返回} Back

Pairing tips
Riverstone Song's Latin figures are drawn at 90% of the character height, so prices and dates sit comfortably in a line of Chinese. For captions below 9 pt, we recommend the Medium weight.

Licensing
Desktop licence from $149 for up to five computers. Web and app licences are priced by monthly page views or installs.

Download trial · Contact us · Newsletter
© 2026 Riverstone Type Foundry
""")

dd("pinyin-keyboard-guide", """
Help Center › Typing › How to type Chinese with a Pinyin keyboard

You don't need a special keyboard to type Chinese. A pinyin input method turns the letters you type into characters, and both Windows and macOS include one.

Add the keyboard
Windows 11: Settings > Time & language > Language & region > Add a language > Chinese (Simplified, China). The Microsoft Pinyin keyboard is added automatically.
macOS: System Settings > Keyboard > Text Input > Edit > + > Chinese, Simplified > Pinyin – Simplified.

Typing your first word
Type the pinyin without tone marks, and a candidate window appears:
nihao → 1. {D:你好}  2. {D:拟好}  3. {D:你}
Press Space or 1 to choose {D:你好} ("hello"). Press 2 for the second candidate, and so on.

Useful tricks
- Shift switches between Chinese and English input. The indicator in the taskbar shows {D:中} while you type Chinese and {D:英} while you type English.
- Type only the first letters of common words: "xx" usually offers {D:谢谢} (thank you) and "zg" offers {D:中国} (China).
- Use v for ü: "nv" gives {D:女} (woman) and "lv" gives {D:绿} (green).
- An apostrophe separates syllables that could be read two ways: "xi'an" gives {D:西安} (the city of Xi'an), while "xian" gives {D:先} (first) or {D:现} (now).

Full-width and half-width
Chinese punctuation takes up a full character cell. Press Ctrl + . (period) to switch between Chinese and English punctuation without leaving the input method.

Keyboard shortcuts
| Action | Windows | macOS |
| Switch input method | Win + Space | Ctrl + Space |
| Chinese / English | Shift | Caps Lock |
| Next page of candidates | = or Page Down | = or . |

Was this article helpful? Yes · No
Related: Typing Chinese on Android · Handwriting input · Adding words to your dictionary
""")

dd("tm-export-table", """
Translation Memory Export — Project: CloudBox Mobile 6.0
Source: en-US · Target: zh-CN · Exported 2026-11-30 14:02 by j.morales · 2,418 units (showing the first 14)

| # | Source (en-US) | Target (zh-CN) | Match | Status |
|---|---|---|---|---|
| 1 | Your files are syncing. | {D:正在同步你的文件。} | 100% | Approved |
| 2 | Storage almost full | {D:存储空间即将用完} | 100% | Approved |
| 3 | Upgrade to get 2 TB of space. | {D:升级即可获得} 2 TB {D:空间。} | 95% | Approved |
| 4 | Link copied | {D:链接已复制} | 100% | Approved |
| 5 | Anyone with the link can view | {D:知道链接的任何人都可以查看} | 100% | Approved |
| 6 | Only people you invite | {D:仅限你邀请的人} | 88% | Reviewed |
| 7 | Restore previous version | {D:恢复到之前的版本} | 100% | Approved |
| 8 | Empty trash | {D:清空回收站} | 100% | Approved |
| 9 | This can't be undone. | {D:此操作无法撤销。} | 100% | Approved |
| 10 | Offline files | {D:离线文件} | 100% | Approved |
| 11 | Photo backup is paused to save battery. | {D:为节省电量，照片备份已暂停。} | 76% | Draft |
| 12 | Retry | {D:重试} | 100% | Approved |
| 13 | Shared with you | {D:与你共享} | 100% | Approved |
| 14 | Sign in with another account | {D:使用其他账号登录} | 92% | Reviewed |

Notes exported with the units:
- Unit 6: the reviewer suggested {D:仅限受邀者} as a shorter alternative; the longer target was kept for clarity.
- Unit 11: draft, waiting for product sign-off.

Legend: Match is the similarity to the nearest earlier segment when the translation was created. Status values: Draft, Reviewed, Approved.
File: cloudbox-6.0_en-US_zh-CN.tmx · Exported with tm-export 2.3
""")

dd("tea-shop-label-names", """
Misty Ridge Tea Co. — Shop · Brewing Guide · Our Growers · Wholesale · Cart (0)
Shop › Green & Oolong

Every tin we sell is labelled by the farm in Chinese. Under each product we give the name as it appears on the label, with its pinyin and what it means, so you can match your tin to your order.

Dragon Well, spring 2026 harvest — 50 g
Label: {D:西湖龙井} (Xīhú Lóngjǐng, "West Lake Dragon Well")
Flat, jade-green leaves with a chestnut sweetness. Brew at 80 °C for 2 minutes.
$18.00 · Add to cart

Iron Goddess of Mercy — 100 g
Label: {D:安溪铁观音} (Ānxī Tiěguānyīn)
A lightly roasted oolong from Anxi in Fujian, with an orchid aroma and a long finish. The name refers to Guanyin, the bodhisattva of compassion.
$22.00 · Add to cart

Big Red Robe — 50 g
Label: {D:大红袍} (Dàhóngpáo)
Rock oolong from the Wuyi Mountains, roasted over charcoal. Dark and mineral, with a hint of stone fruit.
$26.00 · Add to cart

Silver Needle white tea — 50 g
Label: {D:白毫银针} (Báiháo Yínzhēn, "white down, silver needle")
Only the unopened buds, picked in the first two weeks of spring.
$24.00 · Sold out

Jasmine Pearls — 100 g
Label: {D:茉莉龙珠}
Hand-rolled green tea scented with fresh jasmine flowers; the Chinese name means "jasmine dragon pearls".
$19.50 · Add to cart

Free shipping on orders over $50 · 30-day freshness guarantee
About · Contact · Shipping & Returns · © 2026 Misty Ridge Tea Co.
""")

dd("game-hero-roster", """
STARLIT BLADES
Home  Heroes  Events  Media  Community  Pre-register

Heroes of the Nine Provinces
Each hero is listed under the name used in the English version, followed by the Chinese name our writers in Chengdu gave them. Voice lines are recorded in both languages.

Lin Xiaoyu — The Rain Swordswoman
{D:林小雨} · Duelist · Water
Raised in a fishing village on Lake Tai, Xiaoyu taught herself the sword by copying the shadows of herons. Her given name means "little rain".
Battle cry: {D:雨落无声，剑出无悔。}
"Rain falls without a sound; my sword, once drawn, has no regrets."

Shen Muhan — The Winter Prince
{D:沈慕寒} · Strategist · Ice
An exiled prince who reads an enemy's next move in the frost on a window. He speaks little and forgets nothing.

Hong Bo
{D:洪伯} · Guardian · Earth
A retired ferryman who still carries his oar into battle. "Bo" is a respectful way to address an older man, so the other heroes call him Uncle Hong.

Yan Que
{D:燕雀} · Assassin · Wind
Named after the swallows and sparrows of the old proverb, small birds who cannot know the ambitions of the swan. She intends to prove the proverb wrong.

Su Lingxi
{D:苏灵溪} · Healer · Wood
A herbalist's apprentice from the southern hills. Her staff grows a new leaf every time she saves a life.

Pre-register now to receive Lin Xiaoyu's "Lotus Rain" outfit at launch.
Terms of Service · Privacy · Parents' Guide · © 2026 Ninth Cloud Interactive
""")

dd("release-notes-line-pairs", """
Kite Weather
Product · Download · Release notes · Support

Release notes
Our release notes are published in English and Chinese, one line each, because about half of our users read the Chinese version of the app.

Version 5.6.0 · 1 December 2026

New
- Hourly rain radar now covers Southeast Asia.
{D:逐小时降雨雷达现已覆盖东南亚地区。}
- Widgets can show the air quality index next to the temperature.
{D:小组件可在温度旁显示空气质量指数。}
- A new Commute card warns you about rain at the times you usually leave home and work.
{D:新增“通勤”卡片，在你平常上下班的时间提醒降雨。}

Improved
- The app starts about 30% faster on older phones.
{D:旧款手机上的启动速度提升约三成。}
- Clearer colours on the pollen map.
{D:花粉地图的颜色更清晰。}

Fixed
- Sunrise times were off by one hour in some time zones after the daylight-saving change.
{D:修复夏令时切换后部分时区日出时间相差一小时的问题。}
- The lunar calendar date was missing from the calendar widget on iPad.
{D:修复} iPad {D:日历小组件不显示农历日期的问题。}

Version 5.5.2 · 10 November 2026
- Bug fixes and stability improvements.
{D:问题修复与稳定性改进。}

Subscribe to release notes (RSS) · Status page · © 2026 Kite Weather Ltd.
""")

dd("marketplace-word-glossary", """
The Parcel Hunter — buying direct from overseas sellers
Home · Guides · Reviews · Forwarders · About

Guide: twelve words you will meet on Chinese shopping listings
Posted 14 October 2026 · 9 min read

If you buy from Chinese marketplaces through a forwarding agent, sooner or later the page translator will skip a word, usually the one that matters. Here are the words I see most often, what they mean, and what to watch out for.

{D:包邮} (bāoyóu) — postage included. Usually this means free delivery within mainland China only, so to your forwarder's warehouse, not all the way to you.

{D:现货} — in stock and ready to ship. The opposite is {D:预售}, a pre-sale: you pay now and the item ships weeks later.

{D:正品} — "genuine product". Sellers use it constantly; on its own it proves nothing.

{D:七天无理由退货} — seven-day returns, no reason needed. Check who pays the return postage.

{D:好评返现} — cash back for a good review. A card in the parcel offers a few yuan if you post five stars with a photo. Treat the ratings of that shop with caution.

{D:拍下改价} — order first and the seller adjusts the price. Do not pay until you have seen the new price.

{D:旗舰店} — flagship store, usually the brand's own shop on the platform.

{D:质保一年} — one-year warranty.

{D:色差} — colour difference between photo and item. Sellers often add {D:色差以实物为准}: the item, not the photo, is what counts.

{D:定制} — made to order. Custom items usually cannot be returned.

{D:亲} — "dear", literally "kin". Customer service agents open every message with it. It is friendly, not flirting.

{D:缺货} — out of stock.

Comments (23) · Share this guide
© 2026 The Parcel Hunter · Affiliate disclosure
""")

dd("flashcard-deck-lesson", """
Hanzi Hop
Decks › Everyday Life › Shopping Online
Deck 14 · 12 cards · Progress: 9 of 12 learned · [Study now] [Quiz] [Listen]

Card list (front: characters · back: pinyin and meaning)
{D:购物车} — gòuwùchē — shopping cart
{D:下单} — xiàdān — to place an order
{D:付款} — fùkuǎn — to pay
{D:快递} — kuàidì — express delivery; a courier
{D:包裹} — bāoguǒ — parcel
{D:退货} — tuìhuò — to return goods
{D:退款} — tuìkuǎn — a refund; to refund
{D:优惠券} — yōuhuìquàn — coupon
{D:收货地址} — shōuhuò dìzhǐ — delivery address
{D:客服} — kèfú — customer service
{D:评价} — píngjià — a review; to rate
{D:好评} — hǎopíng — a positive review

Example sentences
{D:我昨天下单了，今天就收到了快递。}
Wǒ zuótiān xiàdān le, jīntiān jiù shōudào le kuàidì.
I ordered yesterday and the parcel arrived today.

{D:这件衣服太小了，我想退货。}
Zhè jiàn yīfu tài xiǎo le, wǒ xiǎng tuìhuò.
These clothes are too small; I want to send them back.

Tip: {D:好评} has an opposite, {D:差评} (chàpíng), a bad review. Shop owners fear it more than anything.

Streak: 23 days · Next review in 4 hours
Settings · Help · Log out
""")

dd("po-file-pr-review", """
Pull request #482 · Update zh-CN strings for the export dialog
Merged by mkovacs · 3 files changed · +41 −12

Description
This PR updates the Simplified Chinese translation of the export dialog after the new "Export as PDF" option was added. Reviewed by @wen-l, a native speaker.

locale/zh_CN/LC_MESSAGES/app.po

   msgid "Export"
-  msgstr "{D:出口}"
+  msgstr "{D:导出}"

   msgid "Export as PDF"
+  msgstr "{D:导出为} PDF"

   msgid "Include comments"
+  msgstr "{D:包含批注}"

   msgid "Page range"
   msgstr "{D:页面范围}"

   msgid "Discard changes?"
-  msgstr "{D:丢弃更改？}"
+  msgstr "{D:放弃更改？}"

Review comments

wen-l commented on line 12
{D:出口} is "export" in the trade sense, goods leaving a country, or the exit of a building. For files it has to be {D:导出}.

wen-l commented on line 31
{D:丢弃} sounds like throwing something in the bin. {D:放弃更改} ("give up the changes") is what every Chinese app says here.

mkovacs
Thanks, both fixed in 3f1c2a7. Should "Include comments" be {D:包含评论} instead?

wen-l
No, {D:评论} are comments on a blog post. Comments written in the margin of a document are {D:批注}, so the current string is right.

wen-l approved these changes · CI passed · Squashed and merged
""")

dd("mahjong-tile-guide", """
Mahjong Night — Help › Learn the Tiles

Mahjong Night follows the Hong Kong rules. The tiles keep their traditional characters, exactly as they are printed on real sets, and this page explains what each one says.

The three suits
- Characters ("craks"): every tile shows a number above the character {D:萬} ("ten thousand"). {D:一萬} is One of Characters, {D:九萬} is Nine of Characters.
- Bamboo ("bams"): sticks of bamboo, except the One, which is drawn as a bird.
- Dots ("circles"): coins seen from above, one to nine.

Honours — the winds
{D:東} East · {D:南} South · {D:西} West · {D:北} North

Honours — the dragons
{D:中} Red Dragon. The character means "middle", or "to hit the target".
{D:發} Green Dragon, "to prosper", short for {D:發財} ("get rich").
White Dragon: a blank tile, or one with a blue frame. It has no character.

Flowers and seasons (optional bonus tiles)
{D:梅} Plum · {D:蘭} Orchid · {D:菊} Chrysanthemum · {D:竹} Bamboo
{D:春} Spring · {D:夏} Summer · {D:秋} Autumn · {D:冬} Winter

Calling tiles
At a real table players call out when they claim a discard: {D:碰} (pèng, pung) for a third matching tile, {D:吃} (chī, chow) to complete a run, {D:槓} (gàng, kong) for four of a kind, and {D:胡了} (hú le) when they win. In the app you just tap the button that lights up.

Settings › Tile style: Classic · Large print · Western corner numbers

Back to Help · Contact support
Mahjong Night © 2026 Bamboo Lantern Games
""")

dd("name-seal-shop", """
Stone & Vermilion — Hand-carved Name Seals
Shop · How it works · Gallery · FAQ · Cart

How it works
1. Tell us your name in English.
2. Our translator chooses Chinese characters that sound like your name and carry a good meaning, and emails you a proof within 48 hours.
3. Our carver cuts the seal by hand in soapstone and sends it with a tin of red seal paste.

Examples from recent orders
- Emma → {D:艾玛} (Àimǎ). "Ai" is a fragrant herb, mugwort; "ma" comes from the word for agate.
- Oliver → {D:奥利弗} (Àolìfú)
- Grace → {D:格蕾丝} (Gélěisī)
- Daniel → {D:丹尼尔} (Dānní'ěr). {D:丹} also means cinnabar red, the colour of the seal paste.
- Sophie → {D:苏菲} (Sūfēi)

Script styles
Seal script ({D:篆书}, zhuànshū): the classic choice, rounded and ancient-looking, hard for most people to read.
Clerical script ({D:隶书}, lìshū): flatter and wider, readable by anyone who reads Chinese.
Regular script ({D:楷书}, kǎishū): the style of modern print and handwriting.

Add a phrase (optional, +$12)
Popular choices: {D:平安} (peace and safety), {D:知足常乐} (contentment brings happiness), and {D:上善若水}, "the highest good is like water", from the Daodejing.

Sizes and prices: 15 mm $38 · 20 mm $46 · 25 mm $58
Worldwide shipping · Questions? hello@stonevermilion.example
""")

dd("achievements-wiki-table", """
Lantern Road Wiki
Main page · Heroes · Maps · Items · Achievements · Recent changes · Random page

Achievements

This article lists the twelve achievements of the base game. The Chinese client names every achievement with a chengyu, a four-character idiom; the global client uses an English title based on it. The unlock conditions are the same in both versions.

| Chinese title | English title | How to unlock |
| {D:一鸣惊人} | Sudden Fame | Win your first ranked match. |
| {D:百发百中} | Never Miss | Land 100 arrows in a row. |
| {D:卧薪尝胆} | Brushwood and Gall | Win a match after losing the previous ten. |
| {D:画龙点睛} | The Final Touch | Land the last hit on a boss. |
| {D:守株待兔} | Wait by the Stump | Defeat an enemy after hiding in one bush for 60 seconds. |
| {D:破釜沉舟} | No Retreat | Win after selling all your potions. |
| {D:一箭双雕} | Two Birds, One Arrow | Defeat two enemies with a single arrow. |
| {D:万无一失} | Flawless | Clear a dungeon without taking damage. |
| {D:马到成功} | Instant Success | Win a match in under five minutes. |
| {D:锦上添花} | Icing on the Cake | Upgrade an item that is already +9. |
| {D:愚公移山} | The Foolish Old Man | Break 10,000 rocks in the Quarry map. |
| {D:千里之行} | The First Step | Finish the tutorial. |

Trivia
- {D:卧薪尝胆}, "sleeping on brushwood and tasting gall", recalls King Goujian of Yue, who kept himself uncomfortable for years so that he would never forget his defeat.
- {D:千里之行} is only the first half of a saying, "a journey of a thousand li begins beneath one's feet", which is why the English title speaks of a first step.

Categories: Achievements | Lantern Road
This page was last edited on 29 November 2026. Content is available under CC BY-SA unless otherwise noted.
""")

dd("glyph-variant-issue", """
fluxpad / Issues / #1937
Chinese UI renders Japanese glyph variants on Linux
Open · chen-yao opened this issue on 21 Nov 2026 · 6 comments · Labels: bug, i18n, fonts

chen-yao
When the interface language is set to Simplified Chinese, some characters are drawn with their Japanese shapes. The code points are correct, but any reader from mainland China notices at once that the shapes are not the ones taught in school.

Steps to reproduce
1. Install fluxpad 8.3.0 on Debian 13 with both Noto Sans CJK JP and Noto Sans CJK SC installed.
2. Set Preferences > Language to Simplified Chinese.
3. Open the Preferences window again.

Expected: the mainland shapes of {D:直} ("straight"), {D:骨} ("bone") and {D:角} ("corner").
Actual: the Japanese shapes. The small box inside {D:骨} faces the other way, and the lower part of {D:直} is drawn differently. The window title {D:首选项} ("Preferences") shows the same problem.

maintainer-ak
Thanks for the report. We pick the fallback font from the system locale, not from the UI language, so a machine with LANG=en_US gets the JP font first. Could you try starting fluxpad with LANG=zh_CN.UTF-8?

chen-yao
Confirmed: with LANG=zh_CN.UTF-8 the title {D:首选项} and the three characters above look right. But users should not need to change their locale just to get the right shapes.

maintainer-ak
Agreed. We will pass the UI language to the font matcher. Tagging for 8.4.

Assignees: maintainer-ak · Milestone: 8.4
""")

dd("esports-team-roster", """
CRIMSON KITES ESPORTS
Team · Schedule · News · Shop · Partners

Crimson Kites ({D:赤鸢}) — League Roster 2027
Our Chinese name, Chiyuan, means "red kite": both the bird of prey and the paper kite that children fly in spring. We chose it because a kite climbs highest against the wind.

Top — Zhou Hang "Breeze"
{D:周航} · 21 · joined 2025

Jungle — Ma Tianyi "Tiger"
{D:马天一} · 23 · joined 2024

Mid — Gu Ruolan "Quill"
{D:顾若兰} · 20 · joined 2026

Bot — Xu Zhen "Lantern"
{D:许振} · 22 · joined 2024

Support — Deng Kaiwen "Anchor"
{D:邓凯文} · 24 · team captain

Head coach — Lee Sung-min "Mentor"
Analyst — Pan Yu {D:潘宇}

Coach's message for the new season
{D:我们不追求每一场都赢，但每一场都要比昨天更好。}
"We don't need to win every game, but every game has to be better than yesterday."

Next matches
Jan 14 · Crimson Kites vs Harbor Wolves · 17:00
Jan 18 · Iron Lotus vs Crimson Kites · 19:00

Follow us for match-day photos and highlights.
© 2026 Crimson Kites Esports Club · Contact · Careers
""")

dd("web-novel-catalog", """
InkBridge — translated Chinese web novels
Browse · Rankings · New Releases · My Library · Sign in

Genres: Xianxia ({D:仙侠}, cultivation and immortals) · Wuxia ({D:武侠}, wandering martial heroes) · Urban ({D:都市}) · Historical ({D:历史})

Trending this week

The Swordsmith of Lantern Street
Original title: {D:灯街铸剑师} · Author: Qiu Shui ({D:秋水}) · 412 chapters · Completed
A blacksmith's daughter inherits a forge that only works at night, and a debt owed to a ghost.
★ 4.8 · Read chapter 1

My Ten Thousand Years in the Library
Original title: {D:藏书阁里的一万年} · Author: Nan Feng · 1,204 chapters · Ongoing
An outer-sect disciple is punished with library duty and simply never leaves.
★ 4.6 · Read chapter 1

The Ninth Princess Does Not Want the Throne
Original title: {D:九公主不想当女帝} · Author: Yue Qingqing · 388 chapters · Ongoing
Everyone is plotting to make her empress. She would rather open a noodle shop.
★ 4.7 · Read chapter 1

About our translations
Every chapter ends with a short glossary of the terms we kept. For example: {D:师尊} (shīzūn), "honoured master", the way a disciple addresses their teacher; {D:丹田} (dāntián), the "elixir field" below the navel where qi is stored.

Join InkBridge Plus for early chapters and an ad-free reader.
Help · Translator applications · Terms · © 2026 InkBridge
""")

dd("sticker-pack-captions", """
Sticker Store › Animals › Grumpy Bun

Grumpy Bun — 24 animated stickers
by Doudou Studio · ★ 4.9 (1,846) · $1.99 · Works in most messaging apps

A steamed bun with strong opinions. Every sticker carries a short Chinese caption, so here is what each one says, and you will know exactly what you are sending.

Preview (first 10 of 24)
1. {D:好的} — "OK." Said through gritted teeth.
2. {D:收到} — "Received." / "Got it."
3. {D:在吗？} — "Are you there?"
4. {D:辛苦了} — "Thanks for all your hard work."
5. {D:我不听我不听} — "La la la, I'm not listening."
6. {D:晚安} — "Good night."
7. {D:饿了} — "Hungry."
8. {D:别催了} — "Stop rushing me."
9. {D:哈哈哈哈} — laughter, and a lot of it.
10. {D:生日快乐} — "Happy birthday!"

Size: 3.2 MB · Animated · Updated 2 November 2026
Also by Doudou Studio: Sleepy Dumpling · Tofu Cat

Reviews
"I send number 8 to my manager every Monday. Kidding." — Jo
"Finally I know what my cousin has been sending me." — Marcus T.

Compatible apps may crop the caption on very small screens. If a sticker looks cut off, update your messaging app.
Report this pack · Terms · © 2026 Doudou Studio
""")

dd("menu-names-cheat-sheet", """
PixelForge Community › Tutorials › Tips & Tricks

Cheat sheet: finding your way in the Chinese interface
Posted by gfx_rowan · 1,204 views · 18 replies

Bought your copy in Shanghai, or working on a shared studio machine that is set to Chinese? Every menu is in the same place as in the English version, only the labels change. Here are the names, left to right, with the English menus they correspond to.

Main menu bar
{D:文件} File · {D:编辑} Edit · {D:图像} Image · {D:图层} Layer · {D:选择} Select · {D:滤镜} Filter · {D:视图} View · {D:窗口} Window · {D:帮助} Help

Common commands
{D:新建} New (Ctrl+N)
{D:打开} Open (Ctrl+O)
{D:存储为} Save As (Shift+Ctrl+S)
{D:导出} Export
{D:撤销} Undo (Ctrl+Z)
{D:自由变换} Free Transform (Ctrl+T)
{D:图像大小} Image Size (Alt+Ctrl+I)

Switching the language
In English the path is Edit › Preferences › Interface › Language; in Chinese that is {D:编辑} › {D:首选项} › {D:界面} › {D:语言}. Choose English and restart PixelForge.

Reply from lin_pixel
Useful! One more: the layer panel's blend mode list starts with {D:正常} (Normal) and {D:溶解} (Dissolve); if you are looking for Multiply it is {D:正片叠底}.

Reply from gfx_rowan
Added to my own notes, thanks.
""")


# ---------------------------------------------------------------- leftovers

ll("spec-rows-zh", """
HomeJoy Official Store | Home > Kitchen > Portable Blenders

Portable Juicer Cup Rechargeable Mini Blender 400ml USB-C
★★★★☆ 4.6 (1,287 ratings) | 5,000+ sold
US $23.99  US $39.99  -40%
Color: Sakura Pink / Mint Green / Cream White

Product Description
This portable juicer use powerful motor and six stainless steel blades, can easily crush ice and frozen fruit, make fresh juice in 30 seconds. Small body, put in backpack to take to office, gym and travel. Magnetic safety design, when the cup is not installed in place, the machine will not start.

Specifications
Brand: HomeJoy ({D:乐居})
Model: HJ-B400
Capacity: 400 mL
Rated power: 45 W
Battery: 2000 mAh lithium battery
{L:充电时间}: 3-4 hours
Use times per charge: about 15 cups
{L:材质}: {L:食品级}PP + 304{L:不锈钢刀头}
Product size: 8.2 × 22.5 cm
{L:净重}: 480 g
Charging interface: USB Type-C
{L:适用人群}: {L:学生、上班族、健身人士}
Certification: CE / FCC / RoHS

Notes
1. Please clean the blade after every use, do not put the main body into water.
2. {L:首次使用前请先充满电，指示灯变为绿色即表示充电完成。}
3. Do not use continuously for more than 60 seconds.

Ships from: Guangdong, China · Delivery: 12-20 days · Free return within 15 days
""")

ll("package-contents-zh", """
RoadEye Pro 4K Dash Cam Front and Rear | WiFi | GPS | Night Vision
Store: RoadEye Official Flagship Store · Followers 38.2K · Positive feedback 97.8%

US $89.99 · Free shipping · Delivery: Dec 18 - Dec 29

Highlights
- 4K front + 1080P rear dual recording at the same time
- Sony sensor, F1.5 big aperture, see the license plate clearly at night
- Built-in WiFi, download video to your phone by the APP
- 24h parking monitoring ({L:需另购降压线})
- Supports memory card up to 256 GB
- Loop recording, emergency video locked automatically by G-sensor

Package Contents
1 × Front camera
1 × Rear camera
1 × {L:后拉线} (6 m)
1 × Car charger with 3.5 m USB cable
1 × {L:撬棒}
1 × Adhesive mount
2 × {L:静电贴}
1 × User manual (English / {D:中文})
{L:不含内存卡，需自行购买}

Installation
Stick the front camera behind the rear-view mirror, make sure it does not block your view. Hide the cable along the roof lining and the A-pillar, then connect to the car charger. The rear camera is installed at the top of the rear window.

Warranty
12 months warranty. If there is any problem, please contact us by message first, we will reply within 24 hours.
""")

ll("after-sales-clauses", """
Nordlys Home Textiles
Home / Help Center / After-Sales Service

Our commitment: {D:品质保证，售后无忧} — Quality guaranteed, worry-free after-sales.

1. Returns and exchanges
- Within 7 days after receiving the goods, if the product has no quality problem and is unused, you can apply for return without reason. {L:吊牌、包装需保持完好，不影响二次销售。}
- For returns not caused by quality reasons, the buyer pays the return shipping fee.
- Curtains made to custom size do not support return without reason.

2. Quality problems
- If the product has quality problems (open seams, obvious color difference, stains), please contact customer service within 48 hours after signing, and provide photos or video.
- In this case we bear the return freight. {L:经核实确属质量问题的，可选择换货或全额退款。}

3. Not covered by after-sales
- Damage caused by improper washing, such as shrinkage after machine washing at high temperature;
- {L:人为损坏、私自改装或超过售后期限的商品；}
- Slight color difference caused by different monitor display.

4. Refund time
After the warehouse receives and inspects the returned goods, the refund will be returned by the original payment method in 1-3 working days, {L:节假日顺延}.

5. How to apply
Go to My Orders, choose the order, click "Apply for after-sales", fill in the reason and upload pictures. Our staff will review it within 24 hours.

Contact: service@nordlys-textile.example | Mon-Sat 9:00-18:00 (GMT+8)
""")

ll("size-chart-header-zh", """
Men's Winter Down Jacket Hooded Thick Warm Puffer Coat 90% White Duck Down
Store: Beifang Outdoor ({D:北方户外}) | 4.8 ★ | 2,146 sold

US $72.50 · Free shipping over US $50
Color: Black / Navy / Army Green / Khaki
Size: M L XL 2XL 3XL 4XL

Product Details
- Filling: 90% white duck down, fill power 650
- Fabric: 100% nylon, light splash-proof
- Detachable hood, {L:帽檐可调节}
- Inner windproof cuffs, keep warm in the cold wind
- Fit: regular. If you like loose, please choose one size up

Size Chart (cm)
| {L:尺码} | {L:衣长} | {L:胸围} | {L:肩宽} | {L:袖长} | {L:建议体重} |
| M | 68 | 112 | 46 | 62 | 55-62 kg |
| L | 70 | 116 | 47 | 63 | 63-70 kg |
| XL | 72 | 120 | 48.5 | 64 | 71-78 kg |
| 2XL | 74 | 124 | 50 | 65 | 79-86 kg |
| 3XL | 76 | 128 | 51.5 | 66 | 87-95 kg |
| 4XL | 78 | 132 | 53 | 67 | 96-105 kg |
{L:以上尺寸为平铺手工测量，存在1-3cm误差属正常范围。}

Washing: Hand wash in cold water, do not bleach, do not tumble dry. Pat the jacket after drying to make the down fluffy again.
Shipping: from Harbin warehouse, 10-18 working days.
""")

ll("customer-qa-answers", """
Smart Mini Rice Cooker 1.6L, Multifunction, Non-stick Pot, 24H Timer
Product page › Customer Questions & Answers (24)

Q: Can I use it in the USA with 110V?
A: {L:不可以，本产品只支持220V电压，在美国使用需要另配变压器。}
Answered by the seller · 2 months ago · 18 people found this helpful

Q: How many people can it cook for?
A: 1.6L can cook for 2-3 persons, about 4 bowls of rice.
Answered by the seller · 3 months ago

Q: {L:内胆是什么材质的？有涂层吗？}
A: The inner pot is aluminum alloy with ceramic non-stick coating, no PTFE.
Answered by the seller · 3 months ago

Q: Does it have keep warm function?
A: Yes, after cooking it switch to keep warm automatically, up to 12 hours.
Answered by buyer Mei L. · 1 month ago

Q: Is the manual in English?
A: English and Chinese both.
Answered by the seller · 1 month ago

Q: Can it cook porridge and steam buns?
A: Yes, it has porridge mode and steam mode. {L:蒸笼需要单独购买，下单时备注即可。}
Answered by the seller · 5 weeks ago

Q: How loud is it?
A: Very quiet, {L:只有快煮好的时候有一点声音}.
Answered by buyer k_wang · 2 weeks ago

Ask a question · See all 24 questions
""")

ll("app-feature-list-half", """
CleanNote – Notes, To-Do & Planner
Xiyu Tech · Productivity · 4.5 ★ (86K reviews) · 1M+ downloads
Contains ads · In-app purchases · [Install]

About this app
CleanNote is a simple and powerful notes app, help you record inspiration, manage tasks and plan your day. Clean interface without distraction, write down whenever you want.

Main features:
★ Rich text editing: bold, lists, checkboxes, tables
★ {L:支持手写输入和语音转文字，开会记录更方便}
★ Sync across phone, tablet and computer
★ {L:文件夹加密，保护你的隐私}
★ Dark mode, protect your eyes at night
★ Home screen widgets, view to-do at a glance
★ {L:一键导出为} PDF {L:或图片，轻松分享给好友}
★ Reminders with repeat: daily, weekly, monthly

CleanNote VIP:
- Unlimited cloud storage
- {L:去除所有广告}
- More themes and fonts
- Priority customer support

Languages: English, {D:简体中文}, {D:繁體中文}

Data safety
Data is encrypted in transit. You can request that data be deleted.

What's new
{L:修复已知问题，提升稳定性。}

Developer contact
support@xiyutech.example · Privacy Policy
""")

ll("patch-notes-bugfix-zh", """
Skyforge Legends — Version 3.7.0 Update Notes
[Official] Posted by GM_Aurora · 2026-11-26 · Maintenance: 06:00–10:00 (UTC+8)

Dear Guardians,
The new version "Frost Over the Northern Wall" is coming! Thank you for your support all the time. Here is the content of this update:

[New Hero]
Frost Archer Lan Yue ({D:蓝月}, "Blue Moon") joins the battle! Her skill Frozen Arrow slows enemies by 40% for 3 seconds, and her ultimate covers the battlefield in a blizzard.

[New Event]
Winter Solstice Feast: from Dec 21 to Dec 28, log in every day to get dumplings and exchange them for the limited skin "Snow Lantern".

[Optimization]
- Optimized the loading speed of the main city on low-end devices.
- {L:优化了公会战匹配机制，减少等待时间。}
- Adjusted the display of damage numbers, more clear.

[Bug Fixes]
- Fixed the problem that some players could not receive the mail reward.
- {L:修复了部分玩家在组队副本中掉线后无法重新进入的问题。}
- Fixed the wrong skill description of the hero "Iron Monk".
- {L:修复了} iOS {L:设备上偶尔闪退的问题。}
- Fixed text overflow on the shop page in some languages.

[Compensation]
After maintenance, all players will receive 300 Diamonds and 2 Stamina Potions by mail. {L:请在七天内领取。}

Thank you for your understanding and support!
Skyforge Legends Operations Team
""")

ll("manual-menu-paths-zh", """
SnapLedger Desktop 5 — User Manual
Contents: 1 Getting Started · 2 Importing Data · 3 Reports · 4 Backup and Restore · 5 Troubleshooting

4 Backup and Restore

4.1 Automatic backup
SnapLedger can back up your company file every day. To turn on automatic backup, click {L:工具} > {L:选项} > {L:自动备份}, select "Enable", and set the backup time. Backup files are saved in the Documents folder by default.

4.2 Changing the backup folder
Open {L:设置} > {L:常规} > {L:数据存储路径} and click Browse to select a new folder. We recommend an external drive or a network folder.

4.3 Restoring from a backup
1. Close all open company files.
2. Click File > Restore, and choose the .slbak file.
3. Enter the administrator password and click OK.

5 Troubleshooting

If the restore fails with the message "{L:备份文件已损坏或版本不兼容}", make sure that the backup was created with version 4.0 or later.

If the program shows "{L:许可证验证失败，请检查网络连接后重试}" at startup, open the Help menu and choose Activate again.

Error code E-1021: the database is being used by another user. Ask the other users to close SnapLedger, then try again.
Error code E-2040: {L:磁盘空间不足，无法完成导出。}

Need more help? Visit support.snapledger.example or call +86 21 5566 7788 on working days.
""")

ll("shop-footer-service-icp", """
Yunshang Tea & Gifts | Free shipping over ¥199 | Sign in | Register | My Orders | {D:中文} / English

Home  Green Tea  Black Tea  Oolong  Teaware  Gift Boxes  Sale

Winter Gift Box Collection
Warm greetings for family and friends. Limited edition boxes with a customizable greeting card.
Shop now >

Best Sellers
- Premium Longjing Green Tea 250g — ¥168
- Yixing Clay Teapot 200ml — ¥388
- Osmanthus Oolong Gift Tin — ¥98
- Travel Tea Set for 2 — ¥129

New Arrivals
- Winter Black Tea Sampler, 6 flavors — ¥88
- Hand-painted Porcelain Cup Pair — ¥156

Tea Knowledge
How to store green tea at home: keep it sealed, dry and away from light, and put it in the refrigerator if you will not finish it within two months. Read more >

Why choose us
Direct from the tea gardens · Every batch quality inspected · 7 days no reason return

Customer Service
{L:客服工作时间：周一至周日} 9:00-22:00
Hotline: 400-820-6618
{L:在线客服} | Email: service@yunshangtea.example

About Us | Contact | Join Us | Privacy Policy | {L:营业执照} | Help

Payment: Alipay | WeChat Pay | UnionPay | Visa
Copyright © 2019-2026 Hangzhou Yunshang Trading Co., Ltd. All Rights Reserved.
{D:浙ICP备2024031872号-2}
{L:本网站所有图片及文字均受版权保护，未经许可不得转载。}
""")

ll("review-snippets-zh", """
Customer Reviews — Bamboo Wireless Charging Desk Lamp
4.7 out of 5 · 316 global ratings
5 star 81% · 4 star 12% · 3 star 4% · 2 star 1% · 1 star 2%

Top reviews

★★★★★ Beautiful and useful
Reviewed in Canada on 3 November 2026 · Verified Purchase
The bamboo looks more expensive than the price. Charging my phone while reading at night is very convenient.
12 people found this helpful · Helpful · Report

★★★★★ {L:颜值很高，送朋友的}
Reviewed in Canada on 28 October 2026 · Verified Purchase
{L:物流很快，包装也很仔细，三档调光很实用，朋友特别喜欢。}
Helpful · Report

★★★★☆ Good but a little dim
Reviewed in the United States on 19 October 2026 · Verified Purchase
Light is warm and soft, good for the bedroom, {L:就是最高亮度看书还是有点暗}.
4 people found this helpful · Helpful · Report

★★★★★ Solid
Reviewed in Australia on 12 October 2026 · Verified Purchase · Translated from Chinese
"Solid build, and the wireless charging is faster than I expected."
Original: {D:做工扎实，无线充电比我想的还快。}
Helpful · Report

★★☆☆☆ {L:质量一般}
Reviewed in Canada on 2 October 2026 · Verified Purchase
{L:用了两周充电功能就失灵了，联系客服说要寄回去检测，太麻烦了。}
2 people found this helpful · Helpful · Report

See more reviews >
""")

ll("dlc-page-bullets", """
Store › Games › Moonlit Inn › Downloadable Content

Moonlit Inn – Lunar New Year Pack
Release date: 20 Jan 2027 · Developer: Wuyue Interactive · Publisher: Wuyue Interactive
$4.99 · [Add to Cart]

This content requires the base game Moonlit Inn in order to play.

About This Content
Celebrate the Lunar New Year in your inn! This pack adds a festival decoration set, three new dishes and a lion dance event for your guests.
- 18 festival decorations: red lanterns, couplets, firecracker strings and more
- New recipes: Eight Treasure Rice, Fish of Abundance, Sticky Rice Cake
- Lion Dance event: guest satisfaction +20% during the festival
- {L:此扩展包还包含三套限定服装及专属头像框}
- Requires Chapter 3 of the main story completed, {L:否则无法触发舞狮活动}

Languages
| | Interface | Full Audio | Subtitles |
| English | ✔ | | ✔ |
| {D:简体中文} | ✔ | ✔ | ✔ |
| Japanese | ✔ | | ✔ |

System Requirements: same as the base game.

Customer reviews: Very Positive (412)
"{L:年味十足，就是价格有点贵}" — Recommended · 3.2 hrs on record
"Cute pack, the lanterns look great at night." — Recommended · 6.8 hrs on record
"Wish the lion dance lasted longer than one in-game day." — Recommended · 1.9 hrs on record
""")

ll("installer-guide-buttons", """
VisionDraw CAD 2027 for Windows — Installation Guide
Support › Documentation › Installation

System requirements: Windows 10 or 11, 64-bit · 8 GB RAM · 6 GB free disk space · .NET 6 runtime

Step 1. Run the installer
Double-click VisionDrawSetup_2027.exe. If Windows asks "Do you want to allow this app to make changes to your device?", click Yes.

Step 2. License agreement
Read the agreement, tick "I accept the terms", then click {L:下一步}.

Step 3. Choose components
| Component | Size | Selected by default |
| Core program | 2.1 GB | Yes |
| {L:标准零件库} | 1.6 GB | Yes |
| Rendering engine | 850 MB | Yes |
| {L:示例文件及教程} | 420 MB | No |

Step 4. Installation folder
By default VisionDraw is installed in the Program Files folder. Click Browse to choose another drive.

Step 5. Finish
Click Install. The installation takes about 10 minutes. When it is done, click {L:完成} to exit the wizard.

Common errors during installation
- "{L:安装程序检测到旧版本残留，请先卸载后再试。}" Use Control Panel > Programs and Features to remove version 2025 or 2026 first.
- Error 1603: a fatal error occurred during installation. Restart the computer and run the installer as administrator.
- "{L:无法连接到授权服务器}" Check whether your company firewall blocks port 443.

Still need help? Submit a ticket in the Support Center.
""")

ll("firmware-release-notes", """
Qingluan AX3000 Wi-Fi 6 Mesh Router — Firmware Download
Support > Downloads > Routers > AX3000

Model: AX3000, sold in China as the {D:青鸾} (Qingluan) series · Hardware version: V2

| Version | Release date | {L:文件大小} | Download |
| V1.2.8 Build 20261102 | 2026-11-02 | 18.6 MB | Download |
| V1.2.6 Build 20260815 | 2026-08-15 | 18.4 MB | Download |

Release Notes V1.2.8

New features:
1. Added WPA3 support for the guest network.
2. {L:新增家长控制定时上网功能。}
3. Added IPv6 firewall options.

Optimizations:
1. {L:优化了} Mesh {L:组网稳定性，减少断线。}
2. Improved compatibility with some smart home devices.

Bug fixes:
1. Fixed the issue that port forwarding rules could not be saved.
2. Fixed the web management page displaying abnormally in Safari.

{L:已知问题}: When connected on a 160 MHz channel, some older laptops may not find the Wi-Fi.

Notes:
1. Do not power off the router during the upgrade.
2. {L:升级后建议恢复出厂设置，以确保新功能正常使用。}
3. Firmware for hardware version V1 cannot be used on V2.

© 2026 Qingluan Networks. All rights reserved.
""")

ll("checkout-form-notes", """
Lumi Shop — Secure Checkout
1 Cart  >  2 Shipping  >  3 Payment  >  4 Done

Shipping address
Full name: __________  Phone: __________
Country / Region: United Kingdom
Address line 1: __________
City: __________  Postcode: __________
[ ] Set as default address

Delivery method
( ) Standard shipping, 7-15 days — Free
( ) Express shipping, 3-5 days — £7.90
{L:偏远地区需补运费差价，详情请咨询客服。}

Payment method
( ) Credit / Debit card
( ) PayPal
( ) Alipay ({D:支付宝})
( ) WeChat Pay ({D:微信支付})

Coupon
Enter coupon code: __________ [Apply]
Available coupon: WINTER20 — {L:满199减20，不与其他优惠同享}

Order note
[ {L:选填，建议先和商家沟通确认} ]

Order summary
Wool Blend Scarf × 1 — £29.00
Ceramic Mug Set × 1 — £24.50
Subtotal £53.50 · Shipping Free · Total £53.50

Need help?
Questions about sizes, delivery or customs fees? Chat with us, we are online 9:00-21:00 (GMT+8) every day.

[Place order]
By placing an order you agree to our Terms of Service and {L:隐私政策}.
Secure payment · SSL encrypted · 30-day returns
""")

ll("product-title-glued", """
TWS Wireless Earbuds Bluetooth 5.3 Active Noise Cancelling {L:超长续航} In-Ear Headphones with Charging Case
Sold by: Shenzhen Yinpin Technology Co., Ltd. ({D:深圳音品科技有限公司}) · Gold Supplier · 6 yrs · Response rate 96%
Price: US $12.80 - $15.60 / piece · Min. order: 2 pieces

Key attributes
Connectivity: Bluetooth 5.3
Battery life: 8 hours (earbuds), 36 hours with the case
Charging time: 1.5 hours
Waterproof: IPX5
Color: Black, White, {L:薄荷绿}

Product description
Latest Bluetooth 5.3 chip, connect faster and more stable, {L:开盖即连}.
ANC active noise cancelling reduces up to 35dB noise, enjoy your music in the subway and airplane.
Touch control: play/pause, answer calls, voice assistant, {L:三击切换降噪模式}.
Ergonomic design, only 4.2 g each ear, comfortable for long time wearing, {L:跑步也不易掉}.
Three sizes of silicone ear tips included, fit for different ears.

Customization
OEM/ODM welcome, logo printing from 500 pcs, {L:支持彩盒定制}.

Shipping: by DHL / FedEx / UPS, 5-8 days. Samples can be shipped within 3 days.
Contact supplier · Chat now
""")

ll("holiday-shipping-notice", """
Home > Announcements
Notice: Spring Festival Shipping Schedule 2027
Posted: 2026-12-01 | Views: 3,482

Dear customers,
The Spring Festival ({D:春节}) is the most important traditional holiday in China. Because courier companies reduce their service during the holiday, our shipping arrangement is as follows:

| Period | Arrangement |
| Jan 1 – Jan 25, 2027 | Normal shipping, orders paid before 16:00 ship the same day |
| Jan 26 – Feb 3, 2027 | {L:仅发顺丰，运费需另补} |
| Feb 4 – Feb 12, 2027 | Warehouse closed, orders can be placed but ship after the holiday |
| From Feb 13, 2027 | Shipping resumes in order of payment time |

{L:新疆、西藏、青海地区自1月20日起暂停发货，恢复时间另行通知。}

During the holiday, online customer service will reply to messages within 24 hours. Refund requests will be processed after we return to work.

We wish you a happy new year and good health!
{D:新春快乐} — Happy Spring Festival!

Customer Service Center
December 1, 2026
""")

ll("app-permissions-table", """
Lumo Coffee App — Permissions and Privacy Summary
Version 7.3 · Last updated November 20, 2026

This page explains which permissions the Lumo Coffee app requests on your phone and why. You can turn any permission off in your phone's settings at any time; some features may then not work.

| Permission | Why we ask | Required? |
| Location | {L:用于推荐附近门店和计算配送距离} | Optional |
| Camera | Scan QR codes on tables and coupons | Optional |
| Notifications | Order status and pickup reminders | Optional |
| Microphone | {L:仅在使用语音点单时调用} | Optional |
| Storage / Photos | Save your e-gift card images | Optional |
| Contacts | Not requested | — |

Third-party SDKs
- Payment SDK: to complete payment securely.
- Map SDK: {L:提供门店地图和导航服务。}
- Push SDK: sends order notifications to your phone.

Your rights
You can view, correct and delete your personal information in Me > Account > Privacy. {L:注销账号后，你的个人信息将在十五个工作日内删除。}

Full documents: User Agreement · {L:隐私政策} · {L:儿童个人信息保护规则}
Questions: privacy@lumocoffee.example
""")

ll("event-rewards-table", """
Tales of Jade Harbor — Event Announcement

Lantern Festival ({D:元宵节}) 7-Day Login Event
Event time: Feb 10 00:00 – Feb 24 23:59 (server time)

Dear Captains, the Lantern Festival is coming! Log in during the event and receive rewards every day. Missed days can be made up with Lantern Tickets.

| Day | Reward |
| Day 1 | Gems ×100 |
| Day 2 | {L:招募券}×2 |
| Day 3 | Gold ×50,000 |
| Day 4 | {L:限定头像框「月下灯影」} |
| Day 5 | Rare Ship Blueprint ×1 |
| Day 6 | Gems ×200 |
| Day 7 | Limited costume "Jade Rabbit Lantern" ({D:玉兔灯}) |

Event rules:
1. Rewards are sent to your mailbox and are valid for 7 days.
2. {L:补签次数每天最多一次。}
3. Players must reach Captain Level 10 to join.

Lantern Shop
Exchange leftover Lantern Tickets in the event shop before Feb 26. Unused tickets will be converted into Gold at the end of the event.
- Lantern Tickets ×5: Gems ×50
- Lantern Tickets ×20: Epic Sailor Contract ×1
- Lantern Tickets ×40: Harbor Decoration "Red Lantern Street"

Guess the Lantern Riddle
From Feb 12, solve one riddle every day in Harbor Square. A correct answer gets Lantern Tickets ×3.
Today's riddle: {L:小小一条龙，胡须硬似鬃，生前没有血，死后满身红。}

Tales of Jade Harbor Operations Team
""")

ll("pricing-table-cells", """
FormBird — Online Forms
Product · Templates · Pricing · Enterprise · Log in · [Start free]

Pricing
Choose the plan for your team. Save 20% with annual billing.

| | Free | Pro | Team |
| Price | $0 | $12 / month | $39 / month |
| Forms | 3 | Unlimited | {L:不限} |
| Responses per month | 100 | 10,000 | 100,000 |
| File upload storage | 100 MB | 10 GB | 100 GB |
| Custom domain | — | ✔ | ✔ |
| Remove FormBird branding | — | ✔ | ✔ |
| Team members | 1 | 3 | {L:最多50人} |
| Support | Community | Email | {L:专属客户经理} |

FAQ

Can I change plans at any time?
Yes. Upgrades take effect immediately, downgrades at the end of the current billing period.

Do you offer discounts for education?
{L:教育和公益机构可享受五折优惠，请联系销售团队并提供相关证明。}

What payment methods do you accept?
Credit card, PayPal, and bank transfer for annual Team plans.

{L:以上价格均不含税。}

Enterprise
Need single sign-on, audit logs or a data processing agreement? The Enterprise plan is priced by the number of seats. Talk to our sales team for a quote and a 30-day trial.

Contact sales · Status · Terms · Privacy · © 2026 FormBird Inc.
""")

ll("tutorial-image-captions", """
TechEasy › Guides › Android
How to cancel auto-renewal of app subscriptions on your phone
By TechEasy Editor · Updated November 2026 · 4 min read

Many friends reported that money was deducted every month without knowing. Today we teach you how to close the auto-renewal in one minute, no need to download any other app.

Step 1: Open the Settings app on your phone, scroll down and tap "Account".
[Image]
{L:图1：设置页面往下滑就能看到}

Step 2: Tap "Payment & Subscriptions", you will see all the apps you have subscribed.
[Image]
{L:图2：这里会显示所有正在扣费的项目}

Step 3: Choose the subscription you want to cancel, then tap "Cancel auto-renewal".
[Image]
{L:图3：红框处是下次扣费日期}

Step 4: Confirm in the pop-up window. After cancelling, you can still use the service until the end of the current period.
[Image]
{L:图4：取消成功后会收到短信提醒}

{L:注意：部分应用需要在应用内单独取消，仅在系统设置中关闭无效。}

Was this guide helpful? 👍 328  👎 12
Related: How to check your phone bill · Turn off app notifications
""")

ll("crowdfunding-update-quote", """
Mushan Desk Organizer — Modular Bamboo Desk System
Update #9: Production delay and what we are doing about it
Posted by Hangzhou Mushan Design ({D:木山设计}) · Creator · November 29, 2026 · 212 comments

Dear backers,

First, we must say sorry. The delivery of the first batch will be delayed by about four weeks, from December to mid-January.

What happened
During the quality inspection of the pre-production samples, we found that the magnetic connectors of about 8% of the modules are not strong enough. When the drawer module is full, it can slide off the base.

At the team meeting, our founder said: "{L:宁可晚一个月发货，也不能把有问题的产品交到用户手里。}" So we decided to replace all the magnets with the stronger N52 grade and add one more magnet in each connector.

New timeline
- Dec 5: new magnets arrive at the factory
- Dec 20: mass production restarts
- Jan 10: shipping from Ningbo port
- {L:预计一月底前到达欧美大部分地区}

Add-ons
The pen holder add-on is still available in the pledge manager until Dec 15. {L:已付款的支持者无需重复下单。}

Thank you for your patience and trust. We will post photos from the production line in the next update.

Lin and the Mushan team
""")

ll("support-ticket-log", """
Sync Helper Community › Bug Reports
Sync stuck at 99% on Windows after update
Ticket #30417 · Status: Waiting for customer

marco_r · 27 Nov 2026
Since the update to 2.9.1 my sync gets stuck at 99% and never finishes. Log below. Windows 11, folder of 120 GB.

Log excerpt:
[2026-11-27 10:42:11] INFO  Sync started, 18,442 files
[2026-11-27 10:42:13] INFO  Scanning changes...
[2026-11-27 10:58:40] WARN  {L:文件名包含非法字符，已跳过}: report:final?.docx
[2026-11-27 10:58:41] ERROR {L:同步失败：服务器返回未知错误} (code 5003)
[2026-11-27 10:58:41] INFO  Retry 1/3 in 30 s

Support Agent Amy · 28 Nov 2026
Hello, thank you for your feedback and sorry for the inconvenience. We have checked your log. {L:请您提供设备型号和系统版本号，以便我们进一步排查。} You can also try to sign out and sign in again.

marco_r · 28 Nov 2026
I already wrote Windows 11 in my first post. The device is a Dell XPS 15. Can someone tell me what the WARN line says? My whole log is in English except those lines.

Support Agent Amy · 29 Nov 2026
Thank you. Our engineers are analyzing the problem and will reply to you within 2 working days. {L:感谢您的耐心等待！}
""")

if __name__ == "__main__":
    SET.build()
