a = np.arange(1, 13, dtype='int64').reshape(2, 3, 2)
a = np.zeros((4,), dtype='float64')
np.may_share_memory(a, a)
a > a
a[1] = 2.0
a[3] = 1.5
r = a[a < 3.0]
np.sqrt(r)
a.flags.writeable = False
a
a.argmin()
v = a.ravel()
r[:] = 1.5
np.may_share_memory(a, v)
a.sum(axis=1)
np.where(v > 0.5, v, 2.0)
s = r.reshape(-1, 4)
s = r[-1]
r *= 2.5
a <= a
r[2] = -1.5
s = np.copy(a)
np.negative(r)
s * 2.0
r * 1.5
s.any(axis=0, keepdims=True)
a.mean(axis=-1, keepdims=True)
s % r
_ = np.multiply(v, 0.5, out=r)
abs(s)
s + 1.0
np.any(r, axis=0)
c = a[None]
r.min(axis=0)
-a
np.subtract(s, -1.5, out=r)
v.sum(axis=1)
_ = np.multiply(r, 1.5, out=s)
r[:1] = -2.0
print(s)
np.may_share_memory(a, r)
r.flags.writeable = False
r = a.astype('uint64')
r % 3
s[3]
7 + r
