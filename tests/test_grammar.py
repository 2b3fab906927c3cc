"""Each grammar construction on examples written for it, and the engine around them: whole spans
or nothing, spam and unknown names never rendered."""
import pytest

import mtmend
from mtmend.engines import SpanRequest, grammar
from mtmend.engines.glossary import _Renderer

ENGINE = mtmend.GlossaryEngine()


def translate(text, before="The report said ", after=" today."):
    return ENGINE.translate([SpanRequest(text, "zh", "en", before, after)])[0].text


@pytest.mark.parametrize("chinese,value", [
    ("二十七", 27), ("一百零五", 105), ("三千二百", 3200), ("四万六千", 46000), ("二〇二五", 2025),
    ("7.5万", 75000), ("3亿", 300_000_000), ("2,500", 2500), ("十", 10),
])
def test_numbers(chinese, value):
    assert grammar.number(chinese) == value


@pytest.mark.parametrize("chinese,english", [
    ("2万余人", "more than 20,000 people"), ("8.6亿元", "860 million yuan"), ("四天", "four days"),
    ("600多名", "more than 600"), ("约30公里", "about 30 kilometers"), ("12.5%", "12.5 percent"),
    ("百分之八十", "80 percent"), ("五分之二", "two-fifths"), ("四分之一", "one-quarter"),
    ("近两万人", "nearly 20,000 people"), ("65岁", "65 years old"), ("三个月", "three months"),
    ("150万美元", "1.5 million U.S. dollars"), ("0.3个百分点", "0.3 percentage points"),
    ("2.6亿立方米", "260 million cubic meters"),
])
def test_quantities(chinese, english):
    assert grammar.quantity(chinese) == english


def test_a_lone_numeral_word_is_not_a_number():
    assert grammar.quantity("三") is None and grammar.quantity("一") is None


@pytest.mark.parametrize("chinese,english", [
    ("2025年3月8日", "March 8, 2025"), ("11月2日", "November 2"), ("2023年12月", "December 2023"),
    ("去年10月", "October last year"), ("星期三", "Wednesday"), ("周五", "Friday"),
    ("9月1日上午", "the morning of September 1"), ("上午9:30", "9:30 a.m."), ("晚上7点", "7 p.m."),
    ("下午2时30分", "2:30 p.m."), ("3月5日（星期二）", "Tuesday, March 5"), ("今年下半年", "the second half of this year"),
    ("二〇二四年五月四日", "May 4, 2024"),
])
def test_dates_and_times(chinese, english):
    assert grammar.date(chinese) == english


@pytest.mark.parametrize("chinese", ["13月2日", "2月40日", "3点", "25点", "2024年3点"])
def test_impossible_or_unclear_dates_are_not_covered(chinese):
    assert grammar.date(chinese) is None


@pytest.mark.parametrize("chinese,english", [
    ("5至8天", "five to eight days"), ("4月10日至12日", "April 10 to 12"), ("2021—2025年", "2021 to 2025"),
    ("100到200人", "100 to 200 people"),
])
def test_ranges(chinese, english):
    assert grammar.range_(chinese) == english


@pytest.mark.parametrize("chinese,english", [
    ("第二届", "the second"), ("第25届", "the 25th"), ("第三季度", "the third quarter"), ("第十一", "the 11th"),
])
def test_ordinals(chinese, english):
    assert grammar.ordinal_phrase(chinese) == english


@pytest.mark.parametrize("chinese,english", [
    ("60周年", "the 60th anniversary"),
    ("建校80周年", "the 80th anniversary of the founding of the university"),
    ("中国科学院成立75周年", "the 75th anniversary of the founding of the Chinese Academy of Sciences"),
])
def test_anniversaries(chinese, english):
    assert translate(chinese) == english


@pytest.mark.parametrize("chinese,english", [
    ("校长王明", "President Wang Ming"), ("刘洋教授", "Professor Liu Yang"), ("党委副书记陈刚", "Deputy Party Secretary Chen Gang"),
    ("黄伟院士", "Academician Huang Wei"), ("副校长孙丽", "Vice President Sun Li"),
    ("复旦大学校长王明", "Wang Ming, President of Fudan University"),
])
def test_people_with_titles_in_both_orders(chinese, english):
    assert translate(chinese) == english


def test_a_titled_name_reuses_the_documents_spelling():
    answer = ENGINE.translate([SpanRequest("校长单磊", "zh", "en", "The report said ", " said. Shan Lei")])[0]
    assert answer.text == "President Shan Lei"


