"""HTML pages: main text through trafilatura, every visible line kept, and what the page declares about itself."""

from __future__ import annotations

from pathlib import Path

from consensus.ingest.html import html_to_document_parts, parse, visible_lines
from consensus.ingest.reader import read_document
from consensus.ingest.schema import KEYS, schema_review

PAGES = Path(__file__).parent / "fixtures" / "ingest" / "pages"


def test_json_ld_review_fills_the_schema_review_dict_with_fixed_keys() -> None:
    document = read_document(PAGES / "jsonld_review.html")
    review = document.metadata["schema_review"]
    assert tuple(review) == KEYS
    assert review["rating_value"] == 4 and review["best_rating"] == 5 and review["worst_rating"] == 1
    assert review["author"] == "Ingrid Okafor" and review["publisher"] == "Northlight Cinema"
    assert review["item_name"] == "The Salt Orchard" and review["item_year"] == 2022
    assert "JSON-LD" in review["evidence"] and "ratingValue 4" in review["evidence"]


def test_page_title_site_name_and_meta_author_are_metadata() -> None:
    metadata = read_document(PAGES / "jsonld_review.html").metadata
    assert metadata["title"].startswith("The Salt Orchard review")
    assert metadata["site_name"] == "Northlight Cinema"
    assert metadata["author"] == "Ingrid Okafor"


def test_a_news_article_in_json_ld_gives_the_publication_and_writer_the_meta_tags_leave_out() -> None:
    page = (
        '<html><head><title>Copper Tide: the verdict</title><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Copper Tide: the verdict",'
        ' "author": {"@type": "Person", "name": "Rafael Dominguez"},'
        ' "publisher": {"@type": "Organization", "name": "The Evening Lantern"}}</script></head>'
        "<body><h1>Copper Tide: the verdict</h1><p>A tidy thriller.</p></body></html>"
    )
    _, _, metadata = html_to_document_parts(page)
    assert (metadata["site_name"], metadata["author"]) == ("The Evening Lantern", "Rafael Dominguez")
    assert "schema_review" not in metadata


def test_microdata_review_is_read_like_json_ld() -> None:
    review = read_document(PAGES / "microdata_review.html").metadata["schema_review"]
    assert review["rating_value"] == 7 and review["best_rating"] == 10 and review["worst_rating"] is None
    assert review["author"] == "Tomás Herrera"
    assert review["item_name"] == "Lantern Season" and review["item_year"] == 2021
    assert "microdata" in review["evidence"]


