import numpy as np
a = np.arange(5)
a[0] = 7
a[-1] = 9
i = 2
a[i] = 3.5
a[i + 1] = 8
a
a[5] = 1
a[-6] = 1
a[i] = 'x'
a[True] = 4
a
k = 1.0
a[k] = 1
k = slice(0, 2)
a[k] = 0
k = (1,)
a[k] = 1
k = [3, 4]
a[k] = 2
k = np.int64(1)
a[k] = 5
k = np.array(2)
a[k] = 6
k = None
a[k] = 7
a
a[...] = 3
a[()] = 4
a
f = np.zeros(3)
f[1] = 2
f[i] = np.float32(1.5)
f[0] = 1e400
f[0] = np.float64(2.5)
f[0] = True
f
r = np.arange(3)
r.flags.writeable = False
r[0] = 1
r[i] = r[0]
v = np.broadcast_arrays(np.arange(3), np.zeros((2, 3)))[0]
v[0] = 5
v
o = np.array([1, 'x', None], dtype=object)
o[1] = [1, 2]
o[i] = o
o[0] = 2 ** 70
o[0], o[1]
s = np.array(['ab', 'cd'])
s[0] = 'xyz'
s[1] = 5
s
lst = [1, 2, 3]
lst[0] = 'a'
lst[i] = 4
lst[3] = 0
lst
d = {}
d[i] = 1
d['k'] = 2
d[None] = 3
d
t = (1, 2)
t[0] = 5
undefined_name[0] = 1
m = np.arange(6).reshape(2, 3)
m[1] = 7
m[i] = 1
m[-1] = [1, 2, 3]
m[0] = [1, 2]
m
z = np.array(5)
z[0] = 1
z[()] = 6
z
w = np.arange(4, dtype='>i4')
w[1] = 300
w[i] = 2 ** 40
w
u = np.arange(3, dtype=np.uint8)
u[0] = 300
u[0] = -1
u[1] = 255
u
b8 = np.arange(3, dtype=np.int8)
b8[i] = np.int64(300)
b8[i] = np.int64(100)
b8
bb = np.zeros(2, dtype=bool)
bb[0] = 1
bb[1] = True
bb
c = np.zeros(2, dtype=complex)
c[0] = 1j
c[1] = 2
c
h16 = np.zeros(2, dtype=np.float16)
h16[0] = 70000.0
h16
rec = np.zeros(2, dtype=[('x', 'i8'), ('y', 'f8')])
rec[0] = (5, 1.5)
rec[1] = 3
rec['x'] = 9
rec
q = np.arange(3).view(np.recarray)
q[0] = 5
q
def put(arr, k):
    arr[k] = k * 10
    arr[0] = -1
    return arr

put(np.arange(3), 1), put([0, 0, 0], 2), put({}, 'key')
put(np.arange(3), 3)
def squares():
    sq = np.zeros(4, dtype=int)
    for n in range(4):
        sq[n] = n * n
    return sq

squares()
def unbound():
    a3[0] = 1
    a3 = np.arange(2)

unbound()
class C:
    arr = np.arange(3)
    arr[1] = 5

C.arr
x = np.arange(3)
y = x
x = x[1:]
y, x, x.base is y
p = p2 = np.arange(2)
p is p2, p
(z2 := a[1:3]), z2.base is a
def rebind():
    b1 = a[1:4]
    first = b1
    b1 = a[1:4]
    return b1 is first, b1.base is a, first.base is a

rebind()
def setglobal():
    global gv
    gv = a[2:]
    return gv.base is a

setglobal(), gv
def outer():
    cell = 1
    def inner():
        nonlocal cell
        cell = a[:2]
    inner()
    return cell

outer()
class K:
    kv = a[1:]
    kw = kv

K.kv, K.kw is K.kv, K.kv.base is a
for loopv in [a[:1], a[1:2]]:
    last = loopv

last, loopv is last
