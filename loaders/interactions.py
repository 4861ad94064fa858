"""Doc + actors → interactions: who visited, met, greeted, backed or opposed whom, how certainly, when and where.

Triggers come from the lexicon (data/triggers.tsv). For each trigger the agent and target are read
off the dependency parse: subjects and objects of verbs (active, passive, coordinated, inherited by
infinitives and purpose clauses), and the possessors, premodifiers and prepositional phrases of
nominal triggers ("Xi's visit to Pyongyang", "talks between X and Y", "with backing from China").
"""
from __future__ import annotations

import os
from bisect import bisect_right
from datetime import date
from functools import cached_property
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from .actors import ArticleActors, slugify, sporting
from .dates import resolve_date
from .modality import charge_aside, modality_of, thing_clause
from .records import Actor, Interaction
from .triggers import Trigger, triggers
from .wordclasses import words

__all__ = ["Trigger", "triggers", "find_interactions"]

#: Verbs whose direct object is an event noun they merely carry: "hold talks", "pay a visit", "make a trip".
_LIGHT_VERBS = words("light_verb")
#: Firms and ventures: "the unit backed by X" is money put in, not a stance taken.
_VENTURE_NOUNS = words("venture_noun")
#: Words naming a body whose backing is money: "backed by Saudi Arabia's Public Investment Fund".
_FINANCIER_WORDS = words("financier_word")
#: Verbs by which a leader backs the national side in a sport report: "congratulated the team".
_TEAM_PRAISING_VERBS = words("team_praising_verb")
#: Manners of reacting that make the reaction a stance against: "reacted angrily to X".
_HOSTILE_MANNERS = words("hostile_manner")
#: Verbs of getting in touch: "telephoned X to offer his congratulations" congratulates X.
_ADDRESSING_VERBS = words("addressing_verb")
#: Nouns news uses interchangeably for one programme: "the plans" may be called "the scheme" next.
_SCHEME_NOUNS = words("scheme_noun")
#: Words for a part of a group that take the group as an "of" phrase ("several of the bills").
_QUANTIFIERS = frozenset({"several", "some", "many", "most", "all", "each", "any", "few", "one", "two", "three",
                          "both"})
#: Verbs of taking part in an event: their subject is a participant ("joined the talks", "attended the summit").
_JOIN_VERBS = words("join_verb")
#: Verbs of motion whose destination is a prepositional object, never a direct object.
_MOTION_VERBS = words("motion_verb")
#: Meeting verbs whose direct object is the topic ("discussed trade with X"), never the partner.
_TOPIC_VERBS = words("topic_verb")
#: Nouns for acts and proposals whose "of" phrase names their author: "the policies of the G7".
_AGENTIVE_NOUNS = words("agentive_noun")
#: Nouns for acts whose demonym adjective names their author but whose "of" names the patient ("the US invasion").
_ACT_NOUNS = words("act_noun")
#: Verbs of diplomatic protest through an envoy ("summoned the Indian envoy", "recalled its ambassador to X").
_ENVOY_VERBS = words("envoy_verb")
_ENVOY_NOUNS = words("envoy_noun")
#: Verbs that end the visit or talks they carry ("ended a visit to"); they carry no stance ("ended its support").
_CLOSING_VERBS = words("closing_verb")
#: Verbs that call off the talks or visit they carry ("cancelled the summit with X"): a party's act, negated.
_CANCELLING_VERBS = words("cancelling_verb")
#: Light verbs whose subject receives the event: "X received backing from Y" means Y backs X.
_RECIPIENT_VERBS = words("recipient_verb")
#: Verbs whose subject meets a stance from someone: "the plan met resistance from Y", "drew criticism from Y".
_RECEIVING_VERBS = words("receiving_verb")
_ANSWERING_VERBS = words("answering_verb")
_CONSENTING_WHEN_DENIED = words("consent_when_denied")
_ACT_JUDGING_VERBS = words("act_judging_verb")
_EARNING_VERBS = words("earning_verb")
_PERFORMATIVE_VERBS = words("performative_verb")
_AMOUNT_NOUNS = words("amount_noun")
_WISHING_VERBS = words("wishing_verb")
_ACT_SUMMARY_NOUNS = words("act_summary_noun")
_ACCORD_NOUNS = words("accord_noun")
_REACTING_VERBS = words("reacting_verb")
_PREPARING_VERBS = words("preparing_verb")
_MEMBER_NOUNS = words("member_noun")
#: A move to a club or body, whose rejection or acceptance is a stance on it when the move is no one else's.
_TRANSFER_NOUNS = words("transfer_noun")
#: A stage of an act ("the resumption of talks"), a stance on which is a stance on the act.
_PHASE_NOUNS = words("phase_noun")
#: Verbs whose object is the understood subject of their infinitive: "asked Song to relay", "invited Xi to visit".
_OBJECT_CONTROL = words("object_control_verb")
#: People who stand for a country or body ("Chinese officials", "U.S. troops"): visiting them is no visit to it
#: (a building that does, "the Japanese embassy", is visited).
_STANDING_FOR_NOUNS = words("official_noun") & words("own_people_noun")
#: Prepositions through which an agent-only nominal ("with backing from China") takes the clause subject as target.
_CLAUSE_TARGET_PREPS = words("clause_target_prep")
#: Prepositions that frame an event the clause's subject takes part in: "for talks with", "during a visit to".
_EVENT_FRAME_PREPS = words("event_frame_prep")
#: Stance verbs that sport reports use for moves of play ("block", "attack", "blast").
_PLAY_VERBS = words("play_verb")
#: Relations that sport reports use for fixtures and transfers rather than diplomacy.
_FIXTURE_RELATIONS = {"meet", "visit", "cooperate", "greet"}
#: People sent to talk for a body or country: meeting them is no fixture, even in a sports report.
_EMISSARY_NOUNS = words("emissary_noun")
#: Nouns for talks, which are never a match, even in a sports report ("Anelka is in talks with City").
_NEGOTIATION_NOUNS = words("negotiation_noun")
#: Legal actions, whose country adjective names the court ("a US lawsuit against Rosneft"), not who brings them.
_COURT_NOUNS = words("court_action_noun")
#: Prepositions before a date that say when something else happened, not the interaction ("since 2012").
_NOT_WHEN = words("not_when_prep")
#: Nouns for news whose "that" clause names who acts: "welcomed news that Norway would pay" backs Norway.
_CONTENT_NOUNS = words("content_noun")
#: "the US-led coalition": a stance on the group is a stance on whoever leads it.
_LEADING = words("leading_participle")
#: Reciprocal verbs that need both parties in one place: "X and Y signed the accord" also means they met.
_COPRESENCE_VERBS = words("copresence_verb")
#: Adjectives that judge who they are said of ("said Y was wrong"), and those of a subject pleased or displeased
#: with someone ("happy with Y", "critical of Y"); verbs that give their object such a quality ("called Y naive").
_JUDGEMENTS = {**{w: "oppose" for w in words("judgement_negative")}, **{w: "support" for w in words("judgement_positive")}}
_FEELINGS = {**{w: "oppose" for w in words("feeling_negative")}, **{w: "support" for w in words("feeling_positive")}}
_JUDGING_VERBS = words("judging_verb")
_JUDGEMENT_NOUNS = {w: "oppose" for w in words("judgement_noun_negative")}
#: Nouns of partnership that back whoever they are said of, only as "X is a ...", "regards X as a ...":
#: "Qatar has been a dependable partner," Jaishankar said ("Russia's ally" only describes)
_PARTNER_NOUNS = words("partner_noun")
_JOB_JUDGEMENTS = words("job_judgement")  # adjectives for a job done badly: "did a bad job"
#: Adjectives that praise only a person said to be of a kind ("X is a great player", "one of the best managers")
_KIND_PRAISES = words("kind_praise")
_OPINION_WORDS = frozenset(_JUDGEMENTS) | frozenset(_FEELINGS) | frozenset(_JUDGEMENT_NOUNS) | _JOB_JUDGEMENTS \
    | _PARTNER_NOUNS | _KIND_PRAISES
_REPORTING_VERBS = words("reporting_verb")
_COPULAS = words("copula")
#: Last words of names of visited premises ("the Swaminarayan Temple in Neasden" is in Neasden).
_FACILITY_NOUNS = words("facility_noun")
#: Stance verbs said of one's own things ("protested his innocence"): "its" there stays the subject's.
_SELF_STANCE_VERBS = words("self_stance_verb")
#: Nouns for people by the side they take: "X is a critic of Y", "X, a backer of Y".
_STANCE_HOLDERS = words("stance_holder_noun")
#: Verbs of seeing that, with a facility as object, are visits: "will see an orphanage in Tanzania".
_SEEING_VERBS = words("seeing_verb")
#: Verbs of owning up or stepping down, and verbs that call on someone to do so ("urged Y to resign").
_PENITENT_VERBS = words("penitent_verb")
_CALLING_VERBS = words("calling_verb")
#: Verbs whose subject owns the plan they put forward: "Labour unveiled plans".
_PROPOSING_VERBS = words("proposing_verb")
_PLAN_HOLDING_VERBS = words("plan_holding_verb")
#: Plans and measures whose unsaid owner ("the plans") is that of their last mention.
_PLAN_NOUNS = words("plan_noun")
_PROXY_SPEAKERS = words("proxy_speaker")
_NAMED_PLACE_NOUNS = words("named_place_noun")
_BELIEVING_VERBS = words("believing_verb")
_NATION_NOUNS = words("nation_noun")
_RECOGNISING_VERBS = words("recognising_verb")
_REFUSING_VERBS = words("refusing_verb")
#: Nouns for a settlement, named in their "of": "the city of Lviv", "the port town of Aden".
_TOWN_NOUNS = words("town_noun")
#: Verbs telling how talks go, whose subject names no party: "talks have begun", "discussions will continue".
_PROGRESS_VERBS = words("talks_progress_verb")
#: Meetings held by someone with guests, not gatherings of many hosts (a summit, a conference): "the meeting".
_PRIVATE_MEETINGS = words("private_meeting_noun")
#: A person's or body's own people: "praised his players" is a stance on no one else.
_OWN_PEOPLE = words("own_people_noun")
#: "ordered Indian troops to leave": verbs that send someone away, and the verbs of leaving they take.
_ORDERING_VERBS = words("ordering_verb")
_LEAVING_VERBS = words("leaving_verb")
#: "took his campaign to Magdeburg": what one takes to a place by going there.
_CARRIED_NOUNS = words("carried_noun")
#: "the GCC issued a communique": verbs whose subject authors the statement they take.
_ISSUING_VERBS = words("issuing_verb")
_AREA_NOUNS = words("area_noun")
#: Claims whose unsaid owner ("denied the claims") is whoever made them last ("X claimed ...", "X's allegations").
_CLAIM_NOUNS = words("claim_noun")
_DISPUTING_VERBS = words("disputing_verb")
_REBUTTING_VERBS = words("rebutting_verb")
_REMARK_NOUNS = words("remark_noun")
_DESISTING_VERBS = words("desisting_verb")
_JOURNEY_STAGE_VERBS = words("journey_stage_verb")
#: Charges of wrongdoing: verbs, and the rules one breaks.
_WRONGDOING_VERBS = words("wrongdoing_verb")
_NORM_NOUNS = words("norm_noun")
#: Nouns for the news a story reports; unowned and without an earlier mention, they are the lead's ("the move").
_NEWS_EVENT_NOUNS = words("news_event_noun")
#: Hostile acts as nouns ("the launch", "the strike") and the verbs that tell them done: a stance on the one is on
#: the doer of the other, told just before.
_HOSTILE_EVENT_NOUNS = words("hostile_event_noun")
_HOSTILE_EVENT_VERBS = words("hostile_event_verb")
#: Nouns of setting someone free, and verbs of pleading for it: "appealed for the release of X".
_FREEING_NOUNS = words("freeing_noun")
_PLEADING_VERBS = words("pleading_verb")
#: Verbs of putting someone out of a body: "was expelled from the party" is the party's act against them.
_EXPELLING_VERBS = words("expelling_verb")
#: Verbs of dismissing someone from office: a call to do it is criticism of them ("should sack X").
_DISMISSING_VERBS = words("dismissing_verb")
#: Nouns of aim whose "to" clause their holder does ("plans to visit"), invitations whose clause the invitee does,
#: and the verbs by which an invitee takes or turns one down.
_INTENTION_NOUNS = words("intention_noun")
_INVITATION_NOUNS = words("invitation_noun")
_ACCEPTING_VERBS = words("accepting_verb")
_CONSENTING_VERBS = words("consenting_verb")
#: Verbs of refusal that oppose the maker of a proposal refused, and nothing else ("declined the offer").
_DECLINING_VERBS = words("declining_verb")
_CONSENTED_NOUNS = words("consented_noun")
#: Bodies sent somewhere: a place named before them is the sender ("the US delegation"), not the destination.
_SENT_BODIES = words("sent_body_noun")
#: Verbs by which a stance noun is taken ("pledged support for", "offered its backing"): the stance holds as they do.
_STANCE_GIVING_VERBS = words("stance_giving_verb")
#: Verbs of speaking: where one speaks, one is ("Speaking in Tokyo, X said").
_SPEAKING_VERBS = words("speaking_verb")
#: Means of talking at a distance: "X and Y spoke by phone" spoke to each other.
_REMOTE_MEANS = words("remote_means")
#: Hostile acts whose target may be named by its country's demonym ("attacked Pakistani border posts").
_HOSTILE_ACTS = words("hostile_act")
#: Objects that make a hostile verb an idiom: "struck a deal", "struck a balance".
_STRUCK_OBJECTS = words("struck_object")
#: Prepositions that give a meeting's topic, not its parties: "talks on steel", "talks over the border".
_TOPIC_PREPS = frozenset({"on", "over", "about", "regarding"})
_SCHEDULING_VERBS = words("scheduling_verb")
_PAYING_VERBS = words("paying_verb")
_LEISURE_TRIPS = words("leisure_trip_noun")
_STAY_UNITS = words("stay_unit")
_CALL_PAYING_VERBS = words("call_paying_verb")
#: Verbs of receiving a guest, whose "for talks" is a meeting of host and guest.
_WELCOMING_VERBS = frozenset({"welcome", "receive", "host"})
#: Where a guest is met on arrival, a greeting rather than an audience: "received at the airport".
_ARRIVAL_SPOTS = words("arrival_spot")
#: Verbs of help, whose object (or the subject of their clause) is the one helped: "helped X", "help X win".
_HELPING_VERBS = words("helping_verb")
#: Nouns for a kind of person, judged by an adjective: "a decent man", "an incompetent leader".
_PERSON_NOUNS = words("person_noun")

_GOVERNMENT_NOUNS = words("government_noun")

_LABELLING_VERBS = words("labelling_verb")
#: Verbs of going to someone's aid: "came to his defence", "leapt to the defence of the minister".
_RALLYING_VERBS = words("rallying_verb")
#: Verbs telling what became of a planned event: "the meeting did not take place", "could be delayed".
_EVENT_FATE_VERBS = words("event_fate_verb")
#: Trade and punitive measures, whose target may be goods named by origin ("tariffs on Chinese steel").
_MEASURE_NOUNS = words("measure_noun")
_MEASURE_RAISING_VERBS = words("measure_raising_verb")
#: Verbs by which a bloc adopts a measure, carrying it like a light verb: "approved a package of sanctions".
_MEASURE_ADOPTING_VERBS = words("measure_adopting_verb")
#: Verbs of showing a quality: "the restraint shown by both sides" is theirs.
_SHOWING_VERBS = words("showing_verb")
_GATHERING_NOUNS = words("gathering_noun")
_OCCASION_NOUNS = words("occasion_noun")
#: Adverbs of when that the parser may take for a subject with the name hung on them ("Orban last travelled").
_TIME_ADVERBS = words("time_adverb")
_MEDIUM_NOUNS = words("medium_noun")
_AID_NOUNS = words("aid_noun")
_OFFERING_VERBS = words("offering_verb")
_QUANTITY_NOUNS = words("quantity_noun")
_PLAY_NOUNS = words("play_noun")
_OPPONENT_NOUNS = words("opponent_noun")
_MEASURE_REACHING_VERBS = words("measure_reaching_verb")
_PORTION_WORDS = words("portion_word")
_PRIZE_NOUNS = words("prize_noun")
_AID_CUTTING_VERBS = words("aid_cutting_verb")
#: Words that make a meeting one of more than two ("a three-way meeting", "trilateral talks").
_MANY_SIDED_WORDS = words("many_sided_word")
#: Acts done to their possessor, not by them ("his sentence", "Navalny's arrest").
_PATIENT_NOUNS = words("patient_noun")
#: Shows one presents: "hosted a quiz show" receives no one.
_BROADCAST_NOUNS = words("broadcast_noun")
_HOUSED_NOUNS = words("housed_noun")
#: Where a visitor is met on arrival: "met Ruto at the airport" greets him.
_ARRIVAL_PLACES = words("arrival_place")
_AGENT_TYPES = {"Person", "Organization", "Country"}
#: First words of date phrases that point ahead of the article's date ("next week", "tomorrow").
_FUTURE_DATE_WORDS = words("future_date_word")


def _capitalised_noun(token: Token) -> bool:
    """A common noun opening a sentence that the tagger took for a name ("Talks between X and Y ...", "Sanctions
    imposed on X"): capitalised, no entity, and no name joined to it."""
    return token.pos_ == "PROPN" and token.is_sent_start and token.i > 0 and not token.ent_type_ \
        and token.text.istitle() and not any(c.dep_ in ("compound", "flat") for c in token.children) \
        and not (token.head.pos_ == "PROPN" and token.dep_ in ("compound", "flat"))


def _lookup(token: Token) -> Trigger | None:
    """The lexicon entry a token matches, checking verb particles ("call on", "side with")."""
    pos = "VERB" if token.pos_ == "VERB" else "NOUN" if token.pos_ == "NOUN" or _capitalised_noun(token) else None
    if pos == "NOUN" and token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children) \
            and any(c.dep_ == "dobj" for c in token.children):
        pos = "VERB"  # "offered to host talks": an infinitive with an object, tagged as a noun
    if pos == "NOUN" and token.dep_ in ("ROOT", "ccomp", "conj") and any(c.dep_ == "nsubj" for c in token.children) \
            and any(c.dep_ == "dobj" for c in token.children):
        pos = "VERB"  # 'said Estonia "fully backs" Latvia's proposal': a verb with a subject and an object
    if pos is None or _in_hyphenated_word(token):
        return None
    lemma = token.lemma_.lower()
    entries = triggers().get((lemma, pos), [])
    if not entries and pos == "NOUN":
        entries = triggers().get((token.lower_, pos), []) or (
            triggers().get((token.lower_[:-1], pos), []) if token.tag_ == "NNPS" else [])
    # a particle is the next word ("call on X"), not any later preposition ("called ... on Friday"), or the one after
    # an adverb ("stands firmly with the Philippines")
    doc, after = token.doc, token.i + 1
    if after < len(doc) and doc[after].pos_ == "ADV" and doc[after].dep_ == "advmod" and doc[after].lower_.endswith(
            "ly") and (doc[after].head == token or (doc[after].head.i == after + 1 and doc[after].head.head == token)):
        after += 1  # ("stood strongly behind X": the adverb may hang on the particle)
    particles = {c.lower_ for c in token.children if c.i == after and (c.dep_ in ("prt", "prep", "advmod") or (
        c.dep_ == "agent" and not any(a.dep_ == "auxpass" for a in token.children)))}  # "stands fully by X"
    with_particle = [e for e in entries if e.particle and e.particle in particles]
    if with_particle:
        # "called on X to act" asks; "called on X" visits
        asks = any(t.tag_ == "TO" and t.head.pos_ in ("VERB", "AUX") for t in token.subtree if t.i > token.i) or (
            pos == "NOUN" and not (token.dep_ == "dobj" and token.head.lemma_.lower() in _CALL_PAYING_VERBS))
        # ("his call on Israel for restraint" asks; "paid a courtesy call on Petro" visits)
        return next((e for e in with_particle if (e.relation == "request") == asks), with_particle[0])
    plain = [e for e in entries if e.particle is None]
    if len(plain) > 1:  # "a dinner for X" is hosted, "a dinner with X" is shared: the one whose preposition is there
        preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
        return next((e for e in plain if e.target_preps & preps), plain[0])
    return plain[0] if plain else None


def _dateline_dash(subject: Token) -> Token | None:
    """The dash ending the dateline an all-capitals subject opens ("BELGRADE" may be tagged a common noun), or None."""
    if not (subject.is_upper and subject.pos_ in ("PROPN", "NOUN") and len(subject.text) > 1) and not (
            # "Santiago, May 3 (Wire) - ...": a dateline in title case, known by its agency in brackets
            subject.pos_ == "PROPN" and subject.is_title and subject.i - subject.sent.start <= 2
            and any(t.text == ")" and subject.doc[t.i + 1].text in ("-", "—", "–")
                    for t in subject.doc[subject.i + 1:subject.i + 13] if t.i + 1 < len(subject.doc))):
        return None
    return next((t for t in subject.doc[subject.i + 1:subject.i + 14] if t.text in ("-", "—", "–")), None)


def _after_dateline(subject: Token) -> Token:
    """The subject after a dateline the parser made the subject: "RAE BARELI, India, Feb 9 (Wire) - Congress leader
    Rahul Gandhi spent ...", where the name hangs from the dateline as an apposition."""
    dash = _dateline_dash(subject)
    return next((a for a in subject.children if a.dep_ == "appos" and dash is not None and a.i > dash.i), subject)


def _is_dateline_subject(subject: Token) -> bool:
    """Whether a subject is the all-capitals city a dateline opens with ("FOZ DO IGUACU, Brazil, ... -")."""
    return _dateline_dash(subject) is not None and subject.i - subject.sent.start <= 4


def _charging(verb: Token) -> bool:
    """Whether a verb makes a charge ("accused the referee of bias"): something said, not an act done."""
    return any(e.relation == "accuse" for e in triggers().get((verb.lemma_.lower(), "VERB"), ()))


def _in_hyphenated_word(token: Token) -> bool:
    """ "fly-half", "go-ahead": a word glued by hyphens into another is not a verb of travel."""
    doc = token.doc
    after = token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in ("-", "–")
    before = token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text in ("-", "–")
    return after or before


