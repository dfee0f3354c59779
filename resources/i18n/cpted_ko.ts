<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CptedSafetyMap</name>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="64" />
        <source>The map template {path} could not be read.</source>
        <translation>지도 템플릿을 읽을 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="71" />
        <source>Unsupported paper size: {paper}</source>
        <translation>지원하지 않는 용지 크기입니다: {paper}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="85" />
        <source>Data sources</source>
        <translation>자료 출처</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="93" />
        <source>Map made: {date}</source>
        <translation>지도 작성일: {date}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="48" />
        <source>Safety grade</source>
        <translation>안전등급</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="248" />
        <source>Could not write the PDF map to {path}: {error}</source>
        <translation>PDF 지도를 {path}에 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="34" />
        <source>1 – safest</source>
        <translation>1 – 가장 안전</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="35" />
        <source>2 – safer than average</source>
        <translation>2 – 평균보다 안전</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="36" />
        <source>3 – average</source>
        <translation>3 – 보통</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="37" />
        <source>4 – less safe than average</source>
        <translation>4 – 평균보다 취약</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="38" />
        <source>5 – least safe</source>
        <translation>5 – 가장 취약</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="39" />
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="44" />
        <source>lowest modelled risk</source>
        <translation>모델 추정 위험 최저</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/renderer.py" line="44" />
        <source>highest modelled risk</source>
        <translation>모델 추정 위험 최고</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="10" />
        <source>Grades are modelled estimates to help plan crime prevention (lighting, CCTV, patrols); they do not measure any person's safety. Grades and aggregates only: individual incidents are not shown.</source>
        <translation>안전등급은 범죄예방 계획(보안등, CCTV, 순찰)을 돕기 위한 모델 추정치이며, 개인의 안전을 측정한 것이 아닙니다. 등급과 집계값만 표시하며 개별 범죄 발생 지점은 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="20" />
        <source>input layers {names} are SIMULATED</source>
        <translation>입력 레이어({names})가 모의 자료임</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="23" />
        <source>the grading model was fit on SIMULATED incidents</source>
        <translation>등급 산정 모델이 모의 범죄 발생 자료로 학습됨</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="26" />
        <source>Contains simulated data: {parts}. For demonstration and training, not for decisions.</source>
        <translation>모의(시뮬레이션) 자료 포함: {parts}. 시연·교육용이며 의사결정에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="37" />
        <source>model unknown</source>
        <translation>모델 정보 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="61" />
        <source>{package} (&gt;= {wanted}) is missing ({error})</source>
        <translation>{package} (&gt;= {wanted}) 없음 ({error})</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="65" />
        <source>{package} {version} is too old: {wanted} or newer is needed</source>
        <translation>{package} {version}: 버전이 너무 낮음, {wanted} 이상 필요</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="97" />
        <source>CPTED Safety Map needs Python packages that this QGIS does not have:</source>
        <translation>CPTED 안전지도에 필요한 Python 패키지가 이 QGIS에 설치되어 있지 않습니다:</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="100" />
        <source>To install them without internet access:</source>
        <translation>인터넷 연결 없이 설치하는 방법:</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="119" />
        <source>2. Copy the cpted_wheels folder to this computer (USB drive or internal share).</source>
        <translation>2. cpted_wheels 폴더를 이 컴퓨터로 복사합니다(USB 드라이브 또는 내부 공유 폴더).</translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="34" />
        <source>Safety map…</source>
        <translation>안전지도…</translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="36" />
        <source>Grade every street segment 1–5 and print a safety map</source>
        <translation>모든 도로 구간에 안전등급(1–5)을 매기고 안전지도를 출력합니다</translation>
    </message>
    <message>
        <location filename="../../plugin/ui/launcher.py" line="14" />
        <source>CPTED Safety Map</source>
        <translation>CPTED 안전지도</translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="43" />
        <source>Missing Python packages: {packages}. Open the plugin for install help.</source>
        <translation>Python 패키지 없음: {packages}. 설치 방법은 플러그인을 열어 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="31" />
        <source>Adds numeric factor columns to road segments from a point, line or polygon layer:
