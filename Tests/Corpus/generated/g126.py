m = np.array([[[-2, -4], [-5, 6], [-7, 0]], [[8, -5], [2, -3], [6, 3]]], dtype=np.int32)
a = np.zeros((3, 4), dtype='uint16')
a
s = np.transpose(a)
w = np.squeeze(m)
b = np.array([-2.5, 3.0, 0.5, -1.0, -0.5], dtype=float)
np.abs(s)
w + w
print(a)
w.item(0)
np.negative(a)
t = a.copy()
y = t[3:3]
t is s
y.flags.c_contiguous, y.flags.f_contiguous
np.argmax(a, axis=0)
t == 0.25
s = s.ravel()
m.shape, m.strides
y += 1.5
s[s > 1] = 2
b
r = b.view('uint64')
y = a[[-2]]
b > 1.0
np.shares_memory(r, w)
w = np.expand_dims(t, -3)
w.argmax()
v = r.astype(np.uint32)
b = np.array([[-7, -1, -2, -2], [1, 9, -3, 0], [-5, 1, -7, 1]], dtype=np.int16)
_ = np.multiply(a, 4, out=a)
m[...] = 7
np.where(b > 6, b, 2)
b = np.full((2, 3), 5, dtype=np.int16)
r[r < 1] = 2
v == 4
m[2:2, -3] = 5
t[[1]] = 4
