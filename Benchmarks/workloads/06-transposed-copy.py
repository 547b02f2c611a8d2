# Transposed copy of a 1000 x 10000 float64 matrix (80 MB).
import numpy as np
rows = 1000  # bench-size
m = np.arange(rows * 10000, dtype=np.float64).reshape(rows, 10000)
t = m.T
# bench-repeat 5
t = m.T.copy()
# bench-end
print(t.shape, repr(t[9999, rows - 1]), repr(t[:, 0].sum()), repr(t[0].sum()), t.flags.c_contiguous)
