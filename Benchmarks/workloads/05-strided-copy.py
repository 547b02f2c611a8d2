# Strided copy: every second element of 20M int64 into a new 10M array.
import numpy as np
n = 20_000_000  # bench-size
a = np.arange(n)
s = a[::2]
# bench-repeat 5
s = a[::2].copy()
# bench-end
print(s[-1], s.sum(), s.flags.c_contiguous)
