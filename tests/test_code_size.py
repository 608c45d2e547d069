"""The house rules on size: small modules, short functions, a main window that only composes.

A module over 400 lines or a function over 50 has more than one job; the main window over 300
lines does the panes' work. Lines of string literals (SQL text, docstrings) are not counted in
a function's length: a long query is one statement, not a long function.
"""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"
LONGEST_MODULE = 400
LONGEST_FUNCTION = 50
LONGEST_MAIN_WINDOW = 300
MAIN_WINDOW = PACKAGE / "ui" / "window" / "main_window.py"


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _string_lines(source: str) -> set[int]:
    """The lines that hold nothing but (part of) a string literal."""
    lines: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and token.start[0] != token.end[0]:
            lines.update(range(token.start[0] + 1, token.end[0] + 1))
    return lines


def _long_functions(source: str, module: str) -> dict[str, int]:
    """Each function over the limit, as "module function", with its length."""
    strings = _string_lines(source)
    found = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            body = set(range(node.lineno, node.end_lineno + 1)) - strings
            if len(body) > LONGEST_FUNCTION:
                found[f"{module} {node.name}"] = len(body)
    return found


def test_a_long_function_is_found_and_a_long_query_is_not() -> None:
    code = "def long():\n" + "    x = 1\n" * 50 + 'def query():\n    return """\n' + "SQL\n" * 80
    assert _long_functions(code + '"""\n', "m.py") == {"m.py long": 51}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_400_lines(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= LONGEST_MODULE, f"{path.relative_to(PACKAGE)} has {lines} lines"


def test_no_function_is_over_50_lines() -> None:
    found: dict[str, int] = {}
    for path in _modules():
        found |= _long_functions(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    assert not found, f"functions over {LONGEST_FUNCTION} lines: {found}"


def test_the_main_window_only_composes() -> None:
    lines = MAIN_WINDOW.read_text(encoding="utf-8").count("\n")
    assert lines < LONGEST_MAIN_WINDOW, f"main_window.py has {lines} lines"
