b = np.array([[[13, 3], [2, 13], [20, 7]], [[5, 8], [8, 6], [15, 18]]], dtype='uint64')
a = np.zeros((2, 2, 3), dtype=np.uint16)
x = np.array([7, 7, 6, 4], dtype=np.int32)
a.base is b
x[x > 7] = 6
r = a[1:, ...]
r = b[..., None]
r.mean(axis=-4, keepdims=True)
a[:] = 3
a.mean(keepdims=True)
x.base is b
np.any(a, keepdims=True)
t = b[:]
r.flags.writeable = False
a - 5
t * b
b - b
v = a.astype(bool)
t == b
v = x.reshape(-1, 4)
a[2::-1, 0::-1] += 7
y = v[None, :0]
a %= 5
b * 1
np.where(v > 6, v, 7)
y[::2, :] = 2
b * 1.0
a
len(r)
t.flags.owndata
b = np.arange(1, 1, dtype='int64').reshape(2, 0)
np.may_share_memory(r, t)
t[0, 2, 1]
x[x > 1] = -2
b[..., :] = 6
np.shares_memory(t, a)
np.where(b > 7, b, 1)
np.where(y > 5, y, 6)
c = x[[2, -3, 3]]
s = r[0, ::-1, 1]
y.flags.owndata
v = s[[-1, -3]]
a.tolist()
r - x
c %= 7
y.tolist()
type(v)
t % 5
v > 3
