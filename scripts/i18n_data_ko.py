"""Korean translations of the data strings (see scripts/i18n_data.py): KO[context][english].

The English key must be the exact string stored in the data; scripts/i18n_data.py writes
these into resources/i18n/data_ko.ts. Optimizer names, symbols, formulas and parameter
names in quotes ('condition', 'batch_size') stay as they are. Vocabulary follows the course's
Korean lecture notes: 학습률, 모멘텀, 경사 하강법, 기울기, 손실 함수, 안장점, 헤세 행렬,
조건수, 수렴, 발산, 편향 보정, 협곡, 고원, 절벽, 최솟값, 스텝.
"""

KO: dict[str, dict[str, str]] = {"scenario": {}, "deck": {}, "surface": {}, "hyperparameter": {}}

KO["hyperparameter"].update({
    "plain gradient descent":
        "기본 경사 하강법",
    "learning rate: the step size":
        "학습률: 스텝 크기",
    "clip each gradient to this norm before the update (0: off)":
        "업데이트 전에 각 기울기의 노름을 이 값으로 자름 (0: 끔)",
    "learning-rate schedule: constant; step (x gamma every step_size steps); exponential (x gamma^(t/step_size)); "
    "inverse_time (1/(1+decay t)); cosine (half a cosine from lr to 0 over step_size steps)":
        "학습률 스케줄: constant (일정); step (step_size 스텝마다 x gamma); exponential (x gamma^(t/step_size)); "
        "inverse_time (1/(1+decay t)); cosine (step_size 스텝 동안 lr에서 0까지 코사인 반 주기)",
    "decay factor of the step and exponential schedules":
        "step 및 exponential 스케줄의 감쇠 계수",
    "steps per decay (step, exponential) or cosine period":
        "감쇠 한 번당 스텝 수 (step, exponential) 또는 코사인 주기",
    "k of the inverse-time schedule lr / (1 + k t)":
        "inverse-time 스케줄 lr / (1 + k t)의 k",
    "heavy-ball momentum (torch.optim.SGD with momentum)":
        "heavy-ball 모멘텀 (momentum을 준 torch.optim.SGD)",
    "momentum factor mu: how much of the last velocity is kept":
        "모멘텀 계수 mu: 직전 속도를 얼마나 유지할지",
    "dampening of the gradient added to the velocity (dampening = momentum gives the EMA form m = b m + (1-b) g)":
        "속도에 더하는 기울기의 감쇠 (dampening = momentum이면 지수 이동 평균 형태 m = b m + (1-b) g)",
    "Nesterov accelerated gradient (torch.optim.SGD, nesterov=True)":
        "Nesterov 가속 경사법 (torch.optim.SGD, nesterov=True)",
    "per-coordinate rate shrinking with the sum of squared gradients":
        "기울기 제곱의 누적합에 따라 줄어드는 좌표별 학습률",
    "learning-rate decay: lr / (1 + (t-1) lr_decay)":
        "학습률 감쇠: lr / (1 + (t-1) lr_decay)",
    "added to the denominator for numerical stability":
        "수치 안정성을 위해 분모에 더하는 값",
    "starting value of the sum of squared gradients":
        "기울기 제곱 누적합의 초깃값",
    "per-coordinate rate from a moving average of squared gradients":
        "기울기 제곱의 이동 평균으로 정하는 좌표별 학습률",
    "smoothing constant of the squared-gradient average":
        "기울기 제곱 평균의 평활 상수",
    "momentum factor (0: off)":
        "모멘텀 계수 (0: 끔)",
    "divide by the estimated variance instead of the raw second moment":
        "2차 모멘트 그대로가 아니라 추정한 분산으로 나눔",
    "steps in the units of x: no learning rate needed":
        "x와 같은 단위로 이동: 학습률이 필요 없음",
    "decay rate of both running averages":
        "두 이동 평균의 감쇠율",
    "momentum plus per-coordinate scaling, bias-corrected":
        "모멘텀 + 좌표별 스케일링, 편향 보정 포함",
    "decay rate of the first-moment (mean) estimate":
        "1차 모멘트(평균) 추정값의 감쇠율",
    "decay rate of the second-moment (uncentered variance) estimate":
        "2차 모멘트(중심화하지 않은 분산) 추정값의 감쇠율",
    "use the running maximum of v (AMSGrad)":
        "v의 누적 최댓값을 사용 (AMSGrad)",
    "divide the moments by 1 - beta^t (off: the ablation)":
        "모멘트를 1 - beta^t로 나눔 (끄면: 편향 보정 제거 실험)",
    "Adam with decoupled weight decay":
        "분리된 가중치 감쇠를 쓰는 Adam",
    "decoupled weight decay (pulls x toward 0)":
        "분리된 가중치 감쇠 (x를 0 쪽으로 당김)",
    "Adam with Nesterov momentum":
        "Nesterov 모멘텀을 쓰는 Adam",
    "psi of the momentum schedule mu_t = b1 (1 - 0.5 * 0.96^(t psi))":
        "모멘텀 스케줄 mu_t = b1 (1 - 0.5 * 0.96^(t psi))의 psi",
    "Adam with the variance of its adaptive rate rectified":
        "적응적 학습률의 분산을 보정(rectify)한 Adam",
    "Adam with the infinity norm":
        "무한대 노름을 쓰는 Adam",
    "sign of an interpolated momentum (Chen et al. 2023)":
        "보간한 모멘텀의 부호 (Chen et al. 2023)",
    "interpolation of momentum and gradient for the sign":
        "부호를 취할 모멘텀과 기울기의 보간 계수",
    "decay rate of the momentum":
        "모멘텀의 감쇠율",
    "Newton's method with Levenberg-Marquardt damping":
        "Levenberg-Marquardt 감쇠를 쓰는 뉴턴 방법",
    "Levenberg-Marquardt damping lambda added to the Hessian's diagonal":
        "헤세 행렬의 대각 성분에 더하는 Levenberg-Marquardt 감쇠 lambda",
    "Newton with |H|: repelled by saddles (Dauphin et al. 2014)":
        "|H|를 쓰는 뉴턴 방법: 안장점에서 밀려남 (Dauphin et al. 2014)",
    "quasi-Newton: builds an inverse-Hessian estimate from gradient changes":
        "준뉴턴 방법: 기울기 변화로부터 헤세 역행렬 추정값을 만듦",
    "how the step length is chosen: strong Wolfe conditions, or exact minimization along the direction":
        "스텝 길이를 정하는 방법: 강한 Wolfe 조건, 또는 그 방향을 따른 정확한 최소화",
    "limited-memory BFGS: the two-loop recursion over recent pairs":
        "메모리 제한 BFGS: 최근 쌍들에 대한 two-loop 재귀",
    "how many (s, y) pairs are kept":
        "보관할 (s, y) 쌍의 개수",
    "nonlinear conjugate gradient":
        "비선형 켤레 기울기법",
    "how beta mixes in the last direction ('none': steepest descent)":
        "beta가 직전 방향을 섞는 방식 ('none': 최급강하법)",
    "how the step length is chosen":
        "스텝 길이를 정하는 방법",
    "one axis per step":
        "스텝마다 한 축씩",
    "fixed step lr, or exact minimization along the axis":
        "고정 스텝 lr, 또는 그 축을 따른 정확한 최소화",
    "standard deviation of Gaussian noise added to each gradient (minibatch-like, seeded: the same run replays "
    "the same noise)":
        "각 기울기에 더하는 가우스 잡음의 표준편차 (미니배치와 비슷함; 시드가 고정되어 같은 실행은 같은 잡음을 "
        "다시 재생함)",
})

