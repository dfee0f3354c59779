"""period.py: incident dates in the forms crime data use, the period they cover, and splitting it in time."""

from __future__ import annotations

import dataclasses
import datetime
import time
from itertools import pairwise

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cpted_safety_map.plugin.core.period import (
    DATE_FIELD_NAMES,
    Period,
    detect_date_field,
    in_period,
    outlying_dates,
    parse_bound,
    parse_dates,
    period_between,
    period_of,
    split_by_time,
)

D = datetime.date


def day(text: str) -> np.datetime64:
    return np.datetime64(text, "D")


def days(*texts: str | None) -> np.ndarray:
    return np.array([np.datetime64("NaT") if t is None else np.datetime64(t) for t in texts], dtype="datetime64[D]")


def one(value) -> tuple[np.datetime64, str]:
    dates, granularity = parse_dates([value])
    assert dates.dtype == np.dtype("datetime64[D]") and dates.shape == (1,)
    return dates[0], granularity


# --- parse_dates: one value of each form --------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    # 발생일시 as Korean police and municipal files write it
    ("2023-01-05 22:10", "2023-01-05"),
    ("2023.01.05 22:10", "2023-01-05"),
    ("2023/01/05 22:10:00", "2023-01-05"),
    ("2023. 1. 5.", "2023-01-05"),
    ("2023-1-5", "2023-01-05"),
    ("20230105", "2023-01-05"),
    ("20230105 2210", "2023-01-05"),
    ("202301052210", "2023-01-05"),
    ("20230105221000", "2023-01-05"),
    ("2023년 1월 5일 22시", "2023-01-05"),
    ("2023년 01월 05일", "2023-01-05"),
    ("2023년12월31일 23시 59분", "2023-12-31"),
    ("  2023-01-05  ", "2023-01-05"),
    # ISO date-times, also with a zone (the date as written, where it happened)
    ("2023-01-05T22:10:00", "2023-01-05"),
    ("2023-01-05T23:30:00+09:00", "2023-01-05"),
    ("2023-12-31T23:59:59.999Z", "2023-12-31"),
    # the year last, as US open data write it
    ("01/05/2023", "2023-01-05"),
    ("01/05/2023 10:10:00 PM", "2023-01-05"),
    ("12/31/2023 11:59:00 PM", "2023-12-31"),
    ("05.01.2023", "2023-01-05"),  # a dot: day first (European)
    # month names
    ("5 January 2023", "2023-01-05"),
    ("05-Jan-2023", "2023-01-05"),
    ("January 5, 2023", "2023-01-05"),
    ("Thu, 05 Jan 2023 22:10:00", "2023-01-05"),
    ("Sep 30 2023", "2023-09-30"),
    # numbers from QGIS
    (20230105, "2023-01-05"),
    (20230105.0, "2023-01-05"),
    (np.int64(20231231), "2023-12-31"),
    (202301052210, "2023-01-05"),
    ("20230105.0", "2023-01-05"),
    # dates from QGIS (QDate and QDateTime arrive as these)
    (datetime.date(2023, 1, 5), "2023-01-05"),
    (datetime.datetime(2023, 1, 5, 22, 10), "2023-01-05"),
    (datetime.datetime(2023, 1, 5, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=9))), "2023-01-05"),
    (pd.Timestamp("2023-01-05 22:10"), "2023-01-05"),
    (np.datetime64("2023-01-05T22:10"), "2023-01-05"),
    # leap days
    ("2024-02-29", "2024-02-29"),
    (20000229, "2000-02-29"),
])
def test_dates_by_the_day(value, expected):
    assert one(value) == (day(expected), "day")


@pytest.mark.parametrize("value, expected", [
    ("202301", "2023-01-01"),
    ("2023-01", "2023-01-01"),
    ("2023-12", "2023-12-01"),
    ("2023.1", "2023-01-01"),
    ("2023.10", "2023-10-01"),
    ("2023/07", "2023-07-01"),
    ("2023. 7.", "2023-07-01"),
    ("2023년 1월", "2023-01-01"),
    ("2023년 11월", "2023-11-01"),
    ("2023년11월분", "2023-11-01"),
    ("07/2023", "2023-07-01"),
    ("January 2023", "2023-01-01"),
    ("Dec 2023", "2023-12-01"),
    (202301, "2023-01-01"),
    (202312.0, "2023-12-01"),
    ("202301.0", "2023-01-01"),
])
def test_months_stand_for_their_first_day(value, expected):
    assert one(value) == (day(expected), "month")


