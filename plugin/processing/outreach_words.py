"""What an outreach ranking says, once, for the layers, the log, the table and the sheet: each building's reasons in
words, the blocks' rows, and how the ranking was made."""

from __future__ import annotations

import numpy as np

from ..core.definitions import BLOCK_COLUMNS, OUTREACH_COLUMNS, OUTREACH_MIN_BUILDINGS
from ..i18n import tr
from ..outputs.metadata import derived_record, simulated_inputs


class OutreachWords:
    def __init__(self, buildings_name: str, graded_name: str, near: float, use_field: str | None, uses: list[str],
                 households_field: str | None, year_field: str | None, metadata: dict[str, str]) -> None:
        self.buildings_name, self.graded_name, self.near = buildings_name, graded_name, near
        self.use_field, self.uses, self.households_field, self.year_field = use_field, uses, households_field, \
            year_field
        self.graded_metadata = metadata
        self.has_share = False
        self.said: list[str] = []  # the lines the log printed, kept with the layers

    # --- buildings --------------------------------------------------------------------------------------------------

    def reasons(self, near_yr: float, grade: float, camera: bool, use, households: float, floors: float,
                year: float, area: str, share: float) -> str:
        """A building's facts in words, the strongest first."""
        words = [tr("{n:.2f} incidents a year expected on the streets within {d:g} m of the entrance").format(
            n=near_yr, d=self.near)]
        if np.isfinite(grade):
            words[0] += " " + tr("(the worst grade {g:.0f})").format(g=grade)
        if not camera:
            words.append(tr("no CCTV camera within {d:g} m").format(d=self.near))
        if use:
            words.append(str(use))
        if np.isfinite(year):
            words.append(tr("approved {year:.0f}").format(year=year))
        if np.isfinite(households):
            words.append(tr("{n:.0f} households").format(n=households))
        if np.isfinite(floors):
            words.append(tr("{n:.0f} floors").format(n=floors))
        if area and np.isfinite(share):
            words.append(tr("{area}: {share:.0%} one-person households").format(area=area, share=share))
        return "; ".join(words)

    def building_frame(self, gpd, geometries, facts, order, uses, households, floors, years, blocks, areas, share,
                       crs_wkt):
        """The eligible buildings, most expected incidents at the door first, with OUTREACH_COLUMNS and the area."""
        self.has_share = bool(np.isfinite(share).any())
        values = {
            "rank": np.arange(1, len(order) + 1),
            "near_yr": np.round(facts.near_yr[order], 4),
            "worst_grade": facts.worst_grade[order],
            "camera": facts.camera[order].astype(int),
            "use": [None if u is None else str(u) for u in uses[order]],
            "households": households[order],
            "floors": floors[order],
            "year": years[order],
            "block": blocks[order],
            "reasons": [self.reasons(facts.near_yr[i], facts.worst_grade[i], bool(facts.camera[i]), uses[i],
                                     households[i], floors[i], years[i], areas[i], share[i]) for i in order],
        }
        data = {column: values[column] for column in OUTREACH_COLUMNS}
        data["area"] = list(areas[order])
        return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(list(geometries), crs=crs_wkt))

    # --- blocks -----------------------------------------------------------------------------------------------------

    def block_frame(self, gpd, table, blocks, areas, block_index, crs_wkt):
        """The street blocks holding eligible buildings, most exposure first, with the area most of their buildings
        lie in; `printed` is 1 where a block holds at least OUTREACH_MIN_BUILDINGS of them."""
        area_of = {}
        for block in table.index:
            names = [a for a in areas[block_index == block] if a]
            area_of[block] = max(set(names), key=names.count) if names else ""
        values = {
            "rank": np.arange(1, len(table) + 1), "block": table.index.to_numpy(),
            "area": [area_of[b] for b in table.index], "buildings": table["buildings"].to_numpy(),
            "households": table["households"].to_numpy(), "exposure": np.round(table["exposure"].to_numpy(), 4),
            "near_yr": np.round(table["near_yr"].to_numpy(), 4), "no_camera": np.round(table["no_camera"], 3),
            "grade": table["grade"].to_numpy(),
            "printed": (table["buildings"].to_numpy() >= OUTREACH_MIN_BUILDINGS).astype(int)}
        return gpd.GeoDataFrame({column: values[column] for column in BLOCK_COLUMNS},
                                geometry=gpd.GeoSeries(list(blocks[table.index.to_numpy()]), crs=crs_wkt))

    def exposure_words(self) -> str:
        if self.has_share:
            return tr("expected incidents a year near one-person households")
        if self.households_field:
            return tr("expected incidents a year near households")
        return tr("expected incidents a year near the buildings")

    def table_header(self) -> list[str]:
        return [tr("No."), tr("Area"), tr("Buildings"), tr("Households"), self.exposure_words()[:1].upper()
                + self.exposure_words()[1:], tr("Without a camera near"), tr("Worst grade")]

    def table_rows(self, blocks) -> list[list[str]]:
        printed = blocks[blocks["printed"] == 1]
        return [[str(int(row.rank)), row.area, f"{int(row.buildings)}",
                 f"{row.households:,.0f}" if self.households_field else "", f"{row.exposure:,.2f}",
                 f"{row.no_camera:.0%}", "" if not np.isfinite(row.grade) else f"{row.grade:.0f}"]
                for row in printed.itertuples()]

    def lines(self, buildings, blocks, read: int) -> list[str]:
        uses = tr("whose use (field “{field}”) contains {uses}").format(
            field=self.use_field, uses=", ".join(self.uses)) if self.use_field and self.uses else tr("all of them")
        out = [tr("Buildings: {n:,} of the {total:,} in “{layer}”, {uses}.").format(
            n=len(buildings), total=read, layer=self.buildings_name, uses=uses)]
        out.append(tr("Each is judged at its entrance (a point as given; an outline where it comes nearest its "
                      "street): the expected incidents a year on the graded streets within {d:g} m, the model's "
                      "risk scaled to the incidents recorded on the map.").format(d=self.near))
        out.append(tr("Buildings are ranked by those incidents; among equals, those without a CCTV camera within "
                      "{d:g} m first, then the older.").format(d=self.near))
        out.append(tr("Street blocks are the areas the roads enclose; a block's value is the {what}, summed over its "
                      "buildings (each building's incidents{households}{share}).").format(
            what=self.exposure_words(),
            households=tr(" × its households") if self.households_field else "",
            share=tr(" × its area's one-person share") if self.has_share else ""))
        printed = int((blocks["printed"] == 1).sum())
        out.append(tr("{n:,} blocks hold such buildings; the {p:,} with at least {m} of them are printed, so no "
                      "building can be picked out.").format(n=len(blocks), p=printed, m=OUTREACH_MIN_BUILDINGS))
        out.append(tr("Door sensors go to households that apply and are eligible: this ranks places to reach out "
                      "to, not people."))
        return out

    def log_lines(self, buildings, blocks, read: int) -> list[str]:
        self.said = self.lines(buildings, blocks, read)
        return self.said

    def simulated_names(self) -> str:
        return simulated_inputs(self.graded_metadata, [self.buildings_name, self.graded_name])

    def metadata(self) -> dict[str, str]:
        return derived_record(self.graded_metadata, [self.buildings_name, self.graded_name],
                              cpted_outreach=" ".join(self.said))
