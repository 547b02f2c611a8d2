a = np.array([[4.5, 1.5, 3.0], [0.25, 1.0, 1.0]], dtype=np.float64)
m = np.array([[[-7, 4]], [[-7, 8]], [[0, 2]]], dtype='int16')
np.any(m, axis=2)
a.shape
x = np.arange(-3, 9, dtype=np.int8).reshape(2, 2, 3)
a == a
m.prod()
x.max(axis=1)
v = m[None, ::-1, -1]
x.all(axis=-3)
v = x[[-2, 0, 0, -2]]
s = x.T
v = m[2:2, :]
np.count_nonzero(x)
c = a[[0]]
np.where(m > 7, m, 5)
x += 2
m.prod(axis=0, keepdims=True)
v.shape
x % 2
y = np.copy(m)
a.mean(axis=-2, keepdims=True)
5 + s
m / 5
y
t = c[:]
-v
a
m <= m
y.base is a
m + 1
w = v.astype(np.int64)
t[0, 2]
y[y == 7] = 6
y.min(axis=-1)
x * 3
r = v[:, -1]
type(v)
a[a > 1.0] = 0.5
y.reshape(8, 1)
r = np.squeeze(r)
