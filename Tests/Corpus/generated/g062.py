a = np.array([[], []], dtype=np.int32)
b = np.array([20, 5, 3, 0], dtype=np.uint64)
np.abs(a)
a.flags.writeable = False
a <= a
b[:] //= 4
_ = np.add(b, 2, out=b)
s = b.view('int32')
b[2] = 3
s[-8] = -3
b
np.prod(a, axis=0)
b.flags.writeable = False
np.sum(b)
s.flags.owndata
s %= 3
np.count_nonzero(s, axis=-1)
b.argmin(axis=-1)
v = np.broadcast_to(b, (2, 1, 4))
len(b)
v
v * v
s[s == 4] = -1
s * 5
v = v.astype('uint16')
v[:] = 4
s[s < 5] = 5
np.shares_memory(a, s)
v.item(0)
s = a.flatten()
b.flags.owndata
v[...] = b
a.flags.owndata
v[-1, -1, -2]
r = a[[1, -2, -1, 0]]
v.reshape(11)
a * v
r / -1.5
x = np.array([[2, 15, 19]], dtype=np.uint8)
s.base is a
c = np.broadcast_to(b, (2, 4))
r[:] = 5
m = np.arange(1, 5, dtype=np.float32).reshape(4, 1)
a.base is a
t = r[2::-2]
w = t.copy()
c[0, 6]
w.flags.writeable = False
v = t.flatten()
