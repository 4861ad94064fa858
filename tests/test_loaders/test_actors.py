"""Tests for loaders/actors.py: canonical labels and types, roles from titles and appositions, and what a
mention (surname, pronoun, description, capital, demonym) refers to, as sentence tables in our own words."""
from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Span

from loaders.actors import find_actors, slugify
from loaders.records import ACTOR_TYPES

ROLES = [
    # titles before the name
    ("Chinese President Xi Jinping toured the port of Piraeus.", ("Xi Jinping", "president", "China", None)),
    ("British Prime Minister Rishi Sunak visited Kyiv.", ("Rishi Sunak", "prime minister", "United Kingdom", None)),
    ("Kenyan President William Ruto backed Ethiopia.", ("William Ruto", "president", "Kenya", None)),
    ("Japanese Prime Minister Fumio Kishida met Joe Biden.", ("Fumio Kishida", "prime minister", "Japan", None)),
    ("North Korean leader Kim Jong Un inspected a factory.", ("Kim Jong Un", "leader", "North Korea", None)),
    # the small model parses "hosted" here as an adjective: the title is read from the words before the name
    ("Egyptian President Abdel Fattah al-Sisi hosted Eritrea's Isaias Afwerki and Somalia's Hassan Sheikh Mohamud "
     "at Ittihadiya Palace in Cairo for a day of talks.", ("Abdel Fattah al-Sisi", "president", "Egypt", None)),
    ("German Chancellor Olaf Scholz met Joe Biden.", ("Olaf Scholz", "leader", "Germany", None)),
    # appositions
    ("Marie Dubois, the French ambassador to Japan, spoke to reporters.",
     ("Marie Dubois", "ambassador", "France", "Japan")),
    ("Ivan Petrov, Russia's ambassador to Germany, was summoned.", ("Ivan Petrov", "ambassador", "Russia", "Germany")),
    ("Kenya's foreign minister, Alfred Mutua, visited Uganda.", ("Alfred Mutua", "minister", "Kenya", None)),
    # family ties
    ("Boris Johnson's sister, Rachel Johnson, wrote a column.", ("Rachel Johnson", "sister", "Boris Johnson", None)),
    ("Barack Obama's wife, Michelle Obama, toured Kenya.", ("Michelle Obama", "wife", "Barack Obama", None)),
    ("Kim Jong Un greeted Xi Jinping at the airport. Kim's own sister, Kim Yo Jong, was also there.",
     ("Kim Yo Jong", "sister", "Kim Jong Un", None)),
]


@pytest.mark.parametrize(("text", "role"), ROLES)
def test_roles_from_titles_and_appositions(ex, text, role):
    assert role in ex.role_set(text), f"{text}\n  got: {sorted(ex.role_set(text), key=str)}"


def test_role_records_point_at_their_sentence(ex):
    text = "Spain backed Morocco. Kenyan President William Ruto backed Ethiopia."
    article, actors, _ = ex.run(text)
    [role] = actors.roles
    assert article.text[role.start:role.end] == role.sentence == "Kenyan President William Ruto backed Ethiopia."


def test_no_role_without_a_title(ex):
    assert ex.role_set("Justin Trudeau visited Kenya with Joe Biden.") == set()


def test_a_title_before_another_name_is_that_persons(ex):
    """ "Massad Boulos, President Donald Trump's senior adviser": Boulos is no president."""
    text = "Massad Boulos, President Donald Trump's senior adviser on Africa, is expected to visit Cairo."
    roles = {(r[0], r[1]) for r in ex.role_set(text)}
    assert ("Massad Boulos", "president") not in roles


