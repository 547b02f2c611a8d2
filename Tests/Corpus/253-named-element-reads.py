# Elements read from an array held by a variable (`a[i]`, `m[i, j]`, the index a name or a
# literal), in every place the variable may live: module, function, closure, class body;
# and every other value such a read may meet.
import numpy as np
a = np.arange(5) * 10
m = np.arange(6.0).reshape(2, 3)
i = 2
a[i], a[-1], a[0], m[1, 2], m[i - 1, 0], m[-1, -1]
def f():
    return a[i] + m[1, i]

f()
def g():
    a = [7, 8, 9]
    return a[i], a[-1]

g()
def h():
    m = {1: 'one', (1, 2): 'pair'}
    return m[1], m[1, 2]

h()
def unbound():
    x = a[0]
    a = 3
    return x

unbound()
def outer():
    b = np.arange(3.0)
    def inner():
        return b[i] + b[0]
    return inner()

outer()
class C:
    a = np.arange(100, 105)
    first = a[1]
    m = {0: 'x'}
    zero = m[0]

C.first, C.zero
zz
b[zz]
a[zz]
a[5]
m[2, 0]
m[0, 3]
a[1, 2]
m[1]
a['x']
a[None]
a[True]
a[1.0]
t = (1, 2)
m[t]
s = 'hello'
s[1], s[i]
l = [1, 2, 3]
l[i], l[-1]
n = None
n[0]
r = np.zeros(3, dtype=[('x', 'i8'), ('y', 'f8')])
r[1], r['x'], r[i]
rec = np.rec.array([(1, 2.0), (3, 4.0)], dtype=[('x', 'i8'), ('y', 'f8')])
rec[1], rec[0].x
be = np.arange(4, dtype='>i4').reshape(2, 2)
be[1, 1], be[0], type(be[1, 1])
c = np.arange(6).reshape(2, 3)[:, ::2]
c[1, 1], c[0, 0]
for k in range(3):
    a = a + k
    print(a[k], a[k] * 2)

total = 0
for k in range(5):
    total += a[k]

total, type(total)
def loop():
    s = 0.0
    for p in range(2):
        for q in range(3):
            s = s + m[p, q]
    return s

loop()
