b = np.arange(12, dtype='uint64').reshape(2, 2, 3)
x = np.arange(12, dtype=np.float32).reshape(3, 4)
m = np.arange(5, dtype=np.uint32).reshape(5)
s = m.view('uint8')
s <= s
y = b[::3, -1, :]
t = x[[-1, 2, 2]]
np.shares_memory(s, y)
y[:] = 2
t.argmax(axis=1)
x < 1.0
x[:, ...] = 2.5
_ = np.add(x, 1.5, out=t)
v = b[b > 4]
r = m.astype(np.int32)
v.sum(axis=0)
s
r = np.broadcast_to(r, (2, 1, 5))
x = np.full((5,), 2, dtype=np.uint16)
r = x[::-1]
len(b)
np.max(m, axis=0)
t.flags.writeable = False
np.maximum(y, 4)
