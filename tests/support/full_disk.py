"""A process for which the disk is full, without root or a mount: no file of it may grow
(RLIMIT_FSIZE at zero, SIGXFSZ ignored), so every write fails as on a full disk
(EFBIG instead of ENOSPC); files may still be read, and the limit is the process's own."""

from __future__ import annotations

import resource
import signal


def disk_full() -> None:
    """For `preexec_fn`: run the child as if its disk were full."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
