"""area_fields.py: an areas layer's name and code fields, by their names or by their values, and what kind of areas
they are."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cpted_safety_map.plugin.core.area_fields import ADMINISTRATIVE, AREA, LEGAL, area_fields

DONGS = ["영등포동", "영등포동1가", "여의도동", "당산동"]


def test_known_field_names_are_taken_first():
    found = area_fields({"fid": [1, 2, 3, 4], "법정동코드": ["1156010100", "1156010200", "1156011000", "1156012000"],
                         "법정동명": DONGS})
    assert (found.name, found.code, found.kind) == ("법정동명", "법정동코드", LEGAL)
    assert not found.name_by_values and not found.code_by_values


def test_names_and_codes_under_unlisted_field_names_are_found_by_their_values():
    # as a download might name them: the gu repeated on every row (not a name), a feature id (not a code)
    found = area_fields({"fid": [1, 2, 3, 4], "시군구": ["영등포구"] * 4, "명칭": DONGS,
                         "코드값": [11560101, 11560102, 11560110, 11560120], "면적": [1.5, 0.2, 8.4, 1.1]})
    assert (found.name, found.code) == ("명칭", "코드값")
    assert found.name_by_values and found.code_by_values
    assert found.kind == LEGAL  # by the codes: 1 after the gu's five digits


def test_administrative_codes_and_field_names_give_administrative_dongs():
    assert area_fields({"명칭": DONGS, "코드값": ["1156051000", "1156053500", "1156054000", "1156055000"]}).kind \
        == ADMINISTRATIVE
    assert area_fields({"ADM_NM": DONGS, "ADM_CD": ["11190510", "11190520", "11190530", "11190540"]}).kind \
        == ADMINISTRATIVE


def test_the_korean_names_win_over_an_english_transcription():
    found = area_fields({"label_en": ["Yeongdeungpo-dong", "Yeongdeungpo-dong 1-ga", "Yeouido-dong", "Dangsan-dong"],
                         "label": DONGS})
    assert found.name == "label"


def test_a_field_with_repeated_or_missing_values_names_nothing():
    found = area_fields({"구분": ["동", "동", "가", "동"], "비고": ["a", None, "b", "c"], "id": [1, 2, 3, 4]})
    assert (found.name, found.code, found.kind) == (None, None, AREA)


def test_the_officers_choice_is_kept():
    assert area_fields({"명칭": DONGS, "별칭": ["a", "b", "c", "d"]}, wanted_name="별칭").name == "별칭"


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=2, max_size=40, unique=True))
def test_short_unique_numbers_are_ids_not_codes(ids):
    assert area_fields({"name": [f"동{i}" for i in ids], "no": ids}).code in (None, "no")
    if max(ids) < 10_000:  # fewer than five digits: never a code
        assert area_fields({"name": [f"동{i}" for i in ids], "no": ids}).code is None
