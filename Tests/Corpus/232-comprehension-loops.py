[i * i for i in range(6)]
[i for i in range(10, 0, -3)]
[i for i in range(0)]
[i for i in range(2**62, 2**63 - 1, 2**61)]
[i + i for i in range(2**62, 2**62 + 3)]
[x for x in [3, 1, 2] if x > 1 if x < 3]
[x for x in (1, 2, 3, 4) if x % 2 == 0]
[c.upper() for c in "abc"]
[x for x in np.arange(4) if x > 1]
[x * 0.5 for x in np.array([1.5, -0.0, np.nan])]
[k for k in {'a': 1, 'b': 2}]
[v for v in iter([7, 8])]
[v for v in (w * 2 for w in range(3))]
{i: i * i for i in range(0, 10, 3)}
{i % 3 for i in range(10)}
{k: v for k in range(3) if k for v in 'ab'}
[(i, j) for i in range(3) for j in range(i)]
[i for i in range(5) if i % 2 if i > 2]
[i for i in 5]
[i for i in range(3) if undefined_name]
[1 / i for i in range(-2, 3)]
{[i]: 1 for i in range(2)}
i = 'kept'
[i for i in range(3)]
i
n = 3
[n for n in range(n)]
n
[j := k for k in range(3)]
j
def f(n):
    return [n * k for k in range(3) if k != n]

f(1)
def g():
    return [x + y for x in range(3)]

y = 10
g()
del y
g()
def h(items):
    return {k: k in items for k in range(4)}

h([1, 3])
[np.int64(2**62) + i for i in range(3)]
sum([i * i for i in range(100)])
squares = [i * i for i in range(300)]
len([x for x in squares if x % 2 == 0])
[float(i) for i in range(3)]
[b for b in [True, False, 1, 0.0] if b]
[x for x in [] if x]
