# Running sums and products of 10M elements: int64 and float64 cumsum, cumprod, along axis 0.
import numpy as np
n = 10_000_000  # bench-size
a = np.arange(n)
f = a / 3.0
g = np.full(n, 1.0000001)
m = f.reshape(-1, 10)
c = a
d = f
p = g
e = m
# bench-repeat 3
c = np.cumsum(a)
d = f.cumsum()
p = np.cumprod(g)
e = m.cumsum(axis=0)
# bench-end
print(c[-1], repr(d[-1]), repr(p[-1]), repr(e[-1, 3]))
