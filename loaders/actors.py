"""Mentions → actors: canonical full names, types, roles, and coreference within one article.

Entities come from spaCy's NER and are normalised with the gazetteers (countries, demonyms,
capitals, organisations, government metonyms, titles, family words). Short names, titles
("the ambassador"), definite descriptions ("the embassy") and pronouns are resolved to the
actor they stand for, so later stages ask one question: which actors does this token denote?
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import wordclasses
from .gazetteer import Gazetteer, get_gazetteer
from .records import Actor, Role
from .triggers import triggers

__all__ = ["ArticleActors", "find_actors", "slugify"]

_PERSON_PREFIXES = wordclasses.words("person_prefix")
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_FIRST_PERSON = {"i", "me", "my", "mine"}
_QUOTES = {'"', "\u201c", "\u201d"}
_REPORTING_VERBS = wordclasses.words("reporting_verb")
_MOTION_VERBS = wordclasses.words("motion_verb")  # "flew to X": X is a place even when the tagger missed it
#: Forms of address, titles and family words that say a person is a man or a woman.
_MALE_WORDS = wordclasses.words("male_word")
_FEMALE_WORDS = wordclasses.words("female_word")
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
_NEUTER = {"it", "its", "itself"}
#: Words in the names of newspapers and broadcasters ("Financial Times", "BBC News"), cited as sources.
_NEWS_OUTLET_WORDS = wordclasses.words("news_outlet_word")
#: A function word glued to a capitalised word by a missing space ("ofNew Labour").
_GLUED = re.compile(r"(?:of|the|and|in|to|for|on|at|by|with|from)[A-Z]")
#: Adjectives and nouns after a dummy "it" that points ahead to a clause ("it is important to back X").
_EXTRAPOSITION = wordclasses.words("extraposition_word")
#: Nouns that, made definite ("the embassy"), point back to an organisation named earlier in the article.
_ORG_HEADS = wordclasses.words("org_head")
_HOME_NATION_PEOPLE = wordclasses.words("home_nation_person")
#: Nouns for a business, which without a name mean the one the story is about ("the firm", "the company").
_FIRM_NOUNS = wordclasses.words("firm_noun")
#: Nouns for a kind of state that, made definite, mean the last country named as one: "the kingdom".
_REALM_NOUNS = frozenset({"kingdom", "sultanate", "emirate", "principality", "duchy"})
#: Words before a title that make its holder someone else's second: "Deputy Mayor", "Vice President".
_LOWER_RANKS = frozenset({"deputy", "vice", "assistant", "junior", "under", "acting", "shadow", "former", "ex"})
#: Words that mark a body as a business: "US phone company Qwest", "Verizon's shares", "Tesco plc".
_BUSINESS_WORDS = wordclasses.words("business_word")
_BUSINESS_PEOPLE = wordclasses.words("business_person_word")
_FIRM_PARTS = wordclasses.words("firm_part_noun")
_COPULAS = wordclasses.words("copula")
_HOLDING_NOUNS = wordclasses.words("holding_noun")
#: Words for a kind of body before its name ("UK airport operator BAA", "the homelessness charity Focus Ireland").
_KIND_WORDS = _ORG_HEADS | (_BUSINESS_WORDS - _BUSINESS_PEOPLE)
#: The people who run a body and stand for it: "its management", "the firm's board".
_MANAGING_NOUNS = wordclasses.words("managing_noun")
#: Adjectives kept in an unnamed crowd's label: what kind it is ("consumer groups", "financial analysts").
#: Unnamed crowds whose stance is told ("business groups welcomed", "fans booed"): an article-local actor.
_CROWD_NOUNS = wordclasses.words("crowd_noun")
_CROWD_KINDS = wordclasses.words("crowd_kind")
#: Words of sport (ArticleActors.sport_report); in a sports report "Newry City" is a club.
_SPORT = wordclasses.words("sport_word")
#: Last words of football club names that begin with a town ("Blackburn Rovers", "Newry City").
_CLUB_SUFFIXES = wordclasses.words("club_suffix")
_SPORT_BODY_WORDS = wordclasses.words("sport_body_word")
#: Plural nouns that, after a region's name, mean its countries ("the Baltic states", "the Gulf governments").
_REGION_HEADS = wordclasses.words("region_head")
#: Nouns that, made definite ("the bloc"), point back to the international body named last.
_BLOC_NOUNS = wordclasses.words("bloc_noun")
#: Group nouns that can be greeted, received or met without being named ("delegation members").
_GROUP_NOUNS = wordclasses.words("group_noun")
#: Nouns for the people who act for a country or body: "Chinese officials" stand for China.
_OFFICIAL_NOUNS = wordclasses.words("official_noun")
#: Official nouns whose "of" object is not the body they act for: "shareholders of Barclays" own it.
_NOT_OF_MEMBERS = frozenset({"shareholders"})
#: Where a name stands in a clause: a surname the tagger took for a common noun there is still a name.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"})
#: Lower-case particles inside surnames ("von der Leyen", "da Silva", "bin Salman").
_NAME_PARTICLES = wordclasses.words("name_particle")
#: Quote marks as the tokenizer leaves them around a nickname.
_OPENING_QUOTES = frozenset({"'", "‘", '"', "“", "``"})
_CLOSING_QUOTES = frozenset({"'", "’", '"', "”", "''"})
#: A quoted nickname inside a name: "Ahmed 'Mido' Hossam".
_NICKNAME = re.compile(r"\s+['‘\"“][A-Z][\w-]*['’\"”](?=\s)")
#: "The government" of a piece, and a government named after its leader ("the Obama administration").
_GOVERNMENT_NOUNS = wordclasses.words("government_noun")
#: Words that say what kind of government, not whose: "the transitional government" of the piece's country.
_GOVERNMENT_KINDS = wordclasses.words("government_kind")
#: Nouns for a body of people that stands for whoever its members act for: "a team of US negotiators".
_COLLECTIVE_NOUNS = wordclasses.words("collective_noun")
_SPOKES_NOUNS = wordclasses.words("spokes_noun")
#: People who speak for the country whose capital they are said to be in: "a spokesman in Beijing".
_SEATED_OFFICIAL_NOUNS = wordclasses.words("seated_official_noun")
#: Words that mark people as serving elsewhere than where they are: "foreign officials in Beijing".
_ELSEWHERE_WORDS = wordclasses.words("elsewhere_word")
_ENTOURAGE_NOUNS = wordclasses.words("entourage_noun")
_MILITARY_NOUNS = wordclasses.words("military_noun")
_POLICE_NOUNS = wordclasses.words("police_noun")
#: Verbs that put someone in an office named by "as" ("elected X as president", "was sworn in as prime minister").
_INSTALLING_VERBS = wordclasses.words("installing_verb")
#: Last words of a ministry's name: "the department" after "the Home Office" or "the Treasury" is it.
_MINISTRY_HEADS = wordclasses.words("ministry_head")
#: World regions, which the tagger sometimes takes for bodies ("a Pacific tour").
_REGION_NAMES = wordclasses.words("region_name")
#: Kinds of listed bodies whose one-word names the tagger often leaves untagged ("Unite", "Unison", "Gazprom").
_UNTAGGED_KINDS = frozenset({"trade union", "business group", "company"})
#: Styles of royals, who go by a given name that commoners share ("Prince Charles", "Charles Kennedy").
_ROYAL_STYLES = wordclasses.words("royal_style")
#: Legal forms that end a business's name and may be left off ("Halden Foods Inc" is "Halden Foods").
_LEGAL_SUFFIXES = wordclasses.words("legal_suffix")
#: Surnames with a capitalised prefix, which str.istitle refuses ("LeBlanc", "McConnell").
_PREFIXED_SURNAME = re.compile(r"(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|Fitz)[A-Z][a-z]+")
_ARMED_WORDS = wordclasses.words("armed_group_word")
_FIGHTER_NOUNS = wordclasses.words("fighter_noun")
_SENT_BODY_NOUNS = wordclasses.words("sent_body_noun")
_SPOKESPERSON_NOUNS = wordclasses.words("spokesperson_noun")
#: Names for a country's land forces that news uses interchangeably: one actor within an article.
_LAND_SERVICES = frozenset({"army", "military", "armed forces", "junta"})
#: Short names shared by two countries (the gazetteer leaves them unresolved): their adjective and the countries.
_SHARED_NAMES = {"Congo": ("Congolese", ("Democratic Republic of the Congo", "Republic of the Congo")),
                 "Korea": ("Korean", ("North Korea", "South Korea"))}
#: Last words of names of documents that the NER tags as organisations.
_DOCUMENT_HEADS = wordclasses.words("document_head")
#: Buildings and sites that are visited: "visited the tomb of ...", "toured a car plant".
_FACILITY_NOUNS = wordclasses.words("facility_noun")
#: Kinds of place whose "of" names one: "the southern city of Tapachula".
_NAMED_PLACE_NOUNS = wordclasses.words("named_place_noun")
_AREA_NOUNS = wordclasses.words("area_noun")
#: Plural nouns that "the two ..." / "both ..." use for a pair of actors of one kind.
_PAIR_NOUNS = {noun: "Person" for noun in wordclasses.words("pair_noun_person")} | {
    noun: "Country" for noun in wordclasses.words("pair_noun_country")} | {
    noun: "Organization" for noun in wordclasses.words("pair_noun_organization")} | {
    noun: "Party" for noun in wordclasses.words("pair_noun_party")} | {
    noun: "Team" for noun in wordclasses.words("pair_noun_team")}
#: Nouns that end a title ("Foreign Minister", "President"): a title word right after one is a name ("Amir").
_TITLE_HEADS = wordclasses.words("title_head")
#: Last words of place names the small model tags as people ("Lini Highway").
_STREET_WORDS = wordclasses.words("street_word")
_BUILDING_WORDS = wordclasses.words("building_word")
#: Title words that are also given names ("Amir", "Sultan"): after a whole title they start the name.
_NAME_TITLES = wordclasses.words("name_title")
#: Roles that "the leader" can refer back to.
_LEADER_ROLES = {"leader", "president", "prime minister", "monarch", "premier", "chancellor"}
#: Forms of address that make the following name a person's.
_ADDRESS_FORMS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."}
_REGNAL = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
#: Verbs whose subject is a person, not a place: what people say and do to one another (reporting verbs, the
#: trigger verbs and a few more), less those a town, a site or a body can be the subject of ("Cape Town hosted").
_PLACE_SUBJECT_VERBS = wordclasses.words("place_subject_verb")
_PERSON_VERBS = (wordclasses.words("reporting_verb") | wordclasses.words("person_verb")
                 | {lemma for lemma, pos in triggers() if pos == "VERB"}) - _PLACE_SUBJECT_VERBS
#: Verbs of saying, judging and taking a stand, which a person does and a game or a town does not.
_STANCE_VERBS = wordclasses.words("reporting_verb") | wordclasses.words("judging_verb") | {
    lemma for (lemma, pos), entries in triggers().items()
    if pos == "VERB" and any(e.relation in ("support", "oppose", "accuse", "request") for e in entries)}
#: Verbs of travel: their object is a destination, which a name after "<Country>'s" may well be.
_TRAVEL_VERBS = frozenset(lemma for (lemma, pos), entries in triggers().items()
                          if pos == "VERB" and any(e.relation == "visit" for e in entries))
#: Words that make a capitalised name a place or a body, not a person ("Parliament Square", "North East").
_STORM_WORDS = wordclasses.words("storm_word")
_PLACE_NAME_WORDS = wordclasses.words("place_name_word") | wordclasses.words("org_head") \
    | wordclasses.words("facility_noun")
#: Prepositions whose object is where something is, not who does it.
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "through", "into", "onto"})
_SKIP_LABELS = {"CARDINAL", "ORDINAL", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "LAW",
                "LANGUAGE", "EVENT", "PRODUCT"}


def _sport_report(doc: Doc) -> bool:
    """Whether an article reports sport: three distinct words sport owns (not "goal", "set" or "half"; they flag 448
    of the BBC corpus's 500 sport pieces and 2 of its 397 politics pieces), spread over three sentences or found in
    its first half (not a political piece with a closing paragraph on a cricket series)."""
    if len({t.lower_ for t in doc if t.lower_ in _SPORT}) < 3:
        return False
    sentences = list(doc.sents)
    told = [i for i, s in enumerate(sentences) if sporting(s)]
    return len(told) >= 3 or told[0] < max(5, len(sentences) // 2)


def sporting(sentence: Span) -> bool:
    """Whether a sentence has a word of sport."""
    return any(t.lower_ in _SPORT for t in sentence)


def slugify(label: str) -> str:
    """A readable, stable id from a label: ASCII, lower case, words joined by hyphens."""
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text.lower()).strip("-")
    return text or "actor"


@dataclass
class _Entry:
    label: str
    type: str
    aliases: set[str] = field(default_factory=set)
    first: int = 10**9  # character offset of the first mention
    gender: str | None = None


class ArticleActors:
    """The actors of one parsed article and which tokens refer to which of them."""

    def __init__(self, doc: Doc, article_id: str = "", published: date | None = None) -> None:
        self.doc = doc
        self.article_id = article_id
        self._year = published.year if published else None  # the article's year, when known: whose term it was
        self.gaz = get_gazetteer()
        self._entries: dict[str, _Entry] = {}
        self._token_actor: dict[int, str] = {}  # token index -> actor id (named and resolved mentions)
        self._capital_tokens: dict[int, tuple[str, str]] = {}  # token -> (city id, country id)
        self._adjectival: dict[int, str] = {}  # demonym adjectives: token -> country id ("Chinese tourists")
        self._person_roles: dict[str, list[tuple[str, str | None]]] = {}  # person id -> [(role, of id)]
        self._person_titles: dict[str, set[str]] = {}  # person id -> the title words the text gave them
        self._affiliations: dict[str, set[str]] = {}  # person id -> countries put before the name ("Eritrea's X")
        self._dateline: tuple[str, str] | tuple[()] | None = None  # (city, country) of the dateline, once looked up
        self.roles: list[Role] = []
        self._resolving: set[int] = set()  # pronouns being resolved: guards their mutual recursion
        self._quoted = _quoted_tokens(doc)
        self._role_keys: set[tuple] = set()
        self._pronoun_ids: dict[int, list[str]] = {}  # pronoun token -> the actors it was resolved to
        self._find_named()
        self._vote_place_or_body()
        self._person_or_firm()
        self._resolve_shared_names()
        self._find_unlabelled_organisations()
        self._find_listed_places()
        self._find_armed_services()
        self._find_roles()
        self._resolve_descriptions()
        self._find_genders()
        self._resolve_gendered_pronouns()
        if self._genders_from_pronouns():
            self._resolve_gendered_pronouns()

    # ---- public surface -------------------------------------------------------------------
    @property
    def actors(self) -> list[Actor]:
        """All actors found, sorted by id."""
        return sorted((self.actor(key) for key in self._entries), key=lambda actor: actor.id)

    def actor(self, actor_id: str) -> Actor:
        entry = self._entries[actor_id]
        aliases = tuple(sorted(alias for alias in entry.aliases if alias != entry.label))
        return Actor(id=actor_id, label=entry.label, type=entry.type, aliases=aliases)

    def mention_ids(self, token: Token, *, as_agent: bool = False) -> list[str]:
        """The actors a token denotes: a named mention, its apposition, a title, a description or a pronoun."""
        if token.i in self._capital_tokens:
            city, country = self._capital_tokens[token.i]
            located = token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "to", "into", "from", "near")
            seat = self._seated_body(city, country, token.i) if as_agent and not located else None  # not "in Brussels"
            return [(seat or country) if as_agent else city]
        if token.i in self._token_actor:
            return [self._token_actor[token.i]]
        region = self.region_countries(token)
        if region:
            return region
        for child in token.children:
            if child.dep_ == "appos" and not (child.pos_ == "NOUN" and self._quoted[child.i]
                                               and not self._quoted[token.i]):
                # (a quoted apposition is a label, not the one named: 'his visit, "a betrayal of Myanmar"')
                found = self._named_in(child)
                if found and child.pos_ == "NOUN" and child.i not in self._token_actor and not any(
                        self._token_actor.get(t.i) == found[0] and not _under_prep(t, child) for t in child.subtree):
                    found = []  # "Baroness Royall, a former aide to the ex-Labour leader" is not Labour
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "to") and token.pos_ == "NOUN" \
                    and self.gaz.title(token.lower_):
                # "the emir of Qatar, Sheikh Tamim", "the envoy for Myanmar, the diplomat Othman Hashim": the
                # apposition hangs from the country
                for place in (c for c in child.children if c.dep_ == "pobj"):
                    found = [k for a in place.children if a.dep_ == "appos" for k in self._named_in(a)
                             if self._entries[k].type == "Person"]
                    named = self._token_actor.get(place.i)
                    if not found and named and self._entries[named].type == "Person" and any(
                            c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < place.i for c in place.children):
                        found = [named]  # "minister for women Jacqui Smith": the portfolio run into the name
                    if found:
                        return found
            if child.dep_ == "prep" and child.lower_ == "as" and token.pos_ == "NOUN":
                # "his predecessor as Cabinet Secretary, Lord Armstrong": the apposition hangs from the office
                for office in (c for c in child.children if c.dep_ == "pobj"):
                    found = [k for k in self.mention_ids(office) if self._entries[k].type == "Person"]
                    if found:
                        return found
        titled = token.pos_ == "NOUN" and (token.lower_ == "counterpart" or self.gaz.title(token.lower_) is not None)
        # ("Sudan's army chief and head of the Sovereignty Council, General Burhan": the name after the whole title)
        last = token.right_edge.i if titled and token.conjuncts and all(
            c.i > token.i and self.gaz.title(c.lower_) for c in token.conjuncts) else token.i
        posting = next((o for c in token.children if titled and c.dep_ == "prep" and c.i == token.i + 1
                        and c.lower_ in ("in", "to", "at") for o in c.children if o.dep_ == "pobj"), None)
        if posting is not None and last == token.i:
            last = posting.i  # ("The U.S. ambassador in San Salvador, Karen Whitfield, ...": after the post)
        if titled and last + 2 < len(self.doc) and self.doc[last + 1].text == ",":
            # "his Brazilian counterpart, Lula da Silva, ...": the name after the comma, hung elsewhere by the parser
            named = self._token_actor.get(last + 2)
            if named is None and self.gaz.title(self.doc[last + 2].lower_) and last + 3 < len(self.doc):
                named = self._token_actor.get(last + 3)  # ("..., General Abdel Fattah al-Burhan")
            name_head = self.doc[last + 2]
            while name_head.dep_ == "compound" and self._token_actor.get(name_head.head.i) == named:
                name_head = name_head.head
            # (any attachment but a subject's: not "met his counterpart, Lavrov said")
            if named and self._entries[named].type == "Person" and name_head.dep_ not in ("nsubj", "nsubjpass"):
                return [named]
        if token.pos_ == "NOUN" and token.lower_ == "counterpart" and token.i + 1 < len(self.doc) \
                and self.doc[token.i + 1].pos_ == "PROPN":
            # "met his Turkish counterpart Hakan Fidan to finish ...": the name straight after, parsed as a clause
            named = self._token_actor.get(token.i + 1)
            if named and self._entries[named].type == "Person":
                return [named]
        if token.lower_ in ("each", "both", "all") and token.pos_ in ("PRON", "DET", "NOUN"):
            # "talks with each of the two men", "criticised both of them": the people the "of" names
            of = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                  if o.dep_ == "pobj"]
            if of:
                return self.mention_ids(of[0], as_agent=as_agent)
        pair = self._the_two(token)
        if pair:
            return pair
        capital = self._capital_named(token, as_agent)
        if capital:
            return [capital]
        lower = token.lower_
        if lower.endswith(("self", "selves")):
            return []  # reflexives denote the clause's own subject: never a second party
        if token.i in self._resolving:
            return []  # a pronoun whose antecedent search came back to itself ("I" ... "he said")
        self._resolving.add(token.i)
        try:
            if lower in _FIRST_PERSON:
                return self._speaker(token)  # '"I warmly applaud ...," said Mr Straw'
            if token.pos_ == "PRON" or lower in _MALE | _FEMALE | _PLURAL | _NEUTER:
                if token.i not in self._pronoun_ids:
                    self._pronoun_ids[token.i] = self._resolve_pronoun(token)
                return list(self._pronoun_ids[token.i])
            return []
        finally:
            self._resolving.discard(token.i)

    def region_countries(self, token: Token) -> list[str]:
        """ "the three Baltic states", "the Gulf countries": each country of the region (regions.tsv); only in a
        phrase with "the", whose number if any is the region's size."""
        if token.pos_ != "NOUN" or token.lower_ not in _REGION_HEADS:
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                or any(c.dep_ == "amod" and c.lower_ == "other" for c in token.children):
            # ("unnamed Gulf governments", "dialogue between Gulf countries and Iran", "talks between Iran and its Gulf
            # neighbours": some of them, or a vague whole)
            return []
        start = token.i
        while start > token.sent.start and self.doc[start - 1].text[:1].isupper() \
                and self.doc[start - 1].dep_ in ("amod", "compound"):
            start -= 1
        members = next((found for i in range(start, token.i) if (found := self.gaz.region(self.doc[i:token.i].text))),
                       ())
        counted = [_GROUP_SIZES.get(c.lower_) for c in token.children if c.dep_ == "nummod"]
        if not members or (counted and counted[0] != len(members)):
            return []  # ("two Gulf states": not all six)
        for country in members:
            self._add(slugify(country), country, "Country", None, token.idx)
        return [slugify(country) for country in members]

    def _capital_named(self, token: Token, as_agent: bool) -> str | None:
        """ "Vanuatu's capital", "the Ukrainian capital": the capital city, or as an agent its country's government."""
        if token.lower_ != "capital" or token.pos_ != "NOUN":
            return None
        countries = self._countries_on(token)
        if len(countries) != 1:
            return None
        if as_agent:
            return countries[0]
        city = self.gaz.capital_of(self._entries[countries[0]].label)
        if city is None:
            return None
        self._add(slugify(city), city, "Place", None, token.idx)
        return slugify(city)

    def _countries_on(self, token: Token) -> list[str]:
        """The countries a noun's demonym adjectives or possessors name ("the Ukrainian capital", "Iran's envoy")."""
        countries = [self._adjectival[c.i] for c in token.children if c.i in self._adjectival]
        return countries + [k for c in token.children if c.dep_ == "poss" for k in self.mention_ids(c)
                            if self._entries[k].type == "Country"]

    def _seated_body(self, city: str, country: str, index: int) -> str | None:
        """ "accusing Brussels of double standards" in a piece on the European Commission: the body named last."""
        bodies = {slugify(body) for body in self.gaz.seated_bodies(self._entries[city].label)}
        named = [key for i, key in sorted(self._token_actor.items()) if i < index and key in bodies]
        if named:
            return named[-1]
        unnamed = self.gaz.unnamed_seat(self._entries[city].label)
        if unnamed is None or any(
                key == country and i not in self._capital_tokens for i, key in self._token_actor.items()) \
                or country in self._adjectival.values():
            return None  # "Brussels" in a piece on Belgium is its government
        self._add(slugify(unnamed), unnamed, "Organization", self.doc[index].text, self.doc[index].idx)
        return slugify(unnamed)

    @staticmethod
    def _the_two_words(token: Token) -> bool:
        """Whether a noun may stand for a group named before ("the two leaders", "each leader", "both sides")."""
        return token.lower_ in _PAIR_NOUNS or token.lower_ == "two" or any(
            c.lower_ in (*_DISTRIBUTIVES, *_GROUP_SIZES) for c in token.children)

    def _the_two(self, token: Token) -> list[str]:
        """ "the two leaders", "both countries", "the three countries": the last two (three) of that kind named
        ("each leader", "either side": each of the two)."""
        noun = token.lower_
        if token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("each", "either") for c in token.children):
            noun = {"man": "men", "woman": "women"}.get(noun, noun + "s")
        kind = _PAIR_NOUNS.get(noun)
        if noun == "two" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and any(c.lower_ == "the" for c in token.children):
            kind = "Person"  # "the two held a news conference"
        elif kind is None:
            return []
        if noun in ("pair", "duo", "couple"):
            # "the pair", "the couple" are two by themselves; "a pair of shoes" is not a pair of people
            if not any(c.lower_ == "the" for c in token.children) or any(c.lower_ == "of" for c in token.children):
                return []
        elif noun != "two" and not any(c.lower_ in (*_DISTRIBUTIVES, *_GROUP_SIZES) for c in token.children):
            return []  # "the two leaders", "both men", "the three countries"
        elif noun != "two" and not any(c.lower_ in _DISTRIBUTIVES or c.dep_ == "poss" or c.lower_ in (
                "the", "these", "those") for c in token.children):
            return []  # "sanctions on two banks linked to the military": two the story has not named yet
        if kind == "Country" and (noun in ("juntas", "regimes") or any(
                c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") and c.i not in self._adjectival
                for c in token.children)):
            # "the three European countries" after "Britain, France and Germany": a list named together; "the
            # three Baltic states" the story never listed are no three countries picked from elsewhere; "the
            # three juntas" are three countries the story listed, not the last three it named
            size = _group_size(token)
            for t in reversed(self.doc[:token.i]):
                members = [t, *t.conjuncts] if t.conjuncts and all(c.i > t.i for c in t.conjuncts) else []
                # ("Mali, Burkina Faso and Niger", the second parsed as an apposition of the first)
                listed = [a for a in t.children if a.dep_ == "appos" and a.i > t.i and a.conjuncts][:1]
                members = members or [t, *(m for a in listed for m in (a, *a.conjuncts))]
                keys = list(dict.fromkeys(self._token_actor.get(m.i) for m in members))
                if len(members) > 1 and len(keys) == size and all(k and self._entries[k].type == "Country" for k in keys):
                    return list(dict.fromkeys(keys))
            return []
        size = _group_size(token)
        if size > 3 and kind != "Person":
            return []  # "the five unions": more bodies than a story's last few names can be trusted to give
        # "Mirziyoyev is due to join the two leaders": the clause's own subject is not one of the two it joins
        own: set[str] = set()
        verb = token.head if token.dep_ == "dobj" else None
        if token.dep_ == "pobj":  # "X held separate meetings with (each of) the two men": X is not one of them
            verb = token.head
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("prep", "pobj", "dobj") and verb.head.i != verb.i:
                verb = verb.head
            verb = verb if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "xcomp" else None  # ("to host", a noun)
        for _ in range(4):
            if verb is None:
                break
            # ("Orsi, who praised both leaders": the relative pronoun's antecedent)
            own = {self._token_actor[s.i] for c in verb.children if c.dep_ == "nsubj"
                   for s in [verb.head if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else c]
                   if s.i in self._token_actor}
            # ("Tashkent was ready to host talks between the two governments": a capital is its country)
            own |= {country for c in verb.children if c.dep_ == "nsubj" and c.i in self._capital_tokens
                    for country in [self._capital_tokens[c.i][1]] if country}
            if own or verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
                break
            verb = verb.head
        if kind == "Team":
            return self._fixture_sides(token, "Organization" if noun == "clubs" else "Country", set())
        if kind == "Party":
            # "the two sides": the first pair of countries or bodies the story joins by "and" ("Pakistan and
            # Afghanistan agreed ..."), the parties it is about, not the mediators named more often since
            def party(t: Token) -> str | None:
                ids = [k for k in self.mention_ids(t, as_agent=True) if self._entries[k].type in ("Country",
                                                                                                 "Organization")]
                return ids[0] if len(ids) == 1 else None
            for t in self.doc[:token.i]:
                # a subject ("Riyadh and Tehran restored ties"; after a dateline, "ISTANBUL — Pakistan and ...")
                # ("delegations from Sudan's army and the RSF": whom the delegations came from)
                if t.dep_ in ("nsubj", "nsubjpass", "appos") or (t.dep_ == "pobj" and t.head.lower_ == "between") or (
                        t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lower_ in _PAIR_NOUNS
                        and _PAIR_NOUNS[t.head.head.lower_] == "Party"):
                    key = party(t)
                    other = next((o for c in t.conjuncts if c.i > t.i for o in [party(c)] if o not in (None, key)),
                                 None) if key else None
                    if other is not None:
                        return [key, other]
            # "the annual UK-Ireland summit ... praised both governments": the only two countries named so far
            # ("Uzbekistan ... was ready to host talks between the two governments": the two besides the host)
            countries = [c for c in self._country_mentions(token.i) if c not in own]
            if len(countries) == 2:
                return countries
            # ("Botswana objects to Namibian plan ... Angola declined to back either side", "praised the restraint
            # shown by both sides": the two a sentence first sets side by side, the mediator aside; only as what a
            # third party judges, since sides that talk or agree may be any two the story named)
            # (not the guests one hosts: "welcomed the two delegations" may be any two bodies)
            if (token.dep_ == "dobj" and token.head.lemma_.lower() not in _HOSTING_VERBS) or (
                    token.dep_ == "pobj" and token.head.lower_ == "by"):
                return self._fixture_sides(token, "Country", own)
            return []
        if kind == "Organization":
            # firms name their brands and units too: the two named most, first named first
            counts: dict[str, int] = {}
            firms = noun in ("companies", "firms")  # ("both companies": not the regulator that cleared them)
            for i in range(token.i):
                key = self._token_actor.get(i)
                if key and self._entries[key].type == kind and self._token_actor.get(i - 1) != key \
                        and (not firms or (getattr(self.gaz.lookup(self._entries[key].label), "kind", "company") in (
                            "company", "business group") and self._entries[key].label.lower() not in _ORG_HEADS)):
                    counts[key] = counts.get(key, 0) + 1
            ranked = sorted(counts, key=lambda key: (-counts[key], self._entries[key].first))
            return ranked[:size]
        if noun == "couple":
            # "Prince Charles and Camilla Parker Bowles are to marry ... delighted for the couple": the pair the
            # story's lead joins, never just the last two people named
            return self._lead_pair(token, own, titled=False)
        # (the group the story defined comes before any three people listed since)
        defined = self._defined_group(token, size, own) if noun in ("leaders", "presidents", "ministers") else []
        if defined:
            return defined
        if size >= 3:
            # "Macron, Starmer and Merz spoke with Zelensky ... The three leaders": three people listed together
            listed = self._last_listed_people(token.i)
            if len(listed) == size and not set(listed) & own:
                return listed
        if noun == "ministers":
            # "both prime ministers", "the two foreign ministers": the last people named with that title
            phrase = " ".join([*(c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i
                                 and c.lower_ not in _GROUP_SIZES), "minister"])
            titled = self._last_named(token.i, size, own, lambda key: any(
                t == phrase or t.endswith(" " + phrase) for t in self._person_titles.get(key, ())))
            role = getattr(self.gaz.title(phrase), "role", None) if phrase != "minister" else None
            if not titled and role is not None and role != "minister":
                # "the two prime ministers" after "Prime Minister Keir Starmer" and "Taoiseach Micheal Martin": a
                # title of the same office counts (not two first ministers named since)
                titled = self._last_named(token.i, size, own, lambda key: any(
                    getattr(self.gaz.title(t), "role", None) == role for t in self._person_titles.get(key, ())))
            if titled and phrase != "minister":
                return titled
        if noun in ("leaders", "presidents"):
            if size == 2 and noun == "leaders":
                # "Starmer and Swinney held talks ... Findlay accused both leaders": the pair the story's lead joins
                pair = self._lead_pair(token, own, titled=True)
                if pair:
                    return pair
            if noun == "presidents":  # "the two presidents": the last two called president, not an emir
                titled = self._last_named(token.i, size, own, lambda key: self.titled(key, "president"))
                if titled:
                    return titled
            # "the three leaders" after a summit's ministers were listed: the people named as leaders come first
            leaders = self._last_named(token.i, size, own, lambda key: any(
                role in _LEADER_ROLES for role, _ in self._person_roles.get(key, ()))
                or any(getattr(self.gaz.title(t), "role", None) in _LEADER_ROLES  # "President Putin", country untold
                       for t in self._person_titles.get(key, ()))
                or (key in self._affiliations and key not in self._person_roles))
            if leaders:
                return leaders
            # (never a minister: "the two presidents" are people who lead)
            return self._last_named(token.i, size, own, lambda key: self._entries[key].type == "Person"
                                    and self.leads(key))
        if kind == "Country" and size == 2:
            # "the two countries": the two the story names most so far, when those two stand out (a third country
            # named last in passing is not one of them)
            counts = {key: n for key, n in self._country_mentions(token.i).items() if key not in own}
            ranked = sorted(counts, key=lambda key: (-counts[key], self._entries[key].first))
            if len(ranked) >= 3 and counts[ranked[1]] >= 2 * counts[ranked[2]]:
                return ranked[:2]
        return self._last_named(token.i, size, own, lambda key: self._entries[key].type == kind)

    def _fixture_sides(self, token: Token, kind: str, own: set[str]) -> list[str]:
        """ "Haiti beat Cuba ... both squads were greeted": the first two countries (clubs) one sentence names, the
        fixture a sports report opens with (or the dispute a story opens with), never a capital standing as the place
        of the match, nor the clause's own subject."""
        for sent in self.doc.sents:
            if sent.start >= token.i:
                break
            sides: list[str] = []
            for i in range(sent.start, min(sent.end, token.i)):
                key = self._token_actor.get(i) or self._adjectival.get(i)
                if key and key not in sides and key not in own and self._entries[key].type == kind \
                        and i not in self._capital_tokens:
                    sides.append(key)
            if len(sides) >= 2:
                return sides[:2]
        return []

    def _country_mentions(self, index: int) -> dict[str, int]:
        """How often each country is named (by name or demonym) before a token, in the order first named."""
        counts: dict[str, int] = {}
        for i in range(index):
            key = self._token_actor.get(i) or self._adjectival.get(i)
            if key and self._entries[key].type == "Country" \
                    and (self._token_actor.get(i - 1) or self._adjectival.get(i - 1)) != key:
                counts[key] = counts.get(key, 0) + 1
        return counts

    def _defined_group(self, token: Token, size: int, own: set[str]) -> list[str]:
        """ "the three leaders" after "the leaders of Egypt, Eritrea and Somalia": the people of the group the story
        defined with that noun, or the leaders of its countries as the story names them ("Egyptian President X",
        "Eritrea's Y"), none of them the clause's own subject."""
        for earlier in self.doc[:token.i]:
            if earlier.lower_ == token.lower_ and any(c.dep_ == "prep" and c.lower_ == "of" for c in earlier.children):
                members = self.members_of(earlier)
                group = [k for k in members if self._entries[k].type == "Person"]
                if len(group) == size and not set(group) & own:
                    return group
                countries = [k for k in members if self._entries[k].type == "Country"]
                heads = [self._latest_person_with_role("leader", country, len(self.doc.text) + 1, first=True)
                         or self._affiliated(country) for country in countries]
                if len(countries) == size and all(heads) and len(set(heads)) == size and not set(heads) & own:
                    return list(dict.fromkeys(heads))
        return []

    def _lead_pair(self, token: Token, own: set[str], titled: bool) -> list[str]:
        """The two people the story's first sentences join as a subject ("Starmer and Swinney held talks"),
        neither of them the clause's own subject; with `titled`, one of them given a title or role ("Sir Keir
        Starmer and Scotland's First Minister John Swinney")."""
        # ("a public quarrel between Brazil's Lula and Argentina's Milei": the two the lead sets against each other)
        for t in (t for s in self.lead_sentences for t in s if t.i < token.i and (
                t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.lower_ == "between"))):
            verb, subject = t.head, t
            if t.dep_ == "nsubj" and t.is_upper and t.i not in self._token_actor:
                # "ANKARA, March 4 (Agency) - Greek Prime Minister X held talks": the name after the dateline
                t = next((a for a in t.children if a.dep_ == "appos" and a.i > t.i and a.i in self._token_actor), t)
            # (the first of the pair may be parsed as a modifier of the second: "Starmer and Scotland's First
            # Minister John Swinney")
            words = self.doc[t.left_edge.i:t.i + 1]
            joined = [m for m in words if m.i != t.i] if any(m.lower_ == "and" for m in words) else []
            keys = [self._token_actor.get(m.i) for m in (*joined, t, *t.conjuncts)]
            if not joined and None in keys:
                continue  # a subject list with someone unnamed is no pair
            if len(keys) == 1 and subject.dep_ == "nsubj" and verb.lemma_.lower() in _HOSTING_VERBS:
                # "Sisi received Sudan's army chief, General Burhan, ... and the two leaders condemned": host and guest
                # (the guest as its own words name it, or as a person named after its title: never another pair)
                keys += [k for c in verb.children if c.dep_ == "dobj" and c.i != token.i
                         and all(self.gaz.title(x.lower_) for x in c.conjuncts)  # (one guest, however titled)
                         and not self._the_two_words(c) for k in self.mention_ids(c)[:1]]
            elif len(keys) == 1 and subject.dep_ == "nsubj":
                # "X held talks with Y", "X met Y": the one a lone subject sat down with (one person, not a list)
                partners = [p for c in verb.children if c.dep_ == "dobj"
                            and c.lemma_.lower() in ("talk", "talks", "meeting", "meetings")
                            for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                            for p in w.children if p.dep_ == "pobj" and not p.conjuncts]
                partners += [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "meet"
                             and not c.conjuncts]
                keys += [k for p in partners[:1] if not self._the_two_words(p) for k in self.mention_ids(p)[:1]]
            pair = list(dict.fromkeys(k for k in keys if k and self._entries[k].type == "Person"))
            if len(pair) == 2 and not set(pair) & own \
                    and (not titled or any(self._person_roles.get(k) or self._person_titles.get(k)
                                           or self._affiliations.get(k) for k in pair)):  # ("Brazil's Lula")
                return pair
        return []

    def _last_listed_people(self, index: int) -> list[str]:
        """The people of the last "A, B and C" before a token, read from the words (titles, demonyms and commas
        may stand between the names), since the parser often splits such a list."""
        run: list[str] = []
        joined = False
        for t in reversed(self.doc[:index]):
            key = self._token_actor.get(t.i)
            if key is not None and self._entries[key].type == "Person":
                if key not in run:
                    run.append(key)
            elif t.lower_ == "and" or t.text == ",":
                joined = joined or t.lower_ == "and"
            elif not (t.i in self._adjectival or t.ent_type_ == "NORP" or (t.pos_ == "PROPN" and key is None)
                      or t.tag_ == "POS" or (key is not None and t.dep_ in ("amod", "compound", "poss"))):
                if len(run) >= 2 and joined:
                    return run[::-1]
                run, joined = [], False
        return run[::-1] if len(run) >= 2 and joined else []

    def _last_named(self, index: int, size: int, skip: set[str], accept) -> list[str]:
        """The last `size` different actors named before a token that `accept` takes, or none if fewer (people a
        lead calls "her Zambian and Malawian counterparts" count as named there)."""
        found: list[str] = []
        for i in range(index - 1, -1, -1):
            keys = [self._token_actor[i]] if i in self._token_actor else \
                self.members_of(self.doc[i]) if self.doc[i].lower_ == "counterparts" else []
            for key in keys:
                if key not in found and key not in skip and accept(key):
                    found.append(key)
                    if len(found) == size:
                        return found
        return []

    def sole_holder(self, word: str, offset: int) -> str | None:
        """The one person introduced before an offset whose title ends in a word ("a failed minister" in a story of
        one minister), or None when none or several are."""
        people = [person for person in self._person_titles if self.titled(person, word)
                  and self._entries[person].first < offset]
        return people[0] if len(people) == 1 else None

    def home_countries(self, person_id: str) -> set[str]:
        """The countries a person is said to serve in this article ("British Foreign Secretary Jack Straw",
        "Somalia's Hassan Sheikh Mohamud")."""
        return {of for of in self.served_bodies(person_id) if self._entries[of].type == "Country"}

    def served_bodies(self, person_id: str) -> set[str]:
        """Every country or organisation a person is said to hold a role in ("Lib Dem leader Charles Kennedy")."""
        return {of for _, of in self._person_roles.get(person_id, ()) if of} | self._affiliations.get(person_id, set())

    def leads(self, person_id: str) -> bool:
        """Whether a person could be one of "the two leaders": no role or title told, or a leading one (not
        "Foreign Minister Penny Wong")."""
        titles = [entry for title in self._person_titles.get(person_id, ()) if (entry := self.gaz.title(title))]
        told = {role for role, _ in self._person_roles.get(person_id, ())} | {entry.role for entry in titles}
        # (a crown prince, emir or king heads a state whatever role record the title gives)
        return not told or bool(told & _LEADER_ROLES) or any(
            entry.kind in ("head_of_state", "head_of_government") and entry.role != "official" for entry in titles)

    def holds_office(self, person_id: str) -> bool:
        """Whether the text gave a person a political title ("Vice President Kashim Shettima"), not a coach's."""
        return any(getattr(self.gaz.title(title), "political", False) for title in self._person_titles.get(person_id, ()))

    def posted_countries(self, person_id: str) -> set[str]:
        """The countries a person is posted to ("the Chinese ambassador to Canada"): there, they are not visiting."""
        return {role.to.id for role in self.roles if role.person.id == person_id and role.to is not None}

    def other_referent(self, pronoun: Token, exclude: set[str]) -> list[str]:
        """What a pronoun means when it cannot mean the actors excluded: the nearest fitting actor named before it
        in its sentence ("Iran's bid was refused after the US blocked its application"), else the usual search."""
        kinds = ("Country", "Organization") if pronoun.lower_ in _NEUTER else ("Person",) \
            if pronoun.lower_ in _MALE | _FEMALE else ("Country", "Organization", "Person")
        accept = lambda key: self._entries[key].type in kinds and key not in exclude  # noqa: E731
        for t in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            keys = [k for k in self.mention_ids(t) if accept(k)]
            if keys:
                return keys[:1]
        return self._antecedent(pronoun, accept)

    def forum(self, actor_id: str) -> bool:
        """An international body or court, through which members act ("a WTO complaint", "UN sanctions")."""
        entry = self.gaz.lookup(self._entries[actor_id].label)
        return entry is not None and entry.kind in ("intergovernmental", "un body", "court")

    def dateline_place(self) -> tuple[str, str] | None:
        """The city and country of the article's dateline ("CAIRO, Jan. 25 (Wire) —"), as actors, if known."""
        if self._dateline is None:
            self._dateline = ()
            ents = [e for e in self.doc.ents if e.label_ in ("GPE", "LOC") and _is_dateline(e)] or [
                span for span in (_capitals_opening(sent) for sent in itertools.islice(self.doc.sents, 4))
                if span is not None and _is_dateline(span)][:1]  # "KUALA LUMPUR, Oct 26": a city the tagger missed
            if ents:
                city = _title_case(ents[0].text)
                # "ISTANBUL —": a city, no capital; "MALE, March 11 -": in a dateline the word is the city
                country = self.gaz.capital(city, allow_ambiguous=True) or self.gaz.city_country(city)
                if country is None:  # "ASTANA, Kazakhstan (Wire) -", "EVIAN-LES-BAINS, France, June 15 -"
                    after = ents[1] if len(ents) > 1 else next(
                        (e for e in self.doc.ents if e.start == ents[0].end + 1 and self.doc[ents[0].end].text == ","),
                        None)
                    known = self.gaz.lookup(after.text) if after is not None else None
                    country = known.name if known is not None and known.type == "Country" else None
                if country is not None:
                    self._add(slugify(city), city, "Place", None, ents[0].start_char)
                    self._add(slugify(country), country, "Country", None, ents[0].start_char)
                    self._dateline = (slugify(city), slugify(country))
        return self._dateline or None

    def _named_body(self, span: Span) -> bool:
        """Whether a name tagged as a place is a body's, told by the noun it stands beside: plural people ("Telecom
        analysts Ovum", "campaigners Stop Stansted Expansion") or a body's kind ("pressure group Liberty")."""
        root = span.root
        if self.gaz.knows(span.text):
            return False
        head = root.head if root.dep_ == "appos" else None
        if head is None and span.start > 0 and root.dep_ != "compound":
            before = self.doc[span.start - 1]  # "analysts Ovum" parsed as a compound of the name
            head = before if before.dep_ == "compound" and before.head.i in range(span.start, span.end) else None
        return head is not None and head.pos_ == "NOUN" and head.i < span.start and (
            (head.tag_ == "NNS" and head.lemma_.lower() not in _AREA_NOUNS) or head.lower_ in _ORG_HEADS)

    def _in_portfolio(self, span: Span) -> bool:
        """Whether an organisation- or place-tagged span is one of the listed words of a minister's portfolio before
        the name: "Culture" and "Media" in "Culture, Media and Sport Secretary Tessa Jowell"."""
        doc, j = self.doc, span.end
        if span.label_ not in ("ORG", "GPE", "LOC") or self.gaz.lookup(span.text) is not None \
                or j >= len(doc) or doc[j].text not in (",", "and", "&") or self._known_name(span):
            return False  # one word before the title ("Education Secretary Ruth Kelly") stays her portfolio (and
            # "Macron, Sanchez and Italian Prime Minister Giorgia Meloni" lists people named before)
        while j < len(doc) - 1 and j - span.end < 6 and (doc[j].text in (",", "and", "&") or doc[j].is_title):
            if doc[j].lower_ in _TITLE_HEADS and doc[j + 1].ent_type_ == "PERSON" and doc[j - 1].is_title:
                return True  # not "in Paris, President Kirchner": the head follows a portfolio word
            j += 1
        return False

    def _owner_before(self, span: Span) -> str | None:
        """The country named just before a seat's name, which then is that country's ("Pakistan's Foreign Office",
        "the Indian Foreign Office"), or None."""
        if span.start >= 2 and self.doc[span.start - 1].tag_ == "POS":
            entry = self.gaz.lookup(self.doc[span.start - 2].text)
            return entry.name if entry is not None and entry.type == "Country" else None
        return self.gaz.demonym(self.doc[span.start - 1].text) if span.start >= 1 else None

    def demonym_country(self, token: Token) -> str | None:
        """The country a demonym adjective at a token names ("the French proposal" → France), or None."""
        return self._adjectival.get(token.i)

    def speaker_of(self, token: Token) -> list[str]:
        """Who says the words at a token inside quotation marks ('"... wrong," said Mr Straw'), or []."""
        return self._speaker(token)

    def quoted(self, token: Token) -> bool:
        """Whether a token stands inside quotation marks."""
        return self._quoted[token.i]

    def is_local(self, actor_id: str) -> bool:
        """Whether an actor is an unnamed, article-local one (a group or a facility)."""
        return bool(self.article_id) and actor_id.endswith("-" + self.article_id[:8])

    def members_of(self, token: Token) -> list[str]:
        """Actors named inside an unnamed noun phrase: "U.S. officials" → United States."""
        if token.lower_ in _COLLECTIVE_NOUNS and self._prep_objects_of(token, "of"):
            # "a team of American diplomats": the members' side (but "South Korea's national team" is the country's)
            return list(dict.fromkeys(key for pobj in self._prep_objects_of(token, "of") for member in
                                      (pobj, *pobj.conjuncts) for key in self.members_of(member)))
        if token.lemma_.lower() in _ENTOURAGE_NOUNS:  # "Biya's camp", "the president's office": his people, him
            # ("Pakistan's foreign office": a country's office is its government)
            return [self._token_actor[c.i] for c in token.children if c.dep_ == "poss" and c.i in self._token_actor
                    and (self._entries[self._token_actor[c.i]].type == "Person" or (
                        token.lemma_.lower() == "office" and self._entries[self._token_actor[c.i]].type == "Country"))]
        underling = self._underling(token)
        if underling is not None:
            return [underling]
        if token.lower_ in _ORG_HEADS - _GOVERNMENT_NOUNS and token.tag_ == "NN":
            # "his party", "whose union": the one body of that kind the person is said to serve
            owners = [c for c in token.children if c.dep_ == "poss"]
            # ("Mr Kennedy, whose party opposes the plan": the one the clause is about)
            owners = [next((a.head for a in c.ancestors if a.dep_ == "relcl"), c) if c.lower_ == "whose" else c
                      for c in owners]
            people = [k for c in owners for k in self.mention_ids(c) if self._entries[k].type == "Person"]
            bodies = {b for person in people for b in self.served_bodies(person)
                      if self._entries[b].type == "Organization"}
            # ("the union's committee": a body's own organ)
            bodies |= {k for c in owners if c.tag_ not in ("NNS", "NNPS") and c.lower_ not in _OFFICIAL_NOUNS
                       for k in self.mention_ids(c)
                       if self._entries[k].type == "Organization" and not self.is_local(k)}
            if len(bodies) == 1:
                return list(bodies)
        if token.lower_ in _SENT_BODY_NOUNS:
            # "a delegation of the Union of Carinthian Slovenes", "a delegation from Hamas": the body that sends it
            senders = [k for prep in ("of", "from") for p in self._prep_objects_of(token, prep) for m in (p, *p.conjuncts)
                       for k in self.mention_ids(m, as_agent=True) if self._entries[k].type in ("Organization", "Country")]
            if senders:
                return list(dict.fromkeys(senders))
        if token.tag_ == "NNS" and (token.lower_ == "members" or token.lower_ in _OFFICIAL_NOUNS) \
                and token.lower_ != "shareholders":  # (owners of a firm are not the firm)
            # "members of Congress", "executives of the planemaker Embraer": the body they belong to (not "the
            # leaders of Egypt and Sudan", people the story goes on to name)
            bodies = [k for p in self._prep_objects_of(token, "of") for m in (p, *p.conjuncts)
                      for k in (self.mention_ids(m, as_agent=True) or self._named_in(m))
                      if self._entries[k].type == "Organization" and getattr(
                          self.gaz.lookup(self._entries[k].label), "kind", "") not in _STATES_BODIES]
            if bodies:  # (members of the Security Council or the EU are states acting for themselves)
                return list(dict.fromkeys(bodies))
        if token.lower_ in _FIGHTER_NOUNS:
            # "attacks by al-Shabaab insurgents": the armed group named before them (not "Pakistani militants")
            return [key for c in token.children if c.dep_ == "compound" and c.i < token.i
                    for key in [self._token_actor.get(c.i)] if key and self._entries[key].type == "Organization"]
        if token.lower_ not in _OFFICIAL_NOUNS and token.lemma_.lower() not in _OFFICIAL_NOUNS:
            return []  # "a US banker" is not the United States; "U.S. officials" are
        if any(t.lower_ in ("former", "ex") for t in token.subtree if t.i < token.i):
            return []  # "the former Estonian prime minister", "the ex-Labour leader" act for no one now
        if token.lower_ in ("side", "squad", "team") and any(
                c.dep_ == "poss" and (c.pos_ == "PRON" or any(self._entries[k].type == "Person"
                                                              for k in self.mention_ids(c)))
                for c in token.children):
            return []  # "his Wales side" is his team; "the Indian side", "Sri Lanka's squad" stand for the country
        if token.lower_ in ("squad", "team") and not any(
                c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ == "national") for c in token.children):
            return []  # ("the Brazilian team" may be a Brazilian club; "Brazil's national team" is Brazil's)
        # "EU officials", "the Thai ministry": names and demonyms before the noun
        compounds = [c for c in token.children if c.i < token.i and (c.dep_ in ("compound", "nmod") or (
            c.dep_ == "amod" and c.i in self._token_actor  # "Congressional leaders", "Conservative MPs"
            and self._party_or_legislature(self._token_actor[c.i])))]
        compounds += [g for c in compounds for g in c.children if g.dep_ == "compound"]  # "EU member states"
        compounds += [m for c in compounds if c.dep_ == "nmod" for m in c.conjuncts]  # "Uzbek, Kyrgyz and Turkmen"
        if any(p.i in self._capital_tokens for p in self._prep_objects_of(token, "in")):
            # "a government spokesman in Ouagadougou": the seat says whose government, not a guess at "government"
            compounds = [c for c in compounds if not (c.lower_ in _GOVERNMENT_NOUNS and not list(c.children))]
        named = [self.mention_ids(c, as_agent=True)[0] if c.i in self._capital_tokens  # "Moscow officials": Russia's
                 else self._token_actor.get(c.i) or self._adjectival[c.i] for c in compounds
                 if c.i in self._token_actor or c.i in self._capital_tokens
                 or (c.dep_ == "conj" and c.i in self._adjectival)]
        # "a Thai government spokesman": the demonym on the government he speaks for
        named += [self._adjectival[g.i] for c in compounds if c.lower_ in _GOVERNMENT_NOUNS and c.i not in
                  self._token_actor for g in c.children if g.i in self._adjectival and g.i < c.i]
        if token.lower_ in _GOVERNMENT_NOUNS:
            # "the Biden administration", "the ANC-led government", "the Labour government": the country its leader
            # or ruling party serves
            named += [self._token_actor[g.i] for c in token.children if c.dep_ == "amod" and c.lower_ == "led"
                      for g in c.children if g.i in self._token_actor]
            # "President Bush's government": the country its leader serves
            named += [self._token_actor[c.i] for c in token.children if c.dep_ == "poss" and c.i in self._token_actor
                      and self._entries[self._token_actor[c.i]].type == "Person"
                      and len(self.home_countries(self._token_actor[c.i])) == 1]
            # "the government of Prime Minister Irakli Kobakhidze": likewise
            named += [k for p in self._prep_objects_of(token, "of") for k in self.mention_ids(p)
                      if self._entries[k].type == "Person" and len(self.home_countries(k)) == 1]
            named = [next(iter(self.home_countries(k))) if self._entries[k].type == "Person"
                     and len(self.home_countries(k)) == 1 else self._party_country(k) or k for k in named]
        if not named:
            # "Chinese officials", "China's leaders": the people who act for a country stand for it
            adjectives = [c for c in token.children if c.i in self._adjectival]
            conjuncts = [conj for c in adjectives for conj in c.conjuncts]
            named = [self._adjectival[c.i] for c in adjectives]
            named += [self._adjectival.get(c.i) or self._token_actor[c.i] for c in conjuncts
                      if c.i in self._adjectival or c.i in self._token_actor]
            # (not "the Dane's agent": one Danish man's)
            named += [self._token_actor[c.i] for c in token.children if c.dep_ == "poss" and c.i in self._token_actor
                      and not (self.gaz.demonym(c.text) and not c.text.endswith("s")
                               and any(d.dep_ == "det" and d.lower_ in ("the", "a") for d in c.children))]
            if not named and token.lower_ not in _COLLECTIVE_NOUNS:  # "its foreign ministry": the country "its" is
                # ("its management", "its board": the firm "its" is)
                kinds = ("Country", "Organization") if token.lower_ in _MANAGING_NOUNS else ("Country",)
                named = [k for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")
                         for k in self.mention_ids(c) if self._entries[k].type in kinds]
            if not named and token.lower_ in _GOVERNMENT_NOUNS:  # "accused his government": the one he serves
                # ("Arevalo, whose government has criticised Havana": the one the clause is about)
                owners = [next((a.head for a in c.ancestors if a.dep_ == "relcl"), c) if c.lower_ == "whose" else c
                          for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "whose")]
                homes = [self.home_countries(k) for c in owners
                         for k in self.mention_ids(c) if self._entries[k].type == "Person"]
                named = [next(iter(h)) for h in homes if len(h) == 1]
        if not named and token.lower_ not in _NOT_OF_MEMBERS:
            # "the leaders of Germany and France", "the foreign ministers of the two countries"
            preps = ("of", "from", "for") if token.lemma_.lower() in _SPOKES_NOUNS else ("of", "from")
            pobjs = [p for prep in preps for p in self._prep_objects_of(token, prep)]
            if not pobjs and token.dep_ == "dobj" and token.lower_ in _OFFICIAL_NOUNS:
                # "met representatives from Switzerland", the parser hanging "from" on the verb
                pobjs = [p for c in token.head.children if c.dep_ == "prep" and c.lower_ == "from"
                         and c.i == token.right_edge.i + 1 for p in c.children if p.dep_ == "pobj"]
            for pobj in pobjs:
                for member in (pobj, *pobj.conjuncts):
                    if member.pos_ != "PRON":
                        named += [key for key in self.mention_ids(member, as_agent=True)
                                  if self._entries[key].type in ("Country", "Organization")]
                        if member.i != token.i and not named:
                            named += self.members_of(member)  # "a delegation of Chinese officials"
        if not named and token.lower_ in _SEATED_OFFICIAL_NOUNS and not any(
                c.dep_ == "amod" and c.lower_ in _ELSEWHERE_WORDS and not (c.lower_ == "foreign" and token.lower_ in (
                    "ministry", "office")) for c in token.children):  # ("the foreign ministry in Seoul" is Seoul's)
            # "officials in Beijing", "a foreign ministry spokesman in Beijing": the country whose capital it is
            named = [key for p in self._prep_objects_of(token, "in") for key in self.mention_ids(p, as_agent=True)
                     if self._entries[key].type == "Country"]
            if not named and token.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                # "In Abuja, the foreign ministry rejected ...": the capital the sentence opens in
                named = [key for p in self._prep_objects_of(token.head, "in") if p.i < token.i
                         and p.i - p.sent.start <= 2 for key in self.mention_ids(p, as_agent=True)
                         if self._entries[key].type == "Country"]
        if not named and token.lower_ in _MANAGING_NOUNS and any(c.dep_ == "det" and c.lower_ == "the"
                                                                 for c in token.children) \
                and not any(c.dep_ in ("compound", "amod", "poss") for c in token.children):
            # "criticised the directors for refusing", "backed the board's decision": the firm the story is about
            # (never one the sentence has as a subject: "Garuda Capital criticised the directors")
            own = {k for t in token.sent if t.dep_ in ("nsubj", "nsubjpass") for k in self.mention_ids(t)}
            named = [firm] if (firm := self._story_firm(token.i, exclude=own)) else []
        if token.lower_ == "counterpart" and len(named) == 1:
            # "met his Russian counterpart": the person last named as serving that country, if any
            people = [key for i, key in sorted(self._token_actor.items()) if i < token.i
                      and self._entries[key].type == "Person" and named[0] in self.home_countries(key)]
            if people:
                return [people[-1]]
        if token.lower_ == "counterparts" and named:
            # "hosted his Uzbek, Kyrgyz and Turkmen counterparts": for each country the one person serving it
            # (named before or, in a lead, just after)
            people = [[key for key in dict.fromkeys(self._token_actor.values())
                       if self._entries[key].type == "Person" and country in self.home_countries(key)]
                      for country in named]
            titles = {t for c in token.lefts for p in c.subtree if p.dep_ == "poss" for k in self.mention_ids(p)
                      for t in self._person_titles.get(k, ())}  # ("her" may hang on the first demonym)
            if titles and not all(len(serving) == 1 for serving in people):
                # ("Foreign Minister X hosted her Zambian and Malawian counterparts": the foreign ministers, not a
                # president of one of the two named later)
                people = [[k for k in serving if titles & set(self._person_titles.get(k, ()))] for serving in people]
            if all(len(serving) == 1 for serving in people):
                return [serving[0] for serving in people]
        if named and token.tag_ == "NNS" and all(self._entries[k].type == "Country" for k in named):
            # "the presidents of Argentina, Brazil and Paraguay": the people the article names in that office
            words = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
            title, _ = self._match_title([*words, token.lemma_.lower()])
            # ("the leaders of Egypt, Eritrea and Somalia": each country's leader the story introduced first, the
            # president rather than a prime minister met at the airport later)
            people = [self._latest_person_with_role(title["role"], country, len(self.doc.text) + 1, title["title"],
                                                    first=title["title"] == "leader")
                      or (self._affiliated(country) if title["title"] == "leader" else None)
                      for country in named] if title is not None else []
            if title is not None and title["title"] != title["role"]:
                # "finance ministers from both countries" are not the foreign ministers the story named
                people = [p if p is None or title["title"] in self._person_titles.get(p, ()) or not any(
                    t != title["role"] and t.split()[-1] == title["title"].split()[-1]
                    for t in self._person_titles.get(p, ())) else None for p in people]
            if people and all(people):
                return list(dict.fromkeys(people))
        if not named and token.lower_ == "ministers" and not any(
                c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for c in token.children):
            country = self._dominant_country(token.i)  # "accused ministers of": the government of the piece
            named = [country] if country else []
        return list(dict.fromkeys(named))

    def _vote_place_or_body(self) -> None:
        """A name the gazetteer does not know is a body, not a place, when the tagger calls it a body more often
        than a place ("Verizon" tagged GPE in one sentence and ORG in three): the first tag is one guess."""
        votes: dict[str, list[int]] = {}
        for ent in self.doc.ents:
            key = self._token_actor.get(ent.root.i)
            if key is None or self._entries[key].type != "Place" or ent.label_ not in ("ORG", "GPE", "LOC", "FAC"):
                continue
            tally = votes.setdefault(key, [0, 0])
            tally[ent.label_ != "ORG"] += 1
            if _site_place(ent.root) or _area_name(ent) or _travelled_to(ent.root):
                tally[1] += 100  # "hill farms in Ceredigion", "to travel to Evian": where one goes outweighs the tags
        for key, (bodies, places) in votes.items():
            if bodies > places and self.gaz.lookup(self._entries[key].label) is None \
                    and self._entries[key].label.lower() not in _REGION_NAMES \
                    and self._entries[key].label.split()[-1].lower() not in _BUILDING_WORDS | _FACILITY_NOUNS \
                    and not any(city == key for city, _ in self._capital_tokens.values()):
                self._entries[key].type = "Organization"

    def _person_or_firm(self) -> None:
        """A one-word name the tagger took for a person's is a firm's when the text treats it as one: "Yukos said it
        would sue", "Yukos shares", "Yukos' parent company" (a person's name comes with a first name or a title)."""
        firms: set[str] = set()
        for index, key in self._token_actor.items():
            entry = self._entries[key]
            if key in firms or entry.type != "Person" or " " in entry.label or self.gaz.lookup(entry.label) is not None:
                continue
            token = self.doc[index]
            head = token.head
            part = token.dep_ in ("compound", "poss") and head.pos_ == "NOUN" and (
                head.lemma_.lower() in _FIRM_PARTS or head.lower_ in _FIRM_PARTS
                or any(c.dep_ == "compound" and c.lemma_.lower() in _FIRM_PARTS for c in head.children))
            # ("Yukos has said it will sue": "it", the reported clause's subject, can only be the firm)
            said_it = token.dep_ == "nsubj" and head.lemma_.lower() in _REPORTING_VERBS and any(
                c.dep_ == "ccomp" and c.lemma_ not in _COPULAS and any(
                    s.dep_ == "nsubj" and s.lower_ == "it" and not _dummy_it(s) for s in c.children)
                for c in head.children)  # (not "said it was fair to criticise")
            if part or said_it:
                firms.add(key)
        for key in firms:
            if any(self._entries[key].label == self.doc[i].text and i > 0 and (
                    self.doc[i - 1].lower_ in _NAME_TITLES or self.gaz.title(self.doc[i - 1].lower_) is not None)
                   for i, k in self._token_actor.items() if k == key):
                continue  # ("Lord Falconer", "Mr Foster": titles are read later, so the word before is looked at)
            entry = self._entries[key]
            # "Foster's Group ... Foster's bought a stake": the short name is the firm's named in full
            full = [k for k, e in self._entries.items() if k != key and e.type == "Organization"
                    and (e.label.split()[0].removesuffix("'s").removesuffix("'") == entry.label
                         or entry.label + "'s" in e.aliases)]
            if len(full) > 1:
                continue  # (which firm it shortens is unclear: leave the tagger's guess)
            entry.type = "Organization"
            if full:
                self._merge(key, full[0])

    def _resolve_shared_names(self) -> None:
        """"Congo" and "Korea" name two countries; in a story that names just one of them in full, they name it."""
        for short, (adjective, countries) in _SHARED_NAMES.items():
            named = [slugify(c) for c in countries if slugify(c) in self._entries]
            if len(named) != 1:
                continue
            key = slugify(short)
            if key in self._entries and self._entries[key].type != "Person":
                self._merge(key, named[0])
                self._entries[named[0]].aliases.add(short)
            for token in self.doc:  # "the Congolese government"
                if token.text == adjective and token.i not in self._token_actor and token.dep_ in ("amod", "compound"):
                    self._adjectival[token.i] = named[0]

    def _find_unlabelled_organisations(self) -> None:
        """Listed organisation names of more than one word that the tagger missed or cut ("the far-right
        Alternative for Germany", where only "Germany" was tagged)."""
        doc, text = self.doc, self.doc.text
        ends = {t.idx + len(t): t.i for t in doc}
        index = 0
        while index < len(doc):
            token = doc[index]
            match = next(((form, name) for form, name in _multiword_organisations().get(token.text, ())
                          if text.startswith(form, token.idx) and token.idx + len(form) in ends), None)
            if match is None:
                index += 1
                continue
            form, name = match
            span = doc[index:ends[token.idx + len(form)] + 1]
            before = {self._token_actor.get(t.i) for t in span}
            # an actor tagged inside the name ("Law" of "Law and Justice") is the name's; one reaching out of it is
            # a longer name ("the Ta'ang National Liberation Army") and is kept
            outside = {self._token_actor.get(i) for i in (span.start - 1, span.end) if 0 <= i < len(doc)} - {None}
            if before != {slugify(name)} and not before & outside:
                self._mark(span, name, "Organization", span.text, key=slugify(name))
                used = {*self._token_actor.values(), *self._adjectival.values(),
                        *(k for pair in self._capital_tokens.values() for k in pair)}
                for key in before - {None, slugify(name)} - used:  # "Germany" inside the name, if named nowhere else
                    self._entries.pop(key, None)
            index = span.end
        for token in doc:
            # "Unite hit out at Tesco": a listed one-word union, business group or firm the tagger left untagged;
            # "criticised the AU": a listed body's acronym
            entry = self.gaz.lookup(token.text) if token.pos_ == "PROPN" and not token.ent_type_ \
                and token.i not in self._token_actor and token.text[:1].isupper() else None
            if entry is not None and entry.type == "Organization" and (entry.kind in _UNTAGGED_KINDS or (
                    token.text.isupper() and token.is_alpha and len(token) >= 2 and not entry.ambiguous)):
                self._mark(doc[token.i:token.i + 1], entry.name, "Organization", token.text, key=slugify(entry.name))

    def _find_listed_places(self) -> None:
        """A capitalised name the tagger missed, listed with a place, is a place too ("in Newcastle and Hull"); so
        is one someone travels to ("flew to Nakhchivan", "is due to fly to Nuku'alofa")."""
        for token in self.doc:
            if token.ent_type_ or not _destination(token) or token.i in self._token_actor \
                    or token.i in self._capital_tokens:
                continue
            words = [t for t in token.subtree if t.dep_ == "compound" or t.i == token.i]
            if words[-1].i != token.i or not all(t.text[:1].isupper() and t.i not in self._token_actor
                                                  and not t.ent_type_ for t in words):
                continue
            name = " ".join(t.text for t in words)
            country = self.gaz.capital(name)
            if country:
                self._mark_capital(self.doc[words[0].i:token.i + 1], country)
            else:
                self._mark(self.doc[words[0].i:token.i + 1], name, "Place", name)
        for index, key in list(self._token_actor.items()):
            token = self.doc[index]
            if self._entries[key].type != "Place" or token.ent_type_ not in ("GPE", "LOC"):
                continue
            for other in token.conjuncts:
                words = [t for t in other.subtree if t.dep_ == "compound" or t.i == other.i]
                if other.pos_ == "PROPN" and other.i not in self._token_actor and not other.ent_type_ \
                        and all(_capitalised(t) and t.i not in self._token_actor for t in words) \
                        and words[-1].i == other.i:
                    self._mark(self.doc[words[0].i:other.i + 1], " ".join(t.text for t in words), "Place",
                               " ".join(t.text for t in words))

    def _find_armed_services(self) -> None:
        """A country's armed service is an actor of its own ("Sudan's army", "its armed forces" → Sudanese army;
        "the Israeli army" → the listed Israel Defense Forces); a bare "the army" after one is named is that one."""
        land: dict[str, str] = {}  # country id -> its army, military or armed forces as first named here
        for token in self.doc:
            service = _military_service(token)
            if service is None:
                continue
            if token.i in self._token_actor:
                key = self._token_actor[token.i]
                if self._entries[key].label.lower() == service:  # "Army chief General X": the army named before
                    earlier = self._earlier_service(token, service)
                    if earlier is not None:
                        self._merge(key, earlier)
                continue
            countries = list(dict.fromkeys(self._countries_on(token) + [
                self._token_actor[c.i] for c in token.children if c.dep_ in ("compound", "nmod")
                and c.i < token.i and c.i in self._token_actor
                and self._entries[self._token_actor[c.i]].type == "Country"]))
            if not countries and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
                countries = [k for c in token.children if c.dep_ == "poss" for k in self.mention_ids(c)
                             if self._entries[k].type == "Country"]  # "its army": the country "its" is
            if not countries:  # "the military junta in Niamey", "the army in Sudan"
                countries = list(dict.fromkeys(k for p in self._prep_objects_of(token, "in")
                                               for k in self.mention_ids(p, as_agent=True)
                                               if self._entries[k].type == "Country"))
            if len(countries) == 1:
                country = self._entries[countries[0]].label
                start = next(t.i for t in token.subtree if t.dep_ != "det")
                surface = self.doc[start:token.i + 1].text if start < token.i else None
                label = f"{self.gaz.adjective_of(country)} {service}"
                if service in _POLICE_NOUNS and surface and surface[:1].isupper():
                    label = surface  # "Singapore police", as the text calls them
                listed = self.gaz.lookup(label) or (self.gaz.lookup(surface) if surface else None)
                if listed is not None and listed.type == "Organization":  # "the Israeli army": the IDF
                    key, label = slugify(listed.name), listed.name
                elif service in _LAND_SERVICES and countries[0] in land:  # "Myanmar army" ... "Myanmar's military"
                    key, label = land[countries[0]], self._entries[land[countries[0]]].label
                else:
                    key = slugify(f"{country} {service}")
                if service in _LAND_SERVICES:
                    land.setdefault(countries[0], key)
                self._add(key, label, "Organization", surface, token.idx)
                self._token_actor[token.i] = key
                continue
            bare = not countries and not any(c.dep_ in ("poss", "compound", "amod", "nmod")
                                             and c.lower_ not in ("armed", "air") for c in token.children)
            if bare and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                earlier = self._earlier_service(token, service)
                if earlier is not None:
                    self._token_actor[token.i] = earlier

    def _earlier_service(self, token: Token, service: str) -> str | None:
        """The armed service of that kind (army, military and armed forces being one) last named with its country
        before a token, or None."""
        kinds = _LAND_SERVICES if service in _LAND_SERVICES else {service}
        return next((self._token_actor[t.i] for t in reversed(self.doc[:token.i]) if t.i in self._token_actor
                     and _military_service(t) in kinds
                     and self._entries[self._token_actor[t.i]].label.lower() != service), None)

    def _party_country(self, key: str) -> str | None:
        """The country a listed political party belongs to, as an actor, or None."""
        entry = self.gaz.lookup(self._entries[key].label) if self._entries[key].type == "Organization" else None
        if entry is None or entry.kind != "political party" or not entry.country:
            return None
        self._add(slugify(entry.country), entry.country, "Country", None, self._entries[key].first)
        return slugify(entry.country)

    def _underling(self, token: Token) -> str | None:
        """"Falconer praised his minister", "Blair praised his chancellor": the person last introduced with that
        title who is not the possessor, or None."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        title = self.gaz.title(token.lower_) if owner is not None and token.pos_ == "NOUN" else None
        if title is None:
            return None
        owners = set(self.mention_ids(owner))
        fits = [(self._entries[person].first, person) for person, roles in self._person_roles.items()
                if person not in owners and self._entries[person].first < token.idx
                and any(r == title.role for r, _ in roles)]
        fits += [(self._entries[person].first, person) for person in self._person_titles
                 if person not in owners and self._entries[person].first < token.idx
                 and self.titled(person, token.lower_)]
        return max(fits)[1] if fits else None

    def titled(self, person: str, word: str) -> bool:
        """Whether the text gave a person a title ending in this word ("Foreign Minister" for "minister")."""
        return any(t.split()[-1] == word for t in self._person_titles.get(person, ()))

    def group_actor(self, token: Token) -> str | None:
        """An unnamed group ("delegation members") as an article-local actor, or None."""
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "amod") or t == token]
        if not any(t.lower_ in _GROUP_NOUNS for t in words):
            return None
        label = " ".join(t.text for t in words if t.pos_ != "DET")
        return self._local_actor(label, "Organization", token)

    def crowd_actor(self, token: Token) -> str | None:
        """An unnamed crowd ("Business groups", "Manchester United fans", "digital music lovers") as an
        article-local actor, labelled by the noun and the modifiers that say whose or what kind (not "many",
        "angry", "some"), or None for a word that is no crowd noun or has a possessor ("Blair's supporters")."""
        # ("Critics were full of praise": a plural opening a sentence may be tagged a proper noun; "Manchester United
        # fans booed": a lower-case plural after a name too)
        if not ((token.pos_ == "NOUN" and token.tag_ == "NNS") or (
                token.tag_ in ("NNP", "NNPS") and not token.ent_type_ and (
                    token.is_lower or (token.tag_ == "NNPS" and token.is_sent_start)))) \
                or not (token.lemma_.lower() in _CROWD_NOUNS or token.lower_ in _CROWD_NOUNS) \
                or any(g.dep_ == "poss" for g in token.children):
            return None
        # (not "Angry fans": an adjective opening a sentence, tagged as a name with no entity)
        opening = [t for t in token.subtree if t.i < token.i and t.pos_ == "PROPN" and not t.ent_type_
                   and (t.is_sent_start or (t.i > 0 and t.doc[t.i - 1].is_space))]
        words = [t for t in token.subtree if t.i < token.i and t.dep_ in ("compound", "amod", "nmod")
                 and t not in opening and (t.dep_ != "amod" or t.pos_ == "PROPN"
                                           or t.ent_type_ in ("NORP", "ORG", "GPE")
                                           or t.i in self._adjectival or t.lower_ in _CROWD_KINDS)]
        if any(t.i in self._token_actor and self._entries[self._token_actor[t.i]].type == "Person" for t in words):
            return None  # "Blair's supporters", "Brown allies": a person's side, no crowd of its own
        start = min((t.i for t in words), default=token.i)
        words = [t for t in self.doc[start:token.i + 1] if t.pos_ not in ("DET", "PUNCT", "ADV")
                 and not (t.pos_ == "ADJ" and t not in words)]
        label = " ".join(t.text for t in words)
        return self._local_actor(label[:1].upper() + label[1:], "Organization", token)

    def facility_actor(self, token: Token) -> str | None:
        """A visited facility ("the tomb of Yasser Arafat", "a car plant") as an article-local place, or None."""
        named = token.pos_ == "PROPN" and token.is_title and token.i not in self._token_actor \
            and any(c.dep_ == "compound" and c.is_title for c in token.children)  # "the Swaminarayan Temple"
        if token.lower_ not in _FACILITY_NOUNS or not (token.pos_ == "NOUN" or named):
            return None
        # the head, its compounds ("car factory") and an "of" complement ("tomb of ..."); not "Kenya's largest"
        parts = [t for t in token.subtree
                 if t.i == token.i or t.dep_ not in ("det", "relcl", "acl", "poss", "amod", "case", "cc", "conj",
                                                      "appos", "nummod")
                 and not (t.dep_ == "punct" and t.whitespace_)
                 and not (t.i > token.i and t.dep_ == "prep" and t.lower_ != "of")]
        keep = {t.i for t in parts}
        kept = [t for t in token.subtree if t.i in keep and _under_kept(t, token, keep)]
        label = "".join(t.text_with_ws for t in kept).strip()
        return self._local_actor(label, "Place", token) if label else None

    def city_country(self, actor_id: str) -> str | None:
        """The country of a large city that is no capital, as an actor: "recalled its envoy from Tel Aviv" is a stance
        against Israel, not against a city."""
        entry = self._entries[actor_id]
        country = self.gaz.city_country(entry.label) if entry.type == "Place" else None
        if country is None:
            return None
        self._add(slugify(country), country, "Country", None, entry.first)
        return slugify(country)

    def _local_actor(self, label: str, type_: str, token: Token) -> str:
        """Unnamed actors are scoped to their article: "the hospital" here is not the one in another story."""
        key = f"{slugify(label)}-{self.article_id[:8]}" if self.article_id else slugify(label)
        self._add(key, label, type_, label, token.idx)
        return key

    # ---- named entities -------------------------------------------------------------------
    def _find_named(self) -> None:
        spans = [span for ent in self.doc.ents for span in self._split_joined(self._trim(ent))
                 if span is not None and not _is_dateline(span) and not _is_credit(span)]
        spans = self._without_storms(spans)
        spans = self._sport_bodies(spans)
        spans = [part for sp in spans for part in self._place_before_date(sp)]
        spans = [Span(self.doc, sp.start, sp.end, label="PERSON")
                 if sp.label_ in ("ORG", "GPE", "NORP") and self.gaz.lookup(sp.text) is None and (
                     self._after_title(sp) or self._title_in_apposition(sp) or self._someone_who(sp))
                 or sp.label_ in ("WORK_OF_ART", "PRODUCT") and self._person_taken_for_a_title(sp)
                 else sp for sp in spans]
        spans = [Span(self.doc, sp.start, sp.end, label="FAC")  # "Lini Highway" is a road, not a person
                 if (sp.label_ == "PERSON" and len(sp) > 1 and sp[-1].lower_ in _STREET_WORDS)
                 or (sp.label_ == "ORG" and len(sp) > 1 and sp[-1].lower_ in _BUILDING_WORDS) else sp for sp in spans]
        spans = [Span(self.doc, sp.start, sp.end, label="ORG")  # "BT has moved": an unknown acronym is no place
                 if sp.label_ in ("GPE", "LOC") and len(sp) == 1 and sp.text.isupper() and sp.text.isalpha()
                 and 2 <= len(sp.text) <= 5 and self.gaz.lookup(sp.text) is None and self.gaz.capital(sp.text) is None
                 and self.gaz.demonym(sp.text) is None else sp for sp in spans]
        spans = [Span(self.doc, sp.start, sp.end, label="ORG")  # "Telecom analysts Ovum": a body, not a place
                 if sp.label_ in ("GPE", "LOC") and self._named_body(sp) else sp for sp in spans]
        spans = [sp for sp in spans if not self._in_portfolio(sp)]
        spans = [Span(self.doc, sp.start, sp.end, label="NORP")  # "Kazakh President X": "Kazakh" is no person
                 if sp.label_ in ("PERSON", "ORG") and self.gaz.demonym(sp.text)  # nor is "Sri Lankan"
                 and self.gaz.lookup(sp.text) is None else sp for sp in spans]
        spans = self._join_split_names(spans)
        spans = self._join_nicknames(spans)
        spans = self._join_name_particles(spans)
        places = self._located_names()
        spans = [Span(self.doc, sp.start, sp.end, label="PERSON") if self._person_as_place(sp, places) else sp
                 for sp in spans]
        spans = self._single_surnames(self._relabel_known_surnames(spans))
        persons = [span for span in spans if span.label_ == "PERSON"]
        full_names = self._person_full_names(persons)
        areas = {span.text for span in spans if _area_name(span)}  # ("tours Rae Bareli": the area named elsewhere)
        # a body wherever the name stands once after its kind or as one shares are held in ("UK airport operator
        # BAA"; the headline's "BAA support ..." too)
        firms = {span.text for span in spans if span.label_ in ("PERSON", "GPE", "LOC", "PRODUCT") and (
            _held_in(span.root) or any(c.lemma_.lower() in _KIND_WORDS for c in _kind_words(span)))}
        for span in spans:
            label = span.label_
            known = self.gaz.lookup(span.text)
            if label == "PERSON" and known is not None and not known.ambiguous:
                label = "ORG"  # the gazetteer knows better than the small model: "Labour" is a party
            elif label in ("GPE", "LOC", "PERSON") and len(span) > 1 and span[-1].lower_ in _CLUB_SUFFIXES \
                    and span[0].text[:1].isupper() and known is None and self.gaz.capital(span.text) is None \
                    and self.gaz.city_country(span.text) is None and self.sport_report:
                label = "ORG"  # "in talks with Manchester City", "Newry City will appeal": in a sports report, a club
            elif label in ("PERSON", "GPE", "LOC", "PRODUCT") and known is None and span.text in firms \
                    and not self.gaz.capital(span.text, allow_ambiguous=True):  # ("shares in London closed")
                label = "ORG"  # "UK airport operator BAA", "the rail union RMT": a body, whatever the tagger says
            elif label in ("PERSON", "ORG") and known is None and (
                    _site_place(span.root) or span.text in areas or _named_by_place_noun(span.root)
                    or (label == "ORG" and len(span) == 1 and _travelled_to(span.root))):
                # "toured a steel mill in Hamilton", "his Rae Bareli constituency", "is to travel to Evian", "the
                # southern city of Tapachula": a place
                label = "GPE"
            elif label in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW") and len(span) == 1 and (
                    (known is None and self.gaz.capital(span.text))
                    or (known is not None and known.type == "Country")):
                label = "GPE"  # "arrived in Montevideo", "sanctions on Niger", tagged as works: a capital, a country
            elif label == "NORP" and known is None and len(span) == 1 and span.text[:1].isupper() \
                    and self.gaz.demonym(span.text) is None and span.root.dep_ == "pobj" \
                    and span.root.head.lower_ == "to" \
                    and _journey_verb(span.root).lemma_.lower() in _MOTION_VERBS - {"go", "come"}:
                label = "GPE"  # "is due to fly to Iqaluit": a town the tagger took for a nationality (and a noun)
            elif label == "PERSON" and (self.gaz.capital(span.text) or len(span) == 1 and (
                    (_listed_with_place(span.root) or _travelled_to(span.root)
                     or (known is not None and known.type == "Country" and (
                         self._listed_with_country(span.root) or self._title_owner(span))))
                    and not any(e.label_ == "PERSON" and len(e) > 1 and span.text in e.text.split()
                                for e in spans))) \
                    and not (span.start and self.doc[span.start - 1].lower_ in _ADDRESS_FORMS):
                # "visited Kyiv", "makes Buenos Aires his first stop", "will travel to Nakhchivan", "in Somerset and
                # Hampshire", "Mali, Burkina Faso and Niger": a place, not a person (but "the award went to Cher")
                label = "GPE"
            if label == "PERSON":
                self._add_person(span, full_names)
            elif label in ("GPE", "LOC", "FAC", "NORP", "ORG"):
                self._add_place_or_org(span, label)
        self._find_unlabelled_countries()
        self._find_party_adjectives()
        self._find_unlabelled_people(full_names)
        self._merge_short_names()
        self._find_repeated_names()

    def _find_repeated_names(self) -> None:
        """Acronyms defined in brackets ("London Stock Exchange (LSE)") and one-word names the NER tagged once
        but missed elsewhere ("Euronext"): every later use of the same word is the same actor."""
        doc = self.doc
        known: dict[str, str] = {}
        for token in doc:
            key = self._token_actor.get(token.i)
            if not (key and token.i + 3 < len(doc) and doc[token.i + 1].text == "(" and doc[token.i + 3].text == ")"):
                continue
            acronym = doc[token.i + 2].text
            if not (acronym.isupper() or _initials(self._entries[key].label) == acronym.lower()) or len(acronym) < 2:
                continue
            canonical = self.gaz.lookup(acronym)
            if canonical is not None and canonical.type == self._entries[key].type \
                    and _initials(canonical.name) != _initials(self._entries[key].label) \
                    and self.gaz.lookup(self._entries[key].label) != canonical:
                # "National Alliance for Change (ANC)": the text's own body, not the listed one with those letters
                for other in [k for k, e in self._entries.items() if k != key and e.label == canonical.name]:
                    self._merge(other, key)
                self._entries[key].aliases.discard(canonical.name)
            elif canonical is not None and canonical.type == self._entries[key].type:
                # "Asia Pacific Economic Co-operation (Apec)": the gazetteer's spelling is the canonical one
                into = slugify(canonical.name)
                self._add(into, canonical.name, canonical.type, None, self._entries[key].first)
                self._merge(key, into)
                key = into
            same = [k for k, e in self._entries.items() if e.label == acronym and k != key]
            for other in same:  # "LSE" tagged on its own elsewhere
                self._merge(other, key)
            known[acronym] = key
            self._entries[key].aliases.add(acronym)
        self._merge_acronyms()
        self._merge_firm_names()
        self._merge_head_words()
        for key, entry in self._entries.items():
            if entry.type in ("Organization", "Person") and len(entry.label.split()) == 1:
                known.setdefault(entry.label, key)
        # a town the tagger saw as one somewhere ("joined him at the Aberdeen skills centre"; not a "Budget" it took
        # for a building)
        towns = {ent.text for ent in doc.ents if ent.label_ in ("GPE", "LOC")}
        for key, entry in self._entries.items():
            if entry.type == "Place" and len(entry.label.split()) == 1 and entry.label in towns:
                known.setdefault(entry.label, key)
        for key, entry in self._entries.items():  # "Halden" folded into "Halden Foods Inc" above
            if entry.type == "Organization":
                for alias in sorted(a for a in entry.aliases if " " not in a and a[:1].isupper()):
                    known.setdefault(alias, key)
        headline = next(iter(doc.sents)).end if len(doc) else 0
        surnames: dict[str, list[str]] = {}
        for key, entry in self._entries.items():
            if entry.type == "Person" and len(entry.label.split()) > 1:
                surnames.setdefault(entry.label.split()[-1], []).append(key)
        for token in doc[:headline]:
            # "Starmer visits Clyde shipyard": a headline's surname the tagger missed, of one person the body names
            people = surnames.get(token.text, [])
            if len(people) == 1 and token.i not in self._token_actor and not token.ent_type_ and token.is_title:
                self._token_actor[token.i] = people[0]
        for token in doc:
            if token.i in self._token_actor or token.i in self._capital_tokens or token.i in self._adjectival:
                continue
            key = known.get(token.text)
            if key and (token.is_title or token.is_upper) and len(token.text) >= 2:
                self._token_actor[token.i] = key

    def _merge_acronyms(self) -> None:
        """An organisation's acronym used without a bracketed definition ("the Rapid Support Forces" ... "the RSF")
        is that organisation when exactly one of the article's organisations has those initials."""
        orgs = {key: e for key, e in self._entries.items() if e.type == "Organization"}
        for key, entry in orgs.items():
            label = entry.label
            if not (label.isupper() and label.isalpha() and 2 <= len(label) <= 6) or self.gaz.lookup(label):
                continue
            full = [k for k, e in orgs.items() if k != key and k in self._entries and len(e.label.split()) >= 2
                    and "(" not in e.label
                    and label.lower() in (_initials(e.label), _initials(self._unplaced(e.label)))]
            if len(full) == 1:
                self._merge(key, full[0])

    def _unplaced(self, label: str) -> str:
        """A body's name without the country or place put before it: "U.S. Federal Trade Commission" → "Federal
        Trade Commission", whose initials are the acronym the text uses ("FTC")."""
        words = label.split()
        while len(words) > 2 and (self.gaz.lookup(words[0]) or self.gaz.demonym(words[0])):
            words = words[1:]
        return " ".join(words)

    def _merge_firm_names(self) -> None:
        """A business named with and without its legal suffix ("Halden Foods Inc", "Halden Foods") is one actor; so
        is its first word used alone ("Halden's subsidiary") when exactly one business name starts with it."""
        orgs = {key: e for key, e in self._entries.items() if e.type == "Organization"}
        for key, entry in orgs.items():
            words = entry.label.split()
            if len(words) >= 3 and words[-1].lower().strip(".,") in _LEGAL_SUFFIXES:
                bare = " ".join(words[:-1]).strip(",")
                short = next((k for k, e in orgs.items() if k != key and k in self._entries and e.label == bare), None)
                if short is not None and key in self._entries:
                    self._merge(short, key)
        orgs = {key: e for key, e in self._entries.items() if e.type == "Organization"}
        for key, entry in orgs.items():
            word = entry.label
            if " " in word or not word.istitle() or self.gaz.lookup(word) or self.gaz.demonym(word):
                continue
            longer = [k for k, e in orgs.items() if k != key and len(e.label.split()) >= 2
                      and e.label.split()[0] == word and not self.gaz.lookup(e.label)]
            if len(longer) == 1 and self._business(longer[0]):
                self._merge(key, longer[0])

    def _merge_head_words(self) -> None:
        """A body's head word alone ("the Commission" after "the European Commission", "the Court" after "the
        Constitutional Court") is the one body named with it."""
        orgs = {key: e for key, e in self._entries.items() if e.type == "Organization"}
        for key, entry in orgs.items():
            word = entry.label
            if " " in word or word.lower() not in _ORG_HEADS or not word.istitle() or self.gaz.lookup(word):
                continue
            longer = [k for k, e in orgs.items() if k != key and k in self._entries
                      and len(e.label.split()) >= 2 and e.label.split()[-1] == word]
            if len(longer) == 1 and key in self._entries:
                self._merge(key, longer[0])

    def _merge_short_names(self) -> None:
        """A one-word person ("Petro") folds into the one longer name that contains it ("Gustavo Petro")."""
        people = {key: e for key, e in self._entries.items() if e.type == "Person"}
        for key, entry in people.items():
            words = entry.label.lower().split()
            if len(words) == 2 and words[0] in _ROYAL_STYLES:
                # "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed Al Nahyan": a royal goes by style and given name
                longer = [k for k, e in people.items() if k != key and k in self._entries
                          and len(e.label.split()) >= 2 and e.label.lower().split()[0] == words[1]]
                if len(longer) == 1:
                    self._merge(key, longer[0])
                continue
            if len(words) != 1:
                continue
            longer = [k for k, e in people.items() if k != key and words[0] in e.label.lower().split()]
            if len(longer) != 1:
                continue
            if self._commoner_sharing(people[longer[0]].label.lower().split(), words[0]):
                continue  # "Prince Charles" is not "Charles Kennedy": royals go by a given name others share
            self._merge(key, longer[0])
        # "Taoiseach Micheal Martin ... Martin congratulated France": the surname of a name the tagger missed, tagged
        # as a body, is that person (not a listed body, nor one named in full elsewhere)
        surnames: dict[str, list[str]] = {}
        for key, entry in people.items():
            words = entry.label.split()
            if len(words) >= 2 and key in self._entries:
                surnames.setdefault(words[-1], []).append(key)
        for key, entry in list(self._entries.items()):
            holders = surnames.get(entry.label, [])
            if entry.type == "Organization" and " " not in entry.label and len(holders) == 1 \
                    and not self.is_local(key) and self.gaz.lookup(entry.label) is None:
                self._merge(key, holders[0])

    @functools.cached_property
    def sport_report(self) -> bool:
        """Whether the article reports sport (computed once, for the actors and the interactions)."""
        return _sport_report(self.doc)

    @functools.cached_property
    def _person_name_words(self) -> frozenset[str]:
        """The words of the multi-word names the NER tagged as people ("Richard Marles")."""
        return frozenset(t.text for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e)

    def _commoner_sharing(self, name_words: list[str], word: str) -> bool:
        """Whether a full name only shares its first word with a royal the text styles so: "Charles Kennedy" and
        "Prince Charles" (but "Prince Faisal" may be "Prince Faisal bin Farhan")."""
        if name_words[0] != word or len(name_words) < 2:
            return False
        styled = [t for t in self._royal_styled if t.lower_ == word]
        return bool(styled) and not any(t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == name_words[1]
                                        for t in styled)

    @functools.cached_property
    def lead_sentences(self) -> list[Span]:
        """The story's first three sentences with words in them: its headline and lead."""
        return list(itertools.islice((s for s in self.doc.sents if s.text.strip()), 3))

    @functools.cached_property
    def _royal_styled(self) -> list[Token]:
        """The words right after a royal style ("Prince" + "Charles"), found once per article."""
        return [t for t in self.doc[1:]
                if self.doc[t.i - 1].lower_ in _ROYAL_STYLES and _capitalised(self.doc[t.i - 1])]

    def _merge(self, key: str, into: str) -> None:
        """Fold one actor into another: its aliases, its first mention and every token that pointed at it."""
        if key == into or key not in self._entries:
            return
        entry, target = self._entries.pop(key), self._entries[into]
        target.aliases |= entry.aliases | {entry.label}
        target.first = min(target.first, entry.first)
        for index, actor_id in list(self._token_actor.items()):
            if actor_id == key:
                self._token_actor[index] = into
        for index, (city, country) in list(self._capital_tokens.items()):
            if key in (city, country):
                self._capital_tokens[index] = (into if city == key else city, into if country == key else country)

    def _find_unlabelled_people(self, full_names: list[tuple[int, list[str], str]]) -> None:
        """Surnames the NER missed or mislabelled ("Mr Straw" as a product): a word of a person named elsewhere."""
        doc = self.doc
        by_word: dict[str, str] = {}
        for _, name_words, name in full_names:
            for word in name_words:
                by_word.setdefault(word, name)
        for token in doc:
            regnal = token.text in _REGNAL and token.pos_ == "PROPN"
            # ("Pena backed ...": a surname named in full before, tagged as a common noun)
            # ("Abiy last visited Cairo": a given name the article uses alone, tagged as a noun too)
            # ("Vucic last year accused Croatia": one tagged an adverb, yet the verb's subject)
            surname_noun = token.is_title and token.lower_ in by_word \
                and not any(c.dep_ == "det" for c in token.children) and (
                    (token.pos_ == "NOUN" and token.dep_ in _ARGUMENT_DEPS)
                    or (token.pos_ in ("ADV", "ADJ") and token.dep_ in ("nsubj", "nsubjpass")))
            if token.i in self._token_actor or (token.pos_ != "PROPN" and not surname_noun) \
                    or not (_capitalised(token) or regnal):
                continue
            if token.ent_type_ in ("GPE", "LOC", "ORG", "FAC", "NORP") and token.ent_type_:
                continue
            chain = [c for c in token.lefts if c.dep_ == "compound" and _bare_name_word(c)
                     and c.lower_ not in _PERSON_PREFIXES]
            while chain and self.gaz.title(chain[0].lower_) is not None:
                chain = chain[1:]  # "King Abdullah II": the title is not part of the name
            if regnal and len(chain) == 1:
                chain = [*chain]  # "Abdullah II": one name word and a regnal number
            if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "oprd") and not token.ent_type_ \
                    and len(chain) in (1, 2) and chain[0].i == token.i - len(chain) \
                    and not any(self.gaz.lookup(t.text) or self.gaz.title(t.lower_) or t.i in self._token_actor
                                for t in [*chain, token]):
                # "Xi Jinping" left untagged by the small model: a two- or three-word proper name in an argument
                name = " ".join(t.text for t in [*chain, token])
                if self.gaz.capital(name) or self.gaz.city_country(name):
                    continue  # "travelled to Santo Domingo": an untagged capital or city is a place (found later)
                if _is_credit(doc[chain[0].i:token.i + 1]):
                    continue  # "RIGA, Oct 14 (Southern Africa Wire) -": the agency a dateline credits
                known = next((n for _, words, n in full_names if words == [w.lower() for w in name.split()]), name)
                for t in [*chain, token]:
                    self._token_actor[t.i] = slugify(known)
                    by_word.setdefault(t.lower_, known)  # later "Petro" alone is this person too
                self._add(slugify(known), known, "Person", name, chain[0].idx)
                continue
            previous = doc[token.i - 1].lower_ if token.i else ""
            name = by_word.get(token.lower_)
            if name is not None and self._commoner_sharing(name.lower().split(), token.lower_):
                # "[Prince Charles]" is not "Charles Kennedy": the royal the text styles so, if named alone
                name = next((e.label for e in self._entries.values() if e.type == "Person"
                             and e.label.lower() == token.lower_), None)
            if name is None and previous in _PERSON_PREFIXES:
                name = token.text
            if name is None or self.gaz.lookup(token.text) or self.gaz.title(token.lower_):
                continue
            self._add(slugify(name), name, "Person", token.text, token.idx)
            self._token_actor[token.i] = slugify(name)

    def _without_storms(self, spans: list[Span]) -> list[Span]:
        """ "Cyclone Chido", "was struck by Chido": the name a storm word goes with, wherever it stands, is a storm's."""
        doc = self.doc
        storms = {t.text for span in spans for t in span if t.is_title and t.lower_ not in _STORM_WORDS and (
            span[0].lower_ in _STORM_WORDS or (span.start > 0 and doc[span.start - 1].lower_ in _STORM_WORDS))}
        return [span for span in spans if not (span[0].lower_ in _STORM_WORDS or all(t.text in storms for t in span))]

    def _sport_bodies(self, spans: list[Span]) -> list[Span]:
        """ "Athletics Kenya has suspended X": a sport's name before a country's is the country's governing body of
        that sport, not the country."""
        doc = self.doc
        out = []
        for span in spans:
            before = doc[span.start - 1] if span.start > 0 else None
            if span.label_ in ("GPE", "LOC") and before is not None and before.is_title \
                    and before.lower_ in _SPORT_BODY_WORDS and before.pos_ == "PROPN" \
                    and getattr(self.gaz.lookup(span.text), "type", None) == "Country":
                span = Span(doc, span.start - 1, span.end, label="ORG")
            out.append(span)
        return out

    def _relabel_known_surnames(self, spans: list[Span]) -> list[Span]:
        """ "Vince Cable" tagged as an organisation after "Mr Cable": a name ending in a known surname is a person; so
        is a long name whose middle word the story uses alone ("Luiz Inacio Lula da Silva" and "Lula")."""
        surnames = {span[-1].lower_ for span in spans if span.label_ == "PERSON"}
        # "Mr Gaymard" anywhere in the article, whatever the NER made of it, makes "Gaymard" a surname
        doc = self.doc
        surnames |= {doc[t.i + 1].lower_ for t in doc[:-1] if t.lower_ in _ADDRESS_FORMS and doc[t.i + 1].is_title
                     and doc[t.i + 1].pos_ == "PROPN"}
        # a name's word used alone: tagged as a one-word person, or a capitalised word between no other names
        alone = {span.text for span in spans if span.label_ == "PERSON" and len(span) == 1 and span[0].is_title}
        alone |= {t.text for t in doc if t.pos_ == "PROPN" and t.is_title and t.i > 0 and t.i + 1 < len(doc)
                  and not (doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title)
                  and not (doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title)}

        def long_name(span: Span) -> bool:  # "Luiz Inacio Lula da Silva", with "Lula" alone elsewhere
            return 3 <= len(span) <= 6 and span[0].is_title and span[-1].is_title \
                and all(t.is_title or t.lower_ in _NAME_PARTICLES for t in span) \
                and any(t.text in alone for t in span[1:-1]) and self.gaz.lookup(span.text) is None \
                and not any(t.lower_ in _PLACE_NAME_WORDS | _ORG_HEADS or self.gaz.lookup(t.text) is not None
                            for t in span)
        middles = {t.text for span in spans if (span.label_ == "PERSON" and len(span) >= 3) or (
                   span.label_ in ("ORG", "GPE", "LOC") and long_name(span)) for t in span[1:-1] if t.is_title}
        out = []
        for span in spans:
            if span.label_ in ("ORG", "GPE", "LOC") and (long_name(span) or (
                    len(span) == 1 and span.text in middles and not self.gaz.capital(span.text))):
                # "Brazil's Luiz Inacio Lula da Silva" tagged as a body, and "Lula" alone elsewhere: a person known
                # by a middle name (and "Lula" itself, wherever the tagger took a long name's middle word for a body)
                span = Span(self.doc, span.start, span.end, label="PERSON")
            elif span.label_ in ("ORG", "GPE", "FAC", "LOC") and 2 <= len(span) <= 3 \
                    and all(t.is_title or t.text == "-" for t in span) and span[0].lower_ not in _ADDRESS_FORMS \
                    and span[-1].lower_ in surnames and self.gaz.lookup(span.text) is None \
                    and not any(t.lower_ in _PLACE_NAME_WORDS for t in span):
                span = Span(self.doc, span.start, span.end, label="PERSON")
            elif len(span) == 3 and span[1].lower_ == "and" and span.label_ != "PERSON" \
                    and all(t.is_title and t.pos_ == "PROPN" and t.lower_ in surnames for t in (span[0], span[2])) \
                    and self.gaz.lookup(span.text) is None:
                # "Blair and Brown" tagged as one organisation: two people named by their surnames
                out += [Span(doc, span.start, span.start + 1, label="PERSON"), Span(doc, span.end - 1, span.end,
                                                                                     label="PERSON")]
                continue
            out.append(span)
        return out

    def _single_surnames(self, spans: list[Span]) -> list[Span]:
        """ "Blinken" tagged as a place after "Antony Blinken": a known person's surname is that person (the first
        word too: "Yoon" after "Yoon Suk Yeol", whose family name comes first)."""
        people = [span for span in spans if span.label_ == "PERSON" and len(span) > 1]
        surnames = {span[-1].text for span in people} | {span[0].text for span in people if span[0].is_title}
        return [Span(self.doc, span.start, span.end, label="PERSON")
                if span.label_ in ("GPE", "ORG", "NORP", "LOC") and len(span) == 1 and span.text in surnames
                and self.gaz.lookup(span.text) is None and self.gaz.capital(span.text) is None else span
                for span in spans]

    def _join_name_particles(self, spans: list[Span]) -> list[Span]:
        """ "Ursula von der" + "Leyen" tagged apart: a person's name ending in a particle goes on to the next word."""
        doc, out, skip = self.doc, [], -1
        starts = {span.start: span for span in spans}
        for span in spans:
            if span.start <= skip:
                continue
            at = span.end
            while at < len(doc) and doc[at].lower_ in _NAME_PARTICLES and at - span.end < 2:
                at += 1  # "Ursula von" + "der" + "Leyen"
            nxt = doc[at] if at < len(doc) else None
            if span.label_ == "PERSON" and doc[at - 1].lower_ in _NAME_PARTICLES and nxt is not None \
                    and nxt.is_title and nxt.pos_ == "PROPN":
                following = starts.get(at)
                end = following.end if following is not None and len(following) == 1 else at + 1
                out.append(Span(doc, span.start, end, label="PERSON"))
                skip = end - 1
                continue
            out.append(span)
        return out

    def _join_split_names(self, spans: list[Span]) -> list[Span]:
        """ "Trinidad" + "and" + "Tobago" tagged apart: one actor when the whole is a gazetteer name; two person
        names side by side ("Samia Suluhu" + "Hassan") are one person."""
        out: list[Span] = []
        for span in spans:
            last = out[-1] if out else None
            if last is not None and span.start == last.end + 1 and self.doc[last.end].lower_ in ("and", "&"):
                entry = self.gaz.lookup(self.doc[last.start:span.end].text)
                if entry is not None:
                    out[-1] = Span(self.doc, last.start, span.end, label="GPE" if entry.type == "Country" else "ORG")
                    continue
            if last is not None and span.start == last.end and last.label_ == "PERSON" \
                    and (span.label_ == "PERSON" or (len(span) == 1 and self.gaz.lookup(span.text) is None
                                                     and not self.gaz.capital(span.text, allow_ambiguous=True))) \
                    and len(last) + len(span) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in span) \
                    and not self.doc[span.start].is_sent_start:
                out[-1] = Span(self.doc, last.start, span.end, label="PERSON")  # "Samia Suluhu" + "Hassan"/"Muttaqi"
                continue
            out.append(span)
        return out

    def _join_nicknames(self, spans: list[Span]) -> list[Span]:
        """ "Ahmed 'Mido' Hossam", "Luiz Inacio 'Lula' da Silva": a name with a quoted nickname inside is one person,
        whatever the tagger made of its parts (the nickname stays one of the person's names)."""
        doc, found = self.doc, []
        for t in doc:
            i = t.i
            if not (i + 4 < len(doc) and doc[i + 1].text in _OPENING_QUOTES and doc[i + 3].text in _CLOSING_QUOTES
                    and doc[i + 2].is_alpha and doc[i + 2].is_title and t.pos_ == "PROPN" and t.is_title):
                continue
            end = i + 4
            while end < len(doc) and doc[end].lower_ in _NAME_PARTICLES:
                end += 1  # "'Lula' da Silva"
            if end >= len(doc) or not (doc[end].pos_ == "PROPN" and doc[end].is_title):
                continue
            start = i
            while start > max(0, i - 2) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and self.gaz.title(doc[start - 1].lower_) is None:
                start -= 1  # "Luiz Inacio 'Lula'": up to two given names before the nickname
            outer = [doc[k] for k in range(start, end + 1) if k not in (i + 1, i + 2, i + 3)]
            if t.sent.start == 0 or any(self.gaz.lookup(w.text) is not None or self.gaz.demonym(w.text)
                                        for w in outer):
                continue  # (not a headline's "Blair 'Backs' Brown", nor "Labour 'Plot' Claims" of known names)
            found.append((start, end + 1))
        for start, end in found:
            spans = [sp for sp in spans if sp.end <= start or sp.start >= end]
            spans.append(Span(doc, start, end, label="PERSON"))
        return sorted(spans, key=lambda sp: sp.start)

    def _located_names(self) -> set[str]:
        """Names the article uses as a location somewhere ("in Cape Town"): a place wherever else they appear."""
        return {ent.text for ent in self.doc.ents if ent.root.dep_ == "pobj"
                and ent.root.head.lower_ in _LOCATIVE_PREPS}

    def _person_as_place(self, span: Span, places: set[str]) -> bool:
        """A two- or three-word personal name the small model tags as a facility or location ("Italy's Matteo
        Salvini blamed ..."): title-case proper nouns, no place or body word, and the subject of a verb of
        saying or doing that people do, or a country's person ("met Italy's Matteo Salvini")."""
        if span.label_ == "GPE" and len(span) == 1 and span.text not in places:
            return self._surname_as_place(span)
        if not 2 <= len(span) <= 3 or span.text in places \
                or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span):
            return False
        gaz = self.gaz
        if gaz.lookup(span.text) or gaz.capital(span.text, allow_ambiguous=True) or gaz.metonym(span.text):
            return False
        if span.label_ == "GPE" and not any(gaz.lookup(t.text) or gaz.demonym(t.text) or gaz.capital(t.text)
                                            or t.lower_ in _PLACE_NAME_WORDS for t in span) and any(
                a.dep_ == "appos" and any(gaz.title(w.lower_) for w in a.subtree if w.i <= a.i)
                for a in span.root.children):
            return True  # "Lars Klingbeil, the Social Democrats' co-leader and finance minister"
        if span.label_ not in ("FAC", "LOC", "GPE") or (span.label_ == "GPE" and gaz.city_country(span.text)):
            return False  # (a GPE only when no known city: "Kemi Badenoch has called ...")
        for t in span:
            known = gaz.lookup(t.text)
            if t.lower_ in _PLACE_NAME_WORDS or (known is not None and not known.ambiguous) or gaz.demonym(t.text) \
                    or gaz.capital(t.text) or gaz.title(t.lower_) is not None:
                return False
        root = span.root
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ in _PERSON_VERBS and (
                span.label_ != "GPE" or root.head.lemma_ in _STANCE_VERBS):
            return True  # (a place-tagged name only by a stance or a statement: not "Donkey Kong meets Norman Cook")
        doc = self.doc
        if span.start < 2 or doc[span.start - 1].text not in ("'s", "’s"):
            return False
        owner = gaz.lookup(doc[span.start - 2].text)
        if owner is None or owner.type != "Country":
            return False
        # "met Italy's Matteo Salvini", "talks with Italy's ...": never a destination ("visited India's Taj Mahal")
        head = root.head
        if root.dep_ == "conj" and head.ent_type_ == "PERSON":
            return True  # "Richard Marles and Indonesia's Sjafrie Sjamsoeddin discussed ...": one of two people
        if root.dep_ == "pobj":
            return head.lower_ in ("with", "by", "against", "between")
        return root.dep_ in ("dobj", "nsubjpass") and head.lemma_ in _PERSON_VERBS - _TRAVEL_VERBS

    def _surname_as_place(self, span: Span) -> bool:
        """A lone surname the small model tags as a place ("Pompeo said ...", "..., said Sculthorpe"): an unknown
        title-case word that is the subject of a reporting verb. Bodies ("BT", "OptInRealBig") are not title case."""
        token = span[0]
        gaz = self.gaz
        if not (token.is_title and token.is_alpha and token.pos_ == "PROPN") or gaz.knows(token.text):
            return False
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in _REPORTING_VERBS:
            return True
        if token.dep_ == "poss" and any(e.relation in ("meet", "visit", "greet") and e.pos == "NOUN"
                                        for e in triggers().get((token.head.lemma_.lower(), "NOUN"), ())):
            return True  # "Modi's meeting with Xi", "Albanese's visit to Beijing": a person's, not a place's
        owner = self.doc[token.i - 2] if token.i >= 2 and self.doc[token.i - 1].text in ("'s", "’s") else None
        known = gaz.lookup(owner.text) if owner is not None else None
        # "Brazil's Lula praised Petro": a country's one-word name doing what people do
        return known is not None and known.type == "Country" and token.dep_ == "nsubj" \
            and token.head.pos_ == "VERB" and token.head.lemma_ in _PERSON_VERBS

    def _person_taken_for_a_title(self, span: Span) -> bool:
        """ "Uruguay's Yamandu Orsi", "President Yamandu Orsi": a name the small model took for a work or product."""
        if not 2 <= len(span) <= 4 or not all(t.pos_ == "PROPN" for t in span) or self.gaz.lookup(span.text):
            return False
        if self._after_title(span):
            return True
        before = self.doc[span.start - 2:span.start] if span.start >= 2 else None
        owner = self.gaz.lookup(before[0].text) if before is not None and before[1].text in ("'s", "’s") else None
        return owner is not None and owner.type == "Country"

    def _someone_who(self, span: Span) -> bool:
        """ "Eritrea's Isaias Afwerki ... Isaias, who seldom travels abroad": a multi-word, title-case name whose
        first or last word the text goes on with "who" is a person, whatever the NER says."""
        return self._plain_name(span) and bool({span[0].text, span[-1].text} & self._who_words)

    @functools.cached_property
    def _who_words(self) -> frozenset[str]:
        """The names the text goes on with a relative "who" ("Isaias, who seldom travels")."""
        return frozenset(t.text for t in self.doc if t.pos_ == "PROPN" and any(
            c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
            for c in t.children))

    def _title_in_apposition(self, span: Span) -> bool:
        """ "Sierra Leone's Julius Maada Bio, the bloc's current chairman": a multi-word, title-case name with a
        political title set beside it is a person, whatever the NER says."""
        return self._plain_name(span) and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > span.end
            and getattr(self.gaz.title(c.lower_), "political", False) for c in span.root.children)

    def _plain_name(self, span: Span) -> bool:
        """Two or more title-case proper nouns that are no metonym ("Downing Street"): the shape of a person's name."""
        return len(span) >= 2 and all(_capitalised(t) and t.pos_ == "PROPN" for t in span) \
            and not self.gaz.metonym(span.text)

    def _after_title(self, span: Span) -> bool:
        """A multi-word, title-case name after a political title ("Chancellor Olaf Scholz") or in apposition to
        one ("the Colombian president, Gustavo Petro"): a person whatever the NER says."""
        if len(span) < 2 or span.start == 0 or self.gaz.metonym(span.text) \
                or not all(t.is_title or t.text in ("-", "–") for t in span):  # "Kassym-Jomart Tokayev"
            return False
        previous = self.doc[span.start - 1]
        if previous.text == ",":  # the word before the comma, or the one the name hangs on as an apposition
            candidates = [span.root.head] if span.root.dep_ == "appos" else []
            candidates.append(self.doc[span.start - 2])
            before = self.doc[span.start - 2]
            if before.dep_ == "pobj" and before.head.lower_ in ("to", "of", "for"):
                candidates.append(before.head.head)  # "Ukraine's ambassador to Germany, Oleksii Makeiev"
        else:
            candidates = [previous]
            if span.root.dep_ == "appos" and span.root.head.tag_ == "NNS":
                candidates.append(span.root.head)  # "their foreign ministers, Egypt's Badr Abdelatty and ..."
        for word in candidates:  # ("his Greek counterpart, Giorgos Gerapetritis", whatever the parser hung it on)
            entry = self.gaz.title(word.lower_) or (self.gaz.title(word.lemma_.lower()) if word.tag_ == "NNS" else None)
            if (entry is not None and entry.political) or (word.lower_ == "counterpart" and word.pos_ == "NOUN"):
                return True
        return False

    def _place_before_date(self, span: Span) -> list[Span]:
        """ "visit Montevideo next month" tagged as one date: the capital or country that opens it is a place."""
        if span.label_ not in ("DATE", "TIME"):
            return [span]
        for n in range(min(3, len(span) - 1), 0, -1):
            head = span[:n]
            known = self.gaz.lookup(head.text)
            if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in head) and (
                    self.gaz.capital(head.text) or (known is not None and known.type == "Country")):
                return [Span(self.doc, span.start, span.start + n, label="GPE"),
                        Span(self.doc, span.start + n, span.end, label=span.label_)]
        return [span]

    def _trim(self, ent: Span) -> Span | None:
        """Drop a leading determiner or title, a trailing possessive; extend over hyphen-joined parts."""
        doc = self.doc
        start, end = ent.start, ent.end
        label = ent.label_
        if label in ("ORG", "GPE", "NORP") and start > 0 and doc[start - 1].lower_ in _ADDRESS_FORMS:
            label = "PERSON"  # "Mr Kilroy-Silk" tagged as an organisation
        if label == "PERSON" and start > 0 and doc[start - 1].lower_ in ("a", "an", "every", "another"):
            return None  # "an Oscar", "a Picasso": a name with an indefinite article is a thing
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        if end - start == 1 and self._epithet(doc[start]):
            return None  # "The Scot", "the Frenchman": someone named before, resolved as a description
        if label == "PERSON":  # "welcome King Charles to Dublin" tagged whole: a name stops at a function word
            end = next((t.i for t in doc[start + 1:end] if t.is_lower and t.lower_ not in _NAME_PARTICLES
                        and t.pos_ in ("ADP", "PART", "CCONJ", "DET", "AUX", "VERB")), end)
        # "fined Inter 60,000 euros" tagged as one name: a name stops at an amount
        end = next((t.i for t in doc[start + 1:end] if t.like_num and any(c in t.text for c in ",.")), end)
        # "beat Deportivo Tachira 3-0" tagged as one name: a name stops at a score
        end = next((t.i for t in doc[start + 1:end] if t.is_digit and t.i + 2 < len(doc)
                    and doc[t.i + 1].text in ("-", "–") and doc[t.i + 2].is_digit), end)
        while start < end - 1 and doc[start].is_lower and doc[start].pos_ in ("VERB", "AUX"):
            start += 1  # "meet" + "Mr Miliband", tagged whole as a body
        while start < end - 2 and doc[start].lower_ == "ex" and doc[start + 1].text == "-":
            start += 2  # "ex-Yukos boss": the firm, not a name of its own
        if end - start == 1 and doc[start].lower_.endswith(("ness", "ism")) \
                and self.gaz.demonym(doc[start].text[:-4 if doc[start].lower_.endswith("ness") else -3]):
            return None  # "Britishness", "Irishness": an idea, not an actor
        if label in ("ORG", "NORP", "GPE") and start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ != "DET" \
                and self.gaz.lookup(doc[start - 1:end].text) is not None:
            start -= 1  # "Liberal" + "Democrats": a known name the NER cut short
        if label in ("ORG", "NORP", "GPE") and end < len(doc) and doc[end].is_title \
                and self.gaz.lookup(doc[start:end + 1].text) is not None and self.gaz.lookup(ent.text) is None:
            end += 1
        if end - start > 1 and doc[start].lower_ in _PERSON_PREFIXES:
            label = "PERSON"  # "Mr Cable" is a person whatever the NER says
        if label in ("ORG", "NORP") and end < len(doc) and doc[end].lower_ in _TITLE_HEADS and end - start > 1 \
                and self.gaz.demonym(doc[start].text) is not None and self.gaz.lookup(doc[start:end].text) is None:
            return Span(doc, start, start + 1, label="NORP")  # "Indian External Affairs" + "Minister": a title
        if label in ("ORG", "NORP", "GPE") and self._titled_name(doc[start:end]):
            label = "PERSON"  # "Kazakh President Kassym-Jomart Tokayev" tagged whole as an organisation
        if label == "ORG" and start > 0 and doc[start - 1].is_lower and self.gaz.title(doc[start - 1].lower_) \
                and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in doc[start - 1].children) \
                and 2 <= end - start <= 3 and all(t.is_title and t.is_alpha for t in doc[start:end]) \
                and self.gaz.lookup(doc[start:end].text) is None and not any(
                    self.gaz.lookup(t.text) or t.lower_ in _ORG_HEADS | _FACILITY_NOUNS | _BUSINESS_WORDS
                    | _MANAGING_NOUNS for t in doc[start:end]):
            # "Northampton coach Budge Pountney" tagged as a body: a name after a title word (not "the fund manager
            # Penrose Asset Management")
            label = "PERSON"
        # "Foreign Minister Amir Khan Muttaqi": a title word right after a whole title is a given name
        given_name_first = start > 0 and doc[start - 1].lower_ in _TITLE_HEADS and end - start > 1 \
            and doc[start].lower_ in _NAME_TITLES and doc[start].is_title
        if label == "PERSON" and not given_name_first:
            # leading forms of address, titles and demonyms: "Mr", "Former Scots Guardsman", "Gen"
            while start < end - 1 and (doc[start].lower_ in _PERSON_PREFIXES or doc[start].lower_ == "former"
                                       or self.gaz.title(doc[start].lower_) is not None
                                       or (start < end - 2 and self.gaz.title(  # "Crown Prince"
                                           f"{doc[start].lower_} {doc[start + 1].lower_}") is not None)
                                       or self.gaz.demonym(doc[start].text) is not None
                                       or _ends_portfolio(doc, start)):
                start += 1
            if end - start == 1 and start > ent.start and end < len(doc) and doc[end].ent_iob_ == "B" \
                    and doc[end].ent_type_ == "PERSON":
                return None  # "Emir Sheikh" + "Tamim ...": titles the NER cut off the name, no one of their own
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s")
                               or doc[end - 1].is_punct or doc[end - 1].is_space
                               or (doc[end - 1].pos_ in ("ADP", "CCONJ", "DET") and doc[end - 1].is_lower)):
            end -= 1
        if end - start > 1 and doc[end - 1].text in _OFFICIAL_NOUNS:
            known = self.gaz.lookup(doc[start:end - 1].text)
            if known is not None and known.type == "Organization":
                return Span(doc, start, end - 1, label="ORG")  # "Lib Dem MPs" tagged whole: the party's members
        # "Li" + "Jinjun": a capitalised word the NER left out just before a person's name
        if label == "PERSON" and start > 0 and _bare_name_word(doc[start - 1]) \
                and self.gaz.title(doc[start - 1].lower_) is None and doc[start - 1].lower_ not in _PERSON_PREFIXES \
                and not (start > 1 and _bare_name_word(doc[start - 2])) and not _ends_portfolio(doc, start - 1):
            start -= 1  # one word only: a run of capitalised words before a name is a title or a unit
        # "Amir Khan" + "Muttaqi('s)": an untagged capitalised word that ends the phrase ends the name
        if label == "PERSON" and end + 1 < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and not doc[end].ent_type_ and doc[end - 1].whitespace_ and end - start >= 2 \
                and (doc[end + 1].tag_ == "POS" or doc[end + 1].pos_ in ("CCONJ", "PUNCT", "VERB", "AUX", "ADP")) \
                and self.gaz.lookup(doc[end].text) is None and self.gaz.title(doc[end].lower_) is None \
                and doc[end].lower_ not in _ORG_HEADS | _FACILITY_NOUNS:
            end += 1
        # "Moon" + "Jae-in" (one token, see loaders.nlp): the NER leaves the joined given name out of the person
        while end < len(doc) and label == "PERSON" and "-" in doc[end].text and doc[end].text[:1].isupper() \
                and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in ("", "PERSON"):
            end += 1
        # "Moon Jae" + "-" + "in": names whose parts are joined by hyphens without spaces
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and (label == "PERSON" or (
                    # "Saxony" + "-Anhalt": a place whose second half the NER left out (not "Russia-Ukraine")
                    label in ("GPE", "LOC") and doc[end + 1].is_title and not doc[end + 1].ent_type_
                    and self.gaz.lookup(doc[end + 1].text) is None)):
            end += 2
        if end - start == 1 and self.gaz.title(doc[start].lower_) is not None \
                and self.gaz.lookup(doc[start].text) is None:
            return None  # "the Taoiseach" tagged as a body: a title, resolved to its holder like "the president"
        if label == "ORG" and start >= 2 and doc[start - 1].tag_ == "POS" and doc[end - 1].lower_ in _MINISTRY_HEADS \
                and all(t.pos_ in ("ADJ", "NOUN", "PROPN") and self.gaz.lookup(t.text) is None for t in doc[start:end]) \
                and self.gaz.lookup(doc[start - 2].text) is not None:
            return None  # "Bulgaria's foreign ministry" tagged as a body of its own: the country's, named by its owner
        if label == "PERSON" and end - start == 1 and doc[start].dep_ == "compound" \
                and doc[start].head.lower_ in _FACILITY_NOUNS | _BUILDING_WORDS and doc[start].head.i == end:
            return None  # "Clyde shipyard", "Sellafield plant", "Catumbela airport": a site's name, no one's
        if _GLUED.match(doc[start].text):
            return None  # "ofNew Labour": a typo glued a function word to a name
        if end - start == 1 and doc[start].lower_ == "state" and start > 0 and doc[start - 1].lower_ in (
                "the", "this", "that"):
            return None  # "the State", "this State": the country's, a common noun written with a capital
        if end - start == 1 and doc[start].is_sent_start and doc[start].tag_ == "NNS" \
                and doc[start].text not in self._person_name_words:
            # "Groups challenging the plans include ...": a plural common noun opening a sentence (but "Marles
            # greeted Singh", after "Richard Marles", is the man)
            return None
        if start >= end or not any(c.isalpha() for c in doc[start:end].text) \
                or not doc[start].text[:1].isalpha():
            return None  # "£8.1bn", "2005": amounts and numbers are not actors
        return Span(doc, start, end, label=label)

    def _titled_name(self, span: Span) -> bool:
        """Demonyms and a political title, then a title-case name the gazetteer does not know: a person."""
        gaz = self.gaz
        if len(span) < 2 or gaz.lookup(span.text) is not None:
            return False
        i, titled = span.start, False
        while i < span.end - 1:
            if gaz.demonym(self.doc[i].text) is not None and gaz.title(self.doc[i].lower_) is None:
                i += 1
                continue
            # (a title of several words too: "Defence Minister Denys Shmyhal")
            step = next((k for k in (3, 2, 1) if i + k < span.end
                         and gaz.title(" ".join(t.lower_ for t in self.doc[i:i + k])) is not None), 0)
            if not step:
                break
            titled |= gaz.title(" ".join(t.lower_ for t in self.doc[i:i + step])).political
            i += step
        rest = self.doc[i:span.end]
        if len(span) == 2 and getattr(gaz.title(span[0].lower_), "role", "") != "monarch":
            return False  # "King Felipe" is a person, "General Motors" is not
        # ("King Felipe VI": a regnal number ends the name)
        return titled and i > span.start and all(t.is_title or t.text in ("-", "–") or (
            t.i > i and re.fullmatch(r"[IVX]{1,4}", t.text)) for t in rest) \
            and gaz.lookup(rest.text) is None and not any(gaz.lookup(t.text) or gaz.title(t.lower_) for t in rest) \
            and not any(t.lower_ in _ORG_HEADS or t.lower_ in _FACILITY_NOUNS for t in rest)

    def _split_joined(self, span: Span | None) -> list[Span | None]:
        """Split "Trump-Kim" or "U.S.-North Korea" into the actors joined by the hyphen, and "Mali, Burkina Faso"
        into its countries."""
        if span is None:
            return [None]
        doc = self.doc
        cuts = [t.i for t in span if t.text in ("-", "–") and not t.whitespace_ and t.i > span.start
                and not doc[t.i - 1].whitespace_]
        if not cuts and any(t.text == "," for t in span) and self.gaz.lookup(span.text) is None:
            # "Mali, Burkina Faso and Niger" tagged as one name: a list of countries ("Jamaica, Trinidad and Tobago"
            # cut at the commas first); "Lula, Kast and Milei": of people named elsewhere in the story
            for words in ((",",), (",", "and")):
                cuts = [t.i for t in span if t.lower_ in words and t.i > span.start]
                bounds = [span.start, *(c + 1 for c in cuts)]
                parts = [Span(doc, b, e, label=span.label_) for b, e in zip(bounds, [*cuts, span.end])]
                if all(part.text and getattr(self.gaz.lookup(part.text), "type", None) == "Country"
                       for part in parts):
                    return parts
            place = None
            if len(parts[-1]) > 2 and parts[-1][1].lower_ in ("in", "at"):  # "Lula, Kast and Milei in Asuncion"
                place = Span(doc, parts[-1].start + 2, parts[-1].end, label="GPE")
                parts[-1] = parts[-1][:1]
            if all(len(part) == 1 and self._known_name(part) and not self.gaz.lookup(part.text) for part in parts):
                places = [place] if place is not None and self.gaz.lookup(place.text) is not None else []
                return [*(Span(doc, part.start, part.end, label="PERSON") for part in parts), *places]
            return [span]
        if not cuts:
            # "a visit by Lula to Buenos Aires" tagged whole as a body: no name runs on into a destination
            to = next((t.i for t in span[1:-1] if t.lower_ == "to" and (
                self.gaz.lookup(doc[t.i + 1:span.end].text) is not None
                or self.gaz.capital(doc[t.i + 1:span.end].text))), None)
            if to is not None and self.gaz.lookup(span.text) is None:
                return [Span(doc, span.start, to, label=span.label_), Span(doc, to + 1, span.end, label="GPE")]
            return [span]
        parts, begin = [], span.start
        for cut in cuts + [span.end]:
            parts.append(Span(doc, begin, cut, label=span.label_))
            begin = cut + 1
        known = all(self._known_name(part) for part in parts) and self.gaz.lookup(span.text) is None  # "Guinea-Bissau"
        return parts if known and len(parts) > 1 else [span]

    def _title_owner(self, span: Span) -> bool:
        """Whether a name owns the title after it ("Chad's President Mahamat Idriss Deby"): a country's, not a
        person's."""
        doc = self.doc
        return span.end + 1 < len(doc) and doc[span.end].tag_ == "POS" and self.gaz.title(doc[span.end + 1].lower_) \
            is not None

    def _listed_with_country(self, token: Token) -> bool:
        """Whether a name is coordinated with a country's name ("Mali, Burkina Faso and Niger", "Chad and Sudan")."""
        for other in token.conjuncts:
            name = " ".join(t.text for t in other.children if t.dep_ == "compound" and t.i < other.i) + " " + other.text
            if getattr(self.gaz.lookup(name.strip()), "type", None) == "Country":
                return True
        return False

    def _known_name(self, part: Span) -> bool:
        """A hyphen-joined part that names an actor by itself: a gazetteer entry or another person's name word."""
        text = part.text.strip()
        if not text or not text[0].isupper():
            return False
        if self.gaz.lookup(text) or self.gaz.capital(text):
            return True
        return any(text in ent.text.split() for ent in self.doc.ents
                   if ent.label_ == "PERSON" and not (ent.start <= part.start < ent.end))

    def _person_full_names(self, persons: list[Span]) -> list[tuple[int, list[str], str]]:
        """(first offset, tokens, label) of each multi-word person name, in order of first mention."""
        seen: dict[str, tuple[int, list[str], str]] = {}
        for span in persons:
            words = [t.text for t in span if t.is_alpha or "-" in t.text or ("'" in t.text and _capitalised(t))]
            text = _join_name(span)
            if len(words) >= 2 and text not in seen:
                seen[text] = (span.start_char, [w.lower() for w in _name_words(span)], text)
        # drop names contained in a longer name ("Kim Jong" inside "Kim Jong Un")
        names = list(seen.values())
        kept = [n for n in names if not any(o is not n and len(o[1]) > len(n[1]) and _contains(o[1], n[1]) for o in names)]
        return sorted(kept)

    def _add_person(self, span: Span, full_names: list[tuple[int, list[str], str]]) -> None:
        words = [w.lower() for w in _name_words(span)]
        text = _join_name(span)
        label = text
        if len(words) >= 2:
            for _, name_words, name in full_names:
                if _contains(name_words, words):
                    label = name
                    break
        else:
            candidates = [(first, name) for first, name_words, name in full_names if words and words[0] in name_words
                          and not self._commoner_sharing(name_words, words[0])]
            before = [c for c in candidates if c[0] <= span.start_char]
            chosen = min(before) if before else (min(candidates) if candidates else None)
            if chosen:
                label = chosen[1]
        key = slugify(label)
        self._add(key, label, "Person", text, span.start_char)
        for token in span:
            self._token_actor[token.i] = key

    def _add_place_or_org(self, span: Span, label: str) -> None:
        gaz, text = self.gaz, span.text
        if label == "ORG" and text.lower() in _REGION_NAMES:
            label = "LOC"  # "a Pacific tour": a region, not a body
        entry = gaz.lookup(text)
        if label in ("GPE", "LOC") and entry is None and gaz.demonym(text) and not gaz.capital(text):
            label = "NORP"  # "Russian and Ukrainian delegations": a demonym the tagger took for a place
        if label == "NORP" and gaz.demonym(text) is None and gaz.capital(text):
            label = "GPE"  # "arrived in Asuncion": a capital the tagger took for a nationality
        if label == "NORP":
            country = gaz.demonym(text)
            if country is None:
                # "a Conservative offer": a party's adjective names the party
                org = gaz.lookup(text) or (gaz.lookup(f"{text} Party") if text.istitle() else None)
                if org is not None and org.type == "Organization":
                    self._mark(span, org.name, "Organization", text)
                elif any(e.text == text and e.label_ in ("GPE", "LOC") for e in self.doc.ents):
                    self._add_place_or_org(span, "GPE")  # "workers in Aberdeen" where "Aberdeen" is a place elsewhere
                elif span.root.pos_ == "PROPN" and span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                        and not text.endswith("s"):
                    self._mark(span, text, "Organization", text)  # the small model tags some firms as NORP
                return
            head = span.root
            # ("the Egyptian-Sudanese position": the first of two demonyms joined by a hyphen hangs on the second)
            adjectival = head.dep_ in ("amod", "compound") and head.head.i >= span.end and (
                head.head.pos_ in ("NOUN", "PROPN") or (head.head.dep_ == "amod" and head.head.i == span.end + 1
                                                       and self.doc[span.end].text == "-"))
            if adjectival:
                for token in span:
                    self._adjectival[token.i] = slugify(country)
                self._add(slugify(country), country, "Country", None, span.start_char)
                return
            self._mark(span, country, "Country", text)
            return
        if entry is not None:
            # "World Trade Organisation" in a British text keeps its spelling as the label; the id stays the same
            label = text if _spelling_variant(text, entry.name) and text.lower() != entry.name.lower() else entry.name
            key = self._mark(span, label, entry.type, text, key=slugify(entry.name))
            self._entries[key].aliases.add(entry.name)
            if label != entry.name:  # also when "WTO" came first
                self._entries[key].label = label
            return
        metonym = gaz.metonym(text)
        if metonym:
            self._mark(span, self._owner_before(span) or metonym, "Country", text)
            return
        country = gaz.capital(text)
        # (the small model tags some capitals as bodies, "Abu Dhabi", or as buildings, "Port Sudan")
        if country and label in ("GPE", "LOC", "ORG", "FAC"):
            self._mark_capital(span, country)
            return
        if label in ("LOC", "GPE") and text.lower() in ("north", "south", "east", "west"):
            named = self._compass_country(text.lower())
            if named:
                self._mark(span, named, "Country", text)
            return
        if label == "ORG":
            if span[-1].lower_ in _DOCUMENT_HEADS:
                return  # "the Prevention of Terrorism Bill" is a text, not an actor
            name = self._org_label(span)
            self._mark(span, name, "Organization", text)
            return
        self._mark(span, _title_case(text) if text.isupper() else text, "Place", text)

    def _org_label(self, span: Span) -> str:
        """An organisation's canonical label: "China's Ministry of Foreign Affairs", "Chinese Embassy in Pyongyang"."""
        doc, text = self.doc, span.text
        before = doc[span.start - 1] if span.start >= 1 else None
        if before is not None and before.text in ("'s", "’s") and span.start >= 2:
            owner = self.gaz.lookup(doc[span.start - 2].text) or None
            if owner is not None and owner.type == "Country" and _generic_body(text):
                return f"{owner.name}'s {text}"
        if span[-1].lower_ in ("embassy", "consulate") and span.end + 1 < len(doc) and doc[span.end].lower_ == "in":
            place = doc[span.end + 1]
            if place.ent_type_ in ("GPE", "LOC"):
                ent = next((e for e in doc.ents if e.start <= place.i < e.end), None)
                if ent is not None:
                    return f"{text} in {ent.text}"
        return text

    def _compass_country(self, word: str) -> str | None:
        """ "the North" after North Korea is named: the country whose name starts with that compass word."""
        for entry in self._entries.values():
            if entry.type == "Country" and entry.label.lower().startswith(word + " "):
                return entry.label
        return None

    def _find_unlabelled_countries(self) -> None:
        """Country names, demonym nouns and "the North" that the NER left unlabelled."""
        doc = self.doc
        for token in doc:
            # "Central African Republic President X", "Republic of Congo President Y": a name of several words before
            # a title, the NER's labels on it (a demonym's, or none) cut short
            if not (token.is_title and token.i > 1 and self.gaz.title(token.lower_)):
                continue
            for size in (4, 3, 2):
                words = doc[max(0, token.i - size):token.i]
                entry = self.gaz.lookup(words.text) if len(words) == size else None
                if entry is not None and entry.type == "Country" and not any(
                        t.i in self._token_actor or t.i in self._capital_tokens for t in words):
                    for t in words:
                        self._adjectival.pop(t.i, None)
                    self._mark(words, entry.name, "Country", words.text)
                    break
        for token in doc:
            if token.i in self._token_actor or token.i in self._capital_tokens or token.i in self._adjectival:
                continue
            if token.ent_type_ and token.ent_type_ not in _SKIP_LABELS and not (
                    token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[
                        token.i + 1].ent_iob_ != "I") and token.dep_ in ("amod", "compound")
                    and self.gaz.demonym(token.text)):  # ("Tajik plans": a demonym tagged as a person)
                continue
            lower = token.lower_
            acronym = self._acronym_subject(token)
            if lower in ("north", "south") and token.i > 0 and doc[token.i - 1].lower_ == "the" and token.pos_ == "PROPN":
                named = self._compass_country(lower)
                if named:
                    self._mark(doc[token.i:token.i + 1], named, "Country", token.text)
            elif token.is_title and not token.ent_type_ and (first := _first_conjunct(token)).dep_ in (
                    "amod", "compound", "nmod") and first.head.pos_ in ("NOUN", "PROPN") and first.head.i > token.i \
                    and self.gaz.demonym(token.text) \
                    and self.gaz.lookup(token.text) is None:
                # ("his Uzbek, Kyrgyz and Turkmen counterparts": the last of a list of demonyms too)
                country = self.gaz.demonym(token.text)  # "Omani Foreign Minister": a demonym the NER left untagged
                self._adjectival[token.i] = slugify(country)
                self._add(slugify(country), country, "Country", None, token.idx)
            elif token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() and token.tag_ in ("NNPS", "NNS") \
                    and (country := self.gaz.demonym(token.text)):
                # (a plural name that is no demonym, "the Seychelles", "the Philippines", is looked up below)
                self._mark(doc[token.i:token.i + 1], country, "Country", token.text)
            elif (token.pos_ == "PROPN" or acronym or (token.pos_ == "NOUN" and (
                    not token.is_sent_start or token.dep_ == "nsubj"
                    or (token.dep_ == "compound" and token.head.lower_ in _OFFICIAL_NOUNS)))) \
                    and (token.is_title or acronym) and (token.i > 0 or token.pos_ == "NOUN" or acronym) \
                    and token.ent_type_ in ("", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"):
                # an argument, or a name before the noun it classifies ("the G7 nations", "WTO talks")
                argument = token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "poss") or (
                    token.dep_ == "compound" and token.head.pos_ == "NOUN")
                entry = self.gaz.lookup(token.text)
                country = self.gaz.capital(token.text) if token.dep_ != "compound" else None
                if entry is not None and not entry.ambiguous and argument:
                    self._mark(doc[token.i:token.i + 1], entry.name, entry.type, token.text)
                elif entry is None and country and argument and not token.ent_type_:
                    self._mark_capital(doc[token.i:token.i + 1], country)  # "accused Kyiv of": untagged
                elif entry is None and not token.ent_type_ and token.dep_ == "pobj" \
                        and token.head.lower_ in ("to", "in", "from") \
                        and (home := self.gaz.capital(token.text, allow_ambiguous=True)) \
                        and (home in doc.text or self.gaz.adjective_of(home) in doc.text):
                    # "travel to Male" in a piece that names the Maldives: the capital, not the word
                    self._mark_capital(doc[token.i:token.i + 1], home)

    def _party_or_legislature(self, key: str) -> bool:
        entry = self.gaz.lookup(self._entries[key].label)
        return entry is not None and entry.kind in ("political party", "legislature")

    def _find_party_adjectives(self) -> None:
        """A party's adjective the NER left untagged, before a noun: "Conservative MPs", "Democratic senators" (at
        a sentence's start, where every word has a capital, only for a party the piece names elsewhere)."""
        for token in self.doc:
            if token.i in self._token_actor or token.ent_type_ or token.pos_ != "ADJ" or not token.is_title \
                    or token.dep_ not in ("amod", "compound") or token.head.pos_ != "NOUN" or token.head.i < token.i \
                    or any(t.lower_ in ("ex", "former") for t in self.doc[max(token.i - 2, 0):token.i]):
                continue  # (not "the ex-Labour leader": a party left)
            entry = self.gaz.lookup(f"{token.text} Party")
            if entry is None or entry.kind != "political party" or (
                    token.is_sent_start and slugify(entry.name) not in self._entries):
                continue
            self._mark(self.doc[token.i:token.i + 1], entry.name, "Organization", token.text)

    def _mark_capital(self, span: Span, country: str) -> None:
        """A capital's words: the city as a place, and its country, which the words stand for as an agent."""
        city = _title_case(span.text)
        self._add(slugify(city), city, "Place", span.text, span.start_char)
        self._add(slugify(country), country, "Country", span.text, span.start_char)
        for token in span:
            self._capital_tokens[token.i] = (slugify(city), slugify(country))

    def _acronym_subject(self, token: Token) -> bool:
        """A known organisation's acronym as a subject the tagger took for a verb ("ECOWAS on Tuesday imposed")."""
        entry = self.gaz.lookup(token.text) if token.is_upper and len(token) > 2 else None
        return entry is not None and entry.type == "Organization" and token.dep_ in ("nsubj", "nsubjpass")

    def _mark(self, span: Span, label: str, type_: str, alias: str | None, key: str | None = None) -> str:
        key = key or slugify(label)
        self._add(key, label, type_, alias, span.start_char)
        for token in span:
            self._token_actor[token.i] = key
        return key

    def _add(self, key: str, label: str, type_: str, alias: str | None, offset: int) -> None:
        label = " ".join(label.split())
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry(label=label, type=type_)
        if alias:
            entry.aliases.add(" ".join(alias.split()))
        entry.first = min(entry.first, offset)

    def _named_in(self, token: Token) -> list[str]:
        # (not the subject of a clause on the phrase: "groups accusing it, a charge the company denies"; but "a list
        # that includes Shimon Peres")
        clauses = {t.i for c in token.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"
                   for t in s.subtree}
        found = [self._token_actor[t.i] for t in token.subtree if t.i in self._token_actor and t.i not in clauses]
        if token.i in self._token_actor:
            return [self._token_actor[token.i]]
        return found[:1]

    # ---- roles ------------------------------------------------------------------------------
    def _find_roles(self) -> None:
        """Titles before names ("Chinese President Xi Jinping") and appositions ("Li, the ambassador to X")."""
        doc = self.doc
        done: set[int] = set()
        for token in doc:
            person = self._token_actor.get(token.i)
            if person is None or self._entries[person].type != "Person" or token.i in done:
                continue
            end = token.i
            while end < len(doc) and self._token_actor.get(end) == person:
                done.add(end)
                end += 1
            outside = [t for t in doc[token.i:end] if not token.i <= t.head.i < end and t.pos_ == "PROPN"]
            head = outside[0] if outside else doc[token.i:end].root
            sentence = head.sent
            start = max(head.left_edge.i, sentence.start)
            if start == token.i:  # the parse gave no title: the words right before the name may be one
                while start > sentence.start and token.i - start < 4 and (
                        start - 1 in self._adjectival or self.gaz.title(doc[start - 1].lower_) is not None
                        or (doc[start - 1].is_title and doc[start - 1].i not in self._token_actor
                            and doc[start - 1].pos_ == "PROPN")):
                    start -= 1
            # ("an attack on Labour's record and party leader Michael Howard": the title starts after the "and")
            start = max([start, *(t.i + 1 for t in doc[start:token.i] if t.dep_ == "cc")])
            owner = self._token_actor.get(start - 1) if start > sentence.start else None
            if owner is not None and self._entries[owner].type == "Country" and self.gaz.title(doc[start].lower_):
                # "Touadera and Republic of Congo President Denis Sassou Nguesso": the country the parse put apart
                while start > sentence.start and self._token_actor.get(start - 1) == owner:
                    start -= 1
            left = doc[start:token.i]
            if len(left):
                self._role_from_phrase(person, left, sentence, before_name=True)
            owners = [c for c in head.children if c.dep_ == "poss" and c.i < token.i]
            if token.i >= 2 and doc[token.i - 1].tag_ == "POS":  # ("X and Somalia's Y", the owner parsed as a conjunct)
                owners.append(doc[token.i - 2])
            for owner in owners:
                # "Somalia's Hassan Sheikh Mohamud": a country before the name is the one the person acts for
                countries = [k for k in self.mention_ids(owner) if self._entries[k].type == "Country"]
                self._affiliations.setdefault(person, set()).update(countries)
            for child in head.children:
                if child.dep_ == "appos" and child.i >= end:
                    # (the title is the apposition's own noun, not one inside its phrase: "President William Ruto,
                    # the first such visit by a Tanzanian head of state" gives him no Tanzanian office)
                    # (a title joined to it counts: "a barrister and chairman of the League Against Cruel Sports")
                    nouns = [doc[n.left_edge.i:n.i + 1] for n in (child, *child.conjuncts)]
                    if child.pos_ == "NOUN" and all(
                            self._match_title([t.lower_ for t in words])[0] is None
                            and not any(self.gaz.family(t.lower_) for t in words) for words in nouns):
                        continue
                    self._role_from_phrase(person, doc[child.left_edge.i:child.right_edge.i + 1], sentence)
            # "Kim's own sister, Kim Yo Jong": the name is the apposition of a role noun
            if head.dep_ == "appos" and head.head.i < token.i:
                noun = head.head
                self._role_from_phrase(person, doc[noun.left_edge.i:noun.i + 1], sentence)
            # "parliament elected Min Aung Hlaing as the country's president": the office he was put in
            if head.dep_ in ("dobj", "oprd", "nsubjpass") and head.head.lemma_.lower() in _INSTALLING_VERBS:
                for office in (p for c in (*head.head.children, *head.children) if c.dep_ == "prep" and c.lower_ == "as"
                               for p in c.children if p.dep_ == "pobj"):
                    self._role_from_phrase(person, doc[office.left_edge.i:office.i + 1], sentence)

    def _role_from_phrase(self, person: str, phrase: Span, sentence: Span, before_name: bool = False) -> None:
        full = phrase
        # "President Donald Trump's senior adviser": a title right before another person's name is theirs
        others = [t.i for t in phrase if self._token_actor.get(t.i) not in (None, person)
                  and self._entries[self._token_actor[t.i]].type == "Person"
                  and t.i > phrase.start and self.gaz.title(self.doc[t.i - 1].lower_) is not None]
        if others:
            owner = self._token_actor[others[-1]]
            end = others[-1]
            while end < phrase.end and self._token_actor.get(end) == owner:
                end += 1
            phrase = self.doc[end:phrase.end]
        title, at = self._match_title([t.lower_ for t in phrase])
        family = None
        head_family = self.gaz.family(full.root.lower_) if not before_name else None
        if head_family is not None:  # "Boris Johnson's sister": a family word is read with its owner
            title, family, at, phrase = None, head_family, full.root.i - full.start, full
        if title is None and family is None:
            for i, word in enumerate(t.lower_ for t in full):
                entry = self.gaz.family(word)
                if entry is not None:
                    family, at, phrase = entry, i, full
                    break
        if title is None and family is None:
            self._counterpart_role(person, full, sentence)
            return
        of_id = to_id = None
        for t in phrase:
            if t.i in self._adjectival and of_id is None:
                of_id = self._adjectival[t.i]
        if family is not None:
            owner = next((t for t in phrase[:at + 1] if t.dep_ == "poss"), None)
            of_phrase = next((p for p in self._prep_objects_of(phrase.root, "of")), None)
            if owner is not None:
                ids = self.mention_ids(owner)
            elif of_phrase is not None:
                ids = self._named_in(of_phrase) or self._described(of_phrase)
            else:
                return
            if ids and ids[0] != person:
                self._add_role(person, family.relation, ids[0], None, sentence)
            return
        to_token = None
        for t in phrase:
            if t.lower_ == "to" and t.dep_ == "prep":
                to_token = next((c for c in t.children if c.dep_ == "pobj"), None)
        for t in phrase:
            if to_token is not None and t.i in [x.i for x in to_token.subtree]:
                continue
            ids = self._token_actor.get(t.i) or (self._capital_tokens.get(t.i) or (None, None))[1]
            if ids and ids != person and of_id is None:
                of_id = ids
        if to_token is not None:
            to_ids = self._named_in(to_token)
            to_id = to_ids[0] if to_ids else None
        before = phrase[at - 1].lower_ if at > 0 else ""
        if before == "-" and at > 1 and not phrase[at - 2].whitespace_:
            before = phrase[at - 2].lower_  # "Vice-Chancellor Lars Klingbeil", split by the tokenizer: no chancellor
        # "Deputy Mayor Nicky Gavron" is no mayor: "the mayor" is someone else
        self._person_titles.setdefault(person, set()).add(
            f"{before} {title['title']}" if before in _LOWER_RANKS else title["title"])
        if of_id is None and title.get("role") not in ("leader",):
            return
        self._add_role(person, title["role"], of_id, to_id, sentence)

    def _counterpart_role(self, person: str, phrase: Span, sentence: Span) -> None:
        """"Angolan President João Lourenço hosted his Zambian counterpart Hakainde Hichilema": the counterpart holds
        the owner's one office, in the country the demonym names (or, with no office of a country told, the owner's
        one title: "Foreign Minister Ablakwa and his Brazilian counterpart, Mauro Vieira")."""
        noun = next((t for t in phrase if t.lower_ == "counterpart"), None)
        country = next((self._adjectival[t.i] for t in phrase if t.i in self._adjectival), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
        if owner is None or country is None:
            return
        owners = [k for k in self.mention_ids(owner) if k != person and self._entries[k].type == "Person"]
        roles = {role for k in owners[:1] for role, of in self._person_roles.get(k, ()) if of and of != country}
        titles = {t for k in owners[:1] for t in self._person_titles.get(k, ())}
        if len(titles) == 1:
            self._person_titles.setdefault(person, set()).update(titles)
        if len(roles) == 1 and len(titles) == 1:
            self._add_role(person, roles.pop(), country, None, sentence)

    @staticmethod
    def _prep_objects_of(token: Token, prep: str) -> list[Token]:
        return [p for c in token.children if c.dep_ == "prep" and c.lower_ == prep for p in c.children
                if p.dep_ == "pobj"]

    def _described(self, noun: Token) -> list[str]:
        """ "the North Korean leader": the person named earlier with that title (and country)."""
        words = [t.lower_ for t in noun.subtree if t.i <= noun.i and t.pos_ != "DET"]
        title, _ = self._match_title(words)
        if title is None:
            return []
        country = next((self._adjectival[t.i] for t in noun.subtree if t.i in self._adjectival), None)
        found = self._latest_person_with_role(title["role"], country, noun.idx, title["title"])
        return [found] if found else []

    def _spokespersons_principal(self, noun: Token, title: str) -> str | None:
        """ "A spokesman for Haller said the president would ...": the one the sentence's spokesperson speaks for, if
        the story gave that person the title."""
        principals = {k for t in noun.sent if t.i < noun.i and t.lemma_.lower() in _SPOKESPERSON_NOUNS
                      for p in self._prep_objects_of(t, "for") + [c for c in t.children if c.dep_ == "poss"]
                      for k in self.mention_ids(p) if self._entries[k].type == "Person"
                      and any(x == title or x.endswith(" " + title) for x in self._person_titles.get(k, ()))}
        return next(iter(principals)) if len(principals) == 1 else None

    def _match_title(self, words: list[str]) -> tuple[dict | None, int]:
        best, where = None, -1
        for i in range(len(words)):
            if i > 0 and words[i - 1] == "shadow":
                continue  # "the shadow chancellor" speaks for the opposition; he is no chancellor
            if not any(ch.isalnum() for ch in words[i]):
                continue  # "BERLIN - Chancellor Merz": a dateline's dash is no part of the title
            for j in range(min(len(words), i + 4), i, -1):
                entry = self.gaz.title(" ".join(words[i:j]))
                if entry is not None and getattr(entry, "political", True):
                    if best is None or j - i > best[1]:
                        best, where = ({"role": entry.role, "title": " ".join(words[i:j])}, j - i), i
                    break
        return (best[0] if best else None), where

    def _add_role(self, person: str, role: str, of_id: str | None, to_id: str | None, sentence: Span) -> None:
        key = (person, role, of_id, to_id)
        self._person_roles.setdefault(person, []).append((role, of_id))
        if key in self._role_keys or of_id is None:
            return
        self._role_keys.add(key)
        self.roles.append(Role(
            person=self.actor(person), role=role, of=self.actor(of_id),
            to=self.actor(to_id) if to_id else None,
            sentence=sentence.text.strip(), start=sentence.start_char,
            end=sentence.start_char + len(sentence.text.rstrip()),
        ))

    # ---- descriptions and pronouns ------------------------------------------------------------
    def _resolve_descriptions(self) -> None:
        """ "the embassy", "the ambassador", "the North Korean leader", "the country": an actor named earlier."""
        doc = self.doc
        headline_start = next(iter(doc.sents)).start if len(doc) else 0
        for token in doc:
            if token.lower_ == "co" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
                self._resolve_co_title(token)
                continue
            if token.i not in self._token_actor and self._epithet(token) \
                    and (target := self._epithet_referent(token)) is not None:
                self._token_actor[token.i] = target  # "The Scot initially defended Beattie", "the 41-year-old said"
                continue
            if token.i in self._token_actor or (token.pos_ != "NOUN" and not _title_as_name(token, self.gaz)):
                continue
            named = (next((a for a in token.children if a.dep_ == "appos" and a.i in self._token_actor
                           and self._entries[self._token_actor[a.i]].type == "Person"), None)
                     or self._name_set_off(token)) if self.gaz.title(token.lower_) is not None else None
            if named is not None:
                # "the military-appointed foreign minister, Than Swe, did not travel": the name in apposition,
                # not an earlier holder of the title
                self._token_actor[token.i] = self._token_actor[named.i]
                continue
            family = self.gaz.family(token.lower_)
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if family is not None and owner is not None:
                # "the prime minister's wife": the person the article ties to that owner by that family word
                owners = set(self.mention_ids(owner))
                kin = next((person for person, roles in self._person_roles.items()
                            if any(r == family.relation and of in owners for r, of in roles)), None)
                if kin is None:  # with no tie told, the one other person of the owner's surname ("Cherie Blair")
                    surnames = {self._entries[o].label.split()[-1] for o in owners
                                if self._entries[o].type == "Person" and len(self._entries[o].label.split()) > 1}
                    same = [key for key, e in self._entries.items() if e.type == "Person" and key not in owners
                            and len(e.label.split()) > 1 and e.label.split()[-1] in surnames]
                    kin = same[0] if len(same) == 1 else None
                if kin is not None:
                    self._token_actor[token.i] = kin
                continue
            if token.lower_ in _GOVERNMENT_NOUNS and token.dep_ == "compound" and token.head.pos_ == "NOUN" \
                    and not any(c.dep_ in ("amod", "compound", "poss") for c in token.children) \
                    and not any(c.i in self._adjectival or c.i in self._token_actor
                                for c in token.head.children if c.i < token.i):
                target = self._dominant_country(token.i)  # "the government plans", "government initiatives"
                if target:
                    self._token_actor[token.i] = target
                continue
            det = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")), None)
            if det is None and token.sent.start == headline_start:
                # a headline's "Russian leader visits Astana": the first person the body names with that role
                title, _ = self._match_title([t.lower_ for t in doc[token.left_edge.i:token.i + 1]])
                country = next(iter(self._countries_on(token) + [  # "Russian leader", "Iran's top diplomat"
                    k for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i  # "US envoy"
                    for k in self.mention_ids(c) if self._entries[k].type == "Country"]), None)
                if title is not None and country is not None:
                    target = self._latest_person_with_role(title["role"], country, len(doc.text) + 1,
                                                           title["title"], first=True)
                    if target:
                        self._token_actor[token.i] = target
                continue
            countries = [k for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                         for k in self.mention_ids(c) if self._entries[k].type == "Country"]
            title = self.gaz.title(token.lower_) if det is None and len(countries) == 1 and token.tag_ == "NN" else None
            if title is not None:
                # "Sri Lanka's president": the one the story gives that office there
                target = self._latest_person_with_role(title.role, countries[0], token.idx, title.title) \
                    or self._home_holder(title.title, countries[0], token) or self._titled_after_lead(token)
                if target:
                    self._token_actor[token.i] = target
                continue
            pronoun = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            if det is None and pronoun is not None and token.tag_ == "NN" and self.gaz.title(token.lower_) \
                    and not any(c.dep_ in ("amod", "compound") for c in token.children):
                # "Starmer backed his chancellor": the one person the story gives that title (not "his" himself)
                holder = self.sole_holder(token.lower_, token.idx)
                if holder is not None and holder not in self.mention_ids(pronoun):
                    self._token_actor[token.i] = holder
                continue
            if det is None and token.lower_ == "ministers" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                    and not any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "appos", "det", "conj") or (
                                c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))  # ("from both sides")
                                for c in token.children) and token.head.lower_ not in ("of", "between", "among"):
                # "the CBI accused ministers of wrecking growth": the government of the piece, as "the government"
                target = self._piece_country(token)
                if target:
                    self._token_actor[token.i] = target
                continue
            if det is None:
                continue
            words = [t.lower_ for t in doc[det.i + 1:token.i + 1]]
            if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not doc[token.i].whitespace_:
                # "the secretary-general", split by the tokenizer: the whole title, not a secretary
                joined = words[:-1] + [f"{token.lower_}-{doc[token.i + 2].lower_}"]
                if self._match_title(joined)[0] is not None:
                    words = joined
            target = None
            title, _ = self._match_title(words)
            of_body = [p for p in self._prep_objects_of(token, "of") if p.i in self._token_actor]
            if title is not None and of_body:
                # "the leader of IG Metall, Christiane Benner": the one named beside the body, else the one the
                # article gives that role in that body, never someone else's title
                named = [self._token_actor[c.i] for p in (token, *of_body) for c in p.children
                         if c.dep_ == "appos" and c.i in self._token_actor]
                body = self._token_actor[of_body[0].i]
                target = next((n for n in named if self._entries[n].type == "Person"), None) \
                    or self._latest_person_with_role(title["role"], body, token.sent.end_char, title["title"]) \
                    or (self._named_after_lead(token, title, body) if token.tag_ == "NN" else None)
                if target:
                    self._token_actor[token.i] = target
                continue
            party = next((self._token_actor[t.i] for t in doc[det.i:token.i] if t.i in self._token_actor
                          and self._entries[self._token_actor[t.i]].type == "Organization"), None)
            if title is not None and party is not None and title["title"] == "leader":
                # "the Conservative leader": someone the story puts at the head of that party, not a chancellor
                target = self._latest_person_with_role(title["role"], party, token.idx, title["title"]) or next(iter(
                    [k for k in self._titled_before(title["title"], token.idx) if party in self.served_bodies(k)][-1:]),
                    None) or self._known_holder(title, party) \
                    or self._lone_person_before(token.sent, title["role"], title["title"])
                # (the party's leader by the office-holder list, named but never called so: Kemi Badenoch in 2025)
            elif title is not None:
                # ("the Taoiseach" parsed as a name is found among those given the title or holding the office, or
                # named after the lead, never guessed from a lone person nearby)
                singular = token.tag_ == "NN" or _title_as_name(token, self.gaz)
                country = next((self._adjectival[t.i] for t in doc[det.i:token.i] if t.i in self._adjectival), None)
                target = (self._spokespersons_principal(token, title["title"]) if country is None else None) \
                    or self._latest_person_with_role(title["role"], country, token.idx, title["title"])
                if target is None and country is not None and title["role"] in _LEADER_ROLES:
                    # "the Somali leader" after "Somalia's Hassan Sheikh Mohamud", whose office was not said
                    fits = [(self._entries[key].first, key) for key, countries in self._affiliations.items()
                            if country in countries and key not in self._person_roles
                            and self._entries[key].first < token.idx]
                    target = max(fits)[1] if fits else None
                if target is None and country is not None:
                    target = self._home_holder(title["title"], country, token)
                qualifier = doc[det.i + 1:token.i - len(title["title"].split()) + 1]
                if target is None and country is None and token.tag_ == "NN" \
                        and all(t.is_title or t.is_upper or t.lower_ in title["title"].split() for t in qualifier):
                    target = self._lone_person_before(token.sent, title["role"], title["title"])
                if target is None and country is None and singular:
                    # "Prime Minister Tony Blair ... the prime minister": the last one given that title, when the
                    # text never said whose office it is
                    target = next(iter(self._titled_before(title["title"], token.idx)[-1:]), None)
                if target is None and singular:
                    target = self._named_after_lead(token, title, country)
                if target is None and singular:
                    target = self._known_holder(title, country)
                subject = _controller(token.head) if token.dep_ == "dobj" else None
                if target is not None and subject is not None and self._token_actor.get(subject.i) == target:
                    # "Putin ... invited the new president to visit Moscow": the object is someone else than the
                    # subject, the one titled so before him if any
                    target = next(iter([k for k in self._titled_before(title["title"], token.idx)
                                        if k != target][-1:]), None)
            elif token.lower_ in ("group", "movement", "militia", "rebels", "militants") and any(
                    c.lower_ in _ARMED_WORDS for c in doc[det.i + 1:token.i + 1]):
                # "the paramilitary group", "the militant group", "the rebels": the armed group named last
                target = self._latest_entry(lambda e: e.type == "Organization" and getattr(
                    self.gaz.lookup(e.label), "kind", "") == "armed group", token.idx)
            elif token.lower_ in _ORG_HEADS:
                # "the IG Metall union", "the BDI industry federation": the body named before its kind
                named = {self._token_actor[t.i] for t in doc[det.i + 1:token.i] if t.i in self._token_actor}
                known = self.gaz.lookup(self._entries[next(iter(named))].label) if len(named) == 1 else None
                # (not "the constituency Conservative association", a branch of a listed party)
                if len(named) == 1 and self._entries[next(iter(named))].type == "Organization" and (
                        known is None or token.lower_ in known.name.lower()):
                    self._token_actor[token.i] = next(iter(named))
                    continue
                # "the embassy"; "the US court" only for a court whose name says US
                qualifiers = [t.lower_ for t in doc[det.i + 1:token.i] if t.pos_ in ("PROPN", "ADJ", "NOUN")]
                target = self._latest_entry(
                    lambda e: e.type == "Organization" and token.lower_ in e.label.lower().split()
                    and all(q in e.label.lower() or q in {a.lower() for a in e.aliases} for q in qualifiers), token.idx)
                if target is None and token.lower_ in _FIRM_NOUNS and not qualifiers and token.tag_ == "NN":
                    target = self._story_firm(token.i)
                if target is None and token.lower_ in ("department", "ministry") and not qualifiers:
                    # "the Home Office has lost control ... condemned the department": the ministry named last
                    target = self._latest_entry(lambda e: e.type == "Organization" and (
                        e.label.split()[-1].lower() in _MINISTRY_HEADS
                        or getattr(self.gaz.lookup(e.label), "kind", "") == "government body"), token.idx)
                if target is None and token.lower_ == "union" and not qualifiers:
                    # "talks with the British Medical Association. The union's committee ...": the last body the
                    # sentence before named
                    previous = next(iter(self.previous_sentences(token.sent, 1)), None)
                    bodies = [self._token_actor[t.i] for t in previous or () if t.i in self._token_actor
                              and self._entries[self._token_actor[t.i]].type == "Organization"]
                    target = bodies[-1] if bodies else None
            elif token.lower_ in _REALM_NOUNS and len(words) == 1:
                # "the kingdom", "the sultanate": the last country named whose full name says it is one, or whose
                # capital was named ("arrived in Riyadh ... thanked the kingdom")
                def realm(key: str) -> str | None:
                    entry = self._entries[key]
                    country = entry.label if entry.type == "Country" else \
                        self.gaz.capital(entry.label) if entry.type == "Place" else None
                    return country if country is not None and any(
                        token.lower_ in form.lower() for form in (country, *self.gaz.aliases(country))) else None
                named = next((country for i in range(token.i - 1, -1, -1)
                              for key in [self._token_actor.get(i) or self._capital_tokens.get(i, (None,))[0]]
                              if key for country in [realm(key)] if country), None)
                if named is not None:
                    self._add(slugify(named), named, "Country", None, token.idx)
                    target = slugify(named)
            elif token.lower_ == "country" and len(words) == 1:
                # "The UAE has become a partner. Modi made his seventh visit to the country": the country the
                # last sentence was about, else the last one named
                previous = next(iter(self.previous_sentences(token.sent, 1)), None)
                subjects = [k for t in (previous or []) if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                            for k in [self._token_actor.get(t.i)] if k and self._entries[k].type == "Country"]
                target = subjects[0] if subjects else self._latest_mention_of_type("Country", token.i)
            if target is None and token.lower_ in _BLOC_NOUNS and len(words) <= 2:
                # "the bloc", "the regional bloc": the international body named last ("Mercosur", "ASEAN")
                bodies = [key for i, key in sorted(self._token_actor.items()) if i < token.i
                          and self._entries[key].type == "Organization"
                          and getattr(self.gaz.lookup(self._entries[key].label), "kind", "") == "intergovernmental"]
                target = bodies[-1] if bodies else None
            kinds = " ".join(words[:-1]).replace(" - ", "-").split()  # ("the army-led government")
            if target is None and token.lower_ in _GOVERNMENT_NOUNS and all(w in _GOVERNMENT_KINDS for w in kinds) \
                    and not any(c.dep_ == "prep" for c in token.children):
                target = self._speaker_country(token) or self._piece_country(token)
            if target is None and title is not None and token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
                # "met ... by the emir, Sheikh Tamim": a name after the comma, misparsed as no apposition
                named = self._token_actor.get(token.i + 2)
                if named and self._entries[named].type == "Person" and self._token_actor.get(token.i + 1) is None:
                    target = named
            if target:
                self._token_actor[token.i] = target

    def _epithet(self, token: Token) -> bool:
        """Whether a word is the head of a news epithet for someone just named: "the Scot", "the Frenchman", "the
        41-year-old", "the 57-year-old actor" (a lone demonym that names a people, "the Chinese", is no epithet)."""
        doc = self.doc
        if token.pos_ == "NOUN" and token.tag_ == "NN":  # "the 57-year-old actor", not "the 150-year-old firm"
            aged = next((c for c in token.children if c.dep_ == "amod" and _age_word(c)), None)
            if token.lower_ in _ORG_HEADS | _FIRM_NOUNS | _GROUP_NOUNS:
                aged = None
        else:
            aged = token if _age_word(token) and token.dep_ != "amod" else None
        if aged is not None:
            years = doc[aged.i - 4]
            return aged.i > 4 and doc[aged.i - 5].lower_ == "the" and (not years.is_digit or int(years.text) <= 110)
        if token.i == 0 or doc[token.i - 1].lower_ != "the" or token.tag_ not in ("NN", "NNP") or not token.is_title \
                or token.dep_ in ("amod", "compound", "nmod") or any(c.dep_ in ("conj", "cc") for c in token.children):
            return False  # (nor "the Kenyan and Tanzanian governments")
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            return False  # "the German company", "the Swiss star"
        word = token.lower_
        return word in _HOME_NATION_PEOPLE or (self.gaz.demonym(token.text) is not None and not word.endswith(
            ("ese", "ish", "sh", "ch", "ss", "s")))

    def _epithet_referent(self, token: Token) -> str | None:
        """The person an epithet stands for, in the nearest sentence before (up to three back) that names a person of
        the epithet's country (or of none told): its subject, else the first person it names ("... in the shape of
        Emma Watson, who plays Hermione. The 14-year-old said")."""
        country = self.gaz.demonym(token.text) if token.lower_ not in _HOME_NATION_PEOPLE else None

        def fits(key: str | None) -> bool:
            if not key or self._entries[key].type != "Person":
                return False
            home = {h for h in self.home_countries(key) if self._entries[h].type == "Country"}
            return country is None or not home or slugify(country) in home

        sentence, looked = token.sent, 0
        while sentence.start > 0 and looked < 3:
            sentence = self.doc[sentence.start - 1].sent
            if not sentence.text.strip():
                continue
            looked += 1
            people = [(t.dep_ in ("nsubj", "nsubjpass"), t.i) for t in sentence if fits(self._token_actor.get(t.i))]
            if people:
                return self._token_actor[max(people, key=lambda p: (p[0], -p[1]))[1]]
        return None

    def _piece_country(self, token: Token) -> str | None:
        """Whose "the government" is in a piece about one country; in a datelined piece, the country it is filed from
        when that country is named before ("MALE - ... the government of President Muizzu")."""
        home = (self.dateline_place() or (None, None))[1]
        named_home = home is not None and any(k == home and i < token.i for i, k in self._token_actor.items())
        return home if named_home else self._dominant_country(token.i)

    def _speaker_country(self, token: Token) -> str | None:
        """The one country a reported clause's speaker is told to speak for: "a spokesman for the foreign ministry
        in Seoul said the government welcomed ...": the government is South Korea's."""
        clause, said = token.head, token.head.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
                or said.lemma_.lower() not in _REPORTING_VERBS:  # (not "called on the government": another's)
            return None
        clauses = [t for c in said.children if c.dep_ == "nsubj" for t in c.subtree if t.dep_ in ("acl", "relcl")]
        speakers = [t for c in said.children if c.dep_ == "nsubj" for t in c.subtree  # (not "X, speaking in Moscow")
                    if not any(t in k.subtree for k in clauses)]
        countries = {k for t in speakers for k in [self._token_actor.get(t.i)]
                     if k and self._entries[k].type == "Country"}
        countries |= {self._capital_tokens[t.i][1] for t in speakers if t.i in self._capital_tokens}
        return next(iter(countries)) if len(countries) == 1 else None

    def _home_holder(self, title: str, country: str, token: Token) -> str | None:
        """"COLOMBO - President Anura Kumara Dissanayake ... the Sri Lankan president": the one person titled so
        with no country said, in a story datelined or set in that country, or None."""
        bare = [key for key, titles in self._person_titles.items() if title in titles
                and key not in self._person_roles and not self._affiliations.get(key, set()) - {country}
                and self._entries[key].first < token.idx]
        home = (self.dateline_place() or (None, None))[1] or self._dominant_country(token.i)
        return bare[0] if len(bare) == 1 and home == country else None

    def _name_set_off(self, token: Token) -> Token | None:
        """A person's name between commas right after a noun, which the parser did not take for an apposition
        ("the foreign minister, Than Swe, did not travel", with "Than" read as a preposition)."""
        doc, j = self.doc, token.i + 2
        key = self._token_actor.get(j) if j < len(doc) and doc[j - 1].text == "," else None
        if key is None or self._entries[key].type != "Person":
            return None
        while j < len(doc) and self._token_actor.get(j) == key:
            j += 1
        return doc[token.i + 2] if j < len(doc) and doc[j].text == "," else None

    def office_countries(self, person_id: str) -> set[str]:
        """The countries whose offices the text titles a person with, by the office-holder list ("Foreign Secretary
        Jack Straw": the United Kingdom), in office on the article's date when known; only those the piece names."""
        label = self._entries[person_id].label
        return {slugify(t.country) for title in self._person_titles.get(person_id, ())
                for t in self.gaz.office_terms(title, self._year) if t.holder == label
                and slugify(t.country) in self._entries}

    def _known_holder(self, title: dict, country: str | None) -> str | None:
        """The one person the piece names whom the office-holder list (officeholders.tsv) puts in that office, of
        that country if said and in office on the article's date if known: "the prime minister" of a piece that
        names Tony Blair but never calls him so. Someone the piece gives another role or a former title is out."""
        terms = [t for t in self.gaz.office_terms(title["title"], self._year)
                 if country is None or slugify(t.country) == country]
        named = {key: entry.label for key, entry in self._entries.items() if entry.type == "Person"}
        leading = title["role"] in _LEADER_ROLES
        fits = [(key, t) for key, label in named.items() for t in terms
                if (label == t.holder or (" " not in label and t.holder.split()[-1] == label))
                and all(r == title["role"] or (leading and r in _LEADER_ROLES) for r, _ in self._person_roles.get(key, ()))
                and not any(w.startswith(("former", "ex")) for w in self._person_titles.get(key, ()))]
        if len({key for key, _ in fits}) > 1:
            # two holders named ("the prime minister" beside Tony Blair and Gordon Brown, both prime ministers in
            # turn): the one whose term the others named held office in (Brown was then chancellor)
            scores = {key: sum(1 for other, label in named.items() if other != key and any(
                term.overlaps(held) for held in self.gaz.offices_held(label))) for key, term in fits}
            best = max(scores.values())
            fits = [(key, t) for key, t in fits if scores[key] == best] if best else []
        keys = {key for key, _ in fits}
        return keys.pop() if len(keys) == 1 else None

    def _lone_person_before(self, sentence: Span, role: str, title: str = "") -> str | None:
        """The one person the nearest earlier sentence names, if no other role is known for them: news style
        names someone, then calls them by office ("..., Gordon Brown has said. The chancellor, speaking ...")."""
        for previous in self.previous_sentences(sentence, 2):
            people = {key for t in previous for key in [self._token_actor.get(t.i)]
                      if key and self._entries[key].type == "Person"}
            if not people:
                continue
            person = people.pop() if len(people) == 1 else None
            # (not someone the office-holder list knows only in other offices: Tony Blair is no chancellor)
            held = self.gaz.offices_held(self._entries[person].label) if person is not None and title else []
            # (a country's office: the list's party leaders are a few parties', and a DUP leader may be one)
            office = [t for t in self.gaz.office_terms(title) if _country_name(t.country)] if held else []
            if office and not set(held) & set(office):
                return None
            if person is None or any(r != role for r, _ in self._person_roles.get(person, ())) or any(
                    t != title and (t.endswith(f" {title}") or not t.endswith(title))
                    for t in self._person_titles.get(person, ())):
                return None  # (not "Deputy Mayor X" or "Prime Minister Y" for "the mayor")
            return person
        return None

    def _resolve_co_title(self, prefix: Token) -> None:
        """"The Tory co-chairman attacked ...": the tokenizer splits the title in three and the parser makes "co" the
        head; a co-chairman is a chairman, the one the text gave that title."""
        doc = self.doc
        det = next((c for c in prefix.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")), None)
        if det is None:
            return
        title, _ = self._match_title([t.lower_ for t in doc[det.i + 1:prefix.i]] + [doc[prefix.i + 2].lower_])
        if title is None:
            return
        country = next((self._adjectival[t.i] for t in doc[det.i:prefix.i] if t.i in self._adjectival), None)
        target = self._latest_person_with_role(title["role"], country, prefix.idx, title["title"]) or next(
            iter(self._titled_before(title["title"], prefix.idx)[-1:]), None)
        for i in range(prefix.i, prefix.i + 3) if target else ():
            self._token_actor[i] = target

    def _titled_before(self, title: str, offset: int) -> list[str]:
        """The people the text gave exactly this title, first introduced before an offset, in order of introduction."""
        return sorted((person for person, titles in self._person_titles.items()
                       if title in titles and self._entries[person].first < offset),
                      key=lambda person: self._entries[person].first)

    def _named_after_lead(self, token: Token, title: dict, country: str | None) -> str | None:
        """News leads give the office before the name ("The Belgian sports minister says he will not apologise.
        Claude Eerdekens claims ..."): in the story's first sentences, before anyone is named, a title is the
        first person the story later gives it, else the person the next sentence opens with as its subject."""
        if token.dep_ != "nsubj" or token.head.dep_ != "ROOT" \
                or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children) \
                or (token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == ","):
            return None  # (not "The head of the watchdog, Rafael Grossi, met ...": the name is given there)
        sentences = list(itertools.islice(self.doc.sents, 3))
        if token.sent.start not in {s.start for s in sentences[:2]} or self._person_named_before(token.i):
            return None
        holder = self._latest_person_with_role(title["role"], country, len(self.doc.text) + 1, title["title"],
                                               first=True)
        holder = holder or next(iter(self._titled_before(title["title"], len(self.doc.text) + 1)), None)
        if holder is not None:
            return holder
        following = next((s for s in sentences if s.start > token.sent.start), None)
        subject = next((t for t in following or () if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        person = self._token_actor.get(subject.i) if subject is not None else None
        if person is None or self._entries[person].type != "Person" or self._entries[person].first < token.idx \
                or any(r != title["role"] for r, _ in self._person_roles.get(person, ())) \
                or (country is not None and self.home_countries(person) - {country}):
            return None
        return person

    def _titled_after_lead(self, token: Token) -> str | None:
        """ "hours after Sudan's prime minister cancelled a trip" in a lead that names no one yet: the first person
        the story goes on to give that title ("Prime Minister Kamil Idris") whom it says serves no other country."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or token.sent.start not in {s.start for s in self.lead_sentences} \
                or self._person_named_before(token.i):
            return None
        title, _ = self._match_title([t.lower_ for t in self.doc[owner.right_edge.i + 1:token.i + 1]])
        if title is None:
            return None
        holders = [key for key in self._titled_before(title["title"], len(self.doc.text) + 1)
                   if not self.home_countries(key) - set(self._countries_on(token))]
        return holders[0] if holders else None

    def _person_named_before(self, index: int) -> bool:
        """Whether the text names anyone before a token: a title in a lead that names no one yet is told of ahead."""
        return any(self._entries[key].type == "Person" for i, key in self._token_actor.items() if i < index)

    def _dominant_country(self, index: int) -> str | None:
        """The country named most often before a token, if it is named at least twice and more than any other."""
        counts: dict[str, int] = {}
        for i, key in self._token_actor.items():
            continued = i > 0 and self._token_actor.get(i - 1) == key  # "United" "States": one mention
            named = self.doc[i].text[:1].isupper()  # not "the government" resolved to it before
            if i < index and self._entries[key].type == "Country" and not continued and named:
                counts[key] = counts.get(key, 0) + 1
        for i, (_, country) in self._capital_tokens.items():
            if i < index:
                counts[country] = counts.get(country, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        bodies = self._national_bodies(index)
        if len(bodies) == 1:
            # a piece on the Tories' row over advice about Iraq: "the government" is the one whose bodies it names,
            # when they are named more often than any other country
            (home, named), = bodies.items()
            if named > max((n for key, n in counts.items() if self._entries[key].label != home), default=0):
                return self._country_of_national_bodies(index)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            # ("The government is facing opposition from Tory and Lib Dem MPs": the bodies may come after it)
            national = self._country_of_national_bodies(index) or self._country_of_national_bodies(index, anywhere=True)
            return national if national and all(country == national for country in counts) else None
        return ranked[0][0]

    def _national_bodies(self, index: int) -> dict[str, int]:
        """How often the parties and state bodies of each country are named before a token."""
        counts: dict[str, int] = {}
        for i, key in self._token_actor.items():
            entry = self.gaz.lookup(self._entries[key].label) if i < index else None
            if entry is not None and entry.type == "Organization" and entry.country \
                    and entry.kind in ("political party", "government body", "legislature") \
                    and self._token_actor.get(i - 1) != key:
                counts[entry.country] = counts.get(entry.country, 0) + 1
        return counts

    def _country_of_national_bodies(self, index: int, anywhere: bool = False) -> str | None:
        """The one country whose parties and state bodies a piece names before a token (or anywhere in it) (Labour,
        the Commons): "the government" of a domestic piece that never names its country."""
        countries = set(self._national_bodies(len(self.doc) if anywhere else index))
        if len(countries) != 1:
            return None
        country = countries.pop()
        self._add(slugify(country), country, "Country", None, self.doc[index].idx)
        return slugify(country)

    def _latest_person_with_role(self, role: str, country: str | None, offset: int,
                                 title: str = "leader", first: bool = False) -> str | None:
        """The person last introduced with that role (or with first=True the first one): "the leader" also finds a
        president or prime minister, but "the chancellor" (a leader in Berlin, a finance minister in London) finds
        no president."""
        accepted = _LEADER_ROLES if title == "leader" else {role}
        people = [person for person, roles in self._person_roles.items() if self._entries[person].first < offset
                  and any(r in accepted and (country is None or of == country) for r, of in roles)]
        titled = [person for person in people if title in self._person_titles.get(person, ())]
        if title != "leader" and not titled and country is None:
            # "host the Taoiseach" after "Taoiseach Micheal Martin" (a title with no country, so no role record)
            # and "Prime Minister Keir Starmer": the one given that very title
            titled = [person for person, titles in self._person_titles.items() if title in titles
                      and person not in self._person_roles and self._entries[person].first < offset]
        if title != "leader" and titled:  # "the chancellor" is the one called chancellor, not a party's leader
            people = titled
        elif title != "leader" and role == "leader":  # (nor, with no one called chancellor, "Tory leader Michael
            # Howard" or a prime minister: only someone the story gave that role but no title)
            people = [person for person in people if not self._person_titles.get(person)]
        # ("the Belarusian leader" after President Lukashenko and "his Belarusian counterpart Turchin": the one
        # the story brought in first, its protagonist, not the prime minister named since)
        pick = min if first or (title == "leader" and country is not None) else max
        return pick(people, key=lambda person: self._entries[person].first) if people else None

    def _affiliated(self, country: str) -> str | None:
        """The one person the article puts under a country by name alone ("Eritrea's Isaias Afwerki"), with no
        role of their own told, or None."""
        people = [key for key, countries in self._affiliations.items()
                  if country in countries and key not in self._person_roles]
        return people[0] if len(people) == 1 else None

    def _latest_entry(self, accept, offset: int) -> str | None:
        fits = [(e.first, key) for key, e in self._entries.items() if accept(e) and e.first < offset]
        return max(fits)[1] if fits else None

    def _latest_mention_of_type(self, type_: str, index: int) -> str | None:
        for i in range(index - 1, -1, -1):
            key = self._token_actor.get(i)
            if key and self._entries[key].type == type_:
                return key
        return None

    def _find_genders(self) -> None:
        """A person's gender where the text gives it: a form of address or title ("Mr", "Ms", "Queen") before a
        mention, or a family role ("his sister"); "he" and "she" then skip people of the other one."""
        doc = self.doc
        for index, key in self._token_actor.items():
            entry = self._entries[key]
            if entry.type != "Person" or entry.gender is not None or index == 0 or index - 1 in self._token_actor:
                continue
            entry.gender = _gender_of(doc[index - 1].lower_)
        for role in self.roles:
            entry = self._entries.get(role.person.id)
            if entry is not None and entry.gender is None:
                entry.gender = _gender_of(role.role)

    def _resolve_gendered_pronouns(self) -> None:
        """(Re)resolve "he" and "she" now that genders are known, in text order so that chains carry on."""
        self._pronoun_ids.clear()
        for token in self.doc:
            if token.lower_ in _MALE | _FEMALE and token.pos_ == "PRON":
                self.mention_ids(token)

    def _genders_from_pronouns(self) -> bool:
        """A gender the text gives no other way, from the pronouns resolved to a person when all agree ("Tshisekedi
        pulled out. He sent Prime Minister Judith Suminwa in his place": "he" twice and never "she", so a later "she"
        is someone else); whether any was found."""
        votes: dict[str, list[int]] = {}
        first: dict[tuple[int, str], bool] = {}  # (sentence, person) -> whether the first pronoun there was female
        for token, ids in ((self.doc[i], ids) for i, ids in sorted(self._pronoun_ids.items())):
            if token.lower_ in _MALE | _FEMALE and token.pos_ == "PRON" and len(ids) == 1 \
                    and self._entries[ids[0]].type == "Person" \
                    and self._entries[ids[0]].gender is None:
                female = token.lower_ in _FEMALE
                # ("he ... his place, and she": in one sentence a later pronoun of the other gender is someone else,
                # whatever the first reading said)
                if first.setdefault((token.sent.start, ids[0]), female) == female:
                    votes.setdefault(ids[0], [0, 0])[female] += 1
        found = False
        for key, (male, female) in votes.items():
            if max(male, female) >= 2 and min(male, female) == 0:
                self._entries[key].gender = "male" if male > female else "female"
                found = True
        return found

    def _resolve_pronoun(self, token: Token) -> list[str]:
        lower = token.lower_
        if lower in _MALE | _FEMALE:
            unlike = "female" if lower in _MALE else "male"
            reporter = _reporting_subject(token)
            if reporter is not None and reporter.pos_ == "NOUN" and reporter.i not in self._token_actor:
                # "Seguro's office said he would travel", "Putin's spokesman said he": the one whose people speak
                owners = [k for c in reporter.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                          for k in self.mention_ids(c) if self._entries[k].type == "Person"
                          and self._entries[k].gender != unlike]
                if len(owners) == 1:
                    return owners
            return self._antecedent(token, lambda key: self._entries[key].type == "Person"
                                    and self._entries[key].gender != unlike)
        if lower in _NEUTER:
            if _dummy_it(token):
                return []
            reporter = _reporting_subject(token)
            if reporter is not None and reporter.pos_ == "NOUN" and reporter.tag_ == "NN" \
                    and reporter.i not in self._token_actor and not self.mention_ids(reporter) \
                    and reporter.lower_ not in _ORG_HEADS | _FIRM_NOUNS | _OFFICIAL_NOUNS | _SPOKES_NOUNS:
                # "the watchdog said it would not oppose": it is the unnamed speaker, no one named before (but "the
                # German exchange said it", "a Yili spokesman said it" may well be)
                return []
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("advcl", "pcomp"):
                # "the Iranian vessel was sitting at the same depth as when it arrived in China": the thing the main
                # clause is about, no actor named before
                clause = token.head.head
                while clause.dep_ in ("prep", "pcomp", "advcl") and clause.pos_ not in ("VERB", "AUX"):
                    clause = clause.head
                main = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
                if main is not None and main.pos_ == "NOUN" and main.tag_ == "NN" and not self.mention_ids(main) \
                        and main.lower_ not in _ORG_HEADS | _FIRM_NOUNS:  # ("the company ... when it": the firm)
                    return []
            return self._antecedent(token, lambda key: self._entries[key].type in ("Country", "Organization")
                                    and not self._news_outlet(key))
        if lower in _PLURAL:
            return self._plural_antecedent(token)
        return []

    def _named_within(self, subject: Token, pronoun: Token) -> set[str]:
        """Actors named inside a subject's phrase but outside its own name and its relative clauses ("Carmona,
        president of the Communist Party", "Sri Lanka Cricket president Shammi Silva"): an object pronoun of the
        same verb is none of them."""
        name = {subject.i}
        t = subject
        while t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN" and t.doc[t.i - 1].head.i in name:
            t = t.doc[t.i - 1]
            name.add(t.i)
        return {k for t in subject.subtree if t.i < pronoun.i and t.pos_ == "PROPN" and t.i not in name and not any(
                    h.dep_ in ("relcl", "acl") for h in t.ancestors if subject.left_edge.i <= h.i <= subject.right_edge.i
                    and h.i != subject.i)
                for k in self.mention_ids(t)}

    def _told_ids(self, token: Token) -> list[str]:
        """The actors a token denotes while pronouns are being resolved: a pronoun only as already resolved."""
        return self.mention_ids(token) if token.pos_ != "PRON" else self._pronoun_ids.get(token.i, [])

    def _antecedent(self, token: Token, accept) -> list[str]:
        """The subject of this sentence before the pronoun, else of the previous ones, else the nearest mention."""
        sentence = token.sent
        governor = token.head if token.dep_ in ("dobj", "dative", "pobj") else None
        if token.dep_ == "nsubj" and token.lower_ in ("him", "her", "them") and token.head.dep_ in ("advcl", "ccomp"):
            governor = token.head.head  # "Abdullah paid for him to fly": the subject of "paid" is someone else
        clause = governor
        if token.dep_ == "pobj" and token.lower_ in ("him", "her", "them"):
            # "Ruto held talks with him": the verb the phrase hangs from, directly or through its object
            clause = token.head.head if token.head.head.dep_ != "dobj" else token.head.head.head
        if governor is not None:
            # an object pronoun never denotes its own clause's subject ("She praised him"): exclude it
            subject = _controller(clause)
            if subject is not None and subject.i != token.i:
                # (nor anyone named inside it: "Carmona, president of the Communist Party, condemned it")
                bound = set(self.mention_ids(subject)) | {
                    k for sub in (subject, *(c for c in subject.head.children if c.dep_ == "nsubj" and c != subject))
                    for k in self._named_within(sub, token)}
                accept_outer = accept
                accept = lambda key: accept_outer(key) and key not in bound  # noqa: E731
        speaker = set(self._speaker(token))
        if speaker:  # '"Never has he been so outspoken," said Mardell': a quoted "he" is not the one quoting
            accept_inner = accept
            accept = lambda key: accept_inner(key) and key not in speaker  # noqa: E731
        if token.dep_ == "poss" and token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
            # "Rover's disclosure of its talks": the owner of the phrase the pronoun sits in
            owner = next((c for c in token.head.head.head.children if c.dep_ == "poss" and c.i < token.i), None)
            ids = [k for k in self.mention_ids(owner) if accept(k)] if owner is not None else []
            if ids:
                return ids
        main = self._fronted_before_subject(token)
        if main is not None:  # "At the end of his trip, Mr Blair said": the subject the fronted phrase leads to
            ids = [k for k in self.mention_ids(main) if accept(k)]
            if ids:
                return ids
            if token.dep_ == "nsubj" and self.gaz.title(main.lower_) is not None:
                return []  # "before he left, the chancellor said": someone the article does not name here
        if token.i >= 2 and token.doc[token.i - 1].text in ("-", "–", "—") \
                and (token.i - 2) in self._token_actor and accept(self._token_actor[token.i - 2]):
            return [self._token_actor[token.i - 2]]  # "here's old Ken - he's been crass": a name set before its pronoun
        if governor is not None and token.lower_ == "it" and self._thing_nearer(token, accept):
            return []  # "sceptical about private finance, ... he opposes it": a thing is nearer than any actor
        if token.dep_ == "nsubj" and token.head.dep_ == "ccomp":
            # "X, ..., has not confirmed that he will receive him": a subject pronoun in a reported clause is
            # first the reporter, the subject of the clause it depends on
            reporter = next((c for c in token.head.head.children if c.dep_ == "nsubj" and c.i < token.i
                             and not any(d.lower_ in ("neither", "no", "each", "every", "any") for d in c.children)),
                            None)  # "neither government has confirmed that it ...": no one in particular
            ids = [k for k in self.mention_ids(reporter) if accept(k)] if reporter is not None else []
            if len(ids) == 1:
                return ids
        if token.dep_ in ("nsubj", "nsubjpass") and (token.head.dep_ == "relcl" or (
                token.head.dep_ == "advcl" and token.head.i > token.head.head.i)) and any(
                c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in token.head.children):
            # "Abdelatty travelled to Port Sudan, where he met Idris": the one who went there, the subject of the
            # clause the place or time is in ("is expected in May, when he ...": the clause it hangs from)
            verb = token.head.head if token.head.dep_ == "advcl" else next(
                (a for a in token.head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if verb is not None else None
            ids = [] if subject is None else [k for k in self._told_ids(subject) if accept(k)]
            if not ids and subject is not None and subject.pos_ == "NOUN":
                # "A visit by Lula to Santiago is expected in May, when he is due to ...": the one the act is by
                ids = [k for p in self._prep_objects_of(subject, "by") for k in self.mention_ids(p) if accept(k)]
            if len(ids) == 1:
                return ids
        if token.dep_ == "poss" and token.lower_ in _NEUTER:
            # "Kenya backs X, while Cairo has pledged its vote": the subject of the pronoun's own clause
            verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i), None) \
                if verb is not None else None
            ids = [k for k in self.mention_ids(subject, as_agent=True) if accept(k)] if subject is not None else []
            if len(ids) == 1:
                return ids
        stranger = next((t for t in sentence if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass")), None)
        if governor is not None and token.lower_ in ("him", "her") and stranger is not None \
                and stranger.pos_ == "NOUN" and stranger.tag_ == "NN" and stranger.i not in self._token_actor \
                and (stranger.lower_ in _OFFICIAL_NOUNS or self.gaz.title(stranger.lower_) is not None) \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in stranger.children) \
                and stranger.head.lemma_.lower() not in _REPORTING_VERBS and stranger.head != governor:
            # "A Sudanese envoy ... was kept waiting, and Haftar refused to meet him": the unnamed one the sentence
            # opens with, who acts for his country if the text says which
            return self.members_of(stranger)
        for t in sentence:
            if t.i >= token.i:
                break
            if t.dep_ in ("nsubj", "nsubjpass") and (governor is None or t.head.i != governor.i):
                ids = [k for k in self.mention_ids(t) if accept(k)] if t.i != token.i and t.lower_ not in _PLURAL else []
                if len(ids) == 1:  # "the pair chatted and he said": "he" is not both of them
                    return ids
        if token.lower_ in _MALE | _FEMALE and any(
                t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i and (keys := self.mention_ids(t)) and all(
                    self._entries[k].gender not in (None, "female" if token.lower_ in _FEMALE else "male")
                    for k in keys) for t in sentence):
            # "He sent Prime Minister Judith Suminwa in his place, and she met ...": the subject is of the other
            # gender, so the person named nearest before in the sentence
            near = [k for t in reversed(list(sentence)) if t.i < token.i for k in [self._token_actor.get(t.i)]
                    if k and accept(k)]
            if near:
                return near[:1]
        if token.dep_ == "poss" and token.head.dep_ == "pobj" and token.head.head.lower_ == "for":
            # "thanked Turkey for its support", "criticised Kenya for its role": the object of the verb
            verb = token.head.head.head
            ids = [k for c in verb.children if c.dep_ == "dobj" and c.i < token.i for k in self.mention_ids(c)
                   if accept(k)]
            if ids:
                return ids[:1]
        if governor is not None:
            # an object pronoun may point at any earlier mention in its sentence: "against Israel, accusing it"
            near = [self._token_actor[t.i] for t in reversed(list(sentence)) if t.i < token.i
                    and t.i in self._token_actor and accept(self._token_actor[t.i])]
            if near:
                return near[:1]
        for previous in self.previous_sentences(sentence, 3):
            # "A met B in Riyadh, and C travelled to Tehran. He was received there": the subject of the last of
            # two joined main clauses goes on, before the first one's
            joined = [t for t in reversed(previous) if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "conj"
                      and t.head.head.dep_ == "ROOT" and t.head.i > t.head.head.i]
            subjects = joined + [t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
            for subject in subjects:
                if subject.pos_ == "PRON" and subject.lower_ in _PLURAL:
                    continue
                ids = [k for k in self._told_ids(subject) if accept(k)]
                if len(ids) > 1 and token.lower_ in _MALE | _FEMALE:
                    continue  # "The pair held talks. ... she met": "she" is not both of them
                if ids:
                    return ids
            # then the subject of any clause, then whoever a pronoun there already meant ("One of his pupils was
            # Putin. He ..." goes on with "his"), then the nearest mention
            ranked = sorted((t for t in previous if not _attributive(t)), key=lambda t: (
                t.dep_ not in ("nsubj", "nsubjpass"), t.pos_ != "PRON", -t.i))
            for t in ranked:
                keys = [self._token_actor[t.i]] if t.i in self._token_actor else self._pronoun_ids.get(t.i, [])
                keys = [k for k in keys if accept(k)]
                if keys:
                    return keys[:1]
        return []

    def _story_firm(self, index: int, exclude: set[str] = frozenset()) -> str | None:
        """"The firm", "the company", "the board": the business named last in its sentence, else the one the story
        names most before it (at least twice, more than any other), none of those in `exclude`. A business is a body
        the text calls one somewhere ("US phone company Qwest", "Verizon's shares"), not a state, party, bloc or
        outlet."""
        counts: dict[str, int] = {}
        businesses: dict[str, bool] = {}  # each body is checked once, not at each of its mentions
        latest: tuple[int, str] | None = None
        sentence_start = self.doc[index].sent.start
        for i, key in sorted(self._token_actor.items()):
            entry = self._entries[key]
            if i >= index or entry.type != "Organization" or self._token_actor.get(i - 1) == key \
                    or not self.doc[i].text[:1].isupper() or key in exclude:
                continue
            if key not in businesses:
                businesses[key] = not self._news_outlet(key) and self._business(key)
            if not businesses[key]:
                continue
            counts[key] = counts.get(key, 0) + 1
            if i >= sentence_start:
                latest = (i, key)
        if latest is not None:
            return latest[1]
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _business(self, key: str) -> bool:
        """Whether the text calls a body a business: a business word beside one of its mentions ("the firm X",
        "X, the telecoms giant", "X's shares") or in its name, or the gazetteer's kind."""
        known = self.gaz.lookup(self._entries[key].label)
        if known is not None:
            return known.kind == "company"
        if {w.lower().strip(".,") for w in self._entries[key].label.split()} & _BUSINESS_WORDS:
            return True
        for i, k in self._token_actor.items():
            if k != key or self._token_actor.get(i + 1) == key:
                continue
            token = self.doc[i]
            near = [token.head, *token.children, *(c for c in token.head.children if c.dep_ in ("appos", "compound"))]
            if any(t.lemma_.lower() in _BUSINESS_WORDS and t.i not in self._token_actor for t in near) \
                    or _held_in(token):  # ("shares in Manchester United")
                return True
        return False

    def _news_outlet(self, key: str) -> bool:
        """A newspaper, broadcaster or agency, cited as a source ("the Financial Times reported"): "it" and "its"
        after a citation go on meaning the story's actor."""
        entry = self._entries[key]
        known = self.gaz.lookup(entry.label)
        return (known is not None and known.kind == "news agency") or bool(
            {w.lower() for w in entry.label.split()} & _NEWS_OUTLET_WORDS)

    def _thing_nearer(self, token: Token, accept) -> bool:
        """Whether a common singular noun stands between an object "it" and the last actor it could be."""
        return self._nearer_thing(token, accept) is not None

    def _nearer_thing(self, token: Token, accept) -> Token | None:
        for t in reversed(token.sent[: token.i - token.sent.start]):
            modifier = _attributive(t) or (t.dep_ == "amod" and t.head.pos_ == "NOUN")
            if not modifier and any(accept(k) for k in self.mention_ids(t)):
                return None  # ("Conservative leader Pierre Poilievre dismissed it": a party naming a leader's side
                # is no antecedent)
            if t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
                return t
        return None

    def thing_before(self, pronoun: Token) -> Token | None:
        """The thing an object "it" stands for when a common noun is nearer than any actor ("Ford backed Carney's
        bill, while Poilievre dismissed it": the bill), or None."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "dative", "pobj"):
            return None
        return self._nearer_thing(pronoun, lambda key: self._entries[key].type in ("Country", "Organization"))

    def _speaker(self, token: Token) -> list[str]:
        """Who is quoted at a token inside quotation marks: the subject of a reporting verb outside the marks in
        its sentence ('"...," Mr Straw said.') or in one of the two before it ('Mr Straw said: "...', '"...," he
        said. "I ...')."""
        sentence = token.sent
        if not self._quoted[token.i]:
            return []
        verbs = self._reporting_outside_quotes(sentence)
        if not verbs:  # a quotation that runs on from the sentences before in the paragraph ('... ," he said. "I')
            for previous in self.previous_sentences(sentence, 2):
                if "\n" in previous.text:
                    break  # another paragraph
                verbs = self._reporting_outside_quotes(previous)
                if verbs:
                    break
        for verb in sorted(verbs, key=lambda v: abs(v.i - token.i)):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.dep_ in ("advcl", "xcomp"):  # "X was quoted in the Herald saying: ..."
                subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lower_ in _FIRST_PERSON:
                continue
            ids = [k for k in self.mention_ids(subject) if self._entries[k].type == "Person"]
            if ids:
                return ids
        return []

    def _reporting_outside_quotes(self, sentence: Span) -> list[Token]:
        return [t for t in sentence if t.pos_ == "VERB" and t.lemma_.lower() in _REPORTING_VERBS
                and not self._quoted[t.i]]

    def _fronted_before_subject(self, token: Token) -> Token | None:
        """The main subject after a fronted phrase holding a possessive ("After his visit, Xi said") or a fronted
        clause whose subject the pronoun is ("Before he left, the chancellor said"), unless the main clause has a
        pronoun of its own for that person ("When he was in Tokyo, Machimura told him ...")."""
        root = token.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i > token.i), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        if token.dep_ == "nsubj" and token.head.dep_ == "advcl" and token.head.head.i == root.i \
                and token.head.i < subject.i and any(c.dep_ == "mark" for c in token.head.children):
            if any(t.pos_ == "PRON" and t.lower_ in _MALE | _FEMALE and t.i != token.i
                   and not token.head.left_edge.i <= t.i <= token.head.right_edge.i for t in token.sent):
                return None
            return subject
        asked = token.head.head if token.dep_ == "nsubj" and token.head.dep_ == "ccomp" else None
        if asked is not None and asked.dep_ == "advcl" and asked.tag_ in ("VBN", "VBG") and asked.head.i == root.i \
                and asked.i == asked.sent.start and asked.right_edge.i < subject.i and not any(
                    t.lower_ in ("him", "her") and t.dep_ in ("dobj", "dative", "pobj")
                    for t in self.doc[asked.right_edge.i + 1:token.sent.end]):  # ("her door": not another person)
            return subject  # "Asked whether he would meet Kim, Lee said his door remained open": Lee was asked
        if token.dep_ != "poss":
            return None
        fronted = [c for c in root.children if c.i < subject.i and c.dep_ in ("prep", "npadvmod")]
        if any(c.left_edge.i <= token.i <= c.right_edge.i for c in fronted):
            return subject
        return None

    def _plural_antecedent(self, token: Token) -> list[str]:
        """ "they": a plural subject earlier in the sentence or in the previous sentence."""
        sentence = token.sent
        # ("Zelensky thanked them": no plural in the pronoun's own sentence, so the sentences before it)
        for candidates in ([t for t in sentence if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass", "dobj")],
                           *([t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
                             for previous in self.previous_sentences(sentence, 2))):
            for candidate in reversed(candidates):
                if candidate.lower_ in _PLURAL:
                    continue
                members = [candidate] + [c for c in candidate.conjuncts]
                ids = [i for member in members for i in self.mention_ids(member)]
                # ("Davies stressed ... whether they will": a surname ending in "s" tagged as a plural is one man)
                named_person = candidate.text[:1].isupper() and candidate.i != candidate.sent.start and bool(ids) \
                    and all(self._entries[i].type == "Person" for i in ids)
                plural = (candidate.tag_ in ("NNS", "NNPS") and not named_person) or len(members) > 1
                if ids and plural:
                    return ids
                group = self.group_actor(candidate) if candidate.tag_ == "NNS" else None
                if group:
                    return [group]
            if candidates and (token.lower_ not in ("them", "their") or candidates[0].sent != sentence):
                return []  # "they" in a sentence that has a subject before it: that one or none
        return []

    def previous_sentences(self, sentence: Span, count: int) -> Iterable[Span]:
        """Up to `count` sentences before `sentence`, nearest first, stopping at a blank one."""
        doc, start = self.doc, sentence.start
        for _ in range(count):
            if start == 0:
                return
            previous = doc[start - 1].sent
            if not previous.text.strip():
                return
            yield previous
            start = previous.start


def _age_word(token: Token) -> bool:
    """Whether a word ends an age written "41-year-old"."""
    doc = token.doc
    return token.lower_ == "old" and token.i >= 4 and doc[token.i - 1].text == "-" \
        and doc[token.i - 2].lower_ in ("year", "years") and doc[token.i - 3].text == "-" and doc[token.i - 4].like_num


def _ends_portfolio(doc: Doc, i: int) -> bool:
    """Whether a word is the last of a portfolio the NER ran into the name: "Industry" in "Minister for Trade and
    Industry Gan Kim Yong"."""
    return i > 0 and doc[i - 1].lower_ in ("and", "&") and any(
        doc[k].lower_ in _TITLE_HEADS and doc[k + 1].lower_ in ("for", "of") for k in range(max(0, i - 8), i - 1))


#: Verbs of a host receiving one guest in a story's lead: the two are "the two leaders" after.
_HOSTING_VERBS = frozenset({"receive", "host", "welcome", "meet", "greet"})
#: Kinds of listed bodies whose members are states, each acting for itself.
_STATES_BODIES = frozenset({"intergovernmental", "un body", "eu institution"})
#: Determiners by which a noun stands for each of a group named before ("both sides", "each leader", "either side").
_DISTRIBUTIVES = ("both", "each", "either")
_GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _group_size(token: Token) -> int:
    """How many "the three leaders", "the four ministers" are (two for "both", "the pair")."""
    return next((_GROUP_SIZES[c.lower_] for c in token.children if c.lower_ in _GROUP_SIZES), 2)


def _title_as_name(token: Token, gaz: Gazetteer) -> bool:
    """ "the Taoiseach", "the Chancellor" parsed as a proper noun: a title all the same (not "President" + "Bush")."""
    return token.pos_ == "PROPN" and token.dep_ != "compound" and gaz.title(token.lower_) is not None \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _dummy_it(token: Token) -> bool:
    """An "it" that stands in for a clause: "it is important to", "make it impossible to", "it is said that"."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = token.head
    words_after = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "oprd") and c.i > token.i)]
    # ("it was in the shareholders' interest to reject the offer")
    words_after += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > token.i
                    for p in c.children if p.dep_ == "pobj"]
    clauses = [c for w in words_after for c in w.children
               if c.i > token.i and c.dep_ in ("xcomp", "ccomp", "advcl", "csubj")
               and any(m.tag_ == "TO" or (m.dep_ == "mark" and m.lower_ in ("that", "if", "whether", "when"))
                       for m in c.children)]
    if not clauses:
        return False
    if token.dep_ == "nsubjpass":
        return True  # "it is said that", "it was agreed that"
    return any(w.lemma_.lower() in _EXTRAPOSITION or w.lower_ in _EXTRAPOSITION for w in words_after)


def _reporting_subject(token: Token) -> Token | None:
    """The subject of the reporting verb whose reported clause a pronoun is the subject of ("the watchdog said
    it would ..."), or None."""
    clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
    if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _REPORTING_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < token.i), None)


def _military_service(token: Token) -> str | None:
    """The armed service a noun names ("army", "armed forces", "air force"), or None."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.lower_ in _MILITARY_NOUNS | _POLICE_NOUNS:
        return token.lower_
    before = [c.lower_ for c in token.children if c.i == token.i - 1 and c.dep_ in ("amod", "compound")]
    phrase = f"{before[0]} {token.lower_}" if before else ""
    return phrase if phrase in _MILITARY_NOUNS | _POLICE_NOUNS else None


def _attributive(token: Token) -> bool:
    """A name that only modifies a common noun ("the Attlee government"): not a pronoun's antecedent."""
    while token.dep_ == "compound" and token.head.pos_ == "PROPN":
        token = token.head
    return token.dep_ in ("compound", "nmod") and token.head.pos_ == "NOUN"


def _initials(label: str) -> str:
    """ "Asia Pacific Economic Co-operation" → "apec": the first letters of the capitalised words."""
    return "".join(word[0] for word in re.split(r"[\s-]+", label) if word[:1].isupper()).lower()


def _controller(verb: Token) -> Token | None:
    """The subject a verb has or inherits through infinitives, adverbial clauses and prepositions ("..., accusing
    it", "looked forward to receiving her")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "advcl", "conj", "pcomp") or verb.head.i == verb.i:
            return subject
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:  # "thanked Russia for congratulating him": Russia congratulates
                return obj
            continue
        verb = verb.head
    return None


def _under_prep(token: Token, top: Token) -> bool:
    """Whether a token hangs from `top` through a prepositional phrase ("aide to the ex-Labour leader")."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "prep":
            return True
        token = token.head
    return False


def _bare_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and _capitalised(token) and not token.ent_type_


def _spelling_variant(text: str, name: str) -> bool:
    """The same name in another spelling: "Organisation"/"Organization", "Co-operation"/"Cooperation", a
    transliteration's doubled letters ("al Shabaab"/"al-Shabab")."""
    def canon(value: str) -> str:
        value = re.sub(r"[\s\-]+", "", value.casefold().replace("&", "and"))
        return re.sub(r"(.)\1+", r"\1", value.replace("z", "s"))
    return text != name and canon(text) == canon(name)


def _quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether an odd number of quotation marks opens before it in its sentence (it is quoted).
    Counted per sentence: a paragraph whose marks do not pair up must not leave the rest of it "quoted"."""
    quoted, inside = [], False
    for token in doc:
        if token.is_sent_start:
            inside = False
        quoted.append(inside)
        if token.text in _QUOTES:
            inside = not inside
    return quoted


def _gender_of(word: str) -> str | None:
    """ "male" for "Mr", "King", "brother"; "female" for "Ms", "Queen", "sister"; else None."""
    return "male" if word in _MALE_WORDS else "female" if word in _FEMALE_WORDS else None


def _capitalised(token: Token) -> bool:
    """Title case, also for a joined name ("Jae-in", "Jong-un", "Eto'o") and a surname with a capitalised prefix
    ("LeBlanc", "McConnell", "MacShane", "DiCaprio") that str.istitle refuses."""
    text = token.text
    joined = next((mark for mark in "-'’" if mark in text), None)
    return token.is_title or (text[:1].isupper() and text[1:2].islower() and joined is not None
                              and text.replace(joined, "").isalpha()) or _PREFIXED_SURNAME.fullmatch(text) is not None



def _under_kept(token: Token, root: Token, keep: set[int]) -> bool:
    """Whether every word between a token and the phrase root is kept (drops words under dropped modifiers)."""
    while token.i != root.i:
        if token.i not in keep:
            return False
        token = token.head
    return True


@functools.cache
def _country_name(name: str) -> bool:
    """Whether a name in the office-holder list is a country's (not a party's or an organisation's)."""
    return getattr(get_gazetteer().lookup(name), "type", "") == "Country"


@functools.cache
def _multiword_organisations() -> dict[str, list[tuple[str, str]]]:
    """Organisation names and aliases of more than one word from the gazetteer, by first word, longest first."""
    gaz = get_gazetteer()
    table: dict[str, list[tuple[str, str]]] = {}
    for entry in gaz.entries():
        if entry.type != "Organization":
            continue
        for form in (entry.name, *gaz.aliases(entry.name)):
            first = re.match(r"\w+", form)
            if " " in form and first and form[:1].isupper() and not form.lower().startswith("the "):
                table.setdefault(first.group(), []).append((form, entry.name))
    for forms in table.values():
        forms.sort(key=lambda pair: -len(pair[0]))
    return table


def _capitals_opening(sentence: Span) -> Span | None:
    """The all-capitals words opening a sentence ("KUALA LUMPUR" of "KUALA LUMPUR, Oct 26"), or None."""
    doc = sentence.doc
    # (hyphen-joined too: "PORT-AU-PRINCE", "PORTO-NOVO")
    words = list(itertools.takewhile(lambda t: (t.is_upper and t.is_alpha and len(t) > 1) or (
        t.text == "-" and not t.whitespace_ and t.i > sentence.start and not doc[t.i - 1].whitespace_
        and t.i + 1 < len(doc) and doc[t.i + 1].is_upper and doc[t.i + 1].is_alpha),
                                     (t for t in sentence if not t.is_space)))
    if not words or len(words) > 7:
        return None
    return doc[words[0].i:words[-1].i + 1]


def _is_dateline(span: Span) -> bool:
    """An all-capitals place opening a paragraph before a comma or dash: where the story was filed, not an actor."""
    doc = span.doc
    first = span.sent.start
    before = doc[first:span.start]
    # "ASTANA, Kazakhstan (Wire) -": the country after the all-capitals city is part of the dateline too
    country_after_city = len(before) == 2 and before[0].is_upper and len(before[0]) > 1 and before[1].text == ","
    if not (span.text.isupper() or country_after_city) or span.start - first > 4:
        return False
    if not all(t.is_upper or t.is_punct or t.is_space for t in before):
        return False  # "the US-led coalition": a capital word inside the sentence
    after = doc[span.end].text if span.end < len(doc) else ""
    if after in ("-", "–") and not doc[span.end - 1].whitespace_:
        return False  # "US-led": a hyphen joins words, a dateline's dash stands apart
    if after == "(":  # "CAIRO (Reuters) —": the agency's name in brackets before the dash
        close = next((t.i for t in doc[span.end:min(len(doc), span.end + 6)] if t.text == ")"), None)
        after = doc[close + 1].text if close is not None and close + 1 < len(doc) else ""
    if after in (",", "/"):  # "SEOUL, April 24 --", not "US, France and Germany backed ...": a dash ends it
        # ("FOZ DO IGUACU, Brazil, Saturday, Dec 20 (Wire) -": a country, weekday and date before the dash)
        return any(t.text in ("--", "—", "–", "-") and t.whitespace_ for t in doc[span.end:min(len(doc), span.end + 12)])
    return after in ("--", "—", "–", "-")


def _is_credit(span: Span) -> bool:
    """The news agency in brackets after a dateline ("CAIRO, May 3 (Reuters) -"): a credit, not an actor (nor the
    last words of one, "(Southern Africa Wire)")."""
    doc = span.doc
    first = span.sent.start
    while first < span.start and doc[first].is_space:
        first += 1
    opening = span.start - 1
    while opening > first and span.start - opening <= 3 and doc[opening].is_title:
        opening -= 1
    if opening - first > 8 or opening < 0 or span.end + 1 >= len(doc):
        return False
    bracketed = doc[opening].text == "(" and doc[span.end].text == ")"
    return bracketed and doc[span.end + 1].text in ("-", "--", "—", "–") and doc[first].is_upper


def _name_words(span: Span) -> list[str]:
    return [w for t in span for w in re.split(r"[-–]", t.text) if w and w.replace("'", "").replace("’", "").isalpha()
            and w[0].isalpha()]  # ("Eto'o", "O'Brien" are names; "'s" is not)


def _join_name(span: Span) -> str:
    """A name as written, without a quoted nickname inside ("Ahmed 'Mido' Hossam" -> "Ahmed Hossam")."""
    return _NICKNAME.sub("", span.text.replace(" - ", "-")).strip()


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _destination(token: Token) -> bool:
    """Whether a proper name is where someone travels to: "flew to Nakhchivan", "is due to travel to Honiara",
    "arrived at Entebbe", "will travel on to Busan"."""
    return token.pos_ == "PROPN" and token.dep_ == "pobj" and (
        (token.head.lower_ == "to" and _journey_verb(token).lemma_.lower() in _MOTION_VERBS)
        or (token.head.lower_ == "at" and token.head.head.lemma_.lower() in ("arrive", "land")))


def _journey_verb(token: Token) -> Token:
    """The word a destination's "to" hangs on, past an adverbial "on" ("travel on to Busan")."""
    head = token.head.head
    return head.head if head.lower_ == "on" and head.dep_ in ("prep", "advmod", "prt") else head


def _travelled_to(token: Token) -> bool:
    """A destination one travels to ("is to travel to Evian", "flew to Nakhchivan"), not where something goes or
    comes ("the award went to Cher")."""
    return _destination(token) and _journey_verb(token).lemma_.lower() not in ("go", "come")


def _named_by_place_noun(token: Token) -> bool:
    """Whether a name is the "of" of a kind of place: "the southern city of Tapachula", "the town of Bakhmut"."""
    kind = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return token.pos_ == "PROPN" and kind is not None and kind.pos_ == "NOUN" and kind.lower_ in _NAMED_PLACE_NOUNS


def _site_place(token: Token) -> bool:
    """Whether a name is where a site stands: "a steel mill in Hamilton", "the refinery at Grangemouth"."""
    site = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "near") else None
    if site is not None and site.pos_ == "VERB":  # "visited hill farms in Ceredigion": the phrase hung on the verb
        site = next((c for c in site.children if c.dep_ == "dobj" and c.i < token.i), None)
    return token.pos_ == "PROPN" and site is not None and site.pos_ == "NOUN" \
        and (site.lemma_.lower() in _FACILITY_NOUNS or _visited(site))


def _visited(token: Token) -> bool:
    """Whether a noun is where a visit goes: "on a visit to a builders' merchant", "toured a farm shop"."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "to" else \
        token.head if token.dep_ == "dobj" else None
    return head is not None and any(entry.relation == "visit" and not entry.particle
                                    for entry in triggers().get((head.lemma_.lower(), head.pos_), ()))


def _kind_words(span: Span) -> list[Token]:
    """The common nouns right before a name that say what kind of thing it is: "UK airport operator BAA", "the
    homelessness charity Focus Ireland" (as a modifier, or as the noun the name is in apposition to)."""
    root = span.root
    kinds = [c for c in root.children if c.dep_ == "compound" and c.i < span.start and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.i == span.start - 1 and root.head.pos_ == "NOUN":
        kinds.append(root.head)
    return kinds


def _held_in(token: Token) -> bool:
    """Whether a name is one that shares are held in ("shares in Manchester United", "a stake in Morrison"): a
    business, whatever the tagger says."""
    return token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_.lower() in _HOLDING_NOUNS


def _area_name(span: Span) -> bool:
    """Whether a name is that of the area named right after it: "his Rae Bareli constituency"."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and span.root.dep_ == "compound" and span.root.head.i == after.i \
        and after.lower_ in _AREA_NOUNS


def _first_conjunct(token: Token) -> Token:
    """The first member of the list a token closes ("Turkmen" in "Uzbek, Kyrgyz and Turkmen"), or the token."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _listed_with_place(token: Token) -> bool:
    """Whether a name is joined to a place after "in", "to", "at" or "from": "in Somerset and Hampshire"."""
    first = token.head if token.dep_ == "conj" else None
    return first is not None and first.ent_type_ in ("GPE", "LOC") and first.dep_ == "pobj" \
        and first.head.lower_ in ("in", "to", "at", "from")


def _title_case(text: str) -> str:
    """ "KUALA LUMPUR" → "Kuala Lumpur"; "PORT-AU-PRINCE" → "Port-au-Prince" (short inner parts of a hyphenated
    name are particles)."""
    def part_case(part: str, inner: bool) -> str:
        if not part.isupper():
            return part
        return part.lower() if inner and len(part) <= 3 else part.capitalize() if len(part) > 2 else part
    return " ".join("-".join(part_case(part, 0 < k < len(word.split("-")) - 1) for k, part in enumerate(word.split("-")))
                    for word in text.split())


def _generic_body(text: str) -> bool:
    return bool(re.match(r"(Ministry|Department|Foreign Ministry|Embassy|Parliament|Government|Cabinet|Army|Navy|"
                         r"Air Force|Central Bank|Supreme Court|Foreign Office|State Council)\b", text))


def find_actors(doc: Doc, article_id: str = "", published: date | None = None) -> ArticleActors:
    """All actors of a parsed article, with roles and coreference resolved (published: the article's date, when
    known, for whose term an office was in)."""
    return ArticleActors(doc, article_id, published)

