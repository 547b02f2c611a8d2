import numpy as np
x = np.ma.array([1, 2, 3, 4], mask=[0, 1, 0, 1])
y = np.ma.array([1, 2, 3, 4], mask=[0, 1, 1, 1])
x + y
x - 1
2 - x
x * 2.5
x / 0
x / np.array([0, 1, 1, 1])
(x / np.array([0, 1, 1, 1])).data
x // 0
np.array([1, 2, 3, 4]) + x
x ** 0.5
x ** 2
np.ma.array([1., 4], mask=[0, 0]) ** -1
np.ma.array([0., 4], mask=[0, 0]) ** -1
np.ma.array([1., 4]) / 2
np.ma.array([1, 2], mask=[0, 1]) / np.ma.array([0, 2])
-x
+x
~np.ma.array([1, 2], mask=[1, 0])
np.ma.array(5) + 1
np.ma.array(5, mask=True) + 1
x + np.ma.masked
np.ma.masked + 1
np.ma.masked * 2
x + [[10], [20]]
x == 1
x != 1
x > 1
1 < x
x <= 3
x == np.ma.masked
x == y
np.ma.array([1, 2]) == 1
np.ma.array(5) == 5
np.ma.array([1, 2], mask=[0, 1], fill_value=5) + 1
np.ma.array([1, 2], mask=[0, 1], fill_value=5) * 1.5
np.ma.array([1, 2], mask=[0, 1], fill_value=0) == 1
x += 1
x
x -= y
x
x *= 2
x
z = np.ma.array([1., 2.])
z /= 2
np.ma.sqrt([1, -1, 2, -2])
np.ma.sqrt(np.ma.array([1., -1, 4])).data
np.ma.log(np.array([1., 0, -1]))
np.ma.log10([10, 0.1, -3])
np.ma.log2(np.ma.array([8., 2], mask=[1, 0]))
np.ma.exp(np.ma.array([0., 1], mask=[0, 1]))
np.ma.arcsin([0.5, 2])
np.ma.abs([-1, 2])
np.ma.sqrt(4.)
np.ma.sqrt(-4.)
np.ma.add([1, 2], np.ma.array([1, 2], mask=[1, 0]))
np.ma.divide([1, 2], [0, 1])
np.ma.power(np.ma.array([2, 3], mask=[0, 1]), 2)
np.ma.equal([1, 2], np.ma.array([1, 2], mask=[0, 1]))
z
w = np.ma.array([4, 6], mask=[1, 0])
w //= np.array([0, 4])
w
w /= 2.
w = np.ma.array([-4, 6])
w //= np.array([0, 4])
w
