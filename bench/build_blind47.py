"""Build bench/sets/detect47-*.jsonl: a held-out, hand-written detection set ("detect47").

Theme: schools, children and families.

Twenty-two English pages that contain Chinese on purpose, one of each kind: a bilingual
kindergarten newsletter (English paragraph, then Chinese paragraph), a parents' glossary of
Chinese school terms, a children's song with characters, pinyin and translation line by line, a
picture-book review quoting lines with their translations, a bilingual timetable legend as a
table, a guide to choosing a Chinese name for a baby, a family-tree page naming relatives in
characters, a report-card explainer, a red-envelope craft page on the character 福, a weekend
Chinese school FAQ naming the school once in characters, a flashcard blog post, a tongue twister
page whose translation comes a few lines later, a parenting forum thread on grandparent terms, an
international school's "About" page whose motto is translated further down, a bilingual bedtime
dialogue, printable classroom labels, a Mid-Autumn class letter quoting a Tang quatrain, a
phrasebook of teachers' messages to parents, a library story-time schedule with an "original
titles" list at the end, a sports-day cheer page, a graduation speech glossing a proverb, and a
dumpling recipe for children.

Twenty-two half-translated pages (machine-translated from Chinese school websites, some Chinese
left by mistake): an admissions FAQ with a Chinese table cell, a canteen weekly menu with
untranslated dishes, an activity report with Chinese photo captions, a safety notice list, teacher
profile cards with untranslated lines, numbered homework rules, a news article whose
editor/photographer byline stays Chinese, parent-meeting minutes with the principal's words left
after the colon, a uniform order form, a school-bus route table, a registration materials
checklist, a kindergarten daily schedule, an exam notice with a Chinese signature block, a club
catalogue, a health check-up notice with a clause glued into a paragraph, a library rules page with
a Chinese breadcrumb, a field-trip letter whose reply slip stays Chinese, a holiday notice, a
school history timeline, a teacher blog with untranslated comments, a counsellor's letter quoting
a child's words without translation, and a school home page with Chinese navigation items.
Deliberate Chinese on those pages (a `中文` link, an ICP number, a school name given with its
English, a translated pair) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set. The
set was written BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench
sets or their builders (only bench/blind_set.py, `marked()` in build_detection_sets.py, and the
first 70 and last 30 lines of build_blind25.py as a model of the file format were read), and
mtmend was never run on these pages.

Rebuild: `python3 bench/build_blind47.py` from the repository root; it rewrites
bench/sets/detect47-deliberate.jsonl (ids d47d-NN) and bench/sets/detect47-leftovers.jsonl
(ids d47l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect47", chars=(700, 4000), lines=(8, 50)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("kinder-newsletter", """
Little Bamboo Bilingual Kindergarten
Home | Classes | Newsletter | Contact

Newsletter – November, Week 3

Dear families,
This week the Panda Class planted garlic bulbs in the garden boxes behind the playground. Every child has a bulb with their name on a lolly stick, and we will measure the shoots every Monday. Please send in an old toothbrush if you have one: we will use them to clean the little watering cans.

{D:亲爱的家长们：}
{D:本周熊猫班的孩子们在操场后面的花箱里种下了大蒜。每个孩子的大蒜旁边都插着写有自己名字的小木棍，我们每周一都会量一量嫩芽长了多少。如果家里有旧牙刷，请让孩子带来，我们会用它来清洗小水壶。}

Reminder: Friday is Pyjama Day. Children may come in their pyjamas and bring one soft toy.
{D:提醒：本周五是睡衣日，孩子们可以穿睡衣来园，并带一个毛绒玩具。}

Next week our theme is "Autumn Leaves". We will collect leaves on a short walk in the park on Wednesday morning, so please dress your child in comfortable shoes.
{D:下周的主题是“秋天的树叶”。周三上午我们会去公园散步捡树叶，请给孩子穿舒适的鞋子。}

Thank you for your support,
Ms Harper and Ms Zhou
""")

dd("school-terms-glossary", """
Parents' Corner › Guides › Understanding Chinese School Terms

Moving to Shanghai with school-age children? The notices your child brings home will use a handful of words again and again. Here is what they mean in practice.

{D:班主任} (bānzhǔrèn) – the head teacher of a class. This is the person to contact first about anything, from a missed lunch to a worry about friendships.

{D:家长会} (jiāzhǎnghuì) – a parents' meeting, usually held once a term in the classroom. Expect to sit in your child's seat.

{D:值日生} (zhírìshēng) – the pupil on duty for the day. They wipe the board, water the plants and sometimes check that desks are tidy.

{D:升旗仪式} (shēngqí yíshì) – the Monday morning flag-raising ceremony. Uniform is strictly checked on this day.

{D:课外活动} – after-school activities. The school may list them simply as "extra-curricular".

{D:寒假} and {D:暑假} – winter holiday and summer holiday. The winter holiday moves every year because it follows the Spring Festival.

Tip: if a notice ends with {D:请家长签字}, it means "parent's signature, please" – sign it and send it back the next day.

Last updated 2 December 2026 · Written by volunteers of the Expat Families Network
""")

dd("childrens-song-pinyin", """
Sing Along! Chinese Songs for Little Ones
Song 7: Two Tigers

This is the first song almost every child in China learns. It uses the tune of "Frère Jacques", so you probably already know the melody.

{D:两只老虎，两只老虎，}
liǎng zhī lǎohǔ, liǎng zhī lǎohǔ,
Two tigers, two tigers,

{D:跑得快，跑得快。}
pǎo de kuài, pǎo de kuài.
running fast, running fast.

{D:一只没有耳朵，}
yì zhī méiyǒu ěrduo,
One has no ears,

{D:一只没有尾巴，}
yì zhī méiyǒu wěiba,
one has no tail,

{D:真奇怪！真奇怪！}
zhēn qíguài! zhēn qíguài!
How strange! How strange!

Teaching tip: children love the silly ending, so slow down before "How strange!" and pull a surprised face. Once they know it well, try singing it as a round in two groups.

Actions: hold up two fingers for "two tigers", run on the spot for "running fast", cover your ears, then wiggle your bottom for the tail.

