"""Gazetteer files and lookups: countries, demonyms, capitals, organisations, metonyms, titles, family."""
from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import pycountry
import pytest

from loaders.gazetteer import fold, get_gazetteer

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "loaders" / "data"

ROLES = {"leader", "president", "prime minister", "minister", "ambassador", "envoy", "head", "spokesperson",
         "official", "member", "monarch", "military"}
TITLE_KINDS = {"head_of_state", "head_of_government", "minister", "diplomat", "spokesperson", "official",
               "legislator", "military", "religious", "business", "sport"}
FAMILY_GROUPS = {"sibling", "spouse", "parent", "child", "relative"}


def _rows(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


# --- lookups ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "type_"), [
    ("U.S.", "United States", "Country"),
    ("US", "United States", "Country"),
    ("the United States", "United States", "Country"),
    ("America", "United States", "Country"),
    ("United States of America", "United States", "Country"),
    ("UK", "United Kingdom", "Country"),
    ("Britain", "United Kingdom", "Country"),
    ("Great Britain", "United Kingdom", "Country"),
    ("China", "China", "Country"),
    ("People's Republic of China", "China", "Country"),
    ("People\u2019s Republic of China", "China", "Country"),
    ("PRC", "China", "Country"),
    ("DPRK", "North Korea", "Country"),
    ("Democratic People's Republic of Korea", "North Korea", "Country"),
    ("North Korea's", "North Korea", "Country"),
    ("NORTH KOREA", "North Korea", "Country"),
    ("Republic of Korea", "South Korea", "Country"),
    ("ROK", "South Korea", "Country"),
    ("Russian Federation", "Russia", "Country"),
    ("Islamic Republic of Iran", "Iran", "Country"),
    ("Syrian Arab Republic", "Syria", "Country"),
    ("Viet Nam", "Vietnam", "Country"),
    ("Czechia", "Czech Republic", "Country"),
    ("Côte d'Ivoire", "Ivory Coast", "Country"),
    ("Cote d\u2019Ivoire", "Ivory Coast", "Country"),
    ("Türkiye", "Turkey", "Country"),
    ("Burma", "Myanmar", "Country"),
    ("Holy See", "Vatican City", "Country"),
    ("the Vatican", "Vatican City", "Country"),
    ("State of Palestine", "Palestine", "Country"),
    ("Kosovo", "Kosovo", "Country"),
    ("Taiwan", "Taiwan", "Country"),
    ("Hong Kong", "Hong Kong", "Country"),
    ("DR Congo", "Democratic Republic of the Congo", "Country"),
    ("Congo-Brazzaville", "Republic of the Congo", "Country"),
    ("Guinea Bissau", "Guinea-Bissau", "Country"),
    ("UN", "United Nations", "Organization"),
    ("U.N.", "United Nations", "Organization"),
    ("the UN", "United Nations", "Organization"),
    ("EU", "European Union", "Organization"),
    ("Nato", "NATO", "Organization"),
    ("N.A.T.O.", "NATO", "Organization"),
    ("WHO", "World Health Organization", "Organization"),
    ("World Health Organisation", "World Health Organization", "Organization"),
    ("IMF", "International Monetary Fund", "Organization"),
    ("Security Council", "UN Security Council", "Organization"),
    ("Communist Party of China", "Chinese Communist Party", "Organization"),
    ("Tories", "Conservative Party", "Organization"),
    ("Labour", "Labour Party", "Organization"),
    ("GOP", "Republican Party", "Organization"),
    ("ISIS", "Islamic State", "Organization"),
    ("Hizbollah", "Hezbollah", "Organization"),
    ("Houthis", "Houthi movement", "Organization"),  # named as most texts name it first: "the Houthi movement"
    ("Ansar Allah", "Houthi movement", "Organization"),
])
def test_lookup_finds_canonical_entry(gaz, text, name, type_):
    entry = gaz.lookup(text)
    assert entry is not None, text
    assert (entry.name, entry.type) == (name, type_)


