a = np.array(-1, dtype='int32')
b = np.arange(6, dtype=np.int8)
a = np.array([[False, False, False], [False, False, True]], dtype=bool)
a[:] = -1
b[3:6] = 0
t = a.flatten()
a.flags.owndata
np.may_share_memory(b, a)
print(b)
a | True
v = b.view(np.int8)
s = b[t]
t.sum(axis=1)
a == a
b[:] = 3
v.all(axis=-1, keepdims=True)
y = a[[-1, 0, -1, 1]]
v += 1.5
b[[2, 4]] = -2
s.item(5)
t.ndim, t.size
m = np.arange(0, dtype='float32').reshape(2, 0)
s -= 5
r = s.astype(np.float64)
b // v
b.mean(axis=-1)
s
t.flags.c_contiguous, t.flags.f_contiguous
s[...] = 2
m[m > 0.5] = 1.0
t = b.view('uint8')
s is y
a
b * s
m = np.array([[[14, 12]], [[5, 7]], [[6, 2]]], dtype=np.uint8)
np.sum(v, keepdims=True)
