m = np.array([0, 0, 5, 6, -2, -7], dtype=np.int32)
x = np.array([-9, 4, 9, 3, -2], dtype=np.int64)
x = np.array([[], []], dtype=np.uint64)
x.base is x
m.tolist()
v = x[2::-2, :]
np.may_share_memory(v, m)
y = m.ravel()
m[:] = 5
x[2, :]
np.maximum(v, 4, out=x)
np.all(x)
x = np.array([[[2, 1]], [[10, 10]], [[3, 3]]], dtype=np.uint32)
x
y[[0, 4, 5]] = 4
x[-1, ::-1] = 2
v.flags.owndata
x == 4
m // 4
w = m[1]
_ = np.maximum(m, 1, out=m)
v.dtype.name
v = x.astype(float)
v.reshape(8, 1)
w = np.copy(v)
t = x[2:2, ...]
y[:] = -1
y.reshape(9, 1)
s = x[x != 6]
s = m.view('int8')
m - 6
