x = np.array([[], []], dtype=np.uint32)
b = np.array([[[1.0, 1.0], [0.0, 1.0], [4.5, -1.0]], [[2.0, 0.5], [0.25, 1.0], [1.5, -1.0]]], dtype=np.float64)
c = x[1:2, ...]
w = c.ravel()
t = b.T
w
w.flags.writeable = False
x is w
np.may_share_memory(b, c)
y = c[0:1]
np.add(t, 0.5, out=b)
c = b[b > 0.25]
y
np.shares_memory(c, w)
t = w.view('int32')
c = y.copy()
_ = np.add(b, 1.0, out=b)
x[..., :] = 4
np.minimum(c, 1, out=c)
t[0, 0]
s = b.view('uint64')
b = np.ones((2, 0), dtype='uint16')
t = s.view(np.uint32)
w[...] = 0
w.cumsum()
b * 6
c.flags.writeable = False
r = t.astype('uint16')
t = np.broadcast_to(s, (2, 1, 2, 3, 2))
b.prod(keepdims=True)
x
t = y[..., None]
r = b.astype(np.uint8)
b[0::-1, :] = 6
s = t.view(np.int32)
w.strides
s = r.T
b[...] = 5
m = np.array([6, -8, 8, 5, 1, 7], dtype=np.int64)
t.any(keepdims=True)
w.shape, w.strides
y = s[:, 1:]
print(b)
x.base is b
r = np.broadcast_to(x, (2, 2, 0))
np.may_share_memory(x, y)
s = np.expand_dims(x, 2)
b.sum(axis=2)
t = w.copy()
