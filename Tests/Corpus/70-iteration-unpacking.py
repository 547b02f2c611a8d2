a = np.arange(6).reshape(2, 3)
for i, row in enumerate(a):
    print(i, row, row.base is a)

for left, right in zip(a[0], a[1]):
    print(left + right, end=' |\n')

list(zip([1, 2, 3], 'ab')), list(enumerate('xy', start=1))
list(map(np.sqrt, [1, 4])), list(filter(None, [0, 1, '', 'a']))
sum(x * x for x in range(4)), any(v > 4 for v in a.ravel()), all(v >= 0 for v in a.ravel())
gen = (n * 2 for n in range(3))
next(gen), next(gen), list(gen), list(gen)
next(gen)
next(iter([]), 'empty')
first, *rest = [1, 2, 3, 4]
first, rest
*init, last = 'abc'
init, last
head, *middle, tail = range(5)
middle
a_, b_ = [1, 2, 3]
(x, y), z = (1, 2), 3
x, y, z
p, q = 1
[*range(3), *'ab'], (*a[0], 99), {*[1, 2], 3}
print(*a[0], sep=', ')
np.maximum(*a)
s = slice(1, 3)
s, s.start, s.stop, s.step
a[:, s], a[0][s], 'hello'[s], list(range(10))[slice(None, None, 3)]
slice(5), slice(1, 10, 2), slice(None)
a[..., 1], a[Ellipsis, 0], Ellipsis
[(i, j) for i in range(3) for j in range(i)]
[[c * 10 for c in row] for row in a.tolist()]
[v for v in range(10) if v % 2 if v > 3]
reversed_list = list(reversed([1, 2, 3]))
reversed_list, sorted('banana'), sorted(a[1], reverse=True)
min(a.ravel(), key=lambda v: abs(v - 3.4)), max(['aa', 'b', 'ccc'], key=len)
letters = {}
for index, letter in enumerate('abc'):
    letters[letter] = index
else:
    print('loop finished')

letters
n = 0
while n < 3:
    n += 1
else:
    print('while done', n)

for k in range(5):
    if k == 2:
        break
else:
    print('not printed')

k
