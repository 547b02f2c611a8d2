m = np.array(2.5)
a = np.arange(1, 13, dtype=np.int8).reshape(3, 4)
np.add(a, 5, out=a)
t = a.copy()
a
6 < a
t = t.T
np.multiply(m, 2.5, out=m)
np.sum(a, axis=1)
v = a[[-1, -2]]
a[a < 3] = 5
t.any(keepdims=True)
v = a[[2, 1, 2]]
r = t.astype(np.uint32)
_ = np.subtract(t, 1, out=t)
y = t.astype(np.int16)
np.abs(m)
m.base is a
v = m.astype(np.float32)
s = np.array(m)
np.minimum(m, -2.0, out=v)
s.dtype.name
np.may_share_memory(y, t)
a[...] = 4
s = m[None]
np.minimum(a, -1, out=a)
t.base is a
_ = np.multiply(v, -2.0, out=m)
s = y[..., None]
a % 4
