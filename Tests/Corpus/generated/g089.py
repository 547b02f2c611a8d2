b = np.ones((0,), dtype=np.uint8)
x = np.zeros((1, 3), dtype='int8')
b = np.arange(-3, -3, dtype='float32').reshape(2, 0)
b[0, 0]
x += -3
r = b[:, :]
s = x[None]
s //= 7
x //= 3
r = s[1::-2, None]
r.flags.writeable = False
np.add(s, 7, out=s)
c = np.broadcast_to(x, (3, 1, 3))
b // 1.0
s[1::-1] += 3
c = np.broadcast_to(x, (2, 1, 1, 3))
c
y = r.view('int8')
s = s.flatten()
s.base is None
x = np.full((2, 2, 3), 4, dtype=np.uint64)
t = x[1, ...]
