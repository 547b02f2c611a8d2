# A million-step loop writing an array element by element, then a loop summing
# it: the interpreter's per-statement cost (scalar set/get, int arithmetic).
import numpy as np
n = 1_000_000  # bench-size
a = np.zeros(n, dtype=np.int64)
for i in range(n):
    a[i] = i * 2

total = 0
for i in range(n):
    total += a[i]

print(int(total), a[-1])
