"""Tests for loaders/clean.py: furniture removal by general rules, real paragraphs kept verbatim."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.clean import clean_text, normalise_whitespace

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_daf806983e2d4952.txt"
BBC = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "bbc"
DATA = Path(__file__).resolve().parents[1] / "data"


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


@pytest.fixture(scope="module")
def seed_raw() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_clean(seed_raw: str) -> str:
    return clean_text(seed_raw)


def test_seed_starts_with_the_headline_region(seed_clean: str) -> None:
    first = seed_clean.split("\n", 1)[0]
    assert "Icon" not in first and "Chevron" not in first
    assert len(first.split()) > 3  # the two-word section label above the headline is gone
    assert "North Korea" in first and not first.endswith(".")


def test_seed_ends_with_its_last_real_paragraph(seed_clean: str) -> None:
    last = _paragraphs(seed_clean)[-1]
    assert "summit" in last and "Moon" in last and last.endswith(".")


def test_seed_has_no_furniture_left(seed_clean: str) -> None:
    lowered = seed_clean.lower()
    for word in ("{{", "sponsored", "subscription", "subscribe", "free article", "all offers", "icon"):
        assert word not in lowered, word


def test_seed_paragraphs_are_verbatim_and_in_order(seed_raw: str, seed_clean: str) -> None:
    raw = normalise_whitespace(seed_raw)
    position = 0
    for paragraph in _paragraphs(seed_clean):
        found = raw.find(paragraph, position)
        assert found >= 0, paragraph[:60]
        position = found + len(paragraph)
    assert len(_paragraphs(seed_clean)) >= 15


def _bbc_sample() -> list[Path]:
    files = sorted(BBC.rglob("*.txt"))
    return files[:: max(1, len(files) // 200)]


def test_bbc_sample_is_large_enough() -> None:
    assert len(_bbc_sample()) >= 200


@pytest.mark.parametrize("path", _bbc_sample(), ids=lambda p: f"{p.parent.name}/{p.stem[:40]}")
def test_real_articles_lose_no_paragraph(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    expected = [p.strip() for p in normalise_whitespace(raw).split("\n\n") if p.strip()]
    assert _paragraphs(clean_text(raw)) == expected


def test_scraped_fixture_keeps_exactly_the_article() -> None:
    cleaned = clean_text((DATA / "txt" / "scraped_page.txt").read_text(encoding="utf-8"))
    paragraphs = _paragraphs(cleaned)
    assert paragraphs[0] == "Harbour towns agree to share a ferry service"
    assert paragraphs[1].startswith("Two neighbouring councils")
    assert paragraphs[2].startswith("PORTVALE --")
    assert paragraphs[-1].startswith("Officials from Lindhaven") and paragraphs[-1].endswith("repaired.")
    assert len(paragraphs) == 5


@pytest.mark.parametrize(
    "line",
    [
        "ArrowArtboardCreated with Sketch.Title ChevronTitle ChevronEye IconIcon FacebookIcon",
        "HomeIcon MenuBurger SearchSite CloseIcon",
        "Facebook Twitter LinkedIn Email WhatsApp",
        "Share on Facebook",
        "Share this article",
        "Print",
        "Advertisement",
        "Sponsored Content",
        "Read more: Council votes to close the old pool",
        "Related articles",
        "You have {{count}} free articles left",
        "Hello ${user.firstName}, welcome back",
        "We use cookies to give you the best experience on our site.",
        "Accept all cookies",
        "• Unlimited access to all our journalism",
        "Follow us on Twitter",
        "© 2021 Example Media Ltd",
        "Show comments (12)",
        "Advertisement - Continue reading below",
        "Story continues below advertisement",
        "NewsSportWeatherCulture",
    ],
)
def test_furniture_lines_are_removed(line: str) -> None:
    body = (
        "The council approved the budget for the coming year after a long debate that ran late into the night,"
        " a spokesman said."
    )
    assert clean_text(f"{body}\n\n{line}\n\n{body}") == f"{body}\n\n{body}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in Facebook rose sharply after the company reported a jump in advertising revenue.",
        "Readers who subscribe to the print edition will pay more from June, the publisher said.",
        "The minister said she would share the report with Parliament before the summer.",
        "Search teams found the missing climbers on Sunday after two nights on the mountain.",
        "Print sales of the magazine fell by a third last year.",
        "Many children continue reading comics well into their teens, the survey found.",
        "Publishers have turned to sponsored content as advertising income has fallen.",
        "Viewers will get unlimited access to the archive from next week, the broadcaster said.",
    ],
)
def test_real_sentences_with_furniture_words_are_kept(sentence: str) -> None:
    text = f"Council backs new plan\n\n{sentence}\nThe vote was close."
    assert clean_text(text) == text


def test_prose_about_paywalls_at_the_end_is_kept() -> None:
    body = "Rail workers will strike for two days next week after talks over pay broke down, their union said."
    last = "The paper said its free articles left readers wanting more, so it dropped the limit."
    assert clean_text(f"Rail strike called\n\n{body}\n\n{last}") == f"Rail strike called\n\n{body}\n\n{last}"


def test_paywall_tail_after_last_paragraph_is_cut() -> None:
    body = "Rail workers will strike for two days next week after talks over pay broke down, their union said."
    tail = "Get unlimited access\n\nStay informed with our award-winning team.\n\nTry 3 months for $1\n\nSee all offers"
    assert clean_text(f"Rail strike called\n\n{body}\n\n{tail}") == f"Rail strike called\n\n{body}"


def test_a_marker_followed_by_article_text_does_not_cut_the_article() -> None:
    first = "The river burst its banks on Sunday and flooded the low streets of the old town, officials said."
    second = (
        "Residents were moved to the school hall overnight, and most of them had returned to their homes"
        " by the next afternoon."
    )
    text = f"Floods hit old town\n\n{first}\n\nSponsored Content\n\n{second}"
    assert clean_text(text) == f"Floods hit old town\n\n{first}\n\n{second}"


def test_short_section_label_is_dropped_only_above_a_headline() -> None:
    body = "The city opened three new parks on Saturday, bringing its total to forty, the mayor said."
    assert clean_text(f"Local news\n\nCity opens three new parks\n\n{body}") == f"City opens three new parks\n\n{body}"
    # A short headline followed straight by the body is the headline, not a label.
    assert clean_text(f"Parks open\n\n{body}") == f"Parks open\n\n{body}"


def test_whitespace_is_normalised_and_paragraph_breaks_kept() -> None:
    raw = "\ufeffBig  headline\r\n\r\n\r\n\tFirst\u00a0paragraph  here. \r\n\n\n\nSecond one.\u200b\n"
    assert clean_text(raw) == "Big headline\n\nFirst paragraph here.\n\nSecond one."


def test_one_paragraph_per_line_gets_blank_lines() -> None:
    raw = "Ferry plan approved\nThe council approved the ferry plan.\nIt will start in spring."
    assert clean_text(raw) == "Ferry plan approved\n\nThe council approved the ferry plan.\n\nIt will start in spring."


def test_hard_wrapped_paragraph_stays_one_paragraph() -> None:
    raw = "The council approved the ferry plan on\nTuesday after a long debate, and the first\nboats will sail in spring."
    assert clean_text(raw) == raw


def test_cleaning_is_idempotent(seed_clean: str) -> None:
    assert clean_text(seed_clean) == seed_clean
    scraped = clean_text((DATA / "txt" / "scraped_page.txt").read_text(encoding="utf-8"))
    assert clean_text(scraped) == scraped


def test_only_furniture_cleans_to_empty() -> None:
    assert clean_text((DATA / "txt" / "only_furniture.txt").read_text(encoding="utf-8")) == ""
