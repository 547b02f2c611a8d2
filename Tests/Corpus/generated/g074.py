x = np.array([[[-3, 2]], [[-6, 5]], [[5, 7]]], dtype=np.int8)
x = np.array([0, 16, 1, 4], dtype=np.uint32)
np.may_share_memory(x, x)
x.flags.writeable = False
r = x[x > 5]
x.reshape(7, 1)
x.base is x
r[1:1] = 6
4 + x
r = r[::-1]
x.dtype
np.argmin(r)
r.sum()
c = r[[0]]
r.sum()
c.flags.writeable = False
np.max(x)
np.cumsum(r)
r // c
x.shape, x.strides
y = x[3:4]
w = y.astype(np.float32)
c
b = np.full((1, 3), 4, dtype=np.uint16)
b
s = y.copy()
s[0::-1] = 3
y = s.astype('int32')
r + 6
print(c)
x = np.array([[6, 0, 12]], dtype=np.uint32)
np.sum(b)
m = np.arange(12).reshape((2, 3, 2)) % 2 == 0
_ = np.minimum(c, 2, out=b)
s.base is m
w[0]
r % r
r.reshape(3, 1)
b.base is None
w = np.broadcast_to(x, (2, 1, 3))
w += 1.5
s = r.flatten()
r / 4
b[:] = 7
m.flags.c_contiguous, m.flags.f_contiguous
c = s.T
s.tolist()
