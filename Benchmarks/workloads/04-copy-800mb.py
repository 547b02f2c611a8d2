# copy() of 100M int64 (800 MB), contiguous, ten times.
import numpy as np
n = 100_000_000  # bench-size
a = np.arange(n)
b = a
# bench-repeat 10
b = a.copy()
# bench-end
print(b[n - 1], b.sum(), b.base is None)
