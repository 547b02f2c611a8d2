b = np.arange(3).reshape((1, 3)) % 2 == 0
x = np.arange(5, dtype=np.int8)
np.count_nonzero(x)
b == b
t = np.reshape(b, (3,))
c = x[x != 2]
r = c[[-4, 1, -4, 2]]
np.may_share_memory(r, c)
x[x < 5] = 1
m = np.arange(1, 5, dtype=np.float64).reshape(4, 1)
c[-1] = 3
-1 > c
x %= 2
y = np.broadcast_to(x, (2, 1, 5))
b.min(axis=-1)
c[0].item()
r = r[r == 6]
c = r[..., None]
type(m)
r - -2.0
v = b[b]
c.reshape(1, 1)
t = x.astype(np.int32)
v = m[3]
m = np.arange(6, dtype=np.uint32).reshape(6)
w = m.view(np.uint32)
b = np.ones((6,), dtype=np.float32)
b
type(r)
m // 7
np.max(x)
w.all(axis=0)
print(y)
np.where(m > 2, m, 4)
x[:] = 3
x.sum()
m % 5
b %= 0.5
x.dtype
c = w[w == 5]
np.argmax(y, axis=2)
v[0]
b.min(axis=-1)
x = np.array([], dtype='int8')
m.base is None
m[[2]] = 7
v = c.astype(np.int64)
y = m.flatten()
m[-3] = 4
x.strides