@pytest.mark.parametrize("chinese,english", [
    ("湖南师范大学", "Hunan Normal University"), ("武汉大学化学与分子科学学院", None),
    ("清华大学机械工程学院", "School of Mechanical Engineering, Tsinghua University"),
    ("中国科学院声学研究所", "Institute of Acoustics, Chinese Academy of Sciences"),
    ("江苏省财政厅", "the Jiangsu Provincial Department of Finance"),
    ("成都市人民政府", "the Chengdu Municipal People's Government"),
    ("四川省委", "the CPC Sichuan Provincial Committee"),
    ("山东科技大学", "Shandong University of Science and Technology"),
    ("南京大学附属第二医院", "the Second Affiliated Hospital of Nanjing University"),
    ("浙江省人民医院", "Zhejiang Provincial People's Hospital"), ("北京大学人民医院", "Peking University People's Hospital"),
    ("广州市第一人民医院", None),
])
def test_organisations_from_glossary_parts(chinese, english):
    assert translate(chinese) == english


@pytest.mark.parametrize("chinese,english", [
    ("认真学习贯彻习近平新时代中国特色社会主义思想",
     "conscientiously study and implement Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"),
    ("在建校60周年之际", "on the occasion of the 60th anniversary of the founding of the university"),
    ("为全面贯彻落实党的二十大精神", "to fully implement the guiding principles of the 20th CPC National Congress"),
    ("习近平总书记关于教育的重要指示精神",
     "the guiding principles of General Secretary Xi Jinping's important instructions on education"),
    ("会议强调", "the meeting stressed"),
    ("校长王明在讲话中指出", "President Wang Ming pointed out in the speech"),
    ("院长杨帆出席开幕式并致辞", "Dean Yang Fan attended the opening ceremony and delivered a speech"),
    ("副校长何平到化学学院调研", "Vice President He Ping made an inspection visit to the School of Chemistry"),
    ("教育部副部长刘洋一行", "a delegation led by Liu Yang, Vice Minister of the Ministry of Education"),
    ("李华主持会议", "Li Hua presided over the meeting"),
    ("在闭幕式上", "at the closing ceremony"),
    ("高质量发展、科技创新和人才培养",
     "high-quality development, scientific and technological innovation and talent cultivation"),
])
def test_formula_chains(chinese, english):
    assert translate(chinese) == english


@pytest.mark.parametrize("chinese,english", [
    ("发布时间：2025年1月3日", "Published: January 3, 2025"),
    ("来源：新华社  编辑：刘洋", "Source: Xinhua News Agency  Editor: Liu Yang"),
    ("点击数：35", "Hits: 35"), ("下一篇", "Next"), ("返回首页", "Back to home"),
])
def test_page_labels_and_bylines(chinese, english):
    assert translate(chinese, before="\n", after="\n") == english


def test_articles_and_capitals_follow_the_position():
    assert translate("6月29日", before="", after=", the university held") == "On June 29"
    assert translate("6月29日", before="It opened on ", after=".") == "June 29"
    assert translate("会议指出", before="", after=", the work") == "The meeting pointed out"
    assert translate("计算机学院", before="students of the ", after=" said") == "School of Computer Science"


@pytest.mark.parametrize("chinese", [
    "澳门葡京娱乐城", "皇冠体育投注平台", "百家乐注册送彩金", "金沙娱乐城官网入口", "王明百家乐",
])
def test_spam_is_never_rendered(chinese):
    assert translate(chinese) is None


@pytest.mark.parametrize("chinese", ["王明", "袁家界", "天门山", "华为", "蓝天白云", "张家界市"])
def test_unknown_names_are_never_rendered(chinese):
    assert translate(chinese) is None


@pytest.mark.parametrize("chinese,english", [
    ("今年二季度", "the second quarter of this year"), ("9月上旬", "early September"), ("5月中旬", "mid-May"),
    ("80万株", "800,000"), ("1.5万亿元", "1.5 trillion yuan"),
])
def test_quarters_parts_of_months_and_more_units(chinese, english):
    assert translate(chinese) == english


def test_bylines_without_a_colon_and_label_values_without_articles():
    assert translate("记者 陈刚", before="\n", after="\n") == "Reporter: Chen Gang"
    assert translate("来源：研究生院", before="\n", after="\n") == "Source: Graduate School"


def test_signing_takes_an_indefinite_article():
    assert translate("签署合作协议") == "signed a cooperation agreement"


@pytest.mark.parametrize("chinese", ["全体院士", "马克教授", "高峰书记", "长沙理工大学", "温州医学院", "计算机实验室"])
def test_dictionary_words_are_not_names_and_irregular_kinds_are_not_composed(chinese):
    # 全体 is `all`, 马克 `Mark`; 理工大学 is named three ways by different universities
    assert translate(chinese) is None


