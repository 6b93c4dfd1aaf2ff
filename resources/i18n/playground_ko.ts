<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <source>Click a start point on a 2-D loss surface, pick optimizers and watch them race across saddles, plateaus, cliffs and ravines, tuning each one while it runs.</source>
        <translation>2차원 손실 곡면에서 시작점을 클릭하고 옵티마이저를 골라, 안장점·고원·절벽·협곡을 가로지르는 경주를 지켜보세요. 달리는 동안 각 옵티마이저를 조정할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>BasinCompareDialog</name>
    <message>
        <source>Compare basin maps</source>
        <translation>끌림 영역 지도 비교</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>colour by</source>
        <translation>색 기준</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>실패: {0}</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Pick two optimizers and press Compute.</source>
        <translation>옵티마이저 두 개를 고르고 [계산]을 누르세요.</translation>
    </message>
    <message>
        <source>Out of date: {0}. Press Recompute.</source>
        <translation>최신이 아님: {0}. [다시 계산]을 누르세요.</translation>
    </message>
    <message>
        <source>{0}² starts x {1} steps each</source>
        <translation>시작점 {0}²개 × 각 {1}스텝</translation>
    </message>
</context>
<context>
    <name>BasinFeature</name>
    <message>
        <source>Basin map</source>
        <translation>끌림 영역 지도</translation>
    </message>
    <message>
        <source>Basin map &amp;panel</source>
        <translation>끌림 영역 지도 패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Basin map</source>
        <translation>끌림 영역 지도(&amp;B)</translation>
    </message>
    <message>
        <source>Colour every start by where the focused optimizer ends (B)</source>
        <translation>선택한 옵티마이저가 도착하는 곳에 따라 모든 시작점을 색칠합니다 (B)</translation>
    </message>
    <message>
        <source>&amp;Compare basin maps…</source>
        <translation>끌림 영역 지도 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>Two optimizers&apos; basin maps side by side</source>
        <translation>두 옵티마이저의 끌림 영역 지도를 나란히</translation>
    </message>
    <message>
        <source>Export &amp;basin map as PNG…</source>
        <translation>끌림 영역 지도를 PNG로 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the basin map with its legend as a PNG image</source>
        <translation>끌림 영역 지도를 범례와 함께 PNG 이미지로 저장</translation>
    </message>
    <message>
        <source>No basin map to export yet: press B</source>
        <translation>내보낼 끌림 영역 지도가 아직 없습니다: B를 누르세요</translation>
    </message>
    <message>
        <source>Export basin map</source>
        <translation>끌림 영역 지도 내보내기</translation>
    </message>
    <message>
        <source>[out of date]</source>
        <translation>[최신 아님]</translation>
    </message>
    <message>
        <source>Could not export the basin map: {0}</source>
        <translation>끌림 영역 지도를 내보낼 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
</context>
<context>
    <name>BasinFigure</name>
    <message>
        <source>min {0} {1}{2}</source>
        <translation>최솟값 {0} {1}{2}</translation>
    </message>
    <message>
        <source>no known minimum{0}</source>
        <translation>알려진 최솟값 없음{0}</translation>
    </message>
    <message>
        <source>diverged{0}</source>
        <translation>발산{0}</translation>
    </message>
    <message>
        <source>steps to converge</source>
        <translation>수렴까지 스텝</translation>
    </message>
    <message>
        <source>final loss f − f*</source>
        <translation>최종 손실 f − f*</translation>
    </message>
    <message>
        <source>{0} (log scale)</source>
        <translation>{0} (로그 눈금)</translation>
    </message>
</context>
<context>
    <name>BasinMapper</name>
    <message>
        <source>1 minimum reached</source>
        <translation>최솟값 1개에 도달</translation>
    </message>
    <message>
        <source>{0} minima reached</source>
        <translation>최솟값 {0}개에 도달</translation>
    </message>
    <message>
        <source>, {0:.0%} diverged</source>
        <translation>, {0:.0%} 발산</translation>
    </message>
    <message>
        <source>the focus moved to {0}</source>
        <translation>선택이 {0}(으)로 바뀜</translation>
    </message>
</context>
<context>
    <name>BasinPanel</name>
    <message>
        <source>Minimum reached</source>
        <translation>도달한 최솟값</translation>
    </message>
    <message>
        <source>Steps to converge</source>
        <translation>수렴까지 스텝</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>최종 손실</translation>
    </message>
    <message>
        <source>Show basin map</source>
        <translation>끌림 영역 지도 보기</translation>
    </message>
    <message>
        <source>Colour every start of the window by where the focused optimizer ends (B)</source>
        <translation>선택한 옵티마이저가 도착하는 곳에 따라 창의 모든 시작점을 색칠합니다 (B)</translation>
    </message>
    <message>
        <source>Opacity of the map over the contours</source>
        <translation>등고선 위 지도의 불투명도</translation>
    </message>
    <message>
        <source>Recompute automatically</source>
        <translation>자동으로 다시 계산</translation>
    </message>
    <message>
        <source>Recompute when a hyperparameter, the surface or the focus changes</source>
        <translation>하이퍼파라미터, 곡면 또는 선택이 바뀌면 다시 계산</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>비교하기…</translation>
    </message>
    <message>
        <source>The focused optimizer&apos;s map beside another optimizer&apos;s</source>
        <translation>선택한 옵티마이저의 지도를 다른 옵티마이저의 지도 옆에</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>색 기준</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작점</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;{1}, {2}² starts x {3} steps</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;{1}, 시작점 {2}²개 × {3}스텝</translation>
    </message>
    <message>
        <source>No map yet: press B or Compute</source>
        <translation>아직 지도가 없습니다: B 또는 [계산]을 누르세요</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <source>Out of date: {0}</source>
        <translation>최신이 아님: {0}</translation>
    </message>
    <message>
        <source>{0} (log scale)</source>
        <translation>{0} (로그 눈금)</translation>
    </message>
</context>
<context>
    <name>BasinToast</name>
    <message>
        <source>Basin map of {0}: computing</source>
        <translation>{0}의 끌림 영역 지도: 계산 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Basin map of {0} is out of date: {1}</source>
        <translation>{0}의 끌림 영역 지도가 최신이 아닙니다: {1}</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
</context>
<context>
    <name>ContourCanvas</name>
    <message>
        <source>f − f_min  (log scale)</source>
        <translation>f − f_min  (로그 눈금)</translation>
    </message>
    <message>
        <source>{0}, clipped above {1}</source>
        <translation>{0}, {1}보다 큰 값은 잘라냄</translation>
    </message>