# (text, the mention as written, as_agent, expected label, expected type)
MENTIONS = [
    # forms of address, titles and demonyms are not part of a name
    ("Mr Cable attacked the budget. Vince Cable spoke later.", "Cable", True, "Vince Cable", "Person"),
    ("Gen Musharraf flew to London on Monday.", "Musharraf", True, "Musharraf", "Person"),
    ("Former Scots Guardsman Allan Hendry will stand in the election.", "Hendry", True, "Allan Hendry", "Person"),
    # a party the small model tags as a person is still a party
    ("Labour attacked the Conservatives over taxes.", "Labour", True, "Labour Party", "Organization"),
    ("Angela Merkel arrived in Athens. Merkel later met Alexis Tsipras.", "Merkel", False, "Angela Merkel", "Person"),
    ("Emmanuel Macron arrived in Algeria. He then met Abdelmadjid Tebboune.", "He", True, "Emmanuel Macron",
     "Person"),
    ("North Korea fired a missile over the sea. Japan condemned the North.", "North", False, "North Korea", "Country"),
    ("Washington praised Poland for its support.", "Washington", True, "United States", "Country"),
    ("Angela Merkel flew to Washington on Monday.", "Washington", False, "Washington", "Place"),
    ("The Russians backed Serbia in the dispute.", "Russians", True, "Russia", "Country"),
    ("The Kremlin criticised Estonia.", "Kremlin", True, "Russia", "Country"),
    ("U.S. officials criticised Iran.", "U.S.", True, "United States", "Country"),
    ("Li Wei, the Chinese ambassador to Canada, spoke in Ottawa. The ambassador later criticised Australia.",
     "ambassador", True, "Li Wei", "Person"),
    ("The Japanese Embassy in Seoul held a reception on Monday. Yoon Suk Yeol visited the embassy.",
     "embassy", False, "Japanese Embassy in Seoul", "Organization"),
    ("North Korean leader Kim Jong Un met Moon Jae-in at the border. The North Korean leader later greeted Xi "
     "Jinping.", "leader", True, "Kim Jong Un", "Person"),
    ("Rishi Sunak flew to Ukraine on Tuesday.", "Ukraine", False, "Ukraine", "Country"),
    ("British Prime Minister Rishi Sunak visited Kyiv.", "Kyiv", False, "Kyiv", "Place"),
    ("German Chancellor Olaf Scholz met Joe Biden.", "Scholz", True, "Olaf Scholz", "Person"),
    # pronouns: gender from forms of address, a fronted phrase's subject, never the one quoting
    ("Ms Druyun held talks with Mr Sears. Mr Sears said she was discussing a job.", "she", True, "Druyun",
     "Person"),
    ("Alan Budd led the inquiry. At the end of his Middle East trip, Mr Blair said he was tired.", "his", True,
     "Blair", "Person"),
    ('Gordon Brown spoke on Monday. Mark Mardell said: "Never before has he been so outspoken."', "he", True,
     "Gordon Brown", "Person"),
    ("Jack Straw flew to Asia. When he was in Tokyo, Nobutaka Machimura told the minister of his worries.", "he",
     True, "Jack Straw", "Person"),  # a fronted clause's own subject is not read forward
    # an untagged capital; a gazetteer name before the noun it classifies
    ("Moscow accused Kyiv of shelling the plant.", "Kyiv", True, "Ukraine", "Country"),
    ("The G7 nations met in London.", "G7", True, "G7", "Organization"),
    # a family word with an owner: the person the article tied to that owner by that word
    ("British Prime Minister Tony Blair flew to Washington. Tony Blair's wife, Cherie Blair, joined him. The prime "
     "minister's wife praised the court.", "wife", True, "Cherie Blair", "Person"),
    # "I" inside quotation marks is the one quoted, in the sentence or the one before
    ('Jack Straw praised the deal. "I warmly applaud the efforts of India," he said.', "I", True, "Jack Straw",
     "Person"),
    ('"I will visit China next year," said Emmanuel Macron.', "I", True, "Emmanuel Macron", "Person"),
    ('"This will help," Jack Straw said. "I applaud both sides."', "I", True, "Jack Straw", "Person"),
    ('Jack Straw spoke in Delhi. He said: "I applaud both sides."', "I", True, "Jack Straw", "Person"),
    # "the government" of a piece about one country
    ("Britain will host the summit. The UK wants a deal with France. David Davis accused the government of lying.",
     "government", True, "United Kingdom", "Country"),
    # ... or about one country's bodies, named more often than the foreign country the piece is about; earlier
    # mentions of "the government" do not count as naming that foreign country
    ("The Iraq war was illegal, Iraq experts say. The government ignored the advice on Iraq. Labour, the "
     "Conservatives and the Liberal Democrats argued about it; the Tories said so. The government denied that.",
     "government", True, "United Kingdom", "Country"),
    ("Labour and the Conservatives argued over the bill. Jane Smith, who grew up in Kenya, said she would vote "
     "against the government.", "government", True, "United Kingdom", "Country"),
    # ... also when a hyphened word says what kind of government it is
    ("KHARTOUM (Wire) - Sudan's army retook the city. Sudan's ministers met. Egypt backs the army-led government.",
     "government", True, "Sudan", "Country"),
    # a listed press-freedom watchdog is an organisation, whatever the tagger makes of "Without Borders"
    ("Iran jailed a blogger. His sentence, criticised by human rights watchdog Reporters Without Borders, came a day "
     "after a day of action.", "Reporters", True, "Reporters Without Borders", "Organization"),
    # a name after a lower-case title word is a person whatever the tagger says (not a fund after "fund manager")
    ("England coach faces rap\n\nThe RFU recently fined Northampton coach Budge Pountney £2,000 and imposed a "
     "six-week ban for his criticism of referee Steve Lander after a Premiership match.", "Pountney", False,
     "Budge Pountney", "Person"),
    ("Fund backs board\n\nHartwell's largest shareholder, the fund manager Penrose Asset Management, said it "
     "supported the board.", "Management", False, "Penrose Asset Management", "Organization"),
    # a body's head word alone is the one body named with it
    ("EU tariffs\n\nBERLIN, May 3 (Wire) - The European Commission imposed tariffs on Chinese cars. German "
     "Chancellor Friedrich Merz backed the Commission's stance.", "Commission", False, "European Commission",
     "Organization"),
]


