import numpy as np
a = np.arange(10)
a[1:4], a[-3:], a[:-1], a[::-1], a[-1:-4:-1], a[::3], a[5:2], a[-100:100], a[8:-100:-2]
b = a[-3:]
b.base is a, b.strides, b.flags.owndata, b.flags.writeable, b.flags.c_contiguous
c = b[::-1]
c.base is a, c, c.strides, c.flags.c_contiguous, np.may_share_memory(b, c)
a[1:4] is a[1:4], id(a[1:4]) == id(a), a[1:4].base is a[2:5].base
a[1:4:0]
a[::-1][::-1].base is a
m = np.arange(12).reshape(3, 4)
m[1:], m[-1:], m[::-2], m[1:].strides, m[::-1].base is m.base, m[5:], m[5:].shape
r = np.zeros(3)
r.flags.writeable = False
s = r[1:]
s.flags.writeable, s.base is r
s[0] = 1
s.flags.writeable = True
e = np.arange(6)[4:1]
e, e.shape, e.strides, e.base
z = np.array(5)
z[1:]
z[:]
o = np.array([1, 'x', None], dtype=object)
o[1:], o[::-1], o[-2:].base is o
t = np.array(['ab', 'cde', 'f'])
t[1:], t[::-2], t[-1:].base is t
rec = np.rec.array([(1, 2.0), (3, 4.0), (5, 6.0)], dtype=[('x', 'i8'), ('y', 'f8')])
rec[1:], rec[::-1].x, type(rec[1:]).__name__
q = np.arange(5).view(np.recarray)
type(q[1:]).__name__, q[1:], q[1:].base is q
w = np.arange(4, dtype='>i4')
w[1:], w[1:].dtype, w[::-1].strides
n = np.arange(4)
n.dtype = np.dtype('int64').newbyteorder('<')
n.dtype, n[1:].dtype, n[1:]
[1, 2, 3, 4][-2:], (1, 2, 3)[::-1], 'hello'[-3:], range(10)[-3:], b'abc'[::-1]
lst = [1, 2, 3]
lst[-2:] = [9]
lst
x = 5
x[1:]
f = np.arange(5.0)
f[1:4] = -1
f, f[-2:].sum()
g = np.arange(2**9)[100:400:3]
g.shape, g[-1], g.base.shape
def take(v):
    return v[1:3], v[-1:], v[::-1]

take(np.arange(4)), take([5, 6, 7]), take('xyz')
def early():
    v = a[1:3]
    a = np.arange(3)
    return v

early()
def late():
    return a[::-1], a[-2:]

a = np.arange(5)
late()
a = [1, 2, 3]
late()
del a
late()