@pytest.mark.parametrize("text", [
    "us",  # the pronoun, not the abbreviation
    "is", "who", "un",
    "Korea", "Congo", "the Congo",  # name two countries: deliberately unmapped
    "turkey", "china", "labour", "jordan",  # lower-case words are not the proper nouns
    "Atlantis", "", "the", "'s",
])
def test_lookup_refuses(gaz, text):
    assert gaz.lookup(text) is None


@pytest.mark.parametrize(("text", "country"), [
    ("Hamas", "Palestine"),
    ("Chinese Communist Party", "China"),
    ("Labour Party", "United Kingdom"),
    ("Democratic Party", "United States"),
    ("Workers' Party of Korea", "North Korea"),
    ("United Nations", ""),
])
def test_organisation_country(gaz, text, country):
    assert gaz.lookup(text).country == country


@pytest.mark.parametrize(("text", "flag"), [
    ("Georgia", True), ("Jordan", True), ("Chad", True), ("Turkey", True), ("Guinea", True),
    ("France", False), ("China", False), ("Republic of Georgia", True),
])
def test_ambiguous_flag(gaz, text, flag):
    assert gaz.lookup(text).ambiguous is flag


@pytest.mark.parametrize(("text", "country"), [
    ("Chinese", "China"),
    ("Russians", "Russia"),
    ("Russian", "Russia"),
    ("North Korean", "North Korea"),
    ("the North Korean", "North Korea"),
    ("North Koreans'", "North Korea"),
    ("South Koreans", "South Korea"),
    ("American", "United States"),
    ("Americans", "United States"),
    ("British", "United Kingdom"),
    ("Britons", "United Kingdom"),
    ("French", "France"),
    ("Dutch", "Netherlands"),
    ("Filipino", "Philippines"),
    ("Ivorian", "Ivory Coast"),
    ("Emirati", "United Arab Emirates"),
    ("Taiwanese", "Taiwan"),
    ("Palestinians", "Palestine"),
    ("Kosovar", "Kosovo"),
    ("Dominican", "Dominican Republic"),
])
def test_demonym(gaz, text, country):
    assert gaz.demonym(text) == country


@pytest.mark.parametrize("text", ["Korean", "Koreans", "Congolese", "chinese", "Martian", "China"])
def test_demonym_refuses(gaz, text):
    assert gaz.demonym(text) is None


@pytest.mark.parametrize(("text", "country"), [
    ("Beijing", "China"),
    ("Peking", "China"),
    ("Pyongyang", "North Korea"),
    ("Washington", "United States"),
    ("Washington, D.C.", "United States"),
    ("Washington DC", "United States"),
    ("London", "United Kingdom"),
    ("Moscow", "Russia"),
    ("Seoul", "South Korea"),
    ("Tokyo", "Japan"),
    ("Kyiv", "Ukraine"),
    ("Kiev", "Ukraine"),
    ("Tehran", "Iran"),
    ("Taipei", "Taiwan"),
    ("Brasília", "Brazil"),
    ("Naypyidaw", "Myanmar"),
])
def test_capital(gaz, text, country):
    assert gaz.capital(text) == country


@pytest.mark.parametrize(("text", "country"), [("Hamilton", "Bermuda"), ("Victoria", "Seychelles"),
                                                ("Male", "Maldives")])
def test_ambiguous_capital_needs_permission(gaz, text, country):
    assert gaz.capital(text) is None
    assert gaz.capital(text, allow_ambiguous=True) == country


@pytest.mark.parametrize(("text", "country"), [("Istanbul", "Turkey"), ("ISTANBUL", "Turkey"), ("Geneva", "Switzerland"),
                                                ("Mumbai", "India"), ("Davos", "Switzerland"), ("New York", "United States")])
def test_city_country(gaz, text, country):
    assert gaz.city_country(text) == country


