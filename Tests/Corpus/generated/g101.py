x = np.array(7)
b = np.arange(0, dtype=np.uint8).reshape(2, 0)
w = x[None]
s = x.flatten()
w[0] = 0
w.argmin()
v = s.view(np.uint16)
b = np.arange(12).reshape((3, 4)) % 2 == 0
v[v > 4] = 6
s
s is b
c = s.reshape(1, 1)
c.cumsum()
r = x[()]
x * 2
r = c[..., None]
y = s[::-1]
w = s[0]
s % 3
t = s[::-1]
r.base is b
c - 1.5
c // t
c.max(axis=0)
w = r.astype('int64')
r = s[s == 6]
r = y[0:, None]
np.cumsum(v)
s.shape
v = t[None, ::-2]
v
w.base is b
y.base is b
y[y < 2] = -1
s = b.swapaxes(-2, -1)
v = b[-2]
print(y)
s.tolist()
