# Reductions along an axis of a 1000 x 10000 float64 matrix.
import numpy as np
rows = 1000  # bench-size
m = np.arange(rows * 10000, dtype=np.float64).reshape(rows, 10000) / 7.0
r0 = m[0]
r1 = m[:, 0]
x0 = m[0]
x1 = m[:, 0]
# bench-repeat 3
r0 = m.sum(axis=0)
r1 = m.sum(axis=1)
x0 = m.max(axis=0)
x1 = m.min(axis=1)
# bench-end
print(repr(r0[5]), repr(r1[-1]), repr(r0.sum()), repr(r1.sum()), repr(x0.sum()), repr(x1.sum()))
