m = np.full((0,), 1, dtype=np.int8)
b = np.array([[3.0, 0.25, 1.5], [3.0, 1.0, 0.0]], dtype=np.float32)
a = np.array([[], []], dtype=np.uint64)
x = np.array([[[16, 0], [4, 15], [3, 8]], [[3, 4], [14, 2], [3, 12]]], dtype='uint64')
c = b.astype(np.uint16)
np.argmin(b, axis=-1)
r = c.ravel()
a += 2
a.dtype.name
r.strides
c.base is b
np.sum(r, axis=-1)
t = b.view('uint32')
np.mean(t, axis=0)
a = np.array([[[9, 8, 4], [13, 5, 0]], [[16, 9, 7], [12, 1, 3]]], dtype=np.uint32)
a == t
t[1, -1] = 6
t.reshape(8, 1)
t[t < 5] = 1
v = b[[-1, 0], 1]
s = np.reshape(a, (6, 2))
np.shares_memory(m, v)
y = x[x != 3]
b[1, -1] = 0.5
r = v[v == 0.5]
t[...] = c
r = y.astype('int16')
v / 1.0
c.flags.c_contiguous, c.flags.f_contiguous
v[0] = -2.0
a = np.array([[-6], [-5], [6], [-8]], dtype=np.int32)
v.dtype.name
r = np.transpose(r)
w = np.transpose(x)
c.shape, c.strides
y = v.view(np.uint32)
y.all(axis=-1)
c = a[a > 7]
len(x)
0.5 < v
