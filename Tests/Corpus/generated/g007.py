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
_ = np.subtract(t, 1, out=t)
np.abs(m)
m.base is a
v = m.astype(np.float32)
s = np.array(m)
np.minimum(m, -2.0, out=v)
s.dtype.name
np.may_share_memory(t, s)
s[...] = 1.0
v = m[...]
w = t.reshape(3, 4)
w = w.swapaxes(0, 1)
s = w.reshape(-1, 3, 2)
v[...] = -1.5
x = np.arange(-3, 9, dtype=np.int16).reshape(2, 2, 3)
t[0, 5]
np.may_share_memory(m, x)
