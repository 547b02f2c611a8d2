class Grid:
    """A small wrapper over an array."""
    kind = 'grid'
    def __init__(self, rows, cols):
        self.data = np.zeros((rows, cols))
        self.shape = (rows, cols)
    def fill(self, value):
        self.data[:] = value
        return self
    def row(self, i):
        return self.data[i]
    def __repr__(self):
        return f'Grid({self.shape[0]}x{self.shape[1]})'
    def __len__(self):
        return self.shape[0]

g = Grid(2, 3)
g
g.fill(7).data
r = g.row(0)
r.base is g.data, np.shares_memory(r, g.data)
len(g), Grid.kind, g.kind, isinstance(g, Grid), type(g).__name__
g.missing
g.extra = 1; g.extra
[Grid(1, 1), Grid(2, 2)]
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def __eq__(self, other):
        return self.id == other.id
    def __str__(self):
        return f'Counter #{self.id}'

c1, c2 = Counter(), Counter()
Counter.count, c1.id, c2.id, c1 == c2, c1 == c1
print(c1, str(c2))
class ShapeError(ValueError):
    pass

def check(a):
    if a.ndim != 2:
        raise ShapeError(f'expected 2-D, got {a.ndim}-D')
    return a.shape

check(np.ones((2, 2)))
check(np.ones(3))
try:
    check(np.ones(3))
except ValueError as e:
    print('caught as ValueError:', e, isinstance(e, ShapeError))

class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f'{type(self).__name__} with x={self.x}'

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return super().describe() + f' and y={self.y}'

Child(1, 2).describe(), Base(5).describe(), issubclass(Child, Base)
Grid(1)
Grid(1, 2, 3)
class Empty: pass

type(Empty()), Empty.__name__
