<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="63"/>
        <source>The map template {path} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="70"/>
        <source>Unsupported paper size: {paper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="84"/>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="92"/>
        <source>Map made: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="42"/>
        <source>Safety grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="229"/>
        <source>Could not write the PDF map to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="34"/>
        <source>1 – safest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="35"/>
        <source>2 – safer than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="36"/>
        <source>3 – average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="37"/>
        <source>4 – less safe than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="38"/>
        <source>5 – least safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="39"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="44"/>
        <source>lowest modelled risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="44"/>
        <source>highest modelled risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="10"/>
        <source>Grades are modelled estimates to help plan crime prevention (lighting, CCTV, patrols); they do not measure any person&apos;s safety. Grades and aggregates only: individual incidents are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="18"/>
        <source>input layers {names} are SIMULATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="20"/>
        <source>the grading model was fit on SIMULATED incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="23"/>
        <source>Contains simulated data: {parts}. For demonstration and training, not for decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="31"/>
        <source>model unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="47"/>
        <source>{package} (&gt;= {wanted}) is missing ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="52"/>
        <source>{package} {version} is too old: {wanted} or newer is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="60"/>
        <source>CPTED Safety Map needs Python packages that this QGIS does not have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="60"/>
        <source>To install them without internet access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="60"/>
        <source>1. On a computer with internet and the same Python version as QGIS, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="60"/>
        <source>2. Copy the cpted_wheels folder to this computer (USB drive or internal share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="60"/>
        <source>3. In the OSGeo4W Shell (Windows) or a terminal (Linux), run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="60"/>
        <source>4. Restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="60"/>
        <source>Do not upgrade numpy to 2.x inside QGIS: QGIS itself is built against numpy 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="32"/>
        <source>Safety map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="34"/>
        <source>Grade every street segment 1–5 and print a safety map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/ui/launcher.py" line="14"/>
        <source>CPTED Safety Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="41"/>
        <source>Missing Python packages: {packages}. Open the plugin for install help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="28"/>
        <source>Adds numeric factor columns to road segments from a point, line or polygon layer:
• Count within distance: features within DISTANCE metres of the segment (the segment's nearest point), optionally summing a weight FIELD and split into one column per CATEGORY value.
• Distance to nearest: metres to the nearest feature (NULL if the layer is empty).
• Value from polygons or grid cells: the FIELD value of the cells the segment runs through, weighted by the length inside each cell (NULL outside every cell).
Distances are in metres whatever the layers' CRSs; other layers are reprojected on the fly. The column is named NAME (with _&lt;category&gt; per category).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="35"/>
        <source>Road segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="41"/>
        <source>Factor layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="43"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="43"/>
        <source>Count within distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="43"/>
        <source>Distance to nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="43"/>
        <source>Value from polygons or grid cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="46"/>
        <source>Distance (metres, for counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="48"/>
        <source>Weight field (counts) or value field (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="51"/>
        <source>Category field (one count column per value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="54"/>
        <source>Column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="55"/>
        <source>Segments with factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="73"/>
        <source>Value from polygons needs a value field of layer “{layer}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="77"/>
        <source>Reading segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="82"/>
        <source>Reading “{layer}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="87"/>
        <source>Layer “{layer}” must be polygons to take values from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="91"/>
        <source>Computing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="108"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="109"/>
        <source>Factor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="109"/>
        <source>{n} features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="113"/>
        <source>{column}: mean {mean:.3g}, {nonzero} of {n} segments above zero, {nulls} NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="37"/>
        <source>Safety map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="64"/>
        <source>Layer “{layer}” ({param}) has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="83"/>
        <source>Cancelled: no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="38"/>
        <source>Layer “{layer}” has no grade field: run “Grade safety” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="67"/>
        <source>Prints a graded layer as a one-page A4 or A3 landscape map: title, the five-class safety map, legend, scale bar, north arrow, data sources, model name and version, the date and a disclaimer. If the model or an input was simulated, the sheet says so. Individual incidents are not drawn unless you give an incident layer and tick “Draw individual incidents”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="80"/>
        <source>Graded segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="76"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="157"/>
        <source>Street safety grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="77"/>
        <source>Subtitle (area, period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="78"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="79"/>
        <source>Incident points (drawn only if ticked below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="82"/>
        <source>Draw individual incidents (sensitive: lets readers locate them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="82"/>
        <source>PDF map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="95"/>
        <source>“Draw individual incidents” is ticked but no incident layer was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="97"/>
        <source>Individual incidents are drawn on this map: do not share it publicly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="101"/>
        <source>Laying out and printing the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="103"/>
        <source>PDF written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="24"/>
        <source>The grading model could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="32"/>
        <source>{column} ({label}) was missing on {count} of {n} segments: treated as an average segment, so it neither raises nor lowers their grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="42"/>
        <source>Runs the grading model on segments that carry its factor columns (see the model card: by default crime_50m, pop_night, lights_25m, cctv_50m) and adds:
• risk: expected incidents relative to an average segment (1 = average);
• grade: 1 (safest) to 5 (least safe), cut at thresholds stored with the model, so grades of different periods and areas are comparable; NULL where a required factor is missing;
• factor_up / up_rr: the factor raising this segment's risk most and its risk multiplier;
• factor_down / down_rr: the factor lowering it most and its multiplier.
A missing optional factor column is treated as average and reported. The output is styled in five classes plus “No data”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="54"/>
        <source>Segments with factor columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="78"/>
        <source>Grading model (empty: the bundled model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="72"/>
        <source>Layer “{layer}” has no column {columns}: run “Attach factors to segments” or the one-shot “Safety map” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="81"/>
        <source>Grading with {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="91"/>
        <source>Grades: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="26"/>
        <source>lowest {p}% of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="28"/>
        <source>highest {p}% of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="30"/>
        <source>{a}–{b}% of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="68"/>
        <source>CPTED safety grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="51"/>
        <source>The whole job in one step: cuts the roads into pieces of LENGTH metres, attaches the factors the grading model uses (incidents within 50 m, night-time population of the grid cell, a streetlight within 25 m, a CCTV camera within 50 m), grades every piece 1 (safest) to 5 (least safe) with the factors that raise and lower it, styles the result and, if a PDF file is given, prints a one-page map. Population, streetlights and CCTV are optional: a missing one counts as average. Individual incidents never appear on the printed map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="31"/>
        <source>Roads (centre lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="62"/>
        <source>Crime incidents (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="64"/>
        <source>Night-time population grid (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="67"/>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="70"/>
        <source>Streetlights (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="72"/>
        <source>CCTV cameras (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="74"/>
        <source>Segment length (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="76"/>
        <source>Map title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="100"/>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="100"/>
        <source>{n} roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="102"/>
        <source>Reading roads and cutting them into {length:g} m segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="105"/>
        <source>{n} segments from {roads} roads ({km:.2f} km), working in {crs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="116"/>
        <source>Reading {what}: “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="121"/>
        <source>Layer “{name}” has no population field “{field}”: choose the field that holds the night-time population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="135"/>
        <source>Computing factors and grading with {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="151"/>
        <source>Share of segments per grade: {shares}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="158"/>
        <source>{roads} · {n} segments of {length:g} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="169"/>
        <source>Printing the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="171"/>
        <source>PDF map written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="21"/>
        <source>Cuts every road into consecutive pieces of the given length in metres, whatever the layer's units (metres, feet or degrees: layers not in metres are worked on, and written, in the WGS 84 / UTM zone of their centre). Pieces chain end to end along the road's direction and add up to its length; the last piece of each road keeps the remainder (a 25 m road gives 10, 10 and 5 m). Multi-part roads restart at each part; curved roads are straightened first.

Keeps the road's attributes and adds seg_id (road_fid × 1,000,000 + piece number: the same roads always give the same ids), road_fid (the road's feature id), piece_no and length_m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="33"/>
        <source>Piece length (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="47"/>
        <source>Roads are not in metres: working and writing in {crs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="48"/>
        <source>Reading roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="52"/>
        <source>Cutting into {length:g} m pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="58"/>
        <source>{n} roads had no length (empty or a single point) and gave no pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="61"/>
        <source>Cut {roads} roads ({km:.2f} km) into {pieces} pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/qgis_bridge.py" line="51"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/qgis_bridge.py" line="93"/>
        <source>Output {dest} is not a file: choose a GeoPackage or another file format for the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/qgis_bridge.py" line="119"/>
        <source>Only {written} of {total} features could be written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/ui/launcher.py" line="14"/>
        <source>Some Python packages are missing, so the safety map cannot run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin/ui/launcher.py" line="17"/>
        <source>Click “Show Details…” for how to install them without internet access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
