"""The filters' boxes of the library and the requests: Any first, the choice made kept while
it is still offered, and no signal for a refill the user did not make."""

from __future__ import annotations

from desktop_app.ui.common.page_widgets import ANY, choices, fill_choices, page_heading


def test_a_refill_keeps_the_choice_made_while_it_is_offered(qtbot):
    box = choices("Body")
    qtbot.addWidget(box)
    assert [box.itemText(i) for i in range(box.count())] == [ANY]
    fill_choices(box, ["Committee against Torture", "Working Group on IOM–UN Relations"])
    box.setCurrentIndex(2)
    changes: list[int] = []
    box.currentIndexChanged.connect(changes.append)
    fill_choices(box, ["Standing Committee", "Working Group on IOM–UN Relations"])
    assert box.currentText() == "Working Group on IOM–UN Relations"
    fill_choices(box, ["Standing Committee"])
    assert box.currentText() == ANY  # no longer offered: back to Any
    assert changes == []
    assert box.accessibleName() == "Body"


def test_a_page_heading_stands_out_from_the_text(qtbot):
    from PySide6.QtWidgets import QLabel

    heading, text = page_heading("Library"), QLabel("3 meetings")
    qtbot.addWidget(heading)
    qtbot.addWidget(text)
    assert heading.text() == "Library" and heading.font().bold()
    assert heading.font().pointSizeF() > 1.3 * text.font().pointSizeF()
