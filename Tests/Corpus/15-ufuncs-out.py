a = np.arange(5.0)
np.add(a, 1)
np.subtract(a, 1)
np.multiply(a, 2)
np.divide(a, 2)
np.floor_divide(a, 2)
np.mod(np.arange(7), 3)
np.power(a, 2)
np.negative(a)
np.absolute(np.array([-1, 2, -3]))
np.abs(np.array([-1.5, 2.0]))
abs(np.array([-1, 1]))
np.sqrt(a)
np.exp(np.array([0.0, 1.0]))
np.log(np.array([1.0, np.e]))
np.sin(np.array([0.0, np.pi / 2]))
np.maximum(a, 2)
np.minimum(a, 2)
np.equal(a, 2)
np.less(a, 2)
np.greater(a, 2)
np.logical_and(a > 1, a < 4)
np.logical_or(a < 1, a > 3)
np.logical_not(a > 2)
np.isnan(np.array([1.0, np.nan]))
out = np.zeros(5)
r = np.add(a, 10, out=out)
r is out
out
b = np.arange(10.0)
np.multiply(a, 2, out=b[::2])
b
np.negative(a, out=a)
a
c = np.arange(6).reshape(2, 3)
np.add(c, c, out=c)
c
np.sqrt(np.array([4.0, 9.0]), out=b[:2])
b
x = np.arange(4)
i = id(x)
x += 1
x
x *= 2
x //= 3
x **= 2
x -= 1
x %= 3
x
id(x) == i
x |= 4
x &= 5
x ^= 1
x
x & 1, x | 2, x ^ 3
~x
x << 1, x >> 1
y = x.astype(float)
y /= 2
y
