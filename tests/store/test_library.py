"""The library keeps every meeting exactly, writes only what changed, and finds text."""

import datetime as dt
import os
import random
import sqlite3
import subprocess

import pytest

from desktop_app.core import editing
from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.integrity import problems
from desktop_app.core.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Footnote,
    Meeting,
    MeetingStatus,
    Paragraph,
    SubItem,
)
from desktop_app.core.numbering import number_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.store.errors import LibraryError, LibraryReadOnly, LibraryWriteFailed
from desktop_app.store.library import Library
from desktop_app.store.location import default_library_path
from desktop_app.store.search import SearchFilters
from tests.conftest import SAMPLE_NOTE
from tests.store.helpers import (
    TABLES,
    clone,
    every_entity_meeting,
    raw,
    sha256,
    stored,
    table_snapshot,
)
from tests.support.notes import generated_meeting


@pytest.fixture
def saved(library_path):
    """The every-entity meeting, saved in the default library (closed again)."""
    meeting = every_entity_meeting()
    with Library.open(library_path) as library:
        library.add_meeting(meeting)
    return meeting


def found_ids(library, query):
    return {hit.item_id for hit in library.search(query)}


# Everything is kept


def test_the_default_library_is_the_one_the_tests_set_aside(library_path):
    assert default_library_path() == library_path
    assert not library_path.exists()


def test_an_open_library_uses_wal_and_enforces_foreign_keys(library_path, saved):
    with Library.open(library_path) as library:
        connection = library._db.conn
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), connection:
            connection.execute(
                "INSERT INTO paragraphs (id, meeting_id, position) VALUES ('p', 'nowhere', 0)"
            )
        library.save_meeting(saved)  # still usable
    with raw(library_path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)  # kept in the file
        assert other.execute("SELECT count(*) FROM paragraphs WHERE id = 'p'").fetchone() == (0,)


def test_every_entity_reads_back_equal_after_closing_and_reopening(library_path):
    meeting = every_entity_meeting()
    assert problems(meeting) == []
    with Library.open(library_path) as library:
        library.add_meeting(meeting)

    with Library.open(library_path) as library:
        again = library.load_meeting(meeting.id)
    assert again == meeting
    # The parts a reader sees, spelled out.
    assert again.date == dt.date(2024, 3, 14)
    assert (again.symbol, again.place, again.language, str(again.status)) == (
        "CPPF/2024/3",
        "Genève",
        "fr",
        "final",
    )
    assert again.background_documents == [
        "Rapport annuel (CPPF/2024/1)",
        "Note « budget » (CPPF/2024/2)",
    ]
    assert [(item.label, item.title) for item, _ in again.agenda_items()] == [
        ("1.", "État des lieux des travaux"),
        ("(a)", "Calendrier des réunions"),
        ("(b)", "Méthodes de travail"),
        ("2.", "Questions diverses"),
    ]
    assert [p.numbered for p in again.opening] == [True, False]
    numbers = number_meeting(again)
    assert numbers == number_meeting(meeting)
    lettered = again.agenda[0].paragraphs[0]
    assert [s.text.plain_text() for s, _ in lettered.all_sub_items()] == [
        "le budget de fonctionnement ;",
        "les ressources humaines, notamment :",
        "le recrutement des stagiaires ;",
        "la mobilité interne du personnel",
        "les questions diverses.",
    ]
    assert [depth for _, depth in lettered.all_sub_items()] == [1, 1, 2, 2, 1]
    note = again.footnotes[again.footnote_order()[0]]
    assert Run("rapport annuel", emphasis=True) in note.text.spans
    assert Run("annexe II", strong=True) in note.text.spans
    assert Run("pages 4 à 9", emphasis=True, strong=True) in note.text.spans
    assert [(a.status, a.owner, a.due) for a in again.action_items] == [
        (ActionStatus.OPEN, "Secrétariat", "2024-04-30"),
        (ActionStatus.DONE, "Présidente", "prochaine réunion"),
        (ActionStatus.DROPPED, "Administration", ""),
        (ActionStatus.OPEN, "Présidente", ""),
    ]
    assert [a.paragraph_id for a in again.action_items] == [
        a.paragraph_id for a in meeting.action_items
    ]
    assert again.action_items[3].paragraph_id is None


