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
