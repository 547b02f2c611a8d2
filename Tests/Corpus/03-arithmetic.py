a = np.arange(6)
a + 1
a - 2
a * 3
a / 2
a // 4
a % 4
a ** 2
-a
2 * a + 1
10 - a
a + a
a * a
a - a[::-1]
1 + 2
7 / 2
7 // 2
-7 // 2
-7 % 3
2 ** 10
2 ** 0.5
a == 3
a < 3
a >= 2
a != 0
3 > a
b = a.reshape(2, 3)
b
b * 10
b + b
b / 3
b - 1.5
b ** 2
b > 2
print(b)
print(b / 3)
c = np.array([[1.0, 2.0], [3.0, 4.0]])
c * c
c @ c
1 / c
a + True
(a + 0.5) * 2
a * 1.0
