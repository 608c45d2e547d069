"""Search across every meeting: the pane (Ctrl+Shift+F), its results and the search itself,
run off the window's thread."""
