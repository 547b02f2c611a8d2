# np.sort of 1M random int64 and the stable argsort of 1M random float64, three times each.
import numpy as np
n = 1_000_000  # bench-size
rng = np.random.default_rng(2)
k = rng.integers(-10**12, 10**12, n)
a = rng.random(n)
t = k
o = k
# bench-repeat 3
t = np.sort(k)
o = np.argsort(a, kind='stable')
# bench-end
print(t[0], t[n // 2], t[-1], o[0], o[n // 2], o[-1], repr(a[o[n // 3]]))