class _Finder:
    """Finds the interactions of one sentence at a time."""

    def __init__(self, doc: Doc, actors: ArticleActors, anchor: date | None) -> None:
        self.doc, self.actors, self.anchor = doc, actors, anchor
        self.sporting = actors.sport_report
        self.found: list[Interaction] = []
        self._seen: set[tuple] = set()

    def _in_sport(self, token: Token) -> bool:
        """Whether a word is read in a sports context: a sports report, or a sentence with a word of sport."""
        return self.sporting or sporting(token.sent)

    # -- arguments --------------------------------------------------------------------------
    def _ids(self, token: Token, *, as_agent: bool = False, groups: bool = False) -> list[str]:
        """Actor ids for a token and the tokens coordinated with it."""
        out: list[str] = []
        members = [token, *token.conjuncts]
        titled = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN" and not any(
            t.dep_ == "cc" or t.text in (",", ";") for t in self.doc[token.i + 1:c.left_edge.i])
                  and any(self.actors.actor(i).type == "Person" for i in self.actors.mention_ids(c))]
        if titled and token.i < titled[0].i:
            # "Alternative for Germany co-leader Alice Weidel attacked": the body and a title before a name, taken
            # for a list with no "and"
            members = [titled[0], *(c for c in titled[0].conjuncts if c.i > titled[0].i)]
        # "his counterpart, Ariel Sharon, and the Palestinian leader, ..." coordinates inside the apposition
        # (not "Hun Sen, the father of the prime minister and president of the Senate": descriptions of one man)
        members += [c for m in list(members) for a in m.children if a.dep_ == "appos" and not (
            a.pos_ == "NOUN" and m.pos_ == "PROPN") for c in a.conjuncts]
        # "Merz and Turkish President Recep Tayyip Erdogan": the name after a coordinated title, misparsed as an
        # apposition to the first member, is the title's
        named = {m.i: a for m in members[1:] if m.pos_ == "PROPN" and self.actors.gaz.title(m.lower_) is not None
                 for a in token.children if a.dep_ == "appos" and a.left_edge.i == m.i + 1}
        members = [named.get(m.i, m) for m in members]
        appositions = [a for m in members for a in m.children if a.dep_ == "appos"]
        members += [t for a in appositions for listed in [self._possessor_list(a)] if listed for t in (a, *listed)]
        members += [t for m in list(members) for t in self._possessor_list(m) if t not in members]
        # "Kazakhstan's Tokayev and Uzbekistan's Mirziyoyev arrived", "Commission President Ursula von der Leyen and
        # Council President Antonio Costa": the first name, with the "and", misparsed as a modifier of the second
        members += [c for m in list(members) for c in self._listed_modifiers(m)]
        # ("Modi, Lula da Silva and Ramaphosa held talks": the last two as an apposition of the first)
        members += [t for a in appositions for listed in [self._listed_modifiers(a)] if listed
                    for t in (a, *listed) if t not in members]
        # "Qatar's Emir Tamim and Bahrain's King Hamad": the second owner is no member, but its name is (which the
        # parser may hang from the first name as an apposition)
        owners = [m for m in members[1:] if m.dep_ == "conj" and any(
            c.dep_ == "case" and c.tag_ == "POS" for c in m.children)]
        for owner in owners:
            named = next((a for a in (*token.children, *owner.children) if a.dep_ in ("appos", "conj")
                          and a.i > owner.i and a.pos_ == "PROPN"), None)
            if named is not None:
                members = [named if m is owner else m for m in members]
            elif len(members) > 2:
                members = [m for m in members if m is not owner]
        # "Touadera and Republic of Congo President Denis Sassou Nguesso": the country owns the title of the name
        # after it, parsed as one more member
        members = [m for m in members if not (m.dep_ == "conj" and self._owns_next_title(m))]
        for member in members:
            ids = self.actors.mention_ids(member, as_agent=as_agent)
            if member.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "visiting" for c in member.children) \
                    and self.actors.gaz.title(member.lower_) is not None:
                ids = self._last_traveller()  # "did not meet the visiting leader": the one the story has travelling
            leaders = [i for c in member.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in _LEADING for p in _by_objects(c)
                       for i in self.actors.mention_ids(p, as_agent=as_agent)
                       if self.actors.actor(i).type == "Person"] \
                if member.pos_ == "NOUN" and _in_class(member, _SENT_BODIES) else []
            if leaders:  # "received a Ugandan delegation led by Defence Minister X": X, whom the story names
                ids = leaders
            ids = self._pair_just_met(member, ids) or ids or self.actors.members_of(member) \
                or self._guest_or_host(member)
            if not ids and member.ent_type_ == "DATE" and member.pos_ == "NOUN":
                # "visited Tbilisi days after the election": the name taken for a modifier of the time word
                ids = [i for c in member.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                       for i in self.actors.mention_ids(c, as_agent=as_agent)]
            if not ids and member.dep_ == "appos" and member.pos_ == "NOUN":
                # "Nawrocki, a nationalist backed by Law and Justice": the one the apposition describes
                ids = self.actors.mention_ids(member.head, as_agent=as_agent)
            if not ids and member.pos_ == "NOUN" and member.lemma_.lower() in _NAMED_PLACE_NOUNS:
                # "travel to the southern port city of Busan": the place the "of" names
                ids, _ = self._places_in(self._prep_objects(member, frozenset({"of"})))
            if not ids and member.pos_ == "NOUN":  # "business leaders including Elon Musk", "nations such as Peru"
                # ("like" is left out: "rivals like Opera are challenging Microsoft" compares more than it lists)
                examples = [p for c in member.children if c.dep_ == "prep" and (
                    c.lower_ == "including" or (c.lower_ == "as" and any(a.lower_ == "such" for a in c.children)))
                    for p in c.children if p.dep_ == "pobj"]
                if member.dep_ == "dobj" and member.tag_ == "NNS":  # "received the heads of delegation, among
                    # them Qatar's emir and ...": the examples hang from the verb
                    examples += [p for p in self._prep_objects(member.head, frozenset({"among"}))
                                 if p.pos_ == "PROPN" and p.dep_ == "pobj" and p.i > member.i]
                ids = [i for p in examples for i in self._ids(p, as_agent=as_agent)]
            if not ids and groups:
                group = self.actors.group_actor(member)
                ids = [group] if group else []
            for actor_id in ids:
                if actor_id not in out:
                    out.append(actor_id)
        return out

    def _pair_just_met(self, token: Token, pair: list[str]) -> list[str]:
        """"The two men discussed ..." right after "X called on Y": the two people of the last meeting, visit or
        greeting told in the sentence before, rather than the two people `pair` (the last two named)."""
        if len(pair) != 2 or token.pos_ == "PROPN" or not all(
                self.actors.actor(i).type == "Person" for i in pair):
            return []
        if token.lemma_.lower() == "leader" and any(c.lower_ in ("both", "each") for c in token.children):
            return []  # "Findlay attacked both leaders": the two the story is about, not the last two who met
        if any(c.dep_ in ("amod", "compound") and c.pos_ in ("PROPN", "ADJ") and c.is_title for c in token.children):
            return []  # "the two Benelux leaders": two of a kind the word names, not whoever met last
        if token.lemma_.lower() != "leader" and all(self.actors.titled(i, token.lemma_.lower()) for i in pair):
            return []  # "Both presidents came out against ...": the two called president, not the two ministers
            # who met last
        sentences = [s for s in self.doc.sents if s.start <= token.i and s.text.strip()]
        # "Dissanayake welcomed his guest ..., where the two leaders held talks": a greeting or meeting told earlier in
        # the sentence, between two others than the clause's own subject ("Erdogan telephoned both leaders")
        # ("signed six agreements in the presence of the two leaders": the signers are not the two)
        governor = _governing_verb(token) if token.dep_ == "pobj" else token.head
        own = set(self._subject(governor or token.head)) if token.dep_ not in ("nsubj", "nsubjpass") else set()
        # ("both presidents", "the two leaders" are no pair of ministers who met)
        leading = token.lemma_.lower() in ("leader", "president")
        same = [f for f in self._people_met_before(token) if not {f.agent.id, f.target.id} & own
                and (not leading or (self.actors.leads(f.agent.id) and self.actors.leads(f.target.id)))]
        if same:
            return [same[-1].agent.id, same[-1].target.id]
        if len(sentences) < 2:
            return []
        before = sentences[-2]
        told = [f for f in self.found if f.start >= before.start_char and f.end <= sentences[-1].start_char
                and f.agent.type == f.target.type == "Person" and f.relation in ("meet", "visit", "greet")
                and (not leading or (self.actors.leads(f.agent.id) and self.actors.leads(f.target.id)))]
        # the meeting first ("brought X and Y together for a meeting, hosted by Z"), then two who travelled
        # together ("X and Y arrived in Addis Ababa and were greeted by Z"), then the last greeting or visit
        last = next((f for f in reversed(told) if f.relation == "meet"), None)
        if last is None:
            travellers: dict[tuple[str, str], list[str]] = {}
            for f in self.found:
                if f.relation == "visit" and f.agent.type == "Person" and f.start >= before.start_char \
                        and f.end <= sentences[-1].start_char:
                    agents = travellers.setdefault((f.trigger, f.target.id), [])
                    agents += [f.agent.id] if f.agent.id not in agents else []
            # ("the two leaders" are no leader and the minister who came with him)
            together = [agents for agents in travellers.values() if len(agents) == 2 and (
                token.lemma_.lower() != "leader" or all(self.actors.leads(agent) for agent in agents))]
            if len(together) == 1:
                return together[0]
        last = last or (told[-1] if told else None)
        return [last.agent.id, last.target.id] if last is not None else []

    def _people_met_before(self, token: Token) -> list[Interaction]:
        """The greetings and meetings between two people told earlier in `token`'s sentence, in order."""
        return [f for f in self.found if f.start == token.sent.start_char and f.relation in ("greet", "meet")
                and f.agent.type == f.target.type == "Person"
                and 0 <= self.doc.text.find(f.trigger, f.start, f.end) < token.idx]

    def _received(self, host: str, guest: str) -> bool:
        """Whether the story has told `host` greeting, receiving or hosting `guest`."""
        return any(f.relation == "greet" and f.agent.id == host and f.target.id == guest for f in self.found)

    def _listed_modifiers(self, name: Token) -> list[Token]:
        """Names joined to `name` by "and" but parsed as its modifiers ("Kazakhstan's Tokayev and Uzbekistan's
        Mirziyoyev", "President Ursula von der Leyen and Council President Antonio Costa")."""
        return [c for k in (name, *(x for x in name.children if x.dep_ == "compound")) for c in k.children
                if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < name.i and any(x.dep_ == "cc" for x in c.children)
                and (any(x.dep_ == "poss" for x in c.children) or any(
                    self.actors.actor(i).type == "Person" for i in self.actors.mention_ids(c)))]

    def _misparsed_clause(self, verb: Token, entry: Trigger) -> bool:
        """ "Al-Sisi hosted Eritrea's Isaias Afwerki and Somalia's Hassan Sheikh Mohamud": a finite verb between
        names that the small model took for an adjective (or, in a headline, for another word class), so the
        clause is a noun phrase. The words are read in order: the names just before are the subjects, the names
        after it (not their countries' "'s") the objects. Whether it was handled."""
        doc = self.doc
        before = doc[verb.i - 1] if verb.i > 0 else None
        if before is None or before.pos_ != "PROPN" or not self.actors.mention_ids(before, as_agent=True):
            return False
        agents: list[str] = []
        for t in reversed(doc[verb.sent.start:verb.i]):  # "Washington and Tokyo back Philippines"
            if t.lower_ == "and" or t.text == ",":
                continue
            ids = self.actors.mention_ids(t, as_agent=True)
            if not ids:
                break
            agents += [i for i in ids if i not in agents]
        return self._names_after(verb, entry, agents)

    def _names_after(self, verb: Token, entry: Trigger, agents: list[str]) -> bool:
        """The objects of a verb the parser did not read as one, taken from the names after it in order (with
        their titles and demonyms, not their countries' "'s"). Whether there were any."""
        doc = self.doc
        targets: list[str] = []
        stop = None
        for t in doc[verb.i + 1:verb.sent.end]:
            if t.tag_ == "POS" or t.lower_ == "and" or t.text == ",":
                continue
            ids = self.actors.mention_ids(t, as_agent=True)
            if not ids and not targets and t.i + 1 < verb.sent.end and doc[t.i + 1].pos_ == "PROPN" and (
                    self.actors.gaz.title(t.lower_) or self.actors.demonym_country(t)):
                continue  # "hosted Eritrean President Isaias Afwerki": the title and demonym before the name
            if not ids:
                stop = t
                break
            if t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS":
                continue  # "Eritrea's": whose the next name is
            targets += [i for i in ids if i not in targets and i not in agents]
        if not targets or (stop is not None and (stop.pos_ in ("NOUN", "PROPN") or stop.is_quote)):
            return False  # ("rejects 'Las Vegas' jibe": the names only modify a noun)
        self._pairs(agents, entry.relation, targets, verb, verb, entry)
        if entry.relation == "greet" and stop is not None and stop.lower_ in ("in", "at"):
            # "... hosted X at Ittihadiya Palace in Cairo": the guests are where they were received
            place = self._first_place([p for p in stop.children if p.dep_ == "pobj"], set(targets))
            for target in targets if place is not None else []:
                if not self._at_home(target, place):
                    self._emit(target, "visit", place.id, verb, verb)
        return True

    def _owns_next_title(self, token: Token) -> bool:
        """Whether a country's name is followed by a title and a person's name ("Republic of Congo President Denis
        Sassou Nguesso")."""
        doc, end = self.doc, token.right_edge.i
        ids = self.actors.mention_ids(token)
        return bool(ids) and all(self.actors.actor(i).type == "Country" for i in ids) and end + 2 < len(doc) \
            and doc[end + 1].is_title and self.actors.gaz.title(doc[end + 1].lower_) is not None and any(
                self.actors.actor(i).type == "Person" for i in self.actors.mention_ids(doc[end + 2]))

    def _likewise(self, verb: Token) -> list[str]:
        """Who did the same, told after "as": "Tokayev arrived in Bishkek, as did Lukashenko"."""
        return [i for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("do", "have")
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                for s in c.children if s.dep_ == "nsubj" for i in self._ids(s, as_agent=True)]

    def _possessor_list(self, token: Token) -> list[Token]:
        """People listed before a name the parser took for their possession: "greeted Milei, Lula and Uruguay's
        Orsi" (Milei, Lula), when the list ends in the country whose "'s" it is."""
        def person(t: Token) -> bool:
            return any(self.actors.actor(i).type == "Person" for i in self.actors.mention_ids(t))
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None or not owner.conjuncts or not person(token) or not person(owner):
            return []
        listed = [owner, *owner.conjuncts]
        if not any(self.actors.actor(i).type == "Country" for i in self.actors.mention_ids(listed[-1])):
            return []  # the list ends in the country whose "'s" the name is ("Uruguay's Orsi")
        return [t for t in listed[:-1] if person(t)]

    def _guest_or_host(self, noun: Token) -> list[str]:
        """ "his guest", "their hosts": whom the possessor last received or met, or who last received them."""
        word = noun.lemma_.lower()
        if word not in ("guest", "visitor", "host"):
            return []
        owners = {i for c in noun.children if c.dep_ == "poss" for i in self.actors.mention_ids(c)}
        received = next((f.target.id for f in reversed(self.found) if f.relation == "greet" and f.agent.id in owners),
                        None) if word != "host" else None
        if received is not None:  # "Macron welcomed Sanchez ... ministers joined them ... his guest": the one welcomed
            return [received]
        for found in reversed(self.found):
            if found.relation not in ("greet", "meet"):
                continue
            agent, target = found.agent.id, found.target.id
            if word == "host" and target in owners and found.relation == "greet":
                return [agent]
            if word != "host" and agent in owners:
                return [target]
            if word != "host" and target in owners and found.relation == "meet":
                return [agent]
        if word != "host" and owners:
            # "Muizzu arrived in Colombo ... Dissanayake welcomed his guest": the last one told travelling
            return [i for i in self._last_traveller() if i not in owners]
        return []

    def _offerer(self, thing: Token) -> list[str]:
        """Who made the offer a relative clause hangs from: "offered £1.3bn, which ...", "made an offer of £1.3bn,
        which ...", "its bid, which ..."."""
        if thing.dep_ == "pobj" and thing.head.lower_ == "of" and _in_class(thing.head.head, _AGENTIVE_NOUNS):
            thing = thing.head.head  # "an offer of £1.3bn"
        owners = self._authors(thing) if _in_class(thing, _AGENTIVE_NOUNS) else []
        if not owners and thing.dep_ == "dobj" and (thing.head.lemma_.lower() in _OFFERING_VERBS or (
                _in_class(thing, _AGENTIVE_NOUNS) and thing.head.lemma_.lower() in _LIGHT_VERBS)):
            owners = self._subject(thing.head)
        return owners

    def _crowd(self, verb: Token) -> list[str]:
        """An unnamed crowd taking a stance ("Business groups welcomed ...", "Manchester United fans opposed ...",
        "the move was criticised by consumer groups"): an article-local actor named by the noun and its modifiers,
        for the stance verb's own subject or "by" phrase only."""
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        crowds = _by_objects(verb) if passive else [c for c in verb.children if c.dep_ == "nsubj"]
        if crowds and crowds[0].lower_ == "who" and verb.dep_ == "relcl":
            # "reacted sharply to some Liverpool supporters, who criticised Gerrard" (not "armed groups that attack
            # border villages": a crowd's deeds are no stance)
            crowds = [verb.head]
        return [key for c in crowds[:1] for key in [self.actors.crowd_actor(c)] if key]

    def _medium_owner(self, verb: Token) -> list[str]:
        """Who speaks through the poster, report or lawsuit that is a verb's subject ("A Labour poster attacks X",
        "Labour unveiled a poster attacking X", "Ms Clarkson's legal action accuses Mr Spector"): its owner, or who
        put it out."""
        medium = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if medium is None and verb.dep_ == "acl":
            medium = verb.head
        if medium is None or not _in_class(medium, _MEDIUM_NOUNS):
            return []
        owners = self._authors(medium) or [  # "a lawsuit filed by Oracle", "a report published by Amnesty"
            i for c in medium.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in _by_objects(c)
            for i in self._ids(p, as_agent=True)]
        if not owners and medium.dep_ == "dobj" and medium.head.lemma_.lower() in _PROPOSING_VERBS | _LIGHT_VERBS:
            owners = self._subject(medium.head)
        return owners

    def _subject(self, verb: Token) -> list[str]:
        """The agent of a verb: its subject, or the subject (or controlling object) of the verb it depends on."""
        token = verb
        told = _told_before_report(verb)
        if told is not None:
            return self._subject(told)
        for _ in range(6):
            subjects = [c for c in token.children
                        if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and token is not verb)]
            if token is verb:
                by = _by_objects(token)
                if len(by) > 1 and not subjects:
                    return list(dict.fromkeys(i for p in by for i in self._ids(p, as_agent=True)))
                subjects += by
                if not subjects and any(c.dep_ == "nsubjpass" for c in token.children):
                    if verb.lemma_.lower() in _EXPELLING_VERBS:  # "was expelled from the Labour party"
                        return [i for p in self._prep_objects(verb, frozenset({"from"}))
                                for i in self._ids(p, as_agent=True)]
                    return []  # a passive without "by ...": the agent is not said
            if token is verb and all(c.lower_ in _TIME_ADVERBS for c in subjects):
                # "Orban last travelled to Serbia": the name parsed as a compound of the adverb before the verb
                named = [g for a in token.children if a.i < token.i and a.lower_ in _TIME_ADVERBS
                         and a.dep_ in ("advmod", "nsubj", "npadvmod") for g in a.children
                         if g.dep_ in ("compound", "nsubj", "amod") and g.i < a.i and self.actors.mention_ids(g)]
                subjects = named or subjects
            if not subjects and token.dep_ == "ROOT":
                # "In Cape Town, EFF leader Julius Malema dismissed ...": the subject parsed as joined to the place
                subjects = [c for p in token.children if p.dep_ == "prep" and p.i < token.i
                            for o in p.children if o.dep_ == "pobj" for c in o.conjuncts
                            if c.pos_ == "PROPN" and any(self.actors.actor(i).type == "Person"
                                                         for i in self.actors.mention_ids(c))]
                # "In a statement carried by KCNA, Kim Yo Jong, the leader's sister, denounced ...": the subject
                # parsed as an apposition inside the opening phrase, set off by the comma before the verb
                subjects = subjects or [
                    t for p in token.children if p.dep_ == "prep" and p.i < token.i for t in p.subtree
                    if t.dep_ == "appos" and t.pos_ == "PROPN" and t.right_edge.i + 2 == token.i
                    and self.doc[token.i - 1].text == "," and any(
                        self.actors.actor(i).type == "Person" for i in self.actors.mention_ids(t))]
                if subjects:  # (the person only: the place it is joined to is no second subject, "In Rome, X")
                    return list(dict.fromkeys(i for c in subjects for i in self.actors.mention_ids(c, as_agent=True)))
                # "Merz, whose country's car industry is the most exposed, backed ...": the "whose" clause taken for
                # a clause of its own, with the name as its subject
                subjects = [s for c in token.children if c.dep_ == "ccomp" and c.i < token.i
                            for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"
                            and any(t.tag_ == "WP$" and t.i > s.i for t in s.subtree)]
                if subjects:
                    return list(dict.fromkeys(i for c in subjects for i in self.actors.mention_ids(c, as_agent=True)))
            if subjects:
                # "its ministry said the summit was pointless and accused Cairo", "said a truce would reward Russia,
                # while praising Ankara", 'said Modi "remembers Bihar" and accused the BJP': the second verb is the
                # speaker's, misparsed as joined to the reported clause whose subject is a thing or whose verb
                # stands in quotation marks
                misjoined = token != verb and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")) \
                    and verb.head == token and token.dep_ == "ccomp" \
                    and not any(c.dep_ == "auxpass" for c in verb.children) \
                    and token.head.lemma_.lower() in _REPORTING_VERBS and token.i < verb.i
                if misjoined and self.actors.quoted(token) and not self.actors.quoted(verb):
                    token = token.head
                    continue
                if token != verb and verb.dep_ == "conj" and verb.head == token and token.dep_ == "relcl" \
                        and self.doc[verb.i - 1].text == "," and any(
                            g.lower_ == "whose" for sub in subjects for g in sub.children if g.dep_ == "poss"):
                    # "Wilders, whose Freedom Party is the largest in the government, accused Germany": the main
                    # verb, misparsed as joined to the "whose" clause, is the antecedent's
                    return self._ids(token.head, as_agent=True)
                listed = [sub for sub in subjects if sub.dep_ == "nsubj" and sub.pos_ == "PROPN"]
                whole = len(listed) == len(subjects)
                # a dateline parsed as a subject stands for the name after its dash ("PARIS — President X, Y and Z
                # spoke"), or for nobody ("LUANDA, May 20 (Agency) - X arrived": not the agency in its brackets)
                listed = [sub for sub in listed if not _is_dateline_subject(sub) or _after_dateline(sub) != sub]
                if len(listed) > 1 and whole and all(
                        any(t.text == "," or t.lower_ == "and" for t in self.doc[sub.i + 1:after.left_edge.i])
                        for sub, after in zip(listed, listed[1:])):
                    # "Uzbek President X, Kyrgyz President Y and Turkmen President Z arrived", "Thai Prime Minister X
                    # and Cambodian Prime Minister Y held talks": a list misparsed as subjects side by side
                    people = [[i for i in self._ids(sub, as_agent=True) if self.actors.actor(i).type == "Person"]
                              for sub in listed]
                    if all(people):
                        return list(dict.fromkeys(i for ids in people for i in ids))
                for subject in subjects:  # a dateline parsed as a second subject names nobody
                    if subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                        subject = token.head  # "Merkel, who praised India": the relative pronoun's antecedent
                        if any(c.lower_ == "who" for c in token.children if c.dep_ == "nsubj") and not any(
                                self.actors.actor(i).type == "Person" for i in self.actors.mention_ids(subject)):
                            # "Snell, the MP for Stoke-on-Trent Central, who joined ...": "who" hung on the
                            # constituency is the person the phrase describes
                            subject = next((a for a in subject.ancestors if a.pos_ in ("PROPN", "NOUN") and any(
                                self.actors.actor(i).type == "Person" for i in self.actors.mention_ids(a))
                                and a.dep_ in ("appos", "nsubj", "nsubjpass", "dobj", "pobj")), subject)
                    if len(subjects) > 1 and _is_dateline_subject(subject):
                        continue  # "FOZ DO IGUACU, Brazil, ... - Lula hosted": the dateline and the true subject
                    subject = _after_dateline(subject)
                    ids = self._titled_name_after(subject) or self._ids(subject, as_agent=True)
                    if ids:
                        return ids
                if misjoined and all(s.dep_ == "nsubj" and s.pos_ == "NOUN" for s in subjects):
                    token = token.head
                    continue
                return []
            if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and token.i > 0 and (
                    token.tag_ in ("VBD", "VBZ", "VBP") or (token.doc[token.i - 1].text == "," and token.head.dep_ in (
                        "ROOT", "nsubj") and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in token.children))
                    # ("The three ministers condemned the attacks": a sentence's verb taken for a participle of its
                    # subject, which the parser made the root)
                    or (token.head.dep_ == "ROOT" and token.i == token.head.i + 1 and token.tag_ == "VBN"
                        and any(c.dep_ == "dobj" for c in token.children))
                    or (token.doc[token.i - 1].text == "," and token.tag_ == "VBG" and token.head.dep_ == "nsubj")):
                # "Brazil's foreign minister, Mauro Vieira, called ...": a finite verb misparsed as a modifier; "Mrs
                # Badenoch, speaking on a visit to ...": the subject's own doing, set off by commas
                return self._ids(token.head, as_agent=True)
            if token.dep_ == "pcomp" and token.head.lower_ in ("of", "for", "against") and (token.tag_ == "VBG" or any(
                    c.dep_ == "aux" and c.lower_ == "having" for c in token.children)):  # "of having backed"
                # "accused Kigali of backing M23", "thanked Japan for supporting Ukraine", "warned Russia against
                # invading Ukraine": the object does it
                objects = [c for c in token.head.head.children if c.dep_ == "dobj"]
                doers = [i for c in objects for i in self._ids(c, as_agent=True)]
                if doers or (objects and token.head.lower_ == "of"):  # "accused several MEPs of having led": they
                    return doers  # ("was fined £15,000 for accusing X": no one in the object, the subject did it)
            if token.dep_ == "advcl" and token.i >= 3 and self.doc[token.i - 1].tag_ == "TO" \
                    and self.doc[token.i - 2].dep_ == "pobj" and self.doc[token.i - 2].head.lower_ == "for" \
                    and self.doc[token.i - 2].head.head == token.head:
                return self._ids(self.doc[token.i - 2], as_agent=True)  # "paid for Blair to fly": Blair flies
            if token.dep_ in ("xcomp", "advcl", "acomp", "conj", "ccomp") or (token.dep_ == "pcomp"):
                if token is not verb and (told := _told_before_report(token)) is not None:
                    return self._subject(told)  # "..., an official said, and is expected to meet X"
                head = token.head
                if token.dep_ == "advcl" and token.tag_ == "VBG" and thing_clause(head) and token.i > 0 \
                        and self.doc[token.i - 1].text == "," and (main := _governing_verb(head.head)) is not None:
                    # "vetoed a resolution that would have tightened sanctions, drawing criticism from X": the
                    # participle after the comma follows the main clause, not the relative one
                    head = main
                if token.dep_ == "xcomp" and head.lemma_.lower() in _OBJECT_CONTROL:
                    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                    if obj is None and head.lemma_.lower() in ("call", "prevail", "rely", "count") and any(
                            c.dep_ == "prep" and c.lower_ == "on" for c in head.children):
                        # "called on X to" (not "on Thursday, Kos is expected to")
                        obj = next(iter(self._prep_objects(head, frozenset({"on"}))), None)
                    if obj is not None:
                        return self._ids(obj, as_agent=True)
                token = head
                continue
            if token.dep_ == "acl" and any(c.tag_ == "TO" for c in token.children):
                holders = self._intender(token.head)  # "announced plans to visit China"
                if holders:
                    return holders
                if token.head.pos_ == "NOUN" and any(e.relation == "visit" for e in triggers().get(
                        (token.head.lemma_.lower(), "NOUN"), ())):
                    token = token.head  # "will speak during a visit to support Robert Light": the traveller
                    continue
            if token.dep_ in ("relcl", "acl") and token.head.dep_ == "attr" \
                    and any(c.tag_ == "TO" for c in token.children):
                token = token.head.head  # "Fico became the first EU leader to visit Georgia": Fico visits
                continue
            if token.dep_ in ("relcl", "acl") and token.head.dep_ in ("npadvmod", "appos", "dep") \
                    and token.head.head.pos_ == "VERB" and token.head.tag_ == "NN" \
                    and any(c.tag_ == "TO" for c in token.children) and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in token.head.children) \
                    and not self.actors.mention_ids(token.head) and self._subject(token.head.head):
                # "X arrived in Kabul, the most senior Indian official to visit Afghanistan since 2021": X visits
                token = token.head.head
                continue
            if token.dep_ in ("relcl", "acl") and token.tag_ != "VBN":
                ids = self._ids(token.head, as_agent=True)
                if not ids and token.tag_ == "VBG" \
                        and _in_class(token.head, _PLAN_NOUNS | _CLAIM_NOUNS | _REMARK_NOUNS):
                    # "adopted a resolution condemning Georgia": the resolution's author condemns
                    ids = self._authors(token.head) or (self._subject(token.head.head) if token.head.dep_ == "dobj"
                                                        and token.head.head.lemma_.lower() in _PROPOSING_VERBS
                                                        else [])
                if ids or token.dep_ == "relcl" or token.tag_ != "VBG" or token.head.dep_ != "pobj":
                    return ids
                token = token.head  # "has written to the watchdog accusing Labour of": the writer accuses
                continue
            if token.dep_ in ("prep", "pobj", "npadvmod"):  # "a day after meeting X": up to the clause
                token = token.head
                continue
            break
        return []

    def _intender(self, noun: Token) -> list[str]:
        """Who does what a noun of aim or invitation is "to" do: the plan's holder ("Trump's plan", "plans by
        Trump", "Trump announced plans", "made a decision"), or the one invited ("an invitation to Kim",
        "Kim accepted an invitation")."""
        lemma = noun.lemma_.lower()
        carrier = noun.head if noun.dep_ == "dobj" else None
        if lemma in _INVITATION_NOUNS:
            invitees = [i for p in self._prep_objects(noun, frozenset({"to", "for"})) for i in self._ids(p, as_agent=True)]
            if invitees or carrier is None or carrier.lemma_.lower() not in _ACCEPTING_VERBS:
                return invitees
            return self._subject(carrier)
        if lemma not in _INTENTION_NOUNS:
            return []
        # "no plans for Xi to visit": the "for" object is the clause's subject
        holders = [i for p in self._prep_objects(noun, frozenset({"for"})) for i in self._ids(p, as_agent=True)]
        holders = holders or self._authors(noun)
        if holders or carrier is None or carrier.lemma_.lower() not in _LIGHT_VERBS | _PROPOSING_VERBS:
            return holders
        return self._subject(carrier)

    def _owners(self, noun: Token, relation: str) -> list[str]:
        """Who a stance on a thing is a stance on: "tribute to Kerry's campaign" is support for Kerry (only a
        possessor or an author's "of": a compound before the thing names its kind, "a North-South match"); a
        sanction on a thing falls on its possessor ("sanctions on Russia's central bank")."""
        if relation not in ("support", "oppose", "sanction"):
            return []
        if relation == "sanction":  # "sanctions on Mali's military authorities", "on Iran's oil exports"
            owners = [c for c in noun.children if c.dep_ == "poss"]
            if _in_class(noun, _MEMBER_NOUNS):  # "on three senior commanders of Sudan's Rapid Support Forces"
                owners += self._prep_objects(noun, frozenset({"of"}))
            return [i for c in owners for i in self._ids(c, as_agent=True)]
        owners = [c for c in noun.children if c.dep_ == "poss"] + self._agentive_of(noun)
        if _in_class(noun, _AGENTIVE_NOUNS | _ACT_NOUNS):  # "support for the government plans"
            owners += [c for c in noun.children if c.dep_ == "compound" and self.actors.mention_ids(c)]
            owners += [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and any(  # "Conservative plans"
                self.actors.actor(i).type == "Organization" for i in self.actors.mention_ids(c))]
        owners += self._done_by(noun)
        ids = [i for owner in owners for i in self._ids(owner, as_agent=True)]
        if not ids and _in_class(noun, _ACT_NOUNS):  # "backers of Turkish accession"
            ids = self._demonyms(noun)
        return ids

    def _agentive_of(self, noun: Token) -> list[Token]:
        """The "of" object of an act or proposal, which names its author ("the policies of the G7"); elsewhere
        "of" may name the patient ("the release of X")."""
        if _in_class(noun, _AGENTIVE_NOUNS | _GOVERNMENT_NOUNS):  # "the government of President Maduro" too
            return self._prep_objects(noun, frozenset({"of"}))
        return []

    def _done_by(self, noun: Token) -> list[Token]:
        """Who did an act, a plan or a claim, told by a participle's "by": "the sanctions imposed by Washington",
        "the claims made by Hun Sen", "the plan drawn up by Paris"."""
        shown = [c for c in noun.children
                 if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SHOWING_VERBS]
        if shown:  # "praised the restraint shown by both sides": any quality is its shower's
            return [p for c in shown for p in _by_objects(c)]
        if not _in_class(noun, _AGENTIVE_NOUNS | _ACT_NOUNS | _PLAN_NOUNS | _CLAIM_NOUNS | _REMARK_NOUNS):
            return []
        return [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in _by_objects(c)]

    def _authors(self, noun: Token) -> list[str]:
        """The actors whose act or proposal a noun is: "Blair's plan", "the EU ban", "the decision of the court"."""
        # ("the Iraq war" is fought in Iraq, not by it)
        # ("his sentence", "Navalny's arrest": done to the person who owns it, by someone else; not "Iran's ban")
        owners = [c for c in noun.children if (c.dep_ == "poss" and not (_in_class(noun, _PATIENT_NOUNS) and any(
            self.actors.actor(i).type == "Person" for i in self.actors.mention_ids(c)))) or (
            c.dep_ == "compound" and noun.lemma_ != "war" and all(
                self.actors.actor(i).type != "Place" for i in self.actors.mention_ids(c)))]  # ("Kashmir moves": on it)
        owners += self._done_by(noun)
        owners += [t for c in noun.children if c.dep_ == "compound" for t in c.children if t.dep_ == "poss"]
        owners += [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i
                   and any(self.actors.actor(i).type == "Organization" for i in self.actors.mention_ids(c))]
        owners += self._prep_objects(noun, frozenset({"by", "from", "between"}))  # "the deal between X and Y"
        owners += self._agentive_of(noun)
        owners += [t for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in _LEADING and c.i < noun.i
                   for t in c.children if t.dep_ in ("npadvmod", "compound", "nmod") and t.i < c.i]
        ids = [i for owner in owners for i in self._ids(owner, as_agent=True)]
        if _in_class(noun, _AGENTIVE_NOUNS | _ACT_NOUNS | _PLAN_NOUNS | _CLAIM_NOUNS | _REMARK_NOUNS):
            ids += self._demonyms(noun)  # "the French proposal", "the Australian package", "the Chinese criticism"
        return list(dict.fromkeys(ids))

    def _clause_owner(self, noun: Token, relation: str, judging: Token | None = None) -> list[str]:
        """Whose a thing is by the clause it is the object of: "criticised the checks Germany has kept", "praised
        the reforms that Modi introduced" (for support only an act or plan: "praised a supplement Conte sold" is no
        stance on Conte; never a claim's content: "denied claims the prime minister had reneged"). In "adopted a
        law that Ghana criticised" the clause is the judging itself, and the law is the adopter's."""
        if _in_class(noun, _CLAIM_NOUNS | _REMARK_NOUNS | _CONTENT_NOUNS) or (relation == "support" and not _in_class(
                noun, _PLAN_NOUNS | _AGENTIVE_NOUNS | _ACT_NOUNS | _MEASURE_NOUNS)):
            return []
        if judging is not None and judging.dep_ == "relcl" and judging.head == noun:
            return self._subject(noun.head) if noun.dep_ == "dobj" and noun.head.lemma_.lower() in \
                _PROPOSING_VERBS | _PLAN_HOLDING_VERBS else []
        return [i for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                for t in c.children if t.dep_ == "nsubj" and t.tag_ not in ("WDT", "WP")
                for i in self._ids(t, as_agent=True)]

    def _earlier_owner(self, noun: Token) -> list[str]:
        """Whose "the plans" or "the scheme" is: the owner of the nearest earlier mention of the same noun in the
        last few sentences ("Labour's plans to ...", "the government plans ..."), or of the verb ("X plans to")."""
        lemma = noun.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)
        if definite and any(e.relation == "visit" for e in triggers().get((lemma, "NOUN"), ())):
            # "Poilievre criticised the trip": the traveller of the last journey told
            return self._last_traveller(people_only=False)
        if definite and _in_class(noun, _HOSTILE_EVENT_NOUNS):
            # "The talks came hours after North Korea fired a ballistic missile. Both leaders condemned the
            # launch": the doer of the hostile act last told, in this sentence or the one before
            start = self.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
            judges = set(self._subject(_governing_verb(noun) or noun.head))
            doers = [i for t in self.doc[start:noun.i]
                     if t.pos_ == "VERB" and t.lemma_.lower() in _HOSTILE_EVENT_VERBS
                     for c in t.children if c.dep_ == "nsubj" for i in self._ids(c, as_agent=True)
                     if i not in judges and self.actors.actor(i).type in _AGENT_TYPES]
            return doers[-1:]
        if not definite or lemma not in _PLAN_NOUNS | _CLAIM_NOUNS | _REMARK_NOUNS:
            return []
        # (a plan is told of further back than a claim: "announced a package ... [six paragraphs] ... rejected the package")
        window = max(0, noun.sent.start - (300 if lemma in _PLAN_NOUNS else 150))
        # a plan's owner may be told far back, in the headline or the lead ("back controversial Labour plans");
        # a claim's is near (but "the European statement" names one the lead told of)
        far = reversed(self.doc[:min(window, self._lead_end)]) if lemma in _PLAN_NOUNS or any(
            c.dep_ == "amod" and c.is_title for c in noun.children) else ()
        # "X condemned Y ... Y dismissed the criticism": a critical remark was made by the last one to attack
        charged = lemma in _CLAIM_NOUNS or (lemma in _REMARK_NOUNS and any(
            e.relation in ("oppose", "accuse") for e in triggers().get((lemma, "NOUN"), ())))
        # (a criticism may be made in any clause: "used the news conference to accuse Hungary")
        critical = charged and lemma not in _CLAIM_NOUNS
        for t in (*reversed(self.doc[window:noun.i]), *far):
            same = t.lemma_.lower() == lemma or (  # "plans for ID cards ... the ID scheme", "her Budget ... the package"
                t.pos_ in ("NOUN", "PROPN") and lemma in _SCHEME_NOUNS and t.lemma_.lower() in _SCHEME_NOUNS) or (
                # "announced new sanctions against Cuban firms ... criticised the measures"
                lemma == "measure" and t.pos_ == "NOUN" and t.lemma_.lower() in _MEASURE_NOUNS) or (
                t.pos_ == "VERB" and (
                _same_stem(lemma, t.lemma_.lower())  # "proposed ... the proposal"
                or (charged and t.lemma_.lower() not in _REBUTTING_VERBS | _DISPUTING_VERBS
                    and not (t.dep_ == "pcomp" and t.head.lower_ in ("of", "for"))  # ("accused Y of blocking")
                    and any(e.relation in ("accuse", "oppose") and e.particle is None
                            for e in triggers().get((t.lemma_.lower(), "VERB"), ()))))) or (
                # "The project has drawn criticism from Beijing ... Hichilema rejected that charge"
                t.pos_ == "NOUN" and lemma in _CLAIM_NOUNS and t.dep_ == "dobj"
                and t.head.lemma_.lower() in _RECEIVING_VERBS
                and any(e.relation in ("accuse", "oppose") for e in triggers().get((t.lemma_.lower(), "NOUN"), ())))
            # ("accused ... the charge", "criticised ... the accusation"; a denial answers a charge, makes none)
            if not same or t.i == noun.i or t.i == noun.head.i:  # not the verb that rejects "the accusation"
                continue
            # "his Budget" is a noun the tagger took for a name; "the Mental Capacity Bill" is a name
            t_is_noun = t.pos_ == "NOUN" or (t.pos_ == "PROPN" and (t.lemma_.lower() == lemma or (
                lemma in _SCHEME_NOUNS and t.lemma_.lower() in _SCHEME_NOUNS))
                and not any(c.dep_ == "compound" for c in t.children))
            if t_is_noun and lemma in _CLAIM_NOUNS | _REMARK_NOUNS:  # "the Iraq claims" are about Iraq, not Iraq's
                owners = [i for o in (*(c for c in t.children if c.dep_ == "poss"),
                                      *self._prep_objects(t, frozenset({"by", "from"})))
                          for i in self._ids(o, as_agent=True)]
                if not owners and t.dep_ == "dobj" and t.head.lemma_.lower() in _ISSUING_VERBS:
                    owners = self._subject(t.head)  # "The GCC issued a communique. Iran rejected the communique"
                if not owners and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB" \
                        and t.head.i < t.head.head.i:
                    owners = self._subject(t.head.head)  # "In a joint statement, the three leaders condemned ..."
                if not owners and t.dep_ == "dobj" and t.head.lemma_.lower() in _RECEIVING_VERBS:
                    owners = [i for o in self._prep_objects(t.head, frozenset({"from"}))
                              for i in self._ids(o, as_agent=True)]  # "drew criticism from Beijing"
            elif t_is_noun:
                # ("the same target she set in 1999": whose clause set it)
                owners = self._authors(t) or self._demonyms(t) or self._clause_owner(t, "support")
                if not owners and t.dep_ == "dobj" and t.head.lemma_.lower() in _PROPOSING_VERBS | _PLAN_HOLDING_VERBS:
                    owners = self._subject(t.head)  # "Labour unveiled plans", "Phillipson has defended plans"
            elif t.pos_ == "VERB" and not (charged and not critical and (t.dep_ == "relcl" or (
                    t.dep_ in ("acl", "advcl") and t.tag_ != "VBG"))):
                # a claim is made in a main clause, not "which the government claims" (but "issued a statement
                # accusing Canberra of ...": the participle is the statement's maker's)
                owners = self._subject(t)
            else:
                continue
            if owners:
                return owners
        if lemma in _NEWS_EVENT_NOUNS:
            # "The WTO is to end the pact. Christian Aid condemned the move": the act the sentence before tells;
            # else the move the story is about, its lead's subject ("Ovum welcomed the move")
            # (a sports report's "the decision" is mostly a referee's; a charge is said, not done)
            lead_sentence = self._lead()
            lead = self._lead_actor() if not self.sporting and not (
                lead_sentence is not None and _charging(lead_sentence.root)) else []
            if set(lead) & set(self._subject(_governing_verb(noun) or noun.head)):
                lead = []  # "Ghana and Benin criticised the decision": the lead's own actor judges, with others
            return self._previous_doer(noun) or lead
        return []

    def _previous_doer(self, noun: Token) -> list[str]:
        """The actor whose act the sentence before `noun`'s tells, as its main clause's subject: "The WTO is to end
        the pact." (not a speaker's: "X said ..." tells nothing done, nor a state: "X is ...")."""
        if noun.sent.start == 0 or noun.sent.start < self._lead_end:
            return []
        root = self.doc[noun.sent.start - 1].sent.root
        if root.lemma_ == "be" and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in root.children):
            pass  # "is to end the pact", "is set to"
        elif root.pos_ != "VERB" or root.lemma_.lower() in _REPORTING_VERBS | _COPULAS | _BELIEVING_VERBS \
                or _charging(root):
            return []  # ("X accused the referee of stealing the game. CAF said the decision was clear": a charge
            # is said, not done)
        judges = set(self._subject(_governing_verb(noun) or noun.head))
        return [i for c in root.children if c.dep_ == "nsubj" for i in self._ids(c, as_agent=True)
                if i not in judges and self.actors.actor(i).type in _AGENT_TYPES][:1]

    def _charge_answered(self, verb: Token, agents: list[str]) -> tuple[list[str], list[str]]:
        """Who answers a charge named after a comma and who made it: "X accused Y of Z, a charge Y rejects" gives
        ([Y], [X]). The small model parses this every which way, so the words are read in order: the one who
        answers is named between the charge and `verb` (else `agents`), the accuser before the charge."""
        sent = verb.sent
        noun = None
        for t in reversed(self.doc[sent.start + 2:verb.i]):
            if t.pos_ == "VERB":
                return [], []
            if charge_aside(t):
                noun = t
                break
        if noun is None:
            return [], []
        between = [i for t in self.doc[noun.i + 1:verb.i] if t.pos_ in ("PROPN", "NOUN", "PRON")
                   and t.dep_ not in ("compound", "amod", "nmod", "poss") for i in self._ids(t, as_agent=True)]
        rebutters = list(dict.fromkeys(between)) or agents
        return rebutters, self._charge_maker(noun, rebutters)

    def _charge_maker(self, noun: Token, exclude: list[str]) -> list[str]:
        """The subject of the last verb before ", a charge" that charges, says or proposes what it sums up."""
        sent = noun.sent
        for t in reversed(self.doc[sent.start:noun.i - 2]):
            lemma = t.lemma_.lower()
            if t.pos_ == "NOUN" and lemma in _CLAIM_NOUNS and t.head.pos_ == "VERB":
                t = t.head  # "repeating accusations that ..., a claim Y rejects": whoever repeats them
            elif t.pos_ != "VERB" or not (lemma in _REPORTING_VERBS | _PROPOSING_VERBS | _CALLING_VERBS or any(
                    e.relation in ("accuse", "oppose", "request") for e in triggers().get((lemma, "VERB"), ()))):
                continue  # "X told reporters that ..., a demand Y rejected": X made it
            accusers = [i for i in self._subject(t) if i not in exclude]
            if accusers:
                return accusers
        return []

    def _also_judged(self, verb: Token, relation: str, exclude: list[str]) -> list[str]:
        """ "Cyprus condemned Turkey for sending a ship ... The mission was also condemned by France": a thing judged
        "also" is the same one judged last, so the stance falls on whoever the last such stance fell on (in the two
        sentences before)."""
        if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            return []
        start = self._sentence_back(verb, 2).start_char
        kinds = {"oppose", "accuse"} if relation == "oppose" else {relation}
        last = [f for f in self.found if f.relation in kinds and start <= f.start and f.end <= verb.idx
                and f.target.id not in exclude and f.agent.id not in exclude]
        # ("praised the two governments ... Costa Rica and Guatemala also welcomed the agreement": each one it fell on)
        return list(dict.fromkeys(f.target.id for f in last if (f.start, f.trigger, f.agent.id) == (
            last[-1].start, last[-1].trigger, last[-1].agent.id))) if last else []

    def _last_speaker(self, verb: Token, exclude: list[str]) -> list[str]:
        """Who last said, charged or proposed something before `verb`, in its sentence or the two before it: the
        owner of the "that" or "those remarks" a rebuttal points back at. Speakers in `exclude` are skipped."""
        start = self._sentence_back(verb, 2).start
        for t in reversed(self.doc[start:verb.i]):
            if t.pos_ == "NOUN" and t.lemma_.lower() in _REMARK_NOUNS | _CLAIM_NOUNS and not _points_back(t):
                # "Downing Street denied the claims, made in a new book. Goldsmith also denied them": the pronoun
                # is those claims, whose owner is theirs to say
                # ("The GCC issued a communique ... Tehran rejected the statement": who issued it)
                authors = self._authors(t) or (self._subject(t.head) if t.dep_ == "dobj"
                                               and t.head.lemma_.lower() in _ISSUING_VERBS else [])
                return [i for i in authors if i not in exclude]
            clause = t
            while clause.dep_ == "conj":
                clause = clause.head
            if t.pos_ != "VERB" or (clause.dep_ != "ROOT" and not (
                    # ("has faced pressure since Takaichi suggested that ...": a statement told as a time)
                    clause.dep_ == "advcl" and t.lemma_.lower() in _REPORTING_VERBS
                    and any(c.dep_ == "ccomp" for c in t.children))):
                continue  # the speaker of a main clause, not "told CCTV that Beijing ... and accused Brussels"
            if t in verb.ancestors:
                continue  # "Zakharova said Russia ... condemned the statement": who reports the rebuttal made none
            lemma = t.lemma_.lower()
            if lemma in _REBUTTING_VERBS and verb.lemma_.lower() in _REBUTTING_VERBS:
                continue  # "Tehran rejected the statement. Araghchi dismissed the communique": both rebut another's
            if lemma in _REPORTING_VERBS | _PROPOSING_VERBS or any(  # ("condemned Anutin in a speech")
                    e.relation in ("accuse", "oppose") and e.particle is None
                    for e in triggers().get((lemma, "VERB"), ())):
                # (never the country a rebutter serves: "Israel dismissed the summit. Its foreign minister rejected
                # the joint statement": the statement is the summit's, not Israel's)
                speakers = [i for i in self._subject(t) if i not in exclude and not self._same_side(i, exclude)]
                if speakers:
                    return speakers
        return []

    def _same_side(self, key: str, others: list[str]) -> bool:
        """Whether an actor is the country one of `others` serves, or serves the country one of them is."""
        homes = {c for k in others if self.actors.actor(k).type == "Person" for c in self.actors.home_countries(k)}
        return key in homes or (self.actors.actor(key).type == "Person"
                                and bool(self.actors.home_countries(key) & set(others)))

    @cached_property
    def _sentences(self) -> list[Span]:
        """The doc's sentences, listed once: the look-backs over the sentences before a token read them often."""
        return list(self.doc.sents)

    def _sentence_back(self, token: Token, count: int) -> Span:
        """The sentence `count` sentences before `token`'s own (the first one, if there are fewer)."""
        own = bisect_right([s.start for s in self._sentences], token.i) - 1
        return self._sentences[max(0, own - count)]

    @cached_property
    def _lead_end(self) -> int:
        """Where the headline and the lead (the first two sentences with words, or the first sentence after the
        headline's blank line when the parser cut the headline in two) end."""
        sentences = [s for s in self.doc.sents if s.text.strip()]
        lead = sentences[:2]
        body = self.doc.text.find("\n\n")
        first = next((s for s in sentences if s.start_char > body), None) if body >= 0 else None
        return max(lead[-1].end if lead else 0, first.end if first is not None and first in sentences[:4] else 0)

    def _last_traveller(self, people_only: bool = True) -> list[str]:
        """The traveller of the last journey the story told ("the trip", "the tour ends in X", "a stop ... was
        dropped"; not one told as the time of another: "six months after X travelled to Y"), or []."""
        journeys = [f for f in reversed(self.found) if f.relation == "visit"
                    and (f.agent.type == "Person" or not people_only) and not self._told_as_background(f)]
        # a stay ("X, who is in Brussels for talks") is no journey the story told, when one was told
        told = [f for f in journeys if (word := self._trigger_token(f)) is None
                or word.lemma_.lower() not in _COPULAS] or journeys
        return [told[0].agent.id] if told else []

    def _welcomed_at_site(self, verb: Token) -> None:
        """ "HARARE - Mnangagwa welcomed his Congolese counterpart Tshisekedi at State House": a guest from abroad
        received by a leader of the dateline's country at a building, with no town said, is in the dateline's city
        (not at a site that names its own place: "at the Itaipu dam")."""
        # (the parser may hang "at State House" on the guest, or on the last guest of a list)
        sites = [s for t in (verb, *(g for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                                     for g in (c, *c.conjuncts)))
                 for s in self._prep_objects(t, frozenset({"at"}))]
        if not sites or self._prep_objects(verb, frozenset({"in"})) or any(  # (not "at the meeting")
                s.lemma_.lower() in _GATHERING_NOUNS or _lookup(s) is not None for s in sites) or any(
                self._places_in([s])[0] or any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")
                                               for c in s.children) for s in sites):
            return
        dateline = self.actors.dateline_place()
        if dateline is None:
            return
        city, country = dateline
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        hosts = [i for p in _by_objects(verb) for i in self._ids(p, as_agent=True)] if passive else self._subject(verb)
        # (a host titled with no country told is the dateline's: "LONDON - Foreign Secretary Yvette Cooper welcomed")
        if not hosts or not all(country in self.actors.home_countries(h) or (
                not self.actors.home_countries(h) and self.actors.holds_office(h)) for h in hosts):
            return
        for said in (c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")):
            # ("his Congolese counterpart Felix Tshisekedi": the demonym on the role tells where he comes from)
            from_abroad = any(d != country for d in self._demonyms(said))
            for guest in self._ids(said, as_agent=True):
                if self._abroad(guest, {country}) or (from_abroad and not self.actors.home_countries(guest)):
                    self._emit(guest, "visit", city, verb, verb)

    def _went_along(self, companions: list[str], travellers: list[str], token: Token) -> None:
        """Those who went along with travellers are where the travellers' last told journey (an asserted one first)
        took them, unless that is home."""
        journeys = [f for f in self.found if f.relation == "visit" and f.agent.id in travellers
                    and f.end <= token.sent.end_char]
        journey = next((f for f in reversed(journeys) if f.modality == "asserted"), journeys[-1] if journeys else None)
        for companion in companions if journey is not None else []:
            if journey.target.id not in self.actors.home_countries(companion):
                self._emit(companion, "visit", journey.target.id, token, token, modality=journey.modality)

    def _last_accord_parties(self, token: Token) -> list[str]:
        """The parties of the last agreement the story told before this sentence ("Turkey, Syria and Jordan signed an
        agreement"), in the order named; one made, not one they "hope to sign"."""
        start = token.sent.start_char
        accords = [f for f in self.found if f.relation == "cooperate" and f.end <= start and f.modality == "asserted"]
        if not accords:
            return []
        last = [f for f in accords if f.start == accords[-1].start]  # every pair of that sentence's accord
        return list(dict.fromkeys(i for f in last for i in (f.agent.id, f.target.id)))

    def _last_meeting_parties(self, token: Token, noun: Token) -> list[str]:
        """ "Pashinyan and Aliyev met in Tbilisi ... Kallas welcomed the meeting": the parties of the last meeting (for
        "the visit", the visitor) the story told in this sentence or the two before it, else of the one its lead
        tells."""
        relation = next((e.relation for e in triggers().get((noun.lemma_.lower(), "NOUN"), ())
                         if e.relation in ("meet", "visit")), None)
        if relation is None or (relation == "meet" and noun.lemma_.lower() not in _PRIVATE_MEETINGS):
            return []  # (a summit is an event of its own: "KCNA condemned the summit" is a stance on it, not its guests)
        window = self._window_start(token.sent, 2)
        told = [f for f in self.found if f.relation == relation and f.modality == "asserted" and window <= f.start
                and (f.end <= token.sent.start_char or (
                    f.start == token.sent.start_char and 0 <= self.doc.text.find(f.trigger, f.start, f.end) < token.idx))
                and not self._by_call(f) and not self._told_as_background(f)]
        if not told:
            lead_end = self.actors.lead_sentences[-1].end_char if self.actors.lead_sentences else 0
            told = [f for f in self.found if f.relation == relation and f.modality == "asserted"
                    and f.end <= lead_end < token.idx and not self._by_call(f)]
            told = [f for f in told if (f.start, f.trigger) == (told[0].start, told[0].trigger)]
        if not told:
            return []
        last = [f for f in told if (f.start, f.trigger) == (told[-1].start, told[-1].trigger)]
        return list(dict.fromkeys(i for f in last for i in ((f.agent.id, f.target.id) if relation == "meet"
                                                             else (f.agent.id,))))

    def _window_start(self, sentence: Span, before: int) -> int:
        """Where a look-back starts: the first character of the earliest of `sentence` and the `before` sentences
        before it."""
        return min(s.start_char for s in (sentence, *self.actors.previous_sentences(sentence, before)))

    def _told_as_background(self, found: Interaction) -> bool:
        """Whether an event was told as the time of another ("The visit comes six months after Muttaqi travelled to
        New Delhi"): background, not the event a later "the visit" refers to."""
        told = self._trigger_token(found)
        if told is None:
            return False
        for token in (told, *told.ancestors):
            if any(c.dep_ == "mark" and c.lower_ in _NOT_WHEN for c in token.children) or (
                    token.dep_ in ("pcomp", "pobj") and token.head.lower_ in _NOT_WHEN):
                return True
            if token.dep_ in ("ROOT", "ccomp", "conj"):
                return False
        return False

    def _trigger_token(self, found: Interaction) -> Token | None:
        """The word that told an interaction already found (its record keeps the word's text, not its index): the
        first word of its sentence written so (a whole word: "met" is not the start of "Metellus")."""
        sentence = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        return next((t for t in sentence if t.text == found.trigger), None) if sentence is not None else None

    def _by_call(self, found: Interaction) -> bool:
        """Whether a meeting was told by a verb of getting in touch from afar ("telephoned both leaders")."""
        told = self._trigger_token(found)
        return told is not None and told.lemma_.lower() in _ADDRESSING_VERBS - {"meet"}

    def _titled_name_after(self, subject: Token) -> list[str]:
        """"IAEA chief Rafael Grossi will travel", the body's name parsed as the subject (even as a verb): the person
        the title after it names."""
        doc = self.doc
        if subject.i + 2 >= len(doc) or not self.actors.gaz.title(doc[subject.i + 1].lower_) or not any(
                self.actors.actor(i).type == "Organization" for i in self.actors.mention_ids(subject)):
            return []
        person = self.actors.mention_ids(doc[subject.i + 2])
        return person if len(person) == 1 and self.actors.actor(person[0]).type == "Person" else []

    def _abroad(self, person: str, countries: set[str]) -> bool:
        """Whether a person known to serve a country, and not posted to these, is out of it in these countries."""
        home = self.actors.home_countries(person)
        return self.actors.actor(person).type == "Person" and bool(home) and not home & countries \
            and not self.actors.posted_countries(person) & countries

    def _lead(self) -> Span | None:
        """The story's first sentence of body text (not a headline: long enough and closed by a full stop)."""
        return next((s for s in self.doc.sents if len(s) > 6 and s.text.strip()[-1:] in '.!"”'), None)

    def _lead_actor(self, reported: bool = False) -> list[str]:
        """The subject of the story's first sentence of body text when it tells an act: the actor a piece is about
        (with reported=True also the subject of an act the lead reports: "Britain has offered ..., No 10 said")."""
        lead = self._lead()
        if lead is None:
            return []
        if reported and lead.root.lemma_.lower() in _REPORTING_VERBS:
            return [i for c in lead.root.children if c.dep_ == "ccomp" for t in c.children if t.dep_ == "nsubj"
                    for i in self._ids(t, as_agent=True)][:1]
        if lead.root.lemma_.lower() in _REPORTING_VERBS and not any(
                c.dep_ == "ccomp" and c.pos_ == "VERB" and _lookup(c) is None
                and any(a.dep_ == "aux" and a.lower_ in ("will", "would") for a in c.children)
                and any(s.dep_ == "nsubj" and s.lower_ in ("it", "they", "he", "she", "we") for s in c.children)
                for c in lead.root.children):
            return []  # a lead that reports what someone said names a speaker, not the mover (unless it tells the
            # speaker's own coming act: "X said it would invest", not a stance: "X said it was against ...")
        return [i for t in lead if t.dep_ == "nsubj" and t.head == lead.root for i in self._ids(t, as_agent=True)][:1]

    def _participle_patient(self, participle: Token, entry: Trigger) -> Token | None:
        """What a passive participle's "by" acts on: the noun it describes ("Nawrocki, a nationalist backed by Law
        and Justice"), or its clause's subject when fronted ("Backed by China, Kim ...") or when the clause is a
        meeting or a journey ("X and Y met in Doha, hosted by the emir"); None when the attachment is a guess."""
        head = participle.head
        journey = any(e.relation in ("meet", "visit") for e in triggers().get((head.lemma_.lower(), "VERB"), ()))
        patient = head if participle.dep_ == "acl" else next(
            (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and (c.i > participle.i or journey)), None)
        if patient is None or (patient.pos_ == "NOUN" and patient.dep_ in ("advcl", "dep", "ROOT")):
            return None  # a noun parsed as a clause of its own
        if entry.relation not in ("support", "oppose") and not (
                patient.pos_ == "PROPN" or self.actors.mention_ids(patient) or _in_class(patient, _VENTURE_NOUNS)):
            return None  # "a concert, hosted by X": an event hosted, not a guest received
        if patient.dep_ == "appos" and patient.pos_ == "NOUN" and not _in_class(patient, _VENTURE_NOUNS):
            return patient.head  # "Shamkhani, Iran's top official, hosted by Wang": the one described
        return patient

    def _hostile_target(self, noun: Token, names: bool = True) -> list[str]:
        """Whose the things an attack hits are: "Pakistani border posts", "Saudi oil facilities" (a demonym), and
        with `names` "struck Hezbollah positions" (a name before the noun; not after a noun of attack, whose
        object may be a market: "the Asian assault on the US market")."""
        compounds = [c for c in noun.children if c.dep_ == "compound"]
        return self._demonyms(noun) or [i for c in compounds for i in self._demonyms(c)] or [
            i for c in compounds if names for i in self._ids(c, as_agent=True)
            if self.actors.actor(i).type in ("Country", "Organization")]

    def _demonyms(self, noun: Token) -> list[str]:
        """The countries named by demonym adjectives on a noun: "the British rebate" → United Kingdom."""
        if noun.lemma_.lower() in _QUANTITY_NOUNS or noun.like_num:
            # "tariffs on C$4.2 billion worth of American goods": the goods the amount is of
            noun = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), noun)
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
        modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
        # ("the Egyptian-Sudanese position": two demonyms joined by a hyphen, the first hung on the second)
        modifiers += [g for c in modifiers if c.dep_ == "amod" for g in c.children if g.dep_ == "amod"
                      and g.i + 2 == c.i and self.doc[g.i + 1].text == "-"]
        countries = (self.actors.demonym_country(c) for c in modifiers)  # ("Canadian softwood lumber")
        return list(dict.fromkeys(country for country in countries if country is not None))

    def _prep_objects(self, token: Token, preps: frozenset[str]) -> list[Token]:
        # ("criticism from Congress and from the regulator": a preposition joined to the first one counts too;
        # "travelled to Bangkok on Tuesday and to Phnom Penh on Wednesday": so does one joined to another phrase)
        # ("travel on to Paris": a preposition after an adverbial "on" hangs on it)
        heads = [child for child in token.children if child.dep_ in ("prep", "dative") or (
            # ("stands fully by Cyprus": an active verb's "by" taken for a passive's agent)
            child.dep_ == "agent" and token.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in token.children)
            and token.tag_ != "VBN")]
        heads += [c for child in heads if child.lower_ == "on" and not any(c.dep_ == "pobj" for c in child.children)
                  for c in child.children if c.dep_ == "prep"]
        # ("for talks with Abiy and with African Union officials": the second "with" hung on the "for")
        heads += [c for c in (token.head.conjuncts if token.dep_ == "pobj" else ()) if c.pos_ == "ADP"
                  and c.i > token.i and any(h.lower_ == c.lower_ for h in heads)]
        return [pobj for child in heads
                for prep in (child, *(c for c in child.conjuncts if c.pos_ == "ADP")) if prep.lower_ in preps
                for pobj in ([c for c in prep.children if c.dep_ == "pobj"] or _stranded_name(prep))]

    # -- emitting ---------------------------------------------------------------------------
    def _emit(self, agent: str, relation: str, target: str, trigger: Token, anchor_token: Token,
              modality: str | None = None, located: bool = False, own_side: bool = False) -> None:
        """Record one interaction unless a rule of sense rules it out; located: the target is where the agent is
        said to be ("in England for the match"), a place even in a sport report; own_side: the agent's own country
        stands for its national side ("congratulated the team"), not its government."""
        if agent == target:
            return
        agent_actor, target_actor = self.actors.actor(agent), self.actors.actor(target)
        if agent_actor.type not in _AGENT_TYPES:
            return
        if relation in ("meet", "greet") and target_actor.type == "Place":
            return
        if relation != "visit" and not self.sporting and (country := self.actors.city_country(target)):
            # "recalled its envoy from Tel Aviv" (but in a sports report a town is its club: "a move to Southampton")
            target, target_actor = country, self.actors.actor(country)
            if agent == target:
                return
        if relation == "visit" and (trigger.lemma_.lower() in ("leave", "return") or target_actor.type == "Place") \
                and self._at_home(agent, target_actor):
            # "before leaving for Berlin", said of the German chancellor: a journey home; "Albanian Prime Minister
            # Edi Rama ... in Tirana": one's own capital is no visit
            return
        if relation == "support" and not own_side and agent_actor.type == "Person" \
                and target in self.actors.served_bodies(agent) \
                and (target_actor.type == "Organization" or target in self.actors.home_countries(agent)):
            # "Milburn defended his party's posters", "Milei defended his government's talks": backing one's own
            # party or government is no news of a stance
            return
        if relation == "meet" and trigger.lemma_.lower() == "accompany" and trigger.tag_ == "VBN" and (
                trigger.dep_ in ("acl", "advcl") or any(c.dep_ == "auxpass" for c in trigger.children)):
            # "Sharif, accompanied by his foreign minister, ...", "Sheinbaum was accompanied by Ebrard": his own
            # party, not someone he met
            return
        if relation == "meet" and trigger.lemma_.lower() == "accompany" and not (
                self.actors.home_countries(agent) and self.actors.home_countries(target)
                and not self.actors.home_countries(agent) & self.actors.home_countries(target)) \
                and not self._received(agent, target) and not self._received(target, agent):
            # "Planas, who accompanied Sanchez": a minister going along with his own leader meets no one (a host
            # who received the guest he accompanies, or one known to serve another country, does)
            return
        if relation in ("meet", "greet") and (target in self.actors.served_bodies(agent)
                                              or agent in self.actors.served_bodies(target)) \
                and "Person" in (agent_actor.type, target_actor.type):
            # "the Lib Dems will hold news conferences with Charles Kennedy": a leader meets no own party;
            # "Rutte will host NATO defence ministers": nor greets it
            return
        sentence = trigger.sent
        official_trip = agent_actor.type == "Person" and self.actors.holds_office(agent) and (
            (relation == "visit" and target_actor.type in ("Place", "Country"))
            or (relation in ("meet", "greet") and target_actor.type == "Person" and self.actors.holds_office(target))
            or (relation == "greet" and target_actor.type == "Country"))
        # (at a match, two office holders still greet and meet each other: "Macron greeted the Taoiseach", and one
        # hosts a national side: "the minister hosted both squads at a dinner"; a team
        # that "arrived in Milan" or "will travel to Ecuador" went there, as anyone would; but one who "came to
        # Tottenham" or "arrived at Stamford Bridge" joined a club)
        journey = located or (
            relation == "visit" and target_actor.type in ("Place", "Country") and trigger.pos_ == "VERB"
            and trigger.lemma_.lower() in _MOTION_VERBS - {"come"} and not any(
                (c.dep_ == "prep" and c.lower_ == "at") or c.lower_ in ("back", "home") for c in trigger.children))
        # ("Kerr and FAI officials met representatives from Switzerland": people, not a side)
        # ("Anelka is in talks with City": talks are never a match)
        emissaries = relation == "meet" and ((trigger.pos_ == "VERB" and any(
            c.dep_ in ("nsubj", "dobj") and c.lower_ in _EMISSARY_NOUNS for c in trigger.children))
            or (trigger.pos_ == "NOUN" and trigger.lemma_.lower() in _NEGOTIATION_NOUNS))
        if relation in _FIXTURE_RELATIONS and not official_trip and not journey and not emissaries and (
                self.sporting or (sporting(sentence) and (
                    agent_actor.type == target_actor.type == "Organization" or (trigger.pos_ == "VERB" and any(
                        a.type == "Organization" and self.actors.gaz.lookup(a.label) is None
                        for a in (agent_actor, target_actor)))))):
            # teams and players "meet", "visit" and "sign" each other in fixtures and transfers ("the Indomitable
            # Lions were due to host Gabon in a friendly": a team no list knows, in a sentence of sport; not
            # "discussions with the USTA"); an office holder's trip to the town of a match is still a visit
            return
        if relation == "support" and trigger.lemma_.lower() == "back" and trigger.tag_ == "VBN" \
                and agent_actor.type == "Organization" and target_actor.type != "Country" \
                and any(w.lower() in _FINANCIER_WORDS for w in agent_actor.label.split()):
            # "Newcastle are backed by Saudi Arabia's Public Investment Fund": money put into a club or a firm, not
            # a stance (but "the International Monetary Fund backed the plan" of a country takes one)
            return
        if relation == "support" and self.sporting and self.actors.is_local(agent):
            return  # "backed by 2,000 travelling fans": a crowd cheering its side is no news of a stance
        if self.sporting and trigger.lemma_.lower() in _PLAY_VERBS:
            return  # "blocked Bellamy's effort", "blasted the ball": moves of play, not stances
        if trigger.lemma_.lower() == "receive" and not (
                target_actor.type in ("Person", "Country") or self.actors.is_local(target)
                or any(_in_class(c, _SENT_BODIES) for c in trigger.children if c.dep_ == "dobj")):
            return  # one receives visitors, not awards or letters (a body's delegation is visitors)
        if relation in ("greet", "meet") and trigger.pos_ == "VERB" and trigger.lemma_.lower() == "host" and any(
                _in_class(c, _BROADCAST_NOUNS | _HOUSED_NOUNS) for c in trigger.children if c.dep_ == "dobj"):
            # "hosting the children's show Fat Albert": a show one presents, not a guest; "a bid to host the EU's new
            # customs authority": a body one houses
            return

        if relation == "meet" and trigger.lemma_.lower() == "see" and trigger.pos_ == "VERB" and (not all(
                self.actors.actor(k).type == "Person" and (self.actors.home_countries(k) or self.actors.served_bodies(k))
                for k in (agent, target)) or any(
                c.dep_ in ("prt", "xcomp", "ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
                for c in trigger.children) or any(g.dep_ == "acl" for c in trigger.children if c.dep_ == "dobj"
                                                    for g in c.children)):
            # "will see Kurti" meets him (people who hold office seeing each other); "sees Blair as a liability",
            # "a fan saw Edwards in Goa", "saw Brown leave" do not
            return
        if trigger.lemma_.lower() in _MOTION_VERBS and relation == "visit" and target_actor.type not in (
                "Place", "Country") and not (target_actor.label.endswith(" House")
                                             and self.actors.gaz.lookup(target_actor.label) is None):
            return  # "the award went to Aaltra": travel ends at a place (a house the NER took for a body is one:
            # "went on to Bute House")
        if relation == "support" and trigger.lemma_.lower() in _RECOGNISING_VERBS:
            # "refuses to recognise her successor", "has not recognised Maduro": withheld recognition is a stand
            # against (asserted: the refusal is what happened)
            if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in _REFUSING_VERBS:
                relation, modality = "oppose", modality_of(trigger.head)
            elif (modality or modality_of(trigger)) == "negated":
                relation, modality = "oppose", "asserted"
        if trigger.lemma_.lower() in _ACT_JUDGING_VERBS and trigger.pos_ == "VERB" and not any(
                c.dep_ == "dobj" and (c.lemma_.lower() in _PLAN_NOUNS | _REMARK_NOUNS | _CLAIM_NOUNS or any(
                    e.relation == "visit" for e in triggers().get((c.lemma_.lower(), "NOUN"), ())))
                and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
                for c in trigger.children):
            # "regretted Argentina's decision", "regretted the visit" (not "regretted South Africa's absence", nor
            # "is unlikely to regret his decision": one's own)
            return
        if relation == "oppose" and trigger.lemma_.lower() in _CONSENTING_WHEN_DENIED \
                and (modality or modality_of(trigger)) == "negated":
            return  # "does not object to dialogue between X and Y", "had no objection to X": consent, not a stance
        key = (agent, relation, target, sentence.start)
        if key in self._seen:
            return
        self._seen.add(key)
        modality = modality or modality_of(trigger)
        if modality in ("planned", "hypothetical") and relation in ("support", "oppose") and trigger.pos_ == "NOUN" \
                and trigger.dep_ == "dobj":
            if anchor_token == trigger.head.head and self._urged_crowd(trigger.head) is not None:
                modality = modality_of(anchor_token)  # "called on bloggers to lend support to X": as sure as the call
            elif trigger.head.lemma_.lower() in _STANCE_GIVING_VERBS:
                modality = modality_of(trigger.head)  # "pledged support for": a stance is taken by pledging it
        if modality in ("planned", "hypothetical") and trigger.lemma_.lower() in _PERFORMATIVE_VERBS \
                and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in _WISHING_VERBS and any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in trigger.head.children):
            modality = "asserted"  # '"I would like to thank X," said Y': thanks given by saying so
        timed = trigger
        if anchor_token is trigger and trigger.dep_ in ("advcl", "xcomp") and trigger.head.pos_ in ("VERB", "AUX") \
                and any(c.tag_ == "TO" for c in trigger.children) and self._date(trigger, future=False)[0] is None:
            timed = trigger.head  # "flies to Doha on Monday to meet the emir": the journey's date is the meeting's
        present = timed.tag_ in ("VBZ", "VBP") or (timed.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in timed.children))
        date_text, iso = self._date(anchor_token if timed is trigger else timed,
                                    future=modality in ("planned", "hypothetical") or present)
        if modality == "asserted" and (
                (iso and self.anchor and iso > self.anchor.isoformat()[: len(iso)])
                or (date_text and timed.tag_ != "VBD" and date_text.lower().split()[0] in _FUTURE_DATE_WORDS)):
            modality = "planned"
        text = sentence.text
        stripped = text.strip()
        start = sentence.start_char + (len(text) - len(text.lstrip()))
        place = self._place(anchor_token, {agent, target}, relation)
        self.found.append(Interaction(
            agent=agent_actor, relation=relation, target=target_actor, modality=modality,
            trigger=trigger.text, sentence=stripped, start=start, end=start + len(stripped),
            date=iso, date_text=date_text, place=place,
        ))
        if trigger.lemma_.lower() in _COPRESENCE_VERBS and agent_actor.type == target_actor.type == "Person" \
                and len(self._subject(trigger)) <= 2:  # (not every pair of seven ministers who signed a communiqué)
            self._emit(agent, "meet", target, trigger, anchor_token)
        # "X hosted Y in Beijing": Y visited Beijing; "X visited an orphanage in Tanzania": X visited Tanzania
        facility = self.actors.is_local(target) or (
            target_actor.type == "Place" and target_actor.label.split()[-1].lower() in _FACILITY_NOUNS)
        visitor = target if relation == "greet" else agent if relation == "visit" and facility else None
        if relation == "meet" and place is not None:
            # "Grossi met Araghchi in Tehran": meeting someone in the country they serve, one comes from elsewhere
            guests = [x for x, host in ((agent, target), (target, agent))
                      if self._at_home(host, place) and not self._at_home(x, place)
                      and not self.actors.home_countries(x) & self.actors.home_countries(host)]
            visitor = guests[0] if len(guests) == 1 else None
        if place is not None and place.label.split()[-1].lower() in _ARRIVAL_PLACES:
            visitor = None  # "welcomed Albanese at Jacksons International Airport": a landing, not a visit
        if visitor is not None and place is not None and not self._at_home(visitor, place) \
                and (visitor, "visit", place.id, sentence.start) not in self._seen:
            self._seen.add((visitor, "visit", place.id, sentence.start))
            self.found.append(Interaction(
                agent=self.actors.actor(visitor), relation="visit", target=place, modality=modality,
                trigger=trigger.text, sentence=stripped, start=start, end=start + len(stripped), date=iso,
                date_text=date_text,
            ))

    def _at_home(self, agent: str, place: Actor) -> bool:
        """Whether a place is in a country the agent serves ("Kim Jong Un ... in Pyongyang")."""
        capital_of = self.actors.gaz.capital(place.label) if place.type == "Place" else None
        country = place.id if place.type == "Country" else slugify(capital_of) if capital_of else None
        return country is not None and country in self.actors.home_countries(agent)

    def _date(self, token: Token, *, future: bool) -> tuple[str | None, str | None]:
        """The date words governed by the trigger's clause, and their ISO form."""
        subtree = {t.i for t in token.subtree}
        sentence = token.sent
        dates = [ent for ent in sentence.ents if ent.label_ in ("DATE", "TIME") and ent.root.i in subtree
                 and not _dates_other_event(ent, token) and not _in_dateline(ent)
                 and not _in_clause_of_argument(ent, token)]
        dates = [ent for ent in dates if ent.label_ == "DATE"] or dates
        if not dates:
            return None, None
        text = dates[0].text.strip()
        return text, resolve_date(text, self.anchor, future=future)

    def _place(self, token: Token, exclude: set[str], relation: str = "") -> Actor | None:
        """An "in <place>" phrase on the trigger's clause or on its object ("welcomed X to <place>" too)."""
        holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "pobj"))]
        # "talks with Serbian President Vucic in Belgrade": the place, parsed as hanging from the partner
        # (a meeting held or met, not one called for: "a call for a summit with the EU in Asuncion")
        if token.pos_ == "VERB" or token.dep_ == "dobj":
            holders += [p for holder in list(holders) for p in self._prep_objects(holder, frozenset({"with"}))]
        preps = frozenset({"in", "at", "to"}) if relation == "greet" else frozenset({"in", "at"})
        return self._first_place([p for holder in holders for p in self._prep_objects(holder, preps)], exclude)

    def _gathering_place(self, verb: Token, gathering: Token) -> Actor | None:
        """Where an attended gathering is held: an "in"/"at" on the verb or on the gathering (or on its "of" phrase:
        "a summit of East African leaders in Nairobi"), or on the clause a participle qualifies ("hosted a summit in
        Nairobi, attended by X")."""
        return self._place(verb, set()) or self._first_place(self._prep_objects(gathering, frozenset(
            {"in", "at"})) + [q for o in self._prep_objects(gathering, frozenset({"of"}))
                              for q in self._prep_objects(o, frozenset({"in", "at"}))], set()) or (
            self._place(verb.head, set()) if gathering.head == verb.head and verb.dep_ == "advcl" else None)

    def _first_place(self, pobjs: list[Token], exclude: set[str]) -> Actor | None:
        """The first place or country some prepositions' objects name, or one named in an "in" on them ("at State
        House in Nairobi")."""
        pobjs = pobjs + [q for p in pobjs for q in self._prep_objects(p, frozenset({"in"}))]
        # "in the western city of Lviv": the name in a settlement's "of"
        pobjs += [q for p in pobjs if p.pos_ == "NOUN" and p.lower_ in _TOWN_NOUNS | _AREA_NOUNS
                  for q in self._prep_objects(p, frozenset({"of"})) if q.pos_ == "PROPN"]
        for pobj in pobjs:
            for actor_id in self.actors.mention_ids(pobj):
                if actor_id not in exclude and self.actors.actor(actor_id).type in ("Place", "Country"):
                    return self.actors.actor(actor_id)
        return None

    # -- triggers ---------------------------------------------------------------------------
    def verb(self, token: Token, entry: Trigger) -> None:
        if token.tag_ == "VBG" and token.dep_ == "conj" and token.head.tag_ in ("VBD", "VBZ", "VBP") \
                and not any(c.dep_ == "aux" for c in token.children):
            return  # "changed take-off and landing procedures": a noun the tagger joined to a finite verb
        if token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and self._misparsed_clause(token, entry):
            return
        if self._urged_stance(token, entry):
            return
        if entry.lemma in _CONSENTING_VERBS | _DECLINING_VERBS and (self.sporting or not any(
                _in_class(o, _CONSENTED_NOUNS) for c in token.children for o in (
                    [c] if c.dep_ in ("dobj", "nsubjpass") else
                    [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "to" else []))):
            return  # "accepted a buyout from Verizon" backs Verizon; not "accepted an invitation from", nor "accept
            # an offer from Stade Francais" (a transfer)
        if entry.lemma in _REBUTTING_VERBS and token.dep_ == "acl" and _in_class(token.head, _AGENTIVE_NOUNS) \
                and token.head.dep_ == "dobj" and token.head.head.lemma_.lower() == "have":
            # "Qwest, which had an earlier offer for MCI rejected": the one the offer was for turns down its maker
            offer = token.head
            rejecters = [i for p in (_by_objects(token) or self._prep_objects(offer, frozenset({"for"})))
                         for i in self._ids(p, as_agent=True)]
            self._pairs(rejecters, "oppose", self._subject(offer.head), token, token, entry)
            return
        agents = self._subject(token)
        if not agents and entry.relation in ("oppose", "support", "accuse"):
            agents = self._medium_owner(token)  # "a Labour poster attacking Mr Howard": who put it out
        if not agents and (entry.relation in ("oppose", "support", "accuse")
                           or entry.indirect in ("oppose", "support")):
            agents = self._crowd(token)  # "Business groups welcomed the move", "fans booed Glazer"
        agents += [i for i in self._likewise(token) if agents and i not in agents]
        if entry.relation == "visit" and agents:
            agents += [i for i in self._companions(token) if i not in agents]
        if entry.lemma in _REBUTTING_VERBS:
            rebutters, accusers = self._charge_answered(token, agents)
            if rebutters and accusers:
                # "X accused Y of Z, a charge Y rejects": the one who rebuts opposes the accuser
                self._pairs(rebutters, "oppose", accusers, token, token, entry)
                return
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and passive.lower_ == "who" and token.dep_ == "relcl" and any(
                self.actors.actor(i).type == "Person" for i in self.actors.mention_ids(token.head)):
            # "Sultan Haitham, who was hosted by Modi in New Delhi": the person the clause is about (not "the owners
            # of Rover, who have been accused", hung on the firm)
            passive = token.head
        if passive is None and token.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in token.children):
            # "The bill is expected to be opposed by the Liberal Democrats": the subject of the verb it hangs from
            passive = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
            if passive is None and token.head.dep_ == "acomp":  # "X is due to be greeted by the King": "is"'s subject
                passive = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
        if passive is None and token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children):
            # "arrived in Belgrade and was received by Vucic": the first verb's subject is the one received
            # the subject nearest the first verb: a misparsed dateline ("NAIROBI, March 3 -") may come before it
            passive = max((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.head.i),
                          key=lambda c: c.i, default=None)
            if passive is not None:  # ("RIGA, Oct 14 (Agency) - X arrived ...": the name after the dateline's dash)
                passive = _after_dateline(passive)
            clause = token.head
            while passive is None and clause.dep_ in ("xcomp", "acomp") and clause.head.i != clause.i:
                # "was due to hold talks with X and to be received by Y": the subject of the clause it hangs from
                clause = clause.head
                passive = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if passive is None and token.dep_ == "conj" and token.tag_ == "VBN" and _by_objects(token) and not any(
                c.dep_ in ("nsubj", "aux", "auxpass") for c in token.children) \
                and any(c.dep_ == "auxpass" for c in token.head.children):
            # "He was met at the airport by X and later welcomed by Y": the passive's subject is shared
            passive = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
        if passive is None and any(c.dep_ == "auxpass" for c in token.children) and token.dep_ in ("pcomp", "advcl"):
            # "was met at the airport before being greeted by Mr Aliyev": the clause's subject is the one greeted
            clause = token.head.head if token.dep_ == "pcomp" else token.head
            passive = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if passive is None and token.tag_ == "VBN" and _by_objects(token) and token.dep_ in ("acl", "advcl") \
                and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
            passive = self._participle_patient(token, entry)
            if passive is not None and _in_class(passive, _VENTURE_NOUNS):
                return  # "the unit backed by Manara Minerals": an investment, not a stance
        targets: list[str] = []
        relation = entry.relation
        if passive is not None and entry.lemma == "meet" and self._prep_objects(token, frozenset({"at"})):
            relation = "greet"  # "was met at Haneda airport by Motegi": a welcome on arrival
        if passive is not None and entry.lemma in _MOTION_VERBS:
            return  # "the Afghan side was headed by Yaqoob": led, not travelled to
        if passive is not None:
            targets = self._ids(passive, groups=True, as_agent=relation != "visit")
            if not targets and relation in ("support", "oppose") and token.dep_ == "relcl" and any(
                    c.dep_ == "poss" and c.lower_ == "whose" for c in passive.children):
                targets = self._ids(token.head, as_agent=True)  # "Nike, whose products are endorsed by X": Nike
            if not targets and entry.indirect:  # "the EU's move was welcomed by Beijing", "the sanctions were ..."
                owners = self._authors(passive) or self._earlier_owner(passive)
                if not owners and _points_back(passive) and (entry.lemma in _REBUTTING_VERBS or _in_class(
                        passive, _REMARK_NOUNS)):  # "This argument was rejected by Mr Blair": the last speaker's
                    owners = self._last_speaker(token, agents)
                if not owners and passive.tag_ == "WDT" and token.dep_ == "relcl":
                    owners = self._offerer(token.head)  # "Deutsche Boerse offered £1.3bn, which was rejected by"
                if not owners and entry.indirect in ("support", "oppose") and passive.pos_ == "NOUN":
                    owners = self._also_judged(token, entry.indirect, agents)
                if not owners and entry.indirect in ("support", "oppose") and _in_class(passive, _ACCORD_NOUNS) \
                        and entry.lemma in _REACTING_VERBS and passive.tag_ == "NN" and any(
                            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in passive.children):
                    # "Japan and the Philippines signed a pact ... The agreement was welcomed by South Korea"
                    parties = self._last_accord_parties(token)
                    owners = parties if not set(parties) & set(agents) else []
                if owners:
                    relation, targets = entry.indirect, owners
        if entry.lemma in _HOSTILE_ACTS and any(_in_class(c, _STRUCK_OBJECTS) for c in token.children
                                                if c.dep_ == "dobj"):
            return  # "Ukraine strikes Turkmen gas deal": a deal made, no attack
        # "head", "fly", "go" reach their destination through a preposition: "Airbus head X" has no visit
        objects = [] if entry.lemma in _MOTION_VERBS | _TOPIC_VERBS else [
            c for c in token.children if c.dep_ in ("dobj", "dative")
            or (c.dep_ == "npadvmod" and relation == "visit" and c.ent_type_ in ("GPE", "LOC"))  # misparsed object
            or (c.dep_ == "advmod" and c.pos_ == "PROPN" and c.i == token.i + 1)]  # "accused O'Reilly of", misparsed
        # "denounced Lee Jae-myung and Sanae Takaichi as vassals": the second name parsed as joined to the verb
        objects += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN" and any(
            o.dep_ == "dobj" and o.pos_ == "PROPN" and any(k.dep_ == "cc" and o.i < k.i < c.i for k in token.children)
            for o in objects) and not any(g.dep_ in ("nsubj", "dobj", "aux") for g in c.children)
            and self.actors.mention_ids(c)]
        # "who met Starmer briefly at Farmleigh": the name parsed as a modifier of the adverb after it
        objects += [g for c in token.children if c.dep_ == "advmod" and not objects for g in c.children
                    if g.dep_ == "compound" and g.i == token.i + 1 and g.ent_type_ == "PERSON"]
        # "did not meet Prime Minister Modi, who was touring Assam, and a planned visit ... was shortened": the name
        # after the verb parsed as the subject of the clause joined to it
        # (or of the clause the verb was hung from: "meet" as the complement of "was cancelled")
        clauses = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"] + (
            [token.head] if token.dep_ in ("ccomp", "conj") and token.head.i > token.i else [])
        objects += [s for c in clauses if not objects for s in c.children
                    if s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == token.i + 1 and s.ent_type_ == "PERSON"]
        # "greeted arriving leaders, among them Carney and Prabowo": the named members of an unnamed object
        objects += [c for holder in (token, *objects) for c in holder.children
                    if c.dep_ in ("dep", "appos", "npadvmod") and c.i > token.i and any(
                        p.dep_ == "prep" and p.lower_ == "among" and any(o.lower_ == "them" for o in p.children)
                        for p in c.children)]
        if not objects and relation in ("support", "oppose"):
            # "condemned as a threat Abiy's repeated statements": the object moved after its "as" phrase, parsed as
            # an apposition of it
            objects = [a for p in self._prep_objects(token, frozenset({"as"})) for a in p.children
                       if a.dep_ == "appos" and a.i > p.i]
        if entry.lemma in _HELPING_VERBS:
            if self.sporting or (token.dep_ in ("ccomp", "conj")
                                 and not any(c.dep_ == "nsubj" for c in token.children)):
                return  # "helped Chelsea beat Arsenal"; a helper misparsed away ("the programme will help Turkey")
            # the one helped is named first: not "plans to help first-time buyers and the Tories would ..."
            objects = [o for o in objects if self.actors.mention_ids(o, as_agent=True)]
        if not objects and relation == "accuse":  # "The Sunday Times alleged that Sayeed had ...": the one charged
            objects = [s for c in token.children if c.dep_ == "ccomp" for s in c.children
                       if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN"]
        if not objects and entry.lemma in _HELPING_VERBS:  # "to help Taiwan defend itself": the one helped
            objects = [s for c in token.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                       if s.dep_ == "nsubj" and s.pos_ == "PROPN"]
        if entry.lemma in _MOTION_VERBS and entry.relation == "visit" and any(
                c.dep_ == "prt" and c.lower_ != "on" for c in token.children):
            return  # "went down to", "headed off": not a journey to the object (but "came out against" opposes)
        if entry.lemma in _ENVOY_VERBS and passive is None:
            self._pairs(agents, relation, self._envoy_countries(token, agents), token, token, entry)
            return
        # "vetoed several of the government's bills", "criticised some of his ministers": the part's whole
        objects = [next(iter(self._prep_objects(o, frozenset({"of"}))), o) if o.lower_ in _QUANTIFIERS else o
                   for o in objects]
        if token.dep_ == "relcl":  # "China's fixed rate, which the G7 have blamed": the antecedent is the object
            antecedent = token.head
            if antecedent.dep_ == "pobj" and antecedent.head.head.dep_ == "acl" \
                    and antecedent.head.head.tag_ == "VBN" and antecedent.head.head.head.pos_ == "NOUN" \
                    and all(self.actors.actor(i).type == "Place" for i in self._ids(antecedent)):
                # "Al-Sahra Transport, a trucking firm based in Kufra, which it accused": the firm, not the town
                antecedent = antecedent.head.head.head
            objects = [antecedent if c.tag_ in ("WDT", "WP") and c.lower_ in ("which", "that", "whom", "who") else c
                       for c in objects]
            summary = token.head
            if not self._ids(summary) and relation in ("support", "oppose") and (
                    summary.dep_ in ("npadvmod", "appos") or (
                        # "shut its border, a move that Ghana criticised": the summary parsed as a second object
                        summary.dep_ == "dobj" and self.doc[summary.left_edge.i - 1].text == ","
                        and any(c.dep_ == "dobj" and c.i < summary.i for c in summary.head.children))) \
                    and _in_class(summary, _ACT_SUMMARY_NOUNS) and summary.head.pos_ == "VERB":
                # "France, Britain and Germany triggered UN sanctions, a step Tehran rejected": the act's doers;
                # "Berlin praised Kurti's offer, a step Serbian officials dismissed": the step is the one praised
                stance = (judging := _lookup(summary.head)) is not None and judging.relation in ("support", "oppose")
                owned = [c for c in summary.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                         and any(g.dep_ == "poss" for g in c.children)] if stance else []
                objects = owned or [c for c in summary.head.children if c.dep_ == "nsubj"]
        if not objects and entry.indirect:  # "praised what he called Spain's approach": the thing so called
            objects = [o for c in token.children if c.dep_ == "ccomp" and c.lemma_.lower() in _JUDGING_VERBS
                       and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)
                       for o in (*c.children, *self._prep_objects(c, frozenset({"as"})))  # "what he described as"
                       if (o.dep_ in ("oprd", "pobj") or (o.dep_ == "dobj" and o.lower_ != "what"))
                       and o.pos_ in ("NOUN", "PROPN")]  # ("condemned what he called reckless violations")
            # "have opposed Tajik plans for the dam": an object the parser took for a clause
            objects = objects or [c for c in token.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"
                                  and _in_class(c, _PLAN_NOUNS) and not any(
                                      g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children)]
        if entry.lemma in _DISPUTING_VERBS:  # "denied the claims": only claims are disputed
            objects = [obj for obj in objects if _in_class(obj, _CLAIM_NOUNS) or _points_back(obj)]
            if passive is not None and not _in_class(passive, _CLAIM_NOUNS):
                return
        for obj in objects:
            if relation in ("greet", "meet") and obj.tag_ in ("NNPS", "NNS") and self.actors.gaz.demonym(obj.text) \
                    and any(c.dep_ == "nummod" for c in obj.children):
                continue  # "hosting more than a million Syrians": a counted people, refugees, not guests
            ids = self._ids(obj, groups=True, as_agent=relation != "visit")
            if not ids and relation in ("oppose", "support") and (crowd := self.actors.crowd_actor(obj)) and (
                    relation == "oppose" or " " in self.actors.actor(crowd).label):
                # "taunting Arsenal fans", "heckled the protesters": an unnamed crowd opposed; "hailed the Anfield
                # crowd": one said whose or what kind backed (not bare "the fans", a side's own)
                ids = [crowd]
            if obj.pos_ == "PRON" and len(agents) > 1 and set(ids) & set(agents):
                ids = []  # "Hungary and Slovakia blocked them": "them" is not the subjects themselves
            if relation == "visit" and obj.pos_ == "NOUN" and (obj.lower_ in _STANDING_FOR_NOUNS
                                                               or obj.lemma_.lower() in _STANDING_FOR_NOUNS):
                ids = []  # "visit U.S. troops stationed in Poland": no visit to the country they stand for
            if not ids and relation == "visit" and obj.pos_ == "NOUN":
                ids = self._where_antecedent(token, obj)
            if not ids and relation == "visit":
                places = (self.actors.facility_actor(member) for member in [obj, *obj.conjuncts])
                ids = [place for place in places if place]
            if not ids and relation == "visit":  # "visited Kenya's biggest slum": the visit is to Kenya
                ids = [i for c in obj.children if c.dep_ == "poss" for i in self._ids(c)
                       if self.actors.actor(i).type in ("Country", "Place")]
            if relation == "visit" and obj.pos_ == "NOUN" and all(
                    self.actors.actor(i).type not in ("Country", "Place") or self.actors.is_local(i) for i in ids):
                # "visited troops in Basra", "a credit union in Mozambique": the unnamed visited are somewhere
                holder = obj if self._prep_objects(obj, frozenset({"in"})) else token if not ids else None
                ids += self._places_of_site(holder) if holder is not None else []
                # "an HIV/Aids clinic in Kenya and a school in Uganda": each listed site's place
                ids += [i for c in obj.conjuncts if c.pos_ == "NOUN" and self._prep_objects(c, frozenset({"in"}))
                        for i in self._places_of_site(c) if i not in ids]
                # "visited the injured crew at a hospital in Puerto Princesa": the place of the site they are at
                ids += [i for site in self._prep_objects(token, frozenset({"at"})) if site.pos_ == "NOUN"
                        for i in self._places_of_site(site) if i not in ids]
                if not any(self.actors.actor(i).type in ("Place", "Country") and not self.actors.is_local(i)
                           for i in ids):
                    # "visited a hotel used to house asylum seekers in Nuneaton": the town told in the site's
                    # participle
                    ids += [i for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
                            for t in c.subtree if t.dep_ == "prep" and t.lower_ == "in"
                            for i in self._places_in([p for p in t.children if p.dep_ == "pobj"])[0][:1]
                            if i not in ids][:1]
            if not ids and entry.indirect and obj.lemma_.lower() in _CONTENT_NOUNS:
                # "welcomed news that Norway would pay", "criticised the way Blair's government works"
                subjects = [subject for clause in obj.children if clause.dep_ in ("acl", "ccomp", "relcl")
                            and (obj.lemma_.lower() in ("way", "manner")
                                 or any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children))
                            for subject in clause.children if subject.dep_ == "nsubj"]
                ids = [i for subject in subjects for i in (self._ids(subject, as_agent=True) or self._authors(subject))]
                relation = entry.indirect if ids else relation
            if relation == "greet" and obj.lemma_.lower() == "counterpart" and (
                    not ids or all(self.actors.forum(i) for i in ids)):
                # "hosted his Mercosur counterparts": the bloc's other members, whom the text does not name, are
                # received (but "met his EU counterparts" meets in the EU's council)
                continue
            if ids:
                targets += ids
            elif entry.indirect and self.actors.gaz.family(obj.lower_) is None:
                # ("I don't blame Lucy's mother": a kinsman named by another is no thing of that other's)
                owner_ids = self._authors(obj) or self._earlier_owner(obj) or self._clause_owner(obj, entry.indirect, token)
                if not owner_ids and entry.indirect in ("support", "oppose") and obj.pos_ == "NOUN" and any(
                        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
                    owner_ids = self._also_judged(token, entry.indirect, agents)  # "France also condemned the move"
                if not owner_ids and _in_class(obj, _PHASE_NOUNS):  # "welcomed the resumption of talks between X and Y"
                    owner_ids = [i for o in self._prep_objects(obj, frozenset({"of"})) for i in self._authors(o)]
                thing = self.actors.thing_before(obj) if obj.lower_ == "it" and not owner_ids else None
                if thing is not None and _in_class(thing, _PLAN_NOUNS):
                    # "threw his weight behind Carney's bill, while Poilievre dismissed it": the thing's owner
                    owner_ids = self._authors(thing) or self._earlier_owner(thing)
                if not owner_ids and _points_back(obj) and (entry.lemma in _REBUTTING_VERBS or (
                        _in_class(obj, _REMARK_NOUNS) and entry.indirect in ("support", "oppose"))):
                    # "Albanese rejected that", "Beijing condemned the remarks": what the last speaker said
                    owner_ids = self._last_speaker(token, agents)
                if not owner_ids and passive is None:  # "condemned strikes by Myanmar's military": "by" on the verb
                    owner_ids = [i for p in _by_objects(token) for i in self._ids(p, as_agent=True)]
                if not owner_ids and obj.head != token and obj.head.lemma_.lower() in _JUDGING_VERBS:
                    # "condemned what it called provocations by the Philippines": "by" on the verb of calling
                    owner_ids = [i for p in self._prep_objects(obj.head, frozenset({"by", "from"})) if p.i > obj.i
                                 for i in self._ids(p, as_agent=True)]
                if not owner_ids and _in_class(obj, _ACT_NOUNS | _AGENTIVE_NOUNS):
                    # "violations of allied airspace by Russian drones": the doer's "by" hung on the "of" phrase
                    owner_ids = [i for o in self._prep_objects(obj, frozenset({"of"}))
                                 for p in self._prep_objects(o, frozenset({"by"})) for i in self._ids(p, as_agent=True)]
                if not owner_ids and passive is None and obj.dep_ == "dobj" \
                        and _in_class(obj, _AGENTIVE_NOUNS | _REMARK_NOUNS | _CLAIM_NOUNS):
                    # "rejecting a higher offer from Qwest", "threw out a challenge by the council", "criticised
                    # contradictory messages from US officials": the maker, parsed as hanging from the verb
                    owner_ids = [i for p in self._prep_objects(token, frozenset({"from", "by"})) if p.i > obj.i
                                 for i in self._ids(p, as_agent=True)]
                pronoun = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
                if pronoun is not None and owner_ids and set(owner_ids) <= set(agents) \
                        and entry.indirect in ("oppose", "support") and entry.lemma not in _SELF_STANCE_VERBS \
                        and not any(c.lower_ == "own" for c in obj.children):
                    # "the US blocked its application": a stance on one's own act is rarely meant; "praised his
                    # players" is on one's own people, no one else's
                    owner_ids = self.actors.other_referent(pronoun, set(agents)) \
                        if not _in_class(obj, _OWN_PEOPLE) else []
                if not owner_ids and entry.indirect in ("support", "oppose") and _in_class(obj, _TRANSFER_NOUNS) \
                        and not any(c.dep_ == "poss" for c in obj.children):
                    # "Bellamy rejected a move to Celtic": the move is the subject's, the stance on the club
                    # (in a sports report a town is its club: "a move to Southampton")
                    owner_ids = [i for p in self._prep_objects(obj, frozenset({"to"})) + self._prep_objects(
                        token, frozenset({"to"})) for i in self._ids(p, as_agent=True)
                        if self.actors.actor(i).type == "Organization"
                        or (self.sporting and self.actors.actor(i).type == "Place")]
                if not owner_ids and entry.lemma in _HOSTILE_ACTS:  # "attacking Pakistani border posts"
                    owner_ids = self._hostile_target(obj)
                if not owner_ids and entry.indirect in ("support", "oppose") and _in_class(obj, _ACCORD_NOUNS) \
                        and entry.lemma in _REACTING_VERBS and obj.tag_ == "NN" \
                        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
                    # "Turkey, Syria and Jordan signed an agreement ... Barrack welcomed the agreement": a reaction to
                    # the parties' act (not one of theirs: "accepted the deal" is no stance on the other side)
                    parties = self._last_accord_parties(token)
                    owner_ids = parties if not set(parties) & set(agents) else []
                if not owner_ids and entry.indirect in ("support", "oppose") and entry.lemma in _REACTING_VERBS \
                        and obj.pos_ == "NOUN" and not list(obj.children)[1:] and any(
                            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
                    # "Pashinyan and Aliyev met ... Kallas welcomed the meeting", "the RSF condemned the visit"
                    parties = self._last_meeting_parties(token, obj)
                    owner_ids = parties if not set(parties) & set(agents) else []
                if owner_ids:
                    relation, targets = entry.indirect, targets + owner_ids
        if not targets and entry.target_preps:
            # the phrase may hang from the topic or the means: "discussed trade with X", "spoke by phone with X"
            topics = [c for c in token.children if c.dep_ == "dobj" and entry.lemma in _TOPIC_VERBS]
            topics += [p for t in topics for p in self._prep_objects(t, frozenset({"of"}))]  # "the issue of rights"
            if entry.lemma == "raise":  # "raised Spain's trade deficit with China": a deficit with China, no meeting
                topics = [t for t in topics if t.dep_ == "pobj"]
            holders = [token, *topics,
                       *(p for p in self._prep_objects(token, frozenset({"by", "over"})) if p.pos_ == "NOUN")]
            preps = entry.target_preps
            if relation == "meet" and any(_in_class(p, _REMOTE_MEANS) for p in self._prep_objects(
                    token, frozenset({"by", "on", "over"}))):
                preps = preps | {"to"}  # "spoke to Napat by telephone": a call, not a speech to an audience
            for pobj in (p for holder in holders for p in self._prep_objects(holder, preps)):
                found = self._ids(pobj, groups=True, as_agent=relation != "visit")
                if not found and relation == "visit":
                    place = self.actors.facility_actor(pobj)
                    found = [place] if place else []
                if not found and entry.indirect:  # "hit out at the trade policies of the G7"
                    found = self._authors(pobj)
                    relation = entry.indirect if found else relation
                targets += found
        if not targets and relation == "greet" and entry.lemma in ("host", "co-host"):
            # "offered to host talks between the two governments": the host receives both parties
            targets = [i for o in objects if _is_meeting(o) for p in self._prep_objects(o, frozenset({"between"}))
                       for i in self._ids(p, groups=True, as_agent=True) if i not in agents]
        if entry.particle and not targets:
            for pobj in self._prep_objects(token, frozenset({entry.particle})):
                targets += self._ids(pobj, as_agent=relation != "visit")
        if relation == "meet" and targets and any(
                _in_class(p, _ARRIVAL_PLACES) for holder in [token, *objects]
                for p in self._prep_objects(holder, frozenset({"at", "on", "upon"}))):
            relation = "greet"  # "Abiy met his Kenyan counterpart at the airport"
        if relation == "greet" and targets and not agents:  # "Crowds welcomed Pope Francis in Baghdad"
            place = self._place(token, set(targets), relation)
            for target in targets if place is not None else []:
                if not self._at_home(target, place):
                    self._emit(target, "visit", place.id, token, token)
        if entry.lemma == "take" and (self._in_sport(token) or any(
                _in_class(p, _PRIZE_NOUNS) for p in self._prep_objects(token, frozenset({"for"})))):
            return  # "Chelsea take on Barcelona on Wednesday": a match; "takes on the BBC for the award": a contest
        if entry.lemma == "join":  # "joined Sir Keir at the skills centre" (not "joined the EU", "joined in talks")
            # (somewhere: not "joined Jupitus on his morning show", "joined Guy in a performance", "joins Charvis on
            # the sidelines"; nor "was joined on stage by his wife", company rather than a meeting)
            at_place = [p for p in self._prep_objects(token, frozenset({"at", "in"}))
                        if self._places_in([p, *(t for t in p.subtree if t.i < p.i and t.pos_ == "PROPN")])[0]
                        or self.actors.facility_actor(p) or _in_class(p, _GATHERING_NOUNS)
                        or any(e.relation == "visit" for e in triggers().get((p.lemma_.lower(), "NOUN"), ()))]
            at_place += [p for p in self._prep_objects(token, frozenset({"for"})) if _in_class(p, _GATHERING_NOUNS)]
            active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
            if active and not self.sporting and any(
                    any(e.relation == "visit" for e in triggers().get((p.lemma_.lower(), "NOUN"), ()))
                    for p in self._prep_objects(token, frozenset({"on"}))):
                # "Snell, who joined Mr Streeting on the visit": the joiner goes where the one joined went
                for target in targets:
                    went = next((f for f in reversed(self.found) if f.relation == "visit" and f.agent.id == target
                                 and f.modality == "asserted" and f.end <= token.idx), None)
                    for agent in agents if went is not None else ():
                        self._emit(agent, "visit", went.target.id, token, token)
            targets = [t for t in targets if self.actors.actor(t).type == "Person"] \
                if at_place and active and not self.sporting else []
            for place in dict.fromkeys(p for p in self._places_in([p for at in at_place for p in at.subtree
                                                                    if p.i <= at.i])[0]
                                       if self.actors.actor(p).type == "Place") if targets else ():
                for agent in agents:  # "joined Sir Keir at the Aberdeen skills centre": the joiner is in Aberdeen
                    if not self._at_home(agent, self.actors.actor(place)):
                        self._emit(agent, "visit", place, token, token)
        if entry.lemma in ("battle", "warn", "fire") and any(c.dep_ == "prt" or (
                entry.lemma == "fire" and c.dep_ == "prep" and c.lower_ in ("into", "to")) for c in token.children):
            return  # "battle it out for prizes", "fired up by Brown's speech", "fired Liverpool into the last 16"
        if entry.lemma in ("battle", "warn"):  # "battling the Russian authorities", "warned Tehran", "warned Hungary
            # that funds could be frozen" (a warning to a person is often advice: "warned Blair that the war could be
            # illegal")
            targets = [t for t in targets if self.actors.actor(t).type in ("Country", "Organization")]
        if entry.lemma == "campaign" and relation == "visit":  # a candidate on the trail, not "Greenpeace campaigned
            agents = [a for a in agents if self.actors.actor(a).type == "Person"]  # in Brazil for years"
        if relation == "visit" and not targets and entry.lemma in _MOTION_VERBS - {"leave", "return", "depart"}:
            # "Foreign Secretary Lazaro, who travelled with the president, signed ...": where the one travelled with
            # was last told to go
            led = {i for p in self._prep_objects(token, frozenset({"with"}))
                   for i in self._ids(p, as_agent=True) if self.actors.actor(i).type == "Person"}
            targets = next(([f.target.id] for f in reversed(self.found) if f.relation == "visit"
                            and f.agent.id in led and f.modality == "asserted"), [])
        self._pairs(agents, relation, targets, token, token, entry)
        if relation == "greet" and entry.lemma == "receive" and not self.sporting and not any(
                t.lemma_.lower() in _ARRIVAL_SPOTS for p in self._prep_objects(token, frozenset({"at", "on", "in"}))
                for t in p.subtree) and not any(
                t.lower_ == "arriving" for c in token.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree):
            # "Albanese received Singh at The Lodge": a reception is an audience, a meeting of the two (not a
            # greeting at the airport or on the tarmac, nor a line of "arriving heads of delegation")
            people = [a for a in agents if self.actors.actor(a).type == "Person"]
            self._pairs(people, "meet", [t for t in targets if self.actors.actor(t).type == "Person"], token, token,
                        entry)
        if relation == "visit" and entry.lemma == "call":  # "called on President X": a courtesy call meets him
            self._pairs(agents, "meet", [t for t in targets if self.actors.actor(t).type == "Person"], token, token,
                        entry)
        if relation == "request" and targets and any(c.dep_ == "xcomp" and (c.lemma_.lower() in _DESISTING_VERBS or (
                c.lemma_.lower() == "think" and c.doc[c.i + 1:c.i + 2].text.lower() == "again")) for c in token.children):
            # "urged Israel to halt", "urged Reeves to think again": a stance against
            self._pairs(agents, "oppose", targets, token, token, entry)

    def noun(self, token: Token, entry: Trigger) -> None:
        agents: list[str] = []
        targets: list[str] = []
        destinations: list[str] = []  # "his Asia tour", "a Pyongyang visit": a named place before a visit noun
        clause = token
        holder_noun = token.lemma_.lower() in _STANCE_HOLDERS
        quarrel = entry.relation == "oppose" and entry.reciprocal  # a row, dispute, feud, rift, clash ...
        if (holder_noun and self.sporting) or (token.lemma_.lower() in _PLAY_NOUNS and self._in_sport(token)) \
                or (token.lemma_.lower() in _OPPONENT_NOUNS and self.sporting):
            # "Milan's defenders", "Milan's veteran defence of Stam", "supporters of England": positions, fans;
            # "Saturday's clash with Chelsea", "her tussle with Radcliffe in the marathon": a match, a race; "home
            # meetings with Venezuelan opposition": the other side
            return
        earned = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token  # ("a lot of")
        if earned.dep_ == "dobj" and earned.head.lemma_.lower() in _EARNING_VERBS and entry.relation == "support" \
                and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ != "for") for c in token.children):
            # '"Rooney deserves a lot of credit," said Ferguson': the one who says so gives it (not "deserves
            # our support": given by "our")
            self._praise_of_named_subject(earned.head, token)
            return
        # "came to his minister's defence": the possessor is defended by the clause's subject
        rescue = entry.relation == "support" and token.dep_ == "pobj" and token.head.lower_ == "to"
        of_target = bool(self._prep_objects(token, frozenset({"of"})))
        for child in token.children:
            # "the army's main backer", "came to his minister's defence": the possessor is whom they hold to
            if child.dep_ == "poss" and (holder_noun or (rescue and not of_target)):
                targets += [i for i in self._ids(child, as_agent=True) if i not in targets]
                continue
            if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod") and child.i < token.i):
                if child.tag_ in ("NNS", "VBZ") and child.lower_.endswith("s") \
                        and (child.lemma_.lower(), "VERB") in triggers():
                    continue  # a headline's "Orban blocks EU aid", parsed as one noun phrase: "blocks" is its verb
                if child.dep_ in ("amod", "compound") and token.lemma_.lower() in _COURT_NOUNS and (
                        self.actors.demonym_country(child) is not None
                        or any(self.actors.actor(i).type == "Country" for i in self.actors.mention_ids(child))):
                    continue  # "a separate US lawsuit against Rosneft": the country of the court, not who sues
                owner = next((c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None) \
                    if child.lower_ == "their" and token.dep_ == "dobj" else None
                if owner is not None and (ids := self._ids(owner, as_agent=True)):
                    # "The two men held their first meeting": "their" is the subject, read as the subject is
                    agents += [i for i in ids if i not in agents]
                    continue
                for member in [child, *[t for t in child.subtree if t.i in self.actors._token_actor]]:
                    if entry.relation == "visit" and member.dep_ == "compound" and member.pos_ == "PROPN" \
                            and not _in_class(token, _SENT_BODIES):  # "the US delegation" is sent by the US
                        places = [i for i in self.actors.mention_ids(member)
                                  if self.actors.actor(i).type in ("Country", "Place")]
                        if places:
                            destinations += [i for i in places if i not in destinations]
                            continue
                    for actor_id in self.actors.mention_ids(member, as_agent=True):
                        if actor_id not in agents:
                            agents.append(actor_id)
                    country = self.actors.demonym_country(member)
                    if country is not None and country not in agents:
                        agents.append(country)
        for pobj in self._prep_objects(token, entry.agent_preps):
            if token.dep_ in ("npadvmod", "appos", "dep") and pobj.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in pobj.children) \
                    and not self.actors.mention_ids(pobj):
                # "Fidan arrived in Athens, the first visit by a Turkish foreign minister to Greece": the visitor
                # is the clause's subject (or the one the phrase is in apposition to), of the country the title names
                countries = set(self._ids(pobj, as_agent=True))
                doers = [i for i in (self._subject(token.head) if token.head.pos_ == "VERB"
                                     else self._ids(token.head, as_agent=True) if token.dep_ == "appos" else [])
                         if self.actors.actor(i).type == "Person" and self.actors.home_countries(i) & countries]
                if doers:
                    agents += [i for i in doers if i not in agents]
                    continue
            if entry.reciprocal and token.tag_ == "NNS" and pobj.conjuncts and not agents \
                    and self._prep_objects(token, frozenset({"of"})) == [pobj]:
                return  # "recent meetings of the G7 and the World Economic Forum": each body's own meetings
            agents += [i for i in self._ids(pobj, as_agent=True) if i not in agents]
        if not agents and entry.relation in ("support", "oppose"):
            # "firms face criticism from consumer groups": an unnamed crowd whose stance it is (each of a list:
            # "opposition from activists and farmers")
            agents = [key for pobj in self._prep_objects(token, entry.agent_preps & {"from", "by"})[:1]
                      for member in (pobj, *pobj.conjuncts) for key in [self.actors.crowd_actor(member)] if key]
        if not agents and "by" in entry.agent_preps and token.dep_ == "dobj" and not any(
                c.dep_ in ("auxpass", "nsubjpass") for c in token.head.children):
            # "recalled a visit to Port Sudan last week by X": an active verb has no agent, the noun's "by" does
            agents = [i for c in token.head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                      and c.i > token.i for p in c.children if p.dep_ == "pobj" for i in self._ids(p, as_agent=True)]
        if not agents and entry.reciprocal and token.dep_ == "pobj" and token.head.lower_ == "by" \
                and token.head.head.lemma_.lower() == "follow" and token.head.head.tag_ == "VBN" \
                and token.head.head.dep_ in ("acl", "advcl") and self.doc[token.head.head.i - 1].text == ",":
            # "held talks with Lutnick, followed by a working dinner with Greer": the talks' holders dine too
            main = next((a for a in token.head.head.ancestors if a.pos_ == "VERB"), None)
            agents = self._subject(main) if main is not None else []
        if not agents and token.dep_ == "appos" and token.tag_ == "NN" and entry.reciprocal:
            # "Xi Jinping and Vladimir Putin, meeting in Moscow, ...": a participle the tagger took for a noun
            agents = self._ids(token.head, as_agent=True)
        if not agents and entry.reciprocal and entry.relation == "meet" and any(
                c.dep_ == "nummod" and c.lower_ == "two" for c in token.children) and any(
                c.dep_ == "amod" and c.lemma_.lower() == "hold" for c in token.children):
            # "was received by Mustafa, and the two held talks": "held" taken for an adjective of "talks"; the two
            # are the pair whose greeting or meeting the sentence told first
            told = self._people_met_before(token)
            if told:
                self._reciprocal([told[-1].agent.id, told[-1].target.id], "meet", token)
                return
        between = self._prep_objects(token, frozenset({"between"})) or [
            # "talks in the Chinese capital between X and Y": the "between" hung on the place
            p for q in self._prep_objects(token, frozenset({"in", "at"}))
            if q.lemma_.lower() in _NAMED_PLACE_NOUNS or self._places_in([q])[0]
            for p in self._prep_objects(q, frozenset({"between"}))]
        if between and entry.reciprocal:
            members = [i for pobj in between for i in self._ids(pobj, as_agent=True)]
            # ("talks between Iran and its Gulf neighbours": Iran with each, not the neighbours with one another)
            apart = {i for pobj in between for t in (pobj, *pobj.conjuncts) for i in self.actors.region_countries(t)}
            self._reciprocal(members, entry.relation, token, apart)
            self._hosted(token, entry, members)
            return
        target_preps = entry.target_preps - {"between"}
        pobjs = self._prep_objects(token, target_preps)
        if not pobjs and entry.relation in ("greet", "meet"):
            # "hosted a dinner at the Treasury for X": the phrase hung on the place the event was held at
            pobjs = [p for q in self._prep_objects(token, frozenset({"at", "in"})) if q.pos_ == "PROPN"
                     for p in self._prep_objects(q, target_preps)]
        if not pobjs and "against" in target_preps:
            # "filed a lawsuit for defamation against X", "a claim for damages against X": hung on the grounds
            pobjs = [p for q in self._prep_objects(token, frozenset({"for"})) if q.pos_ == "NOUN"
                     for p in self._prep_objects(q, frozenset({"against"}))]
        if not pobjs and entry.relation == "visit":  # "the visit by Prince Faisal to Tehran", "to" on the visitor
            pobjs = [p for a in self._prep_objects(token, entry.agent_preps)
                     for p in self._prep_objects(a, target_preps)]
        carrier = _carrier(token, entry.relation)
        if pobjs and carrier is not None and token.dep_ == "dobj":
            # "held talks with Salam and with Speaker Berri": the second phrase parsed as joined to the verb
            pobjs += [p for c in carrier.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.i > token.i
                      and c.lower_ in target_preps for p in c.children if p.dep_ == "pobj"]
        if not pobjs and entry.relation in ("support", "oppose") and token.dep_ == "pobj" \
                and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _AMOUNT_NOUNS:
            # "a lot of respect for X", "a great deal of sympathy for X": the phrase hung on the amount
            pobjs = [p for p in self._prep_objects(token.head.head, target_preps) if p.i > token.i]
        if not pobjs and carrier is not None and token.dep_ == "dobj" and entry.relation in ("oppose", "sanction"):
            # "opened fire on Afghan posts", "launched an offensive against X", "slapped tariffs on X": the phrase
            # hung on the verb
            pobjs = [p for p in self._prep_objects(carrier, target_preps) if p.i > token.i]
        imposed = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"] \
            if entry.relation == "sanction" and not pobjs else []
        if imposed:
            # "sanctions imposed on Kosovo by the EU": the target and the one who imposed them, on the participle
            pobjs = [p for c in imposed for p in self._prep_objects(c, target_preps)]
            agents += [i for c in imposed for p in _by_objects(c) for i in self._ids(p, as_agent=True)
                       if i not in agents]
        owned_only = True  # every target so far is the owner of a thing ("backing for the project": its owner's)
        for pobj in pobjs:
            if entry.relation == "visit" and pobj.pos_ == "NOUN" and not self._ids(pobj):
                # "on a visit to a school in Kent": the school, and the place it is in
                facility = self.actors.facility_actor(pobj)
                targets += [facility] if facility else []
                targets += self._places_of_site(pobj)
                owned_only = False
                continue
            if quarrel:  # "a rift with its claims": a quarrel is with someone, never with a thing's owner
                targets += self._ids(pobj, as_agent=True)
                owned_only = False
                continue
            named = self._ids(pobj, groups=True, as_agent=entry.relation != "visit")
            owned_only = owned_only and not named
            targets += (named
                        or self._owners(pobj, entry.relation)
                        or (self._earlier_owner(pobj) if entry.relation in ("support", "oppose") else [])
                        or (self._demonyms(pobj) if _in_class(token, _MEASURE_NOUNS) else [])
                        or (self._hostile_target(pobj, names=False) if token.lemma_.lower() in _HOSTILE_ACTS else []))
        if targets:  # "a UK trade visit to China": with a destination said, the named country is the visitor (not
            # a region: "a Pacific tour ... in Suva")
            agents += [i for i in destinations if i not in agents and self.actors.actor(i).type == "Country"]
        else:
            targets = destinations
        light = _carrier(token, entry.relation)
        if light is None and not agents and token.dep_ == "pobj" and token.head.lower_ == "in" and token.tag_ == "NN" \
                and entry.relation == "oppose" and not any(c.dep_ in ("det", "poss") for c in token.children):
            light = _governing_verb(token.head)  # "resigned in protest over the laws": the one who resigned protests
        if light is not None and token.dep_ == "dobj" and light.lemma_.lower() in _STANCE_GIVING_VERBS \
                and any(c.dep_ == "poss" for c in token.children):
            # "Abdelatty pledged Egypt's support for Eritrea": the minister gives it, and his country
            agents += [i for i in self._subject(light) if i not in agents and self.actors.actor(i).type == "Person"
                       and set(agents) & self.actors.home_countries(i)]
        forums = [a for a in agents if self.actors.forum(a)]
        if light is not None and forums and token.dep_ == "dobj" and light.lemma_.lower() not in _RECIPIENT_VERBS \
                and entry.relation not in ("meet", "visit", "greet"):  # "attended the EU summit" meets the EU
            # "China filed a WTO complaint", "the E3 could reimpose UN sanctions": the body is the forum, the
            # subject acts through it
            doers = [i for c in light.children if c.dep_ == "nsubj" for i in self._ids(c, as_agent=True)]
            if doers:
                agents = [a for a in agents if a not in forums] + [d for d in doers if d not in agents]
        if light is None and token.dep_ == "dobj" and token.head.lemma_.lower() in _RECEIVING_VERBS \
                and entry.relation in ("support", "oppose", "accuse", "sanction"):
            # "the French plan met resistance from the Netherlands", "faced charges from the Department of Justice"
            light = token.head
        if light is not None and entry.relation == "greet" and light.lemma_.lower() in _JOIN_VERBS and not any(
                e.relation == "greet" for e in triggers().get((light.lemma_.lower(), "VERB"), ())):
            # "attended a dinner for Bush": a guest, not the host; "attended a dinner hosted by Xi": Xi hosts the guest
            hosts = [i for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     for p in (*self._prep_objects(c, frozenset({"by"})), *_by_objects(c))
                     for i in self._ids(p, as_agent=True)]
            self._pairs(hosts, "greet", self._subject(light) if hosts else [], token, light, entry)
            return
        if light is None and token.dep_ == "dobj" and token.head.lemma_.lower() in _CLOSING_VERBS | _CANCELLING_VERBS \
                and entry.relation in ("support", "oppose"):
            return  # "ended its support for X": a stance given up is not one taken (an embargo ended was there)
        # one wins backing or a visit; "wins Labour conference" hosts it
        receiving = light is not None \
            and light.lemma_.lower() in _RECIPIENT_VERBS | _RECEIVING_VERBS | _ANSWERING_VERBS \
            and (not targets or (owned_only and light.lemma_.lower() in _RECIPIENT_VERBS)) \
            and entry.relation != "meet" and (light.lemma_.lower() != "have" or any(
                c.dep_ == "prep" and c.lower_ in entry.agent_preps for c in token.children))  # (not "have a UKIP vote")
        if receiving and light.lemma_.lower() == "meet" and entry.relation == "support":
            return  # "Mexico had met its commitments": kept them (one meets resistance, not backing)
        if receiving and not agents and entry.relation in ("support", "oppose", "accuse", "sanction"):
            # "Scholz drew criticism from Poland": the source may hang from the verb
            agents = [i for pobj in self._prep_objects(light, entry.agent_preps & {"from"})
                      for i in (self._ids(pobj, as_agent=True) or [self.actors.crowd_actor(pobj)]) if i]
        if receiving and agents:
            clause = light
            # ("LONDON, May 3 (Wire) - Kraft Foods faces criticism": not the dateline parsed as a second subject)
            subject = next((c for c in light.children if c.dep_ in ("nsubj", "nsubjpass")
                            and not _is_dateline_subject(c)), None)
            if subject is None or subject.tag_ in ("WDT", "WP"):  # ("Namibia, which won backing from ...")
                targets = self._subject(light)
            else:  # "Ukraine's bid received backing": the bid's owner is backed
                targets = self._ids(subject) or self._authors(subject)
        elif receiving and entry.relation in ("support", "oppose"):
            return  # "won the endorsement of two more ministers", unnamed: the subject receives it, gives nothing
        elif light is not None:
            clause = light
            if _in_class(token, _SENT_BODIES) and light.lemma_.lower() == "lead":
                agents = [*self._subject(light), *agents]  # "X led the US delegation to Y": X goes too
            if not agents and token.dep_ == "nsubjpass" and entry.relation == "visit":
                # "A planned stop in Kuwait was cancelled": the stop of the journey the story last told
                agents = self._last_traveller()
            if not agents and entry.relation == "visit" and token.dep_ == "pobj" and token.head.lower_ == "on" \
                    and any(c.dep_ == "auxpass" for c in light.children):
                # "Hichilema, on a working visit to Angola, was met by Lourenço": the one met is the visitor
                agents = [i for c in light.children if c.dep_ == "nsubjpass" for i in self._ids(c, as_agent=True)]
            if not agents and entry.relation in ("support", "oppose") and token.dep_ == "dobj" \
                    and self._urged_crowd(light) is not None:
                # "called on bloggers to lend their support to X": the call is its maker's stance, as sure as it
                agents, clause = self._subject(light.head), light.head
            if not agents:
                agents = self._subject(light) or [  # "Brown has been locked in talks with ..."
                    i for c in light.children if c.dep_ == "nsubjpass" and light.lemma_.lower() in ("lock", "embroil")
                    for i in self._ids(c, as_agent=True)]
                if not agents and entry.relation in ("support", "oppose"):
                    # "The judges were full of praise for her writing", "Protesters hurled abuse at Blair"
                    agents = self._crowd(light)
                if not targets and entry.relation == "meet" and light.lemma_.lower() in _JOIN_VERBS \
                        and token.lemma_.lower() in _PRIVATE_MEETINGS and any(c.lower_ == "the" for c in token.children):
                    # "Kamieth did not attend the meeting": the meeting the story told, with whoever held it
                    targets = [i for i in self._most_met(token) if i not in agents]
                if light.lemma_.lower() == "join" and entry.relation in ("visit", "meet") and token.dep_ == "pobj":
                    # "Blair is to join Blunkett in a visit to Sheffield": both go
                    agents += [i for c in light.children if c.dep_ == "dobj"
                               for i in self._ids(c, as_agent=True) if i not in agents]
            elif not targets and entry.relation == "meet" and light.lemma_.lower() in _JOIN_VERBS:
                # "India attends the G7 meeting": who joins meets the body whose meeting it is
                joiners = [i for i in self._subject(light) if i not in agents]
                if joiners:
                    agents, targets = joiners, agents
            if not targets:
                for pobj in self._prep_objects(light, target_preps):
                    targets += (self._ids(pobj, groups=True, as_agent=entry.relation != "visit")
                                or self._owners(pobj, entry.relation))
            elif entry.relation == "visit" and "in" in target_preps:
                # "wrapped up a tour of the Gulf in Doha": the tour's last stop, said on the verb, is visited too
                targets += [i for pobj in self._prep_objects(light, frozenset({"in"})) for i in self._ids(pobj)
                            if self.actors.actor(i).type in ("Place", "Country") and i not in targets]
            if not targets and entry.relation == "meet" and light.lemma_.lower() in _WELCOMING_VERBS \
                    and agents == self._subject(light):
                # "Putin received Modi for talks": the host meets the guest (not "German-Polish consultations",
                # whose parties the noun names)
                targets = [i for c in light.children if c.dep_ == "dobj" for i in self._ids(c, as_agent=True)
                           if i not in agents]
            if not targets:  # "sent Bush his congratulations", "gave Kyiv its backing"
                for dative in (c for c in light.children if c.dep_ == "dative" and c.i < token.i):
                    targets += self._ids(dative)
            if not targets:  # "Kim was given a red-carpet welcome by Putin"
                for passive in (c for c in light.children if c.dep_ == "nsubjpass"):
                    targets += self._ids(passive)
            if not targets and light.dep_ in ("xcomp", "advcl") and entry.relation in ("support", "condole") \
                    and light.head.lemma_.lower() in _ADDRESSING_VERBS:
                # "telephoned Biya to offer his congratulations", "wrote to Blair to express his support" (not
                # "visited the embassy to offer condolences": a place one goes to is not whom one consoles)
                addressed = [c for c in light.head.children if c.dep_ == "dobj"] + self._prep_objects(
                    light.head, frozenset({"to"}))
                targets += [i for a in addressed for i in self._ids(a, as_agent=True) if i not in agents
                            and self.actors.actor(i).type != "Place"]
        elif not targets and agents and token.dep_ == "pobj" and (
                (token.head.lower_ in _CLAUSE_TARGET_PREPS and entry.relation in ("support", "oppose"))
                or (token.head.lower_ == "at" and entry.relation == "request")):
            # "with backing from China" backs the clause's subject; "at the invitation of Xi" invites it
            verb = _governing_verb(token.head)
            if verb is not None:
                targets = self._subject(verb)
        elif (targets or (entry.reciprocal and token.head.lower_ == "in" and not any(
                c.dep_ == "prep" and c.lower_ not in _TOPIC_PREPS for c in token.children))) and not agents \
                and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children) \
                and (frame := _frame(token)) is not None and (  # "spent the afternoon in talks" (not "with unions")
                (frame.lower_ in _EVENT_FRAME_PREPS and entry.relation in ("meet", "visit"))
                or (frame.lower_ in ("with", "in") and entry.relation in ("support", "oppose"))):
            # "opened the forum with an attack on Y", "in a rebuke to Y": the clause's subject takes the stance
            # "arrived for talks with Y", "during talks with Y, X said": the clause's subject takes part (not in one
            # owned by a name the tagger missed: "walked out ahead of the band's US tour")
            verb = _governing_verb(frame)
            # "from" frames a journey back ("returned from a trip to X"), not a gain ("profited from tours of X")
            # ("paid for a tour to Petra": the payer need not go)
            if verb is not None and (frame.lower_ != "from" or verb.lemma_.lower() in _MOTION_VERBS) \
                    and verb.lemma_.lower() not in _PAYING_VERBS:
                agents = self._subject(verb)
                if not agents and verb.lemma_.lower() in _SCHEDULING_VERBS:  # "X is expected in Dakar for talks"
                    agents = [i for c in verb.children if c.dep_ == "nsubjpass" for i in self._ids(c, as_agent=True)]
        if not targets and not agents and entry.relation == "visit" and token.dep_ == "pobj" \
                and token.head.lower_ == "on" and (verb := _governing_verb(token.head)) is not None \
                and (place := self._place(verb, set())) is not None:
            # "sailed across the lake in Bromsgrove while on a visit with Ruth Kelly": a visit to where the clause is,
            # by its subject and whoever the visit is "with"; "X was received by Y ... on a first foreign trip": X's
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            agents = [*([i for c in passive for i in self._ids(c, as_agent=True)] if passive else self._subject(verb)),
                      *(i for p in self._prep_objects(token, frozenset({"with"}))
                                              for i in self._ids(p, as_agent=True)
                                              if self.actors.actor(i).type == "Person")]
            targets = [place.id]
        if _in_class(token, _LEISURE_TRIPS):  # "on holiday in Egypt" (not "a tax holiday", "offered Meridian a ...")
            targets = [i for i in targets if self.actors.actor(i).type in ("Country", "Place")] if not any(
                c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children) else []
        if _in_class(token, _SENT_BODIES):  # "Britain's mission to the UN" is posted there, not visiting
            targets = [i for i in targets if self.actors.actor(i).type in ("Country", "Place")]
        if not agents and targets and rescue:
            verb = _governing_verb(token.head)
            agents = self._subject(verb) if verb is not None else []
        if not agents and targets and holder_noun:
            agents = self._holder(token)
        if not agents and targets and entry.relation == "visit" and token.dep_ == "nsubjpass" \
                and token.head.lemma_.lower() in _SCHEDULING_VERBS:
            agents = self._last_traveller()  # "Stops in Shrewsbury and Liverpool are planned": the story's traveller
        if not agents and targets and entry.relation == "meet" and (reporting := _reported_from(token)) is not None \
                and not any(c.dep_ == "nsubj" and c.lemma_.lower() in _PROXY_SPEAKERS for c in reporting.children):
            # "Talks with Euronext will continue, the LSE said": talks whose other party is unsaid are the speaker's
            # (not an official's: "an Italian official said a summit with Macron could follow" is their leader's)
            agents = [i for i in self._subject(reporting) if i not in targets]
        if not agents and entry.relation == "meet" and token.dep_ == "nsubj" and token.tag_ == "NNS" \
                and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children) \
                and token.head.lemma_.lower() in _PROGRESS_VERBS:
            # "Talks with Russia and Saudi Arabia have been taking place", "Discussions have begun with Indonesia":
            # talks with one party only, in a story about another, are the story's lead's
            targets = targets or [i for p in self._prep_objects(token.head, frozenset({"with"}))
                                  for i in self._ids(p, as_agent=True)]
            agents = [i for i in self._lead_actor(reported=True) if i not in targets] if targets else []
        if not agents and targets and entry.relation == "meet" and token.dep_ in ("nsubj", "nsubjpass") \
                and token.head.lemma_.lower() in _EVENT_FATE_VERBS and self._prep_objects(token, frozenset({"with"})) \
                and not any(c.dep_ in ("poss", "compound") for c in token.children):
            # "An expected audience with the crown prince did not take place", "a planned meeting with X could be
            # delayed": a meeting of the traveller the story told last, in this sentence or the one before
            start = self._sentence_back(token, 1).start_char
            agents = [f.agent.id for f in reversed(self.found) if f.relation == "visit" and f.start >= start
                      and f.agent.id not in targets][:1]
            clause = token.head
        if entry.relation == "meet" and len(targets) > 1 and _many_sided(token):
            self._reciprocal(targets, "meet", token)  # "a three-way meeting with A and B": A and B meet too
        if entry.relation == "meet" and len(set(agents)) > 1 and targets and (_many_sided(token) or any(
                c.dep_ == "amod" and c.lower_ == "joint" for c in token.children)):
            self._reciprocal(agents, "meet", token)  # "A and B will hold joint talks with C": A and B meet too
        if quarrel and not targets and not _hyphen_pair(token) and not (
                len(set(agents)) >= 2 and len({self.actors.actor(a).type for a in agents}) == 1):
            # "India's Reliance family feud": a country and a firm before a quarrel are no parties to it (but "the
            # Blair-Brown feud", "their rift")
            return
        called = [t for t in targets if self.actors.actor(t).type == "Person"] \
            if entry.relation == "visit" and entry.lemma == "call" else []
        if called:  # "paid a courtesy call on Senate President Davi Alcolumbre": a meeting too, as for the verb
            self._pairs(agents, "meet", called, token, clause, entry)
        if light is not None and light.lemma_.lower() in _ANSWERING_VERBS and receiving:
            # a stance answered was taken before the answer, however sure the answer is ("are yet to respond to",
            # "did not reply to criticism from Y"); only a hedge carries over ("would answer any charge")
            said = modality_of(light)
            for agent in agents:
                for target in targets:
                    self._emit(agent, entry.relation, target, token, clause,
                               modality="hypothetical" if said == "hypothetical" else "asserted")
            return
        self._pairs(agents, entry.relation, targets, token, clause, entry)
        if quarrel:  # "Russia's tax dispute with Yukos": a quarrel is mutual
            self._pairs(targets, entry.relation, agents, token, clause, entry)
        self._hosted(token, entry, [*agents, *targets])

    def _urged_stance(self, verb: Token, entry: Trigger) -> bool:
        """Urging people who are no actor to back or shun someone is the urger's stance: "urged Muslims not to vote
        for Labour" opposes Labour, "called on voters to support X" backs X."""
        if entry.relation not in ("support", "oppose") or self._urged_crowd(verb) is None:
            return False
        if entry.particle:
            objects = self._prep_objects(verb, frozenset({entry.particle}))
        else:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
        targets = [i for o in objects for i in self._ids(o, as_agent=True)]
        if not targets:
            return False
        relation = entry.relation
        if any(c.dep_ == "neg" for c in verb.children):
            relation = "oppose" if relation == "support" else "support"  # "not to vote for", "not to oppose"
        for agent in self._subject(verb.head):
            for target in targets:
                if target in self.actors.home_countries(agent):
                    continue  # "urged European governments to stand with Washington", said by a US minister
                self._emit(agent, relation, target, verb, verb.head, modality=modality_of(verb.head))
        return True

    def _urged_crowd(self, verb: Token) -> Token | None:
        """The people, no actor, whom a call urges to do what an infinitive says ("urged voters to", "called on
        bloggers to"), or None (not "urged European governments to stand with Washington": bodies act for
        themselves)."""
        head = verb.head
        if verb.dep_ != "xcomp" or head.lemma_.lower() not in _CALLING_VERBS:
            return None
        urged = next((c for c in head.children if c.dep_ == "dobj"), None)
        if urged is None and head.lemma_.lower() == "call":
            urged = next(iter(self._prep_objects(head, frozenset({"on"}))), None)
        if urged is None or urged.pos_ not in ("NOUN", "PROPN") or self._ids(urged, as_agent=True) \
                or _in_class(urged, _GOVERNMENT_NOUNS | _NATION_NOUNS):
            return None
        return urged

    def _companions(self, verb: Token) -> list[str]:
        """ "flew to Florida, accompanied by LeBlanc": those who went along."""
        holders = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
        found = [i for h in holders for c in h.children if c.lemma_.lower() == "accompany" and c.tag_ == "VBN"
                 for p in _by_objects(c) for i in self._ids(p, as_agent=True) if self.actors.actor(i).type == "Person"]
        # "flew into Port Moresby with Foreign Minister Penny Wong" (but not "arrived for talks with Xi", whose
        # "with" the parser may hang on the verb)
        if verb.pos_ == "VERB" and not any(
                (e := _lookup(p)) is not None and e.relation == "meet"
                for p in self._prep_objects(verb, _EVENT_FRAME_PREPS)):
            found += [i for p in self._prep_objects(verb, frozenset({"with"})) if p.ent_type_ == "PERSON"
                      for i in self._ids(p, as_agent=True) if self.actors.actor(i).type == "Person"]
        return found

    def _hosted(self, noun: Token, entry: Trigger, members: list[str]) -> None:
        """ "talks between A and B hosted by C": C receives both."""
        if entry.relation != "meet":
            return
        hosts = [i for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("host", "co-host")
                 for p in _by_objects(c) for i in self._ids(p, as_agent=True)]
        if hosts and not members and noun.dep_ == "pobj":  # "A and B met for talks hosted by C"
            verb = _governing_verb(noun.head)
            members = self._subject(verb) if verb is not None else []
        for host in hosts:
            for member in members:
                if member != host:
                    self._emit(host, "greet", member, noun, noun)

    def _holder(self, noun: Token) -> list[str]:
        """Who a noun like "critic" or "backer" describes: "X is a critic of", "X, a backer of", "X is one of the
        staunchest backers of"."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "some", "among"):
            noun = noun.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "among":
            noun = noun.head
        if noun.dep_ in ("attr", "prep") and noun.head.lemma_.lower() in _COPULAS:
            return self._subject(noun.head)
        if noun.dep_ == "appos":
            return self._ids(noun.head, as_agent=True)
        return []

    def _envoy_countries(self, verb: Token, agents: list[str]) -> list[str]:
        """Whose envoy is summoned, recalled or expelled: "the Indian envoy", "its ambassador to Australia"."""
        found: list[str] = []
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _ENVOY_NOUNS):
            ids = [i for i in self.actors.members_of(obj) if i not in agents]
            if not ids:
                ids = [i for pobj in self._prep_objects(obj, frozenset({"to", "in", "from"}))
                       for i in self._ids(pobj, as_agent=True) if i not in agents]
            found += [i for i in ids if i not in found]
        return found

    def _where(self, token: Token) -> tuple[list[str], set[str]]:
        """The places an "in" phrase on a word names, and the countries they are in ("in Tokyo": Tokyo, Japan)."""
        return self._places_in(self._prep_objects(token, frozenset({"in"})))

    def expulsion(self, verb: Token) -> None:
        """Ordering someone to leave expels them: "Muizzu ordered Indian military personnel to leave the islands"
        opposes India; "told the ambassador to go" opposes the ambassador."""
        leave = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _LEAVING_VERBS
                      and not any(g.dep_ == "neg" for g in c.children)), None)
        if leave is None or any(c.dep_ == "auxpass" for c in verb.children):
            return
        sent_away = [c for c in verb.children if c.dep_ == "dobj"] or [c for c in leave.children if c.dep_ == "nsubj"]
        targets = [i for c in sent_away for i in self._ids(c, as_agent=True)]
        for agent in self._subject(verb):
            for target in targets:
                if target != agent and target not in self.actors.home_countries(agent):
                    self._emit(agent, "oppose", target, verb, verb)

    def _where_antecedent(self, verb: Token, obj: Token) -> list[str]:
        """The named site a "where" clause hangs from, for "the" site visited in it: "at the Itaipu dam on the border,
        where the three leaders toured the hydroelectric plant" is a tour of the dam (the parser may hang the
        clause on a noun inside the site's phrase)."""
        if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children) \
                or any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in obj.children):
            return []
        site = verb.head
        for _ in range(3):
            ids = [i for i in self._ids(site) if self.actors.actor(i).type in ("Place", "Country")]
            facility = self.actors.facility_actor(site) if not ids and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in site.children) else None
            if ids or facility:
                return ids or [facility]
            if site.dep_ != "pobj" or site.head.dep_ != "prep":
                return []
            site = site.head.head
        return []

    def _places_of_site(self, holder: Token) -> list[str]:
        """The first place of each "in" phrase on a visited site or its verb, listed ones too: "hospitals in Newcastle
        and Hull", "a school in Kent"."""
        return [p for m in self._prep_objects(holder, frozenset({"in"})) for c in (m, *m.conjuncts)
                for p in self._places_in([c])[0][:1]]

    def _at_headquarters(self, at: Token) -> bool:
        """Whether an "at" phrase names a body's headquarters and no place ("at NATO headquarters"): in a datelined
        story, the dateline's city is where they are."""
        return any(p.lemma_.lower() in ("headquarters", "hq") and not self._places_in([p])[0] and not any(
            self._places_in([c])[0] for c in p.children if c.dep_ in ("compound", "poss"))
                   for p in at.children if p.dep_ == "pobj")

    def _places_in(self, mentions: list[Token]) -> tuple[list[str], set[str]]:
        """The places some mentions name, and the countries they are in ("Tokyo": Tokyo, Japan); an area's name
        stands for it ("in his Rae Bareli constituency")."""
        mentions = [*mentions, *(c for m in mentions if m.pos_ == "NOUN" and m.lower_ in _AREA_NOUNS
                                 for c in m.children if c.dep_ == "compound" and c.pos_ == "PROPN")]
        places = [i for m in mentions for i in self.actors.mention_ids(m)
                  if self.actors.actor(i).type in ("Place", "Country")]
        countries = {i for m in mentions for i in self.actors.mention_ids(m, as_agent=True)
                     if self.actors.actor(i).type == "Country"}
        return places, countries

    def presence(self, token: Token) -> None:
        """Being somewhere for an event is a visit: "the visiting X met Y in Seoul", "X is in Tokyo for talks"."""
        if token.lower_ == "visiting" and token.dep_ in ("amod", "compound", "csubj") and token.i < token.head.i:
            visitor = token.head
            if token.dep_ == "csubj":  # "Visiting Chinese Foreign Minister Wang Yi met ...", misparsed as a clause
                visitor = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i > token.i), None)
                if visitor is None or any(c.dep_ in ("dobj", "prep") for c in token.children):
                    return
            verb = _governing_verb(visitor) if visitor.dep_ != "ROOT" else None
            agents = self._ids(visitor, as_agent=True)
            place = self._place(verb, set(agents)) if verb is not None else None
            if place is not None:
                for agent in agents:
                    self._emit(agent, "visit", place.id, token, verb)
        elif token.lemma_.lower() in _SEEING_VERBS and token.pos_ == "VERB":
            # "He will see an orphanage in Tanzania": a person who sees a facility goes there
            facilities = [self.actors.facility_actor(obj) for c in token.children if c.dep_ == "dobj"
                          for obj in (c, *c.conjuncts) if obj.pos_ == "NOUN"]
            for agent in self._subject(token):
                if self.actors.actor(agent).type == "Person":
                    for facility in filter(None, facilities):
                        self._emit(agent, "visit", facility, token, token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in ("attend", "join") and (gathering := _attended(token)) \
                and (token.lemma_.lower() == "attend" or _in_class(gathering, _GATHERING_NOUNS) or any(
                    e.relation == "meet" for e in triggers().get((gathering.lemma_.lower(), "NOUN"), ()))) \
                and (place := self._gathering_place(token, gathering)) is not None:
            # "did not attend an IGAD summit on Sudan in Djibouti", "Trump, who attended the signing in Kuala
            # Lumpur", "the summit in Nairobi was attended by Museveni", "will join the talks in Lilongwe": who
            # attends a gathering held somewhere goes there, if known to come from another country
            seat = place.label if place.type == "Country" else (
                self.actors.gaz.capital(place.label) or self.actors.gaz.city_country(place.label))
            attenders = self._subject(token) if gathering.dep_ == "dobj" else [
                i for p in _by_objects(token) for i in self._ids(p, as_agent=True)]
            for agent in attenders if seat is not None else []:
                kind = self.actors.actor(agent).type
                if (kind == "Person" and self._abroad(agent, {slugify(seat)})) or (
                        kind == "Country" and agent != slugify(seat)):
                    self._emit(agent, "visit", place.id, token, token)
        elif token.pos_ == "VERB" and token.lemma_.lower() == "include" and (meeting := _meeting_subject(token)):
            # "The meeting, which also included Labour Minister Baerbel Bas, ...": who was included met those the
            # story last told meeting
            last = next((f for f in reversed(self.found) if f.relation == "meet" and f.end <= token.sent.start_char),
                        None)
            joined = [i for c in token.children if c.dep_ == "dobj" for i in self._ids(c, as_agent=True)
                      if self.actors.actor(i).type == "Person"]
            for person in joined if last is not None else []:
                for other in (last.agent.id, last.target.id):
                    if other != person:
                        self._emit(person, "meet", other, token, meeting)
        elif token.lemma_.lower() in _JOURNEY_STAGE_VERBS and token.tag_ == "VBG" \
                and token.dep_ in ("advcl", "acl") and (entry := _lookup(token.head)) is not None \
                and entry.relation == "visit":
            # "travelled to Scotland for a two-day visit, beginning at a wind turbine factory in Fife": where the
            # journey begins or ends, its traveller is
            sites = self._prep_objects(token, frozenset({"at", "in"}))
            places, _ = self._places_in(sites)
            places += [i for site in sites if site.pos_ == "NOUN"
                       for i in (self.actors.facility_actor(site), *self._places_of_site(site))
                       if i and i not in places]
            travellers = self._subject(token.head) if token.head.pos_ == "VERB" else self._last_traveller()
            for traveller in travellers:
                for place in places:
                    if self.actors.actor(traveller).type == "Person":
                        self._emit(traveller, "visit", place, token, token.head)
        elif token.lemma_.lower() == "accompany" and token.tag_ == "VBN" and _by_objects(token):
            # "Sheinbaum was accompanied by Economy Minister Marcelo Ebrard", "Merz travelled overnight by train,
            # accompanied by Boris Pistorius": who went along is where the traveller's last told journey took them
            carrier = token if any(c.dep_ == "nsubjpass" for c in token.children) else token.head
            travellers = [i for c in carrier.children if c.dep_ in ("nsubj", "nsubjpass")
                          for i in self._ids(c, as_agent=True)]
            companions = [i for p in _by_objects(token) for i in self._ids(p, as_agent=True)
                          if self.actors.actor(i).type == "Person" and i not in travellers]
            self._went_along(companions, travellers, token)
        elif token.lemma_.lower() == "accompany" and token.pos_ == "VERB" and token.tag_ != "VBN":
            # "Luis Planas, who accompanied Sanchez, ...": who went along is where the leader's journey took him
            leaders = [i for c in token.children if c.dep_ == "dobj" for i in self._ids(c, as_agent=True)
                       if self.actors.actor(i).type == "Person"]
            companions = [i for i in self._subject(token) if self.actors.actor(i).type == "Person" and i not in leaders]
            # (not "then accompanied him to Chengdu": a journey of its own; nor a host going along with his guest)
            if leaders and not self._prep_objects(token, frozenset({"to"})) and not any(
                    self._received(c, g) for c in companions for g in leaders):
                self._went_along(companions, leaders, token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in ("travel", "fly", "come") \
                and not self._prep_objects(token, frozenset({"to", "into", "in"})) \
                and not any(_bare_in(c) for c in token.children) and any(
                    p.ent_type_ == "PERSON" for p in self._prep_objects(token, frozenset({"with"}))):
            # "Foreign Minister Mauro Vieira, who travelled with Lula": he went where Lula's journey went
            leaders = [i for p in self._prep_objects(token, frozenset({"with"})) for i in self._ids(p, as_agent=True)
                       if self.actors.actor(i).type == "Person"]
            if leaders:
                self._went_along([i for i in self._subject(token) if self.actors.actor(i).type == "Person"
                                  and i not in leaders], leaders, token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in _JOURNEY_STAGE_VERBS and any(
                c.dep_ == "nsubj" and (e := _lookup(c)) is not None and e.relation == "visit" and e.pos == "NOUN"
                for c in token.children):
            # "The tour ends on Sunday in Brazzaville": a journey's traveller is where it begins or ends
            journey = next(c for c in token.children if c.dep_ == "nsubj")
            travellers = [i for c in journey.children if c.dep_ == "poss" for i in self._ids(c, as_agent=True)] \
                or self._last_traveller()
            places, countries = self._where(token)
            for traveller in travellers if places else []:
                if not self.actors.home_countries(traveller) & countries:
                    self._emit(traveller, "visit", places[0], token, token)
        elif token.lemma_ == "join" and token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in token.children) \
                and not any(p.lower_ == "in" and any(c.tag_ == "VBG" for c in p.children) for p in token.children):
            # "Brown was joined at the launch by Prescott": people together meet (not "was joined by Poland" as
            # a member, nor "was joined by X in refusing to accept the count": in an act, not at an event)
            joined = [i for c in token.children if c.dep_ == "nsubjpass" for i in self._ids(c, as_agent=True)]
            # ("was joined at the launch by X": the "by" hung on the event)
            by = _by_objects(token) or [p for c in token.children if c.dep_ == "prep" for o in c.children
                                        if o.dep_ == "pobj" for p in self._prep_objects(o, frozenset({"by"}))]
            # (not "joined on stage by his wife Sandra and daughter Larissa": one's family is no meeting)
            by = [m for p in by for m in (p, *p.conjuncts)
                  if not any(self.actors.gaz.family(t.lower_) for t in m.subtree if t.i < m.i)]
            joiners = list(dict.fromkeys(i for p in by for i in self.actors.mention_ids(p, as_agent=True)))
            if all(self.actors.actor(i).type == "Person" for i in joined + joiners):
                for joiner in joiners:
                    for other in joined:
                        self._emit(joiner, "meet", other, token, token)
        elif token.lemma_ == "leave" and token.pos_ == "VERB" and not any(
                c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for c in token.children):
            # "Macron left Beijing on Tuesday": someone known to serve another country had been there (not "leaving
            # Brasilia waiting", "left Moscow isolated": a state the place is left in)
            places, countries = self._places_in([c for c in token.children if c.dep_ == "dobj"])
            for agent in self._subject(token) if places and countries else []:
                if self._abroad(agent, countries):
                    self._emit(agent, "visit", places[0], token, token)
        elif (token.lemma_ == "expect" and any(c.dep_ == "nsubjpass" for c in token.children)) or (
                token.lower_ == "due" and token.dep_ == "acomp"):
            # "Lavrov is expected in Belgrade next month", "Meloni is due in Berlin on Friday": an arrival ahead
            travellers = ([i for c in token.children if c.dep_ == "nsubjpass" for i in self._ids(c, as_agent=True)]
                          if token.lemma_ == "expect" else self._subject(token.head))
            # ("is expected in Kinshasa and Kigali": each place listed)
            mentions = [c for m in self._prep_objects(token, frozenset({"in"})) for c in (m, *m.conjuncts)]
            stops = [self._places_in([m]) for m in mentions]
            for places, countries in (stop for stop in stops if stop[0]):
                for traveller in travellers:
                    if not self.actors.home_countries(traveller) & countries:
                        self._emit(traveller, "visit", places[0], token, token, modality=_stronger_planned(
                            modality_of(token) if token.lemma_ == "expect" else modality_of(token.head)))
        elif token.pos_ == "VERB" and (token.lemma_ in ("arrive", "land") or (
                token.lemma_ in ("fly", "come") and any(_bare_in(c) for c in token.children)) or (
                # "O'Neill, who travelled from Belfast to attend part of the summit": from a place, to none said
                token.lemma_ in ("travel", "fly", "come") and self._places_in(
                    self._prep_objects(token, frozenset({"from"})))[0]) or (
                token.lemma_ == "attend" and token.dep_ not in ("acl", "pcomp", "advcl")
                and not any(c.dep_ in ("dobj", "prep", "xcomp", "agent") for c in token.children)) or (
                token.lemma_ == "make" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("trip", "journey") and not any(
                    g.dep_ in ("prep", "compound", "amod", "poss") for g in c.children) for c in token.children))):
            # ("Biya did not make the trip": the journey to the gathering the dateline's story is about)
            # ("Namibia's President X and Botswana's Y also attended": the gathering the dateline's story is about)
            # "Isaias arrived on Friday evening", "Asif, who flew in from Islamabad": with no place said, a
            # datelined story's arrival is in the dateline's city, for someone not known to serve its country
            # ("flew in" may be parsed with "in" as an adverb: a particle, with no place)
            if any(c.dep_ in ("prep", "dobj", "advmod") and (c.lower_ in ("in", "at", "to", "into", "home", "back",
                                                                          "here", "there"))
                   and not (_bare_in(c) and token.lemma_ in ("fly", "come"))
                   and not (c.lower_ == "at" and self._at_headquarters(c))  # ("arrived at NATO headquarters")
                   for c in token.children):
                return
            dateline = self.actors.dateline_place()
            if dateline is None or dateline[0] in self._places_in(self._prep_objects(token, frozenset({"from"})))[0]:
                return  # (not "flew out from Dublin" in a Dublin story)
            city, country = dateline
            for agent in self._subject(token):
                # (someone whose country is untold arrives from elsewhere too: "Gusmao, who flew in on Saturday")
                # (but who attends with no country told may well be at home: "Business Secretary X also attended")
                if self._abroad(agent, {country}) or (
                        self.actors.actor(agent).type == "Person" and not self.actors.home_countries(agent)
                        and country not in self.actors.posted_countries(agent) and token.lemma_ != "attend"):
                    self._emit(agent, "visit", city, token, token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() == "visit" and (
                (token.dep_ == "pobj" and token.head.lower_ in ("during", "on"))
                or (token.dep_ == "dobj" and token.head.lemma_.lower() in _PREPARING_VERBS))\
                and not self._prep_objects(token, frozenset({"to", "in"})):
            # "CANBERRA - ... signed a treaty during a state visit by Indonesian President Prabowo": a visit told with
            # no place is to the dateline's city, for someone known to serve another country (one prepared is ahead:
            # "Anand is due in Mexico City to prepare a visit by Prime Minister Mark Carney")
            dateline = self.actors.dateline_place()
            if dateline is None:
                return
            city, country = dateline
            ahead = _stronger_planned(modality_of(token.head)) if token.dep_ == "dobj" else None
            for agent in (i for p in self._prep_objects(token, frozenset({"by"})) for i in self._ids(p, as_agent=True)):
                # (or titled with another country's office: "Prime Minister Mark Carney" in a Mexico City story)
                offices = self.actors.office_countries(agent) if not self.actors.home_countries(agent) else set()
                if self._abroad(agent, {country}) or (offices and country not in offices):
                    self._emit(agent, "visit", city, token, token, modality=ahead)
        elif token.pos_ == "VERB" and token.lemma_ == "take" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _CARRIED_NOUNS for c in token.children):
            # "Merz took his party's campaign to Magdeburg": he went there with it
            places, _ = self._places_in(self._prep_objects(token, frozenset({"to"})))
            for agent in self._subject(token) if places else []:
                if self.actors.actor(agent).type == "Person":
                    self._emit(agent, "visit", places[0], token, token)
        elif token.pos_ == "VERB" and any(e.relation == "greet" for e in triggers().get((token.lemma_.lower(), "VERB"), ())):
            self._welcomed_at_site(token)
        elif token.lemma_ == "join" and token.pos_ == "VERB":
            # "Mirziyoyev is due to join the two leaders in Astana": he meets the people he joins, where they are
            people = [i for c in token.children if c.dep_ == "dobj" for i in self._ids(c, as_agent=True)
                      if self.actors.actor(i).type == "Person"]
            places, countries = self._where(token)
            for obj in (c for c in token.children if c.dep_ == "dobj" and not places):
                places, countries = self._where(obj)  # "joined Blair in Sheffield", the place on the person
            if not people or not places:
                self._joined_meeting(token)
                return
            for agent in self._subject(token):
                if self.actors.actor(agent).type != "Person" or agent in people:
                    continue
                for person in people:
                    self._emit(agent, "meet", person, token, token)
                if not self.actors.home_countries(agent) & countries:
                    self._emit(agent, "visit", places[0], token, token)
        elif token.lemma_ in ("take", "bring") and token.pos_ == "VERB":
            # "a tour that will also take him to India": a journey takes its traveller where it goes
            clause = token
            while clause.dep_ in ("xcomp", "acomp") and not any(c.dep_ == "nsubj" for c in clause.children):
                clause = clause.head  # "a tour that is due to take her on to Tirana": the clause with the subject
            journey = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if journey is not None and journey.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
                journey = clause.head
            entry = _lookup(journey) if journey is not None else None
            if entry is None or entry.relation != "visit" or entry.pos != "NOUN":
                return
            travellers = [i for c in token.children if c.dep_ == "dobj" for i in self._ids(c, as_agent=True)]
            for pobj in self._prep_objects(token, frozenset({"to"})):
                for place in self._ids(pobj):
                    for traveller in travellers:
                        self._emit(traveller, "visit", place, token, token)
        elif token.lemma_.lower() in _SPEAKING_VERBS and token.pos_ == "VERB":
            # "Speaking in Tokyo, Mr Straw said", "In London ahead of the meeting, Chidambaram said": a leader known
            # to serve one country, speaking in another country or its capital, is there
            places, countries = self._where(token)
            for agent in self._subject(token) if places and countries else []:
                if self._abroad(agent, countries):
                    self._emit(agent, "visit", places[0], token, token)
        elif token.lower_ == "in" and token.dep_ == "prep" and (subject := _set_off_subject(token)) is not None:
            # "Umaga, in England for Saturday's charity match, backed ...": a subject set off as being somewhere for
            # an occasion is there (not at home: "Blair, in London for talks")
            fors = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "for"
                    and c.i == token.right_edge.i + 1]  # ("Blair, in Washington for a summit": both on the name)
            events = [p for p in (*self._prep_objects(token, frozenset({"for"})),
                                  *(p for c in fors for p in c.children if p.dep_ == "pobj"))
                      if _in_class(p, _GATHERING_NOUNS) or _in_class(p, _OCCASION_NOUNS) or (
                          (e := _lookup(p)) is not None and e.pos == "NOUN" and e.relation in ("meet", "visit"))]
            places, countries = self._places_in([c for c in token.children if c.dep_ == "pobj"]) if events \
                else ([], set())
            for agent in self._ids(subject, as_agent=True) if places else []:
                if not self.actors.home_countries(agent) & countries:
                    self._emit(agent, "visit", places[0], events[0], _governing_verb(token) or token,
                               located=True)
        elif token.lemma_ in ("be", "spend"):
            if token.lemma_ == "spend" and any(c.dep_ == "dobj" and (c.ent_type_ in ("DATE", "TIME") or c.lemma_ in (
                    "hour", "day", "time", "evening", "morning", "afternoon")) for c in token.children):
                # "spent more than two hours with Prince Faisal": time spent with someone is a meeting
                people = [i for p in self._prep_objects(token, frozenset({"with"})) for i in self._ids(p, as_agent=True)
                          if self.actors.actor(i).type == "Person"]
                for agent in self._subject(token):
                    for person in people:
                        self._emit(agent, "meet", person, token, token)
            places, countries = self._where(token)
            sites = self._prep_objects(token, frozenset({"at"})) if token.lemma_ == "spend" else []
            if not places and sites:  # "spent the morning at a housing site in Clondalkin"
                places, countries = self._places_in(
                    [p for site in sites for p in self._prep_objects(site, frozenset({"in"}))])
                places += [f for site in sites for f in [self.actors.facility_actor(site)] if f]
                # "spent the morning at Hylton Park Academy": a named site is visited itself
                places += [i for site in sites if site.pos_ == "PROPN" for i in self._ids(site)
                           if self.actors.actor(i).type in ("Place", "Organization") and i not in places]
            if not places:
                return
            if token.lemma_ == "be":  # "is in Tokyo for talks", "was in Iraq on a visit", "is in the UK to
                # publicise his film"
                framed = [pobj for pobj in self._prep_objects(token, frozenset({"for", "on"}))
                          if (entry := _lookup(pobj)) is not None and entry.relation in ("meet", "visit")]
                framed += [c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                           and any(a.tag_ == "TO" for a in c.children)]
                # "is in Africa for a week": a stay of days or weeks (not "was in London for 20 years")
                framed += [p for p in self._prep_objects(token, frozenset({"for"})) if p.ent_type_ == "DATE"
                           and p.lemma_.lower() in _STAY_UNITS]
            else:  # "spent two days in Tanzania", "spent Sunday in ..." (not "spent years in exile in London")
                framed = [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and c.ent_type_ in (
                    "DATE", "TIME") and c.lemma_.lower() not in ("year", "decade", "month", "century")]
            for agent in self._subject(token):
                home = self.actors.home_countries(agent)
                if home & countries:
                    continue  # "Blair is in London for talks": at home, the guest is the visitor
                # without an event, being in a country is a visit only for someone known to serve another one (or
                # titled with another one's office: "When Foreign Secretary Jack Straw was in Tokyo")
                home = home or (self.actors.office_countries(agent) if token.lemma_ == "be" else set())
                if framed or (home and countries and not home & countries):
                    self._emit(agent, "visit", places[0], token, token)

    def _joined_meeting(self, verb: Token) -> None:
        """ "Mudavadi joined the second half of the meeting": one who joins the talks just told meets both their
        parties (the last meeting of two people told in this sentence or the two before, with none of the joiners
        in it), and those who join together meet each other."""
        # ("joined the second half of the meeting", "joined them for part of the meeting")
        held = [c for c in verb.children if c.dep_ == "dobj"] + self._prep_objects(verb, frozenset({"for"}))
        meeting = next((o for c in held
                        for o in [next(iter(self._prep_objects(c, frozenset({"of"}))), c)
                                  if c.lemma_.lower() in ("part", "half", "rest", "end", "start") else c]
                        if _is_meeting(o) and any(d.lower_ in ("the", "that", "their") for d in o.children)), None)
        if meeting is None:
            return
        # (this sentence or the two before: "held two hours of talks ... Officials said ... X joined the talks")
        start = self._sentence_back(verb, 2).start_char
        last = next((f for f in reversed(self.found) if f.relation == "meet" and start <= f.start < verb.idx), None)
        joiners = [a for a in self._subject(verb) if self.actors.actor(a).type == "Person"]
        # (people who met, told as done: "is expected to join the talks" may mean other talks than the last told)
        if last is None or not joiners or {last.agent.id, last.target.id} & set(joiners) \
                or last.agent.type != "Person" or last.target.type != "Person" or modality_of(verb) != "asserted":
            return
        for joiner in joiners:
            for party in (last.agent.id, last.target.id):
                self._emit(joiner, "meet", party, verb, verb)
        if len(joiners) > 1:
            self._reciprocal(joiners, "meet", verb)  # ("their foreign ministers ... joined them": at it together)

    def judgement(self, adj: Token) -> None:
        """Opinions held in adjectives and nouns: "X said Y's plan was naive", "X called Y 'courageous'", "X is
        unhappy with Y", "Labour's arrogance," said X."""
        word = adj.lower_
        if word in _FEELINGS and adj.dep_ in ("acomp", "xcomp", "oprd"):
            relation, modality = _FEELINGS[word], None
            # ("delighted for Rooney": glad on his behalf; but "concerned for X" fears for X, no stance against X)
            preps = frozenset({"with", "at", "by", "of", "about", "over", "to"}) | (
                {"for"} if relation == "support" else set())
            targets = [i for pobj in self._prep_objects(adj, preps) for i in self._judged(pobj)]
            if relation == "support" and modality_of(adj) == "negated" and not any(
                    c.tag_ == "MD" for c in (*adj.children, *adj.head.children)):
                relation, modality = "oppose", "asserted"  # "was not happy with Mexico": displeasure, said plainly
            for agent in self._subject(adj):
                for target in targets:
                    self._emit(agent, relation, target, adj, adj, modality=modality)
            return
        said_at = adj
        relation = _JUDGEMENTS.get(word) if adj.pos_ != "NOUN" else _JUDGEMENT_NOUNS.get(word)
        partner = word in _PARTNER_NOUNS and adj.pos_ == "NOUN" and (adj.dep_ == "attr" or (
            adj.dep_ == "pobj" and adj.head.lower_ == "as") or (  # "calling him a strong partner" (not "a friend")
            # ("a friend who keeps his word": a clause that says what kind of friend praises too)
            adj.dep_ in ("oprd", "appos") and any(c.dep_ in ("amod", "relcl") for c in adj.children))) and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of" and adj.dep_ not in ("oprd", "appos"))
            for c in adj.children)  # ('called his guest "a true friend of Australia"' praises the guest)
        if partner:  # "Qatar has been a dependable partner", "regards Spain as a good friend" (not "an ally of X")
            relation = "support"
        owner = next((c for c in adj.children if c.dep_ == "poss"), None) \
            if word in _PARTNER_NOUNS and adj.pos_ == "NOUN" and adj.dep_ == "attr" else None
        if owner is not None and adj.head.lemma_.lower() in _COPULAS:
            # "Russia has been and remains our closest ally", "Australia has always been PNG's first friend": the
            # one whose friend it is backs it ("our": the speaker)
            copula = adj.head
            clause = copula.head if copula.dep_ == "conj" else copula  # ("has been and remains")
            subjects = [c for v in (copula, clause) for c in v.children if c.dep_ == "nsubj"][:1]
            judged = [i for c in subjects for i in self._judged(c)]
            # ("Marape said Australia has always been PNG's first friend": the speaker, for his country)
            judges = self._reporter(clause, adj) or (
                self._ids(owner, as_agent=True) if owner.lower_ not in ("our", "my") else [])
            # ("He is not our friend": a rebuff, said plainly)
            relation, modality = ("oppose", "asserted") if modality_of(adj) == "negated" else ("support", None)
            for judge in judges:
                for target in judged:
                    self._emit(judge, relation, target, adj, copula, modality=modality)
            return
        if word in _JOB_JUDGEMENTS and adj.head.lemma_.lower() in ("job", "work"):
            relation = "oppose"  # "did a really bad job"
        if relation is None and word in _KIND_PRAISES and adj.dep_ == "amod" and adj.i < adj.head.i:
            kind = adj.head
            if kind.dep_ == "pobj" and kind.head.lower_ == "of" and kind.head.head.lower_ == "one" \
                    and kind.tag_ == "NNS":
                kind = kind.head.head  # "X is one of the best players in the world"
            if kind.dep_ == "attr" and kind.head.lemma_.lower() in _COPULAS and (
                    _in_class(adj.head, _PERSON_NOUNS) or self.actors.gaz.title(adj.head.lower_) is not None):
                # '"Gerrard is a key player for us," said Benitez': a person praised in the kind he is said to be
                self._praise_of_named_subject(kind.head, adj)
            return
        if relation is None:
            return
        while adj.dep_ == "conj" and adj.head.pos_ == "ADJ":  # "crass and thuggish": where the first one stands
            adj = adj.head
        head = adj.head
        if adj.pos_ == "NOUN" and any(c.dep_ == "poss" for c in adj.children) and adj.dep_ not in ("attr", "oprd"):
            # "Labour's arrogance has been their undoing," said Salmond
            judged = [i for c in adj.children if c.dep_ == "poss" for i in self._ids(c, as_agent=True)]
            judges = self._speaker_over(adj)
        elif adj.dep_ == "amod" and adj.i < head.i and any(c.dep_ == "poss" for c in head.children) \
                and _in_class(head, _AGENTIVE_NOUNS | _ACT_NOUNS | _PLAN_NOUNS):
            # "a further example of Labour's 'authoritarian' response," said Kennedy
            judged = [i for c in head.children if c.dep_ == "poss" for i in self._ids(c, as_agent=True)]
            judges = self._speaker_over(head)
        elif adj.dep_ == "amod" and head.lemma_.lower() in ("job", "work") and head.dep_ == "dobj" \
                and head.head.lemma_.lower() == "do":
            judged = self._subject(head.head)  # "said the group had done a superb job"
            judges = self._speaker_over(head.head)
        elif adj.dep_ == "amod" and adj.i > head.i and head.dep_ in ("dobj", "oprd") \
                and head.head.lemma_.lower() in _JUDGING_VERBS:
            judged = self._judged(head)  # "branded Harry's actions stupid", parsed as a noun's modifier
            judges = self._subject(head.head)
        elif adj.dep_ == "amod" and adj.i < head.i and head.dep_ == "attr" and head.head.lemma_.lower() in _COPULAS \
                and head.pos_ in ("NOUN", "PROPN"):
            # '"Gordon Brown is a brilliant chancellor," said X', 'said the Budget was a "wasted opportunity"': the
            # subject judged in the office, kind or thing it is called
            judged = [i for c in head.head.children if c.dep_ == "nsubj" for i in self._judged(c)]
            judges = self._reporter(head.head, adj)
        elif adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children) and not _by_objects(adj):
            # "says the US emphasis on an 'Axis of Evil' is misplaced": a judging participle parsed as a passive
            judged = [i for c in adj.children if c.dep_ == "nsubjpass" for i in self._judged(c)]
            judges = self._reporter(adj, adj)
        elif adj.dep_ == "amod" and adj.i < head.i and (head.dep_ in ("oprd", "appos") or (
                # ('calling Sheinbaum "a very smart woman"': the label parsed as a second object)
                head.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < head.i for c in head.head.children))) and (
                self.actors.gaz.title(head.lower_) is not None or _in_class(head, _PERSON_NOUNS)) and (
                verb := head.head if head.dep_ in ("oprd", "dobj") else head.head.head).lemma_.lower() in _JUDGING_VERBS:
            # "called Jackson a brilliant minister": the one called is judged in the office or kind named
            judged = [i for c in verb.children if c.dep_ == "dobj" and c.i != head.i for i in self._judged(c)]
            judges = self._subject(verb)
        elif adj.pos_ == "NOUN" and adj.dep_ == "dobj" and head.lemma_.lower() == "make":
            # "Howard said the government was making a mistake": the maker is judged by who says so
            judged = [i for c in head.children if c.dep_ == "nsubj" for i in self._judged(c)]
            judges = self._reporter(head, adj)
        elif adj.dep_ in ("acomp", "attr") and head.lemma_.lower() in _COPULAS:
            # the judged is the copula's subject; the judge is who says so, outside or around the quotation
            # ("the campaign was a big misjudgement by Labour's team": the one who erred, named by "by")
            judged = [i for p in self._prep_objects(adj, frozenset({"by"})) if adj.pos_ == "NOUN"
                      for i in self._judged(p)] or [
                i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for i in self._judged(c)]
            judges = self._reporter(head, adj)
        elif adj.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and head.lemma_.lower() in _JUDGING_VERBS \
                and any(c.dep_ == "nsubjpass" for c in head.children):
            # "the plan was branded irresponsible by the Liberal Democrats"
            judged = [i for c in head.children if c.dep_ == "nsubjpass" for i in self._judged(c)]
            judges = [i for p in _by_objects(head) for i in self._ids(p, as_agent=True)]
        elif adj.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and head.lemma_.lower() in _JUDGING_VERBS:
            judged = [i for c in [*head.children, *adj.children] if c.dep_ in ("dobj", "nsubj", "oprd")
                      and c.i < adj.i and c.head in (head, adj) and not (c.head == head and c.dep_ == "nsubj")
                      for i in self._judged(c)]  # "called Y naive", "branded Y flawed" (Y parsed as its subject)
            judges = self._subject(head)
            if not judged and relation == "oppose" and head.dep_ == "relcl" and charge_aside(head.head):
                # "X accused Tirana of Z, a charge the Albanian government called absurd": the charge's maker
                judges, judged = self._charge_answered(head, judges)
        elif adj.dep_ in ("oprd", "xcomp", "ccomp") and head.dep_ in ("acl", "relcl") and head.head.dep_ == "dobj" \
                and head.head.head.lemma_.lower() in _JUDGING_VERBS and adj.i > head.head.i:
            # "called the government's plan to move green levies off bills 'reckless'": the label hung on the
            # plan's own clause by the parser
            judged = self._judged(head.head)
            judges = self._subject(head.head.head)
            said_at = head.head.head  # (the modality is the calling's, not the plan's)
        elif adj.dep_ == "appos" and head.dep_ in ("oprd", "dobj") and head.head.lemma_.lower() in _JUDGING_VERBS:
            judged = self._judged(head)  # "called Xi a dictator", parsed as an apposition to the one called
            judges = self._subject(head.head)
        elif adj.dep_ in ("pobj", "amod", "conj") and (as_ := _as_phrase(adj)) is not None \
                and as_.head.lemma_.lower() in _JUDGING_VERBS:
            verb = as_.head  # "described Y as wrong"; 'Y has been described as "irresponsible" by X'
            judged = [i for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for i in self._judged(c)]
            by = [*_by_objects(verb), *(p for t in (verb, *as_.subtree) for c in t.children
                                        if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj")]
            judges = self._subject(verb) if not any(c.dep_ == "nsubjpass" for c in verb.children) else [
                i for p in by for i in self._ids(p, as_agent=True)]  # (the "by" may hang from the last word)
        elif adj.dep_ == "amod" and adj.i < head.i and self.actors.quoted(adj) and head.tag_ == "NN" \
                and self.actors.gaz.title(head.lower_) is not None \
                and not any(c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "prep" and c.lower_ in ("of", "for"))
                            for c in head.children if c.i != adj.i):
            # '"a failed target, from a failed minister"': a quoted judgement of the one office-holder so titled
            holder = self.actors.sole_holder(head.lower_, head.idx)
            judged = [holder] if holder else []
            judges = self._speaker_over(head)
        else:
            return
        for judge in judges:
            for target in judged:
                if relation == "support" and target in self.actors.home_countries(judge):
                    continue  # "Putin said Russia was a reliable partner": no stance on one's own country (but
                    # "Badenoch called the government's plan reckless" opposes its government)
                self._emit(judge, relation, target, adj, adj,
                           modality=modality_of(said_at) if said_at is not adj else None)

    def _praise_of_named_subject(self, verb: Token, word: Token) -> None:
        """The speaker's support of the person a clause names as its subject ('"Gerrard is a key player," said
        Benitez', '"Rooney deserves credit," said Ferguson'); only a name, since "he is a great player" in a quotation
        leaves too much to who "he" is."""
        judged = [i for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                  for i in self._judged(c) if self.actors.actor(i).type == "Person"]
        for judge in self._reporter(verb, word):
            for target in judged:
                self._emit(judge, "support", target, word, verb)

    def _reporter(self, clause: Token, word: Token) -> list[str]:
        """Who says a judgement: the subject of the reporting verb the clause hangs from ("X said Y was ..."),
        else the speaker around the quotation the word stands in."""
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _REPORTING_VERBS | _BELIEVING_VERBS:
            return self._subject(clause.head)  # ("the government thought Iraq was a threat": the government's view)
        return self.actors.speaker_of(word)

    def charge(self, verb: Token) -> None:
        """A reported charge of wrongdoing is the reporter's opposition: "the Tories said she broke a convention",
        "Makarov claims he has been betrayed by the British authorities"."""
        reporter = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING_VERBS | {"claim"} \
            | _BELIEVING_VERBS else None  # (and "I feel UKIP have over-reacted": the speaker's charge)
        if reporter is None or any(c.dep_ == "neg" for c in verb.children) or (
                self.sporting and verb.lemma_.lower() in ("fail", "waste", "squander", "ignore", "neglect")):
            return  # ("said Blair did not lie" charges no one; "said United failed to score" is a match report)
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            wrongdoers = [i for p in _by_objects(verb) for i in self._ids(p, as_agent=True)]
        elif verb.lemma_.lower() in ("break", "breach", "violate", "flout"):
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in _NORM_NOUNS for c in verb.children):
                return  # "broke the record": no rule broken
            wrongdoers = self._subject(verb)
        else:
            wrongdoers = self._subject(verb)
        for accuser in self._subject(reporter):
            for wrongdoer in wrongdoers:
                self._emit(accuser, "oppose", wrongdoer, verb, reporter, modality=modality_of(reporter))

    def national_team(self, verb: Token) -> None:
        """In a sport report, an office holder praising or congratulating "the team" backs their country's side:
        "President Bola Tinubu congratulated the team" (told with the country's name, as the story names the side)."""
        teams = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("team", "squad", "side")
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                 and not any(d.dep_ in ("poss", "compound", "amod") for d in c.children)]
        for agent in self._subject(verb) if teams else []:
            countries = self.actors.home_countries(agent) or self.actors.office_countries(agent)
            if self.actors.actor(agent).type == "Person" and self.actors.holds_office(agent) and len(countries) == 1:
                self._emit(agent, "support", next(iter(countries)), verb, verb, own_side=True)

    def hostile_reaction(self, verb: Token) -> None:
        """Reacting angrily or sharply to someone opposes them: "Thompson reacted sharply to some Liverpool
        supporters", "Blair reacted angrily to Howard's claims"."""
        if not any(c.dep_ == "advmod" and c.lower_ in _HOSTILE_MANNERS for c in verb.children):
            return
        targets = [i for p in self._prep_objects(verb, frozenset({"to"}))
                   for i in (self._ids(p, as_agent=True) or self._owners(p, "oppose")
                             or [self.actors.crowd_actor(p)]) if i]
        for agent in self._subject(verb) if targets else []:
            for target in targets:
                self._emit(agent, "oppose", target, verb, verb)

    def headline(self, token: Token, entry: Trigger) -> None:
        """A headline verb the tagger took for another word class, between names: "Washington and Tokyo back
        Philippines" (a headline has no final full stop)."""
        sentence = token.sent
        if sentence.text.rstrip().endswith((".", "?", "!")) or len(sentence) > 25:
            return
        if not token.lower_.endswith("s") and not any(t.lower_ == "and" for t in sentence[:token.i - sentence.start]):
            return  # a bare form needs a plural subject ("Tokyo and Washington back"): "Oscar host Rock" is a title
        self._misparsed_clause(token, entry)

    def infinitive_as_noun(self, token: Token, entry: Trigger) -> None:
        """An infinitive the tagger took for a noun modifying the name after it: "Paraguay is due to host Lula, Kast
        and Milei in Asuncion" ("host Lula" read as one name): the subject of the clause is the agent."""
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and token.head.pos_ == "PROPN" and token.head.i > token.i:
            self._names_after(token, entry, self._subject(clause))

    def past_as_adjective(self, token: Token, entry: Trigger) -> None:
        """A finite verb between names that the tagger took for an adjective: "Egyptian President Abdel Fattah
        al-Sisi hosted Eritrean President Isaias Afwerki in Cairo" (the whole sentence parsed as one name)."""
        if token.head.pos_ == "PROPN" and token.head.i > token.i:
            self._misparsed_clause(token, entry)

    def defence(self, noun: Token) -> None:
        """ "Mbarga came to his defence", "leapt to the defence of the minister": speaking up for someone backs them."""
        prep = noun.head
        if prep.lower_ != "to" or prep.head.pos_ != "VERB" or prep.head.lemma_.lower() not in _RALLYING_VERBS:
            return
        verb = prep.head
        defended = [i for c in noun.children if c.dep_ == "poss" for i in self._ids(c)] + [
            i for p in self._prep_objects(noun, frozenset({"of"})) for i in self._ids(p)]
        for agent in self._subject(verb):
            for target in defended:
                self._emit(agent, "support", target, noun, verb)

    def labelling(self, verb: Token) -> None:
        """A label in quotation marks pinned on someone or on what they did mocks them: 'dubbed Mr Brown "Sir
        Wastealot"', 'branded it a "sticking plaster"' (it: the thing just told of, whose owner is mocked)."""
        if self.sporting:
            return
        by = _by_objects(verb)
        label = next((c for c in verb.children if c.dep_ == "dobj"), None)
        move = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        late_by = [p for b in (label.children if label is not None else ()) if b.dep_ == "prep" and b.lower_ == "by"
                   for p in b.children if p.dep_ == "pobj"]
        if not by and move is not None and late_by and verb.dep_ == "advcl" and verb.head.pos_ == "VERB":
            # "announced plans ..., in a move branded a 'humiliating retreat' by the Tories", parsed with the move as
            # the verb's own phrase and the "by" on the label: the act the main clause tells is labelled
            after = self.doc[label.i + 1:min(label.i + 4, verb.sent.end)]
            if self.actors.quoted(label) or any(self.actors.quoted(t) for t in after):
                for agent in (i for p in late_by for i in self._ids(p, as_agent=True)):
                    for target in self._subject(verb.head):
                        self._emit(agent, "oppose", target, verb, verb)
            return
        if by:  # "a move branded a 'humiliating retreat' by the Tories": the labelled is what the participle describes
            obj = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            label_at, agents = verb, [i for p in by for i in self._ids(p, as_agent=True)]
        else:
            # ("branded the government's ID scheme a ...": the thing labelled, parsed as a clause of its own)
            obj = next((c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "ccomp" and c.pos_ == "NOUN")),
                       None)
            label_at, agents = obj, self._subject(verb)
        after = self.doc[label_at.i + 1:min(label_at.i + 6, verb.sent.end)] if obj is not None else []
        if obj is None or self.actors.quoted(obj) or not (
                any(self.actors.quoted(t) for t in after[:3])
                or any(_JUDGEMENTS.get(t.lower_) == "oppose" or _JUDGEMENT_NOUNS.get(t.lemma_.lower()) for t in after)):
            return  # (an object inside the quotation marks is the label itself, misparsed; "branded it a waste")
        if obj.lower_ == "it":
            judged = self._last_thing_owner(obj)
        elif obj.dep_ == "pobj" and obj.head.lower_ == "in" and (clause := _governing_verb(obj.head)) is not None:
            judged = self._subject(clause)  # "announced plans ..., in a move branded ...": the clause's act
        else:
            judged = self._judged(obj)
        for agent in agents:
            for target in judged:
                self._emit(agent, "oppose", target, verb, verb)

    def _last_thing_owner(self, pronoun: Token) -> list[str]:
        """Whose the thing an "it" stands for is: the owner of the last object of the sentence before ("Brown
        delivered his Budget. The Tories called it ...")."""
        sentences = [s for s in self.doc.sents if s.start < pronoun.sent.start]
        for sentence in reversed(sentences[-2:]):
            objects = [t for t in sentence if t.dep_ == "dobj"]
            if any(t.lower_ == "it" and t.head.dep_ == "ROOT" for t in objects):
                continue  # "The Tories called it ... The Lib Dems branded it ...": the same thing, told of earlier
            for t in reversed(objects):
                if t.pos_ in ("NOUN", "PROPN"):
                    return self._judged(t)
            return []
        return []

    def hosted_meeting(self, verb: Token) -> None:
        """A meeting hosted by someone: the host greets those who meet ("talks between A and B, hosted by X", "A and
        B met at talks hosted by X", "brought A and B together for a meeting hosted by X", "The meeting, hosted by
        X, lasted three hours" after A and B met)."""
        meeting = verb.head
        hosts = [i for p in _by_objects(verb) for i in self._ids(p, as_agent=True)]
        parties = [i for p in self._prep_objects(meeting, frozenset({"between"})) for i in self._ids(p, as_agent=True)]
        holder = meeting.head.head if meeting.dep_ == "pobj" else None
        if not parties and holder is not None and holder.pos_ == "VERB":
            parties = self._subject(holder) if (e := _lookup(holder)) is not None and e.relation == "meet" else \
                [i for c in holder.children if c.dep_ == "dobj" for i in self._ids(c, as_agent=True)]
        if not parties and meeting.dep_ == "nsubj" and any(c.lower_ == "the" for c in meeting.children):
            last = next((f for f in reversed(self.found) if f.relation == "meet" and f.end <= verb.sent.start_char
                         and f.end >= verb.sent.start_char - 400), None)
            parties = [last.agent.id, last.target.id] if last is not None else []
        parties = [p for p in dict.fromkeys(parties) if p not in hosts]
        if len(parties) < 2:
            return
        for host in hosts:
            for party in parties:
                self._emit(host, "greet", party, verb, verb)

    def participants(self, verb: Token) -> None:
        """Who took part in a meeting told before: "The talks brought together A, B and C", "Among those at the table
        were A and B". Each meets whoever held it ("X met union leaders", "X held talks with ..."), else each other."""
        if verb.lemma_.lower() == "be":
            among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"), None)
            those = next((p for p in among.children if p.dep_ == "pobj" and p.lower_ == "those"), None) \
                if among is not None else None
            if those is None:
                return
            listed = [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i > verb.i]
            meeting = next((p for prep in those.children if prep.dep_ == "prep" and prep.lower_ == "at"
                            for p in prep.children if p.dep_ == "pobj"), None)
            if meeting is None or not (_is_meeting(meeting) or meeting.lower_ == "table"):
                return
        else:
            meeting = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if meeting is None or not _is_meeting(meeting) or not any(c.lower_ == "together" for c in verb.children):
                return
            listed = [c for c in verb.children if c.dep_ == "dobj"]
        people = [i for c in listed for i in self._ids(c, as_agent=True)]
        # a long list of titled names the parser did not coordinate ("A, Syria's Foreign Minister B and Jordan's C")
        people += [i for c in listed for t in c.subtree if t.dep_ not in ("poss", "compound", "amod", "nmod")
                   and not any(a.dep_ in ("relcl", "acl") and a.i > c.i for a in t.ancestors)
                   for i in self.actors.mention_ids(t) if self.actors.actor(i).type == "Person"]
        people = list(dict.fromkeys(people))
        if any(self.actors.actor(i).type == "Person" for i in people):  # (not "CBI" of "CBI director-general X")
            people = [i for i in people if self.actors.actor(i).type == "Person"]
        hosts = [h for h in self._hosts_before(verb.sent) if h not in people]
        if hosts:
            pairs = [(h, p) for h in hosts for p in people]
        else:
            pairs = list(combinations(people, 2))
        for agent, target in pairs:
            self._emit(agent, "meet", target, meeting, verb)

    def refused_invitation(self, noun: Token) -> None:
        """Turning down an invitation to a meeting the story told is not meeting whoever held it: "Graham turned down
        an invitation to the meeting", "declined an invitation to join the talks"."""
        verb = noun.head
        turned_down = (entry := _lookup(verb)) is not None and entry.lemma in _DECLINING_VERBS  # "turn down"
        if noun.dep_ != "dobj" or not (verb.lemma_.lower() in _REFUSING_VERBS or turned_down):
            return
        meetings = [p for p in self._prep_objects(noun, frozenset({"to"})) if _is_meeting(p)]
        meetings += [o for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _JOIN_VERBS
                     for o in c.children if o.dep_ == "dobj" and _is_meeting(o)]
        meeting = next((m for m in meetings if m.lemma_.lower() in _PRIVATE_MEETINGS
                        and any(c.lower_ == "the" for c in m.children)
                        and not self._prep_objects(m, frozenset({"with", "between"}))), None)
        if meeting is None:
            return
        guests = self._subject(verb)
        for host in self._most_met(meeting):
            for guest in guests:
                self._emit(guest, "meet", host, meeting, verb, modality="negated")

    def _most_met(self, token: Token) -> list[str]:
        """Who held "the meeting" the story told before: the one in most of its meetings so far (at least two)."""
        counts: dict[str, int] = {}
        for found in self.found:
            if found.relation == "meet" and found.end <= token.idx:
                for key in (found.agent.id, found.target.id):
                    counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts, key=lambda key: -counts[key])
        return ranked[:1] if ranked and counts[ranked[0]] >= 2 else []

    def _hosts_before(self, sentence: Span) -> list[str]:
        """Whoever the sentence before held a meeting with others: the subject of "met" or of "held talks"."""
        start = sentence.start
        while start > 0 and not self.doc[start - 1].sent.text.strip():
            start = self.doc[start - 1].sent.start  # a paragraph break between them
        for token in self.doc[start - 1].sent if start > 0 else ():
            if token.dep_ == "ROOT" and token.pos_ == "VERB" and (
                    (e := _lookup(token)) is not None and e.relation == "meet" and e.pos == "VERB"
                    or any(c.dep_ == "dobj" and _is_meeting(c) for c in token.children)):
                return self._subject(token)
        return []

    def release(self, noun: Token) -> None:
        """Calling for someone's release backs them: "appealed for the release of Margaret Hassan", "demanded
        his release"."""
        freed = [i for c in noun.children if c.dep_ == "poss" for i in self._ids(c, as_agent=True)]
        freed += [i for p in self._prep_objects(noun, frozenset({"of"})) for i in self._ids(p, as_agent=True)]
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
        if not freed or noun.dep_ not in ("dobj", "pobj") \
                or verb.lemma_.lower() not in _CALLING_VERBS | _PLEADING_VERBS:
            return
        for agent in self._subject(verb):
            for target in freed:
                if self.actors.actor(target).type == "Person":
                    self._emit(agent, "support", target, noun, verb, modality=modality_of(verb))

    def measure_reach(self, verb: Token) -> None:
        """Measures told of before reach whom the verb names: "China imposed sanctions on a congressman ... The
        sanctions target Representative Rodel Abad" (those who imposed the last such measure, in this sentence or the
        two before, impose it on him)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _in_class(subject, _MEASURE_NOUNS) or not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children):
            return
        window = self._window_start(verb.sent, 2)
        imposed = [f for f in self.found if f.relation == "sanction" and window <= f.start < verb.sent.start_char]
        if not imposed:
            return
        last = imposed[-1]
        agents = list(dict.fromkeys(f.agent.id for f in imposed if (f.start, f.trigger) == (last.start, last.trigger)))
        targets = [i for c in verb.children if c.dep_ == "dobj" for i in self._ids(c, as_agent=True) or self._demonyms(c)]
        for agent in agents:
            for target in targets:
                self._emit(agent, "sanction", target, subject, verb)

    def aid_cut(self, noun: Token) -> None:
        """Cutting, freezing or pausing aid to someone opposes them: "Wellington paused development funding to the
        islands", "the US froze aid to Egypt", "Britain cut Ethiopia's aid"."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in _AID_CUTTING_VERBS:
            return
        targets = [i for holder in (noun, verb) for p in self._prep_objects(holder, frozenset({"to", "for"}))
                   for i in self._ids(p, as_agent=True)]
        if not targets:  # "cut Egypt's aid", "froze Ukrainian funding"
            targets = [i for c in noun.children if c.dep_ == "poss" for i in self._ids(c, as_agent=True)]
            targets += self._demonyms(noun)
        for agent in self._subject(verb):
            for target in targets:
                if self.actors.actor(target).type != "Place":
                    self._emit(agent, "oppose", target, noun, verb, modality=modality_of(verb))

    def _speaker_over(self, token: Token) -> list[str]:
        """Who says the words a token stands in: the subject of the reporting verb its clause hangs from, or
        the person quoted."""
        for ancestor in token.ancestors:
            if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in _REPORTING_VERBS:
                return self._subject(ancestor)
        return self.actors.speaker_of(token)

    def penance(self, verb: Token) -> None:
        """Calls to apologise or resign are criticism: "X said Y should apologise", "X urged Y to resign"."""
        head = verb.head
        critics: list[str] = []
        reported_should = verb.dep_ == "ccomp" and head.lemma_.lower() in _REPORTING_VERBS and any(
            c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children)
        if verb.lemma_.lower() in _DISMISSING_VERBS:  # "said the prime minister should sack Brown"
            if not reported_should:
                return
            critics = self._subject(head)
            penitents = [i for c in verb.children if c.dep_ == "dobj" for i in self._ids(c, as_agent=True)]
        elif reported_should:  # "said Harry should apologise"
            critics = self._subject(head)
            penitents = self._subject(verb)
        elif verb.dep_ == "xcomp" and head.lemma_.lower() in _CALLING_VERBS:
            critics = self._subject(head)
            penitents = [i for c in head.children if c.dep_ == "dobj" for i in self._ids(c, as_agent=True)]
            penitents += [i for p in self._prep_objects(head, frozenset({"on"})) for i in self._ids(p, as_agent=True)]
        elif verb.dep_ in ("advcl", "ccomp", "xcomp") and head.lemma_.lower() in _CALLING_VERBS | _PLEADING_VERBS \
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
            critics = self._subject(head)  # "Howard called for Blair to resign"
            penitents = [i for c in verb.children if c.dep_ == "nsubj" for i in self._ids(c, as_agent=True)]
        elif verb.dep_ == "ccomp" and head.lemma_.lower() in ("demand", "insist", "challenge"):
            critics = self._subject(head)  # "the Liberals demanded Heath quit"
            penitents = [i for c in verb.children if c.dep_ == "nsubj" for i in self._ids(c, as_agent=True)]
        else:
            return
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PRON" and set(penitents) <= set(critics) \
                and head.lemma_.lower() in _REPORTING_VERBS:
            # "Kennedy said Harry was privileged and said he should apologise": one calls on another to apologise
            others = [i for t in reversed(verb.sent[: subject.i - verb.sent.start])
                      for i in self.actors.mention_ids(t) if i not in critics
                      and self.actors.actor(i).type == "Person"]
            penitents = others[:1]
        for critic in critics:
            for penitent in penitents:
                if penitent not in critics:
                    self._emit(critic, "oppose", penitent, verb, head, modality=modality_of(head))

    def _judged(self, noun: Token) -> list[str]:
        """Who a judgement or feeling is about: an actor, an act's author ("Blair's style"), or the doer in a clause
        on "the way" ("the way the government treated him")."""
        if noun.lower_ in ("it", "its", "this", "that"):
            return []  # what is judged "justified" or "wrong" through "it" is mostly a policy or an act, not an actor
        owners = [i for c in noun.children if c.dep_ == "poss" for i in self._ids(c, as_agent=True)]
        ids = self._ids(noun, as_agent=True) or owners or self._authors(noun) or self._demonyms(noun)
        if not ids and noun.lemma_.lower() in _CONTENT_NOUNS:
            ids = [i for clause in noun.children if clause.dep_ in ("acl", "relcl", "ccomp")
                   for subject in clause.children if subject.dep_ == "nsubj" for i in self._ids(subject, as_agent=True)]
        if not ids:
            ids = self._earlier_owner(noun)
        return [i for i in ids if self.actors.actor(i).type in _AGENT_TYPES]

    def _pairs(self, agents: list[str], relation: str, targets: list[str], trigger: Token, clause: Token,
               entry: Trigger) -> None:
        if not targets and trigger.lemma_.lower() == "meet" and trigger.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lower_ not in ("other", "another", "face") for c in trigger.children):
            return  # "negotiators from both countries met a deadline": the object was not an actor (but "met face
            # to face" is a meeting)
        if not targets and len(agents) > 1 and (entry.reciprocal or (relation == "meet" and (any(
                p.lemma_.lower() in _REMOTE_MEANS for p in self._prep_objects(trigger, frozenset({"by", "on", "over"})))
                or any(c.lower_ == "joint" for c in trigger.children) or _pair_spoke(trigger)))):
            self._reciprocal(agents, relation, trigger)  # "X and Y met", "X and Y spoke by phone", "a joint news conference"
            return
        for agent in agents:
            for target in targets:
                self._emit(agent, relation, target, trigger, clause)

    def _reciprocal(self, members: list[str], relation: str, trigger: Token, apart: set[str] = frozenset()) -> None:
        """Each pair of the members interacts (but two of `apart`, one region's countries, not with each other)."""
        if relation == "oppose" and sporting(trigger.sent):
            return  # "Chelsea and Arsenal clash on Sunday": a fixture
        for agent, target in combinations(members, 2):
            if agent in apart and target in apart:
                continue
            self._emit(agent, relation, target, trigger, trigger)
            if relation == "oppose":  # "X and Y clashed": each opposes the other
                self._emit(target, relation, agent, trigger, trigger)


