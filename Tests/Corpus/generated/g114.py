x = np.arange(-3, 2, dtype='float64')
x = np.array([[[14, 12, 3], [19, 16, 9]], [[11, 16, 13], [19, 14, 7]]], dtype=np.uint8)
np.maximum(x, 3)
np.where(x > 7, x, 2)
x < 2
v = x[None, ::-1]
w = x.ravel()
print(v)
a = np.arange(-3, -3, dtype=np.float32).reshape(2, 0)
a.reshape(2)
w // 1
x.reshape(14)
w.ndim, w.size
np.all(w, axis=0)
x == 6
np.shares_memory(v, x)
np.count_nonzero(w)
v.argmax(axis=-3)
t = np.transpose(w)
v = v.view('uint8')
v * 2
np.where(t > 4, t, 2)
t[::3] = 1
w.base is None
_ = np.add(a, 2.0, out=a)
np.where(t > 6, t, 7)
np.any(a, axis=-2, keepdims=True)
