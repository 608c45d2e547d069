"""What the window offers when the library cannot be opened at start-up."""
