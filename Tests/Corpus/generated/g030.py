a = np.array([[[-2.5, 1.0], [1.0, 4.5], [-0.5, -1.0]], [[1.5, -2.5], [2.0, 0.0], [-2.5, -1.0]]], dtype='float32')
b = np.array([[4.5], [0.5], [2.0], [-1.0]], dtype='float32')
m = np.array([False, False, False, False, False], dtype='bool')
c = b[None, -3, 0]
m[[2, 3]] = True
m.base is None
a = np.ones((2, 0), dtype=np.uint32)
b.base is a
c / b
c[1::-2] = -2.0
b[..., :1] //= 2.0
~m
len(a)
np.any(b, axis=0)
t = c[:]
np.where(b > 0.5, b, 2.5)
y = m.flatten()
a.base is None
c > m
np.shares_memory(c, y)
s = m.T
a - 3.0
b = np.arange(4, dtype=np.uint8).reshape(4, 1)
s[-4] = True
_ = np.minimum(b, 2, out=b)
b[2, 0] = 3
m = np.ones((3, 1, 2), dtype='int64')
c.ndim, c.size
a.base is m
y & True
y = s[:0]
print(t)
v = t[0]
s = s[[3, 1, -2]]
a = np.array([[[1.0, 0.25], [0.25, -1.0], [1.0, -0.5]], [[0.25, -1.0], [-1.0, 4.5], [1.0, 1.0]]], dtype='float64')
s.any(axis=0)
np.max(s, axis=0, keepdims=True)