KO["surface"].update({
    "Quadratic bowl":
        "이차 함수 그릇",
    "f = (a x^2 + b y^2) / 2: a round (a = b) or mildly elliptic bowl with one minimum at the origin. Every "
    "sensible optimizer converges here; it is the control experiment.":
        "f = (a x^2 + b y^2) / 2: 원점에 최솟값이 하나 있는 둥근(a = b) 또는 약간 타원형인 그릇입니다. 쓸 만한 "
        "최적화 기법이라면 모두 여기서 수렴합니다. 대조 실험입니다.",
    "curvature along x":
        "x 방향 곡률",
    "curvature along y":
        "y 방향 곡률",
    "Ravine (ill-conditioned valley)":
        "협곡 (조건수가 나쁜 골짜기)",
    "A long, narrow valley whose walls are much steeper than its floor: the curvature across the valley is "
    "'condition' times the curvature along it. Plain gradient descent must keep its learning rate small enough "
    "for the steep walls, so it bounces from wall to wall in a zig-zag while crawling along the nearly flat "
    "floor. Momentum cancels the bouncing and accumulates speed along the floor; Newton's method and conjugate "
    "gradients undo the ill-conditioning exactly. Turn 'angle' to 0 and the valley lines up with the axes, so "
    "per-coordinate methods (Adam, RMSProp, coordinate descent) suddenly look brilliant; tilt it and their "
    "advantage shrinks.":
        "벽이 바닥보다 훨씬 가파른 길고 좁은 골짜기입니다. 골짜기를 가로지르는 방향의 곡률이 골짜기를 따라가는 "
        "방향 곡률의 'condition'배입니다. 기본 경사 하강법은 가파른 벽에 맞춰 학습률을 충분히 작게 유지해야 "
        "하므로, 거의 평평한 바닥을 따라 기어가는 동안 벽과 벽 사이를 지그재그로 튕깁니다. 모멘텀은 이 진동을 "
        "상쇄하고 바닥을 따라 속도를 쌓습니다. 뉴턴 방법과 켤레 기울기법은 나쁜 조건수를 정확히 되돌립니다. "
        "'angle'을 0으로 하면 골짜기가 좌표축과 나란해져 좌표별 방법(Adam, RMSProp, 좌표 하강법)이 갑자기 "
        "뛰어나 보입니다. 골짜기를 기울이면 그 이점은 줄어듭니다.",
    "condition number: curvature across the valley / along it":
        "조건수: 골짜기를 가로지르는 방향의 곡률 / 따라가는 방향의 곡률",
    "rotation of the valley in degrees (0 = along the x axis)":
        "골짜기의 회전 각도(도) (0 = x축 방향)",
    "Saddle point":
        "안장점",
    "A pass between two valleys. Along x the origin looks like the bottom of a bowl; along y it is the top of "
    "a hill, with a valley on each side at y = +1 and y = -1. Started on the x axis with only a whisker of "
    "offset in y, plain gradient descent slides down to the saddle and sits there: the gradient is almost "
    "zero, so it looks as if it has converged, while the escape direction grows only by a small factor per "
    "step. Momentum arrives with speed and amplifies the tiny offset much faster, so it rolls off into a "
    "valley. Newton's method is attracted to the saddle itself, because it jumps to any stationary point; the "
    "saddle-free variant flips the negative curvature and is repelled.":
        "두 골짜기 사이의 고갯마루입니다. x 방향으로 보면 원점은 그릇의 바닥이고, y 방향으로 보면 언덕의 "
        "꼭대기이며 양쪽 y = +1과 y = -1에 골짜기가 하나씩 있습니다. y 방향으로 아주 조금만 벗어난 x축 위에서 "
        "출발하면, 기본 경사 하강법은 안장점까지 미끄러져 내려와 그 자리에 머뭅니다. 기울기가 거의 0이라 "
        "수렴한 것처럼 보이지만, 탈출 방향의 변위는 스텝마다 아주 조금씩만 커집니다. 모멘텀은 속도를 가진 채 "
        "도착해 그 작은 변위를 훨씬 빠르게 키우므로 골짜기로 굴러 떨어집니다. 뉴턴 방법은 어떤 정류점으로든 "
        "뛰어가기 때문에 안장점 자체에 끌려갑니다. 안장점 회피(saddle-free) 변형은 음의 곡률을 뒤집어서 "
        "안장점에서 밀려납니다.",
    "curvature along x (the stable direction)":
        "x 방향 곡률 (안정한 방향)",
    "negative curvature along y at the saddle (depth of the valleys is b/4)":
        "안장점에서 y 방향의 음의 곡률 (골짜기의 깊이는 b/4)",
    "Plateau (vanishing gradient)":
        "고원 (기울기 소실)",
    "A narrow basin in the middle of a vast, almost perfectly flat table. Out on the table the gradient is "
    "not zero, but it is a few ten-thousandths, so plain gradient descent takes microscopic steps and seems "
    "stuck although the way down is obvious. Adaptive methods such as RMSProp and Adam divide the gradient by "
    "its own running size, so they walk across the flat part at full speed and then drop into the basin. "
    "Newton's method fails differently: out on the table the surface curves downward, so it steps away from "
    "the basin. Make 'width' smaller to make the table flatter and the basin narrower.":
        "거의 완벽하게 평평하고 넓은 탁자 한가운데에 있는 좁은 분지입니다. 탁자 위에서 기울기는 0이 아니지만 "
        "1만분의 몇 정도라서, 기본 경사 하강법은 내려갈 길이 뻔히 보이는데도 아주 작은 스텝만 밟아 멈춘 것처럼 "
        "보입니다. RMSProp이나 Adam 같은 적응적 방법은 기울기를 그 자신의 이동 평균 크기로 나누므로 평평한 "
        "부분을 최고 속도로 건넌 뒤 분지로 떨어집니다. 뉴턴 방법은 다른 식으로 실패합니다. 탁자 위에서는 "
        "곡면이 아래로 휘어 있으므로 분지에서 멀어지는 쪽으로 이동합니다. 'width'를 줄이면 탁자는 더 평평해지고 "
        "분지는 더 좁아집니다.",
    "radius of the basin; beyond ~3 widths the surface is flat":
        "분지의 반지름; 폭의 약 3배보다 바깥에서는 곡면이 평평함",
    "depth of the basin below the plateau":
        "고원에서 분지 바닥까지의 깊이",
    "Cliff (exploding gradient)":
        "절벽 (기울기 폭발)",
    "A gentle slope that runs into a sheer wall, like the cliffs in the loss of a recurrent network: the best "
    "point is right at the foot of the wall. Far from the wall the slope is mild and a generous learning rate "
    "looks perfectly safe. But the wall is so steep that a step which lands on it sees a gradient dozens of "
    "times larger, and an unclipped gradient step catapults the point far back across the slope, often out of "
    "the picture, throwing away the progress it had made; then it walks back and it happens again. A smaller "
    "learning rate avoids this but crawls on the slope. Gradient clipping caps the length of that one step, "
    "and Adam-like methods, whose steps are about the size of the learning rate whatever the gradient, shrug "
    "the wall off. Raise 'height' or 'sharpness' to make the wall more treacherous.":
        "순환 신경망 손실 함수의 절벽처럼, 완만한 비탈이 깎아지른 벽에 부딪히는 곡면입니다. 가장 좋은 점은 벽 "
        "바로 아래에 있습니다. 벽에서 멀리 떨어진 곳은 비탈이 완만해서 큰 학습률도 전혀 위험해 보이지 않습니다. "
        "하지만 벽이 너무 가팔라서 벽 위에 떨어진 스텝은 수십 배 큰 기울기를 만나고, 클리핑하지 않은 경사 "
        "스텝은 점을 비탈 저편 멀리, 흔히 화면 밖으로 튕겨 내어 그동안의 진전을 날려 버립니다. 그러고는 다시 "
        "걸어 돌아와 같은 일이 되풀이됩니다. 학습률을 줄이면 이를 피하지만 비탈에서 기어가게 됩니다. 기울기 "
        "클리핑은 그 한 스텝의 길이에 상한을 두고, 기울기와 상관없이 스텝이 대략 학습률 크기인 Adam 계열 "
        "방법은 벽을 아랑곳하지 않습니다. 'height'나 'sharpness'를 키우면 벽이 더 위험해집니다.",
    "height of the wall":
        "벽의 높이",
    "steepness of the wall (1 / its width)":
        "벽의 가파름 (1 / 벽의 폭)",
    "Rosenbrock (banana valley)":
        "Rosenbrock (바나나 골짜기)",
    "Rosenbrock's classic test function: a steep-walled valley that bends like a banana, with a floor that is "
    "almost flat. Finding the valley is easy; following its curved floor to the minimum at (a, a^2) is hard. "
    "Gradient descent bounces between the walls and creeps along the floor; momentum helps but tends to "
    "overshoot at the bend; second-order methods that read the curvature (Newton, BFGS) follow the curve in a "
    "few dozen steps. 'b' sets how steep the walls are compared with the floor.":
        "Rosenbrock의 고전적인 테스트 함수입니다. 벽이 가파른 골짜기가 바나나처럼 휘어 있고 바닥은 거의 "
        "평평합니다. 골짜기를 찾기는 쉽지만, 휘어진 바닥을 따라 (a, a^2)의 최솟값까지 가기는 어렵습니다. 경사 "
        "하강법은 벽 사이를 튕기며 바닥을 따라 느릿느릿 나아갑니다. 모멘텀은 도움이 되지만 굽은 곳에서 지나쳐 "
        "버리기 쉽습니다. 곡률을 읽는 2차 방법(Newton, BFGS)은 수십 스텝 만에 곡선을 따라갑니다. 'b'는 바닥에 "
        "비해 벽이 얼마나 가파른지를 정합니다.",
    "position of the minimum (a, a^2)":
        "최솟값의 위치 (a, a^2)",
    "steepness of the valley walls":
        "골짜기 벽의 가파름",
    "Beale":
        "Beale",
    "Beale's test function: values range from zero to a hundred thousand. Most of the window is a broad, flat "
    "plain cut by a narrow curved valley that leads to the minimum at (3, 0.5), while the corners rise so "
    "sharply that one careless step there throws an optimizer out of the picture. A learning rate that is "
    "safe in the corners is painfully slow on the plain; methods that adapt their step size to the gradient "
    "handle the change of scale far better. Two traps: a saddle at (0, 1), which attracts Newton's method from "
    "almost anywhere, and a valley running off to the far left (y near 1) whose floor levels out at about "
    "0.45, where runs started left of the saddle drift away forever.":
        "Beale의 테스트 함수입니다. 함숫값이 0부터 10만까지 걸쳐 있습니다. 화면 대부분은 넓고 평평한 평원이고, "
        "좁게 휘어진 골짜기가 이를 가르며 (3, 0.5)의 최솟값으로 이어집니다. 반면 모서리는 너무 가파르게 솟아 "
        "있어서 그곳에서 한 번만 부주의하게 움직여도 최적화 기법이 화면 밖으로 튕겨 나갑니다. 모서리에서 안전한 "
        "학습률은 평원에서 답답할 만큼 느립니다. 기울기에 맞춰 스텝 크기를 조절하는 방법이 이런 규모 변화를 "
        "훨씬 잘 다룹니다. 함정이 두 개 있습니다. (0, 1)의 안장점은 거의 어디에서 출발한 뉴턴 방법이든 "
        "끌어당기고, 왼쪽 멀리(y가 1 근처) 뻗은 골짜기는 바닥이 약 0.45에서 평평해져서 안장점 왼쪽에서 출발한 "
        "실행은 그쪽으로 끝없이 흘러가 버립니다.",
    "Himmelblau (four minima)":
        "Himmelblau (최솟값 네 개)",
    "Himmelblau's function has four minima, all exactly as deep (value 0), separated by four saddle points "
    "around a central hill. Which minimum an optimizer reaches depends on where it starts and on its own "
    "dynamics. From the origin, plain gradient descent settles in the minimum at (3, 2), while momentum swings "
    "past it over a saddle into the minimum at (3.58, -1.85); Newton's method, which only looks for a point "
    "where the gradient vanishes, climbs to the top of the hill instead. Start near the hill or on a saddle to "
    "see the methods split up.":
        "Himmelblau 함수에는 깊이가 정확히 같은(값 0) 최솟값이 네 개 있고, 가운데 언덕을 둘러싼 안장점 네 개가 "
        "이들을 나눕니다. 최적화 기법이 어느 최솟값에 도달할지는 출발점과 그 기법 자체의 동역학에 달려 "
        "있습니다. 원점에서 출발하면 기본 경사 하강법은 (3, 2)의 최솟값에 자리 잡지만, 모멘텀은 그곳을 지나쳐 "
        "안장점을 넘어 (3.58, -1.85)의 최솟값으로 갑니다. 기울기가 0인 점만 찾는 뉴턴 방법은 오히려 언덕 "
        "꼭대기로 올라갑니다. 언덕 근처나 안장점 위에서 출발하면 방법들이 갈라지는 모습을 볼 수 있습니다.",
    "Rastrigin (many local minima)":
        "Rastrigin (국소 최솟값이 많음)",
    "An ordinary bowl with a regular egg-box ripple laid over it, so the surface is covered in local minima, "
    "one near every point with whole-number coordinates, and only the one at the origin is the global minimum. "
    "Gradient descent drops into whichever dimple it starts in and stays there: it only sees local slope, and "
    "so do momentum and Adam at sensible learning rates. Crank the learning rate up and they hop over ripples, "
    "but they land in a random dimple rather than the deepest one; a line search (BFGS, conjugate gradients) "
    "may jump a few ripples at once. No purely local method is guaranteed to find the bottom. 'A' sets how "
    "deep the ripples are; at A = 0 the surface is a plain bowl.":
        "평범한 그릇 위에 달걀판 같은 규칙적인 물결을 얹은 곡면이라, 좌표가 정수인 모든 점 근처마다 국소 "
        "최솟값이 하나씩 있고 원점의 것만 전역 최솟값입니다. 경사 하강법은 출발한 오목한 곳으로 떨어져 거기 "
        "머뭅니다. 국소적인 기울기만 보기 때문이며, 적당한 학습률의 모멘텀과 Adam도 마찬가지입니다. 학습률을 "
        "크게 올리면 물결을 뛰어넘지만, 가장 깊은 곳이 아니라 아무 오목한 곳에나 내려앉습니다. 선 탐색(BFGS, "
        "켤레 기울기법)은 물결 몇 개를 한 번에 건너뛸 수도 있습니다. 순수하게 국소적인 방법으로는 바닥을 "
        "찾는다는 보장이 없습니다. 'A'는 물결의 깊이를 정하며, A = 0이면 평범한 그릇입니다.",
    "amplitude of the ripples (0 = a plain bowl)":
        "물결의 진폭 (0 = 평범한 그릇)",
    "Two minima (shallow and deep)":
        "두 최솟값 (얕은 것과 깊은 것)",
    "Two valleys side by side: a shallow one on the right and a deeper one on the left, separated by a low "
    "ridge. Started high on the right, every method first runs into the shallow valley. Plain gradient descent "
    "stops there for good, because at the bottom of a valley there is no slope to follow. Momentum arrives "
    "with speed, rolls over the low ridge and settles in the deeper valley, which is the everyday argument for "
    "momentum: it smooths over small dips in the loss. 'tilt' sets how much deeper the left valley is and how "
    "low the ridge between them.":
        "나란히 놓인 두 골짜기로, 오른쪽은 얕고 왼쪽은 더 깊으며 낮은 능선이 둘을 가릅니다. 오른쪽 높은 곳에서 "
        "출발하면 모든 방법이 먼저 얕은 골짜기로 들어갑니다. 기본 경사 하강법은 골짜기 바닥에는 따라갈 경사가 "
        "없으므로 거기서 완전히 멈춥니다. 모멘텀은 속도를 가진 채 도착해 낮은 능선을 넘어 더 깊은 골짜기에 "
        "자리 잡습니다. 이것이 모멘텀을 쓰는 흔한 이유로, 손실의 작은 웅덩이를 매끄럽게 넘어갑니다. 'tilt'는 "
        "왼쪽 골짜기가 얼마나 더 깊은지와 둘 사이 능선이 얼마나 낮은지를 정합니다.",
    "how much deeper the left valley is (and how low the ridge)":
        "왼쪽 골짜기가 얼마나 더 깊은지 (그리고 능선이 얼마나 낮은지)",
    "curvature across the valleys (along y)":
        "골짜기를 가로지르는 방향의 곡률 (y 방향)",
    "Linear regression (diabetes data)":
        "선형 회귀 (당뇨병 데이터)",
    "Least squares on real data: a straight line y = w x + b through 442 diabetes patients' disease "
    "progression against their body mass index (Efron et al. 2004). The loss is a quadratic bowl, but with "
    "the raw feature (x around 26, never near 0) the slope and the intercept trade off against each other: "
    "the bowl is a thin diagonal valley (condition number in the tens of thousands) along which gradient "
    "descent crawls. Tick 'standardize' (x -> (x - mean) / std) and the valley turns perfectly round: one "
    "full-batch step of size 1 lands on the minimum. Lower 'batch_size' for true minibatch SGD: each step uses "
    "B examples drawn without replacement, so the path jitters in a noise ball around the minimum whose size "
    "shrinks like sqrt(lr / B); tick 'interpolate' (targets moved onto the fitted line) and the noise vanishes "
    "at the minimum, because every example agrees there.":
        "실제 데이터에 대한 최소제곱법입니다. 당뇨병 환자 442명의 체질량지수 대비 질병 진행도를 지나는 직선 "
        "y = w x + b를 맞춥니다 (Efron et al. 2004). 손실 함수는 이차 그릇이지만, 원래 특성(x는 26 안팎으로 0 "
        "근처에 오지 않음)을 그대로 쓰면 기울기와 절편이 서로 맞바뀝니다. 그릇은 가느다란 대각선 골짜기(조건수가 "
        "수만)가 되고, 경사 하강법은 그 골짜기를 따라 기어갑니다. 'standardize'(x -> (x - mean) / std)를 "
        "켜면 골짜기가 완전히 둥글어져, 크기 1인 전체 배치 스텝 한 번으로 최솟값에 도달합니다. 'batch_size'를 "
        "낮추면 진짜 미니배치 SGD가 됩니다. 각 스텝이 비복원 추출한 예제 B개를 쓰므로, 경로는 최솟값 주위의 "
        "잡음 공 안에서 떨리고 그 크기는 sqrt(lr / B)처럼 줄어듭니다. 'interpolate'(목표값을 적합한 직선 위로 "
        "옮김)를 켜면 모든 예제가 최솟값에서 일치하므로 잡음이 최솟값에서 사라집니다.",
    "examples per minibatch, 1 to N (N: full-batch gradient descent)":
        "미니배치당 예제 수, 1부터 N까지 (N: 전체 배치 경사 하강법)",
    "feed the model (x - mean) / std instead of the raw feature":
        "원래 특성 대신 (x - mean) / std를 모델에 입력",
    "use the first n patients of the file":
        "파일의 처음 n명의 환자만 사용",
    "move every target onto the least-squares line (a fit with zero residuals: the gradient noise vanishes at "
    "the minimum)":
        "모든 목표값을 최소제곱 직선 위로 옮김 (잔차가 0인 적합: 최솟값에서 기울기 잡음이 사라짐)",
    "Logistic regression (Challenger O-rings)":
        "로지스틱 회귀 (챌린저호 O-링)",
    "Logistic regression on the 23 shuttle launches before Challenger: the probability of O-ring damage "
    "against launch temperature (Dalal, Fowlkes & Hoadley 1989). The data are not separable, so the "
    "cross-entropy loss has a finite minimum (w = -0.232 per °F, b = 15.04). With raw temperatures (53 to "
    "81 °F) slope and intercept are almost interchangeable: the minimum sits at the end of a long, nearly "
    "flat, curved valley (condition number about 10^5) where gradient descent creeps for tens of thousands of "
    "steps. 'standardize' makes the bowl nearly round. Far from the minimum the loss grows only linearly (the "
    "log-loss of confident mistakes), so the contours open up. Lower 'batch_size' for true minibatch SGD over "
    "the launches.":
        "챌린저호 이전 우주왕복선 발사 23회에 대한 로지스틱 회귀로, 발사 온도에 따른 O-링 손상 확률입니다 "
        "(Dalal, Fowlkes & Hoadley 1989). 데이터가 분리 가능하지 않으므로 교차 엔트로피 손실에는 유한한 "
        "최솟값이 있습니다 (w = °F당 -0.232, b = 15.04). 원래 온도(53 ~ 81 °F)를 그대로 쓰면 기울기와 절편이 "
        "거의 맞바뀔 수 있어서, 최솟값은 길고 거의 평평하며 휘어진 골짜기(조건수 약 10^5)의 끝에 있고 경사 "
        "하강법은 수만 스텝 동안 그 안을 기어갑니다. 'standardize'를 켜면 그릇이 거의 둥글어집니다. 최솟값에서 "
        "멀어지면 손실은 선형으로만 커지므로(확신에 찬 오답의 로그 손실) 등고선이 벌어집니다. 'batch_size'를 "
        "낮추면 발사 기록에 대한 진짜 미니배치 SGD가 됩니다.",
    "launches per minibatch, 1 to N (N: full-batch gradient descent)":
        "미니배치당 발사 기록 수, 1부터 N까지 (N: 전체 배치 경사 하강법)",
    "feed the model (temperature - mean) / std instead of degrees F":
        "화씨 온도 대신 (temperature - mean) / std를 모델에 입력",
    "Tiny neural network (Hagan's 1-2-1)":
        "작은 신경망 (Hagan의 1-2-1)",
    "The error surface of a real neural network: the 1-2-1 network of Hagan's Neural Network Design (two "
    "logistic-sigmoid hidden units, a linear output) fitted to 1 + sin(πp/4) on [-2, 2]. Two parameters are "
    "free, the other five stay at the fitted optimum. With the two hidden biases free (the default) there are "
    "two mirror-image minima, the same network with its hidden units swapped, and a saddle between them where "
    "the units are identical; far out the sigmoids saturate and the surface is a flat plateau where gradient "
    "descent stalls. With the first unit's input and output weights free the minimum lies in a long flat "
    "valley (a large input weight makes the unit a step: changing it further does almost nothing) and the "
    "line where the output weight is zero switches the unit off. Lower 'batch_size' for minibatches of the "
    "training points.":
        "실제 신경망의 오차 곡면입니다. Hagan의 Neural Network Design에 나오는 1-2-1 신경망(로지스틱 시그모이드 "
        "은닉 유닛 두 개, 선형 출력)을 [-2, 2]에서 1 + sin(πp/4)에 맞춥니다. 매개변수 두 개만 자유롭고 나머지 "
        "다섯 개는 적합된 최적값에 고정됩니다. 두 은닉 편향이 자유로우면(기본값) 서로 거울상인 최솟값이 두 개 "
        "있는데, 은닉 유닛 둘을 맞바꾼 같은 신경망이며, 그 사이에 두 유닛이 똑같아지는 안장점이 있습니다. 멀리 "
        "나가면 시그모이드가 포화되어 곡면은 평평한 고원이 되고 경사 하강법은 거기서 멈춥니다. 첫 번째 유닛의 "
        "입력 가중치와 출력 가중치가 자유로우면 최솟값은 길고 평평한 골짜기에 있고(입력 가중치가 크면 유닛이 "
        "계단 함수가 되어 더 바꿔도 거의 변화가 없음), 출력 가중치가 0인 직선에서는 유닛이 꺼집니다. "
        "'batch_size'를 낮추면 학습 데이터 점들의 미니배치를 씁니다.",
    "training points per minibatch, 1 to N (N: full-batch gradient descent)":
        "미니배치당 학습 데이터 점 수, 1부터 N까지 (N: 전체 배치 경사 하강법)",
    "training points, evenly spaced on [-2, 2]":
        "[-2, 2]에 고르게 놓인 학습 데이터 점",
    "which two parameters are free: the first hidden unit's input and output weights (flat valleys), or the "
    "two hidden biases (two mirror-image minima, the hidden units swapped, and a saddle between them)":
        "자유로운 두 매개변수: 첫 번째 은닉 유닛의 입력 및 출력 가중치(평평한 골짜기), 또는 두 은닉 편향(은닉 "
        "유닛을 맞바꾼 거울상 최솟값 두 개와 그 사이의 안장점)",
    "Custom formula":
        "사용자 수식",
    "Your own formula f(x, y), with exact derivatives.":
        "직접 입력한 수식 f(x, y), 정확한 도함수 포함.",
})

