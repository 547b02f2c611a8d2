a = np.array([], dtype=int)
b = np.full((2, 2, 3), 3, dtype='int64')
y = np.reshape(b, (3, 2, 2))
b.base is b
a.all(axis=0)
np.shares_memory(a, b)
y = b.flatten()
np.where(y > 3, y, 5)
m = np.array([[-1.0], [0.0], [0.25], [0.0]], dtype=np.float64)
b / 4
1 * y
b.min()
t = np.swapaxes(b, 0, -1)
c = y[[-3]]
a = np.ones((2, 3, 2), dtype=np.uint16)
b[0::-2, ::-1, :0] = -1
c = a[:]
s = t.T
np.may_share_memory(b, t)
_ = np.subtract(t, 7, out=t)
np.all(t, axis=-3)
t.sum(axis=0)
m = np.array([[-4, 3, -6, 9], [6, -2, 4, -9], [-2, -9, -4, -4]], dtype=np.int8)
c[:0, ...] = 4
y.dtype.name
s[s > 6] = -1
b[:] = 5
y.flags.writeable
a[0] = 6
c = y.astype(np.int64)
