a = np.arange(10)
a[::-1]
a[::2]
a[1::3]
a[-3:]
a[8:2:-2]
a[5:2]
a[100:]
b = a[2:8]
c = b[1:4]
c
b.base is a
c.base is a
c.base is b
d = c[::-1]
d
d.base is a
a.strides
a[::2].strides
a[::-1].strides
m = np.arange(12).reshape(3, 4)
m
m[1]
m[1, 2]
m[-1, -1]
m[:, 1]
m[1:, ::2]
m[::-1, ::-1]
m[..., 1]
m[1, ...]
m[None, 1].shape
m[:, None, 1].shape
m.strides
m[:, 1].strides
m[1:, ::2].strides
m[::-1].strides
m.base is None
r = m[1]
r.base is m
r.base is m.base
r[:] = 0
m
m[:, 0] = -1
m
a[2:5] = 99
a
b
c
d
v = m[::2, 1:3]
v
v.shape, v.strides
v[...] = 7
m
a[::3] = 0
a