def test_holidays_and_the_approach_of_an_occasion():
    assert translate("在春节来临之际") == "ahead of the Spring Festival"
    assert translate("值此教师节之际") == "on the occasion of Teachers' Day"
    assert not grammar.spam_like("成人教育学院") and grammar.spam_like("成人网站入口")  # adult education is no spam


def test_buttons_and_breadcrumbs():
    assert translate("【打印】【关闭】", before="\n", after="\n") == "[Print][Close]"
    assert translate("当前位置：首页 > 新闻中心", before="\n", after="\n") == "Current location: Home > News Center"
    assert translate("发布时间：2015/4/20", before="\n", after="\n") == "Published: 2015/4/20"
    assert translate("【打印】【乌镇】", before="\n", after="\n") is None


@pytest.mark.parametrize("before,after,english", [
    ("A ", " chef moved here.", "31-year-old"), ("The ", " has retired.", "31-year-old"),
    ("He was aged ", ".", "31 years old"), ("between 20 and ", " and more.", "31 years old"),
])
def test_an_age_takes_the_form_of_its_place(before, after, english):
    assert translate("31岁", before=before, after=after) == english


@pytest.mark.parametrize("chinese,english", [
    # found by running the engine over every clause of the WMT19/20 Chinese side
    ("刘易斯说", None), ("柯文尼表示", None),  # Lewis, Coveney: transliterations, not Chinese names
    ("朱女士表示", "Ms. Zhu said"), ("部长说", "the minister said"), ("评论指出", None),
    ("一年以来", None), ("今年以来", "so far this year"), ("截至目前", "so far"), ("近两年", None), ("一个", None),
    ("周四下午", "Thursday afternoon"), ("星期四凌晨", "early Thursday"), ("财政", "finance"),
])
def test_what_a_sweep_over_news_clauses_got_wrong(chinese, english):
    assert translate(chinese) == english


def test_ordinals_in_their_place():
    assert translate("第一", before="", after=", we must study.") == "First"
    assert translate("第五届", before="It hosted ", after=" forum.") == "the fifth"
    assert translate("第十九期", before="It hosted ", after=".") is None


def test_label_separators_keep_urls_and_trailing_marks():
    assert translate("地址:http://www.example.cn", before="\n", after="\n") == "Address: http://www.example.cn"
    assert translate("首页»", before="\n", after="\n") == "Home»"


def test_percent_follows_the_documents_own_style():
    assert translate("3.62%", before="Its share rose from 3.35% to ", after=".") == "3.62%"
    assert translate("3.62%", before="Its share rose to ", after=".") == "3.62 percent"


def test_a_polyphonic_name_is_spelled_as_the_document_spells_it():
    answer = ENGINE.translate([SpanRequest("副校长张乐", "zh", "en", "Remarks by ", ". Zhang Yue then toured the lab.")])[0]
    assert answer.text == "Vice President Zhang Yue"
    assert translate("副校长张乐") == "Vice President Zhang Le"


# --- issue 12, fourth round: kinds found missing by bench/sets/fourth-leftovers.tsv and by probing ---

@pytest.mark.parametrize("chinese,english", [
    ("下个月", "next month"), ("上周", "last week"), ("本月", "this month"),
    ("每周二", "every Tuesday"), ("每周日晚上", "every Sunday evening"), ("每年", "every year"),
    ("下午1点至4点", "1 to 4 p.m."), ("16时", "4 p.m."), ("20时15分", "8:15 p.m."),
    ("2022-2023学年", "the 2022-2023 academic year"),
    ("2025-2026学年第二学期", "the second semester of the 2025-2026 academic year"),
    ("2023年3月30日至4月2日", "March 30 to April 2, 2023"), ("2025年5月6日至9日", "May 6 to 9, 2025"),
])
def test_more_dates_and_times(chinese, english):
    assert grammar.date(chinese) == english or grammar.range_(chinese) == english


def test_hour_ranges_crossing_noon_and_unsure_clocks_are_left():
    assert grammar.range_("上午11点至12点") is None  # each end needs its own a.m./p.m.
    assert grammar.date("9时") is None and grammar.date("2024-2026学年") is None


def test_a_number_with_a_leading_zero_is_a_code_not_the_start_of_a_range():
    assert grammar.range_("010-12345678") is None and grammar.range_("0571-88886666") is None
    assert grammar.range_("10-12") is not None


def test_a_day_alone_and_a_day_opening_a_sentence():
    assert translate("17日", before="Rain fell again on the ", after=".") == "17th"
    assert translate("3日", before="", after=", talks resumed.") == "On the 3rd"


