m = np.zeros((5,), dtype=np.uint8)
m = np.arange(0, dtype='int64').reshape(2, 0)
m[::-1, :] = 0
m.base is m
s = m.flatten()
s.nbytes
t = s[s != 1]
t = np.copy(t)
y = t.T
np.maximum(m, 2)
_ = np.minimum(y, 4, out=t)
s = s[:]
y.flags.owndata
print(m)
print(s)
r = np.expand_dims(y, -1)
y += 5
r.flags.owndata
np.minimum(r, 5, out=r)
m == 3
y * r
c = s[s >= 4]
c = np.squeeze(m)
r
w = m[m < 2]
