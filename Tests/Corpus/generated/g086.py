x = np.array([[[False, False]], [[False, True]], [[False, True]]], dtype=bool)
m = np.array(0)
m.flags.writeable
x == True
np.may_share_memory(m, x)
x
m
m + 3
x.tolist()
np.may_share_memory(m, x)
x.flags.writeable = False
x.flags.c_contiguous, x.flags.f_contiguous
x.shape, x.strides
type(x)
print(m)
x ^ x
m.item()
np.count_nonzero(m)
~x
x = np.array([], dtype=np.float32)
y = m.flatten()
t = m.astype('uint8')
a = np.array([-9, -1, -8, 4], dtype=np.int32)
print(t)
y.tolist()
m.tolist()
t = a.ravel()
x[x > 1.0] = 2.5
print(a)
a.base is x
m.strides
w = x[:]
t = m[()]
t = m[()]
np.mean(y, axis=-1)
x.tolist()
_ = np.minimum(y, -1.5, out=x)
w / 2.5
t = x.T
np.cumsum(a, axis=0)
x / 0.25
x.flags.writeable
w == t
a
x.tolist()
