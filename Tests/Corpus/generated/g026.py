b = np.arange(3, dtype=np.uint16).reshape(1, 3)
m = np.array([[[False, False, False], [True, False, False]], [[False, True, False], [True, True, False]]], dtype='bool')
print(m)
b
b.itemsize
x = np.array([[[6, 1], [8, 6], [19, 12]], [[13, 19], [16, 4], [1, 3]]], dtype=np.uint8)
t = np.expand_dims(m, -4)
b = np.array([[2, 17, 10]], dtype='uint8')
s = np.expand_dims(b, 1)
v = np.expand_dims(m, -3)
t.reshape(-1, -1)
s %= 6
s + 2
np.where(s > 6, s, 4)
b = np.array(0.25, dtype='float32')
v = np.array(b)
a = np.array([[0.25, 1.5, 0.5, 4.5], [4.5, 2.0, 1.0, -2.5], [-1.0, -1.0, 0.0, 1.5]], dtype=np.float64)
w = np.array(b)
s % 5
r = x[0, ...]
t + 1
w = a[..., -2]
np.may_share_memory(a, b)
s * m
t = a[3:]
r = v.flatten()
len(t)
type(s)
w = v[...]
v.reshape(3)
x = np.array([[], []], dtype=np.int32)
r
a = np.array([[-1.0, -0.5, 1.0]], dtype='float64')
np.count_nonzero(b)
b.cumsum()
m.base is None
_ = np.maximum(w, 1.5, out=b)
v - 0.25
w = np.array(w)
t[:, 6]
r = t.astype(np.int32)
t = m[[-2, -2], ::-1]
b % -2.0
