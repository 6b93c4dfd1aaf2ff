<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>scenario</name>
    <message>
        <location filename="../scenarios/01-saddle-momentum.json"/>
        <source>Saddle point: SGD stalls, momentum escapes</source>
        <translation>안장점: SGD는 멈추고 모멘텀은 빠져나간다</translation>
    </message>
    <message>
        <location filename="../scenarios/01-saddle-momentum.json"/>
        <source>SGD stalls at the saddle (gradient near 0); momentum rolls off by inertia</source>
        <translation>SGD는 안장점에서 멈추고(기울기 ≈ 0), 모멘텀은 관성으로 굴러 내려간다</translation>
    </message>
    <message>
        <location filename="../scenarios/01-saddle-momentum.json"/>
        <source>Plain SGD stalls near a saddle, where the gradient is almost zero; momentum escapes by inertia: SGD needs at least 5x the steps to get below the saddle&apos;s level.</source>
        <translation>기본 SGD는 기울기가 거의 0인 안장점 근처에서 멈추고, 모멘텀은 관성으로 빠져나갑니다. SGD가 안장점 높이 아래로 내려가려면 적어도 5배의 스텝이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/01-saddle-momentum.json"/>
        <source>Escaped = below the saddle&apos;s value by half the valleys&apos; depth. The start sits a hair (1e-4) off the ridge line y = 0.</source>
        <translation>탈출 = 안장점의 값보다 골짜기 깊이의 절반만큼 아래로 내려감. 출발점은 능선 y = 0에서 아주 조금(1e-4) 벗어나 있습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/01-saddle-momentum.json"/>
        <source>SGD at the saddle (gradient ≈ 0); momentum already rolled off</source>
        <translation>SGD가 안장점에 있음 (기울기 ≈ 0), 모멘텀은 이미 굴러 내려감</translation>
    </message>
    <message>
        <location filename="../scenarios/01-saddle-momentum.json"/>
        <source>SGD lr=0.02</source>
        <translation>SGD lr=0.02</translation>
    </message>
    <message>
        <location filename="../scenarios/01-saddle-momentum.json"/>
        <source>Momentum lr=0.02 μ=0.95</source>
        <translation>Momentum lr=0.02 μ=0.95</translation>
    </message>
    <message>
        <location filename="../scenarios/02-ravine-momentum.json"/>
        <source>Ravine: SGD zigzags, momentum damps it</source>
        <translation>협곡: SGD는 지그재그, 모멘텀은 이를 잠재운다</translation>
    </message>
    <message>
        <location filename="../scenarios/02-ravine-momentum.json"/>
        <source>SGD zigzags across the ravine and crawls along it; momentum arrives far sooner</source>
        <translation>SGD는 협곡을 가로질러 지그재그로 움직이며 기어가고, 모멘텀은 훨씬 먼저 도착한다</translation>
    </message>
    <message>
        <location filename="../scenarios/02-ravine-momentum.json"/>
        <source>In a ravine SGD zigzags across the steep direction (many sign changes of the steep coordinate) and crawls along the shallow one; momentum damps the zigzag and arrives far sooner.</source>
        <translation>협곡에서 SGD는 가파른 방향으로 지그재그하고(가파른 좌표의 부호가 여러 번 바뀜) 완만한 방향으로는 기어갑니다. 모멘텀은 지그재그를 잠재우고 훨씬 먼저 도착합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/02-ravine-momentum.json"/>
        <source>Condition number 200, valley along x: the steep coordinate is y. SGD&apos;s lr is 98% of its stability limit 2/200.</source>
        <translation>조건수 200, 골짜기는 x 방향이므로 가파른 좌표는 y입니다. SGD의 lr은 안정성 한계 2/200의 98%입니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/02-ravine-momentum.json"/>
        <source>SGD lr=0.0098</source>
        <translation>SGD lr=0.0098</translation>
    </message>
    <message>
        <location filename="../scenarios/02-ravine-momentum.json"/>
        <source>Momentum lr=0.004 μ=0.9</source>
        <translation>Momentum lr=0.004 μ=0.9</translation>
    </message>
    <message>
        <location filename="../scenarios/03-ravine-rmsprop.json"/>
        <source>Ravine: RMSProp removes the zigzag</source>
        <translation>협곡: RMSProp은 지그재그를 없앤다</translation>
    </message>
    <message>
        <location filename="../scenarios/03-ravine-rmsprop.json"/>
        <source>Same ravine: RMSProp rescales each coordinate, and the zigzag disappears</source>
        <translation>같은 협곡: RMSProp이 좌표마다 스케일을 바꾸자 지그재그가 사라진다</translation>
    </message>
    <message>
        <location filename="../scenarios/03-ravine-rmsprop.json"/>
        <source>RMSProp divides each coordinate&apos;s step by its own RMS gradient, which removes the zigzag in a ravine (at most a couple of sign changes of the steep coordinate).</source>
        <translation>RMSProp은 각 좌표의 스텝을 그 좌표 기울기의 RMS로 나누어 협곡의 지그재그를 없앱니다(가파른 좌표의 부호는 기껏해야 두어 번 바뀜).</translation>
    </message>
    <message>
        <location filename="../scenarios/03-ravine-rmsprop.json"/>
        <source>The ravine of scenario 2 (axis-aligned, so per-coordinate scaling fits it). Tilt it with &apos;angle&apos; and RMSProp zigzags again.</source>
        <translation>시나리오 2의 협곡입니다(좌표축과 나란하므로 좌표별 스케일링이 잘 맞음). &apos;angle&apos;로 기울이면 RMSProp도 다시 지그재그합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/03-ravine-rmsprop.json"/>
        <source>RMSProp lr=0.03</source>
        <translation>RMSProp lr=0.03</translation>
    </message>
    <message>
        <location filename="../scenarios/04-adam-saddle-and-ravine.json"/>
        <source>Adam handles the saddle and the ravine</source>
        <translation>Adam은 안장점도 협곡도 통과한다</translation>
    </message>
    <message>
        <location filename="../scenarios/04-adam-saddle-and-ravine.json"/>
        <source>Adam escapes the saddle fast; SGD at the ravine-safe lr sits on it</source>
        <translation>Adam은 안장점을 빠르게 벗어나고, 협곡에서 안전한 lr의 SGD는 그 위에 머문다</translation>
    </message>
    <message>
        <location filename="../scenarios/04-adam-saddle-and-ravine.json"/>
        <source>Adam handles both the saddle and the ravine within one step budget, in which SGD fails at least one whatever its learning rate.</source>
        <translation>Adam은 같은 스텝 예산 안에서 안장점과 협곡을 모두 통과하지만, SGD는 학습률을 어떻게 정하든 둘 중 적어도 하나에서 실패합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/04-adam-saddle-and-ravine.json"/>
        <source>Second half: the same two lanes on scenario 2&apos;s ravine and start (the test runs it); SGD needs lr &lt; 0.01 there to stay stable, and that lr is far too slow to leave this saddle.</source>
        <translation>후반부: 같은 두 레인을 시나리오 2의 협곡과 출발점에서 실행합니다(테스트가 실행함). 그곳에서 SGD가 안정하려면 lr &lt; 0.01이어야 하는데, 그 lr로는 이 안장점을 벗어나기에 너무 느립니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/04-adam-saddle-and-ravine.json"/>
        <source>SGD lr=0.0098 (ravine-safe)</source>
        <translation>SGD lr=0.0098 (협곡에서 안전)</translation>
    </message>
    <message>
        <location filename="../scenarios/04-adam-saddle-and-ravine.json"/>
        <source>Adam lr=0.05</source>
        <translation>Adam lr=0.05</translation>
    </message>
    <message>
        <location filename="../scenarios/05-nesterov-overshoot.json"/>
        <source>Nesterov overshoots less than momentum</source>
        <translation>Nesterov는 모멘텀보다 덜 지나친다</translation>
    </message>
    <message>
        <location filename="../scenarios/05-nesterov-overshoot.json"/>
        <source>Same lr and momentum: Nesterov looks ahead and overshoots far less</source>
        <translation>같은 lr과 모멘텀: Nesterov는 앞을 내다보므로 훨씬 덜 지나친다</translation>
    </message>
    <message>
        <location filename="../scenarios/05-nesterov-overshoot.json"/>
        <source>With the same learning rate and momentum, Nesterov momentum overshoots the minimum less than heavy-ball momentum.</source>
        <translation>학습률과 모멘텀이 같을 때, Nesterov 모멘텀은 heavy-ball 모멘텀보다 최솟값을 덜 지나칩니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/05-nesterov-overshoot.json"/>
        <source>Overshoot = how far past the minimum a lane goes, measured along the line from the start through the minimum.</source>
        <translation>지나침(overshoot) = 레인이 최솟값을 얼마나 넘어가는지, 출발점에서 최솟값을 지나는 직선을 따라 잰 거리.</translation>
    </message>
    <message>
        <location filename="../scenarios/05-nesterov-overshoot.json"/>
        <source>Momentum lr=0.5 μ=0.9</source>
        <translation>Momentum lr=0.5 μ=0.9</translation>
    </message>
    <message>
        <location filename="../scenarios/05-nesterov-overshoot.json"/>
        <source>Nesterov lr=0.5 μ=0.9</source>
        <translation>Nesterov lr=0.5 μ=0.9</translation>
    </message>
    <message>
        <location filename="../scenarios/06-adagrad-stalls.json"/>
        <source>AdaGrad&apos;s step decays; RMSProp&apos;s does not</source>
        <translation>AdaGrad의 스텝은 줄어들고 RMSProp의 스텝은 그렇지 않다</translation>
    </message>
    <message>
        <location filename="../scenarios/06-adagrad-stalls.json"/>
        <source>AdaGrad&apos;s step shrinks like 1/√t and stalls; RMSProp&apos;s average keeps its pace</source>
        <translation>AdaGrad의 스텝은 1/√t처럼 줄어 멈추고, RMSProp의 평균은 속도를 유지한다</translation>
    </message>
    <message>
        <location filename="../scenarios/06-adagrad-stalls.json"/>
        <source>AdaGrad&apos;s effective step decays like 1/sqrt(t), so it stalls before the minimum of a long valley; RMSProp&apos;s moving average of squared gradients does not decay.</source>
        <translation>AdaGrad의 실효 스텝은 1/sqrt(t)처럼 줄어들어 긴 골짜기의 최솟값에 닿기 전에 멈춥니다. RMSProp의 기울기 제곱 이동 평균은 줄어들지 않습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/06-adagrad-stalls.json"/>
        <source>The sloping valley: its floor falls at a constant rate toward its minimum at x = 1, so the gradients AdaGrad sums never shrink.</source>
        <translation>기울어진 골짜기입니다. 바닥이 x = 1의 최솟값을 향해 일정하게 내려가므로, AdaGrad가 더하는 기울기는 결코 작아지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/06-adagrad-stalls.json"/>
        <source>AdaGrad lr=0.1</source>
        <translation>AdaGrad lr=0.1</translation>
    </message>
    <message>
        <location filename="../scenarios/06-adagrad-stalls.json"/>
        <source>RMSProp lr=0.1 α=0.9</source>
        <translation>RMSProp lr=0.1 α=0.9</translation>
    </message>
    <message>
        <location filename="../scenarios/07-adadelta-units.json"/>
        <source>AdaDelta has no learning rate</source>
        <translation>AdaDelta에는 학습률이 없다</translation>
    </message>
    <message>
        <location filename="../scenarios/07-adadelta-units.json"/>
        <source>AdaDelta has no lr: its steps have x&apos;s units. SGD&apos;s lr=0.25 explodes here</source>
        <translation>AdaDelta에는 lr이 없습니다. 스텝이 x의 단위를 가집니다. SGD의 lr=0.25는 여기서 폭발합니다</translation>
    </message>
    <message>
        <location filename="../scenarios/07-adadelta-units.json"/>
        <source>AdaDelta needs no learning rate: its step has the units of x, so changing the units of the loss leaves its path unchanged and stretching the map stretches its path, unlike SGD.</source>
        <translation>AdaDelta에는 학습률이 필요 없습니다. 스텝이 x와 같은 단위를 가지므로, SGD와 달리 손실의 단위를 바꿔도 경로가 그대로이고 지도를 늘이면 경로도 함께 늘어납니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/07-adadelta-units.json"/>
        <source>This is the bowl a=1, b=0.25 with the loss multiplied by 10; set a and b back to compare. The test also stretches the map 3x in x and y (a, b / 9, start x 3): AdaDelta&apos;s path stretches 3x once its one constant eps, a squared step, is stated in the new units (eps x 9).</source>
        <translation>a=1, b=0.25인 그릇의 손실에 10을 곱한 것입니다. 비교하려면 a와 b를 되돌리세요. 테스트는 지도를 x와 y 방향으로 3배 늘이기도 합니다(a, b / 9, 출발점 x 3). 유일한 상수 eps(스텝의 제곱)를 새 단위로 나타내면(eps x 9) AdaDelta의 경로도 3배로 늘어납니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/07-adadelta-units.json"/>
        <source>SGD lr=0.25</source>
        <translation>SGD lr=0.25</translation>
    </message>
    <message>
        <location filename="../scenarios/07-adadelta-units.json"/>
        <source>AdaDelta (defaults, lr=1)</source>
        <translation>AdaDelta (기본값, lr=1)</translation>
    </message>
    <message>
        <location filename="../scenarios/08-momentum-two-minima.json"/>
        <source>Momentum rolls into the deeper minimum</source>
        <translation>모멘텀은 더 깊은 최솟값으로 굴러간다</translation>
    </message>
    <message>
        <location filename="../scenarios/08-momentum-two-minima.json"/>
        <source>SGD stays stuck in the shallow valley; momentum rolls on into the deeper one</source>
        <translation>SGD는 얕은 골짜기에 갇히고, 모멘텀은 계속 굴러 더 깊은 골짜기로 들어간다</translation>
    </message>
    <message>
        <location filename="../scenarios/08-momentum-two-minima.json"/>
        <source>Momentum carries an optimizer through a shallow local minimum into the deeper one, where SGD stays stuck.</source>
        <translation>모멘텀은 최적화 기법을 얕은 국소 최솟값을 지나 더 깊은 최솟값으로 데려가지만, SGD는 얕은 곳에 갇힙니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/08-momentum-two-minima.json"/>
        <source>SGD lr=0.05</source>
        <translation>SGD lr=0.05</translation>
    </message>
    <message>
        <location filename="../scenarios/08-momentum-two-minima.json"/>
        <source>Momentum lr=0.05 μ=0.9</source>
        <translation>Momentum lr=0.05 μ=0.9</translation>
    </message>
    <message>
        <location filename="../scenarios/09-noisy-momentum.json"/>
        <source>Noisy gradients: momentum smooths the path</source>
        <translation>잡음 섞인 기울기: 모멘텀은 경로를 매끄럽게 한다</translation>
    </message>
    <message>
        <location filename="../scenarios/09-noisy-momentum.json"/>
        <source>Noisy gradients: SGD wanders; momentum averages the noise into a smooth path</source>
        <translation>잡음 섞인 기울기: SGD는 헤매고, 모멘텀은 잡음을 평균 내어 매끄러운 경로를 만든다</translation>
    </message>
    <message>
        <location filename="../scenarios/09-noisy-momentum.json"/>
        <source>With noisy (minibatch-like) gradients SGD wanders, while momentum averages the noise into a smoother path: its turning angles between steps are much smaller.</source>
        <translation>잡음이 섞인(미니배치 같은) 기울기에서 SGD는 헤매지만, 모멘텀은 잡음을 평균 내어 더 매끄러운 경로를 만듭니다. 스텝 사이에 꺾이는 각도가 훨씬 작습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/09-noisy-momentum.json"/>
        <source>Both lanes draw the same noise sequence (same seed). Momentum in the EMA form m = β m + (1 - β) g, so its steady step matches SGD&apos;s.</source>
        <translation>두 레인은 같은 잡음 수열을 씁니다(같은 시드). 모멘텀은 지수 이동 평균 형태 m = β m + (1 - β) g이므로 정상 상태의 스텝이 SGD와 같습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/09-noisy-momentum.json"/>
        <source>Momentum (EMA) lr=0.05 β=0.9</source>
        <translation>Momentum (EMA) lr=0.05 β=0.9</translation>
    </message>
    <message>
        <location filename="../scenarios/10-cliff-clipping.json"/>
        <source>Cliff: gradient clipping</source>
        <translation>절벽: 기울기 클리핑</translation>
    </message>
    <message>
        <location filename="../scenarios/10-cliff-clipping.json"/>
        <source>Cliff: one unclipped step catapults SGD away; clipped SGD walks down safely</source>
        <translation>절벽: 클리핑 없는 한 스텝이 SGD를 멀리 튕겨 내고, 클리핑한 SGD는 안전하게 내려간다</translation>
    </message>
    <message>
        <location filename="../scenarios/10-cliff-clipping.json"/>
        <source>Near a cliff one unclipped gradient step catapults the point far away (a step at least 10x the largest before it); with gradient clipping it walks down safely.</source>
        <translation>절벽 근처에서는 클리핑하지 않은 경사 스텝 하나가 점을 멀리 튕겨 냅니다(그 전까지의 가장 큰 스텝보다 적어도 10배 큰 스텝). 기울기 클리핑을 쓰면 안전하게 내려갑니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/10-cliff-clipping.json"/>
        <source>The unclipped point leaves the window to the left and walks back.</source>
        <translation>클리핑하지 않은 점은 화면 왼쪽 밖으로 나갔다가 다시 걸어 돌아옵니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/10-cliff-clipping.json"/>
        <source>SGD lr=0.3</source>
        <translation>SGD lr=0.3</translation>
    </message>
    <message>
        <location filename="../scenarios/10-cliff-clipping.json"/>
        <source>SGD lr=0.3, clip 1.0</source>
        <translation>SGD lr=0.3, 클리핑 1.0</translation>
    </message>
    <message>
        <location filename="../scenarios/11-plateau-adaptive.json"/>
        <source>Plateau: adaptive methods cross it</source>
        <translation>고원: 적응적 방법은 이를 건넌다</translation>
    </message>
    <message>
        <location filename="../scenarios/11-plateau-adaptive.json"/>
        <source>Plateau: SGD barely moves on the flat table; Adam and RMSProp cross it</source>
        <translation>고원: SGD는 평평한 탁자 위에서 거의 움직이지 않고, Adam과 RMSProp은 이를 건넌다</translation>
    </message>
    <message>
        <location filename="../scenarios/11-plateau-adaptive.json"/>
        <source>On a plateau plain SGD barely moves because the gradient is tiny; adaptive methods (Adam, RMSProp) divide it by its own size and cross.</source>
        <translation>고원에서는 기울기가 아주 작아 기본 SGD가 거의 움직이지 않습니다. 적응적 방법(Adam, RMSProp)은 기울기를 그 자신의 크기로 나누어 고원을 건넙니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/11-plateau-adaptive.json"/>
        <source>RMSProp lr=0.01</source>
        <translation>RMSProp lr=0.01</translation>
    </message>
    <message>
        <location filename="../scenarios/12-newton-saddle.json"/>
        <source>Newton is attracted to the saddle</source>
        <translation>뉴턴 방법은 안장점에 끌려간다</translation>
    </message>
    <message>
        <location filename="../scenarios/12-newton-saddle.json"/>
        <source>Newton jumps to the saddle (grad = 0); saddle-free Newton escapes to a minimum</source>
        <translation>Newton은 안장점(grad = 0)으로 뛰어가고, saddle-free Newton은 최솟값으로 빠져나간다</translation>
    </message>
    <message>
        <location filename="../scenarios/12-newton-saddle.json"/>
        <source>Undamped Newton is attracted to the saddle point (the gradient goes to 0 where the Hessian is indefinite); saddle-free Newton, using |H|, escapes to a minimum.</source>
        <translation>감쇠 없는 뉴턴 방법은 안장점에 끌려갑니다(헤세 행렬이 부정부호인 곳에서 기울기가 0이 됨). |H|를 쓰는 saddle-free Newton은 최솟값으로 빠져나갑니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/12-newton-saddle.json"/>
        <source>Newton</source>
        <translation>Newton</translation>
    </message>
    <message>
        <location filename="../scenarios/12-newton-saddle.json"/>
        <source>Saddle-free Newton λ=0.1</source>
        <translation>Saddle-free Newton λ=0.1</translation>
    </message>
    <message>
        <location filename="../scenarios/13-levenberg-marquardt.json"/>
        <source>Levenberg–Marquardt damping</source>
        <translation>Levenberg–Marquardt 감쇠</translation>
    </message>
    <message>
        <location filename="../scenarios/13-levenberg-marquardt.json"/>
        <source>LM damping: small λ = Newton&apos;s jump; large λ = small steps along -gradient</source>
        <translation>LM 감쇠: 작은 λ = 뉴턴 도약, 큰 λ = -기울기 방향의 작은 스텝</translation>
    </message>
    <message>
        <location filename="../scenarios/13-levenberg-marquardt.json"/>
        <source>Levenberg-Marquardt damping interpolates: a large damping turns Newton&apos;s step into a small gradient step (-g/λ), a small damping gives the pure Newton step.</source>
        <translation>Levenberg-Marquardt 감쇠는 두 방법 사이를 잇습니다. 감쇠가 크면 뉴턴 스텝이 작은 경사 스텝(-g/λ)이 되고, 감쇠가 작으면 순수한 뉴턴 스텝이 됩니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/13-levenberg-marquardt.json"/>
        <source>The SGD lane uses lr = 1/100: the λ=100 lane runs on top of it.</source>
        <translation>SGD 레인은 lr = 1/100을 씁니다. λ=100 레인이 그 위에 겹쳐 달립니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/13-levenberg-marquardt.json"/>
        <source>Newton λ=0.01</source>
        <translation>Newton λ=0.01</translation>
    </message>
    <message>
        <location filename="../scenarios/13-levenberg-marquardt.json"/>
        <source>Newton λ=10</source>
        <translation>Newton λ=10</translation>
    </message>
    <message>
        <location filename="../scenarios/13-levenberg-marquardt.json"/>
        <source>Newton λ=100</source>
        <translation>Newton λ=100</translation>
    </message>
    <message>
        <location filename="../scenarios/13-levenberg-marquardt.json"/>
        <source>SGD lr=0.01 (=1/λ)</source>
        <translation>SGD lr=0.01 (=1/λ)</translation>
    </message>
    <message>
        <location filename="../scenarios/14-cg-vs-steepest.json"/>
        <source>Conjugate gradient: 2 steps on a 2-D quadratic</source>
        <translation>켤레 기울기법: 2차원 이차 함수에서 2스텝</translation>
    </message>
    <message>
        <location filename="../scenarios/14-cg-vs-steepest.json"/>
        <source>Exact line search: conjugate gradient in 2 steps; steepest descent zigzags</source>
        <translation>정확한 선 탐색: 켤레 기울기법은 2스텝, 최급강하법은 지그재그</translation>
    </message>
    <message>
        <location filename="../scenarios/14-cg-vs-steepest.json"/>
        <source>Conjugate gradient with exact line search reaches a 2-D quadratic&apos;s minimum in 2 iterations; steepest descent with exact line search zigzags at right angles.</source>
        <translation>정확한 선 탐색을 쓰는 켤레 기울기법은 2차원 이차 함수의 최솟값에 2번의 반복으로 도달합니다. 정확한 선 탐색을 쓰는 최급강하법은 직각으로 지그재그합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/14-cg-vs-steepest.json"/>
        <source>Steepest descent (exact)</source>
        <translation>최급강하법 (정확한 선 탐색)</translation>
    </message>
    <message>
        <location filename="../scenarios/14-cg-vs-steepest.json"/>
        <source>Conjugate gradient (exact)</source>
        <translation>켤레 기울기법 (정확한 선 탐색)</translation>
    </message>
    <message>
        <location filename="../scenarios/15-bfgs-ellipse.json"/>
        <source>BFGS learns the inverse Hessian</source>
        <translation>BFGS는 헤세 역행렬을 학습한다</translation>
    </message>
    <message>
        <location filename="../scenarios/15-bfgs-ellipse.json"/>
        <source>BFGS: the estimated inverse-Hessian ellipse converges to the true one</source>
        <translation>BFGS: 추정한 헤세 역행렬의 타원이 참값으로 수렴한다</translation>
    </message>
    <message>
        <location filename="../scenarios/15-bfgs-ellipse.json"/>
        <source>BFGS builds an inverse-Hessian estimate from gradient differences that converges to the true inverse Hessian.</source>
        <translation>BFGS는 기울기의 차이로부터 헤세 역행렬 추정값을 만들고, 이 추정값은 참 헤세 역행렬로 수렴합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/15-bfgs-ellipse.json"/>
        <source>A quadratic, so the true inverse Hessian is the same everywhere: the two ellipses can be compared at every step.</source>
        <translation>이차 함수이므로 참 헤세 역행렬은 어디서나 같습니다. 두 타원을 매 스텝 비교할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/15-bfgs-ellipse.json"/>
        <source>BFGS (Wolfe line search)</source>
        <translation>BFGS (Wolfe 선 탐색)</translation>
    </message>
    <message>
        <location filename="../scenarios/16-decaying-lr.json"/>
        <source>A decaying learning rate settles noisy SGD</source>
        <translation>감소하는 학습률은 잡음 섞인 SGD를 안착시킨다</translation>
    </message>
    <message>
        <location filename="../scenarios/16-decaying-lr.json"/>
        <source>Noisy SGD: a decaying lr settles at the minimum; a constant lr keeps bouncing</source>
        <translation>잡음 섞인 SGD: 감소하는 lr은 최솟값에 안착하고, 일정한 lr은 계속 튄다</translation>
    </message>
    <message>
        <location filename="../scenarios/16-decaying-lr.json"/>
        <source>With noisy gradients a decaying learning rate (sum of rates infinite, sum of squares finite) lets SGD settle at the minimum, while a constant rate keeps bouncing in a noise ball.</source>
        <translation>잡음 섞인 기울기에서 감소하는 학습률(학습률의 합은 무한, 제곱의 합은 유한)을 쓰면 SGD가 최솟값에 안착하지만, 일정한 학습률은 잡음 공 안에서 계속 튑니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/16-decaying-lr.json"/>
        <source>lr_t = lr / (1 + k t): the sum of lr_t grows like log t (no end), the sum of lr_t^2 converges (Robbins-Monro).</source>
        <translation>lr_t = lr / (1 + k t): lr_t의 합은 log t처럼 끝없이 커지고, lr_t^2의 합은 수렴합니다(Robbins-Monro).</translation>
    </message>
    <message>
        <location filename="../scenarios/16-decaying-lr.json"/>
        <source>SGD lr=0.2 constant</source>
        <translation>SGD lr=0.2 고정</translation>
    </message>
    <message>
        <location filename="../scenarios/16-decaying-lr.json"/>
        <source>SGD lr=0.2/(1+0.05t)</source>
        <translation>SGD lr=0.2/(1+0.05t)</translation>
    </message>
    <message>
        <location filename="../scenarios/17-adam-bias-correction.json"/>
        <source>Adam&apos;s bias correction</source>
        <translation>Adam의 편향 보정</translation>
    </message>
    <message>
        <location filename="../scenarios/17-adam-bias-correction.json"/>
        <source>Adam without bias correction: first step (1-β1)/√(1-β2) ≈ 3.16x too large</source>
        <translation>편향 보정 없는 Adam: 첫 스텝이 (1-β1)/√(1-β2) ≈ 3.16배 너무 크다</translation>
    </message>
    <message>
        <location filename="../scenarios/17-adam-bias-correction.json"/>
        <source>Adam without bias correction takes first steps about (1-beta1)/sqrt(1-beta2) = 3.16 times larger than with it.</source>
        <translation>편향 보정이 없는 Adam은 처음 스텝들이 보정할 때보다 약 (1-beta1)/sqrt(1-beta2) = 3.16배 큽니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/17-adam-bias-correction.json"/>
        <source>without bias correction the first step is 3.16x Adam&apos;s</source>
        <translation>편향 보정이 없으면 첫 스텝이 Adam의 3.16x</translation>
    </message>
    <message>
        <location filename="../scenarios/17-adam-bias-correction.json"/>
        <source>Adam lr=0.05, no bias correction</source>
        <translation>Adam lr=0.05, 편향 보정 없음</translation>
    </message>
    <message>
        <location filename="../scenarios/18-polyak-averaging.json"/>
        <source>Polyak averaging</source>
        <translation>Polyak 평균화</translation>
    </message>
    <message>
        <location filename="../scenarios/18-polyak-averaging.json"/>
        <source>Polyak averaging: the running mean of noisy SGD sits closer to the minimum</source>
        <translation>Polyak 평균화: 잡음 섞인 SGD의 누적 평균이 최솟값에 더 가깝다</translation>
    </message>
    <message>
        <location filename="../scenarios/18-polyak-averaging.json"/>
        <source>Polyak averaging: the average of noisy SGD&apos;s iterates sits closer to the minimum than the last iterate.</source>
        <translation>Polyak 평균화: 잡음 섞인 SGD 반복점들의 평균은 마지막 반복점보다 최솟값에 더 가깝습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/18-polyak-averaging.json"/>
        <source>The average is taken over the iterates after the first 100 steps (burn-in), as engine Trajectory.averaged(100) computes it.</source>
        <translation>평균은 처음 100스텝(번인) 이후의 반복점들로 구하며, engine의 Trajectory.averaged(100)이 계산하는 방식과 같습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/18-polyak-averaging.json"/>
        <source>SGD lr=0.2, noise 1</source>
        <translation>SGD lr=0.2, 잡음 1</translation>
    </message>
    <message>
        <location filename="../scenarios/19-coordinate-descent.json"/>
        <source>Coordinate descent staircases</source>
        <translation>좌표 하강법은 계단을 그린다</translation>
    </message>
    <message>
        <location filename="../scenarios/19-coordinate-descent.json"/>
        <source>Coordinate descent staircases along a tilted ravine (set angle 0: 2 moves)</source>
        <translation>좌표 하강법은 기울어진 협곡을 계단처럼 내려간다 (angle을 0으로 하면 2번 이동)</translation>
    </message>
    <message>
        <location filename="../scenarios/19-coordinate-descent.json"/>
        <source>Coordinate descent with exact line search staircases slowly along a rotated ravine and solves an axis-aligned one in 2 exact moves.</source>
        <translation>정확한 선 탐색을 쓰는 좌표 하강법은 회전된 협곡을 따라 느리게 계단을 그리며 내려가고, 축과 나란한 협곡은 정확한 이동 2번으로 풉니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/19-coordinate-descent.json"/>
        <source>Set &apos;angle&apos; to 0 and the same start is solved in two moves (the test runs both).</source>
        <translation>&apos;angle&apos;을 0으로 하면 같은 출발점에서 이동 두 번으로 풀립니다(테스트가 둘 다 실행함).</translation>
    </message>
    <message>
        <location filename="../scenarios/19-coordinate-descent.json"/>
        <source>Coordinate descent (exact)</source>
        <translation>좌표 하강법 (정확한 선 탐색)</translation>
    </message>
    <message>
        <location filename="../scenarios/20-himmelblau-starts.json"/>
        <source>Where you start matters</source>
        <translation>출발점이 중요하다</translation>
    </message>
    <message>
        <location filename="../scenarios/20-himmelblau-starts.json"/>
        <source>Himmelblau: where you start decides which of the four minima you reach</source>
        <translation>Himmelblau: 출발점이 네 최솟값 중 어디에 도달할지를 정한다</translation>
    </message>
    <message>
        <location filename="../scenarios/20-himmelblau-starts.json"/>
        <source>On Himmelblau&apos;s function the same optimizer ends in different minima from different starts.</source>
        <translation>Himmelblau 함수에서는 같은 최적화 기법도 출발점이 다르면 다른 최솟값에서 끝납니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/20-himmelblau-starts.json"/>
        <source>The basin map colours every start by the minimum SGD reaches from it; click another start (e.g. (-1, 1), (-1, -1), (1, -1)) to see it end elsewhere.</source>
        <translation>분지 지도는 모든 출발점을 그곳에서 SGD가 도달하는 최솟값에 따라 색칠합니다. 다른 출발점(예: (-1, 1), (-1, -1), (1, -1))을 클릭하면 다른 곳에서 끝나는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/20-himmelblau-starts.json"/>
        <source>SGD lr=0.01</source>
        <translation>SGD lr=0.01</translation>
    </message>
    <message>
        <location filename="../scenarios/21-stability-edge.json"/>
        <source>The stability edge: lr just below and just above 2/λmax</source>
        <translation>안정성의 경계: 2/λmax 바로 아래와 바로 위의 lr</translation>
    </message>
    <message>
        <location filename="../scenarios/21-stability-edge.json"/>
        <source>lr = 0.95 × 2/λmax settles; lr = 1.05 × 2/λmax bounces ever wider and diverges</source>
        <translation>lr = 0.95 × 2/λmax는 안착하고, lr = 1.05 × 2/λmax는 점점 크게 튀다가 발산한다</translation>
    </message>
    <message>
        <location filename="../scenarios/21-stability-edge.json"/>
        <source>Gradient descent converges on a quadratic exactly when lr &lt; 2/λmax: on a ravine with λmax = 100 (limit 0.02), lr = 0.019 shrinks the steep coordinate by |1 − 0.019·100| = 0.9 per step and settles, while lr = 0.021 multiplies it by 1.1 per step and diverges.</source>
        <translation>경사 하강법은 이차 함수에서 정확히 lr &lt; 2/λmax일 때 수렴합니다. λmax = 100(한계 0.02)인 협곡에서 lr = 0.019는 가파른 좌표를 스텝마다 |1 − 0.019·100| = 0.9배로 줄여 안착하고, lr = 0.021은 스텝마다 1.1배로 키워 발산합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/21-stability-edge.json"/>
        <source>Condition 100, valley tilted by 20 degrees: λ = 1 along the floor, 100 across it. The Theory panel&apos;s meter shows lr·λmax against 2; the phase diagram&apos;s SGD curve crosses ρ = 1 at lr = 0.02.</source>
        <translation>조건수 100, 골짜기는 20도 기울어져 있습니다. 바닥 방향으로 λ = 1, 가로지르는 방향으로 100입니다. 이론 패널의 계기는 lr·λmax를 2와 비교해 보여 주고, 위상 도표의 SGD 곡선은 lr = 0.02에서 ρ = 1을 지납니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/21-stability-edge.json"/>
        <source>SGD lr=0.019 (0.95 × 2/λmax)</source>
        <translation>SGD lr=0.019 (0.95 × 2/λmax)</translation>
    </message>
    <message>
        <location filename="../scenarios/21-stability-edge.json"/>
        <source>SGD lr=0.021 (1.05 × 2/λmax)</source>
        <translation>SGD lr=0.021 (1.05 × 2/λmax)</translation>
    </message>
    <message>
        <location filename="../scenarios/22-tuned-momentum-vs-gd.json"/>
        <source>Tuned momentum against tuned gradient descent at κ = 100</source>
        <translation>κ = 100에서 최적 조정한 모멘텀 대 최적 조정한 경사 하강법</translation>
    </message>
    <message>
        <location filename="../scenarios/22-tuned-momentum-vs-gd.json"/>
        <source>Tuned at κ=100: GD&apos;s error ×0.980 per step, heavy ball ×0.818, Nesterov ×0.885</source>
        <translation>κ=100에서 최적 조정: 스텝당 오차 GD ×0.980, heavy ball ×0.818, Nesterov ×0.885</translation>
    </message>
    <message>
        <location filename="../scenarios/22-tuned-momentum-vs-gd.json"/>
        <source>At condition number κ = 100 the best gradient descent shrinks the error by (κ−1)/(κ+1) = 0.980 per step, Polyak&apos;s tuned heavy ball by (√κ−1)/(√κ+1) = 0.818 and tuned Nesterov by 1 − 2/√(3κ+1) = 0.885; the measured per-step rates of these runs equal the predicted ones within 2%, so momentum needs about ten times fewer steps.</source>
        <translation>조건수 κ = 100에서 최선의 경사 하강법은 오차를 스텝마다 (κ−1)/(κ+1) = 0.980배로, 최적 조정한 Polyak의 heavy ball은 (√κ−1)/(√κ+1) = 0.818배로, 최적 조정한 Nesterov는 1 − 2/√(3κ+1) = 0.885배로 줄입니다. 이 실행들에서 측정한 스텝당 수렴률은 예측값과 2% 이내로 일치하므로, 모멘텀은 스텝이 약 10분의 1만 필요합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/22-tuned-momentum-vs-gd.json"/>
        <source>lr and momentum are engine.theory.optimal&apos;s, to full precision (the optimum is a double root: rounding lr to 6 digits moves the rate by 0.3%). Heavy ball: lr = 4/(√λmax+√λmin)², momentum = ((√κ−1)/(√κ+1))². Nesterov: lr = 4/(3λmax+λmin), momentum = (√(3κ+1)−2)/(√(3κ+1)+2) (Lessard, Recht &amp; Packard 2016). The loss plot&apos;s dashed envelope is f·ρ^(2k).</source>
        <translation>lr과 momentum은 engine.theory.optimal의 값을 전체 정밀도로 씁니다(최적점이 중근이라 lr을 6자리로 반올림해도 수렴률이 0.3% 바뀜). Heavy ball: lr = 4/(√λmax+√λmin)², momentum = ((√κ−1)/(√κ+1))². Nesterov: lr = 4/(3λmax+λmin), momentum = (√(3κ+1)−2)/(√(3κ+1)+2) (Lessard, Recht &amp; Packard 2016). 손실 그래프의 점선 포락선은 f·ρ^(2k)입니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/22-tuned-momentum-vs-gd.json"/>
        <source>GD tuned: lr=2/(λ1+λn), ρ=0.980</source>
        <translation>GD 최적 조정: lr=2/(λ1+λn), ρ=0.980</translation>
    </message>
    <message>
        <location filename="../scenarios/22-tuned-momentum-vs-gd.json"/>
        <source>Heavy ball tuned (Polyak), ρ=0.818</source>
        <translation>Heavy ball 최적 조정 (Polyak), ρ=0.818</translation>
    </message>
    <message>
        <location filename="../scenarios/22-tuned-momentum-vs-gd.json"/>
        <source>Nesterov tuned, ρ=0.885</source>
        <translation>Nesterov 최적 조정, ρ=0.885</translation>
    </message>
    <message>
        <location filename="../scenarios/23-adam-axis-aligned-ravine.json"/>
        <source>Adam&apos;s diagonal scaling fixes an axis-aligned ravine, not a tilted one</source>
        <translation>Adam의 대각 스케일링은 축과 나란한 협곡은 고치지만 기울어진 협곡은 못 고친다</translation>
    </message>
    <message>
        <location filename="../scenarios/23-adam-axis-aligned-ravine.json"/>
        <source>Adam&apos;s per-axis scaling: κ 100 → below 10 here; tilted 45° it would stay 100</source>
        <translation>Adam의 축별 스케일링: 여기서는 κ 100 → 10 미만, 45° 기울이면 100 그대로</translation>
    </message>
    <message>
        <location filename="../scenarios/23-adam-axis-aligned-ravine.json"/>
        <source>Adam divides each coordinate by its own gradient scale, a diagonal preconditioner D: on a ravine aligned with the axes the preconditioned Hessian D^(-1/2) H D^(-1/2) has condition number below 10 instead of 100 and Adam reaches the minimum in half the steps, but tilted by 45 degrees the same Adam still faces κ ≈ 100 and is far from the minimum.</source>
        <translation>Adam은 각 좌표를 그 좌표의 기울기 규모로 나누는데, 이는 대각 전처리 행렬 D와 같습니다. 축과 나란한 협곡에서는 전처리된 헤세 행렬 D^(-1/2) H D^(-1/2)의 조건수가 100이 아니라 10 미만이어서 Adam이 절반의 스텝으로 최솟값에 도달하지만, 45도 기울이면 같은 Adam도 여전히 κ ≈ 100을 마주하고 최솟값에서 멀리 떨어져 있습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/23-adam-axis-aligned-ravine.json"/>
        <source>Watch the Theory panel&apos;s &apos;κ before → after preconditioning&apos;, then set the surface&apos;s angle to 45: the effective κ jumps back to about 100. A diagonal rescaling can only stretch the axes; it cannot rotate the valley.</source>
        <translation>이론 패널의 &apos;κ 전처리 전 → 후&apos;를 보고, 곡면의 angle을 45로 바꾸어 보세요. 실효 κ가 다시 약 100으로 뛰어오릅니다. 대각 스케일링은 축을 늘일 수만 있고 골짜기를 회전시킬 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/24-edge-of-stability-rosenbrock.json"/>
        <source>Gradient descent meets its stability limit on Rosenbrock</source>
        <translation>경사 하강법이 Rosenbrock에서 안정성 한계에 부딪힌다</translation>
    </message>
    <message>
        <location filename="../scenarios/24-edge-of-stability-rosenbrock.json"/>
        <source>lr=0.004 stalls, bouncing where sharpness hits 2/lr; lr=0.0018 reaches (1, 1)</source>
        <translation>lr=0.004는 날카로움이 2/lr에 이르는 곳에서 튀며 멈추고, lr=0.0018은 (1, 1)에 도달한다</translation>
    </message>
    <message>
        <location filename="../scenarios/24-edge-of-stability-rosenbrock.json"/>
        <source>On a non-quadratic surface the stability limit moves along the path: Rosenbrock&apos;s valley gets sharper towards the minimum (λmax ≈ 1002 there). With lr = 0.004 (2/lr = 500 &lt; 1002) gradient descent follows the valley until the sharpness reaches 2/lr, then bounces back and forth across the valley at the edge of stability and never arrives; with lr = 0.0018 (2/lr ≈ 1111 &gt; 1002) it reaches the minimum.</source>
        <translation>이차 함수가 아닌 곡면에서는 안정성 한계가 경로를 따라 움직입니다. Rosenbrock의 골짜기는 최솟값에 가까울수록 날카로워집니다(그곳에서 λmax ≈ 1002). lr = 0.004(2/lr = 500 &lt; 1002)이면 경사 하강법은 날카로움이 2/lr에 이를 때까지 골짜기를 따라가다가, 안정성의 경계에서 골짜기를 가로질러 앞뒤로 튀며 끝내 도착하지 못합니다. lr = 0.0018(2/lr ≈ 1111 &gt; 1002)이면 최솟값에 도달합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/24-edge-of-stability-rosenbrock.json"/>
        <source>The sharpness trace plots λmax along the focused trail against 2/lr (Cohen et al., ICLR 2021). Both lanes start on a wall sharper than their limit (λmax ≈ 1506) and bounce at first.</source>
        <translation>날카로움 그래프는 선택한 궤적을 따라 λmax를 2/lr과 함께 그립니다(Cohen et al., ICLR 2021). 두 레인 모두 자신의 한계보다 날카로운 벽(λmax ≈ 1506)에서 출발하므로 처음에는 튑니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/24-edge-of-stability-rosenbrock.json"/>
        <source>SGD lr=0.004 (2/lr = 500)</source>
        <translation>SGD lr=0.004 (2/lr = 500)</translation>
    </message>
    <message>
        <location filename="../scenarios/24-edge-of-stability-rosenbrock.json"/>
        <source>SGD lr=0.0018 (2/lr ≈ 1111)</source>
        <translation>SGD lr=0.0018 (2/lr ≈ 1111)</translation>
    </message>
    <message>
        <location filename="../scenarios/25-minibatch-noise-ball.json"/>
        <source>Minibatches: batch 1 vs batch 32 at the same learning rate</source>
        <translation>미니배치: 같은 학습률에서 배치 1 대 배치 32</translation>
    </message>
    <message>
        <location filename="../scenarios/25-minibatch-noise-ball.json"/>
        <source>Same lr: batch 1 jitters in a wide noise ball, batch 32 in a small one</source>
        <translation>같은 lr: 배치 1은 넓은 잡음 공에서, 배치 32는 작은 잡음 공에서 떨린다</translation>
    </message>
    <message>
        <location filename="../scenarios/25-minibatch-noise-ball.json"/>
        <source>With true minibatches SGD at a constant learning rate does not settle: it jitters in a noise ball around the minimum whose radius is sqrt(lr / (2 - lr) * tr Cov_B) on this round bowl, with Cov_B = (N - B) / (B (N - 1)) times the per-example gradient covariance. Batch 1 matches it; batch 32 is smaller by at least sqrt(32) (without replacement, each epoch&apos;s batch errors cancel: smaller still); the full batch converges.</source>
        <translation>진짜 미니배치에서 일정한 학습률의 SGD는 안착하지 않고 최솟값 주위의 잡음 공 안에서 떨립니다. 이 둥근 그릇에서 잡음 공의 반지름은 sqrt(lr / (2 - lr) * tr Cov_B)이고, Cov_B는 예제별 기울기 공분산의 (N - B) / (B (N - 1))배입니다. 배치 1은 이 값과 맞고, 배치 32는 적어도 sqrt(32)배 작습니다(비복원 추출이면 에포크마다 배치 오차가 상쇄되어 더 작음). 전체 배치는 수렴합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/25-minibatch-noise-ball.json"/>
        <source>Diabetes progression against standardized BMI (Hessian = identity). All three lanes take the same lr; only the batch size differs. Batch 32 makes 14 steps per epoch, batch 1 makes 442.</source>
        <translation>표준화한 BMI 대비 당뇨병 진행도입니다(헤세 행렬 = 단위 행렬). 세 레인 모두 같은 lr을 쓰고 배치 크기만 다릅니다. 배치 32는 에포크당 14스텝, 배치 1은 442스텝입니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/25-minibatch-noise-ball.json"/>
        <source>SGD batch 1, lr=0.1</source>
        <translation>SGD 배치 1, lr=0.1</translation>
    </message>
    <message>
        <location filename="../scenarios/25-minibatch-noise-ball.json"/>
        <source>SGD batch 32, lr=0.1</source>
        <translation>SGD 배치 32, lr=0.1</translation>
    </message>
    <message>
        <location filename="../scenarios/25-minibatch-noise-ball.json"/>
        <source>GD full batch (442), lr=0.1</source>
        <translation>GD 전체 배치 (442), lr=0.1</translation>
    </message>
    <message>
        <location filename="../scenarios/26-interpolation-noise-vanishes.json"/>
        <source>Interpolation: minibatch noise vanishes at the minimum</source>
        <translation>보간: 미니배치 잡음이 최솟값에서 사라진다</translation>
    </message>
    <message>
        <location filename="../scenarios/26-interpolation-noise-vanishes.json"/>
        <source>A fit through every point: SGD with batch 1 converges exactly at a constant lr</source>
        <translation>모든 점을 지나는 적합: 배치 1의 SGD가 일정한 lr로 정확히 수렴한다</translation>
    </message>
    <message>
        <location filename="../scenarios/26-interpolation-noise-vanishes.json"/>
        <source>When one (w, b) fits every example exactly (interpolation), every example&apos;s gradient vanishes at the minimum, so the minibatch gradient noise vanishes there too and SGD with a constant learning rate converges to the minimum; on the real, noisy targets the same lanes stay in a noise ball.</source>
        <translation>하나의 (w, b)가 모든 예제에 정확히 맞으면(보간), 최솟값에서 모든 예제의 기울기가 0이 되므로 미니배치 기울기 잡음도 그곳에서 사라지고, 일정한 학습률의 SGD가 최솟값으로 수렴합니다. 잡음이 있는 실제 목표값에서는 같은 레인들이 잡음 공 안에 머뭅니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/26-interpolation-noise-vanishes.json"/>
        <source>Targets moved onto the least-squares line (the &apos;interpolate&apos; parameter). Untick it to see the same lanes jitter around the minimum of the real data.</source>
        <translation>목표값을 최소제곱 직선 위로 옮겼습니다(&apos;interpolate&apos; 매개변수). 선택을 해제하면 같은 레인들이 실제 데이터의 최솟값 주위에서 떨리는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/26-interpolation-noise-vanishes.json"/>
        <source>SGD batch 8, lr=0.1</source>
        <translation>SGD 배치 8, lr=0.1</translation>
    </message>
    <message>
        <location filename="../scenarios/27-standardize-rounds-the-valley.json"/>
        <source>Standardize the feature: the valley turns round</source>
        <translation>특성을 표준화하면 골짜기가 둥글어진다</translation>
    </message>
    <message>
        <location filename="../scenarios/27-standardize-rounds-the-valley.json"/>
        <source>Raw BMI: a valley with condition number ~26,000; standardized, a round bowl</source>
        <translation>원래 BMI: 조건수 ~26,000의 골짜기, 표준화하면 둥근 그릇</translation>
    </message>
    <message>
        <location filename="../scenarios/27-standardize-rounds-the-valley.json"/>
        <source>With the raw feature (BMI around 26, never near 0) slope and intercept trade off: the least-squares bowl is a thin diagonal valley with condition number about 26,000, and gradient descent at its best fixed learning rate 2 / (lambda_min + lambda_max) still has 97% of its error after 300 steps. Standardizing the feature makes the Hessian the identity (condition number 1): the same method with its best learning rate lands on the minimum in one step.</source>
        <translation>원래 특성(BMI는 26 안팎으로 0 근처에 오지 않음)을 그대로 쓰면 기울기와 절편이 서로 맞바뀝니다. 최소제곱 그릇은 조건수가 약 26,000인 가느다란 대각선 골짜기가 되고, 최선의 고정 학습률 2 / (lambda_min + lambda_max)의 경사 하강법도 300스텝 뒤에 오차가 여전히 97% 남아 있습니다. 특성을 표준화하면 헤세 행렬이 단위 행렬이 되어(조건수 1), 같은 방법이 최선의 학습률로 한 스텝 만에 최솟값에 도달합니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/27-standardize-rounds-the-valley.json"/>
        <source>Tick &apos;standardize&apos; in the surface panel to see the round bowl. Newton undoes the ill-conditioning on either surface in one step.</source>
        <translation>곡면 패널에서 &apos;standardize&apos;를 켜면 둥근 그릇을 볼 수 있습니다. 뉴턴 방법은 어느 곡면에서든 나쁜 조건수를 한 스텝 만에 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/27-standardize-rounds-the-valley.json"/>
        <source>GD lr=0.00279 (best for raw BMI)</source>
        <translation>GD lr=0.00279 (원래 BMI에 최선)</translation>
    </message>
    <message>
        <location filename="../scenarios/28-tuning-shrinks-the-gap.json"/>
        <source>Tuned with the same budget, Adam&apos;s lead over SGD shrinks</source>
        <translation>같은 예산으로 튜닝하면 SGD에 대한 Adam의 우위가 줄어듭니다</translation>
    </message>
    <message>
        <location filename="../scenarios/28-tuning-shrinks-the-gap.json"/>
        <source>Hand-picked: Adam 243× lower; both tuned: 16× (median of 5 seeds)</source>
        <translation>손으로 고른 설정: Adam이 243× 낮음, 둘 다 튜닝: 16× (시드 5개의 중앙값)</translation>
    </message>
    <message>
        <location filename="../scenarios/28-tuning-shrinks-the-gap.json"/>
        <source>With gradient noise 0.5 on a ravine of condition number 100, at hand-picked learning rates (SGD 0.005, Adam 0.05) Adam&apos;s median final loss over seeds 0-4 is 243 times lower than SGD&apos;s; tuned with the same budget (25 learning rates from 1e-4 to 10, 300 steps, the same 5 seeds) the gap is 16 times: tuning shrinks it 15-fold.</source>
        <translation>조건수 100인 협곡에 기울기 잡음 0.5를 주고 손으로 고른 학습률(SGD 0.005, Adam 0.05)로 돌리면 시드 0-4에 대한 Adam의 최종 손실 중앙값이 SGD보다 243배 낮습니다. 같은 예산(1e-4부터 10까지 학습률 25개, 300 스텝, 같은 시드 5개)으로 튜닝하면 차이는 16배입니다. 튜닝이 차이를 15분의 1로 줄입니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/28-tuning-shrinks-the-gap.json"/>
        <source>Press Ctrl+T (Tune) with 5 seeds: the sensitivity plot shows both curves, their best points starred and the hand-picked settings ringed. Comparisons at arbitrary settings mislead: most of the first gap was SGD&apos;s learning rate, not the method (Schmidt et al. 2021, DeepOBS).</source>
        <translation>시드 5개로 Ctrl+T(튜닝)를 누르세요. 민감도 그래프에 두 곡선이 나오고, 가장 좋은 점은 별로, 손으로 고른 설정은 동그라미로 표시됩니다. 임의의 설정에서 한 비교는 오해를 부릅니다. 처음 차이의 대부분은 방법이 아니라 SGD의 학습률 때문이었습니다(Schmidt et al. 2021, DeepOBS).</translation>
    </message>
    <message>
        <location filename="../scenarios/28-tuning-shrinks-the-gap.json"/>
        <source>SGD lr=0.005 (hand-picked)</source>
        <translation>SGD lr=0.005 (손으로 고름)</translation>
    </message>
    <message>
        <location filename="../scenarios/28-tuning-shrinks-the-gap.json"/>
        <source>Adam lr=0.05 (hand-picked)</source>
        <translation>Adam lr=0.05 (손으로 고름)</translation>
    </message>
    <message>
        <location filename="../scenarios/28-tuning-shrinks-the-gap.json"/>
        <source>SGD tuned lr=0.0121</source>
        <translation>SGD 튜닝됨 lr=0.0121</translation>
    </message>
    <message>
        <location filename="../scenarios/28-tuning-shrinks-the-gap.json"/>
        <source>Adam tuned lr=0.0825</source>
        <translation>Adam 튜닝됨 lr=0.0825</translation>
    </message>
    <message>
        <location filename="../scenarios/29-steps-are-not-evaluations.json"/>
        <source>Counted in evaluations, Newton&apos;s and CG&apos;s wins shrink or reverse</source>
        <translation>평가 횟수로 세면 뉴턴 방법과 켤레 기울기법의 승리가 줄거나 뒤집힙니다</translation>
    </message>
    <message>
        <location filename="../scenarios/29-steps-are-not-evaluations.json"/>
        <source>Vs tuned momentum to f ≤ 1e-6: CG-FR 8.9× fewer steps, 1.6× more evaluations</source>
        <translation>튜닝된 모멘텀 대비 f ≤ 1e-6까지: CG-FR은 스텝 8.9× 적고 평가 1.6× 많음</translation>
    </message>
    <message>
        <location filename="../scenarios/29-steps-are-not-evaluations.json"/>
        <source>On Rosenbrock&apos;s valley, to reach f ≤ 1e-6 against momentum tuned for it (444 steps, 444 gradients): Newton needs 89 times fewer steps but only 44 times fewer gradient and Hessian evaluations; BFGS 15 times fewer steps, 3.8 times fewer evaluations; conjugate gradient with a Wolfe line search (Polak–Ribière) 22 times fewer steps, 1.9 times fewer evaluations, and with Fletcher–Reeves 8.9 times fewer steps but 1.6 times more evaluations: the win reverses.</source>
        <translation>Rosenbrock 골짜기에서 이를 위해 튜닝된 모멘텀(444 스텝, 기울기 444번)과 비교해 f ≤ 1e-6에 이르기까지: 뉴턴 방법은 스텝이 89배 적지만 기울기와 헤세 행렬 평가는 44배만 적습니다. BFGS는 스텝 15배, 평가 3.8배 적습니다. Wolfe 선 탐색을 쓰는 켤레 기울기법(Polak–Ribière)은 스텝 22배, 평가 1.9배 적고, Fletcher–Reeves는 스텝이 8.9배 적지만 평가는 1.6배 많습니다. 승리가 뒤집힙니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/29-steps-are-not-evaluations.json"/>
        <source>The loss plot counts gradient evaluations here (View → Count cost in, Ctrl+K cycles): line-search probes are gradients too. Switch to steps to see the race most plots show; the race table&apos;s Cost column follows. A Hessian in d dimensions costs about d gradients more.</source>
        <translation>여기서는 손실 그래프가 기울기 평가 횟수를 셉니다(보기 → 비용 세는 단위, Ctrl+K로 순환). 선 탐색의 시험점도 기울기입니다. 대부분의 그래프가 보여 주는 경주를 보려면 스텝으로 바꾸세요. 경주 표의 비용 열도 따라갑니다. d차원에서 헤세 행렬 하나는 기울기 약 d개만큼 더 듭니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/29-steps-are-not-evaluations.json"/>
        <source>CG (Polak–Ribière, Wolfe)</source>
        <translation>CG (Polak–Ribière, Wolfe)</translation>
    </message>
    <message>
        <location filename="../scenarios/29-steps-are-not-evaluations.json"/>
        <source>CG (Fletcher–Reeves, Wolfe)</source>
        <translation>CG (Fletcher–Reeves, Wolfe)</translation>
    </message>
    <message>
        <location filename="../scenarios/29-steps-are-not-evaluations.json"/>
        <source>BFGS</source>
        <translation>BFGS</translation>
    </message>
    <message>
        <location filename="../scenarios/29-steps-are-not-evaluations.json"/>
        <source>Momentum tuned lr=0.00287</source>
        <translation>Momentum 튜닝됨 lr=0.00287</translation>
    </message>
    <message>
        <location filename="../scenarios/30-one-seed-is-not-the-median.json"/>
        <source>Under noise one race&apos;s winner is not the median&apos;s</source>
        <translation>잡음이 있으면 한 경주의 승자가 중앙값의 승자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../scenarios/30-one-seed-is-not-the-median.json"/>
        <source>Seed 0: SGD wins; seed 1: Adam. Over 21 seeds Adam wins 14, median 2.4× lower</source>
        <translation>시드 0: SGD 승, 시드 1: Adam 승. 시드 21개 중 Adam이 14번 이기고 중앙값이 2.4× 낮음</translation>
    </message>
    <message>
        <location filename="../scenarios/30-one-seed-is-not-the-median.json"/>
        <source>With gradient noise 1.0 on a ravine of condition number 20, SGD and Adam at lr = 0.05: with seed 0 SGD ends lower, with seed 1 Adam does; over seeds 0-20 Adam ends lower in 14 of 21 races and its median final loss is 2.4 times lower than SGD&apos;s. One race decides nothing.</source>
        <translation>조건수 20인 협곡에 기울기 잡음 1.0을 주고 SGD와 Adam을 lr = 0.05로 돌리면: 시드 0에서는 SGD가, 시드 1에서는 Adam이 더 낮게 끝납니다. 시드 0-20에서 Adam은 21번 중 14번 더 낮게 끝나고 최종 손실 중앙값이 SGD보다 2.4배 낮습니다. 경주 한 번으로는 아무것도 결정되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../scenarios/30-one-seed-is-not-the-median.json"/>
        <source>Tune (Ctrl+T) sweeps over 21 seeds here: the band is the spread between seeds, the line the median. Report medians over seeds, never one run.</source>
        <translation>여기서 튜닝(Ctrl+T)은 시드 21개에 걸쳐 훑습니다. 띠는 시드 사이의 퍼짐, 선은 중앙값입니다. 한 번의 실행이 아니라 시드에 대한 중앙값을 보고하세요.</translation>
    </message>
    <message>
        <location filename="../scenarios/30-one-seed-is-not-the-median.json"/>
        <source>SGD lr=0.05, seed 0</source>
        <translation>SGD lr=0.05, 시드 0</translation>
    </message>
    <message>
        <location filename="../scenarios/30-one-seed-is-not-the-median.json"/>
        <source>Adam lr=0.05, seed 0</source>
        <translation>Adam lr=0.05, 시드 0</translation>
    </message>
    <message>
        <location filename="../scenarios/30-one-seed-is-not-the-median.json"/>
        <source>SGD lr=0.05, seed 1</source>
        <translation>SGD lr=0.05, 시드 1</translation>
    </message>
    <message>
        <location filename="../scenarios/30-one-seed-is-not-the-median.json"/>
        <source>Adam lr=0.05, seed 1</source>
        <translation>Adam lr=0.05, 시드 1</translation>
    </message>
    <message>
        <source>The cliff surface with its wall removed (height 0): a long valley whose floor slopes at a constant rate toward its minimum at x = 1, so the gradients AdaGrad sums never shrink.</source>
        <translation type="vanished">벽을 없앤(height 0) 절벽 곡면입니다. 바닥이 x = 1의 최솟값을 향해 일정하게 기울어진 긴 골짜기라서, AdaGrad가 더하는 기울기는 결코 작아지지 않습니다.</translation>
    </message>
    <message>
        <source>Loss x10: SGD&apos;s lr=0.25 now explodes; AdaDelta (no lr) keeps the same path</source>
        <translation type="vanished">손실 x10: SGD의 lr=0.25는 이제 폭발하고, AdaDelta(lr 없음)는 같은 경로를 유지한다</translation>
    </message>
    <message>
        <source>Coordinate descent staircases along a tilted ravine (axis-aligned: 2 moves)</source>
        <translation type="vanished">좌표 하강법은 기울어진 협곡을 계단처럼 내려간다 (축과 나란하면 2번 이동)</translation>
    </message>
