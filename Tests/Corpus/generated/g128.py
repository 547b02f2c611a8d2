m = np.arange(6, dtype=np.uint64).reshape(2, 3)
b = np.array([[[18, 17], [9, 2], [3, 0]], [[9, 11], [3, 20], [14, 5]]], dtype=np.uint8)
m + (-1)
m[-2, -2] = 5
c = m.T
c[3:, ::-1] = 4
np.negative(b)
s = b[..., None]
b == b
len(m)
np.maximum(b, 7)
np.argmax(s, axis=-4)
print(m)
m = np.array([[0.25], [-2.5], [-2.5], [1.5]], dtype=np.float64)
t = b[0::-2]
np.argmin(s)
w = t.ravel()
s = np.squeeze(w)
s = t.copy()
t = w.flatten()
s = b[None]
b = np.array([[[8, 5, 7], [-6, -1, -1]], [[4, 2, -9], [3, -1, -5]]], dtype='int32')
b.sum(axis=2)
w = np.broadcast_to(t, (2, 1, 6))
c = c[..., 1]
c[[1, 2]] = 5
w
r = c[None]
t[-6]
c
np.shares_memory(c, r)
a = np.full((6,), 2, dtype=np.uint32)
t.reshape(-1, -1)
len(t)
w.sum(axis=3)
a + (-1)
c.base is b
a.base is b
w = t.astype('int16')
c * m
b * b
a[...] = t
r = w[::-1]
c
c[[1, 2]] = 7
t[-5] = 6
s.tolist()
s[...] = 6
w.flags.writeable
s - 7
