"""The note editor: the whole note as one QTextDocument that numbers itself."""
