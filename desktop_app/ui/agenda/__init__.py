"""The agenda pane: the tree of agenda items, its delegate, drag and drop."""
