a = np.full((4, 1), 4, dtype=np.int32)
m = np.array([[[True, True, True], [False, False, True]], [[True, False, True], [True, True, False]]], dtype=bool)
m = np.full((3, 1, 2), 5, dtype=np.uint64)
np.where(a > 7, a, 3)
a[[0, 3]] = 3
np.may_share_memory(a, m)
m.shape
m[0, :, 2:] = 3
r = m.T
r.sum(keepdims=True)
r.min()
w = np.squeeze(a)
np.where(m > 4, m, 2)
np.maximum(r, 5)
r[0::-1] += 6
r[-2, -1, 1]
w.tolist()
s = w.T
c = np.squeeze(w)
t = r[:, None, 0]
a.sum()
