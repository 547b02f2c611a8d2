b = np.array([[[-1, -8], [0, 9], [4, -6]], [[9, -6], [9, -3], [7, 1]]], dtype=np.int64)
b = np.array([[20, 3, 19], [18, 11, 13]], dtype=np.uint64)
b[[1]] = 5
b // b
y = b.T
y[y < 4] = 5
c = y[3:, 2:]
v = b[-1]
v
y % 4
y[y > 7] = 3
y
b = np.array(0.25)
r = v.view('int32')
v = c[None, :]
r = y[y < 1]
c = b[()]
r
c = b[()]
c = r.flatten()
c = v.view(np.int8)
x = np.arange(1, 13, dtype='int8').reshape(2, 2, 3)
np.may_share_memory(x, r)
b
x[[0]] = 2
np.any(x, axis=-3, keepdims=True)
y.prod(axis=-2, keepdims=True)
undefined_name + 1
m = np.arange(6).reshape((3, 1, 2)) % 2 == 0
s = b[None]
len(c)
print(m)