@pytest.mark.parametrize("value, expected", [
    (2023, "2023-01-01"),
    (2023.0, "2023-01-01"),
    (np.int32(1999), "1999-01-01"),
    ("2023", "2023-01-01"),
    ("2023.0", "2023-01-01"),
    ("2023년", "2023-01-01"),
    ("2023년도", "2023-01-01"),
    (1900, "1900-01-01"),
    (2100, "2100-01-01"),
])
def test_years_stand_for_their_january_first(value, expected):
    assert one(value) == (day(expected), "year")


@pytest.mark.parametrize("value", [
    None, "", "   ", "unknown", "NULL", "미상", float("nan"), np.nan, pd.NaT, pd.NA, True, False,
    "2023-02-30", "2023-13-01", "2023-00-10", "20231301", "20230132", "202313", "2023-13", "2023년 13월",
    "1899-12-30", "0001-01-01", datetime.date(1, 1, 1), datetime.date(1899, 12, 30), 1899, 2101, "2101",
    20230105.5, 2023.5, 123, 12345, 1234567, 123456789, -20230105, 0, float("inf"),
    "23.01.05", "abcd-ef-gh", [2023], {"a": 1}, b"20230105x",
])
def test_unreadable_values_are_nat_and_never_raise(value):
    dates, _ = parse_dates([value])
    assert np.isnat(dates[0])


def test_unreadable_values_leave_the_readable_ones_in_place():
    values = [None, "2023-01-05", "", 20230106, "unknown", float("nan"), datetime.date(2023, 1, 7), "2023-02-30"]

    dates, granularity = parse_dates(values)

    np.testing.assert_array_equal(dates, days(None, "2023-01-05", None, "2023-01-06", None, None, "2023-01-07", None))
    assert granularity == "day"


def test_repeated_values_are_read_each_time():
    dates, _ = parse_dates(["2023-01-05", None, "2023-01-05", 2023, "2023-01-05", 2023])

    np.testing.assert_array_equal(dates, days("2023-01-05", None, "2023-01-05", "2023-01-01", "2023-01-05",
                                              "2023-01-01"))


def test_nothing_and_an_empty_list():
    dates, granularity = parse_dates([])
    assert dates.dtype == np.dtype("datetime64[D]") and dates.shape == (0,) and granularity == "day"

    dates, granularity = parse_dates([None, "", "unknown"])
    assert np.isnat(dates).all() and dates.shape == (3,) and granularity == "day"


# --- parse_dates: granularity of the data -------------------------------------------------------------------------

@pytest.mark.parametrize("values, expected", [
    ([2022, 2023, "2024"], "year"),
    ([2022, None, "unknown", 2023.0], "year"),
    (["202301", "2023-02", "2023년 3월"], "month"),
    (["2023-01", 2022], "month"),
    (["2023-01", "2023-02-03"], "day"),
    ([2022, datetime.date(2023, 5, 1)], "day"),
    (["20230105", "2023"], "day"),
    ([None, ""], "day"),
])
def test_granularity_is_year_or_month_only_when_every_readable_value_is(values, expected):
    assert parse_dates(values)[1] == expected


def test_year_last_column_is_read_day_first_when_a_first_number_is_over_12():
    dates, _ = parse_dates(["13/05/2023", "01/05/2023", "02/03/2023 10:00"])

    np.testing.assert_array_equal(dates, days("2023-05-13", "2023-05-01", "2023-03-02"))


def test_year_last_column_stays_month_first_when_a_second_number_is_over_12():
    dates, _ = parse_dates(["12/25/2023", "01/05/2023", "13/05/2023"])

    np.testing.assert_array_equal(dates, days("2023-12-25", "2023-01-05", None))


# --- parse_dates: whole arrays --------------------------------------------------------------------------------------

