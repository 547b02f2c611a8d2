a = np.arange(10)
b = a[::2]
c = a[1::2]
np.may_share_memory(b, c)
np.shares_memory(b, c)
np.shares_memory(a, b)
np.may_share_memory(a[:5], a[5:])
np.shares_memory(a[:5], a[5:])
np.may_share_memory(a[:6], a[5:])
np.shares_memory(a[:6], a[5:])
np.may_share_memory(a, a[::-1])
d = a.copy()
np.shares_memory(a, d)
np.may_share_memory(a, d)
m = np.arange(12).reshape(3, 4)
np.may_share_memory(m[:, 0], m[:, 1])
np.shares_memory(m[:, 0], m[:, 1])
np.shares_memory(m[0], m[:, 0])
np.shares_memory(m[1], m[:, 0])
np.shares_memory(m.T, m)
np.shares_memory(m[:, ::2], m[:, 1::2])
np.shares_memory(b, c, max_work=1000)
np.shares_memory(b, c, max_work=0)
np.shares_memory(m, m[2:, 3:], max_work=1)
np.shares_memory(np.broadcast_to(a, (2, 10)), a)
np.shares_memory(a, 5)
b[0] = -1
a
c[-1] = -9
a
v = a.view()
v is a
v.base is a
np.shares_memory(v, a)
v[1] = 11
a
x = np.zeros(4)
y = x[1:]
np.shares_memory(x, y)
y[:] = 2.5
x
h = np.array([1, 256], dtype=np.int16)
h.view(np.uint8)
h.view(np.uint8).base is h
h.view(np.int8).shape
g = h.view(np.uint8)
g[0] = 2
h
i = np.arange(3)
f = i.view(np.float64)
f.dtype, f.shape
np.shares_memory(f, i)