« Song 6: Little Star   |   Song 8: Find a Friend »
""")

dd("picture-book-review", """
The Reading Nook – Picture Book Reviews
Review: "Grandpa's Kite" (ages 3–6)

I picked up this book in a Chengdu bookshop and read it to my four-year-old every night for a fortnight. It tells the story of a boy who spends a windy afternoon on the roof with his grandfather, building a kite out of newspaper and bamboo.

The language is simple and rhythmic. My favourite page has only two lines:
"{D:风来了，风筝也来了。}"
("The wind came, and the kite came too.")

Later, when the string breaks, the grandfather doesn't scold. He just says:
"{D:没关系，我们明天再做一个。}"
– "It doesn't matter, we'll make another one tomorrow." My son now says this whenever a block tower falls over, which I count as a parenting win.

The illustrations are soft watercolours, and the Chinese title, {D:爷爷的风筝}, is hand-lettered on the cover in a way that children love to trace with a finger.

Rating: ★★★★☆
Best for: bedtime, bilingual families, anyone with a grandparent who makes things by hand.

Comments (3) · Share · Back to all reviews
""")

dd("timetable-legend-table", """
Riverside Primary – Year 3 Chinese Stream
Timetable key for parents

Your child's timetable is printed in both languages. Use the table below to match the Chinese labels to the English subjects.

| Chinese label | English | Notes |
|---|---|---|
| {D:语文} | Chinese language | Daily, first period |
| {D:数学} | Mathematics | Taught in Chinese on Tuesdays and Thursdays |
| {D:英语} | English | Taught by the class teacher |
| {D:科学} | Science | Lab coats needed from March |
| {D:体育} | PE | Bring trainers |
| {D:音乐} | Music | Recorders provided |
| {D:美术} | Art | Old shirt as an apron |
| {D:午休} | Quiet rest after lunch | Not a lesson – children may read |
| {D:大课间} | Long morning break with group exercises | 20 minutes |

If you see a period marked with a star, it is taught by a visiting specialist.
Questions? Email the office or leave a note in your child's reading record.
""")

dd("baby-name-guide", """
Choosing a Chinese Name for Your Baby
A gentle guide for mixed-heritage families

Many parents want a Chinese name that sits comfortably next to an English one. A Chinese given name is usually one or two characters, and each character is chosen for its meaning as much as for its sound.

Popular characters and what they carry:
• {D:安} (ān) – peace, safety
• {D:悦} (yuè) – joy, delight
• {D:睿} (ruì) – wisdom, insight
• {D:晨} (chén) – morning
• {D:宁} (níng) – calm, tranquil

A worked example: the Morgan family chose "Chen Yue" for their daughter, born at dawn. Written as {D:晨悦}, it means "joy of the morning" and echoes her English middle name, Aurora.

Things to check before you decide:
1. Say the name aloud with the surname – tones can create an unfortunate rhyme.
2. Ask a grandparent or a native speaker whether the characters feel old-fashioned.
3. Avoid characters with many strokes if you want a toddler to write the name one day.

Remember: a surname comes first in Chinese. Baby Chen Yue Morgan might be called {D:莫晨悦} (Mò Chényuè) by her Chinese relatives, using {D:莫} as a short form of Morgan.

Next article: Celebrating the first month – the "full moon" party
""")

dd("family-tree-list", """
The Liang Family Tree
Compiled by Grace Liang for the 2026 family reunion in Taishan

Generation 1
– Great-grandfather: Liang Guoqiang ({D:梁国强}), 1921–1998, village teacher
– Great-grandmother: Wu Meilan ({D:伍美兰}), 1925–2010

Generation 2
– Grandfather: Liang Jianhua ({D:梁建华}), eldest son, moved to Hong Kong in 1962
– Grandmother: Chan Sau Ying ({D:陈秀英}), known to everyone as Por Por
– Great-uncle: Liang Jianmin ({D:梁建民}), stayed in Taishan and ran the family shop

Generation 3
– My father, Liang Wing Kei ({D:梁永基}), and his sister, my aunt Liang Wing Yee ({D:梁永仪})

A note on names: everyone in my father's generation shares the character {D:永}, meaning "forever". This generation character was chosen from a family poem, so cousins can recognise one another by name alone.

Please send corrections or old photographs to the email address on the reunion invitation.
""")

dd("report-card-explainer", """
Help! I Can't Read My Child's Report Card
Posted in: School Life in China › Primary

Most state primary schools no longer give numerical marks in the lower grades. Instead, each subject gets one of four grades. Here is what they mean:

{D:优秀} – excellent
{D:良好} – good
{D:合格} – satisfactory, a pass
{D:待合格} – not yet at the expected level

At the bottom there is usually a paragraph headed {D:老师评语}. That is the teacher's comment, and it is written straight to the child, so it often starts with the child's name and sounds very warm. A typical one might say that your child is kind to classmates and should be braver about raising a hand.

You might also see a box labelled {D:家长意见}, "parent's comments". It is fine to write in English – the teacher will appreciate the effort of a reply.

One more term: {D:三好学生}, literally "three-good student", is an award for being good in study, health and conduct. Only a few children per class receive it.

Reply · Quote · 14 people found this helpful
""")

dd("red-envelope-craft", """
Crafty Kids Club
Lunar New Year Craft: Make a Lucky Red Envelope

