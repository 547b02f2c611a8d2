a = np.arange(4)
a.flags
a.flags.owndata
a.flags.writeable
a.flags['OWNDATA']
a.flags['WRITEABLE']
a.flags.c_contiguous
a.flags.f_contiguous
v = a[::2]
v.flags
v.flags.owndata
v.flags.c_contiguous
a.flags.writeable = False
a.flags.writeable
a[0] = 1
a += 1
a[1:3] = 0
a.fill(7)
v[0] = 1
a
w = a[1:]
w.flags.writeable
w[0] = 5
w.flags.writeable = True
a.flags.writeable = True
a[0] = 5
a
w.flags.writeable
w.flags.writeable = True
w[0] = 6
a
b = np.broadcast_to(a, (2, 4))
b.flags.writeable
b.flags.owndata
b[0, 0] = 1
a.setflags(write=False)
a.flags.writeable
a[2] = 0
a.setflags(write=True)
a[2] = 0
a
c = a.copy()
c.flags.owndata
c.flags.writeable
np.arange(6).reshape(2, 3).T.flags
np.zeros((3, 1)).flags.f_contiguous
np.arange(4).reshape(2, 2)[:, 0].flags.c_contiguous
