"""A whole meeting as one JSON text and back, every stable id kept: what a snapshot holds
(store/snapshots.py), so that a snapshot can be compared with the note by ids and restored."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from desktop_app.core.inline import Inline
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

FORMAT_VERSION = 1

Json = dict[str, Any]


def meeting_to_json(meeting: Meeting) -> str:
    """The meeting as compact JSON; equal meetings give equal texts."""
    document: Json = {
        "format": FORMAT_VERSION,
        "id": meeting.id,
        "body": meeting.body,
        "title": meeting.title,
        "date": meeting.date.isoformat() if meeting.date else None,
        "symbol": meeting.symbol,
        "place": meeting.place,
        "language": meeting.language,
        "status": str(meeting.status),
        "background": list(meeting.background_documents),
        "opening": [_paragraph(p) for p in meeting.opening],
        "agenda": [_agenda_item(item) for item in meeting.agenda],
        "footnotes": [[f.id, f.text.markup] for f in meeting.footnotes.values()],
        "action_items": [_action_item(a) for a in meeting.action_items],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def meeting_from_json(text: str) -> Meeting:
    """The meeting `meeting_to_json` wrote. Raises ValueError on a text it did not write."""
    try:
        document: Json = json.loads(text)
        return Meeting(
            body=document["body"],
            title=document["title"],
            date=dt.date.fromisoformat(document["date"]) if document["date"] else None,
            symbol=document["symbol"],
            place=document["place"],
            language=document["language"],
            status=MeetingStatus(document["status"]),
            background_documents=list(document["background"]),
            opening=[_read_paragraph(p) for p in document["opening"]],
            agenda=[_read_agenda_item(item) for item in document["agenda"]],
            footnotes={
                fid: Footnote(Inline.from_markup(t), fid) for fid, t in document["footnotes"]
            },
            action_items=[_read_action_item(a) for a in document["action_items"]],
            id=document["id"],
        )
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a meeting written by meeting_to_json: {error}") from error


def _paragraph(paragraph: Paragraph) -> Json:
    return {
        "id": paragraph.id,
        "text": paragraph.text.markup,
        "numbered": paragraph.numbered,
        "sub_items": [_sub_item(s) for s in paragraph.sub_items],
    }


def _sub_item(sub_item: SubItem) -> Json:
    return {
        "id": sub_item.id,
        "text": sub_item.text.markup,
        "sub_items": [_sub_item(s) for s in sub_item.sub_items],
    }


def _agenda_item(item: AgendaItem) -> Json:
    return {
        "id": item.id,
        "title": item.title,
        "label": item.label,
        "paragraphs": [_paragraph(p) for p in item.paragraphs],
        "sub_items": [_agenda_item(s) for s in item.sub_items],
    }


def _action_item(action: ActionItem) -> Json:
    return {
        "id": action.id,
        "what": action.what,
        "owner": action.owner,
        "due": action.due,
        "status": str(action.status),
        "paragraph_id": action.paragraph_id,
        "continues_id": action.continues_id,
    }


def _read_paragraph(data: Json) -> Paragraph:
    return Paragraph(
        Inline.from_markup(data["text"]),
        bool(data["numbered"]),
        [_read_sub_item(s) for s in data["sub_items"]],
        id=data["id"],
    )


def _read_sub_item(data: Json) -> SubItem:
    return SubItem(
        Inline.from_markup(data["text"]),
        [_read_sub_item(s) for s in data["sub_items"]],
        id=data["id"],
    )


def _read_agenda_item(data: Json) -> AgendaItem:
    return AgendaItem(
        title=data["title"],
        label=data["label"],
        paragraphs=[_read_paragraph(p) for p in data["paragraphs"]],
        sub_items=[_read_agenda_item(s) for s in data["sub_items"]],
        id=data["id"],
    )


def _read_action_item(data: Json) -> ActionItem:
    return ActionItem(
        what=data["what"],
        owner=data["owner"],
        due=data["due"],
        status=ActionStatus(data["status"]),
        paragraph_id=data["paragraph_id"],
        continues_id=data["continues_id"],
        id=data["id"],
    )
