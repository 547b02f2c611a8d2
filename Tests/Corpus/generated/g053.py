m = np.array([[[11, 14, 0], [1, 5, 11]], [[4, 8, 1], [5, 1, 11]]], dtype=np.uint64)
b = np.arange(5, dtype=np.uint32)
m.all()
y = b[[1, 2, -2, -3]]
len(m)
m - m
v = np.broadcast_to(y, (2, 4))
v.base is m
b *= 6
t = m.reshape(-1, 4)
y[2] = 1
t = t.flatten()
m //= 4
t = m.astype(np.int16)
y += 2
y = y.T
np.any(v)
np.max(y, axis=0, keepdims=True)
b[:] = 7
m <= t
y[-4]
t = t[t != 5]
b + y
y.sum(keepdims=True)
b[3:] %= 5
np.any(b)
y = y.copy()
s = y[3]
b[:] = 5
s = m[[0, -1, 1, 1], 1]
c = b.reshape(-1, 5)
c = b.copy()
v = c[[-4]]
5 * v
v = np.expand_dims(b, 1)
np.argmax(m)
b.dtype.name
c = v[-1]
s = c[..., None]