# lane labels that are only an optimizer's name and its settings read the same in Korean
for _label in ("SGD lr=0.02", "Momentum lr=0.02 μ=0.95", "SGD lr=0.0098", "Momentum lr=0.004 μ=0.9",
               "RMSProp lr=0.03", "Adam lr=0.05", "Momentum lr=0.5 μ=0.9", "Nesterov lr=0.5 μ=0.9",
               "AdaGrad lr=0.1", "RMSProp lr=0.1 α=0.9", "SGD lr=0.25", "SGD lr=0.05", "Momentum lr=0.05 μ=0.9",
               "Momentum (EMA) lr=0.05 β=0.9", "SGD lr=0.3", "RMSProp lr=0.01", "Newton",
               "Saddle-free Newton λ=0.1", "Newton λ=0.01", "Newton λ=10", "Newton λ=100", "SGD lr=0.01 (=1/λ)",
               "SGD lr=0.2/(1+0.05t)", "SGD lr=0.01", "SGD lr=0.019 (0.95 × 2/λmax)",
               "SGD lr=0.021 (1.05 × 2/λmax)", "SGD lr=0.004 (2/lr = 500)", "SGD lr=0.0018 (2/lr ≈ 1111)"):
    KO["scenario"][_label] = _label

KO["scenario"].update({
    # 01
    "Saddle point: SGD stalls, momentum escapes":
        "안장점: SGD는 멈추고 모멘텀은 빠져나간다",
    "SGD stalls at the saddle (gradient near 0); momentum rolls off by inertia":
        "SGD는 안장점에서 멈추고(기울기 ≈ 0), 모멘텀은 관성으로 굴러 내려간다",
    "Plain SGD stalls near a saddle, where the gradient is almost zero; momentum escapes by inertia: SGD needs "
    "at least 5x the steps to get below the saddle's level.":
        "기본 SGD는 기울기가 거의 0인 안장점 근처에서 멈추고, 모멘텀은 관성으로 빠져나갑니다. SGD가 안장점 "
        "높이 아래로 내려가려면 적어도 5배의 스텝이 필요합니다.",
    "Escaped = below the saddle's value by half the valleys' depth. The start sits a hair (1e-4) off the ridge "
    "line y = 0.":
        "탈출 = 안장점의 값보다 골짜기 깊이의 절반만큼 아래로 내려감. 출발점은 능선 y = 0에서 아주 조금(1e-4) "
        "벗어나 있습니다.",
    # 02
    "Ravine: SGD zigzags, momentum damps it":
        "협곡: SGD는 지그재그, 모멘텀은 이를 잠재운다",
    "SGD zigzags across the ravine and crawls along it; momentum arrives far sooner":
        "SGD는 협곡을 가로질러 지그재그로 움직이며 기어가고, 모멘텀은 훨씬 먼저 도착한다",
    "In a ravine SGD zigzags across the steep direction (many sign changes of the steep coordinate) and crawls "
    "along the shallow one; momentum damps the zigzag and arrives far sooner.":
        "협곡에서 SGD는 가파른 방향으로 지그재그하고(가파른 좌표의 부호가 여러 번 바뀜) 완만한 방향으로는 "
        "기어갑니다. 모멘텀은 지그재그를 잠재우고 훨씬 먼저 도착합니다.",
    "Condition number 200, valley along x: the steep coordinate is y. SGD's lr is 98% of its stability limit "
    "2/200.":
        "조건수 200, 골짜기는 x 방향이므로 가파른 좌표는 y입니다. SGD의 lr은 안정성 한계 2/200의 98%입니다.",
    # 03
    "Ravine: RMSProp removes the zigzag":
        "협곡: RMSProp은 지그재그를 없앤다",
    "Same ravine: RMSProp rescales each coordinate, and the zigzag disappears":
        "같은 협곡: RMSProp이 좌표마다 스케일을 바꾸자 지그재그가 사라진다",
    "RMSProp divides each coordinate's step by its own RMS gradient, which removes the zigzag in a ravine (at "
    "most a couple of sign changes of the steep coordinate).":
        "RMSProp은 각 좌표의 스텝을 그 좌표 기울기의 RMS로 나누어 협곡의 지그재그를 없앱니다(가파른 좌표의 "
        "부호는 기껏해야 두어 번 바뀜).",
    "The ravine of scenario 2 (axis-aligned, so per-coordinate scaling fits it). Tilt it with 'angle' and "
    "RMSProp zigzags again.":
        "시나리오 2의 협곡입니다(좌표축과 나란하므로 좌표별 스케일링이 잘 맞음). 'angle'로 기울이면 RMSProp도 "
        "다시 지그재그합니다.",
    # 04
    "Adam handles the saddle and the ravine":
        "Adam은 안장점도 협곡도 통과한다",
    "Adam escapes the saddle fast; SGD at the ravine-safe lr sits on it":
        "Adam은 안장점을 빠르게 벗어나고, 협곡에서 안전한 lr의 SGD는 그 위에 머문다",
    "Adam handles both the saddle and the ravine within one step budget, in which SGD fails at least one "
    "whatever its learning rate.":
        "Adam은 같은 스텝 예산 안에서 안장점과 협곡을 모두 통과하지만, SGD는 학습률을 어떻게 정하든 둘 중 적어도 "
        "하나에서 실패합니다.",
    "Second half: the same two lanes on scenario 2's ravine and start (the test runs it); SGD needs lr < 0.01 "
    "there to stay stable, and that lr is far too slow to leave this saddle.":
        "후반부: 같은 두 레인을 시나리오 2의 협곡과 출발점에서 실행합니다(테스트가 실행함). 그곳에서 SGD가 "
        "안정하려면 lr < 0.01이어야 하는데, 그 lr로는 이 안장점을 벗어나기에 너무 느립니다.",
    "SGD lr=0.0098 (ravine-safe)":
        "SGD lr=0.0098 (협곡에서 안전)",
    # 05
    "Nesterov overshoots less than momentum":
        "Nesterov는 모멘텀보다 덜 지나친다",
    "Same lr and momentum: Nesterov looks ahead and overshoots far less":
        "같은 lr과 모멘텀: Nesterov는 앞을 내다보므로 훨씬 덜 지나친다",
    "With the same learning rate and momentum, Nesterov momentum overshoots the minimum less than heavy-ball "
    "momentum.":
        "학습률과 모멘텀이 같을 때, Nesterov 모멘텀은 heavy-ball 모멘텀보다 최솟값을 덜 지나칩니다.",
    "Overshoot = how far past the minimum a lane goes, measured along the line from the start through the "
    "minimum.":
        "지나침(overshoot) = 레인이 최솟값을 얼마나 넘어가는지, 출발점에서 최솟값을 지나는 직선을 따라 잰 거리.",
    # 06
    "AdaGrad's step decays; RMSProp's does not":
        "AdaGrad의 스텝은 줄어들고 RMSProp의 스텝은 그렇지 않다",
    "AdaGrad's step shrinks like 1/√t and stalls; RMSProp's average keeps its pace":
        "AdaGrad의 스텝은 1/√t처럼 줄어 멈추고, RMSProp의 평균은 속도를 유지한다",
    "AdaGrad's effective step decays like 1/sqrt(t), so it stalls before the minimum of a long valley; "
    "RMSProp's moving average of squared gradients does not decay.":
        "AdaGrad의 실효 스텝은 1/sqrt(t)처럼 줄어들어 긴 골짜기의 최솟값에 닿기 전에 멈춥니다. RMSProp의 기울기 "
        "제곱 이동 평균은 줄어들지 않습니다.",
    "The cliff surface with its wall removed (height 0): a long valley whose floor slopes at a constant rate "
    "toward its minimum at x = 1, so the gradients AdaGrad sums never shrink.":
        "벽을 없앤(height 0) 절벽 곡면입니다. 바닥이 x = 1의 최솟값을 향해 일정하게 기울어진 긴 골짜기라서, "
        "AdaGrad가 더하는 기울기는 결코 작아지지 않습니다.",
    # 07
    "AdaDelta has no learning rate":
        "AdaDelta에는 학습률이 없다",
    "Loss x10: SGD's lr=0.25 now explodes; AdaDelta (no lr) keeps the same path":
        "손실 x10: SGD의 lr=0.25는 이제 폭발하고, AdaDelta(lr 없음)는 같은 경로를 유지한다",
    "AdaDelta needs no learning rate: its step has the units of x, so changing the units of the loss leaves "
    "its path unchanged and stretching the map stretches its path, unlike SGD.":
        "AdaDelta에는 학습률이 필요 없습니다. 스텝이 x와 같은 단위를 가지므로, SGD와 달리 손실의 단위를 바꿔도 "
        "경로가 그대로이고 지도를 늘이면 경로도 함께 늘어납니다.",
    "This is the bowl a=1, b=0.25 with the loss multiplied by 10; set a and b back to compare. The test also "
    "stretches the map 3x in x and y (a, b / 9, start x 3): AdaDelta's path stretches 3x once its one constant "
    "eps, a squared step, is stated in the new units (eps x 9).":
        "a=1, b=0.25인 그릇의 손실에 10을 곱한 것입니다. 비교하려면 a와 b를 되돌리세요. 테스트는 지도를 x와 y "
        "방향으로 3배 늘이기도 합니다(a, b / 9, 출발점 x 3). 유일한 상수 eps(스텝의 제곱)를 새 단위로 나타내면"
        "(eps x 9) AdaDelta의 경로도 3배로 늘어납니다.",
    "AdaDelta (defaults, lr=1)":
        "AdaDelta (기본값, lr=1)",
    # 08
    "Momentum rolls into the deeper minimum":
        "모멘텀은 더 깊은 최솟값으로 굴러간다",
    "SGD stays stuck in the shallow valley; momentum rolls on into the deeper one":
        "SGD는 얕은 골짜기에 갇히고, 모멘텀은 계속 굴러 더 깊은 골짜기로 들어간다",
    "Momentum carries an optimizer through a shallow local minimum into the deeper one, where SGD stays stuck.":
        "모멘텀은 최적화 기법을 얕은 국소 최솟값을 지나 더 깊은 최솟값으로 데려가지만, SGD는 얕은 곳에 "
        "갇힙니다.",
    # 09
    "Noisy gradients: momentum smooths the path":
        "잡음 섞인 기울기: 모멘텀은 경로를 매끄럽게 한다",
    "Noisy gradients: SGD wanders; momentum averages the noise into a smooth path":
        "잡음 섞인 기울기: SGD는 헤매고, 모멘텀은 잡음을 평균 내어 매끄러운 경로를 만든다",
    "With noisy (minibatch-like) gradients SGD wanders, while momentum averages the noise into a smoother "
    "path: its turning angles between steps are much smaller.":
        "잡음이 섞인(미니배치 같은) 기울기에서 SGD는 헤매지만, 모멘텀은 잡음을 평균 내어 더 매끄러운 경로를 "
        "만듭니다. 스텝 사이에 꺾이는 각도가 훨씬 작습니다.",
    "Both lanes draw the same noise sequence (same seed). Momentum in the EMA form m = β m + (1 - β) g, so its "
    "steady step matches SGD's.":
        "두 레인은 같은 잡음 수열을 씁니다(같은 시드). 모멘텀은 지수 이동 평균 형태 m = β m + (1 - β) g이므로 "
        "정상 상태의 스텝이 SGD와 같습니다.",
    # 10
    "Cliff: gradient clipping":
        "절벽: 기울기 클리핑",
    "Cliff: one unclipped step catapults SGD away; clipped SGD walks down safely":
        "절벽: 클리핑 없는 한 스텝이 SGD를 멀리 튕겨 내고, 클리핑한 SGD는 안전하게 내려간다",
    "Near a cliff one unclipped gradient step catapults the point far away (a step at least 10x the largest "
    "before it); with gradient clipping it walks down safely.":
        "절벽 근처에서는 클리핑하지 않은 경사 스텝 하나가 점을 멀리 튕겨 냅니다(그 전까지의 가장 큰 스텝보다 "
        "적어도 10배 큰 스텝). 기울기 클리핑을 쓰면 안전하게 내려갑니다.",
    "The unclipped point leaves the window to the left and walks back.":
        "클리핑하지 않은 점은 화면 왼쪽 밖으로 나갔다가 다시 걸어 돌아옵니다.",
    "SGD lr=0.3, clip 1.0":
        "SGD lr=0.3, 클리핑 1.0",
    # 11
    "Plateau: adaptive methods cross it":
        "고원: 적응적 방법은 이를 건넌다",
    "Plateau: SGD barely moves on the flat table; Adam and RMSProp cross it":
        "고원: SGD는 평평한 탁자 위에서 거의 움직이지 않고, Adam과 RMSProp은 이를 건넌다",
    "On a plateau plain SGD barely moves because the gradient is tiny; adaptive methods (Adam, RMSProp) divide "
    "it by its own size and cross.":
        "고원에서는 기울기가 아주 작아 기본 SGD가 거의 움직이지 않습니다. 적응적 방법(Adam, RMSProp)은 기울기를 "
        "그 자신의 크기로 나누어 고원을 건넙니다.",
    # 12
    "Newton is attracted to the saddle":
        "뉴턴 방법은 안장점에 끌려간다",
    "Newton jumps to the saddle (grad = 0); saddle-free Newton escapes to a minimum":
        "Newton은 안장점(grad = 0)으로 뛰어가고, saddle-free Newton은 최솟값으로 빠져나간다",
    "Undamped Newton is attracted to the saddle point (the gradient goes to 0 where the Hessian is "
    "indefinite); saddle-free Newton, using |H|, escapes to a minimum.":
        "감쇠 없는 뉴턴 방법은 안장점에 끌려갑니다(헤세 행렬이 부정부호인 곳에서 기울기가 0이 됨). |H|를 쓰는 "
        "saddle-free Newton은 최솟값으로 빠져나갑니다.",
    # 13
    "Levenberg–Marquardt damping":
        "Levenberg–Marquardt 감쇠",
    "LM damping: small λ = Newton's jump; large λ = small steps along -gradient":
        "LM 감쇠: 작은 λ = 뉴턴 도약, 큰 λ = -기울기 방향의 작은 스텝",
    "Levenberg-Marquardt damping interpolates: a large damping turns Newton's step into a small gradient step "
    "(-g/λ), a small damping gives the pure Newton step.":
        "Levenberg-Marquardt 감쇠는 두 방법 사이를 잇습니다. 감쇠가 크면 뉴턴 스텝이 작은 경사 스텝(-g/λ)이 "
        "되고, 감쇠가 작으면 순수한 뉴턴 스텝이 됩니다.",
    "The SGD lane uses lr = 1/100: the λ=100 lane runs on top of it.":
        "SGD 레인은 lr = 1/100을 씁니다. λ=100 레인이 그 위에 겹쳐 달립니다.",
    # 14
    "Conjugate gradient: 2 steps on a 2-D quadratic":
        "켤레 기울기법: 2차원 이차 함수에서 2스텝",
    "Exact line search: conjugate gradient in 2 steps; steepest descent zigzags":
        "정확한 선 탐색: 켤레 기울기법은 2스텝, 최급강하법은 지그재그",
    "Conjugate gradient with exact line search reaches a 2-D quadratic's minimum in 2 iterations; steepest "
    "descent with exact line search zigzags at right angles.":
        "정확한 선 탐색을 쓰는 켤레 기울기법은 2차원 이차 함수의 최솟값에 2번의 반복으로 도달합니다. 정확한 선 "
        "탐색을 쓰는 최급강하법은 직각으로 지그재그합니다.",
    "Steepest descent (exact)":
        "최급강하법 (정확한 선 탐색)",
    "Conjugate gradient (exact)":
        "켤레 기울기법 (정확한 선 탐색)",
    # 15
    "BFGS learns the inverse Hessian":
        "BFGS는 헤세 역행렬을 학습한다",
    "BFGS: the estimated inverse-Hessian ellipse converges to the true one":
        "BFGS: 추정한 헤세 역행렬의 타원이 참값으로 수렴한다",
    "BFGS builds an inverse-Hessian estimate from gradient differences that converges to the true inverse "
    "Hessian.":
        "BFGS는 기울기의 차이로부터 헤세 역행렬 추정값을 만들고, 이 추정값은 참 헤세 역행렬로 수렴합니다.",
    "A quadratic, so the true inverse Hessian is the same everywhere: the two ellipses can be compared at every "
    "step.":
        "이차 함수이므로 참 헤세 역행렬은 어디서나 같습니다. 두 타원을 매 스텝 비교할 수 있습니다.",
    "BFGS (Wolfe line search)":
        "BFGS (Wolfe 선 탐색)",
    # 16
    "A decaying learning rate settles noisy SGD":
        "감소하는 학습률은 잡음 섞인 SGD를 안착시킨다",
    "Noisy SGD: a decaying lr settles at the minimum; a constant lr keeps bouncing":
        "잡음 섞인 SGD: 감소하는 lr은 최솟값에 안착하고, 일정한 lr은 계속 튄다",
    "With noisy gradients a decaying learning rate (sum of rates infinite, sum of squares finite) lets SGD "
    "settle at the minimum, while a constant rate keeps bouncing in a noise ball.":
        "잡음 섞인 기울기에서 감소하는 학습률(학습률의 합은 무한, 제곱의 합은 유한)을 쓰면 SGD가 최솟값에 "
        "안착하지만, 일정한 학습률은 잡음 공 안에서 계속 튑니다.",
    "lr_t = lr / (1 + k t): the sum of lr_t grows like log t (no end), the sum of lr_t^2 converges "
    "(Robbins-Monro).":
        "lr_t = lr / (1 + k t): lr_t의 합은 log t처럼 끝없이 커지고, lr_t^2의 합은 수렴합니다(Robbins-Monro).",
    "SGD lr=0.2 constant":
        "SGD lr=0.2 고정",
    # 17
    "Adam's bias correction":
        "Adam의 편향 보정",
    "Adam without bias correction: first step (1-β1)/√(1-β2) ≈ 3.16x too large":
        "편향 보정 없는 Adam: 첫 스텝이 (1-β1)/√(1-β2) ≈ 3.16배 너무 크다",
    "Adam without bias correction takes first steps about (1-beta1)/sqrt(1-beta2) = 3.16 times larger than "
    "with it.":
        "편향 보정이 없는 Adam은 처음 스텝들이 보정할 때보다 약 (1-beta1)/sqrt(1-beta2) = 3.16배 큽니다.",
    "Adam lr=0.05, no bias correction":
        "Adam lr=0.05, 편향 보정 없음",
    # 18
    "Polyak averaging":
        "Polyak 평균화",
    "Polyak averaging: the running mean of noisy SGD sits closer to the minimum":
        "Polyak 평균화: 잡음 섞인 SGD의 누적 평균이 최솟값에 더 가깝다",
    "Polyak averaging: the average of noisy SGD's iterates sits closer to the minimum than the last iterate.":
        "Polyak 평균화: 잡음 섞인 SGD 반복점들의 평균은 마지막 반복점보다 최솟값에 더 가깝습니다.",
    "The average is taken over the iterates after the first 100 steps (burn-in), as engine "
    "Trajectory.averaged(100) computes it.":
        "평균은 처음 100스텝(번인) 이후의 반복점들로 구하며, engine의 Trajectory.averaged(100)이 계산하는 "
        "방식과 같습니다.",
    "SGD lr=0.2, noise 1":
        "SGD lr=0.2, 잡음 1",
    # 19
    "Coordinate descent staircases":
        "좌표 하강법은 계단을 그린다",
    "Coordinate descent staircases along a tilted ravine (axis-aligned: 2 moves)":
        "좌표 하강법은 기울어진 협곡을 계단처럼 내려간다 (축과 나란하면 2번 이동)",
    "Coordinate descent with exact line search staircases slowly along a rotated ravine and solves an "
    "axis-aligned one in 2 exact moves.":
        "정확한 선 탐색을 쓰는 좌표 하강법은 회전된 협곡을 따라 느리게 계단을 그리며 내려가고, 축과 나란한 "
        "협곡은 정확한 이동 2번으로 풉니다.",
    "Set 'angle' to 0 and the same start is solved in two moves (the test runs both).":
        "'angle'을 0으로 하면 같은 출발점에서 이동 두 번으로 풀립니다(테스트가 둘 다 실행함).",
    "Coordinate descent (exact)":
        "좌표 하강법 (정확한 선 탐색)",
    # 20
    "Where you start matters":
        "출발점이 중요하다",
    "Himmelblau: where you start decides which of the four minima you reach":
        "Himmelblau: 출발점이 네 최솟값 중 어디에 도달할지를 정한다",
    "On Himmelblau's function the same optimizer ends in different minima from different starts.":
        "Himmelblau 함수에서는 같은 최적화 기법도 출발점이 다르면 다른 최솟값에서 끝납니다.",
    "The basin map colours every start by the minimum SGD reaches from it; click another start (e.g. (-1, 1), "
    "(-1, -1), (1, -1)) to see it end elsewhere.":
        "분지 지도는 모든 출발점을 그곳에서 SGD가 도달하는 최솟값에 따라 색칠합니다. 다른 출발점(예: (-1, 1), "
        "(-1, -1), (1, -1))을 클릭하면 다른 곳에서 끝나는 것을 볼 수 있습니다.",
    # 21
    "The stability edge: lr just below and just above 2/λmax":
        "안정성의 경계: 2/λmax 바로 아래와 바로 위의 lr",
    "lr = 0.95 × 2/λmax settles; lr = 1.05 × 2/λmax bounces ever wider and diverges":
        "lr = 0.95 × 2/λmax는 안착하고, lr = 1.05 × 2/λmax는 점점 크게 튀다가 발산한다",
    "Gradient descent converges on a quadratic exactly when lr < 2/λmax: on a ravine with λmax = 100 (limit "
    "0.02), lr = 0.019 shrinks the steep coordinate by |1 − 0.019·100| = 0.9 per step and settles, while "
    "lr = 0.021 multiplies it by 1.1 per step and diverges.":
        "경사 하강법은 이차 함수에서 정확히 lr < 2/λmax일 때 수렴합니다. λmax = 100(한계 0.02)인 협곡에서 "
        "lr = 0.019는 가파른 좌표를 스텝마다 |1 − 0.019·100| = 0.9배로 줄여 안착하고, lr = 0.021은 스텝마다 "
        "1.1배로 키워 발산합니다.",
    "Condition 100, valley tilted by 20 degrees: λ = 1 along the floor, 100 across it. The Theory panel's "
    "meter shows lr·λmax against 2; the phase diagram's SGD curve crosses ρ = 1 at lr = 0.02.":
        "조건수 100, 골짜기는 20도 기울어져 있습니다. 바닥 방향으로 λ = 1, 가로지르는 방향으로 100입니다. 이론 "
        "패널의 계기는 lr·λmax를 2와 비교해 보여 주고, 위상 도표의 SGD 곡선은 lr = 0.02에서 ρ = 1을 "
        "지납니다.",
    # 22
    "Tuned momentum against tuned gradient descent at κ = 100":
        "κ = 100에서 최적 조정한 모멘텀 대 최적 조정한 경사 하강법",
    "Tuned at κ=100: GD's error ×0.980 per step, heavy ball ×0.818, Nesterov ×0.885":
        "κ=100에서 최적 조정: 스텝당 오차 GD ×0.980, heavy ball ×0.818, Nesterov ×0.885",
    "At condition number κ = 100 the best gradient descent shrinks the error by (κ−1)/(κ+1) = 0.980 per step, "
    "Polyak's tuned heavy ball by (√κ−1)/(√κ+1) = 0.818 and tuned Nesterov by 1 − 2/√(3κ+1) = 0.885; the "
    "measured per-step rates of these runs equal the predicted ones within 2%, so momentum needs about ten "
    "times fewer steps.":
        "조건수 κ = 100에서 최선의 경사 하강법은 오차를 스텝마다 (κ−1)/(κ+1) = 0.980배로, 최적 조정한 Polyak의 "
        "heavy ball은 (√κ−1)/(√κ+1) = 0.818배로, 최적 조정한 Nesterov는 1 − 2/√(3κ+1) = 0.885배로 줄입니다. "
        "이 실행들에서 측정한 스텝당 수렴률은 예측값과 2% 이내로 일치하므로, 모멘텀은 스텝이 약 10분의 1만 "
        "필요합니다.",
    "lr and momentum are engine.theory.optimal's, to full precision (the optimum is a double root: rounding lr "
    "to 6 digits moves the rate by 0.3%). Heavy ball: lr = 4/(√λmax+√λmin)², momentum = ((√κ−1)/(√κ+1))². "
    "Nesterov: lr = 4/(3λmax+λmin), momentum = (√(3κ+1)−2)/(√(3κ+1)+2) (Lessard, Recht & Packard 2016). The "
    "loss plot's dashed envelope is f·ρ^(2k).":
        "lr과 momentum은 engine.theory.optimal의 값을 전체 정밀도로 씁니다(최적점이 중근이라 lr을 6자리로 "
        "반올림해도 수렴률이 0.3% 바뀜). Heavy ball: lr = 4/(√λmax+√λmin)², momentum = ((√κ−1)/(√κ+1))². "
        "Nesterov: lr = 4/(3λmax+λmin), momentum = (√(3κ+1)−2)/(√(3κ+1)+2) (Lessard, Recht & Packard 2016). "
        "손실 그래프의 점선 포락선은 f·ρ^(2k)입니다.",
    "GD tuned: lr=2/(λ1+λn), ρ=0.980":
        "GD 최적 조정: lr=2/(λ1+λn), ρ=0.980",
    "Heavy ball tuned (Polyak), ρ=0.818":
        "Heavy ball 최적 조정 (Polyak), ρ=0.818",
    "Nesterov tuned, ρ=0.885":
        "Nesterov 최적 조정, ρ=0.885",
    # 23
    "Adam's diagonal scaling fixes an axis-aligned ravine, not a tilted one":
        "Adam의 대각 스케일링은 축과 나란한 협곡은 고치지만 기울어진 협곡은 못 고친다",
    "Adam's per-axis scaling: κ 100 → below 10 here; tilted 45° it would stay 100":
        "Adam의 축별 스케일링: 여기서는 κ 100 → 10 미만, 45° 기울이면 100 그대로",
    "Adam divides each coordinate by its own gradient scale, a diagonal preconditioner D: on a ravine aligned "
    "with the axes the preconditioned Hessian D^(-1/2) H D^(-1/2) has condition number below 10 instead of 100 "
    "and Adam reaches the minimum in half the steps, but tilted by 45 degrees the same Adam still faces "
    "κ ≈ 100 and is far from the minimum.":
        "Adam은 각 좌표를 그 좌표의 기울기 규모로 나누는데, 이는 대각 전처리 행렬 D와 같습니다. 축과 나란한 "
        "협곡에서는 전처리된 헤세 행렬 D^(-1/2) H D^(-1/2)의 조건수가 100이 아니라 10 미만이어서 Adam이 절반의 "
        "스텝으로 최솟값에 도달하지만, 45도 기울이면 같은 Adam도 여전히 κ ≈ 100을 마주하고 최솟값에서 멀리 "
        "떨어져 있습니다.",
    "Watch the Theory panel's 'κ before → after preconditioning', then set the surface's angle to 45: the "
    "effective κ jumps back to about 100. A diagonal rescaling can only stretch the axes; it cannot rotate the "
    "valley.":
        "이론 패널의 'κ 전처리 전 → 후'를 보고, 곡면의 angle을 45로 바꾸어 보세요. 실효 κ가 다시 약 100으로 "
        "뛰어오릅니다. 대각 스케일링은 축을 늘일 수만 있고 골짜기를 회전시킬 수는 없습니다.",
    # 24
    "Gradient descent meets its stability limit on Rosenbrock":
        "경사 하강법이 Rosenbrock에서 안정성 한계에 부딪힌다",
    "lr=0.004 stalls, bouncing where sharpness hits 2/lr; lr=0.0018 reaches (1, 1)":
        "lr=0.004는 날카로움이 2/lr에 이르는 곳에서 튀며 멈추고, lr=0.0018은 (1, 1)에 도달한다",
    "On a non-quadratic surface the stability limit moves along the path: Rosenbrock's valley gets sharper "
    "towards the minimum (λmax ≈ 1002 there). With lr = 0.004 (2/lr = 500 < 1002) gradient descent follows "
    "the valley until the sharpness reaches 2/lr, then bounces back and forth across the valley at the edge "
    "of stability and never arrives; with lr = 0.0018 (2/lr ≈ 1111 > 1002) it reaches the minimum.":
        "이차 함수가 아닌 곡면에서는 안정성 한계가 경로를 따라 움직입니다. Rosenbrock의 골짜기는 최솟값에 "
        "가까울수록 날카로워집니다(그곳에서 λmax ≈ 1002). lr = 0.004(2/lr = 500 < 1002)이면 경사 하강법은 "
        "날카로움이 2/lr에 이를 때까지 골짜기를 따라가다가, 안정성의 경계에서 골짜기를 가로질러 앞뒤로 튀며 "
        "끝내 도착하지 못합니다. lr = 0.0018(2/lr ≈ 1111 > 1002)이면 최솟값에 도달합니다.",
    "The sharpness trace plots λmax along the focused trail against 2/lr (Cohen et al., ICLR 2021). Both lanes "
    "start on a wall sharper than their limit (λmax ≈ 1506) and bounce at first.":
        "날카로움 그래프는 선택한 궤적을 따라 λmax를 2/lr과 함께 그립니다(Cohen et al., ICLR 2021). 두 레인 "
        "모두 자신의 한계보다 날카로운 벽(λmax ≈ 1506)에서 출발하므로 처음에는 튑니다.",
    # 25
    "Minibatches: batch 1 vs batch 32 at the same learning rate":
        "미니배치: 같은 학습률에서 배치 1 대 배치 32",
    "Same lr: batch 1 jitters in a wide noise ball, batch 32 in a small one":
        "같은 lr: 배치 1은 넓은 잡음 공에서, 배치 32는 작은 잡음 공에서 떨린다",
    "With true minibatches SGD at a constant learning rate does not settle: it jitters in a noise ball around "
    "the minimum whose radius is sqrt(lr / (2 - lr) * tr Cov_B) on this round bowl, with Cov_B = (N - B) / "
    "(B (N - 1)) times the per-example gradient covariance. Batch 1 matches it; batch 32 is smaller by at "
    "least sqrt(32) (without replacement, each epoch's batch errors cancel: smaller still); the full batch "
    "converges.":
        "진짜 미니배치에서 일정한 학습률의 SGD는 안착하지 않고 최솟값 주위의 잡음 공 안에서 떨립니다. 이 둥근 "
        "그릇에서 잡음 공의 반지름은 sqrt(lr / (2 - lr) * tr Cov_B)이고, Cov_B는 예제별 기울기 공분산의 "
        "(N - B) / (B (N - 1))배입니다. 배치 1은 이 값과 맞고, 배치 32는 적어도 sqrt(32)배 작습니다(비복원 "
        "추출이면 에포크마다 배치 오차가 상쇄되어 더 작음). 전체 배치는 수렴합니다.",
    "Diabetes progression against standardized BMI (Hessian = identity). All three lanes take the same lr; "
    "only the batch size differs. Batch 32 makes 14 steps per epoch, batch 1 makes 442.":
        "표준화한 BMI 대비 당뇨병 진행도입니다(헤세 행렬 = 단위 행렬). 세 레인 모두 같은 lr을 쓰고 배치 크기만 "
        "다릅니다. 배치 32는 에포크당 14스텝, 배치 1은 442스텝입니다.",
    "SGD batch 1, lr=0.1":
        "SGD 배치 1, lr=0.1",
    "SGD batch 32, lr=0.1":
        "SGD 배치 32, lr=0.1",
    "GD full batch (442), lr=0.1":
        "GD 전체 배치 (442), lr=0.1",
    # 26
    "Interpolation: minibatch noise vanishes at the minimum":
        "보간: 미니배치 잡음이 최솟값에서 사라진다",
    "A fit through every point: SGD with batch 1 converges exactly at a constant lr":
        "모든 점을 지나는 적합: 배치 1의 SGD가 일정한 lr로 정확히 수렴한다",
    "When one (w, b) fits every example exactly (interpolation), every example's gradient vanishes at the "
    "minimum, so the minibatch gradient noise vanishes there too and SGD with a constant learning rate "
    "converges to the minimum; on the real, noisy targets the same lanes stay in a noise ball.":
        "하나의 (w, b)가 모든 예제에 정확히 맞으면(보간), 최솟값에서 모든 예제의 기울기가 0이 되므로 미니배치 "
        "기울기 잡음도 그곳에서 사라지고, 일정한 학습률의 SGD가 최솟값으로 수렴합니다. 잡음이 있는 실제 "
        "목표값에서는 같은 레인들이 잡음 공 안에 머뭅니다.",
    "Targets moved onto the least-squares line (the 'interpolate' parameter). Untick it to see the same lanes "
    "jitter around the minimum of the real data.":
        "목표값을 최소제곱 직선 위로 옮겼습니다('interpolate' 매개변수). 선택을 해제하면 같은 레인들이 실제 "
        "데이터의 최솟값 주위에서 떨리는 것을 볼 수 있습니다.",
    "SGD batch 8, lr=0.1":
        "SGD 배치 8, lr=0.1",
    # 27
    "Standardize the feature: the valley turns round":
        "특성을 표준화하면 골짜기가 둥글어진다",
    "Raw BMI: a valley with condition number ~26,000; standardized, a round bowl":
        "원래 BMI: 조건수 ~26,000의 골짜기, 표준화하면 둥근 그릇",
    "With the raw feature (BMI around 26, never near 0) slope and intercept trade off: the least-squares bowl "
    "is a thin diagonal valley with condition number about 26,000, and gradient descent at its best fixed "
    "learning rate 2 / (lambda_min + lambda_max) still has 97% of its error after 300 steps. Standardizing the "
    "feature makes the Hessian the identity (condition number 1): the same method with its best learning rate "
    "lands on the minimum in one step.":
        "원래 특성(BMI는 26 안팎으로 0 근처에 오지 않음)을 그대로 쓰면 기울기와 절편이 서로 맞바뀝니다. 최소제곱 "
        "그릇은 조건수가 약 26,000인 가느다란 대각선 골짜기가 되고, 최선의 고정 학습률 "
        "2 / (lambda_min + lambda_max)의 경사 하강법도 300스텝 뒤에 오차가 여전히 97% 남아 있습니다. 특성을 "
        "표준화하면 헤세 행렬이 단위 행렬이 되어(조건수 1), 같은 방법이 최선의 학습률로 한 스텝 만에 최솟값에 "
        "도달합니다.",
    "Tick 'standardize' in the surface panel to see the round bowl. Newton undoes the ill-conditioning on either "
    "surface in one step.":
        "곡면 패널에서 'standardize'를 켜면 둥근 그릇을 볼 수 있습니다. 뉴턴 방법은 어느 곡면에서든 나쁜 "
        "조건수를 한 스텝 만에 되돌립니다.",
    "GD lr=0.00279 (best for raw BMI)":
        "GD lr=0.00279 (원래 BMI에 최선)",
})