def test_numpy_and_pandas_arrays():
    np.testing.assert_array_equal(parse_dates(np.array([20230105, 202301, 2023, 7]))[0],
                                  days("2023-01-05", "2023-01-01", "2023-01-01", None))
    np.testing.assert_array_equal(parse_dates(np.array([20230105.0, np.nan]))[0], days("2023-01-05", None))
    np.testing.assert_array_equal(parse_dates(np.array(["2023-01-05T22:10", "NaT"], dtype="datetime64[m]"))[0],
                                  days("2023-01-05", None))
    np.testing.assert_array_equal(parse_dates(pd.Series(["2023-01-05", None, "2023년 1월 6일"]))[0],
                                  days("2023-01-05", None, "2023-01-06"))
    np.testing.assert_array_equal(parse_dates(pd.Series(["2023-01-05", pd.NA], dtype="string"))[0],
                                  days("2023-01-05", None))
    np.testing.assert_array_equal(parse_dates(pd.Series([20230105, None], dtype="Int64"))[0],
                                  days("2023-01-05", None))
    np.testing.assert_array_equal(parse_dates(np.array(["2023", 2024, None], dtype=object))[0],
                                  days("2023-01-01", "2024-01-01", None))


def test_datetime_series_with_a_zone_gives_the_local_date():
    moments = pd.Series(pd.to_datetime(["2023-01-05 23:30", None])).dt.tz_localize("Asia/Seoul")

    dates, granularity = parse_dates(moments)

    np.testing.assert_array_equal(dates, days("2023-01-05", None))
    assert granularity == "day"


def test_100000_iso_date_times_parse_well_under_a_second():
    rng = np.random.default_rng(1)
    minutes = rng.integers(0, 3 * 365 * 24 * 60, 100_000)
    moments = np.datetime64("2021-01-01T00:00") + minutes.astype("timedelta64[m]")
    texts = [str(m).replace("T", " ") for m in moments]

    started = time.perf_counter()
    dates, granularity = parse_dates(texts)
    elapsed = time.perf_counter() - started

    np.testing.assert_array_equal(dates, moments.astype("datetime64[D]"))
    assert granularity == "day"
    assert elapsed < 1.0, f"{elapsed:.2f} s for 100,000 values"


def test_100000_python_datetimes_parse_well_under_a_second():
    moments = np.datetime64("2021-01-01T00:00") + np.arange(100_000).astype("timedelta64[m]") * 13
    values = moments.astype("datetime64[us]").tolist()
    assert isinstance(values[0], datetime.datetime)

    started = time.perf_counter()
    dates, _ = parse_dates(values)
    elapsed = time.perf_counter() - started

    np.testing.assert_array_equal(dates, moments.astype("datetime64[D]"))
    assert elapsed < 1.0, f"{elapsed:.2f} s for 100,000 values"


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
@settings(max_examples=200, deadline=None)
def test_any_day_reads_back_from_every_form(date):
    y, m, d = date.year, date.month, date.day
    forms = [f"{y:04d}-{m:02d}-{d:02d}", f"{y:04d}.{m:02d}.{d:02d} 22:10", f"{y:04d}{m:02d}{d:02d}",
             f"{y}년 {m}월 {d}일 22시", f"{y}. {m}. {d}.", y * 10000 + m * 100 + d, float(y * 10000 + m * 100 + d),
             f"{m:02d}/{d:02d}/{y:04d} 10:10 PM", date, datetime.datetime(y, m, d, 23, 59)]

    dates, granularity = parse_dates(forms)

    assert dates.tolist() == [date] * len(forms)
    assert granularity == "day"


@given(st.integers(1900, 2100), st.integers(1, 12))
@settings(max_examples=100, deadline=None)
def test_any_month_reads_back_as_its_first_day(y, m):
    forms = [f"{y}{m:02d}", f"{y}-{m:02d}", f"{y}.{m}", f"{y}년 {m}월", y * 100 + m]

    dates, granularity = parse_dates(forms)

    assert dates.tolist() == [D(y, m, 1)] * len(forms)
    assert granularity == "month"


# --- detect_date_field ---------------------------------------------------------------------------------------------

def test_date_field_names_start_with_the_korean_ones_and_prefer_a_full_date():
    assert DATE_FIELD_NAMES[:3] == ("발생일시", "발생일자", "발생일")
    order = [DATE_FIELD_NAMES.index(name) for name in ("발생일시", "발생년월", "date", "occurred", "month", "연도",
                                                       "year")]
    assert order == sorted(order)


