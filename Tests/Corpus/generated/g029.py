x = np.array([[0.5, 1.0, 1.0]], dtype=np.float32)
a = np.array([], dtype='bool')
a.dtype.name
_ = np.maximum(x, 2.0, out=x)
a.ndim, a.size
y = a.astype(np.uint32)
x.itemsize
-y
x[0, -2]
a.all(axis=0)
r = np.copy(y)
x.tolist()
a = np.arange(12, dtype='uint16').reshape(3, 4)
y = a.view('int8')
a[a > 1] = 6
1 > a
v = y[0, ...]
w = y[..., None]
a.tolist()
r
y = w[w >= 4]
c = x.astype(np.int8)
w[...] = -3
t = v.reshape(4, 2)
a.flags.owndata
_ = np.minimum(y, 7, out=y)
v = np.expand_dims(y, 1)
a.sum(keepdims=True)
r = v[:, 0:1]
c.all(axis=1)
y = v.ravel()
c - 0
x = np.arange(6, dtype='float64').reshape(2, 3)
np.count_nonzero(t)
t += 6
v[-3, 0] = 5
r += 1.5
