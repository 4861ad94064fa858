"""Tests for loaders/modality.py: asserted / planned / hypothetical / negated from the parse around a trigger,
as a sentence table (our own sentences), checked on the trigger token and through the whole extractor."""
from __future__ import annotations

import pytest

from loaders.modality import cues, modality_of
from loaders.records import MODALITIES

A, P, H, N = "asserted", "planned", "hypothetical", "negated"

# (sentence, trigger word as written, expected modality)
MODALITY = [
    # past and present facts
    ("Justin Trudeau visited Kenya.", "visited", A),
    ("Rishi Sunak held talks with Giorgia Meloni in Rome.", "talks", A),
    ("Sadiq Khan said Keir Starmer visited Brussels.", "visited", A),
    # schedules
    ("Boris Johnson will visit Ukraine next week.", "visit", P),
    ("Anthony Albanese is due to visit China in November.", "visit", P),
    ("Fumio Kishida agreed to hold talks with Yoon Suk Yeol.", "talks", P),
    ("The planned summit between Japan and China drew protests.", "summit", P),
    ("Japan and China held a planned summit in Tokyo.", "summit", P),
    ("Greece plans to host Turkey.", "host", P),
    ("A spokesman said Emmanuel Macron would visit Morocco.", "visit", P),
    ("Pedro Sanchez is to visit Brazil this week.", "visit", P),
    ("The World Trade Organization is to hold talks with Iraq.", "talks", P),
    ("Michael Ferguson failed to return after a trip to Dundee.", "trip", A),
    # an adverbial clause keeps its own modality: the postponement does not negate the talks
    ("The vote was postponed after Keir Starmer held talks with Olaf Scholz.", "talks", A),
    # hedges and modals
    ("Joe Biden could meet Kim Jong Un.", "meet", H),
    ("Emmanuel Macron may visit Algeria.", "visit", H),
    ("Olaf Scholz is likely to visit China.", "visit", H),
    ("Pedro Sanchez hopes to visit Morocco.", "visit", H),
    ("Ireland might back Scotland.", "back", H),
    ("Germany would support Ukraine.", "support", H),
    ("Olaf Scholz wants to meet Joe Biden.", "meet", H),
    ("Olaf Scholz has to meet Joe Biden.", "meet", H),
    ("Olaf Scholz needs to back Joe Biden.", "back", H),
    ("Olaf Scholz had talks with Joe Biden.", "talks", A),
    ("Olaf Scholz had to meet Joe Biden in Rome.", "meet", A),
    ("Olaf Scholz has yet to meet Joe Biden.", "meet", N),
    # negation and refusal
    ("Rishi Sunak did not meet Narendra Modi.", "meet", N),
    ("Poland refused to back Hungary.", "back", N),
    ("Joe Biden has never visited Saudi Arabia.", "visited", N),
    ("Justin Trudeau declined to meet Joe Biden.", "meet", N),
    ("Boris Johnson's trip to India was cancelled.", "trip", N),
    ("Greece turned down an invitation to visit Turkey.", "visit", N),
    # a reason given for an act is done, whatever is said of the act
    ("Gerrit Bakker will not apologise for making allegations against Lisa Moreau.", "allegations", A),
    # a denial denied leaves it open
    ("Olaf Scholz did not rule out meeting Xi Jinping.", "meeting", H),
    ("Italy did not deny that Giorgia Meloni met Elon Musk.", "met", H),
]


def _trigger(nlp, text: str, word: str):
    doc = nlp(text)
    matches = [t for t in doc if t.text == word]
    assert len(matches) == 1, f"{word!r} should occur once in {text!r}"
    return matches[0]


@pytest.mark.parametrize(("text", "word", "expected"), MODALITY)
def test_modality_of_the_trigger(nlp, text, word, expected):
    assert modality_of(_trigger(nlp, text, word)) == expected


@pytest.mark.parametrize(("text", "word", "expected"), MODALITY)
def test_extracted_interactions_carry_the_modality(ex, text, word, expected):
    found = [i for i in ex.interactions(text) if i.trigger == word]
    assert found, f"no interaction from {word!r} in {text!r}"
    assert {i.modality for i in found} == {expected}


def test_cue_lexicon_values_are_known_modalities():
    table = cues()
    assert table, "modality.tsv is empty"
    assert {cue.modality for cue in table.values()} <= set(MODALITIES)
    assert {cue.where for cue in table.values()} <= {"aux", "head", "mod", "any"}
    assert table["will"].modality == P and table["could"].modality == H and table["refuse"].modality == N


def test_negation_outranks_a_plan(nlp):
    # "will not" carries both a plan and a negation: the negation wins
    assert modality_of(_trigger(nlp, "Israel will not attend the talks.", "talks")) in (N,)
