x = np.array([[[-9, 1], [5, -5], [-2, -6]], [[-5, -4], [5, 4], [1, 4]]], dtype=np.int16)
b = np.array([1, -8, -5, -2], dtype=int)
b + 7
np.negative(b)
x * x
b[[0, 2]] = -1
s = b[0:]
np.argmax(s)
r = np.transpose(x)
print(r)
r.min()
x[[0]] = 5
x
np.where(x > 7, x, 6)
s = b[b < 6]
x[0, :0] = 4
v = b.view(np.int16)
r[[1]] = -1
b.mean()
np.may_share_memory(v, s)
s.all(axis=0, keepdims=True)
print(v)
r[...] = x
w = v[::3]
s = v[..., None]
s.sum(axis=-1, keepdims=True)
s == w
np.may_share_memory(x, s)
b[b > 1] = 1
r[2:, 3:3] -= 2
s = b[2:]
b[::3] = -1
