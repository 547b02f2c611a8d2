m = np.ones((3, 1, 2), dtype='uint16')
a = np.array([[14, 8, 11]], dtype='uint16')
b = np.array([[[-4, 5, 7], [2, 4, 3]], [[-1, -9, -7], [-7, -2, 0]]], dtype='int32')
a += 1
s = m[m >= 6]
b
a[...] = 2
np.argmin(b, axis=1)
m.item(4)
v = np.broadcast_to(m, (2, 3, 1, 2))
b + -3
np.may_share_memory(m, v)
b[..., 2] = 7
a[0:] = 2
c = np.broadcast_to(s, (2, 0))
m
a.ndim, a.size
m + v
np.count_nonzero(b, axis=0)
v * v
b[b > 5] = 5
r = m.flatten()
v.min(axis=-3)
a[...] = 6
t = r.flatten()
type(s)
t = np.transpose(t)
w = r[..., None]
r = r[None, 4]
v = np.transpose(c)
np.may_share_memory(b, s)
b
c.dtype.name
b[-1, -1, 0] = -3
w = b[None]
