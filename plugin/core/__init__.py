"""The pure-Python core: GeoDataFrames and arrays in, arrays out. Nothing here imports qgis."""
