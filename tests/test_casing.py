import mtmend
from mtmend.context import Context
from mtmend.rules.casing import decide


def fixed(text):
    return mtmend.fix(text).text


def test_clause_chain_is_lowercased():
    text = "visited the school,Visit the laboratory,Talk with the leadership,Learn about progress。"
    assert fixed(text) == ("visited the school, visit the laboratory, talk with the leadership, "
                           "learn about progress.")


def test_names_acronyms_and_i_are_kept():
    assert fixed("his son,Hunter,and his friend,Zhang Wei") == "his son, Hunter, and his friend, Zhang Wei"
    assert fixed("members of OPEC,CEO of the firm,I said") == "members of OPEC, CEO of the firm, I said"


def test_multiword_name_kept():
    assert fixed("They moved to the city,New York,last year") == "They moved to the city, New York, last year"


def test_document_evidence_wins():
    ctx = Context.build("The Cactus is a bar. We met at Cactus and at the Cactus again,Cactus regulars say.")
    assert decide("Cactus", "regulars", ctx)[0] is False
    ctx = Context.build("a cactus grows here,Cactus plants need sun")
    assert decide("Cactus", "plants", ctx)[0] is True


def test_function_word_after_comma_and_space():
    assert fixed("In fact, The archer agreed") == "In fact, the archer agreed"
    assert fixed("said the paper, The Guardian, today") == "said the paper, The Guardian, today"


def test_sentence_starts_and_quotes_kept():
    text = 'He said,"The plan works." The end。'
    assert fixed(text) == 'He said, "The plan works." The end.'


def test_adverbs_and_verb_forms_start_clauses():
    assert fixed("the exit,But,Perhaps unsatisfied") == "the exit, but, perhaps unsatisfied"
    assert fixed("at home,Apparently looking for food") == "at home, apparently looking for food"
    assert fixed("on Monday,Cleaning the dish") == "on Monday, cleaning the dish"


def test_prepositions_before_a_name_are_not_part_of_it():
    assert fixed("the citizenry,Like President Lincoln") == "the citizenry, like President Lincoln"
    assert fixed("from London,Despite Hoy winning") == "from London, despite Hoy winning"


def test_multiword_and_pinyin_names_are_kept():
    assert fixed("a press conference in Berlin,New York and Paris") == "a press conference in Berlin, New York and Paris"
    assert fixed("By then,Fan Deshang will lead") == "By then, Fan Deshang will lead"


def test_lists_of_capitalized_common_words_are_lowercased():
    assert fixed("the games,Soccer,Basketball,Tennis") == "the games, soccer, basketball, tennis"


def test_abbreviations_domains_and_initials_are_kept():
    assert fixed("She grew up in Blue Bell,Pa.,First picked up a stick") == \
        "She grew up in Blue Bell, Pa., first picked up a stick"
    assert fixed("in 2013,Gong.bg reported") == "in 2013, Gong.bg reported"
    assert fixed("As of 8 a.m.,The prison authorities") == "As of 8 a.m., the prison authorities"


def test_month_before_a_number_is_a_date():
    assert fixed("LHASA, Tibet, May 11 (Xinhua) -- herders moved") == "LHASA, Tibet, May 11 (Xinhua) -- herders moved"
    assert fixed("the fair opened in Harbin,May 2021,With new halls。") == \
        "the fair opened in Harbin, May 2021, with new halls."
    assert fixed("prices rose,May fall later") == "prices rose, may fall later"  # the modal verb


def test_numbered_subject_keeps_its_capital():
    assert fixed("If the plan goes ahead,Line 5 will reach the airport") == \
        "If the plan goes ahead, Line 5 will reach the airport"
    assert fixed("after the upgrade,Terminal 21 has new gates") == "after the upgrade, Terminal 21 has new gates"
    # a verb split off its clause takes the number as its object, and function words stay settled
    assert fixed("signing projects,Introduce 22 billion yuan") == "signing projects, introduce 22 billion yuan"
    assert fixed("of all users,About 26% will leave") == "of all users, about 26% will leave"


def test_negated_verbs_are_lowercased():
    assert fixed("people are innocent,Don't we,And we must wait") == "people are innocent, don't we, and we must wait"
    assert fixed('"Shhh,Don\'t scream," he said') == '"Shhh, don\'t scream," he said'