def test_city_table_leaves_out_capitals_and_shared_names(gaz):
    rows = list(csv.DictReader((line for line in (DATA / "cities.tsv").read_text(encoding="utf-8").splitlines()
                                if not line.startswith("#")), delimiter="\t"))
    assert len(rows) > 1000
    assert not [r["city"] for r in rows if gaz.capital(r["city"], allow_ambiguous=True)]
    assert gaz.city_country("Valencia") is None  # a Spanish and a Venezuelan city, neither small
    assert gaz.city_country("Beijing") is None  # a capital: countries.tsv says it


@pytest.mark.parametrize(("text", "country"), [
    ("Kremlin", "Russia"),
    ("the Kremlin", "Russia"),
    ("White House", "United States"),
    ("the Pentagon", "United States"),
    ("State Department", "United States"),
    ("Downing Street", "United Kingdom"),
    ("No 10", "United Kingdom"),
    ("Élysée", "France"),
    ("Elysee", "France"),
    ("Quai d'Orsay", "France"),
    ("Blue House", "South Korea"),
    ("Zhongnanhai", "China"),
])
def test_metonym(gaz, text, country):
    assert gaz.metonym(text) == country


def test_metonym_refuses_plain_places(gaz):
    assert gaz.metonym("Moscow") is None
    assert gaz.metonym("house") is None


@pytest.mark.parametrize(("text", "role", "kind", "political"), [
    ("president", "president", "head_of_state", True),
    ("President", "president", "head_of_state", True),
    ("prime minister", "prime minister", "head_of_government", True),
    ("Premier", "prime minister", "head_of_government", True),
    ("supreme leader", "leader", "head_of_state", True),
    ("leader", "leader", "head_of_state", True),
    ("foreign minister", "minister", "minister", True),
    ("Secretary-General", "head", "official", True),
    ("secretary general", "head", "official", True),
    ("ambassador", "ambassador", "diplomat", True),
    ("special envoy", "envoy", "diplomat", True),
    ("spokeswoman", "spokesperson", "spokesperson", True),
    ("head", "head", "official", True),
    ("king", "monarch", "head_of_state", True),
    ("general", "military", "military", True),
    ("M.P.", "member", "legislator", True),
    ("chief executive", "head", "business", False),
    ("coach", "head", "sport", False),
    ("striker", "member", "sport", False),
])
def test_title(gaz, text, role, kind, political):
    entry = gaz.title(text)
    assert (entry.role, entry.kind, entry.political) == (role, kind, political)


def test_title_refuses_other_words(gaz):
    assert gaz.title("visited") is None
    assert gaz.title("Kim") is None


def test_titles_longest_first(gaz):
    titles = gaz.titles()
    assert len(titles) >= 100
    assert [len(t) for t in titles] == sorted((len(t) for t in titles), reverse=True)
    assert titles.index("chancellor of the exchequer") < titles.index("chancellor")
    assert titles.index("prime minister") < titles.index("minister")
    assert {"secretary-general", "secretary general"} <= set(titles)


@pytest.mark.parametrize(("text", "relation", "group"), [
    ("sister", "sister", "sibling"),
    ("younger sister", "sister", "sibling"),
    ("Brother", "brother", "sibling"),
    ("half-brother", "half-brother", "sibling"),
    ("half brother", "half-brother", "sibling"),
    ("wife", "wife", "spouse"),
    ("husband", "husband", "spouse"),
    ("daughter", "daughter", "child"),
    ("sons", "son", "child"),
    ("father", "father", "parent"),
    ("uncle", "uncle", "relative"),
    ("brother-in-law", "brother-in-law", "relative"),
])
def test_family(gaz, text, relation, group):
    entry = gaz.family(text)
    assert (entry.relation, entry.group) == (relation, group)


def test_family_refuses_other_words(gaz):
    assert gaz.family("ambassador") is None


@pytest.mark.parametrize(("label", "qid"), [
    ("China", "Q148"), ("U.S.", "Q30"), ("North Korea", "Q423"), ("South Korea", "Q884"), ("Russia", "Q159"),
    ("United Kingdom", "Q145"), ("United Nations", "Q1065"), ("NATO", "Q7184"), ("European Union", "Q458"),
])
def test_qid(gaz, label, qid):
    assert gaz.qid(label) == qid


