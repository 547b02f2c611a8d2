a = np.array([[[7, 0, 1], [4, 11, 7]], [[3, 10, 14], [11, 8, 12]]], dtype=np.uint64)
x = np.arange(5, dtype='uint8')
x[x > 5] = 6
x == x
x.itemsize
x.sum(axis=-1, keepdims=True)
_ = np.minimum(a, 4, out=a)
print(a)
s = x.view(np.int8)
x.base is x
c = s.T
np.may_share_memory(a, c)
s = np.transpose(s)
a.base is x
c.flags.owndata
s + -2
s <= c
v = a[:, ::-1]
np.negative(a)
x = np.arange(-3, 9, dtype='float32').reshape(3, 4)
c = s.astype('int32')
v[:] = 1
a[-2, 1, -1] = 7
x.base is x
s == s
c.base is a
c.max()
print(v)
c.reshape(8)
c.base is x
c = v[..., None]
s.base is x
y = a.view(np.uint64)
x.base is a
w = np.reshape(s, (1, 5))
x * 0.25
w - x
a = np.arange(1, 13, dtype=np.float32).reshape(2, 3, 2)
np.may_share_memory(c, v)
w.tolist()
a % -1.5
s[[3]] = 6
len(x)
s * 2
v.flags.c_contiguous, v.flags.f_contiguous
v = w.astype(np.int32)
v + -1
a + a
s.tolist()
np.argmin(s)
