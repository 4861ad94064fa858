"""Tests for loaders/nlp.py: the pipeline is loaded once with the paragraph rule, bad pipelines are user
errors, and articles are parsed in order."""
from __future__ import annotations

import re

import pytest
import spacy

from loaders.errors import ModelError, NewsgraphError
from loaders.nlp import load_pipeline, model_id, parse
from loaders.records import Article


def test_default_pipeline_is_english_with_parser_ner_and_paragraph_rule(nlp):
    assert nlp.lang == "en"
    names = nlp.pipe_names
    assert {"parser", "ner"} <= set(names)
    assert names.index("newsgraph_paragraphs") < names.index("parser")


def test_pipeline_is_loaded_once(nlp):
    assert load_pipeline() is nlp


def test_model_id_names_the_pipeline_and_version(nlp):
    assert re.fullmatch(r"en_core_web_sm\w* \d+\.\d+\.\d+", model_id(nlp)), model_id(nlp)


def test_a_line_break_starts_a_sentence(nlp):
    doc = nlp("Leaders gather in Rome for climate talks\nThe prime ministers of Italy and Spain met on Monday.")
    starts = [sent.text.strip() for sent in doc.sents]
    assert starts == ["Leaders gather in Rome for climate talks",
                      "The prime ministers of Italy and Spain met on Monday."]


def test_an_unknown_model_is_a_model_error_naming_it():
    with pytest.raises(ModelError, match="no_such_pipeline_xyz") as caught:
        load_pipeline("no_such_pipeline_xyz")
    assert "installed" in str(caught.value)
    assert isinstance(caught.value, NewsgraphError)


def test_a_non_english_pipeline_is_refused(tmp_path):
    spacy.blank("de").to_disk(tmp_path / "de_blank")
    with pytest.raises(ModelError, match="English"):
        load_pipeline(str(tmp_path / "de_blank"))


def test_a_pipeline_without_parser_and_ner_is_refused(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "en_blank")
    with pytest.raises(ModelError, match="ner, parser"):
        load_pipeline(str(tmp_path / "en_blank"))


def test_parse_keeps_article_order_across_batches(nlp):
    articles = [Article.from_text(f"Spain backed Morocco in round {n}.", source=f"a{n}.txt") for n in range(5)]
    pairs = list(parse(articles, nlp, batch_size=2))
    assert [article for article, _ in pairs] == articles
    assert all(doc.text == article.text for article, doc in pairs)


def test_within_a_line_sentences_start_only_after_punctuation(nlp):
    """The small parser cut "UK | Foreign Secretary Jack Straw has defended ..." in a real BBC piece: within a
    line a sentence may only start after a sentence-ending mark (and a closing quote), whatever the parser thinks."""
    from tests.test_loaders.conftest import SHARED

    paths = sorted((SHARED / "corpus" / "bbc" / "politics").glob("*.txt"))[:40]
    docs = list(nlp.pipe(path.read_text(encoding="utf-8") for path in paths))
    starts = 0
    for doc in docs:
        for sent in doc.sents:
            if sent.start == 0:
                continue
            previous = doc[sent.start - 1]
            if "\n" in previous.text or "\n" in previous.whitespace_:
                continue
            starts += 1
            ends = ".!?:;"
            assert previous.text[-1] in ends or (previous.text in "\"')]" and doc[previous.i - 1].text[-1] in ends), \
                (previous.text, sent.text[:40])
    assert starts > 100  # the rule still lets the parser split lines into sentences


@pytest.mark.parametrize(("text", "whole", "split"), [
    ("Moon Jae-in flew to Pyongyang on Tuesday.", "Jae-in", None),
    ("Kim Jong-un met Yoon Suk-yeol at the border.", "Suk-yeol", None),
    ("The New York-based firm hired Sarah Lee.", None, "based"),  # an English compound stays split
    ("A Saudi-led coalition struck the port.", None, "led"),
])
def test_a_joined_given_name_is_one_token(nlp, text, whole, split):
    words = [t.text for t in nlp(text)]
    if whole:
        assert whole in words, words
    else:
        assert split in words, words


@pytest.mark.parametrize(("text", "name", "verb"), [
    ("Palace officials said Connolly would not travel to Northern Ireland.", "Connolly", "travel"),
    ("Irish President Catherine Connolly will visit Britain. Connolly is due to be greeted by the King.",
     "Connolly", "is"),
])
def test_a_name_taken_for_an_adverb_before_a_subjectless_verb_is_its_subject(nlp, text, name, verb):
    doc = nlp(text)
    token = [t for t in doc if t.text == name][-1]
    assert (token.dep_, token.head.text, token.pos_) == ("nsubj", verb, "PROPN")


def test_an_adverb_before_a_verb_with_a_subject_stays_an_adverb(nlp):
    doc = nlp("Finally, the minister travelled to Paris.")
    assert doc[0].dep_ == "advmod" and doc[0].pos_ == "ADV"


def test_a_person_name_takes_in_a_joined_given_name_the_ner_left_out(nlp):
    doc = nlp("The envoy was welcomed by President Lai Ching-te with a salute.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"] == [("Lai Ching-te", "PERSON")]
