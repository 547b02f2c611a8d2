import numpy as np
def f(a, b):
    c = a + b
    return c * 2

f(1, 2)
f(b=3, a=1)
f(1)
def g():
    print(x)
    x = 1

g()
x = 10
def h():
    global x
    x = x + 1
    return x

h()
x
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc()
    inc()
    return n, inc

outer()[0]
def late():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 5
    return inner()

late()
def d():
    y = 1
    del y
    return y

d()
def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total, i

loop(5)
def gen(n):
    for i in range(n):
        yield i * i

list(gen(4))
def comp(n):
    k = 3
    return [i * k for i in range(n) if i % 2], {i: j for i in range(2) for j in range(2)}

comp(5)
class C:
    a = 1
    b = a + 1
    def m(self):
        return self.b
    del a

C().m()
C.b
hasattr(C, 'a')
def shadow(len):
    return len

shadow(4)
len([1])
def defaults(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw

defaults(1)
defaults(1, 5, 6, c=7, z=8)
r = lambda q: q + 1
r(1)
def rec(n):
    return n if n < 2 else rec(n - 1) + rec(n - 2)

rec(10)
def unb():
    if False:
        z = 1
    return z

unb()
del x
x
def usex():
    return x

usex()