KO["deck"].update({
    "Optimizers, from SGD to Newton":
        "최적화 기법: SGD부터 Newton까지",
    "Plain gradient descent follows the slope downhill: which minimum it reaches depends only on where it "
    "starts.":
        "기본 경사 하강법은 비탈을 따라 내려갑니다. 어느 최솟값에 도달할지는 오직 출발점에 달려 있습니다.",
    "Where will SGD end from this start?":
        "이 출발점에서 SGD는 어디에서 끝날까요?",
    "Gradient descent never climbs: it ends in the basin it started in.":
        "경사 하강법은 절대 오르막을 오르지 않습니다. 출발한 분지 안에서 끝납니다.",
    "Coordinate descent moves along one axis at a time: a staircase on a tilted valley.":
        "좌표 하강법은 한 번에 한 축을 따라 움직입니다. 기울어진 골짜기에서는 계단 모양이 됩니다.",
    "Gradient descent on a quadratic converges only while lr · λmax < 2: five percent either side of 2/λmax is "
    "the difference between settling and blowing up.":
        "이차 함수에서 경사 하강법은 lr · λmax < 2일 때만 수렴합니다. 2/λmax에서 위아래로 5퍼센트 차이가 "
        "안착과 폭발을 가릅니다.",
    "Which of the two learning rates diverges?":
        "두 학습률 중 어느 쪽이 발산할까요?",
    "Across the valley each step multiplies the error by 1 − lr·λmax: below −1 it grows every step.":
        "골짜기를 가로지르는 방향에서 각 스텝은 오차에 1 − lr·λmax를 곱합니다. 이 값이 −1보다 작으면 오차는 "
        "매 스텝 커집니다.",
    "On a non-quadratic surface the sharpness changes as GD moves: the larger lr bounces where λmax reaches "
    "2/lr and stalls there.":
        "이차 함수가 아닌 곡면에서는 GD가 움직이는 동안 날카로움이 바뀝니다. 큰 lr은 λmax가 2/lr에 이르는 "
        "곳에서 튀며 거기서 멈춥니다.",
    "Which one ends nearer the minimum (1, 1)?":
        "최솟값 (1, 1)에 더 가까이에서 끝나는 것은 어느 쪽일까요?",
    "The large lr cannot enter the sharp part of the valley: it hovers where λmax ≈ 2/lr.":
        "큰 lr은 골짜기의 날카로운 부분에 들어가지 못하고 λmax ≈ 2/lr인 곳에서 맴돕니다.",
    "At a saddle the gradient is nearly zero, so SGD crawls; momentum keeps the speed it gathered.":
        "안장점에서는 기울기가 거의 0이라 SGD는 기어가고, 모멘텀은 모아 둔 속도를 유지합니다.",
    "Which one gets below f = −0.12 first?":
        "f = −0.12 아래로 먼저 내려가는 것은 어느 쪽일까요?",
    "Momentum carries it off the saddle; SGD's steps shrink with the gradient.":
        "모멘텀이 안장점에서 밀어내 주고, SGD의 스텝은 기울기와 함께 작아집니다.",
    "In a ravine SGD bounces between the walls; momentum averages the bouncing out and speeds up along the "
    "floor.":
        "협곡에서 SGD는 벽 사이를 튕기고, 모멘텀은 그 진동을 평균 내어 없애며 바닥을 따라 속도를 높입니다.",
    "Which one gets below f = 0.001 first?":
        "f = 0.001 아래로 먼저 내려가는 것은 어느 쪽일까요?",
    "The zigzag cancels in momentum's velocity; the floor's small gradient adds up.":
        "지그재그는 모멘텀의 속도 안에서 상쇄되고, 바닥의 작은 기울기는 누적됩니다.",
    "Each optimizer at its theoretically best lr (and momentum): the rates ρ are per step, so 300 steps "
    "compound them.":
        "각 최적화 기법은 이론상 최선의 lr(과 모멘텀)을 씁니다. 수렴률 ρ는 스텝당 값이므로 300스텝이면 "
        "거듭제곱으로 쌓입니다.",
    "Which one gets below f = 10⁻⁶ first?":
        "f = 10⁻⁶ 아래로 먼저 내려가는 것은 어느 쪽일까요?",
    "Tuned heavy ball contracts as (√κ−1)/(√κ+1) per step, GD only as (κ−1)/(κ+1).":
        "최적 조정한 heavy ball은 스텝마다 (√κ−1)/(√κ+1)배로 줄어들고, GD는 (κ−1)/(κ+1)배로만 줄어듭니다.",
    "Momentum can roll through a shallow minimum into a deeper one.":
        "모멘텀은 얕은 최솟값을 지나 더 깊은 최솟값으로 굴러갈 수 있습니다.",
    "Which one ends in the deeper minimum (the left one)?":
        "더 깊은 최솟값(왼쪽)에서 끝나는 것은 어느 쪽일까요?",
    "The velocity carries momentum over the bump between the minima.":
        "속도가 모멘텀을 두 최솟값 사이의 둔덕 너머로 데려갑니다.",
    "Nesterov looks ahead before it steps, so it brakes before it overshoots.":
        "Nesterov는 움직이기 전에 앞을 내다보므로, 지나치기 전에 미리 제동을 겁니다.",
    "Nesterov's gradient at the look-ahead point corrects the overshoot early.":
        "앞서 내다본 점에서 계산한 Nesterov의 기울기가 지나침을 일찍 바로잡습니다.",
    "AdaGrad divides by the sum of all past squared gradients, so its step only shrinks.":
        "AdaGrad는 지난 모든 기울기 제곱의 합으로 나누므로 스텝이 줄어들기만 합니다.",
    "Which one ends lowest?":
        "가장 낮은 곳에서 끝나는 것은 어느 쪽일까요?",
    "RMSProp forgets old gradients; AdaGrad's denominator keeps growing.":
        "RMSProp은 오래된 기울기를 잊고, AdaGrad의 분모는 계속 커집니다.",
    "RMSProp scales each coordinate by its own gradient size: the steep direction gets small steps.":
        "RMSProp은 각 좌표를 그 좌표의 기울기 크기로 스케일링합니다. 가파른 방향은 작은 스텝을 받습니다.",
    "Per-coordinate scaling evens out the ravine's walls and floor.":
        "좌표별 스케일링이 협곡의 벽과 바닥을 고르게 만듭니다.",
    "On a plateau the gradient is tiny; adaptive methods divide by its size and keep moving.":
        "고원에서는 기울기가 아주 작습니다. 적응적 방법은 기울기를 그 크기로 나누어 계속 움직입니다.",
    "Dividing by the gradient's running size makes the step independent of the plateau's flatness.":
        "기울기를 그 이동 평균 크기로 나누면 스텝이 고원의 평평한 정도와 무관해집니다.",
    "AdaDelta's step has the units of x: no learning rate to tune.":
        "AdaDelta의 스텝은 x와 같은 단위를 가집니다. 조정할 학습률이 없습니다.",
    "Will SGD with lr = 0.25 diverge here?":
        "lr = 0.25인 SGD는 여기서 발산할까요?",
    "lr · λmax > 2: each step overshoots more than the last.":
        "lr · λmax > 2: 스텝마다 직전보다 더 많이 지나칩니다.",
    "Adam combines momentum and per-coordinate scaling.":
        "Adam은 모멘텀과 좌표별 스케일링을 결합합니다.",
    "Adam divides each coordinate by its own RMS gradient: a diagonal preconditioner. An axis-aligned ravine "
    "becomes round; a tilted one would not.":
        "Adam은 각 좌표를 그 좌표 기울기의 RMS로 나눕니다. 곧 대각 전처리입니다. 축과 나란한 협곡은 둥글어지지만, "
        "기울어진 협곡은 그렇지 않습니다.",
    "Without bias correction Adam's first steps are off by the factor 1 − βᵗ.":
        "편향 보정이 없으면 Adam의 처음 스텝들은 1 − βᵗ배만큼 어긋납니다.",
    "Newton's method jumps to the stationary point of its quadratic model: at a saddle, that is the saddle.":
        "뉴턴 방법은 이차 모델의 정류점으로 뛰어갑니다. 안장점 근처에서는 그 정류점이 바로 안장점입니다.",
    "Which one ends on the saddle point (0, 0)?":
        "안장점 (0, 0)에서 끝나는 것은 어느 쪽일까요?",
    "Newton solves ∇f = 0 and cannot tell a saddle from a minimum; saddle-free Newton uses |H|.":
        "뉴턴 방법은 ∇f = 0을 풀 뿐이라 안장점과 최솟값을 구별하지 못합니다. saddle-free Newton은 |H|를 "
        "씁니다.",
    "Damping moves Newton's step from the Newton direction towards gradient descent.":
        "감쇠는 뉴턴 스텝을 뉴턴 방향에서 경사 하강법 쪽으로 옮깁니다.",
    "Conjugate gradient solves a 2-D quadratic in two exact line searches.":
        "켤레 기울기법은 2차원 이차 함수를 정확한 선 탐색 두 번으로 풉니다.",
    "Which one gets below f = 10⁻¹⁰ first?":
        "f = 10⁻¹⁰ 아래로 먼저 내려가는 것은 어느 쪽일까요?",
    "Conjugate directions never undo each other's progress.":
        "켤레 방향들은 서로의 진전을 절대 되돌리지 않습니다.",
    "BFGS builds an estimate of the inverse Hessian from gradient changes.":
        "BFGS는 기울기의 변화로부터 헤세 역행렬의 추정값을 만듭니다.",
    "At a cliff the gradient is huge; clipping caps the step.":
        "절벽에서는 기울기가 매우 큽니다. 클리핑이 스텝에 상한을 둡니다.",
    "Without clipping the step off the cliff throws SGD far away.":
        "클리핑이 없으면 절벽에서의 스텝이 SGD를 멀리 튕겨 냅니다.",
    "With noisy gradients a constant learning rate keeps bouncing; a decaying one settles.":
        "잡음 섞인 기울기에서 일정한 학습률은 계속 튀고, 감소하는 학습률은 안착합니다.",
    "Momentum averages noisy gradients.":
        "모멘텀은 잡음 섞인 기울기를 평균 냅니다.",
    "Same learning rate, different batch sizes: the gradient noise sets the size of the ball SGD wanders in "
    "around the minimum.":
        "학습률은 같고 배치 크기만 다릅니다. 기울기 잡음이 SGD가 최솟값 주위에서 헤매는 공의 크기를 정합니다.",
    "The full batch has no gradient noise: it settles at the minimum; batch 1 keeps jittering.":
        "전체 배치에는 기울기 잡음이 없어 최솟값에 안착하고, 배치 1은 계속 떨립니다.",
    "When the model fits every example exactly, every example's gradient vanishes at the minimum, and so does "
    "the noise.":
        "모델이 모든 예제에 정확히 맞으면 최솟값에서 모든 예제의 기울기가 0이 되고, 잡음도 사라집니다.",
    "Averaging the iterates removes most of the noise of SGD's last steps.":
        "반복점들을 평균 내면 SGD 마지막 스텝들의 잡음 대부분이 사라집니다.",
    "Feature scaling is preconditioning by hand: standardizing BMI turns a valley of condition number ~26,000 "
    "into a round bowl.":
        "특성 스케일링은 손으로 하는 전처리입니다. BMI를 표준화하면 조건수 ~26,000의 골짜기가 둥근 그릇이 "
        "됩니다.",
    "Newton rescales by the inverse Hessian: the ill-conditioning costs it nothing.":
        "뉴턴 방법은 헤세 역행렬로 스케일을 바꾸므로, 나쁜 조건수가 아무런 비용이 되지 않습니다.",
})

