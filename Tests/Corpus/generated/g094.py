a = np.arange(1, 7, dtype=np.int64)
x = np.array([[0, 13, 0]], dtype='uint16')
x.dtype.name
print(a)
a
s = np.expand_dims(x, -1)
x.flags.owndata
s[-1, -3, 0] = 7
x[-1, 2] = 2
x.dtype
np.shares_memory(a, x)
a.tolist()
np.any(s, axis=-2)
v = np.transpose(a)
s = np.squeeze(x)
s % 4
x.any()
t = np.broadcast_to(x, (3, 1, 3))
c = v[1:5]
s = np.reshape(v, (6,))
y = x[None]
c[-3] = -2
y
a.any(axis=-1)
y[[0]] = 3
np.count_nonzero(s)
c
np.where(a > 7, a, 1)
np.may_share_memory(s, x)
s = y.astype('uint8')
c
r = a[a >= 5]
c is r
2 * r
t.base is x
np.any(y, axis=1)
c.base is a