def test_the_government_of_a_piece_about_two_countries_is_not_guessed(ex):
    _, actors, _ = ex.run("Britain and France met on Monday. David Davis accused the government of lying.")
    assert actors.mention_ids(_token(actors, "", "government")) == []


def _token(actors, text: str, word: str):
    tokens = [t for t in actors.doc if t.text == word]
    assert tokens, f"{word!r} not in {text!r}"
    return tokens[-1]  # the later mention: the one that has to be resolved


def _resolved(ex, text: str, word: str, after: int = 0, dep: str | None = None) -> list[str]:
    """The labels the first mention of a (lower-cased) word after token `after` refers to."""
    _, actors, _ = ex.run(text)
    token = next(t for t in actors.doc if t.lower_ == word and t.i > after and (dep is None or t.dep_ != dep))
    return [actors.actor(i).label for i in actors.mention_ids(token)]


@pytest.mark.parametrize(("text", "word", "as_agent", "label", "type_"), MENTIONS)
def test_what_a_mention_refers_to(ex, text, word, as_agent, label, type_):
    _, actors, _ = ex.run(text)
    ids = actors.mention_ids(_token(actors, text, word), as_agent=as_agent)
    got = [(actors.actor(i).label, actors.actor(i).type) for i in ids]
    assert got == [(label, type_)], text


def test_both_leaders_are_the_pair_the_lead_sets_against_each_other(ex):
    # "a public quarrel between Brazil's Lula and Argentina's Milei": the two the lead joins by "between", even
    # with no office said of either
    text = (
        "Lula and Milei trade barbs as Pena hosts Mercosur summit in Asuncion\n\nASUNCION, July 2 (Wire) - "
        "Paraguayan President Santiago Pena welcomed South American leaders to Asuncion on Thursday for a "
        "Mercosur summit overshadowed by a public quarrel between Brazil's Luiz Inacio Lula da Silva and "
        "Argentina's Javier Milei over the future of the trade bloc.\n\nPena greeted Lula, Uruguayan "
        "President Yamandu Orsi and Bolivian President Rodrigo Paz on the steps of the Lopez Palace. Milei "
        "flew in late from Buenos Aires and went straight to the plenary session, skipping the welcome "
        "ceremony and a planned bilateral meeting with Lula. The two presidents did not meet privately, "
        "although they sat two seats apart at the summit table.\n\nOrsi, who takes over Mercosur's rotating "
        "presidency from Paraguay, tried to calm the waters. He praised both leaders for attending and said "
        "Uruguay would convene a special meeting of trade ministers in Montevideo in September to discuss "
        "how the bloc might allow more flexibility in external negotiations.")
    _, actors, _ = ex.run(text)
    both = next(t for t in actors.doc if t.lower_ == "leaders" and actors.doc[t.i - 1].lower_ == "both")
    assert {actors.actor(i).label for i in actors.mention_ids(both)} == {"Luiz Inacio Lula da Silva", "Javier Milei"}


def test_the_three_ministers_are_the_group_the_lead_defined(ex):
    # "the foreign ministers of Japan, China and South Korea ... the three ministers": those three, not the last
    # three people named with "minister" or a leader's title in their office
    text = ("Ministers meet in Tokyo\n\nTOKYO, March 22 (Wire) - The foreign ministers of Japan, China and South Korea "
            "met in Tokyo on Saturday. Japanese Foreign Minister Takeshi Iwaya greeted Chinese Foreign Minister Wang Yi "
            "and South Korean Foreign Minister Cho Tae-yul. South Korean President Yoon Suk Yeol and Japanese Prime "
            "Minister Fumio Kishida last met in 2023. North Korea's foreign ministry condemned the three ministers.")
    _, actors, _ = ex.run(text)
    three = [t for t in actors.doc if t.lower_ == "ministers"][-1]
    assert {actors.actor(i).label for i in actors.mention_ids(three)} == {"Takeshi Iwaya", "Wang Yi", "Cho Tae-yul"}


def test_members_of_an_unnamed_group(ex):
    _, actors, _ = ex.run("Chinese diplomats visited Serbia.")
    ids = actors.members_of(_token(actors, "", "diplomats"))
    assert [actors.actor(i).label for i in ids] == ["China"]


