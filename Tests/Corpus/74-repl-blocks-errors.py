def f():
	return 'tab-indented'

f()
def g(a,
      b=2):
    """Two lines of signature."""
    return a + b

g(1), g.__doc__
def with_blank(x):
    y = x * 2

    return y
with_blank(3)
class K:
    x = 1

    def m(self): return self.x
def deco(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@deco
def add(a, b):
    return a + b

add(2, 3)
if True: print('same line')

while False:
    pass
else:
    print('while else')

if x
def h()
for i in range(3)
class A
[1, 2 3]
print(1 2)
{1: 2, 3}
x = 1 +
for i in range(2):
    x = = 1

'{:>{}}|'.format('x', 5), '{:{}.{}f}'.format(3.14159, 8, 2)
def k(*, key): return key

k(1)
def g2(a, b, *, c): pass

g2(1, 2, 3, c=1)
import sys
sys.exit
total = 0
for n in range(3):
    total += n
    print('running total', total)