@pytest.mark.parametrize("names, expected", [
    (["id", "죄종", "발생일시", "주소"], "발생일시"),
    (["연도", "발생년월", "발생일자"], "발생일자"),
    (["year", "month", "DATE"], "DATE"),
    (["Year", "Month"], "Month"),
    (["YEAR", "x"], "YEAR"),
    (["OCC_DATE", "reported"], "OCC_DATE"),
    (["reported", "datetime"], "datetime"),
    ([" Date ", "id"], " Date "),
    (["id", "사건발생일시각"], "사건발생일시각"),
    (["IncidentDateTime", "사건발생일"], "사건발생일"),
    (["id", "IncidentDateTime"], "IncidentDateTime"),
    (["id", "last_update_date"], None),
    (["id", "name", "geometry"], None),
    ([], None),
])
def test_detect_date_field(names, expected):
    assert detect_date_field(names) == expected


# --- Period --------------------------------------------------------------------------------------------------------

def test_period_days_and_years():
    assert Period(D(2023, 1, 1), D(2023, 12, 31)).days == 365
    assert Period(D(2024, 1, 1), D(2024, 12, 31)).days == 366
    assert Period(D(2023, 1, 5), D(2023, 1, 5)).days == 1
    # calendar years: a whole year is exactly 1, leap or not, so equal rates give equal counts a year
    assert Period(D(2023, 1, 1), D(2023, 12, 31)).years == 1.0
    assert Period(D(2024, 1, 1), D(2024, 12, 31)).years == 1.0  # 366 days
    assert Period(D(2022, 1, 1), D(2024, 12, 31)).years == 3.0  # 1096 days
    assert Period(D(2021, 1, 1), D(2023, 12, 31)).years == 3.0  # 1095 days
    assert Period(D(2023, 7, 1), D(2024, 6, 30)).years == 1.0  # across a leap day
    assert Period(D(2023, 1, 1), D(2023, 1, 1)).years == pytest.approx(1 / 365)
    assert Period(D(2024, 1, 1), D(2024, 1, 31)).years == pytest.approx(31 / 366)
    assert Period(D(2022, 1, 1), D(2023, 6, 30)).years == pytest.approx(1 + 181 / 365)
    assert Period(D(2024, 2, 29), D(2025, 2, 28)).years == pytest.approx(1.0)  # March 1 is its anniversary


@pytest.mark.parametrize("period, expected", [
    (Period(D(2023, 1, 1), D(2024, 12, 31)), "2023-01-01 – 2024-12-31"),
    (Period(D(2023, 3, 5), D(2023, 3, 5)), "2023-03-05"),
    (Period(D(2023, 1, 1), D(2023, 12, 31), "year"), "2023"),
    (Period(D(2022, 1, 1), D(2023, 12, 31), "year"), "2022 – 2023"),
    (Period(D(2023, 1, 1), D(2023, 6, 30), "month"), "2023-01 – 2023-06"),
    (Period(D(2023, 2, 1), D(2023, 2, 28), "month"), "2023-02"),
    (Period(D(2022, 1, 1), D(2023, 12, 31), "month"), "2022-01 – 2023-12"),
    (Period(D(2023, 1, 1), D(2023, 6, 30), "year"), "2023-01 – 2023-06"),  # cut to part of a year
    (Period(D(2023, 1, 1), D(2023, 6, 15), "month"), "2023-01-01 – 2023-06-15"),
])
def test_period_label(period, expected):
    assert period.label() == expected


def test_period_label_uses_an_en_dash():
    assert "\u2013" in Period(D(2023, 1, 1), D(2024, 12, 31)).label()


def test_period_is_frozen_and_checks_itself():
    period = Period(D(2023, 1, 1), D(2023, 12, 31))
    with pytest.raises(dataclasses.FrozenInstanceError):
        period.start = D(2022, 1, 1)
    with pytest.raises(ValueError, match="before it starts"):
        Period(D(2023, 1, 2), D(2023, 1, 1))
    with pytest.raises(ValueError, match="granularity"):
        Period(D(2023, 1, 1), D(2023, 1, 2), "week")


# --- period_of -----------------------------------------------------------------------------------------------------

def test_period_of_days_runs_from_the_first_to_the_last_date():
    period = period_of(days("2023-03-05", None, "2022-11-30", "2023-01-01"), "day")

    assert period == Period(D(2022, 11, 30), D(2023, 3, 5), "day")
    assert period.days == 96


