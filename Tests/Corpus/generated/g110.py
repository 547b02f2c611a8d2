b = np.array([[], []], dtype='uint16')
a = np.array([[3, 16, 2, 4], [14, 20, 0, 16], [13, 18, 7, 8]], dtype=np.uint64)
x = np.array([[17, 14, 8], [4, 6, 8]], dtype=np.uint8)
a[[0]] = 2
a[:, -2] = 2
m = np.full((5,), 6, dtype=np.int32)
7 * x
a[[1]] = 1
a is b
r = b[:-1, :]
b = np.arange(12).reshape((2, 3, 2)) % 2 == 0
r = a[0, 2::-2]
t = b.flatten()
np.cumsum(t)
w = b.astype(np.int32)
a
b = np.arange(12, dtype=np.uint64).reshape(2, 2, 3)
w = b.astype('int32')
w.base is a
w = a.T
y = t[:-5]
m.tolist()
np.argmin(x)
x[-1, -1] = 5
y = np.swapaxes(w, 1, 0)
w
t[:] = 6
x == x
y.base is a
w = r[1]
y.flags.writeable = False
t.max()
s = m[[-4, -3]]
r.dtype.name
b.base is m
np.minimum(m, -2, out=m)
a
a = np.arange(1, 5, dtype=np.int32).reshape(4, 1)
c = r[[1, 1, 0, -1]]
w = b[..., None]
a[a > 2] = 0
np.min(a, keepdims=True)
s.flags.writeable = False
s = a.astype('bool')
t = x[:, ...]
c[3] = 1
np.where(a > 1, a, 4)
w = b.ravel()
y - a