@pytest.mark.parametrize("chinese,english", [
    ("90%以上", "more than 90 percent"), ("近百分之四十", "nearly 40 percent"), ("近七成", "nearly 70 percent"),
    ("800余万元", "more than 8 million yuan"), ("三百多万", "more than 3 million"), ("人民币60万元", "600,000 yuan"),
    ("12亿港元", "1.2 billion Hong Kong dollars"), ("5000日元", "5,000 yen"), ("3万英镑", "30,000 pounds"),
    ("零下5摄氏度", None), ("25摄氏度", "25 degrees Celsius"), ("数百人", "hundreds of people"),
    ("3万人次", None),  # visits, trips or passenger trips: the unit does not say
])
def test_more_amounts(chinese, english):
    assert grammar.quantity(chinese) == english or grammar.share(chinese) == english or grammar.several(chinese) == english


def test_shares_and_indefinite_counts_need_the_english_around_them():
    assert translate("六成", before="Nearly ", after=" of the farms were flooded.") == "60 percent"
    assert translate("六成", before="He said it was ", after=" true.") is None  # 八成 also means `most likely`
    assert translate("数十家", before="The fair drew ", after=" companies.") == "dozens of"
    assert translate("数十家", before="The fair drew ", after=" in all.") is None


def test_ordinals_after_possessives_and_ranks():
    assert translate("第二届", before="It was the town's ", after=" book fair.") == "second"
    assert translate("第三名", before="The team took ", after=" in the final.") == "third place"
    assert translate("第三名", before="The team ranked ", after=" nationally.") == "third"
    assert translate("首届", before="Delegates attended the ", after=" expo.") == "first"
    assert translate("第四届", before="It hosted the ", after=" in May.") is None  # no noun follows


def test_founding_anniversaries_take_the_word_the_english_uses():
    assert translate("建校50周年", before="The school marked ", after=".") == \
        "the 50th anniversary of the founding of the school"
    assert translate("建校50周年", before="Alumni came back for ", after=".") == \
        "the 50th anniversary of the founding of the university"


def test_pronoun_speakers_and_an_article_after_a_conjunction():
    assert translate("她强调", before="", after=", quality comes first.") == "She stressed"
    assert translate("他们表示", before="", after=", the road will open soon.") == "They said"
    assert translate("会议强调", before="He added that ", after=", costs must fall.") == "the meeting stressed"


def test_vice_titles_after_a_name_are_not_read_into_the_name():
    assert translate("周红副校长", before="Remarks came from ", after=".") == "Vice President Zhou Hong"
    assert translate("周红副主任", before="Remarks came from ", after=".") == "Deputy Director Zhou Hong"


@pytest.mark.parametrize("chinese,english", [
    ("结合学习贯彻党的二十大精神",
     "in connection with studying and implementing the guiding principles of the 20th CPC National Congress"),
    ("在春节前夕", "on the eve of the Spring Festival"),
    ("在各级党组织的领导下", "under the leadership of Party organizations at all levels"),
    ("为深入贯彻落实习近平总书记关于安全生产的重要指示精神",
     "to fully implement the guiding principles of General Secretary Xi Jinping's important instructions on work safety"),
])
def test_more_formula_frames(chinese, english):
    assert translate(chinese) == english


def test_a_glossary_noun_is_not_put_where_english_needs_a_verb():
    # a gerund variant becomes the verb; a term with no verbal form is left
    assert translate("全面从严治党", before="Officials pledged to ", after=".") == \
        "exercise full and rigorous governance over the Party"
    assert translate("全面从严治党", before="They are committed to ", after=".") == "full and rigorous Party self-governance"
    assert translate("全面深化改革", before="The province must ", after=".") == "deepen reform comprehensively"
    assert translate("新发展理念", before="Cadres should ", after=".") is None


@pytest.mark.parametrize("gerund,verb", [("deepening", "deepen"), ("exercising", "exercise"), ("running", "run"),
                                         ("promoting", "promote"), ("xqzting", None)])
def test_a_gerund_made_a_verb(gerund, verb):
    from mtmend.engines.glossary import _base_verb

    assert _base_verb(gerund) == verb


@pytest.mark.parametrize("chinese,english", [
    ("百分之三点五", "3.5 percent"), ("百分之十二点零五", "12.05 percent"),
])
def test_chinese_decimals(chinese, english):
    assert grammar.quantity(chinese) == english
    assert grammar.number("两点") is None and grammar.number("一点") is None  # o'clock, `a little`


