# Nested loops over a small array: indexing by a tuple of ints, float and int
# arithmetic, a comparison in the innermost body.
import numpy as np
n = 20_000  # bench-size
m = np.arange(12.0).reshape(3, 4)
s = 0.0
c = 0
for k in range(n):
    for i in range(3):
        for j in range(4):
            s = s + m[i, j]
            if i < j:
                c += 1

print(float(s), c)
