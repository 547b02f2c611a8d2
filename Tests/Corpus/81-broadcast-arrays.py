np.broadcast_arrays(np.arange(3), np.arange(2)[:, None])
x, y = np.broadcast_arrays(np.arange(3), np.arange(2)[:, None])
x.strides, y.strides, x.shape, y.shape
x.base
x.flags.owndata, x.flags.c_contiguous
x.flags.writeable
y.flags['W']
x.flags
v = x[0]
v.flags.writeable
y[0, 0] = 7
y.flags.writeable
y
y[1, 1] = 8
y
x += 1
x
x.flags.writeable = True
x.flags.writeable
v.flags.writeable
x.flags.writeable = False
x[0] = 1
x.flags
z = np.arange(3)
(p,) = np.broadcast_arrays(z)
p is z
p, q = np.broadcast_arrays(z, z)
p is z, q is z
ro = np.arange(3)
ro.flags.writeable = False
s, t = np.broadcast_arrays(ro, np.zeros((2, 1)))
s.flags.writeable, t.flags.writeable
s
s[0, 0] = 1
np.broadcast_arrays(np.arange(6)[::-2], 5)
np.broadcast_arrays(np.arange(6).reshape(2, 3).T, np.arange(2))
np.broadcast_arrays()
np.broadcast_arrays(np.arange(3), np.arange(2))
np.broadcast_arrays(np.ones((2, 3)), np.ones((4, 1)), np.ones(3))
np.broadcast_arrays(1, [2, 3])
np.broadcast_shapes((2, 1), (3,))
np.broadcast_shapes()
np.broadcast_shapes(3, (2, 3))
np.broadcast_shapes((1, 5), (4, 1), (3, 1, 1))
np.broadcast_shapes((2,), (3,))
np.broadcast_shapes((2, 3), 4)
np.broadcast_shapes((5, 1, 3), (2, 1), (4, 3))
np.broadcast_shapes((0,), (1,))
np.broadcast_to(np.arange(3), (2, 3)).flags.writeable
np.broadcast_arrays(np.arange(2), np.ones((2, 2)), subok=True)
