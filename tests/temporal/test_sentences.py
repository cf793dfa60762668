"""Sentence boundaries."""

from __future__ import annotations

from app.temporal import sentence_spans


def sentences(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_splits_on_terminal_punctuation():
    assert sentences("Prices rose. Stocks fell! Why? Nobody knows.") == [
        "Prices rose.",
        "Stocks fell!",
        "Why?",
        "Nobody knows.",
    ]


def test_month_and_title_abbreviations_do_not_end_a_sentence():
    text = "Mr. Smith arrived on Aug. 15 with Gen. Lee. He left."
    assert sentences(text) == ["Mr. Smith arrived on Aug. 15 with Gen. Lee.", "He left."]


def test_us_ends_a_sentence_only_before_a_sentence_start():
    assert sentences("Troops left the U.S. Army base. They flew.") == [
        "Troops left the U.S. Army base.",
        "They flew.",
    ]
    assert sentences("He lives in the U.S. The rest is history.") == [
        "He lives in the U.S.",
        "The rest is history.",
    ]


def test_pm_followed_by_lowercase_continues_the_sentence():
    assert sentences("It ended at 3 p.m. on Friday. Then rain.") == [
        "It ended at 3 p.m. on Friday.",
        "Then rain.",
    ]


def test_pm_before_a_name_and_its_verb_ends_the_sentence():
    assert sentences("Stores open at 5 a.m. GameStop said it would open at 7. Lines formed.") == [
        "Stores open at 5 a.m.",
        "GameStop said it would open at 7.",
        "Lines formed.",
    ]
    assert sentences("It starts at 8 p.m. Eastern time. It ends at 6 p.m. Friday in Paris.") == [
        "It starts at 8 p.m. Eastern time.",
        "It ends at 6 p.m. Friday in Paris.",
    ]
    assert sentences("Troops left the U.S. Army base.") == ["Troops left the U.S. Army base."]


def test_blank_line_ends_a_sentence():
    assert sentences("Headline without period\n\nBody text.") == ["Headline without period", "Body text."]


def test_offsets_are_code_points():
    text = "Café é bom. Ça va."
    assert sentence_spans(text) == [(0, 11), (12, 18)]


def test_empty_text_has_no_sentences():
    assert sentence_spans("") == []
    assert sentence_spans("   \n ") == []