def test_period_of_months_ends_with_the_last_month():
    dates, granularity = parse_dates(["202301", "202306", None, "202303"])

    period = period_of(dates, granularity)

    assert period == Period(D(2023, 1, 1), D(2023, 6, 30), "month")
    assert period.label() == "2023-01 – 2023-06"


def test_period_of_february_of_a_leap_year():
    assert period_of(days("2024-02-01"), "month") == Period(D(2024, 2, 1), D(2024, 2, 29), "month")


def test_period_of_two_years_of_data_given_as_years():
    dates, granularity = parse_dates([2023, 2022, 2023, None])

    period = period_of(dates, granularity)

    assert period == Period(D(2022, 1, 1), D(2023, 12, 31), "year")
    assert period.years == pytest.approx(2.0, abs=0.002)
    assert period.label() == "2022 – 2023"


def test_period_of_three_full_years_of_days():
    period = period_of(days("2022-01-01", "2023-07-01", "2024-12-31"), "day")

    assert period.years == pytest.approx(3.0, abs=0.002)
    assert period.days == 365 + 365 + 366


def test_period_of_one_year_given_as_a_year_is_a_full_year():
    period = period_of(days("2023-01-01"), "year")

    assert period == Period(D(2023, 1, 1), D(2023, 12, 31), "year")
    assert period.years == pytest.approx(1.0, abs=0.002)


def test_period_of_nothing_readable_is_none():
    assert period_of(days(None, None), "day") is None
    assert period_of(np.array([], dtype="datetime64[D]"), "year") is None


# --- parse_bound and period_between ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2023-01-01", D(2023, 1, 1)),
    ("2023.1.1", D(2023, 1, 1)),
    ("2023. 6. 30.", D(2023, 6, 30)),
    ("20230101", D(2023, 1, 1)),
    ("2023-01", D(2023, 1, 1)),
    ("2023-06", D(2023, 6, 1)),
    ("2023", D(2023, 1, 1)),
    ("2023년 6월 30일", D(2023, 6, 30)),
    (" 2024-02-29 ", D(2024, 2, 29)),
])
def test_parse_bound(text, expected):
    assert parse_bound(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "abc", "2023-13-01", "2023-02-30", "1800", "23-01-01", "next year"])
def test_parse_bound_says_why_it_cannot_read_a_value(text):
    with pytest.raises(ValueError) as raised:
        parse_bound(text)
    message = str(raised.value)
    assert message[0].isupper() and message.endswith(".") and " " in message
    if text.strip():
        assert repr(text) in message


@pytest.mark.parametrize("start, end, expected", [
    ("2023-01-01", "2023-12-31", Period(D(2023, 1, 1), D(2023, 12, 31), "day")),
    ("2023-01-01", "2023-01-01", Period(D(2023, 1, 1), D(2023, 1, 1), "day")),
    ("2023", "2023", Period(D(2023, 1, 1), D(2023, 12, 31), "year")),
    ("2023", "2024", Period(D(2023, 1, 1), D(2024, 12, 31), "year")),
    ("2023-01", "2023-06", Period(D(2023, 1, 1), D(2023, 6, 30), "month")),
    ("2023", "2023-06", Period(D(2023, 1, 1), D(2023, 6, 30), "month")),
    ("2024-02", "2024-02", Period(D(2024, 2, 1), D(2024, 2, 29), "month")),
    ("2023-01-15", "2023-02", Period(D(2023, 1, 15), D(2023, 2, 28), "day")),
    ("20230101", "2023.12.31", Period(D(2023, 1, 1), D(2023, 12, 31), "day")),
])
def test_period_between(start, end, expected):
    assert period_between(start, end) == expected


def test_period_between_labels_and_years():
    assert period_between("2023", "2023").label() == "2023"
    assert period_between("2023-01", "2023-06").label() == "2023-01 – 2023-06"
    assert period_between("2023-01-01", "2024-12-31").label() == "2023-01-01 – 2024-12-31"
    assert period_between("2022", "2024").years == pytest.approx(3.0, abs=0.002)


@pytest.mark.parametrize("start, end", [("2023-01-02", "2023-01-01"), ("2024", "2023"), ("2023-07", "2023-06-30")])
def test_period_between_refuses_an_end_before_the_start(start, end):
    with pytest.raises(ValueError, match="before it starts"):
        period_between(start, end)


