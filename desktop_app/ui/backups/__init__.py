"""File › Restore from a backup…: the library's backups, and the one to restore."""

from desktop_app.ui.backups.restore_dialog import RestoreBackupDialog, ask_backup_to_restore

__all__ = ["RestoreBackupDialog", "ask_backup_to_restore"]
