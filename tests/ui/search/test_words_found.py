"""The words of a search found in the note's text, to highlight them: accents and case
aside both ways, a phrase across spaces and punctuation, a prefix to the end of its word,
Chinese by substring."""

from desktop_app.ui.search.words_found import word_spans


def found(text: str, words: list[str]) -> list[str]:
    return [text[start:end] for start, end in word_spans(text, words)]


def test_accents_and_case_aside_both_ways():
    text = "La Migración des données; a paper on migracion statistics."
    assert found(text, ["migracion"]) == ["Migración", "migracion"]
    assert found(text, ["MIGRACIÓN"]) == ["Migración", "migracion"]
    assert found(text, ["donnees"]) == ["données"]


def test_a_phrase_across_spaces_and_punctuation():
    text = "Human  rights, human-rights and rights of humans."
    assert found(text, ["human rights"]) == ["Human  rights", "human-rights"]


def test_a_prefix_to_the_end_of_its_word_and_the_longest_first():
    text = "Migration and migrants: the migration data."
    assert found(text, ["migra"]) == ["Migration", "migrants", "migration"]
    assert found(text, ["migration", "migration data"]) == ["Migration", "migration data"]


def test_chinese_by_substring_without_the_characters_after():
    text = "工作组审议了移民数据问题"
    assert found(text, ["移民"]) == ["移民"]


def test_nothing_to_find():
    assert word_spans("Some text.", []) == []
    assert word_spans("Some text.", ["—"]) == []
    assert word_spans("Some text.", ["absent"]) == []
