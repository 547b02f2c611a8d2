x = np.array([0.5, -1.0, 2.0, 0.5, 0.0], dtype='float64')
a = np.array([[1, -2, -3], [-7, 1, 4]], dtype='int16')
a = np.arange(1, 13, dtype='int8').reshape(2, 2, 3)
x = np.array([[[-6, -3]], [[5, -1]], [[9, 5]]], dtype='int64')
t = a.ravel()
t %= 7
abs(t)
t % 2
m = np.array([[[7, 5]], [[18, 3]], [[4, 8]]], dtype='uint32')
x[1, -1, -2] = 2
np.all(m, axis=1)
-3 + t
np.mean(a, axis=-1)
a.base is a
a.base is a
v = x[1, 0]
m = np.arange(12, dtype=np.uint16).reshape(3, 4)
t.tolist()
m.dtype.name
c = v[1:]
a + a
v[::-1] = 4
w = t.flatten()
undefined_name + 1
c = c[[0]]
np.negative(a)
v - a
v * 2
b = np.full((6,), 6, dtype='uint32')
b
a = np.arange(1, 1, dtype=np.int32).reshape(0)
m
a
s = np.expand_dims(w, -2)
m = np.arange(1, 7, dtype=np.float32).reshape(2, 3)
