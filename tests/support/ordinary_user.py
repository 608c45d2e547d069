"""Run a process with the file permissions of an ordinary user, even when the tests run as
root (whom permissions do not stop): root without the capabilities that override them."""

from __future__ import annotations

import os
import shutil

import pytest

_OVERRIDES = "-dac_override,-dac_read_search,-fowner"


def ordinary_user_prefix() -> list[str]:
    """What to put before a command so that it meets file permissions as a user would."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root ignores file permissions, and setpriv is not here to drop that")
    return ["setpriv", f"--inh-caps={_OVERRIDES}", f"--bounding-set={_OVERRIDES}"]


def another_user_can_be_simulated() -> bool:
    """Whether a file of another user can be made (only root can give one away)."""
    return os.geteuid() == 0
