"""cartography.literal: any text, once literal, is what QGIS's expression engine gives back from a layout label."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsExpression, QgsExpressionContext

from cpted_safety_map.plugin.cartography.literal import literal, unliteral

# Text built from the pieces that make or break an expression: openers, closers, quotes, newlines, words.
PIECES = st.sampled_from(["[%", "%]", "[", "%", "]", "'", '"', "\n", " ", "6*7", "env('HOME')", "x", "도로", "@"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
def test_literal_text_comes_back_as_written_from_qgis(text):
    shown = QgsExpression.replaceExpressionText(literal(text), QgsExpressionContext())
    assert shown == text
    assert unliteral(literal(text)) == text


def test_an_expression_is_printed_not_run():
    assert QgsExpression.replaceExpressionText("police [% 6*7 %]", QgsExpressionContext()) == "police 42"
    assert QgsExpression.replaceExpressionText(literal("police [% 6*7 %]"), QgsExpressionContext()) == \
        "police [% 6*7 %]"
