x = np.arange(6, dtype='int16').reshape(3, 1, 2)
a = np.array([2.0, 0.5, 1.5, -0.5, 0.5], dtype=np.float32)
a.argmax()
np.maximum(a, -1.5, out=a)
a[0, 0]
y = np.squeeze(a)
x * x
v = a[1]
y[-1]
a.flags.writeable = False
x[x < 5] = -1
y.mean()
c = np.expand_dims(x, 0)
c.flags.writeable = False
np.may_share_memory(a, c)
w = a[a == 2.0]
c[0, 0, 0, 1]
c * 1
w + a
w[::-2] = 2.5
print(y)
t = a[[-1, 3, 3]]
y[-5]
c
w.argmax()
c // 4
t[0]
w[[0]] = -1.5
y * a
y = c[:, ...]
