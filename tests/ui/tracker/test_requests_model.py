"""The requests table: overdue only for a due date it can read, before today."""

import datetime as dt

from desktop_app.core.model import ActionStatus
from desktop_app.store.action_items import ListedActionItem
from desktop_app.ui.tracker.requests_model import OVERDUE, RequestFilter, requests_of, shown


def item(item_id, due="", status=ActionStatus.OPEN, continues=None, paragraph=None):
    return ListedActionItem(
        item_id, "m", "WG/REL/2017/7", dt.date(2017, 8, 28), "WG", paragraph, "Report",
        "IOM", due, status, continues,
    )  # fmt: skip


def test_overdue_is_open_with_a_readable_date_before_today(today):
    items = [item("a", "1 March 2020"), item("b", "next session"), item("c", "2020-03-01",
             ActionStatus.DONE), item("d", "1 March 2099")]  # fmt: skip
    requests = requests_of(items, today)
    assert [r.overdue for r in requests] == [True, False, False, False]
    assert [r.item.id for r in requests if RequestFilter(OVERDUE).accepts(r)] == ["a"]
    assert shown(requests[0], 6) == "Open, overdue"


def test_the_chain_says_what_an_item_continues(today):
    requests = requests_of([item("a", paragraph=18), item("b", continues="a")], today)
    assert [r.chain_text for r in requests] == [
        "carried to WG/REL/2017/7", "continues WG/REL/2017/7 para 18",
    ]  # fmt: skip
