# Method calls compiled at their call site: a list's append and a set's add run on the object at once; every other receiver, name or call shape looks the method up (instances, classes, modules, tuples, frozensets), in Python's order of evaluation.
lst = []
for i in range(5):
    lst.append(i * i)

lst
f = lst.append
f(25)
lst
lst.append(lst.append(36))
lst
lst.append(*[49])
lst[-2:]
[].append(1)
(q := [1]).append(2)
q
s = set()
for x in [3, 3.0, True, 1, 2**70, 'a', (1, 2)]:
    s.add(x)

len(s), 3 in s, 1.0 in s
s.add([1])
s.add({})
fs = frozenset([1, 2])
fs.add(3)
for thing in [[], set(), frozenset(), (1,), 'text']:
    try:
        thing.add(1)
    except AttributeError as e:
        print('add:', e)
    try:
        thing.append(1)
    except AttributeError as e:
        print('append:', e)

class Log:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x * 10)
    def add(self, x):
        self.items.append(-x)

log = Log()
for x in range(3):
    log.append(x)
    log.add(x)

log.items
class Box:
    pass

b = Box()
b.append = lambda x: print('instance attribute', x)
b.append(7)
b.add = [].append
b.add(8)
Box.append = lambda self, x: print('class attribute', x)
Box().append(9)
import math
math.sqrt(16.0)
math.append = lambda x: x + 1
math.append(1)
del math.append
things = [[], set(), Log()]
for t in things:
    t.append(1) if hasattr(t, 'append') else t.add(1)

things[0], things[1], things[2].items
lst = [1]
lst.append(undefined_name)
lst
undefined_name.append(1)
def source():
    print('receiver first')
    return lst

def argument():
    print('then the argument')
    return 2

source().append(argument())
lst
import numpy as np
lst.append(np.dtype('a5'))
len(lst)
def fill(n):
    out = []
    seen = set()
    for i in range(n):
        out.append(i % 4)
        seen.add(i % 4)
    return out, seen

fill(10)
