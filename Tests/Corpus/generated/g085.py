x = np.array([2, 9, -2, 3, 8], dtype=np.int32)
b = np.zeros((1, 3), dtype='float64')
a = np.full((2, 0), 4, dtype='uint16')
w = a.astype(np.int8)
t = w[1]
b.flags.writeable = False
s = a[0::-2, ...]
x.flags.writeable = False
print(b)
r = a[1::-2]
b
t = r[-1, :]
t = np.reshape(s, (-1, 3))
t[:] = 3
s = t[t == 3]
r = w[w != 4]
w[0::-1] = 6
type(w)
t = x.reshape(5)
r[0, 0]
s = b[0:1]
a.flags.writeable
np.may_share_memory(b, a)
m = np.array([], dtype='int64')
np.min(b)
x * 0
