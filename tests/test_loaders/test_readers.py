"""Tests for loaders/readers.py: every input shape becomes cleaned Articles; bad input is an InputError."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from loaders.errors import InputError
from loaders.readers import read_articles
from loaders.records import content_hash

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "seeds" / "000_daf806983e2d4952.txt"
VOA = SHARED / "corpus" / "voa" / "voa_stories.jsonl"
DATA = Path(__file__).resolve().parents[1] / "data"
TXT = DATA / "txt"
HTML = DATA / "html"

BODY = (
    "The regional assembly passed the water bill on Thursday after a night of debate, and the governor is"
    " expected to sign it within a week."
)


def test_scraped_text_file_is_cleaned_and_titled() -> None:
    [article] = read_articles([TXT / "scraped_page.txt"])
    assert article.source == str(TXT / "scraped_page.txt")
    assert article.title == "Harbour towns agree to share a ferry service"
    assert article.text.startswith(article.title + "\n\n")
    assert "{{" not in article.text and "Subscribe" not in article.text and "Icon" not in article.text
    assert article.date is None
    assert article.id == content_hash(article.text)


def test_seed_reads_with_headline_title_and_given_date() -> None:
    [article] = read_articles([str(SEED)], date=dt.date(2018, 4, 23))
    assert article.date == dt.date(2018, 4, 23)
    assert article.text.startswith(article.title) and "North Korea" in article.title
    assert article.text.rstrip().endswith(".") and "Moon" in article.text.split("\n\n")[-1]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("dateline_article.txt", dt.date(2019, 3, 5)), ("date_line_article.txt", dt.date(2021, 10, 14))],
)
def test_date_found_in_the_text(name: str, expected: dt.date) -> None:
    [article] = read_articles([TXT / name])
    assert article.date == expected


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Rivals of the new phone...", "Rivals of the new phone..."),
        ("Is the bridge safe?", "Is the bridge safe?"),
        ("The bridge is safe, engineers said.", ""),
        ("Figures for the year:", ""),
    ],
)
def test_title_is_the_first_line_only_when_it_looks_like_a_headline(
    tmp_path: Path, first_line: str, title: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"{first_line}\n\n{BODY}\n", encoding="utf-8")
    [article] = read_articles([path])
    assert article.title == title


def test_date_argument_overrides_the_text() -> None:
    [article] = read_articles([TXT / "dateline_article.txt"], date=dt.date(2020, 1, 1))
    assert article.date == dt.date(2020, 1, 1)


def test_text_without_a_headline_has_no_title() -> None:
    [article] = read_articles([TXT / "no_headline.txt"])
    assert article.title == ""
    assert article.text.startswith("The committee met")


def test_html_page_body_title_and_date_from_metadata() -> None:
    [article] = read_articles([HTML / "bridge_story.html"])
    assert article.title == "Old stone bridge reopens to traffic"
    assert article.date == dt.date(2020, 6, 12)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == article.title
    assert len(paragraphs) == 5
    assert paragraphs[-1].startswith("The county plans") and paragraphs[-1].endswith("repairs.")
    for furniture in ("Share on", "Home", "Copyright", "All rights reserved"):
        assert furniture not in article.text


def test_folders_are_read_in_sorted_order_with_errors_collected() -> None:
    errors: list[InputError] = []
    articles = list(read_articles([HTML, TXT], errors=errors))
    sources = [a.source for a in articles]
    assert sources[0] == str(HTML / "bridge_story.html")
    assert sources[1:] == sorted(str(p) for p in TXT.glob("*.txt") if p.stem not in ("not_utf8", "only_furniture"))
    assert sorted(str(e).split(": ")[0] for e in errors) == [str(TXT / "not_utf8.txt"), str(TXT / "only_furniture.txt")]


def test_folder_recursion_skips_hidden_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    for rel in ("b/deep/one.txt", "a.txt", ".cache/hidden.txt", "b/notes.md"):
        (tmp_path / rel).write_text(f"Water bill passes\n\n{BODY}\n", encoding="utf-8")
    sources = [a.source for a in read_articles([tmp_path])]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "deep" / "one.txt")]


@pytest.mark.parametrize(
    ("name", "cause"),
    [
        ("missing.txt", "no such file"),
        ("not_utf8.txt", "not UTF-8"),
        ("only_furniture.txt", "no article text"),
    ],
)
def test_bad_file_raises_input_error_naming_it(name: str, cause: str) -> None:
    with pytest.raises(InputError) as caught:
        list(read_articles([TXT / name]))
    assert str(caught.value).startswith(f"{TXT / name}: ") and cause in str(caught.value)


def test_unknown_suffix_given_explicitly_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text(BODY, encoding="utf-8")
    with pytest.raises(InputError, match="unknown file type '.docx'"):
        list(read_articles([path]))


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no article files"):
        list(read_articles([tmp_path]))


def test_batch_mode_keeps_going_after_a_bad_file(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(f"Water bill passes\n\n{BODY}\n", encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_articles([tmp_path / "gone.txt", good], errors=errors))
    assert [a.title for a in articles] == ["Water bill passes"]
    assert len(errors) == 1 and "gone.txt" in str(errors[0])


def test_windows_1252_text_is_read_with_the_fallback(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(f"Caf\xe9 owners protest\n\n{BODY}".encode("cp1252"))
    [article] = read_articles([path])
    assert article.title == "Caf\u00e9 owners protest"


def test_jsonl_dump_rows_become_articles_with_ids_and_dates(tmp_path: Path) -> None:
    rows = [
        {"id": "a1", "title": "Water bill passes", "published": "2022-05-06 10:00:00Z", "text": BODY},
        {"title": "Second story", "date": "7 May 2022", "text": "Another assembly vote was delayed until the autumn."},
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = read_articles([path])
    assert first.source == f"{path}#a1" and second.source == f"{path}#2"
    assert first.date == dt.date(2022, 5, 6) and second.date == dt.date(2022, 5, 7)
    assert first.title == "Water bill passes" and first.text == f"Water bill passes\n\n{BODY}"


def test_jsonl_bad_line_is_reported_and_the_rest_still_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    good = json.dumps({"id": "ok", "text": BODY})
    path.write_text(f'{{"text": "broken\n{good}\n{json.dumps({"id": "x", "title": "t"})}\n', encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_articles([path], errors=errors))
    assert [a.source for a in articles] == [f"{path}#ok"]
    assert len(errors) == 2
    assert str(errors[0]).startswith(f"{path}: line 1: bad JSON")
    assert str(errors[1]) == f"{path}#x: no 'text' field"
    with pytest.raises(InputError, match="line 1: bad JSON"):
        list(read_articles([path]))


def test_csv_dump_rows_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text(
        'text,title,date,id,url\n"' + BODY + '",Water bill passes,2022-05-06,,http://example.org/a\n'
        '"A second, shorter story about the vote.",Vote delayed,,b7,\n',
        encoding="utf-8",
    )
    first, second = read_articles([path])
    assert first.source == f"{path}#1" and second.source == f"{path}#b7"
    assert first.date == dt.date(2022, 5, 6) and second.date is None
    assert second.text == "Vote delayed\n\nA second, shorter story about the vote."


def test_csv_without_text_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text("body,title\nsomething,else\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        list(read_articles([path]))


def test_voa_dump_reads_every_story_with_its_published_date() -> None:
    lines = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = list(read_articles([VOA]))
    assert len(articles) == len(lines)
    for row, article in zip(lines, articles):
        assert article.source == f"{VOA}#{row['id']}"
        assert article.date == dt.date.fromisoformat(row["published"][:10])
        assert article.title == row["title"].strip()
        assert article.text.startswith(article.title + "\n\n")


def test_reading_is_deterministic() -> None:
    first = list(read_articles([HTML, TXT, SEED], errors=[]))
    second = list(read_articles([HTML, TXT, SEED], errors=[]))
    assert first == second and len(first) >= 6


def test_html_without_an_article_body_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        list(read_articles([path]))
