b = np.array([[8], [5], [8], [7]], dtype=np.int32)
x = np.array([[[1.0, -2.5], [-1.0, -2.5], [2.0, 0.25]], [[-2.5, 1.5], [4.5, -0.5], [0.5, 3.0]]], dtype=np.float32)
y = x[x < 1.0]
type(x)
a = np.array([[[9, -6]], [[-4, 8]], [[5, -9]]], dtype='int8')
y.min()
b.reshape(6, 1)
y // y
y.dtype.name
np.where(x > 1.0, x, 2.5)
a
y > y
np.may_share_memory(y, x)
a
y[y == 2.0] = 2.5
t = b[[-2, -3, 0, 3]]
b.tolist()
y.shape, y.strides
x.flags.writeable = False
y / y
a == t
s = t.view(np.uint32)
y[y < 0.25] = 3.0
print(x)
s = b.view('uint8')
y = s[[0], 2::-2]
r = np.reshape(s, (2, 8))
