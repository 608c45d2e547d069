"""The Qt application: main window, agenda tree, note editor, footnotes, action items."""