def _headline_verb(token: Token) -> Trigger | None:
    """The verb entry a word in a headline stands for, by its form ("back", "backs", "slams", "visits")."""
    lower = token.lower_
    return _verb_entry([lower, lower[:-1] if lower.endswith("s") else "", lower[:-2] if lower.endswith("es") else ""])


def _past_verb(token: Token) -> Trigger | None:
    """The verb entry a past form the tagger took for an adjective stands for ("hosted", "criticised", "met")."""
    lower = token.lower_
    if lower == "met":
        return _verb_entry(["meet"])
    if lower.endswith("ied"):
        return _verb_entry([lower[:-3] + "y"])
    return _verb_entry([lower[:-2], lower[:-1], lower[:-3]]) if lower.endswith("ed") else None  # hosted, criticised,
    # planned


def _verb_entry(lemmas: list[str]) -> Trigger | None:
    """The first verb entry, with no particle, of the first candidate lemma that has one."""
    for lemma in filter(None, lemmas):
        entries = [e for e in triggers().get((lemma, "VERB"), ()) if e.particle is None]
        if entries:
            return entries[0]
    return None


def _bare_in(word: Token) -> bool:
    """An "in" with no object, a particle however parsed ("flew in on Friday")."""
    return word.dep_ in ("prt", "advmod") and word.lower_ == "in" and not list(word.children)


