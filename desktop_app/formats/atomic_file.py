"""Write a file whole or not at all: into a temporary file beside it, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.formats.errors import ExportFailed


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces `path`, on failure `path` is untouched
    and no temporary file is left behind."""
    path = Path(path)
    _remove_leftovers(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent or "."
        )
    except OSError as error:
        raise ExportFailed(path, error.strerror or str(error)) from None
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o666 & ~_UMASK)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportFailed(path, error.strerror or str(error)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _remove_leftovers(path: Path) -> None:
    """Temporary files an earlier, killed write of this file left behind."""
    for leftover in path.parent.glob(f".{path.name}.*.part"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def write_text_atomically(path: Path, text: str) -> None:
    with atomic_output(path) as file:
        file.write(text.encode("utf-8"))


def _read_umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


_UMASK = _read_umask()  # read once: changing the umask is process-wide, not thread-safe