def test_actors_have_canonical_labels_types_and_aliases(ex):
    _, actors, _ = ex.run("Angela Merkel arrived in Athens. Merkel later met Alexis Tsipras.")
    by_label = {a.label: a for a in actors.actors}
    merkel = by_label["Angela Merkel"]
    assert merkel.type == "Person" and merkel.id == "angela-merkel" and "Merkel" in merkel.aliases
    assert "Merkel" not in by_label, "a surname must not become an actor of its own"
    assert all(a.type in ACTOR_TYPES for a in actors.actors)
    assert [a.id for a in actors.actors] == sorted(a.id for a in actors.actors)


def test_the_same_person_has_the_same_id_in_two_articles(ex):
    _, first, _ = ex.run("Joe Biden met Kim Jong Un in Hanoi.")
    _, second, _ = ex.run("Kim Jong Un greeted Xi Jinping at the airport.")
    assert {a.id for a in first.actors if a.label == "Kim Jong Un"} == {a.id for a in second.actors
                                                                         if a.label == "Kim Jong Un"} == {"kim-jong-un"}


def test_find_actors_on_a_fresh_doc(nlp):
    doc = nlp("Spain and Portugal backed Morocco.")
    labels = {(a.label, a.type) for a in find_actors(doc, "abc").actors}
    assert labels == {("Spain", "Country"), ("Portugal", "Country"), ("Morocco", "Country")}


@pytest.mark.parametrize(("label", "slug"), [
    ("Kim Jong Un", "kim-jong-un"),
    ("Moon Jae-in", "moon-jae-in"),
    ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
    ("China's Ministry of Foreign Affairs", "china-s-ministry-of-foreign-affairs"),
    ("  --  ", "actor"),
])
def test_slugify(label, slug):
    assert slugify(label) == slug


def test_aliases_are_whitespace_normalised(nlp):
    from loaders.actors import find_actors

    doc = nlp("Talks with China\n\nBeijing hosted the talks. China welcomed Vietnam.")
    aliases = {alias for actor in find_actors(doc).actors for alias in actor.aliases}
    assert aliases and all(alias == " ".join(alias.split()) for alias in aliases)


def test_labels_have_no_stray_punctuation_or_line_breaks(nlp):
    from loaders.actors import find_actors

    doc = nlp("Lenovo\n\nLenovo signed a deal with IBM - the US firm - on Monday.")
    labels = {actor.label for actor in find_actors(doc).actors}
    assert labels and all(label == " ".join(label.split()) and not label.endswith("-") for label in labels)


ONE_NODE = [
    # an acronym defined in brackets and used alone later is the same actor
    ("Euronext met the London Stock Exchange (LSE) on Monday. Later the LSE rejected the offer.",
     "London Stock Exchange", {"LSE"}),
    # the gazetteer's spelling wins when the acronym names a known body
    ("Leaders gathered at the Asia Pacific Economic Co-operation (Apec) summit in Chile.",
     "Asia-Pacific Economic Cooperation", {"Apec"}),
]


@pytest.mark.parametrize(("text", "label", "aliases"), ONE_NODE)
def test_acronyms_and_full_names_are_one_actor(nlp, text, label, aliases):
    from loaders.actors import find_actors

    actors = find_actors(nlp(text)).actors
    matching = [a for a in actors if a.label == label]
    assert len(matching) == 1 and aliases <= set(matching[0].aliases), actors
    assert not any(a.label in aliases for a in actors)


def test_a_form_of_address_makes_a_person(nlp):
    from loaders.actors import find_actors

    actors = find_actors(nlp("Robert Kilroy-Silk spoke on Monday. Mr Kilroy-Silk said he would stand.")).actors
    assert [(a.label, a.type) for a in actors] == [("Robert Kilroy-Silk", "Person")]


# (text, label, expected type): the small model tags some personal names as facilities or locations
PEOPLE_TAGGED_AS_PLACES = [
    # the subject of a verb of saying or doing that people do
    ("Italy's Matteo Salvini blamed Paris for the migrant dispute.", "Matteo Salvini", "Person"),
    ("Matteo Renzi told reporters that Italy would back Ukraine.", "Matteo Renzi", "Person"),
    ("Tanzania's Samia Suluhu Hassan praised Uganda for its help.", "Samia Suluhu Hassan", "Person"),
    # after "<Country>'s", as the one met or criticised
    ("Emmanuel Macron criticised Italy's Matteo Salvini.", "Matteo Salvini", "Person"),
    # places and firms stay what they are
    ("Cape Town hosted the summit.", "Cape Town", "Place"),
    ("Heathrow Airport said flights would resume.", "Heathrow Airport", "Place"),
    ("The Golden Gate warned drivers.", "Golden Gate", "Place"),
    ("Germany's Deutsche Telekom bought a stake.", "Deutsche Telekom", "Organization"),
]


@pytest.mark.parametrize(("text", "label", "type_"), PEOPLE_TAGGED_AS_PLACES)
def test_names_tagged_as_places(ex, text, label, type_):
    _, actors, _ = ex.run(text)
    assert [a.type for a in actors.actors if a.label == label] == [type_], actors.actors


