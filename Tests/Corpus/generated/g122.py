x = np.arange(12, dtype=np.int8).reshape(2, 2, 3)
a = np.arange(1, 1, dtype='int64').reshape(2, 0)
a[2::-2] = 2
_ = np.multiply(x, 6, out=x)
np.may_share_memory(x, a)
s = x[..., -2]
x[[0]] = 2
np.argmax(s, axis=1)
np.add(a, 4, out=a)
len(a)
s.flags.writeable = False
a.base is None
s.all()
np.subtract(a, -1, out=a)
x[0::-2] = -1
a.sum(axis=-1)
v = s.T
s.argmax()
a > a
v = a[[-2, -2, -1]]
v.all()
v % -1.5
s = a[:, ...]
c = a.copy()
np.prod(c, axis=-1)
c = c[0:0]
np.count_nonzero(x, axis=0)
w = a[None]
s.flags.writeable = False
m = np.array([[[13, 8, 0], [7, 12, 18]], [[7, 9, 20], [20, 9, 2]]], dtype=np.uint16)
x - m
2.5 * m
s[0, 0, 0]
x[2, 0, 0]
np.add(c, 1, out=c)
v[...] = 1