</context>
<context>
    <name>deck</name>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Optimizers, from SGD to Newton</source>
        <translation>최적화 기법: SGD부터 Newton까지</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Plain gradient descent follows the slope downhill: which minimum it reaches depends only on where it starts.</source>
        <translation>기본 경사 하강법은 비탈을 따라 내려갑니다. 어느 최솟값에 도달할지는 오직 출발점에 달려 있습니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Where will SGD end from this start?</source>
        <translation>이 출발점에서 SGD는 어디에서 끝날까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Gradient descent never climbs: it ends in the basin it started in.</source>
        <translation>경사 하강법은 절대 오르막을 오르지 않습니다. 출발한 분지 안에서 끝납니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Coordinate descent moves along one axis at a time: a staircase on a tilted valley.</source>
        <translation>좌표 하강법은 한 번에 한 축을 따라 움직입니다. 기울어진 골짜기에서는 계단 모양이 됩니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Gradient descent on a quadratic converges only while lr · λmax &lt; 2: five percent either side of 2/λmax is the difference between settling and blowing up.</source>
        <translation>이차 함수에서 경사 하강법은 lr · λmax &lt; 2일 때만 수렴합니다. 2/λmax에서 위아래로 5퍼센트 차이가 안착과 폭발을 가릅니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Which of the two learning rates diverges?</source>
        <translation>두 학습률 중 어느 쪽이 발산할까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Across the valley each step multiplies the error by 1 − lr·λmax: below −1 it grows every step.</source>
        <translation>골짜기를 가로지르는 방향에서 각 스텝은 오차에 1 − lr·λmax를 곱합니다. 이 값이 −1보다 작으면 오차는 매 스텝 커집니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>On a non-quadratic surface the sharpness changes as GD moves: the larger lr bounces where λmax reaches 2/lr and stalls there.</source>
        <translation>이차 함수가 아닌 곡면에서는 GD가 움직이는 동안 날카로움이 바뀝니다. 큰 lr은 λmax가 2/lr에 이르는 곳에서 튀며 거기서 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Which one ends nearer the minimum (1, 1)?</source>
        <translation>최솟값 (1, 1)에 더 가까이에서 끝나는 것은 어느 쪽일까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>The large lr cannot enter the sharp part of the valley: it hovers where λmax ≈ 2/lr.</source>
        <translation>큰 lr은 골짜기의 날카로운 부분에 들어가지 못하고 λmax ≈ 2/lr인 곳에서 맴돕니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>At a saddle the gradient is nearly zero, so SGD crawls; momentum keeps the speed it gathered.</source>
        <translation>안장점에서는 기울기가 거의 0이라 SGD는 기어가고, 모멘텀은 모아 둔 속도를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Which one gets below f = −0.12 first?</source>
        <translation>f = −0.12 아래로 먼저 내려가는 것은 어느 쪽일까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Momentum carries it off the saddle; SGD&apos;s steps shrink with the gradient.</source>
        <translation>모멘텀이 안장점에서 밀어내 주고, SGD의 스텝은 기울기와 함께 작아집니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>In a ravine SGD bounces between the walls; momentum averages the bouncing out and speeds up along the floor.</source>
        <translation>협곡에서 SGD는 벽 사이를 튕기고, 모멘텀은 그 진동을 평균 내어 없애며 바닥을 따라 속도를 높입니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Which one gets below f = 0.001 first?</source>
        <translation>f = 0.001 아래로 먼저 내려가는 것은 어느 쪽일까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>The zigzag cancels in momentum&apos;s velocity; the floor&apos;s small gradient adds up.</source>
        <translation>지그재그는 모멘텀의 속도 안에서 상쇄되고, 바닥의 작은 기울기는 누적됩니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Each optimizer at its theoretically best lr (and momentum): the rates ρ are per step, so 300 steps compound them.</source>
        <translation>각 최적화 기법은 이론상 최선의 lr(과 모멘텀)을 씁니다. 수렴률 ρ는 스텝당 값이므로 300스텝이면 거듭제곱으로 쌓입니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Which one gets below f = 10⁻⁶ first?</source>
        <translation>f = 10⁻⁶ 아래로 먼저 내려가는 것은 어느 쪽일까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Tuned heavy ball contracts as (√κ−1)/(√κ+1) per step, GD only as (κ−1)/(κ+1).</source>
        <translation>최적 조정한 heavy ball은 스텝마다 (√κ−1)/(√κ+1)배로 줄어들고, GD는 (κ−1)/(κ+1)배로만 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Momentum can roll through a shallow minimum into a deeper one.</source>
        <translation>모멘텀은 얕은 최솟값을 지나 더 깊은 최솟값으로 굴러갈 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Which one ends in the deeper minimum (the left one)?</source>
        <translation>더 깊은 최솟값(왼쪽)에서 끝나는 것은 어느 쪽일까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>The velocity carries momentum over the bump between the minima.</source>
        <translation>속도가 모멘텀을 두 최솟값 사이의 둔덕 너머로 데려갑니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Nesterov looks ahead before it steps, so it brakes before it overshoots.</source>
        <translation>Nesterov는 움직이기 전에 앞을 내다보므로, 지나치기 전에 미리 제동을 겁니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Nesterov&apos;s gradient at the look-ahead point corrects the overshoot early.</source>
        <translation>앞서 내다본 점에서 계산한 Nesterov의 기울기가 지나침을 일찍 바로잡습니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>AdaGrad divides by the sum of all past squared gradients, so its step only shrinks.</source>
        <translation>AdaGrad는 지난 모든 기울기 제곱의 합으로 나누므로 스텝이 줄어들기만 합니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Which one ends lowest?</source>
        <translation>가장 낮은 곳에서 끝나는 것은 어느 쪽일까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>RMSProp forgets old gradients; AdaGrad&apos;s denominator keeps growing.</source>
        <translation>RMSProp은 오래된 기울기를 잊고, AdaGrad의 분모는 계속 커집니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>RMSProp scales each coordinate by its own gradient size: the steep direction gets small steps.</source>
        <translation>RMSProp은 각 좌표를 그 좌표의 기울기 크기로 스케일링합니다. 가파른 방향은 작은 스텝을 받습니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Per-coordinate scaling evens out the ravine&apos;s walls and floor.</source>
        <translation>좌표별 스케일링이 협곡의 벽과 바닥을 고르게 만듭니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>On a plateau the gradient is tiny; adaptive methods divide by its size and keep moving.</source>
        <translation>고원에서는 기울기가 아주 작습니다. 적응적 방법은 기울기를 그 크기로 나누어 계속 움직입니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Dividing by the gradient&apos;s running size makes the step independent of the plateau&apos;s flatness.</source>
        <translation>기울기를 그 이동 평균 크기로 나누면 스텝이 고원의 평평한 정도와 무관해집니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>AdaDelta&apos;s step has the units of x: no learning rate to tune.</source>
        <translation>AdaDelta의 스텝은 x와 같은 단위를 가집니다. 조정할 학습률이 없습니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Will SGD with lr = 0.25 diverge here?</source>
        <translation>lr = 0.25인 SGD는 여기서 발산할까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>lr · λmax &gt; 2: each step overshoots more than the last.</source>
        <translation>lr · λmax &gt; 2: 스텝마다 직전보다 더 많이 지나칩니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Adam combines momentum and per-coordinate scaling.</source>
        <translation>Adam은 모멘텀과 좌표별 스케일링을 결합합니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Adam divides each coordinate by its own RMS gradient: a diagonal preconditioner. An axis-aligned ravine becomes round; a tilted one would not.</source>
        <translation>Adam은 각 좌표를 그 좌표 기울기의 RMS로 나눕니다. 곧 대각 전처리입니다. 축과 나란한 협곡은 둥글어지지만, 기울어진 협곡은 그렇지 않습니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Without bias correction Adam&apos;s first steps are off by the factor 1 − βᵗ.</source>
        <translation>편향 보정이 없으면 Adam의 처음 스텝들은 1 − βᵗ배만큼 어긋납니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Is Adam better, or only better tuned? Both tuned with the same budget (Ctrl+T, 25 learning rates, 5 seeds), the gap of the hand-picked race shrinks about fifteen-fold.</source>
        <translation>Adam이 더 나은 걸까요, 아니면 더 잘 튜닝된 것뿐일까요? 둘 다 같은 예산(Ctrl+T, 학습률 25개, 시드 5개)으로 튜닝하면 손으로 고른 경주의 차이가 약 15분의 1로 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Tuned Adam still ends lowest, but tuned SGD is 16 times behind in the median over seeds, not 243 times: most of the first gap was SGD&apos;s learning rate.</source>
        <translation>튜닝된 Adam이 여전히 가장 낮게 끝나지만, 튜닝된 SGD는 시드 중앙값으로 243배가 아니라 16배 뒤질 뿐입니다. 처음 차이의 대부분은 SGD의 학습률 때문이었습니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Newton&apos;s method jumps to the stationary point of its quadratic model: at a saddle, that is the saddle.</source>
        <translation>뉴턴 방법은 이차 모델의 정류점으로 뛰어갑니다. 안장점 근처에서는 그 정류점이 바로 안장점입니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Which one ends on the saddle point (0, 0)?</source>
        <translation>안장점 (0, 0)에서 끝나는 것은 어느 쪽일까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Newton solves ∇f = 0 and cannot tell a saddle from a minimum; saddle-free Newton uses |H|.</source>
        <translation>뉴턴 방법은 ∇f = 0을 풀 뿐이라 안장점과 최솟값을 구별하지 못합니다. saddle-free Newton은 |H|를 씁니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Damping moves Newton&apos;s step from the Newton direction towards gradient descent.</source>
        <translation>감쇠는 뉴턴 스텝을 뉴턴 방향에서 경사 하강법 쪽으로 옮깁니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Conjugate gradient solves a 2-D quadratic in two exact line searches.</source>
        <translation>켤레 기울기법은 2차원 이차 함수를 정확한 선 탐색 두 번으로 풉니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Which one gets below f = 10⁻¹⁰ first?</source>
        <translation>f = 10⁻¹⁰ 아래로 먼저 내려가는 것은 어느 쪽일까요?</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Conjugate directions never undo each other&apos;s progress.</source>
        <translation>켤레 방향들은 서로의 진전을 절대 되돌리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>BFGS builds an estimate of the inverse Hessian from gradient changes.</source>
        <translation>BFGS는 기울기의 변화로부터 헤세 역행렬의 추정값을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>A step is not a unit of cost: Newton asks for a Hessian every step, line searches for several gradients. The loss plot counts gradient evaluations here (Ctrl+K cycles what it counts).</source>
        <translation>스텝은 비용의 단위가 아닙니다. 뉴턴 방법은 스텝마다 헤세 행렬을, 선 탐색은 기울기 여러 개를 요구합니다. 여기서는 손실 그래프가 기울기 평가 횟수를 셉니다(Ctrl+K로 세는 단위를 바꿉니다).</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>At a cliff the gradient is huge; clipping caps the step.</source>
        <translation>절벽에서는 기울기가 매우 큽니다. 클리핑이 스텝에 상한을 둡니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Without clipping the step off the cliff throws SGD far away.</source>
        <translation>클리핑이 없으면 절벽에서의 스텝이 SGD를 멀리 튕겨 냅니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>With noisy gradients a constant learning rate keeps bouncing; a decaying one settles.</source>
        <translation>잡음 섞인 기울기에서 일정한 학습률은 계속 튀고, 감소하는 학습률은 안착합니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Momentum averages noisy gradients.</source>
        <translation>모멘텀은 잡음 섞인 기울기를 평균 냅니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Under noise one race is one draw: the seed 0 race and the seed 1 race have different winners. Report medians over seeds.</source>
        <translation>잡음이 있으면 경주 한 번은 한 번의 추첨입니다. 시드 0 경주와 시드 1 경주의 승자가 다릅니다. 시드에 대한 중앙값을 보고하세요.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>SGD with seed 0, in this race; over 21 seeds Adam ends lower in 14 and its median final loss is 2.4 times lower.</source>
        <translation>이 경주에서는 시드 0의 SGD입니다. 시드 21개에서는 Adam이 14번 더 낮게 끝나고 최종 손실 중앙값이 2.4배 낮습니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Same learning rate, different batch sizes: the gradient noise sets the size of the ball SGD wanders in around the minimum.</source>
        <translation>학습률은 같고 배치 크기만 다릅니다. 기울기 잡음이 SGD가 최솟값 주위에서 헤매는 공의 크기를 정합니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>The full batch has no gradient noise: it settles at the minimum; batch 1 keeps jittering.</source>
        <translation>전체 배치에는 기울기 잡음이 없어 최솟값에 안착하고, 배치 1은 계속 떨립니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>When the model fits every example exactly, every example&apos;s gradient vanishes at the minimum, and so does the noise.</source>
        <translation>모델이 모든 예제에 정확히 맞으면 최솟값에서 모든 예제의 기울기가 0이 되고, 잡음도 사라집니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Averaging the iterates removes most of the noise of SGD&apos;s last steps.</source>
        <translation>반복점들을 평균 내면 SGD 마지막 스텝들의 잡음 대부분이 사라집니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Feature scaling is preconditioning by hand: standardizing BMI turns a valley of condition number ~26,000 into a round bowl.</source>
        <translation>특성 스케일링은 손으로 하는 전처리입니다. BMI를 표준화하면 조건수 ~26,000의 골짜기가 둥근 그릇이 됩니다.</translation>
    </message>
    <message>
        <location filename="../decks/builtin.json"/>
        <source>Newton rescales by the inverse Hessian: the ill-conditioning costs it nothing.</source>
        <translation>뉴턴 방법은 헤세 역행렬로 스케일을 바꾸므로, 나쁜 조건수가 아무런 비용이 되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>surface</name>
    <message>
        <location filename="../../engine/surfaces/quadratic.py"/>
        <source>Quadratic bowl</source>
        <translation>이차 함수 그릇</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/quadratic.py"/>
        <source>f = (a x^2 + b y^2) / 2: a round (a = b) or mildly elliptic bowl with one minimum at the origin. Every sensible optimizer converges here; it is the control experiment.</source>
        <translation>f = (a x^2 + b y^2) / 2: 원점에 최솟값이 하나 있는 둥근(a = b) 또는 약간 타원형인 그릇입니다. 쓸 만한 최적화 기법이라면 모두 여기서 수렴합니다. 대조 실험입니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/quadratic.py"/>
        <source>curvature along x</source>
        <translation>x 방향 곡률</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/quadratic.py"/>
        <source>curvature along y</source>
        <translation>y 방향 곡률</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/ravine.py"/>
        <source>Ravine (ill-conditioned valley)</source>
        <translation>협곡 (조건수가 나쁜 골짜기)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/ravine.py"/>
        <source>A long, narrow valley whose walls are much steeper than its floor: the curvature across the valley is &apos;condition&apos; times the curvature along it. Plain gradient descent must keep its learning rate small enough for the steep walls, so it bounces from wall to wall in a zig-zag while crawling along the nearly flat floor. Momentum cancels the bouncing and accumulates speed along the floor; Newton&apos;s method and conjugate gradients undo the ill-conditioning exactly. Turn &apos;angle&apos; to 0 and the valley lines up with the axes, so per-coordinate methods (Adam, RMSProp, coordinate descent) suddenly look brilliant; tilt it and their advantage shrinks.</source>
        <translation>벽이 바닥보다 훨씬 가파른 길고 좁은 골짜기입니다. 골짜기를 가로지르는 방향의 곡률이 골짜기를 따라가는 방향 곡률의 &apos;condition&apos;배입니다. 기본 경사 하강법은 가파른 벽에 맞춰 학습률을 충분히 작게 유지해야 하므로, 거의 평평한 바닥을 따라 기어가는 동안 벽과 벽 사이를 지그재그로 튕깁니다. 모멘텀은 이 진동을 상쇄하고 바닥을 따라 속도를 쌓습니다. 뉴턴 방법과 켤레 기울기법은 나쁜 조건수를 정확히 되돌립니다. &apos;angle&apos;을 0으로 하면 골짜기가 좌표축과 나란해져 좌표별 방법(Adam, RMSProp, 좌표 하강법)이 갑자기 뛰어나 보입니다. 골짜기를 기울이면 그 이점은 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/ravine.py"/>
        <source>condition number: curvature across the valley / along it</source>
        <translation>조건수: 골짜기를 가로지르는 방향의 곡률 / 따라가는 방향의 곡률</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/ravine.py"/>
        <source>rotation of the valley in degrees (0 = along the x axis)</source>
        <translation>골짜기의 회전 각도(도) (0 = x축 방향)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/saddle.py"/>
        <source>Saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/saddle.py"/>
        <source>A pass between two valleys. Along x the origin looks like the bottom of a bowl; along y it is the top of a hill, with a valley on each side at y = +1 and y = -1. Started on the x axis with only a whisker of offset in y, plain gradient descent slides down to the saddle and sits there: the gradient is almost zero, so it looks as if it has converged, while the escape direction grows only by a small factor per step. Momentum arrives with speed and amplifies the tiny offset much faster, so it rolls off into a valley. Newton&apos;s method is attracted to the saddle itself, because it jumps to any stationary point; the saddle-free variant flips the negative curvature and is repelled.</source>
        <translation>두 골짜기 사이의 고갯마루입니다. x 방향으로 보면 원점은 그릇의 바닥이고, y 방향으로 보면 언덕의 꼭대기이며 양쪽 y = +1과 y = -1에 골짜기가 하나씩 있습니다. y 방향으로 아주 조금만 벗어난 x축 위에서 출발하면, 기본 경사 하강법은 안장점까지 미끄러져 내려와 그 자리에 머뭅니다. 기울기가 거의 0이라 수렴한 것처럼 보이지만, 탈출 방향의 변위는 스텝마다 아주 조금씩만 커집니다. 모멘텀은 속도를 가진 채 도착해 그 작은 변위를 훨씬 빠르게 키우므로 골짜기로 굴러 떨어집니다. 뉴턴 방법은 어떤 정류점으로든 뛰어가기 때문에 안장점 자체에 끌려갑니다. 안장점 회피(saddle-free) 변형은 음의 곡률을 뒤집어서 안장점에서 밀려납니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/saddle.py"/>
        <source>curvature along x (the stable direction)</source>
        <translation>x 방향 곡률 (안정한 방향)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/saddle.py"/>
        <source>negative curvature along y at the saddle (depth of the valleys is b/4)</source>
        <translation>안장점에서 y 방향의 음의 곡률 (골짜기의 깊이는 b/4)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/plateau.py"/>
        <source>Plateau (vanishing gradient)</source>
        <translation>고원 (기울기 소실)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/plateau.py"/>
        <source>A narrow basin in the middle of a vast, almost perfectly flat table. Out on the table the gradient is not zero, but it is a few ten-thousandths, so plain gradient descent takes microscopic steps and seems stuck although the way down is obvious. Adaptive methods such as RMSProp and Adam divide the gradient by its own running size, so they walk across the flat part at full speed and then drop into the basin. Newton&apos;s method fails differently: out on the table the surface curves downward, so it steps away from the basin. Make &apos;width&apos; smaller to make the table flatter and the basin narrower.</source>
        <translation>거의 완벽하게 평평하고 넓은 탁자 한가운데에 있는 좁은 분지입니다. 탁자 위에서 기울기는 0이 아니지만 1만분의 몇 정도라서, 기본 경사 하강법은 내려갈 길이 뻔히 보이는데도 아주 작은 스텝만 밟아 멈춘 것처럼 보입니다. RMSProp이나 Adam 같은 적응적 방법은 기울기를 그 자신의 이동 평균 크기로 나누므로 평평한 부분을 최고 속도로 건넌 뒤 분지로 떨어집니다. 뉴턴 방법은 다른 식으로 실패합니다. 탁자 위에서는 곡면이 아래로 휘어 있으므로 분지에서 멀어지는 쪽으로 이동합니다. &apos;width&apos;를 줄이면 탁자는 더 평평해지고 분지는 더 좁아집니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/plateau.py"/>
        <source>radius of the basin; beyond ~3 widths the surface is flat</source>
        <translation>분지의 반지름; 폭의 약 3배보다 바깥에서는 곡면이 평평함</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/plateau.py"/>
        <source>depth of the basin below the plateau</source>
        <translation>고원에서 분지 바닥까지의 깊이</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/cliff.py"/>
        <source>Cliff (exploding gradient)</source>
        <translation>절벽 (기울기 폭발)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/cliff.py"/>
        <source>A gentle slope that runs into a sheer wall, like the cliffs in the loss of a recurrent network: the best point is right at the foot of the wall. Far from the wall the slope is mild and a generous learning rate looks perfectly safe. But the wall is so steep that a step which lands on it sees a gradient dozens of times larger, and an unclipped gradient step catapults the point far back across the slope, often out of the picture, throwing away the progress it had made; then it walks back and it happens again. A smaller learning rate avoids this but crawls on the slope. Gradient clipping caps the length of that one step, and Adam-like methods, whose steps are about the size of the learning rate whatever the gradient, shrug the wall off. Raise &apos;height&apos; or &apos;sharpness&apos; to make the wall more treacherous.</source>
        <translation>순환 신경망 손실 함수의 절벽처럼, 완만한 비탈이 깎아지른 벽에 부딪히는 곡면입니다. 가장 좋은 점은 벽 바로 아래에 있습니다. 벽에서 멀리 떨어진 곳은 비탈이 완만해서 큰 학습률도 전혀 위험해 보이지 않습니다. 하지만 벽이 너무 가팔라서 벽 위에 떨어진 스텝은 수십 배 큰 기울기를 만나고, 클리핑하지 않은 경사 스텝은 점을 비탈 저편 멀리, 흔히 화면 밖으로 튕겨 내어 그동안의 진전을 날려 버립니다. 그러고는 다시 걸어 돌아와 같은 일이 되풀이됩니다. 학습률을 줄이면 이를 피하지만 비탈에서 기어가게 됩니다. 기울기 클리핑은 그 한 스텝의 길이에 상한을 두고, 기울기와 상관없이 스텝이 대략 학습률 크기인 Adam 계열 방법은 벽을 아랑곳하지 않습니다. &apos;height&apos;나 &apos;sharpness&apos;를 키우면 벽이 더 위험해집니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/cliff.py"/>
        <source>height of the wall</source>
        <translation>벽의 높이</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/cliff.py"/>
        <source>steepness of the wall (1 / its width)</source>
        <translation>벽의 가파름 (1 / 벽의 폭)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/slope.py"/>
        <source>Sloping valley (constant gradient)</source>
        <translation>기울어진 골짜기 (일정한 기울기)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/slope.py"/>
        <source>A long, straight valley whose floor falls at the same rate all the way to the lowest point, where it rounds off into a small bowl. Along the floor the gradient never shrinks, so a method that slows down as it goes is easy to spot. AdaGrad divides by the square root of the sum of every squared gradient it has seen; here that sum grows in proportion to the number of steps, so its steps shrink like 1/√t and it stalls far up the valley. RMSProp and Adam divide by a moving average instead, which stays the same size, so they keep their pace to the bottom. Raise &apos;slope&apos; to make the floor steeper, or &apos;rounding&apos; to widen the bowl at the end.</source>
        <translation>바닥이 가장 낮은 점까지 같은 비율로 내려가다가 끝에서 작은 그릇 모양으로 둥글어지는 길고 곧은 골짜기입니다. 바닥을 따라 기울기가 결코 작아지지 않으므로, 갈수록 느려지는 방법이 쉽게 눈에 띕니다. AdaGrad는 지금까지 본 모든 기울기 제곱의 합의 제곱근으로 나눕니다. 여기서는 그 합이 스텝 수에 비례해 커지므로 스텝이 1/√t처럼 줄어들어 골짜기 한참 위에서 멈춥니다. RMSProp과 Adam은 대신 크기가 일정한 이동 평균으로 나누므로 바닥까지 속도를 유지합니다. &apos;slope&apos;를 올리면 바닥이 가팔라지고, &apos;rounding&apos;을 올리면 끝의 그릇이 넓어집니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/slope.py"/>
        <source>how fast the floor falls toward the minimum</source>
        <translation>바닥이 최솟값을 향해 내려가는 빠르기</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/slope.py"/>
        <source>width of the bowl at the bottom</source>
        <translation>바닥에 있는 그릇의 폭</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/rosenbrock.py"/>
        <source>Rosenbrock (banana valley)</source>
        <translation>Rosenbrock (바나나 골짜기)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/rosenbrock.py"/>
        <source>Rosenbrock&apos;s classic test function: a steep-walled valley that bends like a banana, with a floor that is almost flat. Finding the valley is easy; following its curved floor to the minimum at (a, a^2) is hard. Gradient descent bounces between the walls and creeps along the floor; momentum helps but tends to overshoot at the bend; second-order methods that read the curvature (Newton, BFGS) follow the curve in a few dozen steps. &apos;b&apos; sets how steep the walls are compared with the floor.</source>
        <translation>Rosenbrock의 고전적인 테스트 함수입니다. 벽이 가파른 골짜기가 바나나처럼 휘어 있고 바닥은 거의 평평합니다. 골짜기를 찾기는 쉽지만, 휘어진 바닥을 따라 (a, a^2)의 최솟값까지 가기는 어렵습니다. 경사 하강법은 벽 사이를 튕기며 바닥을 따라 느릿느릿 나아갑니다. 모멘텀은 도움이 되지만 굽은 곳에서 지나쳐 버리기 쉽습니다. 곡률을 읽는 2차 방법(Newton, BFGS)은 수십 스텝 만에 곡선을 따라갑니다. &apos;b&apos;는 바닥에 비해 벽이 얼마나 가파른지를 정합니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/rosenbrock.py"/>
        <source>position of the minimum (a, a^2)</source>
        <translation>최솟값의 위치 (a, a^2)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/rosenbrock.py"/>
        <source>steepness of the valley walls</source>
        <translation>골짜기 벽의 가파름</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/beale.py"/>
        <source>Beale</source>
        <translation>Beale</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/beale.py"/>
        <source>Beale&apos;s test function: values range from zero to a hundred thousand. Most of the window is a broad, flat plain cut by a narrow curved valley that leads to the minimum at (3, 0.5), while the corners rise so sharply that one careless step there throws an optimizer out of the picture. A learning rate that is safe in the corners is painfully slow on the plain; methods that adapt their step size to the gradient handle the change of scale far better. Two traps: a saddle at (0, 1), which attracts Newton&apos;s method from almost anywhere, and a valley running off to the far left (y near 1) whose floor levels out at about 0.45, where runs started left of the saddle drift away forever.</source>
        <translation>Beale의 테스트 함수입니다. 함숫값이 0부터 10만까지 걸쳐 있습니다. 화면 대부분은 넓고 평평한 평원이고, 좁게 휘어진 골짜기가 이를 가르며 (3, 0.5)의 최솟값으로 이어집니다. 반면 모서리는 너무 가파르게 솟아 있어서 그곳에서 한 번만 부주의하게 움직여도 최적화 기법이 화면 밖으로 튕겨 나갑니다. 모서리에서 안전한 학습률은 평원에서 답답할 만큼 느립니다. 기울기에 맞춰 스텝 크기를 조절하는 방법이 이런 규모 변화를 훨씬 잘 다룹니다. 함정이 두 개 있습니다. (0, 1)의 안장점은 거의 어디에서 출발한 뉴턴 방법이든 끌어당기고, 왼쪽 멀리(y가 1 근처) 뻗은 골짜기는 바닥이 약 0.45에서 평평해져서 안장점 왼쪽에서 출발한 실행은 그쪽으로 끝없이 흘러가 버립니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/himmelblau.py"/>
        <source>Himmelblau (four minima)</source>
        <translation>Himmelblau (최솟값 네 개)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/himmelblau.py"/>
        <source>Himmelblau&apos;s function has four minima, all exactly as deep (value 0), separated by four saddle points around a central hill. Which minimum an optimizer reaches depends on where it starts and on its own dynamics. From the origin, plain gradient descent settles in the minimum at (3, 2), while momentum swings past it over a saddle into the minimum at (3.58, -1.85); Newton&apos;s method, which only looks for a point where the gradient vanishes, climbs to the top of the hill instead. Start near the hill or on a saddle to see the methods split up.</source>
        <translation>Himmelblau 함수에는 깊이가 정확히 같은(값 0) 최솟값이 네 개 있고, 가운데 언덕을 둘러싼 안장점 네 개가 이들을 나눕니다. 최적화 기법이 어느 최솟값에 도달할지는 출발점과 그 기법 자체의 동역학에 달려 있습니다. 원점에서 출발하면 기본 경사 하강법은 (3, 2)의 최솟값에 자리 잡지만, 모멘텀은 그곳을 지나쳐 안장점을 넘어 (3.58, -1.85)의 최솟값으로 갑니다. 기울기가 0인 점만 찾는 뉴턴 방법은 오히려 언덕 꼭대기로 올라갑니다. 언덕 근처나 안장점 위에서 출발하면 방법들이 갈라지는 모습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/rastrigin.py"/>
        <source>Rastrigin (many local minima)</source>
        <translation>Rastrigin (국소 최솟값이 많음)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/rastrigin.py"/>
        <source>An ordinary bowl with a regular egg-box ripple laid over it, so the surface is covered in local minima, one near every point with whole-number coordinates, and only the one at the origin is the global minimum. Gradient descent drops into whichever dimple it starts in and stays there: it only sees local slope, and so do momentum and Adam at sensible learning rates. Crank the learning rate up and they hop over ripples, but they land in a random dimple rather than the deepest one; a line search (BFGS, conjugate gradients) may jump a few ripples at once. No purely local method is guaranteed to find the bottom. &apos;A&apos; sets how deep the ripples are; at A = 0 the surface is a plain bowl.</source>
        <translation>평범한 그릇 위에 달걀판 같은 규칙적인 물결을 얹은 곡면이라, 좌표가 정수인 모든 점 근처마다 국소 최솟값이 하나씩 있고 원점의 것만 전역 최솟값입니다. 경사 하강법은 출발한 오목한 곳으로 떨어져 거기 머뭅니다. 국소적인 기울기만 보기 때문이며, 적당한 학습률의 모멘텀과 Adam도 마찬가지입니다. 학습률을 크게 올리면 물결을 뛰어넘지만, 가장 깊은 곳이 아니라 아무 오목한 곳에나 내려앉습니다. 선 탐색(BFGS, 켤레 기울기법)은 물결 몇 개를 한 번에 건너뛸 수도 있습니다. 순수하게 국소적인 방법으로는 바닥을 찾는다는 보장이 없습니다. &apos;A&apos;는 물결의 깊이를 정하며, A = 0이면 평범한 그릇입니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/rastrigin.py"/>
        <source>amplitude of the ripples (0 = a plain bowl)</source>
        <translation>물결의 진폭 (0 = 평범한 그릇)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/two_minima.py"/>
        <source>Two minima (shallow and deep)</source>
        <translation>두 최솟값 (얕은 것과 깊은 것)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/two_minima.py"/>
        <source>Two valleys side by side: a shallow one on the right and a deeper one on the left, separated by a low ridge. Started high on the right, every method first runs into the shallow valley. Plain gradient descent stops there for good, because at the bottom of a valley there is no slope to follow. Momentum arrives with speed, rolls over the low ridge and settles in the deeper valley, which is the everyday argument for momentum: it smooths over small dips in the loss. &apos;tilt&apos; sets how much deeper the left valley is and how low the ridge between them.</source>
        <translation>나란히 놓인 두 골짜기로, 오른쪽은 얕고 왼쪽은 더 깊으며 낮은 능선이 둘을 가릅니다. 오른쪽 높은 곳에서 출발하면 모든 방법이 먼저 얕은 골짜기로 들어갑니다. 기본 경사 하강법은 골짜기 바닥에는 따라갈 경사가 없으므로 거기서 완전히 멈춥니다. 모멘텀은 속도를 가진 채 도착해 낮은 능선을 넘어 더 깊은 골짜기에 자리 잡습니다. 이것이 모멘텀을 쓰는 흔한 이유로, 손실의 작은 웅덩이를 매끄럽게 넘어갑니다. &apos;tilt&apos;는 왼쪽 골짜기가 얼마나 더 깊은지와 둘 사이 능선이 얼마나 낮은지를 정합니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/two_minima.py"/>
        <source>how much deeper the left valley is (and how low the ridge)</source>
        <translation>왼쪽 골짜기가 얼마나 더 깊은지 (그리고 능선이 얼마나 낮은지)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/two_minima.py"/>
        <source>curvature across the valleys (along y)</source>
        <translation>골짜기를 가로지르는 방향의 곡률 (y 방향)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/linear_regression.py"/>
        <source>Linear regression (diabetes data)</source>
        <translation>선형 회귀 (당뇨병 데이터)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/linear_regression.py"/>
        <source>Least squares on real data: a straight line y = w x + b through 442 diabetes patients&apos; disease progression against their body mass index (Efron et al. 2004). The loss is a quadratic bowl, but with the raw feature (x around 26, never near 0) the slope and the intercept trade off against each other: the bowl is a thin diagonal valley (condition number in the tens of thousands) along which gradient descent crawls. Tick &apos;standardize&apos; (x -&gt; (x - mean) / std) and the valley turns perfectly round: one full-batch step of size 1 lands on the minimum. Lower &apos;batch_size&apos; for true minibatch SGD: each step uses B examples drawn without replacement, so the path jitters in a noise ball around the minimum whose size shrinks like sqrt(lr / B); tick &apos;interpolate&apos; (targets moved onto the fitted line) and the noise vanishes at the minimum, because every example agrees there.</source>
        <translation>실제 데이터에 대한 최소제곱법입니다. 당뇨병 환자 442명의 체질량지수 대비 질병 진행도를 지나는 직선 y = w x + b를 맞춥니다 (Efron et al. 2004). 손실 함수는 이차 그릇이지만, 원래 특성(x는 26 안팎으로 0 근처에 오지 않음)을 그대로 쓰면 기울기와 절편이 서로 맞바뀝니다. 그릇은 가느다란 대각선 골짜기(조건수가 수만)가 되고, 경사 하강법은 그 골짜기를 따라 기어갑니다. &apos;standardize&apos;(x -&gt; (x - mean) / std)를 켜면 골짜기가 완전히 둥글어져, 크기 1인 전체 배치 스텝 한 번으로 최솟값에 도달합니다. &apos;batch_size&apos;를 낮추면 진짜 미니배치 SGD가 됩니다. 각 스텝이 비복원 추출한 예제 B개를 쓰므로, 경로는 최솟값 주위의 잡음 공 안에서 떨리고 그 크기는 sqrt(lr / B)처럼 줄어듭니다. &apos;interpolate&apos;(목표값을 적합한 직선 위로 옮김)를 켜면 모든 예제가 최솟값에서 일치하므로 잡음이 최솟값에서 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/linear_regression.py"/>
        <source>examples per minibatch, 1 to N (N: full-batch gradient descent)</source>
        <translation>미니배치당 예제 수, 1부터 N까지 (N: 전체 배치 경사 하강법)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/linear_regression.py"/>
        <source>feed the model (x - mean) / std instead of the raw feature</source>
        <translation>원래 특성 대신 (x - mean) / std를 모델에 입력</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/linear_regression.py"/>
        <source>use the first n patients of the file</source>
        <translation>파일의 처음 n명의 환자만 사용</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/linear_regression.py"/>
        <source>move every target onto the least-squares line (a fit with zero residuals: the gradient noise vanishes at the minimum)</source>
        <translation>모든 목표값을 최소제곱 직선 위로 옮김 (잔차가 0인 적합: 최솟값에서 기울기 잡음이 사라짐)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/logistic_regression.py"/>
        <source>Logistic regression (Challenger O-rings)</source>
        <translation>로지스틱 회귀 (챌린저호 O-링)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/logistic_regression.py"/>
        <source>Logistic regression on the 23 shuttle launches before Challenger: the probability of O-ring damage against launch temperature (Dalal, Fowlkes &amp; Hoadley 1989). The data are not separable, so the cross-entropy loss has a finite minimum (w = -0.232 per °F, b = 15.04). With raw temperatures (53 to 81 °F) slope and intercept are almost interchangeable: the minimum sits at the end of a long, nearly flat, curved valley (condition number about 10^5) where gradient descent creeps for tens of thousands of steps. &apos;standardize&apos; makes the bowl nearly round. Far from the minimum the loss grows only linearly (the log-loss of confident mistakes), so the contours open up. Lower &apos;batch_size&apos; for true minibatch SGD over the launches.</source>
        <translation>챌린저호 이전 우주왕복선 발사 23회에 대한 로지스틱 회귀로, 발사 온도에 따른 O-링 손상 확률입니다 (Dalal, Fowlkes &amp; Hoadley 1989). 데이터가 분리 가능하지 않으므로 교차 엔트로피 손실에는 유한한 최솟값이 있습니다 (w = °F당 -0.232, b = 15.04). 원래 온도(53 ~ 81 °F)를 그대로 쓰면 기울기와 절편이 거의 맞바뀔 수 있어서, 최솟값은 길고 거의 평평하며 휘어진 골짜기(조건수 약 10^5)의 끝에 있고 경사 하강법은 수만 스텝 동안 그 안을 기어갑니다. &apos;standardize&apos;를 켜면 그릇이 거의 둥글어집니다. 최솟값에서 멀어지면 손실은 선형으로만 커지므로(확신에 찬 오답의 로그 손실) 등고선이 벌어집니다. &apos;batch_size&apos;를 낮추면 발사 기록에 대한 진짜 미니배치 SGD가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/logistic_regression.py"/>
        <source>launches per minibatch, 1 to N (N: full-batch gradient descent)</source>
        <translation>미니배치당 발사 기록 수, 1부터 N까지 (N: 전체 배치 경사 하강법)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/logistic_regression.py"/>
        <source>feed the model (temperature - mean) / std instead of degrees F</source>
        <translation>화씨 온도 대신 (temperature - mean) / std를 모델에 입력</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/tiny_network.py"/>
        <source>Tiny neural network (Hagan&apos;s 1-2-1)</source>
        <translation>작은 신경망 (Hagan의 1-2-1)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/tiny_network.py"/>
        <source>The error surface of a real neural network: the 1-2-1 network of Hagan&apos;s Neural Network Design (two logistic-sigmoid hidden units, a linear output) fitted to 1 + sin(πp/4) on [-2, 2]. Two parameters are free, the other five stay at the fitted optimum. With the two hidden biases free (the default) there are two mirror-image minima, the same network with its hidden units swapped, and a saddle between them where the units are identical; far out the sigmoids saturate and the surface is a flat plateau where gradient descent stalls. With the first unit&apos;s input and output weights free the minimum lies in a long flat valley (a large input weight makes the unit a step: changing it further does almost nothing) and the line where the output weight is zero switches the unit off. Lower &apos;batch_size&apos; for minibatches of the training points.</source>
        <translation>실제 신경망의 오차 곡면입니다. Hagan의 Neural Network Design에 나오는 1-2-1 신경망(로지스틱 시그모이드 은닉 유닛 두 개, 선형 출력)을 [-2, 2]에서 1 + sin(πp/4)에 맞춥니다. 매개변수 두 개만 자유롭고 나머지 다섯 개는 적합된 최적값에 고정됩니다. 두 은닉 편향이 자유로우면(기본값) 서로 거울상인 최솟값이 두 개 있는데, 은닉 유닛 둘을 맞바꾼 같은 신경망이며, 그 사이에 두 유닛이 똑같아지는 안장점이 있습니다. 멀리 나가면 시그모이드가 포화되어 곡면은 평평한 고원이 되고 경사 하강법은 거기서 멈춥니다. 첫 번째 유닛의 입력 가중치와 출력 가중치가 자유로우면 최솟값은 길고 평평한 골짜기에 있고(입력 가중치가 크면 유닛이 계단 함수가 되어 더 바꿔도 거의 변화가 없음), 출력 가중치가 0인 직선에서는 유닛이 꺼집니다. &apos;batch_size&apos;를 낮추면 학습 데이터 점들의 미니배치를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/tiny_network.py"/>
        <source>training points per minibatch, 1 to N (N: full-batch gradient descent)</source>
        <translation>미니배치당 학습 데이터 점 수, 1부터 N까지 (N: 전체 배치 경사 하강법)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/tiny_network.py"/>
        <source>training points, evenly spaced on [-2, 2]</source>
        <translation>[-2, 2]에 고르게 놓인 학습 데이터 점</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/data/tiny_network.py"/>
        <source>which two parameters are free: the first hidden unit&apos;s input and output weights (flat valleys), or the two hidden biases (two mirror-image minima, the hidden units swapped, and a saddle between them)</source>
        <translation>자유로운 두 매개변수: 첫 번째 은닉 유닛의 입력 및 출력 가중치(평평한 골짜기), 또는 두 은닉 편향(은닉 유닛을 맞바꾼 거울상 최솟값 두 개와 그 사이의 안장점)</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/formula.py"/>
        <source>Custom formula</source>
        <translation>사용자 수식</translation>
    </message>
    <message>
        <location filename="../../engine/surfaces/formula.py"/>
        <source>Your own formula f(x, y), with exact derivatives.</source>
        <translation>직접 입력한 수식 f(x, y), 정확한 도함수 포함.</translation>
    </message>
