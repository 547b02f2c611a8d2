a = np.arange(4, dtype='uint16').reshape(4)
b = np.arange(4, dtype='int16').reshape(4)
m = np.array([[3, 0, 12, 10], [6, 6, 10, 12], [11, 19, 7, 6]], dtype=np.uint64)
b.nbytes
y = a[2, None]
b.min()
b.cumsum(axis=0)
y - m
a + (-1)
b[:] = 5
a.max(axis=0)
m += 1
print(y)
a = np.array([], dtype='int64')
b - a
y <= m
a = np.array([15, 0, 8, 15], dtype='uint32')
y
m = np.array([-0.5, -1.0, 3.0, 3.0, -2.5, 3.0], dtype=np.float32)
np.shares_memory(b, m)
