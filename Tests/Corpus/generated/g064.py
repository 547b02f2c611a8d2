m = np.array([[[20, 6], [20, 4], [2, 13]], [[14, 6], [0, 2], [12, 0]]], dtype=np.uint64)
a = np.array([], dtype=np.int16)
v = a[a == 4]
np.may_share_memory(m, a)
m[-1] = 6
a + 7
v.dtype.name
a
v.prod(axis=-1)
c = m[[0, -1]]
v = np.copy(m)
c = m[..., None]
c[...] = 1
a < -1
a.reshape(2)
y = c.T
a[:] = 1
y = np.reshape(m, (2, 2, 3))
c = v[:, 2]
c[2, 0]
np.may_share_memory(y, a)
t = np.squeeze(m)
v[-2, -2, -2]
m += 2
c = a[..., None]
c = np.reshape(a, (0, 3))
v
v < 0.5
v.strides
y.base is m
c // 6
print(t)
print(v)
v = c.ravel()
4 > m
