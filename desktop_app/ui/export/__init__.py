"""Export from the window: the dialog and the exports running in the background."""
