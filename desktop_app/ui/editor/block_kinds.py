"""What each block of the note is, kept in its block format so that undo restores it.

A block is a row of the note's outline, of a `core.outline.Kind`: a heading (agenda item or
sub-item), a numbered or unnumbered paragraph, or a sub-item of a paragraph at one of two
levels. Its kind and its entity id live in block format properties; numbers and letters are
never stored, only drawn.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextFormat

from desktop_app.core.outline import Kind

BlockKind = Kind  # the editor's name for the kind of an outline row

KIND_PROPERTY = QTextFormat.Property.UserProperty + 1
ID_PROPERTY = QTextFormat.Property.UserProperty + 2
LABEL_PROPERTY = QTextFormat.Property.UserProperty + 3  # an agenda item's label, such as "(a)"

# Horizontal room, in average character widths, for a paragraph number such as "128."
NUMBER_COLUMNS = 4.5


def block_kind(block: QTextBlock) -> BlockKind:
    return kind_of(block.blockFormat())


def kind_of(fmt: QTextBlockFormat) -> BlockKind:
    """The kind a block format says (a paragraph when it says none)."""
    return _KINDS.get(fmt.intProperty(KIND_PROPERTY), BlockKind.PARAGRAPH)


def block_id(block: QTextBlock) -> str:
    return block.blockFormat().stringProperty(ID_PROPERTY)


def block_label(block: QTextBlock) -> str:
    return block.blockFormat().stringProperty(LABEL_PROPERTY)


def block_format(
    kind: BlockKind, entity_id: str, indent_unit: float, label: str = ""
) -> QTextBlockFormat:
    """A complete block format for a block of this kind: set it whole on every new block,
    since a new block otherwise copies its neighbour's."""
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, int(kind))
    fmt.setProperty(ID_PROPERTY, entity_id)
    if label:
        fmt.setProperty(LABEL_PROPERTY, label)
    depth = {BlockKind.SUB_ITEM: 2, BlockKind.SUB_SUB_ITEM: 3}.get(kind, 1)
    fmt.setLeftMargin(0 if kind.is_heading else indent_unit * depth)
    if kind.is_heading:
        fmt.setTopMargin(indent_unit * 0.6)
        fmt.setBottomMargin(indent_unit * 0.25)
        fmt.setHeadingLevel(2 if kind is BlockKind.HEADING else 3)
    else:
        fmt.setBottomMargin(indent_unit * 0.25)
    return fmt


def text_format(kind: BlockKind, base: QFont) -> QTextCharFormat:
    """The character format new text takes in a block of this kind."""
    fmt = QTextCharFormat()
    if kind.is_heading:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontPointSize(base.pointSizeF() * (1.15 if kind is BlockKind.HEADING else 1.05))
    else:
        fmt.setFontWeight(QFont.Weight.Normal)
        fmt.setFontPointSize(base.pointSizeF())
    fmt.setFontItalic(False)
    return fmt


_KINDS = {int(kind): kind for kind in BlockKind}