def test_a_destination_after_a_country_is_not_a_person(nlp):
    doc = nlp("Barack Obama visited India's Taj Mahal.")
    doc.ents = [*(e for e in doc.ents if e.label_ != "ORG"), Span(doc, 5, 7, label="FAC")]
    assert {(a.label, a.type) for a in find_actors(doc).actors} == {
        ("Barack Obama", "Person"), ("India", "Country"), ("Taj Mahal", "Place")}


def test_a_name_used_as_a_location_stays_a_place(nlp):
    # the same two words are where something happens later on: a place, even as the subject of "said"
    doc = nlp("Camden Lock said the crowd was calm. Crowds gathered at Camden Lock on Monday.")
    doc.ents = [Span(doc, t.i - 1, t.i + 1, label="FAC") for t in doc if t.text == "Lock"]
    assert [(a.label, a.type) for a in find_actors(doc).actors] == [("Camden Lock", "Place")]


# (text, the official noun, the bodies it acts for)
OFFICIALS_OF = [
    ("The leaders of Germany and France held talks in Berlin.", "leaders", ["Germany", "France"]),
    ("The foreign ministers of India and Pakistan met in Delhi.", "ministers", ["India", "Pakistan"]),
    ("The presidents of Kenya and Uganda met in Kampala.", "presidents", ["Kenya", "Uganda"]),
    ("Officials of the European Union met Chinese diplomats.", "Officials", ["European Union"]),
    ("Japan criticised China. The foreign ministers of both countries met in Geneva.", "ministers",
     ["Japan", "China"]),
    # owners are not the firm, and a person after "of" is not a body the officials act for
    ("Shareholders of Barclays backed the deal.", "Shareholders", []),
    ("The leaders of the protest criticised Russia.", "leaders", []),
]


@pytest.mark.parametrize(("text", "word", "labels"), OFFICIALS_OF)
def test_officials_of_named_bodies(ex, text, word, labels):
    _, actors, _ = ex.run(text)
    ids = actors.members_of(_token(actors, text, word))
    assert sorted(actors.actor(i).label for i in ids) == sorted(labels), text


