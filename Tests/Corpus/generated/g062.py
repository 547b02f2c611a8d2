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
s[:] = 3
s[s < 5] = 5
np.shares_memory(a, s)
len(v)
s = a[1]
v.flags.writeable
x = np.array([[[-6, 7], [-4, -2], [-6, 2]], [[8, 9], [5, 3], [-8, -4]]], dtype='int64')
s is a
x[:-1, :, 1:] += 2
x = np.array([[2, 15, 19]], dtype=np.uint8)
s.base is a
c = np.broadcast_to(b, (2, 4))
x[x == 6] = 6
s.dtype.name
w = x[x < 1]
w + 3
y = v[0:]
_ = np.maximum(w, 3, out=w)
v = w[w < 2]
v[:] = 6
s = w.flatten()
b > 1
s = a[2:]
v = y.ravel()
s.reshape(3)