def test_speeches_at_a_meeting_units_named_whole_and_institutes_named_after_a_city():
    assert translate("习近平总书记在全国教育大会上的重要讲话精神") == \
        "the guiding principles of General Secretary Xi Jinping's important speech at the National Education Conference"
    slots = _Renderer(mtmend.Glossary.builtin(), "")
    assert grammar.organisation("南京大学经济学院", slots) == "School of Economics, Nanjing University"
    assert grammar.organisation("中国科学院昆明植物研究所", slots) == "Kunming Institute of Botany, Chinese Academy of Sciences"
    assert grammar.organisation("乌镇经济学院", slots) is None


@pytest.mark.parametrize("chinese,english", [
    ("上海市教育委员会", "the Shanghai Municipal Education Commission"),
    ("教育部职业教育与成人教育司", None),  # the department's field is not in the glossary
    ("清华大学图书馆", "Tsinghua University Library"), ("浙江大学出版社", "Zhejiang University Press"),
    ("南京大学党委", "the Party Committee of Nanjing University"),
    ("江苏省人民政府办公厅", "the General Office of the Jiangsu Provincial People's Government"),
    ("浙江省委组织部", "the Organization Department of the CPC Zhejiang Provincial Committee"),
    ("乌镇图书馆", None), ("学院宣传部", None),
])
def test_bodies_named_after_their_parent(chinese, english):
    assert grammar.organisation(chinese, _Renderer(mtmend.Glossary.builtin(), "")) == english


@pytest.mark.parametrize("chinese,english", [
    ("当前位置：首页 > 通知公告", "Current location: Home > Notices"),
    ("浏览次数：87次", "Views: 87"), ("【字号：大 中 小】", "[Font size: Large Medium Small]"),
    ("上一篇：没有了", "Previous: None"), ("（记者 高晓明 通讯员 孙丽）", "(Reporter: Gao Xiaoming Correspondent: Sun Li)"),
    ("来源：光明网", "Source: Guangming Online"),
])
def test_more_page_labels(chinese, english):
    assert translate(chinese, before="\n", after="\n") == english


@pytest.mark.parametrize("chinese", ["北京赛车pk10官网", "太阳城娱乐网址", "幸运飞艇开奖", "皇冠现金网"])
def test_more_gambling_spam_is_never_rendered(chinese):
    assert translate(chinese) is None and grammar.spam_like(chinese)


@pytest.mark.parametrize("chinese,english", [
    ("上午8:30-10:00", "8:30 to 10 a.m."), ("晚上7点至9点半", "7 to 9:30 p.m."),
    ("3%至5%", "3 to 5 percent"), ("2亿至3亿元", "200 million to 300 million yuan"),
])
def test_ranges_say_a_shared_unit_or_part_of_day_once(chinese, english):
    assert grammar.range_(chinese) == english


@pytest.mark.parametrize("chinese,english", [
    ("三等奖", "third prize"), ("十三五规划", "the 13th Five-Year Plan"), ("“十五五”时期", "the 15th Five-Year Plan period"),
    ("宁波市公安局", "the Ningbo Municipal Public Security Bureau"),
])
def test_prizes_plans_and_fixed_unit_names(chinese, english):
    assert translate(chinese, before="It concerns ", after=".") in (english, english.removeprefix("the "))


@pytest.mark.parametrize("chinese,english", [
    ("推动高质量发展", "promote high-quality development"), ("推进中国式现代化", "advance Chinese modernization"),
    ("加强党的建设", "strengthen Party building"),
])
def test_policy_verbs(chinese, english):
    assert translate(chinese, before="The province will ", after=".") == english


def test_a_year_after_a_verb_takes_in_but_a_year_before_a_noun_does_not():
    assert translate("1978年", before="The factory was founded ", after=".") == "in 1978"
    assert translate("1978年", before="The factory was founded ", after=" by two brothers.") == "in 1978"
    assert translate("2025年", before="The revised ", after=" budget passed.") == "2025"
    assert translate("2025年", before="She won at Tokyo ", after=".") == "2025"


def test_a_site_as_its_own_source_and_an_administrator():
    assert translate("来源：本站　发布者：管理员", before="\n", after="\n") == "Source: this website Posted by: Administrator"


def page(text):
    """A leftover on a line of its own, as page furniture stands."""
    return translate(text, before="Lanterns lit the old town on Saturday.\n", after="\n")


@pytest.mark.parametrize("chinese,english", [
    ("关于我们 | 联系方式 | 法律声明", "About Us | Contact | Legal Notice"),
    ("网站首页｜政府信息公开｜公众参与", "Home｜Government Information Disclosure｜Public Participation"),
    ("首页 » 体育新闻", "Home » Sports News"),
])
def test_navigation_bars_split_at_their_separators(chinese, english):
    assert page(chinese) == english


