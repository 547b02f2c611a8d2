import numpy as np
a = np.arange(10)
b = a[1:4]
c = a[2:5]
b.shape, c.shape, b.strides, c.strides, b.base is a, c.base is a
b.shape = (3, 1)
b.shape, c.shape, c
c.shape = (1, 3)
b.shape, c.shape
d = a[::2]
e = a[1::2]
d.strides, e.strides, a.strides, d.shape, e.shape
d, e, a.strides
big = np.arange(1000)
v = big[3:700]
w = big[3:700]
v.shape, w.shape, v.shape is w.shape
v.shape = (1, 697)
v.shape, w.shape
m = np.arange(12).reshape(3, 4)
r = m[1:]
s = m[1:3]
r.shape, s.shape, r.strides, m.strides, r.base is m.base
r.shape = (8,)
r.shape, s.shape, m.shape
t = m[::-1]
t.shape, t.strides, m.strides
views = [a[1:4] for i in range(3)]
[v.shape for v in views], len(set(id(v) for v in views))
views[0][0] = 100
a
np.may_share_memory(a, b), np.may_share_memory(a, np.arange(3))
np.may_share_memory(a, b, 0), np.may_share_memory(a, b, None), np.may_share_memory(a, b, -1)
np.may_share_memory(a[::2], a[1::2]), np.may_share_memory(a[::2], a[1::2], -1)
np.may_share_memory(a, b, True), np.may_share_memory(a, b, False)
np.may_share_memory(a, b, 1.5)
np.may_share_memory(a, b, np.int64(1))
np.may_share_memory(a, b, -3)
np.may_share_memory(a, b, 2**70)
np.may_share_memory(a, b, max_work=None)
np.may_share_memory([1, 2], [1, 2]), np.may_share_memory(a, 5)
np.may_share_memory(a)
np.may_share_memory(a, b, 0, 1)
np.may_share_memory()
np.shares_memory(a, b), np.shares_memory(a[::2], a[1::2]), np.shares_memory(a[::2], a[1::2], None)
np.shares_memory(a[::2], a[1::2], 1)
np.shares_memory(a, b, -2), np.shares_memory(a, b, -1), np.shares_memory(a, b, True)
np.shares_memory(a, b, 0)
np.shares_memory(a, b, 'x')
np.shares_memory(a)
np.shares_memory(a, b, 1, 2)
np.shares_memory(a, b, max_work=0)
np.shares_memory(a, b, -1, max_work=0)
f = np.may_share_memory
f(a, b), f(a, np.zeros(2))
def g(x, y=3):
    return x + y

g(1), g(1, 2), g(x=4), g(1, y=5)
g()
g(1, 2, 3)
def h(x, y):
    return x * y

h(2, 3), h(2, y=4)
h(2)
