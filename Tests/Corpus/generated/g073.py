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
c.all(axis=-2)
r = m.flatten()
w.base is m
_ = np.add(w, 7, out=w)
w = s[s > 1]
_ = np.multiply(c, 2, out=c)
w * 2
m[..., 0:1] = 3
c.all()
m
m / 4
m.sum(axis=0)
m[:2, :] //= 6
y = m[::-1, None]
c = y[None]
