m = np.linspace(0, 2, 4, dtype=np.float32)
m = np.arange(4, dtype=np.uint64).reshape(4, 1)
s = m.astype(np.uint16)
m.sum(axis=2)
np.may_share_memory(m, s)
type(s)
c = s[[-2, 2], :]
m.reshape(6, 1)
c[-1, 0]
m
s = np.broadcast_to(c, (2, 1, 2, 1))
w = c[-2]
np.maximum(c, 4)
v = s.astype(np.int8)
w.all(axis=-1)
r = m.flatten()
v.base is m
np.subtract(v, -1, out=v)
r.reshape(-1, -1)
v.sum(axis=4)
m
r[::-1] = 4
c / w
r[...] = w
m[m < 5] = 1
print(r)
y = w.reshape(1, 1)
m
