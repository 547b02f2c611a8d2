b = np.array([4.5, -0.5, -0.5, -1.0, 2.0], dtype='float64')
b = np.array(8, dtype=np.int64)
x = np.arange(12, dtype=np.uint32).reshape(2, 2, 3)
np.may_share_memory(x, b)
x.tolist()
x.base is None
np.minimum(x, 5, out=x)
t = x[1:, 0:, :1]
w = x[0:0, 1]
r = t.view(np.int16)
w.itemsize
w = r.squeeze(0)
np.multiply(b, 6, out=r)
w[-2, -1] = 0
r = t.ravel()
b.dtype.name
r.sum(axis=0, keepdims=True)
r = r.copy()
b[...] = -3
r > r
w.sum(axis=-1)
x.mean(axis=-2)
r = x.astype(np.bool_)
-b
w.min(axis=1)
x += 3
t = w.astype(np.bool_)
s = t.ravel()
