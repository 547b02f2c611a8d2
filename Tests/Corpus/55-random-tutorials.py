rng = np.random.default_rng(seed=42)
arr = rng.integers(0, 10, size=(3, 4))
arr
arr.sum(axis=0)
arr.max()
data = rng.normal(loc=50, scale=10, size=8)
data
data.mean()
data[data > 50]
dice = rng.integers(1, 7, size=20)
dice
(dice == 6).sum()
steps = rng.choice([-1, 1], size=15)
steps
steps.cumsum()
coins = rng.random(10) < 0.5
coins
coins.sum()
samples = rng.uniform(0, 1, size=(2, 5))
samples
samples.argmax(axis=1)
noise = rng.standard_normal(5) * 0.1
x = np.linspace(0, 1, 5)
y = 2 * x + 1 + noise
y
idx = rng.permutation(len(x))
x[idx]
y[idx]
deck = np.arange(52)
rng.shuffle(deck)
deck[:5]
hand = rng.choice(52, size=5, replace=False)
hand
np.sort(hand)
np.random.seed(0)
M = np.random.rand(3, 3)
M
M.T @ M
np.random.seed(1)
w = np.random.randn(4)
w
np.abs(w).argmin()
np.random.seed(123)
np.random.randint(1, 100, 10)
np.random.seed(2024)
np.random.normal(0, 1, (2, 3))
np.random.seed(0)
np.random.choice(['x', 'y'][:0] or 3, 5)
rng2 = np.random.default_rng(2021)
rng2.normal(size=3)
rng2.integers(low=10, high=20, size=(2, 2))
rng2.exponential(scale=2, size=4)
rng3 = np.random.default_rng(2024)
heights = rng3.normal(170, 10, size=1000)
heights.mean()
heights.std()
np.round(heights[:5], 1)
np.median(heights)
np.percentile(heights, [25, 75])
rolls = rng3.integers(1, 7, size=(1000, 2)).sum(axis=1)
(rolls == 7).mean()
np.random.seed(42)
scores = np.random.normal(70, 15, 200).round(1)
scores[:5]
scores.max()