• Count within distance: features within DISTANCE metres of the segment (the segment's nearest point), optionally summing a weight FIELD and split into one column per CATEGORY value.
• Distance to nearest: metres to the nearest feature (NULL if the layer is empty).
• Value from polygons or grid cells: the FIELD value of the cells the segment runs through, weighted by the length inside each cell (NULL outside every cell).
Distances are in metres whatever the layers' CRSs; other layers are reprojected on the fly. The column is named NAME (with _&lt;category&gt; per category).</source>
        <translation>점·선·폴리곤 레이어에서 수치형 요인 열을 만들어 도로 구간에 추가합니다:
• 거리 내 개수: 구간(구간에서 가장 가까운 지점)으로부터 DISTANCE 미터 이내의 피처 수. 가중치 FIELD의 합계로 계산할 수 있고, CATEGORY 값마다 열을 하나씩 나눌 수 있습니다.
• 최근접 거리: 가장 가까운 피처까지의 거리(미터, 레이어가 비어 있으면 NULL).
• 폴리곤 또는 격자 셀 값: 구간이 지나는 셀들의 FIELD 값을 각 셀 안의 구간 길이로 가중 평균한 값(어느 셀에도 속하지 않으면 NULL).
거리는 레이어 좌표계(CRS)와 관계없이 미터 단위이며, 다른 레이어는 즉석에서 재투영됩니다. 열 이름은 NAME입니다(범주가 있으면 범주마다 _&lt;범주값&gt;이 붙음).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="37" />
        <source>Road segments</source>
        <translation>도로 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="44" />
        <source>Factor layer</source>
        <translation>요인 레이어</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="46" />
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="46" />
        <source>Count within distance</source>
        <translation>거리 내 개수</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="46" />
        <source>Distance to nearest</source>
        <translation>최근접 거리</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="46" />
        <source>Value from polygons or grid cells</source>
        <translation>폴리곤 또는 격자 셀 값</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="49" />
        <source>Distance (metres, for counts)</source>
        <translation>거리(미터, 개수 산정용)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="51" />
        <source>Weight field (counts) or value field (polygons)</source>
        <translation>가중치 필드(개수) 또는 값 필드(폴리곤)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="54" />
        <source>Category field (one count column per value)</source>
        <translation>범주 필드(값마다 개수 열 하나)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="57" />
        <source>Column name</source>
        <translation>열 이름</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="58" />
        <source>Segments with factors</source>
        <translation>요인이 추가된 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="80" />
        <source>Value from polygons needs a value field of layer “{layer}”.</source>
        <translation>“폴리곤 또는 격자 셀 값” 방법에는 “{layer}” 레이어의 값 필드가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="94" />
        <source>Reading segments</source>
        <translation>구간 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="89" />
        <source>Reading “{layer}”</source>
        <translation>“{layer}” 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="94" />
        <source>Layer “{layer}” must be polygons to take values from it.</source>
        <translation>값을 가져오려면 “{layer}” 레이어가 폴리곤 레이어여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="102" />
        <source>Computing {name}</source>
        <translation>{name} 계산 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="128" />
        <source>Segments</source>
        <translation>구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="129" />
        <source>Factor {name}</source>
        <translation>요인 {name}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="129" />
        <source>{n} features</source>
        <translation>피처 {n}개</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="133" />
        <source>{column}: mean {mean:.3g}, {nonzero} of {n} segments above zero, {nulls} NULL.</source>
        <translation>{column}: 평균 {mean:.3g}, 구간 {n}개 중 {nonzero}개가 0보다 큼, NULL {nulls}개.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="70" />
        <source>Safety map</source>
        <translation>안전지도</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="143" />
        <source>Layer “{layer}” ({param}) has no features.</source>
        <translation>“{layer}” 레이어({param})에 피처가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="391" />
        <source>Cancelled: no output was written.</source>
        <translation>취소됨: 결과를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="108" />
        <source>Layer “{layer}” has no grade field: run “Grade safety” first.</source>
        <translation>“{layer}” 레이어에 등급 필드(grade)가 없습니다: 먼저 “안전등급 산정(Grade safety)”을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="84" />
        <source>Prints a graded layer as a one-page A4 or A3 landscape map: title, the five-class safety map, legend, scale bar, north arrow, data sources, model name and version, the date and a disclaimer. If the model or an input was simulated, the sheet says so. Individual incidents are not drawn unless you give an incident layer and tick “Draw individual incidents”.</source>
        <translation>안전등급이 부여된 레이어를 A4 또는 A3 가로 한 장짜리 지도로 출력합니다: 제목, 5단계 안전지도, 범례, 축척 막대, 방위표, 자료 출처, 모델 이름과 버전, 작성일, 면책 문구. 모델이나 입력 자료가 모의 자료이면 지도에 그 사실을 표시합니다. 개별 범죄 발생 지점은 범죄 발생 레이어를 지정하고 “개별 범죄 발생 지점 표시”를 선택한 경우에만 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="83" />
        <source>Graded segments</source>
        <translation>안전등급 부여 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="93" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="147" />
        <source>Street safety grades</source>
        <translation>도로 구간별 안전등급</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="94" />
        <source>Subtitle (area, period)</source>
        <translation>부제목(지역, 기간)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="95" />
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="96" />
        <source>Incident points (drawn only if ticked below)</source>
        <translation>범죄 발생 지점(아래 항목을 선택한 경우에만 표시)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="99" />
        <source>Draw individual incidents (sensitive: lets readers locate them)</source>
        <translation>개별 범죄 발생 지점 표시(민감 정보: 지도를 보는 사람이 위치를 알 수 있음)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="85" />
        <source>PDF map</source>
        <translation>PDF 지도</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="115" />
        <source>“Draw individual incidents” is ticked but no incident layer was given.</source>
        <translation>“개별 범죄 발생 지점 표시”가 선택되었지만 범죄 발생 레이어가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="117" />
        <source>Individual incidents are drawn on this map: do not share it publicly.</source>
        <translation>이 지도에는 개별 범죄 발생 지점이 표시되어 있습니다: 외부에 공개하지 마십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="121" />
        <source>Laying out and printing the map</source>
        <translation>지도 배치 및 출력 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="123" />
        <source>PDF written: {path}</source>
        <translation>PDF 저장 완료: {path}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="46" />
        <source>{column} ({label}) was missing on {count} of {n} segments: treated as an average segment, so it neither raises nor lowers their grade.</source>
        <translation>구간 {n}개 중 {count}개에 {column}({label}) 값이 없습니다: 평균 구간으로 간주하므로 해당 구간의 등급을 올리거나 내리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="56" />
        <source>Runs the grading model on segments that carry its factor columns (see the model card: by default crime_50m, pop_night, lights_25m, cctv_50m) and adds:
• risk: expected incidents relative to an average segment (1 = average);
• grade: 1 (safest) to 5 (least safe), cut at thresholds stored with the model, so grades of different periods and areas are comparable; NULL where a required factor is missing;
• factor_up / up_rr: the factor raising this segment's risk most and its risk multiplier;
• factor_down / down_rr: the factor lowering it most and its multiplier.
A missing optional factor column is treated as average and reported. The output is styled in five classes plus “No data”.</source>
        <translation>요인 열이 있는 구간에 등급 산정 모델을 적용하고(모델 카드 참조, 기본 요인: crime_50m, pop_night, lights_25m, cctv_50m) 다음 열을 추가합니다:
• risk: 평균 구간 대비 예상 범죄 발생 건수(1 = 평균);
• grade: 1(가장 안전)부터 5(가장 취약)까지. 모델과 함께 저장된 기준값으로 구분하므로 기간과 지역이 달라도 등급을 비교할 수 있습니다. 필수 요인이 없으면 NULL;
• factor_up / up_rr: 이 구간의 위험을 가장 크게 높이는 요인과 그 위험 배수;
• factor_down / down_rr: 위험을 가장 크게 낮추는 요인과 그 배수.
선택 요인 열이 없으면 평균으로 간주하고 그 사실을 알립니다. 결과에는 5단계와 “자료 없음” 스타일이 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="68" />
        <source>Segments with factor columns</source>
        <translation>요인 열이 있는 구간</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="89" />
        <source>Layer “{layer}” has no column {columns}: run “Attach factors to segments” or the one-shot “Safety map” first.</source>
        <translation>“{layer}” 레이어에 {columns} 열이 없습니다: 먼저 “도로 구간에 요인 결합(Attach factors to segments)” 또는 한 번에 처리하는 “안전지도(Safety map)”를 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="106" />
        <source>Grading with {model}</source>
        <translation>등급 산정 중: {model}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="119" />
        <source>Grades: {counts}</source>
        <translation>등급별 구간 수: {counts}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="24" />
        <source>lowest {p}% of risk</source>
        <translation>위험 하위 {p}%</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="26" />
        <source>highest {p}% of risk</source>
        <translation>위험 상위 {p}%</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="28" />
        <source>{a}–{b}% of risk</source>
        <translation>위험 하위 {a}–{b}%</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="89" />
        <source>CPTED safety grades</source>
        <translation>CPTED 안전등급</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="52" />
        <source>The whole job in one step: cuts the roads into pieces of LENGTH metres, attaches the factors the grading model uses (incidents within 50 m, night-time population of the grid cell, a streetlight within 25 m, a CCTV camera within 50 m), grades every piece 1 (safest) to 5 (least safe) with the factors that raise and lower it, styles the result and, if a PDF file is given, prints a one-page map. Population, streetlights and CCTV are optional: a missing one counts as average. Individual incidents never appear on the printed map.</source>
        <translation>전체 작업을 한 번에 처리합니다: 도로를 LENGTH 미터 길이의 구간으로 나누고, 등급 산정 모델이 사용하는 요인(50 m 이내 범죄 발생, 격자 셀의 야간 유동인구, 25 m 이내 보안등·가로등, 50 m 이내 CCTV)을 결합한 뒤, 모든 구간에 1(가장 안전)부터 5(가장 취약)까지 안전등급과 등급을 높이거나 낮추는 요인을 부여하고, 결과에 스타일을 적용하며, PDF 파일을 지정하면 한 장짜리 지도를 출력합니다. 유동인구, 보안등·가로등, CCTV는 선택 사항이며 없으면 평균으로 간주합니다. 개별 범죄 발생 지점은 출력 지도에 표시되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="32" />
        <source>Roads (centre lines)</source>
        <translation>도로(중심선)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="63" />
        <source>Crime incidents (points)</source>
        <translation>범죄 발생 지점(점)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="65" />
        <source>Night-time population grid (polygons)</source>
        <translation>야간 유동인구 격자(폴리곤)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="68" />
        <source>Population field</source>
        <translation>유동인구 필드</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="71" />
        <source>Streetlights (points)</source>
        <translation>보안등·가로등(점)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="73" />
        <source>CCTV cameras (points)</source>
        <translation>CCTV(점)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="78" />
        <source>Map title</source>
        <translation>지도 제목</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="103" />
        <source>Roads</source>
        <translation>도로</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="103" />
        <source>{n} roads</source>
        <translation>도로 {n}개</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="164" />
        <source>Reading {what}: “{name}”</source>
        <translation>{what} 읽는 중: “{name}”</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="169" />
        <source>Layer “{name}” has no population field “{field}”: choose the field that holds the night-time population.</source>
        <translation>“{name}” 레이어에 인구 필드 “{field}”가 없습니다: 야간 유동인구 값이 들어 있는 필드를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="137" />
        <source>Share of segments per grade: {shares}</source>
        <translation>등급별 구간 비율: {shares}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="148" />
        <source>{roads} · {n} segments of {length:g} m</source>
        <translation>{roads} · {length:g} m 구간 {n}개</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="195" />
        <source>Printing the map</source>
        <translation>지도 출력 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="198" />
        <source>PDF map written: {path}</source>
        <translation>PDF 지도 저장 완료: {path}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="22" />
        <source>Cuts every road into consecutive pieces of the given length in metres, whatever the layer's units (metres, feet or degrees: layers not in metres are worked on, and written, in the WGS 84 / UTM zone of their centre). Pieces chain end to end along the road's direction and add up to its length; the last piece of each road keeps the remainder (a 25 m road gives 10, 10 and 5 m). Multi-part roads restart at each part; curved roads are straightened first.

Keeps the road's attributes and adds seg_id (road_fid × 1,000,000 + piece number: the same roads always give the same ids), road_fid (the road's feature id), piece_no and length_m.</source>
        <translation>레이어 단위(미터, 피트, 도)와 관계없이 모든 도로를 지정한 길이(미터)의 연속된 구간으로 나눕니다(미터 단위가 아닌 레이어는 레이어 중심이 속한 WGS 84 / UTM 존 좌표계로 처리하고 저장합니다). 구간은 도로 방향을 따라 끝과 끝이 이어지며 길이의 합은 도로 길이와 같고, 각 도로의 마지막 구간은 남은 길이가 됩니다(25 m 도로는 10 m, 10 m, 5 m). 여러 부분으로 된 도로는 부분마다 새로 시작하며, 곡선 도로는 먼저 직선으로 바꿉니다.