def _stranded_name(prep: Token) -> list[Token]:
    """The name right after a preposition the parser left with no object, hung on a later verb instead: "held talks
    ... with Togo's Faure Gnassingbe, the mediator, but ..." (the name made the subject of the next clause)."""
    if list(prep.children) or prep.i + 1 >= len(prep.doc) or prep.doc[prep.i + 1].pos_ != "PROPN":
        return []
    name = prep.doc[prep.i + 1]
    while name.dep_ in ("compound", "poss", "flat") and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return [name] if name.head.i > name.i else []


def _set_off_subject(prep: Token) -> Token | None:
    """The name a clause opens with when a phrase right after it is set off by a comma ("Umaga, in England ...,
    backed"), whether the parser hung the phrase on the verb or on the name."""
    if prep.i < 2 or prep.nbor(-1).lower_ != ",":
        return None
    name = prep.nbor(-2)
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    dash = _dateline_dash(prep.head)  # ("LONDON, May 3 (Wire) - X, in London for ...": all hung on the dateline)
    if name.i != prep.i - 2 or name.pos_ not in ("PROPN", "NOUN") or not (
            prep.head == name or (prep.head.pos_ in ("VERB", "AUX") and prep.head.i > prep.i)
            or (dash is not None and dash.i < name.i)):
        return None
    start = dash.i + 1 if dash is not None and dash.i < name.i else prep.sent.start
    opening = prep.doc[start:max(start, name.left_edge.i)]
    if any(t.pos_ not in ("CCONJ", "ADV", "SPACE", "PUNCT") for t in opening):
        return None  # ("Asked about Blair, in Washington for talks, ...": not the clause's own opening)
    return name


