a = np.arange(12)
r = a.reshape(3, 4)
r.base is a
t = r.T
t.base is a
t.flags.c_contiguous, t.flags.f_contiguous
c = t.reshape(12)
c.base is a
c.base is None
c
c.base.shape
r.ravel().base is a
t.ravel().base is None
t.flatten().base is None
r.flatten().base is None
np.swapaxes(r, 0, 1).shape
np.moveaxis(np.zeros((2, 3, 4)), 0, -1).shape
np.expand_dims(a, 0).shape
np.expand_dims(a, -1).strides
np.squeeze(np.zeros((1, 3, 1))).shape
bt = np.broadcast_to(a[:4], (3, 4))
bt.strides
bt.flags.writeable
bt[0, 0] = 1
bt.base is a
r.strides, r.nbytes, r.itemsize, r.size, r.ndim
r.shape = (4, 3)
r
t.shape = (12,)
x = np.asarray(a)
x is a
np.asarray(a, dtype=np.float64) is a
np.array(a) is a
np.array(a, copy=False) is a
v = a.view()
v is a, v.base is a
v.shape = (2, 6)
a.shape
u = a.view(np.uint8)
u.shape, u.base is a
u[:8]
a.flags
r.flags
bt.flags
a.flags['OWNDATA'], r.flags.owndata
r.flags.writeable = False
r[0, 0] = 5
r.flags.writeable = True
r[0, 0] = 5
a[0]
a.setflags(write=False)
a[1] = 0
a.flags.writeable = True
