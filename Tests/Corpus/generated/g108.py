m = np.arange(12, dtype=int).reshape(3, 4)
b = np.arange(12, dtype='int32').reshape(2, 2, 3)
v = np.reshape(m, (-1, 2, 2))
np.add(b, 2, out=b)
v[-3, 2:] = 0
w = m[..., None]
m.nbytes
y = m.ravel()
w < -3
_ = np.multiply(y, 1, out=y)
v
w[0, 0, 0].item()
s = y.copy()
w = w[..., :]
v
np.may_share_memory(w, b)
np.where(m > 5, m, 1)
y = np.reshape(y, (1, 12))
print(w)
s.flags.owndata
w == -1
np.add(b, -2, out=b)
m > m
s > w
