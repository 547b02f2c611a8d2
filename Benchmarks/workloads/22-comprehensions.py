# List, dict and filtered comprehensions over ranges, and an array built from one.
import numpy as np
n = 300_000  # bench-size
squares = [i * i for i in range(n)]
evens = [x for x in squares if x % 2 == 0]
d = {i: i + 1 for i in range(0, n, 3)}
a = np.array([float(i) for i in range(n // 10)])
print(sum(squares), len(evens), sum(d.values()), float(a.sum()))
