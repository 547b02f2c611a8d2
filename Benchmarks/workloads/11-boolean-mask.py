# Boolean-mask selection from 10M float64 (a third of the elements kept).
import numpy as np
n = 10_000_000  # bench-size
a = np.arange(n, dtype=np.float64)
mask = a % 3.0 == 1.0
h = a
# bench-repeat 3
h = a[mask]
# bench-end
a[mask] = 0.0
print(h.shape, repr(h.sum()), repr(a.sum()))
