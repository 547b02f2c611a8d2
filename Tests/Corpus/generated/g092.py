a = np.array([[-1.0], [3.0], [4.5], [4.5]], dtype=np.float32)
x = np.array(True)
m = np.arange(12, dtype='uint32').reshape(2, 2, 3)
y = a.reshape(1, 4)
np.shares_memory(x, a)
x.reshape(2, 1)
np.shares_memory(m, x)
a[-4, 0]
m[...] = x
y.flags.writeable = False
np.where(m > 2, m, 7)
m[:] += 7
s = np.expand_dims(m, -3)
np.shares_memory(y, m)
a.tolist()
y = s.reshape(2, 2, 3)
undefined_name + 1
s.reshape(-1, -1)
s.all(axis=3, keepdims=True)
m[1, -2, -3] = 5
s.sum(axis=-1)
s[-1, 0, 0, 2] = 5
s = s[::-1]
np.abs(y)
x ^ False
x ^ True
y = s[1:, -1]
w = a[a == 3.0]
w -= -1.5
v = s.ravel()
v = m[-1, 1, :]
s = s.view(np.int8)
v = w[w < 3.0]
