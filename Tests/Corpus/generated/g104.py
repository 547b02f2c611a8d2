b = np.array([[-9, -4, -6, -5], [-6, -7, 1, 2], [-8, -3, 9, -1]], dtype=np.int32)
m = np.arange(3, dtype=np.uint8).reshape(1, 3)
m = np.arange(5, dtype=np.uint64)
y = b[::-1, :]
m = np.array([[], []], dtype='uint64')
b.sum(axis=2)
s = y[:]
b = np.array([], dtype=np.int8)
y[0, 0] = 5
a = np.array([[0], [18], [0], [8]], dtype='uint32')
b.flags.writeable
t = b[:]
t[:] = -1
b = np.arange(12, dtype=np.int16).reshape(3, 4)
y = b[::3]
w = t.astype(np.uint32)
m.base is a
a + y
t = w[w != 4]
w = s[[1]]
a // 1
w * -1.5
t[...] = 1
m - 7
w[...] = y
_ = np.minimum(w, 2, out=b)
np.multiply(y, 6, out=b)
w = b[b > 7]
m * m
y = a[a < 2]
a.mean()
m // 5
t = np.reshape(a, (4,))
np.max(y, axis=-1)
y[:] = 4
m + m
s[...] = t
y = m[::-1]
np.where(b > 5, b, 1)
type(y)
v = a[2:2, None, 1::-2]
a
v = np.squeeze(v)
-2 * b
s.tolist()
np.shares_memory(v, b)
s = m[[-1, -2, 0]]
s = m.view(np.uint8)
w.flags.owndata
y + v