def _frame(noun: Token) -> Token | None:
    """The preposition a nominal trigger is the object of, over a span of time: "for (two days of) meetings";
    or the "before" or "after" the parser took for a conjunction ("arrived in Suva before stops in Apia")."""
    if noun.dep_ == "advcl" and noun.pos_ == "NOUN":
        return next((c for c in noun.children if c.dep_ == "mark" and c.lower_ in ("before", "after")), None)
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.ent_type_ in ("DATE", "TIME"):
        return prep.head.head
    if prep.lower_ in ("of", "to") and prep.head.pos_ in ("ADV", "ADJ") and prep.head.lower_ in _EVENT_FRAME_PREPS:
        return prep.head  # "stopped in Paris ahead of a visit to Warsaw", "prior to talks with X"
    return prep


def _stronger_planned(modality: str) -> str:
    """A schedule ("is due in Berlin") is planned unless something stronger holds (negated, hypothetical)."""
    return "planned" if modality == "asserted" else modality


def _points_back(obj: Token) -> bool:
    """An object that points back at something said: "rejected that", "dismissed them", "denied those remarks"."""
    if obj.lower_ in ("that", "this", "it", "them", "those", "these") and (
            obj.pos_ in ("PRON", "DET") or obj.dep_ == "dobj"):
        return True
    pointers = ("the", "this", "that", "these", "those") if _in_class(obj, _REMARK_NOUNS) else (
        "this", "that", "these", "those")
    return obj.lemma_.lower() in _REMARK_NOUNS | _CLAIM_NOUNS and any(
        c.dep_ == "det" and c.lower_ in pointers for c in obj.children) and not any(
        c.dep_ in ("poss", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("by", "of", "from"))
        for c in obj.children)