def test_the_sample_note_and_a_long_awkward_note_read_back_equal(library_path):
    sample = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    long_note = generated_meeting(150, 25, seed=5)
    with Library.open(library_path) as library:
        library.add_meeting(sample)
        library.add_meeting(long_note)
    assert stored(library_path, sample.id) == sample
    assert stored(library_path, long_note.id) == long_note


def test_an_action_item_carried_over_from_an_earlier_meeting_keeps_its_link(library_path):
    earlier = every_entity_meeting()
    later = Meeting(title="Next meeting", date=dt.date(2024, 6, 1))
    later.action_items.append(
        ActionItem(what="Diffuser le calendrier", continues_id=earlier.action_items[0].id)
    )
    with Library.open(library_path) as library:
        library.add_meeting(earlier)
        library.add_meeting(later)
    assert stored(library_path, later.id).action_items[0].continues_id == earlier.action_items[0].id


def test_a_meeting_without_date_or_symbol_reads_back_equal(library_path):
    bare = Meeting(title="Informal consultation")
    with Library.open(library_path) as library:
        library.add_meeting(bare)
        assert [m.date for m in library.meetings()] == [None]
    assert stored(library_path, bare.id) == bare


def test_adding_a_meeting_twice_is_refused(library_path, saved):
    with Library.open(library_path) as library, pytest.raises(LibraryError, match="already"):
        library.add_meeting(saved)
    with Library.open(library_path) as library:
        assert len(library.meetings()) == 1


# Saving writes what changed, and only that


def install_write_log(library):
    """Record every row the library's own connection writes (temporary triggers, seen by
    that connection only; the file is not changed by them)."""
    connection = library._db.conn
    connection.execute("CREATE TEMP TABLE written (tbl TEXT, op TEXT, id TEXT)")
    for table in TABLES:
        for operation, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
            connection.execute(
                f"CREATE TEMP TRIGGER log_{table}_{operation.lower()} AFTER {operation} "
                f"ON main.{table} BEGIN INSERT INTO written VALUES "
                f"('{table}', '{operation}', {row}.id); END"
            )

    def writes():
        return sorted(connection.execute("SELECT tbl, op, id FROM written"))

    return writes


def wal_frames(path):
    """Pages written to the WAL since the last checkpoint (checkpointing them)."""
    with raw(path) as connection:
        busy, frames, _ = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0
        assert connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    return frames


