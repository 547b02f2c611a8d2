m = np.array([12, 7, 14, 10, 18, 12], dtype=np.uint64)
b = np.array(3, dtype=np.int32)
c = m[[4]]
s = m[[0]]
np.mean(c, axis=-1, keepdims=True)
s.flags.c_contiguous, s.flags.f_contiguous
b = np.array([[7, 7, 20, 19], [0, 20, 15, 17], [7, 10, 12, 13]], dtype=np.uint32)
c[0] = 5
s.base is m
b.dtype.name
np.maximum(s, 7)
c == c
b.dtype.name
s[0] = 4
s[...] = c
s = np.broadcast_to(c, (3, 1))
np.argmax(s, axis=-1)
c > b
b.reshape(-1, -1)
_ = np.add(b, 5, out=b)
c = c[None, ::-1]
b = np.arange(-3, -3, dtype=np.int64).reshape(2, 0)
m
np.maximum(s, 2)
y = s.view(np.int8)
s = np.copy(b)
b[b > 4] = -1
b *= -2
c.base is None
s
v = s[[-1, 0, 1, 0], :]
c.argmin()
y = np.reshape(b, (0, 3))
s = np.broadcast_to(s, (3, 2, 0))
v[:] = 2
c[0, 0, 0]
v.dtype
v[v > 1] = 2
v[...] = c
b.reshape(1, 1)
x = np.array(8, dtype='uint64')
t = np.broadcast_to(m, (2, 6))
x[()]
b[0, 0, 0]
print(x)
len(t)
t = y[:, ...]
np.any(s)
y.flags.writeable = False