def _is_meeting(token: Token) -> bool:
    """A noun for a meeting: "talks", "the meeting", "the summit"."""
    return token.pos_ in ("NOUN", "PROPN") and any(  # ("Talks" after a dateline, tagged as a name)
        e.relation == "meet" for word in (token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s"))
        for e in triggers().get((word, "NOUN"), ()))


def _in_class(token: Token, members: frozenset[str]) -> bool:
    """Whether a word's lemma or surface form is in a word class (the small model lemmatises some plurals oddly)."""
    return token.lemma_.lower() in members or token.lower_ in members


def _told_before_report(verb: Token) -> Token | None:
    """"X is due in Lusaka in June, the presidency said, and could also travel to Kinshasa": a verb joined to an
    inserted "said" with no subject of its own goes on the reported clause before it, not the speaker's; that clause,
    or None."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in _REPORTING_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    told = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.head.i]
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return told[0] if told and speakers and all(s.i > told[0].i for s in speakers) else None


def _pair_spoke(verb: Token) -> bool:
    """"The two men spoke for three hours": a pair that speaks, to no audience, speaks to each other."""
    return verb.lemma_.lower() in ("speak", "talk") and any(
        c.dep_ == "nsubj" and any(n.lower_ in ("two", "both") for n in c.children) for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "at", "before", "on", "about") for c in verb.children)


def _reported_from(noun: Token) -> Token | None:
    """The reporting verb whose clause a noun is the subject of ("Talks with X will continue, Y said"), also when
    the parser hung the noun from that verb itself."""
    if noun.dep_ == "nsubj" and noun.head.dep_ == "ccomp" and noun.head.head.lemma_.lower() in _REPORTING_VERBS:
        return noun.head.head
    if noun.dep_ in ("nsubj", "dep") and noun.head.lemma_.lower() in _REPORTING_VERBS and any(
            c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children):
        return noun.head
    return None


def _governing_verb(token: Token) -> Token | None:
    """The verb a prepositional phrase hangs from, directly or through a noun."""
    head = token.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _meeting_subject(verb: Token) -> Token | None:
    """The definite meeting a verb says something of ("The meeting, which also included X", "the talks included
    X"), or None."""
    subject = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or (entry := _lookup(subject)) is None or entry.relation != "meet" or entry.pos != "NOUN":
        return None
    return subject if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) else None


def _as_phrase(word: Token) -> Token | None:
    """The "as" a judging word is the object of, through a list ('described as "irresponsible" and "outrageous"')."""
    while word.dep_ == "conj":
        word = word.head
    return word.head if word.dep_ in ("pobj", "amod") and word.head.lower_ == "as" else None


def _attended(verb: Token) -> Token | None:
    """The gathering an "attend" is about: its object, or the subject of its passive ("the summit was attended by
    X"), or the noun its participle qualifies ("a summit attended by X")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            return child
    if _by_objects(verb):
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
            return verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBN":  # "hosted a summit on Tuesday, attended by X"
            return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    return None


def _by_objects(verb: Token) -> list[Token]:
    """The objects of a passive's "by" phrases, every "by" joined to the first: "hosted by Felipe and by Sánchez";
    a "by" the parser hung on the noun of a phrase before it, for a passive verb ("was greeted at the palace with
    military honours by Jeri")."""
    found = [p for c in verb.children if c.dep_ == "agent" for a in (c, *c.conjuncts)
             for p in a.children if p.dep_ == "pobj"]
    if not found and any(c.dep_ == "auxpass" for c in verb.children):
        found = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "with", "on", "in")
                 and not (c.lower_ == "with" and verb.lemma_.lower() == "meet")  # ("was met with protests by X")
                 for n in c.children if n.dep_ == "pobj" and n.pos_ in ("NOUN", "PROPN")
                 for b in n.children if b.dep_ == "prep" and b.lower_ == "by"
                 for p in b.children if p.dep_ == "pobj"][:1]
    return found