def test_a_navigation_bar_with_one_unknown_item_stays():
    assert page("网站首页 | 机构概况 | 乡村振兴示范点") is None


@pytest.mark.parametrize("chinese,english", [
    ("分享到：新浪微博 朋友圈 抖音", "Share to: Sina Weibo WeChat Moments Douyin"),
    ("腾讯微博  微信", "Tencent Weibo  WeChat"),
])
def test_share_bars_name_each_platform_as_it_names_itself(chinese, english):
    assert page(chinese) == english


@pytest.mark.parametrize("chinese,english", [
    ("性别：", "Gender:"), ("手机号码：", "Mobile number:"), ("验证码：", "Verification code:"), ("重置", "Reset"),
    ("人气：87  关键字：", "Views: 87  Keywords:"),
])
def test_form_labels_and_count_fields(chinese, english):
    assert page(chinese) == english


def test_a_date_with_its_weekday_and_a_weekday_that_disagrees():
    assert page("2025年10月1日 星期三") == "Wednesday, October 1, 2025"
    assert page("2025年10月1日 星期四") is None  # October 1, 2025 is a Wednesday: one of them is wrong


@pytest.mark.parametrize("chinese,english", [
    ("（通讯员 黄海燕 摄）", "(Photo by Huang Haiyan)"),
    ("人民网记者 赵峰 摄", "Photo by Zhao Feng/People's Daily Online"),
])
def test_photo_credits_romanize_the_person_and_name_a_known_outlet(chinese, english):
    assert page(chinese) == english


def test_a_photo_credit_from_an_unknown_company_stays():
    assert page("（华东星辰传媒记者 赵峰 摄）") is None


@pytest.mark.parametrize("chinese,english", [
    ("扫码关注我们的官方微博", "Scan the QR code to follow our official Weibo account"),
    ("欢迎关注抖音", "Follow us on Douyin"),
])
def test_follow_prompts(chinese, english):
    assert page(chinese) == english


def test_a_copyright_footer_only_where_every_part_is_covered():
    assert page("版权所有：人民网") == "Copyright: People's Daily Online"
    assert page("版权所有：星辰网络科技有限公司  地址：杭州市") is None


@pytest.mark.parametrize("chinese", ["专业代开各类发票 加微信", "本科硕士代写 包过", "代写论文 扫码关注微信"])
def test_fake_invoice_and_essay_mill_spam_stays(chinese):
    assert page(chinese) is None


def test_a_page_label_inside_a_sentence_stays_but_a_platform_name_is_rendered():
    assert translate("手机", before="She lost her ", after=" on the train.") is None  # a phone, not `Mobile`
    assert translate("重置", before="They had to ", after=" the counter.") is None
    assert translate("微信", before="Tickets can be paid with ", after=" or cash.") == "WeChat"
    assert page("手机") == "Mobile"


# --- session 5: periods of a year, changes, book parts, hospitals, companies, mixed spans ------

@pytest.mark.parametrize("chinese,english", [
    ("今年前三季度", "the first three quarters of this year"), ("去年前两个月", "the first two months of last year"),
    ("2023年前10个月", "the first 10 months of 2023"), ("前四个月", "the first four months"),
    ("前两季度", "the first two quarters"),
])
def test_the_first_months_or_quarters_of_a_year(chinese, english):
    assert grammar.date(chinese) == english


@pytest.mark.parametrize("chinese", ["前一个月", "前五季度", "前13个月"])
def test_a_first_part_that_no_year_has_is_left(chinese):
    assert grammar.date(chinese) is None


def test_a_month_range_says_its_months():
    assert grammar.range_("2至4月") == "February to April"
    assert grammar.range_("1-11月") == "January to November"
    assert grammar.range_("9至3月") is None  # runs backwards: not a range of one year
    assert grammar.range_("3至7日") is None  # which month is meant is not in the span


@pytest.mark.parametrize("chinese,english", [
    ("同比增长4.1%", "up 4.1 percent year on year"), ("同比下降0.6%", "down 0.6 percent year on year"),
    ("比上年增加3个百分点", "up 3 percentage points from the previous year"),
    ("较去年同期减少12%", "down 12 percent from the same period last year"),
    ("同比上涨百分之二", "up 2 percent year on year"),
])
def test_changes_with_what_they_are_compared_with(chinese, english):
    assert grammar.change(chinese) == english


def test_a_change_without_a_comparison_is_left():
    assert grammar.change("增长4.1%") is None and grammar.change("同比增长很快") is None


