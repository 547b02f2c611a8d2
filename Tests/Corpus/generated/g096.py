m = np.array([], dtype='int32')
a = np.arange(-3, 9, dtype='int16').reshape(3, 4)
x = np.arange(1, 5, dtype=np.int64)
x % 7
a[1, -1] = -3
a[...] = x
y = a.astype(np.float32)
np.shares_memory(m, y)
y[...] = a
x = np.arange(5, dtype=np.int16)
v = np.broadcast_to(a, (3, 3, 4))
a
a.itemsize
v = x.copy()
a.strides
w = a[[0, -1], :]
a.shape, a.strides
v
v = np.transpose(x)
s = w[w > 6]
a = np.ones((4,), dtype='float64')
c = a[3:, None]
np.may_share_memory(c, w)
y = s[:]
y[...] = 1
t = np.expand_dims(y, -2)
c = w.view('uint8')
c = v[None]
s.cumsum(axis=-1)
s
np.may_share_memory(v, s)
