import numpy as np
a = np.arange(10)
for s in [slice(1, 4), slice(None, None, -1), slice(-3, None), slice(None, -20), slice(2, 100, 3), slice(-100, 5, 2), slice(8, 1, -2), slice(100, None, -3), slice(None, 5, -1), slice(3, 3), slice(5, 1)]:
    v = a[s]
    print(s, v, v.shape, v.strides, v.base is a, v.flags.c_contiguous, v.flags.f_contiguous, np.may_share_memory(a, v))

b = a[1:4]
b[0] = 70
a
c = b[::-1]
c.base is a
c[0] = 30
a
m = np.arange(12).reshape(3, 4)
m[1:]
m[1:].strides
m[::-2]
m[::-2].flags.c_contiguous
m[:, ::2][1:]
t = m.T[1:3]
t
t.strides
r = np.arange(5)
r.flags.writeable = False
w = r[1:3]
w.flags.writeable
w[0] = 1
a[::0]
a[1.5:3]
a[np.int64(1):3]
a[True:3]
a[1:3:2**62]
z = np.zeros((0, 3))
z[1:]
np.arange(3)[5:]
e = np.array(5)
e[1:2]
f = np.arange(6.0).reshape(2, 3)[:, 1:]
f[1:]
f[1:].base is f.base
