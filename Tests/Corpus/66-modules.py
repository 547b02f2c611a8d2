import copy, sys, math
a = np.arange(6)
nested = [a, [1, 2]]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
shallow[0] is a, deep[0] is a, np.shares_memory(deep[0], a), deep[1] == nested[1], deep[1] is nested[1]
a[0] = 100
shallow[0][0], deep[0][0]
c = copy.copy(a)
c.base is None, c.flags.owndata, copy.deepcopy({'k': a})['k'] is a
sys.getsizeof(a), sys.getsizeof(a[1:]), sys.getsizeof(a.reshape(2, 3)), sys.getsizeof(np.zeros((3, 4)))
sys.getsizeof(np.zeros((3, 4))[0]), sys.getsizeof(np.array(5)), a.nbytes
sys.maxsize, sys.byteorder
math.sqrt(16), math.pi, math.floor(-2.5), math.ceil(2.1), math.log(8, 2), math.isclose(0.1 + 0.2, 0.3)
math.factorial(25), math.gcd(12, 18), math.prod([1, 2, 3, 4]), math.hypot(3, 4), math.isnan(float('nan'))
math.sqrt(-1)
math.log(0)
math.sqrt(np.float64(2.25)), math.inf > 10**300
from functools import reduce
reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(np.add, [a[:2], a[2:4], a[4:]])
reduce(lambda x, y: x + y, [], 0)
reduce(lambda x, y: x + y, [])
import functools
double = functools.partial(np.multiply, 2)
double(np.arange(3))
import itertools
list(itertools.product([0, 1], repeat=2))
list(itertools.product('ab', range(2)))
list(itertools.chain([1, 2], (3,), range(4, 6)))
list(itertools.combinations(range(4), 2))
list(itertools.permutations('abc', 2))
list(itertools.accumulate([1, 2, 3, 4])), list(itertools.islice(itertools.count(10, 5), 3))
[np.array(p).sum() for p in itertools.combinations([1, 5, 9], 2)]
import operator
operator.add(a[:2], 1), operator.mul(3, 4), sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1))
import pandas
import numpy.linalg.nonexistent
from math import sqrt as root, pi
root(pi * pi)
from itertools import combinations
len(list(combinations(range(10), 3)))
import numpy as numpy_again
numpy_again is np
