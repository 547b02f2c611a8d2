a = np.arange(10) * 10
a[[1, 3, 5]]
a[np.array([0, -1])]
a[[0, 0, 1]]
a[[]]
b = a[[1, 2]]
b
b.base is None
np.may_share_memory(a, b)
b[0] = -5
a
mask = a > 40
mask
mask.dtype
a[mask]
a[a % 20 == 0]
a[~mask]
a[(a > 20) & (a < 70)]
a[(a < 20) | (a > 80)]
a[[2, 4]] = 0
a
a[a > 60] = -1
a
a[mask] += 1
a
a[[0, 1]] = [7, 8]
a
m = np.arange(12).reshape(3, 4)
m[[0, 2]]
m[:, [1, 3]]
m[[0, 1], [2, 3]]
m[[0, 2], 1:]
m[np.array([True, False, True])]
m[m > 5]
m[m % 2 == 0] = 0
m
c = m[[0]]
c[0, 0] = 100
c
m
m[[0, 1]].base is None
np.where(a < 0, 0, a)
np.where(mask)
np.where(m > 5, m, -1)
np.count_nonzero(mask)
a[np.array([], dtype=int)]
