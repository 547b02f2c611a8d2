m = np.array(0)
x = np.array([[[17, 17]], [[3, 6]], [[18, 17]]], dtype=np.uint32)
np.prod(m)
m.dtype.name
m[()] = 4
m.sum()
s = m[...]
np.where(s > 7, s, 5)
c = m.astype(np.int8)
np.shares_memory(m, x)
s = m.astype(np.int16)
x
t = c[()]
_ = np.minimum(c, 3, out=c)
s.sum(keepdims=True)
x.reshape(-1, -1)
t = x[[0, 0, -3, 1]]
s[()] = -2
m < -2.0
s = t[3:, 0]
s <= s
m[()] = 6
t = c[None]
m[0]
x.tolist()
s[s > 2] = 7
np.may_share_memory(t, x)
print(t)
x * 2
r = x[:, -1]
np.shares_memory(m, r)
s = r.astype('bool')
s = m[None]
c - t
type(c)
x.flags.writeable
s = s.astype(np.uint8)
r = t[None, ::-1]
np.sum(c, keepdims=True)
m[()] = 4
t = c[...]
m * 3
np.shares_memory(r, t)
w = np.squeeze(r)
np.negative(x)
