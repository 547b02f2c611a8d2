b = np.ones((5,), dtype=float)
x = np.arange(6, dtype='uint32').reshape(3, 1, 2)
np.subtract(b, -1.5, out=b)
x + x
b
c = x[1::-1]
w = c[2:, :1, :-1]
t = x[-3]
s = c.flatten()
np.maximum(t, 2)
b = np.arange(6).reshape((6,)) % 2 == 0
s = b[2:4]
v = w[..., None]
r = np.broadcast_to(x, (3, 3, 1, 2))
r.base is b
b
b.flags.owndata
t[0, -2] = 4
t is c
r[0, -3, 0, -2]
abs(w)
v = np.reshape(w, (1, 0))
t.flags.writeable
t = x[:]
y = c[-2, None]
v[...] = 6
c[1, 0, -2] = 3
w = s[None]
s.reshape(5, 1)
c = w.flatten()
t = r.reshape(6, 3)
np.shares_memory(v, w)
np.equal(s, 6, out=s);
r = c[:]
w = s[s]
r | 1
np.maximum(y, 2)
v.strides
