"""The scripts whose words are found as substrings: written without spaces between words, or
with particles attached to them (Chinese, Japanese, Korean, Thai, Arabic)."""

SUBSTRING_SCRIPTS = (
    "\u0600-\u06ff\u0750-\u077f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufefe"
)  # ranges for a regular expression's or a GLOB's [...]
