"""Text from data, files or the officer printed in a layout label as written, never run as a QGIS expression.

QGIS evaluates every `[% … %]` in a layout label's text, when it draws the label and again whenever the officer opens
the layout in the designer. Each `[%` of such text is therefore written as a tiny expression whose value is `[%`
itself: `police [% 6*7 %]` prints as `police [% 6*7 %]`, not `police 42`.
"""

from __future__ import annotations

OPENER = "[%"
ESCAPED_OPENER = "[% '[%' %]"  # an expression giving the two characters it replaces


def literal(text: str) -> str:
    """`text` as a layout label's text that prints exactly `text`."""
    return str(text).replace(OPENER, ESCAPED_OPENER)


def unliteral(label_text: str) -> str:
    """The text `literal` was given back from its result (what the label prints)."""
    return label_text.replace(ESCAPED_OPENER, OPENER)
