x = np.array([0, 6, 8, -2, -5], dtype=np.int32)
a = np.array(-3, dtype='int64')
a = np.array([[-3], [-2], [-3], [-7]], dtype='int8')
r = a.ravel()
r[-1] = 5
a
np.maximum(a, 7)
a + 5
r += 6
a <= x
v = x[..., None]
a + x
v = r[[-2]]
v = a[a >= 7]
a
a + x
r.sum()
x
a
y = a[:2, ::-1]
s = y[:, :]
a = np.array([5, 3, 12, 9, 14], dtype='uint64')
r.base is x
v[-1]
v
c = np.squeeze(v)
np.negative(r)
np.where(c > 3, c, 4)
s.sum(axis=2)
a.mean(keepdims=True)
a
s.itemsize
s == 2.0
v = np.expand_dims(v, 1)
c = r[0:0]
print(c)
y.sum(axis=2)
a[-1] = 1
v.tolist()
type(s)
m = np.array([[[6, 17, 18], [10, 10, 15]], [[7, 6, 15], [18, 13, 18]]], dtype=np.uint64)
v[...] = 3
np.multiply(c, 7, out=c)
abs(s)
w = v.astype('int16')
