"""Tests for loaders/interactions.py: one sentence table per construction (our own sentences about public
figures), each row asserting the exact set of (agent, relation, target, modality) the extractor finds."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from loaders.interactions import find_interactions, triggers
from tests.test_loaders.conftest import SHARED


A, P, H, N = "asserted", "planned", "hypothetical", "negated"


def _check(ex, text: str, expected, anchor: dt.date | None = None) -> None:
    got, want = ex.quads(text, anchor), ex.norm(expected)
    assert got == want, f"{text}\n  got:      {sorted(got)}\n  expected: {sorted(want)}"


ACTIVE = [
    ("Emmanuel Macron praised Ukraine for its resilience.", {("Emmanuel Macron", "support", "Ukraine", A)}),
    ("Narendra Modi met Joe Biden at the White House.", {("Narendra Modi", "meet", "Joe Biden", A)}),
    ("Jacinda Ardern criticised Australia over its deportation policy.",
     {("Jacinda Ardern", "oppose", "Australia", A)}),
    ("Justin Trudeau greeted Rishi Sunak at the airport.", {("Justin Trudeau", "greet", "Rishi Sunak", A)}),
    ("Angela Merkel visited Greece in 2014.", {("Angela Merkel", "visit", "Greece", A)}),
    ("Fumio Kishida travelled to India last year.", {("Fumio Kishida", "visit", "India", A)}),
    ("Canada condemned Iran after the crash.", {("Canada", "oppose", "Iran", A)}),
    ("Emmanuel Macron landed in Algeria.", {("Emmanuel Macron", "visit", "Algeria", A)}),
]


@pytest.mark.parametrize(("text", "expected"), ACTIVE)
def test_active_verbs(ex, text, expected):
    _check(ex, text, expected)


PASSIVE = [
    ("Olaf Scholz was greeted by Emmanuel Macron in Paris.",
     {("Emmanuel Macron", "greet", "Olaf Scholz", A), ("Olaf Scholz", "visit", "Paris", A)}),
    ("Boris Johnson was welcomed by Volodymyr Zelensky on Saturday.",
     {("Volodymyr Zelensky", "greet", "Boris Johnson", A)}),
    ("Sweden was backed by Finland throughout the process.", {("Finland", "support", "Sweden", A)}),
    ("Benjamin Netanyahu was criticised by Germany.", {("Germany", "oppose", "Benjamin Netanyahu", A)}),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE)
def test_passives(ex, text, expected):
    _check(ex, text, expected)


COORDINATED = [
    ("Spain and Portugal backed Morocco.", {("Spain", "support", "Morocco", A), ("Portugal", "support", "Morocco", A)}),
    ("Giorgia Meloni visited Tunisia and Egypt.",
     {("Giorgia Meloni", "visit", "Tunisia", A), ("Giorgia Meloni", "visit", "Egypt", A)}),
    ("Pedro Sanchez and Antonio Costa welcomed Charles Michel.",
     {("Pedro Sanchez", "greet", "Charles Michel", A), ("Antonio Costa", "greet", "Charles Michel", A)}),
    ("Canada criticised China and Russia.", {("Canada", "oppose", "China", A), ("Canada", "oppose", "Russia", A)}),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_subjects_and_objects(ex, text, expected):
    _check(ex, text, expected)


RECIPROCAL = [
    ("Joe Biden and Xi Jinping met in Bali.", {("Joe Biden", "meet", "Xi Jinping", A)}),
    ("Moon Jae-in and Shinzo Abe held talks in Tokyo.", {("Moon Jae-in", "meet", "Shinzo Abe", A)}),
    ("Vladimir Putin and Recep Tayyip Erdogan talked for three hours.",
     {("Vladimir Putin", "meet", "Recep Tayyip Erdogan", A)}),
]


@pytest.mark.parametrize(("text", "expected"), RECIPROCAL)
def test_reciprocal_meetings_listed_once(ex, text, expected):
    _check(ex, text, expected)
    assert len([i for i in ex.interactions(text) if i.relation == "meet"]) == 1


XCOMP = [
    ("Fumio Kishida agreed to hold talks with Yoon Suk Yeol.", {("Fumio Kishida", "meet", "Yoon Suk Yeol", P)}),
    ("Anthony Albanese is due to visit China in November.", {("Anthony Albanese", "visit", "China", P)}),
    ("Poland was quick to back Ukraine.", {("Poland", "support", "Ukraine", A)}),
    ("Olaf Scholz decided to visit Kenya.", {("Olaf Scholz", "visit", "Kenya", A)}),
    ("Xi Jinping is expected to visit France.", {("Xi Jinping", "visit", "France", P)}),
]


@pytest.mark.parametrize(("text", "expected"), XCOMP)
def test_infinitival_complements(ex, text, expected):
    _check(ex, text, expected)


OBJECT_CONTROL = [
    ("Xi Jinping invited Emmanuel Macron to visit China.",
     {("Xi Jinping", "request", "Emmanuel Macron", A), ("Emmanuel Macron", "visit", "China", P)}),
    ("Emmanuel Macron invited Narendra Modi to visit France.",
     {("Emmanuel Macron", "request", "Narendra Modi", A), ("Narendra Modi", "visit", "France", P)}),
    ("Joe Biden urged Israel to meet Egypt.", {("Joe Biden", "request", "Israel", A), ("Israel", "meet", "Egypt", H)}),
    ("Volodymyr Zelensky asked Joe Biden to visit Ukraine.",
     {("Volodymyr Zelensky", "request", "Joe Biden", A), ("Joe Biden", "visit", "Ukraine", H)}),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_CONTROL)
def test_object_control(ex, text, expected):
    _check(ex, text, expected)


LIGHT_VERBS = [
    ("Rishi Sunak held talks with Giorgia Meloni in Rome.", {("Rishi Sunak", "meet", "Giorgia Meloni", A)}),
    ("Narendra Modi paid a visit to Egypt.", {("Narendra Modi", "visit", "Egypt", A)}),
    ("Emmanuel Macron will hold a summit with Joe Biden.", {("Emmanuel Macron", "meet", "Joe Biden", P)}),
    ("Antony Blinken made a trip to Israel.", {("Antony Blinken", "visit", "Israel", A)}),
]


@pytest.mark.parametrize(("text", "expected"), LIGHT_VERBS)
def test_light_verbs(ex, text, expected):
    _check(ex, text, expected)


NOMINAL = [
    ("Xi Jinping's visit to Russia lasted three days.", {("Xi Jinping", "visit", "Russia", A)}),
    ("A trip by Kamala Harris to Ghana drew large crowds.", {("Kamala Harris", "visit", "Ghana", A)}),
    ("Talks between Israel and Egypt resumed.", {("Israel", "meet", "Egypt", A)}),
    ("Donald Trump and Kim Jong Un flew to Vietnam. The Trump-Kim summit ended early.",
     {("Donald Trump", "visit", "Vietnam", A), ("Kim Jong Un", "visit", "Vietnam", A),
      ("Donald Trump", "meet", "Kim Jong Un", A)}),
    ("Kenya won the vote with backing from Nigeria.", {("Nigeria", "support", "Kenya", A)}),
    ("A meeting between Joe Biden and Xi Jinping is planned for November.", {("Joe Biden", "meet", "Xi Jinping", P)}),
    ("Boris Johnson's trip to India was cancelled.", {("Boris Johnson", "visit", "India", N)}),
    ("Ukraine's bid received backing from Poland.", {("Poland", "support", "Ukraine", A)}),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL)
def test_nominal_triggers(ex, text, expected):
    _check(ex, text, expected)


MEMBERS = [
    ("U.S. officials criticised Iran.", {("United States", "oppose", "Iran", A)}),
    ("Chinese diplomats visited Serbia.", {("China", "visit", "Serbia", A)}),
    ("German officials praised Lithuania.", {("Germany", "support", "Lithuania", A)}),
    ("Chinese officials met their Japanese counterparts in Beijing.", {("China", "meet", "Japan", A)}),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_officials_stand_for_their_country(ex, text, expected):
    _check(ex, text, expected)


COREFERENCE = [
    ("Angela Merkel arrived in Athens on Sunday. Merkel later met Alexis Tsipras.",
     {("Angela Merkel", "visit", "Athens", A), ("Angela Merkel", "meet", "Alexis Tsipras", A)}),
    ("Emmanuel Macron arrived in Algeria. He then met Abdelmadjid Tebboune.",
     {("Emmanuel Macron", "visit", "Algeria", A), ("Emmanuel Macron", "meet", "Abdelmadjid Tebboune", A)}),
    ("Spain and Italy sent ships to the region. They also praised Greece.",
     {("Spain", "support", "Greece", A), ("Italy", "support", "Greece", A)}),
    ("Li Wei, the Chinese ambassador to Canada, spoke in Ottawa. The ambassador later criticised Australia.",
     {("Li Wei", "oppose", "Australia", A)}),
    ("The Japanese Embassy in Seoul held a reception on Monday. Yoon Suk Yeol visited the embassy.",
     {("Yoon Suk Yeol", "visit", "Japanese Embassy in Seoul", A)}),
    ("North Korea fired a missile over the sea. Japan condemned the North.", {("Japan", "oppose", "North Korea", A)}),
    ("Angela Merkel met Joe Biden. She praised him for his support.",
     {("Angela Merkel", "meet", "Joe Biden", A), ("Angela Merkel", "support", "Joe Biden", A)}),
    ("Rishi Sunak flew to Ukraine. Volodymyr Zelensky greeted him at the station.",
     {("Rishi Sunak", "visit", "Ukraine", A), ("Volodymyr Zelensky", "greet", "Rishi Sunak", A)}),
    ("North Korean leader Kim Jong Un met Moon Jae-in at the border. The North Korean leader later greeted "
     "Xi Jinping.", {("Kim Jong Un", "meet", "Moon Jae-in", A), ("Kim Jong Un", "greet", "Xi Jinping", A)}),
    ("Emmanuel Macron and Olaf Scholz travelled to Ukraine. They met Volodymyr Zelensky there.",
     {("Emmanuel Macron", "visit", "Ukraine", A), ("Olaf Scholz", "visit", "Ukraine", A),
      ("Emmanuel Macron", "meet", "Volodymyr Zelensky", A), ("Olaf Scholz", "meet", "Volodymyr Zelensky", A)}),
    ("Washington praised Poland for its support.", {("United States", "support", "Poland", A)}),
    ("Tokyo and Seoul held talks on Monday.", {("Japan", "meet", "South Korea", A)}),
    ("The Russians backed Serbia in the dispute.", {("Russia", "support", "Serbia", A)}),
]


@pytest.mark.parametrize(("text", "expected"), COREFERENCE)
def test_coreference(ex, text, expected):
    _check(ex, text, expected)


MONDAY = dt.date(2023, 6, 12)

DATES = [
    ("Giorgia Meloni visited Tunisia on Friday.", "2023-06-09", A),
    ("Giorgia Meloni will visit Tunisia on Friday.", "2023-06-16", P),
    ("Giorgia Meloni visited Tunisia on June 6, 2023.", "2023-06-06", A),
    # a dateline with the agency's credit in brackets: neither its date nor its agency is the interaction's
    ("ROME, June 12 (Reuters) - Giorgia Meloni visited Tunisia on Friday.", "2023-06-09", A),
    ("ROME (AP) — Giorgia Meloni visited Tunisia on Friday.", "2023-06-09", A),
]


@pytest.mark.parametrize(("text", "iso", "modality"), DATES)
def test_dates_resolved_against_the_article_date(ex, text, iso, modality):
    found = ex.interactions(text, MONDAY)
    assert [(i.relation, i.target.label, i.date, i.modality) for i in found] == [("visit", "Tunisia", iso, modality)]


@pytest.mark.parametrize("text", [
    "Keir Starmer is meeting Olaf Scholz in Berlin on Thursday.",
    "Keir Starmer meets Olaf Scholz in Berlin next Thursday.",
    "Keir Starmer will meet Olaf Scholz in Berlin on Thursday.",
])
def test_a_coming_weekday_is_a_planned_meeting(ex, text):
    found = ex.interactions(text, MONDAY)
    assert [(i.relation, i.date, i.modality) for i in found] == [("meet", "2023-06-15", P)]


NO_OVERREACH = [
    ("The council met the deadline for its report.", set()),
    ("The fund was backed by investors.", set()),
    ("Millions of people visited the website last month.", set()),
    ("Arsenal met Chelsea in the cup final on Sunday.", set()),
    ("Sadiq Khan said Keir Starmer visited Brussels.", {("Keir Starmer", "visit", "Brussels", A)}),
    ("Keir Starmer told reporters that Rishi Sunak had met Joe Biden.", {("Rishi Sunak", "meet", "Joe Biden", A)}),
    ("The bill met fierce resistance in parliament.", set()),
    ("The proposal was backed by 300 MPs.", set()),
    ("Thousands of fans visited the stadium on Saturday.", set()),
    ("The company met its sales target.", set()),
    ("Liverpool beat Everton in the derby.", set()),
    ("The investors backed the start-up with 5 million dollars.", set()),
]


NO_OVERREACH += [
    ("Rishi Sunak promised them about £8bn next year.", set()),  # an amount is not an actor
    ("Hans Zimmer received an Oscar for the score.", set()),  # one receives visitors, not awards
    ("Rafael Nadal went down to Novak Djokovic in the final.", set()),  # "went down to": lost, not travelled
    ("The top prize went to Aaltra, a Belgian film.", set()),  # travel ends at a place
    ("Roger Federer will meet Andy Murray in the semi-final after beating the third seed. The champion has "
     "won the tournament twice and the crowd expects another final.", set()),  # a fixture in a sports report
    ("Norway asked a US banker to chair its wealth fund.", set()),  # a US banker is not the United States
    ("Airbus head Guillaume Faury will replace him next year.", set()),  # "head" as a title, not a verb of travel
    ("Siemens's offer was rejected last week.", set()),  # a passive without "by": the agent is not said
    ("Ireland picked Johnny Sexton at fly-half.", set()),  # a hyphenated word is not a verb of travel
    ("Parliament backed the invasion of Kuwait.", set()),  # "of" names what is invaded, not who is backed
    ("Celtic beat Rangers in the league match at a full stadium. In the second half, goalkeeper Joe Hart blocked "
     "Kenny Miller's shot after the striker's run.", set()),  # a move of play in a sports report
    ("Jonathan Sayeed profited from private tours of Parliament.", set()),  # "from" frames journeys back only
    ("The Kremlin ended its support for Bashar al-Assad.", set()),  # a stance given up is not one taken
    ("Alan Parker praised French films.", set()),  # a demonym names the author of an act, not of any thing
    ("Manchester won the Labour conference.", set()),  # a city hosting a party's conference does not meet it
]


@pytest.mark.parametrize(("text", "expected"), NO_OVERREACH)
def test_no_over_reach(ex, text, expected):
    _check(ex, text, expected)


FURTHER_TYPES = [
    ("Germany and France signed a treaty in Aachen.", {("France", "cooperate", "Germany", A)}),
    ("Olaf Scholz asked Poland to back Ukraine.",
     {("Olaf Scholz", "request", "Poland", A), ("Poland", "support", "Ukraine", H)}),
]


@pytest.mark.parametrize(("text", "expected"), FURTHER_TYPES)
def test_further_interaction_types(ex, text, expected):
    _check(ex, text, expected)


def test_place_of_an_interaction(ex):
    found = ex.interactions("Rishi Sunak held talks with Giorgia Meloni in Rome.")
    assert [i.place.label if i.place else None for i in found] == ["Rome"]


def test_offsets_point_at_the_sentence(ex):
    text = "Spain and Portugal backed Morocco. Canada criticised China and Russia."
    article, _, found = ex.run(text)
    assert found
    for interaction in found:
        assert article.text[interaction.start:interaction.end] == interaction.sentence
        assert interaction.trigger in interaction.sentence


def test_trigger_lexicon_covers_the_core_relations():
    relations = {entry.relation for entries in triggers().values() for entry in entries}
    assert {"visit", "meet", "greet", "support", "oppose"} <= relations


def test_find_interactions_is_in_text_order(nlp):
    from loaders.actors import find_actors

    doc = nlp("Canada criticised Iran. Spain backed Morocco.")
    found = find_interactions(doc, find_actors(doc))
    assert [i.agent.label for i in found] == ["Canada", "Spain"]


STANCES_ON_THINGS = [
    ("Turkey's decision was welcomed by Sweden.", {("Sweden", "support", "Turkey", A)}),
    # a call to resign is a request and a criticism
    ("Keir Starmer called on Rishi Sunak to resign.",
     {("Keir Starmer", "request", "Rishi Sunak", A), ("Keir Starmer", "oppose", "Rishi Sunak", A)}),
    # a stance on someone's act, plan or quality is a stance on them
    ("Olaf Scholz welcomed Emmanuel Macron's proposal.", {("Olaf Scholz", "support", "Emmanuel Macron", A)}),
    ("Keir Starmer criticised Rishi Sunak's budget.", {("Keir Starmer", "oppose", "Rishi Sunak", A)}),
    ("Joe Biden paid tribute to Angela Merkel's leadership.", {("Joe Biden", "support", "Angela Merkel", A)}),
    ("Canada welcomed the decision by Mexico to reopen the border.", {("Canada", "support", "Mexico", A)}),
    ("Ukraine's bid received backing from Poland.", {("Poland", "support", "Ukraine", A)}),
]


@pytest.mark.parametrize(("text", "expected"), STANCES_ON_THINGS)
def test_stances_on_acts_are_stances_on_their_authors(ex, text, expected):
    _check(ex, text, expected)


VISITED_PLACES = [
    # a facility's place is visited, and the facility only when no town is told beside it (seventeenth round),
    # unless the place is at home ("Kim Jong Un ... in Pyongyang")
    ("Gordon Brown will visit an HIV/Aids clinic in Kenya and a school in Uganda.",
     {("Gordon Brown", "visit", "Kenya", P), ("Gordon Brown", "visit", "Uganda", P)}),
    ("Rishi Sunak visited Kenya's largest refugee camp.", {("Rishi Sunak", "visit", "refugee camp", A)}),
    ("Rishi Sunak visited Kenya's largest city.", {("Rishi Sunak", "visit", "Kenya", A)}),
    ("Narendra Modi visited the tomb of Mahatma Gandhi.", {("Narendra Modi", "visit", "tomb of Mahatma Gandhi", A)}),
    ("Angela Merkel toured a car factory in Saxony.",
     {("Angela Merkel", "visit", "Saxony", A)}),
    ("North Korean leader Kim Jong Un inspected a munitions factory in Pyongyang.",
     {("Kim Jong Un", "visit", "munitions factory", A)}),
    ("Kim Jong Un inspected the troops.", set()),  # one inspects places, not people
]


@pytest.mark.parametrize(("text", "expected"), VISITED_PLACES)
def test_visited_facilities_are_places(ex, text, expected):
    _check(ex, text, expected)


def test_facilities_are_local_to_their_article(nlp):
    from loaders.actors import find_actors

    text = "Giorgia Meloni visited a hospital."
    ids = set()
    for article_id in ("aaaa1111", "bbbb2222"):
        doc = nlp(text)
        found = find_interactions(doc, find_actors(doc, article_id))
        ids |= {i.target.id for i in found if i.target.type == "Place"}
    assert len(ids) == 2 and all(i.startswith("hospital") for i in ids)


FRAMED_EVENTS = [
    ("Olaf Scholz arrived in Paris for talks with Emmanuel Macron.",
     {("Olaf Scholz", "visit", "Paris", A), ("Olaf Scholz", "meet", "Emmanuel Macron", A)}),
    ("During talks with Joe Biden, Narendra Modi raised trade.", {("Narendra Modi", "meet", "Joe Biden", A)}),
    ("Viktor Orban visited Beijing at the invitation of Xi Jinping.",
     {("Viktor Orban", "visit", "Beijing", A), ("Xi Jinping", "request", "Viktor Orban", A)}),
    ("The European Union imposed sanctions on Belarus.", {("European Union", "sanction", "Belarus", A)}),
]


@pytest.mark.parametrize(("text", "expected"), FRAMED_EVENTS)
def test_events_framed_by_the_clause(ex, text, expected):
    _check(ex, text, expected)


def test_a_future_month_in_a_hedged_sentence_is_next_not_last(ex):
    found = ex.interactions("Xi Jinping will likely visit Seoul as early as June.", dt.date(2018, 4, 24))
    assert [(i.relation, i.date) for i in found] == [("visit", "2018-06")]


PAIRS = [
    ("Emmanuel Macron flew to Berlin to see Angela Merkel. The two leaders met for three hours.",
     {("Emmanuel Macron", "visit", "Berlin", A), ("Emmanuel Macron", "meet", "Angela Merkel", A)}),
    ("India and Pakistan exchanged prisoners. Both countries will hold talks in May.",
     {("India", "meet", "Pakistan", P)}),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_the_two_leaders_are_the_last_two_named(ex, text, expected):
    _check(ex, text, expected)


MORE = [
    # a host's guest visited the place of the hosting
    ("Narendra Modi hosted Vladimir Putin in New Delhi.",
     {("Narendra Modi", "greet", "Vladimir Putin", A), ("Vladimir Putin", "visit", "New Delhi", A)}),
    # a relative pronoun's antecedent is the agent; a possessor deep in the object is the target
    ("Joe Biden spoke with Angela Merkel, who praised India's vaccine programme.",
     {("Joe Biden", "meet", "Angela Merkel", A), ("Angela Merkel", "support", "India", A)}),
    # officials of two countries stand for both
    ("Talks between Iranian and Saudi officials could resume.", {("Iran", "meet", "Saudi Arabia", H)}),
    # a dateline parsed as a second subject does not hide the real one
    ("NEW DELHI -- Narendra Modi met Fumio Kishida on Tuesday.", {("Narendra Modi", "meet", "Fumio Kishida", A)}),
]


MORE += [
    ("Antony Blinken landed in Riyadh, a day after meeting Isaac Herzog in Jerusalem.",
     {("Antony Blinken", "visit", "Riyadh", A), ("Antony Blinken", "meet", "Isaac Herzog", A)}),
    ("Jordan's King Abdullah II welcomed Rishi Sunak to Amman.",
     {("Abdullah II", "greet", "Rishi Sunak", A), ("Rishi Sunak", "visit", "Amman", A)}),
    ("Morocco and Spain have been in talks over fishing rights.", {("Morocco", "meet", "Spain", A)}),
    ("Iran's foreign minister condemned the U.S. strikes.", {("Iran", "oppose", "United States", A)}),
]


MORE += [
    ("The Colombian president, Gustavo Petro, spoke in Bogota. Joe Biden invited Petro to Washington.",
     {("Joe Biden", "request", "Gustavo Petro", A)}),
    ("Argentine President Alberto Fernandez arrived in Brasilia. The Argentine leader thanked Brazil for its help.",
     {("Alberto Fernandez", "visit", "Brasilia", A), ("Alberto Fernandez", "support", "Brazil", A)}),
]


MORE += [
    ("Goldman Sachs made an offer for the London Stock Exchange (LSE). Goldman Sachs is due to hold talks with "
     "LSE this week.", {("Goldman Sachs", "meet", "London Stock Exchange", P)}),
    ("MCI's directors have backed Verizon.", {("MCI", "support", "Verizon", A)}),
]


MORE += [
    ("Narendra Modi played host to Vladimir Putin in New Delhi.",
     {("Narendra Modi", "greet", "Vladimir Putin", A), ("Vladimir Putin", "visit", "New Delhi", A)}),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_constructions(ex, text, expected):
    _check(ex, text, expected)


def test_a_date_in_a_clause_on_an_argument_is_not_the_interactions(ex):
    found = ex.interactions("Vladimir Putin, who arrived on Monday, was received by Narendra Modi.", dt.date(2021, 3, 3))
    assert sorted((i.relation, i.date) for i in found) == [("greet", None), ("meet", None)]


BROADER_WORDING = [
    ("Xi Jinping and Vladimir Putin, meeting in Moscow, pledged closer ties.",  # "meeting" tagged as a noun
     {("Xi Jinping", "meet", "Vladimir Putin", A)}),
    # ties severed or broken off, rallying behind, votes for and against, clashes, tariffs
    ("Saudi Arabia severed diplomatic ties with Qatar.", {("Saudi Arabia", "oppose", "Qatar", A)}),
    ("Bolivia broke off relations with Israel.", {("Bolivia", "oppose", "Israel", A)}),
    ("Britain broke the record.", set()),
    ("Saudi Arabia rallied behind Egypt.", {("Saudi Arabia", "support", "Egypt", A)}),
    ("France voted against the American resolution.", {("France", "oppose", "United States", A)}),
    ("Turkey clashed with Greece over the islands.", {("Turkey", "oppose", "Greece", A)}),
    ("The United States imposed tariffs on China.", {("United States", "sanction", "China", A)}),
    # hosting: banquets, dinners and red carpets for a guest; a passive light verb; welcomed by a crowd somewhere
    ("Xi Jinping hosted a state banquet for Emmanuel Macron.", {("Xi Jinping", "greet", "Emmanuel Macron", A)}),
    ("Vladimir Putin rolled out the red carpet for Kim Jong Un.", {("Vladimir Putin", "greet", "Kim Jong Un", A)}),
    ("Kim Jong Un was given a red-carpet welcome by Vladimir Putin.", {("Vladimir Putin", "greet", "Kim Jong Un", A)}),
    ("Crowds welcomed Pope Francis in Baghdad.", {("Francis", "visit", "Baghdad", A)}),
    ("Tony Blair attended a dinner for George Bush.", set()),  # a guest, not the host
    # joined given names keep their sentence's verb; a visited place misparsed as an adverb
    ("Moon Jae-in flew to Pyongyang on Tuesday.", {("Moon Jae-in", "visit", "Pyongyang", A)}),
    ("Kim Jong-un met Moon Jae-in at the border.", {("Kim Jong-un", "meet", "Moon Jae-in", A)}),
    ("South Korean President Yoon Suk-yeol visited Washington.", {("Yoon Suk-yeol", "visit", "Washington", A)}),
    # phrasal and means-of-contact meetings: the partner may hang from the topic or the means
    ('Shinzo Abe sat down with Vladimir Putin in Vladivostok.', {("Shinzo Abe", "meet", "Vladimir Putin", A)}),
    ('Emmanuel Macron spoke by telephone with Donald Trump on Sunday.', {("Emmanuel Macron", "meet", "Donald Trump", A)}),
    ('Narendra Modi discussed trade with Xi Jinping.', {("Narendra Modi", "meet", "Xi Jinping", A)}),
    ('Narendra Modi discussed Iran with Joe Biden.', {("Narendra Modi", "meet", "Joe Biden", A)}),
    ('Joe Biden phoned Volodymyr Zelensky.', {("Joe Biden", "meet", "Volodymyr Zelensky", A)}),
    ('Alexis Tsipras held a phone call with Recep Tayyip Erdogan.', {("Alexis Tsipras", "meet", "Recep Tayyip Erdogan", A)}),
    # oppose verbs with particles; a stance on an act is a stance on its author ("the policies of X")
    ('Recep Tayyip Erdogan hit out at the European Union.', {("Recep Tayyip Erdogan", "oppose", "European Union", A)}),
    ('Iran lashed out at Saudi Arabia over the attack.', {("Iran", "oppose", "Saudi Arabia", A)}),
    ('Palaniappan Chidambaram lashed out at the trade policies of the G7.', {("Palaniappan Chidambaram", "oppose", "G7", A)}),
    ('Charles Kennedy dismissed the Conservatives as a fading force.', {("Charles Kennedy", "oppose", "Conservative Party", A)}),
    # carriers of support: weight behind, support to, a dative recipient; closing verbs carry visits, not stances
    ('Russia threw its weight behind Bashar al-Assad.', {("Russia", "support", "Bashar al-Assad", A)}),
    ("Justin Trudeau gave his support to Mexico's bid.", {("Justin Trudeau", "support", "Mexico", A)}),
    ('Joe Biden sent Emmanuel Macron his congratulations.', {("Joe Biden", "support", "Emmanuel Macron", A)}),
    ('William Ruto concluded a three-day state visit to Tanzania.', {("William Ruto", "visit", "Tanzania", A)}),
    ('Russia withdrew its support for Bashar al-Assad.', {("Russia", "support", "Bashar al-Assad", N)}),
    # visits: 'on a visit', a named place before the visit noun, journeys back, departures
    ('Li Keqiang is on a visit to Germany.', {("Li Keqiang", "visit", "Germany", A)}),
    ('Cherie Blair made the remarks during a United States lecture tour.', {("Cherie Blair", "visit", "United States", A)}),
    ("A UK trade mission's visit to China ended on Friday.", {("United Kingdom", "visit", "China", A)}),
    ('Scott Morrison returned from a trip to Indonesia on Friday.', {("Scott Morrison", "visit", "Indonesia", A)}),
    ('Imran Khan left for Saudi Arabia on Sunday.', {("Imran Khan", "visit", "Saudi Arabia", A)}),
    # being somewhere for an event, or spending time there, is a visit
    ('Visiting Chinese Foreign Minister Wang Yi met Moon Jae-in in Seoul.', {("Wang Yi", "meet", "Moon Jae-in", A), ("Wang Yi", "visit", "Seoul", A)}),
    ('Mike Pompeo is in Pyongyang for talks with Kim Jong Un.', {("Mike Pompeo", "meet", "Kim Jong Un", A), ("Mike Pompeo", "visit", "Pyongyang", A)}),
    ('Gordon Brown spent two days in Tanzania.', {("Gordon Brown", "visit", "Tanzania", A)}),
    ('Britain spent millions in Iraq.', set()),
    ("British Foreign Secretary Jack Straw was in Tokyo earlier this week.", {("Jack Straw", "visit", "Tokyo", A)}),
    ("British Foreign Secretary Jack Straw was in London on Monday.", set()),  # at home
    ("Jack Straw was in Tokyo earlier this week.", set()),  # whose country he serves is not said
    ("British Prime Minister Tony Blair is in London for talks with Jacques Chirac.",
     {("Tony Blair", "meet", "Jacques Chirac", A)}),  # the guest visits, not the host
    # joining a body's meeting meets that body; hosting someone's act greets them; handshakes
    ('Tony Blair attended the EU summit in Brussels.', {("Tony Blair", "meet", "European Union", A)}),
    ("The charity Cafod will host Mr Brown's speech.", {("Cafod", "greet", "Brown", P)}),
    ('Kim Jong Un and Donald Trump shook hands in Singapore.', {("Kim Jong Un", "meet", "Donald Trump", A)}),
    ('Kim Jong Un shook hands with Moon Jae-in.', {("Kim Jong Un", "meet", "Moon Jae-in", A)}),
    # embracing a person greets them, a proposal backs its author; welcomes, solidarity, discussions, vetoes
    ('Moon Jae-in embraced Kim Jong Un at the border.', {("Moon Jae-in", "greet", "Kim Jong Un", A)}),
    ('Brazil embraced the French proposal.', {("Brazil", "support", "France", A)}),
    ('Vietnam gave Narendra Modi a warm welcome.', {("Vietnam", "greet", "Narendra Modi", A)}),
    ('Narendra Modi received a red-carpet welcome from Vietnam.', {("Vietnam", "greet", "Narendra Modi", A)}),
    ('Pope Francis lauded Lebanon for taking in refugees.', {("Francis", "support", "Lebanon", A)}),
    ('Portugal expressed solidarity with Spain after the floods.', {("Portugal", "support", "Spain", A)}),
    ('Ireland held discussions with Britain on the border.', {("Ireland", "meet", "United Kingdom", A)}),
    ('Michael Moore criticised the American invasion.', {("Michael Moore", "oppose", "United States", A)}),
    ('Russia vetoed the American resolution.', {("Russia", "oppose", "United States", A)}),
    ("The United States blocked Iran's application.", {("United States", "oppose", "Iran", A)}),
    ("Sweden deplored Turkey's decision.", {("Sweden", "oppose", "Turkey", A)}),
    ('Pakistan lodged a protest with India.', {("Pakistan", "oppose", "India", A)}),
    ('The government blocked the road to the capital.', set()),
    # a capital as the target of a stance is its government; envoys summoned, recalled or expelled; concern
    ('Moscow accused Kyiv of shelling the plant.', {("Russia", "accuse", "Ukraine", A)}),
    ("Beijing slammed Washington's decision.", {("China", "oppose", "United States", A)}),
    ('EU member states backed Greece.', {("European Union", "support", "Greece", A)}),
    ('Antony Blinken held talks with his Chinese counterpart.', {("Antony Blinken", "meet", "China", A)}),
    ("Seoul has expressed concern over Pyongyang's missile launches.", {("South Korea", "oppose", "North Korea", A)}),
    ('India and China held a fresh round of border talks.', {("India", "meet", "China", A)}),
    ('Japan protested to China over the incursion.', {("Japan", "oppose", "China", A)}),
    ('Pakistan summoned the Indian envoy.', {("Pakistan", "oppose", "India", A)}),
    ('France recalled its ambassador to Australia.', {("France", "oppose", "Australia", A)}),
    ('Britain expelled 23 Russian diplomats.', {("United Kingdom", "oppose", "Russia", A)}),
    ('The party expelled Ken Livingstone in 1999.', set()),
    ('Olaf Scholz praised the agreement between Serbia and Kosovo.', {("Olaf Scholz", "support", "Kosovo", A), ("Olaf Scholz", "support", "Serbia", A), ("Serbia", "cooperate", "Kosovo", A)}),
    ('There is growing concern about the economy.', set()),
    ('Palaniappan Chidambaram lashed out at the trade policies of the G7 nations.', {("Palaniappan Chidambaram", "oppose", "G7", A)}),
]


@pytest.mark.parametrize(("text", "expected"), BROADER_WORDING)
def test_broader_wording_of_the_five_relations(ex, text, expected):
    _check(ex, text, expected)


NEWS_CONVENTIONS = [
    # an office named after a person named alone in the sentence before is that person
    ("Gordon Brown has spoken to reporters. The chancellor, speaking during a tour of Africa, said aid would rise.",
     {("Gordon Brown", "visit", "Africa", A)}),
    ("Tony Blair met George Bush at the White House. The president said the talks went well.",
     {("Tony Blair", "meet", "George Bush", A)}),
    # a date ahead of the article's makes a present-tense trip planned; "before" in past narration does not
    ("The chancellor, Olaf Scholz, is travelling to Brazil next week.", {("Olaf Scholz", "visit", "Brazil", P)}),
    ("Theresa May was in Kenya before travelling to Nigeria.", {("Theresa May", "visit", "Nigeria", A)}),
    ("Theresa May will meet Uhuru Kenyatta before she flies to Nigeria next week.",
     {("Theresa May", "meet", "Uhuru Kenyatta", P), ("Theresa May", "visit", "Nigeria", P)}),
    # two people signing one accord met to sign it; countries that sign need not
    ("Presidents Lula da Silva and Evo Morales signed the gas accord in Brasilia.",
     {("Lula da Silva", "cooperate", "Evo Morales", A), ("Lula da Silva", "meet", "Evo Morales", A)}),
    ("Peru and Chile signed a border treaty.", {("Peru", "cooperate", "Chile", A)}),
    # stances on the leader of a group, on news of what someone did, allegations, faith and confidence
    ("Clare Short criticised the US-led aid coalition.", {("Clare Short", "oppose", "United States", A)}),
    ("Gordon Brown welcomed news that the Gates Foundation and Norway would give more.",
     {("Gordon Brown", "support", "Gates Foundation", A), ("Gordon Brown", "support", "Norway", A)}),
    ("The senator welcomed the news that the economy grew.", set()),
    ("The sports minister, Claude Eerdekens, made allegations against Svetlana Kuznetsova.",
     {("Claude Eerdekens", "accuse", "Svetlana Kuznetsova", A)}),
    ("The board of Reliance Energy reaffirmed its faith in Anil Ambani.",
     {("Reliance Energy", "support", "Anil Ambani", A)}),
    ("Investors have lost confidence in Mukesh Ambani.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_CONVENTIONS)
def test_news_conventions(ex, text, expected):
    _check(ex, text, expected)


NOT_ACTORS = [
    # pronoun chains carry on from sentence to sentence; a name modifying a noun is no antecedent
    ("Jim Callaghan served in the Attlee government. He refused to support Harold Wilson.",
     {("Jim Callaghan", "support", "Harold Wilson", N)}),
    # a pronoun in a fronted clause is the main subject, unless that one has its own pronoun for the person
    ("Before he left for Kenya, Boris Johnson praised Ghana.",
     {("Boris Johnson", "visit", "Kenya", A), ("Boris Johnson", "support", "Ghana", A)}),
    # "it" standing for a clause, or for a thing nearer than any actor, is no actor
    ("Germany made it impossible to dismiss the plan. Critics said it was important to back France.", set()),
    ("The UK is sceptical about the treaty, although Ruth Kelly says she backs it.", set()),
    ("Britain won the vote. France then criticised it.", {("France", "oppose", "United Kingdom", A)}),
    # a negated noun over a clause negates it
    ("There is no suggestion that Ruth Kelly opposes Tony Blair.", {("Ruth Kelly", "oppose", "Tony Blair", N)}),
    # words of other senses: a talk's topic, a landing that is a noun
    ("Tony Blair wants to talk about the purpose of the Labour Party.", set()),
    ("The airport changed take-off and landing procedures at Heathrow.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ACTORS)
def test_pronouns_and_words_that_name_no_actor(ex, text, expected):
    _check(ex, text, expected)


JUDGEMENTS = [
    # an adjective said of someone, or of their act, is a stance by whoever says it
    ("Michael Ancram said Jack Straw was naive beyond belief.", {("Michael Ancram", "oppose", "Jack Straw", A)}),
    ("Boris Johnson said Ken Livingstone had been crass and thuggish.",
     {("Boris Johnson", "oppose", "Ken Livingstone", A)}),
    ('"The Chinese response is disgraceful," said Angela Merkel.', {("Angela Merkel", "oppose", "China", A)}),
    ("Jose Mourinho said Frank Lampard was brilliant.", {("Jose Mourinho", "support", "Frank Lampard", A)}),
    ("Jacques Chirac called the British rebate unjustified.", {("Jacques Chirac", "oppose", "United Kingdom", A)}),
    ("Clare Short described the American response as disgraceful.", {("Clare Short", "oppose", "United States", A)}),
    # feelings about someone: pleased with, angry at, critical of
    ("Tony Blair is unhappy with France.", {("Tony Blair", "oppose", "France", A)}),
    ("Germany was critical of Poland's plan.", {("Germany", "oppose", "Poland", A)}),
    ("Kofi Annan said he was grateful to Norway.", {("Kofi Annan", "support", "Norway", A)}),
    # a thing or a clause judged is no actor, nor is the speaker judging himself
    ("Tony Blair said it was wrong to invade.", set()),
    ("Gordon Brown said the economy was strong.", set()),
    ("Tony Blair said he was right to act.", set()),
    ("Jack Straw said it remained justified.", set()),
]


@pytest.mark.parametrize(("text", "expected"), JUDGEMENTS)
def test_judgements_in_adjectives(ex, text, expected):
    _check(ex, text, expected)


PARTICIPANTS = [
    # "the two companies" are the two firms the article named most, first named first
    ("Foster's Group made an offer for Southcorp. Southcorp owns the Penfolds and Lindemans brands. Southcorp "
     "rejected it. The two companies held talks in January.",
     {("Southcorp", "meet", "Foster's Group", A), ("Southcorp", "oppose", "Foster's Group", A)}),
    # who joins someone in a visit goes too, and meets him; locked in talks; an agent of a service stands for it
    ("Tony Blair is to join David Blunkett in a visit to Sheffield.",
     {("Tony Blair", "visit", "Sheffield", P), ("David Blunkett", "visit", "Sheffield", P),
      ("Tony Blair", "meet", "David Blunkett", P)}),
    ("Gordon Brown has been locked in talks with finance ministers of the G7.", {("Gordon Brown", "meet", "G7", A)}),
    ("Viktor Makarov held a meeting with a CIA agent in Latvia.", {("Viktor Makarov", "meet", "Central Intelligence Agency", A)}),
    # the apposition of an office held "as" names the holder
    ("Robin Butler's report was backed by his predecessor as Cabinet Secretary, Lord Armstrong.",
     {("Armstrong", "support", "Robin Butler", A)}),
    # a named temple, church or palace the NER left out is a place one visits
    ("Charles Kennedy will visit the Swaminarayan Temple in Neasden.",
     {("Charles Kennedy", "visit", "Swaminarayan Temple", P), ("Charles Kennedy", "visit", "Neasden", P)}),
    # a hedge on a meeting
    ("HSBC reportedly held talks with Wells Fargo.", {("HSBC", "meet", "Wells Fargo", H)}),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPANTS)
def test_participants(ex, text, expected):
    _check(ex, text, expected)


CALLS_AND_SIGHTS = [
    # a call to apologise or resign is criticism of whoever is called on, never of the caller
    ("Charles Kennedy said Prince Harry should apologise in person.", {("Charles Kennedy", "oppose", "Harry", A)}),
    ("Charles Kennedy said Harry was in a privileged position and said he should apologise.",
     {("Charles Kennedy", "oppose", "Harry", A)}),
    ("Michael Howard urged Ken Livingstone to apologise.",
     {("Michael Howard", "oppose", "Ken Livingstone", A), ("Michael Howard", "request", "Ken Livingstone", A)}),
    ("Tony Blair said he would not resign.", set()),
    # a name set before its pronoun by a dash, in a quotation
    ('Boris Johnson said: "Here is old Ken - he has been crass."', {("Boris Johnson", "oppose", "Ken", A)}),
    # a stance on "its" act is on another actor than the one taking it
    ("Iran's bid was refused after the US blocked its application.", {("United States", "oppose", "Iran", A)}),
    ("Iraq was named. The government prepared lawyers to defend its case.", set()),  # one defends one's own case
    ("Kostas Kenteris protested his innocence.", set()),
    # seeing a facility abroad is visiting its country
    ("Gordon Brown will see an orphanage in Tanzania.",
     {("Gordon Brown", "visit", "Tanzania", P)}),
    ("Gordon Brown will see a rise in growth.", set()),
    # rooting for someone
    ("Cate Blanchett was rooting for Imelda Staunton.", {("Cate Blanchett", "support", "Imelda Staunton", A)}),
]


@pytest.mark.parametrize(("text", "expected"), CALLS_AND_SIGHTS)
def test_calls_and_sights(ex, text, expected):
    _check(ex, text, expected)


HOLDERS = [
    # a noun for someone by the side they take describes the subject or the name it is in apposition to
    ("Tony Blair is one of the staunchest backers of Turkish accession.", {("Tony Blair", "support", "Turkey", A)}),
    ("Tony Blair, a fierce critic of Robert Mugabe, spoke.", {("Tony Blair", "oppose", "Robert Mugabe", A)}),
    ("Germany remains a strong supporter of Ukraine's membership.", {("Germany", "support", "Ukraine", A)}),
    ("Clare Short is an outspoken opponent of the war.", set()),
    ("Supporters of Chelsea cheered.", set()),
    ("George Bush said the US backed Russian entry.", {("United States", "support", "Russia", A)}),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS)
def test_stance_holders(ex, text, expected):
    _check(ex, text, expected)


OFFICES = [
    # an office qualified by capitalised words ("the Liberal Democrat leader") after the one person just named
    ("Charles Kennedy spoke on Monday. The Liberal Democrat leader will visit the Swaminarayan Temple in Birmingham.",
     {("Charles Kennedy", "visit", "Swaminarayan Temple", P), ("Charles Kennedy", "visit", "Birmingham", P)}),
    ("Charles Kennedy spoke on Monday. The former party leader will visit Leeds.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES)
def test_offices_after_a_name(ex, text, expected):
    _check(ex, text, expected)


DOMESTIC = [
    # "the government" of a piece naming only one country's parties is that country's
    ("Labour and the Conservatives clashed again. Michael Howard attacked the government over its record.",
     {("Michael Howard", "oppose", "United Kingdom", A), ("Labour Party", "oppose", "Conservative Party", A),
      ("Conservative Party", "oppose", "Labour Party", A)}),
    # a party name the NER cut short or left as a common noun
    ("The Liberal Democrats said the government had failed. Charles Kennedy criticised the government.",
     {("Charles Kennedy", "oppose", "United Kingdom", A), ("Liberal Democrats", "oppose", "United Kingdom", A)}),
    ("The Tories accused Labour of wasting money.", {("Conservative Party", "accuse", "Labour Party", A)}),
    # an office qualified by a country's abbreviation after the one person just named
    ("Reports say Tony Blair was considering a treaty. The UK leader is said to have discussed it with John McCain.",
     {("Tony Blair", "meet", "John McCain", A)}),
]


@pytest.mark.parametrize(("text", "expected"), DOMESTIC)
def test_domestic_politics(ex, text, expected):
    _check(ex, text, expected)


OWNERS_AND_OPINIONS = [
    # a plan named without its owner belongs to the owner of its last mention
    ("Labour unveiled plans for identity cards on Monday. Michael Howard said he would support the plans.",
     {("Michael Howard", "support", "Labour Party", P)}),
    ("The UK government plans to return children to Albania. The Medical Foundation opposes the plans.",
     {("Medical Foundation", "oppose", "United Kingdom", A)}),
    ("Labour's bill was published. The Liberal Democrats pledged to oppose the bill.",
     {("Liberal Democrats", "oppose", "Labour Party", P)}),
    ("Labour's ID scheme was debated. Mark Oaten branded the scheme deeply flawed.",
     {("Mark Oaten", "oppose", "Labour Party", A)}),
    ("Mark Oaten branded the scheme deeply flawed.", set()),
    # nouns of condemnation and a job well done
    ('"Labour\'s arrogance has been their undoing," said Alex Salmond.', {("Alex Salmond", "oppose", "Labour Party", A)}),
    ("Amnesty International called Labour's policy a scandal.", {("Amnesty International", "oppose", "Labour Party", A)}),
    ("Michael Howard said Tony Blair was a disgrace.", {("Michael Howard", "oppose", "Tony Blair", A)}),
    ("Peter Duncan said Oxfam had done a superb job.", {("Peter Duncan", "support", "Oxfam", A)}),
    ("The scandal engulfed Tony Blair's government.", set()),
    # words of attack: hitting back, deriding, challenging, a call to sack someone, a clash both ways
    ("Labour hit back at Michael Howard.", {("Labour Party", "oppose", "Michael Howard", A)}),
    ("Frank Field said the prime minister should sack Gordon Brown.", {("Frank Field", "oppose", "Gordon Brown", A)}),
    ("Michael Howard challenged Tony Blair to a debate.", {("Michael Howard", "oppose", "Tony Blair", A)}),
    ("The firm will challenge the ruling in court.", set()),
    ("Tony Blair and Michael Howard clashed over taxes.",
     {("Tony Blair", "oppose", "Michael Howard", A), ("Michael Howard", "oppose", "Tony Blair", A)}),
    ("England and France clash at Twickenham in the Six Nations match.", set()),
    # the government as a noun's modifier; a participle hanging from the object of a preposition
    ("Labour and the Tories clashed. Simon Burns attacked government initiatives.",
     {("Simon Burns", "oppose", "United Kingdom", A), ("Labour Party", "oppose", "Conservative Party", A),
      ("Conservative Party", "oppose", "Labour Party", A)}),
    ("Matthew Taylor has written to the watchdog accusing Labour of a breach.",
     {("Matthew Taylor", "accuse", "Labour Party", A)}),
    # the second verb of a coordination praises someone else's handling, not its own subject's
    ("Tony Blair insisted Gordon Brown will have a key role, and praised his handling of the economy.",
     {("Tony Blair", "support", "Gordon Brown", A)}),
    ("Gordon Brown defended his record.", set()),
    # sacking someone opposes him (the gold sets' annotators agree: "Boeing sacked Mr Sears", "sacked by Chelsea",
    # "axed by former coach Marco Tardelli"); this row expected nothing until the twenty-eighth round
    ("Boeing sacked Michael Sears in 2003.", {("Boeing", "oppose", "Michael Sears", A)}),
    # "the US court" is no court named earlier that the article does not call a US one
    ("Yukos went to the European Court of Human Rights. The US court's jurisdiction was challenged by Deutsche Bank.",
     set()),
    ("David Blunkett apologised to MPs. David Davis welcomed his apology.",
     {("David Davis", "support", "David Blunkett", A)}),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS_AND_OPINIONS)
def test_owners_and_opinions(ex, text, expected):
    _check(ex, text, expected)


PARTY_POLITICS = [
    # pleading for someone's release backs them
    ("George Galloway appealed for the release of aid worker Margaret Hassan.",
     {("George Galloway", "support", "Margaret Hassan", A)}),
    # a body one is expelled from expels; demands and challenges to quit or stand down criticise
    ("George Galloway was expelled from the Labour party in 2003.", {("Labour Party", "oppose", "George Galloway", A)}),
    ("The Tories demanded Edward Heath quit.", {("Conservative Party", "oppose", "Edward Heath", A)}),
    ("UKIP challenged Robert Kilroy-Silk to stand down as an MEP.",
     {("UK Independence Party", "oppose", "Robert Kilroy-Silk", A)}),
    ("Edward Heath told the nation he was resigning.", set()),
    # denied reports and dismissed claims deny what they report
    ("Downing Street denied reports that Gordon Brown is preparing to oust Alan Milburn.",
     {("Gordon Brown", "oppose", "Alan Milburn", N)}),
    # bare "ministers" of a domestic piece, and a party's MPs
    ("Labour and the Tories clashed. Norman Baker accused ministers of turning Britain into a dumpsite.",
     {("Norman Baker", "accuse", "United Kingdom", A), ("Labour Party", "oppose", "Conservative Party", A),
      ("Conservative Party", "oppose", "Labour Party", A)}),
    ("Labour MPs have angrily criticised Gordon Brown.", {("Labour Party", "oppose", "Gordon Brown", A)}),
    # a judging adjective on someone's act in reported speech, and in a passive of branding
    ("Charles Kennedy said it was a further example of Labour's authoritarian response.",
     {("Charles Kennedy", "oppose", "Labour Party", A)}),
    ("Labour's disastrous campaign ended.", set()),
    ("Scotland doctor James Robson said a scan showed damage to Scott's right knee.", set()),
    ("Labour's ID plan was debated. The plan was branded deeply irresponsible by the Liberal Democrats.",
     {("Liberal Democrats", "oppose", "Labour Party", A)}),
    # sport: ousting a seed is a win, not a stance
    ("Rafael Nadal hit powerful forehands to oust Potito Starace in the match, as the unseeded Spaniard reached "
     "the last eight.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_POLITICS)
def test_party_politics(ex, text, expected):
    _check(ex, text, expected)


NEWS_OF_THE_DAY = [
    # "the move" with no earlier owner is the move the story leads with
    ("Vodafone has cut its prices for rivals.\nOfcom welcomed the move.", {("Ofcom", "support", "Vodafone", A)}),
    ("Vodafone has cut its prices for rivals. AOL backed the cuts.", {("AOL", "support", "Vodafone", A)}),
    # "its" in the "of" phrase of someone's act is theirs; a newspaper cited as a source is no antecedent
    ("MG Rover's tie-up has been delayed, according to the Financial Times. The paper said China was irritated by "
     "Rover's disclosure of its talks with Nanjing Automobile.", {("Rover", "meet", "Nanjing Automobile", A)}),
    # a lead that reports a complaint does not name the mover
    ("The Police Federation has said it opposes the new powers.\nHazel Blears defended the move.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_OF_THE_DAY)
def test_news_of_the_day(ex, text, expected):
    _check(ex, text, expected)


CHARGES = [
    # a reported charge of wrongdoing is the reporter's opposition to the wrongdoer
    ("The Tories said Cherie Blair broke a convention.", {("Conservative Party", "oppose", "Cherie Blair", A)}),
    ("Viktor Makarov claims he has been betrayed by the British authorities.",
     {("Viktor Makarov", "oppose", "United Kingdom", A)}),
    ("Michael Howard said Tony Blair misled Parliament.", {("Michael Howard", "oppose", "Tony Blair", A)}),
    ("Sebastian Coe said Kelly Holmes broke the record.", set()),
    ("Tony Blair misled nobody.", set()),  # told, not reported: no judge
    # a job done badly
    ("Nathalie Dechy said the Belgian government did a really bad job.", {("Nathalie Dechy", "oppose", "Belgium", A)}),
]


@pytest.mark.parametrize(("text", "expected"), CHARGES)
def test_reported_charges(ex, text, expected):
    _check(ex, text, expected)


HOSTILE_ACTS = [
    # attacks, raids and destruction ordered or carried out
    ("Jacques Chirac ordered the destruction of the Ivory Coast's air force.",
     {("Jacques Chirac", "oppose", "Ivorian air force", A)}),
    ("Hezbollah launched an attack on Israel.", {("Hezbollah", "oppose", "Israel", A)}),
    ("Chelsea's attack was strong in the match against Arsenal, whose goalkeeper saved a penalty in the league.",
     set()),
    # a relative pronoun object is its antecedent
    ("Economists point to China's fixed exchange rate, which the US and the G7 have blamed for cheap exports.",
     {("United States", "accuse", "China", A), ("G7", "accuse", "China", A)}),
    ("The proposal, which Jack Straw backed, was adopted.", set()),
    # what a subject's act "was not" does not undo the act
    ("His spokesman insisted Duncan Bannatyne's attack on Labour was not a stunt.",
     {("Duncan Bannatyne", "oppose", "Labour Party", A)}),
    ("The meeting between Tony Blair and Jacques Chirac was not a success.", {("Tony Blair", "meet", "Jacques Chirac", A)}),
]


@pytest.mark.parametrize(("text", "expected"), HOSTILE_ACTS)
def test_hostile_acts_and_relative_objects(ex, text, expected):
    _check(ex, text, expected)


INTENTIONS_AND_INVITATIONS = [
    # a noun of aim: its holder does its "to" clause, under the noun's modality
    ("Joe Biden's plan to visit Vietnam was announced on Friday.", {("Joe Biden", "visit", "Vietnam", P)}),
    ("Olaf Scholz announced plans to travel to Brazil.", {("Olaf Scholz", "visit", "Brazil", P)}),
    ("Giorgia Meloni has no plans to meet Viktor Orban.", {("Giorgia Meloni", "meet", "Viktor Orban", N)}),
    ("Rishi Sunak made a decision to meet Leo Varadkar.", {("Rishi Sunak", "meet", "Leo Varadkar", P)}),
    ("The attempt by Pedro Sanchez to meet Xi Jinping failed.", {("Pedro Sanchez", "meet", "Xi Jinping", N)}),
    # an invitation's clause is done by the one invited
    ("Lula da Silva extended an invitation to Emmanuel Macron to visit Brasilia.",
     {("Lula da Silva", "request", "Emmanuel Macron", A), ("Emmanuel Macron", "visit", "Brasilia", P)}),
    ("Yoon Suk Yeol accepted an invitation to visit Washington.", {("Yoon Suk Yeol", "visit", "Washington", P)}),
    ("Yoon Suk Yeol turned down an invitation to visit Tokyo.", {("Yoon Suk Yeol", "visit", "Tokyo", N)}),
    ("There are no plans for Xi Jinping to visit Canberra.", {("Xi Jinping", "visit", "Canberra", N)}),
    ("Kim Jong Un is considering a trip to Hanoi.", {("Kim Jong Un", "visit", "Hanoi", H)}),
    # a plan with no holder said does nobody's act
    ("Egypt rejected a plan to send troops to Libya.", set()),
]


@pytest.mark.parametrize(("text", "expected"), INTENTIONS_AND_INVITATIONS)
def test_intentions_and_invitations(ex, text, expected):
    _check(ex, text, expected)


CALLED_OFF = [
    ("Joe Biden cancelled the summit with Xi Jinping.", {("Joe Biden", "meet", "Xi Jinping", N)}),
    ("Canada has postponed talks with India.", {("Canada", "meet", "India", N)}),
    ("Japan ruled out talks with North Korea.", {("Japan", "meet", "North Korea", N)}),
    ("Olaf Scholz did not rule out a meeting with Vladimir Putin.", {("Olaf Scholz", "meet", "Vladimir Putin", H)}),
    ("Norway has suspended its support for Ethiopia.", set()),  # a stance given up is not one taken
]


@pytest.mark.parametrize(("text", "expected"), CALLED_OFF)
def test_talks_called_off(ex, text, expected):
    _check(ex, text, expected)


GROUPS_AND_JOURNEYS = [
    # a body of officials acts for whoever its members act for
    ("A delegation of Indian officials visited Colombo on Monday.", {("India", "visit", "Colombo", A)}),
    ("A team of Egyptian negotiators met Israeli officials in Cairo.", {("Egypt", "meet", "Israel", A)}),
    ("Officials from the African Union criticised Mali.", {("African Union", "oppose", "Mali", A)}),
    ("A group of investors backed the bid.", set()),
    # two parties on the phone talk to each other; two speakers at an event do not
    ("Joe Biden and Xi Jinping spoke by phone on Thursday.", {("Joe Biden", "meet", "Xi Jinping", A)}),
    ("Joe Biden and Xi Jinping spoke at the forum.", set()),
    # more journeys: coming to, crossing into, a delegation or mission to a country
    ("Narendra Modi is coming to France next week.", {("Narendra Modi", "visit", "France", P)}),
    ("Yoon Suk Yeol crossed the border into North Korea.", {("Yoon Suk Yeol", "visit", "North Korea", A)}),
    ("Rishi Sunak came to power in 2022.", set()),
    ("Kamala Harris led the US delegation to Ghana.",
     {("Kamala Harris", "visit", "Ghana", A), ("United States", "visit", "Ghana", A)}),
    ("A Thai trade mission to Vietnam ended on Friday.", {("Thailand", "visit", "Vietnam", A)}),
    ("Ireland's mission to the United Nations welcomed the vote.", set()),  # posted there, not visiting
    # a journey takes its traveller where it goes
    ("Lula da Silva began an Asian tour that will also take him to Japan and Vietnam.",
     {("Lula da Silva", "visit", "Japan", P), ("Lula da Silva", "visit", "Vietnam", P)}),
    ("The row took Boris Johnson to the brink.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS_AND_JOURNEYS)
def test_groups_and_journeys(ex, text, expected):
    _check(ex, text, expected)


AID_AND_STRIKES = [
    ("Australia sent aid to Tonga after the eruption.", {("Australia", "support", "Tonga", A)}),
    ("Norway offered assistance to Haiti.", {("Norway", "support", "Haiti", A)}),
    ("Aid agencies praised the response.", set()),
    ("Turkey carried out airstrikes on Syria.", {("Turkey", "oppose", "Syria", A)}),
    ("Nurses went on strike on Monday.", set()),
    # a stance pledged, voiced or offered is taken; one that will be pledged is planned
    ("Canada pledged support to Ukraine.", {("Canada", "support", "Ukraine", A)}),
    ("Ghana offered its backing to Nigeria.", {("Ghana", "support", "Nigeria", A)}),
    ("Japan will voice support for the Philippines.", {("Japan", "support", "Philippines", P)}),
]


@pytest.mark.parametrize(("text", "expected"), AID_AND_STRIKES)
def test_aid_strikes_and_stances_taken(ex, text, expected):
    _check(ex, text, expected)


MEASURES_AND_GOVERNMENTS = [
    # a government named after its leader is the leader's country's
    ("Canadian Prime Minister Justin Trudeau spoke first. The Trudeau government later criticised India.",
     {("Canada", "oppose", "India", A)}),
    # measures named again ("the sanctions") are whoever imposed them
    ("Canada imposed sanctions on Iran. The sanctions were welcomed by Israel.",
     {("Canada", "sanction", "Iran", A), ("Israel", "support", "Canada", A)}),
    ("Japan slapped tariffs on steel. South Korea condemned the tariffs.", {("South Korea", "oppose", "Japan", A)}),
]


@pytest.mark.parametrize(("text", "expected"), MEASURES_AND_GOVERNMENTS)
def test_measures_and_governments(ex, text, expected):
    _check(ex, text, expected)


CLAIMS_AND_MANNERS = [
    # a stance noun framed by "with" or "in" is the clause subject's
    ("Liz Truss opened the conference with an attack on Labour's record.", {("Liz Truss", "oppose", "Labour Party", A)}),
    ("In a rebuke to Beijing, Lithuania recalled its ambassador.", {("Lithuania", "oppose", "China", A)}),
    # claims denied or rejected are opposed to whoever made them
    ("Peter Navarro claimed he was misled by Canada. Canada denied the claims.",
     {("Canada", "oppose", "Peter Navarro", A), ("Peter Navarro", "oppose", "Canada", A)}),
    ("Her claims were denied by Boris Johnson.", set()),  # "her" has no one to refer to
    ("Ivana Trump's claims were denied by Boris Johnson.", {("Boris Johnson", "oppose", "Ivana Trump", A)}),
    # denying anything else is no stance on anyone
    ("Japan denied Vladimir Putin a visa.", set()),
    ("The BBC denies a Top Gear comeback.", set()),
    ("Ireland challenged Boris Johnson to deny reports that he had misled Parliament.",
     {("Ireland", "oppose", "Boris Johnson", A)}),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS_AND_MANNERS)
def test_claims_and_manners(ex, text, expected):
    _check(ex, text, expected)


HOSTS_AND_FAMILY_NAMES = [
    ("Lula da Silva will attend a dinner hosted by Joe Biden.", {("Joe Biden", "greet", "Lula da Silva", P)}),
    ("Lula da Silva attended a banquet given by Xi Jinping.", {("Xi Jinping", "greet", "Lula da Silva", A)}),
    ("Lula da Silva attended a dinner for Xi Jinping.", set()),  # a guest, not the host
    ("Joe Biden had an audience with King Charles at the palace.", {("Joe Biden", "meet", "Charles", A)}),
    ("Keir Starmer told an audience in Leeds that he backed the plan.", set()),
    # a family name that comes first, alone later, is that person even where the tagger took it for a place
    ("South Korean President Yoon Suk Yeol will travel to Tokyo. Yoon last visited Japan in 2017.",
     {("Yoon Suk Yeol", "visit", "Tokyo", P), ("Yoon Suk Yeol", "visit", "Japan", A)}),
]


@pytest.mark.parametrize(("text", "expected"), HOSTS_AND_FAMILY_NAMES)
def test_hosts_and_family_names(ex, text, expected):
    _check(ex, text, expected, dt.date(2023, 6, 1))


EXAMPLES_OF_A_GROUP = [
    ("Lula da Silva met business leaders including Elon Musk.", {("Lula da Silva", "meet", "Elon Musk", A)}),
    ("Countries such as Peru and Chile criticised Venezuela.",
     {("Peru", "oppose", "Venezuela", A), ("Chile", "oppose", "Venezuela", A)}),
    ("Several governments, including Kenya and Ghana, praised Rwanda.",
     {("Kenya", "support", "Rwanda", A), ("Ghana", "support", "Rwanda", A)}),
    ("Rival browsers, like Opera, are challenging Microsoft.", set()),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_OF_A_GROUP)
def test_examples_of_a_group_stand_for_it(ex, text, expected):
    _check(ex, text, expected)


MORE_STANCES = [
    ("Mexico took aim at Canada over its mining rules.", {("Mexico", "oppose", "Canada", A)}),
    ("Vietnam expressed anger at China over the collision.", {("Vietnam", "oppose", "China", A)}),
    ("Public anger over the floods grew.", set()),
    ("Morocco refused to recognise Algeria's claim.", {("Morocco", "oppose", "Algeria", A)}),
    ("Gustavo Petro has not recognised Maduro's claimed victory.", {("Gustavo Petro", "oppose", "Maduro", A)}),
    ("Poland said it stands with Lithuania.", {("Poland", "support", "Lithuania", A)}),
    ("The African Union suspended Niger after the coup.", {("African Union", "oppose", "Niger", A)}),
    ("The exchange suspended trading on Monday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MORE_STANCES)
def test_more_stances(ex, text, expected):
    _check(ex, text, expected)


SPEAKING_ABROAD = [
    ("German Chancellor Olaf Scholz spoke first. Speaking in Tokyo, Mr Scholz said the deal was fair.",
     {("Olaf Scholz", "visit", "Tokyo", A)}),
    ("French President Emmanuel Macron told reporters in Berlin that he backed the plan.",
     {("Emmanuel Macron", "visit", "Berlin", A)}),
    ("French President Emmanuel Macron told reporters in Paris that he backed the plan.", set()),  # at home
    ("Emmanuel Macron told reporters in Berlin that he backed the plan.", set()),  # whose home is not said
    ("Li Wei, the Chinese ambassador to Canada, said in Ottawa that he backed the plan.", set()),  # posted there
]


@pytest.mark.parametrize(("text", "expected"), SPEAKING_ABROAD)
def test_speaking_abroad_is_being_there(ex, text, expected):
    _check(ex, text, expected)


NAME_CALLING = [
    ("Joe Biden called Xi Jinping a dictator.", {("Joe Biden", "oppose", "Xi Jinping", A)}),
    ("Donald Trump described Nicolas Maduro as a tyrant.", {("Donald Trump", "oppose", "Nicolas Maduro", A)}),
    ('"Vladimir Putin is a war criminal," Joe Biden said.', {("Joe Biden", "oppose", "Vladimir Putin", A)}),
    ("Joe Biden called Xi Jinping a friend.", set()),
    ("Police called the man a terrorist.", set()),
    # an act judged keeps its own modality: refusing to condemn an invasion does not undo it
    ("South Africa declined to condemn Russia's invasion of Ukraine.",
     {("South Africa", "oppose", "Russia", N), ("Russia", "oppose", "Ukraine", A)}),
]


@pytest.mark.parametrize(("text", "expected"), NAME_CALLING)
def test_name_calling_and_acts_judged(ex, text, expected):
    _check(ex, text, expected)


PAIRS_GUESTS_AND_HOSTS = [
    ("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi. The pair discussed trade.",
     {("William Ruto", "greet", "Abiy Ahmed", A), ("Abiy Ahmed", "visit", "Nairobi", A),
      ("Abiy Ahmed", "meet", "William Ruto", A)}),
    ("Iran accused Britain, France and Germany of pressure. In a joint statement, the three countries praised "
     "Rafael Grossi.",
     {("Iran", "accuse", "United Kingdom", A), ("Iran", "accuse", "France", A), ("Iran", "accuse", "Germany", A),
      ("United Kingdom", "support", "Rafael Grossi", A), ("France", "support", "Rafael Grossi", A),
      ("Germany", "support", "Rafael Grossi", A)}),
    # a singular pronoun is not the pair
    ("Alan Milburn and Gordon Brown spoke on Monday. The pair chatted and Mr Brown said he was happy with his task.",
     set()),
    ("William Ruto hosted Abiy Ahmed in Nairobi. A pair of diplomats discussed trade.",
     {("William Ruto", "greet", "Abiy Ahmed", A), ("Abiy Ahmed", "visit", "Nairobi", A)}),
    # "his guest" is whom he last received or met; "his host" is who last received him
    ("William Ruto hosted Abiy Ahmed in Nairobi. Ruto praised his guest.",
     {("William Ruto", "greet", "Abiy Ahmed", A), ("Abiy Ahmed", "visit", "Nairobi", A),
      ("William Ruto", "support", "Abiy Ahmed", A)}),
    ("Javier Milei was received by Benjamin Netanyahu in Jerusalem. Milei thanked his host.",
     {("Benjamin Netanyahu", "greet", "Javier Milei", A),
      ("Benjamin Netanyahu", "meet", "Javier Milei", A), ("Javier Milei", "visit", "Jerusalem", A),
      ("Javier Milei", "support", "Benjamin Netanyahu", A)}),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS_GUESTS_AND_HOSTS)
def test_pairs_guests_and_hosts(ex, text, expected):
    _check(ex, text, expected)


NAMES_SEATS_AND_DATELINES = [
    # a surname with particles, split by the tagger, is one person; "Von der Leyen" later is that person
    ("European Commission President Ursula von der Leyen spoke first. Von der Leyen arrived in Rabat late on "
     "Tuesday and was received by King Mohammed VI.",
     {("Ursula von der Leyen", "visit", "Rabat", A), ("Mohammed VI", "greet", "Ursula von der Leyen", A),
      ("Mohammed VI", "meet", "Ursula von der Leyen", A)}),
    # "the two" after two people are named; a joint news conference is a meeting
    ("Olaf Scholz met Pedro Sanchez in Madrid. The two held a joint news conference.",
     {("Olaf Scholz", "meet", "Pedro Sanchez", A)}),
    # a capital that also seats bodies the piece names stands for the one named last
    ("Viktor Orban criticised the European Commission, accusing Brussels of bias.",
     {("Viktor Orban", "oppose", "European Commission", A), ("Viktor Orban", "accuse", "European Commission", A)}),
    ("Rishi Sunak flew to Brussels for talks.", {("Rishi Sunak", "visit", "Brussels", A)}),
    ("French President Emmanuel Macron criticised the European Commission. Macron told reporters in Brussels that "
     "he backed the plan.",
     {("Emmanuel Macron", "oppose", "European Commission", A), ("Emmanuel Macron", "visit", "Brussels", A)}),
    # the country after a dateline's city is the dateline's; a list that opens with a short name is not one
    ("HANOI, Vietnam (Wire) - Joe Biden arrived in Hanoi on Sunday.", {("Joe Biden", "visit", "Hanoi", A)}),
    ("US, France and Germany backed Ukraine.",
     {("United States", "support", "Ukraine", A), ("France", "support", "Ukraine", A),
      ("Germany", "support", "Ukraine", A)}),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_SEATS_AND_DATELINES)
def test_names_seats_and_datelines(ex, text, expected):
    _check(ex, text, expected)


ARRIVALS_AND_COUNTERPARTS = [
    # an arrival ahead, in a foreign place
    ("Russian Foreign Minister Sergei Lavrov is expected in Belgrade next month.",
     {("Sergei Lavrov", "visit", "Belgrade", P)}),
    ("Italian Prime Minister Giorgia Meloni is due in Berlin on Friday.", {("Giorgia Meloni", "visit", "Berlin", P)}),
    ("Italian Prime Minister Giorgia Meloni is due in Rome on Friday.", set()),  # at home
    ("Rain is expected in London.", set()),
    # "his Russian counterpart" is the person named as serving Russia; a hyphenated name after a title is a person;
    # meeting someone at the airport greets them
    ("Russian President Vladimir Putin arrived in Astana. Kazakh President Kassym-Jomart Tokayev met his Russian "
     "counterpart at the airport.",
     {("Vladimir Putin", "visit", "Astana", A), ("Kassym-Jomart Tokayev", "greet", "Vladimir Putin", A)}),
    ("Kazakh President Kassym-Jomart Tokayev met his Russian counterpart.", {("Kassym-Jomart Tokayev", "meet", "Russia", A)}),
]


@pytest.mark.parametrize(("text", "expected"), ARRIVALS_AND_COUNTERPARTS)
def test_arrivals_and_counterparts(ex, text, expected):
    _check(ex, text, expected)


MEETINGS_ABROAD = [
    # meeting someone in the country they serve: the other one came from elsewhere
    ("US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing.",
     {("Antony Blinken", "meet", "Xi Jinping", A), ("Antony Blinken", "visit", "Beijing", A)}),
    ("Chinese President Xi Jinping met Chinese Premier Li Qiang in Beijing.", {("Xi Jinping", "meet", "Li Qiang", A)}),
    ("Kenyan President William Ruto hosted Rwandan President Paul Kagame at State House in Nairobi.",
     {("William Ruto", "greet", "Paul Kagame", A), ("Paul Kagame", "visit", "Nairobi", A)}),
    ("US Secretary of State Antony Blinken met Chinese President Xi Jinping in Paris.",
     {("Antony Blinken", "meet", "Xi Jinping", A)}),
    # a purpose clause takes its journey's date; "the emir of Qatar, Sheikh X": the apposition on the country
    ("Recep Tayyip Erdogan flies to Doha on Monday to meet the emir of Qatar, Sheikh Tamim bin Hamad Al Thani.",
     {("Recep Tayyip Erdogan", "visit", "Doha", P), ("Recep Tayyip Erdogan", "meet", "Sheikh Tamim bin Hamad Al Thani", P)}),
]


@pytest.mark.parametrize(("text", "expected"), MEETINGS_ABROAD)
def test_meetings_abroad(ex, text, expected):
    _check(ex, text, expected, dt.date(2024, 5, 1))


JOURNEYS_JUDGED = [
    # "the trip" judged is the last traveller's
    ("Canadian Prime Minister Mark Carney will travel to Washington next week. Pierre Poilievre criticised the trip.",
     {("Mark Carney", "visit", "Washington", P), ("Pierre Poilievre", "oppose", "Mark Carney", A)}),
    ("Mark Carney flew to Washington. The visit was welcomed by Mexico.",
     {("Mark Carney", "visit", "Washington", A), ("Mexico", "support", "Mark Carney", A)}),
    # a headline's "X to visit Y" is ahead
    ("Canadian Prime Minister Mark Carney to visit Mexico", {("Mark Carney", "visit", "Mexico", P)}),
    # a headline's "Russian leader" is the first person the body names with that role
    ("Russian leader visits Kazakhstan\n\nRussian President Vladimir Putin arrived in Astana on Wednesday.",
     {("Vladimir Putin", "visit", "Kazakhstan", A), ("Vladimir Putin", "visit", "Astana", A)}),
]


@pytest.mark.parametrize(("text", "expected"), JOURNEYS_JUDGED)
def test_journeys_judged_and_headline_plans(ex, text, expected):
    _check(ex, text, expected)


DONE_BY_THE_OBJECT = [
    # "accused X of doing", "thanked X for doing": X does it (an accusation only alleges it)
    ("Felix Tshisekedi accused Rwanda of backing the M23 rebels.",
     {("Felix Tshisekedi", "accuse", "Rwanda", A), ("Rwanda", "support", "M23", H)}),
    ("Joe Biden thanked Japan for supporting Ukraine.",
     {("Joe Biden", "support", "Japan", A), ("Japan", "support", "Ukraine", A)}),
    ("Tony Blair was criticised for meeting Muammar Gaddafi.", {("Tony Blair", "meet", "Muammar Gaddafi", A)}),
    ("Arsene Wenger was fined £15,000 for accusing Ruud van Nistelrooy of cheating.",
     {("Arsene Wenger", "accuse", "Ruud van Nistelrooy", A)}),  # no one in the object: the subject accused
]


@pytest.mark.parametrize(("text", "expected"), DONE_BY_THE_OBJECT)
def test_done_by_the_object(ex, text, expected):
    _check(ex, text, expected)


READY_TO_SEE = [
    ("Gabriel Boric said he was ready to meet Javier Milei.", {("Gabriel Boric", "meet", "Javier Milei", H)}),
    ("Gabriel Boric is willing to visit Argentina.", {("Gabriel Boric", "visit", "Argentina", H)}),
    # seeing someone is left alone: "went to see Brando" is a meeting, "pops in to see Poppins" a show
    ("Lula da Silva said he hoped to see Nicolas Maduro soon.", set()),
]


@pytest.mark.parametrize(("text", "expected"), READY_TO_SEE)
def test_readiness(ex, text, expected):
    _check(ex, text, expected)


STANCES_MET_AND_TOURS = [
    # the subject of "met resistance / drew criticism / won backing from Y" is what Y opposes or backs
    ("The French plan met resistance from the Netherlands.", {("Netherlands", "oppose", "France", A)}),
    ("German Chancellor Olaf Scholz drew sharp criticism from Poland on Monday.",
     {("Poland", "oppose", "Olaf Scholz", A)}),
    ("The Kenyan proposal won backing from Ethiopia and Uganda.",
     {("Ethiopia", "support", "Kenya", A), ("Uganda", "support", "Kenya", A)}),
    ("The film drew praise from critics.", set()),
    # a proposal or decision told by its verb earlier is its teller's
    ("The European Commission proposed new tariffs on Chinese steel. Germany backed the proposal.",
     {("European Commission", "sanction", "China", P), ("Germany", "support", "European Commission", A)}),
    ("The Japanese government decided on Monday to lift the ban on beef imports. Australia welcomed the decision.",
     {("Australia", "support", "Japan", A)}),
    # met at the airport: a greeting on arrival; met elsewhere: a meeting
    ("Kenyan President William Ruto was met at the airport by Ethiopian Prime Minister Abiy Ahmed.",
     {("Abiy Ahmed", "greet", "William Ruto", A)}),
    ("French President Emmanuel Macron met German Chancellor Olaf Scholz at the chancellery.",
     {("Emmanuel Macron", "meet", "Olaf Scholz", A)}),
    # a tour or a stop in a place is a visit there; a bus stop is not
    ("Indian Prime Minister Narendra Modi ended his tour in Hanoi on Sunday.", {("Narendra Modi", "visit", "Hanoi", A)}),
    ("The bus made a stop in Leeds.", set()),
    # a name the NER tagged whole, title and all, as an organisation
    ("Russian President Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev.",
     {("Vladimir Putin", "meet", "Kassym-Jomart Tokayev", A)}),
]


@pytest.mark.parametrize(("text", "expected"), STANCES_MET_AND_TOURS)
def test_stances_met_greetings_and_tours(ex, text, expected):
    _check(ex, text, expected)


BODIES_BLOCS_AND_JOINERS = [
    # a demonym on a ministry names the country; "the bloc" is the international body named last
    ("The Thai foreign ministry on Monday rejected Cambodia's claim that Thai troops had laid new landmines.",
     {("Thailand", "oppose", "Cambodia", A)}),
    ("Argentine President Javier Milei praised the G20. He has repeatedly criticised Mercosur and called the bloc "
     "a prison.", {("Javier Milei", "support", "G20", A), ("Javier Milei", "oppose", "Mercosur", A)}),
    # an acronym the tagger took for a verb; a hyphenated country name is one country
    ("ECOWAS on Tuesday imposed sanctions on Guinea-Bissau's military authorities.",
     {("ECOWAS", "sanction", "Guinea-Bissau", A)}),
    # "condemned strikes by X", the "by" phrase hung from the verb
    ("ASEAN foreign ministers condemned fresh air strikes by Myanmar's military on villages.",
     {("ASEAN", "oppose", "Myanmar military", A)}),
    # a judgement of someone's remarks, the speaker named in apposition
    ("Brazil's foreign minister, Mauro Vieira, called Argentine President Javier Milei's remarks regrettable.",
     {("Mauro Vieira", "oppose", "Javier Milei", A)}),
    # a subject pronoun in a reported clause is the reporter; not confirming leaves it open
    ("Senegalese President Bassirou Diomaye Faye is expected in Ouagadougou, but Burkina Faso's leader, Captain "
     "Ibrahim Traoré, has not confirmed that he will receive him.",
     {("Bassirou Diomaye Faye", "visit", "Ouagadougou", P), ("Ibrahim Traoré", "greet", "Bassirou Diomaye Faye", H),
      ("Ibrahim Traoré", "meet", "Bassirou Diomaye Faye", H)}),
    # "the presidents of A and B" are the people the article names in that office
    ("Argentine President Javier Milei will not attend. Uruguayan President Yamandú Orsi had been due to host the "
     "presidents of Argentina and Brazil. Brazilian President Luiz Inácio Lula da Silva was busy.",
     {("Yamandú Orsi", "greet", "Javier Milei", P), ("Yamandú Orsi", "greet", "Luiz Inácio Lula da Silva", P)}),
    # joining people somewhere: meeting them there; "the two leaders" are not the one who joins them
    ("Russian President Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev. Uzbek President "
     "Shavkat Mirziyoyev is due to join the two leaders in Astana on Friday.",
     {("Vladimir Putin", "meet", "Kassym-Jomart Tokayev", A), ("Shavkat Mirziyoyev", "meet", "Vladimir Putin", P),
      ("Shavkat Mirziyoyev", "meet", "Kassym-Jomart Tokayev", P), ("Shavkat Mirziyoyev", "visit", "Astana", P)}),
    ("German Chancellor Olaf Scholz joined French President Emmanuel Macron in condemning the attack.", set()),
    # a joint news conference told with a counterpart; meeting a deadline is no meeting
    ("Foreign Minister Vijitha Herath told a joint news conference with his Indian counterpart S. Jaishankar that "
     "ties were strong.", {("Vijitha Herath", "meet", "S. Jaishankar", A)}),
    ("Negotiators from both countries had met a February deadline to finalise a customs agreement.", set()),
    # arrived and was received: the one received is the one who arrived, not a dateline before him
    ("NAIROBI, March 3 (Wire) - Tanzanian President Samia Suluhu Hassan arrived in Nairobi on Monday and was "
     "received at State House by President William Ruto.",
     {("Samia Suluhu Hassan", "visit", "Nairobi", A), ("William Ruto", "greet", "Samia Suluhu Hassan", A),
      ("William Ruto", "meet", "Samia Suluhu Hassan", A)}),
    # welcomed at an airport: a greeting, not a visit to the airport
    ("Papua New Guinea Prime Minister James Marape welcomed Australian Prime Minister Anthony Albanese at Jacksons "
     "International Airport.", {("James Marape", "greet", "Anthony Albanese", A)}),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_BLOCS_AND_JOINERS)
def test_bodies_blocs_and_joiners(ex, text, expected):
    _check(ex, text, expected)


SIDES_LEADERS_AND_TIME_SPENT = [
    # a given name that is also a title, after a whole title; a name the tagger cut before its possessive
    ("Afghan Foreign Minister Amir Khan Muttaqi's trip to India angered Pakistan. Muttaqi held talks in New Delhi "
     "with External Affairs Minister Subrahmanyam Jaishankar.",
     {("Amir Khan Muttaqi", "visit", "India", A), ("Amir Khan Muttaqi", "meet", "Subrahmanyam Jaishankar", A)}),
    # "Defence Minister Prince Khalid": an honorific is still no name; "He" after "A did X, and B did Y" is B
    ("Abbas Araghchi last met the crown prince in Riyadh in October, and Saudi Defence Minister Prince Khalid bin "
     "Salman travelled to Tehran in April. He was received there by Supreme Leader Ayatollah Ali Khamenei.",
     {("Khalid bin Salman", "visit", "Tehran", A), ("Ali Khamenei", "greet", "Khalid bin Salman", A),
      ("Ali Khamenei", "meet", "Khalid bin Salman", A)}),
    # "the two sides", "the two delegations": the first pair of countries the story joins by "and"
    ("ISTANBUL — Pakistan and Afghanistan agreed on Thursday to extend a ceasefire after talks mediated by Turkey and "
     "Qatar. Turkish Foreign Minister Hakan Fidan received the two delegations in Istanbul on Wednesday. The two "
     "sides are due to meet again in Istanbul on Dec. 10.",
     {("Hakan Fidan", "greet", "Pakistan", A), ("Hakan Fidan", "greet", "Afghanistan", A),
      ("Pakistan", "visit", "Istanbul", A), ("Afghanistan", "visit", "Istanbul", A),
      ("Pakistan", "meet", "Afghanistan", P)}),
    # without such a pair, "both governments" is not the speaker's own
    ("Oman's Foreign Minister Badr Albusaidi praised both governments for choosing dialogue.", set()),
    # a country said by "its"; a second verb joined to a reported clause whose subject is a thing
    ("Ethiopia responded within hours. Its foreign ministry criticised Cairo.", {("Ethiopia", "oppose", "Egypt", A)}),
    ("Ethiopia responded within hours. Its foreign ministry said the summit was pointless and accused Cairo of "
     "meddling.", {("Ethiopia", "accuse", "Egypt", A)}),
    # "Somalia's Hassan Sheikh Mohamud" acts for Somalia: "the Somali leader" is him
    ("Turkish President Tayyip Erdogan hosted Somalia's Hassan Sheikh Mohamud in Ankara. The Somali leader later "
     "flew to Addis Ababa for talks with Ethiopian Prime Minister Abiy Ahmed.",
     {("Tayyip Erdogan", "greet", "Hassan Sheikh Mohamud", A), ("Hassan Sheikh Mohamud", "visit", "Ankara", A),
      ("Hassan Sheikh Mohamud", "visit", "Addis Ababa", A), ("Hassan Sheikh Mohamud", "meet", "Abiy Ahmed", A)}),
    # time spent with someone is a meeting; sanctions maintained are imposed
    ("Iranian Foreign Minister Abbas Araghchi spent more than two hours with Saudi Foreign Minister Faisal bin Farhan.",
     {("Abbas Araghchi", "meet", "Faisal bin Farhan", A)}),
    ("British Prime Minister Tony Blair spent the weekend with his family.", set()),
    ("A State Department spokesperson said Washington would maintain sanctions on Tehran.",
     {("United States", "sanction", "Iran", P)}),
]


@pytest.mark.parametrize(("text", "expected"), SIDES_LEADERS_AND_TIME_SPENT)
def test_sides_leaders_and_time_spent(ex, text, expected):
    _check(ex, text, expected)


HOSTS_ARRIVALS_AND_THREE_WAY_MEETINGS = [
    # "hosted by X and by Y": both host; a monarch's title before one name the tagger called an organisation
    ("Chinese President Xi Jinping was hosted by King Felipe and by Spanish Prime Minister Pedro Sánchez.",
     {("Felipe", "greet", "Xi Jinping", A), ("Pedro Sánchez", "greet", "Xi Jinping", A)}),
    ("Fiat will meet car giant General Motors on Tuesday.", {("Fiat", "meet", "General Motors", P)}),
    # "praised what he called X's approach": the thing so called
    ("Chinese President Xi Jinping praised what he called Spain's pragmatic approach to China.",
     {("Xi Jinping", "support", "Spain", A)}),
    # a three-way meeting: everyone in it meets everyone
    ("Chinese Foreign Minister Wang Yi held a three-way meeting with Afghan Foreign Minister Amir Khan Muttaqi's "
     "deputy and Pakistani Foreign Minister Ishaq Dar and Indian Foreign Minister Subrahmanyam Jaishankar.",
     {("Wang Yi", "meet", "Ishaq Dar", A), ("Wang Yi", "meet", "Subrahmanyam Jaishankar", A),
      ("Ishaq Dar", "meet", "Subrahmanyam Jaishankar", A)}),
    # an arrival with no place in a datelined story is in the dateline's capital, for a visitor from elsewhere
    ("CAIRO, Jan. 25 (Wire) — Egyptian President Abdel Fattah al-Sisi hosted a summit. Eritrean President Isaias "
     "Afwerki arrived on Friday evening and was greeted at the airport by Egyptian Prime Minister Mostafa Madbouly.",
     {("Isaias Afwerki", "visit", "Cairo", A), ("Mostafa Madbouly", "greet", "Isaias Afwerki", A)}),
    ("LONDON — British Prime Minister Tony Blair arrived late on Monday.", set()),
    ("CAIRO — Eritrean President Isaias Afwerki arrived in Riyadh on Friday.", {("Isaias Afwerki", "visit", "Riyadh", A)}),
]


@pytest.mark.parametrize(("text", "expected"), HOSTS_ARRIVALS_AND_THREE_WAY_MEETINGS)
def test_hosts_arrivals_and_three_way_meetings(ex, text, expected):
    _check(ex, text, expected)


ROLES_FORUMS_AND_RECEIVERS = [
    # an untagged demonym before a title gives the role's country; a demonym and title words the tagger joined into
    # an "organisation" are a title
    ("Indian External Affairs Minister Subrahmanyam Jaishankar arrived in Muscat. Sultan Haitham bin Tarik did "
     "not receive the Indian minister.",
     {("Subrahmanyam Jaishankar", "visit", "Muscat", A), ("Haitham bin Tarik", "greet", "Subrahmanyam Jaishankar", N),
      ("Haitham bin Tarik", "meet", "Subrahmanyam Jaishankar", N)}),
    # the name after a coordinated title, misparsed as an apposition to the first member
    ("German Chancellor Friedrich Merz and Turkish President Recep Tayyip Erdogan also held talks.",
     {("Friedrich Merz", "meet", "Recep Tayyip Erdogan", A)}),
    # an international body before a complaint or sanctions is the forum; the subject acts through it
    ("China filed a WTO complaint against the EU tariffs.", {("China", "oppose", "European Union", A)}),
    ("Britain, France and Germany have warned they could reimpose UN sanctions on Iran.",
     {("United Kingdom", "sanction", "Iran", H), ("France", "sanction", "Iran", H), ("Germany", "sanction", "Iran", H)}),
    ("The UN imposed sanctions on Iran.", {("United Nations", "sanction", "Iran", A)}),
    # "won the endorsement of" unnamed people: the subject receives, gives nothing
    ("Canadian politician Mark Carney won the endorsement of two more cabinet ministers on Monday.", set()),
    # "accused him of having backed X": he is the one said to back X
    ("Liberal candidate Chrystia Freeland accused Mark Carney of having backed Brookfield.",
     {("Chrystia Freeland", "accuse", "Mark Carney", A), ("Mark Carney", "support", "Brookfield", H)}),
    # "neither government has confirmed that it will receive him": no one in particular
    ("Brazilian envoy Celso Amorim is due to travel to Caracas, although neither government has confirmed that it "
     "will receive him.", {("Celso Amorim", "visit", "Caracas", P)}),
    # "the country" after a sentence about a country is that country
    ("The United Arab Emirates has become one of India's closest partners. Indian Prime Minister Narendra Modi made "
     "his seventh visit to the country last February.", {("Narendra Modi", "visit", "United Arab Emirates", A)}),
]


@pytest.mark.parametrize(("text", "expected"), ROLES_FORUMS_AND_RECEIVERS)
def test_roles_forums_and_receivers(ex, text, expected):
    _check(ex, text, expected)


GOODS_TOURS_AND_HOSTED_TALKS = [
    # measures on goods named by origin are measures on their country
    ("The United States imposed 100 percent tariffs on Chinese electric vehicles last year.",
     {("United States", "sanction", "China", A)}),
    ("The EU imposed duties on Chinese steel.", {("European Union", "sanction", "China", A)}),
    ("It is the duty of the government to act.", set()),
    # "flew into", and a tour's last stop said on the verb that ends it
    ("Indian Prime Minister Narendra Modi, who flew into Johannesburg on Friday, held talks with South African "
     "President Cyril Ramaphosa.", {("Narendra Modi", "visit", "Johannesburg", A),
                                    ("Narendra Modi", "meet", "Cyril Ramaphosa", A)}),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar wrapped up a four-day tour of the Gulf in Doha.",
     {("Subrahmanyam Jaishankar", "visit", "Gulf", A), ("Subrahmanyam Jaishankar", "visit", "Doha", A)}),
    # talks hosted by someone: the host receives those who take part
    ("Riyadh and Tehran restored relations after talks between Saudi Arabia and Iran hosted by China.",
     {("Saudi Arabia", "meet", "Iran", A), ("China", "greet", "Saudi Arabia", A), ("China", "greet", "Iran", A)}),
    ("Guyanese President Irfaan Ali and Venezuelan President Nicolas Maduro met in December 2017 for talks hosted by "
     "St Vincent Prime Minister Ralph Gonsalves.",
     {("Irfaan Ali", "meet", "Nicolas Maduro", A), ("Ralph Gonsalves", "greet", "Irfaan Ali", A),
      ("Ralph Gonsalves", "greet", "Nicolas Maduro", A)}),
]


@pytest.mark.parametrize(("text", "expected"), GOODS_TOURS_AND_HOSTED_TALKS)
def test_goods_tours_and_hosted_talks(ex, text, expected):
    _check(ex, text, expected)


MEALS_CHARGES_AND_COMPANIONS = [
    # mocking is opposing; a dinner for someone hosts them, a dinner with someone is a meeting
    ("US President Donald Trump has repeatedly mocked Canadian Prime Minister Justin Trudeau.",
     {("Donald Trump", "oppose", "Justin Trudeau", A)}),
    ("Canadian Prime Minister Justin Trudeau flew to Florida for a dinner with US President Donald Trump.",
     {("Justin Trudeau", "visit", "Florida", A), ("Justin Trudeau", "meet", "Donald Trump", A)}),
    ("French President Emmanuel Macron hosted a dinner for German Chancellor Olaf Scholz.",
     {("Emmanuel Macron", "greet", "Olaf Scholz", A)}),
    # "the charge" dismissed is the accuser's
    ("Liberal candidate Chrystia Freeland accused Mark Carney of misleading voters. Carney dismissed the charge as "
     "simply false.", {("Chrystia Freeland", "accuse", "Mark Carney", A), ("Mark Carney", "oppose", "Chrystia Freeland", A)}),
    # a headline's "Iran's top diplomat" is the person the body names in that office
    ("Saudi crown prince receives Iran's top diplomat\n\nRIYADH, Nov. 9 (Wire) — Saudi Crown Prince Mohammed bin "
     "Salman received Iranian Foreign Minister Abbas Araghchi in Riyadh on Sunday.",
     {("Mohammed bin Salman", "greet", "Abbas Araghchi", A),
      ("Mohammed bin Salman", "meet", "Abbas Araghchi", A), ("Abbas Araghchi", "visit", "Riyadh", A)}),
    # those who accompany a traveller go too
    ("Chinese President Xi Jinping, accompanied by his wife Peng Liyuan, landed in Madrid late on Tuesday.",
     {("Xi Jinping", "visit", "Madrid", A), ("Peng Liyuan", "visit", "Madrid", A)}),
]


@pytest.mark.parametrize(("text", "expected"), MEALS_CHARGES_AND_COMPANIONS)
def test_meals_charges_and_companions(ex, text, expected):
    _check(ex, text, expected)


CAPITALS_CALLS_AND_STREETS = [
    # "Vanuatu's capital", "the Ukrainian capital": the capital city
    ("Australian Prime Minister Anthony Albanese arrived in Vanuatu's capital on Thursday.",
     {("Anthony Albanese", "visit", "Port Vila", A)}),
    ("Indian Prime Minister Narendra Modi travelled to the Ukrainian capital in August.",
     {("Narendra Modi", "visit", "Kyiv", A)}),
    # "spoke to X by telephone" is a call; "spoke to reporters" is not a meeting
    ("French President Emmanuel Macron spoke to Vanuatu Prime Minister Jotham Napat by telephone on Tuesday.",
     {("Emmanuel Macron", "meet", "Jotham Napat", A)}),
    ("French President Emmanuel Macron spoke to reporters in Paris.", set()),
    # a road the small model tags as a person is no one the leaders meet
    ("Vanuatu Prime Minister Jotham Napat took Australian Prime Minister Anthony Albanese past shops on Lini Highway. "
     "The two leaders later held talks.", {("Anthony Albanese", "meet", "Jotham Napat", A)}),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS_CALLS_AND_STREETS)
def test_capitals_calls_and_streets(ex, text, expected):
    _check(ex, text, expected)


HOSTILE_ACTS_ON_A_COUNTRY = [
    # an attack on what a demonym names is an attack on that country
    ("Afghan forces retaliated by attacking Pakistani border posts.", {("Afghanistan", "oppose", "Pakistan", A)}),
    ("Russian forces shelled Ukrainian positions near Kharkiv.", {("Russia", "oppose", "Ukraine", A)}),
    ("The Israeli army bombed Lebanese villages.", {("Israel Defense Forces", "oppose", "Lebanon", A)}),
    ("The Russian army bombed Ukrainian villages.", {("Russian army", "oppose", "Ukraine", A)}),
    ("The company attacked British rivals.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HOSTILE_ACTS_ON_A_COUNTRY)
def test_hostile_acts_on_a_country(ex, text, expected):
    _check(ex, text, expected)


PARTNERS_GOVERNMENTS_AND_STOPS_DROPPED = [
    # "X has been a dependable partner," said Y; "regards X as a friend" — but not one's own country, not "an ally of"
    ('"Qatar has been a dependable partner," Indian minister Subrahmanyam Jaishankar told reporters.',
     {("Subrahmanyam Jaishankar", "support", "Qatar", A)}),
    ('"China regards Spain as a good friend," Chinese President Xi Jinping said.', {("China", "support", "Spain", A)}),
    ("Russian President Vladimir Putin said Russia was a reliable partner.", set()),
    ("Gordon Brown is a close ally of Tony Blair, the newspaper said.", set()),
    # "his government" is the country he serves
    ("South African President Cyril Ramaphosa visited the White House in May, when US President Donald Trump "
     "accused his government of failing to protect farmers.",
     {("Cyril Ramaphosa", "visit", "United States", A), ("Donald Trump", "accuse", "South Africa", A)}),
    # a stop dropped from the journey the story last told
    ("Indian External Affairs Minister Subrahmanyam Jaishankar flew to Muscat on Tuesday. A stop in Kuwait, which "
     "appeared on an early itinerary, was dropped.",
     {("Subrahmanyam Jaishankar", "visit", "Muscat", A), ("Subrahmanyam Jaishankar", "visit", "Kuwait", N)}),
    ("The price dropped sharply. The team dropped the striker.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PARTNERS_GOVERNMENTS_AND_STOPS_DROPPED)
def test_partners_governments_and_stops_dropped(ex, text, expected):
    _check(ex, text, expected)


REBUTTALS_OF_WHAT_WAS_SAID = [
    # "rejected that", "dismissed those remarks": a stance on whoever last said or charged it in a main clause
    ("Opposition leader Sussan Ley said the Coalition supported the aid package but accused the government of being "
     "too slow. Prime Minister Anthony Albanese rejected that, saying the first aircraft had left within 18 hours.",
     {("Anthony Albanese", "oppose", "Sussan Ley", A)}),
    ("Chinese Commerce Minister Wang Wentao told CCTV that Beijing had shown sincerity and accused the Commission of "
     "moving the goalposts. Maros Sefcovic, speaking to reporters in Strasbourg, rejected that.",
     # the small model joins "accused" to the reported clause; the rebuttal still goes to the main speaker
     {("China", "accuse", "Commission", A), ("Maros Sefcovic", "oppose", "Wang Wentao", A)}),
    ("US Treasury Secretary Scott Bessent said Madrid was making a strategic mistake. Asked about those remarks in "
     "Beijing, Chinese spokesperson Guo Jiakun rejected them.", {("Guo Jiakun", "oppose", "Scott Bessent", A),
                                                                 ("Scott Bessent", "oppose", "Spain", A)}),
    ("Tony Blair said the war was legal. Michael Howard denied this.", {("Michael Howard", "oppose", "Tony Blair", A)}),
    ("The EU proposed a new fishing quota. Norway rejected it.", {("Norway", "oppose", "European Union", A)}),
    # nothing said before, or only by the one who rebuts
    ("Gordon Brown met Tony Blair on Monday. The unions later rejected that.",
     {("Gordon Brown", "meet", "Tony Blair", A)}),
    ("Angela Merkel said the report was flawed and dismissed it.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REBUTTALS_OF_WHAT_WAS_SAID)
def test_rebuttals_of_what_was_said(ex, text, expected):
    _check(ex, text, expected)


CHARGES_ANSWERED_SPOKESMEN_AND_STAGES = [
    # "X accused Y of Z, a charge Y rejects": Y opposes X, and the accusation stays asserted
    ("The United States has long accused Beijing of saddling African governments with debts, a charge China "
     "rejects as a smear.", {("United States", "accuse", "China", A), ("China", "oppose", "United States", A)}),
    ("Ukraine's foreign ministry criticised South Africa for giving Lavrov a platform, a charge Pretoria dismissed.",
     {("Ukraine", "oppose", "South Africa", A), ("South Africa", "oppose", "Ukraine", A)}),
    # a spokesman for a body speaks for it; a seat named with another country's possessive is that country's
    ("A spokesman for Pakistan's Foreign Office accused India of lying.", {("Pakistan", "accuse", "India", A)}),
    ("A spokeswoman for the European Commission welcomed the decision by Japan.",
     {("European Commission", "support", "Japan", A)}),
    ("The Foreign Office condemned the attack by Iran.", {("United Kingdom", "oppose", "Iran", A)}),
    ("The Indian side rejected the claims by Ishaq Dar.", {("India", "oppose", "Ishaq Dar", A)}),
    # "the remarks" condemned or welcomed are the last speaker's
    ("Japanese Prime Minister Sanae Takaichi said Japan could defend Taiwan. Beijing condemned the remarks.",
     {("Japan", "support", "Taiwan", H), ("China", "oppose", "Sanae Takaichi", A)}),
    # urged to stop: a request and a stance against
    ("The UN urged Israel to halt its offensive.",
     {("United Nations", "request", "Israel", A), ("United Nations", "oppose", "Israel", A)}),
    ("Tony Blair urged Gordon Brown to stay.", {("Tony Blair", "request", "Gordon Brown", A)}),
    # a journey begins or ends somewhere: its traveller is there
    ("Indian Foreign Minister Subrahmanyam Jaishankar is touring the Gulf. The tour began on Sunday in Riyadh.",
     {("Subrahmanyam Jaishankar", "visit", "Gulf", A), ("Subrahmanyam Jaishankar", "visit", "Riyadh", A)}),
    ("The Rolling Stones tour begins in London.", set()),
    # "a visit ... by X" whose "by" the parser hung on the verb; "was headed by" leads, not travels
    ("Officials recalled a visit to Port Sudan last week by Egyptian Foreign Minister Badr Abdelatty.",
     {("Badr Abdelatty", "visit", "Port Sudan", A)}),
    ("The Afghan delegation was headed by Defence Minister Mullah Mohammad Yaqoob.", set()),
    # "them" after "the claims, made in a book" is those claims, not the last speaker's words; a team is no country
    ("The Tories say ministers must respond to claims about the advice. Downing Street has denied the claims, made "
     "in a new book about Lord Goldsmith. Lord Goldsmith also denied them.", set()),
    ("Mike Ruddock paid tribute to his Wales side after they beat France.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CHARGES_ANSWERED_SPOKESMEN_AND_STAGES)
def test_charges_answered_spokesmen_and_stages(ex, text, expected):
    _check(ex, text, expected)


PLACES_OF_THE_VISITED_ACRONYMS_AND_RAISED_ISSUES = [
    # the unnamed visited are somewhere: the visit is to that place too
    ("British Prime Minister Tony Blair visited troops in Basra on Monday.", {("Tony Blair", "visit", "Basra", A)}),
    ("Pakistani President Pervez Musharraf was due to visit the Pakistani community in Manchester.",
     {("Pervez Musharraf", "visit", "Manchester", P)}),
    ("Chancellor Angela Merkel visited a factory in Wuhan.",
     {("Angela Merkel", "visit", "Wuhan", A)}),
    ("Fans visited the website in their millions.", set()),
    # an acronym used without a bracketed definition is the one organisation with those initials
    ("Delegations from the army and the paramilitary Rapid Support Forces met in Washington. Secretary of State "
     "Marco Rubio condemned the RSF last month.", {("Marco Rubio", "oppose", "Rapid Support Forces", A)}),
    # an issue raised with someone is a meeting; a deficit with a country is not
    ("British Foreign Secretary Jack Straw raised the issue of human rights with Chinese Premier Wen Jiabao.",
     {("Jack Straw", "meet", "Wen Jiabao", A)}),
    ("Spanish Prime Minister Pedro Sanchez said he had raised Spain's trade deficit with China.", set()),
    ("The firm raised money with investors.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_OF_THE_VISITED_ACRONYMS_AND_RAISED_ISSUES)
def test_places_of_the_visited_acronyms_and_raised_issues(ex, text, expected):
    _check(ex, text, expected)


DRIVES_PALACES_AND_TALKS_ON_ARRIVAL = [
    # those who travel somewhere together for talks meet; a named palace or airport is a place one visits
    ("Tony Blair and Jacques Chirac flew to Brussels for talks.",
     {("Tony Blair", "visit", "Brussels", A), ("Jacques Chirac", "visit", "Brussels", A),
      ("Tony Blair", "meet", "Jacques Chirac", A)}),
    ("Tony Blair flew to Brussels for talks.", {("Tony Blair", "visit", "Brussels", A)}),
    ("Tony Blair flew to Heathrow Airport.", {("Tony Blair", "visit", "Heathrow Airport", A)}),
    ("Indian Prime Minister Narendra Modi drove to Al Yamamah Palace.",
     {("Narendra Modi", "visit", "Al Yamamah Palace", A)}),
    ("The bus driver drove to the depot. Prices were driven to a record.", set()),
    # punishing a country is a stance against it
    ("US President Donald Trump doubled tariffs on Indian goods to punish New Delhi for buying Russian oil.",
     {("Donald Trump", "oppose", "India", A), ("Donald Trump", "sanction", "India", A)}),
]


@pytest.mark.parametrize(("text", "expected"), DRIVES_PALACES_AND_TALKS_ON_ARRIVAL)
def test_drives_palaces_and_talks_on_arrival(ex, text, expected):
    _check(ex, text, expected)


CONTROLLERS_CAMPS_AND_BARS = [
    # "called on X to": X is the one asked to act, and the act is only asked for
    ("Sir Alex Ferguson has called on the Football Association to punish Arsenal's Thierry Henry.",
     {("Alex Ferguson", "request", "Football Association", A), ("Football Association", "oppose", "Thierry Henry", H)}),
    ("Tony Blair called on Jacques Chirac to visit Damascus.",
     {("Tony Blair", "request", "Jacques Chirac", A), ("Jacques Chirac", "visit", "Damascus", H)}),
    # a person's camp, office or aides act for the person
    ("Issa Tchiroma Bakary accused President Paul Biya's camp of stealing the people's victory.",
     {("Issa Tchiroma Bakary", "accuse", "Paul Biya", A)}),
    ("Gordon Brown's aides attacked Tony Blair.", {("Gordon Brown", "oppose", "Tony Blair", A)}),
    ("The company moved into Microsoft's office.", set()),
    # barring someone is a stance against them
    ("Opposition leader Maurice Kamto was barred from the race in July by the electoral body, Elecam.",
     {("Elecam", "oppose", "Maurice Kamto", A)}),
    ("The club barred fans from the stadium.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLLERS_CAMPS_AND_BARS)
def test_controllers_camps_and_bars(ex, text, expected):
    _check(ex, text, expected)


PLANS_TOLD_IN_THE_LEAD = [
    # the owner of "the proposals" or "the price cuts" told far back, in the lead; an unknown acronym is no place
    ("BT offers equal access to rivals\n\nBT has moved to pre-empt a break-up of its business by offering to cut "
     "wholesale broadband prices. " + "Regulators will study the detail over the coming months. " * 20
     + "AOL backed the price cuts but said regulation was still needed.", {("AOL", "support", "BT", A)}),
    ("Howard denies split\n\nMichael Howard has denied his shadow cabinet was split over its decision to back "
     "controversial Labour plans to introduce ID cards. " + "The debate went on for several weeks in the party. " * 20
     + "Douglas Hogg said he opposed the plans.", {("Douglas Hogg", "oppose", "Labour Party", A)}),
    # "his Budget" tagged as a name still owns "the Budget" judged later; a bill's name owns nothing
    ("Chancellor Gordon Brown unveiled his Budget on Wednesday. Tory leader Michael Howard called the Budget cynical.",
     {("Michael Howard", "oppose", "Gordon Brown", A)}),
    ("MPs debated the Mental Capacity Bill. Tony Blair said he would do everything he could to meet concerns about "
     "the bill.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PLANS_TOLD_IN_THE_LEAD)
def test_plans_told_in_the_lead(ex, text, expected):
    _check(ex, text, expected)


GROUPS_DEFINED_EARLIER = [
    # "the three leaders" after "the leaders of A, B and C": that group, not the last three leaders named
    ("The leaders of Kenya, Uganda and Tanzania met in Arusha on Friday. Kenyan President William Ruto welcomed "
     "Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan. Austrian Chancellor Karl "
     "Nehammer and German Chancellor Olaf Scholz watched. The three leaders agreed to hold their next summit in "
     "Kampala.",
     {("William Ruto", "meet", "Yoweri Museveni", A), ("William Ruto", "meet", "Samia Suluhu Hassan", A),
      ("Yoweri Museveni", "meet", "Samia Suluhu Hassan", A), ("William Ruto", "greet", "Yoweri Museveni", A),
      ("William Ruto", "greet", "Samia Suluhu Hassan", A), ("William Ruto", "meet", "Yoweri Museveni", P),
      ("William Ruto", "meet", "Samia Suluhu Hassan", P), ("Yoweri Museveni", "meet", "Samia Suluhu Hassan", P),
      ("William Ruto", "visit", "Kampala", P), ("Samia Suluhu Hassan", "visit", "Kampala", P)}),
    # a leader does not meet his own party
    ("Lib Dem leader Charles Kennedy spoke. The Liberal Democrats plan to hold news conferences with Charles "
     "Kennedy.", set()),
    ("French President Jacques Chirac met German officials.", {("Jacques Chirac", "meet", "Germany", A)}),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS_DEFINED_EARLIER)
def test_groups_defined_earlier(ex, text, expected):
    _check(ex, text, expected)


PORTFOLIOS_AND_SHADOWS = [
    # the words of a minister's portfolio are no actors; a shadow chancellor is no chancellor
    ("Patricia Hewitt called for clearer warnings on games. Her call was backed by Culture, Media and Sport "
     "Secretary Tessa Jowell.", {("Tessa Jowell", "support", "Patricia Hewitt", A)}),
    ("Tony Blair praised Chancellor Gordon Brown. Shadow chancellor Oliver Letwin said the economy was weak. Mr "
     "Letwin accused the chancellor of using fancy statistics.",
     {("Tony Blair", "support", "Gordon Brown", A), ("Oliver Letwin", "accuse", "Gordon Brown", A)}),
    # a place before a titled name stays a place
    ("Last week in Paris, President Nestor Kirchner discussed the problem with French President Jacques Chirac.",
     {("Nestor Kirchner", "meet", "Jacques Chirac", A), ("Nestor Kirchner", "visit", "Paris", A)}),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIOS_AND_SHADOWS)
def test_portfolios_and_shadows(ex, text, expected):
    _check(ex, text, expected)


LEAVING_A_PLACE = [
    # one who leaves a foreign capital had been there; leaving home is no visit
    ("French President Emmanuel Macron left Beijing on Tuesday.", {("Emmanuel Macron", "visit", "Beijing", A)}),
    ("French President Emmanuel Macron left Paris on Tuesday.", set()),
    ("Tony Blair left the room.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LEAVING_A_PLACE)
def test_leaving_a_place(ex, text, expected):
    _check(ex, text, expected)


ARMED_SERVICES_AND_ATTACKS = [
    # a country's army is an actor of its own; "the army" is the one named last; attacks reach the owner of
    # what they hit, by demonym or by a name before the noun (after a noun of attack only by demonym)
    ("Sudan's army accused the Rapid Support Forces of shelling a hospital. The army also condemned Kenya.",
     {("Sudanese army", "accuse", "Rapid Support Forces", A), ("Sudanese army", "oppose", "Kenya", A)}),
    ("The Israeli military struck Hezbollah positions in southern Lebanon.",
     {("Israel Defense Forces", "oppose", "Hezbollah", A)}),
    ("Israel struck Hezbollah positions on Tuesday.", {("Israel", "oppose", "Hezbollah", A)}),
    ("Russian forces launched a major offensive against Ukraine's eastern Donetsk region.",
     {("Russia", "oppose", "Ukraine", A)}),
    ("Pakistani troops opened fire on Afghan border posts.", {("Pakistan", "oppose", "Afghanistan", A)}),
    ("Toyota mounted an assault on the US market.", set()),
    ("Burhan struck a deal with Egypt.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ARMED_SERVICES_AND_ATTACKS)
def test_armed_services_and_attacks(ex, text, expected):
    _check(ex, text, expected)


LISTS_DESCRIPTIONS_AND_DEFENCE = [
    # "Milei, Lula and Uruguay's Orsi": a list the parser hung on the last name's "'s"
    ("Paraguayan President Santiago Peña, the host, greeted Javier Milei, Lula da Silva and Uruguay's Yamandú Orsi "
     "as they arrived.",
     {("Santiago Peña", "greet", "Javier Milei", A), ("Santiago Peña", "greet", "Lula da Silva", A),
      ("Santiago Peña", "greet", "Yamandú Orsi", A)}),
    ("Tony Blair welcomed Gordon Brown and Labour's John Prescott.",
     {("Tony Blair", "greet", "Gordon Brown", A), ("Tony Blair", "greet", "John Prescott", A)}),
    # a relative clause on an apposition is said of the one described
    ("Javier Milei, a libertarian who has repeatedly attacked Lula da Silva, spoke.",
     {("Javier Milei", "oppose", "Lula da Silva", A)}),
    # the possessor of "backer" and of "came to X's defence" is whom they hold to
    ("Sudan's army fought on. Egypt is the army's most important foreign backer.",
     {("Egypt", "support", "Sudanese army", A)}),
    ("Prime Minister Keir Starmer came to Wes Streeting's defence on Tuesday.",
     {("Keir Starmer", "support", "Wes Streeting", A)}),
    ("Keir Starmer leapt to the defence of Wes Streeting.", {("Keir Starmer", "support", "Wes Streeting", A)}),
    ("Tony Blair's defence of George Bush angered MPs.", {("Tony Blair", "support", "George Bush", A)}),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_DESCRIPTIONS_AND_DEFENCE)
def test_lists_descriptions_and_defence(ex, text, expected):
    _check(ex, text, expected)


CALLS_PAIRS_AND_ARRIVALS = [
    # "called on President X" without a "to" clause is a courtesy call: a visit and a meeting
    ("Subrahmanyam Jaishankar was received by Vijitha Herath and later called on President Anura Kumara "
     "Dissanayake. The two men discussed debt relief.",
     {("Vijitha Herath", "greet", "Subrahmanyam Jaishankar", A),
      ("Vijitha Herath", "meet", "Subrahmanyam Jaishankar", A),
      ("Subrahmanyam Jaishankar", "visit", "Anura Kumara Dissanayake", A),
      ("Subrahmanyam Jaishankar", "meet", "Anura Kumara Dissanayake", A)}),
    # an arrival in a story filed from a capital the tagger did not tag, for someone from elsewhere
    ("Summit opens\n\nKUALA LUMPUR, Oct 26 (Wire) - Leaders gathered on Sunday.\n\n"
     "Indonesian President Prabowo Subianto arrived late on Saturday night.",
     {("Prabowo Subianto", "visit", "Kuala Lumpur", A)}),
    ("Summit opens\n\nKUALA LUMPUR, Oct 26 (Wire) - Leaders gathered on Sunday.\n\n"
     "Malaysian Prime Minister Anwar Ibrahim arrived late on Saturday night.", set()),
    # the capital the tagger took for a body, and an accented capital that is no common word
    ("Turkish President Tayyip Erdogan will fly to Abu Dhabi on Monday.",
     {("Tayyip Erdogan", "visit", "Abu Dhabi", P)}),
    ("Indian Foreign Minister S. Jaishankar is scheduled to fly to Malé on Saturday.",
     {("S. Jaishankar", "visit", "Malé", P)}),
    # "a stop ... had been considered but was dropped"
    ("Tayyip Erdogan arrived in Doha on Sunday. A stop in Riyadh had been considered but was dropped.",
     {("Tayyip Erdogan", "visit", "Doha", A), ("Tayyip Erdogan", "visit", "Riyadh", H)}),
    # each listed place of the visited, and a place listed with a tagged one
    ("Wes Streeting is expected to visit hospitals in Newcastle and Hull before Christmas.",
     {("Wes Streeting", "visit", "Newcastle", P), ("Wes Streeting", "visit", "Hull", P)}),
    # the accusation a rebuttal answers is the last criticism, not the rebuttal itself
    ("Ferdinand Marcos used his speech to criticise China. Beijing swiftly rejected the accusation.",
     {("Ferdinand Marcos", "oppose", "China", A), ("China", "oppose", "Ferdinand Marcos", A)}),
]


@pytest.mark.parametrize(("text", "expected"), CALLS_PAIRS_AND_ARRIVALS)
def test_calls_pairs_and_arrivals(ex, text, expected):
    _check(ex, text, expected)


PARTICIPLES_CLAUSES_AND_PARTS = [
    # a passive participle's "by" acts on the noun it describes, or on the clause's subject
    ("President Karol Nawrocki, a nationalist backed by the opposition Law and Justice party, spoke.",
     {("Law and Justice", "support", "Karol Nawrocki", A)}),
    ("The M23 rebels, backed by Rwanda, seized Goma.", {("Rwanda", "support", "M23", A)}),
    ("Backed by China, Kim Jong Un defied the United States.", {("China", "support", "Kim Jong Un", A)}),
    ("Vale Base Metals, the unit backed by Manara Minerals, reported higher output.", set()),
    # the owner of a thing is the subject of the clause it is the object of
    ("Donald Tusk criticised the checks Germany has kept at the border.", {("Donald Tusk", "oppose", "Germany", A)}),
    ("Labour attacked the plan that the Tories unveiled.", {("Labour Party", "oppose", "Conservative Party", A)}),
    # "several of", "some of": the whole the part is taken from
    ("President Karol Nawrocki has vetoed several of the Tusk government's bills.",
     {("Karol Nawrocki", "oppose", "Tusk", A)}),
    ("Tony Blair criticised some of Gordon Brown's plans.", {("Tony Blair", "oppose", "Gordon Brown", A)}),
    # a party's adjective names the party whose offer it is; its headquarters speak for it
    ("Tony Blair has rejected a Conservative compromise offer on the terror laws.",
     {("Tony Blair", "oppose", "Conservative Party", A)}),
    ("Tory headquarters said the candidate had to go. Local party chairman Russell Tanguay backed that view.",
     {("Russell Tanguay", "support", "Conservative Party", A)}),
    # a verb joined to another takes its auxiliaries, not its meaning: "pledge ... but clash" is no plan
    ("Friedrich Merz and Donald Tusk pledge closer ties but clash over border checks.",
     {("Friedrich Merz", "oppose", "Donald Tusk", A), ("Donald Tusk", "oppose", "Friedrich Merz", A)}),
    ("Xi Jinping hopes to visit Russia and meet Vladimir Putin.",
     {("Xi Jinping", "visit", "Russia", H), ("Xi Jinping", "meet", "Vladimir Putin", H)}),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES_CLAUSES_AND_PARTS)
def test_participles_clauses_and_parts(ex, text, expected):
    _check(ex, text, expected)


NAMES_TITLES_AND_BODIES = [
    # a listed party's name the tagger cut ("Germany" alone), and "the chancellor" is the one so titled
    ("German Chancellor Friedrich Merz met Alice Weidel. Alice Weidel, co-leader of the far-right Alternative for "
     "Germany, accused Merz of begging. Lars Klingbeil, the Social Democrats' co-leader and finance minister, "
     "defended the chancellor.",
     {("Friedrich Merz", "meet", "Alice Weidel", A), ("Alice Weidel", "accuse", "Friedrich Merz", A),
      ("Lars Klingbeil", "support", "Friedrich Merz", A)}),
    # "the IG Metall union" is IG Metall; "the constituency Conservative association" is no listed party
    ("The IG Metall union criticised Friedrich Merz.", {("IG Metall", "oppose", "Friedrich Merz", A)}),
    ("Michael Howard has suspended the constituency Conservative association.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_TITLES_AND_BODIES)
def test_names_titles_and_bodies(ex, text, expected):
    _check(ex, text, expected)


COMMAS_SESSIONS_AND_GREETINGS_SENT = [
    # a name after "counterpart," or "the emir," that the parser hung elsewhere is the one so described
    ("Argentine President Javier Milei and his Brazilian counterpart, Luiz Inacio Lula da Silva, sat at the same "
     "table on Wednesday but did not hold a bilateral meeting.",
     {("Javier Milei", "meet", "Luiz Inacio Lula da Silva", N)}),
    ("DOHA, Dec 7 (Wire) - Turkish President Tayyip Erdogan arrived in Qatar on Sunday and was met at Hamad "
     "International Airport by the emir, Sheikh Tamim bin Hamad al-Thani.",
     {("Tayyip Erdogan", "visit", "Qatar", A), ("Sheikh Tamim bin Hamad al-Thani", "greet", "Tayyip Erdogan", A)}),
    # chairing a session together is meeting; what one chairs is no partner
    ("Turkish Foreign Minister Hakan Fidan and his Qatari counterpart, Sheikh Mohammed bin Abdulrahman al-Thani, "
     "chaired a separate session.",
     {("Hakan Fidan", "meet", "Sheikh Mohammed bin Abdulrahman al-Thani", A)}),
    ("Gordon Brown chaired the UN Security Council.", set()),
    # people "in talks" with each other, not companies in talks with someone unnamed
    ("Mark Carney and Claudia Sheinbaum were in talks on Friday.", {("Mark Carney", "meet", "Claudia Sheinbaum", A)}),
    ("Major companies including Volkswagen and Siemens have spent much of 2004 in tough talks with unions.", set()),
    # congratulations and support sent to the one called or written to, not to a place visited
    ("Nigerian President Bola Tinubu telephoned Paul Biya on Monday to offer his congratulations.",
     {("Bola Tinubu", "meet", "Paul Biya", A), ("Bola Tinubu", "support", "Paul Biya", A)}),
    ("Gordon Brown wrote to Tony Blair to express his support.", {("Gordon Brown", "support", "Tony Blair", A)}),
    ("Kim Jong Un visited the Chinese Embassy to offer condolences.", {("Kim Jong Un", "visit", "Chinese Embassy", A)}),
    # "the paramilitary group" is the armed group named last; a denial answers a charge, it makes none
    ("The Rapid Support Forces shelled El Fasher. The paramilitary group denied involvement and blamed the Sudanese "
     "army.", {("Rapid Support Forces", "oppose", "El Fasher", A), ("Rapid Support Forces", "accuse", "Sudanese army", A)}),
    ("Kimberly Quinn denies the claims. The allegations, which David Blunkett has denied, are being investigated.",
     set()),
    # each body's own meetings are no meeting between them; a listed court the tagger cut
    ("Leaders spoke at recent meetings of the G7 and the World Economic Forum.", set()),
    ("Law lords were simply wrong, Jack Straw said.", {("Jack Straw", "oppose", "Law Lords", A)}),
    # "his minister" is the one titled minister, not whoever "his" last pointed past
    ("Lord Falconer defended Constitutional Affairs Minister David Lammy. The BBC's Andrew Marr asked about it. "
     "Lord Falconer praised his minister for an excellent job.",
     {("Falconer", "support", "David Lammy", A)}),
]


@pytest.mark.parametrize(("text", "expected"), COMMAS_SESSIONS_AND_GREETINGS_SENT)
def test_commas_sessions_and_greetings_sent(ex, text, expected):
    _check(ex, text, expected)


PAIRS_SERVICES_AND_SPEAKERS = [
    # a pair that speaks to no audience speaks to each other; the pair is the one just met
    ("Hakan Fidan was received by his counterpart, Sergei Lavrov. The two men spoke for about three hours.",
     {("Sergei Lavrov", "greet", "Hakan Fidan", A), ("Sergei Lavrov", "meet", "Hakan Fidan", A)}),
    ("Hakan Fidan met Sergei Lavrov. The two men spoke to reporters later.",
     {("Hakan Fidan", "meet", "Sergei Lavrov", A)}),
    # "before being greeted by X": the clause's subject is greeted; "the two leaders" then are the last pair greeted
    ("Recep Tayyip Erdogan was met at the airport by Prime Minister Ali Asadov before being greeted by Ilham Aliyev "
     "at the palace. The two leaders held talks.",
     {("Ali Asadov", "greet", "Recep Tayyip Erdogan", A), ("Ilham Aliyev", "greet", "Recep Tayyip Erdogan", A),
      ("Ilham Aliyev", "meet", "Recep Tayyip Erdogan", A)}),
    # a demonym the tagger took for a place; the army, the military and the junta of a country are one actor
    ("Last year Russian and Ukrainian delegations met twice in the city's Dolmabahce palace.",
     {("Russia", "meet", "Ukraine", A)}),
    ("Myanmar's military agreed to a ceasefire. The TNLA denounced the junta's continued bombing of civilians.",
     {("TNLA", "oppose", "Myanmar military", A)}),
    # "said X would ..., while praising Y": the speaker praises, as a fact
    ("Poland's foreign minister, Radoslaw Sikorski, said a truce would reward Russia, while praising Ankara's "
     "efforts as well meant.", {("Radoslaw Sikorski", "support", "Turkey", A)}),
    # the envoy "for Myanmar, the diplomat X": the apposition hung on the country names the envoy
    ("ASEAN's special envoy for Myanmar, the Malaysian diplomat Othman Hashim, visited Naypyitaw in June.",
     {("Othman Hashim", "visit", "Naypyitaw", A)}),
    # fighting and crackdowns; an argument pointed back at, rejected in the passive
    ("Yukos has been battling the Russian authorities.", {("Yukos", "oppose", "Russia", A)}),
    ("Usher and Alicia Keys will be battling it out for prizes.", set()),
    ("Charles Evans Jr battled over his role with Leonardo DiCaprio.", set()),
    # bans are measures against their object; a resolution's author condemns what it condemns
    ("Ukraine has imposed an entry ban on Bidzina Ivanishvili.", {("Ukraine", "sanction", "Bidzina Ivanishvili", A)}),
    ("The government announced a ban on smoking.", set()),
    ("The European Parliament adopted a resolution condemning Georgia. Irakli Kobakhidze rejected the resolution as "
     "blackmail.", {("European Parliament", "oppose", "Georgia", A),
                    ("Irakli Kobakhidze", "oppose", "European Parliament", A)}),
    # "them" is not the subjects themselves; "accused several MEPs of having led protests during visits": theirs
    ("Ministers could not agree on sanctions because Hungary and Slovakia had blocked them.", set()),
    ("Irakli Kobakhidze accused several MEPs of having led street protests during visits to Georgia.", set()),
    # "Congo" and "Congolese" in a story that names one Congo in full; "the two presidents" are the two so called
    ("Rwanda backs the M23 in the Democratic Republic of Congo. Qatar held talks with delegations from the "
     "Congolese government.", {("Rwanda", "support", "M23", A),
                               ("Qatar", "meet", "Democratic Republic of the Congo", A)}),
    ("Rwanda denies backing rebels in the Republic of Congo. Uganda attacked Congo.",
     {("Uganda", "oppose", "Republic of the Congo", A)}),
    ("President Felix Tshisekedi and President Paul Kagame met in Doha, hosted by the Emir of Qatar, Sheikh Tamim "
     "bin Hamad Al Thani. A second summit between the two presidents has been postponed.",
     {("Felix Tshisekedi", "meet", "Paul Kagame", A), ("Felix Tshisekedi", "meet", "Paul Kagame", N),
      ("Sheikh Tamim bin Hamad Al Thani", "greet", "Felix Tshisekedi", A),
      ("Sheikh Tamim bin Hamad Al Thani", "greet", "Paul Kagame", A)}),
    # "plans for ID cards" are "the scheme" a sentence later; "a gimmick" judges whoever's it is
    ("Labour unveiled plans for ID cards. Mark Oaten called the scheme a gimmick.",
     {("Mark Oaten", "oppose", "Labour Party", A)}),
    ("Labour unveiled plans for ID cards. Mark Oaten criticised the scheme.",
     {("Mark Oaten", "oppose", "Labour Party", A)}),
    # "the three Baltic states" are no three countries picked from elsewhere but the region's own (regions.tsv);
    # "the three European countries" are the three just listed together
    ("Hungary and Slovakia blocked the sanctions. Georgia protested. The three Baltic states and Ukraine have "
     "imposed entry bans on Bidzina Ivanishvili.",
     {("Ukraine", "sanction", "Bidzina Ivanishvili", A), ("Estonia", "sanction", "Bidzina Ivanishvili", A),
      ("Latvia", "sanction", "Bidzina Ivanishvili", A), ("Lithuania", "sanction", "Bidzina Ivanishvili", A)}),
    ("Britain, France and Germany met in Vienna. The three European countries criticised Iran.",
     {("United Kingdom", "meet", "France", A), ("United Kingdom", "meet", "Germany", A), ("France", "meet", "Germany", A),
      ("United Kingdom", "oppose", "Iran", A), ("France", "oppose", "Iran", A), ("Germany", "oppose", "Iran", A)}),
    # "thanked Turkey for its support": "its" is the one thanked; a minister pledging his country's support
    ("Zelensky thanked Turkey for its consistent support for Ukraine's sovereignty.",
     {("Zelensky", "support", "Turkey", A), ("Turkey", "support", "Ukraine", A)}),
    ("Egyptian Foreign Minister Badr Abdelatty pledged Egypt's support for Eritrea's sovereignty.",
     {("Egypt", "support", "Eritrea", A), ("Badr Abdelatty", "support", "Eritrea", A)}),
    # a government named after its ruling party is the party's country; a subject the parser joined to the place
    # of a fronted phrase ("In Cape Town, ... Malema dismissed")
    ("Julius Malema accused the ANC-led government of failing to create jobs.",
     {("Julius Malema", "accuse", "South Africa", A)}),
    ("The Labour government was criticised by Michael Howard.", {("Michael Howard", "oppose", "United Kingdom", A)}),
    ("Labour was criticised by Michael Howard.", {("Michael Howard", "oppose", "Labour Party", A)}),
    ('In Cape Town, Economic Freedom Fighters leader Julius Malema dismissed the agreements as "empty paper" and '
     "accused the ANC-led government of failing to create jobs.", {("Julius Malema", "accuse", "South Africa", A)}),
    ("Eric Cantona and Alex Ferguson have spoken out against the bid by Malcolm Glazer.",
     {("Eric Cantona", "oppose", "Malcolm Glazer", A), ("Alex Ferguson", "oppose", "Malcolm Glazer", A)}),
    ("Vladimir Putin's clampdown on Mikhail Khodorkovsky continued.",
     {("Vladimir Putin", "oppose", "Mikhail Khodorkovsky", A)}),
    ("Michael Mates said the war was illegal. This argument was rejected by Tony Blair.",
     {("Tony Blair", "oppose", "Michael Mates", A)}),
    # "the comment" is the one whose comment was told before, not the last speaker
    ("Jack Law said Jack McConnell's comment was ill-advised. Journalist Hamish MacDonell said the picture had been "
     "obscured. The comment was criticised by the Scottish National Party.",
     {("Scottish National Party", "oppose", "Jack McConnell", A)}),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS_SERVICES_AND_SPEAKERS)
def test_pairs_services_and_speakers(ex, text, expected):
    _check(ex, text, expected)


LEADS_OFFERS_AND_REASONS = [
    # an offer's maker, parsed as hanging from the verb that rejects it
    ("MCI accepted a $6.75bn (£3.6bn) buyout from telecoms giant Verizon on Monday, rejecting a higher offer from "
     "Qwest.", {("MCI", "oppose", "Qwest", A)}),
    ("Tessaro Holdings bid for Halvard. Halvard rejected the offer from Tessaro Holdings.",
     {("Halvard", "oppose", "Tessaro Holdings", A)}),
    # the reason for an act is done, whatever is said of the act
    ("Gerrit Bakker will not apologise for making allegations against Lisa Moreau.",
     {("Gerrit Bakker", "accuse", "Lisa Moreau", A)}),
    # a lead that gives the office before the name: the one named next does what the office did
    ("Minister stands firm\n\nThe Dutch health minister says he will not apologise for criticising Pfizer. "
     "Pieter van Aalst insists the figures were right.", {("Pieter van Aalst", "oppose", "Pfizer", A)}),
    # a co-chairman is a chairman: the split title still finds the one the text gave it
    ("Tory co-chairman Liam Fox spoke on Monday. The Tory co-chairman attacked Labour's six new pledges.",
     {("Liam Fox", "oppose", "Labour Party", A)}),
    # help given to someone, or to someone to do something, is support
    ("Dick Morris helped opposition candidate Viktor Yushchenko in Ukraine.",
     {("Dick Morris", "support", "Viktor Yushchenko", A)}),
    ("The US is bound by law to help Taiwan defend itself.", {("United States", "support", "Taiwan", A)}),
    ("The weak dollar helped Boeing win orders.", set()),
    ("Lampard helped Chelsea beat Arsenal on Sunday.", set()),
    ("Labour has already announced plans to help first-time buyers and the Tories would extend right-to-buy schemes.",
     set()),
    ('"I believe the new programme, if implemented successfully, will help Turkey create the conditions for '
     'sustained growth," said Ali Babacan.', set()),
    # a statement issued is its issuer's; a demonym set before an effort names whose effort it is
    ('On Wednesday, China\'s embassy in Suva issued a statement accusing New Zealand of "Cold War thinking".',
     {("China", "accuse", "New Zealand", A)}),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani backed the Omani effort in a phone call with Sultan Haitham bin "
     "Tariq on Saturday.", {("Tamim bin Hamad Al Thani", "support", "Oman", A),
                            ("Tamim bin Hamad Al Thani", "meet", "Haitham bin Tariq", A)}),
    # a verb outside the quotation joined to a quoted one is the speaker's
    ('Tejashwi Yadav hit back within hours. Speaking in Darbhanga, he said Modi "remembers Bihar only at election '
     'time" and accused the BJP of using federal agencies to harass opposition leaders.',
     {("Tejashwi Yadav", "accuse", "Bharatiya Janata Party", A)}),
    # "became the first ... to visit": the one who became it visits
    ("Slovak Prime Minister Robert Fico on Wednesday became the first head of government from the European Union to "
     "visit Georgia since Brussels froze the country's accession process.", {("Robert Fico", "visit", "Georgia", A)}),
    ("Narendra Modi is the first Indian prime minister to visit Israel.", {("Narendra Modi", "visit", "Israel", A)}),
    # a deal struck is no attack
    ("Ukraine strikes Turkmen gas deal", set()),
]


FIRMS_CHARGES_AND_JOINED_PREPOSITIONS = [
    # "the firm" is the business the story is about; "its management" stands for the firm; "the exchange" is the
    # exchange named before
    ("Fannie Mae bosses resigned. Fannie Mae shares fell. Last week, the firm was admonished by the Securities and "
     "Exchange Commission.", {("Securities and Exchange Commission", "oppose", "Fannie Mae", A)}),
    ("Deutsche Boerse made an offer. Its management has held talks with Clara Furse.",
     {("Deutsche Boerse", "meet", "Clara Furse", A)}),
    ("The London Stock Exchange is in play. But the exchange is also holding talks with Euronext.",
     {("London Stock Exchange", "meet", "Euronext", A)}),
    # lying is a wrong someone is charged with, whichever side of the verb the speaker stands
    ("Tony Blair lied when he took the UK to war, say the Tories.", {("Conservative Party", "oppose", "Tony Blair", A)}),
    ("The Tories say Tony Blair lied about the war.", {("Conservative Party", "oppose", "Tony Blair", A)}),
    # a preposition joined to the first one counts too ("Congressional leaders": the legislature's people)
    ("Fannie Mae has faced stinging criticism from Congressional leaders and from the Securities and Exchange "
     "Commission.", {("Securities and Exchange Commission", "oppose", "Fannie Mae", A),
                     ("United States Congress", "oppose", "Fannie Mae", A)}),
    # restrictions introduced on a country are a measure against it; a leader's government is his country
    ("US President George W Bush spoke. President Bush's government introduced even tighter restrictions on Cuba "
     "in May.", {("United States", "sanction", "Cuba", A)}),
    ("The government introduced restrictions on smoking.", set()),
    # an attack on someone's record is an attack on them
    ("Senator John Kerry attacked President Bush's economic record during his campaign.",
     {("John Kerry", "oppose", "Bush", A)}),
    # rulings and campaigns against someone
    ("The Appeal Court ruled against the Countryside Alliance on Wednesday.",
     {("Appeal Court", "oppose", "Countryside Alliance", A)}),
    ("Shareholders United has campaigned against Malcolm Glazer for months.",
     {("Shareholders United", "oppose", "Malcolm Glazer", A)}),
    ("The judge ruled against the ban.", set()),
    # a person judged in the office or kind they are; a mistake made is a judgement of its maker
    ('Bannatyne said: "Gordon Brown is a brilliant chancellor who has delivered a stable economy."',
     {("Bannatyne", "support", "Gordon Brown", A)}),
    ('"Tony Blair is an incompetent leader," said Michael Howard.', {("Michael Howard", "oppose", "Tony Blair", A)}),
    ('"It is a brilliant day," said Michael Howard.', set()),
    # the three leaders of the three countries the story named together
    ("The leaders of Egypt, Eritrea and Somalia met in Cairo on Saturday. Egyptian President Abdel Fattah al-Sisi "
     "welcomed Eritrean President Isaias Afwerki and Somali President Hassan Sheikh Mohamud. Turkish President Recep "
     "Tayyip Erdogan and Ethiopian Prime Minister Abiy Ahmed were not invited. The three leaders criticised "
     "Ethiopia.", {("Abdel Fattah al-Sisi", "meet", "Isaias Afwerki", A),
                   ("Abdel Fattah al-Sisi", "meet", "Hassan Sheikh Mohamud", A),
                   ("Isaias Afwerki", "meet", "Hassan Sheikh Mohamud", A),
                   ("Isaias Afwerki", "visit", "Cairo", A), ("Hassan Sheikh Mohamud", "visit", "Cairo", A),
                   ("Abdel Fattah al-Sisi", "greet", "Isaias Afwerki", A),
                   ("Abdel Fattah al-Sisi", "greet", "Hassan Sheikh Mohamud", A),
                   ("Abdel Fattah al-Sisi", "oppose", "Ethiopia", A), ("Isaias Afwerki", "oppose", "Ethiopia", A),
                   ("Hassan Sheikh Mohamud", "oppose", "Ethiopia", A)}),
    ("Michael Howard said Tony Blair had made a big mistake.", {("Michael Howard", "oppose", "Tony Blair", A)}),
    ('"I made a mistake," said Tony Blair.', set()),
    # "a visit ... by X" with the "by" hung on the verb; the traveller of "a visit to support X" supports X
    ("The talks follow a visit to Naypyitaw this month by China's foreign minister, Wang Yi, who met Min Aung "
     "Hlaing.", {("Wang Yi", "visit", "Naypyitaw", A), ("Wang Yi", "meet", "Min Aung Hlaing", A)}),
    ("Michael Howard will make his speech during a visit to support Tory hopefuls Robert Light and Sayeeda Warsi.",
     {("Michael Howard", "support", "Robert Light", P), ("Michael Howard", "support", "Sayeeda Warsi", P)}),
    ("The plan includes a visit to support the troops.", set()),
    # "the prime minister" is the one so titled; his wife, with no tie told, the other person of his surname
    ("Prime Minister Tony Blair arrived. The prime minister praised Kenya.", {("Tony Blair", "support", "Kenya", A)}),
    ("Prime Minister Tony Blair and Cherie Blair flew to Washington. The prime minister's wife is said to have "
     "praised the Supreme Court.", {("Tony Blair", "visit", "Washington", A),
                                    ("Cherie Blair", "visit", "Washington", A),
                                    ("Cherie Blair", "support", "Supreme Court", A)}),
    # accompanying someone is being with them; "the two delegations" are those of the two sides named
    ("Xi Jinping hosted Emmanuel Macron in Beijing and then accompanied him to Chengdu, a rare gesture.",
     {("Xi Jinping", "greet", "Emmanuel Macron", A), ("Emmanuel Macron", "visit", "Beijing", A),
      ("Xi Jinping", "meet", "Emmanuel Macron", A)}),
    ("The statement was accompanied by a map.", set()),
    ("Delegations from Sudan's army and the paramilitary Rapid Support Forces began indirect talks in Washington on "
     "Tuesday. Massad Boulos welcomed the two delegations at the State Department.",
     {("Sudanese army", "meet", "Rapid Support Forces", A), ("Massad Boulos", "greet", "Sudanese army", A),
      ("Massad Boulos", "greet", "Rapid Support Forces", A), ("Sudanese army", "visit", "United States", A),
      ("Rapid Support Forces", "visit", "United States", A)}),
    # a pair in talks on a topic meet; a host who receives a guest for talks meets the guest
    ("Mexican President Claudia Sheinbaum arrived in Ottawa. Prime Minister Mark Carney welcomed her. The two "
     "leaders spent the afternoon in talks on steel and autos.",
     {("Claudia Sheinbaum", "visit", "Ottawa", A), ("Mark Carney", "greet", "Claudia Sheinbaum", A),
      ("Mark Carney", "meet", "Claudia Sheinbaum", A)}),
    ("The unions spent the afternoon in talks on pay.", set()),
    ("Putin received Modi for talks in the Kremlin.", {("Putin", "greet", "Modi", A), ("Putin", "meet", "Modi", A)}),
    ("The Queen welcomed the choir for a concert.", set()),
    # (a delegation received is greeted, not a journey of the host's)
    ("Delegations from Afghanistan and Pakistan met in Istanbul. Turkish Foreign Minister Hakan Fidan received the "
     "two delegations at his office.", {("Afghanistan", "meet", "Pakistan", A),
                                        ("Hakan Fidan", "greet", "Afghanistan", A),
                                        ("Hakan Fidan", "greet", "Pakistan", A)}),
    # "Lib Dem MPs" tagged as one name are the party's members
    ("Britain and the UK government were in the news. The British government said it would act. The government is "
     "facing opposition from Tory and Lib Dem MPs.", {("Conservative Party", "oppose", "United Kingdom", A),
                                                     ("Liberal Democrats", "oppose", "United Kingdom", A)}),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS_CHARGES_AND_JOINED_PREPOSITIONS)
def test_firms_charges_and_joined_prepositions(ex, text, expected):
    _check(ex, text, expected)


@pytest.mark.parametrize(("text", "expected"), LEADS_OFFERS_AND_REASONS)
def test_leads_offers_and_reasons(ex, text, expected):
    _check(ex, text, expected)


ASIDES_LISTS_AND_ITINERARIES = [
    # ", a charge Y rejected" after a dash, the accuser in a passive's "by"; the one who answers named before
    # the verb even when the parser hangs the verb elsewhere
    ("Ghana has been accused by the Togolese government of sheltering rebels - a charge Accra has consistently "
     "rejected.", {("Togo", "accuse", "Ghana", A), ("Ghana", "oppose", "Togo", A)}),
    # a demand summed up after what someone told reporters or demanded; the title's country does not answer
    ("Serbian President Aleksandar Vucic told reporters that talks could resume once Kosovo withdraws its police, a "
     "demand Kosovo Prime Minister Albin Kurti has repeatedly rejected.",
     {("Albin Kurti", "oppose", "Aleksandar Vucic", A)}),
    ("The ministry said Kenya had demanded compensation from Uganda - a demand Kampala rejected on Monday.",
     {("Uganda", "oppose", "Kenya", A)}),
    # names listed with their own "'s", or with titles, that the parser took for modifiers of the last name
    ("Kenya's William Ruto and Tanzania's Samia Suluhu Hassan arrived in Kampala on Friday.",
     {("William Ruto", "visit", "Kampala", A), ("Samia Suluhu Hassan", "visit", "Kampala", A)}),
    ("European Commission President Ursula von der Leyen and European Council President Antonio Costa will fly to "
     "Tokyo for two days of talks with Japanese Prime Minister Shigeru Ishiba.",
     {("Ursula von der Leyen", "visit", "Tokyo", P), ("Antonio Costa", "visit", "Tokyo", P),
      ("Ursula von der Leyen", "meet", "Shigeru Ishiba", P), ("Antonio Costa", "meet", "Shigeru Ishiba", P)}),
    ("Indian Prime Minister Narendra Modi, Brazilian President Luiz Inacio Lula da Silva and South African President "
     "Cyril Ramaphosa held talks in Johannesburg.",
     {("Narendra Modi", "meet", "Luiz Inacio Lula da Silva", A), ("Narendra Modi", "meet", "Cyril Ramaphosa", A),
      ("Cyril Ramaphosa", "meet", "Luiz Inacio Lula da Silva", A)}),
    # a second leg after "and": a preposition joined to the date phrase before it
    ("Japanese Foreign Minister Takeshi Iwaya travelled to Hanoi on Monday and to Vientiane on Tuesday.",
     {("Takeshi Iwaya", "visit", "Hanoi", A), ("Takeshi Iwaya", "visit", "Vientiane", A)}),
    # "as did X": X did the same
    ("Spanish Prime Minister Pedro Sanchez criticised Israel on Monday, as did Irish Prime Minister Micheal Martin.",
     {("Pedro Sanchez", "oppose", "Israel", A), ("Micheal Martin", "oppose", "Israel", A)}),
    # where someone travels to is a place, even when the tagger missed it or took it for a person
    ("Turkish President Recep Tayyip Erdogan will travel to Nakhchivan on Saturday.",
     {("Recep Tayyip Erdogan", "visit", "Nakhchivan", P)}),
    # "before stops in": the parser's conjunction frames the trip of the clause's subject
    ("Australian Foreign Minister Penny Wong arrived in Suva on Monday before stops in Apia and Honiara.",
     {("Penny Wong", "visit", "Suva", A), ("Penny Wong", "visit", "Apia", A), ("Penny Wong", "visit", "Honiara", A)}),
    # two who sign together meet; seven ministers who sign a communique need not have met in pairs
    ("Annalena Baerbock and Antony Blinken signed the accord in Berlin.",
     {("Annalena Baerbock", "cooperate", "Antony Blinken", A), ("Annalena Baerbock", "meet", "Antony Blinken", A)}),
    ("The communique was signed by Annalena Baerbock, Antony Blinken, James Cleverly and Antonio Tajani.",
     {(x, "cooperate", y, A) for x, y in [("Annalena Baerbock", "Antony Blinken"), ("Annalena Baerbock",
                                          "James Cleverly"), ("Annalena Baerbock", "Antonio Tajani"),
                                          ("Antony Blinken", "James Cleverly"), ("Antony Blinken", "Antonio Tajani"),
                                          ("James Cleverly", "Antonio Tajani")]}),
    # "them" with no plural in its own sentence: the group of the sentence before
    ("German Chancellor Olaf Scholz, French President Emmanuel Macron and Italian Prime Minister Mario Draghi "
     "travelled to Kyiv by train. Ukrainian President Volodymyr Zelensky thanked them for the visit.",
     {("Olaf Scholz", "visit", "Kyiv", A), ("Emmanuel Macron", "visit", "Kyiv", A), ("Mario Draghi", "visit", "Kyiv", A),
      ("Volodymyr Zelensky", "support", "Olaf Scholz", A), ("Volodymyr Zelensky", "support", "Emmanuel Macron", A),
      ("Volodymyr Zelensky", "support", "Mario Draghi", A)}),
    # "the three leaders": the three listed together, not the last three named (and all three spoke with him:
    # a list the parser makes subjects side by side)
    ("French President Emmanuel Macron, British Prime Minister Keir Starmer and German Chancellor Friedrich Merz "
     "spoke with Ukrainian President Volodymyr Zelensky. The three leaders also welcomed a proposal by NATO "
     "Secretary-General Mark Rutte.",
     {("Emmanuel Macron", "meet", "Volodymyr Zelensky", A), ("Emmanuel Macron", "support", "Mark Rutte", A),
      ("Keir Starmer", "meet", "Volodymyr Zelensky", A), ("Friedrich Merz", "meet", "Volodymyr Zelensky", A),
      ("Keir Starmer", "support", "Mark Rutte", A), ("Friedrich Merz", "support", "Mark Rutte", A)}),
    # a head hosting the body's own ministers greets no one
    ("NATO Secretary-General Mark Rutte will host NATO defence ministers in Brussels on Wednesday.", set()),
    # "the veto": the one who vetoed
    ("Russia vetoed the resolution on Tuesday. Japanese envoy Kazuyuki Yamazaki called the veto irresponsible.",
     {("Kazuyuki Yamazaki", "oppose", "Russia", A)}),
    # joined by people at an event: they meet; joined by a country as a member is no meeting
    ("Labour leader Gordon Brown was joined at the launch by John Prescott and Alan Milburn.",
     {("John Prescott", "meet", "Gordon Brown", A), ("Alan Milburn", "meet", "Gordon Brown", A)}),
    ("The coalition was joined by Poland in 2003.", set()),
    ("Mr Howard was also joined on stage by his wife Sandra, daughter Larissa and stepson Sholto.", set()),
    # a vote pledged for someone's bid backs them; "its" is the clause's own subject, a capital for its country
    ("Egypt and Kenya signed a deal. Kenya will back Khaled el-Enany, while Cairo has pledged its vote for Kenya's "
     "bid for a seat on the council.", {("Egypt", "cooperate", "Kenya", A), ("Kenya", "support", "Khaled el-Enany", P),
                                        ("Egypt", "support", "Kenya", A)}),
    ("Labour won 40% of the vote.", set()),
    # a county the tagger took for a person, listed with a place after "in"
    ("Mr Kennedy is visiting constituencies in Somerset and Hampshire on Monday.",
     {("Kennedy", "visit", "Somerset", A), ("Kennedy", "visit", "Hampshire", A)}),
    # stops planned with no traveller said: the story's traveller
    ("Liberal Democrat leader Charles Kennedy began a tour of Britain on Monday. Stops in Shrewsbury, Liverpool and "
     "Manchester are planned for later in the week.",
     {("Charles Kennedy", "visit", "United Kingdom", A), ("Charles Kennedy", "visit", "Shrewsbury", P),
      ("Charles Kennedy", "visit", "Liverpool", P), ("Charles Kennedy", "visit", "Manchester", P)}),
    # "went to" a name tagged as a person: an award, not a journey
    ("The VH1 First Music Award went to Cher honouring her achievements.", set()),
    # a warning opposes the one warned, who is the one that might do what it warns against
    ("US President Joe Biden warned Russia against invading Ukraine.",
     {("Joe Biden", "oppose", "Russia", A), ("Russia", "oppose", "Ukraine", H)}),
    ("Forecasters warned of heavy rain.", set()),
    ("Attorney General Peter Goldsmith warned Tony Blair that the war could be illegal.", set()),
    ("Ursula von der Leyen warned Hungary that funds could be frozen.", {("Ursula von der Leyen", "oppose", "Hungary", A)}),
    # a one-word name the tagger took for a place: a person who has meetings, or a country's person who praises
    ("Modi's meeting with Xi on the sidelines of the summit in Kazan was their first in five years.",
     {("Modi", "meet", "Xi", A)}),
    ("Brazil's Lula praised Colombian President Gustavo Petro on Monday.", {("Lula", "support", "Gustavo Petro", A)}),
    # a person judged in the office or kind the judging verb gives them
    ("Tony Blair called Robert Jackson a brilliant minister.", {("Tony Blair", "support", "Robert Jackson", A)}),
    ('Tony Blair said Robert Jackson was a "decent, fair-minded and dedicated public servant".',
     {("Tony Blair", "support", "Robert Jackson", A)}),
    ("The company called Sara Lind a successful manager of its fund.", set()),
    # "to" the parser hung on the visitor of "a visit by"
    ("The visit by Saudi Foreign Minister Prince Faisal bin Farhan to Tehran was the first in years.",
     {("Faisal bin Farhan", "visit", "Tehran", A)}),
    # a measure's owner told by the participle's "by"
    ("Venezuela's government rejected the sanctions imposed by Washington.",
     {("Venezuela", "oppose", "United States", A)}),
    ("Germany welcomed the reforms introduced by Poland.", {("Germany", "support", "Poland", A)}),
    ("Sam Rainsy dismissed the claims made by Prime Minister Hun Sen on Monday.", {("Sam Rainsy", "oppose", "Hun Sen", A)}),
    # "the government of X" is X's: the country X leads, when the story says which (as for "X's government")
    ("Honduran President Xiomara Castro has defended the government of Venezuelan President Nicolas Maduro.",
     {("Xiomara Castro", "support", "Venezuela", A)}),
    ("Xiomara Castro has defended the government of Nicolas Maduro.", {("Xiomara Castro", "support", "Nicolas Maduro", A)}),
    # stance verbs of wider coverage
    ("Ukraine has resisted pressure from the United States to cede territory.", {("Ukraine", "oppose", "United States", A)}),
    ("The Taliban said it appreciates the efforts of Turkey and Qatar.",
     {("Taliban", "support", "Turkey", A), ("Taliban", "support", "Qatar", A)}),
    ("Tony Blair spoke first. Mr Brown later told reporters: \"Of course I trust the prime minister.\"",
     {("Brown", "support", "Tony Blair", A)}),
    ("The pound appreciated against the dollar.", set()),
    # judgements of a body, and of wider coverage
    ("Sinn Fein president Gerry Adams said the Tories were an irrelevant party.",
     {("Gerry Adams", "oppose", "Conservative Party", A)}),
    ("Lithuania condemned Russia's aggression.", {("Lithuania", "oppose", "Russia", A)}),
    ("Tony Blair said Iraq was capable of defending itself.", set()),
    # a judging participle the parser took for a passive; a thing judged is its owner's
    ('Amitai Etzioni says the US emphasis on an "Axis of Evil" is misplaced.',
     {("Amitai Etzioni", "oppose", "United States", A)}),
    ('Chancellor Gordon Brown delivered his Budget. The Green Party said the Budget was a "wasted opportunity".',
     {("Green Party", "oppose", "Gordon Brown", A)}),
    ("Egypt's foreign minister Badr Abdelatty described Ethiopia's dam as an existential threat.",
     {("Badr Abdelatty", "oppose", "Ethiopia", A)}),
    ("Russian President Vladimir Putin said Russia was a reliable partner.", set()),  # no stance on one's own country
    # "the secretary-general", which the tokenizer splits, is that title's holder, not a secretary
    ("Saudi Foreign Minister Prince Faisal bin Farhan received Arab League Secretary-General Ahmed Aboul Gheit in "
     "Riyadh. Prince Faisal praised the secretary-general for his tireless work.",
     {("Faisal bin Farhan", "greet", "Ahmed Aboul Gheit", A),
      ("Faisal bin Farhan", "meet", "Ahmed Aboul Gheit", A), ("Ahmed Aboul Gheit", "visit", "Riyadh", A),
      ("Faisal bin Farhan", "support", "Ahmed Aboul Gheit", A)}),
    # a reaction after a comma follows the main clause, not a relative clause before it
    ("Russia on Tuesday vetoed a resolution that would have tightened sanctions on North Korea, drawing sharp "
     "criticism from South Korea and Japan.", {("South Korea", "oppose", "Russia", A), ("Japan", "oppose", "Russia", A)}),
    # (and what the main verb means does not pass to the participle: "rejected ..., accusing" accuses)
    ("Sudanese army chief Abdel Fattah al-Burhan rejected a plan that would have given Kenya a role, accusing Kenyan "
     "President William Ruto of bias.", {("Abdel Fattah al-Burhan", "accuse", "William Ruto", A)}),
    # a headline parsed as one noun phrase: its verb's subject is not the aid's giver
    ("Orban blocks EU aid for Ukraine, drawing fire from fellow leaders", {("European Union", "support", "Ukraine", A)}),
    # joined in an act is no meeting
    ("Milei was joined by Uruguay's Luis Lacalle Pou in refusing to accept the count.", set()),
    # leaving for one's own capital is a journey home
    ("German Chancellor Olaf Scholz had no plans to see him before leaving for Berlin.", set()),
    ("French President Emmanuel Macron left for Beijing on Sunday.", {("Emmanuel Macron", "visit", "Beijing", A)}),
    # a headline's verb the tagger took for another word class, between names
    ("Washington and Tokyo back Philippines\n\nThe Philippines protested to China on Monday.",
     {("United States", "support", "Philippines", A), ("Japan", "support", "Philippines", A),
      ("Philippines", "oppose", "China", A)}),
    ("Blair back from Middle East tour\n\nTony Blair returned from Israel.", {("Tony Blair", "visit", "Israel", A)}),
    ("Jowell rejects 'Las Vegas' jibe\n\nTessa Jowell spoke on Monday.", set()),  # names that modify a noun
    ("Oscar host Rock to keep it clean\n\nThe comedian spoke on Monday.", set()),  # a title, not a verb
    # "broke with X"; "Saudi engagement" is Saudi Arabia's; "calling him a strong partner"
    ("Saudi Arabia broke with Syrian President Bashar al-Assad over his crackdown in 2011.",
     {("Saudi Arabia", "oppose", "Bashar al-Assad", A)}),
    ("A State Department spokeswoman said the United States welcomed Saudi engagement with Syria.",
     {("United States", "support", "Saudi Arabia", A)}),
    ("US Secretary of State Marco Rubio called Guatemalan President Bernardo Arevalo a strong partner.",
     {("Marco Rubio", "support", "Bernardo Arevalo", A)}),
    # charges of wrongdoing reported by someone, not when denied
    ("SNP leader Alex Salmond said Gordon Brown had failed the tartan test.", {("Alex Salmond", "oppose", "Gordon Brown", A)}),
    ("Liberal Democrat Vince Cable said Chancellor Gordon Brown had ducked the tough choices.",
     {("Vince Cable", "oppose", "Gordon Brown", A)}),
    ("Tony Blair said Gordon Brown did not lie.", set()),
    # a label in quotation marks pinned on someone, or on what they did, mocks them
    ('Chancellor Gordon Brown delivered his Budget on Wednesday. The Lib Dems branded it a "sticking plaster".',
     {("Liberal Democrats", "oppose", "Gordon Brown", A)}),
    ('Conservative shadow chancellor Oliver Letwin dubbed Mr Brown "Sir Wastealot".', {("Oliver Letwin", "oppose", "Brown", A)}),
    ('Mark Oaten branded Labour\'s ID scheme a "waste of money".', {("Mark Oaten", "oppose", "Labour Party", A)}),
    ('The singer Adele dubbed her son "my little prince".', set()),
    ('Mr Brown was dubbed "Sir Wastealot" by Oliver Letwin.', {("Oliver Letwin", "oppose", "Brown", A)}),
    ('Tessa Jowell announced plans to limit casinos, in a move branded a "humiliating retreat" by the Tories.', set()),
    # "both leaders" are not the relative clause's own subject
    ("Argentine President Javier Milei clashed with Brazilian President Luiz Inacio Lula da Silva on Thursday. "
     "Uruguayan President Yamandu Orsi, who praised both leaders for their frankness, said Uruguay would help.",
     {("Javier Milei", "oppose", "Luiz Inacio Lula da Silva", A), ("Yamandu Orsi", "support", "Javier Milei", A),
      ("Yamandu Orsi", "support", "Luiz Inacio Lula da Silva", A)}),
    # talks framed on a passive of expectation: the one expected takes part
    ("Mali's foreign minister, Abdoulaye Diop, is expected in Dakar next week for talks with his Senegalese "
     "counterpart, Yassine Fall, diplomats said.",
     {("Abdoulaye Diop", "visit", "Dakar", P), ("Abdoulaye Diop", "meet", "Yassine Fall", P)}),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES_LISTS_AND_ITINERARIES)
def test_asides_lists_and_itineraries(ex, text, expected):
    _check(ex, text, expected)


ELEVENTH_ROUND = [
    # a second "it" label in a row mocks the same thing: its owner is that of the object two sentences back
    ('Gordon Brown unveiled his Budget. The Tories called it a "vote now, pay later" Budget. The Lib Dems branded '
     'it a "sticking plaster".', {("Liberal Democrats", "oppose", "Gordon Brown", A)}),
    # a brand with no quotation marks when the label is a judgement ("a waste of money")
    ("Michael Howard backed Labour plans for ID cards. Lib Dem spokesman Mark Oaten has branded the ID scheme a "
     "waste of money.", {("Michael Howard", "support", "Labour Party", A), ("Mark Oaten", "oppose", "Labour Party", A)}),
    # "the bill" is the plan told of before: its owner is the plan's
    ("Michael Howard has decided to back Labour plans to introduce ID cards. The Lib Dems have pledged to oppose the "
     "bill.", {("Michael Howard", "support", "Labour Party", A), ("Liberal Democrats", "oppose", "Labour Party", P)}),
    # "the leader of IG Metall, Christiane Benner": the one named beside the body, not the subject's own title
    ("Chancellor Friedrich Merz received the leader of IG Metall, Christiane Benner, at the Chancellery on Monday for "
     "talks on the steel industry.", {("Friedrich Merz", "greet", "Christiane Benner", A),
                                       ("Friedrich Merz", "meet", "Christiane Benner", A)}),
    # a place name the parser hangs on a time word ("Tbilisi days after")
    ("Viktor Orban, who visited Tbilisi days after the election, is expected to block it.",
     {("Viktor Orban", "visit", "Tbilisi", A)}),
    # a name after "in" a site is a place, whatever the tagger says ("a steel mill in Hamilton")
    ("Conservative leader Pierre Poilievre toured a steel mill in Hamilton on Monday.",
     {("Pierre Poilievre", "visit", "Hamilton", A)}),
    # time spent in an area ("his Rae Bareli constituency") or at a site in a place is a visit; years are not
    ("Congress leader Rahul Gandhi spent Sunday in his Rae Bareli constituency, meeting farmers.",
     {("Rahul Gandhi", "visit", "Rae Bareli", A)}),
    ("Housing Minister James Browne spent the morning at a modular housing site in Clondalkin.",
     {("James Browne", "visit", "Clondalkin", A)}),
    ("Kim Jong Nam spent years in Macau.", set()),
    # a companion after "with" on a verb of travel goes too; "for talks with" names the one met, not a companion
    ("Anthony Albanese flew into Port Moresby on Sunday night with Foreign Minister Penny Wong.",
     {("Anthony Albanese", "visit", "Port Moresby", A), ("Penny Wong", "visit", "Port Moresby", A)}),
    ("Anthony Albanese arrived in Beijing on Monday for talks with Xi Jinping.",
     {("Anthony Albanese", "visit", "Beijing", A), ("Anthony Albanese", "meet", "Xi Jinping", A)}),
    # "his Uzbek, Kyrgyz and Turkmen counterparts": the leaders the story names for those countries; a list of
    # titled names the parser makes subjects side by side all arrive
    ("Kazakh President Kassym-Jomart Tokayev hosted his Uzbek, Kyrgyz and Turkmen counterparts on Friday. Uzbek "
     "President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov and Turkmen President Serdar Berdimuhamedov "
     "arrived in Astana on Thursday evening.",
     {("Kassym-Jomart Tokayev", "greet", "Shavkat Mirziyoyev", A), ("Kassym-Jomart Tokayev", "greet", "Sadyr Japarov", A),
      ("Kassym-Jomart Tokayev", "greet", "Serdar Berdimuhamedov", A), ("Shavkat Mirziyoyev", "visit", "Astana", A),
      ("Sadyr Japarov", "visit", "Astana", A), ("Serdar Berdimuhamedov", "visit", "Astana", A)}),
    # a dateline the parser makes the subject: the one named after the dash acts
    ("RAE BARELI, India, Feb 9 (Wire) - Congress leader Rahul Gandhi spent Sunday in his Rae Bareli constituency, "
     "accusing Prime Minister Narendra Modi's government of abandoning farmers.",
     {("Rahul Gandhi", "visit", "Rae Bareli", A), ("Rahul Gandhi", "accuse", "Narendra Modi", A)}),
    # a dateline's dash is no part of a title: "the chancellor" is still Merz; "AfD co-leader Weidel" is no list
    ("BERLIN - Chancellor Friedrich Merz met union leaders. Alternative for Germany co-leader Alice Weidel attacked "
     'Merz, calling him "a chancellor of broken promises". The chancellor is due to visit Duisburg on Thursday.',
     {("Alice Weidel", "oppose", "Friedrich Merz", A), ("Friedrich Merz", "visit", "Duisburg", P)}),
    # refusing to recognise someone opposes them
    ("Salome Zourabichvili refuses to recognise her successor, Mikheil Kavelashvili.",
     {("Salome Zourabichvili", "oppose", "Mikheil Kavelashvili", A)}),
    # a plan the parser took for a clause, under a demonym the tagger took for a person
    ("Diplomats said the absence reflected irritation with Uzbekistan and Turkmenistan, which have in the past "
     "opposed Tajik plans for the giant Rogun dam.",
     {("Uzbekistan", "oppose", "Tajikistan", A), ("Turkmenistan", "oppose", "Tajikistan", A)}),
    # "received the heads of delegation, among them X and Y's King Z": the examples are the ones received
    ("Kuwait's Emir Sheikh Meshal al-Ahmad al-Jaber al-Sabah received the arriving heads of delegation at Bayan "
     "Palace, among them Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Bahrain's King Hamad bin Isa Al Khalifa.",
     {("Meshal al-Ahmad al-Jaber al-Sabah", "greet", "Tamim bin Hamad Al Thani", A),
      ("Meshal al-Ahmad al-Jaber al-Sabah", "greet", "Hamad bin Isa Al Khalifa", A),
      ("Tamim bin Hamad Al Thani", "visit", "Bayan Palace", A), ("Hamad bin Isa Al Khalifa", "visit", "Bayan Palace", A)}),
    # urging people who are no actor to vote for or back someone is the urger's stance; "not to" turns it round;
    # bodies urged act for themselves, and no one takes a stance on their own country
    ("The Muslim Association of Britain urged Muslims not to vote for Labour in the European elections.",
     {("Muslim Association", "oppose", "Labour Party", A)}),
    ("The TUC urged voters to oppose the Tories.", {("Trades Union Congress", "oppose", "Conservative Party", A)}),
    ('U.S. Treasury Secretary Scott Bessent has urged European governments to "stand with" Washington.', set()),
    # a name after a firm's kind is a body, whatever the tagger says; "support for the government's plans" backs
    # the government
    ("UK airport operator BAA has reiterated its support for the UK government's aviation expansion plans.",
     {("BAA", "support", "United Kingdom", A)}),
    # being in a country to do something is a visit
    ("Dustin Hoffman is in the UK to publicise his new comedy.", {("Dustin Hoffman", "visit", "United Kingdom", A)}),
    # "welcomed the new targets", "called the new target 'hugely unambitious'": a stance on the targets' owner
    ("Health Minister Jane Hutt announced new targets for waiting times. Dr Richard Lewis welcomed the new targets. "
     'Kirsty Williams called the new target "hugely unambitious".',
     {("Richard Lewis", "support", "Jane Hutt", A), ("Kirsty Williams", "oppose", "Jane Hutt", A)}),
    # resigning or marching "in protest over" something opposes its owner
    ("Ian MacDonald marched in protest against Tony Blair.", {("Ian MacDonald", "oppose", "Tony Blair", A)}),
    # a target told of in a clause ("the same target she set") is hers; a quoted "failed minister" is the one
    # minister of the story
    ('Welsh Health Minister Jane Hutt announced a target. Plaid Cymru spokesman Rhodri Glyn Thomas said: "It is '
     'the same target she set in 1999, from a failed minister with a failed policy." Kirsty Williams called the '
     'target "hugely unambitious".',
     {("Rhodri Glyn Thomas", "oppose", "Jane Hutt", A), ("Kirsty Williams", "oppose", "Jane Hutt", A)}),
    # "the head of Lloyd's of London" in a lead is the one the story names in that office later
    ("The head of Lloyd's of London has criticised the Financial Services Authority. Chief executive Nick "
     "Prettejohn said the watchdog should change.", {("Nick Prettejohn", "oppose", "Financial Services Authority", A)}),
    # "the watchdog said it would not oppose": "it" is the unnamed speaker; "it was in the shareholders' interest
    # to reject" points ahead; a firm's kind before its name makes it a body
    ("A report from investment firm Grant Samuel values WMC shares above the offer. Australia's competition "
     "watchdog said it would not oppose the purchase of WMC by Xstrata. WMC chairman Tommie Bergman said the "
     "directors believed it was in shareholders' best interest to reject the offer.", set()),
    # a name inside a clause on an apposition is not what the apposition describes
    ("Australian building products group James Hardie moved its headquarters abroad. Victims groups accusing it of "
     "trying to escape its responsibilities, a charge the company denies.", set()),
    # a judgement in what someone thought is theirs, not the quoted speaker's
    ('"The purpose of the dossier was to persuade the British why the British government thought Iraq was a very '
     'serious threat," said Lord Butler.', {("United Kingdom", "oppose", "Iraq", H)}),
    # a name shares are held in is a business, whatever the tagger says, and "the club" of a business story is it
    ("Shares in Manchester United closed up on Monday following a new offer from US tycoon Malcolm Glazer. "
     "Manchester United revealed that it had received a detailed proposal from Mr Glazer. The club has previously "
     "rejected Mr Glazer's approaches.", {("Manchester United", "oppose", "Malcolm Glazer", A)}),
    ("Chelsea beat Arsenal 2-1. The club said the win was deserved.", set()),
    # "blessed Mr Khatami's policy" backs its owner
    ("The Expediency Council blessed President Mohammad Khatami's policy of selling stakes.",
     {("Expediency Council", "support", "Mohammad Khatami", A)}),
    # "the union's committee": the body the sentence before named last
    ("Health Secretary Wes Streeting has refused to reopen pay talks with the British Medical Association. The "
     'union\'s resident doctors committee accused Streeting of "walking away from the table".',
     {("British Medical Association", "accuse", "Wes Streeting", A),
      ("British Medical Association", "meet", "Wes Streeting", N)}),  # (talks refused: a negated meeting)
    # a name in apposition to a kind of body ("the homelessness charity Focus Ireland") is a body
    ("Housing Minister James Browne announced a plan. The homelessness charity Focus Ireland welcomed Browne's "
     "decision.", {("Focus Ireland", "support", "James Browne", A)}),
    # "dismissed it": the bill just told of (a party naming a leader's side is no antecedent), whose owner it is
    ("Ontario Premier Doug Ford threw his weight behind Prime Minister Mark Carney's bill on Thursday, while "
     'Conservative leader Pierre Poilievre dismissed it as "half measures".',
     {("Doug Ford", "support", "Mark Carney", A), ("Pierre Poilievre", "oppose", "Mark Carney", A)}),
    # "his party", "whose party": the one party the person is said to lead
    ("Liberal Democrat leader Charles Kennedy, whose party opposes Tony Blair's plan, spoke.",
     {("Liberal Democrats", "oppose", "Tony Blair", A)}),
    ("Liberal Democrat leader Charles Kennedy said his party opposes Tony Blair's plan.",
     {("Liberal Democrats", "oppose", "Tony Blair", A)}),
    # a title starts after a coordination: "Labour's record and party leader Michael Howard" makes him no Labour
    # leader, so his party is not Labour (the attack on Labour's record is Fox's)
    ("Liam Fox opened the forum with an attack on Labour's record and party leader Michael Howard is due to speak "
     "later. Mr Howard is likely to defend his party's handling of the bill.", {("Liam Fox", "oppose", "Labour Party", A)}),
    # "the Iraq war" is fought in Iraq, not by it
    ("Tony Blair defended the Iraq war.", set()),
    # a court throwing out a challenge by someone rules against them ("by" hung on the verb)
    ("In March, the High Court threw out a challenge by Buckinghamshire Council to a scheme of 1,200 homes.",
     {("High Court", "oppose", "Buckinghamshire Council", A)}),
    # a place after a site, whatever its number: "visited hill farms in Ceredigion"
    ("Rural Affairs Secretary Huw Irranca-Davies visited hill farms in Ceredigion last week.",
     {("Huw Irranca-Davies", "visit", "Ceredigion", A)}),
    ("Prime Minister Sir Keir Starmer visited a hospital in Milton Keynes on Thursday morning.",
     {("Keir Starmer", "visit", "Milton Keynes", A)}),
    # "her Budget ... the package": one programme under two names; "his chancellor" is the one chancellor
    ("Chancellor Rachel Reeves has defended her Budget. But the Trades Union Congress (TUC) welcomed the package. "
     'Shadow chancellor Mel Stride called the Budget "a betrayal of aspiration". Prime Minister Sir Keir Starmer '
     "backed his chancellor.",
     {("Trades Union Congress", "support", "Rachel Reeves", A), ("Mel Stride", "oppose", "Rachel Reeves", A),
      ("Keir Starmer", "support", "Rachel Reeves", A)}),
    # backing one's own party is no news of a stance
    ("Labour's election chief Alan Milburn has defended his party's campaign posters.", set()),
    # "both leaders": the pair the story's lead joins, not the last two leaders named
    ("Prime Minister Sir Keir Starmer and Scotland's First Minister John Swinney have held talks in Edinburgh. Unite "
     "general secretary Sharon Graham said workers deserved better. Scottish Conservative leader Russell Findlay "
     "accused both leaders of staging a photo opportunity.",
     {("Keir Starmer", "meet", "John Swinney", A), ("Russell Findlay", "accuse", "Keir Starmer", A),
      ("Russell Findlay", "accuse", "John Swinney", A)}),
    # aiming to unseat someone opposes them
    ("The Liberal Democrats are aiming to unseat a string of top Tories - including leader Michael Howard - at the "
     "next general election.", {("Liberal Democrats", "oppose", "Michael Howard", P)}),
    # a name right after the verb the parser took for an adverb is its object (and two who had a row oppose each
    # other)
    ("Actor George Clooney and Fox TV presenter Bill O'Reilly had a row. But Clooney accused O'Reilly of creating a "
     "fuss for his own personal gain.",
     {("George Clooney", "accuse", "Bill O'Reilly", A), ("George Clooney", "oppose", "Bill O'Reilly", A),
      ("Bill O'Reilly", "oppose", "George Clooney", A)}),
    # "the hospital": the hospital named before; "after talks with X, the hospital ...": it met X
    ("Hereford County Hospital had said patients would be taken off waiting lists. But after talks with Powys Health "
     "Board the hospital called off its plan.", {("Hereford County Hospital", "meet", "Powys Health Board", A)}),
    # 'Y has been described as "irresponsible" and "outrageous" by X': the "by" hung on the last judging word
    ('Hazel Blears said innocent Muslims would be targeted. Her comments have been described as "irresponsible" and '
     '"outrageous" by the Islamic Human Rights Commission (IHRC).',
     {("Islamic Human Rights Commission", "oppose", "Hazel Blears", A)}),
    # "The meeting, which also included X": X met those the story last told meeting; "Vice-Chancellor Klingbeil",
    # split by the tokenizer, is no chancellor
    ("BERLIN - Chancellor Friedrich Merz met IG Metall leader Christiane Benner on Monday. The meeting, which also "
     "included Labour Minister Baerbel Bas, lasted two hours. Vice-Chancellor Lars Klingbeil spoke later. The "
     "chancellor is due to visit Duisburg on Thursday.",
     {("Friedrich Merz", "meet", "Christiane Benner", A), ("Baerbel Bas", "meet", "Friedrich Merz", A),
      ("Baerbel Bas", "meet", "Christiane Benner", A), ("Friedrich Merz", "visit", "Duisburg", P)}),
    # a passive under "expected to": its subject is the one the verb's "by" acts on
    ("Tony Blair is expected to be greeted by Vladimir Putin.", {("Vladimir Putin", "greet", "Tony Blair", P)}),
    ("Home Secretary Charles Clarke unveiled the ID cards bill. The bill is expected to be opposed by the Liberal "
     "Democrats.", {("Liberal Democrats", "oppose", "Charles Clarke", P)}),
]


@pytest.mark.parametrize(("text", "expected"), ELEVENTH_ROUND)
def test_eleventh_round(ex, text, expected):
    _check(ex, text, expected)


TWELFTH_ROUND = [
    # consenting to a proposal backs its maker; consenting to an invitation or a claim does not
    ("Telecom group Sprint accepted a takeover offer from Comcast on Friday.", {("Sprint", "support", "Comcast", A)}),
    ("On Tuesday, Sprint agreed to a buyout by Comcast.", {("Sprint", "support", "Comcast", A)}),
    ("Serbia agreed to the European Union's demands on border checks.", {("Serbia", "support", "European Union", A)}),
    ("Narendra Modi accepted an invitation from Joe Biden.", set()),
    ("Keir Starmer said he accepted China's claim that the plan was peaceful.", set()),
    # withheld acceptance of a proposal or a denial is a stand against its maker
    ("The Turkish government refuses to accept Greece's denials over the airspace incident.",
     {("Turkey", "oppose", "Greece", A)}),
    # "reopen" carries talks like "resume"
    ("Health Secretary Wes Streeting has reopened talks with the Royal College of Nursing.",
     {("Wes Streeting", "meet", "Royal College of Nursing", A)}),
    # a party's or a legislature's adjective before people or plans names the body
    ("Fannie Mae has faced sharp criticism from Congressional leaders this year.",
     {("United States Congress", "oppose", "Fannie Mae", A)}),
    ("Rishi Sunak attacked Liberal Democrat plans for the NHS on Monday.",
     {("Rishi Sunak", "oppose", "Liberal Democrats", A)}),
    ("Kemi Badenoch led the Conservative Party into the vote. Conservative MPs criticised Rachel Reeves over "
     "the tax rise.", {("Conservative Party", "oppose", "Rachel Reeves", A)}),
    # a former office holder acts for no country; an ex-party leader is no party's
    ("The former Estonian prime minister criticised Serbia on Tuesday.", set()),
    # judgements named by new negative nouns
    ("The Treasury said the report from the Resolution Foundation was complete rubbish.",
     {("Treasury", "oppose", "Resolution Foundation", A)}),
    # a mediation's demonym names its maker
    ("Saudi Arabia welcomed the Qatari mediation between the two sides.", {("Saudi Arabia", "support", "Qatar", A)}),
    # a dateline tagged as a common noun before an apposition: the name is the subject
    ("BELGRADE, Oct 14 (Wire) - The European Union's foreign policy chief, Kaja Kallas, held talks with Serbian "
     "President Aleksandar Vucic on Tuesday.", {("Kaja Kallas", "meet", "Aleksandar Vucic", A)}),
    # the place of a meeting, parsed as hanging from the one met
    ("Foreign Secretary David Lammy held talks with Chinese Premier Li Qiang in Beijing on Monday.",
     {("David Lammy", "meet", "Li Qiang", A), ("David Lammy", "visit", "Beijing", A)}),
    # "did not meet face to face": "face" is no object
    ("Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff did not meet face to face in Rome.",
     {("Abbas Araghchi", "meet", "Steve Witkoff", N)}),
    # seeing an office holder is meeting them; seeing a film, or seeing someone as something, is not
    ("EU foreign policy chief Kaja Kallas is expected to see Kosovo Prime Minister Albin Kurti on Wednesday.",
     {("Kaja Kallas", "meet", "Albin Kurti", P)}),
    ("Prime Minister Keir Starmer sees Chancellor Rachel Reeves as his natural successor.", set()),
    ("Actress Judi Dench went to see Tom Cruise in his new film.", set()),
    # "the two leaders" after two who arrived together and were greeted by a third: the two who arrived; not the
    # minister who came along
    ("Kenyan President William Ruto and Ghana's John Mahama arrived in Addis Ababa on Friday and were greeted at "
     "the airport by Ethiopian Prime Minister Abiy Ahmed. The two leaders held talks on Saturday.",
     {("William Ruto", "visit", "Addis Ababa", A), ("John Mahama", "visit", "Addis Ababa", A),
      ("Abiy Ahmed", "greet", "William Ruto", A), ("Abiy Ahmed", "greet", "John Mahama", A),
      ("John Mahama", "meet", "William Ruto", A)}),
    # "the government" of a domestic piece whose parties are named only after it, in the same sentence
    ("Ministers defend plans\n\nThe government is facing opposition from Tory and Lib Dem MPs over its plans for "
     "house arrest.", {("Conservative Party", "oppose", "United Kingdom", A),
                       ("Liberal Democrats", "oppose", "United Kingdom", A)}),
    # likening someone to something is a stand against them; likening a plan to the Marshall Plan is not
    ("Tony Blair and Gordon Brown staged a show of unity. Conservative co-chairman Liam Fox likened the two men to "
     '"self-obsessed schoolboys".', {("Liam Fox", "oppose", "Tony Blair", A), ("Liam Fox", "oppose", "Gordon Brown", A)}),
    ("Chancellor Gordon Brown unveiled an aid package which he has likened to the Marshall Plan.", set()),
    # being in a city of another country than the one whose office the text gives someone (by the office-holder
    # list) is a visit; being in one's own capital is not
    ("Foreign Secretary Jack Straw spoke to British reporters. When he was in Tokyo earlier this week, Japanese "
     "Foreign Minister Nobutaka Machimura told him his plan was a mistake.",
     {("Jack Straw", "visit", "Tokyo", A), ("Nobutaka Machimura", "oppose", "Jack Straw", A)}),
    ("Foreign Secretary Jack Straw spoke to British reporters. He was in London on Monday.", set()),
    # a past form between names that the tagger took for an adjective ("hosted" in a sentence parsed as one name)
    ("Egyptian President Abdel Fattah al-Sisi hosted Eritrean President Isaias Afwerki in Cairo on Sunday.",
     {("Abdel Fattah al-Sisi", "greet", "Isaias Afwerki", A), ("Isaias Afwerki", "visit", "Cairo", A)}),
    ("The US-backed government of Iraq criticised Syria.", {("Iraq", "oppose", "Syria", A)}),
    # "flew in", with "in" parsed as an adverb, in a datelined story: the dateline's city
    ("MONTEVIDEO, Dec 5 (Wire) - Leaders gathered on Friday. Argentine President Javier Milei flew in only on "
     "Friday morning.", {("Javier Milei", "visit", "Montevideo", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWELFTH_ROUND)
def test_twelfth_round(ex, text, expected):
    _check(ex, text, expected)


THIRTEENTH_ROUND = [
    # talks whose other party is unsaid are the speaker's, unless an official reports them for their leaders
    ("The London Stock Exchange has had an approach from Euronext. Talks with Euronext will continue, the LSE said.",
     {("London Stock Exchange", "meet", "Euronext", P)}),
    ("Talks with Iran will resume next week, Jack Straw said.", {("Jack Straw", "meet", "Iran", P)}),
    ("Talks with Iran will resume next week, a British official said.", set()),
    ("Free trade agreements with the US helped the region's growth, the Inter-American Development Bank said.",
     set()),
    # a demonym of two words the NER took for a person's name
    ("Jaishankar held talks with Sri Lankan President Anura Kumara Dissanayake in Colombo.",
     {("Jaishankar", "meet", "Anura Kumara Dissanayake", A), ("Jaishankar", "visit", "Colombo", A)}),
    # a capital that is also a word is the city after "to" in a piece naming its country
    ("Jaishankar is due to travel on Wednesday to Male to see Maldives President Mohamed Muizzu.",
     {("Jaishankar", "visit", "Male", P)}),
    ("The Maldives said the male nurse went to work.", set()),
    # a demonym before a plan names its owner
    ("Nauru President David Adeang welcomed the Australian package on Monday.",
     {("David Adeang", "support", "Australia", A)}),
    # the project of a lead whose subject says it will act is that subject's
    ("Meridian Cells said on Tuesday it would invest $1bn in a factory in Batam. Indonesian minister Rosan Roeslani "
     "praised the project.", {("Rosan Roeslani", "support", "Meridian Cells", A)}),
    ("The Police Federation said it was firmly against new powers for support officers. The government said the "
     "move would help. Minister Hazel Blears defended the move.", set()),
    # the last word of a portfolio run into a name
    ("Singapore's Minister for Trade and Industry Gan Kim Yong welcomed the plant. Gan is due to visit Batam later "
     "this month.", {("Gan Kim Yong", "visit", "Batam", P)}),
    # a name set off by commas after a title is the one the title means, not its earlier holder
    ("Philippine Foreign Secretary Theresa Lazaro opened the meeting in Manila. The military-appointed foreign "
     "minister, Than Swe, did not travel to Manila.", {("Than Swe", "visit", "Manila", N)}),
    # "on a visit" with no destination: where the clause is, by its subject and those it is "with"
    ("Tony Blair rowed across a reservoir in Bromsgrove, Worcestershire, while on a visit with Education Secretary "
     "Ruth Kelly to promote school trips.",
     {("Tony Blair", "visit", "Bromsgrove", A), ("Ruth Kelly", "visit", "Bromsgrove", A)}),
    # a country's office is its government
    ("Pakistan's foreign office on Tuesday accused India of trying to dominate its neighbours.",
     {("Pakistan", "accuse", "India", A)}),
    # "the city of X" is X
    ("On Sunday, Sanae Takaichi is scheduled to travel to the southern port city of Busan.",
     {("Sanae Takaichi", "visit", "Busan", P)}),
    # descriptions coordinated in an apposition describe the one named, not others
    ("Cambodia's former leader Hun Sen, the father of the prime minister and president of the Senate, condemned "
     "Anutin Charnvirakul in a long speech.", {("Hun Sen", "oppose", "Anutin Charnvirakul", A)}),
    # "the remarks" of one who condemned someone are that speaker's; a demonym on "government" names the country
    ("Hun Sen condemned Anutin Charnvirakul in a speech on Monday. A Thai government spokesman dismissed the "
     "remarks as noise.", {("Hun Sen", "oppose", "Anutin Charnvirakul", A), ("Thailand", "oppose", "Hun Sen", A)}),
    # a dateline's city that is no capital still gives the country a visitor arrives in
    ("ISTANBUL, Oct 30 (Wire) - Talks began on Thursday. The Pakistani delegation was led by Defence Minister "
     "Khawaja Asif, who flew in from Islamabad on Tuesday.", {("Khawaja Asif", "visit", "Istanbul", A)}),
    # a "between" the parser hung on the place of the talks
    ("Riyadh and Tehran restored ties after talks in the Chinese capital between Musaed al-Aiban and Ali "
     "Shamkhani.", {("Musaed al-Aiban", "meet", "Ali Shamkhani", A)}),
    ("Talks at the border between India and China resumed.", set()),
    # a name beside plural people or a body's kind is a body's, whatever the tagger says
    ("BT has moved to open its network to rivals. Telecom analysts Ovum welcomed the move.",
     {("Ovum", "support", "BT", A)}),
    # "X and Somalia's Y", the owner parsed as a conjunct: Y acts for Somalia, so is one of the "Somali counterparts"
    ("ASMARA - Eritrean President Isaias Afwerki hosted his Egyptian and Somali counterparts on Thursday. Egyptian "
     "President Abdel Fattah al-Sisi and Somalia's Hassan Sheikh Mohamud flew into Asmara in the morning.",
     {("Isaias Afwerki", "greet", "Abdel Fattah al-Sisi", A), ("Isaias Afwerki", "greet", "Hassan Sheikh Mohamud", A),
      ("Abdel Fattah al-Sisi", "visit", "Asmara", A), ("Hassan Sheikh Mohamud", "visit", "Asmara", A)}),
    # an exchange is a business: "the group" is the one the story names most
    ("The London Stock Exchange has had an approach from Euronext. The LSE said talks were at an early stage. Last "
     "week, the group rejected a takeover offer from Deutsche Boerse.",
     {("London Stock Exchange", "oppose", "Deutsche Boerse", A)}),
]


@pytest.mark.parametrize(("text", "expected"), THIRTEENTH_ROUND)
def test_thirteenth_round(ex, text, expected):
    _check(ex, text, expected)


FOURTEENTH_ROUND = [
    # a holiday somewhere is a visit there (never a "tax holiday" or a "bank holiday")
    ("Tony Blair was still on holiday in Egypt when the disaster struck.", {("Tony Blair", "visit", "Egypt", A)}),
    ("Tony Blair returned from a holiday in Egypt on Sunday.", {("Tony Blair", "visit", "Egypt", A)}),
    ("The government offered the firm a ten-year tax holiday.", set()),
    # one who pays for a trip need not go; "for X to fly": X flies
    ("King Abdullah of Jordan paid for Tony Blair to fly from a holiday in Egypt.",
     {("Tony Blair", "visit", "Egypt", A)}),
    ("King Abdullah of Jordan paid for a sightseeing tour to Wadi Rum.", set()),
    # an object pronoun in a "for ... to" clause or a "with" phrase is not the subject of the verb over it
    ("Prime Minister Tony Blair met King Abdullah of Jordan. Abdullah paid for him to fly from a holiday in Egypt.",
     {("Abdullah", "meet", "Tony Blair", A), ("Tony Blair", "visit", "Egypt", A)}),
    ("Kenyan President William Ruto congratulated Ugandan President Yoweri Museveni. Ruto held talks with him on "
     "the sidelines of the ceremony.",
     {("William Ruto", "support", "Yoweri Museveni", A), ("William Ruto", "meet", "Yoweri Museveni", A)}),
    # praise heaped and scorn poured on someone
    ("Tony Blair heaped praise on Chancellor Gordon Brown.", {("Tony Blair", "support", "Gordon Brown", A)}),
    ("Labour poured scorn on the Tory plans, said Alan Milburn.", {("Labour Party", "oppose", "Conservative Party", A)}),
    # suing is a legal accusation
    ("Group Menatep has sued the Russian government for $28bn.", {("Group Menatep", "accuse", "Russia", A)}),
    ("Apple said it would sue Samsung.", {("Apple", "accuse", "Samsung", P)}),
    # "the move" with no earlier owner: the act the sentence before tells, not a speaker's words
    ("The World Trade Organisation is to end its textile quota pact on 31 December. Christian Aid condemned the move.",
     {("Christian Aid", "oppose", "World Trade Organisation", A)}),
    # "came out against" opposes (not "came out on Tuesday")
    ("Brazil came out against FIFA's decision.", {("Brazil", "oppose", "FIFA", A)}),
    ("The Tories came out against Labour's plans.", {("Conservative Party", "oppose", "Labour Party", A)}),
    ("The results came out on Tuesday.", set()),
    # the juntas of countries act for them; a declaration drawn up by a country is its
    ("Sierra Leone's President Julius Maada Bio lashed out at the juntas of Mali and Burkina Faso.",
     {("Julius Maada Bio", "oppose", "Mali", A), ("Julius Maada Bio", "oppose", "Burkina Faso", A)}),
    ("Argentina's foreign minister denounced the draft declaration drawn up by Colombia.",
     {("Argentina", "oppose", "Colombia", A)}),
    # a call paid on someone is a visit and a meeting; a call on someone otherwise asks them, and turning it down
    # does not undo it
    ("Ghanaian President John Mahama paid a courtesy call on Senate President Davi Alcolumbre.",
     {("John Mahama", "visit", "Davi Alcolumbre", A), ("John Mahama", "meet", "Davi Alcolumbre", A)}),
    ("Tony Blair renewed his call on Israel for restraint.", {("Tony Blair", "request", "Israel", A)}),
    ("Tony Blair's call on Israel to halt the raids was rejected.", {("Tony Blair", "request", "Israel", A)}),
    ("Tony Blair's visit to Iraq was cancelled.", {("Tony Blair", "visit", "Iraq", N)}),
    # a name after a "with" the parser left empty, hung on the next clause instead
    ("LOME, April 8 (Wire) - Congolese President Felix Tshisekedi held talks in Lome on Wednesday with Togo's Faure "
     "Gnassingbe, the African Union's mediator for eastern Congo, but a hoped-for meeting with Rwandan President "
     "Paul Kagame did not take place.",
     {("Faure Gnassingbe", "meet", "Felix Tshisekedi", A), ("Felix Tshisekedi", "visit", "Lome", A)}),
    # a portfolio run into the name after a title: "minister for women Jacqui Smith" is Jacqui Smith
    ('Labour\'s deputy minister for women Jacqui Smith accused the Lib Dems of offering "false promises" to women.',
     {("Jacqui Smith", "accuse", "Liberal Democrats", A)}),
    # a stay of days or weeks somewhere is a visit (not twenty years)
    ("Chancellor Gordon Brown is in Africa for a week.", {("Gordon Brown", "visit", "Africa", A)}),
    ("Tony Blair was in London for 20 years.", set()),
    # a misjudgement "by" someone judges them; courts and regulators that fine someone oppose them
    ('But a Conservative spokeswoman said: "This poster campaign was a big misjudgement by Labour\'s campaign team."',
     {("Conservative Party", "oppose", "Labour Party", A)}),
    ("The US Federal Communications Commission fined CBS $550,000 last autumn.",
     {("US Federal Communications Commission", "oppose", "CBS", A)}),
    # plans one defends are one's own, and "the proposals" are those plans
    ("Education Secretary Bridget Phillipson has defended plans to overhaul support for children with special "
     "needs. The National Education Union condemned the proposals.",
     {("National Education Union", "oppose", "Bridget Phillipson", A)}),
    # a verb the NER ran into a name is no part of it; Tánaiste is a title
    ("Ofgem chief executive Jonathan Brearley is due to meet Mr Miliband on Thursday. Energy Secretary Ed Miliband "
     "said he welcomed the talks.", {("Ed Miliband", "meet", "Jonathan Brearley", P)}),
    ("Tánaiste Simon Harris praised Housing Minister James Browne.", {("Simon Harris", "support", "James Browne", A)}),
    # a label the parser hung on the plan's own clause; calling one's own government's plan reckless opposes it
    ('The Conservatives called the government\'s plan to cut green levies "reckless".',
     {("Conservative Party", "oppose", "United Kingdom", A)}),
    # a visit to a school somewhere visits the place
    ("Tony Blair was on a visit to a school in Kent on Tuesday.",
     {("Tony Blair", "visit", "Kent", A)}),
    # a quoted apposition is a label, not the one it names
    ('The National Unity Government called Mr Wang\'s visit "a betrayal of the people of Myanmar".',
     {("National Unity Government", "oppose", "Wang", A)}),
]


@pytest.mark.parametrize(("text", "expected"), FOURTEENTH_ROUND)
def test_fourteenth_round(ex, text, expected):
    _check(ex, text, expected)


FIFTEENTH_ROUND = [
    # "touched down in" is an arrival; a talk touching on a country is none
    ("French President Emmanuel Macron touched down in Washington on Monday evening for a state visit.",
     {("Emmanuel Macron", "visit", "Washington", A)}),
    ("The talks touched on trade with China.", set()),
    # tariffs slapped on an amount of a country's goods, duties doubled on its lumber
    ("Canada on Tuesday slapped retaliatory tariffs on C$4.2 billion worth of American goods.",
     {("Canada", "sanction", "United States", A)}),
    ("The United States doubled duties on Canadian softwood lumber on Monday.",
     {("United States", "sanction", "Canada", A)}),
    # a business named with and without its legal form, an acronym of a body named with its country first
    ("The U.S. Federal Trade Commission on Tuesday sued Halden Foods Inc, a Minneapolis-based food group. FTC "
     "Chairman Andrew Ferguson slammed Halden Foods for running a cartel.",
     {("U.S. Federal Trade Commission", "accuse", "Halden Foods Inc", A),
      ("Andrew Ferguson", "oppose", "Halden Foods Inc", A)}),
    # a dinner given at a place for guests: the "for" hung on the place
    ("On Tuesday evening, Treasury Secretary Scott Bessent hosted a dinner at the Treasury for Canadian Finance "
     "Minister Francois-Philippe Champagne and Japanese Finance Minister Satsuki Katayama.",
     {("Scott Bessent", "greet", "Francois-Philippe Champagne", A), ("Scott Bessent", "greet", "Satsuki Katayama", A)}),
    # "his guest" is the one the story has just had arriving; "the two leaders" the two of the greeting before
    ("Maldivian President Mohamed Muizzu arrived in Colombo on Monday. President Anura Kumara Dissanayake welcomed "
     "his guest at the Presidential Secretariat, where the two leaders held talks on debt.",
     {("Mohamed Muizzu", "visit", "Colombo", A),
      ("Anura Kumara Dissanayake", "greet", "Mohamed Muizzu", A),
      ("Anura Kumara Dissanayake", "meet", "Mohamed Muizzu", A),
      ("Mohamed Muizzu", "visit", "Presidential Secretariat", A)}),
    # "the visiting leader" is the traveller
    ("Maldivian President Mohamed Muizzu arrived in Colombo on Monday. Opposition leader Sajith Premadasa criticised "
     "the government. Former president Ranil Wickremesinghe did not meet the visiting leader.",
     {("Mohamed Muizzu", "visit", "Colombo", A), ("Ranil Wickremesinghe", "meet", "Mohamed Muizzu", N)}),
    # "two banks" the story has not named are not the last two bodies it did
    ("The European Union said it would keep its sanctions. Australia went further, imposing financial sanctions on "
     "two banks linked to the military.", set()),
    # one elected "as president" is "the new president"; the one who invites him is not
    ("Myanmar's parliament on Thursday elected military chief Min Aung Hlaing as the country's president. Russian "
     "President Vladimir Putin sent a message of congratulations and invited the new president to visit Moscow.",
     {("Vladimir Putin", "request", "Min Aung Hlaing", A), ("Min Aung Hlaing", "visit", "Moscow", P)}),
    # a surname with a capitalised prefix is a name the NER may miss; a sentence-opening surname tagged as a plural
    ("Defence Minister Rajnath Singh arrived in Canberra for talks with Deputy Prime Minister Richard Marles. Marles "
     "greeted Singh with a ceremonial guard at Parliament House.",
     {("Rajnath Singh", "visit", "Canberra", A), ("Rajnath Singh", "meet", "Richard Marles", A),
      ("Richard Marles", "greet", "Rajnath Singh", A)}),
    # "the couple" is the pair the story's lead joins, not the last two people named
    ("Prince Charles and Mrs Camilla Parker Bowles are to marry in April. The Archbishop of Canterbury, Dr Rowan "
     "Williams, will preside. Tony Blair congratulated the couple.",
     {("Tony Blair", "support", "Charles", A), ("Tony Blair", "support", "Camilla Parker Bowles", A)}),
    # a royal goes by a given name a commoner in the story shares: alone, the name is the royal's
    ("Prince Charles is to marry in April. Liberal Democrat leader Charles Kennedy criticised Tony Blair on Monday. "
     "Tony Blair later congratulated Charles.",
     {("Charles Kennedy", "oppose", "Tony Blair", A), ("Tony Blair", "support", "Charles", A)}),
    # arrests by a country's police, as the text names them
    ("Chen Jiulin was arrested at Changi Airport by Singapore police on 8 December.",
     {("Singapore police", "oppose", "Chen Jiulin", A)}),
    # joining someone somewhere meets him (not joining a body, nor being joined on stage by one's family)
    ("Scottish Labour leader Anas Sarwar joined Sir Keir Starmer at the Aberdeen skills centre.",
     {("Anas Sarwar", "meet", "Keir Starmer", A), ("Anas Sarwar", "visit", "Aberdeen", A)}),
    ("Poland joined the European Union in 2004.", set()),
    # a morning spent at a named school visits it
    ("Education Secretary Bridget Phillipson spent the morning at Hylton Park Academy, where she was welcomed by "
     "head teacher Marcus Boyd.",
     {("Bridget Phillipson", "visit", "Hylton Park Academy", A), ("Marcus Boyd", "greet", "Bridget Phillipson", A)}),
    # a listed union's one-word name, untagged
    ("Unite hit out at Tesco on Monday.", {("Unite the Union", "oppose", "Tesco", A)}),
    # a row, dispute or feud with someone is mutual; owners before one are no parties to it
    ("Russia is locked in a tax dispute with Yukos.",
     {("Russia", "oppose", "Yukos", A), ("Yukos", "oppose", "Russia", A)}),
    ("Singer Brian Harvey quit after he had a blazing row with Janet Street-Porter.",
     {("Brian Harvey", "oppose", "Janet Street-Porter", A), ("Janet Street-Porter", "oppose", "Brian Harvey", A)}),
    ("India's Reliance family feud heats up", set()),
    ("Arsenal won their third game in a row.", set()),
    # taking someone on opposes him (not taking on staff or a role)
    ("Neil Kinnock took on the far-left Militant Tendency in the 1980s.",
     {("Neil Kinnock", "oppose", "Militant Tendency", A)}),
    ("The firm will take on 200 workers.", set()),
    # a poster or advert attacking someone speaks for whoever put it out
    ("Labour unveiled a poster attacking Michael Howard.", {("Labour Party", "oppose", "Michael Howard", A)}),
    ("The Conservatives' latest advert attacked Tony Blair.", {("Conservative Party", "oppose", "Tony Blair", A)}),
    # "the department" is the ministry named last
    ("The Home Office has lost control of the cost. The Public Accounts Committee condemned the department for "
     "signing the contracts.", {("Public Accounts Committee", "oppose", "Home Office", A)}),
    # joining someone at an event meets him
    ("Gordon Brown joined Tony Blair at a Labour poster launch on Tuesday.", {("Gordon Brown", "meet", "Tony Blair", A)}),
    # travelling in a country visits it; visiting people at a site somewhere visits the place
    ("Penny Wong, who was travelling in Papua New Guinea this week, did not attend.",
     {("Penny Wong", "visit", "Papua New Guinea", A)}),
    ("President Ferdinand Marcos visited the two injured crew members at a hospital in Puerto Princesa.",
     {("Ferdinand Marcos", "visit", "Puerto Princesa", A)}),
    # freezing or cutting aid to someone opposes them (withdrawing one's support is a negated support, above)
    ("The United States froze military aid to Egypt.", {("United States", "oppose", "Egypt", A)}),
    ("Britain cut Ethiopia's aid.", {("United Kingdom", "oppose", "Ethiopia", A)}),
    ("The Paris Club offered to suspend Indonesia's debt payments.", set()),
    # joining someone at a centre meets him, wherever the tagger puts the town; "both leaders" are the pair the lead
    # joins, not the last two who met
    ("Mr Sarwar joined Sir Keir Starmer at the Aberdeen skills centre but did not attend the talks at Bute House.",
     {("Sarwar", "meet", "Keir Starmer", A)}),
    ("Sir Keir Starmer and Scotland's First Minister John Swinney held talks in Edinburgh on Friday. Scottish Labour "
     "leader Anas Sarwar joined Sir Keir at a skills centre in Aberdeen. Scottish Conservative leader Russell Findlay "
     "attacked both leaders.",
     {("Keir Starmer", "meet", "John Swinney", A), ("Anas Sarwar", "meet", "Keir Starmer", A),
      ("Russell Findlay", "oppose", "Keir Starmer", A), ("Russell Findlay", "oppose", "John Swinney", A)}),
    # an offer turned down in a relative clause, or had turned down, turns down its maker
    ("Deutsche Boerse previously offered £1.3bn, which was rejected by the London Stock Exchange.",
     {("London Stock Exchange", "oppose", "Deutsche Boerse", A)}),
    ("Qwest Communications, which had an earlier offer for MCI rejected, said it would submit an improved bid.",
     {("MCI", "oppose", "Qwest Communications", A)}),
    ("The bill, which was rejected by the Lords, returns to the Commons.", set()),
    # a one-word name one travels to is a place, whatever the tagger says (not what an award goes to)
    ("Ukrainian President Volodymyr Zelensky is expected to travel to Evian on Tuesday for a session on Ukraine.",
     {("Volodymyr Zelensky", "visit", "Evian", P)}),
    ("The award went to Aaltra.", set()),
    # a region before a tour is where it goes, not who goes
    ("New Zealand Foreign Minister Winston Peters starts Pacific tour in Suva",
     {("Winston Peters", "visit", "Pacific", A), ("Winston Peters", "visit", "Suva", A)}),
    # "the Sri Lankan president": the one titled president in a story set there
    ("COLOMBO, June 22 (Wire) - President Anura Kumara Dissanayake met Mohamed Muizzu on Monday. The Sri Lankan "
     "president is expected to pay a return visit to the Maldives early next year.",
     {("Anura Kumara Dissanayake", "meet", "Mohamed Muizzu", A), ("Anura Kumara Dissanayake", "visit", "Maldives", P)}),
]


@pytest.mark.parametrize(("text", "expected"), FIFTEENTH_ROUND)
def test_fifteenth_round(ex, text, expected):
    _check(ex, text, expected)


def test_a_body_named_inside_a_description_beside_a_name_is_not_the_one_named(nlp):
    # "Baroness Royall of Blaisdon, a former aide to the ex-Labour leader" (a real BBC article): not Labour
    from loaders.actors import find_actors

    text = (SHARED / "corpus" / "bbc" / "politics" / "baron-kinnock-makes-lords-debut.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    actors = find_actors(doc, "kinnock")
    royall = next(t for t in doc if t.text == "Royall")
    assert all(actors.actor(i).type == "Person" for i in actors.mention_ids(royall))
    assert "labour-party" not in actors.mention_ids(royall)


def test_a_closing_paragraph_on_sport_does_not_make_a_political_piece_a_sport_report(ex):
    politics = ("Jaishankar held talks with President Anura Kumara Dissanayake in Colombo. " + "Officials said the "
                "talks covered trade and energy. " * 6 + "Separately, the cricket board said a series with India "
                "would go ahead, with the first match at a new stadium in Kandy.")
    sport = ("Sri Lanka's cricket team beat India in the first match at the stadium. Jaishankar met Dissanayake "
             "after the game. " + "Fans celebrated the win. " * 6)
    assert ("Anura Kumara Dissanayake", "meet", "Jaishankar", A) in ex.quads(politics)
    assert not any(q[1] == "meet" for q in ex.quads(sport))


SIXTEENTH_ROUND = [
    # taking someone on in a sentence of sport, or for an award, is a contest; taking on a faction is a stance
    ("Olivier Rochus beat the third seed and will take on Joachim Johansson in the semi-final.", set()),
    ("ITV takes on the BBC for the interactive television award.", set()),
    ("As party leader, Neil Kinnock took on the Militant Tendency.", {("Neil Kinnock", "oppose", "Militant Tendency", A)}),
    # a tussle in a race is a contest; a tussle between two firms is a quarrel
    ("Susan Chepkemei was tired after her tussle with Paula Radcliffe in the New York marathon.", set()),
    ("Analysts say this latest tussle between Boeing and Airbus is about long-haul jets.",
     {("Boeing", "oppose", "Airbus", A), ("Airbus", "oppose", "Boeing", A)}),
    # a conflict between two parties is a quarrel each way; a conflict somewhere has no parties
    ("The conflict between Israel and Hamas has lasted two years.",
     {("Israel", "oppose", "Hamas", A), ("Hamas", "oppose", "Israel", A)}),
    ("The conflict in Ukraine has lasted three years.", set()),
    ("Wednesday's match will provide a confrontation between Wayne Rooney and Paolo Maldini.", set()),
    # a stance against a large city that is no capital is one against its country
    ("Turkey recalled its ambassador from Tel Aviv on Monday.", {("Turkey", "oppose", "Israel", A)}),
    ("Turkish President Recep Tayyip Erdogan visited Istanbul on Monday.",
     {("Recep Tayyip Erdogan", "visit", "Istanbul", A)}),
    # "travel on to Paris": the destination after an adverbial "on"
    ("Steve Witkoff is due to travel on to Paris on Monday.", {("Steve Witkoff", "visit", "Paris", P)}),
    # the name after "his Greek counterpart," is a person, whatever the tagger says
    ("Turkish Foreign Minister Hakan Fidan held talks with his Greek counterpart, Giorgos Gerapetritis, in Athens on "
     "Tuesday.", {("Hakan Fidan", "meet", "Giorgos Gerapetritis", A)}),
    # representatives of a body stand for it
    ("The RMT union called a strike. Transport Secretary Louise Haigh met representatives of the RMT on Monday.",
     {("Louise Haigh", "meet", "National Union of Rail, Maritime and Transport Workers", A)}),
    # a name after a country's possessive that the small model took for a work of art is a person
    ("Paraguayan President Santiago Pena greeted Uruguay's Yamandu Orsi on Wednesday evening.",
     {("Santiago Pena", "greet", "Yamandu Orsi", A)}),
    # "X, on a visit to a firm in Kent, said": the one on the visit is the clause's subject; the firm is in Kent
    ("Boris Johnson, on a visit to a haulage firm in Northamptonshire, said taxes were too high.",
     {("Boris Johnson", "visit", "Northamptonshire", A)}),
    ("Boris Johnson was on a visit to a builders' merchant in Kent on Monday.", {("Boris Johnson", "visit", "Kent", A)}),
    # addressing a meeting of a body takes part in it
    ("Boris Johnson addressed a meeting of the CBI on Wednesday.",
     {("Boris Johnson", "meet", "Confederation of British Industry", A)}),
    # joining someone at a facility in a town the story named is being there
    ("Keir Starmer travelled to Aberdeen on Friday. Mr Sarwar joined Sir Keir at the Aberdeen skills centre.",
     {("Keir Starmer", "visit", "Aberdeen", A), ("Sarwar", "meet", "Keir Starmer", A), ("Sarwar", "visit", "Aberdeen", A)}),
    # a verb's particle after an adverb of manner
    ("Tokyo stands firmly with the Philippines, the Japanese foreign ministry said.",
     {("Japan", "support", "Philippines", A)}),
    # a country's vessel stands for it; a commitment to someone backs them
    ("Australian Foreign Minister Penny Wong criticised the Chinese vessel's conduct.",
     {("Penny Wong", "oppose", "China", A)}),
    ("U.S. Secretary of State Marco Rubio reaffirmed Washington's defence commitments to the Philippines.",
     {("Marco Rubio", "support", "Philippines", A), ("United States", "support", "Philippines", A)}),
    # "the Conservative leader" is someone the story puts at the head of that party, not the chancellor named last;
    # "Speaking on a visit to ..., X said": X is on the visit
    ("Conservative leader Kemi Badenoch called the plan reckless. The proposals were set out by Chancellor Rachel "
     "Reeves on Tuesday. Speaking on a visit to a builders' merchant in Kent, the Conservative leader said the "
     "chancellor was wrong.",
     {("Kemi Badenoch", "visit", "Kent", A), ("Kemi Badenoch", "oppose", "Rachel Reeves", A)}),
    ("Speaking on a visit to a builders' merchant in Kent, Boris Johnson said the chancellor was wrong.",
     {("Boris Johnson", "visit", "Kent", A)}),
    # "the chancellor" is not a party leader, nor someone the office-holder list knows only as prime minister
    ("Tory leader Michael Howard attacked the government on Wednesday. The chancellor is currently on a tour of "
     "Africa.", {("Michael Howard", "oppose", "United Kingdom", A)}),
    ("Tony Blair spoke on Monday. The chancellor is currently on a tour of Africa.", set()),
    ("Gordon Brown spoke on Monday. The chancellor is currently on a tour of Africa.",
     {("Gordon Brown", "visit", "Africa", A)}),
    # defending one's own government's acts is no stance of note
    ("Argentine President Javier Milei criticised Mercosur. He also defended his government's talks with the United "
     "States.", {("Javier Milei", "oppose", "Mercosur", A)}),
    # "the three juntas" are the three countries the story listed (the list tagged as one name, the last one as a
    # person), not the last three countries it named
    ("Mali, Burkina Faso and Niger have imposed a levy on imports. Sierra Leone's President Julius Maada Bio lashed "
     "out at the three juntas on Sunday.",
     {("Julius Maada Bio", "oppose", "Mali", A), ("Julius Maada Bio", "oppose", "Burkina Faso", A),
      ("Julius Maada Bio", "oppose", "Niger", A)}),
    # a name with a political title beside it is a person, whatever the tagger says, and "he" can be him
    ("Ivory Coast was represented by Vice-President Tiemoko Meyliet Kone. Sierra Leone's Julius Maada Bio, the bloc's "
     "current chairman, opened the session with a speech in which he criticised Mali.",
     {("Julius Maada Bio", "oppose", "Mali", A)}),
    # the host of a meeting greets those who meet at it
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Monday. The "
     "meeting, hosted by UAE President Sheikh Mohamed bin Zayed Al Nahyan, lasted nearly three hours.",
     {("Nikol Pashinyan", "meet", "Ilham Aliyev", A), ("Mohamed bin Zayed Al Nahyan", "greet", "Nikol Pashinyan", A),
      ("Mohamed bin Zayed Al Nahyan", "greet", "Ilham Aliyev", A)}),
    ("Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali met at talks hosted by Prime Minister "
     "Ralph Gonsalves.", {("Nicolas Maduro", "meet", "Irfaan Ali", A), ("Ralph Gonsalves", "greet", "Nicolas Maduro", A),
                          ("Ralph Gonsalves", "greet", "Irfaan Ali", A)}),
    # "the government of Prime Minister X" is the country X leads
    ("Georgian Prime Minister Irakli Kobakhidze spoke on Monday. EU foreign policy chief Kaja Kallas accused the "
     "government of Prime Minister Irakli Kobakhidze of steering the country away from Europe.",
     {("Kaja Kallas", "accuse", "Georgia", A)}),
    # a capital the tagger took for a nationality is still the capital
    ("Argentine President Javier Milei arrived in Asuncion on Tuesday.", {("Javier Milei", "visit", "Asuncion", A)}),
    # a team no list knows, hosting a side in a sentence of sport, plays a fixture
    ("The national football federation postponed a friendly in which the Indomitable Lions were due to host Gabon in "
     "Yaounde on Saturday.", set()),
    # a name the text goes on with "who" is a person; "the three leaders" are the leaders of the three countries the
    # story named, each country's first-introduced leader (the president, not the prime minister at the airport)
    ("CAIRO, Jan. 25 (Wire) — The leaders of Egypt, Eritrea and Somalia agreed on Saturday to step up cooperation. "
     "Egyptian President Abdel Fattah al-Sisi hosted Eritrea's Isaias Afwerki and Somalia's Hassan Sheikh Mohamud at "
     "Ittihadiya Palace in Cairo. Isaias, who seldom travels abroad, was greeted at the airport by Egyptian Prime "
     "Minister Mostafa Madbouly. The three leaders agreed to hold their next summit in Mogadishu.",
     {("Abdel Fattah al-Sisi", "greet", "Isaias Afwerki", A), ("Abdel Fattah al-Sisi", "greet", "Hassan Sheikh Mohamud", A),
      ("Isaias Afwerki", "visit", "Ittihadiya Palace", A), ("Hassan Sheikh Mohamud", "visit", "Ittihadiya Palace", A),
      ("Mostafa Madbouly", "greet", "Isaias Afwerki", A), ("Isaias Afwerki", "visit", "Cairo", A),
      ("Abdel Fattah al-Sisi", "meet", "Isaias Afwerki", P), ("Abdel Fattah al-Sisi", "meet", "Hassan Sheikh Mohamud", P),
      ("Isaias Afwerki", "meet", "Hassan Sheikh Mohamud", P),
      ("Abdel Fattah al-Sisi", "visit", "Mogadishu", P), ("Isaias Afwerki", "visit", "Mogadishu", P)}),
]


@pytest.mark.parametrize(("text", "expected"), SIXTEENTH_ROUND)
def test_sixteenth_round(ex, text, expected):
    _check(ex, text, expected)


SEVENTEENTH_ROUND = [
    # a title the tagger took for a body ("the Taoiseach") is its holder, as "the president" is
    ("Taoiseach Micheál Martin hosted the First Minister in Dublin on Thursday. Officials said the Taoiseach would meet "
     "President Donald Trump in Washington.",
     {("Micheál Martin", "meet", "Donald Trump", P)}),
    ('Andrew Marr says Tony Blair will call the election soon. Mr Marr said on the Today programme: "There is almost '
     'nobody who does not expect it. "As soon as the Commons is back after the recess, Tony Blair whips up to the '
     'Palace, asks the Queen to dissolve Parliament ... and we are going."', set()),
    # an unnamed site beside the town it is in, in one sentence, is no visit of its own; a named one is
    ("Prime Minister Keir Starmer visited a shipyard in Govan on Thursday.", {("Keir Starmer", "visit", "Govan", A)}),
    ("Foreign Secretary Jack Straw visited a hospital on Thursday.", {("Jack Straw", "visit", "hospital", A)}),
    ("Charles Kennedy will visit the Shri Swaminarayan Mandir Temple in Neasden.",
     {("Charles Kennedy", "visit", "Shri Swaminarayan Mandir Temple", P), ("Charles Kennedy", "visit", "Neasden", P)}),
    # a headline's site, over a body that names the town, and a headline surname the tagger missed
    ("Starmer visits Clyde shipyard as Swinney accuses him of spin\n\nPrime Minister Keir Starmer visited a shipyard in "
     "Govan on Thursday. First Minister John Swinney said the trip was a stunt.",
     {("John Swinney", "accuse", "Keir Starmer", A), ("John Swinney", "oppose", "Keir Starmer", A),
      ("Keir Starmer", "visit", "Govan", A)}),
    # a region before an act noun is what the act is about, not its author
    ("Straw praises Kashmir moves\n\nForeign Secretary Jack Straw praised India and Pakistan.",
     {("Jack Straw", "support", "India", A), ("Jack Straw", "support", "Pakistan", A)}),
    # who took part in a meeting told before meets whoever held it; with no holder, each other
    ("Chancellor Rachel Reeves met union leaders at the Treasury on Monday. The talks brought together TUC general "
     "secretary Paul Nowak and CBI director-general Rain Newton-Smith.",
     {("Rachel Reeves", "meet", "Paul Nowak", A), ("Rachel Reeves", "meet", "Rain Newton-Smith", A)}),
    ("German Chancellor Friedrich Merz held talks with union leaders on Wednesday. Among those at the table were "
     "IG Metall chair Christiane Benner and Peter Leibinger.",
     {("Friedrich Merz", "meet", "Christiane Benner", A), ("Friedrich Merz", "meet", "Peter Leibinger", A)}),
    ("ANKARA, March 11 (Wire) - Talks in Ankara on Tuesday brought together Turkish Foreign Minister Hakan Fidan, "
     "Syria's Foreign Minister Asaad al-Shaibani and Jordan's Ayman Safadi.",
     {("Hakan Fidan", "meet", "Asaad al-Shaibani", A), ("Hakan Fidan", "meet", "Ayman Safadi", A),
      ("Asaad al-Shaibani", "meet", "Ayman Safadi", A)}),
    ("The merger brought together Glaxo Wellcome and SmithKline Beecham.", set()),
    # "the four ministers" after four were named; "the five unions" are not the last five bodies named
    ("Indian minister Subrahmanyam Jaishankar hosted his counterparts, Penny Wong, Toshimitsu Motegi and Marco Rubio, "
     "on Thursday. The four ministers held talks at Hyderabad House.",
     {("Subrahmanyam Jaishankar", "greet", "Penny Wong", A), ("Subrahmanyam Jaishankar", "greet", "Toshimitsu Motegi", A),
      ("Subrahmanyam Jaishankar", "greet", "Marco Rubio", A), ("Penny Wong", "meet", "Subrahmanyam Jaishankar", A),
      ("Toshimitsu Motegi", "meet", "Subrahmanyam Jaishankar", A), ("Marco Rubio", "meet", "Subrahmanyam Jaishankar", A),
      ("Toshimitsu Motegi", "meet", "Penny Wong", A), ("Marco Rubio", "meet", "Penny Wong", A),
      ("Marco Rubio", "meet", "Toshimitsu Motegi", A)}),
    ("Unison, the GMB, the BBC and the Labour Party spoke. The five unions which met Mr Prescott want changes.", set()),
    # a headline's "US envoy" is the envoy the body names
    ("Iran's Araghchi turns down meeting with US envoy\n\nIranian Foreign Minister Abbas Araghchi turned down an "
     "invitation to meet U.S. special envoy Steve Witkoff in Muscat next week.",
     {("Abbas Araghchi", "meet", "Steve Witkoff", N)}),
    # a two-word title before a name is no part of it
    ("Crown Prince Mohammed bin Salman received Pakistani Prime Minister Shehbaz Sharif in Riyadh.",
     {("Mohammed bin Salman", "greet", "Shehbaz Sharif", A),
      ("Mohammed bin Salman", "meet", "Shehbaz Sharif", A), ("Shehbaz Sharif", "visit", "Riyadh", A)}),
    # those accompanying someone are his party, not people he met; accompanying someone somewhere is not so
    ("Shehbaz Sharif, accompanied by Foreign Minister Ishaq Dar, praised Mohammed bin Salman.",
     {("Shehbaz Sharif", "support", "Mohammed bin Salman", A)}),
    # the UK's devolved governments and legislatures, by the name the story uses
    ("The Conservatives accuse the Scottish Executive of using the council tax to raise funds.",
     {("Conservative Party", "accuse", "Scottish Executive", A)}),
    ("The Welsh Government criticised the Department for Transport.",
     {("Welsh Government", "oppose", "Department for Transport", A)}),
    # calling for someone to resign criticises him, as calling on him to does
    ("Tory leader Michael Howard called for Tony Blair to resign.", {("Michael Howard", "oppose", "Tony Blair", A)}),
    ("Michael Howard called for the talks to resume.", set()),
    # an object moved after its "as" phrase ("condemned as a threat X's statements")
    ("Eritrea has condemned as a threat Ethiopian Prime Minister Abiy Ahmed's repeated statements.",
     {("Eritrea", "oppose", "Abiy Ahmed", A)}),
    # a sanction on a thing falls on its possessor
    ("The EU has imposed sanctions on Russia's central bank.", {("European Union", "sanction", "Russia", A)}),
    # a message or letter praising or attacking someone speaks for whoever sent it
    ("Vladimir Putin sent a message hailing Nicolas Maduro's convincing win.",
     {("Vladimir Putin", "support", "Nicolas Maduro", A)}),
    # "the kingdom" after its capital was named is the country
    ("Pakistani Prime Minister Shehbaz Sharif arrived in Riyadh on Monday. Sharif thanked the kingdom for its "
     "unwavering support.",
     {("Shehbaz Sharif", "visit", "Riyadh", A), ("Shehbaz Sharif", "support", "Saudi Arabia", A)}),
    ("Shehbaz Sharif arrived in Paris on Monday. Sharif thanked the kingdom for its support.",
     {("Shehbaz Sharif", "visit", "Paris", A)}),
    # a visit told with no place, in a datelined story, is to the dateline's city for someone from elsewhere
    ("CANBERRA, April 14 (Wire) - Australia and Indonesia signed a treaty on Tuesday during a state visit by "
     "Indonesian President Prabowo Subianto.",
     {("Australia", "cooperate", "Indonesia", A), ("Prabowo Subianto", "visit", "Canberra", A)}),
    ("CANBERRA, April 14 (Wire) - Anthony Albanese spoke on Tuesday during a visit by Australian Governor-General "
     "Sam Mostyn.", set()),
    # met on arrival somewhere by someone: a welcome
    ("Ms Takaichi was met at Seoul Air Base by South Korean Foreign Minister Cho Hyun.",
     {("Cho Hyun", "greet", "Takaichi", A)}),
    ("Marcos was met by Japanese Prime Minister Shigeru Ishiba.", {("Shigeru Ishiba", "meet", "Marcos", A)}),
    # staying away from, or refusing an invitation to, "the meeting" the story told is not meeting whoever held it
    ("German Chancellor Friedrich Merz held talks with Christiane Benner and Peter Leibinger on Wednesday. Markus "
     "Kamieth did not attend the meeting.",
     {("Friedrich Merz", "meet", "Christiane Benner", A), ("Friedrich Merz", "meet", "Peter Leibinger", A),
      ("Markus Kamieth", "meet", "Friedrich Merz", N)}),
    ("Chancellor Rachel Reeves met TUC leader Paul Nowak on Monday. The talks brought together Nowak and CBI "
     "director-general Rain Newton-Smith. Unite's general secretary, Sharon Graham, turned down an invitation to the "
     "meeting.",
     {("Rachel Reeves", "meet", "Paul Nowak", A), ("Rachel Reeves", "meet", "Rain Newton-Smith", A),
      ("Sharon Graham", "meet", "Rachel Reeves", N)}),
    ("Chancellor Rachel Reeves met TUC leader Paul Nowak on Monday. Sharon Graham turned down an invitation to the "
     "meeting.", {("Rachel Reeves", "meet", "Paul Nowak", A)}),
    # the named members of an unnamed object ("arriving leaders ..., among them A and B")
    ("South African President Cyril Ramaphosa greeted arriving leaders at the venue, among them Canadian Prime "
     "Minister Mark Carney and Indonesian President Prabowo Subianto.",
     {("Cyril Ramaphosa", "greet", "Mark Carney", A), ("Cyril Ramaphosa", "greet", "Prabowo Subianto", A)}),
    # a country's name joined to a person's by "and" is a person, whatever the tagger says
    ("Defence Minister Richard Marles and Indonesia's Sjafrie Sjamsoeddin discussed joint exercises.",
     {("Richard Marles", "meet", "Sjafrie Sjamsoeddin", A)}),
    # "the two countries" are the two the story names most, not a third named last in passing (welcoming the talks
    # backs their two parties)
    ("Ethiopia and Eritrea held talks in Doha on Monday. Ethiopia has accused Eritrea of arming rebels in Tigray. "
     "Sudan said it welcomed the talks. The two countries signed a framework agreement.",
     {("Ethiopia", "meet", "Eritrea", A), ("Ethiopia", "accuse", "Eritrea", A), ("Ethiopia", "cooperate", "Eritrea", A),
      ("Sudan", "support", "Ethiopia", A), ("Sudan", "support", "Eritrea", A)}),
    # talks with one party, their other party unsaid, are the story's lead's (also when the lead is reported)
    ("Britain has offered to send troops to help Indonesia, Downing Street said. Discussions have begun with "
     "Indonesia on the timing of the deployment.",
     {("United Kingdom", "meet", "Indonesia", A), ("United Kingdom", "support", "Indonesia", H)}),
    ("The WTO has approved the membership of Tonga. Talks with Russia and Saudi Arabia have been taking place for "
     "years.", {("World Trade Organization", "meet", "Russia", A), ("World Trade Organization", "meet", "Saudi Arabia", A)}),
    ("The UK is seeking the return of the artefacts. Talks will resume next week.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SEVENTEENTH_ROUND)
def test_seventeenth_round(ex, text, expected):
    _check(ex, text, expected)


EIGHTEENTH_ROUND = [
    # declining or turning down an offer opposes whoever made it; declining to comment, or an invitation, does not
    ("Indonesia accepted the Paris Club offer. Thailand declined the offer.",
     {("Indonesia", "support", "Paris Club", A), ("Thailand", "oppose", "Paris Club", A)}),
    ("Glaxo turned down the takeover offer from Pfizer.", {("Glaxo", "oppose", "Pfizer", A)}),
    ("Thailand declined to comment on the Paris Club offer.", set()),
    # a plural country name the tagger left unlabelled ("the Seychelles") is looked up like any other
    ("Indonesia, Sri Lanka and the Seychelles accepted the Paris Club offer.",
     {("Indonesia", "support", "Paris Club", A), ("Sri Lanka", "support", "Paris Club", A),
      ("Seychelles", "support", "Paris Club", A)}),
    # "was accompanied by" a minister: the traveller's own party, as "accompanied by" in a participle (no meeting; he
    # went along, twenty-first round)
    ("Mexican President Claudia Sheinbaum arrived in Ottawa on Monday. Sheinbaum was accompanied by Economy Minister "
     "Marcelo Ebrard.", {("Claudia Sheinbaum", "visit", "Ottawa", A), ("Marcelo Ebrard", "visit", "Ottawa", A)}),
    # "X's foreign ministry" tagged as a body of its own is X; rejecting an accusation answers its maker, not the
    # act the accusation named ("accused Bulgaria of blocking talks")
    ("Hristijan Mickoski accused Bulgaria of blocking talks. Bulgaria's Foreign Ministry rejected the accusation.",
     {("Hristijan Mickoski", "accuse", "Bulgaria", A), ("Bulgaria", "oppose", "Hristijan Mickoski", A)}),
    # hosted "in the western city of Lviv": the town in the settlement's "of" is where the guests are
    ("Ukrainian President Volodymyr Zelenskiy hosted Finnish Prime Minister Petteri Orpo and Swedish Prime Minister "
     "Ulf Kristersson in the western city of Lviv.",
     {("Volodymyr Zelenskiy", "greet", "Petteri Orpo", A), ("Volodymyr Zelenskiy", "greet", "Ulf Kristersson", A),
      ("Petteri Orpo", "visit", "Lviv", A), ("Ulf Kristersson", "visit", "Lviv", A)}),
]


@pytest.mark.parametrize(("text", "expected"), EIGHTEENTH_ROUND)
def test_eighteenth_round(ex, text, expected):
    _check(ex, text, expected)


NINETEENTH_ROUND = [
    # in a sports report a holder of public office still travels: a vice president's trip to the match town is a
    # visit (the teams' fixture is not)
    ("Ghana beat Senegal 2-0 in the quarter-final on Sunday. The striker scored twice before half-time. The coach "
     "praised the goalkeeper after the match. Ghanaian Vice President Jane Opoku is due to travel to Abidjan for the "
     "semi-final.", {("Jane Opoku", "visit", "Abidjan", P)}),
    # a name with an apostrophe inside ("Eto'o") is a name word, so the surname alone is the person later
    ("Cameroon's football federation president Samuel Eto'o criticised the referee. CAF rejected Eto'o's criticism.",
     {("CAF", "oppose", "Samuel Eto'o", A)}),
    # praising one's own players is no stance on anyone else (not the other person named before)
    ("Samuel Eto'o accused the referee of bias on Sunday. Nigeria coach Eric Chelle praised his players.", set()),
    # "the decision" after a lead that only charges someone is not that accuser's act
    ("Samuel Eto'o accused the referee of bias on Sunday. CAF said the decision was correct.", set()),
    # an all-capitals dateline of several words before a country, weekday and date is no subject
    ("FOZ DO IGUACU, Brazil, Saturday, Dec 20 (Wire) - Brazilian President Luiz Inacio Lula da Silva hosted South "
     "American leaders at a Mercosur summit on Saturday, urging the bloc to hold together.",
     {("Luiz Inacio Lula da Silva", "request", "Mercosur", A)}),
    # a surname told in full before is the person though the tagger reads it as a common noun
    ("Paraguay's President Santiago Pena met Uruguay's President Yamandu Orsi on Monday. Pena backed Orsi's call for "
     "the agreement to be signed in January and praised the European Commission for its courage.",
     {("Santiago Pena", "meet", "Yamandu Orsi", A), ("Santiago Pena", "support", "Yamandu Orsi", A),
      ("Santiago Pena", "support", "European Commission", A)}),
    # a passive's "by" hung on the noun of a phrase before it ("with a guard of honour by ...")
    ("Kenyan President William Ruto was greeted at State House with a guard of honour by Tanzanian President Samia "
     "Suluhu Hassan.", {("Samia Suluhu Hassan", "greet", "William Ruto", A)}),
    # "the" site toured in a "where" clause is the named site the clause hangs from
    ("Kenyan President William Ruto welcomed Ugandan President Yoweri Museveni at the Turkwel dam on the river, where "
     "the two leaders toured the power station.",
     {("William Ruto", "greet", "Yoweri Museveni", A), ("William Ruto", "visit", "Turkwel dam", A),
      ("Yoweri Museveni", "visit", "Turkwel dam", A)}),
    # ordering someone to leave expels them; one's own citizens are not opposed
    ("Russia ordered two British diplomats to leave the country.", {("Russia", "oppose", "United Kingdom", A)}),
    ("Kenya told its citizens to leave Sudan.", set()),
    # a listed body's acronym the tagger left untagged ("the AU") is the body
    ("The African Union opened its summit on Monday. Mali's foreign minister, Abdoulaye Diop, criticised the AU for "
     "suspending member states.", {("Abdoulaye Diop", "oppose", "African Union", A)}),
    # a guest from abroad welcomed by the dateline country's leader at a building is in the dateline's city; not a
    # guest from home, nor one welcomed at a meeting
    ("HARARE, Monday, July 21 (Wire) - Zimbabwean President Emmerson Mnangagwa welcomed Kenyan President William Ruto "
     "at State House on Monday.",
     {("Emmerson Mnangagwa", "greet", "William Ruto", A), ("William Ruto", "visit", "Harare", A)}),
    ("HARARE, Monday, July 21 (Wire) - Zimbabwean President Emmerson Mnangagwa welcomed opposition leader Nelson "
     "Chamisa at State House on Monday.", {("Emmerson Mnangagwa", "greet", "Nelson Chamisa", A)}),
    ("HARARE, Monday, July 21 (Wire) - Zimbabwean President Emmerson Mnangagwa welcomed Kenyan President William Ruto "
     "at the summit on Monday.", {("Emmerson Mnangagwa", "greet", "William Ruto", A)}),
    # a plan followed by "but the meeting was called off" did not take place
    ("Lithuanian Foreign Minister Kestutis Budrys had been due to meet US Vice President JD Vance on Tuesday, but the "
     "meeting was called off.", {("Kestutis Budrys", "meet", "JD Vance", N)}),
    ("Lithuanian Foreign Minister Kestutis Budrys had been due to meet US Vice President JD Vance on Tuesday, but the "
     "meeting was called off because of a scheduling conflict, a Lithuanian diplomat said.",
     {("Kestutis Budrys", "meet", "JD Vance", N)}),
    ("French President Emmanuel Macron was due to visit Algeria on Monday, but the trip was postponed.",
     {("Emmanuel Macron", "visit", "Algeria", N)}),
    ("French President Emmanuel Macron was due to visit Algeria on Monday, but the minister cancelled his own plans.",
     {("Emmanuel Macron", "visit", "Algeria", P)}),
    # a name the tagger calls a nationality once is the place it is tagged as elsewhere ("workers in Aberdeen")
    ("Prime Minister Keir Starmer spoke in Edinburgh. Workers in Aberdeen deserve better. Starmer is due to travel to "
     "Aberdeen on Tuesday.", {("Keir Starmer", "visit", "Aberdeen", P)}),
    # "the Conservative leader" is the party's leader by the office-holder list, not the person named just before
    ("Kemi Badenoch criticised the budget on Monday. Ed Davey welcomed it. Speaking on a visit to a brewery in Kent, "
     "the Conservative leader said the budget was wrong.", {("Kemi Badenoch", "visit", "Kent", A)}),
    # a participle set off by commas after the subject is the subject's doing, and keeps its own modality
    ("Kemi Badenoch spoke on Monday. But Mrs Badenoch, speaking on a visit to an engineering firm in Solihull, "
     "dismissed the idea.", {("Kemi Badenoch", "visit", "Solihull", A)}),
    # the town told in a visited site's participle
    ("Reform UK leader Nigel Farage, who visited a hotel used to house asylum seekers in Nuneaton last week, accused "
     "the government of waste.", {("Nigel Farage", "visit", "Nuneaton", A)}),
    # a name one arrives at is a place though the tagger left it untagged
    ("Kenyan President William Ruto arrived at Entebbe on Monday evening.", {("William Ruto", "visit", "Entebbe", A)}),
    # "both presidents" are the two called president, not the two ministers who met in the sentence before
    ("Brazilian President Luiz Inacio Lula da Silva hosted Ghanaian President John Mahama on Monday. Foreign Minister "
     "Samuel Ablakwa and his Brazilian counterpart, Mauro Vieira, signed a deal. Both presidents came out against the "
     "European Union's deforestation regulation.",
     {("Luiz Inacio Lula da Silva", "greet", "John Mahama", A), ("Samuel Ablakwa", "cooperate", "Mauro Vieira", A),
      ("Samuel Ablakwa", "meet", "Mauro Vieira", A), ("John Mahama", "oppose", "European Union", A),
      ("Luiz Inacio Lula da Silva", "oppose", "European Union", A)}),
    # hosting one's bloc counterparts receives its other members, not the bloc; meeting them meets in its council
    ("Paraguayan President Santiago Pena hosted his Mercosur counterparts on Wednesday.", set()),
    ("Home Secretary David Blunkett met his EU counterparts in Luxembourg on Monday.",
     {("David Blunkett", "meet", "European Union", A)}),
]


@pytest.mark.parametrize(("text", "expected"), NINETEENTH_ROUND)
def test_nineteenth_round(ex, text, expected):
    _check(ex, text, expected)


TWENTIETH_ROUND = [
    # "In Rome, X ...": the person joined to the place is the subject, not the place's country too
    ("Italian Prime Minister Giorgia Meloni flew to Tunis. In Rome, Elly Schlein, leader of the opposition Democratic "
     "Party, attacked the trip as cynical.",
     {("Giorgia Meloni", "visit", "Tunis", A), ("Elly Schlein", "oppose", "Giorgia Meloni", A)}),
    # an accusation made in a participle ("issued a statement accusing ...") is its maker's: rejecting it opposes them
    ("Australian Foreign Minister Penny Wong arrived in Vanuatu. China's embassy in Port Vila issued a statement on "
     "Tuesday accusing Canberra of pressuring small island states. Wong rejected the accusation at a news conference.",
     {("Penny Wong", "visit", "Vanuatu", A), ("China", "accuse", "Australia", A), ("Penny Wong", "oppose", "China", A)}),
    # taking one's campaign to a town is going there
    ("German Chancellor Friedrich Merz took his party's campaign to Magdeburg on Saturday.",
     {("Friedrich Merz", "visit", "Magdeburg", A)}),
    # "in a move branded a 'humiliating retreat' by the Tories", the "by" parsed on the label: the main clause's act
    ('Tessa Jowell has announced plans to limit the number of new casinos in the UK to 24, in a move branded a '
     '"humiliating retreat" by the Tories.', {("Conservative Party", "oppose", "Tessa Jowell", A)}),
    # a communique speaks for whoever issued it; a statement issued earlier is its issuer's when condemned later
    ("The Gulf Cooperation Council issued a communique backing the Emirati claim.",
     {("Gulf Cooperation Council", "support", "United Arab Emirates", A)}),
    ("A communique from the Gulf Cooperation Council backed the Emirati claim to the islands.",
     {("Gulf Cooperation Council", "support", "United Arab Emirates", A)}),
    ("Labour issued a statement on Monday. The Tories condemned the statement.",
     {("Conservative Party", "oppose", "Labour Party", A)}),
    # the surname of a name the tagger missed, tagged as a body later, is the person
    ("Irish Taoiseach Micheal Martin travelled to Paris for the match. Martin congratulated France on the win.",
     {("Micheal Martin", "visit", "Paris", A), ("Micheal Martin", "support", "France", A)}),
    # at a match, two office holders still greet each other (the teams' fixture is no meeting)
    ("France beat Ireland 27-24 in the Six Nations. The referee penalised Ireland late on. Ireland coach Andy Farrell "
     "criticised the referee after the match. Irish Taoiseach Micheal Martin watched the game as a guest of French "
     "President Emmanuel Macron, who greeted him at the stadium before kick-off.",
     {("Emmanuel Macron", "greet", "Micheal Martin", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTIETH_ROUND)
def test_twentieth_round(ex, text, expected):
    _check(ex, text, expected)


TWENTY_FIRST_ROUND = [
    # banning someone is a sanction on them
    ("The European Union banned Rosneft from its markets.", {("European Union", "sanction", "Rosneft", A)}),
    # "held meetings with (each of) the two men": the clause's own subject is not one of the two
    ("Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer Schialer arrived in Quito. "
     "Ecuadorean Foreign Minister Gabriela Sommerfeld held separate meetings with each of the two men.",
     {("Alberto van Klaveren", "visit", "Quito", A), ("Elmer Schialer", "visit", "Quito", A),
      ("Gabriela Sommerfeld", "meet", "Alberto van Klaveren", A), ("Gabriela Sommerfeld", "meet", "Elmer Schialer", A)}),
    # a verb joined after an inserted "the presidency said" goes on the reported clause
    ("Kenyan President William Ruto spoke on Friday. Ruto is due to visit Kampala in June, the presidency said, and "
     "could also travel to Kigali.",
     {("William Ruto", "visit", "Kampala", P), ("William Ruto", "visit", "Kigali", H)}),
    # a person the text calls "he" and never "she" is not a later "she"; she is the woman named before in the sentence
    ("Brazilian President Luiz Inacio Lula da Silva cancelled his trip on Monday. He sent Foreign Minister Mauro "
     "Vieira in his place, and then he sent Planning Minister Simone Tebet to Lima, where she met Peruvian President "
     "Dina Boluarte.",
     {("Simone Tebet", "meet", "Dina Boluarte", A)}),
    # "X, on a working visit to Y, was met by Z": the one met is the visitor
    ("Ghanaian President John Mahama, on a working visit to Nigeria, was met at the airport by Nigerian President "
     "Bola Tinubu.",
     {("John Mahama", "visit", "Nigeria", A), ("Bola Tinubu", "greet", "John Mahama", A)}),
    # "Brussels" in a piece that names neither an EU body nor Belgium is the European Union
    ("Zambian President Hakainde Hichilema thanked Washington and Brussels for their loans.",
     {("Hakainde Hichilema", "support", "United States", A), ("Hakainde Hichilema", "support", "European Union", A)}),
    ("Belgian Prime Minister Bart De Wever spoke on Monday. Hichilema thanked Brussels for its loans.",
     {("Hichilema", "support", "Belgium", A)}),
    # "his Zambian counterpart X": X holds the same office in Zambia, so "the Zambian leader" is X
    ("Angolan President Joao Lourenco hosted his Zambian counterpart Hakainde Hichilema on Friday. At home, the Zambian "
     "leader faced criticism from the opposition Patriotic Front.",
     {("Joao Lourenco", "greet", "Hakainde Hichilema", A), ("Patriotic Front", "oppose", "Hakainde Hichilema", A)}),
    # "that charge" after "drew criticism from Beijing" is Beijing's
    ("The rail project has drawn criticism from Beijing. Hichilema rejected that charge on Friday.",
     {("Hichilema", "oppose", "China", A)}),
    # "also attended", in a datelined piece about a gathering: a foreign leader came to the dateline's city
    ("PRETORIA, Feb. 9 (Wire) - Regional leaders met in Pretoria on Monday. Namibian President Netumbo "
     "Nandi-Ndaitwah also attended.", {("Netumbo Nandi-Ndaitwah", "visit", "Pretoria", A)}),
    ("ASUNCION, July 3 (Wire) - Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei "
     "arrived for a Mercosur summit. Uruguayan President Yamandu Orsi praised both leaders for attending.",
     {("Luiz Inacio Lula da Silva", "visit", "Asuncion", A), ("Javier Milei", "visit", "Asuncion", A),
      ("Yamandu Orsi", "support", "Luiz Inacio Lula da Silva", A), ("Yamandu Orsi", "support", "Javier Milei", A)}),
    # "travel on to Busan": the destination past an adverbial "on" is a place, whatever the tagger said
    ("Japanese Foreign Minister Toshimitsu Motegi is due to travel on to Busan on Friday.",
     {("Toshimitsu Motegi", "visit", "Busan", P)}),
    # "both companies" are the two firms, not the regulator that cleared them
    ("The European Commission approved French infrastructure group Vantier's takeover of Spanish toll-road operator "
     "Autovias Meridional. Teresa Ribera praised both companies for cooperating.",
     {("Teresa Ribera", "support", "Vantier", A), ("Teresa Ribera", "support", "Autovias Meridional", A)}),
    # not happy with someone is displeasure, said plainly (a hedged one stays a negated approval)
    ("U.S. President Donald Trump said he was not happy with Mexico.", {("Donald Trump", "oppose", "Mexico", A)}),
    ("U.S. President Donald Trump said he would not be happy with Mexico if it failed.",
     {("Donald Trump", "support", "Mexico", N)}),
    # one meets resistance, but meeting one's commitments is keeping them
    ('Mexican President Claudia Sheinbaum spoke on Thursday. She praised Omar Garcia Harfuch for the arrest and said '
     'Mexico had "more than met its commitments".', {("Claudia Sheinbaum", "support", "Omar Garcia Harfuch", A)}),
    # a visit prepared by someone in the dateline's city is a planned visit there by whoever will come
    ("MEXICO CITY, Jan. 29 (Wire) - Canadian Foreign Minister Anita Anand is due in Mexico City next month to prepare "
     "a visit by Prime Minister Mark Carney.",
     {("Anita Anand", "visit", "Mexico City", P), ("Mark Carney", "visit", "Mexico City", P)}),
    # who went along with a traveller is where the traveller's journey took them
    ("KYIV, Dec. 2 (Wire) - German Chancellor Friedrich Merz arrived in Kyiv on Tuesday. Merz travelled overnight by "
     "train from the Polish border, accompanied by Defence Minister Boris Pistorius.",
     {("Friedrich Merz", "visit", "Kyiv", A), ("Boris Pistorius", "visit", "Kyiv", A)}),
    # a headline's two clauses joined by ";" are two statements, not one reported by the other
    ("Merz leaves Kyiv after pledging Patriots; Kremlin accuses Berlin of fuelling war\n\nKYIV, Dec. 2 (Wire) - German "
     "Chancellor Friedrich Merz left on Tuesday.",
     {("Friedrich Merz", "visit", "Kyiv", A), ("Friedrich Merz", "promise", "Patriots", A),
      ("Russia", "accuse", "Germany", A)}),
    # "Ukraine's ambassador to Germany, Oleksii Makeiev": a name after a title's phrase is a person; met on the
    # platform is a greeting
    ("German Chancellor Friedrich Merz arrived in Kyiv and was met on the platform by Ukraine's ambassador to Germany, "
     "Oleksii Makeiev.",
     {("Friedrich Merz", "visit", "Kyiv", A), ("Oleksii Makeiev", "greet", "Friedrich Merz", A)}),
    # "a tour that is due to take her on to Tirana": the journey's traveller goes there
    ("SKOPJE, Nov. 3 (Wire) - EU Enlargement Commissioner Marta Kos began a tour of the Western Balkans that is due to "
     "take her on to Tirana.", {("Marta Kos", "visit", "Western Balkans", A), ("Marta Kos", "visit", "Tirana", P)}),
    # one's own capital is no visit
    ("Albanian Prime Minister Edi Rama praised Marta Kos ahead of a visit by Rama to Tirana on Tuesday.",
     {("Edi Rama", "support", "Marta Kos", A)}),
    # "IAEA chief Rafael Grossi will travel ...", the body's name parsed as the subject: the person the title names
    ("IAEA chief Rafael Grossi will travel to Tehran.", {("Rafael Grossi", "visit", "Tehran", P)}),
    # rejecting "that description" opposes whoever described
    ("Chinese foreign ministry spokeswoman Mao Ning described India's policy as hostile. Indian Foreign Minister "
     "Subrahmanyam Jaishankar rejected that description.",
     {("Mao Ning", "oppose", "India", A), ("Subrahmanyam Jaishankar", "oppose", "Mao Ning", A)}),
    # "..., a step Tehran rejected": the step is the main clause's act, so its doers are opposed
    ("France, Britain and Germany triggered the return of UN sanctions on Iran, a step Tehran rejected as illegal.",
     {("United Nations", "sanction", "Iran", A), ("Iran", "oppose", "France", A), ("Iran", "oppose", "United Kingdom", A),
      ("Iran", "oppose", "Germany", A)}),
    # welcoming "the agreement" the story told is a stance on its parties (accepting it, as one of them, is not)
    ("Turkey, Syria and Jordan signed an agreement on Monday. US envoy Tom Barrack welcomed the agreement.",
     {("Turkey", "cooperate", "Syria", A), ("Turkey", "cooperate", "Jordan", A), ("Syria", "cooperate", "Jordan", A),
      ("Tom Barrack", "support", "Turkey", A), ("Tom Barrack", "support", "Syria", A),
      ("Tom Barrack", "support", "Jordan", A)}),
    ("Turkey and Syria signed an agreement on Monday. Syria welcomed the agreement.",
     {("Turkey", "cooperate", "Syria", A)}),
    # alleging that someone did wrong accuses them
    ("Labour alleged that the Tories would cut spending on schools.",
     {("Labour Party", "accuse", "Conservative Party", A)}),
    # where a journey begins or ends, its traveller is
    ("Prime Minister Keir Starmer travelled to Scotland on Monday for a two-day visit, beginning at a wind turbine "
     "factory in Fife.", {("Keir Starmer", "visit", "Scotland", A), ("Keir Starmer", "visit", "Fife", A)}),
    # "both presidents" are the two who lead, never a pair of ministers who met last ("his Brazilian counterpart" of a
    # foreign minister is one too); the signers are not "the two leaders" they signed before
    ("Ghanaian President John Mahama was received by Luiz Inacio Lula da Silva in Brasilia on Tuesday. Foreign "
     "Minister Samuel Ablakwa and his Brazilian counterpart, Mauro Vieira, signed six agreements in the presence of "
     "the two leaders. Both presidents came out against the European Union's deforestation rules.",
     {("Luiz Inacio Lula da Silva", "greet", "John Mahama", A),
      ("Luiz Inacio Lula da Silva", "meet", "John Mahama", A), ("Samuel Ablakwa", "cooperate", "Mauro Vieira", A),
      ("Samuel Ablakwa", "meet", "Mauro Vieira", A), ("Luiz Inacio Lula da Silva", "oppose", "European Union", A),
      ("John Mahama", "oppose", "European Union", A)}),
    # regional blocs are international bodies: "the bloc" is the one named last
    ("Leaders of the Southern African Development Community met on Monday. Botswana's President Duma Boko criticised "
     "the bloc's response as timid.",
     {("Duma Boko", "oppose", "Southern African Development Community", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_FIRST_ROUND)
def test_twenty_first_round(ex, text, expected):
    _check(ex, text, expected)


TWENTY_SECOND_ROUND = [
    # "who met Starmer briefly": the name parsed as a modifier of the adverb after it is the one met
    ("British Prime Minister Keir Starmer arrived in Dublin. Sinn Fein leader Mary Lou McDonald, who met Starmer "
     "briefly at Farmleigh, criticised him.",
     {("Keir Starmer", "visit", "Dublin", A), ("Mary Lou McDonald", "meet", "Keir Starmer", A),
      ("Mary Lou McDonald", "oppose", "Keir Starmer", A)}),
    # a name tagged together with the words after it stops at a function word ("King Charles to Dublin")
    ("Irish Taoiseach Micheal Martin said he would be very happy to welcome King Charles to Dublin.",
     {("Micheal Martin", "greet", "Charles", P), ("Charles", "visit", "Dublin", P)}),
    # sanctions on a body's commanders fall on the body
    ("LONDON, Oct 14 (Wire) - Britain imposed sanctions on three senior commanders of Sudan's Rapid Support Forces.",
     {("United Kingdom", "sanction", "Rapid Support Forces", A)}),
    # who travelled with a leader went where the leader's journey went
    ("SANTIAGO, May 4 (Wire) - Brazilian President Luiz Inacio Lula da Silva arrived in Santiago on Monday. Foreign "
     "Minister Mauro Vieira, who travelled with Lula, held talks with Chilean Foreign Minister Alberto van Klaveren.",
     {("Luiz Inacio Lula da Silva", "visit", "Santiago", A), ("Mauro Vieira", "visit", "Santiago", A),
      ("Mauro Vieira", "meet", "Alberto van Klaveren", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_SECOND_ROUND)
def test_twenty_second_round(ex, text, expected):
    _check(ex, text, expected)


TWENTY_THIRD_ROUND = [
    # the name after the verb, parsed as the subject of the clause joined to it (or of the clause it hangs from)
    ("Chancellor Friedrich Merz arrived in Delhi on Monday. Merz did not meet Prime Minister Narendra Modi, who was "
     "campaigning in Bihar, and a planned tour of a metro depot was cancelled.",
     {("Friedrich Merz", "visit", "Delhi", A), ("Friedrich Merz", "meet", "Narendra Modi", N),
      ("Narendra Modi", "visit", "Bihar", A)}),  # (campaigning there is a trip: since the twenty-eighth round)
    # people named earlier, tagged together as one name ("Macron, Meloni and Merz in Lisbon"), and an infinitive
    # the tagger took for a noun ("due to host")
    ("Brazilian President Luiz Inacio Lula da Silva, Chilean President Jose Antonio Kast and Argentine President "
     "Javier Milei spoke by phone. Uruguay is due to host Lula, Kast and Milei in Montevideo in June for talks on "
     "trade, the Uruguayan foreign ministry said.",
     {("Luiz Inacio Lula da Silva", "meet", "Jose Antonio Kast", A), ("Luiz Inacio Lula da Silva", "meet",
                                                                     "Javier Milei", A),
      ("Jose Antonio Kast", "meet", "Javier Milei", A), ("Uruguay", "greet", "Luiz Inacio Lula da Silva", P),
      ("Uruguay", "greet", "Jose Antonio Kast", P), ("Uruguay", "greet", "Javier Milei", P)}),
    # "his Turkish counterpart Hakan Fidan to finish ...": the name parsed as a clause of its own
    ("Syrian Foreign Minister Asaad al-Shaibani arrived in Ankara on Monday. On the sidelines of the visit, Shaibani "
     "met his Turkish counterpart Hakan Fidan to finish work on a memorandum on border security.",
     {("Asaad al-Shaibani", "visit", "Ankara", A), ("Asaad al-Shaibani", "meet", "Hakan Fidan", A)}),
    # a team that arrives in a city goes there, as anyone would (its fixture is still no meeting)
    ("MADRID, March 9 (Wire) - Bayern Munich arrived in Madrid on Monday ahead of Tuesday's Champions League last-16 "
     "first leg against Atletico Madrid, with coach Vincent Kompany lavishing praise on his opposite number Diego "
     "Simeone.",
     {("Bayern Munich", "visit", "Madrid", A), ("Vincent Kompany", "support", "Diego Simeone", A)}),
    # a name stops at an amount ("Inter 60,000" tagged as one name)
    ("UEFA on Friday fined Inter 60,000 euros and ordered the partial closure of a stand.",
     {("UEFA", "oppose", "Inter", A)}),
    # "did not make the trip": the journey to the gathering the dateline's story is about
    ("NAIROBI, June 5 (Wire) - East African leaders gathered in Nairobi on Friday for a summit. Tanzanian President "
     "Samia Suluhu Hassan did not make the trip.",
     {("Samia Suluhu Hassan", "visit", "Nairobi", N)}),
    # a country's name before a title: "Chad's President", "Central African Republic President", and one the parse
    # put in the list as a member of its own ("... and Republic of Congo President Denis Sassou Nguesso")
    # ("Chad" tagged as a person's name: one that owns a title is the country)
    ("LIBREVILLE, Sept 12 (Wire) - Gabonese President Brice Oligui Nguema greeted Chad's President Mahamat Idriss "
     "Deby and Cameroon's President Paul Biya on the red carpet at the airport on Friday evening.",
     {("Brice Oligui Nguema", "greet", "Idriss Deby", A), ("Brice Oligui Nguema", "greet", "Paul Biya", A),
      ("Idriss Deby", "visit", "Libreville", A), ("Paul Biya", "visit", "Libreville", A)}),
    ("ADDIS ABABA, May 2 (Wire) - Ethiopian Prime Minister Abiy Ahmed welcomed Chad's President Mahamat Deby, "
     "Central African Republic President Faustin-Archange Touadera and Republic of Congo President Denis Sassou "
     "Nguesso at Bole international airport on Friday.",
     {("Abiy Ahmed", "greet", "Mahamat Deby", A), ("Abiy Ahmed", "greet", "Faustin-Archange Touadera", A),
      ("Abiy Ahmed", "greet", "Denis Sassou Nguesso", A), ("Mahamat Deby", "visit", "Addis Ababa", A),
      ("Faustin-Archange Touadera", "visit", "Addis Ababa", A), ("Denis Sassou Nguesso", "visit", "Addis Ababa", A)}),
    # "the two Benelux leaders": two of the kind the word names, not the last two who met
    ("BERLIN, Jan 3 (Wire) - German Chancellor Friedrich Merz hosted Belgian Prime Minister Bart De Wever and "
     "Luxembourg Prime Minister Luc Frieden on Wednesday. The two Benelux leaders, who arrived in Berlin on Tuesday "
     "evening, were greeted with military honours.",
     {("Friedrich Merz", "greet", "Bart De Wever", A), ("Friedrich Merz", "greet", "Luc Frieden", A),
      ("Bart De Wever", "visit", "Berlin", A), ("Luc Frieden", "visit", "Berlin", A)}),
    # "the Dane's agent" acts for one Danish man, not for Denmark
    ("Real Madrid are closing in on a deal for Everton's Thomas Gravesen after the Dane's agent travelled to Spain to "
     "hold talks about a move.", set()),
    # saying someone caved in, over-reacted or blundered is a charge against them (also when "felt")
    ("Shadow health secretary Stuart Andrew said Labour had caved in to the unions.",
     {("Stuart Andrew", "oppose", "Labour Party", A)}),
    ("Nigel Farage said the Conservatives had over-reacted.", {("Nigel Farage", "oppose", "Conservative Party", A)}),
    ("Tory leader Kemi Badenoch said she felt Labour had blundered.", {("Kemi Badenoch", "oppose", "Labour Party", A)}),
    # a rebuttal's target is not who reports it ("Lopez said Cuba ... condemned"), and "the South American
    # statement" is the one the lead told of, however far back
    ("CARACAS, May 2 (Wire) - Venezuela on Tuesday rejected a joint statement from Brazil, Colombia and "
     "Chile on the treatment of political prisoners held since the election.\n\n"
     "Oil output rose for a third month in April, the state energy company said, helped by new drilling in"
     " the east of the country and by repairs at two ageing refineries on the coast.\n\n"
     "Inflation slowed to its lowest rate in four years, according to figures released on Monday, though "
     "shop owners in the capital said prices for bread, rice and cooking oil were still rising every week.\n\n"
     "The central bank said it expected growth of about three percent this year if exports held up and the"
     " currency stayed stable, a forecast that several private economists called optimistic.\n\n"
     "Talks on the national debt with a group of foreign creditors are due to resume in June, the finance "
     "ministry said, after a pause of more than six months caused by a dispute over the terms.\n\n"
     "Cuban Foreign Ministry spokeswoman Ana Lopez said Cuba stood by Venezuela and condemned the South "
     "American statement as \"interference\".",
     {("Venezuela", "oppose", "Brazil", A), ("Venezuela", "oppose", "Colombia", A), ("Venezuela", "oppose", "Chile", A),
      ("Cuba", "support", "Venezuela", A), ("Cuba", "oppose", "Brazil", A), ("Cuba", "oppose", "Colombia", A),
      ("Cuba", "oppose", "Chile", A)}),
    # a gaffe is a judgement of the one who made it
    ('Scottish Conservative leader Russell Findlay said: "This is a staggering gaffe by John Swinney."',
     {("Russell Findlay", "oppose", "John Swinney", A)}),
    # ("quoted ... saying": the quoted one speaks)
    ('Labour MP Tom Harris was quoted in the Scotsman newspaper saying: "I feel the SNP have over-reacted badly."',
     {("Tom Harris", "oppose", "Scottish National Party", A)}),
    # two titled subjects side by side, joined by "and" with no link; "both prime ministers": the last two so titled
    ("PUTRAJAYA, Jan 22 (Wire) - Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet held "
     "talks. China's Foreign Minister Wang Yi welcomed the talks. U.S. President Donald Trump took no part, but "
     "Secretary of State Marco Rubio spoke to both prime ministers by telephone on Wednesday.",
     {("Anutin Charnvirakul", "meet", "Hun Manet", A), ("Marco Rubio", "meet", "Anutin Charnvirakul", A),
      ("Marco Rubio", "meet", "Hun Manet", A), ("Wang Yi", "support", "Anutin Charnvirakul", A),
      ("Wang Yi", "support", "Hun Manet", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_THIRD_ROUND)
def test_twenty_third_round(ex, text, expected):
    _check(ex, text, expected)


TWENTY_THIRD_ROUND_B = [
    # guests welcomed at a building in the dateline's city by a host titled with no country told are in that city
    ("LONDON, Oct 14 (Wire) - Foreign Secretary Yvette Cooper welcomed Kenya's Foreign Minister Musalia Mudavadi "
     "and Egypt's Foreign Minister Badr Abdelatty at Lancaster House on Tuesday for talks on Sudan.",
     {("Yvette Cooper", "greet", "Musalia Mudavadi", A), ("Yvette Cooper", "greet", "Badr Abdelatty", A),
      ("Yvette Cooper", "meet", "Musalia Mudavadi", A), ("Yvette Cooper", "meet", "Badr Abdelatty", A),
      ("Musalia Mudavadi", "visit", "London", A), ("Badr Abdelatty", "visit", "London", A)}),
    # a country's squad or national team stands for the country (not a manager's squad, nor "the Brazilian team")
    ("WELLINGTON, Nov 29 (Wire) - Sri Lanka's cricket squad arrived in Wellington on Sunday ahead of a two-Test "
     "series against New Zealand.", {("Sri Lanka", "visit", "Wellington", A)}),
    ("TOKYO, May 28 (Wire) - South Korea's national football team arrived in Tokyo on Thursday for Saturday's "
     "friendly against Japan.", {("South Korea", "visit", "Tokyo", A)}),
    ("Kompany's squad arrived in Madrid on Monday.", set()),
    ("The Brazilian team had arrived in Buenos Aires on Monday.", set()),  # (a club, perhaps)
    ("The Brazilian national team had arrived in Buenos Aires on Monday.", {("Brazil", "visit", "Buenos Aires", A)}),
    # "is due in Canberra and Perth": each place listed
    ("Chinese Premier Li Qiang is due in Canberra and Perth next week.",
     {("Li Qiang", "visit", "Canberra", P), ("Li Qiang", "visit", "Perth", P)}),
    # names of people told before, listed ahead of a title, are no minister's portfolio words
    ("French President Emmanuel Macron met Spanish Prime Minister Pedro Sanchez in Paris on Tuesday. European Council "
     "President Antonio Costa could host Macron, Sanchez and Italian Prime Minister Giorgia Meloni at a breakfast "
     "meeting.",
     {("Emmanuel Macron", "meet", "Pedro Sanchez", A), ("Pedro Sanchez", "visit", "Paris", A),
      ("Antonio Costa", "greet", "Emmanuel Macron", H), ("Antonio Costa", "greet", "Pedro Sanchez", H),
      ("Antonio Costa", "greet", "Giorgia Meloni", H)}),
    # "it" in a clause hung on one about a thing is that thing, not the body named before
    ("Analysts at EOS Risk Group tracked the tanker. The Iranian vessel was sitting at the same depth in the water as "
     "when it arrived in eastern China late last year.", set()),
    ("Shell said the tanker was loaded when it arrived in Rotterdam.", set()),
    # a named house one goes on to is a building one visits (a body known by such a name stays a body)
    ("Keir Starmer visited Glasgow on Monday. He then went on to Bute House, where John Swinney greeted him.",
     {("Keir Starmer", "visit", "Glasgow", A), ("Keir Starmer", "visit", "Bute House", A),
      ("John Swinney", "greet", "Keir Starmer", A)}),
    ("Chatham House criticised the plan, which Labour backed.", {("Chatham House", "oppose", "Labour Party", A)}),
    # a title of several words inside a name the NER took for a body ("Defence Minister Denys Shmyhal")
    ("On Wednesday afternoon Ukraine's Defence Minister Denys Shmyhal, who travelled to Brussels for the talks, "
     "joined a separate meeting.", {("Denys Shmyhal", "visit", "Brussels", A)}),
    # "on Thursday, Kos is expected to meet ...": a time after "on" is no one called on to act
    ("Marta Kos toured Skopje on Monday. In Belgrade on Thursday, Kos is expected to meet President Aleksandar "
     "Vucic, whom EU lawmakers criticised last month.",
     {("Marta Kos", "visit", "Skopje", A), ("Marta Kos", "visit", "Belgrade", P),
      ("Marta Kos", "meet", "Aleksandar Vucic", P)}),
    # visiting a country's troops or officials is no visit to that country: the place they are in is visited
    ("Hegseth is due to travel to Warsaw on Thursday to meet Polish Defence Minister Wladyslaw Kosiniak-Kamysz and "
     "visit U.S. troops stationed in Poland.",
     {("Hegseth", "visit", "Warsaw", P), ("Hegseth", "meet", "Wladyslaw Kosiniak-Kamysz", P),
      ("Hegseth", "visit", "Poland", P)}),
    ("Prime Minister Keir Starmer visited British troops in Estonia on Friday.", {("Keir Starmer", "visit", "Estonia", A)}),
    # a hyphenated dateline city, and the country after it when no list knows the city
    ("PORT-AU-PRINCE, March 3 (Wire) - Kenyan President William Ruto arrived on Monday for talks.",
     {("William Ruto", "visit", "Port-au-Prince", A)}),
    ("EVIAN-LES-BAINS, France, June 15 (Wire) - Leaders of the Group of Seven gathered on the shores of Lake Geneva on "
     "Monday.\n\nCanadian Prime Minister Mark Carney and Italian Prime Minister Giorgia Meloni arrived later by "
     "helicopter from Geneva airport.",
     {("Mark Carney", "visit", "Evian-les-Bains", A), ("Giorgia Meloni", "visit", "Evian-les-Bains", A)}),
    # a storm's name is no actor, wherever it stands
    ("Jude is the third cyclone to hit Mozambique this year, after Cyclone Chido in December. Malawi avoided "
     "Dikeledi but was struck by Chido in December.", set()),
    ("Hurricane Melissa struck Jamaica on Tuesday.", set()),
    # arriving at a body's headquarters in a datelined story is arriving in the dateline's city (for a visitor)
    ("BRUSSELS, Feb 12 (Wire) - U.S. Defense Secretary Pete Hegseth arrived at NATO headquarters on Thursday for a "
     "meeting of alliance defence ministers.", {("Pete Hegseth", "visit", "Brussels", A)}),
    ("BRUSSELS, Feb 12 (Wire) - Belgian Defence Minister Theo Francken arrived at NATO headquarters on Thursday.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_THIRD_ROUND_B)
def test_twenty_third_round_b(ex, text, expected):
    _check(ex, text, expected)


def test_a_counterpart_named_after_a_comma_is_that_person_however_the_name_is_attached(ex):
    # "for talks with his Greek counterpart, Giorgos Gerapetritis, under ..." (our own dev article), where the parser
    # hangs the name on the main verb: the counterpart is the man named, not the Greek leader named before
    text = (Path(__file__).parents[1] / "data" / "synthetic" / "dev24" / "04.txt").read_text(encoding="utf-8")
    quads = ex.quads(text)
    assert any(q[1] == "meet" and {q[0], q[2]} == {"Hakan Fidan", "Giorgos Gerapetritis"} for q in quads)
    assert not any(q[1] == "meet" and {q[0], q[2]} == {"Hakan Fidan", "Kyriakos Mitsotakis"} for q in quads)


TWENTY_THIRD_ROUND_C = [
    # "the directors", "the board" with no owner said: the firm the story names most (not the clause's subject)
    ("Kestrel Energy offered 2 billion dollars for Harbour Minerals Ltd on Monday. Harbour Minerals rejected the bid, "
     "saying the offer was too low. Garuda Capital, which owns 8 percent of Harbour Minerals, criticised the "
     "directors for turning down the offer.",
     {("Garuda Capital", "oppose", "Harbour Minerals Ltd", A), ("Harbour Minerals Ltd", "oppose", "Kestrel Energy", A)}),
    ("Kestrel Energy offered 2 billion dollars for Harbour Minerals Ltd on Monday. Harbour Minerals rejected the bid. "
     "Norges Bank backed the board's decision.", {("Norges Bank", "support", "Harbour Minerals Ltd", A)}),
    # (the firm the sentence itself names comes first: the bidder named more often is not whose board it is)
    ("The buyout firm Calder Ridge Capital raised its offer for Thornbury Foods plc on Monday. Calder Ridge Capital "
     "said the bid was final, and Calder Ridge Capital urged shareholders to accept. Larchmont Asset Management, "
     "which owns 8% of Thornbury Foods plc, backed the board's decision to reject it.",
     {("Larchmont Asset Management", "support", "Thornbury Foods plc", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_THIRD_ROUND_C)
def test_twenty_third_round_c(ex, text, expected):
    _check(ex, text, expected)


TWENTY_FOURTH_ROUND = [
    # a town the tagger took for a nationality (and a noun), flown to, is a place
    ("Greenland's premier Jens-Frederik Nielsen arrived in Ottawa on Monday. Nielsen is due to fly to Iqaluit on "
     "Friday.",
     {("Jens-Frederik Nielsen", "visit", "Ottawa", A), ("Jens-Frederik Nielsen", "visit", "Iqaluit", P)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_FOURTH_ROUND)
def test_twenty_fourth_round(ex, text, expected):
    _check(ex, text, expected)


TWENTY_FIFTH_ROUND = [
    # the subject of the opening phrase's verb parsed as an apposition inside it, set off by a comma before the verb
    ("In a statement carried by the state news agency KCNA, Kim Yo Jong, the powerful sister of the North "
     "Korean leader, denounced Lee Jae-myung.",
     {("Kim Yo Jong", "oppose", "Lee Jae-myung", A)}),
    # a second object name parsed as joined to the verb
    ("Kim Yo Jong denounced Lee Jae-myung and Sanae Takaichi as vassals.",
     {("Kim Yo Jong", "oppose", "Lee Jae-myung", A), ("Kim Yo Jong", "oppose", "Sanae Takaichi", A)}),
    # a joint statement's owners are who spoke "in" it (never the rebutter's own country, which dismissed the summit)
    ("In a joint statement, King Abdullah II, Joseph Aoun and Ahmed al-Sharaa condemned Israeli air strikes. "
     "Israel dismissed the summit. Foreign Minister Gideon Saar rejected the joint statement as one-sided.",
     {("Abdullah II", "oppose", "Israel", A), ("Ahmed al-Sharaa", "oppose", "Israel", A),
      ("Gideon Saar", "oppose", "Abdullah II", A), ("Gideon Saar", "oppose", "Ahmed al-Sharaa", A),
      ("Gideon Saar", "oppose", "Joseph Aoun", A), ("Joseph Aoun", "oppose", "Israel", A)}),
    # a counted people ("more than a million Syrians") hosted are refugees, not guests
    ("Jordan struggles with the cost of hosting more than a million Syrians.",
     set()),
    # (likewise a number before the demonym)
    ("Turkey hosts 3 million Syrians.",
     set()),
    # "and the two held talks", "held" taken for an adjective: the pair just greeted
    ("Kaja Kallas was received by Mohammad Mustafa in Ramallah, and the two held talks on reform.",
     {("Mohammad Mustafa", "greet", "Kaja Kallas", A), ("Mohammad Mustafa", "meet", "Kaja Kallas", A)}),
    # a verb joined to an inserted "an official said" goes on the reported clause's subject
    ("Marco Rubio is due to visit Panama next week, a State Department official said, and is expected to meet "
     "Jose Raul Mulino.",
     {("Marco Rubio", "meet", "Jose Raul Mulino", P), ("Marco Rubio", "visit", "Panama", P)}),
    # a name the tagger took for a person, after "the city of", is a place
    ("Bernardo Arevalo is due to fly on to the southern city of Tapachula on Wednesday.",
     {("Bernardo Arevalo", "visit", "Tapachula", P)}),
    # (and "the town of")
    ("Anthony Albanese will travel to the northern town of Katherine on Monday.",
     {("Anthony Albanese", "visit", "Katherine", P)}),
    # "the measures" after sanctions announced: the announcer's
    ("The United States announced new sanctions against Cuban firms. Claudia Sheinbaum criticised the "
     "measures.",
     {("Claudia Sheinbaum", "oppose", "United States", A), ("United States", "sanction", "Cuba", P)}),
    # "followed by a working dinner with X": the talks' holders dine with X
    ("Marcelo Ebrard held talks with Howard Lutnick on Monday, followed by a working dinner with Jamieson "
     "Greer.",
     {("Marcelo Ebrard", "meet", "Howard Lutnick", A), ("Marcelo Ebrard", "meet", "Jamieson Greer", A)}),
    # a name after a body's kind word ("the industry chamber Canacero"), tagged as a product, is a body
    ("The steel industry chamber Canacero, which has criticised Washington's tariffs, welcomed the pause.",
     {("Canacero", "oppose", "United States", A)}),
    # "criticised what he described as X's attempts": the attempts' owner
    ("Rodrigo Chaves criticised what he described as Mexico's attempts to lock in preferential treatment.",
     {("Rodrigo Chaves", "oppose", "Mexico", A)}),
    # "the two prime ministers": people with a title of that office (a taoiseach), not two first ministers named since
    ("Prime Minister Keir Starmer was greeted in Dublin by Taoiseach Micheal Martin. First Minister Michelle "
     "O'Neill and Deputy First Minister Emma Little-Pengelly were also invited. Little-Pengelly declined an "
     "invitation to meet the two prime ministers.",
     {("Emma Little-Pengelly", "meet", "Keir Starmer", N), ("Emma Little-Pengelly", "meet", "Micheal Martin", N),
      ("Keir Starmer", "visit", "Dublin", A), ("Micheal Martin", "greet", "Keir Starmer", A)}),
    # "both governments" with no pair joined by "and": the only two countries named so far
    ("British Prime Minister Keir Starmer travelled to Dublin for talks with the Irish government. First "
     "Minister Michelle O'Neill praised both governments for listening to families.",
     {("Keir Starmer", "meet", "Ireland", A), ("Keir Starmer", "visit", "Dublin", A),
      ("Michelle O'Neill", "support", "Ireland", A), ("Michelle O'Neill", "support", "United Kingdom", A)}),
    # "the Taoiseach" with no country: the one given that very title, not a prime minister of another country
    ("Prime Minister Keir Starmer was greeted in Dublin by Taoiseach Micheal Martin. Starmer said he hoped to "
     "host the Taoiseach at Chequers in the autumn.",
     {("Keir Starmer", "greet", "Micheal Martin", H), ("Keir Starmer", "visit", "Dublin", A),
      ("Micheal Martin", "greet", "Keir Starmer", A)}),
    # a surname the tagger took for an adverb in -ly before a verb with no subject is the subject
    ("Irish President Catherine Connolly will visit Britain in June. Palace officials said Connolly would not "
     "travel to Northern Ireland during the trip.",
     {("Catherine Connolly", "visit", "Northern Ireland", N), ("Catherine Connolly", "visit", "United Kingdom", P)}),
    # "is due to be greeted by the King": the subject of "is" is the one greeted
    ("Irish President Catherine Connolly will visit Britain in June at the invitation of King Charles. "
     "Connolly is due to be greeted at Windsor Castle by the King on June 16.",
     {("Catherine Connolly", "visit", "United Kingdom", P), ("Catherine Connolly", "visit", "Windsor Castle", P),
      ("Charles", "greet", "Catherine Connolly", P), ("Charles", "request", "Catherine Connolly", P)}),
    # (the surname-adverb's following description, taken for the subject, is its apposition)
    ("Irish President Catherine Connolly will visit Britain in June. Connolly, a former member of parliament "
     "who won the presidency last year, has in the past criticised NATO.",
     {("Catherine Connolly", "oppose", "NATO", A), ("Catherine Connolly", "visit", "United Kingdom", P)}),
    # "the deal" criticised is no accord the parties only "hope to sign"
    ("Alexandre Silveira held talks with Natangue Ithete on a cooperation accord that both governments hope to "
     "sign. Greenpeace Africa criticised the deal.",
     {("Alexandre Silveira", "meet", "Natangue Ithete", A)}),
    # (but one signed is: a stance against each party)
    ("Brazil and Namibia signed a cooperation accord on Tuesday. Greenpeace Africa criticised the deal.",
     {("Brazil", "cooperate", "Namibia", A), ("Greenpeace Africa", "oppose", "Brazil", A),
      ("Greenpeace Africa", "oppose", "Namibia", A)}),
    # "the package" told of six paragraphs back: a plan's owner is sought further back than a claim's
    ("Kaja Kallas arrived in Ramallah on Monday. She met Mohammad Mustafa at his office. Kallas announced a "
     "package of about 1.6 billion euros for the Palestinian Authority. The money is to be paid in three "
     "yearly tranches, each tied to measurable reforms. Officials said the first tranche could arrive before "
     "the summer if the conditions were met in time. The reforms cover the payment of public salaries, the "
     "audit of ministries and the running of courts. Donors have long complained that earlier funds were spent "
     "without clear accounting or public reporting. Several smaller projects, including water pipes and school "
     "buildings, will also be paid for from the fund. The announcement came at the end of a two-day trip that "
     "had been planned for several months. Aid groups working in the region said the money would help, but "
     "that far more was needed. Unemployment remains high, and many families depend on remittances from "
     "relatives working abroad. Electricity cuts of up to twelve hours a day have been common through the "
     "winter months. Hamas also rejected the package, saying the conditions amounted to interference.",
     {("Hamas", "oppose", "Kaja Kallas", A), ("Kaja Kallas", "meet", "Mohammad Mustafa", A),
      ("Kaja Kallas", "visit", "Ramallah", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_FIFTH_ROUND)
def test_twenty_fifth_round(ex, text, expected):
    _check(ex, text, expected)


TWENTY_FIFTH_ROUND_B = [
    # a report, statement, resolution or lawsuit that criticises or accuses stands for its author
    ("A report by Amnesty International criticised the Angolan government.",
     {("Amnesty International", "oppose", "Angola", A)}),
    # (its owner)
    ("Human Rights Watch's latest report accuses Ethiopia of abuses.",
     {("Human Rights Watch", "accuse", "Ethiopia", A)}),
    # (who filed it)
    ("A lawsuit filed by Oracle accuses SAP of stealing trade secrets.",
     {("Oracle", "accuse", "SAP", A)}),
    # (the owner of a legal action)
    ("Donna Clarkson's legal action, filed in Los Angeles, accuses Phil Spector of negligence.",
     {("Donna Clarkson", "accuse", "Phil Spector", A)}),
    # (a statement's owner)
    ("The European Union's statement condemned Russia.",
     {("European Union", "oppose", "Russia", A)}),
    # (a resolution's body)
    ("A UN resolution condemned Israel.",
     {("United Nations", "oppose", "Israel", A)}),
    # in a datelined story, who travelled from elsewhere, to no place said, arrived in the dateline's city
    ("DUBLIN, March 6 (Wire) - British Prime Minister Keir Starmer travelled to Dublin on Friday for the "
     "annual summit.\n\nFirst Minister Michelle O'Neill, who travelled from Belfast to attend part of the "
     "summit, praised the talks.",
     {("Keir Starmer", "visit", "Dublin", A), ("Michelle O'Neill", "visit", "Dublin", A)}),
    # (not who flew from the dateline's city itself)
    ("DUBLIN, March 6 (Wire) - Keir Starmer met Micheal Martin on Friday. Martin later flew from Dublin to "
     "Brussels.",
     {("Keir Starmer", "meet", "Micheal Martin", A), ("Micheal Martin", "visit", "Brussels", A)}),
    # "saying he looked forward to receiving her": "her" is not "he", the one who receives; looking forward is planned
    ("Irish President Catherine Connolly will visit Britain in June. Keir Starmer welcomed the president's "
     "acceptance, describing her as a principled voice and saying he looked forward to receiving her in "
     "London.",
     {("Catherine Connolly", "visit", "London", P), ("Catherine Connolly", "visit", "United Kingdom", P),
      ("Keir Starmer", "greet", "Catherine Connolly", P),
      ("Keir Starmer", "meet", "Catherine Connolly", P), ("Keir Starmer", "support", "Catherine Connolly", A)}),
    # (likewise a visit looked forward to)
    ("Emmanuel Macron said he looked forward to visiting Brazil.",
     {("Emmanuel Macron", "visit", "Brazil", P)}),
    # (but "thanked X for congratulating him": X congratulates, so "him" may well be the one who thanks)
    ("Nicolas Maduro thanked Russia and China for congratulating him so quickly.",
     {("Nicolas Maduro", "support", "Russia", A), ("Nicolas Maduro", "support", "China", A),
      ("Russia", "support", "Nicolas Maduro", A), ("China", "support", "Nicolas Maduro", A)}),
    # who attends a gathering held in another country's place goes there
    ("Eritrean President Isaias Afwerki did not attend an IGAD summit on Sudan in Djibouti last month.",
     {("Isaias Afwerki", "meet", "Intergovernmental Authority on Development", N),
      ("Isaias Afwerki", "visit", "Djibouti", N)}),
    # (a relative clause's antecedent)
    ("US President Donald Trump, who attended the signing ceremony in Kuala Lumpur, praised the accord.",
     {("Donald Trump", "visit", "Kuala Lumpur", A)}),
    # (not a gathering at home)
    ("French President Emmanuel Macron attended a rally in Paris.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_FIFTH_ROUND_B)
def test_twenty_fifth_round_b(ex, text, expected):
    _check(ex, text, expected)


TWENTY_FIFTH_ROUND_C = [
    # an act (a sale, bombing, blockade, test, deployment, closure ...) with a demonym adjective is that country's
    ("Catherine Connolly criticised British arms sales to Israel.",
     {("Catherine Connolly", "oppose", "United Kingdom", A)}),
    # (a bombing)
    ("Antonio Guterres condemned the Russian bombing of Kyiv.",
     {("Antonio Guterres", "oppose", "Russia", A), ("Russia", "oppose", "Ukraine", A)}),
    # (a blockade)
    ("Egypt condemned the Israeli blockade of Gaza.",
     {("Egypt", "oppose", "Israel", A)}),
    # (a missile test)
    ("Japan condemned the North Korean missile test.",
     {("Japan", "oppose", "North Korea", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_FIFTH_ROUND_C)
def test_twenty_fifth_round_c(ex, text, expected):
    _check(ex, text, expected)


TWENTY_SIXTH_ROUND = [
    # who accompanied a leader goes where the leader went, and meets no one by it when both serve one country
    ("Spanish Prime Minister Pedro Sanchez arrived in Paris on Monday. Spanish Agriculture Minister Luis "
     "Planas, who accompanied Sanchez, condemned the blockades.",
     {("Luis Planas", "visit", "Paris", A), ("Pedro Sanchez", "visit", "Paris", A)}),
    # (a host known to serve another country than the guest he accompanies meets him)
    ("Chinese President Xi Jinping arrived in Moscow. Russian President Vladimir Putin accompanied Xi on a "
     "tour of the Kremlin.",
     {("Vladimir Putin", "meet", "Xi Jinping", A), ("Xi Jinping", "visit", "Moscow", A)}),
    # "Seguro's office said he would travel": the one whose office speaks, not the last subject named
    ("Portuguese President Antonio Jose Seguro met King Felipe. Prime Minister Luis Montenegro, who stayed in "
     "Lisbon, said the government fully supports the president's agenda. Seguro's office said he would travel "
     "to Brazil in June for talks with President Luiz Inacio Lula da Silva.",
     {("Antonio Jose Seguro", "meet", "Felipe", A),
      ("Antonio Jose Seguro", "meet", "Luiz Inacio Lula da Silva", P),
      ("Antonio Jose Seguro", "visit", "Brazil", P)}),
    # a capital the tagger took for a product is a place
    ("Brazil's squad arrived in Montevideo on Monday for a match against Uruguay.",
     {("Brazil", "visit", "Montevideo", A)}),
    # a person's name the NER stopped before a joined given name ("Lai" of "Lai Ching-te") takes it in
    ("Paraguayan President Santiago Pena arrived in Taipei on Tuesday for a four-day state visit, the first by "
     "the leader of one of Taiwan's remaining allies this year, and was welcomed by President Lai Ching-te "
     "with a 21-gun salute.",
     {("Lai Ching-te", "greet", "Santiago Pena", A), ("Santiago Pena", "visit", "Taipei", A)}),
    # "King Felipe VI" tagged as a body is a person titled king (a regnal number ends the name): "the king and his guest"
    ("King Felipe VI welcomed Emmanuel Macron at the Royal Palace in Madrid. The king and his guest held a "
     "private meeting.",
     {("Emmanuel Macron", "visit", "Royal Palace", A), ("Felipe VI", "greet", "Emmanuel Macron", A),
      ("Felipe VI", "meet", "Emmanuel Macron", A)}),
    # (a host who accompanies his guest on to another city meets him, and does not visit his own capital)
    ("Xi Jinping hosted Emmanuel Macron in Beijing and then accompanied him to Chengdu.",
     {("Xi Jinping", "greet", "Emmanuel Macron", A), ("Emmanuel Macron", "visit", "Beijing", A),
      ("Xi Jinping", "meet", "Emmanuel Macron", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_SIXTH_ROUND)
def test_twenty_sixth_round(ex, text, expected):
    _check(ex, text, expected)


TWENTY_SEVENTH_ROUND = [
    # a bloc adopting or approving sanctions imposes them, also through "a package of"
    ("European Union foreign ministers approved a new package of sanctions against Russia on Monday.",
     {("European Union", "sanction", "Russia", A)}),
    ("Kallas said the EU was due to adopt a new package of sanctions against Russia before the end of the month.",
     {("European Union", "sanction", "Russia", P)}),
    # (a measure adopted against no one named is no interaction)
    ("Parliament passed a ban on smoking in public places.", set()),
    # what was said "from" someone, hung on the verb by the parser, is theirs
    ("Iranian Foreign Minister Abbas Araghchi criticised contradictory messages from U.S. officials.",
     {("Abbas Araghchi", "oppose", "United States", A)}),
    # commanders and generals act for the country named before them
    ("US Senator Roger Wicker criticised Chinese commanders.", {("Roger Wicker", "oppose", "China", A)}),
    # officials and spokesmen "in" a capital speak for its country
    ("A foreign ministry spokesman in Beijing rejected Manila's accusation as groundless.",
     {("China", "oppose", "Philippines", A)}),
    # (not foreign ones)
    ("Foreign officials in Beijing criticised Japan's decision.", set()),
    # a quality "shown by" someone is theirs
    ("Malaysian Prime Minister Anwar Ibrahim praised the restraint shown by Thailand and Cambodia.",
     {("Anwar Ibrahim", "support", "Thailand", A), ("Anwar Ibrahim", "support", "Cambodia", A)}),
    # a capital the tagger joined to the date after it ("Montevideo next month" as one date) is a place
    ("EU trade chief Maros Sefcovic is still due to visit Montevideo next month.",
     {("Maros Sefcovic", "visit", "Montevideo", P)}),
    # a stance on "the launch", "the strike" is on the doer of the hostile act the text just told
    ("The talks took place hours after North Korea fired a ballistic missile into the sea. Japanese Prime "
     "Minister Sanae Takaichi condemned the launch.",
     {("Sanae Takaichi", "oppose", "North Korea", A)}),
    ("Israel struck targets in Doha on Tuesday. Turkey condemned the strike.", {("Turkey", "oppose", "Israel", A)}),
    # (not an attack no one was told to have made)
    ("Police arrested two men on Monday. The mayor condemned the attack.", set()),
    # the main verb misparsed as joined to a "whose" clause is the antecedent's
    ("Dutch politician Geert Wilders, whose Freedom Party is the largest in the four-party government, accused "
     "Germany of waving asylum seekers through to the Dutch border.",
     {("Geert Wilders", "accuse", "Germany", A)}),
    # an ultimatum, an overture or an attempt "of" someone is theirs
    ("Ukraine rejected the ultimatum of the Kremlin.", {("Ukraine", "oppose", "Russia", A)}),
    ("Beijing dismissed the overture of Taipei.", {("China", "oppose", "Taiwan", A)}),
    # "condemned what it called X": the thing so called, its doer named by "by" on the verb of calling or on the
    # "of" phrase
    ("Beijing condemned what it called provocations by the Philippines.", {("China", "oppose", "Philippines", A)}),
    ("NATO Secretary General Mark Rutte condemned what he called reckless violations of allied airspace by Russian "
     "drones.", {("Mark Rutte", "oppose", "Russia", A)}),
    ("The Gulf Cooperation Council condemned what it called Iranian interference in Arab states.",
     {("Gulf Cooperation Council", "oppose", "Iran", A)}),
    # a visit in the present tense "when" something still to come happens is planned (not a habit told as such)
    ("Omani Foreign Minister Badr Albusaidi said he hoped it could be signed when Narendra Modi visits Oman.",
     {("Narendra Modi", "visit", "Oman", P)}),
    ("When Chinese President Xi Jinping visits Paris, he usually meets Emmanuel Macron.",
     {("Xi Jinping", "visit", "Paris", A), ("Emmanuel Macron", "meet", "Xi Jinping", A)}),
    # "talks with X and with Y": the second "with", parsed as joined to the verb, names a partner too
    ("French Foreign Minister Jean-Noel Barrot later held talks with Prime Minister Nawaf Salam and with "
     "Parliament Speaker Nabih Berri.",
     {("Jean-Noel Barrot", "meet", "Nawaf Salam", A), ("Jean-Noel Barrot", "meet", "Nabih Berri", A)}),
    # a swipe or a dig "at" someone is criticism of them (not digging at a site)
    ("London mayor Boris Johnson took a swipe at Ken Livingstone.", {("Boris Johnson", "oppose", "Ken Livingstone", A)}),
    ("Gordon Brown made a thinly veiled dig at Tony Blair.", {("Gordon Brown", "oppose", "Tony Blair", A)}),
    ("Workers began to dig at the site.", set()),
    # "he" in a "where" clause on a place someone went to is the one who went
    ("Sudan's army chief Abdel Fattah al-Burhan arrived in Cairo. He last came in January, when Sisi hosted him in "
     "El Alamein, and Egyptian Foreign Minister Badr Abdelatty travelled to Port Sudan in August, where he met "
     "Sudanese Prime Minister Kamil Idris.",
     {("Abdel Fattah al-Burhan", "visit", "Cairo", A), ("Sisi", "greet", "Abdel Fattah al-Burhan", A),
      ("Badr Abdelatty", "visit", "Port Sudan", A), ("Badr Abdelatty", "meet", "Kamil Idris", A)}),
    # "the Belarusian leader" is the one the story brought in first, not a prime minister named since
    ("Belarusian President Alexander Lukashenko arrived in Moscow on Monday. Russian Prime Minister Mikhail "
     "Mishustin and his Belarusian counterpart Alexander Turchin are expected to attend. The trip is the "
     "Belarusian leader's third to Russia since December. In January he flew to St Petersburg.",
     {("Alexander Lukashenko", "visit", "Moscow", A), ("Alexander Lukashenko", "visit", "St Petersburg", A)}),
    # a leader received by another has an audience with him: a greeting and a meeting
    ("Australian Prime Minister Anthony Albanese received Indian Defence Minister Rajnath Singh at The Lodge.",
     {("Anthony Albanese", "greet", "Rajnath Singh", A), ("Anthony Albanese", "meet", "Rajnath Singh", A)}),
    ("Omani Foreign Minister Badr Albusaidi was received by Sultan Haitham bin Tariq on Monday.",
     {("Haitham bin Tariq", "greet", "Badr Albusaidi", A), ("Badr Albusaidi", "meet", "Haitham bin Tariq", A)}),
    # (not one received at the airport, nor arriving delegations received in a line)
    ("Paraguayan President Santiago Pena received Chilean President Gabriel Boric at the airport.",
     {("Santiago Pena", "greet", "Gabriel Boric", A)}),
    ("Kuwait's Emir Sheikh Meshal al-Sabah received the arriving heads of delegation at Bayan Palace, among them "
     "Qatar's Emir Sheikh Tamim bin Hamad Al Thani.",
     {("Meshal al-Sabah", "greet", "Tamim bin Hamad Al Thani", A),
      ("Tamim bin Hamad Al Thani", "visit", "Bayan Palace", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_SEVENTH_ROUND)
def test_twenty_seventh_round(ex, text, expected):
    _check(ex, text, expected)


TWENTY_EIGHTH_ROUND = [
    # a capital of two words tagged as a person is a place: the one received there is no guest named "Buenos Aires"
    ("Chile's Kast makes Buenos Aires his first stop\n\nChilean President Jose Antonio Kast met Argentine President "
     "Javier Milei on Wednesday. The visit was the second by Kast to Buenos Aires in four months. He flew there in "
     "December and was received by Milei at the presidential residence in Olivos.",
     {("Javier Milei", "greet", "Jose Antonio Kast", A), ("Javier Milei", "meet", "Jose Antonio Kast", A),
      ("Jose Antonio Kast", "visit", "Olivos", A)}),
    # the one received "on a first foreign trip" makes the trip, not the host
    ("BUENOS AIRES, April 8, 2026 (Southern Cone Press) - Chilean President Jose Antonio Kast was received by "
     "Argentine President Javier Milei at the Casa Rosada on Wednesday, on a first foreign trip as head of state that "
     "underlined the close alignment between the two governments.",
     {("Javier Milei", "greet", "Jose Antonio Kast", A), ("Javier Milei", "meet", "Jose Antonio Kast", A),
      ("Jose Antonio Kast", "visit", "Argentina", A)}),
    # leaving a place in a state ("waiting", "isolated") is no departure from it
    ("Chile's Kast makes Buenos Aires his first stop, leaving Brasilia waiting\n\nChilean President Jose Antonio "
     "Kast met business leaders in Santiago.", set()),
    # (a departure still is)
    ("French President Emmanuel Macron left Beijing for Shanghai on Tuesday.",
     {("Emmanuel Macron", "visit", "Beijing", A), ("Emmanuel Macron", "visit", "Shanghai", A)}),
    # a country the small model tags as a work is a country
    ("The Economic Community of West African States imposed sanctions on Niger.",
     {("ECOWAS", "sanction", "Niger", A)}),
    # proceedings and charges brought against someone accuse them
    ("The European Commission launched infringement proceedings against Hungary.",
     {("European Commission", "accuse", "Hungary", A)}),
    ("The United States filed charges against Huawei.", {("United States", "accuse", "Huawei", A)}),
    # (a charge of an offence is no one's accusation)
    ("Liverpool striker Jones faces a charge of dangerous driving.", set()),
    # backing retained, secured or had "of" someone is theirs, given to the subject
    ("Prime Minister Keir Starmer retained the backing of the Labour Party.",
     {("Labour Party", "support", "Keir Starmer", A)}),
    ("Prime Minister Keir Starmer has the full support of Chancellor Rachel Reeves.",
     {("Rachel Reeves", "support", "Keir Starmer", A)}),
    # (not a vote one has: no giver named)
    ("The aim of UKIP is to stiffen the Tories' spine by having a large enough UKIP vote.", set()),
    # sacking or axing someone opposes him
    ("Boeing sacked its finance chief Michael Sears.", {("Boeing", "oppose", "Michael Sears", A)}),
    ("The Romanian striker Adrian Mutu was sacked by Chelsea.", {("Chelsea", "oppose", "Adrian Mutu", A)}),
    # (jobs axed are no one)
    ("The BBC axed 90 jobs.", set()),
    # rejecting a move to a club opposes the club, when the move is no one else's
    ("Craig Bellamy has rejected a move to Celtic.", {("Craig Bellamy", "oppose", "Celtic", A)}),
    ("Arsene Wenger backed Ashley Cole's move to Chelsea.", {("Arsene Wenger", "support", "Ashley Cole", A)}),
    # "full of praise for" someone praises him
    ("Hilary Swank was full of praise for her director and co-star Clint Eastwood.",
     {("Hilary Swank", "support", "Clint Eastwood", A)}),
    ("Jose Mourinho was full of criticism of referee Anders Frisk.", {("Jose Mourinho", "oppose", "Anders Frisk", A)}),
    # urging someone to think again, rethink or reverse is a stance against him
    ("The CBI urged Chancellor Rachel Reeves to think again.",
     {("Confederation of British Industry", "request", "Rachel Reeves", A),
      ("Confederation of British Industry", "oppose", "Rachel Reeves", A)}),
    ("Germany urged Hungary to reverse the decision.",
     {("Germany", "request", "Hungary", A), ("Germany", "oppose", "Hungary", A)}),
    # (thinking of something else again is no reversal)
    ("Germany urged Hungary to think about the future again.", {("Germany", "request", "Hungary", A)}),
    # bare "ministers" are the government of the piece, as "the government" is
    ("LONDON, May 2 (Wire) - Britain and France agreed a deal. The CBI has accused ministers of wrecking growth.",
     {("Confederation of British Industry", "accuse", "United Kingdom", A)}),
    # (not ministers from both sides)
    ("TOKYO, May 2 (Wire) - Japan and China held talks in Tokyo. Ministers from both countries agreed to talk again.",
     {("Japan", "meet", "China", A), ("Japan", "meet", "China", P)}),
    # a spokesman's "the government" is the one he speaks for
    ("TOKYO, Feb 17 (Wire) - Japan and the Philippines signed a defence pact on Tuesday. A spokesman for the foreign "
     "ministry in Seoul said the government welcomed the agreement between Tokyo and Manila.",
     {("Japan", "cooperate", "Philippines", A), ("South Korea", "support", "Japan", A),
      ("South Korea", "support", "Philippines", A)}),
    # officials named by their capital act for its country, or for the body seated there
    ("Moscow officials have dismissed Yukos' legal wrangling.", {("Russia", "oppose", "Yukos", A)}),
    ("Brussels officials criticised Hungary.", {("European Union", "oppose", "Hungary", A)}),
    # "the transitional government", "the military government": the piece's country, as "the government" is
    ("MONROVIA (Wire) - The IMF said Liberia must do more. The IMF ended 10 days of talks with the transition "
     "government.", {("International Monetary Fund", "meet", "Liberia", A)}),
    # a politician campaigning in or at a place is there
    ("Liberal Democrat leader Ed Davey was campaigning in Guildford on Monday.", {("Ed Davey", "visit", "Guildford", A)}),
    ("Tony Blair will campaign in Scotland next week.", {("Tony Blair", "visit", "Scotland", P)}),
    # (a body's campaign in a country is no trip; a campaign against something no place)
    ("Greenpeace has campaigned in Brazil for years.", set()),
    ("Tony Blair campaigned against the war in Iraq.", set()),
    # "the foreign ministry in Seoul" is South Korea's (but "foreign officials in Beijing" are not China's)
    ("The foreign ministry in Seoul deeply deplored Japanese minister Kenji Harada's visit to the shrine.",
     {("South Korea", "oppose", "Kenji Harada", A), ("Kenji Harada", "visit", "shrine", A)}),
    ("Foreign officials in Beijing criticised Japan.", set()),
    # welcoming the resumption or outcome of talks between two sides backs each
    ("Cypriot President Nikos Christodoulides welcomed the resumption of dialogue between Athens and Ankara.",
     {("Nikos Christodoulides", "support", "Greece", A), ("Nikos Christodoulides", "support", "Turkey", A),
      ("Greece", "meet", "Turkey", A)}),
    # (a stage of no one's act is no one's)
    ("Germany welcomed the start of the year.", set()),
    # firing at someone is a hostile act, firing someone a sacking (but "fired up by" is neither)
    ("The China Coast Guard fired water cannon at a Philippine supply boat.",
     {("China Coast Guard", "oppose", "Philippines", A)}),
    ("Russia fired missiles at Ukraine on Tuesday.", {("Russia", "oppose", "Ukraine", A)}),
    ("Graham Lane was fired up by Gordon Brown's speech.", set()),
    ("Steven Gerrard fired Liverpool into the last 16 with a brilliant goal.", set()),
    # a name with a quoted nickname is one person, and the nickname names him later
    ("Mido makes third apology\n\nAhmed 'Mido' Hossam has made another apology. Mido was axed by former coach "
     "Marco Tardelli after failing to answer a national call-up.", {("Marco Tardelli", "oppose", "Ahmed Hossam", A)}),
    # "the apology" and "the statement" are whose made or apologised before
    ("Headline\n\nEgyptian striker Ahmed Hossam has made another apology to the Egyptian people. Egypt FA spokesman "
     "Methat Shalaby welcomed the apology.", {("Methat Shalaby", "support", "Ahmed Hossam", A)}),
    ("Headline\n\nPrime Minister Tony Blair made a statement on Iraq on Monday. Michael Howard rejected the statement.",
     {("Michael Howard", "oppose", "Tony Blair", A)}),
    ("Headline\n\nDavid Blunkett apologised to MPs on Monday. David Davis welcomed the apology.",
     {("David Davis", "support", "David Blunkett", A)}),
    # hosting rounds of talks between two sides receives each, as hosting the talks does
    ("Headline\n\nThe Kremlin said the plan was premature. Turkey, which hosted two rounds of direct talks between "
     "Russian and Ukrainian delegations last year, has offered to host a leaders' meeting.",
     {("Turkey", "greet", "Russia", A), ("Turkey", "greet", "Ukraine", A), ("Russia", "meet", "Ukraine", A)}),
    ("Britain welcomed the first round of talks between Iran and the IAEA.",
     {("United Kingdom", "support", "Iran", A), ("United Kingdom", "support", "International Atomic Energy Agency", A),
      ("Iran", "meet", "International Atomic Energy Agency", A)}),
    # loans named by a demonym are that country's
    ("U.S. officials have repeatedly criticised Chinese loans.", {("United States", "oppose", "China", A)}),
    ("Zambia repaid loans of 5 billion dollars.", set()),
    # an armed service or junta "in" a country is that country's
    ("ECOWAS criticised the military junta in Niamey.", {("ECOWAS", "oppose", "Nigerien junta", A)}),
    # (not the government one calls on)
    ("YAOUNDE (Wire) - Cameroon's president won again. The U.S. State Department said it was troubled by reports of "
     "deaths and called on the government to respect the right to peaceful protest.",
     {("United States", "request", "Cameroon", A)}),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_EIGHTH_ROUND)
def test_twenty_eighth_round(ex, text, expected):
    _check(ex, text, expected)


TWENTY_NINTH_ROUND = [
    # the name after a title of two joined offices is the guest's; host and guest are "the two leaders" after
    ("Kenyan President William Ruto received Uganda's army commander and head of the defence council, General Muhoozi "
     "Kainerugaba, at State House on Monday, and the two leaders jointly condemned Somalia's decision.",
     {("William Ruto", "greet", "Muhoozi Kainerugaba", A), ("William Ruto", "meet", "Muhoozi Kainerugaba", A),
      ("William Ruto", "oppose", "Somalia", A), ("Muhoozi Kainerugaba", "oppose", "Somalia", A)}),
    # (two guests received are the pair, not the host and the first guest)
    ("German Chancellor Friedrich Merz received Belgian Prime Minister Bart De Wever and Luxembourg Prime Minister "
     "Luc Frieden on Wednesday. The two Benelux leaders arrived in Berlin on Tuesday evening.",
     {("Friedrich Merz", "greet", "Bart De Wever", A), ("Friedrich Merz", "greet", "Luc Frieden", A),
      ("Friedrich Merz", "meet", "Bart De Wever", A), ("Friedrich Merz", "meet", "Luc Frieden", A),
      ("Bart De Wever", "visit", "Berlin", A), ("Luc Frieden", "visit", "Berlin", A)}),
    # a given name the article uses alone, tagged as a common noun, is the person
    ('Ethiopia rejected the criticism within hours. Its foreign ministry said in a statement that Egypt and Sudan were '
     '"clinging to colonial-era treaties" and that Ethiopia would not ask anyone\'s permission to use its own rivers. '
     'Ministry spokesman Nebiat Getachew said Prime Minister Abiy Ahmed remained open to talks "without preconditions" '
     'and was prepared to meet Sisi "anywhere, at any time".\n\nThe Grand Ethiopian Renaissance Dam (GERD), the '
     'largest hydropower plant in Africa, was formally opened by Abiy in September. More than a decade of negotiations '
     'between the three countries, including rounds hosted by the African Union and an attempt at mediation by the '
     'United States, ended without a deal. Abiy last visited Cairo in July 2023, when he and Sisi agreed to try to '
     'conclude an accord within four months; those talks collapsed by the end of that year.',
     {("Abiy Ahmed", "meet", "Sisi", P), ("Abiy Ahmed", "visit", "Cairo", A), ("Egypt", "meet", "Ethiopia", A),
      ("Egypt", "meet", "Sudan", A), ("Ethiopia", "meet", "Sudan", A)}),
    # "talks with X and with Y": the second "with", hung on the "for", names a party too
    ("Prime Minister Kamil Idris had been due to fly to Addis Ababa on Thursday for talks with his Ethiopian "
     "counterpart Abiy Ahmed and with African Union officials.",
     {("Kamil Idris", "visit", "Addis Ababa", P), ("Kamil Idris", "meet", "Abiy Ahmed", P),
      ("Kamil Idris", "meet", "African Union", P)}),
    # a seat of government tagged as a building stands for its country; an accusation set off by commas is not
    # denied by the main clause's verb
    ("Sudan's army has fought the RSF since 2023. The United Arab Emirates, accused by Port Sudan of arming the RSF, "
     "has also denied any role in the war.",
     {("Sudan", "accuse", "United Arab Emirates", A)}),
    # "the army-led government" is a kind of government: the piece's country's
    ("PORT SUDAN, Feb 18 (Wire) - Sudan's army retook Khartoum in March. Sudan's foreign ministry welcomed the "
     "sanctions. Egypt, which backs the army-led government, said it regretted the delay.",
     {("Egypt", "support", "Sudan", A)}),
    # a country's officer in a lead that names no one yet is the first person the story gives that title
    ("Headline\n\nPORT SUDAN, Feb 18 (Wire) - The United States imposed sanctions on three RSF commanders, hours after "
     "Sudan's prime minister cancelled a planned trip to Ethiopia. Prime Minister Kamil Idris had been due to fly to "
     "Addis Ababa on Thursday.",
     {("United States", "sanction", "Rapid Support Forces", A), ("Kamil Idris", "visit", "Ethiopia", N),
      ("Kamil Idris", "visit", "Addis Ababa", P)}),
    # a friend "who keeps his word" is praise; a bare "friend" stays a description
    ("Jotham Napat called Anthony Albanese a friend who keeps his word.",
     {("Jotham Napat", "support", "Anthony Albanese", A)}),
    ("Jotham Napat called Anthony Albanese a friend.", set()),
    # "A and B will hold joint talks with C": A and B meet too (not without "joint")
    ("Anthony Albanese and New Zealand Prime Minister Christopher Luxon will hold joint talks with Fiji's Prime "
     "Minister Sitiveni Rabuka on Thursday.",
     {("Anthony Albanese", "meet", "Christopher Luxon", P), ("Anthony Albanese", "meet", "Sitiveni Rabuka", P),
      ("Christopher Luxon", "meet", "Sitiveni Rabuka", P)}),
    ("Anthony Albanese and New Zealand Prime Minister Christopher Luxon will hold talks with Fiji's Prime Minister "
     "Sitiveni Rabuka on Thursday.",
     {("Anthony Albanese", "meet", "Sitiveni Rabuka", P), ("Christopher Luxon", "meet", "Sitiveni Rabuka", P)}),
    # ", a step Y dismissed" after praise of someone's offer: the step is the offer, not the praise
    ("Kosovo's Prime Minister Albin Kurti spoke on Tuesday. On Wednesday, Berlin and Paris praised Kurti's offer to "
     "resume the dialogue, a step Serbian officials dismissed as a stunt.",
     {("Germany", "support", "Albin Kurti", A), ("France", "support", "Albin Kurti", A),
      ("Serbia", "oppose", "Albin Kurti", A)}),
    # ", a charge Y called absurd": Y opposes whoever made the charge
    ("Serbian Foreign Minister Marko Djuric accused Albanian Prime Minister Edi Rama of meddling, a charge Rama called "
     "absurd.",
     {("Marko Djuric", "accuse", "Edi Rama", A), ("Edi Rama", "oppose", "Marko Djuric", A)}),
    ("Serbian Foreign Minister Marko Djuric accused Tirana of pursuing a greater Albania agenda, a charge the Albanian "
     "government called absurd.",
     {("Marko Djuric", "accuse", "Albania", A), ("Albania", "oppose", "Marko Djuric", A)}),
    # "received each leader": each of the two the story is about
    ("Serbian President Aleksandar Vucic refused to meet Kosovo's Prime Minister Albin Kurti. Kaja Kallas, the EU's "
     "foreign policy chief, received each leader in turn.",
     {("Aleksandar Vucic", "meet", "Albin Kurti", N), ("Kaja Kallas", "greet", "Aleksandar Vucic", A),
      ("Kaja Kallas", "greet", "Albin Kurti", A), ("Kaja Kallas", "meet", "Aleksandar Vucic", A),
      ("Kaja Kallas", "meet", "Albin Kurti", A)}),
    # a royal's style and given name ("Sheikh Mohamed") are the full name given before
    ("The talks were hosted by United Arab Emirates President Sheikh Mohamed bin Zayed Al Nahyan at the palace. Sheikh "
     "Mohamed received Armenian Prime Minister Nikol Pashinyan before the talks.",
     {("Mohamed bin Zayed Al Nahyan", "greet", "Nikol Pashinyan", A),
      ("Mohamed bin Zayed Al Nahyan", "meet", "Nikol Pashinyan", A)}),
    # criticising "his sentence" is no stance on the one sentenced
    ("Iran jailed the blogger Arash Sigarchi for 14 years. His sentence, criticised by Amnesty International, came "
     "after a campaign for his release.",
     {("Iran", "oppose", "Arash Sigarchi", A)}),
    # (a country's ban is its own act)
    ("Amnesty International condemned Iran's ban on the newspaper.", {("Amnesty International", "oppose", "Iran", A)}),
    # a listed body named in another transliteration keeps the text's spelling as its label
    ("Kenyan President William Ruto accused al Shabaab of using southern Somalia as a launch pad.",
     {("William Ruto", "accuse", "al Shabaab", A)}),
    # a name with a capitalised prefix ("LeBlanc") beside a political title is a person, whatever the NER says
    ("Jamieson Greer is due to receive Dominic LeBlanc, the Canadian minister responsible for trade, on Wednesday.",
     {("Jamieson Greer", "greet", "Dominic LeBlanc", P), ("Jamieson Greer", "meet", "Dominic LeBlanc", P)}),
    # a communique is a thing said: rejecting it opposes whoever issued it, and so does rejecting "the statement"
    ("Relations remain strained. A communique from the Gulf Cooperation Council last week backed the Emirati claim "
     "to the islands. Iran's foreign ministry spokesman rejected the communique as interference.",
     {("Gulf Cooperation Council", "support", "United Arab Emirates", A),
      ("Iran", "oppose", "Gulf Cooperation Council", A)}),
    # (one who rebuts after another rebuttal answers the same statement, not the first rebutter)
    ("The Gulf Cooperation Council issued a communique on Friday condemning Iranian interference. Tehran swiftly "
     "rejected the statement. Foreign Minister Abbas Araghchi dismissed the communique as baseless.",
     {("Gulf Cooperation Council", "oppose", "Iran", A), ("Iran", "oppose", "Gulf Cooperation Council", A),
      ("Abbas Araghchi", "oppose", "Gulf Cooperation Council", A)}),
    # a hyphened place whose second half the NER left out ("Saxony-Anhalt"), not two places joined ("Russia-Ukraine")
    ("Vice-Chancellor Lars Klingbeil did not travel to Saxony-Anhalt.",
     {("Lars Klingbeil", "visit", "Saxony-Anhalt", N)}),
    ("The Russia-Ukraine talks resumed on Monday.", {("Russia", "meet", "Ukraine", A)}),
    # one who joins the meeting just told meets both its parties; those who join together meet each other
    ("Somali President Hassan Sheikh Mohamud was received at State House by Kenyan President William Ruto before the "
     "two leaders went into closed-door talks. Kenya's Prime Cabinet Secretary Musalia Mudavadi joined the second "
     "half of the meeting.",
     {("William Ruto", "greet", "Hassan Sheikh Mohamud", A), ("Hassan Sheikh Mohamud", "meet", "William Ruto", A),
      ("Musalia Mudavadi", "meet", "William Ruto", A), ("Musalia Mudavadi", "meet", "Hassan Sheikh Mohamud", A)}),
    ("French President Emmanuel Macron welcomed Spanish Prime Minister Pedro Sanchez at the Elysee Palace, and the "
     "two men spoke for 90 minutes over lunch. Their foreign ministers, Jean-Noel Barrot and Jose Manuel Albares, "
     "joined them for part of the meeting.",
     {("Emmanuel Macron", "greet", "Pedro Sanchez", A), ("Emmanuel Macron", "meet", "Pedro Sanchez", A),
      ("Pedro Sanchez", "visit", "France", A), ("Jean-Noel Barrot", "meet", "Jose Manuel Albares", A),
      ("Jean-Noel Barrot", "meet", "Emmanuel Macron", A), ("Jean-Noel Barrot", "meet", "Pedro Sanchez", A),
      ("Jose Manuel Albares", "meet", "Emmanuel Macron", A), ("Jose Manuel Albares", "meet", "Pedro Sanchez", A)}),
    # (joining a party is no meeting)
    ("Kenyan President William Ruto held talks with Somali President Hassan Sheikh Mohamud. Musalia Mudavadi joined "
     "the ruling party on Monday.", {("William Ruto", "meet", "Hassan Sheikh Mohamud", A)}),
    # "Asked whether he would ..., Lee said": the one asked is the main clause's subject
    ("Japanese Prime Minister Shigeru Ishiba arrived in Seoul on Monday for talks with South Korean President Lee "
     "Jae-myung. Asked whether he would be willing to meet Kim Jong Un, Lee said his door remained open.",
     {("Shigeru Ishiba", "visit", "Seoul", A), ("Shigeru Ishiba", "meet", "Lee Jae-myung", A),
      ("Lee Jae-myung", "meet", "Kim Jong Un", H)}),
    # two demonyms joined by a hyphen own the position between them
    ("Eritrea welcomed the Egyptian-Sudanese position.",
     {("Eritrea", "support", "Egypt", A), ("Eritrea", "support", "Sudan", A)}),
    # "sanctions imposed on X by Y": the target and the one who imposed them hang on the participle
    ("The sanctions imposed on Kosovo by the European Union in 2023 remain in force.",
     {("European Union", "sanction", "Kosovo", A)}),
    ("The tariffs imposed on Chinese steel by the United States rose.", {("United States", "sanction", "China", A)}),
    # "members of Congress": the body they belong to (not "members of the public")
    ("Kosovo's President Vjosa Osmani hopes to meet members of Congress in Washington.",
     {("Vjosa Osmani", "meet", "United States Congress", H)}),
    ("The prime minister met members of the public in Leeds.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TWENTY_NINTH_ROUND)
def test_twenty_ninth_round(ex, text, expected):
    _check(ex, text, expected)


THIRTIETH_ROUND = [
    # a common noun opening a sentence, tagged as a name, is still a trigger
    ("Border row eases\n\nTalks between Mahamudu Bawumia and Kashim Shettima ended on Friday.",
     {("Mahamudu Bawumia", "meet", "Kashim Shettima", A)}),
    ("Japan and China\n\nCriticism of Japan by China grew on Monday.", {("China", "oppose", "Japan", A)}),
    # "a move that X criticised": the summary's doer, parsed as a second object (not X's partners)
    ("ACCRA, May 3 (Wire) - Nigeria shut its land border in 2019, a move that Ghana and Benin both criticised.",
     {("Ghana", "oppose", "Nigeria", A), ("Benin", "oppose", "Nigeria", A)}),
    # a relative clause that is the judging names the judge, and the thing is its adopter's
    ("KAMPALA, May 3 (Wire) - Uganda adopted a law that Kenya and Tanzania criticised.",
     {("Kenya", "oppose", "Uganda", A), ("Tanzania", "oppose", "Uganda", A)}),
    # (co-judges of a lead's unnamed decision do not judge each other)
    ("ACCRA, May 3 (Wire) - Ghana and Togo criticised the decision.", set()),
    # "the agreement was welcomed by X": the parties of the last accord told
    ("Japan and the Philippines signed a defence pact on Friday. The agreement was welcomed by South Korea.",
     {("Japan", "cooperate", "Philippines", A), ("South Korea", "support", "Japan", A),
      ("South Korea", "support", "Philippines", A)}),
    # a demonym on a criticism names its maker; a criticism answered is the last attacker's, not the last speaker's
    ('Manila rejects criticism\n\nMANILA, May 3 (Wire) - Takaichi said the Philippines had shown courage. She did '
     'not name China. Chinese foreign ministry spokesman Guo Jiakun condemned Japan and the Philippines for "ganging '
     'up". The Philippine presidential palace dismissed the criticism. In Tokyo, Chief Cabinet Secretary Minoru '
     'Kihara also rejected the Chinese criticism.',
     {("Guo Jiakun", "oppose", "Japan", A), ("Guo Jiakun", "oppose", "Philippines", A),
      ("Philippines", "oppose", "Guo Jiakun", A), ("Minoru Kihara", "oppose", "China", A)}),
    # "rejected the Cypriot complaint": a complaint is a claim, its maker the demonym's country
    ("NICOSIA, March 4 (Wire) - Cyprus condemned Turkey on Wednesday. In Ankara, the Turkish foreign ministry rejected the Cypriot complaint as "
     '"baseless".', {("Cyprus", "oppose", "Turkey", A), ("Turkey", "oppose", "Cyprus", A)}),
    # "Asked whether she could meet X, Y said her door is open": "her" is no other person
    ("Takaichi in Manila\n\nMANILA, May 3 (Wire) - Japanese Prime Minister Sanae Takaichi arrived in Manila on "
     "Thursday. South Korean President Lee Jae-myung travelled to Nara last month for a summit with her. Asked "
     "whether she could meet Chinese Premier Li Qiang at a regional gathering later this year, Takaichi said her "
     '"door is always open", but added that Beijing must first stop what she called "pressure on Japanese '
     'businesses".',
     {("Sanae Takaichi", "visit", "Manila", A), ("Lee Jae-myung", "visit", "Nara", A),
      ("Sanae Takaichi", "meet", "Li Qiang", H)}),
    # "finance ministers from both countries" are not the foreign ministers named before
    ("ACCRA, May 3 (Wire) - Senegal's Foreign Minister Cheikh Niang held talks with Ghana's Foreign Minister Samuel "
     "Okudzeto Ablakwa in Accra. Officials said the two presidents also discussed a plan first raised when finance "
     "ministers from both countries met in Dakar in March.",
     {("Cheikh Niang", "meet", "Samuel Okudzeto Ablakwa", A), ("Cheikh Niang", "visit", "Accra", A),
      ("Ghana", "meet", "Senegal", A)}),
    # an active "stands by X" taken by the parser for a passive's agent
    ('In a statement, the Greek foreign ministry said Athens "stands fully by Cyprus".', {("Greece", "support", "Cyprus", A)}),
    # "also" condemned: the thing is the one the last stance was on
    ("NICOSIA, March 4 (Wire) - Cyprus condemned Turkey for sending a survey ship into its waters. The mission was also condemned by France.",
     {("Cyprus", "oppose", "Turkey", A), ("France", "oppose", "Turkey", A)}),
    ("NICOSIA, March 4 (Wire) - Cyprus condemned Turkey for sending a survey ship. France also condemned the mission.",
     {("Cyprus", "oppose", "Turkey", A), ("France", "oppose", "Turkey", A)}),
    # (without "also", a thing with no owner told stays unjudged)
    ("NICOSIA, March 4 (Wire) - Cyprus condemned Turkey for sending a survey ship. The mission was condemned by France.",
     {("Cyprus", "oppose", "Turkey", A)}),
    # "refrained from criticising": a negated stance
    ("Tufan Erhurman refrained from criticising Ankara.", {("Tufan Erhurman", "oppose", "Turkey", N)}),
    ("Tufan Erhurman avoided criticising Ankara over the mission.", {("Tufan Erhurman", "oppose", "Turkey", N)}),
    # an object "it" is no one named inside the subject ("president of the Communist Party")
    ("SANTIAGO, May 3 (Wire) - Lautaro Carmona, president of the Communist Party, condemned it as a cruel joke.",
     set()),
    # "A visit by X ... is expected in May, when he ...": the visitor
    ("SANTIAGO, May 3 (Wire) - Argentine President Javier Milei visited Chile on Tuesday. A visit by Brazilian "
     "President Luiz Inacio Lula da Silva to Santiago is expected in May, when he is due to hold talks with Jose "
     "Antonio Kast on trade.",
     {("Javier Milei", "visit", "Chile", A), ("Luiz Inacio Lula da Silva", "visit", "Santiago", P),
      ("Luiz Inacio Lula da Silva", "meet", "Jose Antonio Kast", P)}),
    # a show one hosts is presented, not received
    ("LONDON, May 3 (Wire) - Bill Cosby was a successful comic before hosting the children's show Fat Albert and "
     "the Cosby Kids.", set()),
    # the reason one is punished for was done: "suspended X for his criticism of Y" asserts the criticism
    ("LONDON, May 3 (Wire) - Gordon Brown spoke on Monday. Labour suspended Ken Livingstone for his criticism of "
     "Tony Blair.", {("Labour Party", "oppose", "Ken Livingstone", A), ("Ken Livingstone", "oppose", "Tony Blair", A)}),
    # "In Abuja, the foreign ministry": the ministry of the capital the sentence opens in
    ("ACCRA, May 3 (Wire) - Ghana accused Nigeria of holding up its trucks. In Abuja, the foreign ministry rejected "
     "Accra's accusation.", {("Ghana", "accuse", "Nigeria", A), ("Nigeria", "oppose", "Ghana", A)}),
    # "held what both sides called frank talks": the talks are held all the same
    ('LONDON, May 3 (Wire) - Prime Minister Keir Starmer and Scotland\'s First Minister John Swinney have held what '
     'both sides called "frank" talks.', {("John Swinney", "meet", "Keir Starmer", A)}),
    # one who "joined X on the visit" went where X went; "who" hung on a constituency is the MP it describes
    ("LONDON, May 3 (Wire) - Health Secretary Wes Streeting visited the Royal Stoke University Hospital on Monday. "
     "Gareth Snell, the Labour MP for Stoke-on-Trent Central, who joined Mr Streeting on the visit, said the new unit "
     "had cut waiting times.",
     {("Wes Streeting", "visit", "Royal Stoke University Hospital", A),
      ("Gareth Snell", "visit", "Royal Stoke University Hospital", A)}),
    # (joining someone on a visit still to come goes nowhere yet)
    ("LONDON, May 3 (Wire) - Health Secretary Wes Streeting will visit the Royal Stoke University Hospital on Monday. "
     "Local MP Gareth Snell joined Mr Streeting on the visit.",
     {("Wes Streeting", "visit", "Royal Stoke University Hospital", P)}),
    # a "whose" clause taken for a clause of its own leaves the name its subject; "the Commission" after "the
    # European Commission" is that body
    ("BERLIN, May 3 (Wire) - The European Commission imposed tariffs on Chinese cars. German Chancellor Friedrich "
     "Merz, whose country's car industry is the most exposed, backed the Commission's stance.",
     {("European Commission", "sanction", "China", A), ("Friedrich Merz", "support", "European Commission", A)}),
    # "suggested that ..." reports speech, also in a clause of time: "the remarks" are the suggester's
    ("TOKYO, May 3 (Wire) - Tokyo has faced economic pressure since Prime Minister Sanae Takaichi suggested in "
     "November that an attack on Taiwan could justify a military response. Beijing condemned the remarks.",
     {("China", "oppose", "Sanae Takaichi", A)}),
    # "the two men held their first meeting": "their" is read as the subject is, the pair of the sentence before
    ("NICOSIA, May 3 (Wire) - Turkish Cypriot leader Tufan Erhurman praised Turkish President Recep Tayyip Erdogan "
     "and said he was ready to meet Cypriot President Nikos Christodoulides again. The two men held their first "
     "formal meeting in November.",
     {("Tufan Erhurman", "support", "Recep Tayyip Erdogan", A), ("Nikos Christodoulides", "meet", "Tufan Erhurman", H),
      ("Nikos Christodoulides", "meet", "Tufan Erhurman", A)}),
    # "both leaders": the lone subject of a dateline's lead and the one he held talks with
    ("ANKARA, March 4 (Wire) - Greek Prime Minister Kyriakos Mitsotakis held talks with Turkish President Recep "
     "Tayyip Erdogan in Ankara on Wednesday. Cypriot President Nikos Christodoulides welcomed the talks. The "
     "European Union's foreign policy chief, Kaja Kallas, praised both leaders.",
     {("Kyriakos Mitsotakis", "meet", "Recep Tayyip Erdogan", A), ("Kyriakos Mitsotakis", "visit", "Ankara", A),
      ("Kaja Kallas", "support", "Kyriakos Mitsotakis", A), ("Kaja Kallas", "support", "Recep Tayyip Erdogan", A),
      ("Nikos Christodoulides", "support", "Kyriakos Mitsotakis", A),
      ("Nikos Christodoulides", "support", "Recep Tayyip Erdogan", A)}),
    # one who joins the talks told two sentences before meets their parties
    ("ANKARA, March 4 (Wire) - Turkish President Tayyip Erdogan received Georgian Prime Minister Irakli Kobakhidze "
     "on Monday. The two leaders held two hours of talks. Officials said trade had grown. Azerbaijani President Ilham "
     "Aliyev joined the talks by video link.",
     {("Tayyip Erdogan", "greet", "Irakli Kobakhidze", A), ("Irakli Kobakhidze", "meet", "Tayyip Erdogan", A),
      ("Ilham Aliyev", "meet", "Tayyip Erdogan", A), ("Ilham Aliyev", "meet", "Irakli Kobakhidze", A)}),
    # "his guest": the one he welcomed, not a minister who joined the talks later
    ("PARIS, Feb. 17 (Wire) - French President Emmanuel Macron welcomed Spanish Prime Minister Pedro Sanchez at the "
     "Elysee Palace, and the two men spoke for about 90 minutes over lunch. Their foreign ministers, Jean-Noel "
     "Barrot and Jose Manuel Albares, joined them for part of the meeting. Macron did not criticise his guest.",
     {("Emmanuel Macron", "greet", "Pedro Sanchez", A), ("Pedro Sanchez", "visit", "France", A),
      ("Emmanuel Macron", "meet", "Pedro Sanchez", A), ("Jean-Noel Barrot", "meet", "Emmanuel Macron", A),
      ("Jean-Noel Barrot", "meet", "Pedro Sanchez", A), ("Jose Manuel Albares", "meet", "Emmanuel Macron", A),
      ("Jose Manuel Albares", "meet", "Pedro Sanchez", A), ("Jean-Noel Barrot", "meet", "Jose Manuel Albares", A),
      ("Emmanuel Macron", "oppose", "Pedro Sanchez", N)}),
    # 'calling X "a very smart woman"': praise of the one called, the label parsed as a second object
    ('WASHINGTON, May 3 (Wire) - President Donald Trump praised Mexico for its cooperation, calling President Claudia '
     'Sheinbaum "a very tough, very smart woman".',
     {("Donald Trump", "support", "Mexico", A), ("Donald Trump", "support", "Claudia Sheinbaum", A)}),
    # an unnamed crowd taking a stance is an actor of its own, named by its noun and kind
    ("LONDON, May 3 (Wire) - Tesco opened a store in Leeds. Local campaigners condemned the supermarket giant Tesco.",
     {("Local campaigners", "oppose", "Tesco", A)}),
    ("LONDON, May 3 (Wire) - Labour unveiled its plan. The plan was criticised by consumer groups.",
     {("Consumer groups", "oppose", "Labour Party", A)}),
    # (not a person's own side, nor a crowd that travels or meets)
    ("LONDON, May 3 (Wire) - Tony Blair spoke in Leeds. Blair's supporters praised Gordon Brown.", set()),
    ("LONDON, May 3 (Wire) - Chelsea fans travelled to Barcelona.", set()),
    # 'called his guest "a true friend of Australia"': praise of the guest, whoever he is a friend of
    ('CANBERRA, May 3 (Wire) - Australian Prime Minister Anthony Albanese hosted Indonesian President Prabowo '
     'Subianto on Tuesday. Albanese called his guest "a true friend of Australia".',
     {("Anthony Albanese", "greet", "Prabowo Subianto", A), ("Anthony Albanese", "support", "Prabowo Subianto", A)}),
    # a dateline in title case, known by the agency in brackets before the dash, is no subject
    ("Milei in Chile\n\nSantiago, May 3 (Wire) - Argentine President Javier Milei visited Chile on Tuesday.",
     {("Javier Milei", "visit", "Chile", A)}),
]


@pytest.mark.parametrize(("text", "expected"), THIRTIETH_ROUND)
def test_thirtieth_round(ex, text, expected):
    _check(ex, text, expected)


THIRTY_FIRST_ROUND = [
    # a subject set off as being somewhere for an occasion is there, even in a sport report, unless at home
    ("Rugby Aid match\n\nLONDON, May 3 (Wire) - New Zealand captain Tana Umaga, in England for Saturday's charity "
     "match, backed the All Blacks to win the series.", {("Tana Umaga", "visit", "England", A)}),
    ("Ishiba in London\n\nLONDON, May 3 (Wire) - Japanese Prime Minister Shigeru Ishiba, in London for a summit, "
     "praised Britain's handling of the crisis.",
     {("Shigeru Ishiba", "visit", "London", A), ("Shigeru Ishiba", "support", "United Kingdom", A)}),
    ("Brown on talks\n\nLONDON, May 3 (Wire) - British Chancellor Gordon Brown, in London for talks with his G7 "
     "counterparts, said the plan would work.", {("G7", "meet", "Gordon Brown", A)}),
    ("Seitz on America\n\nLONDON, May 3 (Wire) - Former US ambassador Raymond Seitz, in Washington for years, said "
     "the plan would work.", set()),
    # an unnamed crowd "full of praise" (judges too), a crowd opening a sentence, a crowd a "who" clause is about
    ("Levy wins prize\n\nSmall Island, Andrea Levy's fourth novel, won the prize. The judges were full of praise for "
     "Levy's writing.", {("Judges", "support", "Andrea Levy", A)}),
    ("Gerrard row\n\nPhil Thompson reacted sharply to some Liverpool supporters, who criticised Steven Gerrard's "
     "performance in the final.", {("Liverpool supporters", "oppose", "Steven Gerrard", A),
                                   ("Phil Thompson", "oppose", "Liverpool supporters", A)}),
    # (a crowd's deeds told in a "that" clause are no stance)
    ("Border row\n\nABIDJAN, May 3 (Wire) - Ivorian President Alassane Ouattara accused Burkina Faso's Captain "
     "Ibrahim Traore of harbouring armed groups that attack Ivorian border villages.",
     {("Alassane Ouattara", "accuse", "Ibrahim Traore", A)}),
    # "Orban last travelled": the name parsed as hung on the adverb of time
    ("Orban in Belgrade\n\nBELGRADE, May 3 (Wire) - Hungarian Prime Minister Viktor Orban met Serbian President "
     "Aleksandar Vucic on Thursday. Orban last travelled to Serbia in October.",
     {("Aleksandar Vucic", "meet", "Viktor Orban", A), ("Viktor Orban", "visit", "Serbia", A)}),
    # "X, whose government has criticised Havana": X's country
    ("Arevalo in Mexico\n\nMEXICO CITY, May 3 (Wire) - Guatemalan President Bernardo Arevalo met Mexican President "
     "Claudia Sheinbaum on Thursday. Arevalo, whose government has criticised Havana over the jailing of dissidents, "
     "did not comment on the shipments.",
     {("Bernardo Arevalo", "meet", "Claudia Sheinbaum", A), ("Guatemala", "oppose", "Cuba", A)}),
    # 'called her guest "an honest democrat"': a judging adjective on a kind of person
    ('Arevalo in Mexico\n\nMEXICO CITY, May 3 (Wire) - Mexican President Claudia Sheinbaum hosted Guatemalan '
     'President Bernardo Arevalo on Thursday. At a joint news conference, Sheinbaum called her guest "an honest '
     'democrat".', {("Claudia Sheinbaum", "greet", "Bernardo Arevalo", A),
                    ("Claudia Sheinbaum", "support", "Bernardo Arevalo", A)}),
    # a surname opening a paragraph tagged an adverb is still the subject
    ("Vucic in Budapest\n\nBUDAPEST, May 3 (Wire) - Hungarian Prime Minister Viktor Orban hosted Serbian President "
     "Aleksandar Vucic on Thursday.\n\nRelations between Belgrade and Zagreb are much cooler. Vucic last year "
     "accused Croatia of forming a military alliance against Serbia, and a visit by Croatian Foreign Minister Gordan "
     "Grlic Radman to Belgrade was called off.",
     {("Viktor Orban", "greet", "Aleksandar Vucic", A), ("Aleksandar Vucic", "accuse", "Croatia", A),
      ("Gordan Grlic Radman", "visit", "Belgrade", "negated")}),
    # "was met at the airport by X and later welcomed by Y": the passive's subject is shared
    ("Mirziyoyev in Astana\n\nASTANA, May 3 (Wire) - Uzbek President Shavkat Mirziyoyev arrived in Astana on "
     "Tuesday. He was met at the airport by Prime Minister Olzhas Bektenov and later welcomed by President "
     "Kassym-Jomart Tokayev at the Akorda palace.",
     {("Shavkat Mirziyoyev", "visit", "Astana", A), ("Olzhas Bektenov", "greet", "Shavkat Mirziyoyev", A),
      ("Kassym-Jomart Tokayev", "greet", "Shavkat Mirziyoyev", A)}),
    # "X, who was hosted by Y": the one the clause is about is the guest
    ("Oman visit\n\nMUSCAT, May 3 (Wire) - Indian Prime Minister Narendra Modi met Sultan Haitham bin Tarik in 2023. "
     "Sultan Haitham bin Tarik, who was hosted by Modi in New Delhi on a state visit in December 2023, did not "
     "receive the Indian minister.",
     {("Haitham bin Tarik", "meet", "Narendra Modi", A), ("Narendra Modi", "greet", "Haitham bin Tarik", A),
      ("Haitham bin Tarik", "greet", "India", "negated")}),
    # "was due to hold talks with X and to be received by Y": the plan's subject, and the plan's modality
    ("Trip called off\n\nBISHKEK, May 3 (Wire) - Kyrgyzstan called off a trip to Astana. Adylbek Kasymaliev had been "
     "due to hold talks with Kazakh Prime Minister Olzhas Bektenov and to be received by President Kassym-Jomart "
     "Tokayev.",
     {("Kyrgyzstan", "visit", "Astana", "negated"), ("Adylbek Kasymaliev", "meet", "Olzhas Bektenov", "planned"),
      ("Kassym-Jomart Tokayev", "greet", "Adylbek Kasymaliev", "planned"),
      ("Adylbek Kasymaliev", "meet", "Kassym-Jomart Tokayev", "planned")}),
    # "offered to host talks between the two governments": an infinitive tagged as a noun; the two besides the host
    ("Border row\n\nADDIS ABABA, May 3 (Wire) - Eritrea accused Ethiopia of massing troops on the border. The "
     "chairman of the African Union Commission, Mahmoud Ali Youssouf, called for restraint and offered to host talks "
     "between the two governments at the AU's headquarters.",
     {("Eritrea", "accuse", "Ethiopia", A), ("Eritrea", "meet", "Ethiopia", "hypothetical"),
      ("Mahmoud Ali Youssouf", "greet", "Eritrea", "hypothetical"),
      ("Mahmoud Ali Youssouf", "greet", "Ethiopia", "hypothetical")}),
    ("Border row\n\nBISHKEK, May 3 (Wire) - Kyrgyzstan accused Kazakhstan of slowing freight at the border. "
     "Neighbouring Uzbekistan offered to help. Foreign Minister Bakhtiyor Saidov said Tashkent was ready to host "
     "talks between the two governments.",
     {("Kyrgyzstan", "accuse", "Kazakhstan", A), ("Kazakhstan", "meet", "Kyrgyzstan", "hypothetical"),
      ("Uzbekistan", "greet", "Kazakhstan", "hypothetical"), ("Uzbekistan", "greet", "Kyrgyzstan", "hypothetical")}),
    # a fund backing a club or a firm puts money in; a fund backing a country's plan takes a stance
    ("Newcastle search\n\nNewcastle are backed by Saudi Arabia's Public Investment Fund.", set()),
    ("IMF plan\n\nBUENOS AIRES, May 3 (Wire) - Argentina's economic plan was backed by the International Monetary "
     "Fund on Monday.", {("International Monetary Fund", "support", "Argentina", A)}),
    # (a "who" clause hung on a firm is about its people, not the firm)
    ("Rover deal\n\nSAIC says none of its money will be paid to the four owners of Rover, who have been accused by "
     "unions of awarding themselves large salaries.", set()),
    # a stance "from" an unnamed crowd, on the noun or on the verb that carries it (not under the dateline)
    ("Snack makers\n\nLONDON, May 3 (Wire) - Kraft Foods faces criticism from consumer groups over its "
     "advertising.", {("Consumer groups", "oppose", "Kraft Foods", A)}),
    ("Brown plan\n\nGordon Brown's plan faced considerable opposition from unions.",
     {("Unions", "oppose", "Gordon Brown", A)}),
    ("Takeover\n\nManchester United received support from fans on Monday.",
     {("Fans", "support", "Manchester United", A)}),
    # (in a sport report a crowd cheering its side takes no stance)
    ("Water polo final\n\nZAGREB, May 3 (Wire) - Hungary beat Serbia 12-9 in the European water polo final on "
     "Sunday. Hungary were backed by about 2,000 travelling fans and never trailed after the first quarter. Captain "
     "Mate Halasz scored four goals, and the goalkeeper made 14 saves in the match.", set()),
    # "stood (strongly) behind X": support, the adverb hung on the particle
    ("Union backs editor\n\nThe National Union of Journalists said it stood strongly behind the Telegraph's editor "
     "Martin Newland.", {("National Union of Journalists", "support", "Martin Newland", A)}),
    ("Kyiv visit\n\nPARIS, May 3 (Wire) - French President Emmanuel Macron said France stood fully behind Ukraine.",
     {("France", "support", "Ukraine", A)}),
    # reacting angrily or sharply to someone opposes them (not reacting quickly)
    ("Tax row\n\nLONDON, May 3 (Wire) - Prime Minister Tony Blair reacted angrily to Michael Howard's claims about "
     "tax rises.", {("Tony Blair", "oppose", "Michael Howard", A)}),
    ("Tax row\n\nLONDON, May 3 (Wire) - Prime Minister Tony Blair responded quickly to Michael Howard's letter.",
     set()),
    # booing, jeering, heckling, taunting and insults oppose; a crowd may be the one jeered or taunted
    ("Glazer at Old Trafford\n\nAngry fans booed Malcolm Glazer at Old Trafford.",
     {("Fans", "oppose", "Malcolm Glazer", A)}),
    ("Blair heckled\n\nProtesters jeered Prime Minister Tony Blair outside the hall.",
     {("Protesters", "oppose", "Tony Blair", A)}),
    ("Fiat protest\n\nVincenzo Lilliu, a union leader, shouted insults at Fiat chairman Luca di Montezemolo.",
     {("Vincenzo Lilliu", "oppose", "Luca di Montezemolo", A)}),
    ("Blair heckled\n\nProtesters hurled abuse at Tony Blair.", {("Protesters", "oppose", "Tony Blair", A)}),
    ("Mourinho charged\n\nJose Mourinho taunted the Arsenal fans.", {("Jose Mourinho", "oppose", "Arsenal fans", A)}),
    # (abuses documented are no abuse hurled at anyone)
    ("Rights report\n\nHuman rights groups documented abuses by the army.", set()),
    # "Y has been our closest ally", "Y has always been Fiji's first friend": who says so backs Y (with no speaker,
    # the owner does); "is not our friend" rebuffs
    ("Tokayev in Moscow\n\nMOSCOW, May 3 (Wire) - Kazakh President Kassym-Jomart Tokayev said Russia has been and "
     "remains our closest ally.", {("Kassym-Jomart Tokayev", "support", "Russia", A)}),
    ('Tokayev in Moscow\n\n"Russia is our closest ally," said Kazakh President Kassym-Jomart Tokayev.',
     {("Kassym-Jomart Tokayev", "support", "Russia", A)}),
    ("Pacific treaty\n\nFijian Prime Minister Sitiveni Rabuka said Australia has always been Fiji's first friend.",
     {("Sitiveni Rabuka", "support", "Australia", A)}),
    ('Farage row\n\nConservative leader Kemi Badenoch spoke about Nigel Farage in Leeds. "He is not our friend," '
     'she said.',
     {("Kemi Badenoch", "oppose", "Nigel Farage", A)}),
    # in a sport report a leader congratulating "the team" backs the country's side (not a coach praising his own)
    ("Korea win final\n\nDOHA, May 3 (Wire) - South Korea beat Japan 2-1 in the Asian Cup final on Sunday, with Son "
     "Heung-min scoring both goals for the captain of the squad in the match. South Korean President Lee Jae-myung "
     "congratulated the team in a message on social media.", {("Lee Jae-myung", "support", "South Korea", A)}),
    ("Korea win final\n\nDOHA, May 3 (Wire) - South Korea beat Japan 2-1 in the Asian Cup final on Sunday, with Son "
     "Heung-min scoring both goals for the captain of the squad in the match. South Korea coach Hong Myung-bo praised "
     "the team after the final whistle.", set()),
]


@pytest.mark.parametrize(("text", "expected"), THIRTY_FIRST_ROUND)
def test_thirty_first_round(ex, text, expected):
    _check(ex, text, expected)


THIRTY_SECOND_ROUND = [
    # "met representatives from X" (the parser may hang "from" on the verb): X's people, so X; in a sports report a
    # meeting with people sent by countries or bodies is no fixture
    ("Swiss talks\n\nChinese officials met representatives from Switzerland on Monday.",
     {("China", "meet", "Switzerland", A)}),
    ("Swiss talks\n\nWang Yi met representatives from Switzerland.", {("Wang Yi", "meet", "Switzerland", A)}),
    ("Qualifier dates agreed\n\nDUBLIN, May 3 (Wire) - Republic of Ireland manager Brian Kerr met representatives "
     "from Cyprus and Israel on Tuesday to agree the dates of the World Cup qualifiers. Ireland will play Cyprus at "
     "home in the first match of the group, and striker Robbie Keane is fit after scoring two goals for Tottenham on "
     "Saturday.", {("Brian Kerr", "meet", "Cyprus", A), ("Brian Kerr", "meet", "Israel", A)}),
    ("Ireland win\n\nIreland met Cyprus in a World Cup qualifier in Dublin on Saturday and won 3-0, with two goals "
     "from striker Robbie Keane.", set()),
    # in a sports report talks are never a match, and a town's name with a club's last word is a club
    ("Striker unsettled\n\nStriker Nicolas Anelka wants to leave Manchester City for a Champions League club after "
     "scoring 15 goals this season. Anelka, 25, is in talks with Manchester City over a new contract, his agent said.",
     {("Nicolas Anelka", "meet", "Manchester City", A)}),
    ("Cup row\n\nNewry City will hold talks with the Irish Football Association about the cup semi-final after the "
     "club's striker was sent off in the quarter-final win over Portadown.",
     {("Newry City", "meet", "Irish Football Association", P)}),
    ("Mexico City marathon\n\nMexico City will hold talks with the organisers of the marathon after the race was "
     "won by a Kenyan runner for the fifth year.", set()),
    # a lawsuit, a suit, a case, a claim or legal action against someone (also "for defamation against")
    ("Sprinter sues\n\nAmerican sprinter Marion Jones has filed a lawsuit for defamation against Victor Conte.",
     {("Marion Jones", "accuse", "Victor Conte", A)}),
    ("Sprinter sues\n\nMarion Jones has brought a case against Victor Conte.",
     {("Marion Jones", "accuse", "Victor Conte", A)}),
    ("Oracle sues\n\nOracle launched legal action against Google over its phone software.",
     {("Oracle", "oppose", "Google", A)}),
    ("Commission warns\n\nThe European Commission will take action against Microsoft.",
     {("European Commission", "oppose", "Microsoft", P)}),
    # (a case made against a policy names no one)
    ("Blair speech\n\nTony Blair made the case against a referendum on the constitution.", set()),
    # (a country's adjective on a lawsuit names its court, not who sues)
    ("Court ruling\n\nThe US lawsuit against Rosneft was filed in Houston.", set()),
    # "they" is no one man whose surname ends in "s" and was tagged a plural
    ("Jones sues\n\nMarion Jones has sued Victor Conte. IAAF spokesman Nick Davies said it would be up to the "
     "American authorities to decide whether they will take action against Jones.",
     {("Marion Jones", "accuse", "Victor Conte", A)}),
    # a chargé d'affaires is an envoy; "the Sudanese state" is Sudan
    ("Sudan protests\n\nSudan summoned Libya's charge d'affaires in Khartoum to protest.",
     {("Sudan", "oppose", "Libya", A)}),
    ("Sudan protests\n\nSudan summoned the Libyan charge d'affaires.", {("Sudan", "oppose", "Libya", A)}),
    ("Cairo talks\n\nEgypt stands fully behind the Sudanese state and its institutions.",
     {("Egypt", "support", "Sudan", A)}),
    ("Iraq vote\n\nCondoleezza Rice praised the Iraqi state.", {("Condoleezza Rice", "support", "Iraq", A)}),
    # a region's countries (regions.tsv): "the Baltic states", "the Gulf states" (each, and in talks "between" X and
    # them, X with each but not they with one another)
    ("Tbilisi row\n\nHungarian Foreign Minister Peter Szijjarto criticised the Baltic states for dividing Europe.",
     {("Peter Szijjarto", "oppose", "Estonia", A), ("Peter Szijjarto", "oppose", "Latvia", A),
      ("Peter Szijjarto", "oppose", "Lithuania", A)}),
    ("Gulf row\n\nThe Gulf states condemned Iran.",
     {("Qatar", "oppose", "Iran", A), ("Bahrain", "oppose", "Iran", A), ("Kuwait", "oppose", "Iran", A),
      ("Oman", "oppose", "Iran", A), ("Saudi Arabia", "oppose", "Iran", A),
      ("United Arab Emirates", "oppose", "Iran", A)}),
    ("Gulf talks\n\nThe G7 backed Qatar's efforts to restart talks between Iran and the Gulf states.",
     {("G7", "support", "Qatar", A), ("Iran", "meet", "Bahrain", H), ("Iran", "meet", "Kuwait", H),
      ("Iran", "meet", "Oman", H), ("Iran", "meet", "Qatar", H), ("Iran", "meet", "Saudi Arabia", H),
      ("Iran", "meet", "United Arab Emirates", H)}),
    # (not some of them, nor a vague whole: "unnamed Gulf governments", "two Baltic states", "dialogue between Gulf
    # countries and Iran", "its Gulf neighbours")
    ("Gulf talks\n\nThe G7 backed Qatar's efforts to restart talks between Iran and its Gulf neighbours.",
     {("G7", "support", "Qatar", A)}),
    ("Baltic row\n\nVladimir Putin criticised two Baltic states.", set()),
    ("Gulf talks\n\nWashington does not object to dialogue between Gulf countries and Iran.", set()),
    # (a body named after its region is that body)
    ("Sahel row\n\nNigeria criticised the Alliance of Sahel States.",
     {("Nigeria", "oppose", "Alliance of Sahel States", A)}),
    # an acronym the text defines in brackets is the text's body, even if a listed body has the same letters
    ("Togo visit\n\nGhanaian President John Mahama did not meet leaders of Togo's opposition National Alliance for "
     "Change (ANC) in Lome. The ANC criticised Mahama.",
     {("John Mahama", "meet", "National Alliance for Change", N),
      ("National Alliance for Change", "oppose", "John Mahama", A)}),
    # "welcomed the meeting", "condemned the visit": a stance on the parties of the last meeting (the visitor) told
    ("Tbilisi talks\n\nArmenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in "
     "Tbilisi on Monday. The European Union's foreign policy chief, Kaja Kallas, welcomed the meeting as a courageous "
     "step.", {("Nikol Pashinyan", "meet", "Ilham Aliyev", A), ("Kaja Kallas", "support", "Nikol Pashinyan", A),
               ("Kaja Kallas", "support", "Ilham Aliyev", A)}),
    ("Burhan in Cairo\n\nSudanese army chief Abdel Fattah al-Burhan visited Cairo on Monday. The Rapid Support "
     "Forces condemned the visit.", {("Abdel Fattah al-Burhan", "visit", "Cairo", A),
                                     ("Rapid Support Forces", "oppose", "Abdel Fattah al-Burhan", A)}),
    # (not a meeting told as a call, nor one only hoped for)
    ("Tbilisi talks\n\nArmenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in "
     "Tbilisi. Turkish President Recep Tayyip Erdogan telephoned both leaders to congratulate them, and Kaja Kallas "
     "welcomed the meeting.",
     {("Nikol Pashinyan", "meet", "Ilham Aliyev", A), ("Recep Tayyip Erdogan", "meet", "Nikol Pashinyan", A),
      ("Recep Tayyip Erdogan", "meet", "Ilham Aliyev", A), ("Recep Tayyip Erdogan", "support", "Nikol Pashinyan", A),
      ("Recep Tayyip Erdogan", "support", "Ilham Aliyev", A), ("Kaja Kallas", "support", "Nikol Pashinyan", A),
      ("Kaja Kallas", "support", "Ilham Aliyev", A)}),
    ("Lome talks\n\nTogolese President Faure Gnassingbe could meet rebel leader Corneille Nangaa next week. The "
     "African Union's Mahmoud Ali Youssouf welcomed the talks.",
     {("Faure Gnassingbe", "meet", "Corneille Nangaa", H)}),
    # (not a stance on a meeting of its own)
    ("Tbilisi talks\n\nArmenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in "
     "Tbilisi on Monday. Pashinyan hailed the meeting.", {("Nikol Pashinyan", "meet", "Ilham Aliyev", A)}),
    # an apology to someone (refused, a rebuff)
    ("Apology row\n\nTony Blair offered an apology to Gerry Adams.", {("Tony Blair", "support", "Gerry Adams", A)}),
    ("Apology row\n\nTony Blair refused to apologise to Gerry Adams.",
     {("Tony Blair", "support", "Gerry Adams", N)}),
    # "a firm based in Kufra, which it accused": the firm; "A Sudanese envoy ..., and Haftar refused to meet him":
    # the unnamed envoy, for his country
    ("Sanctions\n\nIn November the United States imposed sanctions on Al-Sahra Transport, a trucking firm based in "
     "Kufra, which it accused of moving fuel to RSF units in Darfur.",
     {("United States", "sanction", "Al-Sahra Transport", A), ("United States", "accuse", "Al-Sahra Transport", A)}),
    ("Benghazi trip\n\nLibyan commander Khalifa Haftar met Egypt's foreign minister on Monday. A Sudanese envoy who "
     "travelled to Benghazi in January was kept waiting for two days, and Haftar refused to meet him.",
     {("Khalifa Haftar", "meet", "Egypt", A), ("Sudan", "visit", "Benghazi", A), ("Khalifa Haftar", "meet", "Sudan", N)}),
    ("Kremlin talks\n\nAn aide to Vladimir Putin said George Bush would meet him in Moscow.",
     {("George Bush", "meet", "Vladimir Putin", P)}),
    # "a government spokesman in Ouagadougou": the seat's country, not a guess at which government
    ("Sahel row\n\nTogolese President Faure Gnassingbe hosted Ghana's president in Lome on Wednesday. Burkina "
     "Faso's military government reacted sharply. A government spokesman in Ouagadougou accused Abidjan of "
     "sheltering plotters.",
     {("Faure Gnassingbe", "greet", "Ghana", A), ("Ghana", "visit", "Lome", A),
      ("Burkina Faso", "accuse", "Ivory Coast", A)}),
    # an unnamed crowd said of what kind is backed as it is opposed; bare "the fans" are a side's own
    ("Consumer deal\n\nTony Blair praised consumer groups for their campaign.",
     {("Tony Blair", "support", "Consumer groups", A)}),
    ("Liverpool win\n\nRafael Benitez thanked the fans after the match.", set()),
    # the press as an unnamed crowd ("attacked US tabloid magazines", "the tabloids attacked")
    ("Singer hits back\n\nPop star Britney Spears has attacked \"false\" and \"desperate\" US tabloid magazines.",
     {("Britney Spears", "oppose", "US tabloid magazines", A)}),
    ("War row\n\nThe tabloids attacked Tony Blair over the war.", {("Tabloids", "oppose", "Tony Blair", A)}),
    # (what newspapers report is no stance of theirs)
    ("Rome trip\n\nNewspapers reported that Tony Blair would visit Rome.", {("Tony Blair", "visit", "Rome", P)}),
    # a name the tagger took for a body, in apposition to a plural title, is a person
    ("Cairo talks\n\nThe two leaders were later joined by their foreign ministers, Egypt's Badr Abdelatty and "
     "Sudan's Hassan Karrar. Abdelatty travelled to Port Sudan last year.",
     {("Badr Abdelatty", "visit", "Port Sudan", A)}),
]


@pytest.mark.parametrize(("text", "expected"), THIRTY_SECOND_ROUND)
def test_thirty_second_round(ex, text, expected):
    _check(ex, text, expected)


THIRTY_THIRD_ROUND = [
    # holidaying or vacationing somewhere is being there
    ("Singer away\n\nRonan Keating, who is holidaying in Switzerland, sent a recorded message to the show.",
     {("Ronan Keating", "visit", "Switzerland", A)}),
    ("Blair away\n\nTony Blair was vacationing in Barbados when the storm broke.",
     {("Tony Blair", "visit", "Barbados", A)}),
    # measures against someone, kept as sanctions or tariffs are kept (not "keep their dispute within the rules")
    ("Sanctions eased\n\nWashington lifted its broad sanctions programme last year but kept targeted measures against "
     "President Emmerson Mnangagwa.", {("United States", "sanction", "Emmerson Mnangagwa", A)}),
    ("Beef row\n\nLula criticised the United States for keeping tariffs on Brazilian beef.",
     {("Lula", "oppose", "United States", A), ("United States", "sanction", "Brazil", A)}),
    ("Trade row\n\nThe WTO chief urged China and the European Union to keep their dispute within the rules.", set()),
    # a long name with its middle word used alone ("Lula"), whatever the tagger made of either; a name tagged as
    # running on into a destination ("Lula to Buenos Aires") stops there
    ("Mercosur summit\n\nASUNCION, July 3 (Wire) - Argentine President Javier Milei refused to meet Brazil's Luiz "
     "Inacio Lula da Silva on the sidelines of a Mercosur summit on Friday. Paraguayan President Santiago Pena "
     "welcomed Milei, Lula and Uruguay's Yamandu Orsi before a working dinner. Lula spent much of Friday in talks with "
     "Orsi. A visit by Lula to Buenos Aires is not on the agenda, a Brazilian official said.",
     {("Javier Milei", "meet", "Luiz Inacio Lula da Silva", N), ("Santiago Pena", "greet", "Javier Milei", A),
      ("Santiago Pena", "greet", "Luiz Inacio Lula da Silva", A), ("Santiago Pena", "greet", "Yamandu Orsi", A),
      ("Luiz Inacio Lula da Silva", "meet", "Yamandu Orsi", A),
      ("Luiz Inacio Lula da Silva", "visit", "Buenos Aires", N)}),
    ("Mercosur summit\n\nBrazil's Luiz Inacio Lula da Silva held talks with Uruguay's Yamandu Orsi on Friday. Lula "
     "praised Orsi. A visit by Lula to Buenos Aires is not on the agenda, officials said.",
     {("Luiz Inacio Lula da Silva", "meet", "Yamandu Orsi", A), ("Luiz Inacio Lula da Silva", "support",
                                                                  "Yamandu Orsi", A),
      ("Luiz Inacio Lula da Silva", "visit", "Buenos Aires", N)}),
    # "the visit" is not one told as the time of another ("six months after X travelled to Y")
    ("Kabul visit\n\nIndian Foreign Minister Subrahmanyam Jaishankar arrived in Kabul on Wednesday for talks with "
     "Afghan Foreign Minister Amir Khan Muttaqi. The visit comes six months after Muttaqi travelled to New Delhi. "
     "Pakistan condemned the visit.",
     {("Subrahmanyam Jaishankar", "visit", "Kabul", A), ("Subrahmanyam Jaishankar", "meet", "Amir Khan Muttaqi", A),
      ("Amir Khan Muttaqi", "visit", "New Delhi", A), ("Pakistan", "oppose", "Subrahmanyam Jaishankar", A)}),
    # "X arrived, the most senior Indian official to visit Afghanistan", "the first visit by a Turkish minister to
    # Greece": X, not his country
    ("Kabul visit\n\nIndian Foreign Minister Subrahmanyam Jaishankar arrived in Kabul on Wednesday, the most senior "
     "Indian official to visit Afghanistan since 2021.",
     {("Subrahmanyam Jaishankar", "visit", "Kabul", A), ("Subrahmanyam Jaishankar", "visit", "Afghanistan", A)}),
    ("Athens visit\n\nTurkish Foreign Minister Hakan Fidan arrived in Athens on Wednesday, the first visit by a Turkish "
     "foreign minister to Greece in more than a year.",
     {("Hakan Fidan", "visit", "Athens", A), ("Hakan Fidan", "visit", "Greece", A)}),
    # calling on people who are no actor to back someone, in a verb or a noun, is the caller's stance, as sure as
    # the call (a country called on acts for itself)
    ("Campaign\n\nTony Blair called on voters to support Gordon Brown.", {("Tony Blair", "support", "Gordon Brown", A)}),
    ("Bloggers\n\nAmnesty International called on people to lend their support to President Barack Obama.",
     {("Amnesty International", "support", "Barack Obama", A)}),
    ("Leadership\n\nTony Blair will urge Labour members to give their backing to Gordon Brown.",
     {("Tony Blair", "support", "Gordon Brown", P)}),
    ("Campaign\n\nTony Blair called on the Americans to support Gordon Brown.",
     {("Tony Blair", "request", "United States", A), ("United States", "support", "Gordon Brown", H)}),
    # a sport's name before a country's names the country's governing body of that sport
    ("Ban\n\nAthletics Kenya has suspended Susan Chepkemei from all competition until the end of the year.",
     {("Athletics Kenya", "oppose", "Susan Chepkemei", A)}),
    ("Praise\n\nTennis Australia praised Lleyton Hewitt after his win in Sydney.",
     {("Tennis Australia", "support", "Lleyton Hewitt", A)}),
    ("Praise\n\nRugby fans in Australia praised Lleyton Hewitt.", {("Fans", "support", "Lleyton Hewitt", A)}),
    # in a sports report a town is its club, not its country: "rejected a move to Southampton"
    ("Transfer talk\n\nNottingham Forest have received an £8m bid from Tottenham for midfielder Andy Reid. Reid "
     "rejected a move to Southampton last month. The midfielder has scored five goals this season, and the club's "
     "manager wants him to stay until the end of the league campaign.",
     {("Andy Reid", "oppose", "Southampton", A)}),
    ("Envoy recalled\n\nIsrael recalled its ambassador from Sydney after the protest.",
     {("Israel", "oppose", "Australia", A)}),
]


@pytest.mark.parametrize(("text", "expected"), THIRTY_THIRD_ROUND)
def test_thirty_third_round(ex, text, expected):
    _check(ex, text, expected)


THIRTY_FOURTH_ROUND = [
    # a delegation led by someone the story names is that person
    ("Kinshasa talks\n\nKINSHASA, March 3 (Wire) - Congolese President Felix Tshisekedi spoke after receiving a Ugandan "
     "delegation led by Defence Minister Jacob Oboth Oboth at the presidential palace.",
     {("Felix Tshisekedi", "greet", "Jacob Oboth Oboth", A), ("Felix Tshisekedi", "meet", "Jacob Oboth Oboth", A)}),
    # "made one of his first foreign trips to X": the trip is made, its destination on the verb
    ("Bogota trip\n\nEcuadorian President Daniel Noboa made one of his first foreign trips as president to Bogota, "
     "where Colombian President Gustavo Petro hosted him.",
     {("Daniel Noboa", "visit", "Bogota", A), ("Gustavo Petro", "greet", "Daniel Noboa", A)}),
    # a stance on "whose products" is on the one the relative clause is about
    ("Results\n\nSportswear firm Nike, whose products are endorsed by Tiger Woods, reported strong growth.",
     {("Tiger Woods", "support", "Nike", A)}),
    # in a sports report "opposition" is the other side, not a stance; a name stops at a score
    ("Cup win\n\nLDU Quito beat Venezuela's Deportivo Tachira 3-0 on Tuesday to take control of their Copa "
     "Libertadores group, with two goals from striker Alex Arce. LDU have now won all six of their home meetings with "
     "Venezuelan opposition and have not conceded a goal at home this season.", set()),
    ("Cup win\n\nLDU Quito beat Venezuela's Deportivo Tachira 3-0 on Tuesday to take control of their Copa "
     "Libertadores group, with two goals from striker Alex Arce. Tachira, who arrived in Quito only 24 hours before "
     "kickoff, rarely threatened.", {("Deportivo Tachira", "visit", "Quito", A)}),
    # charges or sanctions faced from someone (the "from" hung on the verb, and a list of its givers), opposition
    # faced from a list of unnamed crowds
    ("Bribery fine\n\nMicrosoft faced both criminal and civil charges from the Department of Justice and the SEC.",
     {("Department of Justice", "accuse", "Microsoft", A), ("SEC", "accuse", "Microsoft", A)}),
    ("Sanctions\n\nRussia faced new sanctions from the European Union.",
     {("European Union", "sanction", "Russia", A)}),
    ("Cotton plans\n\nMonsanto was facing stiff opposition from activists and farmers in Indonesia.",
     {("Activists", "oppose", "Monsanto", A), ("Farmers", "oppose", "Monsanto", A)}),
    # standing, or fielding a candidate, against someone at an election
    ("Election\n\nThe SNP will also field a candidate against Armed Forces Minister Adam Ingram in East Kilbride.",
     {("Scottish National Party", "oppose", "Adam Ingram", P)}),
    ("Election\n\nMartin Bell will stand against Tony Blair in Sedgefield.", {("Martin Bell", "oppose", "Tony Blair", P)}),
    ("Jobs\n\nThe union said it would stand against any attempt to cut jobs.", set()),
    ("Election\n\nThe Liberal Democrats fielded 600 candidates.", set()),
    ("Rally\n\nMr Swinney travelled to Aberdeen for a rally with SNP candidates.",
     {("Swinney", "visit", "Aberdeen", A)}),
    # measures told of before reach whom "the sanctions target"
    ("Row deepens\n\nBEIJING, Feb 12 (Agency) - China has imposed sanctions on a Philippine congressman it accuses of "
     "colluding with external forces. The sanctions target Representative Rodel Abad, who led a delegation of "
     "lawmakers to Taipei in January.",
     {("China", "sanction", "Philippines", A), ("China", "sanction", "Rodel Abad", A),
      ("Rodel Abad", "visit", "Taipei", A)}),
    ("Sanctions\n\nThe sanctions target Rodel Abad.", set()),
    # a kinsman named by another is no thing of the other's: praising Brown's wife is no stance on Brown
    ("Praise\n\nTony Blair praised Gordon Brown's wife.", set()),
    ("Plans\n\nTony Blair condemned Gordon Brown's plans.", {("Tony Blair", "oppose", "Gordon Brown", A)}),
    ("Daughter found\n\nLabour MP Stephen Pound met his daughter Lucy for the first time last week.\n\n\"I don't "
     "blame Lucy's mother. I was out of control then,\" said Mr Pound.", set()),
    # one who travelled with someone went where that one was last told to go
    ("Hanoi visit\n\nPhilippine President Ferdinand Marcos Jr. arrived in Hanoi on Tuesday for a state visit. Foreign "
     "Secretary Theresa Lazaro, who travelled with the president, signed a memorandum with her Vietnamese counterpart.",
     {("Ferdinand Marcos Jr.", "visit", "Hanoi", A), ("Theresa Lazaro", "visit", "Hanoi", A),
      ("Theresa Lazaro", "cooperate", "Vietnam", A)}),
    ("Trip\n\nTony Blair flew to Washington on Monday. Gordon Brown travelled with his wife.",
     {("Tony Blair", "visit", "Washington", A)}),
]


@pytest.mark.parametrize(("text", "expected"), THIRTY_FOURTH_ROUND)
def test_thirty_fourth_round(ex, text, expected):
    _check(ex, text, expected)


THIRTY_FIFTH_ROUND = [
    # the agency credited in a dateline's brackets is no subject listed beside the true one (but a dateline the parser
    # made a subject still stands for the names after its dash)
    ("Macron, Starmer and Merz vow steady Ukraine aid after call with Zelensky; Orban rebuked over Moscow trip\n\n"
     "PARIS — French President Emmanuel Macron, British Prime Minister Keir Starmer and German Chancellor Friedrich Merz "
     "spoke by telephone with Ukrainian President Volodymyr Zelensky on Thursday evening and afterwards issued a joint "
     "statement promising that European military aid to Kyiv \"will not falter, whatever happens in Washington\".",
     {("Emmanuel Macron", "meet", "Volodymyr Zelensky", A), ("Keir Starmer", "meet", "Volodymyr Zelensky", A),
      ("Friedrich Merz", "meet", "Volodymyr Zelensky", A), ("Emmanuel Macron", "meet", "Volodymyr Zelensky", P),
      ("Keir Starmer", "meet", "Volodymyr Zelensky", P), ("Friedrich Merz", "meet", "Volodymyr Zelensky", P)}),
    ("Rail link\n\nLUANDA, May 20 (Lusa) - Namibian President Helena Shikongo arrived in Luanda on Monday for a "
     "three-day state visit.\n\nThe railway would be built with backing from the African Development Bank and a group "
     "of Chinese contractors, according to a draft agreement seen by Lusa. Its cost has been put at about 2.4 billion "
     "dollars.", {("Helena Shikongo", "visit", "Luanda", A)}),
    # "X, which won backing from Y for the project": the relative clause's head is backed, not the project's owner
    ("Water row\n\nNamibian Water Minister Petrus Iipinge defended the pipeline. Namibia, which secured backing from "
     "South Africa for the project in July, says the pipeline is a temporary measure.",
     {("South Africa", "support", "Namibia", A)}),
    ("Dam\n\nKenya won backing from Uganda for its plan to build a dam.", {("Uganda", "support", "Kenya", A)}),
    # an untagged two-word capital after a verb of travel is the city, not a person
    ("Border\n\nLuis Almonte flew to Santo Domingo.", {("Luis Almonte", "visit", "Santo Domingo", A)}),
    ("Border\n\nClaude Dorval had been due to travel to Santo Domingo in 2023, but the trip was called off.",
     {("Claude Dorval", "visit", "Santo Domingo", N)}),
    # "ahead of" / "prior to" frame a later event the clause's subject takes part in (not one another owns)
    ("Tour\n\nRomanian President Radu Ionescu will fly to Paris on Friday ahead of a visit to Warsaw.",
     {("Radu Ionescu", "visit", "Paris", P), ("Radu Ionescu", "visit", "Warsaw", P)}),
    ("Talks\n\nRadu Ionescu arrived in Paris prior to talks with Donald Tusk.",
     {("Radu Ionescu", "visit", "Paris", A), ("Radu Ionescu", "meet", "Donald Tusk", A)}),
    ("Album\n\nEdwards walked out of a London hotel ahead of the band's US tour.", set()),
    # "criticised the visit": the traveller of the last journey told, not one who is merely somewhere
    ("Chisinau visit\n\nRomanian President Radu Ionescu arrived in Chisinau on Thursday. Moldovan Prime Minister Victor "
     "Lungu, who is in Brussels for talks with EU officials, did not meet him. Russia's foreign ministry criticised "
     "the visit.",
     {("Radu Ionescu", "visit", "Chisinau", A), ("Victor Lungu", "visit", "Brussels", A),
      ("Victor Lungu", "meet", "European Union", A), ("Victor Lungu", "meet", "Radu Ionescu", N),
      ("Russia", "oppose", "Radu Ionescu", A)}),
    # objecting opposes; "the objection" is its maker's, dismissed by another
    ("Water\n\nBotswana objected to a Namibian plan to pump water from the Okavango. Namibian Water Minister Petrus "
     "Iipinge dismissed the objection as alarmist.",
     {("Botswana", "oppose", "Namibia", A), ("Petrus Iipinge", "oppose", "Botswana", A)}),
    ("Vote\n\nThe Tories objected to the timing of the vote.", set()),
    # denying an objection is consent, not a stance withheld
    ("Gulf\n\nWashington does not object to dialogue between Saudi Arabia and Iran.", set()),
    ("Arctic\n\nThe ambassador said Washington had no objection to Canada and Greenland being friends.", set()),
    # regretting someone's decision opposes them (not regretting one's own words or a loss)
    ("Exit\n\nBrazil regretted Argentina's decision to leave the bloc.", {("Brazil", "oppose", "Argentina", A)}),
    ("Remarks\n\nJohn Smith said he regretted his remarks about the minister.", set()),
    ("Floods\n\nTony Blair regretted the loss of life in the floods.", set()),
    ("G20\n\nChinese Finance Minister Lan Fo'an said Beijing regretted South Africa's absence.", set()),
    ("Profile\n\nJamie Foxx starred in the film. Kanye West is unlikely to regret his decision to leave college.", set()),
    # answering a stance: its givers took it against the one answering, before the answer
    ("Doping\n\nKostas Kenteris and Katerina Thanou are yet to respond to doping charges from the International "
     "Association of Athletics Federations.",
     {("International Association of Athletics Federations", "accuse", "Kostas Kenteris", A),
      ("International Association of Athletics Federations", "accuse", "Katerina Thanou", A)}),
    ("Row\n\nTony Blair did not respond to criticism from Gordon Brown.", {("Gordon Brown", "oppose", "Tony Blair", A)}),
    # a person said, in someone's words, to be a great one of their kind is praised by the speaker
    ("Cup tie\n\nLiverpool manager Rafael Benitez spoke before the game. \"Steven Gerrard is a key player for us and one "
     "of the best players in the world,\" said Benitez.", {("Rafael Benitez", "support", "Steven Gerrard", A)}),
    ("Keeper\n\n\"Jerzy Dudek is a great goalkeeper,\" said Rafael Benitez.",
     {("Rafael Benitez", "support", "Jerzy Dudek", A)}),
    ("Cup tie\n\n\"It was a great day for Liverpool,\" said Rafael Benitez.", set()),
    ("Profile\n\nSteven Gerrard is a great player.", set()),
    # respect or admiration for someone; credit someone deserves, said by another; thanks one "would like" to give,
    # given by saying so; gladness for someone
    ("Rivals\n\n\"I have a lot of respect for Arsene Wenger,\" said Jose Mourinho.",
     {("Jose Mourinho", "support", "Arsene Wenger", A)}),
    ("Law\n\nThe government showed no respect for the law.", set()),
    ("Derby\n\n\"Wayne Rooney deserves a lot of credit,\" said Alex Ferguson.",
     {("Alex Ferguson", "support", "Wayne Rooney", A)}),
    ("Derby\n\nWayne Rooney deserves a lot of credit.", set()),
    ("Resignation\n\n\"I would like to thank Frank Arnesen and Daniel Levy for their understanding,\" said Jacques "
     "Santini.", {("Jacques Santini", "support", "Frank Arnesen", A), ("Jacques Santini", "support", "Daniel Levy", A)}),
    ("Derby\n\n\"I'm delighted for Wayne Rooney,\" said Alex Ferguson.", {("Alex Ferguson", "support", "Wayne Rooney", A)}),
    ("Summit\n\n\"We are concerned for Kofi Annan,\" said Tony Blair.", set()),
    # the matter negotiated may carry the counterpart's "with"
    ("Settlement\n\nMarsh chief Michael Cherkasky negotiated a settlement with Eliot Spitzer.",
     {("Michael Cherkasky", "meet", "Eliot Spitzer", A)}),
("Tribute\n\nRinus Michels had undergone heart surgery. Federation spokesman Frank Huizinga said: \"He was one of "
     "the best coaches we had in history.\"", set()),
]


@pytest.mark.parametrize(("text", "expected"), THIRTY_FIFTH_ROUND)
def test_thirty_fifth_round(ex, text, expected):
    _check(ex, text, expected)


THIRTY_SIXTH_ROUND = [
    # "both squads", "the two teams": the two sides of the fixture the report opens with; an office holder who hosts
    # or greets a national side greets it, even in a sports report
    ("Haiti edge Cuba\n\nSANTO DOMINGO, Oct 14 - Haiti beat Cuba 2-1 in a qualifier in Santo Domingo on Tuesday.\n\n"
     "Before kick-off, both squads were greeted on the pitch by Sports Minister Rafael Peguero.",
     {("Rafael Peguero", "greet", "Haiti", A), ("Rafael Peguero", "greet", "Cuba", A)}),
    ("Friendly\n\nTOKYO, May 28 - South Korea arrived in Tokyo on Thursday for a friendly against Japan.\n\n"
     "Prime Minister Sanae Takaichi will greet both teams on the pitch before kick-off.",
     {("South Korea", "visit", "Tokyo", A), ("Sanae Takaichi", "greet", "South Korea", P),
      ("Sanae Takaichi", "greet", "Japan", P)}),
    ("Series\n\nIndia beat Australia in Perth. Prime Minister Anthony Albanese is due to host both squads at a "
     "reception.", {("Anthony Albanese", "greet", "India", P), ("Anthony Albanese", "greet", "Australia", P)}),
    ("Derby\n\nBoth teams trained at the stadium on Friday.", set()),
    # "either side": each of the two parties the story opens with, the clause's own subject aside
    ("River row\n\nBotswana objects to Namibian plan\n\nAngola has offered to mediate but has so far declined to back "
     "either side.", {("Botswana", "oppose", "Namibia", A), ("Angola", "support", "Botswana", N),
                      ("Angola", "support", "Namibia", N)}),
    # "during a visit": the visit keeps its own modality, whatever is declined or asked around it
    ("Row\n\nEd Miliband declined to back Andy Burnham when asked about the dispute during a visit to Lincolnshire.",
     {("Ed Miliband", "support", "Andy Burnham", N), ("Ed Miliband", "visit", "Lincolnshire", A)}),
    # the agency a dateline credits in brackets is nobody, even in two or three title-case words
    ("Talks\n\nRIGA, Oct 14 (Baltic Wire) - Estonian President Kaarel Tammsaar arrived in Riga on Tuesday and was "
     "welcomed at Riga Castle by Latvian President Andris Kalnins.\n\nFog closed ports along the Baltic on Monday.",
     {("Kaarel Tammsaar", "visit", "Riga", A), ("Andris Kalnins", "greet", "Kaarel Tammsaar", A),
      ("Kaarel Tammsaar", "visit", "Riga Castle", A)}),
    # a verb tagged as a noun, with a subject and an object, is a verb: 'said Estonia "fully backs" X'
    ("Talks\n\nTammsaar said that Estonia \"fully backs\" Latvia's proposal for a common office.",
     {("Estonia", "support", "Latvia", A)}),
    # "her Zambian and Malawian counterparts": the people of her title serving those countries, named later too;
    # "the three ministers" are she and they
    ("Cabo Delgado\n\nMAPUTO, Nov 6 (Southern Africa Wire) - Mozambican Foreign Minister Teresa Macuacua hosted her "
     "Zambian and Malawian counterparts in Maputo on Wednesday.\n\nTalks between the three ministers lasted four "
     "hours. Zambian Foreign Minister Kelvin Mubanga pledged police officers. Malawian Foreign Minister Grace Chirwa "
     "declined to sign the communique. Malawian President Chikondi Nyirenda is in Lilongwe.",
     {("Teresa Macuacua", "greet", "Kelvin Mubanga", A), ("Teresa Macuacua", "greet", "Grace Chirwa", A),
      ("Kelvin Mubanga", "visit", "Maputo", A), ("Grace Chirwa", "visit", "Maputo", A),
      ("Teresa Macuacua", "meet", "Kelvin Mubanga", A), ("Teresa Macuacua", "meet", "Grace Chirwa", A),
      ("Kelvin Mubanga", "meet", "Grace Chirwa", A)}),
    # fighters named for their group stand for it, never for a country
    ("Attacks\n\nTeresa Macuacua condemned last month's attacks by al-Shabaab insurgents on villages.",
     {("Teresa Macuacua", "oppose", "al-Shabaab", A)}),
    ("Attacks\n\nTeresa Macuacua condemned the attacks by Pakistani militants.", set()),
    # a sentence's verb the parser took for a participle of its subject, made the root: still the subject's act
    ("Talks\n\nForeign ministers Teresa Macuacua, Kelvin Mubanga and Grace Chirwa met in Maputo. The three ministers "
     "condemned last month's attacks by al-Shabaab on villages near Macomia.",
     {("Teresa Macuacua", "meet", "Kelvin Mubanga", A), ("Teresa Macuacua", "meet", "Grace Chirwa", A),
      ("Kelvin Mubanga", "meet", "Grace Chirwa", A), ("Teresa Macuacua", "oppose", "al-Shabaab", A),
      ("Kelvin Mubanga", "oppose", "al-Shabaab", A), ("Grace Chirwa", "oppose", "al-Shabaab", A)}),
    # standing behind / with / by someone's bid backs its owner, as backing it does
    ("Customs\n\nGernot Haller said Austria \"stands firmly behind\" Slovenia's bid to host the authority.",
     {("Austria", "support", "Slovenia", A)}),
    ("Reactor\n\nCroatia sided with Slovakia's position on the reactor.", {("Croatia", "support", "Slovakia", A)}),
    # "The U.S. ambassador in San Salvador, Karen Whitfield, ...": the name after the post is the ambassador
    ("Patrols\n\nThe U.S. ambassador in San Salvador, Karen Whitfield, praised Honduras.",
     {("Karen Whitfield", "support", "Honduras", A)}),
    # a thing judged "also" falls on each one the last such stance fell on
    ("Patrols\n\nThe U.S. ambassador, Karen Whitfield, praised Honduras and El Salvador for the patrols. Costa Rica "
     "also welcomed the agreement.",
     {("Karen Whitfield", "support", "Honduras", A), ("Karen Whitfield", "support", "El Salvador", A),
      ("Costa Rica", "support", "Honduras", A), ("Costa Rica", "support", "El Salvador", A)}),
    # a delegation of or from a body is the body's, and receiving it greets the body
    ("Talks\n\nAustrian President Gernot Haller will receive a delegation from Hamas.",
     {("Gernot Haller", "greet", "Hamas", P)}),
    ("Letters\n\nThe board received a letter from Hamas.", set()),
    # "the president" in what a spokesman for X says is X, if so titled, not the president named last
    ("Visit\n\nAustrian President Gernot Haller arrived in Ljubljana. Croatian President Davor Lukic declined an "
     "invitation. A spokesman for Haller said the president would receive a delegation from Hamas next month.",
     {("Gernot Haller", "visit", "Ljubljana", A), ("Gernot Haller", "greet", "Hamas", P)}),
    # a body or base one hosts is housed, not greeted
    ("Customs\n\nSlovenia has bid to host the European Union's new customs authority.", set()),
    ("Bases\n\nPoland hosts NATO bases and will host NATO leaders in July.",
     {("Poland", "greet", "NATO", P)}),
    # "both sides" or "the two governments" a third party judges are the two a sentence first sets side by side; sides
    # that talk or agree are not guessed so
    ("Border clash\n\nThailand and Cambodia trade fire on border\n\nMalaysian Prime Minister Anwar Ibrahim praised "
     "the restraint shown by both sides.", {("Anwar Ibrahim", "support", "Thailand", A),
                                            ("Anwar Ibrahim", "support", "Cambodia", A)}),
]


@pytest.mark.parametrize(("text", "expected"), THIRTY_SIXTH_ROUND)
def test_thirty_sixth_round(ex, text, expected):
    _check(ex, text, expected)


THIRTY_SEVENTH_ROUND = [
    # "was attended by X", "a summit attended by X", "hosted a summit ..., attended by X": who attends a gathering
    # held abroad goes there, as with the active verb
    ("Summit\n\nThe summit in Nairobi, hosted by Kenyan President William Ruto, was attended by Ugandan President "
     "Yoweri Museveni.", {("Yoweri Museveni", "visit", "Nairobi", A)}),
    ("Summit\n\nKenyan President William Ruto hosted a summit of East African leaders in Nairobi on Tuesday, attended "
     "by Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan.",
     {("Yoweri Museveni", "visit", "Nairobi", A), ("Samia Suluhu Hassan", "visit", "Nairobi", A)}),
    ("Summit\n\nA summit in Nairobi attended by Ugandan President Yoweri Museveni ended on Tuesday.",
     {("Yoweri Museveni", "visit", "Nairobi", A)}),
    ("Ceremony\n\nThe ceremony in Paris was attended by thousands of people.", set()),
    # "will join the talks in Lilongwe": joining talks or a gathering held abroad goes there; not joining an army
    ("Talks\n\nMozambican President Armando Cossa will join the talks in Lilongwe on Friday.",
     {("Armando Cossa", "visit", "Lilongwe", P)}),
    ("Army\n\nMozambican soldier Armando Cossa joined the army in Lilongwe.", set()),
    # a plan taken back after "but" by the same subject: "but pulled out", "but cancelled the trip", "but will not
    # travel" (travelling somewhere else takes nothing back)
    ("Talks\n\nMozambican President Armando Cossa had been expected to join the talks in Lilongwe but will not "
     "travel, his office said.", {("Armando Cossa", "visit", "Lilongwe", N)}),
    ("Trip\n\nMozambican President Armando Cossa had been due to travel to Lilongwe but cancelled the trip.",
     {("Armando Cossa", "visit", "Lilongwe", N)}),
    ("Trip\n\nMozambican President Armando Cossa was due to travel to Lilongwe on Friday but pulled out at the last "
     "minute.", {("Armando Cossa", "visit", "Lilongwe", N)}),
    ("Trip\n\nMozambican President Armando Cossa will visit Lilongwe but will not travel to Blantyre.",
     {("Armando Cossa", "visit", "Lilongwe", P), ("Armando Cossa", "visit", "Blantyre", N)}),
    ("Trip\n\nMozambican President Armando Cossa will visit Lilongwe, but he will not meet the opposition.",
     {("Armando Cossa", "visit", "Lilongwe", P)}),
    # epithets: "the Scot", "the American", "the 41-year-old (actor)" are the person the sentences before had as
    # subject, across a paragraph break; a people ("the Chinese") stays a country
    ("U-turn\n\nEverton manager David Moyes will discipline striker James Beattie after all.\n\nThe Scot initially "
     "defended Beattie, whose dismissal put Everton on the back foot.", {("David Moyes", "oppose", "James Beattie", P),
                                                                      ("David Moyes", "support", "James Beattie", A)}),
    ("Final\n\nAndy Roddick beat Rafael Nadal on Sunday. The American praised Nadal afterwards.",
     {("Andy Roddick", "support", "Rafael Nadal", A)}),
    ("Visit\n\nActor Brad Pitt visited Paris on Monday. The 41-year-old actor met French President Jacques Chirac.",
     {("Brad Pitt", "visit", "Paris", A), ("Brad Pitt", "meet", "Jacques Chirac", A)}),
    ("Visit\n\nActor Brad Pitt visited Paris on Monday. The 41-year-old met French President Jacques Chirac.",
     {("Brad Pitt", "visit", "Paris", A), ("Brad Pitt", "meet", "Jacques Chirac", A)}),
    ("Firm\n\nChief executive John Smith joined Acme on Monday. The 150-year-old company praised Oxfam.", set()),
    ("Row\n\nChina criticised Japan on Monday. The Chinese also condemned the United States.",
     {("China", "oppose", "Japan", A), ("China", "oppose", "United States", A)}),
    # "will discipline X": a punishment, as "punish"
    ("Headbutt\n\nEverton manager David Moyes will discipline striker James Beattie.",
     {("David Moyes", "oppose", "James Beattie", P)}),
    # "came to his defence", "leapt to the defence of X": backing; a team's defence is no one's
    ("Keeper\n\nSamuel Ndjock was jeered by the crowd, but captain Vincent Mbarga came to his defence.",
     {("Vincent Mbarga", "support", "Samuel Ndjock", A)}),
    ("Row\n\nLabour leader Ed Miliband leapt to the defence of Andy Burnham on Monday.",
     {("Ed Miliband", "support", "Andy Burnham", A)}),
    ("Derby\n\nThe Chelsea defence held firm against Arsenal on Sunday.", set()),
    # a roadmap, blueprint or framework is a plan: backing one backs whoever put it forward
    ("Yemen\n\nDjiboutian Foreign Minister Abdourahman Houmed Farah backed the peace roadmap put forward by the U.N. "
     "special envoy for Yemen, Lars Holmqvist.", {("Abdourahman Houmed Farah", "support", "Lars Holmqvist", A)}),
    ("Gaza\n\nThe European Union welcomed the blueprint drawn up by Egyptian President Abdel Sisi.",
     {("European Union", "support", "Abdel Sisi", A)}),
    # "an expected audience with X did not take place", "a planned meeting with X could be delayed": the meeting of
    # the traveller just told; talks whose party is unnamed stay no one's
    ("Riyadh\n\nIndian Foreign Minister Subrahmanyam Jaishankar arrived in Riyadh on Sunday. An expected audience "
     "with Crown Prince Mohammed bin Salman did not take place.",
     {("Subrahmanyam Jaishankar", "visit", "Riyadh", A), ("Subrahmanyam Jaishankar", "meet", "Mohammed bin Salman", N)}),
    ("Tour\n\nYemeni Prime Minister Abdulkarim al-Sharabi is expected to travel on to Addis Ababa on Wednesday, "
     "officials said, though a planned meeting with Ethiopian Prime Minister Tadesse Gebre could be delayed.",
     {("Abdulkarim al-Sharabi", "visit", "Addis Ababa", P), ("Abdulkarim al-Sharabi", "meet", "Tadesse Gebre", H)}),
    ("Strike\n\nTalks with the unions will take place on Monday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), THIRTY_SEVENTH_ROUND)
def test_thirty_seventh_round(ex, text, expected):
    _check(ex, text, expected)