def test_qid_unknown(gaz):
    assert gaz.qid("Atlantis") is None
    assert gaz.qid("UN Secretariat") is None  # listed without a checked QID


@pytest.mark.parametrize(("text", "folded"), [
    ("U.S.", "US"),
    ("the United States", "United States"),
    ("North Korea's", "North Korea"),
    ("Côte d\u2019Ivoire", "Cote d'Ivoire"),
    ("Guinea\u2013Bissau", "Guinea Bissau"),
    ("  Washington,  D.C. ", "Washington DC"),
])
def test_fold(text, folded):
    assert fold(text) == folded


# --- the data files --------------------------------------------------------------------------------------------

def test_only_deliberate_ambiguities(gaz):
    forms = gaz.ambiguous_forms()
    assert forms == {"names": {}, "demonyms": {"congolese": ["Democratic Republic of the Congo",
                                                             "Republic of the Congo"]},
                     "capitals": {}, "metonyms": {}}


def test_every_name_and_alias_resolves_to_its_row(gaz):
    for entry in gaz.entries():
        assert gaz.lookup(entry.name) == entry
        for alias in gaz.aliases(entry.name):
            assert gaz.lookup(alias) == entry, (alias, entry.name)


def test_every_demonym_and_capital_resolves_to_its_country(gaz):
    for row in _rows("countries.tsv"):
        for form in filter(None, row["demonyms"].split("|")):
            if fold(form).lower() != "congolese":
                assert gaz.demonym(form) == row["name"], form
        for form in filter(None, [row["capital"], *row["capital_aliases"].split("|")]):
            assert gaz.capital(form, allow_ambiguous=True) == row["name"], form


@pytest.mark.parametrize(("filename", "columns"), [
    ("countries.tsv", ["name", "iso3", "aliases", "demonyms", "capital", "capital_aliases", "qid", "ambiguous",
                       "capital_ambiguous"]),
    ("organisations.tsv", ["name", "aliases", "kind", "country", "qid"]),
    ("metonyms.tsv", ["name", "country", "kind"]),
    ("titles.tsv", ["title", "role", "kind", "political", "office"]),
    ("family.tsv", ["word", "relation", "group"]),
    ("regions.tsv", ["region", "members"]),
])
def test_files_have_their_columns_and_no_blank_keys(filename, columns):
    rows = _rows(filename)
    assert rows
    for row in rows:
        assert list(row) == columns, row
        assert None not in row.values(), row
        assert row[columns[0]].strip() == row[columns[0]] != ""
    keys = [row[columns[0]].lower() for row in rows]
    assert len(keys) == len(set(keys)), filename


def test_countries_cover_pycountry_and_the_unlisted_states():
    rows = _rows("countries.tsv")
    iso3 = {row["iso3"] for row in rows}
    skipped = {"ATA", "BVT", "HMD", "UMI", "ATF", "SGS"}  # uninhabited: no news actor
    assert {c.alpha_3 for c in pycountry.countries} - skipped <= iso3
    names = {row["name"] for row in rows}
    assert {"Taiwan", "Kosovo", "Palestine", "Hong Kong", "Vatican City", "North Korea", "South Korea",
            "United States", "United Kingdom", "Russia", "Iran", "Syria", "Vietnam", "Czech Republic",
            "Ivory Coast"} <= names
    assert len(rows) >= 240


def test_countries_have_demonyms_and_capitals():
    no_demonym = {"Dominica"}  # "Dominican" is left to the Dominican Republic
    no_capital = {"Singapore", "Monaco", "Vatican City", "Hong Kong", "Macau", "Tokelau", "Norfolk Island",
                  "Gibraltar"}
    for row in _rows("countries.tsv"):
        assert bool(row["demonyms"]) is (row["name"] not in no_demonym), row["name"]
        assert bool(row["capital"]) is (row["name"] not in no_capital), row["name"]
        assert row["ambiguous"] in {"yes", "no"} and row["capital_ambiguous"] in {"yes", "no"}
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), row


