import numpy as np
x = np.arange(10)
x
y = x[1:3]  # creates a view
y
x[1:3] = [10, 11]
x
y
x = np.arange(9).reshape(3, 3)
x
y = x[[1, 2]]
y
y.base is None
x[[1, 2]] = [[10, 11, 12], [13, 14, 15]]
x
y
x = np.ones((2, 3))
y = x.T  # makes the array non-contiguous
y
z = y.view()
z.shape = 6
x = np.arange(9)
x
y = x.reshape(3, 3)
y
y.base  # .reshape() creates a view
z = y[[2, 1]]
z
z.base is None  # advanced indexing creates a copy
x = np.arange(9).reshape(3, 3)
x.flatten().base is None
x.ravel().base is x
def modify(arr):
    arr[0] = -1

modify(x[1])
x
def is_view(arr):
    return arr.base is not None

[is_view(v) for v in (x, x[0], x[:, 0], x[[0]], x.T, x.copy())]
