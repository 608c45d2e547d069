"""Whether a -wal beside a library is the library's own, decided before SQLite may apply
it; and a -wal that is not, set aside (renamed, never deleted).

A -wal names no database: SQLite applies any -wal beside a file whose checksums hold and
whose page size matches. So a -wal left by a crash of another library, or by the library
itself before the file was replaced by a backup copied over it by hand, would be folded
into the file, mixing pages of two states or two files. The rule, applied on a private copy
of the file and its -wal (store/file_check.py), with what each library keeps in its
`library` table (schema version 3): its id, which its backups and copies share, and the
number of commits made to it, which every write transaction of Rapporteur raises by one.

The -wal belongs to the file when the file with the -wal applied is sound, is a Rapporteur
library, and is the same library as the main file alone (the same id), and when the main
file alone stands at a commit of the -wal's history: after the -wal's first transaction
the count is at most one more than the main file's, and after its last at least the main
file's. A -wal written over the current main file always passes (a checkpoint, even a
partial one, moves the main file forward within that history). A -wal of the same library
laid over an older copy fails: the copy's count is below where the -wal began. That the
count matches is not proof: two copies of a library edited apart may share a count; the
integrity check of the result is then the last guard, as it is for a library from before
version 3: its main file has no id or count yet, so a sound -wal of ours is applied (it may
hold the migration to version 3, and edits made before it).

When the main file alone is damaged (a crash in the middle of a checkpoint can leave it
so) but the file with the -wal is sound and the same library, the -wal is applied: it is
what makes the file whole. A -wal that does not belong is set aside only by a writer, under
the writer lock; a reader leaves it where it is and reads the main file alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import clock
from desktop_app.store.errors import LibraryWriteFailed

WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24


@dataclass(frozen=True)
class Identity:
    """Which library a file is, and how many commits it has seen; None before version 3."""

    library_id: str | None
    commits: int | None


NO_IDENTITY = Identity(None, None)


def wal_path_for(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path_for(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def first_transaction(wal: Path) -> bytes:
    """The -wal cut after its first commit: its header and the frames of that commit;
    only the header when it holds no commit SQLite would apply."""
    with wal.open("rb") as file:
        header = file.read(WAL_HEADER_SIZE)
        if len(header) < WAL_HEADER_SIZE:
            return b""
        page_size = int.from_bytes(header[8:12], "big")
        page_size = 65536 if page_size == 1 else page_size
        frames = b""
        while True:
            frame = file.read(FRAME_HEADER_SIZE + page_size)
            # A frame of another generation of the -wal (other salts) ends what is valid.
            if len(frame) < FRAME_HEADER_SIZE + page_size or frame[8:16] != header[16:24]:
                return header
            frames += frame
            if int.from_bytes(frame[4:8], "big"):  # the database's size, set on a commit
                return header + frames


def wal_belongs(alone: Identity | None, first: Identity | None, whole: Identity) -> str:
    """Why the -wal is not the file's own ("" when it is), from the identity of the main
    file alone (None if damaged), after the -wal's first commit (None if unreadable) and
    with the whole -wal applied."""
    if alone is None or alone.library_id is None:
        return ""  # damaged alone, or from before version 3 (the -wal may hold migration 3)
    if whole.library_id != alone.library_id:
        return "it was left by another database"
    if alone.commits is None or whole.commits is None:
        return ""
    if first is not None and first.commits is not None and first.commits > alone.commits + 1:
        return (
            "it continues a later state of this library, as when an older copy is put in its place"
        )
    if whole.commits < alone.commits:
        return "it holds changes older than the file"
    return ""


def set_aside(path: Path, reason: str) -> str:
    """Rename the library's -wal and -shm to names that say they were set aside; returns
    the notice to show."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    wal, shm = wal_path_for(path), shm_path_for(path)
    wal_aside = _free_name(wal.with_name(f"{wal.name}.set-aside-{stamp}"))
    shm_aside = shm.with_name(wal_aside.name.replace(f"{path.name}-wal.", f"{path.name}-shm.", 1))
    try:
        os.rename(wal, wal_aside)
        if shm.exists():
            os.rename(shm, shm_aside)
    except OSError as error:
        raise LibraryWriteFailed(
            f"The file {wal} is not the library's own ({reason}) and cannot be set aside "
            f"({error.strerror}). Move it out of the folder, then open the library again."
        ) from None
    return (
        f"The file {wal.name} beside {path} was not the library's own ({reason}), so it was "
        f"set aside as {wal_aside.name} and the library opened without it. Nothing was "
        "deleted: remove the set-aside file once the library holds what you expect."
    )


def not_used(path: Path, reason: str) -> str:
    """The notice of a reader that leaves a -wal that is not the library's where it is."""
    return (
        f"The file {wal_path_for(path).name} beside {path} is not the library's own "
        f"({reason}), so it was not read; it will be set aside when the library is next "
        "opened for writing."
    )


def _free_name(wanted: Path) -> Path:
    candidate, number = wanted, 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = wanted.with_name(f"{wanted.name}-{number}")
    return candidate
