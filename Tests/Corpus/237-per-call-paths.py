import numpy as np
a = np.arange(10)
a[1:4], a[:], a[::2], a[5:1], a[8:2:-2], a[:3], a[7:], a[1:4:1], a[100:], a[:100]
a[::0]
class Echo:
    def __getitem__(self, key):
        return key

e = Echo()
e[1:4], e[:], e[::2], e[1:4:None], e[None:2]
[e[1:3] for i in range(2)]
e[1:3] == e[1:3]
def views(x):
    return x[1:4], x[::-1], x[2:], x[:0]

for dt in ['int8', 'uint16', 'float32', 'float64', 'complex64', 'bool', '>i8', 'datetime64[D]', 'U3']:
    x = np.arange(6).astype(dt)
    for v in views(x):
        print(dt, v, v.dtype, v.strides, v.base is x, v.flags.writeable)

z = np.array(5)
z[1:2]
z[:]
r = np.arange(4.0)
r.flags.writeable = False
r[1:3].flags.writeable
r[1:3][0] = 1
m = np.arange(12).reshape(3, 4)[:, 1:]
m[1:], m[1:].strides, m[1:].base is m.base
for dt in ['int64', 'float64', 'bool', 'int8', 'uint8', 'float32', 'complex128', '>i8', '>f8', 'int32']:
    y = np.zeros(3, dtype=dt)
    for value in [7, -1, 2.5, True, np.int64(3), np.float64(1.5), np.float32(0.25), np.int8(-2)]:
        try:
            y[0] = value
            print(dt, repr(value), y[0], type(y[0]).__name__)
        except Exception as err:
            print(dt, repr(value), type(err).__name__, err)

i = np.zeros(2, dtype=np.int64)
i[0] = 2**63
i[0] = 2**62
i[0]
f = np.zeros(2)
f[1] = 2**1000
f[1] = 10**400
f
u = np.zeros(2, dtype=np.uint8)
u[0] = 300
u[0] = -1
b = np.zeros(2, dtype=bool)
b[0] = 5
b
b[1] = 0.0
b
def setter(x, v):
    x[0] = v
    return x[0]

[setter(np.zeros(2, dtype=np.int64), v) for v in [1, -5, True, np.int64(9)]]
[setter(np.zeros(2), v) for v in [1, 0.5, -0.0, float('nan'), float('inf')]]
np.zeros(2)[5]
np.zeros(2)[-3] = 1
p = np.arange(10)
q = p[1:4]
np.may_share_memory(p, q), np.shares_memory(p, q), np.may_share_memory(p[::2], p[1::2]), np.shares_memory(p[::2], p[1::2])
np.may_share_memory(p[:0], p), np.shares_memory(p[:0], p), np.may_share_memory(p[:5], p[5:]), np.may_share_memory(p, np.arange(3))
np.may_share_memory(p[::2], p[1::2], max_work=None), np.may_share_memory(p[::2], p[1::2], max_work=-1), np.may_share_memory(p[::2], p[1::2], max_work=0)
for w in [1, True, False, -2, -3, np.int64(5), np.int32(1), 1.5, 2**63 - 1, 2**63, -2**63, -2**63 - 1]:
    for f in (np.may_share_memory, np.shares_memory):
        try:
            print(repr(w), f(p[::2], p[1::2], max_work=w), f(p, q, max_work=w))
        except Exception as err:
            print(repr(w), type(err).__name__, err)

np.shares_memory(p[::2], p[1::2], max_work=0)
np.shares_memory(p[::2], p[1::2], max_work=None), np.shares_memory(p, q, max_work=-1), np.shares_memory(p, q, max_work=2)
np.may_share_memory(p, q, max_work=1.5)
np.may_share_memory(p, q, max_work='a')
np.shares_memory(p, q, max_work=[1])
np.may_share_memory(p)
np.may_share_memory(p, q, 0, 1)
np.may_share_memory(p, q, a=1)
np.may_share_memory([1, 2], [1, 2]), np.shares_memory(p[::-1], p), np.may_share_memory(p[::-1][2:5], p[3:4])
s = np.zeros((3, 4))
np.may_share_memory(s[:, 0], s[:, 1]), np.shares_memory(s[:, 0], s[:, 1]), np.shares_memory(s.T, s), np.may_share_memory(s[1], s[2])
def shared(x, y):
    return np.may_share_memory(x, y), np.shares_memory(x, y)

[shared(p[i:], p[:i]) for i in range(0, 11, 5)]