def test_a_movie_with_a_nested_review_and_a_graph_are_found() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"},
     {"@type": "Movie", "name": "Glass Harbour (2021)",
      "review": {"@type": "Review", "author": "Priya Raman", "reviewRating": {"ratingValue": "B+"}},}]}
    </script></head><body><p>text</p></body></html>"""
    review = schema_review(parse(page))
    assert review is not None
    assert review["item_name"] == "Glass Harbour" and review["item_year"] == 2021
    assert review["rating_value"] == "B+" and review["author"] == "Priya Raman"


def test_a_page_without_markup_has_no_schema_review_and_broken_json_is_ignored() -> None:
    page = '<html><head><script type="application/ld+json">{not json</script></head><body><p>x</p></body></html>'
    assert schema_review(parse(page)) is None
    assert "schema_review" not in html_to_document_parts("<html><body><p>A plain page.</p></body></html>")[2]


def test_visible_lines_split_blocks_hide_scripts_and_join_table_cells() -> None:
    tree = parse(
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<div>Rating: <b>4/5</b></div><script>var x = 1;</script>"
        "<table><tr><th>Director</th><td>Akosua Mensah</td></tr></table>"
        "<p>By&nbsp;Ingrid Okafor<br>March 2022</p></body></html>"
    )
    assert visible_lines(tree) == ["Rating: 4/5", "Director | Akosua Mensah", "By Ingrid Okafor", "March 2022"]


def test_main_text_drops_navigation_and_comments_but_lines_keep_the_byline() -> None:
    document = read_document(PAGES / "jsonld_review.html")
    assert "By Ingrid Okafor | 14 September 2022" in document.lines
    assert "mends a fence" in document.text
    assert "Privacy Policy" not in document.text and "Leave a Reply" not in document.text


def test_a_page_trafilatura_finds_nothing_in_falls_back_to_its_visible_lines() -> None:
    main, lines, _ = html_to_document_parts("<html><body><span>Short film note, rather good.</span></body></html>")
    assert "Short film note" in main and lines == ["Short film note, rather good."]


def test_inline_boxes_whose_texts_meet_at_a_number_are_spaced_apart() -> None:
    tree = parse('<div class="box"><span>Final verdict</span><span>5/10</span></div><p><b>Bold</b>face stays one word.</p>')
    assert visible_lines(tree) == ["Final verdict 5/10", "Boldface stays one word."]


def test_a_block_the_page_marks_as_comments_is_found_without_a_comments_heading() -> None:
    page = (
        "<html><body><article><h1>Library After Dark</h1><p>A gentle campus comedy that runs out of jokes.</p></article>"
        '<div class="comments"><p><b>jdavies27</b>: The janitor scene was the best part!! 10/10</p></div>'
        '<div class="comment-count">2 comments</div></body></html>'
    )
    _, lines, metadata = html_to_document_parts(page)
    assert metadata["comments_opening"] == "jdavies27: The janitor scene was the best part!! 10/10"
    assert metadata["comments_opening"] in lines
    assert "comments_opening" not in html_to_document_parts(page.replace('class="comments"', 'class="sidebar"'))[2]


def test_a_readers_rating_in_a_marked_comments_block_is_not_the_critics() -> None:
    from consensus.extract.ratings import find_rating
    from consensus.ingest.document import document_from_bytes
    from consensus.models import Film

    body = "".join(f"<p>Paragraph {i} of a review of Library After Dark, a campus comedy that runs out of jokes.</p>" for i in range(6))
    page = (
        f"<html><body><article><h1>Library After Dark</h1>{body}</article>"
        '<div class="comments"><p><b>jdavies27</b>: The janitor scene was the best part!! 10/10</p></div></body></html>'
    )
    document = document_from_bytes(page.encode(), "page.html", is_html=True)
    assert find_rating(document, Film(title="Library After Dark")).rating is None


def _microdata_review(film: str, value: int, author: str) -> str:
    return (
        '<div itemscope itemtype="https://schema.org/Review"><span itemprop="itemReviewed" itemscope '
        f'itemtype="https://schema.org/Movie"><span itemprop="name">{film}</span></span><span itemprop="reviewRating" '
        f'itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="{value}"></span>'
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{author}</span></span></div>'
    )


def test_a_sidebar_marking_up_several_films_reviews_gives_the_page_none_of_them() -> None:
    sidebar = _microdata_review("Stormglass", 5, "Zara Quinlan") + _microdata_review("Bellwether", 4, "Lucian Okwuosa")
    page = f"<html><head><title>The Second Mrs. Abernathy – Frame &amp; Focus</title></head><body><p>Review text.</p>{sidebar}</body></html>"
    assert "schema_review" not in html_to_document_parts(page)[2]
    titled = page.replace("The Second Mrs. Abernathy", "Bellwether review")
    assert html_to_document_parts(titled)[2]["schema_review"]["item_name"] == "Bellwether"
    single = page.replace(_microdata_review("Bellwether", 4, "Lucian Okwuosa"), "")
    assert html_to_document_parts(single)[2]["schema_review"]["item_name"] == "Stormglass"  # one review: the page's


def test_an_images_alt_text_that_states_a_rating_is_a_visible_line() -> None:
    page = (
        '<html><body><p>The review.</p><p><img src="reels-1-5.png" alt="Rating: 1.5 out of 5 reels"></p>'
        '<p><img src="poster.jpg" alt="Poster of the film, a woman in a red coat"></p></body></html>'
    )
    lines = visible_lines(parse(page))
    assert "Rating: 1.5 out of 5 reels" in lines
    assert not any("red coat" in line for line in lines)  # an ordinary picture's alt text stays out


def test_a_journals_citation_tags_give_the_author_in_reading_order_and_the_journal() -> None:
    page = (
        '<html><head><title>Concrete Psalm, dir. Radu Ionescu | Film &amp; Periphery: A Journal</title>'
        '<meta name="citation_author" content="Achebe-Kohl, Miriam">'
        '<meta name="citation_journal_title" content="Film &amp; Periphery"></head>'
        "<body><h1>Concrete Psalm</h1><p>A long, severe film.</p></body></html>"
    )
    _, _, metadata = html_to_document_parts(page)
    assert (metadata["author"], metadata["site_name"]) == ("Miriam Achebe-Kohl", "Film & Periphery")


def test_an_amp_pages_rating_image_gives_its_alt_text() -> None:
    page = ('<html><body><h1>The Ferryman</h1><amp-img class="stars" src="/s3.png" alt="3 out of 5 stars"></amp-img>'
            "<p>A patient, salty film.</p></body></html>")
    _, lines, _ = html_to_document_parts(page)
    assert any("3 out of 5 stars" in line for line in lines)


def test_an_authors_name_with_a_comma_is_turned_round_only_in_a_journals_citation_tag() -> None:
    page = ('<html><head><meta name="author" content="Jane Doe, Film Critic"></head>'
            "<body><h1>Quarry Road</h1><p>A long, severe film.</p></body></html>")
    assert html_to_document_parts(page)[2]["author"] == "Jane Doe, Film Critic"


def test_a_definition_lists_term_and_value_read_as_one_field_line() -> None:
    page = ("<html><body><dl class='facts'><dt>Director</dt><dd>Henrik Aalto</dd><dt>Runtime:</dt><dd>134 min</dd>"
            "<dt>Unrated</dt></dl><p>Review text.</p></body></html>")
    assert visible_lines(parse(page)) == ["Director: Henrik Aalto", "Runtime: 134 min", "Unrated", "Review text."]
