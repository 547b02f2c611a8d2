# Element-wise float64 arithmetic on 10M elements: two passes and a temporary each.
import numpy as np
n = 10_000_000  # bench-size
a = np.arange(n, dtype=np.float64)
b = a
# bench-repeat 5
b = a * 2.0 + 1.0
# bench-end
print(repr(b[n - 1]), repr(b.sum()))
