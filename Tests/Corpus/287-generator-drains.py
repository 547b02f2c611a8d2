# Generator expressions consumed whole by sum, list, tuple, set, sorted, min, max, any, all, join, dict: partly consumed ones, consumers that stop early, errors inside the generator (it is finished) and in the consumer (it is suspended), items whose __add__ or __bool__ runs Python code (which may resume the generator), nested generators, generators of generators.
g = (x * x for x in range(10))
next(g), next(g)
sum(g)
next(g, 'done')
sum(g)
list(g)
g = (x for x in [0, 0, 3, 0, 5, 6])
any(g)
next(g)
list(g)
any(g)
g = (x for x in [1, 2, 0, 4, 5])
all(g)
list(g)
all(g)
g = (x % 3 for x in range(10) if x > 2)
any(g), next(g), list(g)
g = (x for x in [None, 0.0, '', (), [], {}, 0j, 'a', 7])
any(g), list(g)
g = (x for x in [1, 'a', [1], (0,), 0, 9])
all(g), list(g)
g = (1 / x for x in [2, 1, 0, 4])
sum(g)
next(g, 'finished')
list(g)
g = (10 // x for x in [1, 2, 0, 5])
list(g)
list(g)
g = (10 // x for x in [1, 2, 0, 5] for y in 'ab')
tuple(g)
tuple(g)
g = (x for x in [1, 2, 'a', 3, 4])
sum(g)
list(g)
g = (x for x in [1, 2, 'a', 3, 4] for y in [0])
sum(g)
list(g)
g = (x for x in [2, 'b', 1])
min(g)
list(g)
g = (x for x in [3, [1], 4])
set(g)
list(g)
sum((x for x in range(5)), 10)
sum((x / 4 for x in range(5)), 0.5)
sum((x for x in range(3)), 2 ** 70)
sum((x * 2 ** 61 for x in range(8)))
sum((2 ** 62 for x in range(4)), -2 ** 63)
sum(([x] for x in range(4)), [])
sum(((x,) for x in range(3)), ())
sum((x for x in 'ab'), '')
sum((x for x in range(3)), 'a')
sum((x for x in range(3)), b'')
sum((x for x in range(3)), bytearray())
sum((x for x in range(3)), np.str_('s'))
sum([], '')
sum(x for x in 'ab')
sum(np.int8(100) for x in range(3))
sum((np.int8(x) for x in range(3)), np.int8(125))
sum(np.float32(x) / 3 for x in range(4))
sum(x + 0.1 for x in range(10))
sum(complex(x, 1) for x in range(3))
sum(x > 1 for x in range(5))
sum(np.arange(x, x + 3) for x in range(4))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print('add', self.v, other)
        return Acc(self.v + other)
    def __radd__(self, other):
        print('radd', other, self.v)
        return Acc(other + self.v)
    def __repr__(self):
        return f'Acc({self.v})'

sum(Acc(x) if x % 2 else x for x in range(6))
sum((x for x in range(4)), Acc(100))
sum(Acc(x) for x in range(3))
class Peek:
    def __radd__(self, other):
        return other + next(g, 100)

g = (Peek() if x == 1 else x for x in range(5))
sum(g)
list(g)
g = (Peek() if x == 3 else x for x in range(5))
sum(g)
class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v > 2

g = (Loud(x) for x in range(6))
any(g)
next(g).v
g = (Loud(x) if x > 1 else 1 for x in range(6))
all(g)
next(g).v
class Resumer:
    def __bool__(self):
        return next(g) > 10

g = (Resumer() if x == 2 else 0 for x in [5, 6, 7, 20, 8])
any(g)
list(g)
class Bad:
    def __bool__(self):
        raise ValueError('no truth')

g = (Bad() if x == 1 else 0 for x in range(4))
any(g)
list(g)
g = (np.arange(x) for x in range(4))
any(g)
next(g)
g = (np.arange(x) for x in range(1, 4))
all(g)
list(g)
g = (next(g) for x in range(3))
list(g)
list(g)
g = (x for x in [1, 2])
h = (next(g) + x for x in range(3))
list(h)
g = (next(iter([])) for x in range(3))
list(g)
list(g)
g = (x for x in range(5) if x != 2 or next(iter(())))
sum(g)
list(g)
lst = [1, 2, 3]
g = (lst.append(v + 3) or v for v in lst if v < 6)
list(g)
lst
lst = [1, 2, 3, 4, 5, 6]
g = (lst.pop() for v in lst)
list(g), lst
lst = [5, 6]
g = (v * 2 for v in lst)
sum(g), lst.append(7), list(g)
lst = [1, 2, 3]
g = (v for v in lst)
next(g)
lst.clear()
sum(g)
d = {1: 'a', 2: 'b'}
g = (d.setdefault(k + 10, 'z') for k in d)
list(g)
list(g)
d = {1: 'a', 2: 'b'}
g = (k for k in d)
next(g)
d[3] = 'c'
sum(g)
s = {1, 2, 3}
g = (s.add(k + 10) for k in s)
sum(x or 0 for x in g)
sum(y for y in (x * 2 for x in range(5)))
sum(y for y in (x * 2 for x in range(5)) if y > 2)
inner = (x * 3 for x in range(6))
outer = (y + 1 for y in inner)
next(inner)
next(outer)
list(outer)
list(inner)
inner = (10 // x for x in [1, 0, 2])
outer = (y for y in inner)
list(outer)
list(inner)
list(x + y for x in range(3) for y in range(2) if x != y)
sum(x * y for x in range(4) for y in range(3) if (x + y) % 2)
g = (x * y for x in range(1, 4) for y in [0, 1, 2])
any(g), next(g), list(g)
gens = ((y for y in range(x)) for x in range(4))
[list(h) for h in gens]
gens = ((y * 2 for y in range(x)) for x in range(4))
list(map(sum, gens))
sum(sum(y for y in range(x)) for x in range(6))
list(list(y for y in range(x)) for x in range(4))
g = ((y for y in range(x)) for x in range(3))
first = next(g)
len(list(g))
list(first)
sorted(x % 4 for x in range(10))
sorted((x % 4 for x in range(10)), reverse=True)
max(x % 7 for x in range(20))
min((x for x in []), default='empty')
max(x for x in [])
tuple(str(x) for x in range(3))
'-'.join(str(x) for x in range(5))
'-'.join(x for x in [1, 2])
dict((x, x * x) for x in range(4))
frozenset(x % 3 for x in range(9))
set(x % 3 for x in range(9))
list(zip((x for x in range(3)), (y for y in 'abc')))
list(enumerate(x * 2 for x in range(3)))
g = (x for x in range(3))
3 in g, list(g)
def total(n):
    return sum(i * i for i in range(n) if i % 2), list(i for i in range(n) if i > n - 3)

total(10)
def stop_early(items):
    g = (v for v in items)
    found = any(v > 2 for v in g)
    return found, list(g)

stop_early([1, 3, 5, 7])
