x = np.array([0, 5, 3, 3, -6, -1], dtype='int64')
b = np.full((2, 3), 6, dtype='uint8')
b * b
a = np.arange(3, dtype=np.int8).reshape(1, 3)
print(b)
b.sum(axis=2)
r = x.view(np.uint32)
t = np.expand_dims(r, 0)
b // b
y = a[a >= 3]
r = np.transpose(b)
_ = np.add(t, 5, out=t)
t[[0]] = 4
b == 1
x + x
t.base is None
t // 1
0.25 - x
x = np.arange(6, dtype=np.uint64).reshape(3, 1, 2)
b = np.array(-2, dtype=np.int32)
x.mean()
np.may_share_memory(y, b)
print(x)
