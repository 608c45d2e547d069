"""Strict validation of an exported DOCX with openxml-audit, a port of the checks of Microsoft's
Open XML SDK: the package, every part against the schemas, references between parts, and in
strict mode the parts Word expects beside the document (styles, settings, font table, theme)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator


def docx_findings(source: Path | bytes) -> list[str]:
    """Everything the validator in strict mode finds wrong with a DOCX file (or its bytes), one
    line each: severity, kind, part and place, message."""
    if isinstance(source, bytes):
        with tempfile.TemporaryDirectory(prefix="docx-validation-") as folder:
            path = Path(folder) / "note.docx"
            path.write_bytes(source)
            return docx_findings(path)
    # A new validator for each file: openxml-audit 0.8.0 caches what it read of another part
    # under id() of the package, which the next file's package may get once the last one is
    # freed; a reused validator then reports footnotes the next file does have as missing.
    validator = OpenXmlValidator(max_errors=0, strict=True)
    result = validator.validate(source)
    return [f"{finding.severity.value}: {finding}" for finding in result.errors]


def assert_valid_docx(source: Path | bytes) -> None:
    """Fails the test with the validator's own messages when the DOCX is not valid."""
    findings = docx_findings(source)
    if findings:
        shown = "\n".join(findings[:20])
        more = f"\n… and {len(findings) - 20} more" if len(findings) > 20 else ""
        pytest.fail(f"openxml-audit finds {len(findings)} problems:\n{shown}{more}", pytrace=False)
