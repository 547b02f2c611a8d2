# Integer-array gather from 10M float64, scattered indices.
import numpy as np
n = 10_000_000  # bench-size
a = np.arange(n, dtype=np.float64) * 0.5
idx = np.arange(n) * 7919 % n
g = a
# bench-repeat 3
g = a[idx]
# bench-end
a[idx[:1000]] = -1.0
print(repr(g.sum()), repr(g[n // 3]), repr(a.sum()))
