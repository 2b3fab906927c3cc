from mtmend.lexicon import is_pinyin_name
from mtmend.pinyin import readings, romanizes, spells_pinyin, syllables


def test_readings_and_syllables_come_from_package_data():
    assert readings("行")[:2] == ("xing", "hang")
    assert readings("A") == ()
    assert {"zhuang", "long", "jin", "de", "shang"} <= syllables()
    assert 380 <= len(syllables()) <= 450


def test_a_name_spelled_in_pinyin_is_recognised():
    assert spells_pinyin("Deshang", 2) and spells_pinyin("Zhuanglong", 2)
    assert not spells_pinyin("Basketball", 3)
    assert is_pinyin_name("Fan", "Deshang") and not is_pinyin_name("Like", "President")


def test_romanization_uses_any_reading_of_each_character():
    assert romanizes("袁家界", "yuanjiajiescenicarea")
    assert romanizes("银行", "zhongguoyinhang")  # 行 read hang, not xing
    assert not romanizes("北京", "shanghai")