def test_a_headline_in_title_case_keeps_its_capitals():
    assert fixed("PM Modi Tweets Tribute To Jacques Chirac,Calls Him True Global Statesman\n") == \
        "PM Modi Tweets Tribute To Jacques Chirac, Calls Him True Global Statesman\n"
    # a line with words in lower case is no headline, however many capitals it has
    assert fixed("Premier Li Keqiang Visited Tianjin,Visit the port and talked with workers\n") == \
        "Premier Li Keqiang Visited Tianjin, visit the port and talked with workers\n"


def test_month_and_weekday_names_are_kept():
    assert fixed("the vote was set for Monday,June 3,But was postponed") == \
        "the vote was set for Monday, June 3, but was postponed"


def test_letter_terms_with_a_hyphen_are_kept():
    assert fixed("in Hong Kong, A-shares in Shanghai") == "in Hong Kong, A-shares in Shanghai"
    assert fixed("trading was thin,A-share stocks fell,B-shares rose") == \
        "trading was thin, A-share stocks fell, B-shares rose"
    assert fixed("the clinic is open,X-ray checks are free") == "the clinic is open, X-ray checks are free"
    assert fixed("sales grew,E-commerce platforms led") == "sales grew, e-commerce platforms led"


def test_hyphenated_title_case_is_kept():
    assert fixed("said Professor Ann Lee,Vice-Chancellor of the college") == \
        "said Professor Ann Lee, Vice-Chancellor of the college"


def test_titles_of_office_after_a_name_are_lowercased():
    assert fixed("said Maria Olsen,Director of the city museum") == "said Maria Olsen, director of the city museum"
    assert fixed("Tom Baxter,President and founder of the firm,Said") == \
        "Tom Baxter, president and founder of the firm, said"
    assert fixed("Dana McRae,Chief financial officer,Said") == "Dana McRae, chief financial officer, said"


def test_title_before_a_name_in_lower_case_phrase():
    assert fixed("the board met,Chief executive Tim Hanlon said") == "the board met, chief executive Tim Hanlon said"
    assert fixed("the board met,President Lena Varga said") == "the board met, President Lena Varga said"


def test_brand_that_is_a_common_word_listed_between_names():
    assert fixed("shoppers queued at Walmart,Target and Costco。") == "shoppers queued at Walmart, Target and Costco."


def test_brand_that_is_a_common_word_opening_a_list_of_names():
    assert fixed("the carriers,Orange, Vodafone and Telefonica among them,asked for more spectrum") \
        == "the carriers, Orange, Vodafone and Telefonica among them, asked for more spectrum"
    assert fixed("the minister came,Visit, Inspect and Guide the work").startswith("the minister came, visit,")


def test_brand_capitalized_elsewhere_in_the_document():
    text = "Sales at Target rose. Shoppers left Target stores early. In the quarter,Target sold more。"
    assert fixed(text) == "Sales at Target rose. Shoppers left Target stores early. In the quarter, Target sold more."


def test_title_case_titles_and_chinese_surnames_are_kept():
    assert fixed('the show "Mum,Where Are You Now?" aired') == 'the show "Mum, Where Are You Now?" aired'
    assert fixed("in his hometown,He Jianmin opened a shop") == "in his hometown, He Jianmin opened a shop"
    assert fixed("in his hometown,He opened a shop") == "in his hometown, he opened a shop"


def test_abbreviation_before_a_number_and_months_in_a_list_are_kept():
    assert fixed("Federer, No. 3 in the world, lost") == "Federer, No. 3 in the world, lost"
    assert fixed("the team,No. 3 in the world,Lost") == "the team, No. 3 in the world, lost"
    assert fixed("Sales rose in March, May and June.") == "Sales rose in March, May and June."
    assert fixed("the plan,May not work") == "the plan, may not work"


def test_brand_mostly_capitalized_in_the_document_despite_a_common_use():
    text = ("Target said sales rose. Shoppers at Target spent more. The sales target was missed, but "
            "Target stores were full. In the quarter,Target hired staff。")
    assert fixed(text).endswith("In the quarter, Target hired staff.")
    text = "People's Daily reported it. Few people read it,People say。"
    assert fixed(text).endswith("Few people read it, people say.")


def test_a_modal_verb_alone_in_its_clause_is_a_name():
    assert fixed("his son, Will, said he was proud.") == "his son, Will, said he was proud."
    assert fixed("his son,Will,Said he was proud。") == "his son, Will, said he was proud."
    assert fixed("it rains,Will it stop?") == "it rains, will it stop?"