# scenarios 28-30 (fair races, issue 16) and their slides
KO["scenario"].update({
    "Tuned with the same budget, Adam's lead over SGD shrinks":
        "같은 예산으로 튜닝하면 SGD에 대한 Adam의 우위가 줄어듭니다",
    "Hand-picked: Adam 243× lower; both tuned: 16× (median of 5 seeds)":
        "손으로 고른 설정: Adam이 243× 낮음, 둘 다 튜닝: 16× (시드 5개의 중앙값)",
    "With gradient noise 0.5 on a ravine of condition number 100, at hand-picked learning rates (SGD 0.005, "
    "Adam 0.05) Adam's median final loss over seeds 0-4 is 243 times lower than SGD's; tuned with the same budget "
    "(25 learning rates from 1e-4 to 10, 300 steps, the same 5 seeds) the gap is 16 times: tuning shrinks it "
    "15-fold.":
        "조건수 100인 협곡에 기울기 잡음 0.5를 주고 손으로 고른 학습률(SGD 0.005, Adam 0.05)로 돌리면 시드 0-4에 "
        "대한 Adam의 최종 손실 중앙값이 SGD보다 243배 낮습니다. 같은 예산(1e-4부터 10까지 학습률 25개, 300 스텝, "
        "같은 시드 5개)으로 튜닝하면 차이는 16배입니다. 튜닝이 차이를 15분의 1로 줄입니다.",
    "Press Ctrl+T (Tune) with 5 seeds: the sensitivity plot shows both curves, their best points starred and the "
    "hand-picked settings ringed. Comparisons at arbitrary settings mislead: most of the first gap was SGD's "
    "learning rate, not the method (Schmidt et al. 2021, DeepOBS).":
        "시드 5개로 Ctrl+T(튜닝)를 누르세요. 민감도 그래프에 두 곡선이 나오고, 가장 좋은 점은 별로, 손으로 고른 "
        "설정은 동그라미로 표시됩니다. 임의의 설정에서 한 비교는 오해를 부릅니다. 처음 차이의 대부분은 방법이 아니라 "
        "SGD의 학습률 때문이었습니다(Schmidt et al. 2021, DeepOBS).",
    "SGD lr=0.005 (hand-picked)": "SGD lr=0.005 (손으로 고름)",
    "Adam lr=0.05 (hand-picked)": "Adam lr=0.05 (손으로 고름)",
    "SGD tuned lr=0.0121": "SGD 튜닝됨 lr=0.0121",
    "Adam tuned lr=0.0825": "Adam 튜닝됨 lr=0.0825",
    "Counted in evaluations, Newton's and CG's wins shrink or reverse":
        "평가 횟수로 세면 뉴턴 방법과 켤레 기울기법의 승리가 줄거나 뒤집힙니다",
    "Vs tuned momentum to f ≤ 1e-6: CG-FR 8.9× fewer steps, 1.6× more evaluations":
        "튜닝된 모멘텀 대비 f ≤ 1e-6까지: CG-FR은 스텝 8.9× 적고 평가 1.6× 많음",
    "On Rosenbrock's valley, to reach f ≤ 1e-6 against momentum tuned for it (444 steps, 444 gradients): Newton "
    "needs 89 times fewer steps but only 44 times fewer gradient and Hessian evaluations; BFGS 15 times fewer "
    "steps, 3.8 times fewer evaluations; conjugate gradient with a Wolfe line search (Polak–Ribière) 22 times "
    "fewer steps, 1.9 times fewer evaluations, and with Fletcher–Reeves 8.9 times fewer steps but 1.6 times more "
    "evaluations: the win reverses.":
        "Rosenbrock 골짜기에서 이를 위해 튜닝된 모멘텀(444 스텝, 기울기 444번)과 비교해 f ≤ 1e-6에 이르기까지: "
        "뉴턴 방법은 스텝이 89배 적지만 기울기와 헤세 행렬 평가는 44배만 적습니다. BFGS는 스텝 15배, 평가 3.8배 "
        "적습니다. Wolfe 선 탐색을 쓰는 켤레 기울기법(Polak–Ribière)은 스텝 22배, 평가 1.9배 적고, "
        "Fletcher–Reeves는 스텝이 8.9배 적지만 평가는 1.6배 많습니다. 승리가 뒤집힙니다.",
    "The loss plot counts gradient evaluations here (View → Count cost in, Ctrl+K cycles): line-search probes are "
    "gradients too. Switch to steps to see the race most plots show; the race table's Cost column follows. "
    "A Hessian in d dimensions costs about d gradients more.":
        "여기서는 손실 그래프가 기울기 평가 횟수를 셉니다(보기 → 비용 세는 단위, Ctrl+K로 순환). 선 탐색의 시험점도 "
        "기울기입니다. 대부분의 그래프가 보여 주는 경주를 보려면 스텝으로 바꾸세요. 경주 표의 비용 열도 따라갑니다. "
        "d차원에서 헤세 행렬 하나는 기울기 약 d개만큼 더 듭니다.",
    "CG (Polak–Ribière, Wolfe)": "CG (Polak–Ribière, Wolfe)",
    "CG (Fletcher–Reeves, Wolfe)": "CG (Fletcher–Reeves, Wolfe)",
    "BFGS": "BFGS",
    "Momentum tuned lr=0.00287": "Momentum 튜닝됨 lr=0.00287",
    "Under noise one race's winner is not the median's":
        "잡음이 있으면 한 경주의 승자가 중앙값의 승자가 아닙니다",
    "Seed 0: SGD wins; seed 1: Adam. Over 21 seeds Adam wins 14, median 2.4× lower":
        "시드 0: SGD 승, 시드 1: Adam 승. 시드 21개 중 Adam이 14번 이기고 중앙값이 2.4× 낮음",
    "With gradient noise 1.0 on a ravine of condition number 20, SGD and Adam at lr = 0.05: with seed 0 SGD ends "
    "lower, with seed 1 Adam does; over seeds 0-20 Adam ends lower in 14 of 21 races and its median final loss is "
    "2.4 times lower than SGD's. One race decides nothing.":
        "조건수 20인 협곡에 기울기 잡음 1.0을 주고 SGD와 Adam을 lr = 0.05로 돌리면: 시드 0에서는 SGD가, 시드 1에서는 "
        "Adam이 더 낮게 끝납니다. 시드 0-20에서 Adam은 21번 중 14번 더 낮게 끝나고 최종 손실 중앙값이 SGD보다 "
        "2.4배 낮습니다. 경주 한 번으로는 아무것도 결정되지 않습니다.",
    "Tune (Ctrl+T) sweeps over 21 seeds here: the band is the spread between seeds, the line the median. Report "
    "medians over seeds, never one run.":
        "여기서 튜닝(Ctrl+T)은 시드 21개에 걸쳐 훑습니다. 띠는 시드 사이의 퍼짐, 선은 중앙값입니다. 한 번의 실행이 "
        "아니라 시드에 대한 중앙값을 보고하세요.",
    "SGD lr=0.05, seed 0": "SGD lr=0.05, 시드 0",
    "Adam lr=0.05, seed 0": "Adam lr=0.05, 시드 0",
    "SGD lr=0.05, seed 1": "SGD lr=0.05, 시드 1",
    "Adam lr=0.05, seed 1": "Adam lr=0.05, 시드 1",
})

