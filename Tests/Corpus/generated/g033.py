b = np.array([[], []], dtype='int64')
b = np.arange(1, 4, dtype='float64').reshape(1, 3)
b // -0.5
y = np.broadcast_to(b, (3, 1, 3))
np.sum(b, axis=0)
c = b[[0, 0, -1]]
c.base is b
v = c[::3]
c == y
b <= y
v = v[None]
v.dtype.name
np.sqrt(b)
c.base is None
np.may_share_memory(y, v)
y.argmin(axis=0)
b.flags.writeable = False
r = v[0, 1:, 0::-1]
y = c.ravel()
np.sqrt(v)
v = y[5::-1]
v = np.broadcast_to(b, (2, 1, 3))
len(y)
v.tolist()
c += 0.5
c // v
v = c[-3, 0:2]
np.negative(v)
1.5 + v
w = c[:1]
len(v)
v = c.astype('int8')
c = c[:]
r.flags.owndata
np.maximum(v, 7)
c[...] = v
np.any(v)
np.where(c > 2.0, c, 1.0)
