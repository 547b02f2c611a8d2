x = np.array([17, 8, 3, 0, 7, 12], dtype=np.uint8)
m = np.array([[3], [-5], [8], [-8]], dtype='int64')
b = np.array([-3, 1, 8, -6], dtype='int32')
m.base is None
r = x[..., None]
m
b[3] = 2
b[:1] = 3
y = b[0]
m[..., ::-1] //= 7
m > b
b[-2] = 4
r[-2, -1] = 2
np.sum(x)
m.base is x
y = m[-3, 0::-2]
b[0].item()
r[r == 6] = 2
abs(r)
np.where(x > 5, x, 1)
y.reshape(3, 1)
y
x[[1, 3]] = 3
y == 5
np.maximum(r, 2)
r == r
y = b.view('int16')
v = m[[-4], ::-1]
y = b.view(np.int8)
x[-6]
print(b)
v = r[4::-2, :]
y[:] = -3
b[-1] = 2
m.base is b
c = np.expand_dims(v, 0)
