b = np.arange(4, dtype=np.float32).reshape(4)
m = np.arange(12, dtype='uint64').reshape(2, 3, 2)
m = np.array([[2, 3, -3, -5], [5, -4, 9, 1], [-7, 7, -7, 6]], dtype='int32')
b[b < 1.5] = 0.25
b[b > 0.25] = -1.5
b / 2.0
np.where(b > 3.0, b, 1.5)
a = np.full((2, 0), 4, dtype='int16')
t = b[2]
a.tolist()
m * 4
t = np.broadcast_to(m, (2, 3, 4))
a[-1, ...] = -2
m.flags.owndata
a.dtype.name
m.sum(axis=-2)
b[[1, 2]] = 1.0
m.flags.writeable
b
m.sum()
print(b)
a[[0]] = 4
np.may_share_memory(m, b)
m.flags.writeable
m[0, 3] = 6
w = m[:, :]
b.argmin()
a[a > 5] = 5
b * -1.5
np.mean(t, axis=-3)
v = a.T
t > w