def _many_sided(noun: Token) -> bool:
    """A meeting of more than two: "a three-way meeting", "trilateral talks", "a four-nation summit"."""
    words = {t.lower_ for t in noun.subtree if t.i < noun.i}
    return bool(words & _MANY_SIDED_WORDS) or (
        bool(words & {"three", "four", "five", "six"}) and bool(words & {"way", "nation", "party", "country"}))


def _same_stem(noun: str, verb: str) -> bool:
    """A noun made from a verb: "proposal" from "propose", "decision" from "decide", "invasion" from "invade"."""
    shared = len(os.path.commonprefix([noun, verb]))
    return shared >= max(4, len(verb) - 2) or (  # "apology" from "apologise", "criticism" from "criticise"
        len(verb) > 6 and verb.endswith(("ise", "ize")) and noun.startswith(verb[:-3]))


def _hyphen_pair(noun: Token) -> bool:
    """Whether two names joined by a hyphen stand before a noun: "the Blair-Brown feud", "a US-EU row"."""
    before = [t for t in noun.subtree if t.i < noun.i]
    return any(t.text == "-" and not t.whitespace_ and t.i > 0 and not t.nbor(-1).whitespace_
               and t.nbor(-1).pos_ == "PROPN" and t.nbor(1).pos_ == "PROPN" for t in before)


