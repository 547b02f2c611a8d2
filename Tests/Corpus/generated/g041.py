b = np.array([[8, -1, 3, 9], [-9, -2, -9, 5], [-5, -5, 1, -4]], dtype=np.int16)
x = np.arange(12, dtype='float64').reshape(2, 2, 3)
m = np.array([[[6, -5, 8], [-9, -6, -6]], [[-5, -4, -8], [-1, 1, -2]]], dtype=np.int64)
_ = np.maximum(m, -3, out=m)
v = np.transpose(m)
v - -1.5
m[-2, 1, -1] = 5
r = b[0:3]
b[3:, 0] = 0
x % -2.0
v.base is b
w = x.astype(np.int32)
t = w.copy()
r = np.copy(t)
_ = np.minimum(w, 4, out=t)
m[-1, -1, 1] = 2
x - 0.5
_ = np.maximum(w, 1, out=m)
t = v.flatten()
c = np.expand_dims(t, 1)
r[1, 1, -2] = 0
r / 5
y = np.squeeze(b)
c = r.view(np.int32)
v.flags.writeable
m == -3
b.nbytes
t[0].item()
y[[0, 1, 2]] = -1
c = m.reshape(-1, 3)
x *= -1.5
m[1, 0, -2] = -2
