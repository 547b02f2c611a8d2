# Fills: np.ones of 2**27 int8, np.full of 10M float64, fill() and a strided a[::2] = v of 10M int32.
import numpy as np
n = 10_000_000  # bench-size
bytes_ = 134_217_728  # bench-size
i = np.zeros(n, dtype=np.int32)
o = i
f = i
# bench-repeat 3
o = np.ones(bytes_, dtype=np.int8)
f = np.full(n, 2.5)
i.fill(7)
i[::2] = -1
# bench-end
print(o.sum(), repr(f.sum()), i.sum())
