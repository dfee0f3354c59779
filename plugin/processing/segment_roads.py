"""cpted:segmentroads — cut every road into consecutive pieces of LENGTH metres."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
)

from ..core.definitions import ROADS, SEGMENT_LENGTH_M
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from .base import CptedAlgorithm, no_segments_message
from .parameters import Param


class SegmentRoads(CptedAlgorithm):
    algorithm_id = "segmentroads"
    title = QT_TR_NOOP("Segment roads")

    def shortHelpString(self) -> str:
        return tr(
            "Cuts every road into consecutive pieces of the given length in metres, whatever the layer's "
            "units (metres, feet or degrees: layers not in metres are worked on, and written, in the "
            "WGS 84 / UTM zone of their centre). Pieces chain end to end along the road's direction and "
            "add up to its length; the last piece of each road keeps the remainder (a 25 m road gives "
            "10, 10 and 5 m). Multi-part roads restart at each part; curved roads are straightened first.\n\n"
            "Keeps the road's attributes and adds seg_id (road_fid × 1,000,000 + piece number: the same "
            "roads always give the same ids), road_fid (the road's feature id), piece_no and length_m.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.INPUT, tr(ROADS.description), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterNumber(
            Param.LENGTH, tr("Piece length (metres, at least 0.1)"), QgsProcessingParameterNumber.Double,
            SEGMENT_LENGTH_M, minValue=0.1))
        self.addParameter(QgsProcessingParameterVectorDestination(
            Param.OUTPUT, tr("Road segments"), QgsProcessing.TypeVectorLine))

    def process(self, parameters, context, feedback):
        # The core and the writer need the optional packages (dependencies.py): loaded on run.
        from ..core.pipeline import road_chunks
        from ..core.segment import segment_roads
        from ..outputs.writer import FrameWriter

        source = self.source_or_fail(parameters, Param.INPUT, context, working=True)
        length = self.number(parameters, Param.LENGTH, context)
        destination = self.vector_output(parameters, Param.OUTPUT, context)
        crs = self.metric_crs(source, feedback)
        feedback.setProgressText(tr("Reading roads"))
        roads = self.read_layer(parameters, Param.INPUT, context, feedback, crs, self.workdir())
        roads = self.check_roads(roads, length, self.layer_name(parameters, Param.INPUT, context), Param.INPUT,
                                 feedback)
        feedback.setProgress(40)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Cutting into {length:g} m pieces").format(length=length))
        skipped, metres = 0, 0.0
        # A bounded chunk of roads at a time: national networks fit in memory.
        with FrameWriter(destination, feedback=feedback) as writer:
            for part in road_chunks(roads, length, self.chunk_segments):
                self.check_cancel(feedback)
                chunk = roads.iloc[part]
                segments = segment_roads(chunk, length, road_fid=chunk.index.to_numpy())
                writer.write(segments)
                skipped += len(chunk) - segments["road_fid"].nunique()
                metres += float(segments["length_m"].sum())
                feedback.setProgress(40 + 60 * part.stop / len(roads))
            self.check_cancel(feedback)
            if writer.count == 0:
                raise QgsProcessingException(no_segments_message(self.layer_name(parameters, Param.INPUT, context)))
        if skipped:
            warn(feedback, tr("{n} roads had no length (empty or a single point) and gave no pieces.")
                           .format(n=skipped))
        feedback.pushInfo(tr("Cut {roads} roads ({km:.2f} km) into {pieces} pieces.").format(
            roads=len(roads), km=metres / 1000, pieces=writer.count))
        return {Param.OUTPUT: writer.written.result}
