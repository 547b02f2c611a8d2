a = np.arange(24).reshape(2, 3, 4)
a[1, :, None].shape
a[..., 0]
a[0, ..., 1:3]
a[:, None, 1].shape
a[[0, 1], [1, 2]]
a[:, [0, 2]].shape
a[[1, 0], :, 0]
a[:, 1, [0, 3]]
a[0, [0, 2], [1, 3]]
a[[0], [1], [2]]
a[-1, -1, -1]
a[1][2][3]
b = np.arange(10)
b[[0, 0, 1]] += 10
b
b[b > 5] = 0
b
b[[True, False] * 5]
b[np.array([1, 2])] = [7, 8]
b
c = np.arange(6)
c[1:] = c[:-1]
c
d = np.arange(6)
d[::-1] = d
d
e = np.arange(6)
e[:3] = e[3:]
e
m = np.arange(12).reshape(3, 4)
m[m % 2 == 0]
m[:, 1] = [70, 80, 90]
m
m[1:, 2:] = 0
m
m[[0, 2]] = 1
m
m[..., -1]
m[None]
m[np.newaxis, :, 1].shape
b[3.0]
b[1, 2]
b[[1.5]]
m[5]
m[:, 9]
m[[0, 5]]
b[np.array([True, False])]
b[::0]
b[...]
