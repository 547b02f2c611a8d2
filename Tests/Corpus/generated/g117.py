b = np.array([[-6, 7, 9, 1], [2, 5, -8, -5], [2, 4, -7, -4]], dtype='int32')
m = np.arange(12, dtype=np.uint16).reshape(2, 3, 2)
b.any()
m.dtype.name
t = b.view('int32')
x = np.arange(12, dtype='uint8').reshape(3, 4)
b.base is None
t.base is x
t.item(7)
t == t
t[0, 5]
t[0, 0, 0]
m[0, -3, -1]
w = t[t == 1]
t.any()
m[[0, 1]] = 6
x += 1.5
v = np.copy(t)
w.nbytes
t = m[m >= 4]
v = b.flatten()
v.any()
np.argmax(v, axis=0)
b // 2.5
_ = np.maximum(m, 6, out=m)
_ = np.multiply(t, 5, out=t)
v.sum(axis=-1, keepdims=True)
