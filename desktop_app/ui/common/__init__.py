"""What several panes share: icons, the inline-format mapping, item view helpers, and the
records handed to panes."""
