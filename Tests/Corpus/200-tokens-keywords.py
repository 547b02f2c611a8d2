import numpy as np
x = 6
x += 2; x
x -= 1; x
x *= 3; x
x //= 2; x
x %= 7; x
x **= 3; x
x <<= 2; x
x >>= 1; x
x &= 12; x
x |= 3; x
x ^= 5; x
x /= 4; x
m = np.eye(2); m @= np.ones((2, 2)); m
1 < 2 <= 2 == 2 != 3 > 0 >= 0
2 in [1, 2] and 3 not in [1, 2]
x is not None, x is None
1 is 1
1 is not 2
~5, -5, +5, - - 5, ~~5
7 // 2, 7 % 3, 2 ** -1, 1 << 3, 256 >> 2, 6 & 3, 6 | 3, 6 ^ 3
(y := 5) + y
[z := 2, z * 3]
f = lambda a, *rest, k=1, **kw: (a, rest, k, kw)
f(1, 2, 3, k=4, q=5)
def g(a, b=2, *, c=3) -> int: return a + b + c

g(1, c=10)
a = np.arange(10)
a[1:8:2], a[::-1], a[...], a[None, :2]
x = 1 if a[0] == 0 else 2; x
Nonex = 1; iff = 2; format = 3; async_ = 4; Nonex + iff + format + async_
match = 5; case = 6; type = 7; _ = 8; match + case + type + _
print x
print 1
print(x)
None = 1
x.None
x = not
x = 1 +
f(1))
(1]
x = {1: 2]
$x = 1
x = a?b
x !y
x => 1
x <> 1
1 = x
del 1
for = 2
if = 3
lambda: yield
x = 10_000 + 0x_ff + 0o17 + 0b1_01; x
x = 1e3 + .5 + 5. + 1_0.0_1; x
x = 3j * 2J; x
1__0
0x
09
1__0
1_
1_000
0x_ff
0x__ff
0x1_
1_.5
1._5
1e1_0
1e_1
0b1__0
0o_7
1.5_
x = 3
x.None
x.if
x.real
