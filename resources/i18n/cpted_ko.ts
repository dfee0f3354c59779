<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CptedSafetyMap</name>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="81" />
        <source>The map template {path} could not be read.</source>
        <translation>지도 템플릿을 읽을 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="89" />
        <source>Unsupported paper size: {paper}</source>
        <translation>지원하지 않는 용지 크기입니다: {paper}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="120" />
        <source>Data sources</source>
        <translation>자료 출처</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="128" />
        <source>Map made: {date}</source>
        <translation>지도 작성일: {date}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/table_sheet.py" line="123" />
        <source>Safety grade</source>
        <translation>안전등급</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="317" />
        <source>Could not write the PDF map to {path}: {error}</source>
        <translation>PDF 지도를 {path}에 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="25" />
        <source>1 – safest</source>
        <translation>1 – 가장 안전</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="26" />
        <source>2 – safer than average</source>
        <translation>2 – 평균보다 안전</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="27" />
        <source>3 – average</source>
        <translation>3 – 보통</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="28" />
        <source>4 – less safe than average</source>
        <translation>4 – 평균보다 취약</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="29" />
        <source>5 – least safe</source>
        <translation>5 – 가장 취약</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="99" />
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="35" />
        <source>lowest modelled risk</source>
        <translation>모델 추정 위험 최저</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="35" />
        <source>highest modelled risk</source>
        <translation>모델 추정 위험 최고</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="74" />
        <source>Grades are modelled estimates to help plan crime prevention (lighting, CCTV, patrols); they do not measure any person's safety. Grades and aggregates only: individual incidents are not shown.</source>
        <translation>안전등급은 범죄예방 계획(보안등, CCTV, 순찰)을 돕기 위한 모델 추정치이며, 개인의 안전을 측정한 것이 아닙니다. 등급과 집계값만 표시하며 개별 범죄 발생 지점은 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="84" />
        <source>input layers {names} are SIMULATED</source>
        <translation>입력 레이어({names})가 모의 자료임</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="87" />
        <source>the grading model was fit on SIMULATED incidents</source>
        <translation>등급 산정 모델이 모의 범죄 발생 자료로 학습됨</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="90" />
        <source>Contains simulated data: {parts}. For demonstration and training, not for decisions.</source>
        <translation>모의(시뮬레이션) 자료 포함: {parts}. 시연·교육용이며 의사결정에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/provenance.py" line="23" />
        <source>model unknown</source>
        <translation>모델 정보 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="86" />
        <source>{package} (&gt;= {wanted}) is missing ({error})</source>
        <translation>{package} (&gt;= {wanted}) 없음 ({error})</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="90" />
        <source>{package} {version} is too old: {wanted} or newer is needed</source>
        <translation>{package} {version}: 버전이 너무 낮음, {wanted} 이상 필요</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="124" />
        <source>CPTED Safety Map needs Python packages that this QGIS does not have:</source>
        <translation>CPTED 안전지도에 필요한 Python 패키지가 이 QGIS에 설치되어 있지 않습니다:</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="136" />
        <source>To install them without internet access:</source>
        <translation>인터넷 연결 없이 설치하는 방법:</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="159" />
        <source>2. Copy the cpted_wheels folder to this computer (USB drive or internal share).</source>
        <translation>2. cpted_wheels 폴더를 이 컴퓨터로 복사합니다(USB 드라이브 또는 내부 공유 폴더).</translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="39" />
        <source>Safety map…</source>
        <translation>안전지도…</translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="41" />
        <source>Grade every street segment 1–5 and print a safety map</source>
        <translation>모든 도로 구간에 안전등급(1–5)을 매기고 안전지도를 출력합니다</translation>
    </message>
    <message>
        <location filename="../../plugin/ui/launcher.py" line="19" />
        <source>CPTED Safety Map</source>
        <translation>CPTED 안전지도</translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="48" />
        <source>Missing Python packages: {packages}. Open the plugin for install help.</source>
        <translation>Python 패키지 없음: {packages}. 설치 방법은 플러그인을 열어 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="40" />
        <source>Road segments</source>
        <translation>도로 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="61" />
        <source>Factor layer</source>
        <translation>요인 레이어</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="63" />
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="63" />
        <source>Count within distance</source>
        <translation>거리 내 개수</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="63" />
        <source>Distance to nearest</source>
        <translation>최근접 거리</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="63" />
        <source>Value from polygons or grid cells</source>
        <translation>폴리곤 또는 격자 셀 값</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="67" />
        <source>Distance (metres, for counts)</source>
        <translation>거리(미터, 개수 산정용)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="70" />
        <source>Weight field (counts) or value field (polygons)</source>
        <translation>가중치 필드(개수) 또는 값 필드(폴리곤)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="73" />
        <source>Category field (one count column per value)</source>
        <translation>범주 필드(값마다 개수 열 하나)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="76" />
        <source>Column name</source>
        <translation>열 이름</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="83" />
        <source>Segments with factors</source>
        <translation>요인이 추가된 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="107" />
        <source>Value from polygons needs a value field of layer “{layer}”.</source>
        <translation>“폴리곤 또는 격자 셀 값” 방법에는 “{layer}” 레이어의 값 필드가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="62" />
        <source>Reading segments</source>
        <translation>구간 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="116" />
        <source>Reading “{layer}”</source>
        <translation>“{layer}” 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="140" />
        <source>Layer “{layer}” must be polygons to take values from it.</source>
        <translation>값을 가져오려면 “{layer}” 레이어가 폴리곤 레이어여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="148" />
        <source>Computing {name}</source>
        <translation>{name} 계산 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="178" />
        <source>Segments</source>
        <translation>구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="183" />
        <source>{n} features</source>
        <translation>피처 {n}개</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="191" />
        <source>{column}: mean {mean:.3g}, {nonzero} of {n} segments above zero, {nulls} NULL.</source>
        <translation>{column}: 평균 {mean:.3g}, 구간 {n}개 중 {nonzero}개가 0보다 큼, NULL {nulls}개.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="54" />
        <source>Safety map</source>
        <translation>안전지도</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="120" />
        <source>Layer “{layer}” ({param}) has no features.</source>
        <translation>“{layer}” 레이어({param})에 피처가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="131" />
        <source>Cancelled: no output was written.</source>
        <translation>취소됨: 결과를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="74" />
        <source>Layer “{layer}” has no grade field: run “Grade safety” first.</source>
        <translation>“{layer}” 레이어에 등급 필드(grade)가 없습니다: 먼저 “안전등급 산정(Grade safety)”을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="251" />
        <source>Graded segments</source>
        <translation>안전등급 부여 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="142" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="140" />
        <source>Street safety grades</source>
        <translation>도로 구간별 안전등급</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="256" />
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="58" />
        <source>Incident points (drawn only if ticked below)</source>
        <translation>범죄 발생 지점(아래 항목을 선택한 경우에만 표시)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="61" />
        <source>Draw individual incidents (sensitive: lets readers locate them)</source>
        <translation>개별 범죄 발생 지점 표시(민감 정보: 지도를 보는 사람이 위치를 알 수 있음)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="78" />
        <source>PDF map</source>
        <translation>PDF 지도</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="83" />
        <source>“Draw individual incidents” is ticked but no incident layer was given.</source>
        <translation>“개별 범죄 발생 지점 표시”가 선택되었지만 범죄 발생 레이어가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="85" />
        <source>Individual incidents are drawn on this map: do not share it publicly.</source>
        <translation>이 지도에는 개별 범죄 발생 지점이 표시되어 있습니다: 외부에 공개하지 마십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="88" />
        <source>Laying out and printing the map</source>
        <translation>지도 배치 및 출력 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="364" />
        <source>PDF written: {path}</source>
        <translation>PDF 저장 완료: {path}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/models.py" line="38" />
        <source>{column} ({label}) was missing on {count} of {n} segments: treated as an average segment, so it neither raises nor lowers their grade.</source>
        <translation>구간 {n}개 중 {count}개에 {column}({label}) 값이 없습니다: 평균 구간으로 간주하므로 해당 구간의 등급을 올리거나 내리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="37" />
        <source>Segments with factor columns</source>
        <translation>요인 열이 있는 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="57" />
        <source>Layer “{layer}” has no column {columns}: run “Attach factors to segments” or the one-shot “Safety map” first.</source>
        <translation>“{layer}” 레이어에 {columns} 열이 없습니다: 먼저 “도로 구간에 요인 결합(Attach factors to segments)” 또는 한 번에 처리하는 “안전지도(Safety map)”를 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="74" />
        <source>Grading with {model}</source>
        <translation>등급 산정 중: {model}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="86" />
        <source>Grades: {counts}</source>
        <translation>등급별 구간 수: {counts}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/project.py" line="76" />
        <source>CPTED safety grades</source>
        <translation>CPTED 안전등급</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="91" />
        <source>Roads (centre lines)</source>
        <translation>도로(중심선)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>Crime incidents (points)</source>
        <translation>범죄 발생 지점(점)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="122" />
        <source>Night-time population grid (polygons)</source>
        <translation>야간 유동인구 격자(폴리곤)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="122" />
        <source>Population field</source>
        <translation>유동인구 필드</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="129" />
        <source>Streetlights (points)</source>
        <translation>보안등·가로등(점)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="139" />
        <source>CCTV cameras (points)</source>
        <translation>CCTV(점)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="71" />
        <source>Map title</source>
        <translation>지도 제목</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="91" />
        <source>Roads</source>
        <translation>도로</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="100" />
        <source>{n} roads</source>
        <translation>도로 {n}개</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="422" />
        <source>Reading {what}: “{name}”</source>
        <translation>{what} 읽는 중: “{name}”</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="231" />
        <source>Layer “{name}” has no population field “{field}”: choose the field that holds the night-time population.</source>
        <translation>“{name}” 레이어에 인구 필드 “{field}”가 없습니다: 야간 유동인구 값이 들어 있는 필드를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="176" />
        <source>Printing the map</source>
        <translation>지도 출력 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="180" />
        <source>PDF map written: {path}</source>
        <translation>PDF 지도 저장 완료: {path}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="25" />
        <source>Cuts every road into consecutive pieces of the given length in metres, whatever the layer's units (metres, feet or degrees: layers not in metres are worked on, and written, in the WGS 84 / UTM zone of their centre). Pieces chain end to end along the road's direction and add up to its length; the last piece of each road keeps the remainder (a 25 m road gives 10, 10 and 5 m). Multi-part roads restart at each part; curved roads are straightened first.

Keeps the road's attributes and adds seg_id (road_fid × 1,000,000 + piece number: the same roads always give the same ids), road_fid (the road's feature id), piece_no and length_m.</source>
        <translation>레이어 단위(미터, 피트, 도)와 관계없이 모든 도로를 지정한 길이(미터)의 연속된 구간으로 나눕니다(미터 단위가 아닌 레이어는 레이어 중심이 속한 WGS 84 / UTM 존 좌표계로 처리하고 저장합니다). 구간은 도로 방향을 따라 끝과 끝이 이어지며 길이의 합은 도로 길이와 같고, 각 도로의 마지막 구간은 남은 길이가 됩니다(25 m 도로는 10 m, 10 m, 5 m). 여러 부분으로 된 도로는 부분마다 새로 시작하며, 곡선 도로는 먼저 직선으로 바꿉니다.

