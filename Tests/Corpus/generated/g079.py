x = np.array([1.5, -0.5, -1.0, 0.5], dtype=np.float32)
a = np.zeros((0,), dtype='int32')
m = np.array([[[12, 3, 8], [15, 1, 10]], [[14, 2, 1], [14, 3, 20]]], dtype=np.uint32)
s = a[:]
v = a[a != 3]
x.base is m
t = a[a < 7]
s + s
np.shares_memory(v, a)
np.may_share_memory(a, m)
x[:-1] = 2.5
t
c = np.broadcast_to(a, (2, 0))
x.sum(axis=1)
c = x.T
x.flags.writeable = False
m.base is a
x = np.array(4)
m.argmin()
t[:] = 1
m[-1, -2, 2] = 6
c[3:4] = -0.5
print(a)
x += 1.5
