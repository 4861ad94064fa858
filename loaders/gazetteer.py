"""General gazetteers from loaders/data: countries (names, demonyms, capitals), organisations,
seats of government, titles and family words, loaded once and looked up case- and punctuation-tolerantly."""
from __future__ import annotations

import csv
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loaders.errors import InputError

__all__ = [
    "FamilyEntry",
    "Gazetteer",
    "GazetteerEntry",
    "TitleEntry",
    "fold",
    "get_gazetteer",
]

log = logging.getLogger(__name__)

_DATA = Path(__file__).resolve().parent / "data"

_COUNTRY_COLUMNS = ("name", "iso3", "aliases", "demonyms", "capital", "capital_aliases", "qid", "ambiguous")
_ORG_COLUMNS = ("name", "aliases", "kind", "country", "qid")
_METONYM_COLUMNS = ("name", "country", "kind")
_SEAT_COLUMNS = ("city", "bodies", "unnamed")
_CITY_COLUMNS = ("city", "country")
_REGION_COLUMNS = ("region", "members")
_TITLE_COLUMNS = ("title", "role", "kind", "political", "office")
_FAMILY_COLUMNS = ("word", "relation", "group")
_OFFICE_COLUMNS = ("title", "country", "holder", "from", "to")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_DASHES = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014\u2212]+")
_EDGE_PUNCT = " \t\n\"'()[]{}:;!?*"


@dataclass(frozen=True)
class GazetteerEntry:
    """A country or organisation under its canonical name."""

    name: str
    type: str  # "Country" | "Organization"
    qid: str  # Wikidata QID or ""
    country: str  # the country itself, or the country a national body belongs to ("" for international ones)
    kind: str = ""  # "country" or the organisation kind (intergovernmental, political party, ...)
    iso3: str = ""
    ambiguous: bool = False  # the bare name is also a common word or person: want NER support


@dataclass(frozen=True)
class TitleEntry:
    """A title or role noun and the role record it implies."""

    title: str
    role: str  # leader | president | prime minister | minister | ambassador | envoy | head | ...
    kind: str  # head_of_state | head_of_government | minister | diplomat | ... | business | sport
    political: bool


@dataclass(frozen=True)
class OfficeTerm:
    """One holder's term in a public office (officeholders.tsv)."""

    title: str
    country: str
    holder: str
    start: int
    end: int | None  # None: still in office when the list was made

    def held_in(self, year: int | None) -> bool:
        """Whether the term covers a year (any term, when the year is unknown)."""
        return year is None or self.start <= year <= (self.end or year)

    def overlaps(self, other: OfficeTerm) -> bool:
        """Whether two terms share more than a year of handover."""
        return min(self.end or 9999, other.end or 9999) > max(self.start, other.start)


@dataclass(frozen=True)
class FamilyEntry:
    """A family word and the tie it states."""

    word: str
    relation: str  # normalised: sister, brother, wife, ...
    group: str  # sibling | spouse | parent | child | relative


