"""How certain an interaction is: asserted, planned, hypothetical or negated, from the parse around its trigger."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .datafiles import DATA, read_table
from .triggers import triggers
from .wordclasses import words

__all__ = ["modality_of", "charge_aside", "thing_clause", "Cue", "cues"]

_PRECEDENCE = {"negated": 3, "hypothetical": 2, "planned": 1, "asserted": 0}
#: Verbs that report speech: what they report keeps its own modality.
_REPORTING = words("reporting_verb")
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
#: Verbs that judge an act as done: the act they take as object keeps its own modality ("refused to condemn the raid").
_PRESUPPOSING = words("presupposing_verb")
#: Verbs that turn down what someone asked, offered or said: "rejected Blair's call" does not undo the call.
_SPURNING = words("spurning_verb")
_SPEECH_ACTS = frozenset({"request", "promise", "support", "oppose", "accuse"})
#: Nouns that sum up the clause before them: "X accused Y, a charge Y denies" does not deny the accusation;
#: "X demanded Z - a demand Y rejected" (claims, and the acts and proposals whose author is their clause's subject).
_ASIDES = words("claim_noun") | words("agentive_noun")
_ASIDE_MARKS = frozenset({",", "-", "--", "\u2013", "\u2014"})
#: Dependency arcs along which the modality of a governing word carries to what it governs.
_CLIMB = {"xcomp", "ccomp", "advcl", "acomp", "dobj", "pobj", "prep", "pcomp", "attr", "oprd", "nsubj",
          "nsubjpass", "compound", "amod", "acl", "appos", "conj", "npadvmod", "advmod", "agent", "dative"}


@dataclass(frozen=True)
class Cue:
    """A word that changes modality, and where it must stand relative to the trigger."""

    cue: str
    modality: str
    where: str  # aux | head | mod | any


@cache
def cues() -> dict[str, Cue]:
    """The modality lexicon (loaders/data/modality.tsv) by cue word."""
    rows = read_table(DATA / "modality.tsv")
    return {row["cue"]: Cue(row["cue"], row["modality"], row["where"]) for row in rows}


def _head_cue(token: Token) -> Cue | None:
    """The cue a governing word is, by lemma or by its surface form (the small model lemmatises "hopes" as "hop")."""
    table = cues()
    lower = token.lower_
    forms = [token.lemma_.lower(), lower]
    forms += [f"{token.lemma_.lower()} {c.lower_}" for c in token.children
              if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "on")  # "turned down", "called on X to"
              or (c.dep_ == "advmod" and c.lower_ == "forward")]  # "looked forward to receiving her"
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            forms.append(lower[: -len(suffix)] + repl)
    for form in forms:
        cue = table.get(form)
        if cue is not None and cue.where in ("head", "any"):
            return cue
    return None


def _is_reporting(token: Token) -> bool:
    """ "said", "told", "added": verbs whose complement keeps its own modality ("said X would visit": planned)."""
    return token.pos_ in ("VERB", "AUX") and (token.lemma_.lower() in _REPORTING or token.lower_ in _REPORTING)


def _stronger(current: str, new: str) -> str:
    return new if _PRECEDENCE[new] > _PRECEDENCE[current] else current


def _is_finite(token: Token) -> bool:
    """Whether a verb carries tense ("visited", "will visit", "was received"), not an infinitive ("to be received")."""
    return token.tag_ in _FINITE_TAGS or (
        any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in token.children)
        and not any(c.tag_ == "TO" for c in token.children))


def _local(token: Token, *, own: bool) -> str:
    """Cues on a word itself: auxiliaries, negation, hedging adverbs, modifying adjectives, conditional marks."""
    table = cues()
    result = "asserted"
    head_cue = None if own else _head_cue(token)
    denial = head_cue is not None and head_cue.modality == "negated"
    for child in token.children:
        cue = table.get(child.lower_) or table.get(child.lemma_.lower())
        if cue is None:
            continue
        if child.dep_ == "neg" and denial:
            head_cue = Cue(child.lower_, "hypothetical", "head")  # "did not rule out a meeting": maybe
            continue
        if child.dep_ in ("aux", "auxpass") and cue.where in ("aux", "any"):
            reported_future = child.lower_ == "would" and token.dep_ == "ccomp" and _is_reporting(token.head)
            result = _stronger(result, "planned" if reported_future else cue.modality)
        elif child.dep_ == "neg":
            result = _stronger(result, "negated")
        elif child.dep_ in ("advmod", "amod", "det") and cue.where in ("mod", "any"):
            if child.dep_ == "det" and cue.modality != "negated":
                continue
            result = _stronger(result, cue.modality)
        elif child.dep_ == "mark" and cue.where in ("head", "any"):
            if child.lower_ == "before" and (token.tag_ == "VBD" or _in_past_narration(token)):
                continue  # "before he flew on to Sudan": told as past
            result = _stronger(result, cue.modality)
        elif child.dep_ in ("acomp",) and cue.where in ("any",):
            result = _stronger(result, cue.modality)
    if head_cue is not None:
        result = _stronger(result, head_cue.modality)
    return result


def _in_past_narration(word: Token) -> bool:
    """Whether a word hangs from a clause told in the past tense ("flew to X before ...")."""
    verb = word.head
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ != "would"
                                     for c in verb.children)


def charge_aside(token: Token) -> bool:
    """Whether a token is the noun of ", a charge" (a claim or proposal noun after a comma or dash and "a"), which
    sums up the clause before it for a verb after it: "X accused Y of Z, a charge Y rejects"."""
    return token.lemma_.lower() in _ASIDES and token.i >= 2 and token.nbor(-1).lower_ in ("a", "an") \
        and token.nbor(-2).text in _ASIDE_MARKS


def thing_clause(verb: Token) -> bool:
    """Whether a verb heads a relative clause about a thing ("a resolution that would have tightened sanctions"),
    not about a person ("Burhan, who had rejected Kenya's role"): a participle after it and a comma follows the
    main clause ("..., drawing criticism from Japan")."""
    return verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which")
                                        for c in verb.children) \
        and not any(t.lower_ in ("who", "whom", "whose") for t in verb.subtree if t.i > verb.i)


def _charge_between(token: Token, head: Token) -> bool:
    """Whether ", a charge" stands between a clause and a later verb governing it."""
    return token.i < head.i and any(charge_aside(t) for t in token.doc[token.i + 2:head.i])


def modality_of(trigger: Token) -> str:
    """The modality of the interaction a trigger word signals.

    Cues on the trigger and on the words up to its own clause's finite verb count fully (auxiliaries,
    negation, hedges); above that clause only governing verbs that hedge, plan or deny count
    ("hopes to", "agreed to", "depending on how"), and reporting verbs pass modality through unchanged.
    """
    result = _local(trigger, own=True)
    if trigger.tag_ in ("VBZ", "VBP") and trigger.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "until") for c in trigger.children) \
            and _local(trigger.head, own=True) in ("planned", "hypothetical"):
        result = _stronger(result, "planned")  # "it could be signed when Modi visits Oman": a visit to come
    if trigger.tag_ == "VB" and trigger.i >= 2 and trigger.doc[trigger.i - 1].lower_ == "to" \
            and trigger.doc[trigger.i - 1].dep_ != "aux" and (cue := _head_cue(trigger.doc[trigger.i - 2])) is not None:
        result = _stronger(result, cue.modality)  # "is due to host", "to" parsed as a preposition of "due"
    if trigger.dep_ == "ROOT" and any(c.tag_ == "TO" and c.dep_ == "aux" for c in trigger.children):
        result = _stronger(result, "planned")  # a headline's "Carney to head to Washington"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _PRESUPPOSING:
        return result  # "declined to condemn the invasion": the invasion happened whatever is said of it
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in _SPURNING \
            and any(c.dep_ == "poss" for c in trigger.children) and any(
                e.relation in _SPEECH_ACTS for e in triggers().get((trigger.lemma_.lower(), "NOUN"), ())):
        return result  # "Blair's call on Israel was rejected": the call was made; only its answer is no
    token = trigger
    in_clause = not (trigger.pos_ in ("VERB", "AUX") and _is_finite(trigger))
    negation_passes = True
    aside = False  # climbing from an apposition to the clause its noun is the subject of
    previous = result
    seen = 0
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be" and any(c.tag_ == "TO" for c in trigger.children):
        result = _stronger(result, "planned")  # "is to visit": a scheduled future
    while token.dep_ in _CLIMB and token.head.i != token.i and seen < 12:
        seen += 1
        if token.dep_ == "conj" and (_is_finite(token) or token.pos_ == "NOUN"):
            break
        if token.dep_ == "acl" and token.tag_ in ("VBG", "VBN") and token.head.dep_ in ("nsubj", "nsubjpass") \
                and token.i > 0 and token.doc[token.i - 1].text == ",":
            # "Mrs Badenoch, speaking on a visit to Solihull, dismissed the idea": the visit is not dismissed ("the
            # UAE, accused by Port Sudan of arming the RSF, has denied any role": nor is the accusation)
            break
        head = token.head
        if token.dep_ == "ccomp" and any(t.text == ";" for t in token.doc[min(token.i, head.i):max(token.i, head.i)]):
            break  # "Merz leaves Kyiv after pledging Patriots; Kremlin accuses Berlin": two statements, not one told
        if token.dep_ == "advcl" and token.tag_ == "VBG" and head.dep_ == "ccomp" and _is_reporting(head.head):
            token = head.head  # "said a truce would reward Russia, while praising Ankara": the speaker's own act
            in_clause = False
            continue
        if token.dep_ == "advcl" and token.tag_ == "VBG" and thing_clause(head) and token.i > 0 \
                and token.doc[token.i - 1].text == "," \
                and (main := next((a for a in head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)) is not None:
            # "vetoed a resolution that would have ..., drawing criticism": the main clause's, not the relative's
            result = _stronger(result, _local(main, own=True))
            token = main
            in_clause = False
            continue
        if token.dep_ == "pcomp" and token.tag_ == "VBG" and head.lower_ == "for" and head.dep_ == "prep" \
                and head.head.pos_ in ("VERB", "ADJ"):
            break  # "will not apologise for making allegations": the reason was done, whatever is said of it
        if token is trigger and token.dep_ == "pobj" and token.pos_ == "NOUN" and head.lower_ == "for" \
                and head.dep_ == "prep" and head.head.pos_ == "VERB" and any(c.dep_ == "poss" for c in token.children):
            break  # "suspended Livingstone for his criticism of Blair": the reason was done, whatever befell him
        if token.dep_ == "pobj" and head.lower_ in ("after", "since", "following", "during"):
            # "failed to return after a trip", "declined to back either when asked during a visit": the failure does
            # not undo the trip
            negation_passes = False
        if in_clause and token.dep_ == "xcomp" and head.lemma_ == "be" and any(c.tag_ == "TO" for c in token.children):
            result = _stronger(result, "planned")  # "is to hold talks"
        if token.dep_ == "xcomp" and head.lemma_ in ("have", "need", "ought") and head.tag_ != "VBD" \
                and any(c.tag_ == "TO" for c in token.children):
            yet = head.lemma_ == "have" and any(c.lower_ == "yet" for c in head.children)  # "has yet to meet"
            result = _stronger(result, "negated" if yet else "hypothetical")  # "has to", "needs to"; "had to" was done
        if _is_reporting(head):
            if token.dep_ == "ccomp" and any(c.dep_ == "neg" for c in head.children):
                result = _stronger(result, "hypothetical")  # "has not confirmed that he will receive him"
            break
        if head.lower_ == "before" and _in_past_narration(head):
            pass  # "was in Kenya before travelling to Sudan": both told as past
        elif in_clause:
            # an apposition takes the auxiliaries of its verb, not what the verb plans ("X, meeting in Moscow, pledged")
            aside = aside or token.dep_ == "appos"
            # a verb joined to another takes its auxiliaries, not what it means: "pledge ties but clash" is no plan
            # (nor does a participle after a comma: "rejected the plan, accusing Ruto of bias" accuses)
            # ("when asked about it during a visit": the visit is no part of what was asked)
            local = _local(head, own=(aside and token.dep_ in ("appos", "nsubj", "nsubjpass")) or (
                token.dep_ == "prep" and token.lower_ == "during") or (
                token.dep_ == "conj" and token.pos_ == "VERB" and head.pos_ == "VERB") or (
                token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].text == ","))
            if not (local == "negated" and token.dep_ == "nsubj" and head.lemma_ == "be"
                    and any(c.dep_ in ("attr", "acomp") for c in head.children)):
                result = _stronger(result, local)  # "his attack was not a stunt" denies the stunt, not the attack
            if _is_finite(head) and head.pos_ in ("VERB", "AUX"):
                in_clause = False
        else:
            if token.dep_ == "acl" and head.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ == "no" for c in head.children):
                result = _stronger(result, "negated")  # "there is no suggestion he opposes it"
            if token.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj"):
                denial = _head_cue(head.head) if head.dep_ == "dobj" else _head_cue(head.head.head)
                if denial is not None and denial.modality == "negated":
                    result = _stronger(result, "negated")  # "denied reports that Brown is preparing to oust him"
            if token.dep_ in ("advcl", "conj", "relcl", "acl"):
                break  # an adverbial clause keeps its own modality: "postponed after he stayed to lead..."
            if _charge_between(token, head):
                break  # "X criticised Y, a charge Y dismissed": the criticism was made, whatever Y says of it
            cue = _head_cue(head)
            denied = any(c.dep_ == "neg" for c in head.children)
            if cue is not None and cue.modality == "negated" and denied:
                result = _stronger(result, "hypothetical")  # "did not rule out that there had been an agreement"
            elif cue is not None:
                result = _stronger(result, cue.modality)
            if denied and cue is not None and cue.modality != "negated":
                result = _stronger(result, "negated")
        if not negation_passes and result == "negated" and previous != "negated":
            result = previous
        previous = result
        token = head
    if result == "planned" and _called_off(trigger):
        result = "negated"
    return result


def _called_off(trigger: Token) -> bool:
    """Whether a plan goes on "but the meeting was called off" in its sentence: the event planned did not take
    place (read in order: the parser joins the second clause to the first, or to a speaker's "said")."""
    sentence = trigger.sent
    but = next((t for t in trigger.doc[trigger.i + 1:sentence.end] if t.dep_ == "cc" and t.lower_ == "but"), None)
    if but is None:
        return False
    for verb in trigger.doc[but.i + 1:sentence.end]:
        if verb.pos_ == "VERB" and verb.dep_ == "conj" and _withdrawn(verb):
            return True
        cue = _head_cue(verb) if verb.pos_ == "VERB" else None
        if cue is None or cue.modality != "negated" or cue.where != "head":
            continue
        if any(c.dep_ in ("nsubjpass", "nsubj") and c.pos_ == "NOUN" and c.i > but.i
               and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in c.children)
               and any(e.relation in ("meet", "visit", "greet") for e in triggers().get((c.lemma_.lower(), "NOUN"), ()))
               for c in verb.children):
            return True
    return False


def _withdrawn(verb: Token) -> bool:
    """Whether a clause after "but" with no subject of its own takes back the plan before it: "was expected to join
    the talks but pulled out", "but cancelled the trip", "but will not travel" (going nowhere else)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    cue = _head_cue(verb)
    if cue is not None and cue.modality == "negated" and cue.where == "head":
        return True
    goes = any(e.relation == "visit" for e in triggers().get((verb.lemma_.lower(), "VERB"), ()))
    return goes and any(c.dep_ == "neg" for c in verb.children) and not any(
        c.dep_ in ("prep", "dobj", "advmod") and c.lower_ not in ("after", "now", "either") for c in verb.children)
