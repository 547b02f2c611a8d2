m = np.array([[1.0], [0.0], [-1.0], [0.5]], dtype=np.float64)
a = np.array([[[0, 18], [6, 1], [18, 17]], [[4, 12], [0, 4], [12, 7]]], dtype=np.uint8)
t = a[0::-1, ...]
np.argmax(t, axis=1)
a <= t
m[m == 2.5] = 2.5
t.min(axis=2)
t[[0]] = 3
_ = np.minimum(m, 1.5, out=m)
np.negative(t)
t = a.astype(np.uint64)
r = t[[-1, -1]]
a.sum(axis=2)
y = np.expand_dims(t, -2)
y[-2, 0, -1, -1]
np.minimum(a, 2, out=t)
a.dtype.name
a.flags.owndata
t.flags.writeable
np.add(a, 1, out=a)
t[...] = r
m.flags.owndata
np.maximum(r, 3)
y
m - t
m <= m
a.flags.writeable = False
r[...] = 3
b = np.array([[-6, -1, -8, 5], [9, -2, 2, -9], [-9, 5, -4, 4]], dtype='int32')
r
b + r
m[::-1, 1:1] += -2.0
a.min(axis=-3)
t[1, 1, 0] = 4
s = m[[-4], 0]
a.argmax(axis=2)
c = m[::-2, 1:1]
t[-1, -2, 0] = 5
m[-3, -1] = 1.5
t[t < 2] = 6
r.flags.writeable = False
m[0, -1] = -0.5
m.base is None
m.reshape(-1, -1)
np.add(y, 2, out=y)
a
c = np.broadcast_to(a, (2, 2, 3, 2))
np.maximum(s, -1.5, out=m)
np.multiply(y, 6, out=y)
type(r)
