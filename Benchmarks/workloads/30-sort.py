# np.sort of 1M uniform random float64, five times.
import numpy as np
n = 1_000_000  # bench-size
a = np.random.default_rng(1).random(n)
s = a
# bench-repeat 5
s = np.sort(a)
# bench-end
print(repr(s[0]), repr(s[n // 2]), repr(s[-1]), bool((s[1:] >= s[:-1]).all()))