def test_a_past_form_of_a_verb_starts_a_clause_not_a_name():
    assert fixed("The mayor, Anne Hidalgo,Met Prime Minister Rutte in Paris") == \
        "The mayor, Anne Hidalgo, met Prime Minister Rutte in Paris"
    assert fixed("The striker scored twice,Took the ball from midfield") == \
        "The striker scored twice, took the ball from midfield"


def test_a_past_form_that_the_document_capitalizes_elsewhere_is_kept():
    text = "A warning from the Met Office came late. For the coast,Met Office forecasters expect gales."
    assert fixed(text) == "A warning from the Met Office came late. For the coast, Met Office forecasters expect gales."


def test_the_title_of_a_work_in_apposition_keeps_its_capitals():
    assert fixed("The film,The Last Harvest,Will open in May.") == "The film, The Last Harvest, will open in May."
    assert fixed("The play,Death of a Salesman,Returns in June.") == "The play, Death of a Salesman, returns in June."
    assert fixed("The film,Shot in Morocco,Opens today.") == "The film, shot in Morocco, opens today."


def test_a_word_joined_to_a_clear_name_by_and_is_a_name_too():
    assert fixed("The card networks,Visa and Mastercard,Agreed.") == "The card networks, Visa and Mastercard, agreed."
    assert fixed("The farmers,Police and soldiers,Arrived.") == "The farmers, police and soldiers, arrived."


def test_a_bare_word_before_a_reporting_verb_is_the_speaker():
    assert fixed("The plant will close next year,Shell said on Monday。") == \
        "The plant will close next year, Shell said on Monday."
    assert fixed("Profits doubled,Universal said,Because of two hit films。") == \
        "Profits doubled, Universal said, because of two hit films."
    assert fixed("Two men were held,Police said,After the raid。") == \
        "Two men were held, police said, after the raid."
    assert fixed("The talks failed,Officials said。") == "The talks failed, officials said."


def test_a_word_joined_to_an_acronym_is_a_name_unless_it_is_a_role_after_a_name():
    assert fixed("The index fell by midday,Shell and BP weighed on it。") == \
        "The index fell by midday, Shell and BP weighed on it."
    assert fixed("The ship was freed,Erik Hanell,President and CEO of the operator,Said。") == \
        "The ship was freed, Erik Hanell, president and CEO of the operator, said."


def test_a_bare_word_opening_a_clause_of_its_own_with_an_object_is_its_subject():
    assert fixed("The season was weak for retailers,Gap closing 300 stores in all。") == \
        "The season was weak for retailers, Gap closing 300 stores in all."
    assert fixed("They did not give up,Kept watching the match,And cheered。") == \
        "They did not give up, kept watching the match, and cheered."


def test_a_clearly_common_word_before_a_reporting_verb_names_the_speaker():
    assert fixed("The results were better than expected,Arm said,and its shares jumped。") == \
        "The results were better than expected, Arm said, and its shares jumped."
    assert fixed("The bridge was closed,Officials said,after the storm。") == \
        "The bridge was closed, officials said, after the storm."


def test_march_before_a_preposition_of_direction_is_the_verb():
    assert fixed("Protesters will gather at noon,March to the town hall and hand in a petition。") == \
        "Protesters will gather at noon, march to the town hall and hand in a petition."
    assert fixed("The figures were revised,March 3 being the cut-off。") == \
        "The figures were revised, March 3 being the cut-off."


def test_a_past_form_that_heads_the_subject_of_a_reporting_verb_is_a_name():
    assert fixed("It will be a wet week in Dublin,Met Eireann said,with gusts on the coast。") == \
        "It will be a wet week in Dublin, Met Eireann said, with gusts on the coast."
    assert fixed("Keir Starmer arrived in Paris,Met President Macron and left。") == \
        "Keir Starmer arrived in Paris, met President Macron and left."


def test_a_title_with_its_of_phrase_before_a_name_keeps_its_capital():
    assert fixed("It was presented by Vice Premier Liu Guozhong,Minister of Health Lei Haichao and Governor Wang Hao。") \
        == "It was presented by Vice Premier Liu Guozhong, Minister of Health Lei Haichao and Governor Wang Hao."
    assert fixed("Huang Jing,Chairman of the Moscow Overseas Chinese Association said so。") == \
        "Huang Jing, chairman of the Moscow Overseas Chinese Association said so."
