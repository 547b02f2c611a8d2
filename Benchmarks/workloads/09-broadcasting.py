# Broadcasting a row (and a column) over a 1000 x 10000 float64 matrix.
import numpy as np
rows = 1000  # bench-size
m = np.arange(rows * 10000, dtype=np.float64).reshape(rows, 10000)
row = np.arange(10000, dtype=np.float64) * 0.5
col = np.arange(rows, dtype=np.float64).reshape(rows, 1)
c = m
d = m
# bench-repeat 3
c = m + row
d = m * col
# bench-end
m -= row
print(repr(c.sum()), repr(d.sum()), repr(m.sum()), repr(c[rows - 1, 9999]))
