# Element-wise loops with the operation inlined: every dtype, contiguous, broadcast (stride 0 on either side), strided, reversed, empty, one element, in place and overlapping, NaN and -0.0, and the warnings of the float flags.
import numpy as np
types = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float16', 'float32', 'float64', 'complex64', 'complex128']
for t in types:
    x = (np.arange(23) * 37 % 11 - 4).astype(t)
    y = (np.arange(23) * 13 % 7 - 2).astype(t)
    for op in [np.add, np.multiply, np.maximum, np.minimum, np.equal, np.not_equal, np.less, np.less_equal, np.greater, np.greater_equal]:
        print(t, op.__name__, op(x, y), op(x[::-2], y[3]), op(x[4], y[1::2][::-1]))

for t in types[1:9]:
    x = (np.arange(23) * 37 % 11 - 4).astype(t)
    y = (np.arange(23) * 13 % 7 - 2).astype(t)
    print(t, x - y, x[::3] & y[::-3], x | y[5], x[2] ^ y, np.fmax(x, y), np.fmin(x, y[::-1]), -x, np.negative(y[::2]))

for t in ['float16', 'float32', 'float64']:
    x = np.array([0.0, -0.0, 1.5, -2.5, np.inf, -np.inf, np.nan, 3.0], dtype=t)
    y = np.array([-0.0, 0.0, np.nan, 2.0, np.inf, 1.0, 1.0, -0.0], dtype=t)
    print(t, x + y, x - y, x * y, x / y, x == y, x != y, x < y, x >= y[::-1])
    print(t, x + y[2], x * y[1], y[0] - x, -x, np.abs(x), np.square(x), np.sqrt(x), np.sqrt(-x))

big = np.array([1e300, -1e300, 2.0, 1e-300])
big * big
big * 1e10
big / 0.0
np.array([0.0, 1.0]) / np.array([0.0, 0.0])
np.array([np.inf]) - np.array([np.inf])
np.float32(3e38) * np.ones(3, dtype=np.float32) * 10
np.array([3e38, 1.0], dtype=np.float32) + np.array([3e38], dtype=np.float32)
np.array([60000], dtype=np.float16) * np.array([2, 1], dtype=np.float16)
np.array([127, -128, 100], dtype=np.int8) + np.int8(1)
np.array([127, -128, 100], dtype=np.int8) * np.array([2], dtype=np.int8)
np.array([0, 1], dtype=np.uint8) - np.array([1], dtype=np.uint8)
np.array([2**63 - 1], dtype=np.int64) + 1
np.array([], dtype=np.float64) + np.array([], dtype=np.float64)
np.zeros((0, 3)) * np.arange(3.0)
np.ones((2, 0), dtype=np.int32) < 1
np.array([5.0]) * np.array([-0.0])
np.array([[1.5]]) - np.array([[1.5]])
m = np.arange(24.0).reshape(4, 6)
row = np.arange(6.0) * 0.5
col = np.arange(4.0).reshape(4, 1)
m + row
m * col
col - row
m[:, ::-2] / row[::2]
m.T * col.T
m[::-1, 1:] >= m[:, :-1]
w = np.arange(12)
w[1:] += w[:-1]
w
w[:-1] -= w[1:]
w
w[::2] *= w[1::2]
w
v = np.arange(10.0)
v[2:] = v[:-2] + v[2:]
v
np.add(v, 1.0, out=v)
v
np.multiply(v[::-1], 2.0, out=v)
v
i8 = np.arange(-4, 4, dtype=np.int8)
np.add(i8, i8, out=np.zeros(8, dtype=np.int64))
np.add(i8, i8, dtype=np.int16)
b = np.array([True, False, True])
b + b
b * np.array([False])
n = 1_200_003
a = np.arange(n, dtype=np.float64) * 0.25
r = a[::-1]
repr((a + r).sum()), repr((a * 2.0 + 1.0)[n - 1]), repr((a - a[::-1])[:3].sum())
q = a.reshape(3, -1) if n % 3 == 0 else a[:n - n % 3].reshape(3, -1)
repr((q * q[:, :1]).sum()), repr((q + q[1]).sum()), (q > q[2, 5]).sum()
k = np.arange(n, dtype=np.int32)
(k * k)[-3:], (k - k[::-1])[:3], (k * np.int32(70000))[-2:], (k == k[::-1]).sum()
s = k.copy()
s[1:] += s[:-1]
s[-3:], s.sum()
h = np.full(n, 1e300)
h * h
(h / 0.0)[:2]
z = np.zeros(n)
(z / z)[-1]
g = np.arange(n, dtype=np.float64)
np.subtract(g, a, out=g)
np.multiply(-2.0, g, out=g)
np.add(a[::-1], g, out=g)
g /= np.float64(0.5)
repr(g.sum()), g[:3], g[-2:]
p = np.arange(n, dtype=np.int16)
p += p[::-1]
p *= np.int16(3)
np.less(p, p[7], out=np.zeros(n, dtype=bool)).sum(), p[:3], p.sum()
c2 = np.full((3, 4), 1.5)
c2 -= c2[1]
c2 += c2[:, :1]
c2