def test_saving_an_unchanged_meeting_writes_nothing(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        modified = library.meetings()[0].modified
        writes = install_write_log(library)
        assert library.save_meeting(meeting) == 0
        assert writes() == []
        assert library.meetings()[0].modified == modified


def test_editing_one_paragraph_writes_that_paragraph_and_the_meeting_stamp_only(library_path):
    big = generated_meeting(300, 40, seed=11)
    with Library.open(library_path) as library:
        library.add_meeting(big)
    with Library.open(library_path) as library:
        meeting = library.load_meeting(big.id)
        target = list(meeting.paragraphs())[150]
        before = table_snapshot(library_path)
        wal_frames(library_path)
        writes = install_write_log(library)

        target.text = Inline.plain("A single paragraph rewritten by the secretary.")
        written = library.save_meeting(meeting)

        assert written == 2
        assert writes() == [("meetings", "UPDATE", big.id), ("paragraphs", "UPDATE", target.id)]
        # The whole meeting fills well over a hundred pages; the edit wrote a handful.
        with raw(library_path) as connection:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
        assert pages > 100
        # (about a dozen: the paragraph's page, the meeting's, the search index's pages)
        assert 0 < wal_frames(library_path) <= 25

    after = table_snapshot(library_path)
    for table in TABLES:
        assert after[table].keys() == before[table].keys(), table  # no row moved or went
        changed = {r for r in before[table] if before[table][r] != after[table][r]}
        if table == "paragraphs":
            assert [after[table][r][0] for r in changed] == [target.id]
        elif table == "meetings":
            assert len(before[table]) == 1  # at most its modified stamp changed
            (row_id,) = before[table]
            assert before[table][row_id][:-1] == after[table][row_id][:-1]
        else:
            assert changed == set(), table
    assert stored(library_path, big.id) == meeting


def test_editing_meeting_fields_writes_one_row(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        meeting.place = "New York"
        meeting.background_documents.append("Compte rendu (CPPF/2024/4)")
        assert library.save_meeting(meeting) == 1
    assert stored(library_path, saved.id) == meeting


def test_moving_a_paragraph_between_sections(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        moving = meeting.opening[0]
        target = meeting.agenda[1]
        editing.move_paragraph(meeting, moving.id, target.id, 1)
        library.save_meeting(meeting)
    again = stored(library_path, saved.id)
    assert again == meeting
    assert [p.id for p in again.agenda[1].paragraphs][1] == moving.id
    assert moving.id not in [p.id for p in again.opening]
    # Its footnote goes with it, and is now numbered after the one of the first agenda item.
    assert again.footnote_order() == [*saved.footnote_order()[1:], *moving.text.footnote_ids()]


def test_moving_a_paragraph_within_its_section_renumbers_on_reload(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        section = meeting.agenda[0]
        first, second = section.paragraphs
        editing.move_paragraph(meeting, first.id, section.id, 1)
        library.save_meeting(meeting)
    again = stored(library_path, saved.id)
    assert [p.id for p in again.agenda[0].paragraphs] == [second.id, first.id]
    assert number_meeting(again) == number_meeting(meeting)


def test_deleting_a_paragraph_takes_its_sub_items_and_footnotes_and_unlinks_action_items(
    library_path, saved
):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        doomed = meeting.agenda[0].paragraphs[0]
        own_note = editing.insert_footnote(meeting, doomed.id, 9, Inline.plain("Note éphémère."))
        library.save_meeting(meeting)
        doomed_notes = doomed.footnote_ids()
        assert len(doomed_notes) == 2
        doomed_sub_items = [s.id for s, _ in doomed.all_sub_items()]

        editing.delete_paragraph(meeting, doomed.id)
        library.save_meeting(meeting)
        assert found_ids(library, "stagiaires") == set()
        assert found_ids(library, "éphémère") == set()
        assert own_note.id not in found_ids(library, "Note")

    again = stored(library_path, saved.id)
    assert again == meeting
    assert doomed.id not in {p.id for p in again.paragraphs()}
    assert not set(doomed_notes) & set(again.footnotes)
    assert again.action_items[2].paragraph_id is None
    assert again.action_items[2].what == "Étudier la mobilité du personnel"
    with raw(library_path) as connection:
        left = connection.execute(
            "SELECT count(*) FROM sub_items WHERE id IN (?, ?, ?, ?, ?)", doomed_sub_items
        ).fetchone()[0]
        notes_left = connection.execute(
            "SELECT count(*) FROM footnotes WHERE id IN (?, ?)", doomed_notes
        ).fetchone()[0]
    assert (left, notes_left) == (0, 0)


def test_an_action_item_from_a_paragraph_made_a_sub_item_is_kept_on_the_paragraph_now_holding_it(
    library_path, saved
):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        above, below = meeting.agenda[0].paragraphs[:2]
        action = ActionItem(what="Provide three short papers", paragraph_id=below.id)
        meeting.action_items.append(action)
        library.save_meeting(meeting)
        number = number_meeting(meeting).paragraphs[above.id]
        editing.change_level(meeting, below.id, below.id, deeper=True)  # Tab
        assert number_meeting(meeting).paragraph_number(action.paragraph_id) == number
        library.save_meeting(meeting)
    again = stored(library_path, saved.id)
    kept = next(a for a in again.action_items if a.id == action.id)
    assert kept.paragraph_id == above.id
    assert number_meeting(again).paragraphs[above.id] == number


def test_deleting_an_agenda_item_keeps_its_paragraphs_in_the_section_before(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        heading = meeting.agenda[0]
        kept = editing.delete_agenda_item(meeting, heading.id)
        library.save_meeting(meeting)
        hits = library.search("Méthodes de travail")
        headings = {h.item_id for h in hits if h.where == "heading"}
        assert heading.id not in headings
        kept_items = {item.id for item, _ in library.load_meeting(saved.id).agenda_items()}
        assert {sub.id for sub in heading.sub_items} <= kept_items  # now agenda items
        assert meeting.action_items[0].id in found_ids(library, "Calendrier des")
        for paragraph in kept:
            assert paragraph.id in found_ids(library, paragraph.text.plain_text())

    again = stored(library_path, saved.id)
    assert again == meeting
    assert [item.title for item, _ in again.agenda_items()] == [
        *(sub.title for sub in heading.sub_items),
        "Questions diverses",
    ]
    assert [p.id for p in again.opening][2:] == [p.id for p in kept]
    with raw(library_path) as connection:
        rows = connection.execute("SELECT count(*) FROM agenda_items").fetchone()[0]
    assert rows == len(heading.sub_items) + 1  # the deleted item's row is gone


def test_adding_footnotes_to_a_paragraph_and_a_sub_item(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        paragraph = meeting.agenda[1].paragraphs[0]
        lettered = meeting.agenda[0].paragraphs[0]
        in_text = editing.insert_footnote(
            meeting,
            paragraph.id,
            6,
            Inline([Run("Voir "), Run("ci-dessus", emphasis=True), Run(".")]),
        )
        in_sub = editing.insert_footnote(
            meeting,
            lettered.id,
            3,
            Inline([Run("Chiffres "), Run("provisoires", strong=True), Run(".")]),
            sub_item_id=lettered.sub_items[0].id,
        )
        library.save_meeting(meeting)
        assert in_text.id in found_ids(library, "ci-dessus")
        assert in_sub.id in found_ids(library, "provisoires")
    again = stored(library_path, saved.id)
    assert again == meeting
    assert len(again.footnotes) == 4
    assert again.footnotes[in_sub.id].text == in_sub.text


def test_save_meeting_works_on_a_meeting_this_library_has_not_loaded(library_path, saved):
    edited = clone(saved)
    edited.agenda[1].paragraphs[0].text = Inline.plain("Une question est soulevée.")
    edited.action_items[0].status = ActionStatus.DONE
    with Library.open(library_path) as library:
        assert library.save_meeting(edited) == 3  # paragraph, action item, meeting stamp
        assert found_ids(library, "soulevée") == {edited.agenda[1].paragraphs[0].id}
    assert stored(library_path, saved.id) == edited


def test_save_meeting_of_a_new_meeting_adds_it(library_path):
    meeting = every_entity_meeting()
    with Library.open(library_path) as library:
        assert library.save_meeting(meeting) > 10
    assert stored(library_path, meeting.id) == meeting


def test_deleting_a_meeting_removes_it_and_its_search_entries(library_path, saved):
    other = Meeting(title="Autre réunion", opening=[Paragraph(Inline.plain("Rien à signaler."))])
    with Library.open(library_path) as library:
        library.add_meeting(other)
        library.delete_meeting(saved.id)
        assert [m.id for m in library.meetings()] == [other.id]
        assert library.search("stagiaires") == []
        assert library.search("signaler")[0].meeting_id == other.id
    with raw(library_path) as connection:
        for table in TABLES[1:]:
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == (
                1 if table == "paragraphs" else 0
            )


# Search


def test_search_finds_paragraphs_sub_items_footnotes_headings_and_action_items(library_path, saved):
    lettered = saved.agenda[0].paragraphs[0]
    with Library.open(library_path, read_only=True) as library:
        kinds = {
            query: {(hit.where, hit.item_id) for hit in library.search(query)}
            for query in ("réunion aura lieu", "stagiaires", "annexe", "Calendrier des", "mobilité")
        }
        hit = library.search("stagiaires")[0]
    assert kinds["réunion aura lieu"] == {
        ("paragraph", saved.agenda[0].sub_items[0].paragraphs[0].id)
    }
    assert kinds["stagiaires"] == {("sub-item", lettered.sub_items[1].sub_items[0].id)}
    assert kinds["annexe"] == {("footnote", saved.footnote_order()[0])}
    assert ("heading", saved.agenda[0].sub_items[0].id) in kinds["Calendrier des"]
    assert ("action item", saved.action_items[2].id) in kinds["mobilité"]
    assert ("sub-item", lettered.sub_items[1].sub_items[1].id) in kinds["mobilité"]
    assert (hit.meeting_id, hit.title, hit.date) == (
        saved.id,
        saved.title,
        saved.date,
    )
    assert "«stagiaires»" in hit.snippet


def test_search_finds_action_items_by_owner_and_due(library_path, saved):
    with Library.open(library_path, read_only=True) as library:
        assert saved.action_items[0].id in found_ids(library, "Secrétariat")
        assert saved.action_items[1].id in found_ids(library, "prochaine réunion")


def test_search_folds_french_accents(library_path, saved):
    with Library.open(library_path, read_only=True) as library:
        assert found_ids(library, "etat") == {saved.agenda[0].id}
        assert found_ids(library, "ETAT DES LIEUX") == {saved.agenda[0].id}
        assert saved.action_items[2].id in found_ids(library, "etudier")
        assert saved.opening[0].id in found_ids(library, "presidente")
        assert saved.opening[1].id in found_ids(library, "réunis")


def test_search_matches_the_start_of_the_last_word(library_path, saved):
    with Library.open(library_path, read_only=True) as library:
        assert saved.agenda[1].paragraphs[1].id in found_ids(library, "séance est lev")
        assert library.search("") == []
        assert library.search("  ?! ") == []


def test_search_snippets_are_plain_text(library_path, saved):
    with Library.open(library_path, read_only=True) as library:
        (hit,) = library.search("rappelle")  # in a paragraph with emphasis and a footnote
        (strong_hit,) = library.search("adopté")
    for snippet in (hit.snippet, strong_hit.snippet):
        assert "*" not in snippet
        assert "[^" not in snippet
    assert "«rappelle»" in hit.snippet
    assert "Présidente" in hit.snippet
    assert "«adopté»" in strong_hit.snippet


def test_search_follows_an_edit(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        paragraph = meeting.agenda[1].paragraphs[0]
        assert found_ids(library, "soulevée") == {paragraph.id}
        paragraph.text = Inline.plain("Une intervenante demande la parole.")
        meeting.action_items[0].owner = "Bureau"
        meeting.agenda[1].title = "Clôture"
        library.save_meeting(meeting)
        assert found_ids(library, "soulevée") == set()
        assert found_ids(library, "intervenante") == {paragraph.id}
        assert meeting.action_items[0].id not in found_ids(library, "Secrétariat")
        assert meeting.action_items[0].id in found_ids(library, "Bureau")
        assert found_ids(library, "diverses") == {meeting.agenda[0].paragraphs[0].sub_items[2].id}
        assert found_ids(library, "Clôture") == {meeting.agenda[1].id}
    with Library.open(library_path, read_only=True) as library:
        assert found_ids(library, "intervenante") == {paragraph.id}
        assert found_ids(library, "soulevée") == set()


def test_search_forgets_a_deleted_paragraph(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        gone = meeting.agenda[1].paragraphs[1]
        assert found_ids(library, "levée") == {gone.id}
        editing.delete_paragraph(meeting, gone.id)
        library.save_meeting(meeting)
        assert library.search("levée") == []


def test_search_in_a_large_library_ranks_and_limits(library_path):
    with Library.open(library_path) as library:
        for seed in (1, 2, 3):
            library.add_meeting(generated_meeting(60, 5, seed=seed))
        hits = library.search("the", SearchFilters(limit=7))
        assert len(hits) == 7
        assert len({h.meeting_id for h in library.search("the", SearchFilters(limit=500))}) == 3


# Finding and listing meetings


def test_find_meetings_by_id_prefix_and_symbol(library_path, saved):
    other = generated_meeting(5, seed=2)
    with Library.open(library_path) as library:
        library.add_meeting(other)
        assert [m.id for m in library.find_meetings(saved.id)] == [saved.id]
        assert [m.id for m in library.find_meetings(saved.id[:6])] == [saved.id]
        assert [m.id for m in library.find_meetings(f"  {saved.id} ")] == [saved.id]
        assert [m.id for m in library.find_meetings("CPPF/2024/3")] == [saved.id]
        assert [m.id for m in library.find_meetings(other.symbol)] == [other.id]
        assert library.find_meetings("CPPF/2024") == []
        assert library.find_meetings("%") == []
        assert library.find_meetings("_") == []
        assert library.find_meetings("") == []
        (summary,) = library.find_meetings(saved.id)
    assert (summary.title, summary.symbol, summary.date, summary.body, summary.status) == (
        saved.title,
        "CPPF/2024/3",
        dt.date(2024, 3, 14),
        saved.body,
        "final",
    )


def test_the_list_and_the_loaded_meeting_read_the_same_details(library_path, saved):
    undated = Meeting(body="Bureau", title="Informal consultations", language="fr")
    undated.opening.append(Paragraph(Inline.plain("Ouverture.")))
    with Library.open(library_path) as library:
        library.add_meeting(undated)
        listed = {s.id: s for s in library.meetings()}
        loaded = {m: library.load_meeting(m) for m in (saved.id, undated.id)}
    for meeting_id, meeting in loaded.items():
        summary = listed[meeting_id]
        assert (summary.body, summary.title, summary.date, summary.symbol, summary.status) == (
            meeting.body,
            meeting.title,
            meeting.date,
            meeting.symbol,
            str(meeting.status),
        )
    assert (loaded[undated.id].date, listed[undated.id].date) == (None, None)
    assert (loaded[undated.id].language, loaded[saved.id].date) == ("fr", dt.date(2024, 3, 14))


def test_meetings_lists_counts_most_recent_first(library_path, saved):
    older = generated_meeting(30, seed=1)  # dated 2 January 2020
    with Library.open(library_path) as library:
        library.add_meeting(older)
        summaries = library.meetings()
    assert [s.id for s in summaries] == [saved.id, older.id]
    # Six numbered paragraphs (two of eight are unnumbered), two open action items.
    assert (summaries[0].paragraphs, summaries[0].open_action_items) == (6, 2)
    assert summaries[1].paragraphs == sum(p.numbered for p in older.paragraphs())
    assert summaries[1].open_action_items == len(older.open_action_items())


def test_counts_follow_edits(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        meeting.action_items[0].status = ActionStatus.DONE
        meeting.opening[1].numbered = True
        editing.insert_paragraph(meeting, Paragraph(Inline.plain("Ajout.")), meeting.agenda[1].id)
        library.save_meeting(meeting)
        (summary,) = library.meetings()
    assert (summary.paragraphs, summary.open_action_items) == (8, 1)


# Read-only libraries and new folders


def test_a_read_only_library_refuses_every_write(library_path, saved):
    fingerprint = sha256(library_path)
    with Library.open(library_path, read_only=True) as library:
        meeting = library.load_meeting(saved.id)
        meeting.title = "Changed"
        with pytest.raises(LibraryReadOnly, match="read-only"):
            library.save_meeting(meeting)
        with pytest.raises(LibraryReadOnly):
            library.add_meeting(every_entity_meeting())
        with pytest.raises(LibraryReadOnly):
            library.delete_meeting(saved.id)
        with pytest.raises(LibraryReadOnly):
            library.flush()
        assert library.read_only
        assert [m.title for m in library.meetings()] == [saved.title]
    assert sha256(library_path) == fingerprint
    assert stored(library_path, saved.id) == saved


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder that cannot be written, and a function that makes it so: by permissions for
    a user, and for root (whom permissions do not stop) a read-only file system."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        yield folder, lambda: folder.chmod(0o555)
        folder.chmod(0o755)
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)]).returncode:
        pytest.skip("root can write any file, and this system cannot mount a read-only one")
    try:
        yield folder, lambda: subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)


def test_a_library_on_read_only_media_can_be_read(read_only_folder):
    """SQLite cannot make there the shared-memory file a reader needs: read as unchanging."""
    folder, make_read_only = read_only_folder
    path = folder / "library.rapporteur"
    meeting = every_entity_meeting()
    with Library.open(path) as library:
        library.add_meeting(meeting)
    make_read_only()
    with Library.open(path, read_only=True) as library:
        assert library.load_meeting(meeting.id) == meeting
        assert [m.id for m in library.meetings()] == [meeting.id]
    with pytest.raises(LibraryWriteFailed):
        Library.open(path)


def test_opening_a_path_in_a_missing_folder_creates_the_folder(tmp_path):
    path = tmp_path / "not" / "there" / "yet" / "notes.rapporteur"
    meeting = every_entity_meeting()
    with Library.open(path) as library:
        library.add_meeting(meeting)
    assert path.is_file()
    assert stored(path, meeting.id) == meeting


def test_flush_makes_everything_durable_in_the_main_file(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        meeting.title = "Titre définitif"
        library.save_meeting(meeting)
        library.flush()
        # A copy of the main file alone (no WAL beside it) already holds the change.
        copy = library_path.with_name("copy.rapporteur")
        copy.write_bytes(library_path.read_bytes())
    with Library.open(copy, read_only=True) as library:
        assert library.load_meeting(saved.id).title == "Titre définitif"


# Write failures lose nothing


def test_a_full_disk_raises_write_failed_and_the_retry_writes_everything(library_path, saved):
    with Library.open(library_path) as library:
        meeting = library.load_meeting(saved.id)
        pages = library._db.execute("PRAGMA page_count").fetchone()[0]
        library._db.execute(f"PRAGMA max_page_count = {pages}")
        long_text = " ".join(f"Intervention numéro {n} de la délégation." for n in range(3000))
        for index in range(20):
            editing.insert_paragraph(
                meeting, Paragraph(Inline.plain(f"{index} {long_text}")), meeting.agenda[1].id
            )
        meeting.opening[0].text = Inline.plain("Texte modifié avant la panne.")

        with pytest.raises(LibraryWriteFailed) as failure:
            library.save_meeting(meeting)
        assert "full" in str(failure.value)
        assert "\n" not in str(failure.value)
        # Nothing half-written: another reader still sees the meeting as it was.
        assert stored(library_path, saved.id) == saved

        library._db.execute("PRAGMA max_page_count = 1073741823")
        assert library.save_meeting(meeting) > 20
        assert found_ids(library, "panne") == {meeting.opening[0].id}
    assert stored(library_path, saved.id) == meeting


def random_edit(meeting, rng):
    """One of the edits a secretary makes, chosen at random; returns its name."""
    paragraphs = list(meeting.paragraphs())
    sections = [s.id for s in meeting.sections()]
    kind = rng.choice(
        [
            "text",
            "insert",
            "delete",
            "move",
            "numbered",
            "sub_items",
            "footnote",
            "drop_footnote",
            "agenda",
            "drop_agenda",
            "move_agenda",
            "action",
            "meeting",
        ]
    )
    paragraph = rng.choice(paragraphs) if paragraphs else None
    if kind == "text" and paragraph:
        paragraph.text = paragraph.text + Inline([Run(f" ajout {rng.randrange(1000)}", True)])
    elif kind == "insert" or not paragraph:
        section = rng.choice(sections)
        editing.insert_paragraph(meeting, Paragraph(Inline.plain("Nouveau.")), section, 0)
    elif kind == "delete":
        editing.delete_paragraph(meeting, paragraph.id)
    elif kind == "move":
        target = rng.choice(sections)
        size = len(meeting.section(target).paragraphs)
        index = rng.randrange(size) if size else 0
        editing.move_paragraph(meeting, paragraph.id, target, index)
    elif kind == "numbered":
        paragraph.numbered = not paragraph.numbered
    elif kind == "sub_items":
        if paragraph.sub_items and rng.random() < 0.5:
            paragraph.sub_items.pop(rng.randrange(len(paragraph.sub_items)))
            editing.drop_orphan_footnotes(meeting)
        else:
            paragraph.sub_items.insert(0, SubItem(Inline.plain("point ajouté ;")))
            paragraph.sub_items[0].sub_items.append(SubItem(Inline.plain("détail ;")))
    elif kind == "footnote":
        editing.insert_footnote(meeting, paragraph.id, 2, Inline.plain("Note ajoutée."))
    elif kind == "drop_footnote" and meeting.footnotes:
        editing.delete_footnote(meeting, rng.choice(list(meeting.footnotes)))
    elif kind == "agenda":
        item = AgendaItem(title=f"Point {rng.randrange(100)}", label="(x)")
        parent = rng.choice([None, *[i.id for i in meeting.agenda]])
        editing.insert_agenda_item(meeting, item, parent)
    elif kind == "drop_agenda" and meeting.agenda:
        item, _ = rng.choice(list(meeting.agenda_items()))
        editing.delete_agenda_item(meeting, item.id)
    elif kind == "move_agenda" and len(meeting.agenda) > 1:
        item = meeting.agenda[-1]
        if not item.sub_items:
            editing.move_agenda_item(meeting, item.id, meeting.agenda[0].id, 0)
        else:
            editing.move_agenda_item(meeting, item.id, None, 0)
    elif kind == "action":
        if meeting.action_items and rng.random() < 0.5:
            action = meeting.action_items.pop(0)
            action.status = rng.choice(list(ActionStatus))
            meeting.action_items.append(action)
        else:
            meeting.action_items.insert(0, ActionItem(what="Suivre", paragraph_id=paragraph.id))
    else:
        meeting.status = rng.choice(list(MeetingStatus))
        meeting.date = None if meeting.date else dt.date(2025, 1, 31)
    return kind


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_sequence_of_edits_is_saved_and_reloaded_exactly(library_path, seed):
    rng = random.Random(seed)
    original = generated_meeting(40, 8, seed=seed)
    with Library.open(library_path) as library:
        library.add_meeting(original)
        meeting = library.load_meeting(original.id)
        for step in range(40):
            done = [random_edit(meeting, rng) for _ in range(rng.randint(1, 3))]
            assert problems(meeting) == [], done
            library.save_meeting(meeting)
            assert library.save_meeting(meeting) == 0, (step, done)
            if step % 8 == 7:
                assert stored(library_path, meeting.id) == meeting, (step, done)
        texts = [p.text.plain_text() for p in meeting.paragraphs()]
    assert stored(library_path, meeting.id) == meeting
    # The search index holds exactly the paragraphs there are.
    with raw(library_path) as connection:
        indexed = connection.execute(
            "SELECT count(*) FROM search WHERE kind = 'paragraph'"
        ).fetchone()[0]
    assert indexed == len(texts)


def test_search_does_not_find_what_is_only_in_a_footnote_markers_id(library_path):
    """The index holds the words a reader sees, not the footnote ids in the markup."""
    note = Footnote(Inline.plain("Circulated to delegations."), id="5a1b2c3d4e5f6a7b")
    paragraph = Paragraph(Inline([Run("The meeting noted the report."), FootnoteMarker(note.id)]))
    meeting = Meeting(title="Markers", opening=[paragraph], footnotes={note.id: note})
    with Library.open(library_path) as library:
        library.add_meeting(meeting)
        assert library.search("5") == []
        assert library.search("report 5a1b") == []
        assert [h.where for h in library.search("circulated")] == ["footnote"]


def test_search_finds_a_word_formatted_in_part(library_path):
    """A word formatted in part ("*note verbale*s") is found whole."""
    paragraph = Paragraph(
        Inline([Run("Two "), Run("note verbale", emphasis=True), Run("s were received.")])
    )
    assert paragraph.text.plain_text() == "Two note verbales were received."
    meeting = Meeting(title="Formatting", opening=[paragraph])
    with Library.open(library_path) as library:
        library.add_meeting(meeting)
        assert [h.item_id for h in library.search("verbales")] == [paragraph.id]
