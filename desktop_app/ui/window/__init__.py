"""The main window: it composes the panes and wires their signals in one place; its actions,
the saving session, the settings it keeps, the banner, the welcome pane, the Help menu."""