</context>
<context>
    <name>CostAxisFeature</name>
    <message>
        <source>&amp;Count cost in</source>
        <translation>비용 세는 단위(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>스텝(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Gradient evaluations</source>
        <translation>기울기 평가(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Function evaluations</source>
        <translation>함수 평가(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Hessian evaluations</source>
        <translation>헤세 행렬 평가(&amp;H)</translation>
    </message>
    <message>
        <source>Engine &amp;time</source>
        <translation>엔진 시간(&amp;T)</translation>
    </message>
    <message>
        <source>The loss plot counts steps</source>
        <translation>손실 그래프가 스텝을 셉니다</translation>
    </message>
    <message>
        <source>The loss plot counts points at which the gradient was asked (line-search probes too)</source>
        <translation>손실 그래프가 기울기를 요청한 점의 수를 셉니다 (선 탐색의 시험점 포함)</translation>
    </message>
    <message>
        <source>The loss plot counts points at which the function was asked</source>
        <translation>손실 그래프가 함숫값을 요청한 점의 수를 셉니다</translation>
    </message>
    <message>
        <source>The loss plot counts points at which the Hessian was asked</source>
        <translation>손실 그래프가 헤세 행렬을 요청한 점의 수를 셉니다</translation>
    </message>
    <message>
        <source>The loss plot counts the engine&apos;s wall-clock time for each racer</source>
        <translation>손실 그래프가 참가자마다 엔진이 실제로 쓴 시간을 셉니다</translation>
    </message>
    <message>
        <source>&amp;Next cost</source>
        <translation>다음 비용 단위(&amp;N)</translation>
    </message>
    <message>
        <source>Count the next cost: steps, gradient, function, Hessian evaluations, engine time ({key})</source>
        <translation>다음 비용 단위로 세기: 스텝, 기울기·함수·헤세 행렬 평가, 엔진 시간 ({key})</translation>
    </message>
    <message>
        <source>Loss plot counts: {what}</source>
        <translation>손실 그래프의 단위: {what}</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>&lt;i&gt;No data: pick linear_regression, logistic_regression or tiny_network&lt;/i&gt;</source>
        <translation>&lt;i&gt;데이터 없음: linear_regression, logistic_regression 또는 tiny_network를 고르세요&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No optimizer in focus&lt;/i&gt;</source>
        <translation>&lt;i&gt;선택된 옵티마이저 없음&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: not racing (tick it to race)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: 경주 안 함 (체크하면 경주)</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>스텝 {0}</translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation>에포크 {0:.2f}</translation>
    </message>
    <message>
        <source>best fit</source>
        <translation>최적 적합</translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation>배치 {0}/{1}</translation>
    </message>
</context>
<context>
    <name>DataViewFeature</name>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>&amp;Data view</source>
        <translation>데이터 보기(&amp;D)</translation>
    </message>
    <message>
        <source>The data and the focused optimizer&apos;s model at the step shown (data surfaces)</source>
        <translation>보이는 스텝에서의 데이터와 선택한 옵티마이저의 모델 (데이터 곡면)</translation>
    </message>
    <message>
        <source>Gradient &amp;fan (per-example gradients)</source>
        <translation>기울기 부채(&amp;F) (예제별 기울기)</translation>
    </message>
    <message>
        <source>Every example&apos;s gradient at the focused point, this step&apos;s minibatch highlighted, their mean (the full gradient) bold (data surfaces)</source>
        <translation>선택한 점에서 각 예제의 기울기: 이번 스텝의 미니배치는 강조, 평균(전체 기울기)은 굵게 (데이터 곡면)</translation>
    </message>
    <message>
        <source>Loss plot in &amp;epochs</source>
        <translation>손실 그래프를 에포크 단위로(&amp;E)</translation>
    </message>
    <message>
        <source>Count epochs instead of steps on the loss plot (data surfaces)</source>
        <translation>손실 그래프에서 스텝 대신 에포크를 셉니다 (데이터 곡면)</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>a loss, e.g. 0.001</source>
        <translation>손실 값, 예: 0.001</translation>
    </message>
    <message>
        <source>a point, e.g. [1, 1]</source>
        <translation>점, 예: [1, 1]</translation>
    </message>
    <message>
        <source>true (which) or a lane&apos;s index (yes/no)</source>
        <translation>true (which) 또는 레인 번호 (yes/no)</translation>
    </message>
    <message>
        <source>a lane&apos;s index, e.g. 0</source>
        <translation>레인 번호, 예: 0</translation>
    </message>
    <message>
        <source>Add current setup</source>
        <translation>현재 설정 추가</translation>
    </message>
    <message>
        <source>The map&apos;s race as it is now, as a new slide after this one</source>
        <translation>지금 지도의 경주를 이 슬라이드 뒤의 새 슬라이드로</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>(the setup&apos;s title)</source>
        <translation>(설정의 제목)</translation>
    </message>
    <message>
        <source>(the setup&apos;s caption)</source>
        <translation>(설정의 설명문)</translation>
    </message>
    <message>
        <source>Speaker notes: only the notes window shows them</source>
        <translation>발표자 노트: 노트 창에만 표시됩니다</translation>
    </message>
    <message>
        <source>Question (predict, then reveal)</source>
        <translation>질문 (예측한 뒤 공개)</translation>
    </message>
    <message>
        <source>Which optimizer reaches the minimum first?</source>
        <translation>어느 옵티마이저가 최솟값에 먼저 도달할까요?</translation>
    </message>
    <message>
        <source>Why: shown in the caption after the race</source>
        <translation>이유: 경주가 끝난 뒤 설명문에 표시</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명문</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>노트</translation>
    </message>
</context>
<context>
    <name>DeckFeature</name>
    <message>
        <source>&amp;Deck</source>
        <translation>덱(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next slide</source>
        <translation>다음 슬라이드(&amp;N)</translation>
    </message>
    <message>
        <source>The next slide, paused with its caption (a clicker&apos;s forward button)</source>
        <translation>다음 슬라이드를 설명문과 함께 멈춘 상태로 (프레젠터의 앞으로 버튼)</translation>
    </message>
    <message>
        <source>&amp;Previous slide</source>
        <translation>이전 슬라이드(&amp;P)</translation>
    </message>
    <message>
        <source>The previous slide (a clicker&apos;s back button)</source>
        <translation>이전 슬라이드 (프레젠터의 뒤로 버튼)</translation>
    </message>
    <message>
        <source>&amp;First slide</source>
        <translation>첫 슬라이드(&amp;F)</translation>
    </message>
    <message>
        <source>Home while a deck is open</source>
        <translation>덱이 열려 있을 때 Home</translation>
    </message>
    <message>
        <source>&amp;Last slide</source>
        <translation>마지막 슬라이드(&amp;L)</translation>
    </message>
    <message>
        <source>End while a deck is open</source>
        <translation>덱이 열려 있을 때 End</translation>
    </message>
    <message>
        <source>&amp;Black screen</source>
        <translation>검은 화면(&amp;B)</translation>
    </message>
    <message>
        <source>Blank the map to black and back (. or, with a deck open, B)</source>
        <translation>지도를 검게 가렸다가 되돌립니다 (. 또는 덱이 열려 있으면 B)</translation>
    </message>
    <message>
        <source>Speaker &amp;notes window</source>
        <translation>발표자 노트 창(&amp;N)</translation>
    </message>
    <message>
        <source>The slide&apos;s notes in a window of their own (for the laptop screen while the map is on the projector)</source>
        <translation>슬라이드 노트를 별도 창에 (지도는 프로젝터에, 노트는 노트북 화면에)</translation>
    </message>
    <message>
        <source>Open the &amp;course deck</source>
        <translation>강의 덱 열기(&amp;C)</translation>
    </message>
    <message>
        <source>The built-in lecture: the scenarios in teaching order, with questions</source>
        <translation>내장 강의: 가르치는 순서대로 놓인 시나리오와 질문</translation>
    </message>
    <message>
        <source>&amp;Close deck</source>
        <translation>덱 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>덱</translation>
    </message>
    <message>
        <source>Deck &amp;editor</source>
        <translation>덱 편집기(&amp;E)</translation>
    </message>
    <message>
        <source>The course deck could not be read: {0}</source>
        <translation>강의 덱을 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Slide {0} could not be shown: {1}</source>
        <translation>슬라이드 {0}을(를) 표시할 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Slide {0} of {1}: {2}. Space plays.</source>
        <translation>슬라이드 {0}/{1}: {2}. Space로 재생합니다.</translation>
    </message>
</context>
<context>
    <name>DeckFiles</name>
    <message>
        <source>Open &amp;deck…</source>
        <translation>덱 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>A lecture: slides of setups with captions, notes and questions</source>
        <translation>강의: 설명문·노트·질문이 붙은 설정들의 슬라이드</translation>
    </message>
    <message>
        <source>Open recent dec&amp;k</source>
        <translation>최근 덱 열기(&amp;K)</translation>
    </message>
    <message>
        <source>Save dec&amp;k</source>
        <translation>덱 저장(&amp;K)</translation>
    </message>
    <message>
        <source>Save deck a&amp;s…</source>
        <translation>다른 이름으로 덱 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Export deck &amp;report (CSV)…</source>
        <translation>덱 보고서 내보내기(&amp;R) (CSV)…</translation>
    </message>
    <message>
        <source>Each question of the deck, its answer rule and the hands typed for each choice</source>
        <translation>덱의 각 질문, 정답 규칙, 선택지마다 입력한 손 든 사람 수</translation>
    </message>
    <message>
        <source>The deck</source>
        <translation>덱</translation>
    </message>
    <message>
        <source>{0} has changes that are not saved.

Save them before going on?</source>
        <translation>{0}에 저장하지 않은 변경 사항이 있습니다.

계속하기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>Unsaved deck</source>
        <translation>저장하지 않은 덱</translation>
    </message>
    <message>
        <source>Open deck</source>
        <translation>덱 열기</translation>
    </message>
    <message>
        <source>Could not open deck</source>
        <translation>덱을 열 수 없습니다</translation>
    </message>
    <message>
        <source>{0}

The file no longer exists.</source>
        <translation>{0}

파일이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>at {0}: </source>
        <translation>{0}에서: </translation>
    </message>
    <message>
        <source>{0} is not a deck this program can open.

{1}{2}

Nothing was changed.</source>
        <translation>{0}은(는) 이 프로그램이 열 수 있는 덱이 아닙니다.

{1}{2}

아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Save deck</source>
        <translation>덱 저장</translation>
    </message>
    <message>
        <source>Could not save deck</source>
        <translation>덱을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved deck {0}</source>
        <translation>덱 {0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Export deck report</source>
        <translation>덱 보고서 내보내기</translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>보고서를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Wrote the deck&apos;s report {0}</source>
        <translation>덱 보고서 {0}을(를) 썼습니다</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Optimizer Playground: unexpected error</source>
        <translation>Optimizer Playground: 예기치 않은 오류</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>(This has happened {0} times.)</source>
        <translation>(이 오류가 {0}번 일어났습니다.)</translation>
    </message>
    <message>
        <source>Something went wrong, but the playground keeps running.

{0}{1}

The full traceback was printed to the terminal.</source>
        <translation>문제가 생겼지만 프로그램은 계속 실행됩니다.

{0}{1}

전체 트레이스백은 터미널에 출력했습니다.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIF 애니메이션</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 동영상</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <source>trajectories (CSV)</source>
        <translation>궤적 (CSV)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>trajectories (JSON)</source>
        <translation>궤적 (JSON)</translation>
    </message>
    <message>
        <source>Export &amp;image (PNG)…</source>
        <translation>이미지 내보내기(&amp;I) (PNG)…</translation>
    </message>
    <message>
        <source>Save the map as shown, with a legend, as a PNG image</source>
        <translation>보이는 그대로의 지도를 범례와 함께 PNG 이미지로 저장</translation>
    </message>
    <message>
        <source>Export &amp;GIF…</source>
        <translation>GIF 내보내기(&amp;G)…</translation>
    </message>
    <message>
        <source>Record the race as an animated GIF (for slides)</source>
        <translation>경주를 GIF 애니메이션으로 녹화 (슬라이드용)</translation>
    </message>
    <message>
        <source>Export &amp;MP4…</source>
        <translation>MP4 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>Record the race as an MP4 video</source>
        <translation>경주를 MP4 동영상으로 녹화</translation>
    </message>
    <message>
        <source>Export trajectories as &amp;CSV…</source>
        <translation>궤적을 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Every step of every optimizer: point, loss, gradient norm</source>
        <translation>모든 옵티마이저의 모든 스텝: 점, 손실, 기울기 노름</translation>
    </message>
    <message>
        <source>Export trajectories as &amp;JSON…</source>
        <translation>궤적을 JSON으로 내보내기(&amp;J)…</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>{0} 내보내기</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Could not export {0}.

{1}</source>
        <translation>{0}을(를) 내보낼 수 없습니다.

{1}</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>Scale (× screen size):</source>
        <translation>배율 (× 화면 크기):</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>A recording is already running</source>
        <translation>이미 녹화 중입니다</translation>
    </message>
    <message>
        <source>Saved {0} ({1} frames{2})</source>
        <translation>{0}을(를) 저장했습니다 ({1}프레임{2})</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was saved</source>
        <translation>녹화를 취소했습니다: 아무것도 저장하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>Optimizer Playground setup (*.json);;All files (*)</source>
        <translation>Optimizer Playground 설정 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;New (start clean)</source>
        <translation>새로 만들기(&amp;N) (깨끗하게 시작)</translation>
    </message>
    <message>
        <source>The default surface and optimizers, nothing from before</source>
        <translation>기본 곡면과 옵티마이저, 이전 것은 모두 비움</translation>
    </message>
    <message>
        <source>&amp;Open setup…</source>
        <translation>설정 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save setup</source>
        <translation>설정 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save surface, optimizers, start point and view to a JSON file</source>
        <translation>곡면, 옵티마이저, 시작점, 보기를 JSON 파일로 저장</translation>
    </message>
    <message>
        <source>Save setup &amp;as…</source>
        <translation>다른 이름으로 설정 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>New setup: the defaults</source>
        <translation>새 설정: 기본값</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <source>Could not open setup</source>
        <translation>설정을 열 수 없습니다</translation>
    </message>
    <message>
        <source>{0}

The file no longer exists.</source>
        <translation>{0}

파일이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>at {0}: </source>
        <translation>{0}에서: </translation>
    </message>
    <message>
        <source>{0} is not a setup this program can open.

{1}{2}

Nothing was changed.</source>
        <translation>{0}은(는) 이 프로그램이 열 수 있는 설정이 아닙니다.

{1}{2}

아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <source>Could not save setup</source>
        <translation>설정을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>The last session&apos;s setup was not restored ({0}); starting clean</source>
        <translation>지난 세션의 설정을 복원하지 못했습니다 ({0}). 깨끗하게 시작합니다</translation>
    </message>
    <message>
        <source>The last session&apos;s setup is back (File → New starts clean)</source>
        <translation>지난 세션의 설정을 되살렸습니다 (파일 → 새로 만들기로 깨끗하게 시작)</translation>
    </message>
</context>
<context>
    <name>FormulaEntry</name>
    <message>
        <source>Custom formula…</source>
        <translation>사용자 수식…</translation>
    </message>
    <message>
        <source>Two minima, one deeper</source>
        <translation>최솟값 두 개, 하나가 더 깊음</translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s banana</source>
        <translation>Rosenbrock의 바나나</translation>
    </message>
    <message>
        <source>Egg crate in a bowl</source>
        <translation>그릇 속 달걀판</translation>
    </message>
    <message>
        <source>Saddle with walls</source>
        <translation>벽이 있는 안장</translation>
    </message>
    <message>
        <source>A kink: |x| + |y|</source>
        <translation>꺾인 점: |x| + |y|</translation>
    </message>
    <message>
        <source>Three-hump camel</source>
        <translation>세 혹 낙타</translation>
    </message>
    <message>
        <source>&lt;b&gt;A formula in x and y&lt;/b&gt;&lt;br&gt;numbers, x, y, the constants {0}&lt;br&gt;operators + − * / and ** or ^ (power), parentheses, unary minus&lt;br&gt;functions: {1} (min and max take two or more arguments)&lt;br&gt;multiplication must be written: 3*x, not 3x&lt;br&gt;&lt;i&gt;e.g.&lt;/i&gt; &lt;code&gt;x**4 - 2*x**2 + y**2&lt;/code&gt;, &lt;code&gt;0.1*(x^2 + y^2) + sin(3*x)&lt;/code&gt;</source>
        <translation>&lt;b&gt;x와 y의 수식&lt;/b&gt;&lt;br&gt;숫자, x, y, 상수 {0}&lt;br&gt;연산자 + − * / 와 ** 또는 ^ (거듭제곱), 괄호, 단항 마이너스&lt;br&gt;함수: {1} (min과 max는 인수 두 개 이상)&lt;br&gt;곱셈은 써야 합니다: 3x가 아니라 3*x&lt;br&gt;&lt;i&gt;예:&lt;/i&gt; &lt;code&gt;x**4 - 2*x**2 + y**2&lt;/code&gt;, &lt;code&gt;0.1*(x^2 + y^2) + sin(3*x)&lt;/code&gt;</translation>
    </message>
    <message>
        <source>f(x, y), e.g. x**2 + 10*y**2</source>
        <translation>f(x, y), 예: x**2 + 10*y**2</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>{0} from</source>
        <translation>{0} 범위</translation>
    </message>
    <message>
        <source>The window&apos;s {0}: where the map is drawn and minima are searched</source>
        <translation>창의 {0}: 지도를 그리고 최솟값을 찾는 범위</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Draw this surface and race on it (Enter)</source>
        <translation>이 곡면을 그리고 그 위에서 경주 (Enter)</translation>
    </message>
    <message>
        <source>1 minimum</source>
        <translation>최솟값 1개</translation>
    </message>
    <message>
        <source>{0} minima</source>
        <translation>최솟값 {0}개</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>최솟값 없음</translation>
    </message>
    <message>
        <source>✓ valid: {0} in the window</source>
        <translation>✓ 올바름: 창 안에 {0}</translation>
    </message>
</context>
<context>
    <name>HessianProbe</name>
    <message>
        <source>minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>안장점</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>평평함</translation>
    </message>
    <message>
        <source>minimum
(∇f ≈ 0, both λ &gt; 0)</source>
        <translation>최솟값
(∇f ≈ 0, 두 λ 모두 &gt; 0)</translation>
    </message>
    <message>
        <source>saddle point
(∇f ≈ 0, λ₁ &lt; 0 &lt; λ₂)</source>
        <translation>안장점
(∇f ≈ 0, λ₁ &lt; 0 &lt; λ₂)</translation>
    </message>
    <message>
        <source>maximum
(∇f ≈ 0, both λ &lt; 0)</source>
        <translation>최댓값
(∇f ≈ 0, 두 λ 모두 &lt; 0)</translation>
    </message>
    <message>
        <source>flat stationary point
(∇f ≈ 0, a λ ≈ 0)</source>
        <translation>평평한 정류점
(∇f ≈ 0, λ 하나가 ≈ 0)</translation>
    </message>
    <message>
        <source>curvature here:
convex (both λ &gt; 0)</source>
        <translation>여기의 곡률:
볼록 (두 λ 모두 &gt; 0)</translation>
    </message>
    <message>
        <source>curvature here:
saddle-shaped (λ₁ &lt; 0 &lt; λ₂)</source>
        <translation>여기의 곡률:
안장 모양 (λ₁ &lt; 0 &lt; λ₂)</translation>
    </message>
    <message>
        <source>curvature here:
concave (both λ &lt; 0)</source>
        <translation>여기의 곡률:
오목 (두 λ 모두 &lt; 0)</translation>
    </message>
    <message>
        <source>curvature here:
flat along one direction (a λ ≈ 0)</source>
        <translation>여기의 곡률:
한 방향으로 평평 (λ 하나가 ≈ 0)</translation>
    </message>
    <message>
        <source>Hessian not finite here</source>
        <translation>여기서는 헤세 행렬이 유한하지 않음</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>고정됨</translation>
    </message>
    <message>
        <source>at the cursor</source>
        <translation>커서 위치</translation>
    </message>
    <message>
        <source>{0}
κ = {1}
({2})</source>
        <translation>{0}
κ = {1}
({2})</translation>
    </message>
</context>
<context>
    <name>LanguageFeature</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes to {0} at the next start</source>
        <translation>다음 시작 때 언어가 {0}(으)로 바뀝니다</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The program will be in {0} from its next start.

Restart now? (The current setup comes back.)</source>
        <translation>다음 시작부터 프로그램이 {0}(으)로 표시됩니다.

지금 다시 시작할까요? (현재 설정은 그대로 돌아옵니다.)</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Could not restart: please start the program again</source>
        <translation>다시 시작할 수 없습니다: 프로그램을 다시 실행해 주세요</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>f − f*  (log scale)</source>
        <translation>f − f*  (로그 눈금)</translation>
    </message>
    <message>
        <source>loss f</source>
        <translation>손실 f</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>gradient evaluations</source>
        <translation>기울기 평가 횟수</translation>
    </message>
    <message>
        <source>function evaluations</source>
        <translation>함수 평가 횟수</translation>
    </message>
    <message>
        <source>Hessian evaluations</source>
        <translation>헤세 행렬 평가 횟수</translation>
    </message>
    <message>
        <source>engine time (s)</source>
        <translation>엔진 시간 (초)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Show loss &amp;plot</source>
        <translation>손실 그래프 보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Play or pause the race (Space)</source>
        <translation>경주 재생 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>한 스텝(&amp;S)</translation>
    </message>
    <message>
        <source>One step (Right arrow)</source>
        <translation>한 스텝 (오른쪽 화살표)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>처음으로(&amp;R)</translation>
    </message>
    <message>
        <source>Restart every optimizer from the start point (R)</source>
        <translation>모든 옵티마이저를 시작점에서 다시 출발 (R)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>빠르게(&amp;F)</translation>
    </message>
    <message>
        <source>Double the speed</source>
        <translation>속도 두 배</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>느리게(&amp;L)</translation>
    </message>
    <message>
        <source>Halve the speed</source>
        <translation>속도 절반</translation>
    </message>
    <message>
        <source>&amp;Fit window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Show the surface&apos;s whole window (F)</source>
        <translation>곡면의 창 전체를 보기 (F)</translation>
    </message>
    <message>
        <source>&amp;Log-spaced contour levels</source>
        <translation>로그 간격 등고선(&amp;L)</translation>
    </message>
    <message>
        <source>Log-scale &amp;loss (f − f*)</source>
        <translation>로그 눈금 손실(&amp;L) (f − f*)</translation>
    </message>
    <message>
        <source>&amp;Thick trails (projector)</source>
        <translation>굵은 궤적(&amp;T) (프로젝터용)</translation>
    </message>
    <message>
        <source>3-pixel trails (2 by default): easier to see from the back of a room, slower to draw at top speed</source>
        <translation>3픽셀 궤적 (기본은 2픽셀): 강의실 뒤에서도 잘 보이지만 최고 속도에서는 그리기가 느립니다</translation>
    </message>
    <message>
        <source>Show &amp;panels</source>
        <translation>패널 보기(&amp;P)</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>전체 화면(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Optimizer Playground</source>
        <translation>Optimizer Playground 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Steps per second, 1 to 2,000 (log scale); [ and ] halve and double</source>
        <translation>초당 스텝 수, 1~2,000 (로그 눈금). [ 와 ] 로 절반·두 배</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> 스텝/초</translation>
    </message>
    <message>
        <source>Stop at step</source>
        <translation>멈출 스텝</translation>
    </message>
    <message>
        <source>The race pauses at this step</source>
        <translation>경주가 이 스텝에서 멈춥니다</translation>
    </message>
    <message>
        <source>step {0} / {1}</source>
        <translation>스텝 {0} / {1}</translation>
    </message>
    <message>
        <source>({0:,.0f} steps/s: the engine&apos;s limit here)</source>
        <translation>({0:,.0f} 스텝/초: 여기서는 엔진의 한계)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>About Optimizer Playground</source>
        <translation>Optimizer Playground 정보</translation>
    </message>
    <message>
        <source>Ignored damaged settings (defaults used instead): {0}</source>
        <translation>손상된 설정을 무시했습니다 (대신 기본값 사용): {0}</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <source>Speaker notes – Optimizer Playground</source>
        <translation>발표자 노트 – Optimizer Playground</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>No deck open</source>
        <translation>열린 덱 없음</translation>
    </message>
    <message>
        <source>{0} slides: none shown</source>
        <translation>슬라이드 {0}장: 표시 중인 것 없음</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>다음: {0}</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>마지막 슬라이드</translation>
    </message>
</context>
<context>
    <name>OpenGL</name>
    <message>
        <source>OpenGL is unavailable: PyOpenGL is not installed (pip install PyOpenGL)</source>
        <translation>OpenGL을 쓸 수 없습니다: PyOpenGL이 설치되지 않았습니다 (pip install PyOpenGL)</translation>
    </message>
    <message>
        <source>OpenGL is unavailable: no Qt application is running</source>
        <translation>OpenGL을 쓸 수 없습니다: 실행 중인 Qt 애플리케이션이 없습니다</translation>
    </message>
    <message>
        <source>OpenGL is unavailable on Qt&apos;s &apos;{0}&apos; platform (no display): the 3-D view needs a real or virtual X display (xvfb-run)</source>
        <translation>Qt의 &apos;{0}&apos; 플랫폼에서는 OpenGL을 쓸 수 없습니다 (디스플레이 없음): 3D 보기에는 실제 또는 가상 X 디스플레이가 필요합니다 (xvfb-run)</translation>
    </message>
    <message>
        <source>OpenGL is unavailable: no OpenGL context could be created</source>
        <translation>OpenGL을 쓸 수 없습니다: OpenGL 컨텍스트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>OpenGL is unavailable: the OpenGL context cannot be made current</source>
        <translation>OpenGL을 쓸 수 없습니다: OpenGL 컨텍스트를 활성화할 수 없습니다</translation>
    </message>
    <message>
        <source>OpenGL is unavailable: only OpenGL ES {0}.{1} (desktop OpenGL 2.1 needed)</source>
        <translation>OpenGL을 쓸 수 없습니다: OpenGL ES {0}.{1}뿐입니다 (데스크톱 OpenGL 2.1 필요)</translation>
    </message>
    <message>
        <source>OpenGL {0}.{1} is too old: the 3-D view needs OpenGL 2.1</source>
        <translation>OpenGL {0}.{1}은(는) 너무 오래되었습니다: 3D 보기에는 OpenGL 2.1이 필요합니다</translation>
    </message>
</context>
<context>
    <name>OptimizerList</name>
    <message>
        <source>Add instance</source>
        <translation>인스턴스 추가</translation>
    </message>
    <message>
        <source>Race another copy of the selected optimizer, with its current settings</source>
        <translation>선택한 옵티마이저의 복사본을 현재 설정 그대로 하나 더 경주에</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected added instance</source>
        <translation>선택한 추가 인스턴스 제거</translation>
    </message>
    <message>
        <source>{0}: tick to race, select to tune</source>
        <translation>{0}: 체크하면 경주, 선택하면 조정</translation>
    </message>
</context>
<context>
    <name>OptimizerPanel</name>
    <message>
        <source>&lt;b&gt;No optimizer selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;선택된 옵티마이저 없음&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tick an optimizer in the list to race it; select it to tune it here.</source>
        <translation>목록에서 옵티마이저를 체크하면 경주에 나가고, 선택하면 여기서 조정합니다.</translation>
    </message>
    <message>
        <source>Reset to suggested</source>
        <translation>권장값으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>Overlays</name>
    <message>
        <source>&amp;Gradient step −η∇f (red)</source>
        <translation>기울기 스텝(&amp;G) −η∇f (빨강)</translation>
    </message>
    <message>
        <source>&amp;Velocity / first moment (green)</source>
        <translation>속도 / 1차 모멘트(&amp;V) (초록)</translation>
    </message>
    <message>
        <source>&amp;Step taken (blue)</source>
        <translation>실제 이동(&amp;S) (파랑)</translation>
    </message>
    <message>
        <source>Nesterov &amp;look-ahead point</source>
        <translation>Nesterov 앞보기 점(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Effective-step ellipse (AdaGrad, RMSProp, Adam)</source>
        <translation>유효 스텝 타원(&amp;E) (AdaGrad, RMSProp, Adam)</translation>
    </message>
    <message>
        <source>&amp;Newton&apos;s quadratic model</source>
        <translation>Newton의 2차 모델(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;BFGS inverse-Hessian ellipse</source>
        <translation>BFGS 역헤세 행렬 타원(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Hessian eigen-directions at the cursor</source>
        <translation>커서 위치의 헤세 행렬 고유 방향(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Polyak average</source>
        <translation>Polyak 평균(&amp;P)</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>where {0}&apos;s step started</source>
        <translation>{0}의 스텝이 시작된 곳</translation>
    </message>
    <message>
        <source>{0}&apos;s start</source>
        <translation>{0}의 시작점</translation>
    </message>
    <message>
        <source>{0} converged at step {1}: it has stopped, so its arrows are at true size (too small to see)</source>
        <translation>{0}은(는) 스텝 {1}에서 수렴해 멈췄으므로 화살표가 실제 크기입니다 (너무 작아 보이지 않음)</translation>
    </message>
    <message>
        <source>{0} diverged at step {1}: it has stopped, so its arrows are at true size</source>
        <translation>{0}은(는) 스텝 {1}에서 발산해 멈췄으므로 화살표가 실제 크기입니다</translation>
    </message>
    <message>
        <source>no {0} for {1}</source>
        <translation>{1}에는 {0} 없음</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: not racing (tick it to race)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: 경주 안 함 (체크하면 경주)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, step {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, 스텝 {1}</translation>
    </message>
    <message>
        <source>  (arrows and ellipses from the first step on)</source>
        <translation>  (화살표와 타원은 첫 스텝부터)</translation>
    </message>
    <message>
        <source>true size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <source>arrows {0}</source>
        <translation>화살표 {0}</translation>
    </message>
    <message>
        <source>effective step per coordinate</source>
        <translation>좌표별 유효 스텝</translation>
    </message>
    <message>
        <source>same η, not per coordinate</source>
        <translation>같은 η, 좌표별이 아님</translation>
    </message>
    <message>
        <source>Newton&apos;s quadratic model, × its stationary point</source>
        <translation>Newton의 2차 모델, × 그 정류점</translation>
    </message>
    <message>
        <source>BFGS&apos;s H⁻¹ estimate</source>
        <translation>BFGS의 H⁻¹ 추정</translation>
    </message>
    <message>
        <source>true H⁻¹</source>
        <translation>실제 H⁻¹</translation>
    </message>
    <message>
        <source>Hessian eigen-directions (dashed: λ &amp;lt; 0); right click pins a point</source>
        <translation>헤세 행렬 고유 방향 (점선: λ &amp;lt; 0). 오른쪽 클릭으로 점 고정</translation>
    </message>
    <message>
        <source>Polyak average after step {0}</source>
        <translation>스텝 {0} 이후 Polyak 평균</translation>
    </message>
    <message>
        <source>Polyak average</source>
        <translation>Polyak 평균</translation>
    </message>
    <message>
        <source>Nesterov&apos;s look-ahead point</source>
        <translation>Nesterov 앞보기 점</translation>
    </message>
</context>
<context>
    <name>OverlaysFeature</name>
    <message>
        <source>&amp;Overlays</source>
        <translation>오버레이(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Hide all overlays</source>
        <translation>오버레이 모두 숨기기(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ParameterTree</name>
    <message>
        <source>Parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>PhaseDiagram</name>
    <message>
        <source>No lane in focus.</source>
        <translation>선택된 레인이 없습니다.</translation>
    </message>
    <message>
        <source>★ tuned η = {lr}, ρ = {rate} · grey diverges</source>
        <translation>★ 최적 η = {lr}, ρ = {rate} · 회색은 발산</translation>
    </message>
    <message>
        <source>Gradient descent: the predicted rate ρ against η (log scale); grey from η = 2/λmax on, where ρ ≥ 1 and it diverges. The star is the tuned η = 2/(λ₁ + λ₂). Drag the dot to set the lane&apos;s η while it races.</source>
        <translation>경사 하강법: η(로그 눈금)에 따른 예측 수렴률 ρ. η = 2/λmax부터는 ρ ≥ 1이 되어 발산하므로 회색입니다. 별은 최적 조정 η = 2/(λ₁ + λ₂)입니다. 점을 끌면 경주 중에도 레인의 η를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Heavy ball</source>
        <translation>Heavy ball</translation>
    </message>
    <message>
        <source>★ {title}: η = {lr}, μ = {mu}, ρ = {rate} · grey diverges</source>
        <translation>★ {title}: η = {lr}, μ = {mu}, ρ = {rate} · 회색은 발산</translation>
    </message>
    <message>
        <source>{title}: the predicted rate ρ over η (log scale) and μ for the local quadratic model; colour −log(1 − ρ): bright converges in few steps, dark in many, grey ρ ≥ 1 diverges. The star is the optimum; drag the dot to set the lane&apos;s η and μ while it races.</source>
        <translation>{title}: 국소 2차 모델에서 η(로그 눈금)와 μ에 따른 예측 수렴률 ρ. 색은 −log(1 − ρ)이며, 밝을수록 적은 스텝에, 어두울수록 많은 스텝에 수렴하고, 회색(ρ ≥ 1)은 발산합니다. 별은 최적점입니다. 점을 끌면 경주 중에도 레인의 η와 μ를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
    <message>
        <source>μ</source>
        <translation>μ</translation>
    </message>
    <message>
        <source>η (log scale)</source>
        <translation>η (로그 눈금)</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>P&amp;resenter</source>
        <translation>발표(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Canvas only (hide panels)</source>
        <translation>지도만 보기(&amp;C) (패널 숨김)</translation>
    </message>
    <message>
        <source>Only the map: for presenting (Esc returns)</source>
        <translation>지도만: 발표용 (Esc로 돌아옴)</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation>고대비 테마(&amp;H)</translation>
    </message>
    <message>
        <source>Black, white and yellow, bigger markers: for projectors</source>
        <translation>검정·흰색·노랑, 더 큰 표식: 프로젝터용</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>글자 크게(&amp;L)</translation>
    </message>
    <message>
        <source>Scale the whole UI up</source>
        <translation>화면 전체 확대</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <source>Scale the whole UI down</source>
        <translation>화면 전체 축소</translation>
    </message>
    <message>
        <source>&amp;Reset text size</source>
        <translation>글자 크기 되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>Leave canvas-only and full screen</source>
        <translation>지도만 보기와 전체 화면에서 나가기</translation>
    </message>
</context>
<context>
    <name>ProjectorFeature</name>
    <message>
        <source>&amp;Projector layout (map first)</source>
        <translation>프로젝터 배치(&amp;P) (지도 우선)</translation>
    </message>
    <message>
        <source>Only the map, the timeline and a one-line race strip: for a 1280x720 projector (F9 again brings the panels back)</source>
        <translation>지도, 타임라인, 한 줄짜리 경주 띠만 표시: 1280x720 프로젝터용 (F9를 다시 누르면 패널이 돌아옵니다)</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>hands</source>
        <translation>손</translation>
    </message>
    <message>
        <source>How many hands went up for this choice (goes into the deck&apos;s report)</source>
        <translation>이 선택지에 손을 든 사람 수 (덱 보고서에 들어감)</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ 정답</translation>
    </message>
</context>
<context>
    <name>QuestionFlow</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Click on the map where you think it ends ({0} guesses so far). Space plays and reveals.</source>
        <translation>끝날 것 같은 곳을 지도에서 클릭하세요 (지금까지 예측 {0}개). Space로 재생하고 공개합니다.</translation>
    </message>
    <message>
        <source>Ask the room, type the hands if you like. Space plays and reveals.</source>
        <translation>강의실에 물어보고, 원하면 손 든 사람 수를 입력하세요. Space로 재생하고 공개합니다.</translation>
    </message>
    <message>
        <source>Racing… the answer shows when the race is over.</source>
        <translation>경주 중… 경주가 끝나면 정답이 나옵니다.</translation>
    </message>
    <message>
        <source>The question has no answer for this race ({0})</source>
        <translation>이 경주에서는 질문의 정답이 없습니다 ({0})</translation>
    </message>
    <message>
        <source>The answer is marked; the caption explains it.</source>
        <translation>정답이 표시되었습니다. 설명문이 이유를 설명합니다.</translation>
    </message>
    <message>
        <source>Best guess scores {0:.0%} (1 = on the spot, 0 = a quarter of the map away)</source>
        <translation>가장 좋은 예측 점수 {0:.0%} (1 = 정확히 그 자리, 0 = 지도의 4분의 1만큼 떨어짐)</translation>
    </message>
    <message>
        <source>{0} of {1} hands were right ({2:.0%})</source>
        <translation>손 {1}개 중 {0}개가 정답 ({2:.0%})</translation>
    </message>
</context>
<context>
    <name>RaceModel</name>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>not racing</source>
        <translation>경주 안 함</translation>
    </message>
    <message>
        <source>at step limit</source>
        <translation>스텝 한도 도달</translation>
    </message>
    <message>
        <source>running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>수렴</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>{0} at step {1}</source>
        <translation>스텝 {1}에서 {0}</translation>
    </message>
    <message>
        <source>∇f evals</source>
        <translation>∇f 평가</translation>
    </message>
    <message>
        <source>f evals</source>
        <translation>f 평가</translation>
    </message>
    <message>
        <source>∇²f evals</source>
        <translation>∇²f 평가</translation>
    </message>
    <message>
        <source>engine ms</source>
        <translation>엔진 ms</translation>
    </message>
    <message>
        <source>What each racer has cost so far: points at which it asked for the function, its gradient or its Hessian, or the engine&apos;s time (the loss plot counts the same)</source>
        <translation>각 참가자가 지금까지 든 비용: 함숫값, 기울기 또는 헤세 행렬을 요청한 점의 수, 또는 엔진 시간 (손실 그래프도 같은 것을 셉니다)</translation>
    </message>
    <message>
        <source>f: {v}, ∇f: {g}, ∇²f: {h} evaluations; engine {ms:.1f} ms</source>
        <translation>평가 횟수 f: {v}, ∇f: {g}, ∇²f: {h} · 엔진 {ms:.1f} ms</translation>
    </message>
</context>
<context>
    <name>RaceRecorder</name>
    <message>
        <source>step {0}</source>
        <translation>스텝 {0}</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>A GIF of {0} frames at {1}x{2} needs about {3:.1f} GB of memory while it is encoded; choose a smaller size, a shorter duration or a lower frame rate, or record an MP4</source>
        <translation>{1}x{2} 크기 {0}프레임의 GIF는 인코딩하는 동안 약 {3:.1f} GB의 메모리가 필요합니다. 더 작은 크기, 더 짧은 길이, 더 낮은 프레임 속도를 고르거나 MP4로 녹화하세요</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>{0} 내보내기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Race again from the start point</source>
        <translation>시작점에서 다시 경주</translation>
    </message>
    <message>
        <source>What is already computed (steps 0 to {0})</source>
        <translation>이미 계산된 부분 (스텝 0~{0})</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 스텝</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>The 3-D view, from its camera</source>
        <translation>3D 보기, 현재 카메라 시점</translation>
    </message>
    <message>
        <source>Slow camera orbit (a quarter turn over the race)</source>
        <translation>느린 카메라 회전 (경주 동안 4분의 1 바퀴)</translation>
    </message>
    <message>
        <source>The scenario&apos;s caption above the map</source>
        <translation>지도 위에 시나리오 설명문 넣기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>녹화</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명문</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source> The GIF will take about {0:.2f} MB.</source>
        <translation> GIF 크기는 약 {0:.2f} MB입니다.</translation>
    </message>
    <message>
        <source>{0} frames, one every {1} step(s), {2:.1f} s with a 1 s pause at the end (shorter if every optimizer stops before).</source>
        <translation>{0}프레임, {1}스텝마다 한 장, 끝에 1초 정지를 포함해 {2:.1f}초 (모든 옵티마이저가 먼저 멈추면 더 짧음).</translation>
    </message>
</context>
<context>
    <name>RecordingProgress</name>
    <message>
        <source>Recording {0}…</source>
        <translation>{0} 녹화 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export recording</source>
        <translation>녹화 내보내기</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소 중…</translation>
    </message>
    <message>
        <source>Recording {0}: frame {1} of {2}</source>
        <translation>{0} 녹화 중: 프레임 {1}/{2}</translation>
    </message>
    <message>
        <source>Encoding {0}…</source>
        <translation>{0} 인코딩 중…</translation>
    </message>
</context>
<context>
    <name>ScenarioMenu</name>
    <message>
        <source>&amp;Scenarios</source>
        <translation>시나리오(&amp;S)</translation>
    </message>
    <message>
        <source>Scenario {0}: {1}. Space plays.</source>
        <translation>시나리오 {0}: {1}. Space로 재생합니다.</translation>
    </message>
</context>
<context>
    <name>SharpnessPlot</name>
    <message>
        <source>λmax</source>
        <translation>λmax</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>limit/η</source>
        <translation>한계/η</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Left click on the map</source>
        <translation>지도에서 왼쪽 클릭</translation>
    </message>
    <message>
        <source>Start every optimizer there</source>
        <translation>모든 옵티마이저를 그곳에서 출발</translation>
    </message>
    <message>
        <source>Drag the start marker</source>
        <translation>시작 표식 끌기</translation>
    </message>
    <message>
        <source>Move the start point</source>
        <translation>시작점 옮기기</translation>
    </message>
    <message>
        <source>Drag on the map</source>
        <translation>지도에서 끌기</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>마우스 휠</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <source>Right click on the map</source>
        <translation>지도에서 오른쪽 클릭</translation>
    </message>
    <message>
        <source>Pin the Hessian probe there (again: follow the cursor)</source>
        <translation>헤세 행렬 탐침을 그곳에 고정 (한 번 더: 커서를 따라감)</translation>
    </message>
    <message>
        <source>Click on the loss plot</source>
        <translation>손실 그래프 클릭</translation>
    </message>
    <message>
        <source>Rewind to that step (Play returns to the live end)</source>
        <translation>그 스텝으로 되감기 (재생하면 실시간 끝으로 돌아감)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>SpecPanel</name>
    <message>
        <source>Clipping, schedule &amp; noise</source>
        <translation>클리핑, 스케줄, 잡음</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>{0} 중 하나</translation>
    </message>
    <message>
        <source>True or False</source>
        <translation>True 또는 False</translation>
    </message>
    <message>
        <source>range: {0}   default: {1}</source>
        <translation>범위: {0}   기본값: {1}</translation>
    </message>
    <message>
        <source>{0}&apos;s {1!r}: {2!r} is not a number</source>
        <translation>{0}의 {1!r}: {2!r}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>The old value is kept.</source>
        <translation>이전 값을 유지합니다.</translation>
    </message>
    <message>
        <source>examples per minibatch of this optimizer&apos;s gradients, drawn without replacement in shuffled epochs (1 to {0}; {0}: full-batch gradient descent)</source>
        <translation>이 옵티마이저의 기울기에 쓰는 미니배치당 예제 수, 섞인 에포크에서 비복원 추출 (1~{0}, {0}: 전체 배치 경사 하강법)</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Start point ({0}, {1})</source>
        <translation>시작점 ({0}, {1})</translation>
    </message>
    <message>
        <source>Surface: {0}</source>
        <translation>곡면: {0}</translation>
    </message>
    <message>
        <source>Step limit {0} reached</source>
        <translation>스텝 한도 {0}에 도달했습니다</translation>
    </message>
    <message>
        <source>Every optimizer has stopped (step {0})</source>
        <translation>모든 옵티마이저가 멈췄습니다 (스텝 {0})</translation>
    </message>
    <message>
        <source>{0}: suggested values for {1}</source>
        <translation>{0}: {1}에 권장되는 값</translation>
    </message>
    <message>
        <source>Setup loaded</source>
        <translation>설정을 불러왔습니다</translation>
    </message>
    <message>
        <source>Only added instances can be removed; uncheck to stop racing</source>
        <translation>추가한 인스턴스만 제거할 수 있습니다. 경주에서 빼려면 체크를 해제하세요</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>Reset to defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>TheoryDock</name>
    <message>
        <source>λmax of the Hessian along the trail, against the edge limit/η</source>
        <translation>궤적을 따라 본 헤세 행렬의 λmax와 안정성의 경계 한계/η</translation>
    </message>
    <message>
        <source>Phase diagram</source>
        <translation>위상 도표</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>날카로움</translation>
    </message>
</context>
<context>
    <name>TheoryFeature</name>
    <message>
        <source>Theory</source>
        <translation>이론</translation>
    </message>
    <message>
        <source>Show t&amp;heory panel</source>
        <translation>이론 패널 보기(&amp;H)</translation>
    </message>
    <message>
        <source>Predicted loss &amp;envelope</source>
        <translation>예측 손실 포락선(&amp;E)</translation>
    </message>
    <message>
        <source>With the theory panel open: the loss the local theory predicts from the step shown, f* + (f − f*)·ρ^(2k), dashed on the loss plot</source>
        <translation>이론 패널이 열려 있을 때: 보이는 스텝부터 국소 이론이 예측하는 손실 f* + (f − f*)·ρ^(2k)를 손실 그래프에 점선으로 표시</translation>
    </message>
    <message>
        <source>Select a racing optimizer to see its theory.</source>
        <translation>이론을 보려면 경주 중인 옵티마이저를 선택하세요.</translation>
    </message>
    <message>
        <source>{lane}: no local model at step {k} ({why})</source>
        <translation>{lane}: 스텝 {k}에서 국소 모델 없음 ({why})</translation>
    </message>
    <message>
        <source>No lane in focus, or no local model here.</source>
        <translation>선택된 레인이 없거나, 여기서는 국소 모델이 없습니다.</translation>
    </message>
    <message>
        <source>The phase diagram is for gradient descent, heavy-ball momentum and Nesterov (their rates are exact on a quadratic); {lane} has none.</source>
        <translation>위상 도표는 경사 하강법, heavy ball 모멘텀, Nesterov에만 있습니다 (이차 함수에서 이들의 수렴률은 정확합니다). {lane}에는 없습니다.</translation>
    </message>
    <message>
        <source>No minimum here: the local model has λ₁ = {lam} ≤ 0, the rates are for a minimum&apos;s neighbourhood.</source>
        <translation>여기는 최솟값 근처가 아닙니다: 국소 모델의 λ₁ = {lam} ≤ 0이며, 수렴률은 최솟값 근방에서만 성립합니다.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
</context>
<context>
    <name>TheoryPanel</name>
    <message>
        <source>exact: the surface is a quadratic, the model is the surface; local: the quadratic model (Taylor to second order) at the lane&apos;s point at the step shown</source>
        <translation>정확: 곡면이 이차 함수라서 모델이 곧 곡면입니다. 국소: 보이는 스텝에서 레인이 있는 점의 2차 모델 (2차까지의 테일러 전개)</translation>
    </message>
    <message>
        <source>λ₁, λ₂</source>
        <translation>λ₁, λ₂</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues, smallest first</source>
        <translation>헤세 행렬의 고윳값, 작은 것부터</translation>
    </message>
    <message>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <source>Condition number max|λ| / min|λ|</source>
        <translation>조건수 max|λ| / min|λ|</translation>
    </message>
    <message>
        <source>point</source>
        <translation>점의 종류</translation>
    </message>
    <message>
        <source>The kind of point: where the gradient vanishes a minimum, saddle or maximum; elsewhere the shape of the curvature</source>
        <translation>점의 종류: 기울기가 0인 곳에서는 최솟값, 안장점 또는 최댓값, 그 밖의 곳에서는 곡률의 모양</translation>
    </message>
    <message>
        <source>η·λmax</source>
        <translation>η·λmax</translation>
    </message>
    <message>
        <source>The step size times the largest curvature, against the stability limit (the black tick): red at and past it</source>
        <translation>스텝 크기 × 가장 큰 곡률을 안정성 한계(검은 눈금)와 비교: 한계에 이르거나 넘으면 빨강</translation>
    </message>
    <message>
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
    <message>
        <source>Predicted contraction of the error per step (&gt; 1: diverges)</source>
        <translation>예측되는 스텝당 오차 축소 비율 (&gt; 1: 발산)</translation>
    </message>
    <message>
        <source>error ×0.1</source>
        <translation>오차 ×0.1</translation>
    </message>
    <message>
        <source>Steps for the error to shrink tenfold at this rate (never when ρ ≥ 1)</source>
        <translation>이 수렴률에서 오차가 10분의 1로 줄어드는 데 걸리는 스텝 수 (ρ ≥ 1이면 줄지 않음)</translation>
    </message>
    <message>
        <source>κ → effective</source>
        <translation>κ → 실효</translation>
    </message>
    <message>
        <source>κ before → after the optimizer&apos;s per-coordinate scaling D^(−½) H D^(−½): the condition number it actually faces</source>
        <translation>옵티마이저의 좌표별 스케일링 D^(−½) H D^(−½) 전 → 후의 κ: 옵티마이저가 실제로 마주하는 조건수</translation>
    </message>
    <message>
        <source>Select a racing optimizer to see its theory.</source>
        <translation>이론을 보려면 경주 중인 옵티마이저를 선택하세요.</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>평평함</translation>
    </message>
    <message>
        <source>convex here (not yet a minimum)</source>
        <translation>여기서 볼록 (아직 최솟값 아님)</translation>
    </message>
    <message>
        <source>saddle-shaped here</source>
        <translation>여기서 안장 모양</translation>
    </message>
    <message>
        <source>concave here</source>
        <translation>여기서 오목</translation>
    </message>
    <message>
        <source>exact (the surface is a quadratic)</source>
        <translation>정확 (곡면이 이차 함수)</translation>
    </message>
    <message>
        <source>local (quadratic model at step {k})</source>
        <translation>국소 (스텝 {k}의 2차 모델)</translation>
    </message>
    <message>
        <source>{v} of {limit}</source>
        <translation>{v} (한계 {limit})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>줄지 않음</translation>
    </message>
    <message>
        <source>every {n} steps</source>
        <translation>{n}스텝마다</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Scrub through the steps computed so far (Ctrl+Left / Ctrl+Right; End: live)</source>
        <translation>지금까지 계산된 스텝 훑어보기 (Ctrl+Left / Ctrl+Right, End: 실시간)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Back to the live end of the race (End)</source>
        <translation>경주의 실시간 끝으로 돌아가기 (End)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>스텝 {0}/{1}</translation>
    </message>
    <message>
        <source>  (rewound)</source>
        <translation>  (되감음)</translation>
    </message>
    <message>
        <source>, epoch {0:.2f}</source>
        <translation>, 에포크 {0:.2f}</translation>
    </message>
</context>
<context>
    <name>TimelineFeature</name>
    <message>
        <source>Rewind one step</source>
        <translation>한 스텝 되감기</translation>
    </message>
    <message>
        <source>Forward one step (in history)</source>
        <translation>한 스텝 앞으로 (기록 안에서)</translation>
    </message>
    <message>
        <source>Rewind ten steps</source>
        <translation>열 스텝 되감기</translation>
    </message>
    <message>
        <source>Forward ten steps (in history)</source>
        <translation>열 스텝 앞으로 (기록 안에서)</translation>
    </message>
    <message>
        <source>Rewind to step 0</source>
        <translation>스텝 0으로 되감기</translation>
    </message>
    <message>
        <source>Back to the live end</source>
        <translation>실시간 끝으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>TuneFeature</name>
    <message>
        <source>Tune</source>
        <translation>튜닝</translation>
    </message>
    <message>
        <source>Show t&amp;une panel</source>
        <translation>튜닝 패널 보기(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Tune…</source>
        <translation>튜닝(&amp;T)…</translation>
    </message>
    <message>
        <source>Sweep every racer&apos;s learning rate with the same budget ({key})</source>
        <translation>같은 예산으로 모든 참가자의 학습률을 훑습니다 ({key})</translation>
    </message>
    <message>
        <source>Race t&amp;uned</source>
        <translation>튜닝된 값으로 경주(&amp;U)</translation>
    </message>
    <message>
        <source>Set every tuned racer to its best learning rate and restart ({key})</source>
        <translation>튜닝한 참가자마다 가장 좋은 학습률로 설정하고 다시 시작 ({key})</translation>
    </message>
    <message>
        <source>Nothing to tune: no racer has a learning rate and {h}</source>
        <translation>튜닝할 것이 없습니다: 학습률과 {h} 둘 다 있는 참가자가 없습니다</translation>
    </message>
    <message>
        <source>Nothing to tune: no racer has a learning rate</source>
        <translation>튜닝할 것이 없습니다: 학습률이 있는 참가자가 없습니다</translation>
    </message>
    <message>
        <source>Tuning {n} racers: {p} learning rates × {m} values of {h} × {s} seed(s) × {k} steps…</source>
        <translation>참가자 {n}개 튜닝 중: 학습률 {p}개 × {h} 값 {m}개 × 시드 {s}개 × {k}스텝…</translation>
    </message>
    <message>
        <source>Tuning {n} racers: {p} learning rates × {s} seed(s) × {k} steps…</source>
        <translation>참가자 {n}개 튜닝 중: 학습률 {p}개 × 시드 {s}개 × {k}스텝…</translation>
    </message>
    <message>
        <source>Tuning cancelled; the previous results stay.</source>
        <translation>튜닝을 취소했습니다. 이전 결과는 그대로입니다.</translation>
    </message>
    <message>
        <source>Tuning failed: {m}</source>
        <translation>튜닝 실패: {m}</translation>
    </message>
    <message>
        <source> Not swept (no learning rate or no {h}): {s}.</source>
        <translation> 훑지 않음 (학습률 또는 {h} 없음): {s}.</translation>
    </message>
    <message>
        <source> Not swept (line search sets the step): {s}.</source>
        <translation> 훑지 않음 (직선 탐색이 스텝을 정함): {s}.</translation>
    </message>
    <message>
        <source>Best learning rates by median {o}: {b}.</source>
        <translation>중앙값 {o} 기준 가장 좋은 학습률: {b}.</translation>
    </message>
    <message>
        <source>{n} racers set to their tuned learning rate; race restarted.</source>
        <translation>참가자 {n}개를 튜닝된 학습률로 설정하고 경주를 다시 시작했습니다.</translation>
    </message>
    <message>
        <source>Export the sweep</source>
        <translation>훑기 결과 내보내기</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Sweep saved to {p}</source>
        <translation>훑기 결과를 {p}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>TunePanel</name>
    <message>
        <source>final loss</source>
        <translation>최종 손실</translation>
    </message>
    <message>
        <source>best loss</source>
        <translation>최저 손실</translation>
    </message>
    <message>
        <source>steps to target</source>
        <translation>목표까지 스텝</translation>
    </message>
    <message>
        <source>lr from</source>
        <translation>lr 범위</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>points</source>
        <translation>점 개수</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>목표 함수</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>and</source>
        <translation>함께 훑기</translation>
    </message>
    <message>
        <source>values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Seeds of the gradient noise (used by lanes with noise &gt; 0)</source>
        <translation>기울기 잡음의 시드 (noise &gt; 0인 레인이 사용)</translation>
    </message>
    <message>
        <source>The loss &apos;steps to target&apos; counts the steps to</source>
        <translation>&apos;목표까지 스텝&apos;이 세는 손실 목표값</translation>
    </message>
    <message>
        <source>lr only</source>
        <translation>lr만</translation>
    </message>
    <message>
        <source>One more hyperparameter to sweep with the learning rate (racers without it are not tuned then)</source>
        <translation>학습률과 함께 훑을 하이퍼파라미터 하나 더 (그러면 이것이 없는 참가자는 튜닝하지 않음)</translation>
    </message>
    <message>
        <source>Its values, separated by commas</source>
        <translation>훑을 값들, 쉼표로 구분</translation>
    </message>
    <message>
        <source>Tune</source>
        <translation>튜닝</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Race tuned</source>
        <translation>튜닝된 값으로 경주</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Tune sweeps every racer&apos;s learning rate with the same budget.</source>
        <translation>튜닝은 같은 예산으로 모든 참가자의 학습률을 훑습니다.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
</context>
<context>
    <name>UpdateRuleFeature</name>
    <message>
        <source>Update rule</source>
        <translation>업데이트 규칙</translation>
    </message>
    <message>
        <source>Show &amp;update rule</source>
        <translation>업데이트 규칙 보기(&amp;U)</translation>
    </message>
</context>
<context>
    <name>UpdateRulePanel</name>
    <message>
        <source>&lt;b&gt;No optimizer under focus&lt;/b&gt;</source>
        <translation>&lt;b&gt;선택된 옵티마이저 없음&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select an optimizer in the list.</source>
        <translation>목록에서 옵티마이저를 선택하세요.</translation>
    </message>
    <message>
        <source>not racing: tick it in the list to race</source>
        <translation>경주 안 함: 목록에서 체크하면 경주에 나갑니다</translation>
    </message>
    <message>
        <source>step {0}: no step taken yet</source>
        <translation>스텝 {0}: 아직 이동 없음</translation>
    </message>
    <message>
        <source>step {0} → {1}</source>
        <translation>스텝 {0} → {1}</translation>
    </message>
</context>
<context>
    <name>View3D</name>
    <message>
        <source>Camera presets: drag to orbit, wheel to zoom</source>
        <translation>카메라 프리셋: 끌어서 회전, 휠로 확대/축소</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Back to the default camera</source>
        <translation>기본 카메라로 돌아가기</translation>
    </message>
    <message>
        <source>white dots: known minima · dark dots: saddles · pin: start</source>
        <translation>흰 점: 알려진 최솟값 · 어두운 점: 안장점 · 핀: 시작점</translation>
    </message>
    <message>
        <source>height: {0}</source>
        <translation>높이: {0}</translation>
    </message>
    <message>
        <source>below f = {0} ({1}st percentile)</source>
        <translation>f = {0} 아래 (하위 {1}백분위)</translation>
    </message>
    <message>
        <source>above f = {0} ({1}th percentile)</source>
        <translation>f = {0} 위 ({1}백분위)</translation>
    </message>
    <message>
        <source>clipped {0} of the window</source>
        <translation>창의 {0} 잘라냄</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>View3DFeature</name>
    <message>
        <source>&amp;3-D view</source>
        <translation>3D 보기(&amp;3)</translation>
    </message>
    <message>
        <source>3-D view in place of the &amp;map (canvas only)</source>
        <translation>지도 대신 3D 보기(&amp;M) (지도만 보기)</translation>
    </message>
    <message>
        <source>Export &amp;3-D view (PNG)…</source>
        <translation>3D 보기 내보내기(&amp;3) (PNG)…</translation>
    </message>
    <message>
        <source>The landscape in 3-D beside the map: drag to orbit, wheel to zoom ({key})</source>
        <translation>지도 옆의 3D 지형: 끌어서 회전, 휠로 확대/축소 ({key})</translation>
    </message>
    <message>
        <source>Canvas only with the 3-D view in place of the map ({key}; F10 is the map, Esc returns)</source>
        <translation>지도 대신 3D 보기만 표시 ({key}. F10은 지도, Esc로 돌아옴)</translation>
    </message>
    <message>
        <source>Save the 3-D view as shown, with its legend and the optimizers&apos; colours, as a PNG image</source>
        <translation>보이는 그대로의 3D 보기를 범례와 옵티마이저 색과 함께 PNG 이미지로 저장</translation>
    </message>
    <message>
        <source>3-D view</source>
        <translation>3D 보기</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>−∇f at the focused optimizer&apos;s point, drawn on the surface</source>
        <translation>선택한 옵티마이저 위치의 −∇f를 곡면 위에 그림</translation>
    </message>
    <message>
        <source>Hessian</source>
        <translation>헤세 행렬</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigen-directions there: curving up (dark), down (orange)</source>
        <translation>그 점에서 헤세 행렬의 고유 방향: 위로 휨 (어두운 색), 아래로 휨 (주황)</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the 3-D view as a PNG image (also File → Export 3-D view)</source>
        <translation>3D 보기를 PNG 이미지로 저장 (파일 → 3D 보기 내보내기와 같음)</translation>
    </message>
    <message>
        <source>Save the 3-D view</source>
        <translation>3D 보기 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}을(를) 저장했습니다</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>Wrote {0} slides to {1}</source>
        <translation>슬라이드 {0}장을 {1}에 썼습니다</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>스텝 {0}</translation>
    </message>
    <message>
        <source>step {0}: every optimizer had stopped by then ({1} asked)</source>
        <translation>스텝 {0}: 그때 이미 모든 옵티마이저가 멈춤 (요청한 스텝 {1})</translation>
    </message>
    <message>
        <source>Wrote {0} ({1}x{2}, {3})</source>
        <translation>{0}을(를) 썼습니다 ({1}x{2}, {3})</translation>
    </message>
    <message>
        <source>{0}: up to {1} frames at {2}x{3}, about {4:.2f} MB</source>
        <translation>{0}: {2}x{3} 크기로 최대 {1}프레임, 약 {4:.2f} MB</translation>
    </message>
    <message>
        <source>frame {0} of {1}</source>
        <translation>프레임 {0}/{1}</translation>
    </message>
    <message>
        <source>frame {0} of {1}, encoding…</source>
        <translation>프레임 {0}/{1}, 인코딩 중…</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} frames, {2}x{3}, {4:g} fps, {5:.1f} s{6}) in {7:.1f} s</source>
        <translation>{0}을(를) 썼습니다 ({1}프레임, {2}x{3}, {4:g} fps, {5:.1f}초{6}), 걸린 시간 {7:.1f}초</translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>중단됨: 아무것도 쓰지 않았습니다</translation>
    </message>
</context>
</TS>
