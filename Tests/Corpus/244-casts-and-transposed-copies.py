# Contiguous casts by a vectorised loop and transposed copies by tiles: every pair of number types, wrap-around and NaN, unaligned and byte-swapped elements, astype keeping the memory order, transposes of every width and of odd sizes, reversed and 3-D, a million elements and more.
import numpy as np
types = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float16', 'float32', 'float64', 'complex64', 'complex128']
src = np.array([0, 1, -1, 127, -128, 255, 256, 32767, -32769, 65535, 2**31 - 1, -2**31, 2**40 + 3, -7])
for s in types:
    x = src.astype(s)
    print(s, [x.astype(d).tolist() for d in types if d != 'float16'])

f = np.array([0.0, -0.0, 0.5, -1.5, 1e10, -1e10, np.inf, -np.inf, np.nan, 3e38, 70000.0])
for d in ['bool', 'float16', 'float32', 'complex64', 'complex128']:
    print(d, f.astype(d))

b = np.frombuffer(bytes([0, 1, 2, 255, 0, 7]), dtype=np.bool_)
b.astype(np.int8), b.astype(np.float32), b.view(np.uint8)
r = np.zeros(5, dtype=[('a', 'u1'), ('b', '<f8')])
r['b'] = [1.5, -2.5, 3.25, 1e300, -0.0]
r['b'].astype(np.float32), r['b'].astype(np.int16), r['b'].astype('>f4')
np.arange(6, dtype='>i4').astype(np.float64), np.arange(6.0).astype('>i2'), np.arange(4, dtype='>f8').astype('<c8')
a = np.arange(12, dtype=np.int16).reshape(3, 4)
c = a.T.astype(np.float64)
c, c.strides, c.flags.c_contiguous, c.flags.f_contiguous
d = np.asfortranarray(a).astype(np.int64)
d.strides, np.copy(a.T).strides, np.array(a[:, ::-1], dtype=np.float32)
for t in ['int8', 'int16', 'float32', 'float64', 'complex128', 'U3']:
    m = np.arange(37 * 70).reshape(37, 70).astype(t)
    u = m.T.copy()
    v = m[::-1].T.copy()
    w = m[:, ::-2].T.copy()
    print(t, u.shape, u.flags.c_contiguous, (u == m.T).all(), (v == m[::-1].T).all(), (w == m[:, ::-2].T).all(), u[69, 36], v[0, :3], w[-1, -3:])

q = np.arange(2 * 40 * 33, dtype=np.float64).reshape(2, 40, 33)
p = q.transpose(0, 2, 1).copy()
p.shape, (p == q.transpose(0, 2, 1)).all(), p[1, 32, 39], p[0, 0, :4]
s = q.transpose(2, 1, 0).copy()
s.shape, (s == q.T).all(), s[32, 39, 1]
n = 1_200_000
big = np.arange(n, dtype=np.float64).reshape(1000, 1200)
bt = big.T.copy()
bt.shape, repr(bt[1199, 999]), repr(bt[:, 7].sum()), repr(bt[5].sum()), (bt == big.T).all()
bi = big[::-1, ::-1].T.copy()
(bi == big[::-1, ::-1].T).all(), bi[0, 0], bi[-1, -1]
k = np.arange(2 * n, dtype=np.int32)
k.astype(np.float64)[-3:], k.astype(np.int8)[-3:], k.astype(np.uint16).sum(), k[::-1].astype(np.int64)[:3]
g = (np.arange(n) * 0.37 - 1000.0)
g.astype(np.int32)[-2:], g.astype(np.float32)[:3], g.astype(np.float16)[-2:], g.astype(np.uint8)[1000:1004]
o = np.ones(2 ** 21, dtype=np.int8)
o.sum(), o.astype(np.int64).sum(), o.mean()
