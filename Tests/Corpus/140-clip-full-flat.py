import numpy as np
a = np.arange(6)
np.clip(a, 2)
np.clip(a, a_min=2)
np.clip(a, a_max=3)
np.clip(a, 2, None)
np.clip(a, None, 3)
np.clip(a, min=2)
np.clip(a, max=3)
np.clip(a, min=1, max=3)
np.clip(a, a_min=1, a_max=3)
np.clip(a, 1, max=3)
np.clip(a, 1, 3, min=0)
np.clip(a)
np.clip(a) is a
a.clip(2)
a.clip(min=2)
a.clip(max=3)
a.clip()
np.full(3, [1, 2, 3])
np.full((2, 3), [1, 2, 3])
np.full((2, 3), [[1], [2]])
np.full((2, 3), [1, 2])
np.full(3, [1.5, 2, 3])
np.full(3, [1, 2, 3], dtype=float)
np.full(3, [1.7, 2, 300], dtype=np.int8)
np.full((2, 2), np.array([1, 2], dtype=np.int16))
np.full((), [7])
np.full(2, [True, False])
b = np.arange(6).reshape(2, 3)
b.flat == 5
5 == b.flat
b.flat != 5
b.flat < 3
b.flat >= np.arange(6)
b.flat == [0, 1]
b.flat + 1
b.flat[3]
b.flat[1:4]
b.flat[[1, 4]]
b.flat[b.flat > 2]
list(b.flat)
b.flat.base is b
b.flat.copy()
f = b.flat
next(f)
next(f)
f.index
f.coords
list(f)
f.index
f.coords
f[0]
f.index
for x in b.T.flat: print(x)

b.flat = 0
b
b.flat = [1, 2]
b
np.arange(3) == None
None != np.arange(3)
np.array(5) == None
np.int64(1) == None
np.arange(3) < None
None < np.arange(3.0)
np.float64(1) >= None
np.zeros(0) > None
a = np.array([1, 100], dtype=np.int8)
np.clip(a, 300, None)
np.clip(a, None, -300)
np.clip(a, -300, 300)
np.clip(a, 50, 300)
np.clip(np.array([1, 2], np.uint8), -5, 1)
np.clip(np.array([1, 2], np.uint8), 3, -5)