KO["deck"].update({
    "Is Adam better, or only better tuned? Both tuned with the same budget (Ctrl+T, 25 learning rates, 5 seeds), "
    "the gap of the hand-picked race shrinks about fifteen-fold.":
        "Adam이 더 나은 걸까요, 아니면 더 잘 튜닝된 것뿐일까요? 둘 다 같은 예산(Ctrl+T, 학습률 25개, 시드 5개)으로 "
        "튜닝하면 손으로 고른 경주의 차이가 약 15분의 1로 줄어듭니다.",
    "Tuned Adam still ends lowest, but tuned SGD is 16 times behind in the median over seeds, not 243 times: most "
    "of the first gap was SGD's learning rate.":
        "튜닝된 Adam이 여전히 가장 낮게 끝나지만, 튜닝된 SGD는 시드 중앙값으로 243배가 아니라 16배 뒤질 뿐입니다. "
        "처음 차이의 대부분은 SGD의 학습률 때문이었습니다.",
    "A step is not a unit of cost: Newton asks for a Hessian every step, line searches for several gradients. "
    "The loss plot counts gradient evaluations here (Ctrl+K cycles what it counts).":
        "스텝은 비용의 단위가 아닙니다. 뉴턴 방법은 스텝마다 헤세 행렬을, 선 탐색은 기울기 여러 개를 요구합니다. "
        "여기서는 손실 그래프가 기울기 평가 횟수를 셉니다(Ctrl+K로 세는 단위를 바꿉니다).",
    "Under noise one race is one draw: the seed 0 race and the seed 1 race have different winners. Report medians "
    "over seeds.":
        "잡음이 있으면 경주 한 번은 한 번의 추첨입니다. 시드 0 경주와 시드 1 경주의 승자가 다릅니다. 시드에 대한 "
        "중앙값을 보고하세요.",
    "SGD with seed 0, in this race; over 21 seeds Adam ends lower in 14 and its median final loss is 2.4 times "
    "lower.":
        "이 경주에서는 시드 0의 SGD입니다. 시드 21개에서는 Adam이 14번 더 낮게 끝나고 최종 손실 중앙값이 2.4배 "
        "낮습니다.",
})

