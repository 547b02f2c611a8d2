import numpy as np
a = np.arange(5)
a[2] = 7
a[-1] = 3.5
a[-5] = True
a
a[5] = 1
a[-6]
a[1.5]
a[np.int64(1)]
b = np.zeros(3)
b[0] = 2
b[1] = True
b[2] = np.float64(1.5)
b[0] = np.int64(4)
b
b[5] = 1
m = np.arange(6.0).reshape(2, 3)
m[1, 2]
m[1, -1] = 9
m[-1, -3] = -1
m[2, 0]
m[0, 3] = 1
m[0]
m
r = a[::2]
r[1] = 100
r[-1]
a
f = np.zeros(3, dtype=np.float32)
f[0] = 1e40
f[0]
s = np.zeros(2, dtype='>i8')
s[1] = 5
s[1]
s
t = np.zeros(2, dtype=np.int8)
t[0] = 300
m.flags.writeable = False
m[0, 0] = 1
x = np.int64(2**62)
x * 4
x + 1
x - np.int64(-2**62) * 2
np.int64(3) / np.int64(0)
np.int64(0) / 0
np.float64(1e308) * 10
np.float64(1e308) + 1e308
np.float64(1.0) / 0.0
np.int64(7) / 2
np.int64(7) * 0.5
3 - np.int64(10)
2.5 * np.int64(3)
np.float64(2.5) < 3.0
np.int64(2) == 2
2 < np.int64(3)
np.float64(np.nan) == np.nan
np.float64(1.5) >= np.int64(1)
np.int64(5) // 2
np.int64(5) % 3
1e308 * 10
-1e308 - 1e308
2**62 * 4
-2**63 - 1
7 / 2
7.0 / 0
7.5 / 2
3 * 2.5
2 - 0.5
total = 0
for i in range(5):
    total += a[i] * 2

total
type(total)
acc = 0.0
for i in range(2):
    for j in range(3):
        acc = acc + m[i, j]
        if i < j:
            acc -= 1

acc