def test_period_between_refuses_an_unreadable_bound():
    with pytest.raises(ValueError, match="end"):
        period_between("2023-01-01", "soon")
    with pytest.raises(ValueError, match="start"):
        period_between("", "2023-01-01")


# --- in_period -----------------------------------------------------------------------------------------------------

def test_in_period_includes_both_ends_and_never_nat():
    period = Period(D(2023, 1, 1), D(2023, 12, 31))
    dates = days("2022-12-31", "2023-01-01", "2023-07-01", "2023-12-31", "2024-01-01", None)

    assert in_period(dates, period).tolist() == [False, True, True, True, False, False]
    assert in_period(days(), period).tolist() == []


# --- split_by_time -------------------------------------------------------------------------------------------------

def test_split_a_year_into_its_first_two_thirds_and_last_third():
    # 365 days * 2/3 = 243.3 -> the first 243 days, Jan 1 to Aug 31 (31+28+31+30+31+30+31+31 = 243)
    parts = split_by_time(None, Period(D(2023, 1, 1), D(2023, 12, 31)))

    assert parts == [Period(D(2023, 1, 1), D(2023, 8, 31)), Period(D(2023, 9, 1), D(2023, 12, 31))]


def test_split_in_three_parts():
    parts = split_by_time(None, Period(D(2023, 1, 1), D(2023, 1, 10)), fractions=(0.5, 0.8))

    assert parts == [Period(D(2023, 1, 1), D(2023, 1, 5)), Period(D(2023, 1, 6), D(2023, 1, 8)),
                     Period(D(2023, 1, 9), D(2023, 1, 10))]


def test_split_years_of_yearly_data_at_a_new_year():
    parts = split_by_time(None, Period(D(2021, 1, 1), D(2023, 12, 31), "year"))

    assert parts == [Period(D(2021, 1, 1), D(2022, 12, 31), "year"), Period(D(2023, 1, 1), D(2023, 12, 31), "year")]


def test_split_monthly_data_at_the_first_of_a_month():
    # 2023-01 .. 2023-05: 151 days * 2/3 = 100.7 -> Jan 1 + 101 days is April 12, nearer April 1 than May 1
    parts = split_by_time(None, Period(D(2023, 1, 1), D(2023, 5, 31), "month"))

    assert parts == [Period(D(2023, 1, 1), D(2023, 3, 31), "month"), Period(D(2023, 4, 1), D(2023, 5, 31), "month")]


def test_split_checks_every_part_holds_an_incident_when_given_the_dates():
    period = Period(D(2023, 1, 1), D(2023, 12, 31))

    parts = split_by_time(days("2023-02-01", "2023-10-01"), period)
    assert [part.end for part in parts] == [D(2023, 8, 31), D(2023, 12, 31)]
    with pytest.raises(ValueError, match="2023-09-01 – 2023-12-31"):
        split_by_time(days("2023-02-01", "2023-08-31", "2024-01-05", None), period)


@pytest.mark.parametrize("period, fractions", [
    (Period(D(2023, 1, 1), D(2023, 1, 1)), (2 / 3,)),
    (Period(D(2023, 1, 1), D(2023, 1, 2)), (0.3, 0.6)),
    (Period(D(2023, 1, 1), D(2023, 12, 31), "year"), (2 / 3,)),
    (Period(D(2023, 1, 1), D(2023, 1, 31), "month"), (0.5,)),
    (Period(D(2023, 1, 1), D(2023, 12, 31)), ()),
    (Period(D(2023, 1, 1), D(2023, 12, 31)), (0.0,)),
    (Period(D(2023, 1, 1), D(2023, 12, 31)), (1.0,)),
    (Period(D(2023, 1, 1), D(2023, 12, 31)), (0.7, 0.3)),
    (Period(D(2023, 1, 1), D(2023, 12, 31)), (0.5, 0.5)),
])
def test_split_refuses_what_cannot_be_split(period, fractions):
    with pytest.raises(ValueError):
        split_by_time(None, period, fractions)


