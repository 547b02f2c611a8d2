m = np.array([[[False, True, False], [False, False, True]], [[False, True, True], [True, True, False]]], dtype='bool')
x = np.full((2, 3, 2), 2.5, dtype=np.float32)
m = np.array([0.25, 1.5, 3.0, -0.5, 1.5], dtype=float)
a = np.array(-4)
m[...] = 1.5
w = m[m == 3.0]
np.sum(a)
a + w
m[8]
w == w
w[:] = 3.0
m = np.ones((1, 3), dtype='uint8')
a == 0
x[0, 0, 3]
w * m
print(a)
a[...] = 2
s = w[w == 1.5]
a[...] = 2
s
s / w
m[0, 6]
print(x)
x[-2, 0] = 1.5
np.abs(m)
x.sum(axis=-1, keepdims=True)
y = x.T
s = y[y < 1.5]
w
x[1] = -1.5
m = np.arange(0, dtype='int8')
v = x[x < 2.0]
x.cumsum()
s = w[None]