# end to end: the repaired actors give the interaction
END_TO_END = [
    ("The leaders of Germany and France held talks in Berlin.", {("France", "meet", "Germany", "asserted")}),
    ("The presidents of Kenya and Uganda met in Kampala.", {("Kenya", "meet", "Uganda", "asserted")}),
    ("Italy's Matteo Salvini blamed France for the crisis.", {("Matteo Salvini", "accuse", "France", "asserted")}),
    ("Emmanuel Macron criticised Italy's Matteo Salvini.",
     {("Emmanuel Macron", "oppose", "Matteo Salvini", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), END_TO_END)
def test_repaired_actors_give_interactions(ex, text, expected):
    got, want = ex.quads(text), ex.norm(expected)
    assert got == want, f"{text}\n  got:      {sorted(got)}\n  expected: {sorted(want)}"


# (text, expected (label, type) of every actor): names the small model tags as bodies or places
SURNAME_REPAIRS = [
    ("Mr Wellington praised Tony Blair.", {("Wellington", "Person"), ("Tony Blair", "Person")}),
    # a country's name the small model cut at "and" is one country
    ("Trinidad and Tobago backed Jamaica.", {("Trinidad and Tobago", "Country"), ("Jamaica", "Country")}),
    # a firm that shares no surname with a person stays a firm
    ("Deutsche Boerse said the offer was fair. Mr Seifert disagreed.",
     {("Deutsche Boerse", "Organization"), ("Seifert", "Person")}),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_REPAIRS)
def test_names_repaired_from_surnames(ex, text, expected):
    _, actors, _ = ex.run(text)
    assert {(a.label, a.type) for a in actors.actors} == expected, text


# (text, the words the NER is made to tag as one entity, its label, expected (label, type) of every actor);
# the tagger's other person entities are dropped, so "Mr Dumont" is known only from its form of address
FORCED_TAGS = [
    # a surname used with "Mr" anywhere in the article makes the full name a person's
    ("Herve Dumont said the euro was too strong. Mr Dumont will raise it with Germany.", "Herve Dumont", "ORG",
     {("Herve Dumont", "Person"), ("Germany", "Country")}),
    ("Analysts trust Simon Archer. Mr Archer said the shares were cheap.", "Simon Archer", "GPE",
     {("Simon Archer", "Person")}),
    # a lone unknown name tagged as a place but quoted as a speaker is a person; a known place stays one
    ("The talks were productive, said Sculthorpe on Monday.", "Sculthorpe", "GPE", {("Sculthorpe", "Person")}),
    ("The talks were productive, Brighton said. Delegates met in Brighton.", "Brighton", "GPE",
     {("Brighton", "Place")}),
    # two surnames joined by "and" and tagged as one organisation are two people
    ("Blair and Brown clash over tax. Mr Blair praised Mr Brown.", "Blair and Brown", "ORG",
     {("Blair", "Person"), ("Brown", "Person")}),
]


def _starts(doc, words: str) -> list[int]:
    """Where each mention of a name of one or more words begins in a parsed text."""
    n = len(words.split())
    return [t.i for t in doc if doc[t.i:t.i + n].text == words]


@pytest.mark.parametrize(("text", "words", "label", "expected"), FORCED_TAGS)
def test_names_repaired_whatever_the_tagger_says(nlp, text, words, label, expected):
    doc = nlp(text)
    n = len(words.split())
    start = _starts(doc, words)[0]
    kept = [e for e in doc.ents if (e.end <= start or e.start >= start + n) and e.label_ != "PERSON"]
    doc.ents = sorted([*kept, Span(doc, start, start + n, label=label)], key=lambda e: e.start)
    assert {(a.label, a.type) for a in find_actors(doc).actors} == expected, text


def test_a_british_spelling_of_a_gazetteer_name_is_kept_as_the_label_with_the_same_id(ex):
    _, british, _ = ex.run("Iraq in WTO talks\nThe World Trade Organisation praised Iraq.")
    _, american, _ = ex.run("The World Trade Organization praised Iraq.")
    [wto_gb] = [a for a in british.actors if a.type == "Organization"]
    [wto_us] = [a for a in american.actors if a.type == "Organization"]
    assert wto_gb.id == wto_us.id == "world-trade-organization"
    assert (wto_gb.label, wto_us.label) == ("World Trade Organisation", "World Trade Organization")
    assert "World Trade Organization" in wto_gb.aliases


def test_the_chancellor_is_a_chancellor_not_any_leader(ex):
    _, actors, _ = ex.run("German Chancellor Olaf Scholz arrived. The chancellor praised Kenya.")
    assert [actors.actor(i).label for i in actors.mention_ids(_token(actors, "", "chancellor"))] == ["Olaf Scholz"]
    _, actors, _ = ex.run("South African President Thabo Mbeki spoke. Later the chancellor praised Kenya.")
    assert actors.mention_ids(_token(actors, "", "chancellor")) == []


def test_an_unquoted_i_is_nobody(ex):
    _, actors, _ = ex.run("I met Joe Biden last year. Joe Biden said nothing.")
    assert actors.mention_ids(actors.doc[0]) == []



def test_demonym_country_names_the_country_of_a_demonym_adjective(nlp):
    doc = nlp("Jacques Chirac criticised the British rebate.")
    actors = find_actors(doc)
    british = next(t for t in doc if t.text == "British")
    assert actors.demonym_country(british) == "united-kingdom"
    assert actors.demonym_country(next(t for t in doc if t.text == "rebate")) is None


def test_an_armed_service_is_an_actor_of_its_own_with_one_id_however_named(ex):
    _, first, _ = ex.run("Sudan's army accused the RSF of shelling a hospital. The army also condemned Kenya.")
    _, second, _ = ex.run("The Sudanese army retook the town.")
    [army1] = [a for a in first.actors if a.id == "sudan-army"]
    [army2] = [a for a in second.actors if a.id == "sudan-army"]
    assert army1.label == army2.label == "Sudanese army"
    assert army1.type == "Organization" and "Sudan's army" in army1.aliases
    assert first.mention_ids(_token(first, "", "army")) == ["sudan-army"]  # "The army also condemned"
    _, none, _ = ex.run("The army said it had retaken the town.")
    assert not [a for a in none.actors if "army" in a.id]


def test_a_listed_name_the_tagger_missed_or_cut_is_found(ex):
    _, actors, _ = ex.run("Alice Weidel, co-leader of the far-right Alternative for Germany, spoke to reporters.")
    labels = {a.label: a.type for a in actors.actors}
    assert labels.get("Alternative for Germany") == "Organization"
    assert ("Alice Weidel", "leader", "Alternative for Germany") in {
        (r.person.label, r.role, r.of.label) for r in actors.roles}
    assert "Germany" not in labels  # named only inside the party's name


def test_a_place_listed_with_a_tagged_place_is_a_place(ex):
    _, actors, _ = ex.run("Wes Streeting is expected to visit hospitals in Newcastle and Hull.")
    assert {a.label: a.type for a in actors.actors}.get("Hull") == "Place"


def test_a_name_with_a_title_in_apposition_is_a_person_whatever_the_tag(ex):
    _, actors, _ = ex.run("Lars Klingbeil, the Social Democrats' co-leader and finance minister, defended Merz.")
    assert {a.label: a.type for a in actors.actors}.get("Lars Klingbeil") == "Person"


def test_a_dateline_city_the_tagger_missed_is_read_from_the_capitals(ex):
    _, actors, _ = ex.run("Summit opens\n\nKUALA LUMPUR, Oct 26 (Wire) - Leaders gathered on Sunday.")
    assert actors.dateline_place() == ("kuala-lumpur", "malaysia")
    _, actors, _ = ex.run("Summit opens\n\nASEAN leaders gathered on Sunday.")
    assert actors.dateline_place() is None


LEAD_TITLES = [
    # a lead that gives the office before the name: the person the next sentence opens with
    ("Minister stands firm\n\nThe Dutch health minister at the centre of the vaccine row says he will not resign. "
     "Pieter van Aalst insists the figures were right.", "Pieter van Aalst"),
    # or the first person the story gives that title
    ("Energy row deepens\n\nThe prime minister has defended the new power stations. Ministers backed the plan. "
     "Prime Minister Tony Blair said the plan was sound.", "Tony Blair"),
    # not a title whose holder is never named (nor known to the office-holder list)
    ("Energy row deepens\n\nThe prime minister has defended the new power stations. Ministers backed the plan. "
     "Jan de Vries said the plan was sound.", None),
]


@pytest.mark.parametrize(("text", "label"), LEAD_TITLES)
def test_a_lead_may_give_the_office_before_the_name(ex, text, label):
    assert _resolved(ex, text, "minister", after=3) == ([label] if label else [])


def test_a_title_with_its_name_in_apposition_is_not_read_forward(ex):
    assert "Mohammad Eslami" not in _resolved(
        ex, "Watchdog visit\n\nThe head of the nuclear watchdog, Rafael Grossi, met Abbas Araghchi in Tehran. "
        "Mohammad Eslami, the head of Iran's atomic agency, was there.", "head")


# (text, the name's words, the tag of each of its mentions in turn, expected type)
TYPE_VOTES = [
    # a name the tagger calls a body more often than a place is a body, whatever its first tag
    ("Zentrix made an offer. Zentrix said it would wait. Shares in Zentrix rose.", "Zentrix",
     ("GPE", "ORG", "ORG"), "Organization"),
    ("Zentrix made an offer. Zentrix said it would wait. Shares in Zentrix rose.", "Zentrix",
     ("GPE", "GPE", "ORG"), "Place"),
    # a building keeps its place
    ("Talks began at Noor Palace. Noor Palace was shut. Guards left Noor Palace.", "Noor Palace",
     ("FAC", "ORG", "ORG"), "Place"),
    # a one-word name taken for a person's is a firm's when "it" reports for it or it has shares or a parent
    ("Zentrix has said it will sue the government. Zentrix made an offer.", "Zentrix", ("PERSON", "PERSON"),
     "Organization"),
    ("Zentrix shares fell sharply. Zentrix made an offer.", "Zentrix", ("PERSON", "PERSON"), "Organization"),
    ("Zentrix said he would sue the government. Zentrix made an offer.", "Zentrix", ("PERSON", "PERSON"), "Person"),
    # a two-word name tagged as a place that no gazetteer knows, doing what people do, is a person
    ("Zara Quell has called the plan reckless. Zara Quell met officials.", "Zara Quell", ("GPE", "GPE"), "Person"),
    ("Port Quell has called the plan reckless. Port Quell met officials.", "Port Quell", ("GPE", "GPE"), "Place"),
]


@pytest.mark.parametrize(("text", "words", "tags", "expected"), TYPE_VOTES)
def test_a_name_takes_the_type_the_tagger_gives_it_most(nlp, text, words, tags, expected):
    doc = nlp(text)
    n = len(words.split())
    starts = _starts(doc, words)
    assert len(starts) == len(tags)
    doc.ents = [Span(doc, start, start + n, label=tag) for start, tag in zip(starts, tags)]
    assert {a.label: a.type for a in find_actors(doc).actors}[words] == expected


FIRMS = [
    # "the company" is the business the story names most, or the one named last in its sentence
    ("US phone company Qwest said it would bid for MCI. Qwest shares rose. Later the company was criticised by "
     "Ofcom.", "Qwest"),
    ("Shell shares fell. Shell said it would wait. Oil company BP reported a loss. The minister accused BP of "
     "dragging its feet and said he would meet the company's board.", "BP"),
    # a body the text never calls a business is no company
    ("Liberal leader Mark Carney spoke. The Liberals said the Liberal platform was sound. The company was "
     "criticised by Pierre Poilievre.", None),
]


@pytest.mark.parametrize(("text", "label"), FIRMS)
def test_the_company_is_the_business_the_story_is_about(ex, text, label):
    assert _resolved(ex, text, "company", dep="compound") == ([label] if label else [])


def test_a_deputy_is_not_the_office_holder(ex):
    """ "Deputy Mayor Nicky Gavron ... the mayor accused X": the mayor is someone else."""
    assert _resolved(ex, "Deputy Mayor Nicky Gavron said sorry. The mayor accused Oliver Finegold of lying.",
                     "mayor", after=3) == []
    # the one person just named holds another office
    assert _resolved(ex, "The Prime Minister Tony Blair called for an apology. The mayor accused Oliver Finegold "
                     "of lying.", "mayor") == []
    assert _resolved(ex, "Mayor Ken Livingstone said sorry. The mayor accused Oliver Finegold of lying.",
                     "mayor", after=3) == ["Ken Livingstone"]


def test_ex_before_a_name_and_demonym_ideas_are_not_names(ex):
    _, actors, _ = ex.run("Putin cracked down on ex-Yukos boss Mikhail Khodorkovsky. Yukos has been battling the "
                          "Russian authorities.")
    assert not [a for a in actors.actors if a.label.lower().startswith("ex")]
    assert "Yukos" in {a.label for a in actors.actors}
    _, actors, _ = ex.run("Mark Mardell said Britishness had long been a theme of the chancellor.")
    assert "Britishness" not in {a.label for a in actors.actors}


def test_the_kingdom_is_the_last_country_whose_full_name_says_so(ex):
    assert _resolved(ex, "Saudi Arabia and Iran restored ties. Iran praised the kingdom.", "kingdom") == [
        "Saudi Arabia"]
    assert _resolved(ex, "France and Iran restored ties. Iran praised the kingdom.", "kingdom") == []


def test_an_untitled_office_holder_is_known_from_the_office_holder_list(ex):
    """ "the prime minister" of a piece that names Tony Blair but never calls him so (officeholders.tsv); of two
    prime ministers in turn, the one whose term the others named served in (Brown was then chancellor)."""
    text = ("Tory leader Michael Howard accused the prime minister and Mr Brown of squabbling. Tony Blair later "
            "spoke to Gordon Brown.")
    assert _resolved(ex, text, "minister") == ["Tony Blair"]
    _, actors, _ = ex.run(text, dt.date(2018, 3, 1))  # dated: in 2018 neither held the office
    token = next(t for t in actors.doc if t.lower_ == "minister")
    assert actors.mention_ids(token) == []
    # a former holder, or a holder the piece gives another role, is not the one meant
    assert _resolved(ex, "Former prime minister John Major said the prime minister was wrong.", "minister",
                     after=3) == []
    assert _resolved(ex, "Tory leader Michael Howard said the home secretary was wrong.", "secretary") == []


def test_a_name_before_airport_is_the_sites_and_the_pair_are_the_two_leaders(ex):
    text = ("Angolan President João Lourenço hosted his Zambian counterpart Hakainde Hichilema on Friday. Hichilema, on "
            "a two-day working visit to Angola, was met at Catumbela airport by Lourenço and a military honour guard. "
            "The pair then held talks aboard the train.")
    _, actors, _ = ex.run(text)
    assert "Catumbela" not in {a.label for a in actors.actors if a.type == "Person"}
    assert sorted(_resolved(ex, text, "pair")) == ["Hakainde Hichilema", "João Lourenço"]


def test_a_counterpart_holds_the_owners_office_in_the_demonyms_country(ex):
    roles = ex.role_set("Angolan President Joao Lourenco hosted his Zambian counterpart Hakainde Hichilema on Friday.")
    assert ("Hakainde Hichilema", "president", "Zambia", None) in roles
    # no demonym, no country: nothing to say
    assert not [r for r in ex.role_set("Angolan President Joao Lourenco hosted his counterpart Hakainde Hichilema.")
                if r[0] == "Hakainde Hichilema"]


def test_pronouns_that_agree_give_a_persons_gender(ex):
    """Twice "he" and never "she" for the president: a later "she" in his sentence is the woman named there."""
    text = ("Congolese President Felix Tshisekedi pulled out on Thursday. He sent Prime Minister Judith Suminwa in his "
            "place, and she met Angolan President Joao Lourenco in the afternoon.")
    assert _resolved(ex, text, "she") == ["Judith Suminwa"]


def test_an_appositions_title_is_its_own_noun_not_one_inside_its_phrase(ex):
    roles = ex.role_set("Tanzanian President Samia Suluhu Hassan was received by President William Ruto, the first "
                        "such visit by a Tanzanian head of state in three years.")
    assert not [r for r in roles if r[0] == "William Ruto"]
    assert ("Li Jinjun", "ambassador", "China", "North Korea") in ex.role_set(
        "Li Jinjun, the Chinese ambassador to North Korea, spoke.")
    # a title joined to the apposition's noun counts
    assert ("John Cooper", "head", "League Against Cruel Sports", None) in ex.role_set(
        "John Cooper, a barrister and chairman of the League Against Cruel Sports, said the ban would hold.")