@pytest.mark.parametrize("before,english", [
    ("Imports rose ", "4.1 percent year on year"), ("Car sales increased ", "4.1 percent year on year"),
    ("Output hit 3 million tonnes, ", "up 4.1 percent year on year"), ("Fares were ", "up 4.1 percent year on year"),
])
def test_a_change_fits_the_english_before_it(before, english):
    assert translate("同比增长4.1%", before, ".") == english


@pytest.mark.parametrize("before", ["Imports fell ", "Imports ", ""])
def test_a_change_that_needs_a_verb_or_contradicts_one_is_left(before):
    assert translate("同比增长4.1%", before, ".") is None


@pytest.mark.parametrize("chinese,english", [
    ("第八章", "Chapter 8"), ("第一百零二章", "Chapter 102"), ("第2节", "Section 2"), ("第三卷", "Volume 3"),
    ("第四十回", "Chapter 40"), ("第十集", "Episode 10"),
])
def test_parts_of_a_book_or_series(chinese, english):
    assert grammar.section(chinese) == english


def test_a_chapter_heading_with_its_title_is_left():
    assert translate("第八章 风起", "\n", "\n") is None


@pytest.mark.parametrize("chinese,english", [
    ("南京市人民医院", "Nanjing Municipal People's Hospital"), ("江西省人民医院", "Jiangxi Provincial People's Hospital"),
    ("山东大学附属医院", "the Affiliated Hospital of Shandong University"),
    ("浙江大学医学院附属第二医院", "the Second Affiliated Hospital of Zhejiang University School of Medicine"),
    ("武汉大学人民医院", "Renmin Hospital of Wuhan University"),
])
def test_hospitals_are_built_from_their_parts(chinese, english):
    assert translate(chinese, "She was treated at ", ".") == english.removeprefix("the ") or \
        translate(chinese, "She was treated at ", ".") == english


def test_a_hospital_of_an_unknown_place_or_an_irregular_kind_is_left():
    for chinese in ("青禾镇人民医院", "宁波市第一医院", "温州市中医院", "苏州市第二人民医院"):
        assert translate(chinese, "She was treated at ", ".") is None, chinese


@pytest.mark.parametrize("before,english", [
    ("Nurses of the ", "Department of Pediatrics"), ("He was admitted to ", "the Department of Neurology"),
    ("", "The Department of Oncology"),
])
def test_clinical_departments_take_the_article_of_their_place(before, english):
    chinese = {"Pediatrics": "儿科", "Neurology": "神经内科", "Oncology": "肿瘤科"}[english.split()[-1]]
    assert translate(chinese, before, " opened a new ward.") == english


def test_a_department_inside_a_hospital():
    assert translate("北京协和医院眼科", "He works at ", ".") == \
        "Department of Ophthalmology, Peking Union Medical College Hospital"


def test_the_founding_of_a_yuan_is_what_the_english_calls_it():
    assert translate("建院70周年", "The hospital celebrated ", ".") == \
        "the 70th anniversary of the founding of the hospital"
    assert translate("建院70周年", "The academy celebrated ", ".") == \
        "the 70th anniversary of the founding of the academy"


@pytest.mark.parametrize("chinese,before,english", [
    ("营业总收入", "The group's ", "total operating revenue"), ("每股收益", "Its ", "earnings per share"),
    ("监事会", "Members of the ", "board of supervisors"), ("董事会秘书", "\n", "Secretary of the Board"),
])
def test_company_report_terms(chinese, before, english):
    assert translate(chinese, before, " was announced.") == english


@pytest.mark.parametrize("chinese,english", [
    ("上一章 | 章节目录 | 下一章", "Previous Chapter | Table of Contents | Next Chapter"),
    ("字数：35万", "Words: 350,000"),
    ("发文机关：浙江省人民政府", "Issuing authority: Zhejiang Provincial People's Government"),
    ("索引号：", "Index No.:"), ("成文日期：2024-11-05", "Date of writing: 2024-11-05"),
    ("门诊时间：周一至周六", "Outpatient hours: Monday to Saturday"),
])
def test_page_furniture_of_novels_governments_and_hospitals(chinese, english):
    assert translate(chinese, "\n", "\n") == english


def test_english_words_inside_a_leftover_are_kept_between_its_renderings():
    assert translate("副校长王芳 and 院长刘强", "The prizes were given by ", ".") == \
        "Vice President Wang Fang and Dean Liu Qiang"
    assert translate("主任 Chen Wei and 副主任", "The clinic is run by ", " Li Na.") == "Director Chen Wei and Deputy Director"


