a = np.array([9, 18, 4, 19, 8], dtype=np.uint64)
a = np.arange(12, dtype=np.int64).reshape(3, 4)
a
np.add(a, 5, out=a)
a.flags.owndata
print(a)
a.sum(axis=2)
a.flags.writeable = False
a[0, -1]
v = a.reshape(-1, 3)
a <= a
np.maximum(a, 2)
s = v.reshape(2, 3, 2)
v / v
a.sum(axis=1, keepdims=True)
np.where(s > 2, s, 4)
a.sum(axis=1)
s = s.view(np.uint8)
a.flags.writeable
s is v
c = np.copy(s)
v.sum(axis=1)
c %= 6
-s
v.base is a
a > 7
c %= 1
np.argmin(s)
c = s.reshape(-1, 16)
s = v[:, ...]
t = np.transpose(a)
w = c.reshape(12, 4, 2)
v = w.ravel()
a // a
y = t.copy()
t = c[1, -4]
c * c
np.may_share_memory(c, a)
b = np.arange(1, 7, dtype=np.float64)
w = c[..., 9]
v = np.squeeze(s)
