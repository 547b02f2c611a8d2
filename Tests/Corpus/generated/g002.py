a = np.array([[0, -1, -3], [-8, 9, -4]], dtype='int8')
m = np.array([[2.0, 0.5, 2.0, 1.5], [2.0, 0.25, -2.5, -2.5], [0.5, 1.5, 0.5, 1.0]], dtype='float64')
a[-1, -3] = 5
w = np.reshape(a, (2, 3))
y = m.T
np.may_share_memory(w, y)
y[0, 6]
m.cumsum(axis=1)
w.tolist()
y < -1.5
y = w[[0, 1], 2:3]
y.itemsize
np.argmax(a)
v = a.ravel()
b = np.arange(-3, -3, dtype='float64').reshape(0)
s = a[a > 1]
b[...] = 2.5
a.flags.writeable = False
a = np.array([5, 16, 0, 12, 18, 1], dtype=np.uint8)
b
x = np.arange(-3, 9, dtype='float32').reshape(2, 3, 2)
v == 1
x is v
y = w[1:2]
w.base is None
a.flags.writeable = False
w = x.copy()
w = a.flatten()
v / 7
s[1] = 3
v = b.copy()
s = y.astype(np.float64)
np.count_nonzero(m)
b[b < 0.25] = -2.0
np.multiply(v, 0.5, out=b)
np.shares_memory(w, x)
v.flags.writeable
b[:] = 0.25
s = y[-1]
b.flags.owndata
s = np.expand_dims(w, -1)
type(s)
r = w.T
y = r[1, None]
y = y.astype('uint16')
print(v)
t = np.transpose(v)
y.base is b
x.sum(axis=3)
b.base is x
