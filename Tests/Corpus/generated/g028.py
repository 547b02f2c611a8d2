b = np.array([-3, -3, -5, 3], dtype='int32')
b = np.arange(3, dtype=np.int16).reshape(1, 3)
c = np.expand_dims(b, -2)
t = c[0]
t = t[t >= 6]
w = c[0:, ...]
t = t[t < 2]
r = np.expand_dims(w, 2)
w.base is b
t[t > 6] = -2
w == r
t[t < 4] = 0
v = b.astype(np.float64)
r[r > 6] = 5
w = c.ravel()
np.minimum(w, 6, out=b)
w = np.broadcast_to(v, (2, 1, 3))
r %= 4
b[0:1, 0] = 2
v.flags.writeable = False
print(b)
np.may_share_memory(v, c)
v[4, 0]