fraction_lists = st.lists(st.floats(0.01, 0.99), min_size=1, max_size=4, unique=True).map(sorted)


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2050, 12, 31)), st.integers(1, 4000), fraction_lists)
@settings(max_examples=300, deadline=None)
def test_split_by_day_covers_the_period_without_gap_or_overlap(start, length, fractions):
    period = Period(start, start + datetime.timedelta(days=length - 1))
    cuts = [round(length * f) for f in fractions]
    possible = all(0 < c < length for c in cuts) and len(set(cuts)) == len(cuts)

    if not possible:
        with pytest.raises(ValueError):
            split_by_time(None, period, fractions)
        return
    parts = split_by_time(None, period, fractions)

    assert len(parts) == len(fractions) + 1
    assert parts[0].start == period.start and parts[-1].end == period.end
    for before, after in pairwise(parts):
        assert after.start == before.end + datetime.timedelta(days=1)
    assert all(part.days >= 1 for part in parts)
    assert sum(part.days for part in parts) == period.days
    for part, fraction in zip(parts[:-1], fractions, strict=True):  # each cut within half a day of its share
        assert abs((part.end - period.start).days + 1 - length * fraction) <= 0.5


@given(st.integers(1990, 2050), st.integers(1, 12), st.integers(2, 120), st.floats(0.05, 0.95))
@settings(max_examples=200, deadline=None)
def test_split_by_month_cuts_at_the_first_of_a_month(year, month, months, fraction):
    last_month = (month - 1) + months - 1
    end = D(year + (last_month + 1) // 12, (last_month + 1) % 12 + 1, 1) - datetime.timedelta(days=1)
    period = Period(D(year, month, 1), end, "month")
    try:
        parts = split_by_time(None, period, (fraction,))
    except ValueError:
        assume(False)

    assert len(parts) == 2
    assert parts[0].start == period.start and parts[1].end == period.end
    assert parts[1].start == parts[0].end + datetime.timedelta(days=1)
    assert parts[1].start.day == 1
    # the nearest first of a month to the cut by days: at most half a month (16 days) away
    assert abs((parts[1].start - period.start).days - period.days * fraction) <= 16.5


# --- dates far from the others ------------------------------------------------------------------------------------

def year_of_days(year: int, n: int) -> np.ndarray:
    return np.datetime64(f"{year}-01-01", "D") + (np.arange(n) * 365 // n)


def test_a_placeholder_date_far_before_the_rest_is_outlying_and_nothing_else():
    dates = np.r_[year_of_days(2024, 599), np.datetime64("1900-01-01", "D")]
    outlying = outlying_dates(dates, D(2026, 12, 6))
    assert outlying.tolist() == [False] * 599 + [True]


def test_dates_after_today_are_outlying_however_many():
    dates = np.r_[year_of_days(2024, 10), day("2026-12-07"), day("2031-05-02"), np.datetime64("NaT", "D")]
    assert outlying_dates(dates, D(2026, 12, 6)).tolist() == [False] * 10 + [True, True, False]


def test_a_placeholder_far_after_the_rest_is_outlying_too():
    dates = np.r_[year_of_days(2024, 300), day("2099-12-31")]
    assert outlying_dates(dates, D(2100, 1, 1)).tolist() == [False] * 300 + [True]


def test_a_real_spread_or_two_large_groups_are_kept():
    spread = np.r_[year_of_days(2021, 100), year_of_days(2022, 100), year_of_days(2023, 100)]
    assert not outlying_dates(spread, D(2026, 12, 6)).any()
    groups = np.r_[year_of_days(2010, 50), year_of_days(2024, 50)]  # half and half: no placeholder
    assert not outlying_dates(groups, D(2026, 12, 6)).any()
    near = np.r_[year_of_days(2024, 50), day("2022-06-01"), day("2022-07-01")]  # 2 of 52 a year and a half before
    assert not outlying_dates(near, D(2026, 12, 6)).any()
    three = np.array(["2023-03-01", "2024-11-30", "2025-02-01"], dtype="datetime64[D]")  # too few to call any odd
    assert not outlying_dates(three, D(2026, 12, 6)).any()


def test_a_placeholder_decades_away_is_outlying_among_fewer_incidents():
    dates = np.r_[year_of_days(2024, 50), day("1900-01-01")]  # 1 of 51: 2 %, but 124 years away
    assert outlying_dates(dates, D(2026, 12, 6)).tolist() == [False] * 50 + [True]
