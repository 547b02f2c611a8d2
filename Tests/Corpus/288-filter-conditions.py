# Comprehension filters and `a if c else b` conditions tested for their truth: `and`, `or`, `not` and chained comparisons take each operand's truth once (an instance's __bool__ runs once), comparisons of ints and floats (nan, -0.0, inf, big ints, mixed with floats, bools, NumPy scalars), membership, identity, walrus, arrays whose truth is ambiguous. Ints against floats compare exactly (past 2**53, and big ints beyond the float range).
class Loud:
    def __init__(self, name, truth):
        self.name = name
        self.truth = truth
    def __bool__(self):
        print('bool', self.name)
        return self.truth
    def __repr__(self):
        return self.name

no, yes = Loud('no', False), Loud('yes', True)
[x for x in [no] if x and 1]
[x for x in [no] if x or 0]
[x for x in [yes] if x or 0]
[x for x in [yes, no] if not x]
[x for x in [yes, no] if x and not x]
[x for x in [no, yes] if (x or no) and (yes or x)]
{x.name for x in [yes, no] if x}
{x.name: 1 for x in [yes, no] if x or x}
list(x for x in [yes, no] if x and x)
[(x, y) for x in [yes, no] if x for y in [no, yes] if y or x]
sum(1 for x in [yes, no, yes] if not not x)
['t' if x and yes else 'f' for x in [yes, no]]
['t' if not x else 'f' for x in [yes, no]]
'big' if yes or no else 'small'
'big' if no and yes else 'small'
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other)
        return Loud(f'{self.v}<{other}', self.v < other)
    def __gt__(self, other):
        print('gt', self.v, other)
        return Loud(f'{self.v}>{other}', self.v > other)
    def __repr__(self):
        return f'Cmp({self.v})'

[c for c in [Cmp(1), Cmp(5)] if c < 3]
[c for c in [Cmp(1), Cmp(5)] if 0 < c < 3]
[c for c in [Cmp(1), Cmp(5)] if c > 0 and c < 3]
def touched(v):
    print('touched', v)
    return v

[x for x in range(6) if 1 < x < touched(4)]
[x for x in range(6) if touched(x) > 2 > x or x == 5]
[x for x in range(10) if x % 3 == 0]
[x for x in range(10) if x % 3 != 0]
[x for x in range(10) if x < 3 or x >= 8]
[x for x in range(10) if x <= 3 and not x > 1]
[x for x in range(-3, 4) if -2 <= x < 2]
[x for x in [0.0, -0.0, 1.5, float('nan'), float('inf'), -float('inf')] if x == 0]
[x for x in [0.0, -0.0, 1.5, float('nan'), float('inf')] if x != x]
[x for x in [0.0, 1.5, float('nan'), float('inf')] if x < 2.0]
[x for x in [0.0, 1.5, float('nan'), float('inf')] if not x >= 1.0]
[x for x in [2 ** 70, -2 ** 70, 5] if x > 2 ** 63]
[x for x in [2 ** 53, 2 ** 53 + 1] if x == float(2 ** 53)]
[x for x in [1, 2.0, 3, 4.5] if x > 2]
[x for x in [True, False, 1, 0, 2] if x == 1]
[x for x in [True, False, 2] if x > False]
[x for x in [np.int64(3), np.int8(-2), np.float64('nan'), np.float32(2.5)] if x > 0]
[x for x in [np.int64(3), 3, 3.0] if x == np.int64(3)]
[x for x in ['a', 'b', 'ab'] if x < 'b']
[x for x in ['a', 1] if x < 2]
[x for x in [1, None] if x > 0]
[x for x in [1, None] if x == None]
[x for x in [1, None] if x is not None]
[x for x in [(1, 2), (1, 3)] if x < (1, 3)]
d = {1: 'a', 3: 'c'}
[x for x in range(5) if x in d]
[x for x in range(5) if x not in d and x % 2]
[x for x in range(5) if x in [1, 4]]
[x for x in range(5) if x in d in [d]]
[y for x in range(5) if (y := x * 2) > 4]
y
[x for x in [np.array([1]), np.array([0])] if x]
[x for x in [np.array([1, 2])] if x]
[x for x in [np.array([1, 2])] if x > 0]
[x for x in [np.array([1, 2])] if not x]
[x for x in range(3) if np.array([x, 1]) == 1]
['yes' if np.array([1, 2]) else 'no']
[x for x in range(3) if 1 / x]
[x for x in range(3) if x and 1 / x]
[x for x in range(3) if undefined_name]
[x for x in range(3) if x or undefined_name]
def f(n):
    return [i for i in range(n) if i % 2 and i > 2], sum(i for i in range(n) if not i % 3)

f(10)
2 ** 53 + 1 == float(2 ** 53)
2 ** 53 + 1 > float(2 ** 53)
float(2 ** 53) < 2 ** 53 + 1
10 ** 400 > 1.0
10 ** 400 == float('inf')
-10 ** 400 < float('-inf')
10 ** 400 < float('inf')
2 ** 64 == 2.0 ** 64
2 ** 64 + 1 == 2.0 ** 64
2 ** 64 + 1 > 2.0 ** 64
(2 ** 53 + 1) != float(2 ** 53)
9007199254740993 <= 9007199254740992.0
9007199254740993 >= 9007199254740992.0
1 < float('nan')
2 ** 70 != float('nan')
x = 2 ** 53 + 1
x == 9007199254740992.0, x < 9007199254740992.5, -x > -9007199254740992.0
[2 ** 53 + 1] == [float(2 ** 53)]
{2 ** 53 + 1: 1}.get(float(2 ** 53))
max(2 ** 53 + 1, float(2 ** 53))
sorted([2 ** 53 + 1, float(2 ** 53), 2 ** 53])
sorted([float(2 ** 53), 2 ** 53 + 1])
float(2 ** 53) in [2 ** 53 + 1]
(2 ** 53 + 1, 1) < (float(2 ** 53), 2)
max([float(2 ** 53), 2 ** 53 + 1])
min([2 ** 53 + 1, float(2 ** 53)])
True == 1.0, True < 1.5, False > -0.5
2 ** 1000 > 1e308, -2 ** 1000 < -1e308, 2 ** 1000 == float('inf')