def _carrier(noun: Token, relation: str) -> Token | None:
    """The verb that carries a nominal trigger: "held talks", "joined the talks", "took part in talks"."""
    carriers = _LIGHT_VERBS | _JOIN_VERBS
    if relation in ("meet", "visit"):
        carriers = carriers | _CLOSING_VERBS | _CANCELLING_VERBS
    if noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in carriers:
        return noun.head
    share = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if share is not None and share.dep_ == "dobj" and share.lower_ in _PORTION_WORDS \
            and share.head.lemma_.lower() in carriers and noun.tag_ == "NNS":
        return share.head  # "made one of his first foreign trips as president to Bogota"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MEASURE_RAISING_VERBS | _MEASURE_ADOPTING_VERBS \
            and _in_class(noun, _MEASURE_NOUNS):
        return noun.head  # "doubled duties on Canadian lumber", "adopted sanctions against Russia"
    if noun.dep_ in ("oprd", "dobj") and noun.head.dep_ == "ccomp" and noun.head.head.lemma_.lower() in carriers \
            and noun.head.lemma_.lower() in _JUDGING_VERBS and any(
                c.dep_ == "dobj" and c.lower_ == "what" for c in noun.head.children):
        return noun.head.head  # "held what both sides called frank talks": the label's clause hung on "held"
    if noun.dep_ == "nsubjpass" and relation == "visit":
        # "a planned stop in Kuwait was cancelled", "a stop in Riyadh had been considered but was dropped"
        verb = next((v for v in (noun.head, *noun.head.conjuncts) if v.lemma_.lower() in _CANCELLING_VERBS), None)
        if verb is not None:
            return verb
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("tell", "address", "brief") and relation == "meet" \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return noun.head  # "told a joint news conference with his counterpart": the speaker is there with him
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in _ANSWERING_VERBS \
            and relation in ("support", "oppose", "accuse"):
        return noun.head.head  # "have yet to respond to doping charges from the IAAF": the charged answer them
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "full" \
            and noun.head.head.dep_ == "acomp" and relation in ("support", "oppose"):
        return noun.head.head.head  # "Swank was full of praise for Eastwood"
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if measure is not None and measure.dep_ in ("dobj", "attr") and measure.pos_ == "NOUN" and (
            measure.head.lemma_.lower() in carriers or (
                measure.head.lemma_.lower() in _MEASURE_ADOPTING_VERBS and _in_class(noun, _MEASURE_NOUNS))):
        return measure.head  # "held a fresh round of talks", "approved a new package of sanctions against X"
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and relation == "meet" \
            and noun.head.head.lemma_.lower() in _MOTION_VERBS | _WELCOMING_VERBS:
        # "the two leaders drove to the palace for talks": who goes there meets; "welcomed Tusk for
        # consultations": the host meets the guest
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and relation == "visit" and (
            noun.head.head.lemma_ == "be" or (noun.head.head.pos_ == "VERB" and (
                noun.head.i < noun.head.head.i or (noun.head.head.tag_ == "VBG" and noun.head.head.dep_ in (
                    "advcl", "acl"))))):
        # "is on a visit to Germany", "Badenoch, on a visit to a firm in Kent, said", "Mrs Badenoch, speaking on a
        # visit to a firm in Solihull, dismissed"
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        holder = noun.head.head
        if holder.lemma_.lower() in ("participate", "join", "engage", "be", "remain", "lock", "embroil"):
            return holder  # "joined in talks", "were in talks", "locked in talks"
        if holder.lower_ == "part" and holder.dep_ == "dobj" and holder.head.lemma_.lower() in ("take", "play"):
            return holder.head
        if holder.lemma_.lower() in ("take", "play") and any(c.lower_ == "part" for c in holder.children):
            return holder
    return None


def _in_dateline(span: Span) -> bool:
    """True for words of a dateline ("SEOUL, April 24, 2018 --") at the head of a paragraph."""
    doc = span.doc
    start = span.sent.start
    for token in doc[start:min(len(doc), start + 12)]:
        if token.text in ("--", "—", "–") or (token.text == "-" and doc[token.i - 1].text in ("-", ")")):
            return span.end <= token.i and doc[start].is_upper
    return False


def _in_clause_of_argument(span: Span, trigger: Token) -> bool:
    """True for a date inside a relative or participle clause on an argument ("Putin, who arrived on Monday,")."""
    for ancestor in [span.root, *span.root.ancestors]:
        if ancestor.i == trigger.i:
            return False
        if ancestor.dep_ in ("relcl", "acl", "appos"):
            return True
    return False


def _dates_other_event(ent: Span, trigger: Token) -> bool:
    """True when a date hangs off "since", "until", "before"... between it and the trigger."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _NOT_WHEN:
        return True
    for ancestor in ent.root.ancestors:
        if ancestor == trigger:
            return False
        if ancestor.lower_ in _NOT_WHEN:
            return True
    return False


def find_interactions(doc: Doc, actors: ArticleActors, anchor: date | None = None) -> list[Interaction]:
    """All interactions a parsed article states, in text order."""
    finder = _Finder(doc, actors, anchor)
    for token in doc:
        finder.presence(token)
        if token.lower_ in _OPINION_WORDS:
            finder.judgement(token)
        if token.pos_ == "VERB" and (token.lemma_.lower() in _PENITENT_VERBS | _DISMISSING_VERBS or (
                token.lemma_.lower() in ("stand", "step") and any(c.lower_ == "down" for c in token.children))):
            finder.penance(token)  # "apologise", "resign", "stand down", "sack"
        if token.lemma_.lower() in ("host", "co-host") and token.tag_ == "VBN" and token.dep_ == "acl" and (
                (e := _lookup(token.head)) is not None and e.relation == "meet" and e.pos == "NOUN"):
            finder.hosted_meeting(token)  # "talks between A and B, hosted by X"
        if token.pos_ == "NOUN" and token.lemma_.lower() == "invitation":
            finder.refused_invitation(token)  # "turned down an invitation to the meeting"
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in ("bring", "be"):
            finder.participants(token)  # "The talks brought together A, B and C"
        if token.pos_ == "NOUN" and token.lemma_.lower() in _FREEING_NOUNS:
            finder.release(token)
        if token.pos_ == "NOUN" and _in_class(token, _AID_NOUNS):
            finder.aid_cut(token)  # "froze aid to Egypt"
        if token.pos_ == "VERB" and token.lemma_.lower() in _LABELLING_VERBS:
            finder.labelling(token)  # "branded the scheme a 'waste of money'"
        if token.pos_ == "NOUN" and token.lower_ in ("defence", "defense") and token.dep_ == "pobj":
            finder.defence(token)  # "came to his defence"
        if token.sent.start == 0 and token.pos_ in ("ADV", "ADJ", "NOUN") and (verb := _headline_verb(token)):
            finder.headline(token, verb)  # "Washington and Tokyo back Philippines": a verb the tagger missed
        elif token.pos_ == "NOUN" and token.dep_ == "compound" and token.i > 0 and doc[token.i - 1].lower_ == "to" \
                and (verb := _verb_entry([token.lemma_.lower()])):
            finder.infinitive_as_noun(token, verb)  # "is due to host Lula, Kast and Milei"
        elif token.pos_ == "ADJ" and token.dep_ == "amod" and (verb := _past_verb(token)):
            finder.past_as_adjective(token, verb)  # "Al-Sisi hosted Eritrean President Isaias Afwerki"
        if token.pos_ == "VERB" and (token.lemma_.lower() in _WRONGDOING_VERBS or (
                token.lemma_.lower() == "react" and any(c.lower_ == "over" and c.i < token.i for c in token.children))):
            finder.charge(token)  # (with "over-reacted", split by the tokenizer)
        if finder.sporting and token.pos_ == "VERB" and token.lemma_.lower() in _TEAM_PRAISING_VERBS:
            finder.national_team(token)  # "President Tinubu congratulated the team"
        if token.pos_ == "VERB" and token.lemma_.lower() in ("react", "respond"):
            finder.hostile_reaction(token)  # "reacted angrily to X"
        if token.pos_ == "VERB" and token.lemma_.lower() in _ORDERING_VERBS:
            finder.expulsion(token)  # "ordered Indian military personnel to leave the islands"
        if token.pos_ == "VERB" and token.lemma_.lower() in _MEASURE_REACHING_VERBS:
            finder.measure_reach(token)  # "The sanctions target Representative Rodel Abad"
        entry = _lookup(token)
        if entry is None:
            continue
        if entry.pos == "VERB":
            finder.verb(token, entry)
        else:
            finder.noun(token, entry)
    return _without_sites(finder.found, actors, next(iter(doc.sents)).end_char if len(doc) else 0)


def _without_sites(found: list[Interaction], actors: ArticleActors, headline_end: int) -> list[Interaction]:
    """ "visited a shipyard in Govan", "travel to Busan, where she will visit a battery plant": the town is the visit;
    an unnamed site beside it in the same sentence, or in a headline over it, adds a line no reader would draw."""
    towns = {(i.agent.id, i.start) for i in found if i.relation == "visit" and not actors.is_local(i.target.id)
             and i.target.type in ("Place", "Country")}
    travellers = {agent for agent, _ in towns}
    return [i for i in found if not (
        i.relation == "visit" and actors.is_local(i.target.id) and i.target.type == "Place"
        and i.target.label.split()[-1][:1].islower()  # (not "the Swaminarayan Temple")
        and ((i.agent.id, i.start) in towns or (i.start < headline_end and i.agent.id in travellers)))]
