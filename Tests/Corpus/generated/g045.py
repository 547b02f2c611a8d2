m = np.arange(1, 1, dtype=np.int64).reshape(0)
x = np.array([-7, -5, -1, -5, -3, 4], dtype='int8')
a = np.arange(12, dtype=np.float32).reshape(3, 4)
c = np.broadcast_to(x, (3, 6))
c = np.broadcast_to(m, (2, 1, 0))
m.shape
np.maximum(m, 3)
w = a.reshape(-1, 2, 2)
x.nbytes
v = w.view('uint32')
x = np.arange(6, dtype=np.uint8).reshape(6)
a[:] = 0.5
m[m < 3] = 4
c[...] = 0
a = np.arange(6, dtype='float32')
a is m
x
np.cumsum(c)
v
a == 1.0
w += -0.5
m = np.array(2.5)
v = np.copy(x)
m[()] = 3.0
v.itemsize
print(c)
np.may_share_memory(w, a)
a
