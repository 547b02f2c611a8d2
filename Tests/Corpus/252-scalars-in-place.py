# NumPy's int64 and float64 scalars as loops read and compute them: read from arrays,
# added to Python numbers, stored back, compared, printed, hashed, identified.
import numpy as np
a = np.arange(10)
f = np.linspace(0.0, 1.0, 5)
x = a[3]
x
type(x)
type(x) is np.int64
isinstance(x, np.integer), isinstance(x, int), isinstance(x, np.signedinteger)
y = f[1]
y
type(y)
isinstance(y, float), isinstance(y, np.floating), isinstance(y, np.float64)
a[3] + 1
type(a[3] + 1)
1 + a[3], a[3] - 1, 1 - a[3], a[3] * 2, a[3] / 2, a[3] // 2, a[3] % 2, 7 // a[3], 7 % a[3]
a[3] + 1.5, 1.5 - a[3], f[1] + 1, 2 * f[1], f[1] / 0.5, f[1] + a[3], a[3] * f[1]
a[3] ** 2, -a[3], abs(-a[3]), +f[1]
a[3] / 0
a[3] // 0
a[3] % 0
f[1] / 0
f[1] / 0.0
total = 0
for i in range(len(a)):
    total += a[i]

total
type(total)
s = 0.0
for v in f:
    s += v

s
type(s)
big = np.array([2**62, 2**63 - 1, -2**63])
big[0] + big[0]
big[1] + 1
big[2] - 1
big[1] * 2
big[2] // -1
t = 0
for i in range(2):
    t += big[1]

t
type(t)
f[2] * 1e308 * 10
a[3] < 4, a[3] <= 3, 4 > a[3], a[3] == 3, a[3] != 3.0, f[1] < 0.5, 0.5 > f[1], a[3] < f[2], f[2] == f[2]
type(a[3] < 4)
a[3] == a[3], a[3] == np.int32(3), a[3] == np.float64(3.0), f[2] == 0.5
hash(a[3]) == hash(3), hash(f[2]) == hash(0.5)
d = {a[3]: 'three', f[2]: 'half'}
d[3], d[0.5], d[np.int64(3)], 3 in d, a[4] in d
{a[1], 1, np.int64(1), 1.0}
x is a[3]
x == a[3]
str(x), repr(x), str(y), repr(y), f"{x:5d}", f"{y:.3f}", "%d %.2f" % (x, y)
int(x), float(x), bool(x), bool(a[0]), complex(y)
x.dtype, y.dtype, x.item(), y.item(), x.shape, x.ndim, x.itemsize
b = np.zeros(3)
b[0] = a[3]
b[1] = f[1]
b[2] = f[1] * a[3]
b
c = np.zeros(3, dtype=np.int64)
c[0] = a[9]
c[1] = a[9] * a[9]
c[2] = f[4]
c
c[1] = f[1]
c
g = np.zeros(2, dtype=np.int32)
g[0] = a[9]
g
le = np.arange(3, dtype='<i8')
le[1]
le[1] + 1
le[1].dtype
be = np.arange(3, dtype='>i8')
be[1] + 1
type(be[1])
be[1] == a[1]
m = np.arange(6.0).reshape(2, 3)
m[1, 2]
m[1, 2] + m[0, 1]
type(m[1, 2])
np.sqrt(a[4]), np.sqrt(f[4]), np.add(a[3], 1), np.array([a[3], f[1]])
[a[i] for i in range(3)]
sorted([f[3], f[1], a[0]])
max(a[2], a[5]), min(f[1], f[3]), sum([a[1], a[2]])
a[a[2]], [10, 20, 30][a[1]]
np.int64(5) + a[3]
