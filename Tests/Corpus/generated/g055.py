b = np.arange(-3, -3, dtype='int64')
m = np.ones((3, 4), dtype=np.uint64)
b = np.zeros((2, 2, 3), dtype=np.uint64)
b[...] = 5
s = b.copy()
m = np.arange(1, 7, dtype=np.int64).reshape(2, 3)
w = b[1:2, ...]
_ = np.add(w, 3, out=b)
w.mean(axis=-2, keepdims=True)
s // 1
s[s == 3] = 4
y = m.swapaxes(0, -1)
b[:2, ::2] = 1
np.max(m, axis=0)
a = np.arange(0, dtype=np.uint64)
w.sum(axis=-1)
y % y
-b
m[[0, 1]] = -2
s = b[..., 2]
m
y.all(axis=-1)
