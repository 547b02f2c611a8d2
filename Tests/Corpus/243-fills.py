# Fills by wide stores: np.full, full_like, fill, a[...] = v and strided a[::k] = v for elements of every width (1 to 16 bytes and others), unaligned and byte-swapped elements, -0.0 and NaN, big arrays run in pieces on both threads, and fill values that fail.
import numpy as np
types = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float16', 'float32', 'float64', 'complex64', 'complex128', 'S3', 'U5', '>i4', '>f8', '<c16']
for t in types:
    f = np.full(7, 3, dtype=t)
    g = np.full((2, 3), -1, dtype=t) if t[0] not in 'uSU' and not t.startswith('bool') else np.full((2, 3), 1, dtype=t)
    h = np.full_like(f, 2)
    f[::3] = 5
    f[::-2] = 1
    print(t, f, g, h, f.dtype, h.dtype)
    z = np.zeros(9, dtype=t)
    z.fill(7)
    z[1:8:3] = 0
    z[...] = z[4]
    print(t, z)

np.full(4, -0.0), np.full(3, np.nan, dtype=np.float32), np.full(2, 1 + 2j), np.full(3, -0.0, dtype=np.complex64)
np.full((2, 2), [1.5, -0.0])
np.full((2, 3), [1, 2])
np.full(3, 'abc', dtype=int)
np.full(3, 300, dtype=np.int8)
np.full(3, None)
np.full(2, 'hi'), np.full(2, b'x', dtype='S2'), np.full((), 4.0), np.full(0, 9), np.full((0, 3), 9.5)
np.full(3, 7, dtype=np.uint8), np.full(5, 255, dtype=np.uint8), np.full(4, True)
np.full(3, np.float16(0.1)), np.full(2, np.datetime64('2020-01-02')), np.full(2, np.timedelta64(5, 's'))
np.full_like(np.arange(6).reshape(2, 3).T, 4.5)
np.full_like(np.arange(4.0), 9, dtype=np.int16, shape=(2, 2))
r = np.zeros(3, dtype=[('a', 'u1'), ('b', '<f8'), ('c', '>i2')])
r['b'] = -2.5
r['c'] = 513
r['a'][::2] = 7
r
c = np.zeros(10, dtype=np.complex128)
c[1::3] = 1 - 1j
c[::-4] = -0.0
c
e = np.zeros((4, 5), dtype=np.int32)
e[:, 1] = 9
e[::2, ::-2] = -3
e[1:3] = [[1, 2, 3, 4, 5]]
e
n = 1_300_001
o = np.ones(n, dtype=np.int8)
o.sum(), o[-1]
w = np.full(n, 2.5)
repr(w.sum()), w[n - 1]
i = np.zeros(n, dtype=np.int32)
i.fill(7)
i[::2] = -1
i[::-5] = 3
i[:8], i.sum()
u = np.full(n, 2 - 1j, dtype=np.complex64)
u[::3] = 0
u[:4], u[-1], (u == 0).sum()
d = np.full(n, -0.0)
repr(d[n // 2]), np.signbit(d).sum()
s = np.full(n, 'ab', dtype='U2')
s[::2] = 'z'
s[:4], s[-2:]
q = np.zeros(n, dtype=np.uint16)
q[...] = 65535
q.sum(), q[n // 3]
v = np.zeros(n, dtype='>f8')
v.fill(1.25)
v[::7] = -1
repr(v.sum()), v[:8]
