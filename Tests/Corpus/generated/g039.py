m = np.array([True, False, False, False, False], dtype=bool)
a = np.arange(12, dtype='int64').reshape(2, 3, 2)
a = np.array([[12, 16, 18], [9, 8, 2]], dtype=np.uint16)
m & m
m.any()
print(m)
a[[0]] = 5
m.flags.owndata
print(a)
np.may_share_memory(m, a)
m = np.array([[False, False, False]], dtype=np.bool_)
np.may_share_memory(a, m)
np.count_nonzero(a, axis=-2)
np.equal(m, True, out=m)
a.flags.c_contiguous, a.flags.f_contiguous
m[::2, ...] = True
m.flags.owndata
w = a.astype(np.int64)
m
a = np.array([-5, 1, -5, -3, 5], dtype=np.int16)
a.base is None
m.flags.owndata
m + False
w.base is None
t = a[a != 3]
print(w)
