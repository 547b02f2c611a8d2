a = np.arange(6).reshape((6,)) % 3 == 0
x = np.array(1)
type(x)
x.flags.writeable = False
x
c = a.T
a.argmin(axis=0)
np.mean(a, axis=-1)
np.where(x > 7, x, 6)
a.cumsum()
y = c[[3, 0, -5, 3]]
y.dtype.name
np.all(a, axis=-1, keepdims=True)
y = x[None]
c.flags.writeable = False
c ^ False
y + 0
x.base is None
r = a[c]
b = np.array([], dtype='bool')
c.undefined_name
