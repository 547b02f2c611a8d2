# float64 sum of 10M elements: must equal NumPy's pairwise sum bit for bit.
import numpy as np
n = 10_000_000  # bench-size
a = np.arange(n, dtype=np.float64) / 3.0
s = 0.0
# bench-repeat 10
s = a.sum()
# bench-end
print(repr(s), repr(a[1:].sum()), repr(a[::3].sum()))