You will need: red card, gold pen, glue stick, scissors (with a grown-up's help).

Step 1. Fold the card into three, like a letter, and glue the side edges.
Step 2. Fold the top flap down to close the envelope.
Step 3. Write the character {D:福} in the middle with the gold pen.

What does it mean? {D:福} (fú) means good fortune or blessing. Families stick it on their front door at New Year, often upside down! That is because "upside down" in Chinese, {D:倒} (dào), sounds just like "arrive", {D:到} (dào) – so an upside-down fú says "good fortune has arrived".

Step 4. Add a greeting on the back. Try {D:新年快乐} – "Happy New Year" – or the classic {D:恭喜发财}, which wishes someone wealth and prosperity.

Step 5. Put a drawing or a chocolate coin inside and give it to someone you love.

Share a photo of your envelope with the hashtag from our newsletter!

Previous craft: Paper lanterns · Next craft: Dragon puppet
""")

dd("chinese-school-faq", """
Frequently Asked Questions
Maple Hill Saturday Chinese School ({D:枫山中文学校})

Q: What ages do you teach?
A: Children from 4 to 16, in classes grouped by ability rather than age.

Q: Which script do you use?
A: Simplified characters with pinyin. Our heritage class for older students also introduces traditional forms, for example {D:學} next to its simplified form {D:学}, both meaning "study".

Q: My child doesn't speak any Chinese at home. Is that a problem?
A: Not at all. Our beginner class is taught mostly in English, and about a third of the children have no Chinese-speaking parent.

Q: What should my child bring?
A: A pencil case, a water bottle and the exercise book we give out on the first day. The cover says {D:练习本}, "exercise book", so it's easy to spot in a school bag.

Q: When are the lessons?
A: Saturdays 9:30–12:00 during the local school term, in the Maple Hill Community Centre, rooms 2 and 3.

Still have questions? Call us on Saturday mornings or use the contact form.
© 2026 Maple Hill Saturday Chinese School · Registered charity
""")

dd("flashcard-blog", """
Mama Learns Mandarin – a blog about raising a bilingual toddler
Tuesday, 17 November

Our fridge is covered in flashcards

Ivy turned two last month, and her new favourite game is "find the card". I stuck a card on each thing in the kitchen and she runs around shouting the words. Here is the current set:

Fridge – {D:冰箱} (bīngxiāng)
Cup – {D:杯子} (bēizi)
Spoon – {D:勺子} (sháozi)
Apple – {D:苹果} (píngguǒ)
Water – {D:水} (shuǐ)

She can now say "píngguǒ" clearly, though "sháozi" comes out as "sao-sao". My husband's mother, who is visiting from Xi'an, laughs every time and answers {D:对，勺子！} ("Yes, spoon!"), which Ivy seems to take as a round of applause.

Next week I want to add colours. If anyone has a good printable set, please leave a link in the comments.

Labels: toddlers, flashcards, kitchen
3 comments
""")

dd("tongue-twister-page", """
Fun with Chinese – Tongue Twisters for Kids

Tongue twisters are a brilliant way to practise tones. Try this famous one slowly first, then as fast as you can.

{D:四是四，十是十，}
{D:十四是十四，四十是四十。}

Pinyin:
sì shì sì, shí shì shí,
shísì shì shísì, sìshí shì sìshí.

Did you spot the trick? Only two sounds are used again and again: "sì" (falling tone) and "shí" (rising tone). Mix them up and you will say the wrong number!

What it means:
"Four is four, ten is ten,
fourteen is fourteen, forty is forty."

Challenge: say it three times without a mistake, then teach it to someone in your family. Record yourself and listen back – can you hear the difference between the tones?

More twisters: Eating grapes · The old lady and the tiger · Back to activities
""")

dd("grandparent-forum-thread", """
Forums › Multicultural Families › What do your kids call their grandparents?

Original post by rainy_day_mum:
My husband is from Beijing and I'm from Leeds. His parents want the kids to use the "proper" terms, but I keep mixing them up. Can someone explain simply?

Reply from Lin_in_Bristol:
It depends on which side of the family.
Dad's parents: {D:爷爷} (yéye) for grandpa and {D:奶奶} (nǎinai) for grandma.
Mum's parents: {D:外公} (wàigōng) and {D:外婆} (wàipó). In the north many families say {D:姥爷} (lǎoye) and {D:姥姥} (lǎolao) instead.
So your kids would call your husband's mum Nainai, and you can keep Nana and Grandad for your side!

Reply from rainy_day_mum:
That's so helpful, thank you. So Lǎolao and Wàipó are the same person, just different regions?

Reply from Lin_in_Bristol:
Exactly. My own kids call my mum Wàipó because we're from Shanghai, and their cousins in Harbin say Lǎolao.

Reply from dad_of_three:
We also taught ours {D:叔叔} (shūshu) and {D:阿姨} (āyí) – "uncle" and "auntie" – which they use for any grown-up friend of the family. Saves a lot of explaining.

Page 1 of 1 · Reply to thread
""")

dd("international-school-motto", """
Harbourview International School
About Us › Our Story

Founded in 2004 by a group of parents in Shenzhen, Harbourview began with twenty-six pupils in a converted office building. Today we welcome over nine hundred students from thirty-four countries, from Reception to Year 13.

Our motto

{D:学而不厌，诲人不倦}

These words hang above the entrance to our main hall, carved in wood by a local craftsman. Our founding head teacher chose them because they describe a school where everyone – pupils, teachers and parents – keeps learning.

Our values
Curiosity · Kindness · Courage · Community

The motto comes from the Analects of Confucius. Translated into English, it reads: "To learn without ever tiring of it, and to teach others without growing weary." Each September, new students are invited to write the eight characters in brush and ink during their welcome week.

Visit us
Open mornings are held on the first Thursday of every month. Book through the admissions office.

Admissions | Curriculum | Boarding | Careers | Contact
""")

dd("bedtime-dialogue", """
Bedtime Chats: A Bilingual Story for Two Voices
Story 12 – "Where Does the Moon Sleep?"

Read the English line, then let your child read (or repeat) the Chinese line.

Little Rabbit: Mama, where does the moon sleep in the daytime?
{D:小兔子：妈妈，白天月亮在哪里睡觉呀？}

Mama Rabbit: Behind the mountains, wrapped in a blanket of clouds.
{D:兔妈妈：在大山后面，盖着一床云做的被子。}

Little Rabbit: Does it have a pillow too?
{D:小兔子：它也有枕头吗？}

Mama Rabbit: Yes – a soft pillow made of mist.
{D:兔妈妈：有啊，是雾做的软枕头。}

Little Rabbit: Then I want a pillow like that.
{D:小兔子：那我也要那样的枕头。}

Mama Rabbit: Close your eyes, and maybe the moon will lend you one.
{D:兔妈妈：闭上眼睛，也许月亮会借给你一个。}

Goodnight! {D:晚安！}

Printable version (PDF) · Audio read by a native speaker · More bedtime stories
""")

dd("classroom-labels-printable", """
Free Printable: Bilingual Classroom Labels (English / Chinese)

Download these labels, print them on card and laminate them. Each label shows the English word at the top, the characters in the middle and the pinyin underneath, so children can match all three.

Included in the pack:

DOOR
{D:门}
mén

WINDOW
{D:窗户}
chuānghu

BOOKS
{D:书}
shū

SCISSORS
{D:剪刀}
jiǎndāo

LINE UP HERE
{D:在这里排队}
zài zhèlǐ páiduì

QUIET CORNER
{D:安静角}
ānjìng jiǎo

How to use them: start with three or four labels and add more each week. Point to the label, say the word in both languages, and let the children repeat it before they go through the door or pick up the scissors. Older children can play "label detective" and check that nothing has been moved.

Font: a rounded school font, 72 pt for the characters.
Licence: free for classroom and home use; please do not resell.

Download PDF (A4) · Download PDF (Letter) · See more printables
""")

dd("mid-autumn-class-letter", """
Class 2B – Letter Home
Mid-Autumn Festival

Dear parents and carers,

Next Thursday is the Mid-Autumn Festival, when families in China gather to look at the full moon and share mooncakes. In class we have been learning a very short poem by Li Bai, written more than 1,200 years ago. Every child in China knows it by heart.

{D:床前明月光，}
{D:疑是地上霜。}
{D:举头望明月，}
{D:低头思故乡。}

We translated it together on the carpet. The children's version, lightly tidied, is:
Moonlight shines before my bed;
I wonder if it's frost on the ground.
I lift my head and look at the bright moon,
I lower my head and think of home.

Your child may try to recite it at the dinner table. Please ask them what "home" means to them – their answers in class were wonderful.

On Thursday afternoon we will taste a small piece of mooncake. Please tell us by Tuesday if your child has any allergies.

With thanks,
Mr Osei and Ms Tan
""")

dd("teacher-message-phrasebook", """
Decoding the Class Group Chat
A phrasebook for parents who don't read Chinese (yet)

If your child's class uses a messaging group, the teacher's messages often repeat the same phrases. Copy a line into your translation app if you're unsure, but these are the ones you'll see most:

"{D:收到}" – "Received." Parents reply with this to show they've read a notice. One word is enough!

"{D:请各位家长}…" – "Would all parents please…" – this is the start of a request, so read on.

"{D:明天带}…" – "Tomorrow bring…", followed by the item, for example a ruler or a bag of leaves for an art lesson.

"{D:辛苦了}" – roughly "thank you for your hard work". Parents often send this to the teacher after a school trip.

"{D:请假}" – to ask for leave. If your child is ill, send the teacher a message with this word, the child's name and the reason.

Etiquette tip: avoid long conversations in the group. If you need to talk about your own child, message the teacher privately.

Related: Understanding homework apps · How to write a sick note
""")

dd("library-storytime-schedule", """
Westbrook Public Library – Children's Department
Bilingual Story Time (Mandarin & English), Spring 2027

Saturdays, 10:30–11:15, Story Room upstairs. Free, no booking needed. Suitable for ages 2–7 with a grown-up.

January 9 – "The Very Hungry Caterpillar"
January 16 – "Little Tadpoles Look for Their Mother"
January 23 – "Guess How Much I Love You"
January 30 – "The Mouse Who Wanted to Marry the Moon"
February 6 – Lunar New Year special: "Nian, the New Year Monster"
February 13 – "Where Is My Hat?"

Each session includes a song, a finger rhyme and a simple craft. Our storyteller, Mrs Fang, reads each book first in Mandarin and then in English.

Chinese titles of the books, for families who would like to borrow the Mandarin editions (ask at the desk):
1. {D:好饿的毛毛虫}
2. {D:小蝌蚪找妈妈}
3. {D:猜猜我有多爱你}
4. {D:老鼠娶新娘}
5. {D:年兽来了}
6. {D:我的帽子在哪里}

Library opening hours · Events calendar · Accessibility
""")

dd("sports-day-cheers", """
Sunnyvale Chinese Community School – Sports Day Guide

Sports Day is on Sunday 14 May at Westfield Park. Here is everything families need to know, including the cheers you will hear all morning!

What to bring: sun hat, water, a packed lunch, and a folding chair for grown-ups.

Team colours: Red Dragons, Blue Phoenixes, Green Tigers and Yellow Cranes.

Cheers to practise at home:
{D:加油！} (jiāyóu) – the all-purpose cheer. Literally "add oil", it means "Come on! You can do it!"
{D:冲啊！} (chōng a) – "Charge!", shouted at the start of a race.
{D:好样的！} (hǎo yàng de) – "Well done!", for when someone crosses the line.

The final relay is always the loudest part of the day. Children cheer their own team's name, so Red Dragons will shout {D:红龙加油！}, "Go, Red Dragons!"

Medals will be handed out at 12:30, followed by a picnic on the grass.

Volunteers needed for the egg-and-spoon race – sign up at the front desk.
""")

dd("graduation-speech-proverb", """
Class of 2026 – Valedictory Speech
Delivered by Mei Anderson, Year 12, at the Eastgate College graduation ceremony

Good evening, teachers, families and fellow graduates.

When I was seven, my grandmother gave me a tiny red notebook. On the first page she had written six characters:

{D:千里之行，始于足下}

I couldn't read them then. She told me they meant "a journey of a thousand miles begins beneath your feet" – in other words, every big thing starts with one small step. She wanted me to remember it on the first day of school.

Twelve years later, I think she was right, though I would add something. The steps are not taken alone. They are taken with friends who wait for you at the bus stop, with teachers who give up their lunch hour, and with parents who pretend not to be nervous on exam mornings.

So tonight, as we step out of these gates, I want to say thank you – and, in my grandmother's words, {D:谢谢}.

Congratulations, Class of 2026!
""")

dd("dumpling-recipe-kids", """
Cooking with Kids: Grandma Wang's Pork and Cabbage Dumplings

Makes about 40 dumplings. Time: 1 hour (plus lots of giggling).

In our house, dumplings are called {D:饺子} (jiǎozi), and we make them every Lunar New Year's Eve. Children are in charge of folding; grown-ups handle the knife and the boiling water.

Ingredients
– 300 g minced pork
– a quarter of a Chinese cabbage, finely chopped ({D:白菜}, "white vegetable", is the name on the market sign)
– 1 spring onion, 1 tbsp soy sauce, 1 tsp sesame oil
– 40 round dumpling wrappers ({D:饺子皮}, "dumpling skins")

Method
1. Mix the filling in a big bowl. Let the kids stir – clockwise only, Grandma insists!
2. Put a teaspoon of filling in the middle of a wrapper.
3. Wet the edge with a finger, fold it in half and pinch it shut.
4. Boil in batches until they float, then add a cup of cold water and bring back to the boil.

Grandma's secret: hide one clean coin in a single dumpling. Whoever finds it gets good luck all year.

While you eat, say {D:慢慢吃} (màn man chī) to each other – "eat slowly and enjoy".

Print recipe · Save · Share
""")


# ---------------------------------------------------------------- half-translated

ll("admissions-faq-table", """
Home > Admissions > Frequently Asked Questions

2027 Autumn Enrollment Questions and Answers for the First Grade of Primary School

1. Which children can register for the first grade?
Children who have reached the age of 6 before August 31, 2027 (born between September 1, 2020 and August 31, 2021) and whose household registration or residence permit is in our school's enrollment area.

2. What is the scope of our school's enrollment area?
| Community | Streets included |
|---|---|
| Xinhua Community | Xinhua Road No. 1–120, Heping Lane |
| Dongyuan Community | {L:东园路全段、东园新村一至五区} |
| Binhe Community | Binhe North Road, Binhe Garden Phase II |

3. How do non-local children apply?
Parents should log in to the district enrollment platform from May 10 to May 20, upload the materials, and wait for the review results. {L:审核结果将于6月5日前以短信形式通知，请保持手机畅通。}

4. Does the school provide after-school care?
Yes. After-school care is provided from 15:30 to 17:30 on school days, and parents may voluntarily choose to participate.

Enrollment hotline: 0571-8806-3321 (working days 8:30–16:30)

Xinhua Road Primary School ({D:新华路小学}) | Address: No. 58 Xinhua Road | {D:浙ICP备20231188号-1}
""")

ll("canteen-weekly-menu", """
Student Canteen Weekly Menu (Week 14: December 7 – December 11)

Our school canteen adheres to the principle of "nutritious, balanced, safe and delicious". All ingredients are purchased from qualified suppliers, and a food sample of every dish is kept for 48 hours.

Monday
Main dish: Braised chicken with potatoes
Side dish: Stir-fried broccoli, {L:番茄炒蛋}
Soup: Seaweed and egg drop soup
Staple food: Rice

Tuesday
Main dish: Sweet and sour pork ribs
Side dish: {L:蒜蓉生菜}, shredded potato with green pepper
Soup: Winter melon and shrimp soup
Staple food: Rice, steamed buns

Wednesday
Main dish: {L:红烧狮子头}
Side dish: Stir-fried cabbage, carrot and corn
Soup: Tomato and beef soup
Staple food: Rice

Thursday
Main dish: Steamed fish fillet
Side dish: Dry-fried green beans, mapo tofu (mild)
Soup: {L:紫菜虾皮汤}
Staple food: Rice, pumpkin porridge

Friday
Main dish: Beef noodles
Side dish: Cold cucumber salad
Fruit: Seasonal fruit

Note: Students with food allergies should report to the class teacher in advance. {L:菜单如有调整，以当日实际供应为准。}
Supervision telephone of the General Affairs Office: 0755-2631-4570
""")

ll("activity-report-captions", """
Campus News | Activity Reports

"Little Hands, Big Harvest" – Our School Held the Third Labor Practice Week

On the morning of November 18, the third Labor Practice Week of our school kicked off in the school's planting garden. More than 600 students from grades one to six participated in activities such as planting vegetables, sorting garbage and cooking simple dishes.

In the planting garden, teachers explained the growing habits of radish and spinach, and students turned the soil and sowed seeds in groups. In the home economics classroom, fifth-grade students learned to make dumplings under the guidance of parent volunteers.

[Photo 1] {L:一年级学生在老师指导下给蔬菜浇水}
[Photo 2] Fifth-grade students learn to wrap dumplings
[Photo 3] {L:家长志愿者与孩子们一起包饺子，现场气氛热烈}
[Photo 4] Students sort garbage into the correct bins

Principal Zhao said that labor education is an important part of all-round development, and the school will continue to build the planting garden into a "living classroom".

Source: Moral Education Office   Views: 1,208
""")

ll("safety-notice-list", """
Notice | Important Safety Reminders for Students During the Winter Holiday

Dear parents:

The winter holiday is approaching. In order to let the children spend a safe, healthy and happy holiday, our school hereby reminds you of the following matters:

1. Traffic safety. Educate children to obey traffic rules, not to play on the road, and not to ride electric bicycles under the age of 16.
2. Fire safety. Do not play with fire, and do not set off fireworks in prohibited areas. {L:燃放烟花爆竹必须有家长陪同。}
3. Water safety. Do not skate on frozen rivers or ponds, {L:不到无安全设施、无救护人员的水域游泳}.
4. Gas safety. Keep windows open when using coal stoves or gas water heaters to prevent carbon monoxide poisoning.
5. Internet safety. Limit the time of using mobile phones and {L:不轻信网络上的陌生人}, and do not give out your family address.
6. Food safety. Do not buy snacks without production dates from roadside stalls.

Guardian responsibility: {L:家长是孩子假期安全的第一责任人}, please strengthen supervision.

Emergency telephone: Police 110, Fire 119, Ambulance 120

Hongqiao Experimental Primary School
January 15, 2027
""")

ll("teacher-profile-cards", """
Our Teachers | Grade Four Teaching Team

Ms. Li Xiaohong
Subject: Chinese / Head teacher of Class 4(2)
Teaching experience: 15 years
Motto: Every child is a seed that will blossom in its own season.
Honors: District Excellent Class Teacher (2023), {L:市级优质课一等奖}

Mr. Chen Hao
Subject: Mathematics
Teaching experience: 8 years
Motto: {L:让每一个孩子都爱上数学。}
Honors: Second prize in the city's young teachers' basic skills competition

Ms. Wang Jing
Subject: English
Teaching experience: 11 years
Motto: Learning a language is opening a window to the world.
Honors: Outstanding Tutor of the National English Speaking Contest

Mr. Zhou Lei
Subject: Physical Education
Teaching experience: 6 years
Motto: Health first, exercise every day.
Introduction: {L:曾获省青少年田径锦标赛教练员奖，带领学校田径队连续三年获得区冠军。}

Ms. Sun Yue
Subject: Science
Teaching experience: 4 years
Motto: Curiosity is the beginning of science.

Back to Teaching Staff | Next page: Grade Five Teaching Team
""")

ll("homework-rules-numbered", """
Guangming Middle School Homework Management System (Revised 2026)

In order to implement the national requirements for reducing the burden on students, improve the quality of homework design and effectively control the total amount of homework, the following system is formulated.

Article 1 Total amount control. The written homework of grades 7 and 8 shall not exceed 60 minutes per day on average, and that of grade 9 shall not exceed 90 minutes.

Article 2 Coordination by the head teacher. The head teacher shall coordinate the daily homework of each subject and publish it on the class homework board before 15:00. {L:各学科作业须提前报班主任审核，不得临时增加。}

Article 3 Layered homework. Teachers should design basic, improving and expanding homework so that students can choose according to their own situation.

Article 4 No homework should be assigned through parents. {L:严禁要求家长批改作业或代为完成作业}, and teachers must not require parents to print homework at home.

Article 5 Correction and feedback. All written homework must be corrected in full and returned in time. {L:对作业中普遍存在的问题要进行集中讲评。}

Article 6 Supervision. The Teaching Affairs Office will conduct spot checks every month, and the results will be included in the assessment of teachers.

Article 7 This system shall come into force from the date of promulgation and shall be interpreted by the Teaching Affairs Office.

Guangming Middle School Teaching Affairs Office
September 1, 2026
""")

ll("news-byline-credits", """
School News

Our School's Choir Won the Gold Award in the Municipal Primary and Secondary School Art Festival

Published: 2026-11-26 16:42   Source: Art Education Group

On November 24, the final of the 12th Municipal Primary and Secondary School Art Festival choral competition was held at the City Grand Theatre. The "Skylark" Children's Choir of our school, consisting of 48 students, sang the songs "The Little Boat" and "Spring Is Calling" and won the gold award in the primary school group.

In order to prepare for the competition, the members of the choir insisted on rehearsing every day after school for three months. Music teacher Ms. Huang Li carefully arranged the songs, and parents took turns delivering water and snacks to the rehearsals.

The judges commented that the choir's voices were clear and harmonious, and the children's expressions were natural and full of childlike charm.

{L:撰稿：黄丽　摄影：刘宇航}
{L:审核：德育处　编辑：王晓燕}

Previous: Our school held a fire evacuation drill
Next: Notice on the arrangements for the New Year's Day holiday
""")

ll("parent-meeting-minutes", """
Minutes of the Parents' Meeting of Grade Three (Semester 1, 2026–2027)

Time: 18:30–20:00, October 29, 2026
Place: Classroom of each class and the school lecture hall
Participants: Parents of Grade Three students, head teachers and subject teachers

1. Principal Liu Jianguo's speech
Principal Liu first thanked the parents for their support of the school's work. He said: {L:三年级是小学阶段的关键时期，孩子们开始写作文、学习分数，家长要多陪伴、少焦虑。} He then introduced the school's plan for reading, sports and after-school services this semester.

2. Report of the grade director
Grade director Ms. Fang reported on the results of the mid-term assessment. The average score of the grade in Chinese was 88.6 and in mathematics 90.2. {L:个别学生书写潦草、计算粗心的问题仍比较突出。}

3. Class meetings
Head teachers communicated with parents about class management, homework and safety, and answered parents' questions one by one.

4. Parents' suggestions
– It is suggested that the school open more sports clubs after school.
– {L:希望学校门口上下学时段增加交通疏导人员。}
– Parents asked for the reading list for the winter holiday to be sent earlier.

Recorder: Grade Three Office
""")

ll("uniform-order-form", """
2027 New Student School Uniform Ordering Instructions

In accordance with the principle of "voluntary purchase by parents", the school uniform for new students is supplied by the winning supplier through open bidding. Parents are asked to fill in the order form according to the size of their children and submit it to the head teacher before December 20.

| Item | Sizes | Unit price (yuan) | Quantity |
|---|---|---|---|
| Summer short-sleeved shirt | 110–170 | 45 | 2 |
| Summer shorts / skirt | 110–170 | 40 | 2 |
| Spring and autumn sportswear (jacket + trousers) | 110–170 | 128 | 1 |
| {L:冬季加厚棉服} | 110–170 | 210 | 1 |
| School badge | – | {L:免费发放} | 1 |

Size reference: height 120 cm choose 120, height 125 cm choose 130, {L:偏胖的学生建议选大一码}.

Payment method: pay by scanning the code on the school's payment platform. Do not hand cash to teachers.

Exchange: if the size is not suitable, it can be exchanged within 7 days after receipt, provided the label is not removed.

Student name: ________  Class: ________  Parent's signature: ________

Logistics Service Center, Nanshan Foreign Language School
""")

ll("school-bus-route-table", """
Notice on the School Bus Routes for the Spring Semester of 2027

To make it convenient for students to go to and from school, the school has opened four school bus routes this semester. The routes and times are as follows. Students who take the school bus must wear the school bus card and obey the instructions of the escort teacher.

| Route | Main stops | Morning departure | Afternoon departure |
|---|---|---|---|
| Route 1 | Jinxiu Garden – People's Park – School | 7:05 | 16:40 |
| Route 2 | Railway Station East Square – {L:文化宫} – School | 6:55 | 16:40 |
| Route 3 | Lakeside New Town – Sports Center – School | 7:00 | 16:50 |
| Route 4 | {L:西湾小区北门}, Hongxing Bridge – School | 6:50 | 16:50 |

Notes:
1. Please arrive at the stop 5 minutes in advance. The bus will not wait for latecomers.
2. {L:如遇恶劣天气，发车时间另行通知。}
3. Parents must pick up students in grades one and two at the stop in person.

School bus escort teacher hotline: 139 0571 2264
Office of General Affairs
""")

ll("registration-materials-checklist", """
Checklist of Materials for New Student Registration at Sunshine Kindergarten

Registration time: June 12–14, 2027, 9:00–11:30 and 14:00–16:30
Registration place: Multi-function hall on the first floor of the kindergarten

Please bring the originals and one copy of the following materials:

☐ Child's birth certificate
☐ Household registration book of the child and parents
☐ {L:房产证或购房合同（租房的须提供租赁备案证明）}
☐ Child's vaccination certificate and the {L:入托入学预防接种证查验证明}
☐ Physical examination form for children entering kindergarten (issued by a designated hospital)
☐ Four one-inch recent color photos of the child
☐ Parents' ID cards

Reminders:
– Materials will be reviewed on site. Incomplete materials will not be accepted.
– Children do not need to come for registration, {L:但须在8月25日前完成入园体检}.
– The list of admitted children will be published on the kindergarten's website on July 1.

Consultation telephone: 027-8655-0912 (Ms. Gao)
""")

ll("kindergarten-daily-schedule", """
Daily Routine of the Middle Class (Spring Semester)

Every day at our kindergarten is full of play, learning and care. Here is a typical day for children aged 4–5.

7:45–8:20  Arrival, morning check by the health doctor, free play in the corners
8:20–8:40  Breakfast
8:40–9:10  Morning exercise and outdoor warm-up
9:10–9:40  Group activity (language, math, science or art, rotating daily)
9:40–10:00  {L:喝水、如厕、加餐}
10:00–11:00  Outdoor games: sand pit, climbing frame, bicycle track
11:00–11:30  Story time and free reading
11:30–12:10  Lunch
12:10–14:30  Nap
14:30–15:00  Wake up, dressing, {L:整理床铺}, afternoon snack
15:00–15:40  Interest activities (dance, Lego, handicrafts)
15:40–16:10  {L:离园准备，师幼交流一日情况}
16:10–16:30  Departure

Parents are kindly reminded: please do not let children bring small toys, coins or snacks to the kindergarten. {L:孩子如有身体不适，请及时告知带班老师。}

Sunshine Kindergarten · Teaching and Research Group
""")

ll("exam-notice-signature", """
Notice on the Arrangements for the Final Examination of the First Semester of Grade Eight

All head teachers, subject teachers and students of Grade Eight:

According to the school's teaching calendar, the final examination of this semester will be held from January 18 to January 20, 2027. The relevant arrangements are notified as follows:

January 18 (Monday): 8:30–10:30 Chinese; 14:30–16:10 Physics
January 19 (Tuesday): 8:30–10:30 Mathematics; 14:30–16:00 History and Geography
January 20 (Wednesday): 8:30–10:10 English; 14:30–15:30 Biology

Examination discipline:
1. Students should enter the examination room 15 minutes before the start, and sit according to the seat number posted on the door.
2. Mobile phones, smart watches and other electronic devices are strictly prohibited in the examination room.
3. Students who are more than 15 minutes late will not be allowed to enter. {L:考试结束前30分钟方可交卷离场。}
4. Anyone found cheating will be given zero marks in the subject and dealt with according to the school rules.

Please make good preparations and take the examination seriously.

{L:教务处}
{L:二〇二七年一月八日}
""")

ll("club-catalogue", """
Student Clubs Directory (Autumn 2026)

Our school offers 24 student clubs this semester. Each student may choose one or two clubs through the online selection system from September 8 to September 12. Activities are held every Wednesday and Friday from 15:40 to 17:00.

Science and Technology
– Robotics Club: build and program robots to take part in the city competition. Place: Maker Room.
– Astronomy Club: observe the moon and planets with the school telescope. {L:每月组织一次夜间观星活动。}
– Model Aircraft Club: make and fly paper and balsa wood planes.

Arts
– Paper-cutting Club: learn traditional folk paper-cutting. Place: Art Room 2.
– {L:民乐团}: erhu, pipa, guzheng and dizi; students need basic music knowledge.
– Drama Club: perform short plays adapted from textbooks.

Sports
– Football Club: boys' and girls' teams, training on the main field.
– Table Tennis Club: {L:限三至六年级学生报名}.
– Chinese Chess Club: learn openings and endgames, and hold a school tournament at the end of the term.

Note: The number of places in each club is limited and will be allocated on a first-come, first-served basis.

Club selection system | Club activity photos | Contact the Student Development Center
""")

ll("health-checkup-notice", """
Notice on Carrying Out the Annual Health Examination of Students

Dear parents:

In order to understand the growth and development of students in a timely manner and to detect common diseases early, the district centre for disease control and our school will carry out the annual health examination for all students on November 16–17.

The examination items include height, weight, vision, dental caries, blood pressure and {L:脊柱弯曲异常筛查}. Students in grades one and four will also have a hearing test. The examination is free of charge.

On the day of the examination, students should wear loose clothes that are easy to take off, and girls should not wear dresses. {L:近视学生请携带眼镜，以便检查矫正视力}; students who wear orthokeratology lenses should inform the doctor in advance.

The results will be fed back to parents through the head teacher within two weeks. For students with abnormal results, parents are advised to take them to a hospital for further examination, {L:并将复查结果反馈至学校卫生室}.

If your child has special circumstances and cannot take part, please contact the school health room.

School Health Room, Yucai Primary School
Tel: 0512-6523-7708
""")

ll("library-rules-breadcrumb", """
{L:首页} > {L:校园服务} > Library Rules

Library Rules for Students

Opening hours: Monday to Friday 7:40–17:30; closed on weekends and public holidays.

1. Students must show their campus card when entering the library. {L:校园卡仅限本人使用，不得转借他人。}
2. Each student may borrow up to 3 books at a time, for a period of 14 days. Books may be renewed once.
3. Keep quiet in the reading room. Do not eat or drink, and put your mobile phone on silent.
4. Take care of the books. Do not fold pages, write on them or cut out pictures. Damaged or lost books must be compensated at the original price.
5. After reading, please return books to the return cart instead of putting them back on the shelves yourself.
6. Overdue books will be charged 0.1 yuan per book per day, {L:逾期超过30天的暂停借阅权限一个月}.

Class librarians are on duty every lunch break. If you cannot find a book, ask the duty librarian or use the computer catalogue.

School Library | Opening hours | New arrivals | {D:中文}
""")

ll("field-trip-reply-slip", """
Letter to Parents about the Grade Five Autumn Study Trip

Dear parents:

In order to broaden students' horizons and let them learn about the history and culture of our city, the school plans to organize a study trip for Grade Five students to the Municipal Museum and the Botanical Garden on Thursday, October 22, 2026.

Departure: 8:00 from the school gate by bus; return: about 15:30.
Cost: 60 yuan per person, including transport, insurance, tickets and lunch.
Preparation: wear the school uniform and sports shoes, bring a water bottle, a notebook and a raincoat.

Students who do not participate will stay at school and attend normal classes. Please discuss with your child and fill in the reply slip below. Return it to the head teacher by Monday, October 19.

Thank you for your cooperation!

Grade Five Office
October 14, 2026

- - - - - - - - - - - - cut here - - - - - - - - - - - -

{L:回执}
{L:学生姓名}: __________   {L:班级}: __________
{L:我同意孩子参加本次研学活动}  ☐
{L:我不同意孩子参加本次研学活动}  ☐
{L:家长签名}: __________   {L:联系电话}: __________
""")

ll("holiday-notice", """
Notice on the Arrangements for the 2027 Spring Festival Holiday

According to the notice of the Municipal Education Bureau and taking into account the actual situation of our school, the winter holiday arrangements are as follows:

1. Holiday time. Students will have their winter holiday from January 23, 2027 to February 21, 2027, and will register on February 22. {L:2月23日正式上课。}

2. Teachers' arrangements. Teachers will work until January 26, {L:并于2月20日返校参加新学期教研活动}.

3. Winter holiday homework. Each subject will assign practical and reading homework instead of large amounts of written exercises. Students are encouraged to read at least two books and to take part in household chores.

4. Duty during the holiday. The school will arrange leaders and staff on duty every day. In case of emergency, please call the duty telephone 0371-6598-2210.

5. Safety education. {L:各班主任要在放假前召开一次安全主题班会}, and issue the Letter to Parents on Holiday Safety.

We wish all teachers, students and parents a happy Spring Festival and good health!

Principal's Office, Zhengzhou Jinshui Road Primary School
January 12, 2027
""")

ll("school-history-timeline", """
About Us > School History

Sixty Years of Growth: A Brief History of Qingshan No. 2 Middle School

1963 – The school was founded as Qingshan County Workers' Children's School, with 6 classes and 11 teachers.
1978 – After the resumption of the college entrance examination, the school set up its first senior high school classes.
1985 – Renamed Qingshan No. 2 Middle School.
1996 – {L:学校被评为省级文明单位，新教学楼落成并投入使用。}
2004 – The school moved to its current campus on Jiangbin Road, covering an area of 120 mu.
2012 – The school was awarded "Provincial Model High School".
2018 – A new library and gymnasium were completed. {L:同年与澳大利亚一所中学结为友好学校。}
2023 – The school celebrated its 60th anniversary, and more than 3,000 alumni returned to the campus.

Today the school has 56 classes, more than 2,600 students and 230 teaching staff. {L:学校秉承“厚德、笃学、求实、创新”的校训}, and continues to write a new chapter.

Qingshan No. 2 Middle School | Jiangbin Road, Qingshan District
""")

ll("teacher-blog-comments", """
Ms. Tang's Class Blog – Class 3(4)

Our Visit to the Fire Station
Posted November 12, 2026

Last Friday, our class visited the Zhongshan Road Fire Station. The firefighters showed us how they put on their uniforms in less than one minute, and let us sit in the fire engine. The children asked many questions, such as "How high can the ladder reach?" and "Do firefighters sleep at the station?"

Afterwards, every child drew a picture of what they learned. We will put the best drawings on the wall outside the classroom. Thank you to the parent volunteers who walked with us!

Comments (4)

Tingting's mum: Thank you, Ms. Tang! Tingting talked about the fire engine all weekend.

Haoran's dad: {L:孩子回家后主动检查了家里的灭火器，非常有意义的活动！}

Xiaoyu's grandmother: {L:辛苦唐老师了，下次还想报名当志愿者。}

Ms. Tang (reply): You are very welcome. I'll let everyone know about the next trip soon.

Leave a comment | Back to class home
""")

ll("counsellor-letter-quote", """
From the School Counsellor's Desk
Issue 6: Helping Children Cope with Exam Worries

Dear parents,

As the end-of-term exams approach, many children feel nervous. This is normal, and a little worry can even help them concentrate. However, when worry becomes too strong, children may have trouble sleeping, lose their appetite or complain of stomach aches.

Last week, a fourth-grade girl came to my office and said quietly: "{L:我怕考不好，妈妈会不高兴。}" Her words reminded me that children often worry more about disappointing us than about the exam itself.

Here are some things you can do at home:
1. Praise effort, not only results. Tell your child that you noticed how hard they worked.
2. Keep a regular routine with enough sleep. Tired brains remember less.
3. Share a story of a time when you made a mistake and what you learned from it.
4. {L:不要拿孩子和别人家的孩子作比较。}

If you notice that your child's anxiety lasts for a long time, please contact me. The counselling room is open every weekday from 12:00 to 13:30.

Warm regards,
Ms. Xu Min, School Counsellor
Psychological Health Education Center
""")

ll("school-homepage-nav", """
Chengxi Experimental School ({D:城西实验学校})
Home | About Us | News | {L:党建工作} | Teaching | Student Life | {L:信息公开} | Contact | {D:中文} | English

Welcome to Chengxi Experimental School

Founded in 2001, Chengxi Experimental School is a nine-year public school with primary and junior high sections. We are committed to "letting every child shine".

Latest news
– Our students won three first prizes in the provincial science and innovation competition (2026-12-01)
– The winter sports festival opened with a rope-skipping contest (2026-11-27)
– {L:关于开展2026年教师师德师风专项整治的通知} (2026-11-20)
– Parents' open day for the first grade successfully held (2026-11-15)

Quick links
Campus Calendar · Canteen Menu · Enrollment · {L:校长信箱} · Alumni

Notices
Registration for the after-school service of the spring semester will begin on January 5. More >>

Address: No. 9 Wenhua Road, Chengxi District   Tel: 0731-8472-3306
Copyright © 2026 Chengxi Experimental School   {D:湘ICP备19004567号}   {L:技术支持：星辰网络}
""")

if __name__ == "__main__":
    SET.build()
