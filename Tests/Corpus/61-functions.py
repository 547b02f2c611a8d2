def f(x): print(id(x) == id(a))

a = np.arange(6)
f(a)
def add(x, y=10, *, scale=1):
    return (x + y) * scale

add(1), add(1, 2), add(1, scale=3), add(y=1, x=2)
add()
add(1, 2, 3)
add(1, z=2)
add(1, x=2)
def collect(*args, **kwargs):
    return args, kwargs

collect(1, 2, a=3)
collect(*[1, 2], **{'b': 4})
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

c = counter()
c(), c(), c()
total = 0
def bump(n):
    global total
    total += n

bump(5); bump(2); total
def fact(n): return 1 if n <= 1 else n * fact(n - 1)

fact(20)
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)

deep(900)
deep(5000)
def broken():
    print(undefined_name_here)

broken()
def shadow():
    v = v + 1

v = 1
shadow()
square = lambda t: t * t
square(4), (lambda: 'no args')(), sorted([3, -5, 1], key=lambda t: abs(t))
def double_in_place(arr):
    arr *= 2

b = np.arange(4)
double_in_place(b)
b
def rebind(arr):
    arr = arr * 2
    return arr

c2 = rebind(b)
b, c2, c2.base is None
def no_return(): pass

print(no_return())
add.__name__, square.__name__
