"""The HTML export: one self-contained file laid out from the block model, numbers as text,
footnotes linked both ways, and nothing a user typed ever read as markup."""

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

import pytest

from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.model import (
    AgendaItem,
    Footnote,
    Meeting,
    MeetingStatus,
    Paragraph,
    SubItem,
)
from desktop_app.formats import html_writer
from desktop_app.formats.blocks import Document, HeadingBlock, build_document
from desktop_app.formats.html_writer import document_to_html, write_html
from desktop_app.formats.markdown_reader import read_markdown
from tests.formats.placements import (
    awkward_meeting,
    ends_with_marker,
    expected_placements,
    find_placements,
    starts_with_marker,
)
from tests.support.notes import generated_meeting

VOID = {"meta", "link", "img", "br", "hr", "input", "source", "base", "wbr", "col", "embed"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list["Node | str"] = field(default_factory=list)
    parent: "Node | None" = None

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def elements(self) -> list["Node"]:
        return [c for c in self.children if isinstance(c, Node)]

    def walk(self):
        for child in self.elements:
            yield child
            yield from child.walk()

    def find_all(self, tag: str, cls: str | None = None) -> list["Node"]:
        return [n for n in self.walk() if n.tag == tag and (cls is None or cls in n.classes)]

    def find(self, tag: str, cls: str | None = None) -> "Node":
        found = self.find_all(tag, cls)
        assert len(found) == 1, f"{len(found)} <{tag} class={cls}>"
        return found[0]

    def inside(self, tag: str) -> bool:
        node = self.parent
        while node is not None:
            if node.tag == tag:
                return True
            node = node.parent
        return False


class TreeBuilder(HTMLParser):
    """A small tree on top of html.parser; also keeps every start tag it met, closed or not."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.start_tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.start_tags.append((tag, attrs))
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        assert tag in [n.tag for n in self.stack], f"</{tag}> closes nothing"
        while self.stack[-1].tag != tag:
            self.stack.pop()
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


@dataclass
class Page:
    html: str
    root: Node
    start_tags: list[tuple[str, list[tuple[str, str | None]]]]

    @property
    def article(self) -> Node:
        return self.root.find("article", "note")

    def by_id(self) -> dict[str, Node]:
        ids = [n.attrs["id"] for n in self.root.walk() if "id" in n.attrs]
        assert len(ids) == len(set(ids)), "ids are not unique"
        return {n.attrs["id"]: n for n in self.root.walk() if "id" in n.attrs}


def parse(html: str) -> Page:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    return Page(html, builder.root, builder.start_tags)


def export(meeting: Meeting) -> tuple[Document, Page]:
    document = build_document(meeting)
    return document, parse(document_to_html(document))


@pytest.fixture
def sample(sample_text) -> Meeting:
    return read_markdown(sample_text)


def seen(text: str) -> str:
    """Text as a reader sees it: characters HTML cannot carry as text are shown as U+FFFD."""
    return re.sub("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]", "\ufffd", text)


def lead(node: Node) -> tuple[str, str] | None:
    """The number or label a block starts with: its first child, when that is a span."""
    first = node.children[0] if node.children else None
    if isinstance(first, Node) and first.tag == "span":
        return (first.attrs.get("class", ""), first.text)
    return None


def check_against_blocks(document: Document, page: Page) -> None:
    """Every block of the model is in the page, in order, with its number, label and text;
    every footnote is called once and links both ways."""
    numbers = document.footnote_numbers

    def expected_text(inline: Inline) -> str:
        return seen(inline.plain_text(lambda fid: str(numbers[fid])).strip())

    expected: list[tuple] = []
    for block in document.body:
        if isinstance(block, HeadingBlock):
            tag = "h2" if block.level == 1 else "h3"
            text = seen(" ".join(filter(None, (block.label, block.title))))
            label = ("label", seen(block.label)) if block.label else None
            expected.append((tag, "agenda-item", None, label, text))
            continue
        if block.number is None:
            expected.append(("p", "unnumbered", None, None, expected_text(block.text)))
        else:
            number = f"{block.number}."
            text = f"{number} {expected_text(block.text)}".rstrip()
            expected.append(("p", "numbered", f"p{block.number}", ("number", number), text))
        for sub_item in block.sub_items:
            text = f"{sub_item.label} {expected_text(sub_item.text)}".rstrip()
            label = ("label", sub_item.label)
            expected.append(("p", f"sub-item depth-{sub_item.depth}", None, label, text))
    found = [
        (node.tag, node.attrs["class"], node.attrs.get("id"), lead(node), node.text)
        for node in page.article.elements
        if node.tag in ("h2", "h3", "p")
    ]
    assert found == expected

    ids = page.by_id()
    markers = [sup for sup in page.article.find_all("sup") if "id" in sup.attrs]
    assert [sup.attrs["id"] for sup in markers] == [
        f"fnref-{n}" for n in range(1, len(numbers) + 1)
    ]
    footnotes = page.article.find_all("p", "footnote")
    assert [f.attrs["id"] for f in footnotes] == [f"fn-{f.number}" for f in document.footnotes]
    for footnote_block, footnote in zip(document.footnotes, footnotes, strict=True):
        n = footnote_block.number
        assert footnote.inside("section")
        marker = ids[f"fnref-{n}"]
        (link,) = marker.elements
        assert (link.tag, link.attrs["href"], link.text) == ("a", f"#fn-{n}", str(n))
        assert ids[link.attrs["href"][1:]] is footnote
        (back,) = footnote.find_all("a", "back")
        assert ids[back.attrs["href"][1:]] is marker
        assert back.attrs["aria-label"]
        assert footnote.elements[0].text == str(n)
        assert footnote.text.startswith(f"{n} {expected_text(footnote_block.text)}")
    if document.footnotes:
        assert len(page.root.find_all("section", "footnotes")) == 1
    else:
        assert not page.root.find_all("section")


def check_self_contained(page: Page) -> None:
    tags = {tag for tag, _ in page.start_tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base", "svg"}
    ids = page.by_id()
    for tag, attrs in page.start_tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert name != "style", tag
            if name in ("href", "src", "srcset", "action", "formaction", "xlink:href"):
                assert name == "href" and value and value.startswith("#"), (tag, name, value)
                assert value[1:] in ids, f"{value} points at nothing"
            assert "javascript:" not in (value or "").lower()
    (style,) = page.root.find_all("style")
    assert style.inside("head")
    assert "@import" not in style.text and "url(" not in style.text
    assert "@page" in style.text and "size: A4" in style.text
    assert "prefers-color-scheme: dark" in style.text


# --- the sample note ------------------------------------------------------------------------


def test_the_sample_note_is_laid_out_block_by_block(sample):
    document, page = export(sample)
    check_against_blocks(document, page)
    check_self_contained(page)


def test_the_sample_has_its_title_block_in_its_language(sample):
    _, page = export(sample)
    html = page.root.find("html")
    assert html.attrs["lang"] == "en"
    assert page.root.find("head").elements[0].attrs == {"charset": "utf-8"}
    assert page.root.find("title").text == sample.title
    header = page.article.find("header", "title-block")
    assert header.find("p", "body").text == "Working Group on IOM–UN Relations and Related Issues"
    assert header.find("h1").text == "Chairperson's note on the meeting held on 28 August 2017"
    assert header.find("p", "symbol").text == "WG/REL/2017/7"
    assert header.find("p", "date").text == "28 August 2017"
    assert not header.find_all("p", "draft")
    assert page.article.elements[0] is header


def test_the_sample_has_29_numbered_paragraphs_two_headings_and_sub_items_after_26(sample):
    _, page = export(sample)
    numbered = page.article.find_all("p", "numbered")
    assert [p.attrs["id"] for p in numbered] == [f"p{n}" for n in range(1, 30)]
    assert [p.elements[0].text for p in numbered] == [f"{n}." for n in range(1, 30)]
    assert numbered[0].text.startswith("1. The meeting of the Working Group")
    headings = page.article.find_all("h2", "agenda-item")
    assert [h.text for h in headings] == [
        "Update by the Senior Policy Adviser to the Director General on the global compact "
        "on migration and exchange of views",
        "IOM's future role",
    ]
    order = page.article.elements
    assert order.index(headings[0]) == order.index(numbered[2]) - 1
    assert order.index(headings[1]) == order.index(numbered[10]) - 1
    after_26 = order[order.index(numbered[25]) + 1 : order.index(numbered[26])]
    assert [n.elements[0].text for n in after_26] == ["(a)", "(b)", "(c)"]
    assert all(n.classes == {"sub-item", "depth-1"} for n in after_26)
    assert after_26[0].text.startswith("(a) An update on IOM's work")


def test_the_sample_has_one_footnote_called_from_paragraph_4_linked_both_ways(sample):
    _, page = export(sample)
    ids = page.by_id()
    (marker,) = page.root.find_all("sup")
    assert marker.parent is ids["p4"]
    assert marker.attrs["id"] == "fnref-1"
    assert marker.elements[0].attrs["href"] == "#fn-1"
    (footnote,) = page.root.find_all("p", "footnote")
    assert footnote.attrs["id"] == "fn-1"
    assert "Puerto Vallarta" in footnote.text
    back = footnote.find("a", "back")
    assert back.attrs == {"class": "back", "href": "#fnref-1", "aria-label": "Back to the text"}
    section = page.root.find("section", "footnotes")
    assert section.find("h2", "notes-heading").text == "Notes"
    assert page.article.elements[-1] is section


@pytest.mark.parametrize(
    ("language", "date", "draft", "notes", "back"),
    [
        ("fr", "28 août 2017", "Projet", "Notes", "Retour au texte"),
        ("es", "28 de agosto de 2017", "Borrador", "Notas", "Volver al texto"),
        ("en", "28 August 2017", "Draft", "Notes", "Back to the text"),
    ],
)
def test_the_fixed_words_follow_the_meeting_language(sample, language, date, draft, notes, back):
    sample.language = language
    sample.status = MeetingStatus.DRAFT
    _, page = export(sample)
    assert page.root.find("html").attrs["lang"] == language
    header = page.article.find("header", "title-block")
    assert header.find("p", "date").text == date
    assert header.find("p", "draft").text == draft
    assert page.root.find("h2", "notes-heading").text == notes
    assert page.root.find("a", "back").attrs["aria-label"] == back


def test_the_place_stands_before_the_date(sample):
    sample.place = "Genève"
    _, page = export(sample)
    assert page.root.find("p", "date").text == "Genève, 28 August 2017"


def css_rules(style_sheet: str) -> list[tuple[set[str], dict[str, str]]]:
    """The style sheet's rules that apply on screen and in print: (selectors, declarations);
    rules inside a media query other than print are left out."""
    screen_only = re.compile(r"@media (?!print)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
    style_sheet = screen_only.sub("", re.sub(r"/\*.*?\*/", "", style_sheet, flags=re.S))
    rules = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", style_sheet):
        declarations = dict(
            (part.split(":", 1)[0].strip(), part.split(":", 1)[1].strip())
            for part in body.split(";")
            if ":" in part
        )
        rules.append(({s.strip() for s in selectors.split(",")}, declarations))
    return rules


def test_the_title_shows_in_capitals_as_in_the_other_formats_but_stays_the_real_title(sample):
    _, page = export(sample)
    title = page.article.find("h1", "title")
    assert title.text == "Chairperson's note on the meeting held on 28 August 2017"
    applying = {"h1", ".title", "h1.title", ".title-block h1"}
    transforms = [
        rule["text-transform"]
        for selectors, rule in css_rules(page.root.find("style").text)
        if selectors & applying and "text-transform" in rule
    ]
    assert transforms and transforms[-1] == "uppercase"


def test_the_file_is_self_contained_utf8(sample):
    document = build_document(sample)
    stream = io.BytesIO()
    write_html(document, stream)
    data = stream.getvalue()
    assert data == document_to_html(document).encode("utf-8")
    html = data.decode("utf-8")
    assert html.startswith("<!DOCTYPE html>\n")
    assert "IOM–UN" in html  # real UTF-8, not character references
    check_self_contained(parse(html))
    assert not re.search(r"https?:|//|src=", html)


def test_emphasis_and_strong_are_marked_up():
    meeting = Meeting(title="T", language="en")
    text = Inline([Run("plain "), Run("em", emphasis=True), Run(" "), Run("strong", strong=True)])
    text += Inline([Run(" "), Run("both", emphasis=True, strong=True)])
    meeting.opening.append(Paragraph(text))
    _, page = export(meeting)
    paragraph = page.root.find("p", "numbered")
    assert paragraph.text == "1. plain em strong both"
    assert [(n.tag, n.text) for n in paragraph.walk()] == [
        ("span", "1."),
        ("em", "em"),
        ("strong", "strong"),
        ("strong", "both"),
        ("em", "both"),
    ]


def test_a_footnote_called_twice_keeps_ids_unique_and_returns_to_its_first_call():
    footnote = Footnote(Inline.plain("Once."))
    meeting = Meeting(title="T", footnotes={footnote.id: footnote})
    marker = FootnoteMarker(footnote.id)
    meeting.opening.append(Paragraph(Inline([Run("One"), marker])))
    meeting.opening.append(Paragraph(Inline([Run("Two"), marker])))
    _, page = export(meeting)
    ids = page.by_id()
    first, second = page.root.find_all("sup")
    assert first.attrs["id"] == "fnref-1" and "id" not in second.attrs
    assert second.elements[0].attrs["href"] == "#fn-1"
    assert ids["fnref-1"].parent is ids["p1"]
    check_self_contained(page)


# --- hostile text ---------------------------------------------------------------------------

HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "' onmouseover='alert(1)' x='",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">click</a>',
    "&amp; &lt;b&gt; &#60;script&#62; &",
    "</style><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!-- comment --> <![CDATA[ x ]]> <?php echo 1 ?>",
    "<style>body{display:none}</style>",
    "<iframe src=//evil.example></iframe>",
    "control \x00 \x07 \x1b[31m \x7f \x9b characters",
)
HOSTILE_TEXT = " | ".join(HOSTILE)
SEEN = seen(HOSTILE_TEXT)


def hostile_meeting() -> Meeting:
    footnote = Footnote(Inline([Run(HOSTILE_TEXT), Run(HOSTILE_TEXT, emphasis=True)]))
    paragraph = Paragraph(
        Inline([Run(HOSTILE_TEXT), FootnoteMarker(footnote.id), Run(HOSTILE_TEXT, strong=True)]),
        sub_items=[
            SubItem(Inline.plain(HOSTILE_TEXT), sub_items=[SubItem(Inline.plain(HOSTILE_TEXT))])
        ],
    )
    item = AgendaItem(title=HOSTILE_TEXT, label=HOSTILE_TEXT, paragraphs=[paragraph])
    item.sub_items.append(
        AgendaItem(
            title=HOSTILE_TEXT, label=HOSTILE[2], paragraphs=[Paragraph(Inline.plain(HOSTILE_TEXT))]
        )
    )
    return Meeting(
        body=HOSTILE_TEXT,
        title=HOSTILE_TEXT,
        date=dt.date(2017, 8, 28),
        symbol=HOSTILE_TEXT,
        place=HOSTILE_TEXT,
        language="en",
        status=MeetingStatus.DRAFT,
        opening=[Paragraph(Inline.plain(HOSTILE_TEXT), numbered=False)],
        agenda=[item],
        footnotes={footnote.id: footnote},
    )


def test_hostile_text_in_every_field_is_text_and_runs_nothing():
    document, page = export(hostile_meeting())
    check_self_contained(page)
    check_against_blocks(document, page)
    for fragment in ("<script", "<img", "<svg", "<iframe", '<a href="javascript', "<!--"):
        assert fragment not in page.html.lower()
    assert page.html.lower().count("<style") == 1
    assert not [n for n in page.root.walk() if n.tag in ("script", "img", "svg", "iframe")]
    root = page.root
    assert root.find("title").text == SEEN
    header = root.find("header", "title-block")
    assert header.find("p", "body").text == SEEN
    assert header.find("h1").text == SEEN
    assert header.find("p", "symbol").text == SEEN
    assert header.find("p", "date").text == f"{SEEN}, 28 August 2017"
    assert root.find("h2", "agenda-item").text == f"{SEEN} {SEEN}"
    assert root.find("h3", "agenda-item").text == f"{HOSTILE[2]} {SEEN}"
    assert root.find("p", "unnumbered").text == SEEN
    first, second = root.find_all("p", "numbered")
    assert first.text == f"1. {SEEN}1{SEEN}"
    assert first.find("strong").text == SEEN
    assert second.text == f"2. {SEEN}"
    assert root.find("p", "depth-1").text == f"(a) {SEEN}"
    assert root.find("p", "depth-2").text == f"(i) {SEEN}"
    footnote = root.find("p", "footnote")
    assert footnote.text.startswith(f"1 {SEEN}{SEEN}")
    assert footnote.find("em").text == SEEN


def test_the_sanitiser_would_catch_text_that_escaped_escaping(monkeypatch):
    """Defence in depth: were a string written unescaped into the body, nh3 still drops it."""
    monkeypatch.setattr(html_writer, "_text", lambda value: value)
    meeting = Meeting(title="Plain", language="en")  # the head is not sanitised, only escaped
    for hostile in HOSTILE:
        heading = AgendaItem(title=hostile, label=hostile)
        heading.paragraphs.append(
            Paragraph(Inline.plain(hostile), sub_items=[SubItem(Inline.plain(hostile))])
        )
        meeting.agenda.append(heading)
    _, page = export(meeting)
    first = page.root.find_all("p", "numbered")[0]
    assert first.text != f"1. {HOSTILE[0]}"  # the markup did reach the sanitiser
    check_self_contained(page)
    assert not [n for n in page.root.walk() if n.tag in ("script", "img", "svg", "iframe")]
    assert page.root.find_all("style") == [page.root.find("head").find("style")]


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "http://example.org/",
        "//example.org/",
        "relative/page.html",
        "?q=1",
    ],
)
def test_the_sanitiser_keeps_only_links_within_the_page(href):
    fragment = f'<p id="p1"><a href="{escape(href)}">x</a> <a href="#p1">y</a></p>'
    cleaned = parse(html_writer._CLEANER.clean(fragment))
    assert [a.attrs.get("href") for a in cleaned.root.find_all("a")] == [None, "#p1"]


def test_a_hostile_language_stays_inside_the_lang_attribute(sample):
    sample.language = '"><script>alert(1)</script>'
    _, page = export(sample)
    assert page.root.find("html").attrs["lang"] == '"><script>alert(1)</script>'
    assert not [n for n in page.root.walk() if n.tag == "script"]
    assert page.root.find("p", "date").text == "28 August 2017"  # English words


def test_every_awkward_generated_text_comes_through():
    meeting = generated_meeting(40, 10, seed=3)
    document, page = export(meeting)
    check_against_blocks(document, page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.html


# --- generated notes ------------------------------------------------------------------------


def elements_of_blocks(document: Document, page: Page) -> dict[tuple[int, int | None], Node]:
    """The element of each paragraph and sub-item of the block model: (block index, sub-item
    index or None) → its <p>."""
    places: list[tuple[int, int | None] | None] = []
    for index, block in enumerate(document.body):
        if isinstance(block, HeadingBlock):
            places.append(None)
            continue
        places.append((index, None))
        places.extend((index, at) for at in range(len(block.sub_items)))
    elements = [n for n in page.article.elements if n.tag in ("h2", "h3", "p")]
    assert len(elements) == len(places)
    return {place: node for place, node in zip(places, elements, strict=True) if place}


def calls_in(node: Node) -> list[int]:
    return [int(sup.text) for sup in node.find_all("sup")]


@pytest.mark.parametrize(("paragraphs", "footnotes"), [(1, 3), (300, 400), (2000, 2600)])
def test_generated_notes_are_laid_out_block_by_block(paragraphs, footnotes):
    meeting = awkward_meeting(paragraphs, footnotes, seed=paragraphs)
    document, page = export(meeting)
    found = find_placements(document)
    assert {name for name, placed in found.items() if placed} >= expected_placements(paragraphs)
    check_against_blocks(document, page)
    check_self_contained(page)
    assert len(page.root.find_all("p", "footnote")) == len(meeting.footnotes) > footnotes

    # Each awkward call in its own paragraph, in its place, linked to its note.
    elements = elements_of_blocks(document, page)
    siblings = page.article.elements
    for placements in found.values():
        for placed in placements:
            node = elements[(placed.block, placed.sub_item)]
            at = next(i for i, sibling in enumerate(siblings) if sibling is node)
            assert calls_in(node) == list(placed.numbers), placed
            assert [sup.elements[0].attrs["href"] for sup in node.find_all("sup")] == [
                f"#fn-{n}" for n in placed.numbers
            ]
            if placed.sub_item is not None:
                assert "sub-item" in node.classes
            content = [c for c in node.children if not (isinstance(c, str) and not c.strip())]
            if lead(node) is not None:
                content = content[1:]  # after the number
            if starts_with_marker(placed):
                assert content[0].tag == "sup" and content[0].text == str(placed.numbers[0])
                assert siblings[at - 1].tag in ("h2", "h3")
            if ends_with_marker(placed):
                assert content[-1].tag == "sup" and content[-1].text == str(placed.numbers[-1])
                assert siblings[at + 1].tag in ("h2", "h3")