def fold(text: str) -> str:
    """Text with accents, dots, dashes, a leading "the" and a trailing possessive removed (case kept)."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DASHES.sub(" ", text.replace(".", "").replace(",", " "))
    text = " ".join(text.split()).strip(_EDGE_PUNCT)
    if text[:4].lower() == "the ":
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("s'"):
        text = text[:-1]
    return text.strip(_EDGE_PUNCT)


def _is_acronym(folded: str) -> bool:
    letters = [ch for ch in folded if ch.isalpha()]
    return " " not in folded and 2 <= len(letters) and len(folded) <= 6 and all(ch.isupper() for ch in letters)


class _Index:
    """Surface form -> value, with acronyms matched only in capitals and clashing forms left unresolved."""

    def __init__(self) -> None:
        self._forms: dict[str, dict[str, list]] = {"acronym": {}, "name": {}}

    def add(self, form: str, value: object, canonical: bool = False) -> None:
        folded = fold(form)
        if not folded:
            return
        table, key = ("acronym", folded) if _is_acronym(folded) else ("name", folded.lower())
        proper = any(ch.isupper() for ch in folded)
        self._forms[table].setdefault(key, []).append((value, canonical, proper))

    def finish(self) -> dict[str, list[object]]:
        """Resolve clashes (a canonical name beats aliases); return the forms left ambiguous."""
        clashes: dict[str, list[object]] = {}
        for table in self._forms.values():
            for key, hits in list(table.items()):
                values = list(dict.fromkeys(v for v, _, _ in hits))
                if len(values) > 1:
                    canon = list(dict.fromkeys(v for v, c, _ in hits if c))
                    if len(canon) == 1:
                        hits = [h for h in hits if h[0] == canon[0]]
                    else:
                        clashes[key] = values
                        hits = []
                table[key] = hits
        return clashes

    def get(self, text: str) -> object | None:
        folded = fold(text)
        if not folded:
            return None
        letters = [ch for ch in folded if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters):
            hits = self._forms["acronym"].get(folded)
            if hits:
                return hits[0][0]
        hits = self._forms["name"].get(folded.lower())
        if not hits:
            return None
        if " " not in folded and not any(ch.isupper() for ch in folded):
            # a lower-case single word ("turkey", "labour", "chinese") is not the proper noun
            hits = [h for h in hits if not h[2]]
        return hits[0][0] if hits else None


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _read(filename: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    path = f"loaders/data/{filename}"
    # Unlike datafiles.read_table, the gazetteers are checked column by column: they are the largest hand-kept
    # tables, and a short row should fail loudly with its line number.
    try:
        text = (_DATA / filename).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(row[c] is None for c in columns):
            raise InputError(f"{path}: data line {number} does not have the header's {len(reader.fieldnames)} columns")
        if not row[columns[0]].strip():
            raise InputError(f"{path}: data line {number} has an empty {columns[0]}")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


class Gazetteer:
    """Lookups over the gazetteer files; build it with get_gazetteer()."""

    def __init__(self) -> None:
        self._entries: dict[str, GazetteerEntry] = {}
        self._aliases: dict[str, list[str]] = {}
        names, demonyms, capitals, metonyms = _Index(), _Index(), _Index(), _Index()
        self._ambiguous_capitals: set[str] = set()

        self._capital_of: dict[str, str] = {}
        self._adjective_of: dict[str, str] = {}
        for row in _read("countries.tsv", _COUNTRY_COLUMNS):
            entry = GazetteerEntry(
                name=row["name"], type="Country", qid=row["qid"], country=row["name"], kind="country",
                iso3=row["iso3"], ambiguous=row["ambiguous"] == "yes",
            )
            self._add(entry, _split(row["aliases"]), names)
            for form in _split(row["demonyms"]):
                demonyms.add(form, entry.name)
                self._adjective_of.setdefault(entry.name, form)
            if row["capital"]:
                self._capital_of[entry.name] = row["capital"]
            for form in [row["capital"], *_split(row["capital_aliases"])]:
                if form:
                    capitals.add(form, entry.name, canonical=form == row["capital"])
                    if row.get("capital_ambiguous") == "yes":
                        self._ambiguous_capitals.add(fold(form).lower())
        countries = set(self._entries)

        for row in _read("organisations.tsv", _ORG_COLUMNS):
            if row["country"] and row["country"] not in countries:
                raise InputError(f"loaders/data/organisations.tsv: {row['name']}: unknown country {row['country']!r}")
            entry = GazetteerEntry(
                name=row["name"], type="Organization", qid=row["qid"], country=row["country"], kind=row["kind"],
            )
            self._add(entry, _split(row["aliases"]), names)

        for row in _read("metonyms.tsv", _METONYM_COLUMNS):
            if row["country"] not in countries:
                raise InputError(f"loaders/data/metonyms.tsv: {row['name']}: unknown country {row['country']!r}")
            metonyms.add(row["name"], row["country"], canonical=True)

        self._seats: dict[str, tuple[str, ...]] = {}
        self._unnamed_seats: dict[str, str] = {}
        for row in _read("seats.tsv", _SEAT_COLUMNS):
            bodies = tuple(_split(row["bodies"]))
            unknown = [body for body in bodies if body not in self._entries]
            if unknown:
                raise InputError(f"loaders/data/seats.tsv: {row['city']}: unknown body {unknown[0]!r}")
            self._seats[fold(row["city"]).lower()] = bodies
            if row["unnamed"] not in ("-", *bodies):
                raise InputError(f"loaders/data/seats.tsv: {row['city']}: unnamed body {row['unnamed']!r} "
                                 "not among its bodies")
            if row["unnamed"] != "-":
                self._unnamed_seats[fold(row["city"]).lower()] = row["unnamed"]

        self._cities: dict[str, str] = {}
        for row in _read("cities.tsv", _CITY_COLUMNS):
            if row["country"] not in countries:
                raise InputError(f"loaders/data/cities.tsv: {row['city']}: unknown country {row['country']!r}")
            self._cities[fold(row["city"]).lower()] = row["country"]

        self._regions: dict[str, tuple[str, ...]] = {}
        for row in _read("regions.tsv", _REGION_COLUMNS):
            members = tuple(_split(row["members"]))
            unknown = [member for member in members if member not in countries]
            if unknown:
                raise InputError(f"loaders/data/regions.tsv: {row['region']}: unknown country {unknown[0]!r}")
            self._regions[fold(row["region"]).lower()] = members

        title_rows = _read("titles.tsv", _TITLE_COLUMNS)
        self._titles: dict[str, TitleEntry] = {}
        for row in title_rows:  # spelling variants ("secretary-general") share the first row's entry
            entry = TitleEntry(row["title"], row["role"], row["kind"], row["political"] == "yes")
            self._titles.setdefault(fold(row["title"]).lower(), entry)
        self._title_forms = sorted({row["title"] for row in title_rows}, key=lambda t: (-len(t), t))
        # "the premier" holds the office officeholders.tsv lists as "prime minister"
        self._office_of = {fold(row["title"]).lower(): row["office"] for row in title_rows if row["office"]}
        unknown = [office for office in self._office_of.values() if fold(office).lower() not in self._titles]
        if unknown:
            raise InputError(f"loaders/data/titles.tsv: office {unknown[0]!r} is no title of the file")
        self._family: dict[str, FamilyEntry] = {}
        for row in _read("family.tsv", _FAMILY_COLUMNS):
            self._family.setdefault(fold(row["word"]).lower(), FamilyEntry(row["word"], row["relation"], row["group"]))

        self._offices: dict[str, list[OfficeTerm]] = {}
        self._offices_held: dict[str, list[OfficeTerm]] = {}
        for row in _read("officeholders.tsv", _OFFICE_COLUMNS):
            if fold(row["title"]).lower() not in self._titles or row["country"] not in self._entries:
                raise InputError(f"loaders/data/officeholders.tsv: {row['holder']}: unknown title or country "
                                 f"{row['title']!r}, {row['country']!r}")
            term = OfficeTerm(row["title"], row["country"], row["holder"], int(row["from"]),
                              int(row["to"]) if row["to"] else None)
            self._offices.setdefault(row["title"], []).append(term)
            self._offices_held.setdefault(row["holder"], []).append(term)

        self._clashes = {
            "names": names.finish(), "demonyms": demonyms.finish(),
            "capitals": capitals.finish(), "metonyms": metonyms.finish(),
        }
        for table, clashes in self._clashes.items():
            for form, values in sorted(clashes.items()):
                log.debug("gazetteer %s: %r is ambiguous between %s: left unresolved", table, form, values)
        self._names, self._demonyms, self._capitals, self._metonyms = names, demonyms, capitals, metonyms

    def _add(self, entry: GazetteerEntry, aliases: list[str], index: _Index) -> None:
        if entry.name in self._entries:
            raise InputError(f"loaders/data: {entry.name!r} is listed twice")
        self._entries[entry.name] = entry
        self._aliases[entry.name] = aliases
        index.add(entry.name, entry.name, canonical=True)
        for alias in aliases:
            index.add(alias, entry.name)

    def lookup(self, text: str) -> GazetteerEntry | None:
        """The country or organisation a name, alias or abbreviation denotes ("the U.S." -> United States)."""
        name = self._names.get(text)
        return self._entries[name] if name else None

    def knows(self, text: str) -> bool:
        """Whether a name is a country, organisation, capital (even one that is also a word), seat of government or
        people the gazetteer lists: then it is no unknown body or person."""
        return bool(self.lookup(text) or self.capital(text, allow_ambiguous=True) or self.metonym(text)
                    or self.demonym(text))

    def demonym(self, text: str) -> str | None:
        """The country a demonym or group noun denotes ("Chinese", "Russians", "the North Korean")."""
        return self._demonyms.get(text)

    def adjective_of(self, country: str) -> str:
        """A country's first demonym, its adjective ("Sudan" -> "Sudanese"), or its name when it has none."""
        return self._adjective_of.get(country, country)

    def capital(self, text: str, allow_ambiguous: bool = False) -> str | None:
        """The country whose capital this is ("Pyongyang" -> North Korea); capitals that are also common
        names or other cities (Hamilton, Victoria) only with allow_ambiguous."""
        if not allow_ambiguous and fold(text).lower() in self._ambiguous_capitals and fold(text) == text:
            return None  # "Male" may be a word; "Malé" is the city
        return self._capitals.get(text)

    def capital_of(self, country: str) -> str | None:
        """The capital city of a country, by its canonical name ("Vanuatu" -> "Port Vila")."""
        return self._capital_of.get(country)

    def city_country(self, city: str) -> str | None:
        """The country of a large city that is no capital ("Istanbul" -> Turkey), from cities.tsv: for datelines,
        where the city is known to be a place (many such names are also words: "Reading", "Split")."""
        return self._cities.get(fold(city).lower())

    def region(self, text: str) -> tuple[str, ...]:
        """The countries of a region named before "states" or "neighbours" ("Baltic" -> Estonia, Latvia, Lithuania)."""
        return self._regions.get(fold(text).lower(), ())

    def metonym(self, text: str) -> str | None:
        """The country whose government a seat of power stands for ("the Kremlin" -> Russia)."""
        return self._metonyms.get(text)

    def seated_bodies(self, city: str) -> tuple[str, ...]:
        """The bodies a capital also stands for when a piece names them ("Brussels" -> the EU institutions)."""
        return self._seats.get(fold(city).lower(), ())

    def unnamed_seat(self, city: str) -> str | None:
        """The body a capital stands for in a piece that names neither its bodies nor its country ("Brussels" -> the
        European Union)."""
        return self._unnamed_seats.get(fold(city).lower())

    def title(self, text: str) -> TitleEntry | None:
        """The title or role noun, in any case ("Prime Minister", "secretary-general")."""
        return self._titles.get(fold(text).lower())

    def titles(self) -> list[str]:
        """Every title as written in titles.tsv, longest first (for matching multiword titles first)."""
        return list(self._title_forms)

    def office_terms(self, title: str, year: int | None = None) -> list[OfficeTerm]:
        """Who held an office and when, by its title ("the premier" is a prime minister), in a year if given."""
        title = fold(title).lower()
        return [t for t in self._offices.get(self._office_of.get(title, title), ()) if t.held_in(year)]

    def offices_held(self, holder: str) -> list[OfficeTerm]:
        """Every term the office-holder list gives a person, by full name."""
        return list(self._offices_held.get(holder, ()))

    def family(self, text: str) -> FamilyEntry | None:
        """The family word, in any case ("sister", "Half-Brother")."""
        return self._family.get(fold(text).lower())

    def qid(self, label: str) -> str | None:
        """The Wikidata QID of a country or organisation name or alias, when the data has one."""
        entry = self.lookup(label)
        return entry.qid if entry and entry.qid else None

    def aliases(self, name: str) -> tuple[str, ...]:
        """The aliases listed for a canonical country or organisation name (empty when unknown)."""
        return tuple(self._aliases.get(name, ()))

    def entries(self) -> list[GazetteerEntry]:
        """All countries and organisations, in file order."""
        return list(self._entries.values())

    def ambiguous_forms(self) -> dict[str, dict[str, list[str]]]:
        """Per table (names, demonyms, capitals, metonyms), the folded forms left unresolved and their candidates."""
        return {table: {k: [str(v) for v in vs] for k, vs in clashes.items()} for table, clashes in self._clashes.items()}


@cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer, read from loaders/data once per process."""
    return Gazetteer()
