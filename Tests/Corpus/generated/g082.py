x = np.arange(6, dtype=np.int16).reshape(3, 1, 2)
m = np.arange(3, dtype='uint32').reshape(1, 3)
b = np.arange(-3, -3, dtype=np.int8).reshape(2, 0)
print(b)
w = b.T
w // 6
b[::-2] = 0
m.reshape(-1, -1)
w[:] = -3
b.flags.writeable = False
m + m
w += 3
m = np.arange(5, dtype='uint8')
np.max(x, axis=0)
m[-1] = 6
np.negative(x)
np.shares_memory(b, x)
m.prod(axis=-1)
w * m
b.base is b
np.argmax(m, axis=-1)
np.mean(x, axis=2)
m[-5] = 6
b = np.arange(4, dtype=np.uint32).reshape(4)