</context>
<context>
    <name>hyperparameter</name>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>plain gradient descent</source>
        <translation>기본 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>learning rate: the step size</source>
        <translation>학습률: 스텝 크기</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>clip each gradient to this norm before the update (0: off)</source>
        <translation>업데이트 전에 각 기울기의 노름을 이 값으로 자름 (0: 끔)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>learning-rate schedule: constant; step (x gamma every step_size steps); exponential (x gamma^(t/step_size)); inverse_time (1/(1+decay t)); cosine (half a cosine from lr to 0 over step_size steps)</source>
        <translation>학습률 스케줄: constant (일정); step (step_size 스텝마다 x gamma); exponential (x gamma^(t/step_size)); inverse_time (1/(1+decay t)); cosine (step_size 스텝 동안 lr에서 0까지 코사인 반 주기)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>decay factor of the step and exponential schedules</source>
        <translation>step 및 exponential 스케줄의 감쇠 계수</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>steps per decay (step, exponential) or cosine period</source>
        <translation>감쇠 한 번당 스텝 수 (step, exponential) 또는 코사인 주기</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>k of the inverse-time schedule lr / (1 + k t)</source>
        <translation>inverse-time 스케줄 lr / (1 + k t)의 k</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>heavy-ball momentum (torch.optim.SGD with momentum)</source>
        <translation>heavy-ball 모멘텀 (momentum을 준 torch.optim.SGD)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>momentum factor mu: how much of the last velocity is kept</source>
        <translation>모멘텀 계수 mu: 직전 속도를 얼마나 유지할지</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>dampening of the gradient added to the velocity (dampening = momentum gives the EMA form m = b m + (1-b) g)</source>
        <translation>속도에 더하는 기울기의 감쇠 (dampening = momentum이면 지수 이동 평균 형태 m = b m + (1-b) g)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>Nesterov accelerated gradient (torch.optim.SGD, nesterov=True)</source>
        <translation>Nesterov 가속 경사법 (torch.optim.SGD, nesterov=True)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>per-coordinate rate shrinking with the sum of squared gradients</source>
        <translation>기울기 제곱의 누적합에 따라 줄어드는 좌표별 학습률</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>learning-rate decay: lr / (1 + (t-1) lr_decay)</source>
        <translation>학습률 감쇠: lr / (1 + (t-1) lr_decay)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>added to the denominator for numerical stability</source>
        <translation>수치 안정성을 위해 분모에 더하는 값</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>starting value of the sum of squared gradients</source>
        <translation>기울기 제곱 누적합의 초깃값</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>per-coordinate rate from a moving average of squared gradients</source>
        <translation>기울기 제곱의 이동 평균으로 정하는 좌표별 학습률</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>smoothing constant of the squared-gradient average</source>
        <translation>기울기 제곱 평균의 평활 상수</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>momentum factor (0: off)</source>
        <translation>모멘텀 계수 (0: 끔)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>divide by the estimated variance instead of the raw second moment</source>
        <translation>2차 모멘트 그대로가 아니라 추정한 분산으로 나눔</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>steps in the units of x: no learning rate needed</source>
        <translation>x와 같은 단위로 이동: 학습률이 필요 없음</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>decay rate of both running averages</source>
        <translation>두 이동 평균의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>momentum plus per-coordinate scaling, bias-corrected</source>
        <translation>모멘텀 + 좌표별 스케일링, 편향 보정 포함</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>decay rate of the first-moment (mean) estimate</source>
        <translation>1차 모멘트(평균) 추정값의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>decay rate of the second-moment (uncentered variance) estimate</source>
        <translation>2차 모멘트(중심화하지 않은 분산) 추정값의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>use the running maximum of v (AMSGrad)</source>
        <translation>v의 누적 최댓값을 사용 (AMSGrad)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>divide the moments by 1 - beta^t (off: the ablation)</source>
        <translation>모멘트를 1 - beta^t로 나눔 (끄면: 편향 보정 제거 실험)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>Adam with decoupled weight decay</source>
        <translation>분리된 가중치 감쇠를 쓰는 Adam</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>decoupled weight decay (pulls x toward 0)</source>
        <translation>분리된 가중치 감쇠 (x를 0 쪽으로 당김)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>Adam with Nesterov momentum</source>
        <translation>Nesterov 모멘텀을 쓰는 Adam</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>psi of the momentum schedule mu_t = b1 (1 - 0.5 * 0.96^(t psi))</source>
        <translation>모멘텀 스케줄 mu_t = b1 (1 - 0.5 * 0.96^(t psi))의 psi</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>Adam with the variance of its adaptive rate rectified</source>
        <translation>적응적 학습률의 분산을 보정(rectify)한 Adam</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>Adam with the infinity norm</source>
        <translation>무한대 노름을 쓰는 Adam</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>sign of an interpolated momentum (Chen et al. 2023)</source>
        <translation>보간한 모멘텀의 부호 (Chen et al. 2023)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>interpolation of momentum and gradient for the sign</source>
        <translation>부호를 취할 모멘텀과 기울기의 보간 계수</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>decay rate of the momentum</source>
        <translation>모멘텀의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>Newton&apos;s method with Levenberg-Marquardt damping</source>
        <translation>Levenberg-Marquardt 감쇠를 쓰는 뉴턴 방법</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>Levenberg-Marquardt damping lambda added to the Hessian&apos;s diagonal</source>
        <translation>헤세 행렬의 대각 성분에 더하는 Levenberg-Marquardt 감쇠 lambda</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>Newton with |H|: repelled by saddles (Dauphin et al. 2014)</source>
        <translation>|H|를 쓰는 뉴턴 방법: 안장점에서 밀려남 (Dauphin et al. 2014)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>quasi-Newton: builds an inverse-Hessian estimate from gradient changes</source>
        <translation>준뉴턴 방법: 기울기 변화로부터 헤세 역행렬 추정값을 만듦</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>how the step length is chosen: strong Wolfe conditions, or exact minimization along the direction</source>
        <translation>스텝 길이를 정하는 방법: 강한 Wolfe 조건, 또는 그 방향을 따른 정확한 최소화</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>limited-memory BFGS: the two-loop recursion over recent pairs</source>
        <translation>메모리 제한 BFGS: 최근 쌍들에 대한 two-loop 재귀</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>how many (s, y) pairs are kept</source>
        <translation>보관할 (s, y) 쌍의 개수</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>nonlinear conjugate gradient</source>
        <translation>비선형 켤레 기울기법</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>how beta mixes in the last direction (&apos;none&apos;: steepest descent)</source>
        <translation>beta가 직전 방향을 섞는 방식 (&apos;none&apos;: 최급강하법)</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>how the step length is chosen</source>
        <translation>스텝 길이를 정하는 방법</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>one axis per step</source>
        <translation>스텝마다 한 축씩</translation>
    </message>
    <message>
        <location filename="../../engine/optimizers/catalog.py"/>
        <source>fixed step lr, or exact minimization along the axis</source>
        <translation>고정 스텝 lr, 또는 그 축을 따른 정확한 최소화</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/panels.py"/>
        <source>standard deviation of Gaussian noise added to each gradient (minibatch-like, seeded: the same run replays the same noise)</source>
        <translation>각 기울기에 더하는 가우스 잡음의 표준편차 (미니배치와 비슷함; 시드가 고정되어 같은 실행은 같은 잡음을 다시 재생함)</translation>
    </message>
</context>
</TS>
