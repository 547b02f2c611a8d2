1 + 2
7 // 2, 7 % 2, -7 // 2, -7 % 2
1_000 + 0x1F
.5 + 1
3 / 2
10 / 5
2 ** 20
2 ** -1
1e3, 1.5e-3
True + True
None
print(None)
x = None
x is None
'int32'
"hello"
'it' + "s"
'ab' * 3
len('hello')
str(12), repr('a'), str(1.5), repr(1.5)
(1, 2), (1,), ()
[1, 'a', None, True, 2.0]
(1, [2, 3], ('x',))
t = (1, 2, 3)
t[0], t[-1], t[1:]
l = [1, 2, 3]
l[1] = 20
l, len(l), l[::-1]
type(1), type(1.5), type('s'), type(None), type(True)
type(l), type(t), type(range(3))
isinstance(1, int), isinstance(True, int), isinstance(1.0, int)
range(5)
list(range(5)), list(range(2, 10, 3)), tuple(range(3))
min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3]), sum(range(10))
abs(-5), abs(-2.5)
int(3.9), int('42'), float(3), float('1.5')
bool(0), bool(''), bool([1]), bool(None)
1 < 2 < 3, 1 == 1.0, not True
True and False, 0 or 'default', 'a' if 1 > 2 else 'b'
3 in [1, 2, 3], 'x' not in 'abc'
x, y = 1, 2
x, y = y, x
x, y
a = b = 5
a, b
print(1, 'two', 3.0, None, (1, 2), [3])
print()
...
s = 'numpy'
s[0], s[-1], s[1:3]
z = 10; z += 5; z
z -= 3; z *= 2; z //= 4; z
z **= 2; z %= 7; z
str([1, 'a']), repr((1.0,))