def test_countries_file_matches_its_generator():
    spec = importlib.util.spec_from_file_location("make_countries", ROOT / "scripts" / "make_countries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = ["\t".join(r) for r in module.build_rows()]
    actual = [ln for ln in (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines()
              if ln and not ln.startswith("#")][1:]
    assert actual == expected


def test_qids_are_well_formed_and_unique():
    qids = [row["qid"] for name in ("countries.tsv", "organisations.tsv") for row in _rows(name) if row["qid"]]
    assert len(qids) > 150
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids), [q for q in qids if not re.fullmatch(r"Q[1-9]\d*", q)]
    assert len(qids) == len(set(qids))


def test_organisations_and_metonyms_name_known_countries(gaz):
    countries = {e.name for e in gaz.entries() if e.type == "Country"}
    orgs = _rows("organisations.tsv")
    assert 80 <= len(orgs) <= 300
    assert {r["country"] for r in orgs} - {""} <= countries
    assert {r["country"] for r in _rows("metonyms.tsv")} <= countries


def test_titles_and_family_use_the_small_vocabularies():
    titles = _rows("titles.tsv")
    assert {r["role"] for r in titles} <= ROLES
    assert {r["kind"] for r in titles} <= TITLE_KINDS
    assert {r["political"] for r in titles} <= {"yes", "no"}
    assert all(r["political"] == "no" for r in titles if r["kind"] in {"sport", "business"})
    assert all(r["title"] == r["title"].lower() for r in titles)
    assert {r["group"] for r in _rows("family.tsv")} <= FAMILY_GROUPS


def test_office_terms_by_title_and_holder(gaz):
    blair = [t for t in gaz.office_terms("prime minister") if t.holder == "Tony Blair"]
    assert [(t.country, t.start, t.end) for t in blair] == [("United Kingdom", 1997, 2007)]
    assert gaz.office_terms("premier") == gaz.office_terms("prime minister")  # one office, two words
    assert {(t.title, t.country) for t in gaz.offices_held("Gordon Brown")} == {
        ("chancellor", "United Kingdom"), ("prime minister", "United Kingdom"), ("leader", "Labour Party")}
    # a party's leaders are listed under the party (organisations.tsv)
    assert [t.holder for t in gaz.office_terms("leader", 2025) if t.country == "Conservative Party"] == ["Kemi Badenoch"]
    assert gaz.office_terms("ambassador") == []


def test_office_terms_follow_each_other():
    """One holder at a time in each office of each country (the UK's three devolved first ministers excepted),
    every term ending after it starts, titles from titles.tsv."""
    rows = _rows("officeholders.tsv")
    assert len(rows) > 500
    titles = {r["title"] for r in _rows("titles.tsv")}
    assert {r["title"] for r in rows} <= titles
    offices: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for r in rows:
        start, end = int(r["from"]), int(r["to"]) if r["to"] else 9999
        assert 1900 < start <= end, r
        offices.setdefault((r["title"], r["country"]), []).append((start, end))
    for office, terms in offices.items():
        if office == ("first minister", "United Kingdom"):
            continue
        terms.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(terms, terms[1:])), office


def test_a_seat_stands_for_its_unnamed_body_only_when_listed(gaz):
    """seats.tsv: "Brussels" is the European Union in a piece that names neither an EU body nor Belgium."""
    assert gaz.unnamed_seat("Brussels") == "European Union"
    assert gaz.unnamed_seat("Paris") is None


def test_regions_name_their_member_countries(gaz):
    assert gaz.region("Baltic") == ("Estonia", "Latvia", "Lithuania")
    assert gaz.region("central asian") == ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan")
    assert gaz.region("Asian") == ()
    countries = {e.name for e in gaz.entries() if e.type == "Country"}
    for row in _rows("regions.tsv"):
        members = row["members"].split("|")
        assert len(members) >= 3 and set(members) <= countries, row
