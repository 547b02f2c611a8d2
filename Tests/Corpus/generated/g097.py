x = np.array([[True, False, True]], dtype=bool)
a = np.array([[[1, -2], [0, -4], [-1, 4]], [[8, -3], [-4, -6], [-2, 9]]], dtype=np.int8)
b = np.arange(6, dtype='int8').reshape(3, 1, 2)
np.maximum(b, 5)
s = a[-1]
r = a.ravel()
r = b[b < 4]
m = np.array([[[True, True, True], [False, True, False]], [[False, False, False], [True, True, True]]], dtype='bool')
t = np.squeeze(a)
x |= True
a[a == 6] = 5
s.min(keepdims=True)
m & True
-s
c = s.T
b.dtype
a[[0, 1]] = -1
w = np.broadcast_to(r, (3, 4))
np.min(x, keepdims=True)
m.flags.writeable
c = t[:, ..., None]
r = np.broadcast_to(x, (3, 1, 3))
w = np.broadcast_to(w, (2, 3, 4))
r != r
s.flags.c_contiguous, s.flags.f_contiguous
s = s[[-2, 0], 1]
