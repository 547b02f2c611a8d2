import numpy as np
a = np.arange(10)
c = np.arange(4)
a.strides, c.strides, a[1:4].strides, a[::2].strides, a[::-1].strides, a[::40].strides, a[::33].strides
a.shape = (5, 2)
a.strides, c.strides, c[1:].strides
a.shape = (10,)
a.strides, a[2:].base is a
s = np.array(['x' * 100, 'y'])
s.strides, s[::-1].strides, s[1:].strides
f = np.zeros(3, dtype=np.float32)
f.strides, f[::2].strides, f[::-2].strides
b = np.zeros(300, dtype=np.int8)
b[::255].strides, b[::256].strides, b[::257].strides, b[::256].shape
m = np.arange(24).reshape(6, 4)
col = m[:, 1]
col.strides, col[1:].strides, col[::2].strides, col[::-1].strides
col[1:3] = 0
m
r = np.arange(6)[::-1]
r.strides, r[1:4].strides, r[1:4], r[::-1].strides, r[::-1]
e = np.empty(0)
e.strides, e[1:].strides
z = np.zeros((0, 3))
z.strides
t = np.arange(5).T
t.strides, t.shape
v = np.arange(12)[2:]
v.reshape(2, 5).strides, v.reshape(2, 5)[1].strides
x = np.lib.stride_tricks.as_strided(np.arange(4), shape=(2,), strides=(16,))
x, x.strides, x[1:].strides