도로의 속성을 유지하고 seg_id(road_fid × 1,000,000 + 구간 번호: 같은 도로는 항상 같은 ID), road_fid(도로의 피처 ID), piece_no, length_m 열을 추가합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="107" />
        <source>Reading roads</source>
        <translation>도로 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="59" />
        <source>Cutting into {length:g} m pieces</source>
        <translation>{length:g} m 구간으로 나누는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="75" />
        <source>{n} roads had no length (empty or a single point) and gave no pieces.</source>
        <translation>도로 {n}개는 길이가 없어(비어 있거나 점 하나뿐) 구간을 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="77" />
        <source>Cut {roads} roads ({km:.2f} km) into {pieces} pieces.</source>
        <translation>도로 {roads}개({km:.2f} km)를 구간 {pieces}개로 나누었습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/qgis_bridge.py" line="39" />
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="68" />
        <source>Output {dest} is not a file: choose a GeoPackage or another file format for the output.</source>
        <translation>출력 대상이 파일이 아닙니다: {dest}. 출력 형식으로 GeoPackage 등 파일 형식을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/writer.py" line="247" />
        <source>Only {written} of {total} features could be written to {path}.</source>
        <translation>피처 {total}개 중 {written}개만 {path}에 저장되었습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/ui/launcher.py" line="19" />
        <source>Some Python packages are missing, so the safety map cannot run yet.</source>
        <translation>일부 Python 패키지가 없어 아직 안전지도를 실행할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/ui/launcher.py" line="22" />
        <source>Click “Show Details…” for how to install them without internet access.</source>
        <translation>인터넷 연결 없이 설치하는 방법은 “자세한 정보 표시...”를 눌러 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="61" />
        <source>Incidents</source>
        <translation>범죄 발생 지점</translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="18" />
        <source>&amp;CPTED Safety Map</source>
        <translation>&amp;CPTED 안전지도</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="38" />
        <source>Attach factors to segments</source>
        <translation>도로 구간에 요인 결합</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="43" />
        <source>Export safety map (PDF)</source>
        <translation>안전지도 내보내기 (PDF)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="20" />
        <source>Grade safety</source>
        <translation>안전등급 산정</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="49" />
        <source>Safety map (one step)</source>
        <translation>안전지도 (일괄 작성)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="22" />
        <source>Segment roads</source>
        <translation>도로 구간 분할</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="150" />
        <source>{n} segments from {roads} roads ({km:.2f} km), worked on in {crs}.</source>
        <translation>도로 {roads}개({km:.2f} km)에서 구간 {n}개를 만들었습니다(작업 좌표계 {crs}).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="38" />
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="38" />
        <source>lines</source>
        <translation>선</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="39" />
        <source>polygons</source>
        <translation>폴리곤</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="39" />
        <source>no geometry</source>
        <translation>도형 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="98" />
        <source>Layer “{layer}” ({param}) holds {found}, but {wanted} are needed.</source>
        <translation>레이어 “{layer}”({param})의 도형 종류: {found}. 필요한 종류: {wanted}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="75" />
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location filename="../../plugin/processing/models.py" line="34" />
        <source>No layer gave {column} ({label}): every segment counts as average for it, so it neither raises nor lowers any grade, and grades 1 and 5 become rarer. Give that layer for grades that use it.</source>
        <translation>요인 {column}({label})에 해당하는 레이어가 지정되지 않았습니다. 모든 구간을 이 요인에 대해 평균으로 보므로 어떤 등급도 올리거나 내리지 않으며, 1등급과 5등급이 드물어집니다. 이 요인을 반영하려면 해당 레이어를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="225" />
        <source>Segment length (metres, at least 1)</source>
        <translation>구간 길이 (m, 1 이상)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="37" />
        <source>Piece length (metres, at least 0.1)</source>
        <translation>구간 길이 (m, 0.1 이상)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="100" />
        <source>the folder is read-only</source>
        <translation>폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="91" />
        <source>Cannot write {path}: {error}. Choose a folder you can write to, and a file that is not open in another program.</source>
        <translation>{path}에 쓸 수 없습니다: {error}. 쓰기 권한이 있는 폴더와, 다른 프로그램에서 열려 있지 않은 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/metadata.py" line="83" />
        <source>inputs {names}</source>
        <translation>입력 레이어 {names}</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/metadata.py" line="86" />
        <source>the model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/metadata.py" line="87" />
        <source>CPTED safety grades 1 (safest) to 5 (least safe) by {model}.</source>
        <translation>CPTED 안전등급 1(가장 안전)~5(가장 취약), 산정 모델: {model}.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/metadata.py" line="89" />
        <source>SIMULATED: {what}. Not for decisions.</source>
        <translation>모의 자료: {what}. 의사결정용이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet.py" line="89" />
        <source>Layer “{layer}” could not be read.</source>
        <translation>레이어 “{layer}”: 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="35" />
        <source>No segments: every road in “{layer}” is empty or has no length.</source>
        <translation>구간이 없습니다: “{layer}”의 모든 도로가 비어 있거나 길이가 0입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="102" />
        <source>Layer “{layer}” ({param}) has no coordinate reference system (a Shapefile without its .prj file?). Set it in QGIS (right-click the layer › Layer CRS) and run again.</source>
        <translation>레이어 “{layer}”({param})에 좌표계가 없습니다(.prj 파일이 빠진 Shapefile인가요?). QGIS에서 좌표계를 지정한 뒤(레이어 오른쪽 클릭 › 레이어 좌표계) 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/destinations.py" line="69" />
        <source>Cannot write “{file}”: choose a GeoPackage (.gpkg, recommended), Shapefile (.shp), FlatGeobuf (.fgb) or GeoJSON (.geojson) file.</source>
        <translation>“{file}”에 쓸 수 없습니다: GeoPackage(.gpkg, 권장), Shapefile(.shp), FlatGeobuf(.fgb) 또는 GeoJSON(.geojson) 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/destinations.py" line="86" />
        <source>The PDF map “{file}” must be a file ending in .pdf.</source>
        <translation>PDF 지도 “{file}”의 파일 이름은 .pdf로 끝나야 합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="184" />
        <source>Layer “{layer}” lies entirely away from the roads (their extents do not meet): {what} is 0 or empty on every segment. If that is not expected, check that both layers have the right coordinate reference system.</source>
        <translation>레이어 “{layer}”의 위치가 도로와 전혀 겹치지 않습니다(두 레이어의 범위가 만나지 않음): 모든 구간에서 {what} 값이 0이거나 비어 있습니다. 의도한 것이 아니라면 두 레이어의 좌표계가 올바른지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="184" />
        <source>The graded layer was written, but the PDF map was not: {error}</source>
        <translation>등급 레이어는 저장되었지만 PDF 지도는 만들지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/writer.py" line="235" />
        <source>Writing {file}: {note}</source>
        <translation>{file} 저장 중: {note}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="84" />
        <source>input layer {names} is SIMULATED</source>
        <translation>입력 레이어({names})가 모의 자료임</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="187" />
        <source>Roads are in {crs} ({units}): every layer is worked on, and the result written, in {work}, so that lengths and distances are in metres.</source>
        <translation>도로 레이어의 좌표계가 {crs}({units})입니다. 길이와 거리를 미터로 계산하도록 모든 레이어를 {work}에서 처리하고 결과도 그 좌표계로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="191" />
        <source>The roads' coordinate reference system, which QGIS reads as {read}, is {crs}: this run and its output name it so.</source>
        <translation>도로 레이어의 좌표계는 {crs}입니다. QGIS에는 {read} 좌표계로 표시되지만 같은 좌표계이므로, 이번 실행의 안내와 결과물에는 EPSG 이름을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="191" />
        <source>a custom CRS</source>
        <translation>사용자 정의 좌표계</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="156" />
        <source>1. On a computer with internet, run (QGIS here uses Python {python}):</source>
        <translation>1. 인터넷에 연결된 컴퓨터에서 다음 명령을 실행합니다(이 QGIS의 Python 버전: {python}):</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="166" />
        <source>Never upgrade or replace numpy inside QGIS: QGIS's own code imports it.</source>
        <translation>QGIS 안의 numpy는 업그레이드하거나 바꾸지 마십시오. QGIS 자체 코드가 numpy를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/writer.py" line="225" />
        <source>the spatial index could not be built</source>
        <translation>공간 인덱스를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="147" />
        <source>3. In the OSGeo4W Shell, run:</source>
        <translation>3. OSGeo4W Shell에서 다음 명령을 실행합니다:</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="153" />
        <source>1. On a computer with internet, the same Linux as this one and its GEOS and GDAL development packages, build shapely and pyogrio against the GEOS and GDAL that QGIS uses (their binary wheels carry other copies of those libraries, which clash with QGIS's in one process):</source>
        <translation>1. 인터넷에 연결되고 이 컴퓨터와 같은 리눅스에 GEOS, GDAL 개발 패키지가 설치된 컴퓨터에서, shapely와 pyogrio를 QGIS가 쓰는 GEOS, GDAL에 맞춰 빌드합니다(바이너리 휠에는 이 라이브러리의 다른 사본이 들어 있어 한 프로세스 안에서 QGIS의 것과 충돌합니다):</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="160" />
        <source>3. In a terminal, run:</source>
        <translation>3. 터미널에서 다음 명령을 실행합니다:</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="165" />
        <source>4. Restart QGIS. If the plugin then names another missing package, add it the same way.</source>
        <translation>4. QGIS를 다시 시작합니다. 플러그인이 또 다른 패키지가 없다고 알리면 같은 방법으로 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/files.py" line="71" />
        <source>the file written is not a whole PDF ({size} bytes): is the disk full?</source>
        <translation>저장된 파일이 완전한 PDF가 아닙니다({size}바이트). 디스크가 가득 찼는지 확인하십시오</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="75" />
        <source>Output {dest} names a layer, but only a GeoPackage (.gpkg) holds named layers: write to a .gpkg file, or leave the layer name out.</source>
        <translation>출력 {dest}에 레이어 이름이 있지만, 이름 있는 레이어를 담을 수 있는 형식은 GeoPackage(.gpkg)뿐입니다. .gpkg 파일로 저장하거나 레이어 이름을 빼십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="217" />
        <source>{param} would replace the input layer “{layer}” ({input}) in {file}. Choose another layer name or another file.</source>
        <translation>{param} 출력이 파일 {file} 안의 입력 레이어를 덮어쓰게 됩니다: “{layer}”({input}). 다른 레이어 이름이나 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="221" />
        <source>{param} would overwrite {file}, which holds the input layer “{layer}” ({input}). Choose another file, or add the result to it as a new layer (“{file}|layername=new_name”).</source>
        <translation>{param} 출력이 파일 {file} 전체를 덮어쓰게 되는데, 이 파일에는 입력 레이어가 들어 있습니다: “{layer}”({input}). 다른 파일을 선택하거나, 결과를 그 파일에 새 레이어로 추가하십시오(“{file}|layername=새_이름”).</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="225" />
        <source>{param} would overwrite {file}, which holds the input layer “{layer}” ({input}). Choose another file.</source>
        <translation>{param} 출력이 파일 {file} 전체를 덮어쓰게 되는데, 이 파일에는 입력 레이어가 들어 있습니다: “{layer}”({input}). 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/geopackage.py" line="54" />
        <source>{file} exists but cannot be read as a GeoPackage ({error}): choose another file.</source>
        <translation>{file} 파일이 있지만 GeoPackage로 읽을 수 없습니다({error}). 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/writer.py" line="295" />
        <source>Layer “{layer}” written into {file}; its other layers are kept: {others}.</source>
        <translation>레이어 “{layer}”를 {file}에 저장했습니다. 파일의 다른 레이어는 그대로 둡니다: {others}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="101" />
        <source>NAME “{name}” cannot be a factor column: the result needs that column for itself. Choose another name (not {reserved}).</source>
        <translation>NAME “{name}”: 요인 열 이름으로 쓸 수 없습니다. 결과에 같은 이름의 열이 필요합니다. 다른 이름을 고르십시오({reserved} 제외).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="152" />
        <source>{n} features of layer “{layer}” have no number in weight field “{field}”: they count 0.</source>
        <translation>레이어 “{layer}”의 피처 {n}개는 가중치 필드 “{field}”에 숫자가 없어 0으로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="173" />
        <source>Columns {columns} of layer “{layer}” are replaced by the new values.</source>
        <translation>레이어 “{layer}”의 다음 열을 새 값으로 바꿉니다: {columns}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="113" />
        <source>Layer “{layer}” ({param}) is declared in {crs}, in degrees, but its coordinates reach {x:,.0f}, {y:,.0f}, which are not longitudes and latitudes: its coordinate reference system is wrong (metres declared as degrees?). Set the real one (right-click the layer › Layer CRS) and run again.</source>
        <translation>레이어 “{layer}”({param})에 지정된 좌표계: {crs}(도 단위). 그러나 좌표 값이 {x:,.0f}, {y:,.0f}까지 이르러 경위도일 수 없습니다. 좌표계가 잘못 지정된 것입니다(미터 좌표에 도 단위 좌표계를 지정?). 올바른 좌표계를 지정하고(레이어 우클릭 › 레이어 좌표계) 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="182" />
        <source>Roads are in {crs}, whose metres are {error:.1f}% off the ground where the roads are (Web Mercator?): every layer is worked on, and the result written, in {work}, where lengths and distances are true to within 0.1%.</source>
        <translation>도로 레이어의 좌표계 {crs}에서는 이 지역의 지도상 1 m가 실제 거리와 {error:.1f}% 다릅니다(웹 메르카토르?). 모든 레이어를 {work}에서 처리하고 결과도 그 좌표계로 저장합니다. 이 좌표계에서는 길이와 거리의 오차가 0.1% 이내입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="49" />
        <source>Layer “{layer}” ({param}) has {n} features, but none with a usable geometry: all are empty, or could not be transformed to {crs} (then its coordinate reference system is probably wrong). Check the layer's geometries and CRS, and run again.</source>
        <translation>레이어 “{layer}”({param})에 피처가 {n}개 있지만 쓸 수 있는 도형이 하나도 없습니다. 모두 비어 있거나 {crs}로 변환할 수 없습니다(변환할 수 없다면 좌표계가 잘못 지정되었을 가능성이 큽니다). 레이어의 도형과 좌표계를 확인하고 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="105" />
        <source>Road {fid} of layer “{layer}” is {km:,.0f} km long: in {length:g} m pieces it would give more than 1,000,000, more than one road's segment ids can number. Split it, or choose a longer LENGTH.</source>
        <translation>레이어 “{layer}”의 도로 {fid}는 길이가 {km:,.0f} km입니다. {length:g} m 구간으로 나누면 1,000,000개가 넘어, 도로 하나의 구간 ID로 번호를 매길 수 있는 수를 넘습니다. 도로를 나누거나 LENGTH를 더 길게 하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="111" />
        <source>Layer “{layer}” has feature ids up to {fid}: segment ids (feature id × 1,000,000 + piece number) can be made for ids from 0 to {max:,} only. Save the layer to a new GeoPackage (new ids) and run again.</source>
        <translation>레이어 “{layer}”의 피처 ID가 {fid}까지 있습니다. 구간 ID(피처 ID × 1,000,000 + 구간 번호)는 피처 ID가 0부터 {max:,}까지일 때만 만들 수 있습니다. 레이어를 새 GeoPackage로 저장한 뒤(새 ID) 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="118" />
        <source>Fields of layer “{layer}” renamed in the result, because the result has columns of those names: {renames}.</source>
        <translation>결과에 같은 이름의 열이 있어, 레이어 “{layer}”의 필드 이름을 결과에서 바꿉니다: {renames}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="203" />
        <source>{param} must be a number of at least {minimum:g}; “{value}” is not.</source>
        <translation>{param}에는 {minimum:g} 이상의 숫자를 넣어야 합니다. “{value}”는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="143" />
        <source>{n} of the {total} values of field “{field}” in layer “{layer}” ({param}) are not numbers ({examples}; telecom data mark small counts with “*”): they count as having no value.</source>
        <translation>레이어 “{layer}”({param})의 필드 “{field}” 값 {total}개 중 {n}개가 숫자가 아닙니다({examples}; 통신사 자료는 작은 수를 “*”로 가립니다). 이 값들은 값이 없는 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="179" />
        <source>Layer “{layer}” ({param}) lies entirely away from the roads (their extents do not meet), so no street would have an incident near it. Check that both layers have the right coordinate reference system, and that they cover the same area.</source>
        <translation>레이어 “{layer}”({param})의 위치가 도로와 전혀 겹치지 않아(범위가 만나지 않음) 어느 도로 근처에도 사건이 없게 됩니다. 두 레이어의 좌표계가 올바른지, 같은 지역을 담고 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="31" />
        <source>The plugin's bundled grading model cannot be used: {error}.</source>
        <translation>플러그인에 포함된 등급 모델을 쓸 수 없습니다: {error}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="32" />
        <source>The grading model {file} cannot be used: {error}. Leave MODEL empty to grade with the bundled model, or choose a JSON model file written by this plugin.</source>
        <translation>등급 모델 파일을 쓸 수 없습니다({file}): {error}. 포함된 모델로 등급을 매기려면 MODEL을 비워 두거나, 이 플러그인이 만든 JSON 모델 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="232" />
        <source>Grading model, a JSON file (empty: the bundled model)</source>
        <translation>등급 모델 JSON 파일(비우면 포함된 모델)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="138" />
        <source>Grading models (*.json);;All files (*)</source>
        <translation>등급 모델 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../plugin/qgis_bridge.py" line="121" />
        <source>The layer's feature ids repeat once read (ids above 2,147,483,647 in a format other than GeoPackage, read by QGIS 3.22?). Save the layer as a GeoPackage and run again.</source>
        <translation>레이어를 읽은 뒤 피처 ID가 중복됩니다(QGIS 3.22에서 GeoPackage가 아닌 형식의 2,147,483,647을 넘는 ID?). 레이어를 GeoPackage로 저장하고 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/qgis_bridge.py" line="155" />
        <source>Field “{old}” is read as “{new}”: “geometry” names the geometry in the result.</source>
        <translation>필드 “{old}”의 이름을 바꾸어 읽습니다: “{new}”. 결과에서 “geometry”는 도형 열의 이름입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="201" />
        <source>{param}: “{layer}” is the name of a table GeoPackage files and QGIS keep for themselves. Choose another layer name.</source>
        <translation>{param}: “{layer}”는 GeoPackage 파일과 QGIS가 내부용으로 쓰는 테이블 이름입니다. 다른 레이어 이름을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="205" />
        <source>{param}: {file} is read-only. Choose another file, or make it writable.</source>
        <translation>{param}: {file} 파일은 읽기 전용입니다. 다른 파일을 고르거나 쓰기 가능하게 바꾸십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="209" />
        <source>{param} {file} would replace the style and record files (.qml, .cpted.json) of the input layer “{layer}” ({input}) beside it. Choose another name.</source>
        <translation>{param} {file}: 같은 폴더에 있는 입력 레이어 “{layer}”({input})의 스타일·기록 파일(.qml, .cpted.json)을 덮어쓰게 됩니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/writer.py" line="292" />
        <source>Writing into {file} lost its layers {layers}: restore the file from a copy.</source>
        <translation>{file}에 저장하는 중 다음 레이어가 사라졌습니다: {layers}. 사본에서 파일을 복원하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="217" />
        <source>Category columns {columns} of NAME “{name}” would replace columns the result needs for itself. Choose another NAME.</source>
        <translation>NAME “{name}”에서 나온 범주 열({columns})이 결과에 꼭 필요한 열을 덮어쓰게 됩니다. 다른 NAME을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="222" />
        <source>Category values {values} of layer “{layer}” share the column {column}: they are counted together.</source>
        <translation>레이어 “{layer}”의 범주 값 {values}는 같은 열 {column}에 들어가므로 함께 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="55" />
        <source>{n} of the {total} features of layer “{layer}” ({param}) have no usable geometry (empty, of another kind than the layer's, or not transformable to {crs}): they are left out.</source>
        <translation>레이어 “{layer}”({param})의 피처 {total}개 중 {n}개는 쓸 수 있는 도형이 없어(비어 있거나, 레이어와 다른 종류이거나, {crs}로 변환 불가) 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="77" />
        <source>Layer “{layer}” ({param}) holds no {wanted}.</source>
        <translation>레이어 “{layer}”({param})에 필요한 종류의 도형이 없습니다: {wanted}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="79" />
        <source>{n} features of layer “{layer}” ({param}) are not {wanted} (a layer mixing kinds of geometry): they are left out.</source>
        <translation>레이어 “{layer}”({param})의 피처 {n}개는 필요한 종류({wanted})가 아니어서(여러 도형 종류가 섞인 레이어) 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="135" />
        <source>{n} of the {total} values of field “{field}” in layer “{layer}” ({param}) are negative ({examples}: a mark for missing counts?): they count as having no value.</source>
        <translation>레이어 “{layer}”({param})의 필드 “{field}” 값 {total}개 중 {n}개가 음수입니다({examples}: 결측 표시?). 이 값들은 값이 없는 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="156" />
        <source>{n} polygons of layer “{layer}” ({param}) are invalid (self-intersecting?): they are repaired before their values are used.</source>
        <translation>레이어 “{layer}”({param})의 폴리곤 {n}개가 유효하지 않아(자기 교차?) 값을 쓰기 전에 고칩니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/project.py" line="80" />
        <source>The grade style could not be stored with {file} ({error}): the layer is written, but opens unstyled outside this run.</source>
        <translation>등급 스타일을 {file} 파일에 저장하지 못했습니다({error}). 레이어는 저장되었지만, 이번 실행 밖에서는 스타일 없이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="100" />
        <source>Grades are cut at the risk thresholds stored with the model{period}, so the same risk gives the same grade on maps of other periods; the legend gives the share of road length each grade has here.</source>
        <translation>등급은 모델에 저장된 위험 기준값{period}에 따라 구분하므로, 위험이 같으면 다른 기간의 지도에서도 같은 등급이 됩니다. 범례에는 이 지도에서 각 등급이 차지하는 도로 길이 비율을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="98" />
        <source> (cut on {period})</source>
        <translation> ({period} 자료 기준)</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="107" />
        <source>Grades rank the streets of this map: 5 is the highest-risk 5% of its road length, 4 the next 15%, 3 and 2 the next 30% each, 1 the lowest 20% (streets of equal risk share a grade; the legend gives the real shares). They compare streets within this map, not with other maps.</source>
        <translation>등급은 이 지도의 도로를 위험 순으로 나눈 것입니다: 도로 길이 기준으로 위험이 가장 높은 5%가 5등급, 그다음 15%가 4등급, 그다음 30%씩이 3등급과 2등급, 위험이 가장 낮은 20%가 1등급입니다(위험이 같은 도로는 같은 등급이며, 실제 비율은 범례에 표시합니다). 등급은 이 지도 안의 도로끼리 비교한 것이며 다른 지도와 비교할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="121" />
        <source>Incidents of {period} ({years} years), counted as incidents a year.</source>
        <translation>범죄 발생 자료 기간: {period}({years}년). 연간 발생 건수로 환산했습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="124" />
        <source>The incidents' period is not known: their counts are taken as one year's.</source>
        <translation>범죄 발생 자료의 기간을 알 수 없어 전체 건수를 1년 치로 간주했습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>no incidents within {d} m</source>
        <translation>{d} m 이내 범죄 발생 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>{v} incidents a year within {d} m</source>
        <translation>{d} m 이내 연 {v}건 발생</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="129" />
        <source>no streetlight within {d} m</source>
        <translation>{d} m 이내 가로등 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="129" />
        <source>1 streetlight within {d} m</source>
        <translation>{d} m 이내 가로등 1개</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="129" />
        <source>{v} streetlights within {d} m</source>
        <translation>{d} m 이내 가로등 {v}개</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="139" />
        <source>no CCTV within {d} m</source>
        <translation>{d} m 이내 CCTV 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="139" />
        <source>1 CCTV camera within {d} m</source>
        <translation>{d} m 이내 CCTV 1대</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="139" />
        <source>{v} CCTV cameras within {d} m</source>
        <translation>{d} m 이내 CCTV {v}대</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="151" />
        <source>no emergency bell within {d} m</source>
        <translation>{d} m 이내 비상벨 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="151" />
        <source>1 emergency bell within {d} m</source>
        <translation>{d} m 이내 비상벨 1개</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="151" />
        <source>{v} emergency bells within {d} m</source>
        <translation>{d} m 이내 비상벨 {v}개</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="188" />
        <source>no {name} within {d} m</source>
        <translation>{d} m 이내 {name} 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="188" />
        <source>1 {name} within {d} m</source>
        <translation>{d} m 이내 {name} 1개</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="188" />
        <source>{v} {name} within {d} m</source>
        <translation>{d} m 이내 {name} {v}개</translation>
    </message>
    <message>
        <location filename="../../plugin/core/explain.py" line="21" />
        <source>none within {d} m</source>
        <translation>{d} m 이내 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/explain.py" line="21" />
        <source>{v} within {d} m</source>
        <translation>{d} m 이내 {v}건</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="122" />
        <source>{v} people at night in its grid cell</source>
        <translation>격자 야간 인구 {v}명</translation>
    </message>
    <message>
        <location filename="../../plugin/core/explain.py" line="22" />
        <source>nearest {name} {v} m away</source>
        <translation>가장 가까운 {name}까지 {v} m</translation>
    </message>
    <message>
        <location filename="../../plugin/core/explain.py" line="23" />
        <source>{name}: {v}</source>
        <translation>{name} 값: {v}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="178" />
        <source>Relative risk with 95% interval (log scale; 1 = no effect)</source>
        <translation>상대위험도와 95% 신뢰구간(로그 척도, 1 = 영향 없음)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="117" />
        <source>kept</source>
        <translation>채택</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="117" />
        <source>dropped</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="232" />
        <source>Random ranking</source>
        <translation>무작위 순위</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="291" />
        <source>Share of road length flagged, riskiest first</source>
        <translation>위험이 높은 순으로 지정한 도로 길이 비율</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="240" />
        <source>Share of held-out incidents captured</source>
        <translation>포착한 검증용 범죄 발생 비율</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="284" />
        <source>Random ranking (PAI = 1)</source>
        <translation>무작위 순위(PAI = 1)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="292" />
        <source>PAI</source>
        <translation>PAI(예측정확도지수)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="310" />
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="314" />
        <source>Safety grade (1 = safest, 5 = least safe)</source>
        <translation>안전등급(1 = 가장 안전, 5 = 가장 취약)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_charts.py" line="315" />
        <source>Held-out incidents per km</source>
        <translation>km당 검증용 범죄 발생 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="92" />
        <source>baseline</source>
        <translation>비교 기준</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="92" />
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="127" />
        <source>Share of held-out incidents on the road length each ranking flags first; the dotted diagonal is what a random ranking captures.</source>
        <translation>각 순위 방식이 위험이 높다고 먼저 지정한 도로 길이에서 발생한 검증용 범죄 발생 건수의 비율입니다. 점선 대각선은 무작위 순위로 포착되는 비율입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="129" />
        <source>Predictive accuracy index: share of incidents captured divided by share of road length flagged (1 = no better than random).</source>
        <translation>예측정확도지수(PAI): 포착한 범죄 발생 비율을 지정한 도로 길이 비율로 나눈 값입니다(1 = 무작위와 같은 수준).</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="131" />
        <source>Held-out incidents per km of road in each safety grade, for the chosen model.</source>
        <translation>선택된 모델의 안전등급별 도로 1 km당 검증용 범죄 발생 건수입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="132" />
        <source>Relative risk of each factor with its 95% interval (log scale); 1 = no effect. Dropped factors are grey.</source>
        <translation>요인별 상대위험도와 95% 신뢰구간(로그 척도)입니다. 1 = 영향 없음. 제외된 요인은 회색으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>recorded incidents a year within {d} m</source>
        <translation>{d} m 이내 연간 범죄 발생 건수(기록 기준)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="122" />
        <source>night-time population of the grid cell</source>
        <translation>격자 야간 인구</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="129" />
        <source>a streetlight within {d} m</source>
        <translation>{d} m 이내 가로등 유무</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="139" />
        <source>a CCTV camera within {d} m</source>
        <translation>{d} m 이내 CCTV 유무</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="151" />
        <source>an emergency bell within {d} m</source>
        <translation>{d} m 이내 비상벨 유무</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="187" />
        <source>{name} within {d} m</source>
        <translation>{d} m 이내 {name}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="119" />
        <source>Prior incidents within 50 m</source>
        <translation>50 m 이내 과거 범죄 발생</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="272" />
        <source>Kernel density, {h} m</source>
        <translation>커널 밀도({h} m)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="444" />
        <source>held-out deviance {gain:+.1%}; relative risk {rr:.2f} ({low:.2f}–{high:.2f})</source>
        <translation>검증 이탈도 {gain:+.1%}, 상대위험도 {rr:.2f}({low:.2f}–{high:.2f})</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="447" />
        <source>does not predict held-out incidents better (deviance {gain:+.1%}; needs at least -0.2%)</source>
        <translation>검증용 범죄 발생 예측이 나아지지 않음(이탈도 {gain:+.1%}, -0.2% 이하여야 함)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="450" />
        <source>its effect is not distinguishable from none (relative risk {rr:.2f}, {low:.2f}–{high:.2f})</source>
        <translation>효과가 없는 경우와 구별되지 않음(상대위험도 {rr:.2f}, {low:.2f}–{high:.2f})</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="256" />
        <source>Poisson regression</source>
        <translation>포아송 회귀</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="257" />
        <source>Gradient boosting (Poisson loss)</source>
        <translation>그래디언트 부스팅(포아송 손실)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="151" />
        <source>Emergency bells (points)</source>
        <translation>비상벨(점)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="132" />
        <source>Date of each incident (empty: detected, e.g. 발생일시, date, month, year)</source>
        <translation>범죄 발생 일자 필드(비우면 자동 탐지: 발생일시, date, month, year 등)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="153" />
        <source>Period start, e.g. 2024-01-01 (empty: the earliest incident)</source>
        <translation>기간 시작일, 예: 2024-01-01 (비우면 가장 이른 발생일)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="155" />
        <source>Period end, e.g. 2024-12-31 (empty: the latest incident)</source>
        <translation>기간 종료일, 예: 2024-12-31 (비우면 가장 늦은 발생일)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="185" />
        <source>Further factor layers (points, lines or polygons)</source>
        <translation>추가 요인 레이어(점, 선 또는 폴리곤)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="81" />
        <source>The model {model} was trained with the layer “{layer}” ({label}): add a layer of that name to {param}, or grade with a model that does not use it.</source>
        <translation>모델 {model}의 학습에 “{layer}” 레이어({label})가 사용되었습니다. 같은 이름의 레이어를 {param}에 추가하거나, 이 레이어를 사용하지 않는 모델로 등급을 산정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="86" />
        <source>The model {model} needs {param} ({label}), which is not given.</source>
        <translation>모델 {model}에 필요한 입력이 지정되지 않았습니다: {param}({label}).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="113" />
        <source>{n} of the {total} incidents of layer “{layer}” have no readable date in “{field}”: they are left out.</source>
        <translation>“{layer}” 레이어의 범죄 발생 {total}건 중 {n}건은 “{field}” 필드의 날짜를 읽을 수 없어 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="118" />
        <source>Give both PERIOD_START and PERIOD_END, or neither.</source>
        <translation>PERIOD_START와 PERIOD_END를 모두 입력하거나 모두 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="122" />
        <source>The period cannot be read: {error}. Write dates as 2024-01-31.</source>
        <translation>기간을 읽을 수 없습니다: {error}. 날짜는 2024-01-31 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="127" />
        <source>No incident of layer “{layer}” falls in the period {period}.</source>
        <translation>“{layer}” 레이어의 범죄 발생 중 기간 {period}에 해당하는 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="130" />
        <source>{n} incidents outside {period} are left out.</source>
        <translation>기간 {period} 밖의 범죄 발생 {n}건을 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="135" />
        <source>The incidents of layer “{layer}” have no date field and no period was given: their counts are taken as one year's. Give DATE_FIELD, or PERIOD_START and PERIOD_END, so that the map gives incidents a year and states its period.</source>
        <translation>“{layer}” 레이어의 범죄 발생 자료에 날짜 필드가 없고 기간도 지정되지 않아, 전체 건수를 1년 치로 간주합니다. 지도에 연간 발생 건수와 자료 기간이 표시되도록 DATE_FIELD 또는 PERIOD_START와 PERIOD_END를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="240" />
        <source>Layer “{layer}” has no field “{field}” (DATE_FIELD).</source>
        <translation>“{layer}” 레이어에 “{field}” 필드(DATE_FIELD)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="277" />
        <source>Incidents of layer “{layer}”: {n} from {period} ({years:.2f} years){field}; counted as incidents a year.</source>
        <translation>“{layer}” 레이어의 범죄 발생: {period}({years:.2f}년) {n}건{field}. 연간 발생 건수로 환산합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="277" />
        <source>, dates from “{field}”</source>
        <translation>, 날짜 필드 “{field}”</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="186" />
        <source>Further factor</source>
        <translation>추가 요인</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="422" />
        <source>further factor</source>
        <translation>추가 요인</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="427" />
        <source>Layer “{layer}” ({param}) has no feature with a usable geometry.</source>
        <translation>“{layer}” 레이어({param})에 사용할 수 있는 도형을 가진 피처가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="430" />
        <source>{n} features of layer “{layer}” have no usable geometry: they are left out.</source>
        <translation>“{layer}” 레이어의 피처 {n}개는 사용할 수 있는 도형이 없어 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="23" />
        <source>Runs the grading model on segments that carry its factor columns (see the model card: by default crime_yr_50m, crime_yr_150m, pop_night, lights_25m, cctv_50m) and adds:
• risk: expected incidents relative to the model's average segment (1 = average);
• grade: 1 (safest) to 5 (least safe): by default shares of this layer's road length (5 = the highest-risk 5%), or cut at the thresholds stored with the model to compare periods; NULL where a required factor is missing;
• factor_up, factor_up2 / up_rr, up2_rr: the two factors raising this segment's risk most, in words, and their risk multipliers against the layer's median street;
• factor_down, factor_down2 / down_rr, down2_rr: the two lowering it most.
A missing optional factor column is treated as average and reported. The output is styled in five classes plus “No data”.</source>
        <translation>모델의 요인 열이 있는 구간에 등급 산정 모델을 적용하고(모델 카드 참조, 기본 요인: crime_yr_50m, crime_yr_150m, pop_night, lights_25m, cctv_50m) 다음 열을 추가합니다:
• risk: 모델의 평균 구간 대비 예상 범죄 발생 건수(1 = 평균);
• grade: 1(가장 안전)부터 5(가장 취약)까지. 기본값은 이 레이어의 도로 길이 비율로 구분(5 = 위험 상위 5%)하며, 기간을 비교하려면 모델에 저장된 기준값으로 구분합니다. 필수 요인이 없으면 NULL;
• factor_up, factor_up2 / up_rr, up2_rr: 이 구간의 위험을 가장 크게 높이는 요인 2개(문장으로 표시)와, 레이어의 중앙값 구간 대비 위험 배수;
• factor_down, factor_down2 / down_rr, down2_rr: 위험을 가장 크게 낮추는 요인 2개.
선택 요인 열이 없으면 평균으로 간주하고 그 사실을 알립니다. 결과에는 5개 등급과 “자료 없음” 스타일이 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="106" />
        <source>{p}% of road length here</source>
        <translation>이 지도 도로 길이의 {p}%</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="108" />
        <source>lowest risk, {p}% of road length</source>
        <translation>위험 최하위, 도로 길이의 {p}%</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="110" />
        <source>highest risk, {p}% of road length</source>
        <translation>위험 최상위, 도로 길이의 {p}%</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="112" />
        <source>{p}% of road length</source>
        <translation>도로 길이의 {p}%</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="239" />
        <source>Grades</source>
        <translation>등급 구분 방식</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="239" />
        <source>Shares of this map's road length (5 = highest-risk 5%)</source>
        <translation>이 지도의 도로 길이 비율(5 = 위험 상위 5%)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="239" />
        <source>Thresholds stored with the model (to compare periods)</source>
        <translation>모델에 저장된 기준값(기간 비교용)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="52" />
        <source>The whole job in one step: cuts the roads into pieces of LENGTH metres, attaches the factors the grading model uses (by default incidents a year within 50 m and 150 m, night-time population of the grid cell, a streetlight within 25 m, a CCTV camera within 50 m; a model trained with “Train a grading model” says which it uses), grades every piece 1 (safest) to 5 (least safe) and names the two factors that raise and the two that lower its risk against this map's median street.
Incidents count per year: their period comes from DATE_FIELD (detected when empty: 발생일시, date, month, year…) or PERIOD_START and PERIOD_END, and is printed on the map.
Grades are shares of this map's road length (5 = the highest-risk 5%, 4 the next 15%, 3 and 2 the next 30% each, 1 the lowest 20%; equal risks share a grade and the real shares are printed), or, to compare periods, cut at the thresholds stored with the model. Population, streetlights, CCTV and emergency bells are optional: a missing one counts as the average street and is named on the map. Individual incidents never appear on the printed map.</source>
        <translation>전체 작업을 한 번에 처리합니다: 도로를 LENGTH 미터 구간으로 나누고, 등급 산정 모델이 사용하는 요인을 결합한 뒤(기본값: 50 m·150 m 이내 연간 범죄 발생 건수, 격자 야간 인구, 25 m 이내 가로등 유무, 50 m 이내 CCTV 유무. “등급 산정 모델 학습(Train a grading model)”에서 만든 모델은 사용하는 요인을 모델에 적어 둡니다), 모든 구간에 1(가장 안전)부터 5(가장 취약)까지 등급을 매기고, 이 지도의 중앙값 구간 대비 위험을 높이는 요인 2개와 낮추는 요인 2개를 제시합니다.
범죄 발생은 연간 건수로 계산합니다. 자료 기간은 DATE_FIELD(비우면 발생일시, date, month, year 등에서 자동 탐지) 또는 PERIOD_START와 PERIOD_END에서 정하며, 지도에 표시됩니다.
등급은 이 지도의 도로 길이 비율로 구분하거나(5 = 위험 상위 5%, 4 = 그다음 15%, 3과 2 = 그다음 각 30%, 1 = 하위 20%. 위험이 같으면 같은 등급이며 실제 비율을 지도에 표시), 기간을 비교하려면 모델에 저장된 기준값으로 구분합니다. 야간 인구, 가로등, CCTV, 비상벨은 선택 입력입니다. 입력하지 않은 요인은 평균 도로로 계산하며 지도에 그 사실을 표시합니다. 개별 범죄 발생 지점은 출력 지도에 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="120" />
        <source>Cutting {length:g} m segments and attaching factors</source>
        <translation>{length:g} m 구간으로 나누고 요인 결합 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="128" />
        <source>Grading with {model} and writing</source>
        <translation>등급 산정 및 저장 중: {model}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="152" />
        <source>Share of road length per grade: {shares}</source>
        <translation>등급별 도로 길이 비율: {shares}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="152" />
        <source>segments</source>
        <translation>구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="32" />
        <source>Train a grading model</source>
        <translation>등급 산정 모델 학습</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="35" />
        <source>Learns from this municipality's own incidents which factors raise and lower risk on its streets, and writes a model file that “Safety map” and “Grade safety” take as MODEL, with a report to file.
The roads are cut into LENGTH m segments and the factors attached as the safety map does: incidents a year within 50 m and 150 m, and each inventory given (population, streetlights, CCTV, emergency bells). Further factor layers (single-woman households, old housing, bars, bus stops…) are tested one by one at EXTRA_DISTANCES, as Risk Terrain Modeling does: each is kept or dropped, and the report says why.
Validation: with incident dates, a temporal hold-out (learn from the earlier part, test on the last third); without, spatial block cross-validation (neighbouring segments never split between training and test). Two model families (Poisson regression, whose relative risks are written; gradient boosting with a Poisson loss) and two baselines (prior incidents nearby; kernel density at 100 m and 300 m) are scored on the same segments: PAI and PEI at 1%, 5% and 10% of road length, grade 5's share of incidents, incidents per km by grade. The report says plainly when the model does not beat the baselines. Training needs scikit-learn; grading with the model file does not.</source>
        <translation>이 지자체의 범죄 발생 자료로 도로의 위험을 높이고 낮추는 요인을 학습하여, “안전지도(Safety map)”와 “안전등급 산정(Grade safety)”에서 MODEL로 사용하는 모델 파일을 만들고 보고서 파일도 작성합니다.
도로를 LENGTH m 구간으로 나누고 안전지도와 같은 방식으로 요인을 결합합니다: 50 m·150 m 이내 연간 범죄 발생 건수와, 입력한 각 현황 자료(야간 인구, 가로등, CCTV, 비상벨). 추가 요인 레이어(여성 1인 가구, 노후 주택, 주점, 버스 정류장 등)는 위험 지형 모델링(RTM)과 같이 EXTRA_DISTANCES의 거리마다 하나씩 검정하여 채택하거나 제외하며, 그 이유를 보고서에 적습니다.
검증: 범죄 발생 일자가 있으면 시간 분할 검증(앞 기간으로 학습하고 마지막 3분의 1 기간으로 검증), 없으면 공간 블록 교차검증(인접한 구간은 학습용과 검증용으로 나뉘지 않음)을 사용합니다. 모델 두 종류(상대위험도를 기록하는 포아송 회귀, 포아송 손실을 쓰는 그래디언트 부스팅)와 비교 기준 두 가지(주변의 과거 범죄 발생, 100 m·300 m 커널 밀도)를 같은 구간에서 평가합니다: 도로 길이 1%, 5%, 10%에서의 PAI와 PEI, 5등급의 범죄 발생 비율, 등급별 km당 범죄 발생 건수. 모델이 비교 기준보다 낫지 않으면 보고서에 분명히 밝힙니다. 학습에는 scikit-learn이 필요하지만, 모델 파일로 등급을 산정할 때에는 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="53" />
        <source>Distances tried for further factor layers (metres)</source>
        <translation>추가 요인 레이어에 적용해 볼 거리(미터)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="56" />
        <source>Validation</source>
        <translation>검증 방법</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="56" />
        <source>Automatic: temporal hold-out when incidents have dates, else spatial blocks</source>
        <translation>자동: 범죄 발생 일자가 있으면 시간 분할 검증, 없으면 공간 블록 교차검증</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="56" />
        <source>Temporal hold-out (needs dates)</source>
        <translation>시간 분할 검증(일자 필요)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="56" />
        <source>Spatial block cross-validation</source>
        <translation>공간 블록 교차검증</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="60" />
        <source>Model name</source>
        <translation>모델 이름</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="62" />
        <source>Model file (JSON)</source>
        <translation>모델 파일(JSON)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="62" />
        <source>Grading models (*.json)</source>
        <translation>등급 모델 (*.json)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="64" />
        <source>Report (HTML; a PDF is written beside it)</source>
        <translation>보고서(HTML, 같은 폴더에 PDF도 저장)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="64" />
        <source>HTML files (*.html)</source>
        <translation>HTML 파일 (*.html)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="75" />
        <source>EXTRA_DISTANCES must be distances in metres between 0 and 5000, separated by commas (e.g. 50,100,200); “{text}” is not.</source>
        <translation>EXTRA_DISTANCES에는 0보다 크고 5000 이하인 거리(미터)를 쉼표로 구분해 입력해야 합니다(예: 50,100,200). 잘못된 입력값: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/destinations.py" line="100" />
        <source>{param} must be a file ending in {suffix}; “{file}” is not.</source>
        <translation>{param}에는 확장자 {suffix} 파일을 지정해야 합니다. 지정한 파일: “{file}”.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="112" />
        <source>Cutting {length:g} m segments</source>
        <translation>{length:g} m 구간으로 나누는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="127" />
        <source>Attaching factors</source>
        <translation>요인 결합 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="39" />
        <source>A temporal hold-out needs the incidents' dates: give DATE_FIELD, or choose spatial block cross-validation.</source>
        <translation>시간 분할 검증에는 범죄 발생 일자가 필요합니다: DATE_FIELD를 지정하거나 공간 블록 교차검증을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training_plan.py" line="53" />
        <source>Too few incidents on the streets in the later windows ({b} and {c}; at least {min} each) for a temporal hold-out: spatial block cross-validation is used instead.</source>
        <translation>뒤쪽 두 기간의 도로 위 범죄 발생 건수가 시간 분할 검증에 부족합니다({b}건, {c}건. 각각 {min}건 이상 필요). 대신 공간 블록 교차검증을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="44" />
        <source>The roads cover too small an area for spatial block cross-validation ({error}).</source>
        <translation>도로가 있는 지역이 너무 좁아 공간 블록 교차검증을 할 수 없습니다({error}).</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training_plan.py" line="40" />
        <source>Spatial block cross-validation: the {n} incidents were split at random into a history half (factors) and a target half; segments were grouped in square blocks and the blocks in 5 folds; each fold was predicted by a fit on the others, leaving out every training segment within {buffer:g} m of a test one.</source>
        <translation>공간 블록 교차검증: 범죄 발생 {n}건을 무작위로 절반씩 나누어 한쪽은 과거 자료(요인 계산용), 다른 쪽은 예측 대상으로 썼습니다. 구간을 정사각형 블록으로 묶고 블록을 5개 폴드로 나눈 뒤, 각 폴드를 나머지 폴드로 학습한 모델로 예측했으며, 검증 구간에서 {buffer:g} m 이내의 학습 구간은 모두 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="42" />
        <source>Only {n} incidents of layer “{layer}” fall on the streets (within 50 m): at least {min} are needed to train a model.</source>
        <translation>“{layer}” 레이어의 범죄 발생 중 도로 위(50 m 이내)에 있는 것은 {n}건뿐입니다. 모델을 학습하려면 {min}건 이상이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="136" />
        <source>Training and validating: {step}</source>
        <translation>학습 및 검증 중: {step}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/provenance.py" line="18" />
        <source>(SIMULATED inputs: {names})</source>
        <translation>(모의 입력 자료: {names})</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="158" />
        <source>Model written: {path}</source>
        <translation>모델 저장 완료: {path}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="169" />
        <source>Further factor “{layer}”: {decision}, {why}.</source>
        <translation>추가 요인 “{layer}”: {decision}, {why}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="179" />
        <source>Report written: {path} and {pdf}</source>
        <translation>보고서 저장 완료: {path}, {pdf}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="95" />
        <source>written in the model</source>
        <translation>모델에 기록됨</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="114" />
        <source>{n:,} of {length:g} m, {km:.1f} km of street</source>
        <translation>{length:g} m 구간 {n:,}개, 도로 {km:.1f} km</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="116" />
        <source>{n:,} in all; {t:,} on the streets in the target window</source>
        <translation>전체 {n:,}건, 예측 대상 자료 중 도로 위 {t:,}건</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="118" />
        <source>Segments without an incident in the target window</source>
        <translation>예측 대상 자료에서 범죄 발생이 없는 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="119" />
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="119" />
        <source>not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="122" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="123" />
        <source>Family</source>
        <translation>모델 유형</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="123" />
        <source>Poisson regression (log link), incidents per 10 m a year, segment length × years as exposure</source>
        <translation>포아송 회귀(로그 연결), 10 m당 연간 범죄 발생 건수, 노출량은 구간 길이 × 연수</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="126" />
        <source>Factors</source>
        <translation>요인</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="130" />
        <source>Dispersion</source>
        <translation>산포 계수</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="130" />
        <source>{d:.2f} (intervals widened by it when above 1: quasi-Poisson)</source>
        <translation>{d:.2f}(1보다 크면 그만큼 신뢰구간을 넓힘: 준포아송)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="132" />
        <source>By default shares of each map's road length; the thresholds stored cut the training map at 20/30/30/15/5% of road length, to compare periods.</source>
        <translation>기본값은 각 지도의 도로 길이 비율입니다. 기간 비교용으로 저장된 기준값은 학습 지도의 도로 길이를 20/30/30/15/5%로 나눈 값입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="135" />
        <source>scikit-learn</source>
        <translation>scikit-learn 버전</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="138" />
        <source>Recorded incidents are not all incidents: what is not reported, or reported elsewhere, is not here.</source>
        <translation>기록된 범죄 발생이 모든 범죄는 아닙니다: 신고되지 않았거나 다른 기관에 신고된 범죄는 이 자료에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="140" />
        <source>Effects are associations on this municipality's streets in this period, not causes: a street with a camera may have had one installed because it had incidents.</source>
        <translation>효과는 이 기간 이 지자체 도로에서 나타난 연관성이며 인과관계가 아닙니다: CCTV가 있는 도로는 범죄가 발생했기 때문에 CCTV가 설치되었을 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="142" />
        <source>The model knows only the factors listed; lighting quality, sight lines, shop hours and events are not in it.</source>
        <translation>모델은 위에 나열된 요인만 반영합니다. 조명 품질, 시야 확보, 상점 영업시간, 행사 등은 반영되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="144" />
        <source>Grades rank streets; they do not measure any person's safety.</source>
        <translation>등급은 도로의 상대적 위험 순위이며, 개인의 안전을 측정한 것이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="148" />
        <source>Inputs {names} are SIMULATED: this model is for demonstration and training, not for decisions.</source>
        <translation>입력 자료({names})가 모의 자료입니다: 이 모델은 시연·교육용이며 의사결정에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="152" />
        <source>Grading model {name}: training and validation report</source>
        <translation>등급 산정 모델 {name}: 학습 및 검증 보고서</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="155" />
        <source>Contains simulated data: {names}. For demonstration and training, not for decisions.</source>
        <translation>모의(시뮬레이션) 자료 포함: {names}. 시연·교육용이며 의사결정에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Factor</source>
        <translation>요인</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Grade 5</source>
        <translation>5등급</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Incidents per km by grade</source>
        <translation>등급별 km당 발생 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Kept</source>
        <translation>채택</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Model card</source>
        <translation>모델 카드</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Monotonic</source>
        <translation>단조 증가</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>PEI</source>
        <translation>PEI(예측효율지수)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Relative risk (95% interval)</source>
        <translation>상대위험도(95% 구간)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>What this model cannot know</source>
        <translation>이 모델이 알 수 없는 것</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>chosen</source>
        <translation>채택 모델</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>incidents</source>
        <translation>발생 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>road length</source>
        <translation>도로 길이</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report_html.py" line="20" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="77" />
        <source>Date of each feature, for counts a year (incidents)</source>
        <translation>각 피처의 날짜 (연간 건수 계산용, 범죄 발생 등)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="136" />
        <source>{name}: {n} features of layer “{layer}” from {period} ({years:.2f} years), counted a year.</source>
        <translation>{name}: “{layer}” 레이어의 {period}({years:.2f}년) 피처 {n}개를 연간 건수로 환산합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="108" />
        <source>No date in field “{field}” of layer “{layer}” can be read: choose the incidents' date in DATE_FIELD, or leave it empty and give PERIOD_START and PERIOD_END.</source>
        <translation>“{layer}” 레이어의 “{field}” 필드에서 읽을 수 있는 날짜가 없습니다. DATE_FIELD에서 범죄 발생 날짜 필드를 고르거나, 비워 두고 PERIOD_START와 PERIOD_END를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training_plan.py" line="44" />
        <source>The period {period} cannot be cut into three parts that each hold incidents (dates by year only?): spatial block cross-validation is used instead.</source>
        <translation>기간 {period}: 범죄 발생이 있는 세 구간으로 나눌 수 없습니다(날짜가 연도 단위뿐인가요?). 대신 공간 블록 교차검증을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="127" />
        <source>Relative risks</source>
        <translation>상대위험도</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="127" />
        <source>For counts, per unit of log(1 + count): the risk multiplier when 1 + the count is multiplied by e (about 2.7); for presence factors, present against absent.</source>
        <translation>건수 요인은 log(1 + 건수) 1단위당 값으로, (1 + 건수)가 e배(약 2.7배)가 될 때의 위험 배수입니다. 유무 요인은 있을 때와 없을 때의 비입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="141" />
        <source>CRS of X/Y columns in CSV files given as layers (empty: the roads'; 위도/경도 are WGS 84)</source>
        <translation>레이어로 지정한 CSV 파일의 X/Y 열 좌표계 (비우면 도로 레이어의 좌표계, 위도/경도는 WGS 84)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/csv_layers.py" line="40" />
        <source>{param}: the file {file} does not exist.</source>
        <translation>{param}: 지정한 파일이 없습니다: {file}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="51" />
        <source>The CSV file {file} ({param}) is neither UTF-8 nor CP949 (EUC-KR) text: save it in one of them and run again.</source>
        <translation>CSV 파일 {file}({param}): UTF-8도 CP949(EUC-KR)도 아닌 텍스트입니다. 둘 중 하나로 저장한 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="53" />
        <source>The CSV file {file} ({param}) has no coordinate columns: it needs 위도/경도 (latitude/longitude, WGS 84) or X좌표/Y좌표 (x/y, in CSV_CRS). Its columns: {columns}.</source>
        <translation>CSV 파일 {file}({param})에 좌표 열이 없습니다. 위도/경도(WGS 84) 또는 X좌표/Y좌표(CSV_CRS 좌표계)가 필요합니다. 파일의 열: {columns}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/csv_layers.py" line="64" />
        <source>The CSV file {file} ({param}) has no row with numbers in both {x} and {y}.</source>
        <translation>CSV 파일 {file}({param}): {x} 열과 {y} 열이 모두 숫자인 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/csv_layers.py" line="70" />
        <source>{param}: {file} read as points from columns {x}/{y} in {crs} ({encoding}), {n} rows.</source>
        <translation>{param}: {file} 파일을 {x}/{y} 열({crs}, {encoding})의 점 {n}개로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/csv_layers.py" line="74" />
        <source>{n} rows of {file} have no coordinates in {x}/{y}: they are left out.</source>
        <translation>{file} 파일의 {n}개 행은 {x}/{y} 좌표가 없어 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/writer.py" line="208" />
        <source>Shapefile field names hold at most 10 bytes: in {file}, {renames}.</source>
        <translation>Shapefile 필드 이름은 10바이트까지만 담을 수 있어, {file}에서 필드 이름을 글자 단위로 줄였습니다: {renames}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="213" />
        <source>Layer “{layer}” is given as {param}, but its name says it is {role}. Choose the right layer for {param}; if this one does hold what {param} asks for, rename it.</source>
        <translation>“{layer}” 레이어가 {param} 항목에 지정되었지만, 레이어 이름으로 보면 {role} 자료입니다. {param} 항목에 맞는 레이어를 고르십시오. 이 레이어가 실제로 {param} 자료라면 레이어 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="63" />
        <source>{names} and {n} more</source>
        <translation>{names} 외 {n}개</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="59" />
        <source>hour column (시간대구분, 시간대, hour)</source>
        <translation>시간대 열(시간대구분, 시간대, hour)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="60" />
        <source>cell id column (격자ID, 집계구코드, cell_id, grid_id)</source>
        <translation>격자 ID 열(격자ID, 집계구코드, cell_id, grid_id)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="61" />
        <source>X column (X좌표, x, or 경도 for longitudes)</source>
        <translation>X 좌표 열(X좌표, x, 경위도 자료이면 경도)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="62" />
        <source>Y column (Y좌표, y, or 위도 for latitudes)</source>
        <translation>Y 좌표 열(Y좌표, y, 경위도 자료이면 위도)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="63" />
        <source>count column matching COLUMNS “{pattern}”</source>
        <translation>COLUMNS “{pattern}”에 맞는 인구수 열</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="64" />
        <source>, no </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="196" />
        <source>“{file}” is not text in UTF-8 or CP949 (EUC-KR), the encodings telecom CSV files come in: open it in a text editor or spreadsheet and save it again as CSV in UTF-8.</source>
        <translation>“{file}” 파일은 UTF-8 또는 CP949(EUC-KR) 텍스트가 아닙니다. 통신사 CSV 파일은 이 두 인코딩 중 하나로 제공됩니다. 텍스트 편집기나 스프레드시트 프로그램에서 파일을 열어 UTF-8 CSV로 다시 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="75" />
        <source>“{file}” is empty: choose the CSV file with the telecom population rows (INPUT).</source>
        <translation>“{file}” 파일이 비어 있습니다. 통신사 생활인구 행이 들어 있는 CSV 파일을 선택하십시오(INPUT).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="77" />
        <source>“{file}” cannot be read as CSV ({error}): check that it is a comma-separated text file with one header line, as downloaded, and save it again as CSV if it was edited.</source>
        <translation>“{file}” 파일을 CSV로 읽을 수 없습니다({error}). 내려받은 그대로 머리글 행이 한 줄인 쉼표 구분 텍스트 파일인지 확인하고, 편집한 파일이면 CSV로 다시 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="81" />
        <source>HOURS “{text}” cannot be read, so no hours of “{file}” can be chosen: write hours 0 to 23 as a range such as 22-5 (22:00 to 05:59, across midnight), a list such as 0-5,22-23, or one hour such as 21.</source>
        <translation>HOURS “{text}” 값을 읽을 수 없어 “{file}” 파일에서 시간대를 고를 수 없습니다. 시간대는 0부터 23까지의 숫자로, 22-5 같은 범위(자정을 넘어 22:00~05:59), 0-5,22-23 같은 목록, 또는 21 같은 한 시간대로 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="85" />
        <source>COLUMNS “{pattern}” is not a regular expression ({error}), so no column of “{file}” can be chosen: write one such as ^여자.*생활인구수$ (the women's age bands) or ^총생활인구수$ (everyone).</source>
        <translation>COLUMNS “{pattern}” 값이 올바른 정규 표현식이 아니어서({error}) “{file}” 파일에서 열을 고를 수 없습니다. ^여자.*생활인구수$(여성 연령대별 열) 또는 ^총생활인구수$(전체 인구) 같은 정규 표현식을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="93" />
        <source>Set COLUMNS to a regular expression matching the count columns to sum, e.g. ^총생활인구수$.</source>
        <translation>COLUMNS에는 합산할 인구수 열의 이름에 맞는 정규 표현식을 입력하십시오(예: ^총생활인구수$).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="95" />
        <source>A file without the cells' centres (X좌표/Y좌표, or 경도/위도), such as 집계구 data, must be joined to the cells' boundaries instead.</source>
        <translation>집계구 자료처럼 셀 중심 좌표(X좌표/Y좌표 또는 경도/위도)가 없는 파일은 이 알고리즘 대신 셀 경계 폴리곤에 조인하여 사용해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="98" />
        <source>Name that column in the file's first line as above (e.g. 시간대구분, 격자ID).</source>
        <translation>파일 첫 줄(머리글)에서 해당 열의 이름을 위에 나온 이름으로 바꾸십시오(예: 시간대구분, 격자ID).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="99" />
        <source>“{file}” has no {missing}, so it cannot give a night-time population per cell. Its columns are: {columns}. {fix}</source>
        <translation>“{file}” 파일에 다음 열이 없어 셀별 야간 인구를 구할 수 없습니다: {missing}. 파일의 열: {columns}. {fix}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="100" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="105" />
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="106" />
        <source>No row of “{file}” has an hour from 0 to 23 in its hour column “{column}” (it holds {examples}): choose a file with one row per cell and hour (시간대구분 0-23).</source>
        <translation>“{file}” 파일의 시간대 열 “{column}”에 0~23 사이의 시간대가 있는 행이 없습니다(열의 값: {examples}). 셀과 시간대마다 한 행씩 있는 파일을 선택하십시오(시간대구분 0-23).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="109" />
        <source>No row of “{file}” is of the hours {hours} (HOURS): its rows have the hours {found}. Choose hours the file has.</source>
        <translation>“{file}” 파일에 HOURS 시간대({hours})의 행이 없습니다. 파일에 있는 시간대: {found}. 파일에 있는 시간대를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="112" />
        <source>No cell of “{file}” has numbers as its X and Y coordinates (columns “{x}” and “{y}”): check that these columns hold the cells' centres.</source>
        <translation>“{file}” 파일에는 X, Y 좌표(“{x}” 열, “{y}” 열)가 숫자인 셀이 하나도 없습니다. 이 열에 셀 중심 좌표가 들어 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/messages.py" line="115" />
        <source>“{file}” cannot be used: {error}</source>
        <translation>“{file}” 파일을 사용할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="79" />
        <source>Night-time population grid from a telecom CSV</source>
        <translation>통신사 생활인구 CSV로 야간 인구 격자 생성</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="82" />
        <source>Makes the night-time population grid the safety map takes as POPULATION (field pop_night) from a telecom “floating population” (생활인구) CSV with one row per grid cell and hour, such as Seoul's 생활인구 by 격자: a column for the hour (시간대구분: 0 is 00:00-00:59, … 23), one for the cell (격자ID, 집계구코드), the cell's centre (X좌표 and Y좌표, or 경도 and 위도) and the counts by sex and age band. The file may be UTF-8 (with or without byte order mark) or CP949 (EUC-KR).

pop_night is, for each cell, the mean over the chosen hours of the sum of the chosen count columns: every date × hour row the file has for the cell counts once (hours_used says how many rows were averaged); rows of other hours are ignored. Telecom data mask counts under 3 as “*” (0, 1 or 2 people): each “*” counts as MASKED_VALUE, an empty value as 0, and masked says how many “*” a cell had.

Defaults:
• CRS EPSG:5179 (Korea 2000 / Unified CS, the CRS of Korean telecom grids), the CRS of the X/Y columns; columns named 경도/위도 are always read as EPSG:4326 (WGS 84), and their squares drawn in the WGS 84 / UTM zone of the data;
• CELL_SIZE 50 m: each cell is a square of that side centred on its X/Y;
• HOURS 22-5: 22:00 to 05:59 (a range wraps past midnight; lists such as 0-5,22-23 or one hour such as 21 work too);
• COLUMNS ^여자.*생활인구수$|^female: a regular expression over the column names, here the women's age bands (Seoul's 여자…생활인구수, or its open API's FEMALE_…); ^총생활인구수$ counts everyone;
• MASKED_VALUE 1: the middle of 0-2 (0 gives a lower bound, 2 an upper one).

Writes one square per cell with cell_id, x and y (the centre as in the file), pop_night, hours_used and masked. A file whose name says “simulated” gives a layer whose name and description say so.</source>
        <translation>격자 셀과 시간대마다 한 행씩 있는 통신사 “생활인구”(유동인구) CSV(예: 서울시 격자 단위 생활인구)에서 안전지도의 POPULATION 입력(pop_night 필드)으로 쓰는 야간 인구 격자를 만듭니다. CSV에는 시간대 열(시간대구분: 0은 00:00-00:59, … 23), 셀 열(격자ID, 집계구코드), 셀 중심 좌표 열(X좌표와 Y좌표, 또는 경도와 위도), 성별·연령대별 인구수 열이 있어야 합니다. 파일 인코딩은 UTF-8(BOM 유무 무관) 또는 CP949(EUC-KR)입니다.

pop_night는 셀마다, 선택한 인구수 열의 합을 선택한 시간대에 걸쳐 평균한 값입니다. 파일에 있는 해당 셀의 날짜 × 시간대 행은 각각 한 번씩 계산하며(hours_used: 평균에 쓴 행 수), 다른 시간대의 행은 무시합니다. 통신사 자료는 3 미만의 인구수를 “*”로 가립니다(0, 1 또는 2명). “*”는 각각 MASKED_VALUE 값으로, 빈 값은 0으로 계산하며, masked 필드에는 셀마다 “*”의 개수를 기록합니다.

기본값:
• CRS EPSG:5179(Korea 2000 / Unified CS, 국내 통신사 격자의 좌표계): X/Y 열의 좌표계입니다. 경도/위도라는 이름의 열은 항상 EPSG:4326(WGS 84)으로 읽으며, 이때 정사각형 셀은 자료가 있는 지역의 WGS 84 / UTM 존 좌표계로 그립니다;
• CELL_SIZE 50 m: 각 셀은 X/Y를 중심으로 하고 한 변이 이 길이인 정사각형입니다;
• HOURS 22-5: 22:00~05:59(범위는 자정을 넘어 이어지며, 0-5,22-23 같은 목록이나 21 같은 한 시간대도 쓸 수 있습니다);
• COLUMNS ^여자.*생활인구수$|^female: 열 이름에 적용하는 정규 표현식으로, 기본값은 여성 연령대별 열입니다(서울시 자료의 여자…생활인구수 또는 서울시 열린데이터 API의 FEMALE_…). ^총생활인구수$를 쓰면 전체 인구를 셉니다;
• MASKED_VALUE 1: 0~2의 중간값(0이면 하한, 2이면 상한 추정).

셀마다 정사각형 하나를 cell_id, x, y(파일에 적힌 중심 좌표), pop_night, hours_used, masked 필드와 함께 저장합니다. 파일 이름에 “simulated”가 들어 있으면 결과 레이어의 이름과 설명에도 모의 자료임을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="113" />
        <source>CRS of the X/Y columns (경도/위도 are always EPSG:4326)</source>
        <translation>X/Y 열의 좌표계 (경도/위도 열은 항상 EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="115" />
        <source>Cell size (metres, at least 1)</source>
        <translation>셀 크기 (m, 1 이상)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="118" />
        <source>Night hours, e.g. 22-5 (22:00-05:59) or 0-5,22-23</source>
        <translation>야간 시간대 (예: 22-5 = 22:00-05:59, 또는 0-5,22-23)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="120" />
        <source>Count columns to sum (regular expression over the column names)</source>
        <translation>합산할 인구수 열 (열 이름에 적용할 정규 표현식)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="123" />
        <source>Value of a masked count “*” (under 3)</source>
        <translation>가려진 인구수 “*”(3 미만)에 적용할 값</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="126" />
        <source>Night-time population grid</source>
        <translation>야간 인구 격자</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="146" />
        <source>The telecom population file “{file}” does not exist: choose the CSV file (INPUT).</source>
        <translation>통신사 생활인구 파일이 없습니다: “{file}”. CSV 파일을 선택하십시오(INPUT).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="149" />
        <source>“{file}” is an Excel workbook: save it as CSV (UTF-8) and choose the .csv file.</source>
        <translation>“{file}” 파일은 Excel 통합 문서입니다. CSV(UTF-8)로 저장한 뒤 .csv 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="176" />
        <source>CRS is not a coordinate reference system, so the X/Y of “{file}” cannot be placed: choose the CRS of its X/Y columns (Korean telecom grids: EPSG:5179).</source>
        <translation>CRS 값이 올바른 좌표계가 아니어서 “{file}” 파일의 X/Y 위치를 정할 수 없습니다. X/Y 열의 좌표계를 선택하십시오(국내 통신사 격자: EPSG:5179).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="180" />
        <source>Settings: CRS {crs}, CELL_SIZE {size:g} m, HOURS {hours}, COLUMNS “{pattern}”, MASKED_VALUE {masked:g}.</source>
        <translation>설정: CRS {crs}, CELL_SIZE {size:g} m, HOURS {hours}, COLUMNS “{pattern}”, MASKED_VALUE {masked:g}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="185" />
        <source>Reading “{file}”</source>
        <translation>“{file}” 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="200" />
        <source>“{file}” cannot be read ({error}): check that it exists and that you may read it.</source>
        <translation>“{file}” 파일을 읽을 수 없습니다({error}). 파일이 있는지, 읽기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="206" />
        <source>“{file}” read as {encoding}: {rows:,} rows; {used:,} of the hours {hours} used.</source>
        <translation>“{file}” 파일을 {encoding} 인코딩으로 읽었습니다: 행 {rows:,}개 중 시간대 {hours}에 해당하는 행 {used:,}개를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="209" />
        <source>Summed {n} columns matching “{pattern}”: {names}.</source>
        <translation>“{pattern}”에 맞는 열 {n}개를 합산했습니다: {names}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="213" />
        <source>“{file}” has no rows of the hours {hours}: pop_night is the mean of the other hours chosen.</source>
        <translation>“{file}” 파일에 시간대 {hours}의 행이 없습니다. pop_night 값은 선택한 나머지 시간대의 평균입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="216" />
        <source>Some values of the hour column “{column}” are no hour 0-23 ({examples}): their rows are left out.</source>
        <translation>시간대 열 “{column}”의 일부 값이 0-23 사이의 시간대가 아닙니다({examples}). 해당 행은 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="220" />
        <source>{n:,} rows repeat a cell, date and hour already read (a file appended twice?): each is counted once.</source>
        <translation>이미 읽은 셀·날짜·시간대가 다시 나오는 행이 {n:,}개 있습니다(파일을 두 번 이어 붙였나요?). 같은 행은 한 번만 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="226" />
        <source>“{file}” has no date column (기준일ID, date): every row of a cell and hour counts as another day.</source>
        <translation>“{file}” 파일에 날짜 열(기준일ID, date)이 없습니다. 같은 셀·시간대의 행은 모두 서로 다른 날의 자료로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="229" />
        <source>{n:,} count values of “{file}” are neither numbers nor “*” (or are negative): they count as 0.</source>
        <translation>“{file}” 파일의 인구수 값 {n:,}개가 숫자도 “*”도 아니거나 음수입니다. 이 값은 0으로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="232" />
        <source>{n:,} cells of “{file}” have no numbers as X and Y (columns “{x}”, “{y}”): they are left out.</source>
        <translation>“{file}” 파일의 셀 {n:,}개는 X, Y 값(“{x}” 열, “{y}” 열)이 숫자가 아니어서 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="237" />
        <source>Drawing {size:g} m cells</source>
        <translation>{size:g} m 셀 그리는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="244" />
        <source>Writing the grid</source>
        <translation>격자 저장 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="247" />
        <source>{n:,} “*” values (counts under 3) counted as {value:g} each (MASKED_VALUE).</source>
        <translation>“*” 값(3 미만의 인구수) {n:,}개를 각각 {value:g}명으로 계산했습니다(MASKED_VALUE).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="249" />
        <source>{cells:,} cells of {size:g} m in {crs}; pop_night totals {total:,.1f}, a mean of {mean:.2f} per cell.</source>
        <translation>{crs} 좌표계의 {size:g} m 셀 {cells:,}개를 만들었습니다. pop_night 합계 {total:,.1f}, 셀당 평균 {mean:.2f}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="260" />
        <source>The coordinates of “{file}” are longitudes and latitudes ({x}, {y}): they are read in EPSG:4326 (WGS 84), not in {crs} (CRS).</source>
        <translation>“{file}” 파일의 좌표가 경도와 위도({x}, {y})이므로, CRS에 지정한 {crs} 좌표계가 아니라 EPSG:4326(WGS 84) 좌표계로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="265" />
        <source>The X/Y of “{file}” reach {x:,.0f}, {y:,.0f}, which are not longitudes and latitudes: set CRS to the CRS of these coordinates (Korean telecom grids: EPSG:5179).</source>
        <translation>“{file}” 파일의 X/Y 값이 {x:,.0f}, {y:,.0f}까지 이르러 경위도일 수 없습니다. CRS에 이 좌표의 실제 좌표계를 지정하십시오(국내 통신사 격자: EPSG:5179).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="271" />
        <source>Every X/Y of “{file}” is within ±180, ±90: if they are longitudes and latitudes, set CRS to EPSG:4326; they are read as metres in {crs}.</source>
        <translation>“{file}” 파일의 X/Y 값이 모두 ±180, ±90 이내입니다. 경도와 위도라면 CRS를 EPSG:4326으로 지정하십시오. 지금은 {crs} 좌표계의 미터 값으로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="276" />
        <source>{crs} is not in metres: the {n:,} cells are drawn as squares in {work}.</source>
        <translation>{crs} 좌표계는 미터 단위가 아니므로 셀 {n:,}개를 {work} 좌표계에서 정사각형으로 그립니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="288" />
        <source>Some X/Y of “{file}” cannot be transformed to metres: check CRS (the CRS of the X/Y columns).</source>
        <translation>“{file}” 파일의 일부 X/Y 값을 미터 좌표로 변환할 수 없습니다. CRS(X/Y 열의 좌표계)를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="313" />
        <source>Night-time population (pop_night) per {size:g} m cell from “{file}”: the mean over the hours {hours} of the sum of {n} columns ({names}), each “*” counted as {masked:g}.</source>
        <translation>“{file}” 파일로 만든 {size:g} m 셀별 야간 인구(pop_night): 열 {n}개({names})의 합을 시간대 {hours}에 걸쳐 평균한 값, “*”는 각각 {masked:g}명으로 계산.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="44" />
        <source>SIMULATED: {file}. Not for decisions.</source>
        <translation>모의 자료: {file}. 의사결정용이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="320" />
        <source>Telecom population: {file}</source>
        <translation>통신사 생활인구: {file}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/street_names.py" line="28" />
        <source>Street names</source>
        <translation>도로명</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="123" />
        <source>Street name field (empty: detected, e.g. 도로명, RN, name)</source>
        <translation>도로명 필드 (비우면 자동 인식: 도로명, RN, name 등)</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/focus.py" line="57" />
        <source>Areas</source>
        <translation>행정구역</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="276" />
        <source>Administrative areas to draw (e.g. legal dong boundaries)</source>
        <translation>지도에 그릴 행정구역 (예: 법정동 경계)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="267" />
        <source>Area name field (empty: detected, e.g. 법정동명, EMD_KOR_NM, name)</source>
        <translation>행정구역 이름 필드 (비우면 자동 인식: 법정동명, EMD_KOR_NM, name 등)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="280" />
        <source>Map extent (empty: the whole graded layer)</source>
        <translation>지도 범위 (비우면 등급 레이어 전체)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="155" />
        <source>The dates of layer “{layer}” span only {period} ({days} days): counts a year from so short a span would multiply them by {factor:.0f}, so they are taken as one year's and the map states no period. Give PERIOD_START and PERIOD_END for the period the data cover.</source>
        <translation>“{layer}” 레이어의 날짜 범위가 {period}({days}일)뿐입니다. 이렇게 짧은 기간으로 연간 건수를 계산하면 건수가 {factor:.0f}배로 부풀려지므로 1년 치 건수로 보고 지도에 기간을 표시하지 않습니다. 자료가 다루는 기간을 PERIOD_START와 PERIOD_END로 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/project.py" line="34" />
        <source>CPTED safety map – {title}</source>
        <translation>CPTED 안전지도 – {title}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/project.py" line="122" />
        <source>Layout “{name}” added to the project, with the layer in a group of that name: adjust it in the layout designer (Project › Layouts).</source>
        <translation>레이아웃 “{name}”: 프로젝트에 추가했고, 레이어는 같은 이름의 그룹에 넣었습니다. 레이아웃 디자이너(프로젝트 › 레이아웃)에서 수정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/project.py" line="127" />
        <source>The layout could not be added to the project: {error}</source>
        <translation>레이아웃을 프로젝트에 추가하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/atlas.py" line="49" />
        <source>Atlas pages</source>
        <translation>아틀라스 쪽</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="49" />
        <source>Export atlas per area (PDF and table)</source>
        <translation>행정구역별 아틀라스 내보내기 (PDF와 표)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="66" />
        <source>Areas, one page each (e.g. legal dong boundaries)</source>
        <translation>쪽별 행정구역 (예: 법정동 경계)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="71" />
        <source>Incident points, for incidents per km in the table</source>
        <translation>표의 km당 발생 건수에 쓸 범죄 발생 지점</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="76" />
        <source>Put incidents per km in the table (only where that may be shared)</source>
        <translation>표에 km당 범죄 발생 건수 넣기 (공유가 허용된 경우에만)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="78" />
        <source>Atlas PDF</source>
        <translation>아틀라스 PDF</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="79" />
        <source>Table per area (CSV)</source>
        <translation>행정구역별 표 (CSV)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="99" />
        <source>Layer “{layer}” (AREAS) has no areas.</source>
        <translation>“{layer}” 레이어(AREAS)에 행정구역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="119" />
        <source>Measuring road length per grade in each area</source>
        <translation>행정구역별 등급별 도로 길이 계산 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="138" />
        <source>Printing {n} pages</source>
        <translation>{n}쪽 인쇄 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="141" />
        <source>Atlas written: {path}, {pages} pages (the whole map, then {n} areas).</source>
        <translation>아틀라스 저장 완료: {path}, {pages}쪽 (전체 지도와 행정구역 {n}곳).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="230" />
        <source>“Put incidents per km in the table” is ticked but no incident layer was given.</source>
        <translation>“표에 km당 범죄 발생 건수 넣기”를 선택했지만 범죄 발생 레이어를 지정하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="241" />
        <source>The table gives incidents per km by area: share it only where that is allowed.</source>
        <translation>표에 행정구역별 km당 범죄 발생 건수가 들어 있습니다. 공유가 허용된 곳에서만 공유하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="52" />
        <source>(in no area)</source>
        <translation>(어느 구역에도 속하지 않음)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="53" />
        <source>All areas</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="60" />
        <source>Area</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="37" />
        <source>Grade {g} (km)</source>
        <translation>{g}등급 (km)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="42" />
        <source>No grade (km)</source>
        <translation>등급 없음 (km)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="115" />
        <source>Road length (km)</source>
        <translation>도로 길이 (km)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="63" />
        <source>Incidents per km</source>
        <translation>km당 범죄 발생 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/road_lengths.py" line="62" />
        <source>Road length per grade here: {parts}</source>
        <translation>이 구역의 등급별 도로 길이: {parts}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/road_lengths.py" line="62" />
        <source>no graded road</source>
        <translation>등급이 매겨진 도로 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet.py" line="67" />
        <source>Background: {names}</source>
        <translation>배경: {names}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="284" />
        <source>Background layers, drawn under the grades (an offline base map, the organisation's tiles)</source>
        <translation>등급 아래에 그릴 배경 레이어 (오프라인 배경지도, 기관의 타일 서비스)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>crime incidents</source>
        <translation>범죄 발생</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="122" />
        <source>night-time population</source>
        <translation>야간 인구</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="129" />
        <source>streetlights</source>
        <translation>가로등</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="139" />
        <source>CCTV cameras</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="151" />
        <source>emergency bells</source>
        <translation>비상벨</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="138" />
        <source>A4 landscape</source>
        <translation>A4 가로</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="138" />
        <source>A3 landscape</source>
        <translation>A3 가로</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="138" />
        <source>A4 portrait</source>
        <translation>A4 세로</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="138" />
        <source>A3 portrait</source>
        <translation>A3 세로</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="103" />
        <source>Grades are cut at the risk thresholds stored with the model{period}, so the same risk gives the same grade on maps of other periods; the road length each grade has here is given under the title.</source>
        <translation>등급은 모델에 저장된 위험 기준값{period}에 따라 구분하므로, 위험이 같으면 다른 기간의 지도에서도 같은 등급이 됩니다. 이 구역에서 각 등급이 차지하는 도로 길이는 제목 아래에 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="111" />
        <source>Grades rank all the graded streets, not only those shown here: 5 is the highest-risk 5% of their road length, 4 the next 15%, 3 and 2 the next 30% each, 1 the lowest 20% (streets of equal risk share a grade). The road length each grade has here is given under the title.</source>
        <translation>등급은 이 지도에 보이는 도로만이 아니라 등급을 매긴 도로 전체를 위험 순으로 나눈 것입니다: 도로 길이 기준으로 위험이 가장 높은 5%가 5등급, 그다음 15%가 4등급, 그다음 30%씩이 3등급과 2등급, 위험이 가장 낮은 20%가 1등급입니다(위험이 같은 도로는 같은 등급). 이 구역에서 각 등급이 차지하는 도로 길이는 제목 아래에 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="282" />
        <source>Map extent: one area, by its name in AREA_NAME (e.g. 여의도동)</source>
        <translation>지도 범위: 구역 하나 (AREA_NAME 필드의 이름, 예: 여의도동)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="68" />
        <source>Give EXTENT or EXTENT_AREA, not both.</source>
        <translation>EXTENT와 EXTENT_AREA 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="70" />
        <source>EXTENT_AREA names an area (“{name}”), but no AREAS layer was given: choose the layer that holds it in AREAS.</source>
        <translation>AREAS 레이어가 지정되지 않아 EXTENT_AREA의 구역 “{name}”의 위치를 찾을 수 없습니다. 이 구역이 들어 있는 레이어를 AREAS에서 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="150" />
        <source>Did you mean {names}?</source>
        <translation>혹시 {names}인가요?</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="151" />
        <source>Its areas include {names}.</source>
        <translation>이 레이어의 구역 예: {names}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="152" />
        <source>No area called “{name}” in layer “{layer}” (field “{field}”). {hint}</source>
        <translation>레이어 “{layer}”(필드 “{field}”)에 없는 구역 이름입니다: “{name}”. {hint}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/csv_layers.py" line="43" />
        <source>{param} needs grid cells (polygons), and {file} is a table: make the cells from a telecom 생활인구 CSV with “Night-time population grid from a telecom CSV” (cpted:nightpopulation) and give its output as {param}.</source>
        <translation>{param}에는 격자 셀(폴리곤)이 필요한데 {file} 파일은 표입니다. “통신사 생활인구 CSV로 야간 인구 격자 생성”(cpted:nightpopulation)으로 통신사 생활인구 CSV에서 격자 셀을 만든 뒤, 그 결과를 {param}에 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="217" />
        <source>Layer “{layer}” ({param}) is not used: the model {model} has no factor from {what}. The map lists it as not used.</source>
        <translation>“{layer}” 레이어({param})는 사용하지 않았습니다. 모델 {model}에는 {what} 요인이 없습니다. 지도에는 사용하지 않은 자료로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="221" />
        <source>not used by this model</source>
        <translation>이 모델에서는 사용하지 않음</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/focus.py" line="51" />
        <source>This page's area</source>
        <translation>이 쪽의 구역</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="250" />
        <source>the file does not hold a JSON object</source>
        <translation>파일에 JSON 객체가 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="252" />
        <source>it was written by version 0.2 of this plugin, whose counts were not per year: train the model again (Train a grading model) or use the bundled one</source>
        <translation>이 플러그인 0.2 버전에서 만든 모델이며, 당시 건수는 연간 값이 아니었음: 모델을 다시 학습(등급 산정 모델 학습)하거나 포함된 모델을 사용하십시오</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="255" />
        <source>format is {found!r}, expected {expected!r}</source>
        <translation>형식이 {found!r}임(필요한 형식: {expected!r})</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="257" />
        <source>'{key}' must be text</source>
        <translation>'{key}' 값은 텍스트여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="261" />
        <source>'features' must be a non-empty list</source>
        <translation>'features' 값은 비어 있지 않은 목록이어야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="265" />
        <source>feature {i} must have exactly the keys {keys}</source>
        <translation>{i}번째 요인(feature)에는 정확히 다음 키만 있어야 함: {keys}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="271" />
        <source>two features share one 'column'</source>
        <translation>두 요인의 'column' 값이 같음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="273" />
        <source>'coef' must be {k} numbers, one per feature, each between -{limit:g} and {limit:g}</source>
        <translation>'coef' 값은 요인마다 하나씩 숫자 {k}개여야 하며, 각각 -{limit:g}에서 {limit:g} 사이여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="276" />
        <source>'intercept' must be a number between -{limit:g} and {limit:g}</source>
        <translation>'intercept' 값은 -{limit:g}에서 {limit:g} 사이의 숫자여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="279" />
        <source>'mean_rate' must be a positive number (at least 1e-12)</source>
        <translation>'mean_rate' 값은 양수(1e-12 이상)여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="282" />
        <source>'thresholds' must be 4 increasing positive numbers (risk between grades 1|2, 2|3, 3|4, 4|5; risk is a positive rate ratio)</source>
        <translation>'thresholds' 값은 커지는 순서의 양수 4개여야 함(등급 1|2, 2|3, 3|4, 4|5 사이의 위험값. 위험값은 양의 발생률 비)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="286" />
        <source>'grade_shares' must be 5 shares adding up to 1</source>
        <translation>'grade_shares' 값은 합이 1인 비율 5개여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="288" />
        <source>'period' must be text</source>
        <translation>'period' 값은 텍스트여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="301" />
        <source>'simulated' must be true or false</source>
        <translation>'simulated' 값은 true 또는 false여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="304" />
        <source>'check_rows' must be rows of {k} numbers</source>
        <translation>'check_rows' 값은 숫자 {k}개로 된 행이어야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="306" />
        <source>'check_rates' must be {n} numbers, one per check row</source>
        <translation>'check_rates' 값은 검사 행마다 하나씩 숫자 {n}개여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="314" />
        <source>feature {i}: 'column' must be a field name</source>
        <translation>{i}번째 요인: 'column' 값은 필드 이름이어야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="316" />
        <source>feature {i}: 'column' {column!r} is a column of the graded segments themselves</source>
        <translation>{i}번째 요인: 'column' 값 {column!r}: 등급 구간 자체의 열 이름임</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="319" />
        <source>feature {i}: 'transform' must be one of {names}</source>
        <translation>{i}번째 요인: 'transform' 값은 다음 중 하나여야 함: {names}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="322" />
        <source>feature {i}: 'method' must be one of {names}</source>
        <translation>{i}번째 요인: 'method' 값은 다음 중 하나여야 함: {names}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="327" />
        <source>feature {i}: 'source' must be one of {names} or {prefix}&lt;layer name&gt;</source>
        <translation>{i}번째 요인: 'source' 값은 {names} 중 하나이거나 {prefix}&lt;레이어 이름&gt; 형식이어야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="331" />
        <source>feature {i}: 'required' and 'per_year' must be true or false and 'label' text</source>
        <translation>{i}번째 요인: 'required'와 'per_year' 값은 true 또는 false, 'label' 값은 텍스트여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="335" />
        <source>feature {i}: 'reference' must be a number and 'distance' one from 0 to {limit:g}</source>
        <translation>{i}번째 요인: 'reference' 값은 숫자, 'distance' 값은 0에서 {limit:g} 사이의 숫자여야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="374" />
        <source>model file not found: {path}</source>
        <translation>모델 파일이 없음: {path}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="375" />
        <source>{name} is {size:,} bytes: far too large for a model file</source>
        <translation>{name} 파일 크기가 {size:,}바이트로, 모델 파일로 보기에는 너무 큼</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="376" />
        <source>the bundled model {name} is not the one this plugin version was released with (it was changed after installation): reinstall the plugin</source>
        <translation>포함된 모델 {name} 파일이 이 플러그인 버전과 함께 배포된 파일과 다름(설치 후 변경됨): 플러그인을 다시 설치하십시오</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="378" />
        <source>{name} is a pickle (a .joblib model of version 0.1, or another program's), which can run any command when opened, so it is not read: use a JSON model file</source>
        <translation>{name} 파일은 pickle 형식(0.1 버전의 .joblib 모델 또는 다른 프로그램의 파일)이며, 열 때 임의의 명령을 실행할 수 있어 읽지 않음: JSON 모델 파일을 사용하십시오</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="380" />
        <source>{name} is not a JSON model file ({error})</source>
        <translation>{name} 파일은 JSON 모델 파일이 아님({error})</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="382" />
        <source>{name} is not a model this version can use: {problems}</source>
        <translation>{name} 파일은 이 버전에서 쓸 수 있는 모델이 아님: {problems}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="383" />
        <source>the model's check predictions do not match: the file does not hold the model it claims</source>
        <translation>모델의 검사 예측값이 일치하지 않음: 파일에 적힌 모델과 실제 내용이 다름</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="133" />
        <source>Training needs {names}, which this QGIS does not have (grading with any model file does not):</source>
        <translation>모델 학습에는 이 QGIS에 없는 패키지가 필요합니다(모델 파일로 등급을 산정할 때에는 필요 없습니다): {names}</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="137" />
        <source>Best: the packages QGIS itself is installed from: on Windows the OSGeo4W installer, from a local package folder (Advanced install › {osgeo4w}); on Debian 13, apt install {debian}. Otherwise:</source>
        <translation>QGIS를 설치한 패키지로 설치하는 것이 가장 좋습니다: Windows에서는 로컬 패키지 폴더에서 OSGeo4W 설치 프로그램을 실행하고(Advanced install › {osgeo4w}), Debian 13에서는 다음 명령을 실행합니다: apt install {debian}. 그렇지 않으면:</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="143" />
        <source>Every date in field “{field}” of layer “{layer}” is after today or far from the others ({dates}): check DATE_FIELD, or give PERIOD_START and PERIOD_END.</source>
        <translation>“{layer}” 레이어의 “{field}” 필드에 있는 날짜가 모두 오늘 이후이거나 다른 날짜와 동떨어져 있습니다({dates}): DATE_FIELD를 확인하거나 PERIOD_START와 PERIOD_END를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="148" />
        <source>{n} of the {total} incidents of layer “{layer}” are dated after today or far from the others ({dates}: placeholders or typing errors?): they are left out of the period and of the counts.</source>
        <translation>“{layer}” 레이어의 범죄 발생 {total}건 중 {n}건의 날짜가 오늘 이후이거나 다른 날짜와 동떨어져 있습니다({dates}: 임시 입력값이나 입력 오류?): 기간과 건수 계산에서 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/project.py" line="96" />
        <source>the disk is full</source>
        <translation>디스크가 가득 찼음</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="86" />
        <source>Cannot write {path}: the disk is full ({error}). Free some space on it, or choose a folder on another disk.</source>
        <translation>{path}에 저장할 수 없습니다: 디스크가 가득 찼습니다({error}). 디스크 공간을 확보하거나 다른 디스크의 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/destinations.py" line="89" />
        <source>Cannot write {path}: another program has it open ({error}). Close it there, or choose another file.</source>
        <translation>{path}에 저장할 수 없습니다: 다른 프로그램이 이 파일을 열어 두고 있습니다({error}). 그 프로그램에서 파일을 닫거나 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/geopackage.py" line="92" />
        <source>raster</source>
        <translation>래스터</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/geopackage.py" line="92" />
        <source>table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/geopackage.py" line="72" />
        <source>metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/geopackage.py" line="72" />
        <source>saved style</source>
        <translation>저장된 스타일</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/geopackage.py" line="92" />
        <source>{param}: “{name}” in {file} is a {kind}, not a map layer: choose another layer name.</source>
        <translation>{param}: {file} 파일의 “{name}” 항목은 지도 레이어가 아니라 {kind}입니다. 다른 레이어 이름을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/geopackage.py" line="97" />
        <source>{param}: {file} already holds a layer “{name}”, which a GeoPackage does not tell apart from “{layer}”. Write “{name}” to replace it, or choose another layer name.</source>
        <translation>{param}: {file} 파일에 이미 “{name}” 레이어가 있으며, GeoPackage는 이 이름과 “{layer}”를 구별하지 않습니다. 그 레이어를 바꾸려면 이름을 “{name}” 그대로 입력하고, 아니면 다른 레이어 이름을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/geopackage.py" line="117" />
        <source> ({files} beside it)</source>
        <translation> (옆에 {files} 파일이 있음)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/geopackage.py" line="118" />
        <source>{param}: {file} is open in another program{beside}. Close it there (in QGIS: remove its layers from the project), or choose another file.</source>
        <translation>{param}: {file} 파일을 다른 프로그램이 열어 두고 있습니다{beside}. 그 프로그램에서 파일을 닫거나(QGIS에서는 프로젝트에서 이 파일의 레이어를 제거) 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/writer.py" line="108" />
        <source>Removed what an earlier run, stopped while writing {file}, left behind: {names}.</source>
        <translation>이전 실행이 {file} 파일을 저장하던 중 중단되면서 남긴 항목을 삭제했습니다: {names}.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/writer.py" line="266" />
        <source>{path} fails SQLite's integrity check after writing ({problem}): restore it from a copy, or write to a new file.</source>
        <translation>저장 후 {path} 파일이 SQLite 무결성 검사를 통과하지 못했습니다({problem}). 사본에서 파일을 복원하거나 새 파일에 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/destinations.py" line="113" />
        <source>{param} is written with its PDF {file} beside it, and a {file} that is not a training report is already there. Choose another name for {param}, or move that file.</source>
        <translation>{param} 결과는 옆에 PDF 파일 {file}도 함께 저장하는데, 그 자리에 학습 보고서가 아닌 {file} 파일이 이미 있습니다. {param}에 다른 이름을 지정하거나 그 파일을 옮기십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="53" />
        <source>Whole map, each road once (the areas overlap)</source>
        <translation>전체 지도, 도로마다 한 번씩 집계(구역이 서로 겹침)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="113" />
        <source>No area of layer “{layer}” (AREAS) lies where the graded roads of “{graded}” are (none meets their extent): every page would be empty. Check that both layers have the right coordinate reference system and cover the same place.</source>
        <translation>레이어 “{layer}”(AREAS)의 어느 구역도 “{graded}”의 등급 도로가 있는 곳에 있지 않습니다(도로 범위와 만나는 구역이 없음). 이대로는 모든 쪽이 비게 됩니다. 두 레이어의 좌표계가 올바른지, 같은 지역을 담고 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="201" />
        <source>(unnamed area {n})</source>
        <translation>(이름 없는 구역 {n})</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="206" />
        <source>{n} without a name (NULL): {areas}</source>
        <translation>이름이 없는(NULL) 구역 {n}개: {areas}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="209" />
        <source>{n} with an empty name: {areas}</source>
        <translation>이름이 빈 구역 {n}개: {areas}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="213" />
        <source>{n} with a name another area has: {names}</source>
        <translation>다른 구역과 이름이 같은 구역 {n}개: {names}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="217" />
        <source>Areas of layer “{layer}” (AREAS) lack names of their own in field “{field}”: {problems}. Their pages and table rows are titled {titles}; give each area its own name in that field to print it.</source>
        <translation>레이어 “{layer}”(AREAS)의 “{field}” 필드에 고유한 이름이 없는 구역이 있습니다: {problems}. 이 구역들의 쪽과 표의 행에는 {titles} 같은 이름을 붙였습니다. 원래 이름으로 출력하려면 그 필드에 구역마다 고유한 이름을 넣으십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="237" />
        <source>incidents per km</source>
        <translation>km당 범죄 발생 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="248" />
        <source>area {numbers}</source>
        <translation>{numbers}번째 구역</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="248" />
        <source>areas {numbers}</source>
        <translation>{numbers}번째 구역</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="253" />
        <source>“{a}” and “{b}”: {km:.2f} km</source>
        <translation>“{a}”·“{b}”: {km:.2f} km</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="255" />
        <source>Areas of layer “{layer}” (AREAS) overlap: {km:.2f} km of road lie in more than one of them ({pairs}). Each area counts every segment in it, so the areas' rows of the table add up to more than the whole map; its last row counts each segment once.</source>
        <translation>레이어 “{layer}”(AREAS)의 구역들이 서로 겹칩니다: 도로 {km:.2f} km가 두 구역 이상에 속합니다({pairs}). 각 구역은 그 안의 구간을 모두 집계하므로 표에서 구역 행을 더하면 전체 지도보다 커집니다. 표의 마지막 행은 구간마다 한 번씩만 집계합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="106" />
        <source>Layer “{layer}” ({param}) has an undefined coordinate reference system (“{crs}”, as GDAL records a layer saved without one), so where its features lie is not known. Set its CRS in QGIS (right-click the layer › Layer CRS) and run again.</source>
        <translation>레이어 “{layer}”({param})의 좌표계가 정의되지 않았습니다(“{crs}”: 좌표계 없이 저장한 레이어에 GDAL이 기록하는 값). 따라서 피처가 어디에 있는지 알 수 없습니다. QGIS에서 좌표계를 지정한 뒤(레이어 오른쪽 클릭 › 레이어 좌표계) 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="106" />
        <source>no name</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="95" />
        <source>{n} of the {total} roads of layer “{layer}” ({param}) repeat the geometry of another road exactly (feature ids {ids}; a road is given up to {times} times): the repeats are left out, so each street is cut, graded and its length counted once. Remove them from the layer to keep this warning away.</source>
        <translation>레이어 “{layer}”({param})의 도로 {total}개 중 {n}개는 다른 도로와 도형이 완전히 같습니다(피처 ID {ids}; 같은 도로가 최대 {times}번 들어 있음). 중복된 도로는 제외하여 도로마다 한 번씩만 구간으로 나누고 등급을 매기며 길이를 집계합니다. 이 경고가 나오지 않게 하려면 레이어에서 중복 도로를 삭제하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="56" />
        <source>EXTENT has no size ({width:g} × {height:g}: a point or a line), so it shows no map. Draw a rectangle over the part of the map to print, or leave EXTENT empty for the whole map.</source>
        <translation>EXTENT의 크기가 0입니다({width:g} × {height:g}: 점 또는 선). 이대로는 지도가 나오지 않습니다. 출력할 부분에 사각형을 그리거나, 전체 지도를 출력하려면 EXTENT를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="61" />
        <source>No road of layer “{layer}” lies inside EXTENT ({extent}): the map would be blank. Check the extent's coordinates and their CRS, or leave EXTENT empty for the whole map.</source>
        <translation>레이어 “{layer}”의 도로가 EXTENT({extent}) 안에 하나도 없어 빈 지도가 됩니다. 범위의 좌표와 좌표계를 확인하거나, 전체 지도를 출력하려면 EXTENT를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="77" />
        <source>No road of layer “{layer}” lies inside area “{name}” (EXTENT_AREA): the map would be blank. Check that layer “{areas}” has the right coordinate reference system, or choose another area.</source>
        <translation>레이어 “{layer}”의 도로가 구역 “{name}”(EXTENT_AREA) 안에 하나도 없어 빈 지도가 됩니다. 레이어 “{areas}”의 좌표계가 올바른지 확인하거나 다른 구역을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="105" />
        <source>Layer “{layer}” (AREAS) has no coordinate reference system, so where its areas lie is not known. Set it in QGIS (right-click the layer › Layer CRS) and run again.</source>
        <translation>레이어 “{layer}”(AREAS)에 좌표계가 없어 구역이 어디에 있는지 알 수 없습니다. QGIS에서 좌표계를 지정한 뒤(레이어 오른쪽 클릭 › 레이어 좌표계) 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="210" />
        <source>Field “{field}” (CATEGORY) of layer “{layer}” has {n:,} values: a count column for each would give the result {fields:,} fields, more than the {limit:,} a GeoPackage holds. Choose a field with fewer values, or group its values in a new field first.</source>
        <translation>레이어 “{layer}”의 필드 “{field}”(CATEGORY)에는 값이 {n:,}가지 있습니다. 값마다 건수 열을 만들면 결과의 필드가 {fields:,}개가 되어 GeoPackage가 담을 수 있는 {limit:,}개를 넘습니다. 값의 종류가 더 적은 필드를 고르거나, 먼저 새 필드에 값을 묶어 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="175" />
        <source>The roads' coordinates reach {x:,.0f}, {y:,.0f}, outside the area {crs} is defined for: their coordinate reference system is wrong, or their coordinates are. Set the real CRS (right-click the layer › Layer CRS) and run again.</source>
        <translation>도로의 좌표 값이 {x:,.0f}, {y:,.0f}까지 이르러 {crs}가 정의된 범위를 벗어납니다. 좌표계가 잘못 지정되었거나 좌표 값이 잘못된 것입니다. 올바른 좌표계를 지정하고(레이어 우클릭 › 레이어 좌표계) 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/path_names.py" line="35" />
        <source>a tab</source>
        <translation>탭 문자</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/path_names.py" line="35" />
        <source>a line break</source>
        <translation>줄바꿈 문자</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/path_names.py" line="68" />
        <source>Layer “{layer}” ({param}) is in {path}, whose name holds {characters}: GDAL's reader for Python (pyogrio) takes them for web address syntax and would read another file, or none. Rename the file or its folder without them, and run again.</source>
        <translation>레이어 “{layer}”({param})가 들어 있는 {path}의 이름에 {characters}이(가) 있습니다. Python용 GDAL 읽기 모듈(pyogrio)은 이를 웹 주소 문법으로 해석하여 다른 파일을 읽거나 아무 파일도 읽지 못합니다. 이 문자가 없도록 파일이나 폴더 이름을 바꾼 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/path_names.py" line="83" />
        <source>{param} {path} cannot be written: its name holds {characters}, which GDAL's writer for Python (pyogrio) takes for web address syntax, so it would write another file. Choose a name without them.</source>
        <translation>{param} {path}에 쓸 수 없습니다. 이름에 {characters}이(가) 있어 Python용 GDAL 쓰기 모듈(pyogrio)이 이를 웹 주소 문법으로 해석하고 다른 파일에 쓰게 됩니다. 이 문자가 없는 이름을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="160" />
        <source>{name}: PAI at 1%/5%/10% of road length {pai}; grade 5 holds {inc} of held-out incidents on {len} of road length</source>
        <translation>{name}: 도로 길이 1%/5%/10%에서의 PAI {pai}. 5등급: 도로 길이의 {len}, 검증용 범죄 발생의 {inc}</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="292" />
        <source>'unnamed' must list columns of the model's features</source>
        <translation>'unnamed' 값은 모델 요인의 열 이름 목록이어야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="97" />
        <source>written in the model, never printed as a street's reason: the data do not show it protecting (interval not below 1), and facilities are often placed where incidents were, so more incidents near them may reflect placement</source>
        <translation>모델에 기록됨. 다만 도로의 이유로는 출력하지 않음: 자료에서 범죄 예방 효과가 확인되지 않았고(신뢰구간이 1 미만이 아님), 시설은 흔히 범죄가 발생한 곳에 설치되므로 주변의 범죄가 많은 것은 설치 위치를 반영한 것일 수 있음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="101" />
        <source>written in the model; printed as protective where it is</source>
        <translation>모델에 기록됨. 시설이 있는 곳에서는 위험을 낮추는 요인으로 출력함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/held_out.py" line="34" />
        <source>The model file holds no check on held-out incidents: how well it ranks streets is not known.</source>
        <translation>모델 파일에 학습에 쓰지 않은 범죄 발생으로 검증한 결과가 없음: 도로 순위를 얼마나 잘 매기는지 알 수 없음.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/held_out.py" line="36" />
        <source>a temporal hold-out</source>
        <translation>시간 분할 검증</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="259" />
        <source>spatial blocks</source>
        <translation>공간 블록 검증</translation>
    </message>
    <message>
        <location filename="../../plugin/core/held_out.py" line="22" />
        <source>Held-out check ({method}): PAI at 5% of road length {model:.2f}; the best simple ranking ({baseline}) {best:.2f}.</source>
        <translation>검증({method}, 학습에 쓰지 않은 범죄 발생): 도로 길이 5%에서의 PAI {model:.2f}. 가장 좋은 단순 순위({baseline}): {best:.2f}.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/held_out.py" line="24" />
        <source>Held-out check ({method}): PAI at 5% of road length {model:.2f}; a simple ranking ({baseline}) did as well or better: {best:.2f}.</source>
        <translation>검증({method}, 학습에 쓰지 않은 범죄 발생): 도로 길이 5%에서의 PAI {model:.2f}. 단순 순위({baseline})가 같거나 더 나았음: {best:.2f}.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/held_out.py" line="26" />
        <source>Held-out check on {n} SIMULATED worlds: PAI at 5% of road length {model:.2f}; {baseline} {best:.2f}.</source>
        <translation>모의 검증 자료 {n}개로 검증(실제 범죄 발생 아님): 도로 길이 5%에서의 PAI {model:.2f}. {baseline}: {best:.2f}.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>recorded incidents a year on the segment itself</source>
        <translation>이 구간 자체의 연간 기록 범죄 발생 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>none on the segment itself</source>
        <translation>이 구간 자체에는 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>{v} a year on the segment itself</source>
        <translation>이 구간 자체에서 연 {v}건</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>distance to the nearest recorded incident</source>
        <translation>가장 가까운 기록 범죄 발생 지점까지의 거리</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="95" />
        <source>the nearest {v} m away</source>
        <translation>가장 가까운 발생 지점 {v} m</translation>
    </message>
    <message>
        <location filename="../../plugin/core/held_out.py" line="28" />
        <source>Held-out check ({method}): streets are ranked by {ranking}, which did better than the model: PAI at 5% of road length {best:.2f} against the model's {model:.2f}.</source>
        <translation>검증({method}, 학습에 쓰지 않은 범죄 발생): 도로 순위는 모델보다 나았던 단순 순위({ranking})로 매김. 도로 길이 5%에서의 PAI {best:.2f}, 모델 {model:.2f}.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/held_out.py" line="30" />
        <source>Not checked on held-out incidents: too few incidents ({n}; at least {min}). Streets are ranked by prior incidents within 50 m.</source>
        <translation>학습에 쓰지 않은 범죄 발생으로 검증하지 못함: 범죄 발생이 너무 적음({n}건, 최소 {min}건 필요). 도로 순위는 50 m 이내 과거 범죄 발생 건수로 매김.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/held_out.py" line="32" />
        <source>Not checked on held-out incidents: the area is too small to hold some out. Streets are ranked by prior incidents within 50 m.</source>
        <translation>학습에 쓰지 않은 범죄 발생으로 검증하지 못함: 지역이 너무 작아 검증용으로 떼어 둘 수 없음. 도로 순위는 50 m 이내 과거 범죄 발생 건수로 매김.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/model.py" line="298" />
        <source>'ranker' must name two columns of the model's features ('count' and 'tie'), its 'name' and its positive 'mean'</source>
        <translation>'ranker'에는 모델 요인의 열 이름 두 개('count', 'tie'), 'name', 양수인 'mean'이 있어야 함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="67" />
        <source>the model's expected incidents per 10 m a year</source>
        <translation>모델이 추정한 10 m당 연간 범죄 발생 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="68" />
        <source>{ranking}, ties broken by the distance to the nearest incident; the model gives each street's reasons</source>
        <translation>{ranking}(같으면 가장 가까운 범죄 발생 지점까지의 거리로 구분). 도로별 이유는 모델이 제시함</translation>
    </message>
    <message>
        <location filename="../../plugin/core/report.py" line="125" />
        <source>Ranking</source>
        <translation>순위 기준</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="463" />
        <source>not tested: too few incidents to judge it on held-out ones</source>
        <translation>검증하지 않음: 학습에 쓰지 않은 범죄 발생으로 판단하기에는 범죄 발생이 너무 적음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="567" />
        <source>Streets are ranked by {ranking}: it ranked the held-out incidents better than the model (PAI at 5% of road length {best:.2f} against {model:.2f}; difference {d5:+.2f}, 95% interval {low5:+.2f} to {high5:+.2f}; at 1%: {d1:+.2f}, {low1:+.2f} to {high1:+.2f}). The model still gives each street's reasons.</source>
        <translation>도로 순위는 {ranking} 기준으로 매깁니다. 학습에 쓰지 않은 범죄 발생에 대해 모델보다 순위를 잘 매겼습니다(도로 길이 5%에서의 PAI {best:.2f}, 모델 {model:.2f}. 차이 {d5:+.2f}, 95% 구간 {low5:+.2f}~{high5:+.2f}. 1%에서: {d1:+.2f}, {low1:+.2f}~{high1:+.2f}). 도로별 이유는 계속 모델이 제시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="572" />
        <source>The model beats the baselines: PAI at 5% of road length {model:.2f} against {best:.2f} for the best baseline ({baseline}); difference {d5:+.2f}, 95% interval {low5:+.2f} to {high5:+.2f}; at 1%: {d1:+.2f}, {low1:+.2f} to {high1:+.2f}.</source>
        <translation>모델이 기준선보다 낫습니다: 도로 길이 5%에서의 PAI {model:.2f}, 가장 좋은 기준선({baseline}) {best:.2f}. 차이 {d5:+.2f}, 95% 구간 {low5:+.2f}~{high5:+.2f}. 1%에서: {d1:+.2f}, {low1:+.2f}~{high1:+.2f}.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="576" />
        <source>The model does not beat the baselines: PAI at 5% of road length {model:.2f} against {best:.2f} for {baseline}, within 2% (difference {d5:+.2f}, 95% interval {low5:+.2f} to {high5:+.2f}). Its added value is the factors it names, not a better ranking.</source>
        <translation>모델이 기준선보다 낫지 않습니다: 도로 길이 5%에서의 PAI {model:.2f}, 기준선({baseline}) {best:.2f}로 2% 이내 차이입니다(차이 {d5:+.2f}, 95% 구간 {low5:+.2f}~{high5:+.2f}). 모델의 부가가치는 더 나은 순위가 아니라 제시하는 요인입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="579" />
        <source>The model does NOT beat the baselines: PAI at 5% of road length {model:.2f} against {best:.2f} for {baseline} (difference {d5:+.2f}, 95% interval {low5:+.2f} to {high5:+.2f}). For ranking streets, the baseline is better on these data.</source>
        <translation>모델이 기준선보다 낫지 않습니다: 도로 길이 5%에서의 PAI {model:.2f}, 기준선({baseline}) {best:.2f}(차이 {d5:+.2f}, 95% 구간 {low5:+.2f}~{high5:+.2f}). 이 자료에서는 도로 순위를 매기는 데 기준선이 더 낫습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training_plan.py" line="46" />
        <source>Not validated: {n} incidents fall on the streets, too few to judge a model on held-out incidents (at least {min}). Streets are ranked by prior incidents within 50 m, criminologists' simplest ranking; the model fitted on them only gives each street's reasons.</source>
        <translation>검증하지 않음: 도로 위 범죄 발생이 {n}건으로, 학습에 쓰지 않은 범죄 발생으로 모델을 판단하기에 너무 적습니다(최소 {min}건). 도로 순위는 범죄학에서 가장 단순한 순위인 50 m 이내 과거 범죄 발생 건수로 매기며, 이 자료로 적합한 모델은 도로별 이유만 제시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training_plan.py" line="50" />
        <source>Not validated: the area is too small for spatial blocks ({reason}). Streets are ranked by prior incidents within 50 m, criminologists' simplest ranking; the model fitted on them only gives each street's reasons.</source>
        <translation>검증하지 않음: 지역이 공간 블록 검증을 하기에 너무 작습니다({reason}). 도로 순위는 범죄학에서 가장 단순한 순위인 50 m 이내 과거 범죄 발생 건수로 매기며, 이 자료로 적합한 모델은 도로별 이유만 제시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="120" />
        <source>Prior incidents on the segment</source>
        <translation>이 구간의 과거 범죄 발생 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="255" />
        <source>Mean rank of model and prior count</source>
        <translation>모델과 과거 범죄 발생 건수의 평균 순위</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="63" />
        <source>Points on their nearest segment (within 50 m)</source>
        <translation>가장 가까운 구간의 점(50 m 이내)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="41" />
        <source>Adds numeric factor columns to road segments from a point, line or polygon layer:
• Count within distance: features within DISTANCE metres of the segment (the segment's nearest point), optionally summing a weight FIELD and split into one column per CATEGORY value.
• Distance to nearest: metres to the nearest feature (NULL if the layer is empty).
• Value from polygons or grid cells: the FIELD value of the cells the segment runs through, weighted by the length inside each cell (NULL outside every cell).
• Points on their nearest segment: each point counted on the one segment nearest to it, if within 50 m (incidents on the segment itself, as the grading models' crime_yr_seg; weights and categories are not used).
Distances are in metres whatever the layers' CRSs; other layers are reprojected on the fly. The column is named NAME (with _&lt;category&gt; per category).
For incidents, give DATE_FIELD or PERIOD_START and PERIOD_END: counts are then incidents a year (as the grading models expect: crime_yr_50m, crime_yr_150m, crime_yr_seg), only incidents inside the period count, and the period is stored with the result.</source>
        <translation>점·선·폴리곤 레이어에서 수치형 요인 열을 만들어 도로 구간에 추가합니다:
• 거리 내 개수: 구간(구간에서 가장 가까운 지점)으로부터 DISTANCE 미터 이내의 피처 수. 가중치 FIELD의 합계로 계산할 수 있고, CATEGORY 값마다 열을 하나씩 나눌 수 있습니다.
• 최근접 거리: 가장 가까운 피처까지의 거리(미터, 레이어가 비어 있으면 NULL).
• 폴리곤 또는 격자 셀 값: 구간이 지나는 셀들의 FIELD 값을 각 셀 안의 구간 길이로 가중 평균한 값(어느 셀에도 속하지 않으면 NULL).
• 가장 가까운 구간의 점: 각 점을 50 m 이내에서 가장 가까운 구간 하나에만 셉니다(등급 모델의 crime_yr_seg처럼 구간 자체의 사건 수. 가중치와 범주는 쓰지 않음).
거리는 레이어 좌표계(CRS)와 관계없이 미터 단위이며, 다른 레이어는 즉석에서 재투영됩니다. 열 이름은 NAME입니다(범주가 있으면 범주마다 _&lt;범주값&gt;이 붙음).
사건 자료에는 DATE_FIELD 또는 PERIOD_START와 PERIOD_END를 지정하십시오. 그러면 건수는 연간 발생 건수가 되고(등급 모델이 쓰는 crime_yr_50m, crime_yr_150m, crime_yr_seg와 같은 방식), 기간 안의 사건만 세며, 기간이 결과와 함께 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="196" />
        <source>of type {types}</source>
        <translation>{types} 유형의</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="118" />
        <source>between {hours} h</source>
        <translation>{hours}시 사이에 발생한</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="119" />
        <source>Only incidents {what} are counted.</source>
        <translation>{what} 범죄 발생만 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/selection.py" line="67" />
        <source>{hours} h</source>
        <translation>{hours}시</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="356" />
        <source>CRIME_TYPES needs the type of each incident, and layer “{layer}” has no field “{field}”: choose the field that holds it in CRIME_TYPE_FIELD (such as 죄종 or 죄명), or leave CRIME_TYPES empty to count every incident.</source>
        <translation>CRIME_TYPES를 쓰려면 범죄 발생마다 유형이 있어야 하는데, 레이어 “{layer}”에는 필드 “{field}”가 없습니다. 유형이 들어 있는 필드(죄종, 죄명 등)를 CRIME_TYPE_FIELD에서 고르거나, 모든 범죄 발생을 세려면 CRIME_TYPES를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="375" />
        <source>No incident of layer “{layer}” is of type {types} in field “{field}” (CRIME_TYPES). Its values are, commonest first: {values}.</source>
        <translation>레이어 “{layer}”의 필드 “{field}”에 유형이 {types}인 범죄 발생이 없습니다(CRIME_TYPES). 이 필드의 값(많은 순): {values}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="380" />
        <source>{n} of the {total} incidents of layer “{layer}” are of type {types} (field “{field}”): only they are counted.</source>
        <translation>레이어 “{layer}”의 범죄 발생 {total}건 중 {n}건이 유형 {types}입니다(필드 “{field}”). 이것만 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="388" />
        <source>HOURS “{text}” cannot be read: write hours 0 to 23 as a range such as 22-5 (22:00 to 05:59, across midnight), a list such as 0-5,22-23, or one hour such as 21.</source>
        <translation>HOURS “{text}”를 읽을 수 없습니다. 0~23시를 22-5(22:00~05:59, 자정을 넘는 범위)처럼 범위로, 0-5,22-23처럼 목록으로, 또는 21처럼 한 시각으로 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="396" />
        <source>No incident of layer “{layer}” has a time of day in “{field}” (DATE_FIELD), so HOURS {hours} can choose none: give the field that holds the date and time (such as 발생일시), or leave HOURS empty.</source>
        <translation>레이어 “{layer}”의 “{field}”(DATE_FIELD)에 발생 시각이 있는 범죄 발생이 없어 HOURS {hours}로 고를 수 없습니다. 날짜와 시각이 함께 들어 있는 필드(발생일시 등)를 지정하거나 HOURS를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="401" />
        <source>{n} of the {total} incidents of layer “{layer}” have no time of day in “{field}”: they are left out, since HOURS {hours} cannot place them.</source>
        <translation>레이어 “{layer}”의 범죄 발생 {total}건 중 {n}건은 “{field}”에 발생 시각이 없어 HOURS {hours}에 넣을 수 없으므로 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="406" />
        <source>No incident of layer “{layer}” happened in the hours {hours} (HOURS).</source>
        <translation>레이어 “{layer}”에 {hours}시(HOURS)에 발생한 범죄 발생이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="408" />
        <source>{n} of the {total} incidents of layer “{layer}” happened in the hours {hours}: only they are counted.</source>
        <translation>레이어 “{layer}”의 범죄 발생 {total}건 중 {n}건이 {hours}시에 발생했습니다. 이것만 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="162" />
        <source>Crime type of each incident (empty: detected, e.g. 죄종, 죄명, crime_type)</source>
        <translation>범죄 발생별 유형(비우면 자동 감지: 죄종, 죄명, crime_type 등)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="165" />
        <source>Crime types to count, separated by commas, e.g. 성폭력 (empty: all)</source>
        <translation>셀 범죄 유형, 쉼표로 구분(예: 성폭력; 비우면 전체)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="167" />
        <source>Hours of the day to count, from the date's time, e.g. 22-5 for 22:00 to 05:59 (empty: all)</source>
        <translation>셀 시간대, 발생일시의 시각 기준(예: 22-5는 22:00~05:59; 비우면 전체)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="115" />
        <source>The model {model} was trained on incidents {trained}; this map counts {here}. Its grades then rank streets by a history it was not fitted on: give the same CRIME_TYPES and HOURS.</source>
        <translation>모델 {model}: {trained} 범죄 발생으로 학습했지만 이 지도는 {here} 범죄 발생을 셉니다. 그러면 모델이 학습하지 않은 이력으로 도로 순위를 매기게 됩니다. 같은 CRIME_TYPES와 HOURS를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="195" />
        <source>of every type and hour</source>
        <translation>모든 유형과 시간대의</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="196" />
        <source>at hours {hours}</source>
        <translation>{hours}시의</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="129" />
        <source>Lamps per row (empty: detected, e.g. 설치개수; none: 1 each)</source>
        <translation>행별 등 개수(비우면 자동 감지: 설치개수 등; 없으면 행마다 1)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="139" />
        <source>Cameras per row (empty: detected, e.g. 카메라대수; none: 1 each)</source>
        <translation>행별 카메라 대수(비우면 자동 감지: 카메라대수 등; 없으면 행마다 1)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="139" />
        <source>CCTV purposes to count, separated by commas, e.g. 생활방범,다목적 (field 설치목적구분; empty: all)</source>
        <translation>셀 CCTV 설치 목적, 쉼표로 구분(예: 생활방범,다목적; 필드 설치목적구분; 비우면 전체)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="255" />
        <source>{n:,} in all, from field “{field}”</source>
        <translation>모두 {n:,}개, 필드 “{field}” 기준</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="255" />
        <source>Layer “{layer}” ({param}): {inventory}.</source>
        <translation>레이어 “{layer}”({param}): {inventory}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="300" />
        <source>Layer “{layer}” has no field “{field}” ({param}).</source>
        <translation>레이어 “{layer}”에 필드 “{field}”({param})가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="309" />
        <source>{n} of the {total} rows of layer “{layer}” have no count above 0 in “{field}”: each counts as 1.</source>
        <translation>레이어 “{layer}”의 {total}개 행 중 {n}개 행은 “{field}”에 0보다 큰 수가 없어 각각 1개로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="325" />
        <source>{param} needs the purpose of each row, and layer “{layer}” has no field such as {names}: rename the field that holds it, or leave {param} empty to count every row.</source>
        <translation>{param} 사용 시 행마다 설치 목적이 필요한데, 레이어 “{layer}”에는 {names} 같은 필드가 없습니다. 목적이 들어 있는 필드의 이름을 바꾸거나, 모든 행을 세려면 {param} 값을 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="338" />
        <source>No row of layer “{layer}” has the purpose {purposes} in field “{field}” ({param}). Its values are, commonest first: {values}.</source>
        <translation>레이어 “{layer}”의 필드 “{field}”에 목적이 {purposes}인 행이 없습니다({param}). 이 필드의 값(많은 순): {values}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="341" />
        <source>{n} of the {total} rows of layer “{layer}” have the purpose {purposes} (field “{field}”): only they are counted.</source>
        <translation>레이어 “{layer}”의 {total}개 행 중 {n}개 행의 목적이 {purposes}입니다(필드 “{field}”). 이것만 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="180" />
        <source>CRS of X/Y columns when {param} is a CSV file (empty: CSV_CRS)</source>
        <translation>CSV 파일로 준 {param} 자료의 X/Y 열 좌표계(비우면 CSV_CRS)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="170" />
        <source>Its X/Y columns were read in {crs}: if the file gives them in another CRS (police extracts often use EPSG:5179, older inventories EPSG:5174), name it in {slot} (or in CSV_CRS for every CSV file).</source>
        <translation>이 파일의 X/Y 열은 {crs} 좌표로 읽었습니다. 파일의 좌표계가 다르면(경찰 자료는 흔히 EPSG:5179, 오래된 시설 목록은 EPSG:5174) 다음 매개변수에 그 좌표계를 지정하십시오: {slot}(모든 CSV 파일에 적용하려면 CSV_CRS).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="52" />
        <source>“{file}” holds no CSV file: choose the telecom CSV, or a .zip of them.</source>
        <translation>“{file}”에 CSV 파일이 없습니다. 통신사 CSV 파일이나 그 파일들을 묶은 .zip 파일을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="57" />
        <source>“{file}” cannot be unpacked ({error}): download it again, or unpack it and choose the CSV.</source>
        <translation>“{file}”의 압축을 풀 수 없습니다({error}). 다시 내려받거나, 직접 압축을 풀고 CSV 파일을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="107" />
        <source>Telecom population CSV (one row per cell and hour; .csv.gz, or a .zip of several days)</source>
        <translation>통신사 생활인구 CSV(격자·시간대별 한 행; .csv.gz 또는 여러 날짜를 묶은 .zip)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="107" />
        <source>CSV files (*.csv *.txt *.gz *.zip);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt *.gz *.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="73" />
        <source>Subtitle (area, period; empty: what the data are)</source>
        <translation>부제목(지역, 기간; 비우면 자료 내용)</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="135" />
        <source>{n:,} street segments of {length:g} m</source>
        <translation>{length:g} m 도로 구간 {n:,}개</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training_plan.py" line="38" />
        <source>Temporal hold-out: fitted on factors from {a} and incidents of {b}; tested on factors from {start} to {end} and the {n} incidents of {c}, which the fit never saw.</source>
        <translation>시간 분할 검증: {a} 기간의 요인과 {b} 기간의 범죄 발생으로 학습하고, {start}부터 {end}까지의 요인과 학습에 쓰지 않은 {c} 기간의 범죄 발생 {n}건으로 검증했습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="142" />
        <source>{name} (simulated)</source>
        <translation>{name} (모의)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/parameters.py" line="215" />
        <source>Inputs that hold simulated data (the map says so; so does a “simulated” keyword in a layer's metadata)</source>
        <translation>모의 자료인 입력(지도에 표시됨; 레이어 메타데이터의 “simulated” 키워드도 같은 효과)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="275" />
        <source>{period}, {years:.1f} years</source>
        <translation>{period}, {years:.1f}년</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet.py" line="45" />
        <source>Street names: from the roads layer</source>
        <translation>도로명: 도로 레이어에서 가져옴</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet.py" line="52" />
        <source>Areas: {layer}</source>
        <translation>행정구역: {layer}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="149" />
        <source>No layer given for {layers}: counted as an average street, so they change no grade.</source>
        <translation>{layers} 레이어가 주어지지 않아 평균 도로로 계산했으므로 등급에 영향을 주지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/provenance.py" line="20" />
        <source>The plugin's bundled model (version {version}), fit on SIMULATED incidents (effects of lights and CCTV taken from published meta-analyses), not on real crime data</source>
        <translation>플러그인에 포함된 기본 모델(버전 {version}): 실제 범죄 자료가 아닌 모의(시뮬레이션) 범죄 발생 자료로 학습했습니다(가로등과 CCTV의 효과는 발표된 메타분석에서 가져옴)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/provenance.py" line="22" />
        <source>Model trained on local incidents: {layer}{period}</source>
        <translation>지역 범죄 발생 자료로 학습한 모델: {layer}{period}</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="23" />
        <source>Legal dong</source>
        <translation>법정동</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="23" />
        <source>Administrative dong</source>
        <translation>행정동</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="25" />
        <source>Legal dong code</source>
        <translation>법정동코드</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="25" />
        <source>Administrative dong code</source>
        <translation>행정동코드</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="26" />
        <source>Area code</source>
        <translation>지역 코드</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="41" />
        <source>Grade {g} (%)</source>
        <translation>{g}등급 (%)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="70" />
        <source>(no street name)</source>
        <translation>(도로명 없음)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="70" />
        <source>All streets</source>
        <translation>전체 도로</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="60" />
        <source>Street</source>
        <translation>도로명</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="52" />
        <source>One PDF for a round of neighbourhood meetings: a first page with the whole map and every area named, then one page per area of AREAS (e.g. legal dongs), zoomed to it, its streets named, an inset locating it, and its own road length per grade under the title. TABLE (a CSV in UTF-8 with BOM, which Excel opens) gives per area the road length (km) and share of each grade, and, only when SHOW_INCIDENT_RATE is ticked, incidents per km. Segments lie in the area of their midpoint; those in no area have a row of their own, so the rows add up to the whole map, unless areas overlap: then each area counts every segment in it, and the last row counts each segment once. STREETS (a CSV too) gives per street name (도로명) the road length of each grade and the areas it runs through, most grade 5 first: what a budget is planned on; its rows add up to the whole map.</source>
        <translation>주민 간담회용 PDF 한 부: 첫 쪽은 모든 지역 이름이 표시된 전체 지도이고, 이어서 AREAS의 지역(예: 법정동)마다 한 쪽씩, 그 지역으로 확대하고 도로명과 위치 안내도, 제목 아래 등급별 도로 길이를 넣습니다. TABLE(Excel에서 열리는 BOM 포함 UTF-8 CSV)은 지역별 등급마다 도로 길이(km)와 비율(%)을, SHOW_INCIDENT_RATE를 선택한 경우에만 km당 범죄 발생 건수를 보여 줍니다. 구간은 중점이 있는 지역에 속하고, 어느 지역에도 속하지 않는 구간은 별도 행으로 집계하므로 행의 합은 전체 지도와 같습니다. 단, 지역이 겹치면 각 지역이 그 안의 모든 구간을 세고 마지막 행은 구간마다 한 번씩 셉니다. STREETS(역시 CSV)는 도로명별로 등급마다 도로 길이와 지나는 지역을 5등급이 많은 도로부터 보여 줍니다. 예산 계획의 기준이 되며 행의 합은 전체 지도와 같습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="84" />
        <source>Table per street name, for budgets (CSV)</source>
        <translation>도로명별 표, 예산 계획용(CSV)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="176" />
        <source>Layer “{layer}” has no street name field that could be found, so the table per street (STREETS) cannot be made: choose the field with the streets' names (e.g. 도로명) in NAME_FIELD, or leave STREETS empty.</source>
        <translation>레이어 “{layer}”에서 도로명 필드를 찾을 수 없어 도로명별 표(STREETS)를 만들 수 없습니다. 도로명이 들어 있는 필드(예: 도로명)를 NAME_FIELD에서 고르거나 STREETS를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/factor_layers.py" line="258" />
        <source>{n:,} in all</source>
        <translation>모두 {n:,}개</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="42" />
        <source>Night-time female population per {size:g} m cell, {hours} h, from “{file}”.</source>
        <translation>{size:g} m 격자별 야간 여성 인구({hours}시), 출처 “{file}”.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="43" />
        <source>Night-time population per {size:g} m cell, {hours} h, from “{file}”.</source>
        <translation>{size:g} m 격자별 야간 인구({hours}시), 출처 “{file}”.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="116" />
        <source>Layer “{layer}” (AREAS) has no name field that could be found (a text field with a different value for every area): choose the field with the areas' names in AREA_NAME.</source>
        <translation>레이어 “{layer}”(AREAS)에서 지역 이름 필드(지역마다 값이 다른 텍스트 필드)를 찾을 수 없습니다. 지역 이름이 들어 있는 필드를 AREA_NAME에서 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="120" />
        <source>Areas of layer “{layer}” are named from field “{field}”, the text field with a different value for every area; choose another in AREA_NAME.</source>
        <translation>레이어 “{layer}”의 지역 이름은 지역마다 값이 다른 텍스트 필드인 “{field}”에서 가져왔습니다. 다른 필드를 쓰려면 AREA_NAME에서 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/sheet_inputs.py" line="124" />
        <source>Areas' codes from field “{field}” of layer “{layer}”.</source>
        <translation>지역 코드는 레이어 “{layer}”의 필드 “{field}”에서 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="46" />
        <source>Prints a graded layer as a one-page A4 or A3 map, landscape or portrait: title, the five-class safety map, legend, scale bar, north arrow, data sources, which model graded it, the date and a disclaimer. If the model or an input was simulated, the sheet says so. Individual incidents are not drawn unless you give an incident layer and tick “Draw individual incidents”.</source>
        <translation>안전등급이 부여된 레이어를 A4 또는 A3 한 장짜리 지도(가로 또는 세로)로 출력합니다: 제목, 5단계 안전지도, 범례, 축척 막대, 방위표, 자료 출처, 등급을 산정한 모델, 작성일, 면책 문구. 모델이나 입력 자료가 모의 자료이면 지도에 그 사실을 표시합니다. 개별 범죄 발생 지점은 범죄 발생 레이어를 지정하고 “개별 범죄 발생 지점 표시”를 선택한 경우에만 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="54" />
        <source>“{member}” has other columns than “{first}”: the days read together must come from the same kind of file. Give the days of one file kind together.</source>
        <translation>“{member}” 파일의 열이 “{first}” 파일의 열과 다릅니다. 함께 읽는 날짜별 파일은 같은 종류여야 합니다. 같은 종류의 파일끼리 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="110" />
        <source>More days: further telecom files, read with the first (CSV, .csv.gz or .zip)</source>
        <translation>다른 날짜: 첫 파일과 함께 읽을 통신사 파일(CSV, .csv.gz 또는 .zip)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="155" />
        <source>The telecom population file “{file}” (MORE_FILES) does not exist: choose the files of the other days again.</source>
        <translation>통신사 생활인구 파일 “{file}”(MORE_FILES)이 없습니다. 다른 날짜의 파일을 다시 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="164" />
        <source>{n} CSV files read one after another: {names}.</source>
        <translation>CSV 파일 {n}개를 차례로 읽었습니다: {names}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/night_population.py" line="223" />
        <source>Days read: {days} ({n}); pop_night is the mean of the hours {hours} over them.</source>
        <translation>읽은 날짜: {days}({n}일). pop_night는 이 날짜들의 {hours}시 평균입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="144" />
        <source>Planned sites</source>
        <translation>설치 제안 위치</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/plan_sheet.py" line="55" />
        <source>Planned sites, numbered, 1 the most valuable: {marks}; the table follows.</source>
        <translation>설치 제안 위치(번호순, 1이 효과가 가장 큼): {marks}. 표는 다음 쪽에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/plan_sheet.py" line="63" />
        <source>{n} new sites · {graded}</source>
        <translation>신규 설치 {n}곳 · {graded}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/plan_sheet.py" line="63" />
        <source>Sites are proposals from modelled risk and published effects, to help plan where facilities help most; they say nothing about any person. Individual incidents are not shown.</source>
        <translation>설치 위치는 모델 추정 위험과 발표된 효과 연구를 바탕으로 한 제안으로, 시설이 가장 도움이 될 곳을 계획하는 데 쓰입니다. 어떤 개인에 관한 정보도 담고 있지 않으며 개별 범죄 발생 지점은 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/plan_sheet.py" line="81" />
        <source>How the sites were chosen</source>
        <translation>시설 위치를 고른 방법</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/plan_sheet.py" line="80" />
        <source>No site adds anything.</source>
        <translation>효과를 더하는 위치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="278" />
        <source>Streetlight</source>
        <translation>가로등</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="278" />
        <source>improved street lighting: 21% fewer crimes (Welsh &amp; Farrington 2008, Campbell systematic review), 36% fewer night-time outdoor crimes in a randomised trial (Chalfin et al. 2021)</source>
        <translation>가로등 개선: 범죄 21% 감소(Welsh &amp; Farrington 2008, 캠벨 체계적 문헌고찰), 무작위 실험에서 야간 실외 범죄 36% 감소(Chalfin 외 2021)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="278" />
        <source>CCTV camera</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="278" />
        <source>CCTV: a significant but modest decrease, larger with active monitoring (Piza, Welsh, Farrington &amp; Thomas 2019, 40-year meta-analysis)</source>
        <translation>CCTV: 유의하지만 크지 않은 감소, 실시간 관제 시 더 큼(Piza, Welsh, Farrington &amp; Thomas 2019, 40년 메타분석)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="278" />
        <source>Emergency bell</source>
        <translation>비상벨</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="278" />
        <source>emergency bells: no established effect on crime</source>
        <translation>비상벨: 범죄에 대한 효과가 확립되지 않음</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="127" />
        <source>Planning facilities needs {names}, which this QGIS does not have (its integer programs are solved with it):</source>
        <translation>시설 배치 계획에는 {names} 패키지가 필요하지만 이 QGIS에 없습니다(정수계획 문제를 이 패키지로 풉니다):</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="60" />
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="60" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="60" />
        <source>Road covered (m)</source>
        <translation>포괄 도로 길이(m)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="61" />
        <source>Expected incidents a year covered</source>
        <translation>포괄하는 연간 예상 범죄 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="92" />
        <source>Averted a year</source>
        <translation>연간 예방 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="92" />
        <source>Averted a year, low</source>
        <translation>연간 예방 건수, 하한</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="93" />
        <source>Averted a year, high</source>
        <translation>연간 예방 건수, 상한</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="48" />
        <source>Where new facilities avert the most incidents</source>
        <translation>신규 시설로 범죄를 가장 많이 예방할 수 있는 위치</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="55" />
        <source>Plan new facilities (streetlights, CCTV, bells)</source>
        <translation>신규 시설 배치 계획(가로등, CCTV, 비상벨)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="58" />
        <source>{e:.0f}% averted ({lo:.0f}–{hi:.0f}%)</source>
        <translation>{e:.0f}% 예방({lo:.0f}–{hi:.0f}%)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="58" />
        <source>no effect unless you give one</source>
        <translation>직접 지정하지 않으면 효과 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="88" />
        <source>Graded segments (with expected_yr)</source>
        <translation>안전등급 부여 구간(expected_yr 포함)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="90" />
        <source>Kind of facility (one or several)</source>
        <translation>시설 종류(하나 또는 여러 개)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="93" />
        <source>Number of new sites</source>
        <translation>신규 설치 개수</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="96" />
        <source>Budget instead of a number (empty: COUNT sites)</source>
        <translation>개수 대신 예산(비워 두면 COUNT개)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="99" />
        <source>Cost of one site, per kind separated by “;” (with BUDGET)</source>
        <translation>한 곳 설치 비용, 종류별로 “;”로 구분(BUDGET과 함께)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="101" />
        <source>Radius a site covers in metres, per kind (empty: 25 streetlight, 50 CCTV, 100 bell)</source>
        <translation>시설 한 곳이 포괄하는 반경(m), 종류별(비워 두면 가로등 25, CCTV 50, 비상벨 100)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="104" />
        <source>Share of incidents averted in %, with its interval, per kind separated by “;”, e.g. 21 (8-36) (empty: published defaults; bells: none)</source>
        <translation>예방 비율(%)과 그 구간, 종류별로 “;”로 구분, 예: 21 (8-36)(비워 두면 발표된 기본값, 비상벨은 없음)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="107" />
        <source>Candidate sites (points: poles, intersections; empty: along the roads)</source>
        <translation>후보 위치(점: 전주, 교차로. 비워 두면 도로를 따라)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="110" />
        <source>Spacing of candidate sites along the roads (m)</source>
        <translation>도로를 따른 후보 위치 간격(m)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="113" />
        <source>Existing facilities (points; with several kinds, each layer named for its kind)</source>
        <translation>기존 시설(점. 여러 종류면 레이어 이름에 종류가 드러나야 함)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="116" />
        <source>Weight of a street's incidents (e.g. night-time female population; empty: none)</source>
        <translation>도로 범죄의 가중치(예: 야간 여성 인구. 비워 두면 없음)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="119" />
        <source>Areas, to name each site's (e.g. legal dong boundaries)</source>
        <translation>위치마다 지역 이름을 붙일 지역(예: 법정동 경계)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="126" />
        <source>Your own sites to compare (points, of the first kind; optional)</source>
        <translation>비교할 직접 고른 위치(점, 첫 번째 종류. 선택)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="129" />
        <source>Dated incidents, to check the method on later ones (optional)</source>
        <translation>날짜가 있는 범죄 발생 지점, 이후 범죄로 방법을 검증(선택)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="135" />
        <source>Choose on incidents before, check on those from (date; empty: the middle)</source>
        <translation>이 날짜 이전 범죄로 고르고 이후 범죄로 검증(날짜. 비워 두면 중간)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="146" />
        <source>Planned sites (CSV)</source>
        <translation>설치 제안 위치(CSV)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="148" />
        <source>Plan sheet (PDF)</source>
        <translation>계획서(PDF)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="150" />
        <source>Your sites, valued</source>
        <translation>직접 고른 위치 평가 결과</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="178" />
        <source>{kinds} has no established effect on crime, so it cannot be weighed against the other kinds: give its EFFECT (e.g. 5 (0-10)), or plan it on its own, for incidents covered.</source>
        <translation>{kinds}: 범죄에 대한 효과가 확립되지 않아 다른 종류와 비교할 수 없습니다. EFFECT를 지정하거나(예: 5 (0-10)), 따로 계획해 포괄하는 범죄 건수로 배치하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="218" />
        <source>Layer “{layer}” (EXISTING) is named for {named}, but the plan is for {kind}: give the existing facilities of that kind, or rename the layer if it does hold them.</source>
        <translation>레이어 “{layer}”(EXISTING)의 이름은 다른 시설({named})을 가리킵니다. 계획 대상 시설: {kind}. 해당 종류의 기존 시설을 지정하거나, 실제로 그 시설이 들어 있다면 레이어 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="226" />
        <source>Layer “{layer}” (EXISTING) does not say by its name which kind of facility it holds ({kinds}): rename it, e.g. “streetlights” or “가로등”, “cctv”, “비상벨”.</source>
        <translation>레이어 “{layer}”(EXISTING)의 이름으로는 어떤 시설인지({kinds}) 알 수 없습니다. 이름을 바꾸십시오. 예: “가로등”, “cctv”, “비상벨”.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="233" />
        <source>existing facilities</source>
        <translation>기존 시설</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="257" />
        <source>every {spacing:g} m along the roads</source>
        <translation>도로를 따라 {spacing:g} m 간격</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/inputs.py" line="129" />
        <source>Layer “{layer}” has no field {field} (expected incidents a year): grade it again with “Grade safety” or “Safety map” of this version.</source>
        <translation>레이어 “{layer}”에 {field} 필드(연간 예상 범죄 건수)가 없습니다. 이 버전의 “안전등급 산정” 또는 “안전지도”로 다시 등급을 매기십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="292" />
        <source>Reading the graded segments</source>
        <translation>안전등급 구간 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="298" />
        <source>Layer “{layer}” has no expected incidents (field {field} is empty or 0 everywhere): there is nothing a facility could avert. Grade it with incidents.</source>
        <translation>레이어 “{layer}”에 예상 범죄가 없습니다({field} 필드가 모두 비어 있거나 0). 시설로 예방할 것이 없습니다. 범죄 자료로 등급을 매기십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="309" />
        <source>No candidate site: layer “{layer}” (CANDIDATES) has no point.</source>
        <translation>후보 위치가 없습니다: 레이어 “{layer}”(CANDIDATES)에 점이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="313" />
        <source>Finding the road each of {n:,} candidate sites covers</source>
        <translation>후보 위치 {n:,}곳이 포괄하는 도로 찾는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="318" />
        <source>Choosing the sites</source>
        <translation>설치 위치 고르는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="332" />
        <source>Only {n} sites add anything: every other candidate covers road already covered or without expected incidents.</source>
        <translation>효과를 더하는 위치는 {n}곳뿐입니다. 나머지 후보는 이미 포괄된 도로나 예상 범죄가 없는 도로만 포괄합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="324" />
        <source>Checking the method on later incidents</source>
        <translation>이후 범죄로 방법 검증 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="360" />
        <source>Printing the plan sheet</source>
        <translation>계획서 출력 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="462" />
        <source>Layer “{layer}” (CRIMES) has no date field that could be found: choose the incidents' date in DATE_FIELD, or leave CRIMES empty.</source>
        <translation>레이어 “{layer}”(CRIMES)에서 날짜 필드를 찾을 수 없습니다. DATE_FIELD에서 발생 일자 필드를 고르거나 CRIMES를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="469" />
        <source>Layer “{layer}” (CRIMES): no two incidents have a date that could be read in field “{field}”.</source>
        <translation>레이어 “{layer}”(CRIMES): 필드 “{field}”에서 날짜를 읽을 수 있는 범죄가 두 건도 되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="475" />
        <source>SPLIT_DATE “{value}” is no date: give e.g. 2024-01-01.</source>
        <translation>SPLIT_DATE “{value}”는 날짜가 아닙니다. 예: 2024-01-01.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="480" />
        <source>SPLIT_DATE {date} leaves no incident of layer “{layer}” on one side: give a date between the first and the last incident.</source>
        <translation>SPLIT_DATE {date} 기준으로 나누면 레이어 “{layer}”의 한쪽 기간에 범죄가 없습니다. 첫 범죄와 마지막 범죄 사이의 날짜를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_kinds.py" line="30" />
        <source>{param} gives {n} values for {k} kinds of facility ({kinds}): give one value, or one per kind in that order.</source>
        <translation>값 개수({param}: {n}개)가 시설 종류 수({k}개: {kinds})와 맞지 않습니다. 값 하나, 또는 그 순서대로 종류마다 하나씩 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_kinds.py" line="44" />
        <source>RADIUS “{value}” for {kind} is no distance between 0 and {most:g} m: give metres, e.g. {default:g}.</source>
        <translation>RADIUS “{value}”({kind})는 0보다 크고 {most:g} m 이하인 거리가 아닙니다. 미터로 지정하십시오. 예: {default:g}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_kinds.py" line="59" />
        <source>EFFECT “{value}” for {kind} is not a share averted in percent with its interval: give e.g. 21 (8-36), the share between 0 and 100 and inside its interval.</source>
        <translation>EFFECT “{value}”({kind})는 백분율 예방 비율과 구간이 아닙니다. 예: 21 (8-36). 비율은 0과 100 사이이고 구간 안에 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_kinds.py" line="71" />
        <source>COST “{value}” for {kind} is no cost above 0: with a BUDGET, give the cost of one site of each kind, in the budget's unit.</source>
        <translation>COST “{value}”({kind})는 0보다 큰 비용이 아닙니다. BUDGET을 쓸 때는 종류마다 한 곳 설치 비용을 예산과 같은 단위로 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="61" />
        <source>Averted a year (interval)</source>
        <translation>연간 예방 건수(구간)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="80" />
        <source>No site adds anything: the road near every candidate is covered already or has no expected incidents.</source>
        <translation>효과를 더하는 위치가 없습니다. 모든 후보 주변 도로가 이미 포괄되었거나 예상 범죄가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="82" />
        <source>{n} new sites ({kinds}) cover {km:.2f} km of road with {covered:.2f} expected incidents a year, of {total:.1f} a year on the whole map.</source>
        <translation>신규 {n}곳({kinds})이 도로 {km:.2f} km를 포괄하며, 여기서 예상되는 범죄는 연 {covered:.2f}건입니다(지도 전체 연 {total:.1f}건).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="86" />
        <source>They would avert about {a:.2f} incidents a year (from {lo:.2f} to {hi:.2f} within the effects' intervals).</source>
        <translation>연간 약 {a:.2f}건을 예방할 것으로 추정됩니다(효과 구간 안에서 {lo:.2f}–{hi:.2f}건).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="90" />
        <source>Emergency bells have no established effect on crime, so nothing is said averted.</source>
        <translation>비상벨은 범죄에 대한 효과가 확립되지 않아 예방 건수를 제시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="102" />
        <source>The sites are the best possible choice for these assumptions (solved exactly as an integer program).</source>
        <translation>이 위치들은 위 가정에서 가능한 최선의 선택입니다(정수계획으로 정확히 풂).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="104" />
        <source>The solver ran out of time, so the sites are the better of its plan and one chosen a site at a time; no plan within the same limit averts more than {gap:.1%} above this one.</source>
        <translation>계산 시간이 모자라 솔버의 해와 한 곳씩 고른 해 중 나은 쪽을 택했습니다. 같은 조건의 어떤 계획도 이보다 {gap:.1%} 넘게 더 예방하지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="113" />
        <source>no established effect, so sites are chosen for the expected incidents they cover</source>
        <translation>효과가 확립되지 않아 포괄하는 예상 범죄 건수로 위치를 고름</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="115" />
        <source>averts {e:.0f}% of a covered street's expected incidents (interval {lo:.0f}–{hi:.0f}%)</source>
        <translation>포괄한 도로의 예상 범죄 중 {e:.0f}%를 예방(구간 {lo:.0f}–{hi:.0f}%)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="118" />
        <source>published evidence: {evidence}</source>
        <translation>발표된 근거: {evidence}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="119" />
        <source>the planner's figure</source>
        <translation>계획 담당자가 지정한 값</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="122" />
        <source>; costs {cost:,g} a site</source>
        <translation>, 한 곳 비용 {cost:,g}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="123" />
        <source>{kind}: covers the road within {r:g} m of it and {effect}{cost}.</source>
        <translation>{kind}: 반경 {r:g} m 안의 도로를 포괄하며 {effect}{cost}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="126" />
        <source>Expected incidents a year: each street's modelled risk, scaled so that the whole map's total equals the incidents a year recorded on it{period}.</source>
        <translation>연간 예상 범죄 건수: 도로마다 모델이 추정한 위험도를, 지도 전체 합이 기록된 연간 범죄 건수와 같아지도록{period} 맞춘 값입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="126" />
        <source> ({period})</source>
        <translation>({period})</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="129" />
        <source>Candidate sites: {where}; {n:,} in all.</source>
        <translation>후보 위치: {where}, 모두 {n:,}곳.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="131" />
        <source>a budget of {budget:,g}</source>
        <translation>예산 {budget:,g}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="132" />
        <source>{n} sites</source>
        <translation>{n}곳</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="133" />
        <source>Limit: {limit}. A street covered twice by one kind averts nothing more; kinds add up as independent shares.</source>
        <translation>한도: {limit}. 같은 종류로 두 번 포괄해도 더 예방되지 않으며, 종류별 효과는 독립적인 비율로 더해집니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="136" />
        <source>Existing {kind}: {n:,} from layer “{layer}”; the road they cover counts as covered.</source>
        <translation>기존 {kind}: 레이어 “{layer}”의 {n:,}곳. 이들이 포괄하는 도로는 이미 포괄된 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="139" />
        <source>Sites are chosen for incidents weighted by field “{field}”; the numbers count incidents unweighted.</source>
        <translation>위치는 필드 “{field}”로 가중한 범죄 건수로 골랐으며, 표의 수치는 가중하지 않은 건수입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="147" />
        <source>The sites do not change within the effect's interval (one kind: it scales every street alike); only the incidents averted do.</source>
        <translation>효과가 구간 안에서 달라져도 위치는 바뀌지 않고(한 종류이면 모든 도로에 같은 비율로 적용됨) 예방 건수만 달라집니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="151" />
        <source>Averted incidents are estimates from studies elsewhere, applied to this map's expected incidents: a guide to where facilities help most, not a promise.</source>
        <translation>예방 건수는 다른 지역 연구의 효과를 이 지도의 예상 범죄에 적용한 추정치로, 시설이 가장 도움이 될 곳을 알려 주는 지침이지 약속이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="177" />
        <source>Your {n} sites of “{layer}” would avert about {theirs:.2f} incidents a year; the plan's {m} about {plan:.2f}.</source>
        <translation>“{layer}”의 직접 고른 {n}곳은 연간 약 {theirs:.2f}건, 계획의 {m}곳은 약 {plan:.2f}건을 예방할 것으로 추정됩니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="180" />
        <source>Your {n} sites of “{layer}” cover {theirs:.2f} expected incidents a year; the plan's {m} cover {plan:.2f}.</source>
        <translation>“{layer}”의 직접 고른 {n}곳은 연간 예상 범죄 {theirs:.2f}건, 계획의 {m}곳은 {plan:.2f}건을 포괄합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/outreach_sheet.py" line="28" />
        <source>Street blocks</source>
        <translation>블록</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/outreach_sheet.py" line="53" />
        <source>Buildings: {layer}</source>
        <translation>건물: {layer}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/outreach_sheet.py" line="54" />
        <source>Street blocks numbered 1–{n} hold the most {what}; shaded: the other blocks with at least {m} such buildings.</source>
        <translation>번호 1–{n}의 블록: 다음 값이 가장 큰 곳({what}). 옅은 색: 그런 건물이 {m}곳 이상인 나머지 블록.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/outreach_sheet.py" line="58" />
        <source>{n} street blocks · {graded}</source>
        <translation>블록 {n}곳 · {graded}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/outreach_sheet.py" line="58" />
        <source>Street blocks only: no building and no person is shown. Door sensors go to households that apply and are eligible; this sheet says where to reach out.</source>
        <translation>블록 단위로만 표시하며 건물이나 개인은 표시하지 않습니다. 문열림 센서는 신청하고 자격을 갖춘 가구에 제공되며, 이 지도는 홍보할 곳을 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/outreach_sheet.py" line="74" />
        <source>No block holds {m} such buildings.</source>
        <translation>그런 건물이 {m}곳 이상인 블록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/outreach_sheet.py" line="76" />
        <source>How the blocks were ranked</source>
        <translation>블록 순위를 정한 방법</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="102" />
        <source>Block</source>
        <translation>블록</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="94" />
        <source>Buildings</source>
        <translation>건물 수</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="94" />
        <source>Households</source>
        <translation>세대 수</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="103" />
        <source>Most expected at one door</source>
        <translation>한 건물 출입구의 최대 예상 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="104" />
        <source>Share without a camera near</source>
        <translation>가까이에 CCTV가 없는 건물 비율</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="95" />
        <source>Worst grade</source>
        <translation>최저 안전등급</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="44" />
        <source>Street blocks for door-sensor outreach</source>
        <translation>문열림 센서 보급 홍보 대상 블록</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="49" />
        <source>Rank buildings and blocks for door-sensor outreach</source>
        <translation>문열림 센서 보급 대상 건물·블록 순위</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="52" />
        <source>Ranks buildings for door-sensor (IoT door-open sensor) outreach to one-person households: the housing among BUILDINGS (uses containing USES, e.g. 다가구, 다세대; from the use field detected or USE_FIELD) whose entrance has the most expected incidents a year on the graded streets within NEAR m, those without a CCTV camera that near and the older first among equals. Each building gets its reasons in words: the expected incidents and the worst grade at its door, no camera, its use, its age, its households and its area's one-person household share (SHARE_FIELD of AREAS). Buildings are also summed over street blocks (the faces of the road network): expected incidents near one-person households, most first. Kits go to households that apply and are eligible: this ranks places to reach out to, never people. OUTPUT: the buildings, for the officer; BLOCKS and TABLE: the blocks; PDF: a sheet of blocks only, each printed block holding at least {n} eligible buildings.</source>
        <translation>1인 가구 문열림 센서(IoT) 보급 홍보를 위해 건물 순위를 매깁니다: BUILDINGS 중 주거 건물(용도에 USES가 들어 있는 건물, 예: 다가구, 다세대. 용도 필드는 자동 탐지 또는 USE_FIELD)을 출입구에서 NEAR m 안의 안전등급 도로에 연간 예상 범죄가 많은 순으로, 같으면 그 거리 안에 CCTV가 없는 건물과 오래된 건물을 먼저 둡니다. 건물마다 이유를 글로 적습니다: 출입구의 예상 범죄와 최저 등급, CCTV 없음, 용도, 사용승인 연도, 세대 수, 지역의 1인 가구 비율(AREAS의 SHARE_FIELD). 건물을 블록(도로망이 둘러싼 구역)별로도 합산합니다: 1인 가구 근처의 예상 범죄가 많은 순. 센서는 신청하고 자격을 갖춘 가구에 제공되므로, 이 도구는 홍보할 장소의 순위를 매길 뿐 사람의 순위를 매기지 않습니다. OUTPUT: 담당자용 건물 목록. BLOCKS와 TABLE: 블록. PDF: 블록만 표시한 지도로, 대상 건물이 {n}곳 이상인 블록만 인쇄합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="66" />
        <source>Buildings (points or outlines, e.g. 건축물대장 or 도로명주소 건물)</source>
        <translation>건물(점 또는 외곽선, 예: 건축물대장 또는 도로명주소 건물)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="71" />
        <source>CCTV cameras (points; optional)</source>
        <translation>CCTV(점. 선택)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="73" />
        <source>Areas (e.g. legal or administrative dongs; optional)</source>
        <translation>지역(예: 법정동 또는 행정동. 선택)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="77" />
        <source>One-person household share of each area (% or 0-1; optional)</source>
        <translation>지역별 1인 가구 비율(% 또는 0-1. 선택)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="80" />
        <source>Building use field (empty: detected, e.g. 주용도코드명, building)</source>
        <translation>건물 용도 필드(비워 두면 자동 탐지, 예: 주용도코드명, building)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="83" />
        <source>Uses to reach, separated by commas (matched inside the use; empty: every building)</source>
        <translation>대상 용도, 쉼표로 구분(용도 안에 들어 있으면 일치. 비워 두면 모든 건물)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="86" />
        <source>Households field (empty: detected, e.g. 세대수)</source>
        <translation>세대 수 필드(비워 두면 자동 탐지, 예: 세대수)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="92" />
        <source>Approval date or year built (empty: detected, e.g. 사용승인일)</source>
        <translation>사용승인일 또는 준공 연도(비워 두면 자동 탐지, 예: 사용승인일)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="95" />
        <source>Distance from the entrance (m)</source>
        <translation>출입구로부터 거리(m)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="100" />
        <source>Buildings ranked (for the officer)</source>
        <translation>건물 순위(담당자용)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="102" />
        <source>Street blocks ranked</source>
        <translation>블록 순위</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="105" />
        <source>Street blocks (CSV)</source>
        <translation>블록(CSV)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="107" />
        <source>Outreach sheet, blocks only (PDF)</source>
        <translation>홍보 지도, 블록만 표시(PDF)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="137" />
        <source>Reading the graded segments and the buildings</source>
        <translation>안전등급 구간과 건물 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="147" />
        <source>buildings</source>
        <translation>건물</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="156" />
        <source>Layer “{layer}” (BUILDINGS) has no use field that could be found, so every building is ranked: choose its use field in USE_FIELD to reach housing only.</source>
        <translation>레이어 “{layer}”(BUILDINGS)에서 용도 필드를 찾을 수 없어 모든 건물의 순위를 매깁니다. 주거 건물만 대상으로 하려면 USE_FIELD에서 용도 필드를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="160" />
        <source>No building of layer “{layer}” has a use containing any of {uses} (field “{field}”): check USES against the uses the layer writes, e.g. {examples}.</source>
        <translation>레이어 “{layer}”에는 용도(필드 “{field}”)에 다음 중 하나가 들어 있는 건물이 없습니다: {uses}. 레이어에 적힌 용도(예: {examples})와 USES를 비교해 보십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="167" />
        <source>Finding what is near each of {n:,} entrances</source>
        <translation>출입구 {n:,}곳 주변 확인 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="180" />
        <source>Finding the street blocks</source>
        <translation>블록 찾는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="196" />
        <source>Printing the outreach sheet</source>
        <translation>홍보 지도 출력 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="258" />
        <source>Field “{field}” of layer “{layer}” (SHARE_FIELD) holds values outside 0-100%: give the share of one-person households.</source>
        <translation>레이어 “{layer}”의 필드 “{field}”(SHARE_FIELD)에 0–100%를 벗어난 값이 있습니다. 1인 가구 비율을 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="28" />
        <source>{n:.2f} incidents a year expected on the streets within {d:g} m of the entrance</source>
        <translation>출입구에서 {d:g} m 안의 도로에서 예상되는 범죄 연 {n:.2f}건</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="31" />
        <source>(the worst grade {g:.0f})</source>
        <translation>(최저 등급 {g:.0f})</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="33" />
        <source>no CCTV camera within {d:g} m</source>
        <translation>{d:g} m 안에 CCTV 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="37" />
        <source>approved {year:.0f}</source>
        <translation>사용승인 {year:.0f}년</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="39" />
        <source>{n:.0f} households</source>
        <translation>{n:.0f}세대</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="43" />
        <source>{area}: {share:.0%} one-person households</source>
        <translation>{area}: 1인 가구 비율 {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="88" />
        <source>expected incidents a year near one-person households</source>
        <translation>1인 가구 근처의 연간 예상 범죄 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="90" />
        <source>expected incidents a year near households</source>
        <translation>세대 근처의 연간 예상 범죄 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="91" />
        <source>expected incidents a year near the buildings</source>
        <translation>건물 근처의 연간 예상 범죄 건수</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="95" />
        <source>Without a camera near</source>
        <translation>가까이에 CCTV 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="105" />
        <source>whose use (field “{field}”) contains {uses}</source>
        <translation>용도(필드 “{field}”)에 다음이 들어 있는 건물: {uses}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="106" />
        <source>all of them</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="107" />
        <source>Buildings: {n:,} of the {total:,} in “{layer}”, {uses}.</source>
        <translation>건물: “{layer}”의 {total:,}곳 중 {n:,}곳, {uses}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="109" />
        <source>Each is judged at its entrance (a point as given; an outline where it comes nearest its street): the expected incidents a year on the graded streets within {d:g} m, the model's risk scaled to the incidents recorded on the map.</source>
        <translation>건물마다 출입구(점은 그대로, 외곽선은 도로에 가장 가까운 지점)에서 판단합니다: 반경 {d:g} m 안의 안전등급 도로에서 예상되는 연간 범죄 건수(모델 위험도를 지도에 기록된 범죄 건수에 맞춘 값).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="112" />
        <source>Buildings are ranked by those incidents; among equals, those without a CCTV camera within {d:g} m first, then the older.</source>
        <translation>건물은 이 건수로 순위를 매기며, 같으면 반경 {d:g} m 안에 CCTV가 없는 건물, 그다음 오래된 건물을 먼저 둡니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="114" />
        <source>Street blocks are the areas the roads enclose; a block's value is the {what}, summed over its buildings (each building's incidents{households}{share}).</source>
        <translation>블록은 도로가 둘러싼 구역입니다. 블록의 값은 그 안 건물들에 대해 합한 값입니다({what}: 건물별 예상 건수{households}{share}).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="114" />
        <source> × its households</source>
        <translation> × 세대 수</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="114" />
        <source> × its area's one-person share</source>
        <translation> × 지역의 1인 가구 비율</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="120" />
        <source>{n:,} blocks hold such buildings; the {p:,} with at least {m} of them are printed, so no building can be picked out.</source>
        <translation>그런 건물이 있는 블록은 {n:,}곳이며, 건물을 특정할 수 없도록 {m}곳 이상 있는 {p:,}곳만 인쇄합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="122" />
        <source>Door sensors go to households that apply and are eligible: this ranks places to reach out to, not people.</source>
        <translation>문열림 센서는 신청하고 자격을 갖춘 가구에 제공됩니다. 이 도구는 홍보할 장소의 순위를 매길 뿐 사람의 순위를 매기지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="96" />
        <source>at the streets with the most recorded incidents</source>
        <translation>기록된 범죄가 가장 많은 도로에</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="97" />
        <source>at the highest-risk streets</source>
        <translation>위험도가 가장 높은 도로에</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="98" />
        <source>The sites are placed one each {where}: on the later incidents this placement reached more ({best:.0f}) than sites chosen for the most expected incidents covered ({plan:.0f}), so it is used.</source>
        <translation>설치 위치를 {where} 한 곳씩 두었습니다. 이후 범죄로 검증했을 때 이 배치가 포괄하는 예상 범죄가 가장 많도록 고른 위치보다 더 많은 범죄를 포괄했기 때문입니다({best:.0f}건 대 {plan:.0f}건).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="163" />
        <source>Checked on later incidents of “{layer}”: {n} sites chosen the same way from the incidents before {date} (the model fed only those) reach {plan} of the {later:.0f} incidents from {date} on; the same number at the highest-risk streets reach {top}, at the streets with the most earlier incidents {hot}, at random {random} (5–95%: {lo:.0f}–{hi:.0f}).</source>
        <translation>“{layer}”의 이후 범죄로 검증: {date} 이전 범죄만 모델에 넣어 같은 방법으로 고른 {n}곳이 {date} 이후 범죄 {later:.0f}건 중 {plan}건을 포괄합니다. 같은 수를 위험도가 가장 높은 도로에 두면 {top}건, 이전 범죄가 가장 많은 도로에 두면 {hot}건, 무작위로 두면 {random}건입니다(5–95%: {lo:.0f}–{hi:.0f}).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="63" />
        <source>Chooses where COUNT new facilities (or as many as BUDGET pays for at COST each) avert the most expected incidents a year on a graded layer. A facility covers the road within RADIUS of it and averts the share EFFECT of a covered street's expected incidents (expected_yr: the model's risk scaled to the incidents a year recorded on the map); covering a street twice with one kind averts nothing more, and road that EXISTING facilities of the kind cover already counts as covered. Candidate sites are CANDIDATES (poles, intersections) or points every SPACING m along the roads. The plan is solved exactly as an integer program, several kinds together too (kinds add up as independent shares); if the solver runs out of time the log says how far from the best the plan may be. Defaults, editable (per kind in KIND's order, separated by “;”):
{kinds}
OUTPUT: the sites, most valuable first, with street, area, road covered, incidents a year covered and averted (with the interval of the effect). TABLE: the same as a CSV; PDF: a plan sheet with the sites numbered on the map, the table and the assumptions in words. SITES: sites you chose (e.g. a council's list), valued the same way in SITES_VALUED and compared with the plan. CRIMES with their dates (the incidents the map was graded from): the method is checked on them, choosing on the incidents before SPLIT_DATE (MODEL fed only those) and counting the later ones the sites reach, against the same number at the highest-risk streets, at the streets with the most earlier incidents, and at random; when one of those placements reached more, the sites are placed that way instead, and the log and the sheet say so.</source>
        <translation>안전등급 레이어에서 신규 시설 COUNT개(또는 개당 COST로 BUDGET이 허락하는 만큼)를 연간 예상 범죄를 가장 많이 예방하는 위치에 배치합니다. 시설은 RADIUS 안의 도로를 포괄하고, 포괄한 도로의 예상 범죄(expected_yr: 모델 위험도를 지도에 기록된 연간 범죄 건수에 맞춘 값) 중 EFFECT 비율을 예방합니다. 같은 종류로 두 번 포괄해도 더 예방되지 않으며, 같은 종류의 기존 시설(EXISTING)이 포괄하는 도로는 이미 포괄된 것으로 봅니다. 후보 위치는 CANDIDATES(전주, 교차로) 또는 도로를 따라 SPACING m 간격의 지점입니다. 여러 종류를 함께 고를 때도 정수계획으로 정확히 풀며(종류별 효과는 독립적인 비율로 더해짐), 계산 시간이 모자라면 최선과 얼마나 차이 날 수 있는지 로그에 적습니다. 기본값(수정 가능, KIND 순서대로 “;”로 구분):
{kinds}
OUTPUT: 효과가 큰 순서의 설치 위치와 도로명, 지역, 포괄 도로 길이, 포괄·예방하는 연간 범죄 건수(효과 구간 포함). TABLE: 같은 내용의 CSV. PDF: 지도에 번호를 매긴 위치와 표, 가정을 글로 적은 계획서. SITES: 직접 고른 위치(예: 의회 요청 목록)를 같은 방식으로 평가해 SITES_VALUED에 저장하고 계획과 비교합니다. 날짜가 있는 CRIMES(지도의 등급을 매긴 범죄 자료): SPLIT_DATE 이전 범죄(이것만 MODEL에 넣음)로 같은 방법으로 위치를 고르고 이후 범죄를 몇 건 포괄하는지 세어, 같은 수를 위험도가 가장 높은 도로, 이전 범죄가 가장 많은 도로, 무작위로 둔 경우와 비교합니다. 그중 한 배치가 더 많이 포괄했으면 그 방식으로 위치를 정하고 로그와 계획서에 밝힙니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="143" />
        <source>With every effect at the low end of its interval {low:.0%} of the sites are chosen again, at the high end {high:.0%} (sites chosen one at a time, for speed).</source>
        <translation>효과를 모두 구간의 하한으로 두어도 다시 선택되는 위치의 비율: {low:.0%}, 상한으로 두면: {high:.0%}(계산 속도를 위해 한 곳씩 고른 위치로 판단).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_buildings.py" line="89" />
        <source>Floors above ground (empty: detected, e.g. 지상층수)</source>
        <translation>지상 층수(비워 두면 자동 탐지, 예: 지상층수)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/outreach_words.py" line="41" />
        <source>{n:.0f} floors</source>
        <translation>지상 {n:.0f}층</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/reading.py" line="174" />
        <source>Layer “{layer}” ({param}) lies entirely away from the graded roads (their extents do not meet), so no building has a street at its door. Check that both layers have the right coordinate reference system, and that they cover the same area.</source>
        <translation>레이어 “{layer}”({param})가 안전등급 도로와 완전히 떨어져 있어(두 레이어의 범위가 겹치지 않음) 출입구 앞에 도로가 있는 건물이 없습니다. 두 레이어의 좌표계가 맞는지, 같은 지역을 담고 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="138" />
        <source>The model the map was graded with, for the check and EFFECT “model” (empty: the bundled model)</source>
        <translation>지도의 등급을 매긴 모델, 검증과 EFFECT “model”용(비워 두면 내장 모델)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="192" />
        <source>EFFECT “model” for {kind}: the model “{model}” finds no protective effect of {kind} (facilities are often put where incidents were, so its coefficient says where they stand, not what they do). Give an effect in percent, or leave EFFECT empty for the published one.</source>
        <translation>EFFECT “model”({kind}): 모델 “{model}”에서 이 시설({kind})의 예방 효과가 나타나지 않습니다(시설은 흔히 범죄가 있던 곳에 설치되므로 계수는 효과가 아니라 설치 위치를 반영합니다). 효과를 백분율로 지정하거나, 발표된 값을 쓰려면 EFFECT를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_words.py" line="120" />
        <source>the grading model's own estimate, without an interval: it may reflect where facilities were put as much as what they do</source>
        <translation>등급 산정 모델 자체의 추정치(구간 없음): 시설의 효과만큼 설치 위치를 반영할 수 있음</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/plan_facilities.py" line="82" />
        <source>EFFECT “model” takes the grading model's own estimate (MODEL), only where the model finds the facility protective and without an interval: facilities are often put where incidents were, so a coefficient may say where they stand rather than what they do.</source>
        <translation>EFFECT “model”은 등급 산정 모델(MODEL) 자체의 추정치를 쓰며, 모델이 그 시설의 예방 효과를 찾은 경우에만 구간 없이 씁니다. 시설은 흔히 범죄가 있던 곳에 설치되므로 계수는 효과보다 설치 위치를 말해 줄 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="46" />
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/change_sheet.py" line="89" />
        <source>Incidents: {layer}{selection}</source>
        <translation>범죄 발생: {layer}{selection}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/change_sheet.py" line="93" />
        <source>{before} → {after} · {units}</source>
        <translation>{before} → {after} · 단위: {units}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/change_sheet.py" line="93" />
        <source>Each unit: incidents before → after.</source>
        <translation>각 단위: 이전 → 이후 범죄 발생 건수.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/change_sheet.py" line="93" />
        <source>Change (q ≤ {alpha:g})</source>
        <translation>변화 (q ≤ {alpha:g})</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/change_sheet.py" line="128" />
        <source>How the change was tested</source>
        <translation>변화를 검정한 방법</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/change_report.py" line="19" />
        <source>Grades before and after, km of road</source>
        <translation>이전과 이후의 등급, 도로 km</translation>
    </message>
    <message>
        <location filename="../../plugin/core/change_chart.py" line="35" />
        <source>limits: no change at {alpha:g}</source>
        <translation>한계: {alpha:g} 수준에서 변화 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/change_chart.py" line="65" />
        <source>Incidents in both periods</source>
        <translation>두 기간의 범죄 발생 건수 합</translation>
    </message>
    <message>
        <location filename="../../plugin/core/change_chart.py" line="66" />
        <source>Rate ratio (after / before, per year)</source>
        <translation>발생률 비(이후 / 이전, 연간)</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="320" />
        <source>Increase</source>
        <translation>증가</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="320" />
        <source>Decrease</source>
        <translation>감소</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="321" />
        <source>No detectable change</source>
        <translation>확인된 변화 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/core/definitions.py" line="321" />
        <source>Too few to tell</source>
        <translation>건수가 적어 판단 불가</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/change_report.py" line="20" />
        <source>Funnel plot: each unit's rate ratio against its incidents in both periods. Inside the lines the exact test sees no change; small units scatter widely by chance. Triangles: no incident in one period, or beyond the axis.</source>
        <translation>깔때기 그림: 각 단위의 발생률 비를 두 기간의 범죄 발생 건수 합에 대해 나타냅니다. 선 안쪽은 정확검정이 변화를 찾지 못한 범위이며, 건수가 적은 단위는 우연만으로도 넓게 흩어집니다. 삼각형: 한 기간에 범죄 발생이 없거나 축 범위를 벗어난 단위.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="46" />
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="112" />
        <source>Incidents before</source>
        <translation>이전 범죄 발생</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="112" />
        <source>Incidents after</source>
        <translation>이후 범죄 발생</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="113" />
        <source>Years before</source>
        <translation>이전 기간(년)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="113" />
        <source>Years after</source>
        <translation>이후 기간(년)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="46" />
        <source>Rate ratio</source>
        <translation>발생률 비</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="46" />
        <source>p-value</source>
        <translation>p값</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="46" />
        <source>q-value</source>
        <translation>q값</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/tables.py" line="114" />
        <source>Shown as</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="46" />
        <source>Before → after</source>
        <translation>이전 → 이후</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="57" />
        <source>Before: {before} ({yb:.2f} years, {nb:,} incidents); after: {after} ({ya:.2f} years, {na:,} incidents). Rates are per year, so periods of different lengths compare.</source>
        <translation>이전: {before}({yb:.2f}년, 범죄 발생 {nb:,}건), 이후: {after}({ya:.2f}년, 범죄 발생 {na:,}건). 발생률은 연간 기준이므로 길이가 다른 기간도 비교할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="64" />
        <source>{n} {units}: {up} with an increase, {down} with a decrease, {none} with no detectable change, {few} with too few incidents to tell (fewer than {fewest} in both periods together).</source>
        <translation>{units} {n}개: 증가 {up}개, 감소 {down}개, 확인된 변화 없음 {none}개, 범죄 발생이 너무 적어 판단 불가 {few}개(두 기간 합계 {fewest}건 미만).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="71" />
        <source>Each unit's rates are compared with the exact test for two Poisson counts (given the unit's incidents, each falls in a period in proportion to its length when nothing changed); a change is named where the q-value (Benjamini-Hochberg, over the units that could show one) is at most {alpha:g}, so that among the changes named at most {share:.0%} are expected to be chance.</source>
        <translation>각 단위의 발생률은 두 포아송 건수에 대한 정확검정으로 비교했습니다(변화가 없다면 그 단위의 범죄 발생은 각 기간의 길이에 비례해 나뉩니다). q값(변화를 보일 수 있는 단위에 대한 Benjamini-Hochberg 보정)이 {alpha:g} 이하인 곳만 변화로 표시하므로, 표시된 변화 가운데 우연에 의한 것은 많아야 {share:.0%}로 예상됩니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="78" />
        <source>Counts move by chance: a street with 5 incidents in one year can have 2 or 9 the next with nothing changed, and the places that had the most incidents usually have fewer next time (regression to the mean). So no percentage is given, and only changes beyond chance are coloured.</source>
        <translation>건수는 우연만으로도 움직입니다. 한 해에 5건이 발생한 거리는 아무것도 바뀌지 않아도 다음 해에 2건이나 9건이 될 수 있고, 발생이 가장 많았던 곳은 다음에는 대개 줄어듭니다(평균으로의 회귀). 그래서 백분율은 표시하지 않으며, 우연을 넘어서는 변화만 색으로 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="83" />
        <source>A change found here says that the rate moved, not why: without comparable areas left as they were (TREATED and CONTROL), it cannot be credited to anything done.</source>
        <translation>여기서 찾은 변화는 발생률이 움직였다는 것이지 그 이유는 아닙니다. 아무 조치도 하지 않은 비교 지역(TREATED와 CONTROL)이 없으면 어떤 조치의 효과로 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="90" />
        <source>(the before counts scaled by {s:.2f} to the after period's length)</source>
        <translation>(이전 건수를 이후 기간 길이에 맞춰 {s:.2f}배 환산)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="92" />
        <source>beyond what chance explains (p = {p:.3f})</source>
        <translation>우연으로 설명되는 범위를 넘어섭니다(p = {p:.3f})</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="93" />
        <source>not distinguishable from chance (p = {p:.2f})</source>
        <translation>우연과 구별되지 않습니다(p = {p:.2f})</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="94" />
        <source>Where facilities were added (“{treated}”): {t}; in the control areas (“{control}”): {c}. Against the control areas' change the treated areas had {amount} (95% interval: from {low} to {high}), {verdict}{scale}. Weighted displacement difference test (Wheeler &amp; Ratcliffe 2018), without displacement areas; it holds only if the control areas are like the treated ones and nothing else changed there.</source>
        <translation>시설을 추가한 지역(“{treated}”): {t}, 비교 지역(“{control}”): {c}. 비교 지역의 변화에 비해 시설 추가 지역은 {amount}(95% 구간: {low}에서 {high}) — {verdict}{scale}. 가중 전이 차이 검정(Wheeler &amp; Ratcliffe 2018, 전이 지역 없음). 비교 지역이 시설 추가 지역과 비슷하고 그곳에서 다른 변화가 없었을 때만 성립합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="113" />
        <source>Grades of “{before}” against “{after}”, in km of road: {same:.1f} km kept their grade, {worse:.1f} km moved to a less safe grade, {better:.1f} km to a safer one (of {total:.1f} km graded in both).</source>
        <translation>“{before}”과 “{after}”의 등급 비교(도로 km): {same:.1f} km는 등급 유지, {worse:.1f} km는 덜 안전한 등급으로, {better:.1f} km는 더 안전한 등급으로 바뀌었습니다(두 지도 모두 등급이 있는 {total:.1f} km 중).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="120" />
        <source>The later map was graded by shares of road length, which put 5% in grade 5 whatever happens: its grades can only swap places. Grade it at the earlier map's cuts (GRADING: the model's stored thresholds, with a model trained on the earlier period) to see grades move.</source>
        <translation>이후 지도는 도로 길이 비율로 등급을 매겼습니다. 이 방식은 무슨 일이 있어도 5%를 5등급에 두므로 등급은 자리만 바꿀 수 있습니다. 등급의 이동을 보려면 이전 지도의 기준값으로 등급을 매기십시오(GRADING: 이전 기간으로 학습한 모델에 저장된 기준값).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="130" />
        <source>Before \ after</source>
        <translation>이전 \ 이후</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="161" />
        <source>{n:.1f} fewer incidents</source>
        <translation>범죄 발생 {n:.1f}건 감소</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="162" />
        <source>{n:.1f} more incidents</source>
        <translation>범죄 발생 {n:.1f}건 증가</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="48" />
        <source>Change in incidents between two periods</source>
        <translation>두 기간 사이 범죄 발생의 변화</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="54" />
        <source>Compare two periods</source>
        <translation>두 기간 비교</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="57" />
        <source>Whether incidents changed between two periods, unit by unit, beyond what chance explains. CRIMES (CRIME_TYPES and HOURS as in the safety map) are counted in BEFORE_START–BEFORE_END and AFTER_START–AFTER_END (periods may differ in length: rates are per year; empty: the incidents' span cut in two halves) in each unit: the AREAS (e.g. legal dongs), or without them stretches of street of about {stretch:g} m of ROADS (an incident counts for the nearest stretch within {reach:g} m).
Each unit gets count_before, count_after, years_before, years_after, rate_ratio, p_value (the exact test for two Poisson counts, which keeps false alarms at most ALPHA whatever the count; p_e_test, the E-test, beside it for reference), q_value (Benjamini-Hochberg over the units that could show a change) and change: increase, decrease, no detectable change, or too few (so few incidents that no change could be told from chance at ALPHA). No percentage is given.
TREATED and CONTROL (areas where facilities were added, and comparable areas left as they were) give the weighted displacement difference test. GRADED_BEFORE and GRADED_AFTER (the two periods' graded maps, the later graded at the earlier map's cuts) give the km of road moving between grades.
PDF: a change sheet for residents (units labelled “12 → 7”, three classes and grey, a sentence on chance and regression to the mean); TABLE: the units as a CSV; REPORT: the same with a funnel plot.</source>
        <translation>두 기간 사이에 범죄 발생이 우연으로 설명되는 범위를 넘어 변했는지 단위별로 봅니다. CRIMES(CRIME_TYPES와 HOURS는 안전지도와 같음)를 BEFORE_START–BEFORE_END와 AFTER_START–AFTER_END 기간(길이가 달라도 됨: 발생률은 연간 기준, 비우면 범죄 발생 기간을 절반으로 나눔)에 대해 각 단위에서 셉니다. 단위는 AREAS(예: 법정동)이며, 없으면 ROADS를 약 {stretch:g} m씩 나눈 거리 구간입니다(범죄 발생은 {reach:g} m 이내 가장 가까운 구간에 셈).
각 단위에는 count_before, count_after, years_before, years_after, rate_ratio, p_value(두 포아송 건수에 대한 정확검정: 건수와 관계없이 오경보를 ALPHA 이하로 유지, 참고용으로 E-검정의 p_e_test도 함께), q_value(변화를 보일 수 있는 단위에 대한 Benjamini-Hochberg 보정), change(increase 증가, decrease 감소, no detectable change 확인된 변화 없음, too few 건수가 적어 ALPHA 수준에서 어떤 변화도 우연과 구별할 수 없음)가 붙습니다. 백분율은 표시하지 않습니다.
TREATED와 CONTROL(시설을 추가한 지역과 그대로 둔 비슷한 지역)은 가중 전이 차이 검정을 제공합니다. GRADED_BEFORE와 GRADED_AFTER(두 기간의 등급 지도, 이후 지도는 이전 지도의 기준값으로 등급 부여)는 등급 사이를 이동한 도로 km를 제공합니다.
PDF: 주민용 변화 도면(단위마다 “12 → 7” 표시, 세 가지 분류와 회색, 우연과 평균으로의 회귀에 관한 설명), TABLE: 단위별 CSV, REPORT: 같은 내용과 깔때기 그림.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="76" />
        <source>Crime incidents (points or a CSV with coordinates)</source>
        <translation>범죄 발생(점 또는 좌표가 있는 CSV)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="83" />
        <source>Before: first day, e.g. 2023-01-01 (empty: the first half)</source>
        <translation>이전: 시작일, 예: 2023-01-01 (비우면 앞쪽 절반)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="83" />
        <source>Before: last day, e.g. 2023-12-31</source>
        <translation>이전: 종료일, 예: 2023-12-31</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="83" />
        <source>After: first day, e.g. 2024-01-01</source>
        <translation>이후: 시작일, 예: 2024-01-01</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="83" />
        <source>After: last day, e.g. 2024-12-31</source>
        <translation>이후: 종료일, 예: 2024-12-31</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="88" />
        <source>Units: areas (e.g. legal dong boundaries; empty: stretches of street)</source>
        <translation>단위: 지역(예: 법정동 경계, 비우면 거리 구간)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="92" />
        <source>Roads (units without AREAS; road length per area, and drawn)</source>
        <translation>도로(AREAS가 없을 때의 단위, 지역별 도로 길이와 도면 표시)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="98" />
        <source>Significance level (chance of a false alarm accepted)</source>
        <translation>유의수준(허용하는 오경보 확률)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="101" />
        <source>Areas where facilities were added (optional)</source>
        <translation>시설을 추가한 지역(선택)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="104" />
        <source>Comparable areas left as they were (with TREATED)</source>
        <translation>그대로 둔 비슷한 지역(TREATED와 함께)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="107" />
        <source>Graded map of the earlier period (optional)</source>
        <translation>이전 기간의 등급 지도(선택)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="110" />
        <source>Graded map of the later period, at the earlier map's cuts</source>
        <translation>이후 기간의 등급 지도(이전 지도의 기준값 적용)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="115" />
        <source>Change per unit</source>
        <translation>단위별 변화</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="117" />
        <source>Change per unit (CSV)</source>
        <translation>단위별 변화(CSV)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="119" />
        <source>Change sheet (PDF)</source>
        <translation>변화 도면(PDF)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="121" />
        <source>Report with the funnel plot (HTML)</source>
        <translation>깔때기 그림이 있는 보고서(HTML)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="137" />
        <source>Layer “{layer}” (CRIMES) has no date field that could be found: choose the incidents' date in DATE_FIELD.</source>
        <translation>“{layer}” 레이어(CRIMES)에서 날짜 필드를 찾을 수 없습니다: DATE_FIELD에서 범죄 발생 날짜를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="147" />
        <source>No date in field “{field}” of layer “{layer}” can be read: choose the incidents' date in DATE_FIELD.</source>
        <translation>“{layer}” 레이어의 “{field}” 필드에서 읽을 수 있는 날짜가 없습니다: DATE_FIELD에서 범죄 발생 날짜를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="169" />
        <source>The incidents' dates ({period}) cannot be cut in two periods that both hold incidents: give BEFORE_START, BEFORE_END, AFTER_START and AFTER_END.</source>
        <translation>범죄 발생 날짜({period})를 둘 다 범죄 발생이 있는 두 기간으로 나눌 수 없습니다: BEFORE_START, BEFORE_END, AFTER_START, AFTER_END를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="172" />
        <source>The periods were not given: the incidents' span, {period}, is cut in two halves.</source>
        <translation>기간을 지정하지 않아 범죄 발생 기간 {period}을(를) 절반으로 나누었습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="175" />
        <source>Give all four of BEFORE_START, BEFORE_END, AFTER_START and AFTER_END, or none (the incidents' span is then cut in two halves).</source>
        <translation>BEFORE_START, BEFORE_END, AFTER_START, AFTER_END를 모두 지정하거나 모두 비우십시오(비우면 범죄 발생 기간을 절반으로 나눕니다).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="180" />
        <source>The periods cannot be read: {error}. Write dates as 2024-01-31.</source>
        <translation>기간을 읽을 수 없습니다: {error}. 날짜는 2024-01-31 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="183" />
        <source>The before period ({before}) must end before the after period ({after}) starts.</source>
        <translation>이전 기간({before})은 이후 기간({after})이 시작하기 전에 끝나야 합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="218" />
        <source>areas of “{layer}”</source>
        <translation>“{layer}”의 지역</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="221" />
        <source>Give AREAS (the units to test, e.g. legal dongs) or ROADS (the streets, cut into stretches of about {m:g} m).</source>
        <translation>AREAS(검정할 단위, 예: 법정동) 또는 ROADS(약 {m:g} m 구간으로 나눌 도로)를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="226" />
        <source>stretch {n}</source>
        <translation>구간 {n}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="228" />
        <source>stretches of street of about {m:g} m</source>
        <translation>약 {m:g} m 거리 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="255" />
        <source>Give both GRADED_BEFORE and GRADED_AFTER (the two periods' graded maps), or neither.</source>
        <translation>GRADED_BEFORE와 GRADED_AFTER(두 기간의 등급 지도)를 모두 지정하거나 모두 비우십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="262" />
        <source>Layer “{layer}” ({param}) has no field {field}: give a map graded with this plugin.</source>
        <translation>“{layer}” 레이어({param})에 {field} 필드가 없습니다: 이 플러그인으로 등급을 매긴 지도를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="286" />
        <source>{n} of the {total} segments of “{before}” have no segment of “{after}” at their middle: they count as without a grade after.</source>
        <translation>“{before}”의 구간 {total}개 중 {n}개는 가운데 지점에 “{after}”의 구간이 없습니다: 이후 등급이 없는 것으로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="310" />
        <source>Reading the incidents</source>
        <translation>범죄 발생 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="315" />
        <source>No incident of layer “{layer}” falls in the {which} period ({period}): check the periods and DATE_FIELD.</source>
        <translation>“{layer}” 레이어의 범죄 발생 중 {which} 기간({period})에 드는 것이 없습니다: 기간과 DATE_FIELD를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="315" />
        <source>before</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="315" />
        <source>after</source>
        <translation>이후</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="324" />
        <source>Finding each incident's unit</source>
        <translation>범죄 발생별 단위 찾는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="333" />
        <source>Testing {n:,} units</source>
        <translation>단위 {n:,}개 검정 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="343" />
        <source>The intervention check needs both TREATED (where facilities were added) and CONTROL (comparable areas left as they were).</source>
        <translation>조치 효과 확인에는 TREATED(시설을 추가한 지역)와 CONTROL(그대로 둔 비슷한 지역)이 모두 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="348" />
        <source>{n} incidents lie in both TREATED and CONTROL areas: the control areas should not overlap the treated ones.</source>
        <translation>범죄 발생 {n}건이 TREATED와 CONTROL 지역 모두에 있습니다: 비교 지역은 시설 추가 지역과 겹치지 않아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="385" />
        <source>Printing the change sheet</source>
        <translation>변화 도면 인쇄 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="138" />
        <source>Incidents lying in no unit, not counted: {n}.</source>
        <translation>어느 단위에도 속하지 않아 세지 않은 범죄 발생: {n}건.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/compare_periods.py" line="321" />
        <source>Incidents in neither period, not counted: {n}.</source>
        <translation>두 기간 어디에도 속하지 않아 세지 않은 범죄 발생: {n}건.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/change_sheet.py" line="126" />
        <source>Units with too few incidents to tell, not listed here: {n}; the table (CSV) lists every unit.</source>
        <translation>범죄 발생이 너무 적어 판단할 수 없어 여기에 싣지 않은 단위: {n}개. 표(CSV)에는 모든 단위가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="130" />
        <source>Comparing periods needs {names}, which this QGIS does not have (its tests are computed with it):</source>
        <translation>두 기간 비교에는 {names}이(가) 필요하지만 이 QGIS에는 없습니다(검정 계산에 사용):</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="86" />
        <source>Change between two periods, for a funnel plot on the first page (“Compare two periods” output; optional)</source>
        <translation>첫 쪽의 깔때기 그림에 쓸 두 기간 사이의 변화(“두 기간 비교” 결과, 선택)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_atlas.py" line="157" />
        <source>Layer “{layer}” (CHANGE) has no field {fields}: give the output of “Compare two periods”.</source>
        <translation>“{layer}” 레이어(CHANGE)에 {fields} 필드가 없습니다: “두 기간 비교”의 결과를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/change_words.py" line="117" />
        <source>Grades move by chance too, as counts do: this table says where grades moved, not that anything changed; the test per unit says that.</source>
        <translation>등급도 건수처럼 우연만으로 움직입니다: 이 표는 등급이 어디서 바뀌었는지를 보여 줄 뿐 무언가 변했다는 뜻은 아니며, 그것은 단위별 검정이 말해 줍니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/change_report.py" line="19" />
        <source>Funnel plot</source>
        <translation>깔때기 그림</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs/change_report.py" line="19" />
        <source>Units</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../plugin/core/training.py" line="258" />
        <source>comparing with the baselines</source>
        <translation>기준 방법과 비교</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/train_model.py" line="173" />
        <source>Writing the report</source>
        <translation>보고서 쓰는 중</translation>
    </message>
</context>
</TS>