# the slope surface and the reworded captions of scenarios 6, 7 and 19 (issue 14 item 8)
KO["scenario"].update({
    "The sloping valley: its floor falls at a constant rate toward its minimum at x = 1, so the gradients AdaGrad "
    "sums never shrink.":
        "기울어진 골짜기입니다. 바닥이 x = 1의 최솟값을 향해 일정하게 내려가므로, AdaGrad가 더하는 기울기는 결코 "
        "작아지지 않습니다.",
    "AdaDelta has no lr: its steps have x's units. SGD's lr=0.25 explodes here":
        "AdaDelta에는 lr이 없습니다. 스텝이 x의 단위를 가집니다. SGD의 lr=0.25는 여기서 폭발합니다",
    "Coordinate descent staircases along a tilted ravine (set angle 0: 2 moves)":
        "좌표 하강법은 기울어진 협곡을 계단처럼 내려간다 (angle을 0으로 하면 2번 이동)",
})
KO["surface"].update({
    "Sloping valley (constant gradient)": "기울어진 골짜기 (일정한 기울기)",
    "A long, straight valley whose floor falls at the same rate all the way to the lowest point, where it rounds "
    "off into a small bowl. Along the floor the gradient never shrinks, so a method that slows down as it goes is "
    "easy to spot. AdaGrad divides by the square root of the sum of every squared gradient it has seen; here that "
    "sum grows in proportion to the number of steps, so its steps shrink like 1/√t and it stalls far up the "
    "valley. RMSProp and Adam divide by a moving average instead, which stays the same size, so they keep their "
    "pace to the bottom. Raise 'slope' to make the floor steeper, or 'rounding' to widen the bowl at the end.":
        "바닥이 가장 낮은 점까지 같은 비율로 내려가다가 끝에서 작은 그릇 모양으로 둥글어지는 길고 곧은 골짜기입니다. "
        "바닥을 따라 기울기가 결코 작아지지 않으므로, 갈수록 느려지는 방법이 쉽게 눈에 띕니다. AdaGrad는 지금까지 본 "
        "모든 기울기 제곱의 합의 제곱근으로 나눕니다. 여기서는 그 합이 스텝 수에 비례해 커지므로 스텝이 1/√t처럼 "
        "줄어들어 골짜기 한참 위에서 멈춥니다. RMSProp과 Adam은 대신 크기가 일정한 이동 평균으로 나누므로 바닥까지 "
        "속도를 유지합니다. 'slope'를 올리면 바닥이 가팔라지고, 'rounding'을 올리면 끝의 그릇이 넓어집니다.",
    "how fast the floor falls toward the minimum": "바닥이 최솟값을 향해 내려가는 빠르기",
    "width of the bowl at the bottom": "바닥에 있는 그릇의 폭",
})

# pause points' notes (issue 14 item 11)
KO["scenario"].update({
    "SGD at the saddle (gradient ≈ 0); momentum already rolled off":
        "SGD가 안장점에 있음 (기울기 ≈ 0), 모멘텀은 이미 굴러 내려감",
    "without bias correction the first step is 3.16x Adam's":
        "편향 보정이 없으면 첫 스텝이 Adam의 3.16x",
})
