[i * 2 for i in range(4)]
[x for x in [1, 2, 3, 4] if x % 2 == 0]
t = (1, 2.5, 'a', None, True)
t
t[1:], t[-1], len(t)
1 < 2 < 3, 1 < 3 < 2
x = 5
x if x > 3 else -x
not x, x and 0, x or 0
'abc' + 'def', 'ab' * 3
'a' in 'cat', 3 in [1, 2, 3], 4 not in (1, 2)
l = [1, 2]
l.append(3)
l
l2 = l
l2.append(4)
l, l is l2
l[0] = 100
l
l[-1], l[1:3], l[::-1]
int(3.9), int(-3.9), float(2), bool(0), str(1.5)
int('42'), float('1e3'), float('nan')
abs(-3), abs(-2.5), min(3, 1, 2), max([1, 5, 2]), sum([1, 2, 3])
round(2.5), round(3.5), round(2.675, 2)
type(1), type(1.0), type('s'), type(None), type([]), type(()), type(np.arange(1))
type(np.int64(1)), type(np.float32(1)), type(np.arange(2)[0])
isinstance(3, int), isinstance(True, int), isinstance(np.float64(1), float)
isinstance(np.arange(2), np.ndarray), isinstance(3, (str, float))
7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, 7 / 2
1e300 * 1e300, -1e300 * 1e300
0.1 + 0.2
1 / 3
10 ** 18
_
a, b = 1, 2
a, b = b, a
a, b
a = b = [0]
a is b
del a
a
print(1, 'two', 3.0, None, sep=', ', end='!\n')
print()
repr('it\'s'), repr("a\nb"), str('x')
len('hello'), len([1, 2]), len(np.zeros((4, 2)))
sorted([3, 1, 2]), list((1, 2)), tuple([1, 2])
list(range(3)), range(1, 10, 2)
1 / 0
1 // 0
1.0 % 0
int('x')
[1, 2] + 3
None + 1
'a' < 1
len(5)
x = 1_000_000
x
0x1F, 0o17, 0b101
1 == 1.0, 1 is None, None is None