def test_a_mixed_leftover_with_one_part_uncovered_is_left_whole():
    assert translate("党委书记王芳 and 青禾小镇", "Visitors included ", ".") is None


def test_a_table_cell_starts_with_a_capital():
    assert translate("净利润", "| 2024 |\n| ", " | 15 |") == "Net profit"


@pytest.mark.parametrize("chinese", [
    "杭州青禾智能科技股份有限公司", "云栖网络股份有限公司", "叶凡", "萧炎", "澳门新葡京 and 百家乐", "时时彩 and 北京赛车",
    "作者：墨香", "林氏集团",
])
def test_unknown_companies_novel_characters_and_spam_stay_unrendered(chinese):
    assert translate(chinese, "See ", ".") is None


@pytest.mark.parametrize("chinese,english", [
    ("首页 上一页 下一页 尾页", "First page Previous page Next page Last page"),
    ("首页  上一页  下一页  末页", "First page  Previous page  Next page  Last page"),
    ("第4页/共12页", "Page 4 of 12"), ("第7页", "Page 7"),
])
def test_a_pager_names_its_first_page_and_counts_pages(chinese, english):
    assert translate(chinese, "\n", "\n") == english


def test_home_stays_home_outside_a_pager():
    assert translate("首页 > 通知公告", "\n", "\n") == "Home > Notices"
    assert grammar.section("第9页/共4页") is None


@pytest.mark.parametrize("chinese,english", [
    ("主任医师陈刚", "Chief Physician Chen Gang"), ("护士长刘敏", "Head Nurse Liu Min"), ("赵医生", "Dr. Zhao"),
])
def test_doctors_with_their_titles(chinese, english):
    assert translate(chinese, "The patient thanked ", ".") == english


def test_the_sites_own_xueyuan_is_a_college_where_the_english_says_college():
    assert translate("学院新闻", "The College of Arts opened a gallery.\n", "\n") == "College news"
    assert translate("学院新闻", "The School of Arts opened a gallery.\n", "\n") == "School news"
    assert translate("经济学院", "The College of Arts thanked the ", ".") == "School of Economics"


@pytest.mark.parametrize("chinese,english", [
    ("第十三届全国人民代表大会第五次会议", "the fifth session of the 13th National People's Congress"),
    ("十四届全国人大三次会议", "the third session of the 14th National People's Congress"),
    ("全国政协第十三届第四次会议", "the fourth session of the 13th CPPCC National Committee"),
])
def test_sessions_of_a_congress(chinese, english):
    assert translate(chinese, "Deputies met at ", ".") == english.removeprefix("the ") or \
        translate(chinese, "Deputies met at ", ".") == english


@pytest.mark.parametrize("chinese", ["第三届学术委员会第二次会议", "第十四届全国人民代表大会第二次全体会议", "十四届全国人大会议"])
def test_a_session_of_an_unknown_body_or_a_plenary_meeting_is_left(chinese):
    assert translate(chinese, "Deputies met at ", ".") is None


def test_a_year_with_a_range_of_its_months():
    assert grammar.range_("2023年3-8月") == "March to August 2023"
    assert grammar.range_("2023年8-3月") is None


@pytest.mark.parametrize("chinese,before,after,english", [
    ("董事长", "The ", " said the plan works.", "chairman"), ("总经理", "She is the ", " of a bank.", "general manager"),
    ("副校长", "the ", " Li Ming spoke.", "Vice President"), ("董事长", "\n", "\n", "Chairman"),
])
def test_a_title_naming_no_one_is_lower_case_after_a_determiner(chinese, before, after, english):
    assert translate(chinese, before, after) == english


@pytest.mark.parametrize("chinese,english", [
    ("主讲人：赵磊副教授", "Speaker: Associate Professor Zhao Lei"), ("主持人：孙洁", "Host: Sun Jie"),
    ("地点：", "Venue:"), ("注册资本：200万元", "Registered capital: 2 million yuan"),
    ("法定代表人：韩冬", "Legal representative: Han Dong"), ("负责人：吴婷  联系电话：0571-88001234", "Person in charge: Wu Ting  Tel: 0571-88001234"),
    ("科室：骨科", "Department: Department of Orthopedics"),
])
def test_lecture_notice_company_record_and_staff_labels(chinese, english):
    assert translate(chinese, "\n", "\n") == english


@pytest.mark.parametrize("chinese", ["主持人：青山", "法定代表人：墨香", "报告人：王家小馆"])
def test_a_person_label_with_a_value_that_is_no_name_is_left(chinese):
    assert translate(chinese, "\n", "\n") is None
