a = np.array([8, -7, 9, 4, -8], dtype=np.int64)
a = np.array([8, -3, 8, 4, -2], dtype=np.int8)
-a
a.tolist()
a[2:] *= -2
np.minimum(a, -2, out=a)
a[:] = 7
a / 1
a.base is None
np.max(a, axis=-1)
a.any()
np.where(a > 6, a, 6)
-a
y = a.astype(int)
np.shares_memory(y, a)
y[:4] = -1
y[:] = 2
a = np.array([[[-7, 3], [3, 5], [7, -1]], [[8, -9], [-6, 8], [-1, 1]]], dtype=np.int16)
w = np.reshape(y, (1, 5))
np.maximum(a, 3)
y.tolist()
t = a[None]
t.base is a
t.base is a
y = y[2]
y = np.swapaxes(t, -1, 0)
np.argmin(t)
y[:-2, ...] = -2
w = a[::-1, ...]
0 > y
np.argmin(t, axis=-4)
a[0, 0, 4]
a
w = y.T
s = a[a != 1]
y = y[..., 0]
v = t.copy()
s[[4, 6, 10]] = 1
w = w[None]
y + 5
