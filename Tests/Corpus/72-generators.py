def countdown(n):
    while n > 0:
        yield n
        n -= 1

list(countdown(3))
g = countdown(2)
next(g), next(g)
next(g)
def squares(values):
    for v in values:
        print('computing', v)
        yield v * v

for s in squares(np.arange(3)):
    print('got', s)

sum(squares([1, 2]))
def chunks(a, size):
    for start in range(0, len(a), size):
        yield a[start:start + size]

[c.base is not None for c in chunks(np.arange(10), 4)]
def naturals():
    n = 0
    while True:
        yield n
        n += 1

import itertools
list(itertools.islice(naturals(), 5))
def delegate():
    yield from range(3)
    yield 'end'

list(delegate())
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('closed')

gen = with_finally()
next(gen)
del gen
def fails():
    yield 1
    raise ValueError('inside generator')

list(fails())
yield 5
def gen_return():
    yield 1
    return 'done'

list(gen_return())
list(zip(countdown(2), 'ab'))
class Temperature:
    scale = 'C'
    def __init__(self, degrees):
        self._degrees = degrees
    @property
    def fahrenheit(self):
        return self._degrees * 9 / 5 + 32
    @staticmethod
    def freezing():
        return 0
    @classmethod
    def boiling(cls):
        return cls(100)
    def __add__(self, other):
        return Temperature(self._degrees + other._degrees)
    def __lt__(self, other):
        return self._degrees < other._degrees

t = Temperature(20)
t.fahrenheit, Temperature.freezing(), t.freezing(), Temperature.boiling()._degrees
(t + Temperature(5))._degrees, t < Temperature(30), sorted([Temperature(3), Temperature(1)])[0]._degrees
type(Temperature.__dict__ if False else t).__name__