도로의 속성을 유지하고 seg_id(road_fid × 1,000,000 + 구간 번호: 같은 도로는 항상 같은 ID), road_fid(도로의 피처 ID), piece_no, length_m 열을 추가합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="49" />
        <source>Reading roads</source>
        <translation>도로 읽는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="54" />
        <source>Cutting into {length:g} m pieces</source>
        <translation>{length:g} m 구간으로 나누는 중</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="70" />
        <source>{n} roads had no length (empty or a single point) and gave no pieces.</source>
        <translation>도로 {n}개는 길이가 없어(비어 있거나 점 하나뿐) 구간을 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="72" />
        <source>Cut {roads} roads ({km:.2f} km) into {pieces} pieces.</source>
        <translation>도로 {roads}개({km:.2f} km)를 구간 {pieces}개로 나누었습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/qgis_bridge.py" line="38" />
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="75" />
        <source>Output {dest} is not a file: choose a GeoPackage or another file format for the output.</source>
        <translation>출력 대상이 파일이 아닙니다: {dest}. 출력 형식으로 GeoPackage 등 파일 형식을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="384" />
        <source>Only {written} of {total} features could be written to {path}.</source>
        <translation>피처 {total}개 중 {written}개만 {path}에 저장되었습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/ui/launcher.py" line="14" />
        <source>Some Python packages are missing, so the safety map cannot run yet.</source>
        <translation>일부 Python 패키지가 없어 아직 안전지도를 실행할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/ui/launcher.py" line="17" />
        <source>Click “Show Details…” for how to install them without internet access.</source>
        <translation>인터넷 연결 없이 설치하는 방법은 “자세한 정보 표시...”를 눌러 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="56" />
        <source>Incidents</source>
        <translation>범죄 발생 지점</translation>
    </message>
    <message>
        <location filename="../../plugin/plugin.py" line="15" />
        <source>&amp;CPTED Safety Map</source>
        <translation>&amp;CPTED 안전지도</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="28" />
        <source>Attach factors to segments</source>
        <translation>도로 구간에 요인 결합</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="78" />
        <source>Export safety map (PDF)</source>
        <translation>안전지도 내보내기 (PDF)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="53" />
        <source>Grade safety</source>
        <translation>안전등급 산정</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="49" />
        <source>Safety map (one step)</source>
        <translation>안전지도 (일괄 작성)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="19" />
        <source>Segment roads</source>
        <translation>도로 구간 분할</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="113" />
        <source>Cutting {length:g} m segments, attaching factors and grading with {model}</source>
        <translation>{length:g} m 구간 분할, 요인 결합, 등급 산정 중(모델: {model})</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="135" />
        <source>{n} segments from {roads} roads ({km:.2f} km), worked on in {crs}.</source>
        <translation>도로 {roads}개({km:.2f} km)에서 구간 {n}개를 만들었습니다(작업 좌표계 {crs}).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="46" />
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="46" />
        <source>lines</source>
        <translation>선</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="47" />
        <source>polygons</source>
        <translation>폴리곤</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="47" />
        <source>no geometry</source>
        <translation>도형 없음</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="127" />
        <source>Layer “{layer}” ({param}) holds {found}, but {wanted} are needed.</source>
        <translation>레이어 “{layer}”({param})의 도형 종류: {found}. 필요한 종류: {wanted}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="288" />
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="42" />
        <source>No layer gave {column} ({label}): every segment counts as average for it, so it neither raises nor lowers any grade, and grades 1 and 5 become rarer. Give that layer for grades that use it.</source>
        <translation>요인 {column}({label})에 해당하는 레이어가 지정되지 않았습니다. 모든 구간을 이 요인에 대해 평균으로 보므로 어떤 등급도 올리거나 내리지 않으며, 1등급과 5등급이 드물어집니다. 이 요인을 반영하려면 해당 레이어를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="75" />
        <source>Segment length (metres, at least 1)</source>
        <translation>구간 길이 (m, 1 이상)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/segment_roads.py" line="34" />
        <source>Piece length (metres, at least 0.1)</source>
        <translation>구간 길이 (m, 0.1 이상)</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="98" />
        <source>the folder is read-only</source>
        <translation>폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="89" />
        <source>Cannot write {path}: {error}. Choose a folder you can write to, and a file that is not open in another program.</source>
        <translation>{path}에 쓸 수 없습니다: {error}. 쓰기 권한이 있는 폴더와, 다른 프로그램에서 열려 있지 않은 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="38" />
        <source>Grade bands are fixed with the model (shares of its reference streets, not of this map), so grades compare across areas and periods.</source>
        <translation>등급 구간은 모델에 고정되어 있어(이 지도가 아니라 모델 기준 도로의 비율), 지역과 기간이 달라도 등급을 비교할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="58" />
        <source>inputs {names}</source>
        <translation>입력 레이어 {names}</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="61" />
        <source>the model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="62" />
        <source>CPTED safety grades 1 (safest) to 5 (least safe) by {model}.</source>
        <translation>CPTED 안전등급 1(가장 안전)~5(가장 취약), 산정 모델: {model}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="64" />
        <source>SIMULATED: {what}. Not for decisions.</source>
        <translation>모의 자료: {what}. 의사결정용이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/export_map.py" line="45" />
        <source>Layer “{layer}” could not be read.</source>
        <translation>레이어 “{layer}”: 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="51" />
        <source>No segments: every road in “{layer}” is empty or has no length.</source>
        <translation>구간이 없습니다: “{layer}”의 모든 도로가 비어 있거나 길이가 0입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="131" />
        <source>Layer “{layer}” ({param}) has no coordinate reference system (a Shapefile without its .prj file?). Set it in QGIS (right-click the layer › Layer CRS) and run again.</source>
        <translation>레이어 “{layer}”({param})에 좌표계가 없습니다(.prj 파일이 빠진 Shapefile인가요?). QGIS에서 좌표계를 지정한 뒤(레이어 오른쪽 클릭 › 레이어 좌표계) 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="223" />
        <source>Cannot write “{file}”: choose a GeoPackage (.gpkg, recommended), Shapefile (.shp), FlatGeobuf (.fgb) or GeoJSON (.geojson) file.</source>
        <translation>“{file}”에 쓸 수 없습니다: GeoPackage(.gpkg, 권장), Shapefile(.shp), FlatGeobuf(.fgb) 또는 GeoJSON(.geojson) 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="238" />
        <source>The PDF map “{file}” must be a file ending in .pdf.</source>
        <translation>PDF 지도 “{file}”의 파일 이름은 .pdf로 끝나야 합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="383" />
        <source>Layer “{layer}” lies entirely away from the roads (their extents do not meet): {what} is 0 or empty on every segment. If that is not expected, check that both layers have the right coordinate reference system.</source>
        <translation>레이어 “{layer}”의 위치가 도로와 전혀 겹치지 않습니다(두 레이어의 범위가 만나지 않음): 모든 구간에서 {what} 값이 0이거나 비어 있습니다. 의도한 것이 아니라면 두 레이어의 좌표계가 올바른지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="200" />
        <source>The graded layer was written, but the PDF map was not: {error}</source>
        <translation>등급 레이어는 저장되었지만 PDF 지도는 만들지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="373" />
        <source>Writing {file}: {note}</source>
        <translation>{file} 저장 중: {note}</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="35" />
        <source>No layer given for {columns}: counted as an average street, so they change no grade.</source>
        <translation>{columns}: 입력 레이어가 없어 평균 거리로 계산했으므로 등급에 영향을 주지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/sheet_text.py" line="20" />
        <source>input layer {names} is SIMULATED</source>
        <translation>입력 레이어({names})가 모의 자료임</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="177" />
        <source>Roads are in {crs} ({units}): every layer is worked on, and the result written, in {work}, so that lengths and distances are in metres.</source>
        <translation>도로 레이어의 좌표계가 {crs}({units})입니다. 길이와 거리를 미터로 계산하도록 모든 레이어를 {work}에서 처리하고 결과도 그 좌표계로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="181" />
        <source>The roads' coordinate reference system, which QGIS reads as {read}, is {crs}: this run and its output name it so.</source>
        <translation>도로 레이어의 좌표계는 {crs}입니다. QGIS에는 {read} 좌표계로 표시되지만 같은 좌표계이므로, 이번 실행의 안내와 결과물에는 EPSG 이름을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="181" />
        <source>a custom CRS</source>
        <translation>사용자 정의 좌표계</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="104" />
        <source>1. On a computer with internet, run (QGIS here uses Python {python}):</source>
        <translation>1. 인터넷에 연결된 컴퓨터에서 다음 명령을 실행합니다(이 QGIS의 Python 버전: {python}):</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="126" />
        <source>Never upgrade or replace numpy inside QGIS: QGIS's own code imports it.</source>
        <translation>QGIS 안의 numpy는 업그레이드하거나 바꾸지 마십시오. QGIS 자체 코드가 numpy를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="363" />
        <source>the spatial index could not be built</source>
        <translation>공간 인덱스를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="108" />
        <source>3. In the OSGeo4W Shell, run:</source>
        <translation>3. OSGeo4W Shell에서 다음 명령을 실행합니다:</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="115" />
        <source>1. On a computer with internet, the same Linux as this one and its GEOS and GDAL development packages, build shapely and pyogrio against the GEOS and GDAL that QGIS uses (their binary wheels carry other copies of those libraries, which clash with QGIS's in one process):</source>
        <translation>1. 인터넷에 연결되고 이 컴퓨터와 같은 리눅스에 GEOS, GDAL 개발 패키지가 설치된 컴퓨터에서, shapely와 pyogrio를 QGIS가 쓰는 GEOS, GDAL에 맞춰 빌드합니다(바이너리 휠에는 이 라이브러리의 다른 사본이 들어 있어 한 프로세스 안에서 QGIS의 것과 충돌합니다):</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="120" />
        <source>3. In a terminal, run:</source>
        <translation>3. 터미널에서 다음 명령을 실행합니다:</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="125" />
        <source>4. Restart QGIS. If the plugin then names another missing package, add it the same way.</source>
        <translation>4. QGIS를 다시 시작합니다. 플러그인이 또 다른 패키지가 없다고 알리면 같은 방법으로 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/cartography/layout.py" line="226" />
        <source>the file written is not a whole PDF ({size} bytes): is the disk full?</source>
        <translation>저장된 파일이 완전한 PDF가 아닙니다({size}바이트). 디스크가 가득 찼는지 확인하십시오</translation>
    </message>
    <message>
        <location filename="../../plugin/dependencies.py" line="113" />
        <source>Best: your distribution's packages (Debian 13: apt install python3-geopandas python3-pyogrio python3-shapely). Otherwise:</source>
        <translation>배포판 패키지를 쓰는 것이 가장 좋습니다(Debian 13: apt install python3-geopandas python3-pyogrio python3-shapely). 그렇지 않으면:</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="82" />
        <source>Output {dest} names a layer, but only a GeoPackage (.gpkg) holds named layers: write to a .gpkg file, or leave the layer name out.</source>
        <translation>출력 {dest}에 레이어 이름이 있지만, 이름 있는 레이어를 담을 수 있는 형식은 GeoPackage(.gpkg)뿐입니다. .gpkg 파일로 저장하거나 레이어 이름을 빼십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="206" />
        <source>{param} would replace the input layer “{layer}” ({input}) in {file}. Choose another layer name or another file.</source>
        <translation>{param} 출력이 파일 {file} 안의 입력 레이어를 덮어쓰게 됩니다: “{layer}”({input}). 다른 레이어 이름이나 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="210" />
        <source>{param} would overwrite {file}, which holds the input layer “{layer}” ({input}). Choose another file, or add the result to it as a new layer (“{file}|layername=new_name”).</source>
        <translation>{param} 출력이 파일 {file} 전체를 덮어쓰게 되는데, 이 파일에는 입력 레이어가 들어 있습니다: “{layer}”({input}). 다른 파일을 선택하거나, 결과를 그 파일에 새 레이어로 추가하십시오(“{file}|layername=새_이름”).</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="214" />
        <source>{param} would overwrite {file}, which holds the input layer “{layer}” ({input}). Choose another file.</source>
        <translation>{param} 출력이 파일 {file} 전체를 덮어쓰게 되는데, 이 파일에는 입력 레이어가 들어 있습니다: “{layer}”({input}). 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="240" />
        <source>{file} exists but cannot be read as a GeoPackage ({error}): choose another file.</source>
        <translation>{file} 파일이 있지만 GeoPackage로 읽을 수 없습니다({error}). 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="419" />
        <source>Layer “{layer}” written into {file}; its other layers are kept: {others}.</source>
        <translation>레이어 “{layer}”를 {file}에 저장했습니다. 파일의 다른 레이어는 그대로 둡니다: {others}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="74" />
        <source>NAME “{name}” cannot be a factor column: the result needs that column for itself. Choose another name (not {reserved}).</source>
        <translation>NAME “{name}”: 요인 열 이름으로 쓸 수 없습니다. 결과에 같은 이름의 열이 필요합니다. 다른 이름을 고르십시오({reserved} 제외).</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="106" />
        <source>{n} features of layer “{layer}” have no number in weight field “{field}”: they count 0.</source>
        <translation>레이어 “{layer}”의 피처 {n}개는 가중치 필드 “{field}”에 숫자가 없어 0으로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="123" />
        <source>Columns {columns} of layer “{layer}” are replaced by the new values.</source>
        <translation>레이어 “{layer}”의 다음 열을 새 값으로 바꿉니다: {columns}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="136" />
        <source>Layer “{layer}” ({param}) is declared in {crs}, in degrees, but its coordinates reach {x:,.0f}, {y:,.0f}, which are not longitudes and latitudes: its coordinate reference system is wrong (metres declared as degrees?). Set the real one (right-click the layer › Layer CRS) and run again.</source>
        <translation>레이어 “{layer}”({param})에 지정된 좌표계: {crs}(도 단위). 그러나 좌표 값이 {x:,.0f}, {y:,.0f}까지 이르러 경위도일 수 없습니다. 좌표계가 잘못 지정된 것입니다(미터 좌표에 도 단위 좌표계를 지정?). 올바른 좌표계를 지정하고(레이어 우클릭 › 레이어 좌표계) 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="172" />
        <source>Roads are in {crs}, whose metres are {error:.1f}% off the ground where the roads are (Web Mercator?): every layer is worked on, and the result written, in {work}, where lengths and distances are true to within 0.1%.</source>
        <translation>도로 레이어의 좌표계 {crs}에서는 이 지역의 지도상 1 m가 실제 거리와 {error:.1f}% 다릅니다(웹 메르카토르?). 모든 레이어를 {work}에서 처리하고 결과도 그 좌표계로 저장합니다. 이 좌표계에서는 길이와 거리의 오차가 0.1% 이내입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="262" />
        <source>Layer “{layer}” ({param}) has {n} features, but none with a usable geometry: all are empty, or could not be transformed to {crs} (then its coordinate reference system is probably wrong). Check the layer's geometries and CRS, and run again.</source>
        <translation>레이어 “{layer}”({param})에 피처가 {n}개 있지만 쓸 수 있는 도형이 하나도 없습니다. 모두 비어 있거나 {crs}로 변환할 수 없습니다(변환할 수 없다면 좌표계가 잘못 지정되었을 가능성이 큽니다). 레이어의 도형과 좌표계를 확인하고 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="305" />
        <source>Road {fid} of layer “{layer}” is {km:,.0f} km long: in {length:g} m pieces it would give more than 1,000,000, more than one road's segment ids can number. Split it, or choose a longer LENGTH.</source>
        <translation>레이어 “{layer}”의 도로 {fid}는 길이가 {km:,.0f} km입니다. {length:g} m 구간으로 나누면 1,000,000개가 넘어, 도로 하나의 구간 ID로 번호를 매길 수 있는 수를 넘습니다. 도로를 나누거나 LENGTH를 더 길게 하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="311" />
        <source>Layer “{layer}” has feature ids up to {fid}: segment ids (feature id × 1,000,000 + piece number) can be made for ids from 0 to {max:,} only. Save the layer to a new GeoPackage (new ids) and run again.</source>
        <translation>레이어 “{layer}”의 피처 ID가 {fid}까지 있습니다. 구간 ID(피처 ID × 1,000,000 + 구간 번호)는 피처 ID가 0부터 {max:,}까지일 때만 만들 수 있습니다. 레이어를 새 GeoPackage로 저장한 뒤(새 ID) 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="101" />
        <source>Fields of layer “{layer}” renamed in the result, because the result has columns of those names: {renames}.</source>
        <translation>결과에 같은 이름의 열이 있어, 레이어 “{layer}”의 필드 이름을 결과에서 바꿉니다: {renames}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="329" />
        <source>{param} must be a number of at least {minimum:g}; “{value}” is not.</source>
        <translation>{param}에는 {minimum:g} 이상의 숫자를 넣어야 합니다. “{value}”는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="353" />
        <source>{n} of the {total} values of field “{field}” in layer “{layer}” ({param}) are not numbers ({examples}; telecom data mark small counts with “*”): they count as having no value.</source>
        <translation>레이어 “{layer}”({param})의 필드 “{field}” 값 {total}개 중 {n}개가 숫자가 아닙니다({examples}; 통신사 자료는 작은 수를 “*”로 가립니다). 이 값들은 값이 없는 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="379" />
        <source>Layer “{layer}” ({param}) lies entirely away from the roads (their extents do not meet), so no street would have an incident near it. Check that both layers have the right coordinate reference system, and that they cover the same area.</source>
        <translation>레이어 “{layer}”({param})의 위치가 도로와 전혀 겹치지 않아(범위가 만나지 않음) 어느 도로 근처에도 사건이 없게 됩니다. 두 레이어의 좌표계가 올바른지, 같은 지역을 담고 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="24" />
        <source>The plugin's bundled grading model cannot be used: {error}.</source>
        <translation>플러그인에 포함된 등급 모델을 쓸 수 없습니다: {error}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/grade_safety.py" line="26" />
        <source>The grading model {file} cannot be used: {error}. Leave MODEL empty to grade with the bundled model, or choose a JSON model file written by this plugin.</source>
        <translation>등급 모델 파일을 쓸 수 없습니다({file}): {error}. 포함된 모델로 등급을 매기려면 MODEL을 비워 두거나, 이 플러그인이 만든 JSON 모델 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="80" />
        <source>Grading model, a JSON file (empty: the bundled model)</source>
        <translation>등급 모델 JSON 파일(비우면 포함된 모델)</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/safety_map.py" line="80" />
        <source>Grading models (*.json);;All files (*)</source>
        <translation>등급 모델 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../plugin/qgis_bridge.py" line="122" />
        <source>The layer's feature ids repeat once read (ids above 2,147,483,647 in a format other than GeoPackage, read by QGIS 3.22?). Save the layer as a GeoPackage and run again.</source>
        <translation>레이어를 읽은 뒤 피처 ID가 중복됩니다(QGIS 3.22에서 GeoPackage가 아닌 형식의 2,147,483,647을 넘는 ID?). 레이어를 GeoPackage로 저장하고 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/qgis_bridge.py" line="156" />
        <source>Field “{old}” is read as “{new}”: “geometry” names the geometry in the result.</source>
        <translation>필드 “{old}”의 이름을 바꾸어 읽습니다: “{new}”. 결과에서 “geometry”는 도형 열의 이름입니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="190" />
        <source>{param}: “{layer}” is the name of a table GeoPackage files and QGIS keep for themselves. Choose another layer name.</source>
        <translation>{param}: “{layer}”는 GeoPackage 파일과 QGIS가 내부용으로 쓰는 테이블 이름입니다. 다른 레이어 이름을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="194" />
        <source>{param}: {file} is read-only. Choose another file, or make it writable.</source>
        <translation>{param}: {file} 파일은 읽기 전용입니다. 다른 파일을 고르거나 쓰기 가능하게 바꾸십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="198" />
        <source>{param} {file} would replace the style and record files (.qml, .cpted.json) of the input layer “{layer}” ({input}) beside it. Choose another name.</source>
        <translation>{param} {file}: 같은 폴더에 있는 입력 레이어 “{layer}”({input})의 스타일·기록 파일(.qml, .cpted.json)을 덮어쓰게 됩니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/outputs.py" line="416" />
        <source>Writing into {file} lost its layers {layers}: restore the file from a copy.</source>
        <translation>{file}에 저장하는 중 다음 레이어가 사라졌습니다: {layers}. 사본에서 파일을 복원하십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="150" />
        <source>Category columns {columns} of NAME “{name}” would replace columns the result needs for itself. Choose another NAME.</source>
        <translation>NAME “{name}”에서 나온 범주 열({columns})이 결과에 꼭 필요한 열을 덮어쓰게 됩니다. 다른 NAME을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/attach_factors.py" line="155" />
        <source>Category values {values} of layer “{layer}” share the column {column}: they are counted together.</source>
        <translation>레이어 “{layer}”의 범주 값 {values}는 같은 열 {column}에 들어가므로 함께 셉니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="268" />
        <source>{n} of the {total} features of layer “{layer}” ({param}) have no usable geometry (empty, of another kind than the layer's, or not transformable to {crs}): they are left out.</source>
        <translation>레이어 “{layer}”({param})의 피처 {total}개 중 {n}개는 쓸 수 있는 도형이 없어(비어 있거나, 레이어와 다른 종류이거나, {crs}로 변환 불가) 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="290" />
        <source>Layer “{layer}” ({param}) holds no {wanted}.</source>
        <translation>레이어 “{layer}”({param})에 필요한 종류의 도형이 없습니다: {wanted}.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="292" />
        <source>{n} features of layer “{layer}” ({param}) are not {wanted} (a layer mixing kinds of geometry): they are left out.</source>
        <translation>레이어 “{layer}”({param})의 피처 {n}개는 필요한 종류({wanted})가 아니어서(여러 도형 종류가 섞인 레이어) 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="345" />
        <source>{n} of the {total} values of field “{field}” in layer “{layer}” ({param}) are negative ({examples}: a mark for missing counts?): they count as having no value.</source>
        <translation>레이어 “{layer}”({param})의 필드 “{field}” 값 {total}개 중 {n}개가 음수입니다({examples}: 결측 표시?). 이 값들은 값이 없는 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/base.py" line="366" />
        <source>{n} polygons of layer “{layer}” ({param}) are invalid (self-intersecting?): they are repaired before their values are used.</source>
        <translation>레이어 “{layer}”({param})의 폴리곤 {n}개가 유효하지 않아(자기 교차?) 값을 쓰기 전에 고칩니다.</translation>
    </message>
    <message>
        <location filename="../../plugin/processing/graded_output.py" line="94" />
        <source>The grade style could not be stored with {file} ({error}): the layer is written, but opens unstyled outside this run.</source>
        <translation>등급 스타일을 {file} 파일에 저장하지 못했습니다({error}). 레이어는 저장되었지만, 이번 실행 밖에서는 스타일 없이 열립니다.</translation>
    </message>
</context>
</TS>
